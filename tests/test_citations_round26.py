"""Round 26 of the citation rules: the generic layers for notes no style parser knows (heldout21's classes).

- a note that only points to a website for a text (`原文(英文)はUSINFO・HP参照 URL`): the site is the container;
- a section of a US act as the US Code prints it (`Taiwan Relations Act - Sec. 3301. …`): the act is the title,
  never an author, and the section heading is no publisher;
- Wikipedia's citation templates: the author-date head with a full date (`Name (20 July 2008). Title.`), the
  work-type tag after the title (`(PDF) (Report).`) and a cited passage printed after the pinpoint.

Each row names its source: a public page or file (URL) found with the search tools, or "constructed" after the
pattern of the page cited.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation


def _parse(text: str) -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), "c1", "1", 0)


# (text, container, url)
SITE_POINTERS = [
    (  # constructed after a public README's note `(警視庁ホームページ参照)`, with the agency's address
        "統計は警視庁ホームページ参照 https://www.keishicho.metro.tokyo.lg.jp/",
        "警視庁ホームページ",
        "https://www.keishicho.metro.tokyo.lg.jp/",
    ),
    (  # constructed after the pointer notes of the Taiwan Relations Act page on weblio (日本語訳は…HP参照)
        "日本語訳は外務省HP参照 https://www.mofa.go.jp/mofaj/area/taiwan/index.html",
        "外務省HP",
        "https://www.mofa.go.jp/mofaj/area/taiwan/index.html",
    ),
]


@pytest.mark.parametrize(("text", "container", "url"), SITE_POINTERS)
def test_site_pointer_names_the_site_as_container(text: str, container: str, url: str) -> None:
    citation = _parse(text)
    assert (citation.container, citation.title, citation.authors, citation.url) == (container, None, [], url)
    assert citation.type == "web page"


def test_site_pointer_needs_a_url() -> None:
    """Without an address the pointer is a remark, not a web reference (`(警視庁ホームページ参照)` in running text)."""
    citation = _parse("警視庁ホームページ参照")
    assert (citation.container, citation.url, citation.type) == (None, None, "note")


# (text, title)
STATUTE_SECTIONS = [
    (  # constructed on the section lines of https://www.gpo.gov/fdsys/pkg/USCODE-2010-title22/html/USCODE-2010-title22-chap32.htm
        "Foreign Assistance Act of 1961 - Sec. 2151. Congressional findings and declaration of policy.",
        "Foreign Assistance Act of 1961",
    ),
    (  # the same page's form with an en dash and a lettered section number (Sec. 2151a)
        "Foreign Assistance Act – Sec. 2151a. Agricultural development in rural areas. (a)",
        "Foreign Assistance Act",
    ),
]


@pytest.mark.parametrize(("text", "title"), STATUTE_SECTIONS)
def test_us_act_section_is_a_statute_titled_by_the_act(text: str, title: str) -> None:
    citation = _parse(text)
    assert (citation.title, citation.authors, citation.publisher, citation.type) == (title, [], None, "statute")


# (text, authors, title, publisher or container, date, pages, type)
WIKIPEDIA_TEMPLATES = [
    (  # https://en.wikipedia.org/wiki/Artificial_intelligence reference list, as copied in a public repository
        'Gill, Brendan; Logan, Andy (29 December 1956). "Chess to Come". The New Yorker.',
        ["Gill, Brendan", "Logan, Andy"],
        "Chess to Come",
        "1956-12-29",
        None,
    ),
    (  # https://en.m.wikipedia.org/wiki/Minimax note 1 (the Fraser Institute report), as copied in a public repository
        "Bacchus, Barua (January 2013). Provincial Healthcare Index 2013 (PDF) (Report). Fraser Institute. p. 25.",
        ["Bacchus, Barua"],
        "Provincial Healthcare Index 2013",
        "2013-01",
        "25",
    ),
    (  # constructed after the Trottier cite of the Bitcoin article (full date) with a report tag and a quote=
        "Trottier, Leo (18 June 2016). Original bitcoin (PDF) (Report). Boston: Bitcoin Press. p. 9. "
        "The first release of the client was described there as an experiment in open source money.",
        ["Trottier, Leo"],
        "Original bitcoin",
        "2016-06-18",
        "9",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "date", "pages"), WIKIPEDIA_TEMPLATES)
def test_wikipedia_template_fields(text: str, authors: list[str], title: str, date: str, pages: str | None) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.title, citation.date, citation.pages) == (authors, title, date, pages)


def test_report_tag_sets_the_type() -> None:
    citation = _parse("Dreyfus, Hubert (December 1965). Alchemy and AI (PDF) (Report). Rand Corporation.")
    assert (citation.title, citation.type) == ("Alchemy and AI", "report")


# (text, authors, title, publisher, pages): Wikipedia's `cite book` as sentences after the author-date head
SENTENCE_BOOKS = [
    (  # https://en.m.wikipedia.org/wiki/Minimax reference 4, as copied in a public repository
        "Osborne, Martin J.; Rubinstein, A. (1994). A Course in Game Theory (print ed.). Cambridge, MA: MIT Press. "
        "ISBN 9780262150415.",
        ["Osborne, Martin J.", "Rubinstein, A."],
        "A Course in Game Theory",
        "MIT Press",
        None,
    ),
    (  # constructed after the same page's reference 3 with a place before the publisher and a pinpoint
        "Zamir, Shmuel (2013). Game Theory. New York: Cambridge University Press. pp. 176–180.",
        ["Zamir, Shmuel"],
        "Game Theory",
        "Cambridge University Press",
        "176-180",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "publisher", "pages"), SENTENCE_BOOKS)
def test_sentence_separated_book(text: str, authors: list[str], title: str, publisher: str, pages: str | None) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.title, citation.publisher, citation.pages) == (authors, title, publisher, pages)
    assert citation.type == "book"


# (text, publisher): European houses whose names do not end like a publisher's are publishers, not journals
EUROPEAN_HOUSES = [
    (  # constructed: Gasparini's 2004 book, cited by the article of https://books.openedition.org/pul/3618
        "Philippe Gasparini, Est-il je ?, Le Seuil, 2004.",
        "Le Seuil",
    ),
    (  # http://elibrary.duncker-humblot.de/9783428542406/U1 (cite-as, Harvard form), constructed with a comma list
        "Sebastian Helmes, Spenden an politische Parteien, Duncker & Humblot, 2014.",
        "Duncker & Humblot",
    ),
]


@pytest.mark.parametrize(("text", "publisher"), EUROPEAN_HOUSES)
def test_european_publisher_is_no_container(text: str, publisher: str) -> None:
    citation = _parse(text)
    assert (citation.publisher, citation.container, citation.type) == (publisher, None, "book")
