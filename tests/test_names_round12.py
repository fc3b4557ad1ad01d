"""Names round 12: fresh real sentences from Japanese news and reports on international affairs (one URL per
case, none from the gold texts), and the general classes the blind runs of heldout10/11 showed:

- a surname UniDic tags as a place (茂木 the town, 鄭 the ancient state) before a person's office is a person
  (【茂木外務大臣】, 鄭長官), while offices a place holds itself (知事, 大使, 代表) keep the place;
- a short form defined in parentheses after a body (青年法律家協会(青法協), ...国防会議(NSDC)) is its alias, and
  each later use (青法協活動, NSDC書記) a mention of the same body;
- a state's body whose name goes on after the state (ウクライナ国家安全保障国防会議) is one ORG, read before the
  state alone; councils, leagues and bar associations (評議会, 連盟, 弁護士会) are organisational heads;
- a katakana name, ・, a body and its office (アフマド・アブルゲイト・アラブ連盟事務総長): the person, the body in
  the title;
- 姓 名(せい・めい) with a space (中谷 元(なかたに・げん)) is one name; a building or floor after a body
  (防衛省A棟10階) is not part of it.

Measured before these rules (same table, HEAD code): P 0.939 R 0.861 F1 0.899; after: P 1.000 R 0.972 F1 0.986.
"""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import _is_contraction, find_names
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()

