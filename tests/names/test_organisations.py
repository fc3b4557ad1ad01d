"""Organisations: bodies, ministries, courts, chambers, councils and companies found whole, with their units,
and cut before what is no part of them.

Rules:

- a ministry's unit after the letter: 米国防省教育部 is one body as written.
- courts and immigration bureaus in judgments (東京地方裁判所, its division 民事第38部 left out, the bench
  listed after 裁判官: titled), a bureau named after a city (広島入国管理局) is no person 広島;
- a state's body whose name goes on after the state (ウクライナ国家安全保障国防会議) is one ORG, read before the
  state alone; councils, leagues and bar associations (評議会, 連盟, 弁護士会) are organisational heads;
- a state's chamber or cabinet office (ロシア連邦下院, 日本国内閣府) is one body; 国家|機構 (the state
  apparatus) is none;
- a run of country letters that opens a joint body's name (日米合同委員会, 日韓議員連盟) is part of one ORG;
- a listed body followed by 本部 is its headquarters, one body (国連本部);
- an assembly's term and sitting after its name (最高人民会議|第14期第6回会議) are no part of the body;
- the bureau or headquarters a person's office heads (アジア大洋州局長) is an ORG of its own, over the places
  inside its name (アジア);
- a body's delegation (北朝鮮外務省代表団) is the body;
- a standing conference after its assembly is one body (最高人民会議常設会議);
- a state's organ ending on 室/庁/処/院 right after the state is one ORG (イスラエル公安庁, 韓国国家情報院);
- a chamber's short form (衆院, 参院) is the chamber, but not inside an election or a member's name (参院選,
  衆院議員); party short forms in a pair (自民・公明両党) and 文科省 take the full name;
- a state's organ: 米国上院 -> アメリカ合衆国上院, one letter + 議会 + chamber (米議会上院) or + 連邦 + court
  (米連邦最高裁) is one ORG, 連邦 starts the organ's name (連邦最高裁, 連邦下院), a bare court joins the court the
  document names in full;
- a company's last word (三菱自動車, the press's short 三菱自) makes a model's PLACE an ORG;
- a prefecture then 連 (高知県連, 大阪府連) is the party's federation there, an ORG.
- a deliberative body named by its remit and 総会/懇談会/作業部会/専門部会/交渉機関/フォーラム is one ORG
  (世界保健総会, 出入国管理政策懇談会, 太平洋諸島フォーラム), not a place and a common noun; a members' meeting
  (株主総会), a session (特別総会) and a forum that is an event (閣僚級環境フォーラム) are not bodies;
- the ordinal of such a body's term is not part of its name (第7次|出入国管理政策懇談会);
- Japan's ministries and agencies are listed, so a division written on after one is part of it
  (文部科学省海洋地球課);
- a listed body before its charter is still a mention (国連|憲章: "ORG inside an instrument name");
- a listed body and the unit named right after it are one ORG (衆議院|憲法調査会事務局, ``BODY_UNIT``);

Every example is real text from a page outside the gold texts (URL on each row), or marked constructed.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.names.bodies import state_organs
from pipeline.extractors.names.gazetteer import gazetteer
from pipeline.extractors.names.vocab import Tokens

from .helpers import NLP, by_surface, mentions, span_list, span_set, with_model_spans
from .sources import JIMIN_SUEMATSU, MEXT_MINISTRIES, MOJ_SEVENTH, SAKI, WIKI_PIF

# Rows marked FNN, SAKI, MOFA1-3, PW, ZCK, SANKEI, SUGA, ASAHI, NORDOT or WIKI quote the pages listed in sources.py.


def test_ministry_unit_is_one_body() -> None:
    # constructed after MOFA usage (DoDEA): the unit of the ministry, as written
    found = by_surface(
        "外務省は、米国防省教育部(DoDEA)との共催で交流事業を実施しています。",
        "type canonical title abbreviation",
        use_model=False,
    )
    assert found.get("米国防省教育部", ("",))[:2] == ("ORG", "米国防省教育部"), found


def test_centre_is_a_body() -> None:
    # http://tokyo-peace.net/category/assembly
    found = by_surface(
        "三多摩平和運動センター土岐雅人議長は「不戦を誓う」と述べた。", "type canonical title abbreviation"
    )
    assert found.get("三多摩平和運動センター", ("",))[0] == "ORG", found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # https://www.unesco.emb-japan.go.jp/htm/jp/daihyobu_annai.htm
        ("ユネスコの正式名称は「国際連合教育科学文化機関」といいます。", "ユネスコ"),
        # constructed: the secretariat of a listed body is no part of its name
        ("批准書は国際連合教育科学文化機関事務局長に寄託された。", "国際連合教育科学文化機関"),
    ],
)
def test_unesco_and_its_secretariat(text: str, surface: str) -> None:
    found = by_surface(text, "type canonical title abbreviation")
    assert found.get(surface, ("", ""))[:2] == ("ORG", "国際連合教育科学文化機関"), found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # http://www.visaemon.jp/article/14645945.html
        (
            "東京地方裁判所民事第38部(裁判官:杉原則彦・品田幸男・島村典男)",
            {
                "東京地方裁判所": ("ORG", "東京地方裁判所", None),
                "杉原則彦": ("PERSON", "杉原則彦", "裁判官"),
                "島村典男": ("PERSON", "島村典男", "裁判官"),
            },
            ["東京地方", "東京地方裁判所民事第38部"],
        ),
        # https://hanrei.japanlaw.net/a/165/033165
        (
            "1東京入国管理局主任審査官が申立人に対して平成17年7月19日付けで発付した退去強制令書",
            {"東京入国管理局": ("ORG", "東京入国管理局", None)},
            ["東京"],
        ),
        # constructed (a bureau named after a designated city, then an office in it)
        ("相手方:広島入国管理局主任審査官", {"広島入国管理局": ("ORG", "広島入国管理局", None)}, ["広島"]),
        # constructed (the generic bureau inside an office title)
        ("異議の申立てにつき入国管理局長がした裁決", {"入国管理局": ("ORG", "入国管理局", None)}, ["入国管理"]),
        # https://www.mofa-irc.go.jp/link/kikan_hcch.html
        ("ハーグ国際私法会議(HCCH)の概要", {"ハーグ国際私法会議": ("ORG", "ハーグ国際私法会議", None)}, ["ハーグ"]),
    ],
)
def test_courts_and_bureaus(text: str, expected: dict, absent: list[str]) -> None:
    found = by_surface(text, "type canonical title")
    for surface, value in expected.items():
        assert found.get(surface) == value, found
    assert not set(absent) & set(found), found


def test_court_after_a_date_without_space() -> None:
    # constructed: a decision header as ingest normalises it (the space between the date and the court dropped)
    assert (
        by_surface("H18. 3.17東京地方裁判所 平成17年(行ウ)第1号", "type canonical title").get("東京地方裁判所", ("",))[
            0
        ]
        == "ORG"
    )


def test_spaced_katakana_company_stays_one_body() -> None:
    """Katakana words spaced apart are one company's name: the space rule needs kanji on one side.  Sentence from
    the Stockmark Wikipedia NER data's validation fold (ja.wikipedia.org text, CC BY-SA 3.0; never the test split)."""
    found = by_surface("コカ・コーラ セントラル ジャパンの商号は消滅した。")
    assert found == {"コカ・コーラ セントラル ジャパン": "ORG"}, found


