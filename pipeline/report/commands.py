"""The ``report`` and ``validate`` subcommands, as entries of ``pipeline.cli.READERS``.

Both only read what is published, so they take no lock; each entry is
``(function(args) -> exit status, help, add_arguments(parser))``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPORT_HELP = (
    "write the self-contained HTML report of the published tables: OUT/report/index.html (counts, entities, "
    "timeline) and one page per document with dates, article references, names and citations highlighted"
)
VALIDATE_HELP = (
    "check every published CSV table against OUT/datapackage.json with frictionless (types, required cells, "
    "primary and foreign keys); exit 1 when anything is invalid"
)


def report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=Path("processed"), help="published output (default: processed)")
    parser.add_argument("--target", type=Path, default=None, help="report directory (default: OUT/report)")


def validate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=Path("processed"), help="published output (default: processed)")


def run_report(args: argparse.Namespace) -> int:
    from pipeline.report import write_report

    if not (args.out / "tables").is_dir():
        print(f"error: no published tables in {args.out}: run 'python -m pipeline run' first", file=sys.stderr)
        return 2
    pages = write_report(args.out, args.target)
    print(f"report: {len(pages)} pages written; open {pages[0]}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from pipeline.report.validate import validate

    descriptor = args.out / "datapackage.json"
    if not descriptor.is_file():
        print(f"error: {descriptor} does not exist: run 'python -m pipeline run' first", file=sys.stderr)
        return 2
    problems, rows = validate(args.out)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"validate: {rows} rows in {descriptor.parent}: " + (f"{len(problems)} problems" if problems else "valid"))
    return 1 if problems else 0


COMMANDS = {
    "report": (run_report, REPORT_HELP, report_arguments),
    "validate": (run_validate, VALIDATE_HELP, validate_arguments),
}