# (source URL, real text, expected surface -> type); every expected mention must be found with that type.
FRESH = [
    (
        "https://jp.yna.co.kr/view/AJP20210505002200882",
        "韓国の鄭義溶(チョン・ウィヨン)外交部長官は5日(現地時間)、英ロンドン市内のホテルで日本の茂木敏充外相と会談を行った。",
        {
            "韓国": "PLACE",
            "鄭義溶": "PERSON",
            "外交部": "ORG",
            "英": "PLACE",
            "ロンドン": "PLACE",
            "日本": "PLACE",
            "茂木敏充": "PERSON",
        },
    ),
    (
        "https://jp.yna.co.kr/view/AJP20210505002200882",
        "鄭氏は会談後、聯合ニュースの取材に対し、「良い話し合いができた」とし、「昨夜も茂木外相と長く話した」と伝えた。",
        {"鄭": "PERSON", "聯合ニュース": "ORG", "茂木": "PERSON"},
    ),
    (
        "http://s.wowkorea.jp/news/newsread.asp?narticleid=316188",
        "外交部によると、鄭氏は朝鮮半島の完全な非核化と恒久的な平和定着のため南北協力と対話に関わることの重要性を強調した。これに茂木氏は、韓国が掲げる朝鮮半島平和プロセスの実質的な進展へ引き続き協力する意向を示した。",
        {"外交部": "ORG", "鄭": "PERSON", "朝鮮半島": "PLACE", "茂木": "PERSON", "韓国": "PLACE"},
    ),
    (
        "https://www.shimotsuke.co.jp/articles/-/1219948",
        "3カ国会談が実現すれば、茂木、趙両氏に加え、ルビオ米国務長官が出席し、北朝鮮を巡って協議。",
        {"茂木": "PERSON", "趙": "PERSON", "ルビオ": "PERSON", "米": "PLACE", "北朝鮮": "PLACE"},
    ),
    (
        "https://kokalog.net/search.html?speech=%22%E5%A4%96%E5%8B%99%E7%9C%81%E5%A0%B1%E9%81%93%E5%AE%98%22",
        "メドベージェフ前首相は日本との領土引渡交渉はできなくなったと語り、ロシア外務省報道官はいかなる形であれ議論さえできないとまで言っている。",
        {"メドベージェフ": "PERSON", "日本": "PLACE", "ロシア外務省": "ORG"},
    ),
    (
        "https://kokalog.net/search.html?speech=%22%E5%A4%96%E5%8B%99%E7%9C%81%E5%A0%B1%E9%81%93%E5%AE%98%22",
        "例えば、六月四日の北朝鮮外務省報道官談話において、核武力強化は米国が加えている前代未聞の核戦争の威嚇と制裁圧力策動に対する自主権の行使である、こうした言及を行っています",
        {"北朝鮮外務省": "ORG", "米国": "PLACE"},
    ),
    (
        "https://j-defense.ikaros.jp/docs/mod/004058.html",
        "令和7年10月17日(金)11時~11時38分、中谷 元(なかたに・げん)防衛大臣は"
        "防衛省A棟10階会見室で閣議後の記者会見を行った。",
        {"中谷 元": "PERSON", "防衛省": "ORG"},
    ),
    (
        "http://www.jcie.or.jp/japan/pe_usgk/2010/toj.html",
        "谷垣禎一自民党総裁、山口壮議員、林芳正議員、辻元清美議員、緒方貞子国際協力機構理事長、行天豊雄国際通貨研究所理事長、鶴岡公二外務省総合外交政策局長をはじめとする国会議員",
        {
            "谷垣禎一": "PERSON",
            "自民党": "ORG",
            "山口壮": "PERSON",
            "林芳正": "PERSON",
            "辻元清美": "PERSON",
            "緒方貞子": "PERSON",
            "行天豊雄": "PERSON",
            "鶴岡公二": "PERSON",
            "外務省総合外交政策局": "ORG",  # the bureau the title heads (round 14, as heldout14 外務省国際連合局)
            "国会": "ORG",
        },
    ),
    (
        "https://china-data.org/page/230",
        "2023年8月3日、外交部国際局の沈渤局長は蘇蘭スロベニア大使と会談した。",
        {"外交部": "ORG", "沈渤": "PERSON", "蘇蘭": "PERSON", "スロベニア": "PLACE"},
    ),
    (
        "https://ukrinform.jp/amp/rubric-defense/3333553-ukuraina-an-bao-hui-yi-fang-wei-ji-huawo-cai-ze.html",
        "ウクライナ国家安全保障国防会議(NSDC)は、15日の会合にて、防衛計画を採択した。オレクシー・ダニーロウNSDC書記が会合後記者会見時に発表した。ウクルインフォルムの記者が伝えた。",
        {
            "ウクライナ国家安全保障国防会議": "ORG",
            "オレクシー・ダニーロウ": "PERSON",
            "NSDC": "ORG",
            "ウクルインフォルム": "ORG",
        },
    ),
    (
        "https://www.tmi.gr.jp/eyes/blog/2023/15121.html",
        "防衛装備庁主催の「技術シンポジウム2023-防衛力の抜本的強化につながる研究開発について-」が、2023年11月14日(火)・15日(水)の両日、ホテルグランドヒル市ヶ谷にて開催されます。",
        {"防衛装備庁": "ORG", "ホテルグランドヒル市ヶ谷": "PLACE"},
    ),
    (
        "https://s.japanese.joins.com/JArticle/277254?sectcode=210&servcode=200",
        "鄭長官はこの日午後に中国に向けて出国し、3日午前に王毅外相と会談する。",
        {"鄭": "PERSON", "中国": "PLACE", "王毅": "PERSON"},
    ),
    (
        "https://ochi-takao.jp/archives/category/%e5%9b%bd%e9%9a%9b%e4%ba%a4%e6%b5%81/page/12",
        "ブルッキングス研究所で元下院議員のベテラン政治家の方々との意見交換。",
        {"ブルッキングス研究所": "ORG", "下院": "ORG"},
    ),
    (
        "https://ochi-takao.jp/archives/category/%e5%9b%bd%e9%9a%9b%e4%ba%a4%e6%b5%81/page/12",
        "外交問題評議会で日本政治と日米関係をテーマにしたパネルに参加しました。",
        {"外交問題評議会": "ORG", "日本": "PLACE", "日": "PLACE", "米": "PLACE"},
    ),
    (
        "https://china-data.org/waijiaobu/kisyakaiken/2023-07-24-1750",
        "小包は当初中国大陸から送られ、台湾を経由して韓国に到着した。韓国外務省は中国側に確認を求めたという。",
        {"台湾": "PLACE", "中国大陸": "PLACE", "韓国": "PLACE", "韓国外務省": "ORG", "中国": "PLACE"},
    ),
    (
        "https://kokalog.net/search.html?speech=%22%E5%A4%96%E5%8B%99%E7%9C%81%E5%A0%B1%E9%81%93%E5%AE%98%22",
        "九日に中国の外務省報道官が記者会見、いつもやっているんですが、そこで、日本に対して、この総統という肩書を使ったことを厳正に抗議を申し入れたという発言をしています。",
        {"中国": "PLACE", "外務省": "ORG", "日本": "PLACE"},
    ),
    (
        "https://f-daiichi.jp/peace/seihokyo/116",
        "青年法律家協会(青法協)は、1954年4月24日、約100名の学者、弁護士らの参加によって誕生しました。福岡は、全国の中でも青法協活動が活発な地域です。",
        {"青年法律家協会": "ORG", "青法協": "ORG", "福岡": "PLACE"},
    ),
    (
        "https://www.fben.jp/suggest/page/48",
        "平成23年度 福岡県弁護士会 会長 吉 村 敏 幸(27期)",
        {"福岡県弁護士会": "ORG"},
    ),
    (
        "https://www.mofa.go.jp/mofaj/me_a/me1/eg/page1_001025.html",
        "エジプト・アラブ共和国を訪問中の茂木敏充外務大臣は、現地時間8月16日午前11時20分(日本時間8月16日18時20分)から60分間、アフマド・アブルゲイト・アラブ連盟事務総長との間で会談を行ったところ、概要は以下のとおりです。",
        {"エジプト・アラブ共和国": "PLACE", "茂木敏充": "PERSON", "日本": "PLACE", "アフマド・アブルゲイト": "PERSON"},
    ),
]

