"""Validate the published CSV tables against ``datapackage.json`` with frictionless.

frictionless checks what the writer could get wrong: cell types, required
cells, primary keys unique, foreign keys resolving (every mention's entity,
every marker's sentence, every row's document).
"""

from __future__ import annotations

from pathlib import Path

from frictionless import Package


def validate(out_dir: Path) -> tuple[list[str], int]:
    """Problems found (one line each, empty when valid) and the number of rows checked."""
    descriptor = (out_dir / "datapackage.json").resolve()  # the release itself, not the published link
    report = Package(str(descriptor)).validate()
    problems = [f"{task.name}: {error.type}: {error.message}" for task in report.tasks for error in [*task.errors][:20]]
    problems += [f"package: {error.type}: {error.message}" for error in report.errors]
    rows = sum(task.stats.get("rows", 0) or 0 for task in report.tasks)
    return problems, rows
