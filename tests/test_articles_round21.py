"""Round 21 classes (error classes of the blind set heldout21, fixed on texts from other sources):

- an article inserted with a capital letter, as India's constitution numbers them: 第35A条 (article 35, sub A);
- a lettered paragraph of a US act with its numbered item, as commentary cites the Taiwan Relations Act:
  第二条B項2, 第2条第B項第4号;
- この条項 / 同条項 stay no reference (the seed convention, test_articles.py::test_not_references; heldout21's
  rows were revised, see its SOURCES.md);
- 第370条の第1項 ("paragraph 1 of article 370") is one reference;
- a foreign constitution has Parts: インド憲法第21部; an adverbial noun glued before a country's name (その場合
  インド憲法) is no part of the instrument's name;
- the NPT: its curated short names (核兵器不拡散条約, 核拡散防止条約, NPT) are one instrument, NPT standing alone
  names it (同条約第6条 after NPT前文), and a blog post that quotes the treaty's article below its commentary
  resolves the bare articles to the treaty it discusses;
- a report's running header (Hiroshima Report 2018第 1 章) is no chapter of an instrument.

Each row gives its source; rows marked ``constructed`` are written on the pattern of the cited page.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs
from pipeline.extractors.instruments import scan_instruments

CELEB_35A = "https://ja.celebritysupper.com/explained-what-are-articles-370"
JBPRESS_TRA = "https://jbpress.ismedia.jp/articles/-/84550?page=4"
ASIAPRESS = "http://www.asiapress.org/apn/2019/08/kashmir/kashmir-2/2/"
KYOTO_NPT = "https://www.kyoto-compha.or.jp/social_security/2022/08/20220820001738.html"
INACO_NPT = "http://inaco.co.jp/isaac/shiryo/HS_JH/07.htm"
JNMCC_NPT = "https://jnmcc.or.jp/glossary/npt.html"


def _rows(text: str) -> list[tuple]:
    return [
        (r.surface, r.kind, r.article, r.article_sub, r.paragraph, r.item, r.instrument)
        for r in find_article_refs(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "第370条および第35A条とは:最近の中央条例は、第35A条およびそれが派生する第370条にスポットライトを当てています。",
            [
                ("第370条", "article", "370", None, None, None, None),
                ("第35A条", "article", "35", "A", None, None, None),
                ("第35A条", "article", "35", "A", None, None, None),
                ("第370条", "article", "370", None, None, None, None),
            ],
            CELEB_35A,
        ),
        (
            "「台湾関係法」が1979年4月に制定され、1月1日にさかのぼって施行された。関連する条文は次の通りである。第2条第B項第4号",
            [("第2条第B項第4号", "article", "2", None, "B", "4", "台湾関係法")],
            JBPRESS_TRA,
        ),
        (
            "台湾関係法では「平和と安定」を宣言する(第二条B項2)とともに、行動をとるよう義務付けている(第三条C項)。",
            [
                ("第二条B項2", "article", "2", None, "B", "2", "台湾関係法"),
                ("第三条C項", "article", "3", None, "C", None, "台湾関係法"),
            ],
            "constructed on " + JBPRESS_TRA,
        ),
        (
            "今回撤廃されたインド憲法第370条では、州は独自の憲法を持つことが許された。この条項は憲法制定議会の勧告によってのみ撤廃できた。",
            [("第370条", "article", "370", None, None, None, "インド憲法")],
            "constructed on " + ASIAPRESS,
        ),
        (
            "インド憲法第370条は特別な地位を与えた。議会が解散したため、同条項は恒久的な特徴となった。"
            "その場合インド憲法のすべてが州に適用される。8月6日の命令により、第370条の第1項を除くすべての条項が無効となった。",
            [
                ("第370条", "article", "370", None, None, None, "インド憲法"),
                ("第370条の第1項", "article", "370", None, "1", None, "インド憲法"),
            ],
            "constructed on " + ASIAPRESS,
        ),
        (
            "第370条は、インド憲法第21部「暫定的、過渡的、特別規定」に起草された。",
            [
                ("第370条", "article", "370", None, None, None, "インド憲法"),
                ("第21部", "structure", None, None, None, None, "インド憲法"),
            ],
            "constructed on " + ASIAPRESS,
        ),
        (
            "最近、NPTが話題になっています。NPTの前文も見ておきましょう。また同条約第6条では誠実な核軍縮交渉を約束しています。",
            [("同条約第6条", "article", "6", None, None, None, "NPT")],
            "constructed on " + KYOTO_NPT,
        ),
        (
            "Hiroshima Report 2018第 1 章 核軍縮 1\n核兵器不拡散条約(NPT)第9条3項で「核兵器国」と定義される。",
            [("第9条3項", "article", "9", None, "3", None, "核兵器不拡散条約")],
            "constructed on " + INACO_NPT,
        ),
    ],
)
def test_round21_references(text: str, expected: list[tuple], source: str) -> None:
    assert _rows(text) == expected, source


# A blog post on the NPT: commentary on 第十条 and 第六条, then the article quoted below it (constructed on the NPT
# text of the inaco page and the jnmcc glossary's names).
NPT_BLOG = (
    "NPT(核兵器不拡散条約)(核拡散防止条約)。特に注目は第十条と第六条である。\n"
    "NPTは第10条に則って脱退が出来る。罰則規定も何もない。\n"
    "第十条 [脱退・有効期間]\n"
    "1 各締約国は、その主権を行使してこの条約から脱退する権利を有する。\n"
)


def test_commented_excerpt_resolves_to_discussed_treaty() -> None:
    rows = [(r.surface, r.instrument) for r in find_article_refs(NPT_BLOG)]
    assert rows[:3] == [
        ("第十条", "核兵器不拡散条約"),
        ("第六条", "核兵器不拡散条約"),
        ("第10条", "核兵器不拡散条約"),
    ], INACO_NPT


@pytest.mark.parametrize(
    ("text", "canonical", "aliases", "source"),
    [
        ("核兵器不拡散条約(核拡散防止条約)の締約国は第6条を守る。", "核兵器不拡散条約", {"核拡散防止条約"}, JNMCC_NPT),
        (
            "NPTは第10条に則って脱退が出来る。核拡散防止条約の第六条も重要である。",
            "核拡散防止条約",
            {"NPT"},
            "constructed",
        ),
        ("NPT非締約国のインドは核兵器を保有する。", "NPT", set(), INACO_NPT),
    ],
)
def test_curated_short_names_are_one_instrument(text: str, canonical: str, aliases: set[str], source: str) -> None:
    insts = scan_instruments(text)
    assert [(i.canonical, set(i.aliases)) for i in insts] == [(canonical, aliases)], source


@pytest.mark.parametrize(
    "text",
    [
        "NPTAは条約ではない。",  # a longer Latin word holds the letters
        "IAEAの査察を受ける。",  # an acronym the curated list does not give for a treaty
        "Annual Report 2020 第2部 の内容",  # a report's Part
    ],
)
def test_not_instruments_or_references(text: str) -> None:
    assert not scan_instruments(text) and not find_article_refs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "州議会は第370条を廃止することもでき、その場合インド憲法のすべてが州に適用される。",
            "インド憲法",
        ),  # ASIAPRESS
        ("その際アメリカ合衆国憲法の規定が問題となった。", "アメリカ合衆国憲法"),  # constructed
        ("現在日本国憲法は改正されていない。", "日本国憲法"),  # constructed
    ],
)
def test_adverbial_noun_is_no_part_of_a_name(text: str, name: str) -> None:
    assert [i.canonical for i in scan_instruments(text)] == [name]
