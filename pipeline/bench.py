"""Throughput benchmark (``make bench``): a generated corpus through the real CLI, timed and measured.

The corpus (``--mb`` megabytes, default 20, or ``BENCH_MB``) is made of the
raw documents with their structure kept and their content varied: years and
days shifted, body paragraphs of one-paragraph-a-line texts reordered, so no
two documents are the same.  It is generated in a temporary directory (or
``--keep DIR``), never committed.  Each run is a child process
(``python -m pipeline run``), so its peak RSS is its own (``wait4``).

Printed: characters per second of every stage and end to end with ``--jobs 1``, with the default
names NER and with ``--ner rules`` (rules alone);
the peak RSS; bare fugashi on the same normalised texts in the same session,
and our ratio to it; ``--jobs 2`` and its speed-up; a no-change refresh over
the corpus and over 10,000 documents; GiNZA when it is installed; with
``--single-mb N`` also one document of N megabytes (time and peak RSS).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# A Western year in a date or citation: 2024年, 2024 年, 2024-06, (2024).
YEAR = re.compile(r"(?<![0-9])(19[5-9][0-9]|20[0-2][0-9])(?![0-9])")
# A day of the month: 9日, 19 日 (the day number only is replaced, keeping the spacing).
DAY = re.compile(r"(?<![0-9])([12]?[0-9])(\s?日)")
# A text with one paragraph per line (news) rather than a wrapped PDF layer: its lines are long.
LONG_LINE = 60


def vary(text: str, rng: random.Random) -> str:
    """The same kind of document with other dates and, for one-paragraph-a-line texts, another order."""
    shift = rng.randint(-20, 1)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = DAY.sub(lambda m: f"{rng.randint(1, 28)}{m.group(2)}", text)
    lines = text.split("\n")
    if sum(len(line) > LONG_LINE for line in lines) > len(lines) // 2:
        head, body = lines[:3], lines[3:]
        rng.shuffle(body)
        text = "\n".join(head + body)
    return text


def build_corpus(raw_dir: Path, target: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write varied documents under ``target`` until ``megabytes`` of UTF-8; returns (documents, bytes)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(raw_dir.rglob("*.txt"))]
    if not seeds:
        raise SystemExit(f"no .txt documents in {raw_dir} to build a corpus from")
    rng = random.Random(seed)
    written = count = 0
    while written < megabytes * 1e6:
        data = vary(seeds[count % len(seeds)], rng).encode("utf-8")
        folder = target / f"{count // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{count:06d}.txt").write_bytes(data)
        written += len(data)
        count += 1
    return count, written


def run_child(args: list[str]) -> dict[str, Any]:
    """``python -m pipeline.bench --child ARGS``: wall seconds, peak RSS (MB) and the run's figures."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "pipeline.bench", "--child", *args], stdout=subprocess.PIPE)
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark child {args} failed")
    result = json.loads(output.decode().strip().splitlines()[-1])
    cpu = usage.ru_utime + usage.ru_stime  # the child's and its workers' CPU time: shows contention
    return result | {"wall_seconds": time.perf_counter() - started, "peak_rss_mb": usage.ru_maxrss / 1024,
                     "cpu_seconds": cpu}  # fmt: skip


def child(argv: list[str]) -> int:
    """In the child: one run or refresh through the runner, its figures as one JSON line."""
    from pipeline.runner import RunConfig, refresh, run

    command, raw, out, jobs = argv[0], Path(argv[1]), Path(argv[2]), int(argv[3])
    ner = argv[4] if len(argv) > 4 else "model"
    function = {"run": run, "refresh": refresh}[command]
    cpu = time.process_time()
    summary = function(RunConfig(raw_dir=raw, out_dir=out, jobs=jobs, ner=ner))
    print(json.dumps({"seconds": summary.seconds, "chars": summary.chars, "processed": summary.processed,
                      "skipped": summary.skipped, "failed": summary.failed, "stages": summary.stage_seconds,
                      "run_cpu_seconds": time.process_time() - cpu}))  # fmt: skip
    return 0


def bare_fugashi(out: Path) -> tuple[int, float, float]:
    """Characters, seconds and CPU seconds of fugashi alone (``Tagger()(text)``) over the published texts."""
    import fugashi
    import pyarrow.parquet as pq

    texts = pq.read_table(out / "tables" / "documents.parquet", columns=["text"]).column("text").to_pylist()
    tagger = fugashi.Tagger()
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        for line in text.split("\n"):
            tagger(line)
    return sum(len(t) for t in texts), time.perf_counter() - started, time.process_time() - cpu


