"""The numero sign `№` and the letters `No` NFKC makes of it are read alike.

NFKC maps U+2116 `№` to the two letters `No`, so a Russian note that went through NFKC reads `Вестник Европы, 2017,
No 48.`; notes typed without the sign print `No`/`No.` too (`Федеральный закон от 08 марта 2015 г. No 56-ФЗ`, a
bookseller's page).  The issue or law number after the letters must parse as it did after the sign, while an English
`No. 52` stays an issue and a title word `No` (`Notes from No Man's Land`) stays a word.  Each note is parsed as
printed (`normalise=False`) and after NFKC: both must give the row's fields.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citations.fields import NUMERO
from tests.citations.helpers import assert_fields, parse


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("№ 48", "48"),
        ("No 48", "48"),  # NFKC of `№ 48`
        ("No48", "48"),  # NFKC of `№48`
        ("No.537", "537"),
        ("No. 3, pp. 85-89", "3"),
        ("2019. № 11–12.", "11–12"),
        ("2019. No 11-12.", "11-12"),
        ("Notes from No Man's Land", None),  # a title word, no number after it
        ("No More Wars 2", None),
        ("Nov. 3, 2001", None),  # an English month
        ("Nobel 1901", None),
        ("Kono 5", None),  # the letters inside a word
        ("NO 5", None),
    ],
)
def test_numero_sign_pattern(text: str, number: str | None) -> None:
    match = NUMERO.search(text)
    assert (match.group("no") if match else None) == number


# Real notes with `№` or `No`, each read from the page cited above it.
REAL_NOTES = [
    (
        "https://cyberleninka.ru/article/n/analysis-of-solving-the-problems-of-socio-economic-security-in-the-"
        "industrial-sector-of-the-republic-of-belarus",
        "Shvaiba D.N. Analysis of solving the problems of socio-economic security in the industrial sector of the "
        "Republic of Belarus // Бизнес и дизайн ревю. 2018. № 3 (11). С. 4.",
        {"type": "journal article", "container": "Бизнес и дизайн ревю", "date": "2018", "issue": "3", "pages": "4"},
    ),
    (
        # (the container is not compared: NFKC also splits its acute accent `´` into a space and a combining mark)
        "https://fht.editorum.ru/en/nauka/article/6527/view",
        "Sobranie zakonodatel´stva Rossiyskoy Federatsii. 2014. № 17. St. 2057.",
        {"type": "statute", "date": "2014", "issue": "17", "number": "St. 2057"},
    ),
    (
        "http://yeltsincenter.ru/digest/release/den-za-dnem-15-yanvarya-1993-goda",
        "«Известия» / Учредитель: журналистский коллектив «Известий». – 1993. – 15 января, пятница. – №8 (23863). – "
        "14 полос.",
        {"date": "1993", "issue": "8"},
    ),
    (
        "http://www.yeltsincenter.ru/digest/release/den-za-dnem-4-iyulya-1993-goda",
        "«Московские новости» / Учредитель: «МН» — народная газета. — 1993. — 4 июня, воскресенье. — № 27 (673). — "
        "32 полосы.",
        {"date": "1993", "issue": "27"},
    ),
    (
        "http://geum.ru/next/art-74493.leaf-9.php",
        "ФКЗ «О Государственном флаге Российской Федерации» от 25 декабря 2000 г. // СЗ РФ. 2000. № 52.",
        {"container": "СЗ РФ", "issue": "52"},
    ),
    (
        # a law number typed with the letters on the page itself
        "https://ruslania.com/fr/livres/1627320-o-pravovom-polozhenii-inostrannykh-grazhdan-v-rf-no115-fz",
        "Федеральный закон от 08 марта 2015 г. No 56-ФЗ.",
        {"type": "statute", "date": "2015-03-08", "number": "56-ФЗ"},
    ),
    # English `No.` and a title word `No` keep their readings
    (
        "https://globalauthorid.com/WebPortal/ArticleView?wd=068B97C88CE4CF5D4FC44EAF56649FF21CB9094FAB7DBBBE447D83B"
        "746FF485A",
        "Sergei Karaganov, “Europe Should Not Be Jealous of Us,” Moskovskie Novosti, No. 52 (December 2001).",
        {"container": "Moskovskie Novosti", "issue": "52", "date": "2001-12"},
    ),
    (
        # the book's data as its publisher's page gives them (title, author, publisher, year)
        "https://www.graywolfpress.org/books/notes-no-mans-land",
        "Biss, Eula. Notes from No Man's Land: American Essays. Saint Paul: Graywolf Press, 2009.",
        {"type": "book", "title": "Notes from No Man's Land: American Essays", "issue": None, "date": "2009"},
    ),
]


@pytest.mark.parametrize(("source", "note", "expected"), REAL_NOTES, ids=[row[1][:40] for row in REAL_NOTES])
@pytest.mark.parametrize("normalise", [False, True], ids=["as printed", "NFKC"])
def test_real_notes_read_alike_before_and_after_nfkc(source: str, note: str, expected: dict, normalise: bool) -> None:
    assert_fields(parse(note, normalise=normalise), expected, source)


def test_nfkc_turns_the_sign_into_letters() -> None:
    # the premise of this module: without it the NFKC rows above would test nothing new
    assert unicodedata.normalize("NFKC", "2017, № 48.") == "2017, No 48."
