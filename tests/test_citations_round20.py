"""Round 20 of the citation rules: error classes of the sixth fresh sample (cit_fresh6: MLA 7-9, Springer
name-year, APA 7 edited books, Bluebook cases, GOST R 7.0.5 web resources, OJS CSL Turabian in Ukrainian,
ministries as corporate authors).

Rules (each a class, not a style patch):
- a reporter citation `Party v. Party, Vol Rep. Page, Pin (Court Year)` is a court decision (title the case
  name, container the reporter as written, pages first page and pinpoint); its short form `Party, Vol Rep. at Pin`
  repeats it;
- the dashes of a works-cited list (`---.`, `———.`) repeat the authors of the entry above;
- `Journal Vol(Issue):Pages` left at the end of a title is split into container, volume, issue and pages;
- APA `Names (Eds.). (Year).`: the names are editors, not authors;
- `in Editor, ed., Book, …` names the book after `ed.,`, not the editor, as the container;
- `Container D Month YYYY: Page` (MLA newspapers) is the issue's day and page, the day no volume;
- a scheme-less `www.host/path` is a URL (a bare host name stays a site's name);
- lead-ins `Цит. по`, `Quoted in`, `Cited in` are no part of the reference;
- an update date (`Дата обновления:`) is no publication date; `дата звернення` is an access date;
- Ukrainian month names (`Червень 27, 2022`); Ukrainian `і`/`та` join author names;
- `Body: Title` with an organisation before the colon is a corporate author; `(in Japanese)` is no title text;
- GOST supplied other-title information in brackets (`: [библиогр. указ.]`) is no part of the host's name.

Each row names its source: a public page (URL) found with the search tool (pages corpus), or "constructed" after a
rule of the page cited when no real note of the shape was found outside the blind sample's own pages.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citation_fields import detect_language, find_accessed, find_date, find_url
from pipeline.extractors.citation_styles import split_western_authors
from pipeline.extractors.citations import parse_citation, resolve_back_references
from pipeline.records import Citation


def _parse(text: str, note: str = "1") -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), f"c{note}", note, 0)


def _fields(citation: Citation, expected: dict) -> dict:
    return {name: getattr(citation, name) for name in expected}


BLUEBOOK_CASES = [
    # https://docslib.org/doc/5312990/bluebook-guide-20th-ed-powerpoint-from-penn-state-law (R10, footnote form)
    (
        "S. Pac. Co. v. Jensen, 244 U.S. 205, 225-26 (1917).",
        {"title": "S. Pac. Co. v. Jensen", "container": "U.S.", "date": "1917", "pages": "205, 225-26"},
    ),
    # https://ranchopirataidol.pages.dev/709835.html (United States Reports, with a pinpoint)
    (
        "Roe v. Wade, 410 U.S. 113, 164 (1973)",
        {"title": "Roe v. Wade", "container": "U.S.", "date": "1973", "pages": "113, 164", "volume": "410"},
    ),
    # https://skillmd.ai/skills/bluebook (Rule 10.1 basic form)
    (
        "Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
        {"title": "Brown v. Board of Education", "container": "U.S.", "date": "1954", "type": "court decision"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BLUEBOOK_CASES)
def test_bluebook_cases(text: str, expected: dict) -> None:
    assert _fields(_parse(text), expected) == expected


def test_bluebook_short_form_repeats_the_case() -> None:
    # constructed after https://skillmd.ai/skills/bluebook (short forms `Name, Vol Rep. at Pin`)
    full, short = _parse("Roe v. Wade, 410 U.S. 113, 164 (1973).", "1"), _parse("Roe, 410 U.S. at 153.", "2")
    resolve_back_references([full, short])
    assert short.repeats == full.citation_id
    assert (short.title, short.container, short.date, short.pages) == ("Roe v. Wade", "U.S.", "1973", "153")


def test_a_party_name_without_reporter_is_no_case() -> None:
    # https://docslib.org/doc/3232488/goodbye-to-the-bluebook (a law-review article, not a case)
    citation = _parse('Richard A. Posner, "Goodbye to the Bluebook," 53 University of Chicago Law Review 1343 (1986).')
    assert citation.type != "court decision"


def test_mla_dashes_repeat_the_authors_above() -> None:
    # https://uscmed.sc.libguides.com/c.php?g=484371&p=3313016 (MLA, two works by Borroff)
    first = _parse("Borroff, Marie. Language and the Poet: Verbal Artistry in Frost, Stevens, and Moore. "
                   "Chicago: U of Chicago P, 1979. Print.", "1")  # fmt: skip
    second = _parse('---. "Sound Symbolism as Drama in the Poetry of Robert Frost." PMLA 107.1 (1992): 131-44.', "2")
    resolve_back_references([first, second])
    assert second.authors == ["Borroff, Marie"]
    assert second.title == "Sound Symbolism as Drama in the Poetry of Robert Frost"


JOURNAL_IN_TITLE = [
    # constructed after the Springer name-year rule (`Journal Vol:Pages`, no punctuation between them) of
    # https://fixedpointtheoryandalgorithms.springeropen.com/submission-guidelines/preparing-your-manuscript/review
    (
        "Smith J, Lee K (2001) Cytokine production in mice. J Mol Med 78:74-80",
        {"title": "Cytokine production in mice", "container": "J Mol Med", "volume": "78", "pages": "74-80"},
    ),
    (
        "Smith J (2001) Rodent genes. Mod Genomics J 14(6):126-233",
        {"title": "Rodent genes", "container": "Mod Genomics J", "issue": "6", "pages": "126-233"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOURNAL_IN_TITLE)
def test_journal_locator_left_in_the_title(text: str, expected: dict) -> None:
    assert _fields(_parse(text), expected) == expected


APA_EDITED = [
    # https://libguides.tru.ca/c.php?g=714411&p=5093128 (APA 7, entire edited book)
    (
        "Robinson, D.N. (Ed.). (1992). Social discourse and moral judgment. Academic Press.",
        {"authors": [], "title": "Social discourse and moral judgment", "publisher": "Academic Press", "date": "1992"},
    ),
    # https://warren.libguides.com/c.php?g=1052743&p=7651202 (APA 7, edited book with edition)
    (
        "Jennings, M. M. (Ed.). (2017). Business ethics: Case studies and selected readings (9th ed.). Cengage.",
        {"authors": [], "publisher": "Cengage", "date": "2017"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), APA_EDITED)
def test_apa_editors_are_no_authors(text: str, expected: dict) -> None:
    citation = _parse(text)
    assert _fields(citation, expected) == expected
    assert citation.editor


def test_editor_before_the_book_is_no_container() -> None:
    # constructed after the Chicago chapter form `in Editor, ed., Book` (history seminar guides)
    citation = _parse("Smith, John, “Farming,” in Jane Doe, ed., Rural Europe: A Companion, London, 1999")
    assert (citation.container, citation.editor, citation.type) == ("Rural Europe: A Companion", "Jane Doe", "chapter")


def test_book_named_before_its_editor_keeps_its_name() -> None:
    # dev gold (Chicago): the book first, `ed. J. H. Clarke` after it
    citation = _parse(
        "Ernest Kaiser, “The Literature of Harlem,” in Harlem: A Community in Transition, ed. J. H. Clarke "
        "(Citadel Press, 1964)."
    )
    assert citation.container == "Harlem: A Community in Transition"


def test_mla_newspaper_day_and_page() -> None:
    # constructed after MLA 7 newspaper entries (`Title 22 May 2007, late ed.: F1. Print.`)
    citation = _parse("Doe, Jane. “Storm Hits Coast.” The Daily Herald 3 March 2005: B2. Print.")
    assert (citation.container, citation.date, citation.pages, citation.volume) == (
        "The Daily Herald",
        "2005-03-03",
        "B2",
        None,
    )


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # constructed after the MLA 8 rule (URL without `https://`); a bare host name is no URL (heldout8)
        (
            "Journal of X, vol. 1, 2010, www.example.org/article/view/5. Accessed 2 May 2011.",
            "www.example.org/article/view/5",
        ),
        ("Retrieved from the site www.example.org.", None),
    ],
)
def test_schemeless_url(text: str, url: str | None) -> None:
    assert find_url(text)[0] == url


def test_cited_from_lead_in() -> None:
    # constructed after GOST R 7.0.5-2008 §7 (`Цит. по:` before the source quoted)
    citation = _parse("Цит. по: Лотман Ю. М. Культура и взрыв. М., 1992. С. 15.")
    assert citation.authors == ["Лотман Ю. М."]
    assert citation.title == "Культура и взрыв"


def test_update_date_is_no_date() -> None:
    # constructed after GOST R 7.0.5-2008 (web resource: `Дата обновления:` then `(дата обращения: …)`)
    citation = _parse(
        "Экология // Наука: [сайт]. Новосибирск, [2005 —]. Дата обновления: 6.03.2010. "
        "URL: http://www.example.ru/eco.html (дата обращения: 22.03.2011)."
    )
    assert citation.date == "2005"
    assert citation.accessed == "2011-03-22"
    assert citation.container == "Наука"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # constructed after OJS CSL Ukrainian (Turabian) dates, month first
        ("(Червень 27, 2022): 57–70", "2022-06-27"),
        ("листопад 2019", "2019-11"),
        ("(Березень 3, 2020)", "2020-03-03"),
    ],
)
def test_ukrainian_month_dates(text: str, value: str) -> None:
    assert find_date(text)[0] == value


def test_ukrainian_access_date() -> None:
    assert find_accessed("57–70. дата звернення Листопад 24, 2024. https://x.org")[0] == "2024-11-24"


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
    citation = _parse(text)
    assert (citation.authors, citation.title) == ([author], title)


def test_a_place_before_a_colon_is_no_author() -> None:
    # https://www.0685.com/college-life/college-academics/62808.html (MLA, place and publisher)
    citation = _parse("LeBlanc, Michael James. The Boys in the Class. Boston: Brown & Co., 2005.")
    assert citation.authors == ["LeBlanc, Michael James"]


def test_ukrainian_letters_mark_ukrainian() -> None:
    # https://mhpi.chnu.edu.ua is a cit_fresh6 page, so constructed: Ukrainian `і`/`ї`/`є` against plain Russian
    assert detect_language("Історія України: навчальний посібник") == "uk"
    assert detect_language("История России: учебное пособие") == "ru"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructed after Japanese style sheets (a Western book then its translation in parentheses)
        (
            "J. Smith,Retail Location,Macmillan,1970,pp.10-20(山田訳『小売立地論』有斐閣、1975年、pp.12-25。).",
            {"title": "Retail Location", "publisher": "Macmillan", "date": "1970", "pages": "10-20"},
        ),
        # constructed: a comma-separated book note whose publisher has no `Press` ending
        ("A. Brown,Marketing Channels,Longman,1980,p.7.", {"publisher": "Longman", "container": None, "type": "book"}),
    ],
)
def test_comma_glued_western_books(text: str, expected: dict) -> None:
    assert _fields(_parse(text), expected) == expected
