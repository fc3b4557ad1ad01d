"""What no name is: common nouns, kinds of bodies, sessions, statements, law numbers, web addresses and
descriptions the model or the rules could take for names.

Rules:

- common nouns the model takes for names: 締結|後, 議定|書, 都道府県, a Diet session (第140回国会).
- statements, declarations, strategies and programmes (イルクーツク声明, 東京宣言, 緊急エネルギー支援) and sessions
  named by their kind (緊急特別総会) are no bodies; the places inside them are;
- two names side by side across a space in a headline are two mentions;
- a web address is no name, and a name the model runs on into one ends before it (its path segments, such as
  ``itdb_kenpou.nsf`` or ``html``, were read as bodies);
- descriptions of kinds of body in treaty language (地域的機関, 関係政府, 地域安全保障機構) are no names;
- a romanised gloss after a space (ICC条約 (ICC Treaty)): a mention that is only part of it is no mention;
- an acronym defined for an agreement names the instrument (経済連携協定(EPA)); Brexit and era names are no names;
- a Diet session (通常国会, 臨時国会, 終盤国会, 今国会) and a party post (国会対策委員長) name no body; 国会 as the
  body (国会内) stays;
- a treaty's listed acronym (NPT) is no body; a state, a compass part and a city (ロシア中部カザン) are two places;
  a body's head ends no person's name (ジャンムー・カシミール州政府).
- agreements' Latin short names (GSOMIA, NAFTA, USMCA) are instruments, not organisations.
- a tier of government named by a common noun (連邦政府, 州政府) is no body of its own;
- 内閣 before 総辞職 or 改造 names the event, not one cabinet;
- an acronym the text defines for a body of rules (国際保健規則(IHR)) names the instrument, not a body.

Every example is real text from a page outside the gold texts (URL on each row), or marked constructed.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.names.readings import KANA_READING

from .helpers import by_surface, mentions, span_list, span_set, surfaces, with_model_spans
from .sources import (
    CHOSUN_KIM,
    EXPYDOC_HEADING,
    MAINICHI_MMC,
    MEXT_MINISTRIES,
    MOJ_SEVENTH,
    MYCAR_MMC,
    NEWSPIC_GERASIMOV,
    NHK_DRAFT,
    NIKKEI_ANC,
    NORDOT_ANC,
    WIKI_PIF,
)


@pytest.mark.parametrize(
    "text",
    [
        # constructed: generic bodies of a treaty and of local government, a Diet session
        "締約政府は委員会に報告する。",
        "都道府県知事に通知する。",
        "第213回国会に提出された法律案。",
    ],
)
def test_generic_bodies_are_no_names(text: str) -> None:
    found = surfaces(text)
    assert not found & {"締約政府", "都道府県", "国会"}, found


@pytest.mark.parametrize(
    "text",
    [
        # https://expydoc.com/doc/8660676/inform---%E3%82%B8%E3%83%A5%E3%83%B3%E3%82%AF%E5%A0%82
        "三千坪の超大型書店で、ジュンク堂池袋店の一・五倍ある。",
        # constructed
        "自費出版の本を買った。",
    ],
)
def test_common_noun_before_publisher_head(text: str) -> None:
    assert not any(
        t == "ORG" and s.endswith(("書店", "出版")) for s, (t, _, _) in by_surface(text, "type canonical title").items()
    )


def test_spaced_heading_is_no_name() -> None:
    # constructed: letter-spaced headings
    assert not any(t == "PERSON" for t, _, _ in by_surface("はじめに\n目 次\n序 章\n", "type canonical title").values())


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # https://ittax.jimdofree.com/2017/06/07/フィリピン人女性に対する違反調査-身柄拘束/ (letter-spaced heading)
        ("主   文\n\n 1 原告の請求をいずれも棄却する。\n第1 請 求\n", "請 求"),
        # constructed (a spaced book title in a reference list)
        ("1 若宮啓文/著『日ソ国交回復秘録 北方領土交渉の真実』 朝日新聞出版", "国交回復秘録 北方領土交渉"),
    ],
)
def test_spaced_words_are_no_body(text: str, absent: str) -> None:
    found = by_surface(text, "type canonical title")
    assert not any(absent in s for s, (t, _, _) in found.items() if t != "PERSON"), found


@pytest.mark.parametrize(
    ("url", "text"),
    [
        (
            "http://www3.nhk.or.jp/news/html/20190515/k10011917321000.html",
            "自民 二階幹事長 ロシア上院副議長と会談 政党交流促進を確認",
        ),
        (
            "https://s.japanese.joins.com/JArticle/240610?sectcode=500&servcode=500",
            "<変わった北、変わらない北(1)>金正恩の選択、なぜ外に出てきたのか\nⓒ 中央日報/中央日報日本語版",
        ),
    ],
)
def test_no_body_or_place_across_a_space(url: str, text: str) -> None:
    """Headline words and a byline's copyright mark are set off by spaces: no body or place runs across one."""
    spanning = [m.surface for m in mentions(text) if m.type != "PERSON" and (" " in m.surface or "\n" in m.surface)]
    assert not spanning, url


