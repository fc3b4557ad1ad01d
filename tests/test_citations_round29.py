"""Round 29 of the citation rules: Japanese law and social-science footnotes with back-references, the classes of
the round's fresh sample (tests/gold/texts/citations_r29_call4_*: expert opinions, briefs, a law-journal article
and an NDL レファレンス paper filed as exhibits and published on CALL4, www.call4.jp).

- a lead-in clause before the author (`学説の展開につき、辻村みよ子『憲法』`, `…として、橋本陽子「…」`) and a relative
  clause ending in a verb (`…を批判する奥平康弘『…』`) are no part of the names;
- `同「…」`: 同 stands for the author of the note above;
- `前揭` (the traditional glyph of 前掲) and `前出` point back like 前掲; `前掲(3)` names note 3 without 注; the
  author may stand between 前掲 and the restated title (`前掲鈴木伸智「…」261~262頁`);
- imprint years and pages in kanji digits (`(岩波書店、一九九七)一四九頁`);
- court exhibit numbers after a work (`(甲A211)`) are no publisher;
- an NDL list of works separated by `;` after each work's pages;
- `補訂` (revised by) names an editor, not an author.

Rows marked "sample" are notes of the round's gold texts (their pages are cited), kept as regressions; the others
are notes of other CALL4 filings that the gold texts do not quote (no such page was found in time for the 前揭,
前出, kanji-digit and 同 rules: those cases are sample notes).
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citation_fields import kanji_numbers_as_arabic, without_exhibit_numbers
from pipeline.extractors.citation_styles import SENTENCE_BEFORE_NAME
from pipeline.extractors.citations import SEE_NOTE, parse_citation, resolve_back_references
from pipeline.records import Citation

ZAIGAI = "https://www.call4.jp/file/pdf/201904/e8d9595905040453facb314e01d01846.pdf"  # 甲21 意見書 (sample)
TONAMI = "https://www.call4.jp/file/pdf/201904/30aadde969e71d1568da08b6cc4f04cf.pdf"  # 甲20 戸波江二 (sample)
RIYU = "https://www.call4.jp/file/pdf/202410/cdffcba20ae48f20acaf265c9c9e1e01.pdf"  # 上告受理申立て理由書 (sample)
NDL = "https://www.call4.jp/file/pdf/202312/8a4a4f668a6fc6c7d3cb56a41106bcc9.pdf"  # レファレンス 833号 (sample)
MATSUMOTO = "https://www.call4.jp/file/pdf/202503/3c634601efb2c5a7bfcae222d92e8bb5.pdf"  # 甲33 意見書 (sample)
KETSUKA = "https://www.call4.jp/file/pdf/202205/da8b9e06a3336e2a401d55a9c8746bd9.pdf"  # 毛塚勝利 意見書
TOKYO2 = "https://www.call4.jp/file/pdf/202603/799ac80112152f95336cf1db25fe61bf.pdf"  # 東京二次 上告理由書
RYOKEN = "https://www.call4.jp/file/pdf/202206/08e263ff6d293acd20fb2f09c0bec8ce.pdf"  # 原告第7準備書面


def _parse(text: str, note: str = "1", citation_id: str = "C0001") -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), citation_id, note, 0)


# (source, note, expected fields)
NOTES = [
    (
        ZAIGAI,  # sample: a lead-in clause closed by a comma, a name with kana
        "学説の展開につき、辻村みよ子『憲法』345頁以下(日本評論社2000年)。",
        {"authors": ["辻村みよ子"], "title": "憲法", "publisher": "日本評論社", "date": "2000", "pages": "345"},
    ),
    (
        "https://www.call4.jp/file/pdf/202108/7cb2340ee302ca3d7ee872fb3e89a645.pdf",  # sample (中京法学 54巻3・4号)
        "以上について、長野士郎『逐条地方自治法(第11次改訂版)』(平成5年・学陽書房)374頁以下,松本英昭『新版逐条地方自治法"
        "(第9次改訂版)』(平成29年・学陽書房)488頁以下などを参照。",
        {"authors": ["長野士郎"], "publisher": "学陽書房", "date": "1993", "pages": "374"},
    ),
    (
        TONAMI,  # sample: a relative clause ending in a verb; kanji-digit year and page
        "判例が憲法問題を避ける傾向にあることを批判する奥平康弘『憲法裁判の可能性』(岩波書店、一九九五)一五五頁以下は、"
        "①名誉毀損法制、②私人間効力論、③煽動罪の例を挙げて問題点を詳細に検討している。",
        {"authors": ["奥平康弘"], "title": "憲法裁判の可能性", "publisher": "岩波書店", "date": "1995"},
    ),
    (
        TONAMI,  # sample
        "芦部信喜『憲法〔新版〕』(岩波書店、一九九七)一四九頁。",
        {"authors": ["芦部信喜"], "date": "1997", "pages": "149"},
    ),
    (
        "https://www.call4.jp/file/pdf/202011/8ad87ebc695c613241eb51f818dcb20f.pdf",  # sample (大阪 第4準備書面)
        "渋谷秀樹『憲法(第3版)』(甲A211)467頁。",
        {"authors": ["渋谷秀樹"], "title": "憲法(第3版)", "publisher": None, "pages": "467"},
    ),
    (
        RYOKEN,  # another filing: a work with its page, no exhibit; the rule must leave it alone
        "旅券法研究会『逐条解説旅券法』(大蔵省印刷局、1999)120頁。",
        {"title": "逐条解説旅券法", "publisher": "大蔵省印刷局", "date": "1999", "pages": "120"},
    ),
    (
        NDL,  # sample: the first of a `;` list
        "選挙権年齢引下げの経緯や改正の概要については、鈴木康之「公職選挙法等の一部を改正する法律"
        "(選挙権年齢等の引下げ)について」『選挙時報』64巻8号,2015.8, pp.1-9;中谷幸司「選挙権年齢の「一八歳以上」"
        "への引下げ」『時の法令』1988号,2015.10.30, pp.4-17等を参照。",
        {"authors": ["鈴木康之"], "container": "選挙時報", "pages": "1-9", "date": "2015-08"},
    ),
    (
        MATSUMOTO,  # sample: 補訂 is a reviser
        "芦部信喜・高橋和之補訂『憲法(第8版)』137頁(岩波書店、2023年)。",
        {"authors": ["芦部信喜"], "editor": "高橋和之", "publisher": "岩波書店", "pages": "137"},
    ),
]


@pytest.mark.parametrize(("source", "text", "expected"), NOTES, ids=[n[1][:24] for n in NOTES])
def test_round29_notes(source, text, expected):
    citation = _parse(text)
    for name, value in expected.items():
        assert getattr(citation, name) == value, (source, name)


@pytest.mark.parametrize(
    ("source", "zone", "names"),
    [
        # the text before 「 of 毛塚 note 7 (`…として、橋本陽子「労働時間法制における『時間』と『賃金」をめぐる考察」`)
        (KETSUKA, "日本でも、かかる立法を提言するものとして、橋本陽子", "橋本陽子"),
        (ZAIGAI, "この点につきとくに、松井茂記", "松井茂記"),  # sample
        (TONAMI, "判例が憲法問題を避ける傾向にあることを批判する奥平康弘", "奥平康弘"),  # sample
        ("constructed", "杉原泰雄・樋口陽一編", "杉原泰雄・樋口陽一編"),  # names only: nothing to cut
    ],
)
def test_lead_in_before_the_names(source, zone, names):
    assert SENTENCE_BEFORE_NAME.sub("", zone) == names, source


# (source, text, the text with years and pages in Arabic digits)
KANJI = [
    (
        TONAMI,
        "芦部信喜『憲法〔新版〕』(岩波書店、一九九七)一四九頁。",
        "芦部信喜『憲法〔新版〕』(岩波書店、1997)149頁。",
    ),
    (TONAMI, "(日本評論社、一九九五)一三頁以下。", "(日本評論社、1995)13頁以下。"),
    (TONAMI, "(東大出版会、一九九九)一○三頁以下", "(東大出版会、1999)103頁以下"),  # ○ for 〇, as the PDF prints it
    ("constructed", "『一九八四年』(早川書房)", "『一九八四年』(早川書房)"),  # a title keeps its kanji digits
    ("constructed", "第一頁", "第一頁"),  # an ordinal page is not rewritten
]


@pytest.mark.parametrize(("source", "text", "expected"), KANJI, ids=[k[1][:16] for k in KANJI])
def test_kanji_digits_in_imprints(source, text, expected):
    assert kanji_numbers_as_arabic(text) == expected, source


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        (TOKYO2, "大林啓吾ら『憲法判例のエニグマ』(甲A361)[46頁]", "大林啓吾ら『憲法判例のエニグマ』[46頁]"),
        (
            RIYU,
            "山崎耕史「戸籍行政をめぐる現下の諸問題について」戸籍時報739号(2016年)(甲A13)43頁参照。",
            "山崎耕史「戸籍行政をめぐる現下の諸問題について」戸籍時報739号(2016年)43頁参照。",
        ),
        ("constructed", "『憲法(第3版)』(有斐閣)", "『憲法(第3版)』(有斐閣)"),
    ],
)
def test_exhibit_numbers(source, text, expected):
    assert without_exhibit_numbers(text) == expected, source


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


def _resolved(notes: list[str]) -> list[Citation]:
    citations = [_parse(text, str(i), f"C{i:04d}") for i, text in enumerate(notes, start=1)]
    resolve_back_references(citations)
    return citations


def test_back_references_of_a_law_opinion():
    """ZAIGAI (sample) notes 3, 4, 7, 8, 9 renumbered 1-5 as in the gold text: 同 and 前揭(n) resolve."""
    first, same_author, short, book, variant = _resolved(
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
    assert short.repeats == "C0001" and short.title == "憲法" and short.pages == "356"
    assert variant.repeats == "C0004" and variant.publisher == "ぎょうせい" and variant.pages == "335"
    assert first.repeats is None and book.repeats is None


def test_author_between_see_above_and_title():
    """RIYU (sample) notes 9, 10, 14, 15: `前揭中川善之助『…』`, `前掲鈴木伸智「…」`."""
    chapter, book, by_book, by_chapter = _resolved(
        [
            "鈴木伸智「同性婚と婚姻・婚姻意思」田井義信編『民法学の現在と近未来』(法律文化社、2012年)269頁参照。",
            "中川善之助『新訂親族法』(青林書院新社、1965年)160~161頁。",
            "前揭中川善之助『新訂親族法』196頁。",
            "前掲鈴木伸智「同性婚と婚姻・婚姻意思」261~262頁参照。",
        ]
    )
    assert by_book.repeats == "C0002" and by_book.authors == ["中川善之助"] and by_book.pages == "196"
    assert by_chapter.repeats == "C0001" and by_chapter.container == "民法学の現在と近未来"
    assert by_chapter.pages == "261-262" and chapter.repeats is None and book.repeats is None
