"""Instrument resolution on fresh real text: sentences the resolver never saw, each checked by hand.

Every text below is quoted from a page of the search tool's stored corpus (URL beside it), never from the gold
texts. Each expected row is (surface, occurrence, instrument): the instrument is the fullest name the text itself
gives (the gold convention), so an alias such as 安保条約 resolves to the 日米安全保障条約 the text names.
The table was measured on the code before its rules were written (an informal blind figure).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_references

# Known gap: a dictionary entry headed by two names of one treaty (対日講和条約 日本国との平和条約) that then cites the
# UN Charter twice: the Charter is counted the principal, so the treaty's own 第一条/第二十三条 are glossed as its.
KNOWN_GAPS = {"https://sakura-paris.kovachev.xyz/%E5%BA%83%E8%BE%9E%E8%8B%91/content/24267_498"}


# (source URL, text, [(surface, occurrence of that surface, expected instrument)])
CASES: list[tuple[str, str, list[tuple[str, int, str]]]] = [
    (
        "https://kotobank.jp/word/%E5%B0%96%E9%96%A3%E8%AB%B8%E5%B3%B6%E3%81%A8%E5%AF%BE%E6%97%A5%E9%98%B2%E8%A1%9B"
        "%E7%BE%A9%E5%8B%99-3197439",
        "日米安全保障条約は第5条で日本の施政権下への武力攻撃に対する米国の防衛義務を規定。攻撃があれば「(双方は)"
        "自国の憲法上の規定と手続きに従って共通の危険に対処する」と明記している。米国は尖閣を巡る問題に介入しない立場"
        "だが、14年に当時のオバマ大統領が「尖閣諸島は安保条約第5条の適用対象だ」と大統領として初めて明言した。",
        [("第5条", 0, "日米安全保障条約"), ("第5条", 1, "日米安全保障条約")],
    ),
    (
        "http://www.zakzak.co.jp/society/domestic/news/20170316/dms1703161530009-n3.htm",
        "日米安全保障条約は、第5条で〈各締約国は、日本国の施政の下にある領域における、いずれか一方に対する武力攻撃が、"
        "自国の平和及び安全を危うくするものであることを認め、自国の憲法上の規定及び手続に従つて共通の危険に対処する"
        "ように行動することを宣言する。〉と規定している。\n"
        "尖閣諸島は、日本の施政の下にあるので、日米安保条約第5条の適用範囲になり、米国が日本と共同して防衛するという"
        "のは、当たり前のことだ。",
        [("第5条", 0, "日米安全保障条約"), ("第5条", 1, "日米安全保障条約")],
    ),
    (
        "http://jpnnippon.hatenablog.jp/entry/2017/02/04/%E6%97%A5%E7%B1%B3%E5%AE%89%E5%85%A8%E4%BF%9D%E9%9A%9C%E6%9D"
        "%A1%E7%B4%84%E7%AC%AC%EF%BC%95%E6%9D%A1%E3%81%A8%E3%81%AF",
        "前記の武力攻撃及びその結果として執ったすべての措置は、国際連合憲章第五十一条の規定に従って直ちに国際連合"
        "安全保障理事会に報告しなければならない。",
        [("第五十一条", 0, "国際連合憲章")],
    ),
    (
        "http://egg.5ch.net/test/read.cgi/sns/1679191999/984",
        "合法な武力行使は、他国の権利を侵害して違法化された決闘を仕掛ける戦争行為に対して防止行動や強制行動を実施する"
        "権利としての自衛権の行使に伴う武力行使だけです(国連憲章第51条)。\n"
        "第二次世界戦争の結果として日本の自衛権は無制限です(日本国との平和条約第5条)。",
        [("第51条", 0, "国連憲章"), ("第5条", 0, "日本国との平和条約")],
    ),
    (
        "https://ja.everybodywiki.com/%E6%97%A5%E6%9C%AC%E5%9B%BD%E3%81%A8%E3%82%A2%E3%83%A1%E3%83%AA%E3%82%AB%E5%90"
        "%88%E8%A1%86%E5%9B%BD%E3%81%A8%E3%81%AE%E9%96%93%E3%81%AE%E7%9B%B8%E4%BA%92%E5%8D%94%E5%8A%9B%E5%8F%8A%E3%81"
        "%B3%E5%AE%89%E5%85%A8%E4%BF%9D%E9%9A%9C%E6%9D%A1%E7%B4%84",
        "1951年(昭和26年)9月8日、アメリカ合衆国を始めとする第二次世界大戦の連合国側49ヶ国の間で日本国との平和条約"
        "(サンフランシスコ講和条約)が締結され、翌1952年(昭和27年)4月28日に効力が発生した。この際、同条約第6条(a)"
        "但し書きに基づき、同時に締約された条約が旧日米安全保障条約である。",
        [("同条約第6条(a)但し書", 0, "日本国との平和条約")],  # item a (letter glued to 条) and its proviso
    ),
    (
        "https://kimbara.hatenablog.com/entry/2019/01/04/204306",
        "上記「一~九」は、国立国会図書館法24条1項に規定された「出版物」のリストですが、同項において、これらの出版物が、"
        "「国の諸機関により又は国の諸機関のため」に発行されたときは、納入しなければならないと定められております。",
        [("24条1項", 0, "国立国会図書館法"), ("同項", 0, "国立国会図書館法")],
    ),
    (
        "http://eri.co.jp/independent/kimitsubunsho-l0224.html",
        "第二十四条は、地位協定の運用に伴なう経費の日米間の分担につき定める。なお、同条は、2項において日本側の分担"
        "すべき経費を定め、1項において日本側の分担経費を除く米軍の維持に伴なう経費を米側負担としている。",
        [("第二十四条", 0, "地位協定"), ("2項", 0, "地位協定"), ("1項", 0, "地位協定")],
    ),
    (
        "https://sputniknews.jp/amp/20241112/19303250.html",
        "北朝鮮はロシアとの包括的戦略的パートナーシップ条約を批准した。北朝鮮のラジオ局が報じた。\n"
        "ロシアのプーチン大統領は9日、同条約を批准する法案に署名した。\n"
        "同条約の第4条では、一方が個別の国または複数の国から武力侵攻を受けて戦争状態に陥った場合、他方は直ちに自国が"
        "保有するあらゆる手段を用いて軍事的およびその他の援助を提供すると定められている。",
        [("第4条", 0, "包括的戦略的パートナーシップ条約")],
    ),
    (
        "https://jbpress.ismedia.jp/articles/-/84161?page=2",
        "2024年6月19日、ロシアのウラジーミル・プーチン大統領は北朝鮮を訪問し、金正恩・朝鮮労働党総書記と「朝鮮民主主義"
        "人民共和国とロシア連邦との包括的戦略的パートナーシップに関する条約」(以下、「包括的戦略パートナーシップ条約」)"
        "に署名した。\n"
        "23条からなる条約の第4条には、「一方が個別国または複数の国から武力侵攻を受け戦争状態になった場合、国連憲章"
        "第51条と朝鮮民主主義人民共和国とロシア連邦の法に基づき、直ちに自国が保有するあらゆる手段を用いて軍事的および"
        "その他の援助を提供する」との内容が盛り込まれている。\n"
        "この条項は、1961年に北朝鮮とソ連が締結し、1996年に失効した「友好協力相互援助条約」第1条とほぼ同じ内容である。",
        [
            ("第4条", 0, "朝鮮民主主義人民共和国とロシア連邦との包括的戦略的パートナーシップに関する条約"),
            ("第51条", 0, "国連憲章"),
            ("第1条", 0, "友好協力相互援助条約"),
        ],
    ),
    (
        "https://shinchonews.com/international/26240.html",
        "北朝鮮の朝鮮中央通信は20日、ロシアのプーチン大統領と金正恩(キムジョンウン)総書記が19日に署名した「包括的戦略"
        "パートナーシップ条約」の全文を公開した。\n"
        "同通信によると、条約は23条からなり、武力侵攻時の相互支援は4条で規定されている。武力侵攻を受けて「戦争状態」"
        "になった場合、国連憲章51条や両国の法に準じ、「遅滞なく、保有するすべての手段で」軍事的およびその他の援助を"
        "行うとしている。",
        [("4条", 0, "包括的戦略パートナーシップ条約"), ("51条", 0, "国連憲章")],
    ),
    (
        "https://sakura-paris.kovachev.xyz/%E5%BA%83%E8%BE%9E%E8%8B%91/content/24267_498",
        "対日講和条約 日本国との平和条約 1951(昭和26)年9月8日、サンフランシスコで調印 日本国としては、国際連合への"
        "加盟を申請し且つあらゆる場合に国際連合憲章の原則を遵守し、世界人権宣言の目的を実現するために努力し、国際連合"
        "憲章第55条及び第56条に定められ且つ既に降伏後の日本国の法制によって作られはじめた安定及び福祉の条件を日本国内"
        "に創造するために努力し、 第一章 平和 第一条〔戦争の終了・主権の承認〕 (a)日本国と各連合国との間の戦争状態は、"
        "第二十三条の定めるところによりこの条約が日本国と当該連合国との間に効力を生ずる日に終了する。",
        [
            ("第55条", 0, "国際連合憲章"),
            ("第56条", 0, "国際連合憲章"),
            ("第一条", 0, "日本国との平和条約"),
            ("第二十三条", 0, "日本国との平和条約"),
        ],
    ),
    (
        "http://ja.m.wiki.x.io/wiki/%E5%BE%B3%E5%B3%B6%E5%B8%82%E5%85%AC%E5%AE%89%E6%9D%A1%E4%BE%8B%E4%BA%8B%E4%BB%B6",
        "参照法条 | 憲法31条、94条、道路交通法77条1項4号、3項、119条1項13号、徳島県道路交通施行細則11条3号、集団行進"
        "及び集団示威運動に関する条例(昭和27年徳島市条例第3号)3条",
        [
            ("31条", 0, "憲法"),
            ("94条", 0, "憲法"),
            ("77条1項4号", 0, "道路交通法"),
            ("3項", 0, "道路交通法"),
            ("11条3号", 0, "徳島県道路交通施行細則"),
            ("3条", 0, "集団行進及び集団示威運動に関する条例"),
        ],
    ),
    (
        "https://taiwandocuments.net/sanfrancisco01.htm",
        "WHEREAS Japan for its part declares its intention to apply for membership in the United Nations and in all "
        "circumstances to conform to the principles of the Charter of the United Nations; to seek to create within "
        "Japan conditions of stability and well-being as defined in Articles 55 and 56 of the Charter of the United "
        "Nations and already initiated by post-surrender Japanese legislation;",
        [("Articles 55", 0, "Charter of the United Nations"), ("56", 0, "Charter of the United Nations")],
    ),
    (
        "https://bccjacumen.com/a-look-again-at-article-9/",
        "This right of a country to go to the defence of an ally under attack is recognised under international law "
        "(Charter of the United Nations, Article 51). Responses to the same Kyodo poll mentioned above suggest that "
        "just under 50% of Japanese would prefer Japan did not exercise this right.",
        [("Article 51", 0, "Charter of the United Nations")],
    ),
    (
        "https://en.jinf.jp/weekly/archives/2477",
        "When interpreting a domestic law, we must consider various relevant factors besides its legislative "
        "objectives. Customary international law allows a sovereign state to exercise its right of self-defense to "
        "counter imminent and unlawful attacks on itself or any other countries. For example, Article 36 of Japan's "
        'Penal Code says, "An act unavoidably performed to protect the rights of oneself or any other person '
        'against imminent and unlawful infringement is not punishable."',
        [("Article 36", 0, "Japan's Penal Code")],
    ),
    (
        "https://fanyv88.com/https/ja.wikipedia.org/w/index.php?diff=prev&oldid=75954330&title=%E5%A4%AA%E6%94%BF%E5%AE"
        "%98%E5%B8%83%E5%91%8A%E3%83%BB%E5%A4%AA%E6%94%BF%E5%AE%98%E9%81%94",
        "ただ、効力が存続しているか否か解釈が分かれるものもあるため、掲載されている布告・達には若干違いがある。"
        "不用物品等払下ノトキ其管庁所属ノ官吏入札禁止ノ件(明治8年太政官達第152号)は、法令データ提供システムでは現行"
        "法令に挙げられているものの、日本法令索引では廃止法令に挙げられている。また、外国勲章佩用願規則(明治18年"
        "太政官布告第35号)は、法令データ提供システムでは挙げられておらず、日本法令索引でも失効とされている。",
        [
            ("明治8年太政官達第152号", 0, "不用物品等払下ノトキ其管庁所属ノ官吏入札禁止ノ件"),
            ("明治18年太政官布告第35号", 0, "外国勲章佩用願規則"),
        ],
    ),
    (
        "http://ja.wikisource.org/wiki/%E7%94%BA%E6%9D%91%E5%88%B6%E3%83%B2%E6%96%BD%E8%A1%8C%E3%82%BB%E3%82%B5%E3%83"
        "%AB%E5%B3%B6%E5%B6%BC%E6%8C%87%E5%AE%9A%E3%83%8E%E4%BB%B6_(%E5%A4%A7%E6%AD%A310%E5%B9%B4%E5%8B%85%E4%BB%A4"
        "%E7%AC%AC190%E5%8F%B7)",
        "町村制ヲ施行セサル島嶼指定ノ件 (大正10年勅令第190号)",
        [("大正10年勅令第190号", 0, "町村制ヲ施行セサル島嶼指定ノ件")],
    ),
    (
        "https://is.muni.cz./do/law/kat/kupp/hrim/states/japan.html?lang=cs&predmet=1423834",
        "2. Japan reserves the right not to be bound by the provisions of sub-paragraph (d) of paragraph 1 of "
        "article 8 of the International Covenant on Economic, Social and Cultural Rights, except in relation to the "
        "sectors in which the right referred to in the said provisions is accorded in accordance with the laws and "
        "regulations of Japan.",
        [("paragraph 1 of article 8", 0, "International Covenant on Economic, Social and Cultural Rights")],
    ),
]


# Structured English forms, each from the pages above: (text, [(surface, article, paragraph, item)]).
PARAMS = [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="two names of one treaty")) if case[0] in KNOWN_GAPS
    else pytest.param(*case)
    for case in CASES
]  # fmt: skip


ENGLISH_FORMS = [
    # taiwandocuments.net (Treaty of Peace with Japan, preamble): a plural list, one row per article
    ("as defined in Articles 55 and 56 of the Charter of the United Nations", [("Articles 55", "55", None, None),
                                                                              ("56", "56", None, None)]),
    # is.muni.cz (Japan's reservation to the ICESCR): the paragraph before the article, lower case
    ("by the provisions of sub-paragraph (d) of paragraph 1 of article 8 of the International Covenant",
     [("paragraph 1 of article 8", "8", "1", None)]),
    # everybodywiki (the peace treaty's 第6条(a) in English): an item letter after the article
    ("in accordance with Article 6(a) of the Treaty of Peace with Japan", [("Article 6(a)", "6", None, "a")]),
]  # fmt: skip


def _rows(text: str) -> dict[tuple[str, int], str | None]:
    refs, _ = find_references(text)
    seen: dict[str, int] = {}
    rows: dict[tuple[str, int], str | None] = {}
    for ref in refs:
        index = seen.get(ref.surface, 0)
        seen[ref.surface] = index + 1
        rows[(ref.surface, index)] = ref.instrument
    return rows


@pytest.mark.parametrize(("url", "text", "expected"), PARAMS, ids=[c[0][:60] for c in CASES])
def test_fresh_instrument(url: str, text: str, expected: list[tuple[str, int, str]]) -> None:
    rows = _rows(text)
    got = [(s, i, rows.get((s, i), "<missed>")) for s, i, _inst in expected]
    assert got == expected, url


@pytest.mark.parametrize(("text", "expected"), ENGLISH_FORMS)
def test_english_forms_are_structured(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    refs, _ = find_references(text)
    assert [(r.surface, r.article, r.paragraph, r.item) for r in refs] == expected


def fresh_score() -> tuple[int, int]:
    """(right, total) over every expected row of CASES: the informal blind figure of the report."""
    right = total = 0
    for _url, text, expected in CASES:
        rows = _rows(text)
        for surface, index, instrument in expected:
            total += 1
            right += rows.get((surface, index), "<missed>") == instrument
    return right, total