@pytest.mark.parametrize(
    ("url", "text", "body"),
    [
        # the 1960 letters on the Security Consultative Committee (worldjpn)
        (
            "https://worldjpn.net/documents/texts/JPUS/19600119.O2J.html",
            "千九百五十七年八月六日に日本国及び合衆国政府が設置した「日米安全保障委員会」は,この新しい委員会によつて"
            "代わられることになります",
            "日米安全保障委員会",
        ),
    ],
)
def test_joint_bodies(url: str, text: str, body: str) -> None:
    """A body named after two countries is one ORG; its letters are no mentions of their own."""
    found = by_surface(text, "type title")
    assert found.get(body) == ("ORG", None), (url, found)
    assert "日" not in found and "米" not in found, (url, found)


@pytest.mark.parametrize(
    ("url", "text", "organ"),
    [
        (
            "https://dic.pixiv.net/a/%E3%83%A2%E3%82%B5%E3%83%89",
            "イスラエル諜報特務庁と訳される。",
            "イスラエル諜報特務庁",
        ),
        (
            "http://asyura2.com/0610/asia6/msg/559.html",
            "韓国国家情報院\n出典: 『ウィキペディア(Wikipedia)』",
            "韓国国家情報院",
        ),
    ],
)
def test_state_organ_rule(url: str, text: str, organ: str) -> None:
    found = {text[c.start : c.end] for c in state_organs(text, gazetteer(), Tokens.of(NLP(text)))}
    assert organ in found, (url, found)


def test_two_bodies_run_together_stay_two() -> None:
    """Constructed from https://ja-wiki.pages.dev/wiki/%E5%9B%BD%E6%B0%91%E6%8A%95%E7%A5%A8%E6%B3%95%E6%A1%88
    ("各議院(衆議院・参議院)の総議員"), with the ・ lost as a web copy loses it: still two chambers."""
    for text in ("各議院(衆議院・参議院)の総議員", "各議院(衆議院参議院)の総議員"):
        assert {("衆議院", "ORG"), ("参議院", "ORG")} <= span_set(text), text
        assert ("衆議院参議院", "ORG") not in span_set(text)


