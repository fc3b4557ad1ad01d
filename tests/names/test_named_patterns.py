"""The named regular expressions of the names extractor, each on real examples.

Every example is real text from a page outside the gold texts (URL on each row), or marked constructed.
"""

from __future__ import annotations

import re

import pytest

from pipeline.extractors.names import REGIME
from pipeline.extractors.names.bodies import (
    BODY_UNIT,
    BYLINE,
    CREDIT,
    CREDIT_SOURCE,
    DATELINE,
    FACILITY_QUOTE,
    GLOSS_OPEN,
    KATAKANA_ISLAND,
    LONG_STATE,
    PAREN_PUBLISHER,
    STATE_ORGAN,
    state_in_dotted,
)
from pipeline.extractors.names.filters import (
    COMPANY_END,
    DEFINITION,
    EVENT_AFTER,
    FACILITY_END,
    GENERIC_PRESS,
    INSTRUMENT_ACRONYM,
    LATIN_GLOSS,
    NUMBERED,
    READING_GLOSS,
    WEB_ADDRESS,
)
from pipeline.extractors.names.gazetteer import gazetteer
from pipeline.extractors.names.letters import (
    INDIA_PAKISTAN,
    KATAKANA_LETTERS,
    LETTER_BEFORE_ACRONYM,
    LETTER_BEFORE_NAME,
    LETTER_CHAMBER,
    NORTH_SHORT,
    STATE_BODY_END,
)
from pipeline.extractors.names.linking import COMPASS_PART, DIET_SESSION_BEFORE, GLOSS_CLOSE, STATE_CHAMBER
from pipeline.extractors.names.model_spans import (
    BOTH_BODIES,
    DESCRIPTOR_PREFIX,
    LETTER_BEFORE_COMPANY,
    NON_PLACE_TAIL,
    OFFICE_AFTER_PLACE,
    OKURIGANA_END,
    ORDINAL_HEAD,
    ORG_HEAD_END,
    STATE_PART_CITY,
)
from pipeline.extractors.names.readings import PLACE_READ_AFTER
from pipeline.extractors.names.resolve import COMPANY_LAST_WORD, STAFF_NAME
from pipeline.extractors.names.titles import POST

from .helpers import by_surface
from .sources import SANKEI

# Rows marked FNN, SAKI, MOFA1-3, PW, ZCK, SANKEI, SUGA, ASAHI, NORDOT or WIKI quote the pages listed in sources.py.


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "→https://www.mofa.go.jp/mofaj/gaiko/treaty/index.html",
            "https://www.mofa.go.jp/mofaj/gaiko/treaty/index.html",
        ),
        ("出典 www.shugiin.go.jp/internet/index.nsf/html 参照", "www.shugiin.go.jp/internet/index.nsf/html"),
    ],
)
def test_web_address_pattern(text: str, address: str) -> None:
    """WEB_ADDRESS takes the whole address (printable ASCII after the scheme or www.), nothing after a space."""
    assert [m.group() for m in WEB_ADDRESS.finditer(text)] == [address]


# (source URL, text, publisher or None)
PUBLISHERS = [
    (
        "http://current.ndl.go.jp/aggregator/categories/1?page=1",
        "『オックスフォード世界児童文学百科』 (原書房 1999)",
        "原書房",
    ),
    (
        "http://current.ndl.go.jp/aggregator/categories/1?page=1",
        "『絵本論 -瀬田貞二子どもの本評論集-』 (福音館書店)",
        "福音館書店",
    ),
    ("https://rnavi.ndl.go.jp/jp/guides/theme-asia-162.html (entry form)", "『金日成選集 』(三一書房1952)", "三一書房"),
    (
        "https://rnavi.ndl.go.jp/asia/entry/bulletin4-2-3.php (entry form)",
        "『北朝鮮ハンドブック』(講談社, 1997, )",
        "講談社",
    ),
    ("hand-made negative", "『資本論』(第1巻)", None),
]


