"""The HTML report of a published run: an index page and one page per document.

``write_report(out_dir)`` reads the published Parquet tables and writes
``out_dir/report/``; the pages are self-contained (inline CSS, JS and SVG, no
network).  Imports stay lazy so that ``pipeline.report.progress`` is cheap.
"""

from __future__ import annotations

from pathlib import Path


def write_report(out_dir: Path, target: Path | None = None) -> list[Path]:
    """Write the report for the tables published in ``out_dir``; returns the pages written."""
    from pipeline.report.render import write_report as _write

    return _write(out_dir, target)