def test_count_of_islands_is_no_name() -> None:
    # https://sputniknews.jp/20161018/2917342.html and https://www.sankei.com/article/20211227-E6GQLFAJ6RNHZMVU4EIHW2AGSI/
    found = by_surface(
        "四島の帰属の問題を解決して平和条約を締結するのが政府の基本方針であり、その方針は全く変わらない",
        "type canonical",
    )
    assert "四島" not in found
    found = by_surface("次の世代に先送りせず北方四島の帰属の問題を解決し、平和条約を締結する方針だ。", "type canonical")
    assert found.get("北方四島") == ("PLACE", "北方四島")


def test_regime_alone_is_no_person() -> None:
    # 共同 via Yahoo https://news.yahoo.co.jp/articles/7ffee723b46b289ce8e903b7b33463f55145c02c
    spans = span_set("アサド氏の父の代から50年以上続いた強権体制の幕を閉じた。")
    assert spans == {("アサド", "PERSON")}


# TV Asahi 2019-11-22, https://news.tv-asahi.co.jp/news_international/articles/000169850.html
TVASAHI_GSOMIA = "日本と韓国のGSOMIA(軍事情報包括保護協定)の失効が23日午前0時に迫るなか、"


# jp24h 2022, https://jp24h.com/post/134031.html
JP24H_NAFTA = (
    "悪い取引を破棄し、良い取引を締結した。NAFTA北米自由取引にような悪いものは破棄し、"
    "USMCAアメリカメキシコカナダ協定のような良い協定を締結した。"
)


def test_summit_with_an_acronym_is_no_body() -> None:
    # constructed on the pattern of MOFA's summit pages (東アジア首脳会議(EAS)): an event, not an organisation
    assert ("東アジア首脳会議", "ORG") not in span_list("首相は第18回東アジア首脳会議(EAS)に出席した。")


# https://nippon.zaidan.info/seikabutsu/1996/00700/contents/021.htm
ZAIDAN_FEDERAL = "対等の関係にある連邦政府と州政府が競争する「競争的連邦主義」の構造をとっていた。"


# http://jbpress.ismedia.jp/articles/-/37770
JBPRESS_STATES = "中央政府と州政府の権限が明確に分けられ、国民国家を形成している。"


# http://topics.smt.docomo.ne.jp/article/fnn/world/fnn-00430447CX
FNN_RESIGNATION = "メドベージェフ首相は15日、プーチン大統領に対し、内閣総辞職を表明した。"


# https://jp24h.com/post/50378.html
SANKEI_RESIGNATION = "ロシアのメドベージェフ首相は15日、プーチン大統領と会談し、内閣総辞職を表明した。"


# https://www.hokkoku.co.jp/articles/tym/817298
HOKKOKU_RESHUFFLE = "岸田文雄首相は、内閣改造・自民党役員人事を10日に実施する方針を固めた。"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (FNN_RESIGNATION, ("メドベージェフ", "PERSON")),
        (SANKEI_RESIGNATION, ("ロシア", "PLACE")),
        (HOKKOKU_RESHUFFLE, ("自民党", "ORG")),
        (EXPYDOC_HEADING, ("ドイツ連邦共和国", "PLACE")),
    ],
)
def test_names_beside_them_stay(text, present):
    assert present in span_set(text)


# https://www.env.go.jp/press/2384.html
ENV_SESSION = "今回会合は、「国連環境開発特別総会(UNGASS)の成果のレビュー」というテーマの下で"


# http://www.env.go.jp/press/9379.html
ENV_FORUM = "グローバル閣僚級環境フォーラムが2月20日(水)〜22日(金)にモナコ公国で開催されます。"


# https://note.com/bunura/n/n8c22174e34db
NOTE_IHR = (
    "2024年5月のWHO総会で、国際保健規則(IHR)の改正案が採択される予定となっています。"
    "2022年5月にも、IHRはすでに一部改正されました。"
)


