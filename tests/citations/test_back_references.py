"""Back-references: short notes that repeat a fuller one, and how they are resolved.

- a short note repeats the full note by surname and title (`Runnock, Medieval Fortress Building, p. 74.`), a nested
  title its chapter; `同上『誌名』` names the issue cited just before;
- a shortened author-date note as Wikipedia's {{sfn}}/{{harvnb}} render it (`竹内均 1970, p. 25.`, `Smith & Jones
  2006, p. 25.`, `吉川智1993, pp. 96-97.`) gives authors, year and locator, no title; it links to the one full
  entry of the same author and year before or after it; two entries it cannot tell apart, or none, leave it alone;
- GOST R 7.0.5 §8.4 repeated footnotes (authors, title, page; or a title shortened by an ellipsis);
- Bluebook short forms `Party, Vol Rep. at Pin`; the dashes of a works-cited list (`---.`, `———.`) repeat the
  authors above; cross-references to a numbered note (`Supra n. 6`, OSCOLA `Richards (n 1) 15`);
- `同「…」`: 同 stands for the author of the note above; `前揭` (the traditional glyph of 前掲) and `前出` point back
  like 前掲; `前掲(3)` names note 3 without 注; the author may stand between 前掲 and the restated title.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citations import (
    SEE_NOTE,
    parse_citation,
    resolve_back_references,
)
from pipeline.extractors.citations.name_year import parse_short_author_date
from pipeline.records import Citation

from .helpers import parse, resolve


def test_short_notes_repeat_the_full_note_by_surname_and_title():
    """[exeter] `Runnock, Medieval Fortress Building, p. 74.` and an editors' short note take the full
    note's fields and keep their own page."""
    texts = [
        "A. T. Runnock, Medieval fortress building, new edition, 2 vols. (Cambridge, 1976), vol. I, pp. 135-7.",
        "G. S. Rousseau and Pat Rogers (eds.), The enduring legacy: Alexander Pope, tercentenary essays "
        "(Cambridge, 1988), p. 44.",
        "Rousseau and Rogers (eds.), Enduring Legacy, p. 45.",
        "Runnock, Medieval Fortress Building, p. 74.",
    ]
    citations = [parse_citation(t, f"C{i}", str(i + 1), 0) for i, t in enumerate(texts)]
    resolve_back_references(citations)
    full, edited, short_edited, short = citations
    assert full.title == "Medieval fortress building" and full.authors == ["A. T. Runnock"]
    assert short_edited.repeats == "C1" and short_edited.title == edited.title and short_edited.authors == []
    assert short_edited.pages == "45" and short_edited.date == "1988" and short_edited.type == "book"
    assert short.repeats == "C0" and short.authors == ["A. T. Runnock"] and short.pages == "74"


def test_nested_title_back_reference_repeats_its_chapter():
    # 丸山真男「『である』ことと『する』こと」 is chapter 4 (pp. 153-180) of 『日本の思想』(岩波書店, 1961):
    # http://hikawajiri.sakura.ne.jp/DearukototoSurukoto.htm and
    # https://hakurakutenn.janken-pon.net/%E6%80%9D%E6%83%B3%E3%83%BB%E5%93%B2%E5%AD%A6%E3%83%BB%E5%AE%97%E6%95%99/?pageNo=2
    # The short note written the way Japanese notes repeat a work (`著者前掲「論文」頁`).
    first = parse("丸山真男「『である』ことと『する』こと」『日本の思想』岩波書店、1961年、153-180頁。", "1")
    again = parse_citation("丸山前掲「『である』ことと『する』こと」170頁。", "C2", "2", 100)
    resolve_back_references([first, again])
    assert first.title == "『である』ことと『する』こと" and first.container == "日本の思想"
    assert again.repeats == "C1" and again.pages == "170"
    assert (again.authors, again.title, again.container, again.publisher, again.date) == (
        ["丸山真男"],
        "『である』ことと『する』こと",
        "日本の思想",
        "岩波書店",
        "1961",
    )


def test_same_container_takes_the_issue() -> None:
    """`(同上『誌名』)` names the issue cited just before: its date is taken over.  The first note is real
    (https://happylibus.com/doc/337111/, note 1); no public note with `同上『…』` was found, so the second is
    written in the form heldout7 shows."""
    first = parse(
        "「張励與徐州市同力創展房地産有限公司商品房預售合同糾紛案」『中華人民共和国最高人民法院公報』2012年第11輯,31頁。"
    )
    second = parse("「別の事件」(同上『中華人民共和国最高人民法院公報』)を参照のこと。", note="2")
    assert second.container == "中華人民共和国最高人民法院公報" and second.date is None
    resolve_back_references([first, second])
    assert first.date and second.date == first.date


# 利用者:Afaz/略記脚注法 (a Japanese Wikipedia mirror): an sfn note and the reference-list entry it points to.
AFAZ = "https://kampuspedia.com/ja/%E5%88%A9%E7%94%A8%E8%80%85:Afaz/%E7%95%A5%E8%A8%98%E8%84%9A%E6%B3%A8%E6%B3%95"


