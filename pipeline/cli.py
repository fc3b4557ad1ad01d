"""Command line: ``python -m pipeline {run,refresh,ingest,segment,extract,export,report,validate}``.

Every command takes a lock on the output directory (``OUT/.lock``) and
prints one summary line.  Exit status: 0 when the run completed (documents
may still have failed: see the errors table), 1 with ``--strict`` when any
document failed, 2 when the run itself could not complete (bad arguments,
missing stage files, a write error; the previous tables are left as they
were), 75 (EX_TEMPFAIL) when another run holds the lock: nothing was done,
try again later.

Subcommands are tables: a batch command is a function ``RunConfig ->
RunSummary`` in ``COMMANDS`` (extra arguments in ``EXTRA_ARGUMENTS``); a
command that only reads the published tables is one line in ``READERS``:
``(function(args) -> exit status, help, add_arguments(parser))``.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from pipeline import __version__
from pipeline.batch.engines import ENGINES
from pipeline.batch.lock import LockHeld, RunLock
from pipeline.nlp.components import DEFAULT_NER, NER_MODES
from pipeline.report import progress
from pipeline.report.commands import COMMANDS as REPORT_COMMANDS
from pipeline.runner import RunConfig, RunSummary, refresh, run, run_export, run_extract, run_ingest, run_segment
from pipeline.stages.ingest import DEFAULT_MAX_BYTES

EXIT_OK, EXIT_DOCUMENT_FAILED, EXIT_RUN_FAILED, EXIT_LOCKED = 0, 1, 2, 75

COMMANDS: dict[str, tuple[Callable[[RunConfig], RunSummary], str]] = {
    "run": (run, "all stages: raw/ in, processed/ tables out"),
    "refresh": (refresh, "like run, re-processing only new or changed documents (deleted ones drop out)"),
    "ingest": (run_ingest, "decode, repair and normalise raw files into the work directory"),
    "segment": (run_segment, "tokenise and split sentences (reads the ingest stage's files)"),
    "extract": (run_extract, "run the extractors (reads the segment stage's files)"),
    "export": (run_export, "write and publish the tables (reads the extract stage's files)"),
}
NEEDS_RAW = {"run", "refresh", "ingest"}

# Commands that only read what is published: no lock (publishing is atomic), their own arguments
# (added by the function given), and they return the exit status themselves.
Reader = tuple[Callable[[argparse.Namespace], int], str, Callable[[argparse.ArgumentParser], None]]
READERS: dict[str, Reader] = {**REPORT_COMMANDS}  # report, validate


def _ner_argument(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--ner", choices=NER_MODES, default=DEFAULT_NER,
                     help="names: rules and gazetteers plus the statistical NER (model, default) or the rules "
                     "alone (rules: several times faster, lower recall on unseen names)")  # fmt: skip


def _batch_arguments(sub: argparse.ArgumentParser) -> None:
    _ner_argument(sub)
    sub.add_argument("--jobs", type=int, default=1, help="worker processes, one tagger each (default 1)")
    sub.add_argument("--engine", choices=ENGINES, default="local", help="local processes or a Dask cluster")
    sub.add_argument("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    sub.add_argument("--quiet", action="store_true", help="no progress bar (it is drawn on a terminal only)")


EXTRA_ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "run": _batch_arguments,
    "refresh": _batch_arguments,
    "extract": _ner_argument,
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
        if name in EXTRA_ARGUMENTS:
            EXTRA_ARGUMENTS[name](sub)
    for name, (_, help_text, add_arguments) in READERS.items():
        add_arguments(commands.add_parser(name, help=help_text, description=help_text))
    return parser


def config_from(args: argparse.Namespace) -> RunConfig:
    return RunConfig(
        raw_dir=args.raw, out_dir=args.out, work_dir=args.work, max_bytes=args.max_bytes,
        jobs=getattr(args, "jobs", 1), engine=getattr(args, "engine", "local"),
        scheduler=getattr(args, "scheduler", None), ner=getattr(args, "ner", DEFAULT_NER),
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in READERS:
        return READERS[args.command][0](args)
    progress.QUIET = getattr(args, "quiet", False)
    config = config_from(args)
    problem = _check(args, config)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_RUN_FAILED
    function, _ = COMMANDS[args.command]
    try:
        with RunLock(config.out_dir):
            summary = function(config)
    except LockHeld as exc:
        print(f"{args.command}: {exc} (exit {EXIT_LOCKED})", file=sys.stderr)
        return EXIT_LOCKED
    except (OSError, ValueError) as exc:
        print(f"error: {args.command} failed: {exc}; previously published tables are unchanged", file=sys.stderr)
        return EXIT_RUN_FAILED
    except Exception as exc:  # a bug outside any one document: still "the run failed", never exit 1
        traceback.print_exc(file=sys.stderr)
        print(f"error: {args.command} failed: {type(exc).__name__}: {exc}; previously published tables are "
              "unchanged", file=sys.stderr)  # fmt: skip
        return EXIT_RUN_FAILED
    for error in summary.errors:
        if error.severity == "error":
            print(f"{error.source_path}: {error.stage}: {error.error}: {error.message}", file=sys.stderr)
    print(f"{args.command}: {summary.line()}")
    return EXIT_DOCUMENT_FAILED if args.strict and summary.failed else EXIT_OK


def _check(args: argparse.Namespace, config: RunConfig) -> str | None:
    """Argument problems found before anything is read or locked."""
    if args.command in NEEDS_RAW and not config.raw_dir.is_dir():
        return f"raw directory {config.raw_dir} does not exist"
    if config.jobs < 1:
        return "--jobs must be at least 1"
    if config.engine == "dask" and not config.scheduler:
        return "--engine dask needs --scheduler ADDRESS (e.g. tcp://scheduler:8786)"
    return None
