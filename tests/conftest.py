"""Shared fixtures: the seed documents and one pipeline run over a copy of raw/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RAW = REPO / "raw"
SHARED = REPO.parent / "shared"
EXTERNAL = SHARED / "external"


def raw_documents() -> list[Path]:
    return sorted(p for p in RAW.rglob("*.txt"))


def read_raw(name_prefix: str) -> str:
    """A raw document by the start of its file name (tests only; the code never names seeds)."""
    matches = [p for p in raw_documents() if p.name.startswith(name_prefix)]
    assert matches, f"no raw document starting with {name_prefix}"
    return matches[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def report_text() -> str:
    """The parliamentary-library report: a PDF text layer with footnote blocks."""
    return read_raw("000_")


@pytest.fixture(scope="session")
def news_text() -> str:
    """The news commentary: one paragraph a line, a date line in the header."""
    return read_raw("003_")


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Path:
    """``python -m pipeline run`` over a temporary copy of raw/; returns the output directory."""
    from pipeline.cli import main

    base = tmp_path_factory.mktemp("e2e")
    raw = base / "raw"
    shutil.copytree(RAW, raw)
    out = base / "processed"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def tables(published):
    import pandas as pd

    from pipeline.tables import TABLES

    return {t.name: pd.read_parquet(published / "tables" / f"{t.name}.parquet") for t in TABLES}
