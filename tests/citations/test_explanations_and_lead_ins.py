"""Explanatory notes, lead-ins and pointers: the prose around a reference, and notes that are no reference.

- a lead-in sentence (`…, see`, `see, for example,`, `学説の展開につき、`, `…として、`, a relative clause ending in a
  verb, `詳しくは、`, `Цит. по`, `Quoted in`, `Cited in`) is no part of the reference or its names;
- `…については、X が詳しい。` / `…を参照のこと。なお、…`: the work before the closing phrase is the reference; the
  first of several works listed with `;` needs its closing imprint;
- explanatory notes closed by a dictionary-form verb (`…を指す。`), a definition ending in `…するもの。` /
  `…ものです。`, or told in topic sentences without a predicate are notes (type note), not works;
- an English sentence that states something, then the work it rests on: the work is the reference (a reference
  starting with a name is not prose);
- a Japanese author-date pointer inside a sentence (`…については、内閣府(2013)を参照。`), in 「」 or as a topic
  (`「Congressional Budget Office(2001)」によると`, `CBO(2014)では、`) gives authors and the first year;
- an author-date reference inside an explanation, Japanese (`貝塚啓明(1999)「…」(発行者「誌名」)等がある`) or Western in
  parentheses; a Japanese remark after a Western reference without a full stop (`…No.6447ただし、…。`) is cut.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citations import (
    _reference_part,
    _see_after_prose,
    first_of_two_scripts,
    first_work,
)
from pipeline.extractors.citations.japanese import SENTENCE_BEFORE_NAME

from .helpers import assert_fields, parse, rows
from .sources import TONAMI, ZAIGAI


def test_see_detailed_with_following_sentence() -> None:
    """`…については、X が詳しい。同書では、…`: the work before `が詳しい` is the reference.
    http://civilpro.sx3.jp/kurita/procedure/lecture/lawsuit_m.html (注6)"""
    body = (
        "申立ての意義及び法的性質については、[雉本*諸問題]595頁以下が詳しい。同書では、申立ては「意思表現」であると"
        "されているのが、それは、[我妻*1969a]234頁で用いられている「意思の通知」と同じと言ってよいであろう。"
    )
    assert _reference_part(body) == "[雉本*諸問題]595頁以下"


def test_first_work_needs_a_closing_imprint() -> None:
    # Hasegawa's two-volume title holds a `;` before its imprint: one work, nothing is cut (MUSE_SECURITY style).
    title = "Vol. I, Between War and Peace, 1697–1985; Vol. II, Neither War nor Peace (Berkeley, CA: UC Press, 1998);"
    assert first_work(title) == title
    assert first_work("A (Tokyo: X, 1990); B (Tokyo: Y, 1999).") == "A (Tokyo: X, 1990)"


KOTOBANK = "https://kotobank.jp/word/%E5%A4%96%E4%BA%A4%E9%9D%92%E6%9B%B8-42351"


# Explanatory notes: type note, no fields.
EXPLANATIONS_R12 = [
    (KOTOBANK, "国際情勢や日本の外交活動についてまとめた文書で、他の省庁が出している「白書」にあたる。"),
    (f"CONSTRUCTED from {KOTOBANK}", "外交青書の創刊は1957年。1986年以前の表題は「わが外交の近況」。"),
    ("CONSTRUCTED", "中東欧諸国は、ポーランド、チェコ、スロバキア、ハンガリーの4か国を指す。"),
]


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


EXPLANATIONS_R21 = [
    # https://relasic.jp/contents/wp-json/wp/v2/pages/232 (terms of use, article 1: a definition in `…ものです。`)
    "本規約は、当社が運営するサイトおよび本サービスを利用する者と当社との間の権利義務関係および利用者が遵守すべき事項等を定めるものです。",
    # constructed after the glossary form `…を推し進めようとするもの。`
    "政府が推し進める大規模な行政改革の計画であり、(1)財政、(2)教育の2分野において改革を進めていこうとするもの。",
]