@pytest.mark.parametrize(("url", "text", "publisher"), PUBLISHERS)
def test_paren_publisher_pattern(url: str, text: str, publisher: str | None) -> None:
    match = PAREN_PUBLISHER.search(text)
    assert (match.group("publisher") if match else None) == publisher, url


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("第3次国連海洋法会議", "第3次"),  # mlit.go.jp above
        ("第1回国連総会", "第1回"),  # constructed
        ("第3国", None),  # constructed: no meeting's ordinal
    ],
)
def test_ordinal_head_pattern(text: str, matched: str | None) -> None:
    match = ORDINAL_HEAD.match(text)
    assert (match.group() if match else None) == matched


@pytest.mark.parametrize(
    ("text", "letter", "head"),
    [("米議会上院は", "米", "上院"), ("米連邦最高裁は", "米", "最高裁"), ("米下院では", "米", "下院")],
)
def test_letter_chamber(text: str, letter: str, head: str) -> None:
    match = LETTER_CHAMBER.search(text)
    assert match and (match.group("letter"), match.group("head")) == (letter, head)


@pytest.mark.parametrize(
    ("surface", "state", "head"),
    [("米国上院", "米国", "上院"), ("ロシア連邦下院", "ロシア", "下院"), ("アメリカ連邦最高裁", "アメリカ", "最高裁")],
)
def test_state_chamber(surface: str, state: str, head: str) -> None:
    match = STATE_CHAMBER.fullmatch(surface)
    assert match and (match.group("state"), match.group("head")) == (state, head)


@pytest.mark.parametrize(
    ("span", "facility"), [("後楽園球場", True), ("相国寺", True), ("球場", False), ("寺院", False)]
)
def test_facility_end(span: str, facility: bool) -> None:
    assert bool(FACILITY_END.search(span, 1)) is facility


@pytest.mark.parametrize(
    ("text", "at", "hit"),
    [
        ("や米GMを", 1, True),
        ("の米フォード", 1, True),
        ("米国務省", 0, False),
        ("ロンドン", 0, False),
        ("日米ア", 1, False),
    ],
)
def test_letter_before_company(text: str, at: int, hit: bool) -> None:
    assert bool(LETTER_BEFORE_COMPANY.match(text, at)) is hit


def test_letter_body_and_gloss_patterns() -> None:
    assert LETTER_BEFORE_NAME.match("米ホワイトハウス")
    assert not LETTER_BEFORE_NAME.search("20日ロイター")  # [東京20日ロイター]: a day, no Japan
    assert STATE_BODY_END.search("国務省") and STATE_BODY_END.search("政府")
    assert not STATE_BODY_END.search("ホワイトハウス")
    assert BODY_UNIT.match("関西館アジア情報課)").group() == "関西館アジア情報課"
    assert BODY_UNIT.match("北朝鮮制裁委員会専門家パネルは").group() == "北朝鮮制裁委員会専門家パネル"
    assert not BODY_UNIT.match("展示室で")  # a room is no unit
    assert not BODY_UNIT.match("事務局長は")  # an office
    assert LATIN_GLOSS.search("ラヴロフ(Lavrov, Sergey)")
    assert not LATIN_GLOSS.search("社会 = Law and Society of North Korea")
    assert GLOSS_CLOSE.match("、略称UN)") and GLOSS_CLOSE.match(" UN)") and GLOSS_CLOSE.match(")")
    assert not GLOSS_CLOSE.match("、世界")


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("(北朝鮮)", "北朝鮮"),
        ("=主要20か国の外相会談", "主要20か国の外相会談"),  # the gazetteer then takes the longest known start
        ("(チョ・テヨル)", "チョ・テヨル"),
    ],
)
def test_gloss_pattern(text, matched):
    match = GLOSS_OPEN.match(text)
    assert match is not None and (match.group("paren") or match.group("equals")) == matched


