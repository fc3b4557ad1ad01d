"""Round 21 of the citation rules: error classes of heldout18 (an English case note's reference list in a Cambridge
journal's house style, and the 外交青書's explanatory notes).

Rules (each a class, not a style patch):
- OSCOLA journal locators after a quoted title: `[Year] Journal Page`, `(Year) Vol Journal Page, Pin`, an issue in
  brackets after the volume, and the volume-first order `Vol Journal (Year) Page at Pin`; pages keep the first page
  and the pinpoint (`42, 64`); a double-quoted phrase inside a single-quoted title is no title of its own;
- a scheme-less address in angle brackets (`<www.legislation.gov.uk>`, `<en.kremlin.ru/…>`) is a URL;
- an office before a name in the author slot (`Prime Minister Shinzo Abe`) is dropped: the author is the person;
- a court decision named by kind and number (`Decision No. 6-P of 19 March 2014`) is a court decision titled
  `Decision No. 6-P`;
- an English translation in square brackets after a quoted transliterated title is no part of any field;
- an English sentence that states something, then the work it rests on: the work is the reference;
- cross-references to a numbered note (`Supra n. 6`, OSCOLA `Richards (n 1) 15`) repeat that note;
- a Japanese definition ending in `…するもの。` / `…ものです。` explains (type note).

Each row names its source: a public page (URL) found with the search tool (pages corpus), or "constructed" after a
rule of the page cited when no real note of the shape was found outside the held-out texts.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citation_fields import find_url
from pipeline.extractors.citations import parse_citation, resolve_back_references
from pipeline.records import Citation


def _parse(text: str, note: str = "1") -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), f"c{note}", note, 0)


def _fields(citation: Citation, expected: dict) -> dict:
    return {name: getattr(citation, name) for name in expected}


OSCOLA_ARTICLES = [
    # https://libguides.ials.sas.ac.uk/c.php?g=659237&p=4653474 (journal without volumes: square-bracketed year)
    (
        "Paul Craig, ‘Theory, “Pure Theory” and Values in Public Law’ [2005] PL 440.",
        {
            "authors": ["Paul Craig"],
            "title": "Theory, “Pure Theory” and Values in Public Law",
            "container": "PL",
            "date": "2005",
            "pages": "440",
            "type": "journal article",
        },
    ),
    # same page (round-bracketed year, then the volume)
    (
        "Alison L Young, ‘In Defence of Due Deference’ (2009) 72 MLR 554.",
        {"authors": ["Alison L Young"], "container": "MLR", "volume": "72", "date": "2009", "pages": "554"},
    ),
    # same page (pinpoint after the first page)
    (
        "JAG Griffith, ‘The Common Law and the Political Constitution’ (2001) 117 LQR 42, 64.",
        {"title": "The Common Law and the Political Constitution", "container": "LQR", "pages": "42, 64"},
    ),
    # https://library.rgu.ac.uk/oscola/journal-articles (online-only journal: issue after the volume, no page)
    (
        "Graham Greenleaf, ‘The Global Development of Free Access to Legal Information’ (2010) 1(1) EJLT "
        "<http://ejlt.org/article/view/17> accessed 27 July 2010.",
        {"container": "EJLT", "volume": "1", "issue": "1", "date": "2010", "url": "http://ejlt.org/article/view/17"},
    ),
    # https://library.rgu.ac.uk/oscola/journal-articles (a case note cited as an article)
    (
        "Andrew Ashworth, ‘R (Singh) v Chief Constable of the West Midlands Police’ [2006] Crim LR 441 (note).",
        {"title": "R (Singh) v Chief Constable of the West Midlands Police", "container": "Crim LR", "pages": "441"},
    ),
    # constructed after the Cambridge house style (volume, journal, year, `p. … at p. …`) of the heldout18 note
    (
        "Tanaka, H., ‘Treaty Interpretation in Japanese Courts’, 12 Asian Journal of International Law (2015) "
        "p. 101 at p. 110.",
        {
            "authors": ["Tanaka, H."],
            "container": "Asian Journal of International Law",
            "volume": "12",
            "date": "2015",
            "pages": "101, 110",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), OSCOLA_ARTICLES)
def test_oscola_journal_articles(text: str, expected: dict) -> None:
    assert _fields(_parse(text), expected) == expected


ANGLED_URLS = [
    # OSCOLA 3.1 (library.rgu.ac.uk/oscola): web addresses in angle brackets without a scheme
    (
        "Ministry of Justice, <www.gov.uk/government/organisations/ministry-of-justice> accessed 1 May 2020",
        "www.gov.uk/government/organisations/ministry-of-justice",
    ),
    # a host other than www. (the Cambridge note's form), constructed with the Kantei's English site
    (
        "‘Policy Speech’, 24 January 2014, <japan.kantei.go.jp/96_abe/statement/201401/24siseihousin_e.html>.",
        "japan.kantei.go.jp/96_abe/statement/201401/24siseihousin_e.html",
    ),
    # a bare host in angle brackets is an address too (constructed)
    ("Legislation.gov.uk <www.legislation.gov.uk>", "www.legislation.gov.uk"),
]


@pytest.mark.parametrize(("text", "url"), ANGLED_URLS)
def test_scheme_less_url_in_angle_brackets(text: str, url: str) -> None:
    assert find_url(text)[0] == url


def test_email_in_angle_brackets_is_no_url() -> None:
    assert find_url("Contact <editor@example.org> for details")[0] is None


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


@pytest.mark.parametrize(("text", "expected"), OFFICES)
def test_office_before_name_is_dropped(text: str, expected: dict) -> None:
    assert _fields(_parse(text), expected) == expected


def test_organisation_author_without_a_name_keeps_its_office() -> None:
    """`President of the Russian Federation` alone names an office, not a person (constructed)."""
    parsed = _parse("President of the Russian Federation, ‘Address to the Federal Assembly’, 1 March 2018.")
    assert parsed.authors == ["President of the Russian Federation"]


DECISIONS = [
    # https://lawsdocbox.com/amp/67578132-Legal_Issues/... (the list of the court's English judgments:
    # `Judgment of 27 February 2009 No. 4-П`), cited with its gazette (constructed note)
    (
        "Judgment of 27 February 2009 No. 4-P, Rossiyskaya Gazeta, 11 March 2009.",
        {"type": "court decision", "title": "Judgment No. 4-P", "number": "4-P", "container": "Rossiyskaya Gazeta"},
    ),
    # same list: `JUDGMENT No. 12-П/2016 OF 19 APRIL 2016` in title case (constructed note)
    (
        "Judgment No. 12-P/2016 of 19 April 2016.",
        {"type": "court decision", "title": "Judgment No. 12-P/2016", "date": "2016-04-19"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS)
def test_court_decision_by_number(text: str, expected: dict) -> None:
    assert _fields(_parse(text), expected) == expected


GLOSSES = [
    # the APA form of https://libguides.ucentralasia.org/c.php?g=720037&p=5133946 (`Al-qissah fi al-adab Al-Arabi
    # al-hadith [The novel in modern Arabic literature]`) as a quoted article title in a note (constructed)
    (
        "Najm, Y., ‘Al-qissah fi al-adab Al-Arabi al-hadith’ [The novel in modern Arabic literature], "
        "Al-Adab, 3 May 1966.",
        {"title": "Al-qissah fi al-adab Al-Arabi al-hadith", "container": "Al-Adab"},
    ),
    # Chicago 14.108 (chicagomanualofstyle.org faq0095: translation in brackets, sentence-capped), constructed note
    (
        "Ivanov, I., ‘Pravo i vlast’’ [Law and power], Kommersant, 2 June 2015.",
        {"container": "Kommersant", "date": "2015-06-02"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSES)
def test_bracketed_translation_after_quoted_title(text: str, expected: dict) -> None:
    assert _fields(_parse(text), expected) == expected


def test_bracketed_year_after_title_is_kept() -> None:
    """`[2005]` is OSCOLA's year, not a translation (libguides.ials.sas.ac.uk, Craig)."""
    assert _parse("Paul Craig, ‘Theory and Values in Public Law’ [2005] PL 440.").date == "2005"


