"""Throughput benchmark (``make bench``): time each stage over a corpus made from raw/.

The corpus is every raw document copied ``--copies`` times (distinct doc_ids,
same text), so the figures are per real document; the result is printed
and, with ``--json``, written for comparison between versions.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from pipeline.runner import RunConfig, run_export, run_extract, run_ingest, run_segment


def benchmark(raw_dir: Path, copies: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as temporary:
        corpus = Path(temporary) / "raw"
        corpus.mkdir()
        n_bytes = 0
        for copy in range(copies):
            for path in sorted(raw_dir.rglob("*.txt")):
                target = corpus / f"{copy:05d}_{path.name}"
                shutil.copyfile(path, target)
                n_bytes += target.stat().st_size
        config = RunConfig(raw_dir=corpus, out_dir=Path(temporary) / "out")
        timings: dict[str, float] = {}
        for name, stage in (("ingest", run_ingest), ("segment", run_segment),
                            ("extract", run_extract), ("export", run_export)):  # fmt: skip
            started = time.perf_counter()
            summary = stage(config)
            timings[name] = time.perf_counter() - started
        total = sum(timings.values())
        return {
            "documents": summary.documents,
            "megabytes": n_bytes / 1e6,
            **{f"{k}_seconds": round(v, 3) for k, v in timings.items()},
            "total_seconds": round(total, 3),
            "documents_per_second": round(summary.documents / total, 2),
            "megabytes_per_minute": round(n_bytes / 1e6 / total * 60, 3),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=Path("raw"))
    parser.add_argument("--copies", type=int, default=50, help="copies of each raw document (default 50)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    result = benchmark(args.raw, args.copies)
    for key, value in result.items():
        print(f"{key:>22}: {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