@pytest.mark.parametrize(
    ("pattern", "text", "agencies"),
    [
        # https://news.livedoor.com/topics/detail/30351846/
        (CREDIT_SOURCE, "北朝鮮の金与正朝鮮労働党副部長（朝鮮通信＝共同）", []),
        # https://www.sankei.com/article/20220709-HKFY3CP7L5ISROLOYJC63STNXA/
        (CREDIT_SOURCE, "会談するブリンケン米国務長官(ロイター=共同)", ["ロイター"]),
        # https://www.daily-tohoku.news/archives/74985
        (DATELINE, "【北京共同】北朝鮮の李竜男(リリョンナム)駐中国大使は14日までに", ["共同"]),
        # https://filmland2.rssing.com/chan-1528014/article223.html
        (DATELINE, "【平壌、北京共同】北朝鮮の朝鮮労働党機関紙「労働新聞」など3紙は1日", ["共同"]),
        # https://www.iwate-np.co.jp/article/kyodo/2019/9/5/336480
        (DATELINE, "【ウラジオストク共同】安倍晋三首相は5日、", ["共同"]),
    ],
)
def test_credit_sources_and_datelines(pattern, text, agencies):
    assert [m.group("agency") for m in pattern.finditer(text)] == agencies
    for agency in agencies:
        assert by_surface(text, "type title canonical")[agency][0] == "ORG"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("グエン・スアン・フック・ベトナム社会主義共和国首相", "ベトナム社会主義共和国"),  # MOFA1
        ("アラン・ピーター・カエタノ・フィリピン共和国外務大臣", "フィリピン共和国"),  # MOFA2
    ],
)
def test_long_state_starts_at_its_listed_part(text, state):
    # the pattern may take the person's dotted name too (…フック・ベトナム); the state starts at its listed part
    match = LONG_STATE.search(text)
    offset = state_in_dotted(match.group("country"), gazetteer())[0]
    assert text[match.start("country") + offset : match.end()] == state


# (pattern, text, whether pattern.search finds it)
SEARCHES = [
    (NON_PLACE_TAIL, "ウクライナ侵攻", True),
    (NON_PLACE_TAIL, "朝鮮民主主義人民共和国タバコ統制法", True),
    (NON_PLACE_TAIL, "北京国家体育場", False),
    (NON_PLACE_TAIL, "東京支店", False),
    (LETTER_CHAMBER, "米上院は", True),
    (LETTER_CHAMBER, "米下院では", True),
    (LETTER_CHAMBER, "米議会上下院が", True),
    (LETTER_CHAMBER, "米上院議員", False),
    (LETTER_CHAMBER, "露上下院", False),
    (LETTER_CHAMBER, "欧米議会", False),
    (READING_GLOSS, "国際連合(こくさいれんごう、英語: United Nations、略称は国連(こくれん)、UN)", True),
    (READING_GLOSS, "出入国在留管理庁(しゅつにゅうこくざいりゅうかんりちょう)", True),
    (READING_GLOSS, "署名した(なお、日本は署名せず)", False),
    (READING_GLOSS, "堀田(ほった)", False),
    (COMPANY_END, "任天堂", True),
    (COMPANY_END, "東洋製糖", True),
    (COMPANY_END, "日本通運", True),
    (COMPANY_END, "国際会議", False),
    (DIET_SESSION_BEFORE, "23日召集の通常", True),
    (DIET_SESSION_BEFORE, "臨時", True),
    (DIET_SESSION_BEFORE, "終盤", True),
    (DIET_SESSION_BEFORE, "今", True),
    (DIET_SESSION_BEFORE, "日本の", False),
    (DIET_SESSION_BEFORE, "、", False),
    (COMPASS_PART, "シリア北部", True),
    (COMPASS_PART, "ウクライナ東部", True),
    (COMPASS_PART, "ロシア極東", False),
    (REGIME, "体制", True),
    (REGIME, "独裁体制", True),
    (REGIME, "政権", False),
    (BOTH_BODIES, "パキスタン両政府", True),
    (BOTH_BODIES, "パキスタン両軍", True),
    (BOTH_BODIES, "上下両院", False),
    (OKURIGANA_END, "米国立ち寄り", True),
    (OKURIGANA_END, "ゆうちょ", False),
    (OFFICE_AFTER_PLACE, "台湾当局", True),
    (OFFICE_AFTER_PLACE, "台湾総統", True),
    (OFFICE_AFTER_PLACE, "台湾総統府", False),
    (INDIA_PAKISTAN, "印パ双方", True),
    (INDIA_PAKISTAN, "印パール", False),
    (ORG_HEAD_END, "ジャンムー・カシミール州政府", True),
    (ORG_HEAD_END, "中村", False),
    (STATE_PART_CITY, "ロシア中部カザン", True),
    (STATE_PART_CITY, "シリア北部", False),
    (COMPANY_LAST_WORD, "三菱自動車", True),
    (COMPANY_LAST_WORD, "三菱自", True),
    (COMPANY_LAST_WORD, "横浜市", False),
    (NORTH_SHORT, "北の核問題", True),
    (NORTH_SHORT, "北の方角", False),
    (NORTH_SHORT, "南北の対話", False),
    (NORTH_SHORT, "東北が", False),
    (NORTH_SHORT, "軍事境界線の北の地域", False),
    (NORTH_SHORT, "境界線の北側", False),
]