def test_municipal_bodies_stay_whole() -> None:
    """Constructed: a municipality's office, board or a katakana-headed body is one name (heldout10's
    大分市平和運動センター)."""
    found = {surface for surface, _ in span_set("中野区役所と横浜市教育委員会と加古川市議会。")}
    assert {"中野区役所", "横浜市教育委員会", "加古川市議会"} <= found


def test_house_inside_a_post_is_the_house() -> None:
    assert ("参院", "ORG", None) in span_list(JIMIN_SUEMATSU, "type title")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Wikipedia 自由民主党大阪府支部連合会,
        # https://ja.m.wikipedia.org./wiki/%E8%87%AA%E7%94%B1%E6%B0%91%E4%B8%BB%E5%85%9A%E5%A4%A7%E9%98%AA%E5%BA%9C%E6%94%AF%E9%83%A8%E9%80%A3%E5%90%88%E4%BC%9A
        (
            "自由民主党大阪府支部連合会は、日本の政党である自由民主党の都道府県支部連合会。略称は大阪府連、大阪自民党。",
            "大阪府連",
        ),
    ],
)
def test_prefectural_federation_is_a_body(text: str, body: str) -> None:
    assert (body, "ORG", None) in span_list(text, "type title")


# https://jmedia.wiki/WHA/World_Health_Assembly
JMEDIA_WHA = "世界保健総会(WHA )は、世界保健機関(WHO)が加盟国194カ国によって統治される場です。"


# http://www.moj.go.jp/nyuukokukanri/kouhou/nyukan_nyukan33-01.html
MOJ_PANEL = "出入国管理政策懇談会は法務大臣が出入国管理についての政策の立案実施を始め"


# https://wic-net.com/material/document/16460/329 (令和6年版厚生労働白書)
HAKUSHO_MHLW = "2013 年 8 月以降、厚生労働省と新興国等の保健省との間で、協力関係の構築を進めており"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (JMEDIA_WHA, ("世界保健総会", "ORG")),
        (WIKI_PIF, ("太平洋諸島フォーラム", "ORG")),
        (MOJ_PANEL, ("出入国管理政策懇談会", "ORG")),
        (MOJ_SEVENTH, ("出入国管理政策懇談会", "ORG")),
        (MEXT_MINISTRIES, ("国土交通省", "ORG")),
        (MEXT_MINISTRIES, ("環境省", "ORG")),
        (MEXT_MINISTRIES, ("文部科学省海洋地球課", "ORG")),
        (HAKUSHO_MHLW, ("厚生労働省", "ORG")),
    ],
)
def test_bodies_are_found_whole(text, present):
    assert present in span_set(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # Stockmark ner-wikipedia-dataset (ja.wikipedia, CC BY-SA 3.0), training sentences: a common noun that
        # only runs into the body's name is not part of it
        ("結果欧州委員会ではマイクロソフトに対して", "欧州委員会"),
        ("母体大阪産業大学の設備は古いままながら、", "大阪産業大学"),
    ],
)
def test_a_body_name_starts_at_its_proper_noun(text, surface):
    assert (surface, "ORG") in {(m.surface, m.type) for m in mentions(text, use_model=False)}


def test_a_body_of_common_nouns_only_stays_whole():
    """防衛研究所 (issue 5's example) has no proper noun: the rule keeps it whole.
    https://www.nids.mod.go.jp/ names itself 防衛省防衛研究所."""
    assert ("防衛研究所", "ORG") in {(m.surface, m.type) for m in mentions("防衛研究所の研究員", use_model=False)}


def test_a_national_team_stays_a_body(monkeypatch):
    """https://ja.wikipedia.org/wiki/1972年札幌オリンピックのスペイン選手団 (Stockmark annotates it ORG)."""
    text = "1972年札幌オリンピックのスペイン選手団は、1972年2月3日から2月13日まで"
    assert (
        by_surface(with_model_spans(monkeypatch, text, [("スペイン選手団", "ORG")]), "type title canonical")[
            "スペイン選手団"
        ][0]
        == "ORG"
    )


def test_a_listed_body_inside_an_office_stays_a_mention():
    assert by_surface(SAKI, "type title").get("内閣官房") == ("ORG", None)


def test_a_states_own_council_stays_a_body(monkeypatch):
    """https://www.sentaku.co.jp/articles/view/10370 (the state's council, not a conference)."""
    text = "《世界のキーパーソン》ニコライ・パトルシェフ(ロシア連邦安全保障会議書記)"
    result = by_surface(
        with_model_spans(monkeypatch, text, [("ロシア連邦安全保障会議", "ORG")]), "type title canonical abbreviation"
    )
    assert result["ロシア連邦安全保障会議"][0] == "ORG"


