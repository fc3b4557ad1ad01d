"""Article numbers beyond 第N条の M: Russian dotted numbers (207.1条), letters after 条 (第23条A), the end branch of
a range (82条の3から82条の10), and the article a numbered list heading (11. 第25条(相互協議)) makes the topic of the
bare paragraphs below it. Real sentences from pages outside the gold, or constructed on them (marked so)."""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs
from tests.articles.helpers import WITH_SUB, ref_rows

OLGA_481 = "https://olga.tokyo/?p=481"
OECD_LIST = "https://www.tabisland.ne.jp/explain/kokusaizeimu/kokusai_02_3.htm"
WILLOW_OECD = "https://willow8-tax.com/2024/"
NTA_66_9_2 = "https://www.nta.go.jp/law/tsutatsu/kobetsu/hojin/sochiho/750214/14/14_66_9_2.htm"
ZEIKEN_39_15 = "https://www.zeiken.co.jp/hourei/HHSOZ000010/39-15.html"
CYBERLENINKA = (
    "https://cyberleninka.ru/article/n/ugolovno-pravovaya-harakteristika-publichnogo-rasprostraneniya-pod-vidom-"
    "dostovernyh-soobscheniy-zavedomo-lozhnoy-informatsii"
)


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "新たに2020年4月1日付でロシア刑法(Уголовный кодекс РФ)207.1条および207.2条に規定されたことを"
            "以前、紹介しました。",
            [
                ("207.1条", "article", "207", "1", None, None, "ロシア刑法"),
                ("207.2条", "article", "207", "2", None, None, "ロシア刑法"),
            ],
            OLGA_481,
        ),
        (
            "ロシア刑法第207.3条1項によると、軍に関する虚偽の情報を公に流すことは処罰される。同条2項は加重規定である。",
            [
                ("第207.3条1項", "article", "207", "3", "1", None, "ロシア刑法"),
                ("同条2項", "relative", "207", "3", "2", None, "ロシア刑法"),
            ],
            "constructed on " + CYBERLENINKA + " (ст. 207.3 УК РФ)",
        ),
        (
            "行政違反法典第20.3.3条は軍の信用を傷つける公的行為を罰する。",
            [("第20.3.3条", "article", "20", "3_3", None, None, "行政違反法典")],
            "constructed on " + OLGA_481 + " (КоАП; ст. 20.3.3)",
        ),
        (
            "罰則は最大1.5倍に引き上げられ、成長率は2.5%となった。",
            [],
            "constructed: decimals are never article numbers",
        ),
        (
            "OECDモデル条約第23条A及び第23条B(二重課税の排除)は、免除方式と税額控除方式を定める。",
            [
                ("第23条A", "article", "23", "A", None, None, "OECDモデル条約"),
                ("第23条B", "article", "23", "B", None, None, "OECDモデル条約"),
            ],
            "constructed on " + OECD_LIST + " (【OECDモデル条約条項一覧】: Articles 23A, 23B)",
        ),
        (
            "OECDモデル条約第23条B第1項は、税額控除方式を定める。",
            [("第23条B第1項", "article", "23", "B", "1", None, "OECDモデル条約")],
            "constructed on " + OECD_LIST,
        ),
        (
            "難民条約第1条A(2)の定義による。",
            [("第1条A(2)", "article", "1", None, "A", "2", "難民条約")],
            "heldout18 convention: a letter before (n) is a paragraph",
        ),
    ],
)
def test_dotted_and_lettered_articles(text: str, expected: list[tuple], source: str) -> None:
    assert ref_rows(WITH_SUB, text) == expected, source


@pytest.mark.parametrize(
    ("text", "surface", "expected", "source"),
    [
        (
            "外国関係法人に係る措置法第66条の9の2から第66条の9の5までの規定の適用については、準じて取り扱う。",
            "第66条の9の2から第66条の9の5まで",
            ("66", "9_2", "66", "9_5"),
            NTA_66_9_2,
        ),
        (
            "法人税法第23条、第23条の2、第25条の2、第27条、第38条から第41条の2まで及び第57条を除く。",
            "第38条から第41条の2まで",
            ("38", None, "41", "2"),
            ZEIKEN_39_15,
        ),
        (
            "民法第1条から第3条までの規定",
            "第1条から第3条まで",
            ("1", None, "3", None),
            "constructed: a range without branch numbers keeps end_article_sub empty",
        ),
    ],
)
def test_range_end_branch(text: str, surface: str, expected: tuple, source: str) -> None:
    ref = next(r for r in find_article_refs(text) if r.surface == surface)
    assert (ref.article, ref.article_sub, ref.end_article, ref.end_article_sub) == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "3. 第3条(一般的定義)\n第1項は用語を定義しています。\n4. 第4条(居住者)\n第1項は居住者の定義です。第3項は"
            "個人以外の双方居住者の振分け基準です。",
            [("第3条", "3"), ("第1項", "3"), ("第4条", "4"), ("第1項", "4"), ("第3項", "4")],
            "constructed on " + WILLOW_OECD + " (4. 4条 居住者: 居住者の定義 (1項) … (3項))",
        ),
        (
            "(2) 第5条(恒久的施設)\n第4項はPEの除外規定です。",
            [("第5条", "5"), ("第4項", "5")],
            "constructed on " + WILLOW_OECD,
        ),
    ],
)
def test_numbered_list_heading_is_the_topic(text: str, expected: list[tuple], source: str) -> None:
    assert [(r.surface, r.article) for r in find_article_refs(text)] == expected, source