PROSE_THEN_WORK = [
    # constructed after the OSCOLA guide's Griffith example with an explanatory sentence before it
    (
        "The rule was later applied by the courts of appeal. JAG Griffith, ‘The Common Law and the Political "
        "Constitution’ (2001) 117 LQR 42, 64.",
        {"title": "The Common Law and the Political Constitution", "container": "LQR", "type": "journal article"},
    ),
    # constructed: a sentence with a quotation, then a title-first web page
    (
        "The Prime Minister said that ‘Japan will never give in to terrorism’. ‘Policy Speech to the 189th "
        "Session of the Diet’, 12 February 2015, <japan.kantei.go.jp/97_abe/statement/201502/policy.html>.",
        {"title": "Policy Speech to the 189th Session of the Diet", "date": "2015-02-12", "type": "web page"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROSE_THEN_WORK)
def test_explanatory_sentence_then_the_work(text: str, expected: dict) -> None:
    assert _fields(_parse(text), expected) == expected


def test_reference_starting_with_a_name_is_not_prose() -> None:
    """A reference whose title holds `is` is no sentence (OSCOLA example shape, constructed title)."""
    parsed = _parse("Alison L Young, ‘Deference is Due. Or Is It?’ (2009) 72 MLR 554.")
    assert parsed.authors == ["Alison L Young"]


def _resolve(texts: list[str]) -> list[Citation]:
    citations = [_parse(text, str(number)) for number, text in enumerate(texts, start=1)]
    resolve_back_references(citations)
    return citations


def test_oscola_cross_reference_repeats_its_note() -> None:
    """https://libanswers.coventry.ac.uk/lib/faq/276361: `Richards (n 1) 15.` repeats note 1 at page 15."""
    notes = [
        "Paul Richards, Law of Contract (14th edn, Pearson Education Limited 2019) 5.",
        "Caroline Maughan and Julian Webb, Lawyering Skills and the Legal Process (2nd edn, Cambridge University "
        "Press 2005).",
        "Richards (n 1) 15.",
    ]
    third = _resolve(notes)[2]
    assert (third.repeats, third.pages) == ("c1", "15")
    assert third.title and third.title.startswith("Law of Contract")


def test_supra_note_repeats_its_note() -> None:
    """`Supra n. 6` (a Cambridge case note's form) and `supra note 1` (constructed) repeat the numbered note."""
    notes = ["‘Ukrainian Crisis Timeline’, 13 November 2014, <www.bbc.com/news/world-middle-east-26248275>.", "x"]
    citations = _resolve([notes[0], "Supra n. 1"])
    assert (citations[1].repeats, citations[1].type, citations[1].date) == ("c1", "web page", "2014-11-13")
    assert _resolve([notes[0], "See supra note 1, at 3."])[1].pages == "3"


EXPLANATIONS = [
    # https://relasic.jp/contents/wp-json/wp/v2/pages/232 (terms of use, article 1: a definition in `…ものです。`)
    "本規約は、当社が運営するサイトおよび本サービスを利用する者と当社との間の権利義務関係および利用者が遵守すべき事項等を定めるものです。",
    # constructed after the glossary form `…を推し進めようとするもの。`
    "政府が推し進める大規模な行政改革の計画であり、(1)財政、(2)教育の2分野において改革を進めていこうとするもの。",
]


@pytest.mark.parametrize("text", EXPLANATIONS)
def test_definition_ending_in_mono_is_a_note(text: str) -> None:
    parsed = _parse(text)
    assert (parsed.type, parsed.title, parsed.publisher) == ("note", None, None)
