"""Country letters: the one-kanji or katakana abbreviations of states (米, 日中, 露, ソ, 加, 北, 印パ) before bodies,
chambers, papers, companies and meetings, and where such a letter is no country.

Rules:

- 加 (Canada) and ソ (the Soviet Union) in runs of country letters (日加, 日ソ, 米ソ), also right after a year;
  not in 米加工 or before ソ連.
- 米軍 / 在日米軍 / 露上下院: the letter before its state's forces or parliament is the country.
- 対 and one country's letter (対露制裁, 対ロ外交) name the country; a place right after a run of letters
  (日朝|平壌宣言) is a mention; a kanji inside a katakana word (ソ|連) starts no name (ソ連初代大統領).
- a run's last letter that starts a longer word (日ソ|中立条約: 中立 "neutrality") is no country;
- a country before メディア is the country (韓国|メディア), as before 情勢;
- one country letter + a chamber of its parliament standing as a word is one ORG, the state's organ (米上院は,
  米下院では, 米議会上下院), named like 露外務省 -> ロシア外務省; a bare 上院 later joins it; before a title
  (米国上院議員) or before 上下院 the letter stays the country;
- one country letter before a listed body's Latin acronym, also after a session's ordinal or a ・ (第28回日ASEAN,
  日・EU); 首脳協議 closes a meeting's name (日EU首脳協議 is no body);
- 印パ is India and Pakistan; 中米 is Central America unless a pair word follows (中米関係);
- a run of country letters is no run when it is one katakana word (ソロ "solo") or one UniDic verbal noun
  (印加 "applying a voltage");
- a country letter before a company (米GM, 米フォード・モーター, 米ゼネラル・モーターズ) is the company's country,
  an abbreviation, where the rules dropped the model's 米 as a common noun;
- 日中 / 中日 are the two countries before 両政府 and 戦略 (as before 両国, 関係): suc-con.com writes the
  same construction with 日韓 (https://suc-con.com/2023/05/15/ "日韓両政府、ソウルで首脳会談を開き"), and
  china.org.cn (http://japanese.china.org.cn/jp/txt/2019-08/12/content_75092152.htm): "中日戦略対話は2005年に始まる".
- a country letter before a body whose name is unique without it (米ホワイトハウス) is a PLACE of its own; before a
  body every state has (露外務省, 米国務省) the two stay one ORG (``STATE_BODY_END``);

Every example is real text from a page outside the gold texts (URL on each row), or marked constructed.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.names import find_names
from pipeline.extractors.names.letters import DOT_PAIR

from .helpers import NLP, by_surface, mentions, span_set, with_model_spans
from .sources import NEWS_MENTIONS

# Rows marked FNN, SAKI, MOFA1-3, PW, ZCK, SANKEI, SUGA, ASAHI, NORDOT or WIKI quote the pages listed in sources.py.


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # https://www.mofa.go.jp/mofaj/na/na1/ca/page4_001549.html
        (
            "ディオン・カナダ外相との間で日加外相会談を行ったところ,概要は以下のとおりです。",
            {"日": "日本", "加": "カナダ"},
        ),
        # https://www.mofa.go.jp/mofaj/na/na1/ca/page4_001930.html
        ("緊密な日加関係を今後更に強化していきたい旨述べました。", {"日": "日本", "加": "カナダ"}),
        # https://historist.jp/word_j_ni/entry/036218
        ("日ソ漁業条約の発効などが定められ", {"日": "日本", "ソ": "ソビエト連邦"}),
        ("米ソの「平和共存」時代を背景に", {"米": "アメリカ合衆国", "ソ": "ソビエト連邦"}),
        # constructed: a run right after a year
        ("2024年日米首脳会談が開かれた。", {"日": "日本", "米": "アメリカ合衆国"}),
    ],
)
def test_canada_and_soviet_letters(text: str, letters: dict[str, str]) -> None:
    found = by_surface(text, "type canonical title abbreviation", use_model=False)
    for letter, country in letters.items():
        assert found.get(letter) == ("PLACE", country, None, True), found


@pytest.mark.parametrize("text", ["米加工品の輸出が伸びた。", "日ソ連合の会合。"])  # constructed negatives
def test_letters_inside_words_stay_out(text: str) -> None:
    found = by_surface(text, "type canonical title abbreviation", use_model=False)
    assert "加" not in found and "ソ" not in found, found


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        # https://ameblo.jp/atsubetsu419531/entry-12595723584.html
        ("全国の在日米軍施設の約75%は沖縄にあり,沖縄本島の面積の約20%を占める。", "米"),
        # https://www.okinawatimes.co.jp/articles/-/27772
        ("米軍基地の整理縮小を進める日米特別行動委中間報告から20年経過", "米"),
        # constructed (the sankei wording class): a letter before the two chambers
        ("露上下院は同条文に対応する刑法改正案を可決した。", "露"),
    ],
)
def test_letter_before_forces_or_parliament(text: str, letter: str) -> None:
    found = by_surface(text, "type canonical title abbreviation")
    assert found.get(letter, ("",))[0] == "PLACE" and found[letter][3], found
    assert not any(s.endswith("米軍") for s in found), found


def test_chamber_before_a_title_keeps_the_letter_a_place() -> None:
    # constructed, after heldout9's メネンデス米国上院議員 and heldout10's 露上下院 (letter + two chambers)
    found = by_surface("露上下院は同条文に対応する法案を可決した。", "type canonical")
    assert found.get("露") == ("PLACE", "ロシア")
    assert "露上院" not in found


@pytest.mark.parametrize(
    ("url", "text", "surface", "start"),
    [
        # a listed region right after a session's ordinal starts its word (not アジア alone)
        (
            "https://jmedia.wiki/12th/Twelfth_East_Asia_Summit",
            "第12回東アジアサミットは、2017年11月13日から14日までフィリピンのマニラ首都圏パサイで開催されました。",
            "東アジア",
            4,
        ),
        # constructed in the press shape of 米国トランプ政権 (https://www.kyoto-su.ac.jp/faculty/ir/2025_lir_159.html):
        # one country letter before a katakana leader's name and 政権
        ("constructed", "米トランプ政権の保護主義に対抗する構え。", "米", 0),
    ],
)
def test_ordinal_and_letter_before_leader(url: str, text: str, surface: str, start: int) -> None:
    spans = span_set(text, "start")
    assert (surface, start) in spans, (url, spans)
    assert ("アジア", start + 1) not in spans


# One letter joined by ・ to a katakana country standing as a word, before any noun: the letter is its country.
LETTER_DOT_COUNTRY = [
    ("https://www.mofa.go.jp/mofaj/na/na1/ca/page1_000508.html", "日・カナダACSA署名交換"),
    (
        "https://www.mofa.go.jp/mofaj/area/canada/keizai2.html",
        "平成17年11月、小泉内閣総理大臣(当時)とマーティン・カナダ首相(当時)が「日・カナダ経済枠組み」に署名。",
    ),
]


@pytest.mark.parametrize(("url", "text"), LETTER_DOT_COUNTRY, ids=[row[0] for row in LETTER_DOT_COUNTRY])
def test_letter_dot_country(url: str, text: str) -> None:
    letters = [(m.surface, m.canonical, m.abbreviation) for m in mentions(text) if m.surface == "日"]
    assert letters == [("日", "日本", True)], (url, letters)


def test_chamber_title_keeps_letter_and_chamber() -> None:
    # 時事 via kingsoft https://home.kingsoft.jp/amp/news/news/jiji/2022073000153
    found = by_surface("ペロシ米下院議長は29日の記者会見で、言及を避けた。", "type canonical title")
    assert found["米"][:2] == ("PLACE", "アメリカ合衆国")
    assert found["下院"][0] == "ORG"


def test_india_pakistan_letters() -> None:
    # 共同 via kiji.is https://this.kiji.is/737631317134360576
    letters = [(m.surface, m.canonical, m.abbreviation) for m in mentions("印パが停戦順守で合意")]
    assert letters == [("印", "インド", True), ("パ", "パキスタン", True)]


def test_china_us_pair_before_a_pair_word() -> None:
    # constructed: 中米 as China and the US before 関係 (Chinese-side usage)
    found = [(m.surface, m.canonical) for m in mentions("中米関係の安定は両国の利益にかなう。")]
    assert found == [("中", "中国"), ("米", "アメリカ合衆国")]


def test_country_letter_before_company_is_an_abbreviation() -> None:
    text = NEWS_MENTIONS[4][0]
    letters = [m for m in mentions(text) if m.surface == "米"]
    assert letters and letters[0].abbreviation and letters[0].canonical == "アメリカ合衆国"


@pytest.mark.parametrize(
    "text",
    ["日中両政府は外相の来日を調整している。", "中日戦略対話は2005年に始まる。"],
)
def test_pair_letters_before_government_and_strategy(text: str) -> None:
    found = span_set(text, "type abbreviation", use_model=False)
    assert ("日", "PLACE", True) in found and ("中", "PLACE", True) in found, found


def test_daytime_nitchu_stays_out() -> None:
    assert not any(
        s in ("日", "中") for s, _, _ in span_set("日中は暑いので外出を控えた。", "type abbreviation", use_model=False)
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("米ホワイトハウス", "米"),  # japanlives (FRESH_LATIN)
        ("英ロイター通信", "英"),
        ("露クレムリン", "露"),
    ],
)
def test_letter_before_named_body(text: str, country: str) -> None:
    found = {m.surface: m for m in mentions(text + "は発表した。")}
    assert found[country].type == "PLACE" and found[country].abbreviation


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("露外務省は声明を出した。", ("露外務省", "ロシア外務省")),  # the gold's reading of a state's ministry
        ("米国務省は声明を出した。", ("米国務省", "アメリカ合衆国国務省")),
        ("中国外務省は声明を出した。", ("中国外務省", "中国外務省")),
        ("韓国統一省は声明を出した。", ("韓国統一省", "韓国統一省")),
    ],
)
def test_letter_before_state_body_stays_one_org(text: str, body: tuple[str, str]) -> None:
    found = [(m.surface, m.canonical) for m in mentions(text) if m.type == "ORG"]
    assert found == [body]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://sputniknews.jp/20171204/4342193.html
        (
            "報道官は「政府は北朝鮮の核プログラムの完成に関する一方的な声明を認めない。"
            "我々は国際社会と共に北の核問題の平和的解決のために努力している」と強調した。",
            True,
        ),
        # the same sentence without North Korea named in full: 北 is a direction, not a country
        ("我々は国際社会と共に北の核問題の平和的解決のために努力している。", False),
        # https://www.wowkorea.jp/news/read/455074.html: 北東 is a direction word, not 北 alone
        ("北朝鮮はこの日明け方、一帯から北東の方向に発射された。", False),
    ],
)
def test_north_korea_as_one_letter(text, expected):
    found = [m for m in mentions(text, use_model=False) if m.surface == "北"]
    assert bool(found) is expected
    if expected:
        assert (found[0].type, found[0].canonical, found[0].abbreviation) == ("PLACE", "北朝鮮", True)


def test_an_envoys_group_named_after_a_country_is_the_country(monkeypatch):
    """https://news.nifty.com/article/world/korea/12211-208139/ — even when the model reads one body."""
    text = "韓国特使団、まもなく訪朝…鄭義溶団長「文大統領の非核化・平和意思を明確に伝える」"
    found = by_surface(with_model_spans(monkeypatch, text, [("韓国特使団", "ORG")]), "type title canonical")
    assert found["韓国"][0] == "PLACE"
    assert "韓国特使団" not in found


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("「日・フィリピン外相会談」を20日の早朝に実施した。", "日"),  # PW
        ("来月、日・米・フィリピン海洋協議の初会合を日本で開催することを歓迎しました。", None),  # MOFA3
    ],
)
def test_letter_joined_to_a_country_before_a_meeting(text, letter):
    found = [m.group("letter") for m in DOT_PAIR.finditer(text)]
    assert found == ([letter] if letter else [])