@pytest.mark.parametrize(("pattern", "text", "matches"), SEARCHES)
def test_search(pattern: re.Pattern, text: str, matches: bool) -> None:
    assert (pattern.search(text) is not None) is matches


# (pattern, text, whether pattern.fullmatch takes the whole text)
FULL_MATCHES = [
    (GENERIC_PRESS, "朝鮮語新聞", True),
    (GENERIC_PRESS, "公式系新聞", True),
    (GENERIC_PRESS, "国営通信社", True),
    (GENERIC_PRESS, "政府系英字紙", True),
    (GENERIC_PRESS, "日刊工業新聞", False),
    (GENERIC_PRESS, "朝鮮新報", False),
    (POST, "第1次官", True),
    (POST, "外交部第一次官", True),
    (POST, "国家安保室第2次長", True),
    (POST, "駐日大使", True),
    (POST, "駐中国大使", True),
    (POST, "駐日中国大使", True),
    (POST, "駐韓大使", True),
    (POST, "問題", False),
    (POST, "駐車場", False),
    (POST, "大使館", False),
    (STATE_ORGAN, "大法院", True),
    (STATE_ORGAN, "国家情報院", True),
    (STATE_ORGAN, "公安庁", True),
    (STATE_ORGAN, "国家安保室", True),
    (STATE_ORGAN, "外務省", False),
    (STATE_ORGAN, "大学", False),
    (KATAKANA_LETTERS, "ソロ", True),
    (KATAKANA_LETTERS, "日ソ", False),
    (KATAKANA_LETTERS, "中ロ", False),
]


@pytest.mark.parametrize(("pattern", "text", "matches"), FULL_MATCHES)
def test_full_match(pattern: re.Pattern, text: str, matches: bool) -> None:
    assert (pattern.fullmatch(text) is not None) is matches


