"""Russian notes left from cit_fresh10: GOST R 7.0.5's connecting words (`См.:`, `Ср.:`, `Подробнее см.:`), a chapter
in the author's own collected works (`// Лихачев Д. С. Избранные работы …. Том 2`), a collection with its place and
no publisher, the host after `в:` / `in:` with initials first, and the page area closing a comma-separated note.

Rows marked `constructed` are written on the pattern named beside them; the others are real notes from pages outside
the gold.
"""

from __future__ import annotations

import pytest

from tests.citations.helpers import assert_fields, parse

LIKHACHEV_NOTES = "https://kniga-online.club/books/nauchnye-i-nauchno-populjarnye-knigi/yazykoznanie/page-69-202355-dmitrii-lihachev-literatura--realnost--literatura.html"

# (note, expected fields, source)
SIGNALS = [
    (
        "Ср.: Конрад Н. Запад и Восток. 2-е изд. М., 1972. С. 480–486.",
        {"authors": ["Конрад Н."], "date": "1972", "pages": "480-486"},
        LIKHACHEV_NOTES + " (note 142)",
    ),
    (
        "См.: Соболевский А.И. Переводная литература Московской Руси. М., 1903.",
        {"authors": ["Соболевский А.И."], "title": "Переводная литература Московской Руси", "date": "1903"},
        LIKHACHEV_NOTES + " (note 144, first work)",
    ),
    (
        "Подробнее см.: M. Bloch, «Les rois thaumaturges», in: Revue historique, Vol. 12, (1923–1924), pp. 5–20;",
        {"type": "journal article", "authors": ["M. Bloch"], "container": "Revue historique", "date": "1923"},
        "constructed on the `Подробнее см.:` signal of cit_fresh10's Russian art-history note",
    ),
]

HOSTS = [
    (
        "Лихачев Д. С. Поэтика древнерусской литературы // Лихачев Д. С. Избранные работы в трех томах. Т. 1. – Л.: "
        "Художественная литература, 1987. – С. 261–648.",
        {
            "type": "chapter",
            "authors": ["Лихачев Д. С."],
            "title": "Поэтика древнерусской литературы",
            "container": "Избранные работы в трех томах",
            "publisher": "Художественная литература",
            "pages": "261-648",
        },
        "constructed on GOST 7.0.100's analytic record with the heading repeated in the host",
    ),
    (
        "Лихачев Д. С. Текстология // Исследования по древнерусской литературе. – Л.: 1986. – С. 10–20.",
        {"type": "chapter", "container": "Исследования по древнерусской литературе", "date": "1986"},
        "constructed: a collection's place of publication with no publisher's name",
    ),
    (
        "Мещерский Н.А. Проблемы изучения славяно-русской переводной литературы XI–XV вв. // ТОДРЛ. Т. XX. Л., 1964. "
        "С. 180–231.",
        {"type": "journal article", "container": "ТОДРЛ", "pages": "180-231"},
        LIKHACHEV_NOTES + " (note 143, first work; a serial keeps its reading)",
    ),
    (
        "А. Л. Баталов, Сакральное пространство Москвы, в: Иеротопия, 2 (2006), с. 41–58.",
        {
            "type": "journal article",
            "authors": ["А. Л. Баталов"],
            "title": "Сакральное пространство Москвы",
            "container": "Иеротопия",
            "date": "2006",
            "pages": "41-58",
        },
        "constructed on the `в:` host notes of Russian art-history journals",
    ),
    (
        "Цит. по: А. Н. Пыпин, История русской литературы, т. 1, СПб., 1898., с. 120–125.",
        {"authors": ["А. Н. Пыпин"], "date": "1898", "pages": "120-125"},
        "constructed on a `Цит. по:` note with its page area after the year",
    ),
]


@pytest.mark.parametrize(("note", "expected", "source"), SIGNALS + HOSTS)
def test_russian_note(note: str, expected: dict, source: str) -> None:
    assert_fields(parse(note), expected, source)