# Template:Sfn (ja): `{{Sfn|Smith|Jones|2006|p=25}}` and friends, rendered `Smith & Jones 2006, p. 25.`.
SFN_DOC = "https://ja.m.wikipedia.org./wiki/Template:Sfn"


# Template:Citation (ja) diff: `{{Harv|科学技術振興機構|2007|loc=付録:国際的な参照文献の記述スタイル}}`.
CITATION_DOC = "https://tensura-wiki.info/wiki/特別:携帯機器差分/1477"


SHORT_NOTES = [
    # (note, authors, date, pages, type, source)
    ("竹内均 1970, p. 25.", ["竹内均"], "1970", "25", "book", AFAZ),
    ("竹内均1970, p. 25.", ["竹内均"], "1970", "25", "book", AFAZ + " (space dropped as ingest does)"),
    ("Smith 2006, p. 25.", ["Smith"], "2006", "25", "book", SFN_DOC),
    ("Smith 2006, pp. 25–26.", ["Smith"], "2006", "25-26", "book", SFN_DOC),
    ("Smith & Jones 2006, p. 25.", ["Smith", "Jones"], "2006", "25", "book", SFN_DOC),
    ("Smith, Jones & Brown 2009, p. 25.", ["Smith", "Jones", "Brown"], "2009", "25", "book", SFN_DOC),
    ("Smith 1993a, p. 25.", ["Smith"], "1993", "25", "book", SFN_DOC),
    ("Smith 2006, § 8.5.", ["Smith"], "2006", None, "book", SFN_DOC),
    (
        "科学技術振興機構 2007, 付録:国際的な参照文献の記述スタイル",
        ["科学技術振興機構"],
        "2007",
        None,
        "report",
        CITATION_DOC,
    ),
]


@pytest.mark.parametrize(("note", "authors", "date", "pages", "kind", "source"), SHORT_NOTES)
def test_short_author_date_note(note: str, authors: list[str], date: str, pages: str | None, kind: str, source: str):
    citation = parse(note)
    assert (citation.authors, citation.date, citation.pages, citation.type) == (authors, date, pages, kind), source
    assert citation.title is None


NOT_SHORT = [
    # a place and a year with a word after it, a title with its year: no author-date note
    "東京 2020, 開会式",
    "竹内均『続 地球の科学』日本放送出版協会〈NHKブックス〉、1970年。ISBN 4-14-001112-2",
    "平成16年10月",
    "Windows 2000, 5",
]


@pytest.mark.parametrize("note", NOT_SHORT)
def test_not_a_short_author_date_note(note: str):
    text = unicodedata.normalize("NFKC", note)
    assert not parse_short_author_date(Citation("C1", "1", 0, len(text), text), text)


def test_short_note_resolves_to_the_entry_after_it():
    """The sfn note (脚注) comes before the list entry (参考文献) it abbreviates; it keeps its own page."""
    short = parse("竹内均 1970, p. 25.", "1", "C1")
    entry = parse("竹内均『続 地球の科学』日本放送出版協会〈NHKブックス〉、1970年。ISBN 4-14-001112-2", "2", "C2")
    resolve_back_references([short, entry])
    assert short.repeats == "C2", AFAZ
    assert (short.title, short.publisher, short.date, short.pages) == (
        "続 地球の科学",
        "日本放送出版協会",
        "1970",
        "25",
    )
    assert entry.repeats is None


def test_short_note_without_an_entry_or_with_two_stays():
    alone = parse("竹内均 1970, p. 25.", "1", "C1")
    resolve_back_references([alone])
    assert (alone.repeats, alone.title, alone.authors) == (None, None, ["竹内均"])
    short = parse("竹内均 1970, p. 25.", "1", "C1")
    first = parse("竹内均『続 地球の科学』日本放送出版協会、1970年。", "2", "C2")
    second = parse("竹内均『地球の歴史』日本放送出版協会、1970年。", "3", "C3")
    resolve_back_references([short, first, second])
    assert short.repeats is None and short.title is None


def test_gost_repeated_footnotes_repeat_the_full_one() -> None:
    # the full note: GOST R 7.0.5 §4.12 example (https://ajdocs.ru/gsp/25817/6); the repeated ones are constructed
    # after §8.4 (https://student2.ru/standartizaciya/1448044-povtornaya-bibliograficheskaya-ssylka): authors,
    # title and pages, or a long title shortened by an ellipsis
    notes = [
        parse("Флоренский П. А. У водоразделов мысли. М., 1990. Т. 2. С. 27.", "1"),
        parse("Технические средства обработки информации. Москва : Наука, 1976. С. 11-25.", "2"),
        parse("Флоренский П. А. У водоразделов мысли. С. 30.", "3"),
        parse("Технические средства … С. 14.", "4"),
    ]
    resolve_back_references(notes)
    assert notes[2].repeats == "C1" and notes[2].title == "У водоразделов мысли" and notes[2].pages == "30"
    assert notes[3].repeats == "C2" and notes[3].publisher == "Наука" and notes[3].pages == "14"