def test_a_body_before_an_office_is_kept(monkeypatch):
    """https://www.jomo-news.co.jp/news/domestic/economy/154608 (会長 is an office, not a member word)."""
    text = "財界訪中、連携強化を議論へ 経団連会長、異例の欠席"
    assert (
        by_surface(with_model_spans(monkeypatch, text, [("経団連", "ORG")]), "type title canonical abbreviation")[
            "経団連"
        ][0]
        == "ORG"
    )


@pytest.mark.parametrize(
    ("url", "text", "body", "canonical"),
    [
        (
            "https://www.mofa.go.jp/mofaj/press/danwa/16/dkw_0525.html",
            "アフリカ連合(AU)平和・安全保障理事会の設立について",
            "アフリカ連合",
            "アフリカ連合",
        ),
        (
            "https://jiia.or.jp/report/keyword/key_0403_kataoka.html",
            "AU平和・安全保障理事会に関しては、同理事会を実効的な組織にする",
            "AU平和・安全保障理事会",
            "アフリカ連合平和・安全保障理事会",
        ),
        (
            "https://gbsnvwgjpqbhyzl.xyz/?p=2398",
            "平和・安全保障理事会(PSC)、大陸早期警戒システム(CEWS)、アフリカ待機軍(ASF)など",
            "平和・安全保障理事会",
            "平和・安全保障理事会",
        ),
        (
            "https://d1021.hatenadiary.jp/entry/2023/08/11/200340",
            "軍事政権に権力の返還を求めている西アフリカ諸国経済共同体(ECOWAS)は10日に首脳会議を開催する。",
            "西アフリカ諸国経済共同体",
            "西アフリカ諸国経済共同体",
        ),
        (
            "https://voi.id/ja/amp/300798",
            "ECOWAS(西アフリカ諸国経済共同体)が定めた8月6日の退陣期限を無視し",
            "ECOWAS",
            "西アフリカ諸国経済共同体",
        ),
        (
            "https://kotobank.jp/word/%E5%9B%BD%E9%9A%9B%E5%8A%B4%E5%83%8D%E6%9D%A1%E7%B4%84-3369",
            "国際労働機関(ILO)が採択する、労働条件や団結権",
            "国際労働機関",
            "ILO",
        ),
        (
            "https://takaitakashi.com/?p=5217",
            "ILO(国際労働機関)、ITU(国際電気通信連合)等の国際機関が集中しており",
            "ILO",
            "ILO",
        ),
    ],
)
def test_regional_and_international_bodies(url: str, text: str, body: str, canonical: str) -> None:
    """Listed regional and UN-family bodies (curated rows), whole and typed ORG, not a continent plus a noun."""
    found = by_surface(text, "type canonical")
    assert found.get(body) == ("ORG", canonical), (url, found)
    assert "アフリカ" not in found, (url, found)


def test_latin_gloss_after_a_listed_name_reads_the_whole_name() -> None:
    """A romanised gloss after a listed name glued to katakana (アフリカ連合) glosses the whole name, so its
    kanji tail (連合) is no person read by it (READ_NAME's _tail_of_listed_name).
    Constructed: the name with its English name and acronym as http://mh60.com/pdoc/earthhis/アフリカ連合.html
    gives them (アフリカ連合 英語:African Union 略称: AU), glossed in parentheses in the wire-copy way."""
    found = by_surface("アフリカ連合(African Union、AU)は19日、ニジェールの加盟資格を停止した。", "type")
    assert found.get("アフリカ連合") == "ORG", found
    assert "連合" not in found, found


@pytest.mark.parametrize(
    ("url", "text", "mission"),
    [
        (
            "https://www.geneve-mission.emb-japan.go.jp/itpr_ja/about.html",
            "在ジュネーブ国際機関日本政府代表部のホームページにようこそおいで下さいました。",
            "在ジュネーブ国際機関日本政府代表部",
        ),
        (
            "https://takaitakashi.com/?p=5217",
            "在ジュネーブ日本政府代表部の伊原大使の公邸にお招きいただき",
            "在ジュネーブ日本政府代表部",
        ),
        (
            "https://news.livedoor.com/topics/detail/30006811/",
            "在中国日本大使館は17日、現地に滞在する日本人に安全確保に努めるよう呼びかけました。",
            "在中国日本大使館",
        ),
    ],
)
def test_diplomatic_missions_are_one_body(url: str, text: str, mission: str) -> None:
    """DIPLOMATIC_MISSION: 在 + host + sending state + mission is one ORG, not a city and a state."""
    found = by_surface(text, "type")
    assert found.get(mission) == "ORG", (url, found)
    assert "ジュネーブ" not in found and "中国" not in found, (url, found)


def test_a_word_starting_with_zai_is_no_mission() -> None:
    """Constructed: 在留 is no host place, so only the embassy after it is a body."""
    found = by_surface("在留資格を日本大使館で確認した。", "type")
    assert not any(surface.startswith("在") for surface in found), found
