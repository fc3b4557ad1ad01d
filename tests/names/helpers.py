"""What the name tests compare: the mentions ``find_names`` finds in one text, keyed or projected on a few fields.

``fields`` is a space-separated list of NameMention attributes ("type", "type canonical title", "start", ...);
one field gives bare values, several give tuples in that order. Texts are written with ASCII parentheses, as the
pipeline's normaliser writes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import find_names
from pipeline.extractors.names import model as names_model
from pipeline.nlp.tokenizer import blank_japanese
from pipeline.records import NameMention

NLP = blank_japanese()

Found = str | Iterable[NameMention]


def mentions(text: str, use_model: bool = True) -> list[NameMention]:
    """Every mention ``find_names`` finds in ``text``, in text order."""
    return find_names(NLP(text), use_model=use_model)


def _of(found: Found, use_model: bool) -> list[NameMention]:
    """Mentions of a text, or the given mentions themselves (from ``with_model_spans``)."""
    return mentions(found, use_model) if isinstance(found, str) else list(found)


def _fields(mention: NameMention, fields: str) -> tuple:
    return tuple(getattr(mention, name) for name in fields.split())


def _project(mention: NameMention, fields: str) -> Any:
    values = _fields(mention, fields)
    return values[0] if len(values) == 1 else values


def by_surface(found: Found, fields: str = "type", use_model: bool = True) -> dict[str, Any]:
    """surface -> the fields of its mention (the last one wins for a repeated surface)."""
    return {m.surface: _project(m, fields) for m in _of(found, use_model)}


def span_set(found: Found, fields: str = "type", use_model: bool = True) -> set[tuple]:
    """The set of (surface, *fields) of every mention."""
    return {(m.surface, *_fields(m, fields)) for m in _of(found, use_model)}


def span_list(found: Found, fields: str = "type", use_model: bool = True) -> list[tuple]:
    """(surface, *fields) of every mention in text order, repeats kept."""
    return [(m.surface, *_fields(m, fields)) for m in _of(found, use_model)]


def surfaces(found: Found, use_model: bool = True) -> set[str]:
    """The surfaces of every mention."""
    return {m.surface for m in _of(found, use_model)}


def titles(found: Found) -> dict[str, str | None]:
    """surface -> title of every PERSON mention."""
    return {m.surface: m.title for m in _of(found, True) if m.type == "PERSON"}


def with_model_spans(monkeypatch, text: str, proposed: list[tuple[str, str]]) -> list[NameMention]:
    """The mentions of ``text`` with a stand-in model that proposes exactly ``proposed`` (surface, type)."""
    located = [(text.index(surface), text.index(surface) + len(surface), kind) for surface, kind in proposed]
    monkeypatch.setattr(names_model, "predict", lambda doc, path=None, text=None: located)
    return mentions(text)
