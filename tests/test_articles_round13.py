"""Round 13 classes: cabinet notice numbers with their issuer (平成22年内閣告示第2号); a provision quoted under a line
that names it (日本国憲法第九条 ⏎ 一項… ⏎ 二項前項の…), whose 前項 is inside that article; an explainer whose section
titles are bare 第N条 lines (the bare articles are the explained instrument's); 9条 named alone as a byword
(九条と集団的自衛権, 9条入門).

Every text is quoted from a page of the search tool's stored corpus (URL beside it), never from the gold texts.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_references

# (source URL, text, [(surface, occurrence, kind, article, paragraph, instrument)]); None = must be empty.
Row = tuple[str, int, str, str | None, str | None, str | None]
CASES: list[tuple[str, str, list[Row]]] = [
    (  # cabinet notices and instructions: the issuer 内閣 and the year stay inside the number
        "http://d.hatena.ne.jp/keyword/%BE%EF%CD%D1%B4%C1%BB%FA%C9%BD",
        "2010年(平成22年)11月30日、「常用漢字表」の内閣告示に伴い、同日付けで「平成22年内閣告示第4号」として"
        "「現代仮名遣い」の一部改正が行われた。\n内閣告示第二号\n 一般の社会生活において現代の国語を書き表すための漢字"
        "使用の目安を、次の表のように定める。\n なお、昭和五十六年内閣告示第一号は、廃止する。\n",
        [
            ("平成22年内閣告示第4号", 0, "law_number", None, None, "平成22年内閣告示第4号"),
            ("内閣告示第二号", 0, "law_number", None, None, "内閣告示第2号"),
            ("昭和五十六年内閣告示第一号", 0, "law_number", None, None, "昭和56年内閣告示第1号"),
        ],
    ),
    (
        "https://gunshot.hatenablog.com/entry/20130408/p1",
        "この常用漢字表の告示に伴い、従来の「常用漢字表(昭和56年内閣告示第1号」は廃止されました。\n"
        "また、「公用文における漢字使用等について(平成22年内閣訓令第1号)」が発令され、",
        [
            ("昭和56年内閣告示第1号", 0, "law_number", None, None, "昭和56年内閣告示第1号"),
            ("平成22年内閣訓令第1号", 0, "law_number", None, None, None),
        ],
    ),
    (  # a quoted article under its named heading: 二項's 前項 is article 9, paragraph 1; the heading is no reference
        "http://kokubou.com/document_room/rance/gendai/kenpou9_mondai.htm",
        "第九条の制定過程と解釈問題\n\n日本国憲法第九条\n"
        " 一項日本国民は、正義と秩序を基調とする国際平和を誠実に希求し、国権の発動たる戦争と、\n"
        "     武力による威嚇又は武力の行使は、国際紛争を解決する手段としては、永久にこれを放棄\n"
        "     する。\n\n\n"
        " 二項前項の目的を達するため、陸海空軍その他の戦力は、これを保持しない。国の交戦権は、\n"
        "      これを認めない。\n\nはじめに\n\n"
        "この第9条の由来がポツダム宣言にあることは誰もが疑うことのない事実であろう。",
        [("前項", 0, "relative", "9", "1", "日本国憲法")],
    ),
    (  # the same with a bracketed heading and 第N項 paragraph lines
        "https://kenpoudoutei.com/jieitai-dounaru/",
        "【日本国憲法9条】\n\n第1項 日本国民は、正義と秩序を基調とする国際平和を誠実に希求し、国権の発動たる戦争と、"
        "武力による威嚇又は武力の行使は、国際紛争を解決する手段としては、永久にこれを放棄する。\n\n"
        "第2項 前項の目的を達するため、陸海空軍その他の戦力は、これを保持しない。国の交戦権は、これを認めない。\n\n"
        "その場合、国民は自衛隊を憲法に明記するのかしないのか、憲法改正案に関する是非を判断しなければなりません",
        [("前項", 0, "relative", "9", "1", "日本国憲法")],
    ),
    (  # a polite explainer whose section title is the bare line 第一条: its bare articles are the constitution's
        "https://hike-nan.com/post-2696/?blogcard=1",
        "今回は日本国憲法第1条について勉強・解説していきます!\n日本国憲法第1条を簡単に解説\n"
        "天皇陛下は日本の象徴だよ!\n日本国憲法第1条の条文\n第1条の条文は次の通りです。\n第一条\n"
        "天皇は、日本国の象徴であり日本国民統合の象徴であつて、この地位は、主権の存する日本国民の総意に基く。\n"
        "どうやら第1条は天皇と主権について書かれた条文のようですね!\n第1条の解説\nこの第1条では次の3つの項目ついて"
        "記述されています。\n第1条では、天皇を日本国の象徴と定義しています。",
        [
            ("第1条", 3, "article", "1", None, "日本国憲法"),
            ("第1条", 5, "article", "1", None, "日本国憲法"),
            ("第1条", 6, "article", "1", None, "日本国憲法"),
        ],
    ),
    (  # 9条 named alone as a byword (the constitution's article 9), here with no instrument in the text
        "https://jichiroren.jp/issue/nakama/201910-551s-hondana",
        "20冊目\n9条入門\n加藤典洋 著\n「押しつけ」といわれる9条を、「押しつけられた」側の日本人がとことん考え抜いて"
        "「生かす」。",
        [("9条", 0, "article", "9", None, None), ("9条", 1, "article", "9", None, None)],
    ),
    (
        "https://www01.hanmoto.com/bd/isbn/9784907127275",
        "第四章 前大戦の反省――道理に徹する平和論 112\n第五章 防衛論と憲法問題 (一) 九条解釈の破綻 121\n",
        [("九条", 0, "article", "9", None, None)],
    ),
]


def _row(refs: list, surface: str, occurrence: int) -> tuple:
    hits = [r for r in refs if r.surface == surface]
    assert len(hits) > occurrence, f"{surface!r} #{occurrence} not found in {[r.surface for r in refs]}"
    ref = hits[occurrence]
    return surface, occurrence, ref.kind, ref.article, ref.paragraph, ref.instrument


@pytest.mark.parametrize(("url", "text", "expected"), CASES, ids=[c[0][8:60] for c in CASES])
def test_round13(url: str, text: str, expected: list[Row]) -> None:
    refs, _instruments = find_references(text)
    got = [_row(refs, s, n) for s, n, *_ in expected]
    # the last field is the instrument; None means "not checked" for law numbers of an unnamed instrument
    want = [e if e[5] is not None or e[2] != "law_number" else (*e[:5], got[i][5]) for i, e in enumerate(expected)]
    assert got == want, url


@pytest.mark.parametrize(
    ("url", "text", "line"),
    [
        ("http://kokubou.com/document_room/rance/gendai/kenpou9_mondai.htm", CASES[2][1], "日本国憲法第九条\n"),
        ("https://kenpoudoutei.com/jieitai-dounaru/", CASES[3][1], "【日本国憲法9条】\n"),
    ],
)
def test_named_heading_is_no_reference(url: str, text: str, line: str) -> None:
    """The line naming the quoted article heads the quotation (convention: a line heading a quoted provision)."""
    refs, _instruments = find_references(text)
    start = text.index(line)
    assert not [r for r in refs if start <= r.start < start + len(line)], url