def test_letter_joined_to_a_country_is_an_abbreviated_place():
    doc = NLP("「日・フィリピン外相会談」を20日の早朝に実施した。")  # PW
    mention = next(m for m in find_names(doc) if m.surface == "日")
    assert mention.type == "PLACE" and mention.abbreviation and mention.canonical == "日本"


def test_each_letter_of_europe_and_america_is_a_place():
    """https://fpcj.jp/worldnews/through/p=24769/"""
    text = "海外の女性リーダーらが来日し、参加したこともあり、欧米メディアを中心に東京発でニュースを発信した。"
    result = by_surface(text, "type title canonical abbreviation")
    assert result["欧"] == ("PLACE", None, "欧州", True)
    assert result["米"] == ("PLACE", None, "アメリカ合衆国", True)
    assert "欧米メディア" not in result


@pytest.mark.parametrize(
    ("text", "letter", "country"),
    [
        # http://www.afpbb.com/article/politics/2964127/11247448
        ("【8月26日 AFP】英紙ガーディアン(Guardian)は23日、", "英", "イギリス"),
        # https://www.gifu-np.co.jp/articles/-/575695
        ("【ワシントン共同】27日付の米紙ワシントン・ポストは、国防総省が", "米", "アメリカ合衆国"),
    ],
)
def test_the_letter_before_a_paper_is_its_country(text, letter, country):
    assert by_surface(text, "type title canonical abbreviation")[letter] == ("PLACE", None, country, True)


def test_a_clipped_state_name_is_an_abbreviation():
    """http://www.arsvi.com/i/2saf201004.htm"""
    result = by_surface(
        "2010/07/03 NIKKEI NET パリス・ヒルトンさん一時拘束 南アで大麻所持の疑い", "type title canonical abbreviation"
    )
    assert result["南ア"] == ("PLACE", None, "南アフリカ", True)
