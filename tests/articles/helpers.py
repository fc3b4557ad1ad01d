"""What the article tests compare: the references and instruments of a text, as the fields a test needs."""

from __future__ import annotations

from typing import Any

from pipeline.extractors.articles import find_article_refs, find_references
from pipeline.extractors.instruments import scan_instruments

# Field sets of ref_rows (the columns each table of expected rows gives, in order).
ARTICLE_ONLY = ("surface", "kind", "article", "instrument")
WITH_KIND = ("surface", "kind", "article", "paragraph", "instrument")
NO_KIND = ("surface", "article", "paragraph", "item", "instrument")
WITH_ITEM = ("surface", "kind", "article", "paragraph", "item", "instrument")
WITH_SUB = ("surface", "kind", "article", "article_sub", "paragraph", "item", "instrument")


def ref_rows(fields: tuple[str, ...], text: str) -> list[tuple]:
    """The article references of ``text`` in text order, each as the tuple of ``fields``."""
    return [tuple(getattr(r, f) for f in fields) for r in find_article_refs(text)]


def statute_rows(text: str) -> list[tuple]:
    """(surface, article, paragraph, instrument) of every reference but law numbers; checks each span's offsets."""
    refs = find_article_refs(text)
    for ref in refs:
        assert text[ref.start : ref.end] == ref.surface
    return [(r.surface, r.article, r.paragraph, r.instrument) for r in refs if r.kind != "law_number"]


def news_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    """(surface, article or number, instrument) of every reference :func:`find_references` gives."""
    refs, _ = find_references(text)
    return [(r.surface, r.article or r.number, r.instrument) for r in refs]


def find_ref(text: str, surface: str) -> Any:
    """The first reference whose surface is ``surface`` (fails when there is none)."""
    refs, _ = find_references(text)
    found = [r for r in refs if r.surface == surface]
    assert found, f"{surface} not found in {[r.surface for r in refs]}"
    return found[0]


def find_ref_ending(text: str, surface: str) -> Any:
    """The first reference whose surface is or ends with ``surface`` (fails when there is none)."""
    refs, _ = find_references(text)
    found = [r for r in refs if r.surface == surface or r.surface.endswith(surface)]
    assert found, f"{surface} not found in {[r.surface for r in refs]}"
    return found[0]


def find_article_ref(text: str, surface: str) -> Any:
    """The first row of :func:`find_article_refs` whose surface is ``surface``."""
    return next(r for r in find_article_refs(text) if r.surface == surface)


def instrument_of(refs: list, surface: str, occurrence: int) -> str | None:
    """The instrument of the ``occurrence``-th reference with this surface."""
    hits = [r for r in refs if r.surface == surface]
    assert len(hits) > occurrence, f"{surface!r} #{occurrence} not found in {[r.surface for r in refs]}"
    return hits[occurrence].instrument


def nth_row(refs: list, surface: str, occurrence: int) -> tuple:
    """(surface, occurrence, kind, article, paragraph, instrument) of the ``occurrence``-th such reference."""
    hits = [r for r in refs if r.surface == surface]
    assert len(hits) > occurrence, f"{surface!r} #{occurrence} not found in {[r.surface for r in refs]}"
    ref = hits[occurrence]
    return surface, occurrence, ref.kind, ref.article, ref.paragraph, ref.instrument


def excerpt_row(text: str, surface: str, occurrence: int = 0) -> tuple:
    """(article, paragraph, item) of the ``occurrence``-th row with this surface."""
    rows = [r for r in find_article_refs(text) if r.surface == surface]
    ref = rows[occurrence]
    return ref.article, ref.paragraph, ref.item


def instrument_rows(text: str) -> dict[str, dict]:
    """The instruments :func:`scan_instruments` finds, by canonical name."""
    return {inst.canonical: inst.row() for inst in scan_instruments(text)}


def aliases_of(text: str, canonical: str | None) -> list[str]:
    """The aliases :func:`find_references` gives the instrument ``canonical`` ([] when it is not found)."""
    _, instruments = find_references(text)
    return next((i["aliases"] for i in instruments if i["canonical"] == canonical), [])


def canonical_aliases(text: str) -> list[tuple[str, list[str]]]:
    """(canonical, aliases) of every instrument :func:`find_references` gives."""
    return [(i["canonical"], i["aliases"]) for i in find_references(text)[1]]
