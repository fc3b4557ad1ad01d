"""Author names: who the names before a title are, and how a name list splits.

- Western names: initials with full stops (`A.G. Tansley`), two-letter initials (`O.Ye.`), `, Jr.` kept with a
  name, a full given name after `&` keeps its `Surname, Given` pair, one inverted name with a two-word surname
  (`Vidal Liy, Macarena`); words such as `s.a.` or `et al.` are no author;
- Ukrainian `і`/`та` join names like `and`; law notes join two authors with `=` (but `=` inside a katakana name,
  `マイルス=A・A`, stays);
- `Body: Title` with an organisation before the colon is a corporate author (a place before a colon is not);
- an office before a name in the author slot (`Prime Minister Shinzo Abe`) is dropped: the author is the person;
  an organisation without a name keeps its office.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citations.authors import split_western_authors
from pipeline.extractors.citations.humanities import FULL_NAME

from .helpers import assert_fields, parse, rows
from .sources import WANNACRY


@pytest.mark.parametrize(
    ("name", "is_name"),
    [
        ("A.G. Tansley", True),
        ("L. Dudley Stamp", True),
        ("J.C. Odling-Smee", True),
        ("Mohan Luthra", True),
        ("Alexis de Tocqueville", True),
        ("Landscapes of Britain", False),  # a lower-case word: a title
        ("Runnock", False),  # a surname alone (short notes) is not a full name
    ],
)
def test_full_name(name, is_name):
    assert bool(FULL_NAME.fullmatch(name)) is is_name


def test_no_author_words_are_dropped():
    assert split_western_authors("s.a.") == []
    assert split_western_authors("Anonymous") == []


@pytest.mark.parametrize(
    ("zone", "authors"),
    [
        # a digraph initial of a transliterated name keeps its period (`O.Ye.`); reference examples of
        # http://geotm.dp.ua/index.php/ru/redaktsionnaya-kollegiya/11-russian-language/693-oformlenie-references?showall=&start=4
        ("Khomenko, O.Ye. and Vladyko, A.B. (2007)", ["Khomenko, O.Ye.", "Vladyko, A.B."]),
        ("Chervyakova, A.N. and Sveshnikov, A.V. (2007)", ["Chervyakova, A.N.", "Sveshnikov, A.V."]),
    ],
)
def test_two_letter_initials(zone, authors):
    assert split_western_authors(zone) == authors


@pytest.mark.parametrize(
    ("zone", "names"),
    [
        # https://libguides-en.ub.uu.se/c.php?g=697643&p=5050557 (editors with full given names, `and`)
        ("Alberts, David and Hess, Lisa M.", ["Alberts, David", "Hess, Lisa M."]),
        # Chicago bibliography: only the first name inverted (unchanged reading)
        ("Schultz, Charles, Charles Brown, and Lucy VanPelt", ["Schultz, Charles", "Charles Brown", "Lucy VanPelt"]),
    ],
)
def test_inverted_full_names_after_ampersand(zone: str, names: list[str]) -> None:
    assert split_western_authors(zone) == names


@pytest.mark.parametrize(
    ("zone", "names"),
    [
        # constructed after OJS CSL Turabian in Ukrainian (`і` before the last name)
        ("Петренко, Олег, і Ірина Коваль", ["Петренко, Олег", "Ірина Коваль"]),
        ("Петренко, Олег, та Ірина Коваль", ["Петренко, Олег", "Ірина Коваль"]),
    ],
)
def test_ukrainian_conjunction_joins_names(zone: str, names: list[str]) -> None:
    assert split_western_authors(zone) == names


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        # constructed after bilingual Japanese reference lists (`省庁名:資料名,年`)
        ("外務省:外交青書,2019", "外務省", "外交青書"),
        (
            "Ministry of Foreign Affairs: Diplomatic Bluebook 2019, 2019 (in Japanese)",
            "Ministry of Foreign Affairs",
            "Diplomatic Bluebook 2019",
        ),
    ],
)
def test_corporate_author_before_a_colon(text: str, author: str, title: str) -> None:
    citation = parse(text)
    assert (citation.authors, citation.title) == ([author], title)


OFFICES = [
    # constructed after the Kantei's English bylines (https://japan.kantei.go.jp/96_abe/statement/201401/
    # 24siseihousin_e.html: `Policy Speech by Prime Minister Shinzo Abe to the 186th Session of the Diet`)
    (
        "Prime Minister Shinzo Abe, ‘Policy Speech to the 186th Session of the Diet’, 24 January 2014, "
        "<japan.kantei.go.jp/96_abe/statement/201401/24siseihousin_e.html>.",
        {"authors": ["Shinzo Abe"], "title": "Policy Speech to the 186th Session of the Diet", "type": "web page"},
    ),
    # constructed after a State Department byline (scoop.co.nz/stories/WO1311/S00302: `Secretary of State John Kerry`)
    (
        "Secretary of State John Kerry, ‘Remarks Before Their Meeting’, 24 November 2013.",
        {"authors": ["John Kerry"], "date": "2013-11-24"},
    ),
]


# (source, zone, names)
INVERTED_NAMES = [
    (WANNACRY, "Vidal Liy, Macarena", ["Vidal Liy, Macarena"]),  # sample
    (WANNACRY, "Wong, Julia Carrie; Solon, Olivia", ["Wong, Julia Carrie", "Solon, Olivia"]),  # sample
    (
        "constructed",
        "Charles Schultz, Charles Brown, and Lucy VanPelt",
        ["Charles Schultz", "Charles Brown", "Lucy VanPelt"],
    ),
    ("constructed", "Noam Chomsky and John Halle", ["Noam Chomsky", "John Halle"]),
]


@pytest.mark.parametrize(("source", "zone", "names"), INVERTED_NAMES)
def test_compound_surname_inverted(source: str, zone: str, names: list[str]) -> None:
    assert split_western_authors(zone) == names, source


# Single notes: (note, fields), the rule in the comment above each row.
SINGLE_NOTES = [
    # law note equals still joins two authors
    # Regression guard for the katakana rule: a development-gold note (tests/gold/sources_citations.md),
    # not new evidence.
    (
        "星野英一=田中英夫「〈対談〉法律文献の引用方法をめぐって」書斎の窓383号(1989年)2頁以下",
        {"authors": ["星野英一", "田中英夫"]},
    ),
    # a place before a colon is no author
    # https://www.0685.com/college-life/college-academics/62808.html (MLA, place and publisher)
    (
        "LeBlanc, Michael James. The Boys in the Class. Boston: Brown & Co., 2005.",
        {"authors": ["LeBlanc, Michael James"]},
    ),
    # organisation author without a name keeps its office
    # `President of the Russian Federation` alone names an office, not a person (constructed).
    (
        "President of the Russian Federation, ‘Address to the Federal Assembly’, 1 March 2018.",
        {"authors": ["President of the Russian Federation"]},
    ),
]


FIELD_ROWS = [
    # office before name is dropped
    *rows(OFFICES, ("note", "expected")),
    *rows(SINGLE_NOTES, ("note", "expected")),
]


@pytest.mark.parametrize(
    ("source", "note", "expected", "normalise"), FIELD_ROWS, ids=[row[1][:40] for row in FIELD_ROWS]
)
def test_fields(source: str, note: str, expected: dict, normalise: bool) -> None:
    assert_fields(parse(note, normalise=normalise), expected, source)
