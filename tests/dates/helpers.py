"""What the date tests compare: each mention found as (surface, kind, value), or (surface, value)."""

from __future__ import annotations

from pipeline.extractors.dates import DateMention, find_dates

Row = tuple[str, str, str | None]


def triples(text: str, published: str | None = None) -> list[Row]:
    """The mentions of ``text`` in text order, as (surface, kind, value)."""
    return [(m.surface, m.kind, m.value) for m in find_dates(text, published)]


def pairs(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    """The mentions of ``text`` in text order, as (surface, value)."""
    return [(m.surface, m.value) for m in find_dates(text, published)]


def one(text: str, surface: str, published: str | None = None) -> DateMention:
    """The first mention of ``text`` whose surface is ``surface`` (fails when there is none)."""
    found = [m for m in find_dates(text, published) if m.surface == surface]
    assert found, f"{surface!r} not in {triples(text, published)}"
    return found[0]