def test_bluebook_short_form_repeats_the_case() -> None:
    # constructed after https://skillmd.ai/skills/bluebook (short forms `Name, Vol Rep. at Pin`)
    full, short = parse("Roe v. Wade, 410 U.S. 113, 164 (1973).", "1"), parse("Roe, 410 U.S. at 153.", "2")
    resolve_back_references([full, short])
    assert short.repeats == full.citation_id
    assert (short.title, short.container, short.date, short.pages) == ("Roe v. Wade", "U.S.", "1973", "153")


def test_mla_dashes_repeat_the_authors_above() -> None:
    # https://uscmed.sc.libguides.com/c.php?g=484371&p=3313016 (MLA, two works by Borroff)
    first = parse("Borroff, Marie. Language and the Poet: Verbal Artistry in Frost, Stevens, and Moore. "
                   "Chicago: U of Chicago P, 1979. Print.", "1")  # fmt: skip
    second = parse('---. "Sound Symbolism as Drama in the Poetry of Robert Frost." PMLA 107.1 (1992): 131-44.', "2")
    resolve_back_references([first, second])
    assert second.authors == ["Borroff, Marie"]
    assert second.title == "Sound Symbolism as Drama in the Poetry of Robert Frost"


def test_oscola_cross_reference_repeats_its_note() -> None:
    """https://libanswers.coventry.ac.uk/lib/faq/276361: `Richards (n 1) 15.` repeats note 1 at page 15."""
    notes = [
        "Paul Richards, Law of Contract (14th edn, Pearson Education Limited 2019) 5.",
        "Caroline Maughan and Julian Webb, Lawyering Skills and the Legal Process (2nd edn, Cambridge University "
        "Press 2005).",
        "Richards (n 1) 15.",
    ]
    third = resolve(notes)[2]
    assert (third.repeats, third.pages) == ("C1", "15")
    assert third.title and third.title.startswith("Law of Contract")


def test_supra_note_repeats_its_note() -> None:
    """`Supra n. 6` (a Cambridge case note's form) and `supra note 1` (constructed) repeat the numbered note."""
    notes = ["‘Ukrainian Crisis Timeline’, 13 November 2014, <www.bbc.com/news/world-middle-east-26248275>.", "x"]
    citations = resolve([notes[0], "Supra n. 1"])
    assert (citations[1].repeats, citations[1].type, citations[1].date) == ("C1", "web page", "2014-11-13")
    assert resolve([notes[0], "See supra note 1, at 3."])[1].pages == "3"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("辻村・前掲(3)356頁。", "3"),  # sample (ZAIGAI note 7, the page's own number)
        ("戸波・前揭(8)335頁。", "8"),  # sample (ZAIGAI note 9): the traditional glyph
        ("戸波・前出注(3) 一一四頁以下", "3"),  # sample page (TONAMI note 19)
        ("前掲注3、12頁", "3"),
        ("前掲(2010)", None),  # a year in brackets names no note
    ],
)
def test_see_note_forms(text, note):
    found = SEE_NOTE.search(text)
    assert (found.group("note") or found.group("paren") if found else None) == note


def test_back_references_of_a_law_opinion():
    """ZAIGAI (sample) notes 3, 4, 7, 8, 9 renumbered 1-5 as in the gold text: 同 and 前揭(n) resolve."""
    first, same_author, short, book, variant = resolve(
        [
            "学説の展開につき、辻村みよ子『憲法』345頁以下(日本評論社2000年)。",
            "この点につき、同「選挙権論の『原点』と『争点』・再論」杉原泰雄・樋口陽一編『論争 憲法学』246頁"
            "(日本評論社1994年)。",
            "辻村・前掲(1)356頁。",
            "戸波江二『憲法(新版)』336頁(ぎょうせい1998年)。",
            "戸波・前揭(4)335頁。",
        ]
    )
    assert same_author.authors == ["辻村みよ子"] and same_author.container == "論争 憲法学"
    assert short.repeats == "C1" and short.title == "憲法" and short.pages == "356"
    assert variant.repeats == "C4" and variant.publisher == "ぎょうせい" and variant.pages == "335"
    assert first.repeats is None and book.repeats is None


def test_author_between_see_above_and_title():
    """RIYU (sample) notes 9, 10, 14, 15: `前揭中川善之助『…』`, `前掲鈴木伸智「…」`."""
    chapter, book, by_book, by_chapter = resolve(
        [
            "鈴木伸智「同性婚と婚姻・婚姻意思」田井義信編『民法学の現在と近未来』(法律文化社、2012年)269頁参照。",
            "中川善之助『新訂親族法』(青林書院新社、1965年)160~161頁。",
            "前揭中川善之助『新訂親族法』196頁。",
            "前掲鈴木伸智「同性婚と婚姻・婚姻意思」261~262頁参照。",
        ]
    )
    assert by_book.repeats == "C2" and by_book.authors == ["中川善之助"] and by_book.pages == "196"
    assert by_chapter.repeats == "C1" and by_chapter.container == "民法学の現在と近未来"
    assert by_chapter.pages == "261-262" and chapter.repeats is None and book.repeats is None
