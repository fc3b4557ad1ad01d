"""Round 12 of the citation rules: error classes of heldout11 (Japanese book lists, MLA journal entries, Russian
catalogue records, explanatory notes of a government white paper, a Chinese case cited in a Japanese paper).

Rules: a bracketed role after a name (`佐藤優(解説)/著`) is no author; an edition mark (`【増補】`, `【新装版】`) is no
part of a title; a title-first Japanese entry names its author between title and publisher (`『書名』著者 出版社`);
a Chinese case name (`…纠纷案`) makes a court decision and `2021年第1期` is its gazette's issue; a working-paper
series makes a report; a closing quote typed for the opening one (`Paul.”Title`); MLA pages after `(2008).`;
explanatory notes closed by a dictionary-form verb (`…を指す。`) or told in topic sentences without a predicate;
an ISBD volume of a multi-volume set edited by a chief editor (`В 7 т. : Т. 1 … / Гл. ред. …`); a range and a
pinpoint (`pp. 10–20, p. 15`) both kept.

Each row names its source: a public page other than the gold texts (URL), or CONSTRUCTED (a note written for the
test in the style named, using facts from the URL given where there is one).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citation_fields import find_pages
from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation


def parse(text: str) -> Citation:
    return parse_citation(text, "C1", "1", 0)


KINOKUNIYA = "https://www.kinokuniya.co.jp/f/dsg-01-9784839820299 (夏目漱石『こころ』岩波文庫 解説 小宮豊隆)"
FREEWECHAT = "https://freewechat.com/a/MzkzMDM5MjY0MQ==/2247492219/2 (case name)"
RSIS = "https://vdocuments.net/no-209-japanas-new-security-imperative-the-function-of-this-paper-explores.html"
KOTOBANK = "https://kotobank.jp/word/%E5%A4%96%E4%BA%A4%E9%9D%92%E6%9B%B8-42351"

# (source, note, expected fields)
CASES = [
    (
        f"CONSTRUCTED from {KINOKUNIYA}",
        "夏目漱石/著, 小宮豊隆(解説)/著 『こころ』 岩波書店 (1989/5)",
        {"authors": ["夏目漱石"], "title": "こころ", "publisher": "岩波書店", "date": "1989-05"},
    ),
    (
        "CONSTRUCTED (book-site list style)",
        "松本清張/著『【新装版】点と線』文藝春秋(2009/4)",
        {"authors": ["松本清張"], "title": "点と線", "publisher": "文藝春秋", "type": "book"},
    ),
    (
        "CONSTRUCTED (title-first list style; 入江昭『日本の外交』中央公論社 1966)",
        "『日本の外交』入江昭 中央公論社(1966)",
        {"authors": ["入江昭"], "title": "日本の外交", "publisher": "中央公論社", "date": "1966"},
    ),
    (
        f"CONSTRUCTED around the real case name of {FREEWECHAT}",
        "「汪俊杰与俞玉龙、颜志芳民间借贷纠纷案」『最高人民法院公报』2021年第1期,20頁。",
        {
            "type": "court decision",
            "title": "汪俊杰与俞玉龙、颜志芳民间借贷纠纷案",
            "container": "最高人民法院公报",
            "publisher": None,
            "date": "2021",
            "issue": "1",
            "pages": "20",
        },
    ),
    (
        f"CONSTRUCTED (MLA) from the paper's title page, {RSIS}",
        "Singh, Bhubhindar and Philip Shetler-Jones. “Japan’s New Security Imperative: The Function of "
        "Globalization.” RSIS Working Paper No. 209, 2010.",
        {
            "type": "report",
            "container": "RSIS Working Paper",
            "date": "2010",
            "authors": ["Singh, Bhubhindar", "Philip Shetler-Jones"],
        },
    ),
    (
        "CONSTRUCTED (MLA entry with the opening quote typed as a closing one)",
        "Smith, John.”A Title Here.” Pacific Focus 12.1 (1997): 1-20.",
        {"authors": ["Smith, John"], "title": "A Title Here", "container": "Pacific Focus", "pages": "1-20"},
    ),
    (
        "CONSTRUCTED (GOST/ISBD record of a volume of Курс международного права, Наука 1989)",
        "Курс международного права. В 7 т. : Т. 1 : Понятие, предмет и система международного права / Гл. ред. "
        "Р. А. Мюллерсон ; АН СССР. - М. : Наука, 1989. - 360 с.",
        {
            "type": "book",
            "authors": [],
            "title": "Курс международного права",
            "editor": "Р. А. Мюллерсон",
            "publisher": "Наука",
            "date": "1989",
            "volume": "1",
        },
    ),
    (
        "CONSTRUCTED (Chicago note with the article's range and a pinpoint): every locator kept, in order",
        "Jane Doe, “A Study,” Journal of Peace Research, Vol. 3, 1999, pp. 10–20, p. 15.",
        {"pages": "10-20, 15", "container": "Journal of Peace Research"},
    ),
    # not rules' targets: a bill (`…法律案`) stays a journal article; a place before the publisher is no author
    (
        "CONSTRUCTED (negative)",
        "「民法の一部を改正する法律案」『ジュリスト』2017年第1期,20頁。",
        {"type": "journal article", "title": "民法の一部を改正する法律案"},
    ),
    ("CONSTRUCTED (negative)", "『日本の外交』東京 中央公論社(1966)", {"authors": []}),
    (
        "CONSTRUCTED (negative: Japanese 訴訟 in a proposal's title)",
        "「集団訴訟制度の改革案」『ジュリスト』2010年第5号,30頁。",
        {"type": "journal article"},
    ),
    (
        "CONSTRUCTED (`甲诉乙…案`, Chinese case-name form)",
        "「李某诉北京某房地产开发有限公司商品房买卖合同案」『最高人民法院公报』2015年第3期,40頁。",
        {"type": "court decision"},
    ),
]


@pytest.mark.parametrize(("source", "note", "expected"), CASES)
def test_fields(source: str, note: str, expected: dict) -> None:
    citation = parse(note)
    for name, value in expected.items():
        assert getattr(citation, name) == value, (source, name)


# Explanatory notes: type note, no fields.
EXPLANATIONS = [
    (KOTOBANK, "国際情勢や日本の外交活動についてまとめた文書で、他の省庁が出している「白書」にあたる。"),
    (f"CONSTRUCTED from {KOTOBANK}", "外交青書の創刊は1957年。1986年以前の表題は「わが外交の近況」。"),
    ("CONSTRUCTED", "中東欧諸国は、ポーランド、チェコ、スロバキア、ハンガリーの4か国を指す。"),
]


@pytest.mark.parametrize(("source", "note"), EXPLANATIONS)
def test_explanatory_notes(source: str, note: str) -> None:
    citation = parse(note)
    assert citation.type == "note", source
    assert (citation.title, citation.date, citation.authors, citation.publisher) == (None, None, [], None), source


def test_sist_title_ending_in_a_verb_is_still_a_book() -> None:
    """`…を考える.` ends a title in a SIST entry, not a statement (the dictionary-form rule needs `。` at the end)."""
    citation = parse("千科大太郎, 岡理大太郎 : 銚子市の薬剤師育成を考える. 桜出版, 東京, 2012.")
    assert citation.type == "book" and citation.publisher == "桜出版"


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("Asian Survey, 41.3(2001).455-470.", "455-470"),  # CONSTRUCTED (MLA, colon typed as a full stop)
        ("Tokyo: Iwanami, (2008). 5", None),  # CONSTRUCTED negative: a lone number after the year is no page
    ],
)
def test_pages_after_year_and_full_stop(text: str, pages: str | None) -> None:
    assert find_pages(text)[0] == pages


def test_glued_closing_quote_stays_closing() -> None:
    """CONSTRUCTED: `“Title.”Journal` (a missing space) keeps its quotes; only a quote with no opening one before
    it is read as opening."""
    citation = parse("Hughes, Llewelyn. “Why Japan Will Not Go Nuclear.”International Security 31.4 (2007): 67-96.")
    assert citation.title == "Why Japan Will Not Go Nuclear"
