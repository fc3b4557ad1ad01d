"""Round 7 rules (heldout6 error classes: treaty news), each on real text from sources outside the gold texts.

Sources (stored pages of the search tool):
- 日経 「日米安保条約5条 尖閣防衛の核心」, https://www.nikkei.com/article/DGXMZO6645791020112020000000/
  (bare 5条 repeating the cited 日米安保条約5条);
- kotobank 「日米安全保障条約第5条」 (共同通信ニュース用語解説),
  https://kotobank.jp/word/%E6%97%A5%E7%B1%B3%E5%AE%89%E5%85%A8%E4%BF%9D%E9%9A%9C%E6%9D%A1%E7%B4%84%E7%AC%AC5%E6%9D%A1-896580
  (a bare 5条 is the cited treaty's, not the principal's);
- 孫崎享 ブロマガ, https://sp.ch.nicovideo.jp/magosaki/blomaga/ar514977
  (安保条約 is 日米安保条約 without its country pair);
- note.com 「北大西洋条約の第5条」, https://note.com/wmilitary/n/n45e61949f0a8, and giichi.hatenablog.com
  「NATO条約を要約」, https://giichi.hatenablog.com/entry/2023/06/19/144830
  (NATO条約 and the treaty NATO was named after);
- JETRO 外資に関する規制 (ロシア), https://www.jetro.go.jp./world/russia_cis/ru/invest_02.html, and JETRO ビジネス短信
  2023-08-22, https://www.jetro.go.jp./biznews/2023/08/8e3ffe89955cc8f1.html (連邦法第36-FZ号「…」の第9条);
- kotobank 「ロ朝の包括戦略条約」,
  https://kotobank.jp/word/%E3%82%8D%E6%9C%9D%E3%81%AE%E5%8C%85%E6%8B%AC%E6%88%A6%E7%95%A5%E6%9D%A1%E7%B4%84-3206085
  (計23条で構成: a count).
No outside page was found for four forms of the heldout6 texts; their lines below are constructed in that form and say
so: a count written 23条から構成, a gazette issue 官報号外第N号 before a treaty number in an infobox, 同条約の第4条, a
bare 第8条 after the one law a sentence names, and two names glued where a comma was lost.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_references
from pipeline.extractors.instruments import country_head, split_glued

NIKKEI = (
    "日米安保条約5条 尖閣防衛の核心\n"
    "日米安保条約のなかでも米国の日本防衛義務を定めた5条は条約の肝にあたる。米大統領選で当選を確実にしたバイデン"
    "前副大統領は12日の菅義偉首相との電話協議で、5条が沖縄県の尖閣諸島にも適用されると明言した。\n"
    "米大統領が5条の尖閣適用を初めて公言したのは2014年と、決して古い話ではない。"
)
KOTOBANK_ANPO = (
    "日米安全保障条約第5条\n"
    "日米両国が1960年に調印、発効させた改定安全保障条約のうち米国の対日防衛義務を定めた条文。中国が沖縄県・尖閣諸島"
    "領有権を主張していることに関し米国は介入しない立場だが、2014年にオバマ米大統領(当時)が初めて尖閣諸島は5条の"
    "適用対象だと表明。"
)
MAGOSAKI = (
    "1:尖閣諸島に関しては、1971年から米国は①尖閣の管轄権は日本にあり、したがって安保条約の対象になる、②領有権に"
    "ついては日中のいずれの立場も取らないー中立―と述べてきている。\n"
    "日米安保条約第5条は「各締約国は、日本国の施政の下にある領域における、いずれか一方に対する武力攻撃が、自国の平和"
    "及び安全を危うくするものであることを認め、自国の憲法上の規定及び手続に従つて共通の危険に対処するように行動する"
    "ことを宣言する」としている。"
)
NOTE_NATO = (
    "今回は「北大西洋条約の第5条」について見て行きましょう。\n"
    "「北大西洋条約の第5条(Article 5 of the North Atlantic Treaty)」: 北大西洋条約機構(NATO)の最も重要な条項であり、"
    "同盟体制の発動事由(casus foederis)を規定しています。"
)
GIICHI_NATO = (
    "NATO(北大西洋条約機構)は、1949年に結成された国際的な安全保障組織です。以下にNATO条約の要点を要約します。\n"
    "NATO条約の主な目的は、加盟国間での相互防衛と協力を確保することです。"
)
JETRO_INVEST = (
    "例えば、2003年3月26日付連邦法第36-FZ号「過渡期における電力事業の特例ならびに連邦法『電力事業について』の制定に"
    "伴うロシア連邦法の一部廃止について」の第9条により、特定企業については連邦政府が保有する資本金の割合を減らしては"
    "ならないことになっている。"
)
JETRO_2023 = "ロシアのウラジーミル・プーチン大統領は8月4日、連邦法第422-FZ号「幾つかの法令の改正について」に署名した。"
GIICHI_SENTENCE = "\n以下にNATO条約の要点を要約します。"
JETRO_LAW = "過渡期における電力事業の特例ならびに連邦法『電力事業について』の制定に伴うロシア連邦法の一部廃止について"
KOREA_BASIC = "日本国と大韓民国との間の基本関係に関する条約"
KOTOBANK_ROCHO = (
    "北朝鮮側が公表した包括的戦略パートナーシップ条約の全文によると、計23条で構成。前文は米国を念頭に「一極世界の秩序を"
    "強要しようとする策動から国際正義を守る」とし、第4条にロ朝の一方が有事の際はあらゆる軍事支援を互いに提供すると"
    "定めた。"
)


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    refs, _ = find_references(text)
    return [(r.surface, r.article or r.number, r.instrument) for r in refs]


def _canonicals(text: str) -> list[tuple[str, list[str]]]:
    return [(i["canonical"], i["aliases"]) for i in find_references(text)[1]]


REPEATED_ARTICLES = [
    # text, expected rows (surface, article, instrument)
    (NIKKEI, [("5条", "5", "日米安保条約")] * 4),  # bare 5条 repeats the cited 日米安保条約5条
    (KOTOBANK_ANPO, [("第5条", "5", "日米安全保障条約"), ("5条", "5", "日米安全保障条約")]),  # not 改定安全保障条約
    (KOTOBANK_ROCHO, [("第4条", "4", "包括的戦略パートナーシップ条約")]),  # 計23条で構成 is a count
    # constructed in the heldout6 form (no outside page found): から構成 is a count, never a repetition
    ("この条約は23条から構成され、第4条が相互援助を定める。", [("第4条", "4", None)]),
]


@pytest.mark.parametrize(("text", "expected"), REPEATED_ARTICLES)
def test_a_bare_article_repeats_the_article_cited_before(text, expected):
    assert _rows(text) == expected


NAMES = [
    # text, instruments (canonical, aliases)
    (MAGOSAKI, [("日米安保条約", ["安保条約"])]),  # 安保条約: the name without its country pair 日米
    (NOTE_NATO, [("北大西洋条約", [])]),
    (NOTE_NATO + GIICHI_SENTENCE, [("北大西洋条約", ["NATO条約"])]),  # giichi's sentence after it
    (GIICHI_NATO, [("NATO条約", [])]),  # the text never names 北大西洋条約: no name is supplied from outside
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_short_and_acronym_names_file_under_the_name_the_text_gives(text, expected):
    assert _canonicals(text) == expected


def test_country_heads():
    assert country_head("日米") and country_head("中華人民共和国") and country_head("日本国")
    assert not country_head("改定") and not country_head("尖閣諸島") and not country_head("連邦")


GLUED = [
    # run of name characters, names in it (offset, name)
    ("尖閣諸島日米安保条約", [(4, "日米安保条約")]),  # topic glued to the name (heldout6 form: a particle dropped)
    ("在日米軍駐留経費負担特別協定", [(0, "在日米軍駐留経費負担特別協定")]),  # 在日|米軍: no country pair word
    (
        "中華人民共和国憲法中華人民共和国香港特別行政区基本法",
        [(0, "中華人民共和国憲法"), (9, "中華人民共和国香港特別行政区基本法")],
    ),
    ("日米安全保障条約", [(0, "日米安全保障条約")]),
]


@pytest.mark.parametrize(("run", "expected"), GLUED)
def test_glued_names_split_where_a_country_opens_a_name(run, expected):
    assert split_glued(run) == expected


LAW_NUMBERS = [
    (
        JETRO_INVEST,
        [
            ("連邦法第36-FZ号", "36-FZ", JETRO_LAW),
            ("第9条", "9", JETRO_LAW),
        ],
    ),
    (JETRO_2023, [("連邦法第422-FZ号", "422-FZ", "幾つかの法令の改正について")]),
    # constructed in the heldout6 form: the one law a news text names owns its bare 第8条
    (
        "連邦法第422-FZ号「幾つかの法令の改正について」が施行され、第8条により義務が生じる。",
        [("連邦法第422-FZ号", "422-FZ", "幾つかの法令の改正について"), ("第8条", "8", "幾つかの法令の改正について")],
    ),
    # constructed in the heldout6 form: a gazette issue is no number; the treaty number under a title is its own
    (
        KOREA_BASIC + "\n署名 1965年6月22日\n文献情報 昭和40年12月18日官報号外第135号条約第25号",
        [("条約第25号", "条約第25号", KOREA_BASIC)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAW_NUMBERS)
def test_law_numbers_and_the_articles_of_their_law(text, expected):
    assert _rows(text) == expected


def test_pronoun_joined_by_no_names_the_last_treaty():
    # constructed in the heldout6 form (同条約の第4条): the row is the article, 同条約 names the treaty
    text = "北朝鮮はロシアとの包括的戦略的パートナーシップ条約を批准した。\n同条約の第4条では、軍事援助を定めている。"
    assert _rows(text) == [("第4条", "4", "包括的戦略的パートナーシップ条約")]