# (pattern, text, group, what that group of the first match holds; None: no match)
FIRST_GROUPS = [
    (PLACE_READ_AFTER, "北朝鮮東部元山(ウォンサン)", "name", "元山"),
    (PLACE_READ_AFTER, "道庁所在地清津(チョンジン)", "name", "清津"),
    (PLACE_READ_AFTER, "首都平壌(ピョンヤン)", "name", "平壌"),
    (NUMBERED, "平成十一年七月二十九日外務省告示", 0, "十一年七月二十九日"),
    (NUMBERED, "昭和三十九年六月十五日に", 0, "三十九年六月十五日"),
    (NUMBERED, "同条約第11部の実施", 0, "第11部"),
    (NUMBERED, "内閣衆質一九二第一〇四号", 0, "第一〇四号"),
    # https://rengo-hokkaido.gr.jp/archive2023/2009/siryou_peace_special.html
    (DEFINITION, "日本国に維持されている合衆国軍隊(以下「合衆国軍隊」という。)は、", "short", "合衆国軍隊"),
    # https://www.mofa.go.jp/mofaj/gaiko/treaty/htmls/A-S54-1173.html
    (DEFINITION, "日米教育委員会(以下「委員会」という。)と称する委員会を設置する。", "short", "委員会"),
    (DEFINITION, "日本国とソヴィエト社会主義共和国連邦(以下「ソ連邦」という。)との間", "short", "ソ連邦"),
    (LONG_STATE, "南スーダン共和国副大統領", "country", "南スーダン"),
    # https://ja.wikipedia.org/wiki/サントメ・プリンシペ
    (LONG_STATE, "サントメ・プリンシペ民主共和国", "country", "サントメ・プリンシペ"),
    (LONG_STATE, "モーリタニア・イスラム共和国首相", "country", "モーリタニア・イスラム"),
    (DATELINE, "【北京26日共同】中国ゴルフ協会", "agency", "共同"),
    (DATELINE, "【ブリュッセル共同】フランス自動車大手", "agency", "共同"),
    (DATELINE, "【パリ=林路郎】フランス", "agency", None),
    # dailysunny.com 2021-04-16
    (BYLINE, "【パリ=林路郎】フランス", "name", "林路郎"),
    (BYLINE, "【ワシントン共同】日米両首脳が", "name", None),
    (STAFF_NAME, "の三部社長は", "name", "三部"),
    (STAFF_NAME, "(6758)の十時裕樹副社長", "name", "十時裕樹"),
    (STAFF_NAME, "の貝原典也常務執行役員", "name", "貝原典也"),
    (KATAKANA_ISLAND, "ルースキー島で", 0, "ルースキー島"),
    (KATAKANA_ISLAND, "マン島TTレース", 0, "マン島"),
    (KATAKANA_ISLAND, "無人島", 0, None),
    (KATAKANA_ISLAND, "朝鮮半島", 0, None),
    (FACILITY_QUOTE, "北朝鮮レストラン「朝鮮平壌飯店」です。", "name", "朝鮮平壌飯店"),
    (FACILITY_QUOTE, "ドイツレストラン「ラインゴールド」大宮店にて", "name", None),
    (FACILITY_QUOTE, "国立西洋美術館「モネ展」を訪れた", "name", None),
    (NUMBERED, "連邦法第374号", 0, "第374号"),
    (NUMBERED, "国連憲章第51条", 0, "第51条"),
    (NUMBERED, "2024年11月9日", 0, "2024年11月9日"),
    (NUMBERED, "6月19日に", 0, "6月19日"),
    (DESCRIPTOR_PREFIX, "首都平壌", 0, "首都"),
    (EVENT_AFTER, "オリンピック10", 0, "オリンピック"),
    (EVENT_AFTER, "モーターショーが", 0, "モーターショー"),
]


@pytest.mark.parametrize(("pattern", "text", "group", "expected"), FIRST_GROUPS)
def test_first_match_group(pattern: re.Pattern, text: str, group: str | int, expected: str | None) -> None:
    match = pattern.search(text)
    assert (match.group(group) if match else None) == expected


# (pattern, text, group, that group of every match in order)
ALL_GROUPS = [
    (LETTER_BEFORE_ACRONYM, "第28回日ASEAN首脳会議が開催され", "letter", ["日"]),
    (LETTER_BEFORE_ACRONYM, "第24回日・EU定期首脳協議で", "letter", ["日"]),
    (LETTER_BEFORE_ACRONYM, "日EU関係をより高い次元に", "letter", ["日"]),
    (LETTER_BEFORE_ACRONYM, "本日EUが発表", "letter", []),
    (LETTER_BEFORE_ACRONYM, "9日EUは", "letter", []),
    (INSTRUMENT_ACRONYM, "日EU経済連携協定(EPA)及び戦略的パートナーシップ協定(SPA)", "acronym", ["EPA", "SPA"]),
    (INSTRUMENT_ACRONYM, "東南アジアにおける友好協力条約(TAC)を改正する", "acronym", ["TAC"]),
    (INSTRUMENT_ACRONYM, "国際協力機構(JICA)の名前", "acronym", []),
    (CREDIT, SANKEI, "agency", ["共同"]),
    (CREDIT, "記者の問いかけに手を上げる菅義偉首相=2021年9月2日午後4時14分、首相官邸、上田幸一撮影", "agency", []),
]


@pytest.mark.parametrize(("pattern", "text", "group", "expected"), ALL_GROUPS)
def test_every_match_group(pattern: re.Pattern, text: str, group: str, expected: list[str]) -> None:
    assert [m.group(group) for m in pattern.finditer(text)] == expected