@pytest.mark.parametrize("text", ["定時株主総会で承認された。", "臨時総会を開いた。"])
def test_members_meetings_and_sessions_are_no_bodies(text):
    """Constructed negatives for the remit rule (a members' meeting, a session named by its kind)."""
    assert not {surface for surface, kind in span_set(text) if kind == "ORG"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("2024年11月9日、連邦法第374号「ロシア連邦と朝鮮民主主義人民共和国の間の条約」に署名した。", "連邦法第374号"),
        ("同条約第4条に基づき軍事援助を行う。", "同条約第4条"),
        ("両国の国民生活に関する知識レベルを高める。", "国民生活"),
        ("公正で平等な新しい国際秩序の確立を目指し", "国際秩序"),
        ("朝鮮半島と域内の平和・安定を深刻に脅かす", "平和・安定"),
    ],
)
def test_law_numbers_dates_and_common_nouns_are_never_names(monkeypatch, text, surface):
    result = span_set(with_model_spans(monkeypatch, text, [(surface, "ORG")]))
    assert all(surface not in name and name not in surface for name, _ in result), result


def test_common_nouns_ending_on_an_organisational_head_stay(monkeypatch):
    text = "国際連合の総会で演説した。"
    assert ("国際連合", "ORG") in span_set(with_model_spans(monkeypatch, text, [("国際連合", "ORG")]))


def test_a_hiragana_reading_is_no_mention():
    """https://www.mofa.go.jp/mofaj/a_o/c_m1/cn/page4_005085.html"""
    text = "王毅(おう・き)国務委員兼外交部長,何立峰(か・りつほう)国家発展改革委員会主任ほかが同席しました。"
    assert [m.group("reading") for m in KANA_READING.finditer(text)] == ["おう・き", "か・りつほう"]
    assert not any(
        "(" in surface or "お" in surface for surface in by_surface(text, "type title canonical abbreviation")
    )


def test_a_body_cut_before_its_member_word_is_no_name(monkeypatch):
    """https://d1021.hatenadiary.jp/entry/2019/05/17/200230 (楊潔※チ政治局委員) and the 局員 form of the same
    office; the listed party stays."""
    text = "中国共産党中央政治局員の楊潔チ氏と会談した"
    result = by_surface(
        with_model_spans(monkeypatch, text, [("中国共産党中央政治", "ORG"), ("楊潔チ", "PERSON")]),
        "type title canonical abbreviation",
    )
    assert result["中国共産党"][0] == "ORG"
    assert "中国共産党中央政治" not in result
    assert result["楊潔チ"][:2] == ("PERSON", "氏")


