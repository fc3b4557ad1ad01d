"""The one parsing helper of the citation tests.

Notes are NFKC-normalised first, as ingest does, so a table row holds the note as the page prints it. Plain NFKC is
stricter than ingest, which keeps `№` (`pipeline.text.normalize._KEEP`): here `№ 48` reaches the parser as `No 48`, the
form a note typed without the sign has, and must parse alike. `normalise=False` parses a note as typed (the
before/after-NFKC tables of `test_numero_sign.py`). A note's citation id is `C{note}`: back-reference tests assert on
it (`repeats == "C1"`).
"""

from __future__ import annotations

import unicodedata

from pipeline.extractors.citations import parse_citation, resolve_back_references
from pipeline.extractors.citations.generic import parse_generic
from pipeline.records import Citation


def parse(text: str, note: str = "1", citation_id: str | None = None, *, normalise: bool = True) -> Citation:
    """One note parsed alone, as the pipeline parses a footnote."""
    body = unicodedata.normalize("NFKC", text) if normalise else text
    return parse_citation(body, citation_id or f"C{note}", note, 0)


def resolve(texts: list[str]) -> list[Citation]:
    """Notes 1..n of one document, with their back-references (同, 前掲, supra, short forms) resolved."""
    citations = [parse(text, str(number)) for number, text in enumerate(texts, start=1)]
    resolve_back_references(citations)
    return citations


def fields(citation: Citation, expected: dict) -> dict:
    """The citation's values of the fields a row names, to compare with the row in one assertion."""
    return {name: getattr(citation, name) for name in expected}


def assert_fields(citation: Citation, expected: dict, source: str = "") -> None:
    """Every field the row names has the row's value (the message names the field and the row's source)."""
    for name, value in expected.items():
        assert getattr(citation, name) == value, (source, name, getattr(citation, name))


def rows(table: list[tuple], columns: tuple[str, ...], *, normalise: bool = True, **fixed: object) -> list[tuple]:
    """A table's rows as `(source, note, expected fields, normalise)`, the shape of each module's `test_fields`.

    `columns` names each column of the table: `note` (the text parsed), `source` (where it was read), `expected`
    (a dict of fields), or a Citation field the column gives; `fixed` are fields every row of the table shares.
    """
    out = []
    for row in table:
        named = dict(zip(columns, row, strict=True))
        expected = {**named.pop("expected", {}), **{k: v for k, v in named.items() if k not in ("note", "source")}}
        out.append((named.get("source", ""), named["note"], {**expected, **fixed}, normalise))
    return out


def generic(text: str) -> Citation:
    """The note read by the generic field finder alone (the layer for styles no named parser knows)."""
    citation = Citation("C1", "1", 0, len(text), text)
    parse_generic(citation, text)
    return citation
