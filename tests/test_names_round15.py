"""Names round 15: the error classes of the heldout15 blind run, each tested on real sentences from other sources
(one URL per case, none from the gold texts):

- a publisher inside the parentheses after a book title, before its year, a comma or the closing parenthesis
  (『…』(原書房 1999), 『…』(講談社, 1997, ), 『…』(福音館書店)); without a year only a publisher's word counts;
- a kanji place with a reading glued to a word that says where it lies (東部元山(ウォンサン), 所在地清津(チョンジン)) is
  a place, and its reading an alias, not a person;
- a body glossed in parentheses by another body's name (クレムリン(ロシア大統領府)) is one body, the gloss an alias;
- a model place run on into an event or a statute (ウクライナ|侵攻, 朝鮮民主主義人民共和国|羅先経済貿易地帯法) ends with
  the place; a facility after a place (北京国家体育場) stays whole;
- kinds of paper or news agency (朝鮮語新聞, 公式系新聞, 国営通信社) are no names;
- a standing conference after its assembly is one body (最高人民会議常設会議);
- curated rows: 南朝鮮 (-> 韓国) and the Meiji organ 太政官.
"""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import GENERIC_PRESS, NON_PLACE_TAIL, PAREN_PUBLISHER, PLACE_READ_AFTER, find_names
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()

# (source URL, real text, expected surface -> (type, canonical)): exactly these mentions.
FRESH = [
    (
        "http://current.ndl.go.jp/aggregator/categories/1?page=1",
        "【資料2】 『オックスフォード世界児童文学百科』 (原書房 1999)  p852~853",
        {"オックスフォード": ("PLACE", "オックスフォード"), "原書房": ("ORG", "原書房")},
    ),
    (
        "https://www.weblio.jp (咸鏡北道とは? 朝鮮民主主義人民共和国北東部日本海に臨む道), via "
        "https://hqproductreviews.com?arsae=http%3A%2F%2Fwww.weblio.jp%2Fcontent%2F%25E5%2592%25B8%25E9%258F%25A1"
        "%25E5%258C%2597%25E9%2581%2593",
        "道庁所在地清津(チョンジン)。",
        {"清津": ("PLACE", "清津")},  # before: no mention; the reading alone could be read as a person
    ),
    (
        # CNN 2025-03-31 via a proxy; the original is https://www.cnn.co.jp/world/35231196.html
        "http://79.170.44.75/hostdoctordemo.co.uk/downloads/vpn/index.php?q=aHR0cHM6Ly93d3cuY25uLmNvLmpwL3dvcmxkLzM1MjMxMTk2Lmh0bWw%3D",
        "クレムリン(ロシア大統領府)は、トランプ米大統領がロシアのプーチン大統領に「非常に怒っている」と発言した"
        "ことに反応した。",
        {
            "クレムリン": ("ORG", "クレムリン"),  # before: ロシア大統領府 a second ORG
            "トランプ": ("PERSON", "トランプ"),
            "米": ("PLACE", "アメリカ合衆国"),
            "ロシア": ("PLACE", "ロシア"),
            "プーチン": ("PERSON", "プーチン"),
        },
    ),
    (
        "https://lunomusy.com.tr/-/zya/u5pkh-z2a07.video",
        "ロシアのウクライナ侵攻から2年が経った24日、東京や大阪など国内各地で、ロシアに即時停戦を求め、平和を願う"
        "集会があった。",
        {
            "ロシア": ("PLACE", "ロシア"),
            "ウクライナ": ("PLACE", "ウクライナ"),
            "東京": ("PLACE", "東京"),
            "大阪": ("PLACE", "大阪"),
        },  # before: ウクライナ侵攻 one PLACE
    ),
    (
        "http://dprknow.jp/blog-entry-122.html",
        "この法律と「朝鮮民主主義人民共和国羅先経済貿易地帯法」の全文が「朝鮮中央通信」で公開された。",
        {"朝鮮民主主義人民共和国": ("PLACE", "北朝鮮"), "朝鮮中央通信": ("ORG", "朝鮮中央通信")},
    ),
    (
        "https://www.weblio.jp/wkpja/content/%E6%97%A5%E6%9C%9D%E9%96%A2%E4%BF%82%E5%8F%B2_%E7%AC%AC%E4%BA%8C%E6%AC%A1"
        "%E4%B8%96%E7%95%8C%E5%A4%A7%E6%88%A6%E5%BE%8C",
        "アメリカが占領した南朝鮮では李承晩や金九などの独立運動家がソウルへ戻った。",
        {
            "アメリカ": ("PLACE", "アメリカ合衆国"),
            "南朝鮮": ("PLACE", "韓国"),
            "李承晩": ("PERSON", "李承晩"),
            "金九": ("PERSON", "金九"),
            "ソウル": ("PLACE", "ソウル"),
        },
    ),
    (
        "http://d.hatena.ne.jp/keyword/%C2%C0%C0%AF%B4%B1%C9%DB%B9%F0",
        "明治初期の太政官によって公布された法令の形式。",
        {"太政官": ("ORG", "太政官")},
    ),
    (
        "https://pedia.3rd-in.co.jp/wiki/%E6%9C%9D%E9%AE%AE%E6%96%B0%E5%A0%B1",
        "公称の発行部数は5万部を超えており、日本国内で発行される朝鮮語新聞の中では最大規模とされています。",
        {
            "日本国": ("PLACE", "日本")
        },  # before: 朝鮮語新聞 an ORG (日本国 of 日本国内 is a known slip, not this round's)
    ),
    (
        "https://jablog.org/%E3%80%8C%E6%9C%9D%E9%AE%AE%E6%96%B0%E5%A0%B1%E3%80%8D%E3%81%AF%E3%80%81/Choson_Sinbo",
        "「NKシグナル」:韓国の国営通信社が南北関係のロマンスを売り込む",
        {"韓国": ("PLACE", "韓国")},  # before: 国営通信社 an ORG
    ),
    (
        "http://www.koryojournal.news/?p=1003",
        "主体81(1992)年10月5日、最高人民会議常設会議決定第17号を採用",
        {"最高人民会議常設会議": ("ORG", "最高人民会議常設会議")},  # before: 最高人民会議 only
    ),
]


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.surface: (m.type, m.canonical) for m in find_names(NLP(text))}