# (real text, surfaces no mention may have); each row's source in the comments above it
NOT_MENTIONS = [
    # https://www.mofa.go.jp/mofaj/na/na1/ca/page4_003021.html: an office glossed in English is no person
    ("ジャスティン・トルドー・カナダ首相(The Right Honourable Justin Trudeau)と立ち話を行った", ("首相",)),
    # constructed: a common noun glossed in English
    ("「二国間関係進展に関する議定書(Protocol on the Development of Relations)」に署名した。", ("議定書",)),
    # a place before an office a place holds (constructed): no person
    ("イングランド代表が勝った。", ("イングランド",)),
    # the body's building is no part of it (https://j-defense.ikaros.jp/docs/mod/004058.html)
    ("防衛大臣は防衛省A棟10階会見室で記者会見を行った。", ("防衛省A棟10階会見室",)),
    # the unlisted body inside an office is part of the title (https://www.mofa.go.jp/mofaj/me_a/me1/eg/page1_001025.html)
    ("アフマド・アブルゲイト・アラブ連盟事務総長との間で会談を行った。", ("アラブ連盟",)),
    # a gloss in parentheses that is no contraction of the body is no short form of it (constructed)
    ("外務省(日本)は発表した。日本は", ("外務省(日本)",)),
    # a paperback series where the publisher stands is no body
    # http://yosim.sakura.ne.jp/kin/2010/03/
    ("11.「日本辺境論』内田樹、新潮選書、1月22日", ("新潮選書",)),
    # 中立 "neutrality" after 日ソ is no China
    # https://www.weblio.jp/content/%E7%AC%AC%E4%BA%8C%E6%AC%A1%E5%AE%89%E5%80%8D%E5%86%85%E9%96%A3
    ("日ソ中立条約", ("中",)),
    # a role alone before the speaker's parenthesis is no person
    # https://kokkai.appri.me/content/31599
    ("○議長(益谷秀次君) これより会議を開きます。", ("議長",)),
    # a cabinet with no name before it stays a body or nothing, never a person
    # https://imidas.jp/genre/detail/C-109-0601.html
    ("自由民主党と公明党の連立内閣。", ("連立",)),
    # a common noun after a surname is no given name (中井|拉致|問題担当大臣 stays 中井)
    # http://www.kantei.go.jp/jp/hatoyama/actions/200910/27rachi.html
    (
        "本日の会合には、中井拉致問題担当大臣、平野内閣官房長官、岡田外務大臣、松野内閣官房副長官が出席しました。",
        ["中井拉致", "中井拉"],
    ),
    # 大國 "great power" folds to 大国, which is no name
    # http://dzxjyxx.com/n/2015/1113/c94474-8975952.html
    (
        "日本と中國は世界第3、第2の経済大國であり、両國の協力と共同成長はアジアさらには世界の経済発展にプラスだ",
        ["大國", "両國"],
    ),
    # http://artharbour-japan.blogspot.com/2013/05/blog-post_3843.html
    # all inside the headword's gloss
    (
        "国際連合(こくさいれんごう、英語: United Nations、略称は国連(こくれん)、UN)は、国際連合憲章の下、1945年に"
        "設立された国際組織である。",
        ["United Nations", "国連", "UN"],
    ),
    # https://tour-journal.com/%e3%81%9d%e3%81%ae%e4%bb%96/176119.html
    (
        "米上院(定数100)で10日、老朽化が進む国内インフラの整備に1.2兆ドル(約130兆円)を投資する超党派の法案が採決に"
        "かけられ、賛成69、反対30の賛成多数で可決された。",
        ["米", "超党派"],
    ),
    # http://kiyoshi-endo.com/information/detail.php?id=958
    (
        "国際刑事裁判所(ICC)は、1998年7月17日国際連合全権外交使節会議において採択された国際刑事裁判所ローマ規程"
        "(ローマ規程または、ICC規程)に基づき2003年3月11日オランダのハーグに設置された国際裁判所である。",
        ["国際刑事裁判所ローマ規程", "国際裁判所"],
    ),
    # http://www.mlit.go.jp/hakusyo/transport/heisei08/pt2/821400.html
    (
        "さらに、深海底に関する規定を実質的に改善するために、同条約第11部の実施に関する協定が6年7月に採択されたこと"
        "から、未締結であった多くの国による同条約の締結が促進されることとなった。",
        ["条約第11部", "同条約第11部"],
    ),
    # https://ja.wikisource.org/wiki/昭和31年外務省告示第11号
    (
        "日本国政府は、昭和二十七年九月六日にジュネーヴで作成された次の条約及び議定書に対する批准書を昭和三十一年一月"
        "二十八に国際連合教育科学文化機関事務局長に寄託した。",
        ["昭和二十七年九月六日", "二十七年九月六日"],
    ),
    # riumetal https://riumetal.com/archives/band-and-solo-2.html
    ("ボーカルのRYUICHIは本名の河村隆一としてソロ活動をスタート。", ("ソ",)),
    ("ボーカルのRYUICHIは本名の河村隆一としてソロ活動をスタート。", ("ロ",)),
    # https://pusyfogo.com.tr/-/rlc/1a8h7g-p8ly3.video (圧電素子の原理)
    ("圧電素子は逆圧電効果により、電圧を印加することで伸び縮みします。", ("印",)),
    ("圧電素子は逆圧電効果により、電圧を印加することで伸び縮みします。", ("加",)),
    # NHK 2018-01-23, quoted at http://asahi.5ch.net/test/read.cgi/newsplus/1516662887/109-208
    ("首都圏の鉄道は、22日からの雪のため、一部で運休や遅れなどの影響が出ています。", ("圏",)),
    (NEWSPIC_GERASIMOV, ("ゲラシモフ参謀総長",)),
    (CHOSUN_KIM, ("院内",)),
    (NORDOT_ANC, ("アフリカ",)),
    (NIKKEI_ANC, ("アフリカ",)),
    # http://ameblo.jp/umigame05/entry-11029390653.html
    ("次に平壌料理のお店です。", ("平壌",)),
    # https://thaich.net/laostravel/photo90.htm
    ("ビエンチャンの韓国料理店では焼肉などを注文すれば、", ("韓国",)),
]