def ginza_speed(out: Path, limit_chars: int = 300_000) -> float | None:
    """GiNZA's characters per second on the first texts, when it is installed (never installed by us)."""
    if importlib.util.find_spec("ginza") is None:
        return None
    import pyarrow.parquet as pq
    import spacy

    nlp = spacy.load("ja_ginza")
    texts, total = [], 0
    for text in pq.read_table(out / "tables" / "documents.parquet", columns=["text"]).column("text").to_pylist():
        texts.append(text)
        total += len(text)
        if total >= limit_chars:
            break
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return total / (time.perf_counter() - started)


def no_change_refresh_at_scale(base: Path, documents: int) -> float:
    """Seconds of a no-change refresh over ``documents`` files whose manifest is published (seeded by a scan).

    Processing 10,000 documents first would take longer than the benchmark; the no-change path
    only scans, hashes and compares with the manifest, which is what this times.
    """
    from pipeline.batch.incremental import scan
    from pipeline.runner import RunConfig, refresh

    raw, out = base / "raw10k", base / "out10k"
    for index in range(documents):
        folder = raw / f"{index // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"n{index:05d}.txt").write_text(f"第{index}号。{index % 28 + 1}日に公表された。\n", encoding="utf-8")
    config = RunConfig(raw_dir=raw, out_dir=out)
    out.mkdir()
    (out / "manifest.json").write_text(json.dumps(scan(raw, config.fingerprint()).manifest()), encoding="utf-8")
    started = time.perf_counter()
    summary = refresh(config)
    seconds = time.perf_counter() - started
    assert summary.processed == 0 and summary.skipped == documents and summary.release is None
    return seconds


def full_run_at_scale(base: Path, documents: int) -> dict[str, Any]:
    """A full ``run`` over the ``documents`` small files of ``no_change_refresh_at_scale``: seconds and peak
    RSS of a corpus of that many documents (what grows with their number, not with their size)."""
    result = run_child(["run", str(base / "raw10k"), str(base / "out10k_full"), "1"])
    return {f"run_{documents}_docs_seconds": round(result["seconds"], 1),
            f"run_{documents}_docs_peak_rss_mb": round(result["peak_rss_mb"])}  # fmt: skip


def single_document(raw_dir: Path, megabytes: float, workdir: Path) -> dict[str, Any]:
    """One document of ``megabytes`` (varied raw documents end to end) through ``run``: seconds and peak RSS."""
    parts, target = workdir / "parts", workdir / "single" / "big.txt"
    build_corpus(raw_dir, parts, megabytes)
    target.parent.mkdir(parents=True)
    with open(target, "wb") as handle:
        for path in sorted(parts.rglob("*.txt")):
            handle.write(path.read_bytes() + b"\n\n")
    result = run_child(["run", str(target.parent), str(workdir / "out_single"), "1"])
    if result.get("failed"):  # refused (e.g. TextTooLong): its seconds would time the refusal, not the work
        return {"single_document_megabytes": round(target.stat().st_size / 1e6, 2),
                "single_document_error": _first_error(workdir / "out_single")}  # fmt: skip
    return {"single_document_megabytes": round(target.stat().st_size / 1e6, 2),
            "single_document_seconds": round(result["seconds"], 1),
            "single_document_peak_rss_mb": round(result["peak_rss_mb"])}  # fmt: skip


def _first_error(out: Path) -> str:
    """The first error row of a published run, as ``ErrorType: message``."""
    import pyarrow.parquet as pq

    rows = pq.read_table(out / "tables" / "errors.parquet", columns=["error", "message"]).to_pylist()
    return f"{rows[0]['error']}: {rows[0]['message']}" if rows else "failed without an error row"


def dates_throughput() -> float:
    """The dates extractor alone (``find_dates`` over the seed texts repeated), as issue 3 asks."""
    from pipeline.evaluation.dates import throughput

    return throughput()


