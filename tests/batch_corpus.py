"""Small corpora for the batch tests: the seed documents under several names, one of them varied."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import RAW

from pipeline.tables import TABLES


def make_corpus(root: Path, copies: int = 2, max_lines: int | None = 40) -> Path:
    """``copies`` of every raw document (odd copies' years shifted), one level nested.

    ``max_lines`` keeps the head of each document (header and first paragraphs) so tests stay fast.
    """
    raw = root / "raw"
    for index in range(copies):
        folder = raw / f"batch{index}"
        folder.mkdir(parents=True)
        for path in sorted(RAW.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if max_lines:
                text = "".join(text.splitlines(keepends=True)[:max_lines])
            if index % 2:
                text = text.replace("2024", "2023")
            (folder / path.name).write_text(text, encoding="utf-8")
    return raw


def published_files(out: Path) -> dict[str, bytes]:
    """Every published table (Parquet and CSV) and the manifest, by name."""
    files = {"manifest.json": (out / "manifest.json").read_bytes()}
    for table in TABLES:
        for folder, suffix in (("tables", "parquet"), ("csv", "csv")):
            files[f"{folder}/{table.name}.{suffix}"] = (out / folder / f"{table.name}.{suffix}").read_bytes()
    return files


def assert_same_tables(left: Path, right: Path) -> None:
    first, second = published_files(left), published_files(right)
    different = [name for name in first if first[name] != second[name]]
    assert not different, f"tables differ: {different}"


def copy_tree(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target