@pytest.mark.parametrize(("text", "absent"), NOT_MENTIONS)
def test_no_mention_of(text: str, absent: tuple[str, ...]) -> None:
    found = surfaces(text)
    assert not found & set(absent), (text, found)


# (real text, (surface, type) no mention may be)
NOT_OF_THIS_TYPE = [
    (ZAIDAN_FEDERAL, ("連邦政府", "ORG")),
    (ZAIDAN_FEDERAL, ("州政府", "ORG")),
    (JBPRESS_STATES, ("州政府", "ORG")),
    (FNN_RESIGNATION, ("内閣", "ORG")),
    (SANKEI_RESIGNATION, ("内閣", "ORG")),
    (HOKKOKU_RESHUFFLE, ("内閣", "ORG")),
    (WIKI_PIF, ("太平洋諸島", "PLACE")),
    (WIKI_PIF, ("太平洋諸島フォーラム", "PLACE")),
    (MOJ_SEVENTH, ("第7次出入国管理政策懇談会", "ORG")),
    (ENV_SESSION, ("国連環境開発特別総会", "ORG")),
    (ENV_FORUM, ("グローバル閣僚級環境フォーラム", "ORG")),
    (MEXT_MINISTRIES, ("文部科学省", "ORG")),
    (NOTE_IHR, ("IHR", "ORG")),
    (NHK_DRAFT, ("茶谷大河", "PERSON")),
    (MAINICHI_MMC, ("三菱自動車", "PLACE")),
    (MYCAR_MMC, ("三菱自", "PLACE")),
    (TVASAHI_GSOMIA, ("GSOMIA", "ORG")),
    (JP24H_NAFTA, ("NAFTA", "ORG")),
    (JP24H_NAFTA, ("USMCA", "ORG")),
    # baseballchannel.jp 2016-01-16, https://baseballchannel.jp/npb/14232: a common noun before the post
    ("現時点でのNPB12球団の外国人投手の陣容だ。", ("外国人", "PERSON")),
]


@pytest.mark.parametrize(("text", "absent"), NOT_OF_THIS_TYPE)
def test_no_mention_of_this_type(text: str, absent: tuple[str, str]) -> None:
    assert absent not in span_set(text)


@pytest.mark.parametrize(
    "text",
    [
        # http://www.meti.go.jp/policy/trade_policy/asia/china/html/investment_treaty.html
        "ワシントン条約を参考として設けられる調停委員会又は仲裁委員会に付託されるものとする。",
        "2に規定する仲裁委員会は、いずれか一方の当事者が他方の当事者から2に規定する紛争の仲裁を要請する通知を受領した",
    ],
)
def test_a_treatys_dispute_boards_are_no_names(text: str) -> None:
    """GENERIC_BODIES: the arbitration or conciliation board a treaty sets up for each dispute is a kind of body."""
    found = surfaces(text)
    assert not found & {"仲裁委員会", "調停委員会"}, found


@pytest.mark.parametrize(
    ("url", "text"),
    [
        (
            "https://pedia.3rd-in.co.jp/wiki/%E5%9C%B0%E4%BD%8D%E5%8D%94%E5%AE%9A",
            "日本では、第二次世界大戦の結果、在日米軍が主要な外国軍として国内に駐留することとなり、",
        ),
        (  # constructed: the plural kind in a sentence
            "constructed",
            "円滑化協定は日本が外国軍隊を受け入れる際のみならず、自衛隊が外国の基地に入る際にも適用される。",
        ),
    ],
)
def test_foreign_forces_as_a_kind_are_no_org(url: str, text: str) -> None:
    """GENERIC_BODIES: 外国軍 names any foreign country's forces, not one army (米軍 in the same sentence is one)."""
    found = surfaces(text)
    assert not found & {"外国軍", "外国軍隊"}, (url, found)


@pytest.mark.parametrize(
    ("url", "text"),
    [
        (
            "https://samurai-law.com/kika/kika-column0045",
            "帰化して、日本国籍を取得した外国人有名人にはどのような方がいるでしょうか。",
        ),
        (
            "https://dic.pixiv.net/history/view/7099532",
            "成人の二重国籍は認められておらず、外国の国籍を取得した者は日本国籍を失う。",
        ),
    ],
)
def test_a_nationality_is_no_place(url: str, text: str) -> None:
    """NON_NAME_TAILS: a country glued to 国籍 names a nationality, as ロシア語 a language (heldout24 convention)."""
    assert "日本" not in surfaces(text), url