def benchmark(raw_dir: Path, megabytes: float, workdir: Path, scale_documents: int) -> dict[str, Any]:
    corpus = workdir / "raw"
    documents, n_bytes = build_corpus(raw_dir, corpus, megabytes)
    one = run_child(["run", str(corpus), str(workdir / "out1"), "1"])
    rules = run_child(["run", str(corpus), str(workdir / "out_rules"), "1", "rules"])
    two = run_child(["run", str(corpus), str(workdir / "out2"), "2"])
    same = _same_tables(workdir / "out1", workdir / "out2")
    again = run_child(["refresh", str(corpus), str(workdir / "out1"), "1"])
    chars, fugashi_seconds, fugashi_cpu = bare_fugashi(workdir / "out1")
    fugashi_speed = chars / fugashi_seconds
    end_to_end = one["chars"] / one["seconds"]
    end_to_end_rules = rules["chars"] / rules["seconds"]
    ginza = ginza_speed(workdir / "out1")
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "documents": documents,
        "megabytes": round(n_bytes / 1e6, 2),
        "characters": one["chars"],
        **{f"{stage}_chars_per_s": round(one["chars"] / max(s, 1e-9)) for stage, s in one["stages"].items()},
        "end_to_end_chars_per_s": round(end_to_end),
        "end_to_end_seconds": round(one["seconds"], 1),
        "peak_rss_mb_jobs1": round(one["peak_rss_mb"]),
        "fugashi_chars_per_s": round(fugashi_speed),
        "ratio_to_fugashi": round(end_to_end / fugashi_speed, 3),
        "end_to_end_rules_chars_per_s": round(end_to_end_rules),
        **{f"rules_{stage}_chars_per_s": round(rules["chars"] / max(s, 1e-9)) for stage, s in rules["stages"].items()},
        "ratio_rules_to_fugashi": round(end_to_end_rules / fugashi_speed, 3),
        # the same per CPU second (this process only, imports excluded): steadier on a shared machine
        "ratio_to_fugashi_cpu": round(one["chars"] / one["run_cpu_seconds"] / (chars / fugashi_cpu), 3),
        "ratio_rules_to_fugashi_cpu": round(rules["chars"] / rules["run_cpu_seconds"] / (chars / fugashi_cpu), 3),
        "peak_rss_mb_rules": round(rules["peak_rss_mb"]),
        "jobs2_seconds": round(two["seconds"], 1),
        "jobs2_speedup": round(one["seconds"] / two["seconds"], 2),
        "peak_rss_mb_jobs2": round(two["peak_rss_mb"]),
        # CPU seconds per wall second per worker: near 1.0 unless other programs took the cores
        "cpu_share_jobs1": round(one["cpu_seconds"] / one["wall_seconds"], 2),
        "cpu_share_jobs2": round(two["cpu_seconds"] / two["wall_seconds"] / 2, 2),
        "jobs2_tables_identical": same,
        "refresh_no_change_seconds": round(again["seconds"], 2),
        f"refresh_no_change_{scale_documents}_docs_seconds": round(
            no_change_refresh_at_scale(workdir, scale_documents), 2
        ),
        **full_run_at_scale(workdir, scale_documents),
        "ginza_chars_per_s": round(ginza) if ginza else "not installed",
        "dates_extractor_chars_per_s": round(dates_throughput()),
    }


def _same_tables(left: Path, right: Path) -> bool:
    names = sorted(p.name for p in (left / "tables").iterdir())
    return all(
        (left / folder / name.replace(".parquet", suffix)).read_bytes()
        == (right / folder / name.replace(".parquet", suffix)).read_bytes()
        for name in names
        for folder, suffix in (("tables", ".parquet"), ("csv", ".csv"))
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=Path("raw"), help="documents the corpus is varied from")
    parser.add_argument("--mb", type=float, default=float(os.environ.get("BENCH_MB", 20)), help="corpus size")
    parser.add_argument("--scale-docs", type=int, default=10_000, help="documents for the no-change refresh")
    parser.add_argument("--single-mb", type=float, default=0, help="also time one document this large (0: skip)")
    parser.add_argument("--keep", type=Path, help="build and keep the corpus and outputs here")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pipeline-bench-") as temporary:
        workdir = args.keep or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        result = benchmark(args.raw, args.mb, workdir, args.scale_docs) if args.mb > 0 else {}
        if args.single_mb > 0:
            result |= single_document(args.raw, args.single_mb, workdir)
    for key, value in result.items():
        print(f"{key:>38}: {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
