"""Round 15 of the citation rules: error classes of the fourth fresh sample (/work/notes/cit_fresh4).

Rules:
- a news digest's source line `Title(Org,date)URL` / `Title(Org)URL` (NDL カレントアウェアネス-R) gives the whole
  text before the parentheses as title, the body in them as publisher and the day as date; a label `関連: ` before
  it and a remark `※…` after the URL are no part of it;
- a double-barrelled surname before initials (`Тер-Минасова С. Г.`, `Bardovi-Harlig K.`) is one GOST author;
- an edition statement closing a book title (`2nd Edition`, `Rev Exp. edition`) is not title;
- a Russian legal database's article heading `Title (Authors) ("Journal", Year, N no)` (КонсультантПлюс).

Each row names its source: a public page (URL) or the find_string id of a public GitHub file whose repository
the search tool does not name. Notes are NFKC-normalised first, as ingest does.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citation_periodicals import parse_database_article
from pipeline.extractors.citation_styles import parse_initials_book
from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation


def parse(text: str) -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), "C1", "1", 0)


# NDL カレントアウェアネス-R source lines (not the pages of the sample).
CAR_LC = "http://www.current.ndl.go.jp/taxonomy/term/142"
CAR_2018_4_26 = "https://current.ndl.go.jp/archive/all/2018/4/26"

DIGEST_LINES = [
    (
        "Looking at Abraham Lincoln: New Guide Available(LC Picture This,2019/8/1)\n"
        "https://blogs.loc.gov/picturethis/2019/08/looking-at-abraham-lincoln-new-guide-available/",
        "Looking at Abraham Lincoln: New Guide Available",
        "LC Picture This",
        "2019-08-01",
        CAR_LC,
    ),
    (
        "GPO ISSUES DIGITAL RELEASE OF HISTORICAL CONGRESSIONAL RECORD FOR THE 1930s (GPO,2017/8/22)\n"
        "https://www.gpo.gov/newsroom-media/presspage/17presspage34.htm",
        "GPO ISSUES DIGITAL RELEASE OF HISTORICAL CONGRESSIONAL RECORD FOR THE 1930s",
        "GPO",
        "2017-08-22",
        CAR_LC,
    ),
    (
        "大阪市立大学オープンアクセス方針を策定しました(大阪市立大学,2018/4/24) "
        "http://www.osaka-cu.ac.jp/ja/news/2018/180424",
        "大阪市立大学オープンアクセス方針を策定しました",
        "大阪市立大学",
        "2018-04-24",
        CAR_2018_4_26,
    ),
    (
        "新着情報一覧(小牧市)http://www.city.komaki.aichi.jp/admin/news.html "
        "※「2018年04月20日 新小牧市立図書館の基本設計図書を策定しました。」とあります。",
        "新着情報一覧",
        "小牧市",
        None,
        CAR_2018_4_26,
    ),
    (
        "新図書館の建設 > 新小牧市立図書館の基本設計について(小牧市)"
        "http://www.city.komaki.aichi.jp/admin/shimin/kosodatekyoiku/shougai/10/16832.html",
        "新図書館の建設 > 新小牧市立図書館の基本設計について",
        "小牧市",
        None,
        CAR_2018_4_26,
    ),
]


@pytest.mark.parametrize(("note", "title", "publisher", "date", "source"), DIGEST_LINES)
def test_news_digest_source_line(note: str, title: str, publisher: str, date: str | None, source: str) -> None:
    citation = parse(note.replace("\n", ""))
    assert (citation.title, citation.publisher, citation.date) == (title, publisher, date), source
    assert citation.authors == [] and citation.type == "web page" and citation.url


def test_digest_rule_needs_a_url_and_leaves_an_authored_work() -> None:
    """Without a URL `『Title』(Publisher Year)` stays a book; a name before 「…」 keeps its author."""
    book = parse("『マッカーサーの時代』(恒文社 1996)p363")  # constructed, the sample's shape
    assert (book.title, book.publisher, book.date, book.pages) == ("マッカーサーの時代", "恒文社", "1996", "363")


# Double-barrelled surnames (rep.herzen.spb.ru reference list).
HERZEN = "https://rep.herzen.spb.ru/publication/10223"

DOUBLE_SURNAMES = [
    (
        "Тер-Минасова С. Г. Язык и межкультурная коммуникация. М., 2000.",
        ["Тер-Минасова С. Г."],
        "Язык и межкультурная коммуникация",
        HERZEN,
    ),
    (  # the reference as GOST writes a host (` // `); names and title as the Herzen list gives them
        "Bardovi-Harlig K., Hartford B. Developing pragmatic awareness: closing the conversation // ELT Journal. "
        "1991. № 1. P. 4-15.",
        ["Bardovi-Harlig K.", "Hartford B."],
        "Developing pragmatic awareness: closing the conversation",
        HERZEN + " (constructed GOST form)",
    ),
]


@pytest.mark.parametrize(("note", "authors", "title", "source"), DOUBLE_SURNAMES)
def test_double_barrelled_surname(note: str, authors: list[str], title: str, source: str) -> None:
    citation = parse(note)
    assert (citation.authors, citation.title) == (authors, title), source


# Edition statements after a Chicago book title: Kenneth Train's book as the logitr README cites it
# (find_string id 25234317906; jhelvy/logitr README), with its author's name put first.
EDITIONS = [
    (
        "Kenneth Train, Discrete Choice Methods with Simulation, 2nd Edition (New York: Cambridge University "
        "Press, 2009).",
        "Discrete Choice Methods with Simulation",
        "Cambridge University Press",
    ),
    (  # constructed: a bookseller's `Rev Exp.` statement on the same title
        "Kenneth Train, Discrete Choice Methods with Simulation, Rev Exp. edition (New York: Cambridge University "
        "Press, 2009), 31-33.",
        "Discrete Choice Methods with Simulation",
        "Cambridge University Press",
    ),
]


@pytest.mark.parametrize(("note", "title", "publisher"), EDITIONS)
def test_edition_statement_is_not_title(note: str, title: str, publisher: str) -> None:
    citation = parse(note)
    assert (citation.title, citation.publisher, citation.date) == (title, publisher, "2009")


# A КонсультантПлюс article heading (center-bereg.ru reprint of the database text).
BEREG = "http://www.center-bereg.ru/j609.html"


def test_legal_database_article_heading() -> None:
    citation = parse(
        "Некоторые проблемы участия прокурора в гражданском судопроизводстве с целью защиты прав и законных "
        "интересов других лиц (Афанасьев С. Ф., Борисова В. Ф.) («Законы России: опыт, анализ, практика», 2012, N 9)"
    )
    assert citation.title.startswith("Некоторые проблемы участия прокурора"), BEREG
    assert citation.authors == ["Афанасьев С. Ф.", "Борисова В. Ф."]
    assert (citation.container, citation.date, citation.issue) == ("Законы России: опыт, анализ, практика", "2012", "9")
    assert citation.type == "journal article"


def test_database_heading_needs_names_in_the_first_parentheses() -> None:
    """A title with a parenthesised gloss is no heading: `(на примере США)` names no author."""
    note = "Монополизация медиарынка (на примере США) («Информационное общество», 2020, N 5)"
    assert not parse_database_article(Citation("C1", "1", 0, len(note), note), note)


# Surname-and-initials reference lists with a `Place: Publisher; Year` imprint (APS style manual samples).
APS = "http://www.apsstylemanual.org/formattingAPSJournalArticles/references/sampleReferences/sampleBookReference.htm"

INITIALS_BOOKS = [
    (
        "Waterson B. Prologue to a comic. In: Calvin and Hobbes Rocks. New York: WriteMore Univ. Press, 1999, "
        "chapt. 1, p. 2-15.",
        ("chapter", ["Waterson B."], "Prologue to a comic", "Calvin and Hobbes Rocks", "WriteMore Univ. Press"),
        ("1999", "2-15"),
    ),
    (
        "Tolkien JRR. The Fellowship of the Ring. London: Ballantine, 1981.",
        ("book", ["Tolkien JRR"], "The Fellowship of the Ring", None, "Ballantine"),
        ("1981", None),
    ),
    (  # constructed on the APS chapter: an editor `(ed.)` after the book, `; Year`, `P.` pages, abbreviated place
        "Waterson B. Prologue to a comic. In: Calvin and Hobbes Rocks. K. Brown (ed.). N. Y. : WriteMore; 1999. "
        "P. 2–15.",
        ("chapter", ["Waterson B."], "Prologue to a comic", "Calvin and Hobbes Rocks", "WriteMore"),
        ("1999", "2-15"),
    ),
    (  # constructed: two authors, a book extent `318 p.` that is no locator
        "Waterson B., Tolkien JRR. Calvin and Hobbes Rocks. London: Ballantine; 1981. 318 p.",
        ("book", ["Waterson B.", "Tolkien JRR"], "Calvin and Hobbes Rocks", None, "Ballantine"),
        ("1981", None),
    ),
]


@pytest.mark.parametrize(("note", "record", "when"), INITIALS_BOOKS)
def test_surname_initials_book_or_chapter(note: str, record: tuple, when: tuple) -> None:
    citation = parse(note)
    got = (citation.type, citation.authors, citation.title, citation.container, citation.publisher)
    assert got == record, APS
    assert (citation.date, citation.pages) == when


def test_initials_book_needs_a_place_before_the_publisher() -> None:
    """`Title. Journal: Subtitle; 2019.` is no imprint: the piece before the colon must be a place."""
    note = "Waterson B. Prologue to a comic. Comics Review: Annual Notes; 1999."
    assert not parse_initials_book(Citation("C1", "1", 0, len(note), note), note)


def test_digest_parentheses_holding_a_date_name_no_publisher() -> None:
    """`…答弁書(昭和56年5月29日)URL` (Wikipedia 憲法第9条 notes, the gold's kenpo9 text) dates a document."""
    citation = parse(
        "衆議院議員稲葉誠一君提出「憲法、国際法と集団的自衛権」に関する質問に対する答弁書(昭和56年5月29日)"
        "http://www.shugiin.go.jp/itdb_shitsumona.nsf/html/shitsumon/b094032.htm"
    )
    assert citation.publisher is None and citation.date == "1981-05-29"
