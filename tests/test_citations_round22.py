"""Round 22 of the citation rules: error classes of the seventh fresh sample (cit_fresh7: Elsevier name-year
journal references, Australian/UK Harvard newspaper references, AGPS title-first web documents, transliterated
Russian References with `Publ. (In Russ.)`, Japanese white-paper author-date pointers, catalogue-style book
records with `/編著` and 【】 numbers, news-digest headlines with `Posted`).

Rules (each a class, not a style patch):
- Elsevier name-year: `Names, Year. Title. Journal Vol, Pages.`, the title may hold full stops of its own; a book
  or report in the same style (no volume before the pages) is left to the other parsers;
- Harvard newspaper: `Surname, I Year, 'Title', Paper[, Place], D Month, p. X`: the date joins the author's year to
  the day, the page is the page (`A03`, `A3`, `5`), access statements are no page;
- `Title [Translation]. Paper, Year, D month` (transliterated Russian month genitives) is a dated news item;
- `Surname I., Surname I. Title. Place, [Publisher, ]Year.` with a known place: every name is an author;
  `(In Russ.)` is a language tag;
- AGPS `Title Year|n.d., Sponsor, <URL>`: the sponsor is the publisher, `n.d.` no date;
- `『Title』 Name/編著 Name/編著 Publisher Year 【no.】 pN`: 編著 names authors, 編 editors, `(他)` dropped;
- a Japanese author-date pointer inside a sentence (`…については、内閣府(2013)を参照。`) gives authors and the first
  year; a lead-in `詳しくは、` is no part of the reference;
- `Headline Posted <date> URL`: the whole headline is the title, the posting day the date;
- a body before 『container』 (`日本経済新聞社『COMEMO』`) publishes it; a report whose source is its own author
  (`OECD(2000)“Title”, OECD`) has that body as publisher;
- `Title(Org,2016/7/20最終更新)` is a news digest's source line with its last-update date.

Each row names its source: a public page (URL) found with the search tool (pages corpus), or "constructed" after
the rule of the page cited when no real note of the shape was found outside the sample's own pages.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citation_fields import find_call_number, find_date
from pipeline.extractors.citation_periodicals import parse_elsevier_journal
from pipeline.extractors.citation_web import ORG_DATE_TAIL
from pipeline.extractors.citations import _open_mistyped_quote, parse_citation
from pipeline.records import Citation


def _parse(text: str, note: str = "1") -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), f"c{note}", note, 0)


# Elsevier Guide for Authors, "Reference to a journal publication" (e.g.
# http://www.elsevier.com/wps/find/journaldescription.cws_home/622828/authorinstructions; quoted in public CSL notes).
ELSEVIER_ROWS = [
    (
        "Van der Geer, J., Hanraads, J.A.J., Lupton, R.A., 2010. The art of writing a scientific article. "
        "J. Sci. Commun. 163, 51–59.",
        ["Van der Geer, J.", "Hanraads, J.A.J.", "Lupton, R.A."],
        "The art of writing a scientific article",
        "J. Sci. Commun.",
        "2010",
        "51-59",
    ),
    (  # constructed after the same guide: a title with a section prefix and its own full stop
        "Smith, A.B., 2019. Ecology. A note on lakes. Nature 570, 12–14.",
        ["Smith, A.B."],
        "Ecology. A note on lakes",
        "Nature",
        "2019",
        "12-14",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "container", "date", "pages"), ELSEVIER_ROWS)
def test_elsevier_name_year_journal(
    text: str, authors: list[str], title: str, container: str, date: str, pages: str
) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.title, citation.container) == (authors, title, container)
    assert (citation.date, citation.pages, citation.type) == (date, pages, "journal article")


ELSEVIER_NOT_JOURNAL = [
    # the book example of the same Elsevier guide: no volume, so no journal
    "Strunk Jr., W., White, E.B., 2000. The Elements of Style, fourth ed. Longman, New York.",
    # http://thesishub.org/writing-a-research-article-in-40-steps/ (a report in name-year form)
    "Swales, J., 1981. Aspects of Article Introductions. ESP Research Report No.1, University of Aston, Aston, UK.",
]


@pytest.mark.parametrize("text", ELSEVIER_NOT_JOURNAL)
def test_elsevier_parser_leaves_books_and_reports(text: str) -> None:
    citation = Citation("c1", "1", 0, len(text), text)
    assert not parse_elsevier_journal(citation, text)


HARVARD_NEWS_ROWS = [
    (  # https://libguides.ioe.ac.uk/c.php?g=482485&p=3299819 (a place after the paper)
        "Lewis, S. (2015) ‘Rainbow support for York pride’, The Press, York, 18 June, p.6.",
        "Lewis, S.",
        "Rainbow support for York pride",
        "The Press",
        "2015-06-18",
        "6",
    ),
    (  # https://www.perlego.com/knowledge/referencing-and-citations/harvard-guide/how-to-cite-newspapers-in-harvard-style/
        "Sample, I. (2014) ‘Why an octopus’s suckers don’t stick its arms together’, The Guardian, 16 May, p. 17.",
        "Sample, I.",
        "Why an octopus’s suckers don’t stick its arms together",
        "The Guardian",
        "2014-05-16",
        "17",
    ),
    (  # the same perlego page, an online article with access
        "Schwartz, M. (2020) ‘Stay Safe, Justice Ginsburg’, New York Times, 20 July. Available at: "
        "https://www.nytimes.com/2020/07/20/opinion/ruth-bader-ginsburg-health.html (Accessed: 12 February 2022).",
        "Schwartz, M.",
        "Stay Safe, Justice Ginsburg",
        "New York Times",
        "2020-07-20",
        None,
    ),
    (  # https://anatolia.libguides.com/harvard/newsharvard
        "Mackay, C. (2002) ‘Alert over big cat’, The Daily Mirror, 4 July, p. 28.",
        "Mackay, C.",
        "Alert over big cat",
        "The Daily Mirror",
        "2002-07-04",
        "28",
    ),
    (  # constructed after the AGPS form (no full stop after the initial, a page with a section letter)
        "Brown, K 2010, 'Rates rise again', The Australian, 3 March, first edition, A5.",
        "Brown, K",
        "Rates rise again",
        "The Australian",
        "2010-03-03",
        "A5",
    ),
]


@pytest.mark.parametrize(("text", "author", "title", "paper", "date", "pages"), HARVARD_NEWS_ROWS)
def test_harvard_newspaper(text: str, author: str, title: str, paper: str, date: str, pages: str | None) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.title, citation.container) == ([author], title, paper)
    assert (citation.date, citation.pages, citation.type) == (date, pages, "news")


def test_transliterated_news_day() -> None:
    # constructed after the GOST 7.0.5 References form (`Paper, Year, D month`, BGN transliteration)
    citation = _parse(
        "Tsentrobank povysil stavku [The Central Bank Raised the Rate]. Kommersant, 2022, 15 marta, available at: "
        "https://www.kommersant.ru/doc/1"
    )
    assert (citation.title, citation.container, citation.date) == (
        "Tsentrobank povysil stavku",
        "Kommersant",
        "2022-03-15",
    )
    assert citation.authors == [] and citation.type == "news"
    assert find_date("Rossiyskaya gazeta, 2005, 26 iyulya")[0] == "2005-07-26"


TRANSLIT_BOOK_ROWS = [
    (  # constructed after https://jne.usue.ru/en/requirements-to-reference-lists (`Moscow, Nauka Publ.`)
        "Ivanov I. I., Petrov P. P. Ekonomika regiona. Moscow, Nauka Publ., 2010.",
        ["Ivanov I. I.", "Petrov P. P."],
        "Ekonomika regiona",
        "Nauka Publ.",
        "2010",
    ),
    (  # constructed: a place and the year only
        "Smirnov A. Istoriya goroda. Novosibirsk, 1999.",
        ["Smirnov A."],
        "Istoriya goroda",
        None,
        "1999",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "publisher", "date"), TRANSLIT_BOOK_ROWS)
def test_transliterated_book(text: str, authors: list[str], title: str, publisher: str | None, date: str) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.title, citation.publisher, citation.date) == (authors, title, publisher, date)


def test_in_russ_tag_is_no_field() -> None:
    # https://journals.rudn.ru/russian-language-studies/article/view/21604 (reference 2)
    citation = _parse(
        "Abrosimova, L.S. (2015). Slovoobrazovanie v yazykovoi kategorizacii mira [Word-building in the language "
        "categorization of the world]. Rostov-on-Don: South Federal University Publ. (In Russ.)"
    )
    assert citation.title == "Slovoobrazovanie v yazykovoi kategorizacii mira"
    assert "Russ" not in (citation.publisher or "")


def test_title_year_sponsor() -> None:
    # https://org.slasa.asn.au/references (another entry than the sample's, a colon in the title)
    citation = _parse(
        "Citing and referencing: Harvard 2012, Monash University, <http://guides.lib.monash.edu/citing-referencing/harvard>."
    )
    assert (citation.title, citation.publisher, citation.date) == (
        "Citing and referencing: Harvard",
        "Monash University",
        "2012",
    )
    # constructed: no date
    undated = _parse("Library Guide n.d. University of Adelaide, <http://www.adelaide.edu.au/guide>.")
    assert (undated.title, undated.publisher, undated.date) == ("Library Guide", "University of Adelaide", None)


def test_author_first_web_document_is_not_title_first() -> None:
    # https://libguides.acu.edu.au/harvard/websites: the organisation stands first, the title after `n.d.,`
    citation = _parse(
        "Qantas n.d., The Qantas story, Qantas, viewed 11 October 2018, "
        "<https://www.qantas.com/travel/airlines/history/global/en>."
    )
    assert citation.title != "Qantas"


SPACED_RECORD_ROWS = [
    (  # constructed after レファレンス協同データベース answers (`『書名』 著者/編著 出版社 年 【番号】 頁`)
        "『地域の歴史』 山田太郎/編著 佐藤花子/編著 東京出版 2005 【s12345678 210.1】 p12",
        ["山田太郎", "佐藤花子"],
        None,
        "東京出版",
        "2005",
        "12",
    ),
    (  # constructed: `(他)` and an editor
        "『近代の文化』 鈴木一郎(他)/編 京都書房 1998 【s87654321 361】 p7",
        [],
        "鈴木一郎",
        "京都書房",
        "1998",
        "7",
    ),
]


@pytest.mark.parametrize(("text", "authors", "editor", "publisher", "date", "pages"), SPACED_RECORD_ROWS)
def test_spaced_book_record(
    text: str, authors: list[str], editor: str | None, publisher: str, date: str, pages: str
) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.editor, citation.publisher) == (authors, editor, publisher)
    assert (citation.date, citation.pages) == (date, pages)
    assert find_call_number(text)[0] is not None


AUTHOR_DATE_POINTER_ROWS = [
    (  # http://www5.cao.go.jp/j-j/wp/wp-je06/06-01-008.html (年次経済財政報告 note 8): the first of three works
        "詳しくは、内閣府(2005)、加藤・藤原・藤本(2003)、内閣府(2001)等を参照。",
        ["内閣府"],
        "2005",
    ),
    (  # constructed after the same white papers: surnames joined by `and`, later years as `同(…)`
        "代表的な研究として、Smith, Jones and Brown(2001)、同(2004)が挙げられる。",
        ["Smith", "Jones", "Brown"],
        "2001",
    ),
    (  # constructed: a body's pointer at the end of an explanation
        "景気の動向については、日本銀行(2019)を参照。",
        ["日本銀行"],
        "2019",
    ),
]


@pytest.mark.parametrize(("text", "authors", "date"), AUTHOR_DATE_POINTER_ROWS)
def test_author_date_pointer(text: str, authors: list[str], date: str) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.date, citation.title) == (authors, date, None)


def test_posted_headline() -> None:
    # constructed after the カレントアウェアネス-R `参考:` lines (headline, `Posted` day, URL)
    citation = _parse("図書館協会、新しい目録規則を刊行 Posted 2018年12月25日 http://current.ndl.go.jp/node/1")
    assert (citation.title, citation.date, citation.container) == (
        "図書館協会、新しい目録規則を刊行",
        "2018-12-25",
        None,
    )


def test_publisher_before_container_and_own_publisher() -> None:
    # constructed after the note.com web cite template (`著者「題」、運営主体『メディア』、日付(URL)`)
    citation = _parse(
        "山田花子「地域と図書館」、朝日新聞社『論座』、2020年5月1日(https://example.org/a)(2020年5月2日閲覧)。"
    )
    assert (citation.container, citation.publisher) == ("論座", "朝日新聞社")
    # constructed after 内閣府 footnotes: a body's report named with the body again
    report = _parse("IMF(2010)“World Economic Outlook”, IMF。")
    assert (report.authors, report.publisher, report.container) == (["IMF"], "IMF", None)


def test_misplaced_opening_quote_and_update_date() -> None:
    # constructed after the SIST web example's typing (`審議会“. 題名”.`)
    assert _open_mistyped_quote("学術審議会“. 報告書について”. 文部省.") == "学術審議会. “報告書について”. 文部省."
    # constructed after the CA-R source lines (`(Org,date最終更新)`)
    match = ORG_DATE_TAIL.match("Library news(Portal X,2017/3/2最終更新)")
    assert match and match.group("org") == "Portal X" and match.group("date") == "2017/3/2"