NTA_HANREI = "http://www.nta.go.jp/ntc/kouhon/syotoku/hanrei.htm"
ALPHA_ASSOCI = "https://alpha-associ.com/hocchi/2017/08/"
ZEIKEN_NEWS = "https://www.zeiken.co.jp/kokusaizeimu/article/202303/KZ2023030120101.php"
TAX = ("surface", "article", "article_sub", "paragraph", "item", "instrument")


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "外国子会社合算税制の適用対象となる(措法66の6 1、所法9 1三)。",
            [("66の6 1", "66", "6", "1", None, "措法"), ("9 1三", "9", None, "1", "3", "所法")],
            "constructed on " + NTA_HANREI + " (引用例: 法9①三=所得税法第9条第1項第3号; ① normalised to a spaced 1)",
        ),
        (
            "収益の計上時期は引渡しの日の属する事業年度となる(法法22の2①)。時価(法法22の2④)。",
            [("22の2①", "22", "2", "1", None, "法法"), ("22の2④", "22", "2", "4", None, "法法")],
            "constructed on " + ALPHA_ASSOCI + " (法22の2①, 法22の2④ with the listed 法法)",
        ),
        (
            "対象となる外国法人(法法6の3、6の4、8の2)。",
            [
                ("6の3", "6", "3", None, None, "法法"),
                ("6の4", "6", "4", None, None, "法法"),
                ("8の2", "8", "2", None, None, "法法"),
            ],
            "constructed on " + NTA_HANREI + " (a list after one abbreviation)",
        ),
        (
            "判定を行うことが示されている(法法(案)82条四)。",
            [("82条四", "82", None, None, "4", "法法")],
            ZEIKEN_NEWS,
        ),
        (
            "法人税法(以下「法法」という。)の規定による(法法6の2)。",
            [("6の2", "6", "2", None, None, "法人税法")],
            "constructed: an abbreviation the text defines resolves to the statute it names",
        ),
        (
            "法令2020年の改正、その方法6の2倍、2024年度の所法改正、措法1.5%。",
            [],
            "constructed: no year, amount, decimal or word ending in 法 is a compact citation",
        ),
    ],
)
def test_tax_abbreviation_citations(text: str, expected: list[tuple], source: str) -> None:
    assert ref_rows(TAX, text) == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "移行期間に係るCbCRセーフハーバーの規定(改正法附則14条)が定められた。経過措置(改正法附則11条、16条)。",
            [("附則14条", "改正法"), ("附則11条", "改正法"), ("16条", "改正法")],
            "constructed on https://www.zeiken.co.jp/kokusaizeimu/article/202309/KZ2023090100101.php "
            "(no amending act named: 改正法 as written)",
        ),
        (
            "政府は「所得税法等の一部を改正する法律案」を提出した。経過措置が改正法(案)附則第14条で設けられる。",
            [("附則第14条", "所得税法等の一部を改正する法律案")],
            ZEIKEN_NEWS,
        ),
        (
            "個人情報保護法23条は第三者提供の制限に関する規定である。\n第三者提供の制限(改正法23条、改正部分強調)",
            [("23条", "個人情報保護法"), ("23条", "個人情報保護法")],
            "dev gold articles_heldout_privacy_commentary: a plain 改正法23条 is the amended law's own article",
        ),
        (
            "日ソ共同宣言に調印した。平和条約の締結後に引き渡す。「宣言」の第9項は歯舞群島の引渡しを定める。",
            [("第9項", "日ソ共同宣言")],
            "constructed on http://www.hoppoukanagawa.jp/ryodo/shiryo/shiryo05.html (日ソ共同宣言 … 第九項前段)",
        ),
    ],
)
def test_amending_act_and_quoted_word(text: str, expected: list[tuple], source: str) -> None:
    assert ref_rows(("surface", "instrument"), text) == expected, source