# Known gaps (real text): a Chinese name split by UniDic into common nouns before 局長 (沈|渤局|長), a katakana
# name glued to an acronym and an office outside the title lexicon (ダニーロウNSDC書記).
KNOWN_GAPS = [
    (
        "https://ukrinform.jp/amp/rubric-defense/3333553-ukuraina-an-bao-hui-yi-fang-wei-ji-huawo-cai-ze.html",
        "オレクシー・ダニーロウNSDC書記が会合後記者会見時に発表した。",
        "オレクシー・ダニーロウ",
    ),
]


def _found(text: str) -> dict[str, str]:
    return {m.surface: m.type for m in find_names(NLP(text))}


@pytest.mark.parametrize(("url", "text", "expected"), FRESH, ids=[f"fresh{i}" for i in range(len(FRESH))])
def test_fresh_sentences(url: str, text: str, expected: dict[str, str]) -> None:
    found = _found(text)
    missing = {s: t for s, t in expected.items() if s in KNOWN_GAP_SURFACES}
    for surface, kind in expected.items():
        if surface not in missing:
            assert found.get(surface) == kind, (url, surface, found)
    assert not set(found) - set(expected), (url, found)


KNOWN_GAP_SURFACES = {surface for _, _, surface in KNOWN_GAPS}


@pytest.mark.parametrize(("url", "text", "surface"), KNOWN_GAPS)
@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS")
def test_known_gaps(url: str, text: str, surface: str) -> None:
    assert _found(text).get(surface) == "PERSON"


@pytest.mark.parametrize(
    ("text", "surface", "kind", "title"),
    [
        # https://www.mofa.go.jp/mofaj/press/kaiken/kaiken4_000912.html
        ("【茂木外務大臣】年明けから海外出張が続いておりまして,", "茂木", "PERSON", "外務大臣"),
        # https://s.japanese.joins.com/JArticle/277254?sectcode=210&servcode=200
        ("鄭長官はこの日午後に中国に向けて出国し、3日午前に王毅外相と会談する。", "鄭", "PERSON", "長官"),
        # https://j-defense.ikaros.jp/docs/mod/004058.html
        (
            "中谷 元(なかたに・げん)防衛大臣は防衛省A棟10階会見室で閣議後の記者会見を行った。",
            "中谷 元",
            "PERSON",
            "防衛大臣",
        ),
        # https://www.mofa.go.jp/mofaj/press/release/pressit_000001_00875.html
        (
            "上川陽子外務大臣は、アフマド・アブルゲイト・アラブ連盟事務総長と会談した。",
            "アフマド・アブルゲイト",
            "PERSON",
            "アラブ連盟事務総長",
        ),
    ],
)
def test_titled_people(text: str, surface: str, kind: str, title: str) -> None:
    mentions = {m.surface: m for m in find_names(NLP(text))}
    assert mentions[surface].type == kind and mentions[surface].title == title, mentions


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a place before an office a place holds (constructed): no person
        ("イングランド代表が勝った。", "イングランド"),
        # the body's building is no part of it (https://j-defense.ikaros.jp/docs/mod/004058.html)
        ("防衛大臣は防衛省A棟10階会見室で記者会見を行った。", "防衛省A棟10階会見室"),
        # the unlisted body inside an office is part of the title (https://www.mofa.go.jp/mofaj/me_a/me1/eg/page1_001025.html)
        ("アフマド・アブルゲイト・アラブ連盟事務総長との間で会談を行った。", "アラブ連盟"),
        # a gloss in parentheses that is no contraction of the body is no short form of it (constructed)
        ("外務省(日本)は発表した。日本は", "外務省(日本)"),
    ],
)
def test_not_mentions(text: str, absent: str) -> None:
    assert absent not in _found(text)


def test_defined_short_form_links_to_the_body() -> None:
    # https://f-daiichi.jp/peace/seihokyo/116
    text = "青年法律家協会(青法協)は、1954年4月24日に誕生しました。福岡は、全国の中でも青法協活動が活発な地域です。"
    mentions = find_names(NLP(text))
    full = next(m for m in mentions if m.surface == "青年法律家協会")
    shorts = [m for m in mentions if m.surface == "青法協"]
    assert "青法協" in full.aliases
    assert [m.start for m in shorts] == [text.rindex("青法協")]  # the parenthesis itself is no mention
    assert all(m.type == "ORG" and m.canonical == "青年法律家協会" for m in shorts)


def test_defined_acronym_after_a_katakana_name() -> None:
    # https://ukrinform.jp/amp/rubric-defense/3333553-ukuraina-an-bao-hui-yi-fang-wei-ji-huawo-cai-ze.html
    text = (
        "ウクライナ国家安全保障国防会議(NSDC)は、15日の会合にて、防衛計画を採択した。"
        "オレクシー・ダニーロウNSDC書記が発表した。"
    )
    found = {(m.surface, m.canonical) for m in find_names(NLP(text))}
    assert ("NSDC", "ウクライナ国家安全保障国防会議") in found


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("青法協", "青年法律家協会", True),
        ("日本", "外務省", False),
        ("協法青", "青年法律家協会", False),
        ("外務省", "外務省", False),
    ],
)
def test_is_contraction(short: str, full: str, expected: bool) -> None:
    assert _is_contraction(short, full) is expected