@pytest.mark.parametrize("text", EXPLANATIONS_R21)
def test_definition_ending_in_mono_is_a_note(text: str) -> None:
    parsed = parse(text)
    assert (parsed.type, parsed.title, parsed.publisher) == ("note", None, None)


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


WP2000 = "https://www5.cao.go.jp/j-j/wp/wp-je00/"


# (source, text, authors, date)
POINTERS = [
    (
        WP2000.replace("wp-je00/", "wp-je01/wp-je01bun-01-34.html (sample)"),
        "「Congressional Budget Office(2001)」によると、米国経済の潜在成長率は82~95年の3.0%から上昇している。",
        ["Congressional Budget Office"],
        "2001",
    ),
    (
        "https://www5.cao.go.jp/j-j/sekai_chouryuu/sh14-01/footnote/s1_14_fn1_2_1_01.html (sample)",
        "CBO(2014)では、中期的な潜在成長率の低下は世界金融危機の影響が長引いていることなどが要因としている。",
        ["CBO"],
        "2014",
    ),
]


# (source, text, kept)
REMARK_TAILS = [
    (
        WP2000 + "wp-je00bun-242c.html (sample)",
        'Alesina and Perotti, 1996, "Fiscal adjustments in OECD countries: composition and macroeconomic effects," '
        "NBER Working Paper No.5730 また、平成10年度経済白書第3章第1節でも同様の分析を詳細に行っている。",
        'Alesina and Perotti, 1996, "Fiscal adjustments in OECD countries: composition and macroeconomic effects," '
        "NBER Working Paper No.5730",
    ),
    (
        "constructed: a Japanese title in a Western-style entry has no `。` and stays",
        "Tanaka, Taro, 日本経済論, 2001.",
        "Tanaka, Taro, 日本経済論, 2001.",
    ),
    (
        "constructed: Japanese before the tail keeps the whole note",
        "OECD Economic Survey, Japan, 1999.2000年における赤字を見込んで計算している。",
        "OECD Economic Survey, Japan, 1999.2000年における赤字を見込んで計算している。",
    ),
]


@pytest.mark.parametrize(("source", "text", "kept"), REMARK_TAILS)
def test_japanese_remark_after_a_western_reference(source: str, text: str, kept: str) -> None:
    assert first_of_two_scripts(unicodedata.normalize("NFKC", text)) == kept


# (source, text, authors, title, container, publisher, date)
EMBEDDED = [
    (
        WP2000 + "wp-je00bun-214c.html (sample)",
        "こうした高定期支出の規模についての議論は、貝塚啓明(1999)「公共支出と財政赤字」(大蔵省財政金融研究所"
        "「フィナンシャル・レビュー」)等がある。",
        ["貝塚啓明"],
        "公共支出と財政赤字",
        "フィナンシャル・レビュー",
        "大蔵省財政金融研究所",
        "1999",
    ),
    (
        WP2000 + "wp-je00bun-232c.html (sample)",
        "財政のサステナビリティを見るテストとしては、政府の予算制約条件が満たされているかを推計する方法がある"
        '(Hamilton & Flavin (1986), "On the limitation of government borrowing: A framework for empirical testing" '
        "American Economic Review, 76,pp808-16)。先行研究では、1990年までのデータを使って示されている。",
        ["Hamilton", "Flavin"],
        "On the limitation of government borrowing: A framework for empirical testing",
        "American Economic Review",
        None,
        "1986",
    ),
]


@pytest.mark.parametrize(("source", "text", "authors", "title", "container", "publisher", "date"), EMBEDDED)
def test_author_date_reference_inside_an_explanation(
    source: str, text: str, authors: list[str], title: str, container: str, publisher: str | None, date: str
) -> None:
    citation = parse(text)
    got = (citation.authors, citation.title, citation.container, citation.publisher, citation.date)
    assert got == (authors, title, container, publisher, date)


