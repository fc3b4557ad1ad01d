"""Command line: ``python -m pipeline {run,ingest,segment,extract,export}``.

Exit status: 0 when the run completed (documents may still have failed: see
the errors table), 1 with ``--strict`` when any document failed, 2 when the
run itself could not complete (bad arguments, missing stage files, a write
error); the previous tables are then left as they were.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from pipeline import __version__
from pipeline.runner import RunConfig, RunSummary, run, run_export, run_extract, run_ingest, run_segment
from pipeline.stages.ingest import DEFAULT_MAX_BYTES

COMMANDS: dict[str, tuple[Callable[[RunConfig], RunSummary], str]] = {
    "run": (run, "all stages: raw/ in, processed/ tables out"),
    "ingest": (run_ingest, "decode, repair and normalise raw files into the work directory"),
    "segment": (run_segment, "tokenise and split sentences (reads the ingest stage's files)"),
    "extract": (run_extract, "run the extractors (reads the segment stage's files)"),
    "export": (run_export, "write and publish the tables (reads the extract stage's files)"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (_, help_text) in COMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--raw", type=Path, default=Path("raw"), help="input directory (default: raw)")
        sub.add_argument("--out", type=Path, default=Path("processed"), help="output directory (default: processed)")
        sub.add_argument("--work", type=Path, default=None, help="stage files directory (default: OUT/.work)")
        sub.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest file read (default 100 MB)")
        sub.add_argument("--strict", action="store_true", help="exit 1 if any document failed")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config = RunConfig(raw_dir=args.raw, out_dir=args.out, work_dir=args.work, max_bytes=args.max_bytes)
    if args.command in ("run", "ingest") and not config.raw_dir.is_dir():
        print(f"error: raw directory {config.raw_dir} does not exist", file=sys.stderr)
        return 2
    function, _ = COMMANDS[args.command]
    try:
        summary = function(config)
    except (OSError, FileNotFoundError) as exc:
        print(f"error: {args.command} failed: {exc}; previously published tables are unchanged", file=sys.stderr)
        return 2
    for error in summary.errors:
        if error.severity == "error":
            print(f"{error.source_path}: {error.stage}: {error.error}: {error.message}", file=sys.stderr)
    print(f"{args.command}: {summary.line()}")
    return 1 if args.strict and summary.failed else 0