@pytest.mark.parametrize(("url", "text", "expected"), FRESH)
def test_fresh_sentences(url: str, text: str, expected: dict[str, tuple[str, str | None]]) -> None:
    assert _found(text) == expected, url


def test_reading_after_region_is_an_alias_of_the_place() -> None:
    # weblio (see FRESH): the reading is kept as an alias of the place, never a mention of its own
    place = next(m for m in find_names(NLP("道庁所在地清津(チョンジン)。")) if m.surface == "清津")
    assert place.aliases == ["チョンジン"]


def test_gloss_of_another_body_is_an_alias() -> None:
    text = FRESH[2][1]
    kremlin = next(m for m in find_names(NLP(text)) if m.surface == "クレムリン")
    assert "ロシア大統領府" in kremlin.aliases


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


def test_parenthesis_without_year_needs_a_publisher_word() -> None:
    # 『…』(仮称) is a note on the title: the pattern matches it, the publisher word check drops it
    assert "仮称" not in _found("新しい法律『地域交通法』(仮称)を検討する。")


@pytest.mark.parametrize(
    ("text", "name"),
    [("北朝鮮東部元山(ウォンサン)", "元山"), ("道庁所在地清津(チョンジン)", "清津"), ("首都平壌(ピョンヤン)", "平壌")],
)
def test_place_read_after_pattern(text: str, name: str) -> None:
    match = PLACE_READ_AFTER.search(text)
    assert match and match.group("name") == name


@pytest.mark.parametrize(
    ("surface", "cut"),
    [
        ("ウクライナ侵攻", True),
        ("朝鮮民主主義人民共和国タバコ統制法", True),
        ("北京国家体育場", False),
        ("東京支店", False),
    ],
)
def test_non_place_tail(surface: str, cut: bool) -> None:
    # Stockmark validation spans (北京国家体育場, 東京支店) are facilities: places, kept whole
    assert bool(NON_PLACE_TAIL.search(surface)) is cut


@pytest.mark.parametrize(
    ("surface", "generic"),
    [
        ("朝鮮語新聞", True),
        ("公式系新聞", True),
        ("国営通信社", True),
        ("政府系英字紙", True),
        ("日刊工業新聞", False),
        ("朝鮮新報", False),
    ],
)
def test_generic_press(surface: str, generic: bool) -> None:
    assert bool(GENERIC_PRESS.fullmatch(surface)) is generic