KETSUKA = "https://www.call4.jp/file/pdf/202205/da8b9e06a3336e2a401d55a9c8746bd9.pdf"  # 毛塚勝利 意見書


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


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # (sample) https://globalauthorid.com/WebPortal/ArticleView?wd=068B97C88CE4CF5D4FC44EAF56649FF21CB9094FAB7DBBBE447D83B746FF485A
        (
            "Summing up the achievements of 2001, most experts pronounced it the most successful year in Russia's "
            "post-Soviet history, both for internal consolidation and foreign policy. See, for instance, Sergei "
            "Karaganov, “Europe Should Not Be Jealous of Us,”Moskovskie Novosti, No. 52 (December 2001). However, "
            "some economists warned about the price of missed opportunities. See Mikhail Delyagin, “What a Waste of "
            "a Year,”Moscow Times, January 10, 2002.",
            "Sergei Karaganov, “Europe Should Not Be Jealous of Us,”Moskovskie Novosti, No. 52 (December 2001)",
        ),
        (
            "As Stephen Cohen has recently noted: “For the first time in history, a fully nuclearized nation is in "
            "the process of collapse. The result is potentially catastrophic.” See Stephen F. Cohen, “Russian "
            "Nuclear Roulette,”Nation, June 25, 2001. This article, while looking into a number of worst-case "
            "scenarios, will stop short.",
            "Stephen F. Cohen, “Russian Nuclear Roulette,”Nation, June 25, 2001",
        ),
        # a reference that adds `See also` keeps its own first work (Chicago 14.37 form)
        ("Smith, John. “Title.” Journal 5 (2001). See also Jones, Mary, “Other,” Review 2 (2002).", None),
    ],
)
def test_see_after_prose(note: str, expected: str | None) -> None:
    assert _see_after_prose(note) == expected


# Single notes: (note, fields), the rule in the comment above each row.
SINGLE_NOTES = [
    # cited from lead in
    # constructed after GOST R 7.0.5-2008 §7 (`Цит. по:` before the source quoted)
    (
        "Цит. по: Лотман Ю. М. Культура и взрыв. М., 1992. С. 15.",
        {"authors": ["Лотман Ю. М."], "title": "Культура и взрыв"},
    ),
    # reference starting with a name is not prose
    # A reference whose title holds `is` is no sentence (OSCOLA example shape, constructed title).
    (
        "Alison L Young, ‘Deference is Due. Or Is It?’ (2009) 72 MLR 554.",
        {"authors": ["Alison L Young"]},
    ),
    # a japanese date glossed with its year is no pointer
    # `平成26年(2014)では、` is a date with its Western year (constructed).
    (
        "平成26年(2014)では、景気が回復した。",
        {"authors": [], "date": None, "type": "note"},
    ),
    # kotlikoff note keeps its year out of the authors
    # 年次経済報告 平成12年 注15 (wp-je00bun-232c.html, sample): the year before the title is the date.
    (
        'Kotlikoff and Leibfritz, 1998, "An international comparison of generation accounts", '
        "NBER Working Paper No.6447 ただし、2000年度の日本の年金制度改正は考慮されていない。",
        {"authors": ["Kotlikoff", "Leibfritz"], "date": "1998", "container": "NBER Working Paper"},
    ),
]


FIELD_ROWS = [
    # explanatory notes
    *rows(EXPLANATIONS_R12, ("source", "note"), type="note", title=None, date=None, authors=[], publisher=None),
    # explanatory sentence then the work
    *rows(PROSE_THEN_WORK, ("note", "expected")),
    # author date pointer
    *rows(AUTHOR_DATE_POINTER_ROWS, ("note", "authors", "date"), title=None),
    # pointer in quotes or as topic
    *rows(POINTERS, ("source", "note", "authors", "date"), title=None),
    *rows(SINGLE_NOTES, ("note", "expected")),
]


@pytest.mark.parametrize(
    ("source", "note", "expected", "normalise"), FIELD_ROWS, ids=[row[1][:40] for row in FIELD_ROWS]
)
def test_fields(source: str, note: str, expected: dict, normalise: bool) -> None:
    assert_fields(parse(note, normalise=normalise), expected, source)
