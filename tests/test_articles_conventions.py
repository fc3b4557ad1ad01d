"""Instrument resolution conventions and statute layouts: table-driven tests on real texts.

Sources (all quoted in tests/gold/heldout*/SOURCES.md or tests/gold/sources_articles.md):
学校教育法 附則 and 国際受刑者移送法 附則 as law sites print them (iuris.jp, jplaws.app),
罰金等臨時措置法 附則 (iuris.jp), 肉用子牛生産安定等特別措置法 (elaws.jp), the NTT 特別措置法施行令
(昭和62年政令第291号), 栗田隆 民事訴訟法特論講義, Wikibooks 「日本国憲法第14条」, TKC 判例 summaries,
a 最高裁 judgment, Wikipedia 「関税及び貿易に関する一般協定」 and 領事関係に関するウィーン条約 第七十六条,
anpo.biz 「日米安全保障条約第5条」, 法令違憲判決の一覧 (uys-lo.hateblo.jp); 商法266条ノ3 summaries
(https://ittax.jimdofree.com/2016/07/14/取締役の任務懈怠/, 最高裁昭和44年11月26日判決 at
https://hanrei.japanlaw.net/a/871/051871, 中村康江「取締役の第三者に対する責任」 at happylibus.com/doc/773393),
日米地位協定 (沖縄弁護士会 会長声明 https://okiben.org/resolution/16707,
https://www.mofa.go.jp/mofaj/area/usa/sfa/rem_keiji_01.html).
The 同法施行令, GDPR and 合衆国法典 lines are short constructed citations in the usual forms.

The canonical-name rule: an instrument's canonical name is the fullest name the document itself gives for
it; short names (憲法 for 日本国憲法 named in the same text, 民訴法 for 民事訴訟法) are aliases of it, and a
name the document never gives is never supplied (a bare 憲法 stays 憲法).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs, find_instruments
from pipeline.extractors.instruments import is_abbreviation


def _rows(text: str) -> list[tuple]:
    refs = find_article_refs(text)
    for ref in refs:
        assert text[ref.start : ref.end] == ref.surface
    return [(r.surface, r.article, r.paragraph, r.instrument) for r in refs if r.kind != "law_number"]


CANONICAL = [
    # 憲法 alone: the document gives no fuller name [TKC 判例 summary]
    ("憲法25条1項は「すべて国民は、健康で文化的な最低限度の生活を営む権利を有する。」と規定している",
     [("25条1項", "25", "1", "憲法")]),
    # 日本国憲法 named first, 憲法 later: one instrument, the full name [Wikibooks]
    ("日本国憲法第24条【家族生活における個人の尊厳、両性の平等】\n地方公共団体が売春の取締について各別に条例を制定する"
     "結果、その取扱に差別を生ずることがあつても、憲法第14条に違反しない。",
     [("第24条", "24", None, "日本国憲法"), ("第14条", "14", None, "日本国憲法")]),
    # 憲法 first, 日本国憲法 later: still the full name
    ("要旨「刑法200条は憲法14条1項に違反する」。日本国憲法第14条は法の下の平等を定める。",
     [("200条", "200", None, "刑法"), ("14条1項", "14", "1", "日本国憲法"), ("第14条", "14", None, "日本国憲法")]),
    # 民訴法 is 民事訴訟法 named in the title line [栗田隆 講義]
    ("民事訴訟法\n上告の理由(312条)\n民訴法312条及び318条は、憲法32条に反しない。",
     [("312条", "312", None, "民事訴訟法"), ("312条", "312", None, "民事訴訟法"), ("318条", "318", None, "民事訴訟法"),
      ("32条", "32", None, "憲法")]),
    # 刑訴法 with no full name stays 刑訴法 [最高裁 judgment]
    ("刑訴法四一〇条二項の趣旨に従い", [("四一〇条二項", "410", "2", "刑訴法")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CANONICAL)
def test_instrument_is_the_fullest_name_the_document_gives(text, expected):
    assert _rows(text) == expected


def test_a_short_name_of_two_full_names_stays_apart():
    text = "憲法第14条に違反する。日本国憲法とロシア連邦憲法を比べる。"
    canonicals = sorted(r["canonical"] for r in find_instruments(text))
    assert canonicals == ["ロシア連邦憲法", "憲法", "日本国憲法"]


def test_short_and_full_names_are_one_instruments_row():
    text = "日本国憲法第24条\n憲法第14条に違反しない。憲法94条は"
    rows = find_instruments(text)
    assert [(r["canonical"], r["aliases"]) for r in rows] == [("日本国憲法", ["憲法"])]


ABBREVIATIONS = [
    ("民訴法", "民事訴訟法", True),
    ("刑訴法", "刑事訴訟法", True),
    ("労基法", "労働基準法", True),
    ("個人情報保護法", "個人情報の保護に関する法律", True),
    ("会社法", "会社更生法", False),  # one word dropped: another law
    ("国会法", "国立国会図書館法", False),  # 国会 is a word of the full name: another law [news]
    ("民法", "民事訴訟法", False),  # two-character names are laws of their own
    ("入管法", "出入国管理及び難民認定法", False),  # not the same first character: not inferred
    ("日米安保条約", "日米安全保障条約", True),  # 安[全]保[障]: the cut end of the stem counts
    ("核不拡散条約", "核兵器の不拡散に関する条約", True),
    ("日米条約", "日米安全保障条約", False),  # 日米 is a word of the full name
]


@pytest.mark.parametrize(("short", "full", "expected"), ABBREVIATIONS)
def test_abbreviations(short, full, expected):
    assert is_abbreviation(short, full) is expected


def test_kokkaiho_is_not_the_library_law():
    text = "国立国会図書館法第2条に基づき、国会法第130条により"
    assert [r[3] for r in _rows(text)] == ["国立国会図書館法", "国会法"]


GAKKYO = (
    "学校教育法\n昭和二十二年法律第二十六号\n第一条\n1項\nこの法律は、昭和二十二年四月一日から、これを施行する。\n"
    "ただし、第二十二条第一項 及び第三十九条第一項に規定する盲学校、聾学校 及び養護学校における就学義務 並びに"
    "第七十四条に規定するこれらの学校の設置義務に関する部分の施行期日は、政令で、これを定める。\n"
    "第三条\n1項\nこの法律施行の際、現に存する従前の規定(国民学校令を除く。)による学校は、従前の規定による学校として"
    "存続することができる。\n○2項\n前項の規定による学校に関し、必要な事項は、文部科学大臣が定める。"
)


def test_statute_page_headings_and_title_line():
    """1項 alone on its line and ○2項 are headings; the first line names the statute the bare articles cite."""
    assert _rows(GAKKYO) == [
        ("第二十二条第一項", "22", "1", "学校教育法"),
        ("第三十九条第一項", "39", "1", "学校教育法"),
        ("第七十四条", "74", None, "学校教育法"),
        ("前項", "3", "1", "学校教育法"),
    ]


JUKEISHA = (
    "国際受刑者移送法《附則》\n法番号:2002年法律第66号\n附 則 抄\n1条 (施行期日)\n"
    "1項 この法律は、条約が日本国について効力を生ずる日から施行する。\n"
    "附 則(2004年12月8日法律第156号) 抄\n1条 (施行期日)\n1項 この法律は、公布の日から施行する。\n"
    "7条 (国際受刑者移送法の一部改正に伴う経過措置)\n"
    "1項 この法律の施行前に 国際受刑者移送法 第2条第11号 に掲げる 受入移送 犯罪を犯した者に係る同条第2号の 共助刑 の"
    "期間については、前条の規定による改正後の同法第17条第1項第2号及び第2項の規定にかかわらず、なお従前の例による。"
)


def test_headings_without_dai_and_amending_acts_articles():
    """1条 (施行期日) and 7条 (…) are headings; 前条 under 7条 is article 6 of the amending act's 附則."""
    assert _rows(JUKEISHA) == [
        ("第2条第11号", "2", None, "国際受刑者移送法"),
        ("同条第2号", "2", None, "国際受刑者移送法"),
        ("前条", "6", None, "2004年法律第156号"),
        ("同法第17条第1項第2号", "17", "1", "国際受刑者移送法"),
        ("第2項", "17", "2", "国際受刑者移送法"),
    ]


HEADINGS_AND_COUNTS = [
    # a deleted article's heading glued after the sentence before it [肉用子牛 law, elaws.jp]
    ("2 前項第一号及び第二号の業務は、次章に定めるところにより行うものとする。第四条 削除",
     ["前項第一号", "第二号", "次章"]),
    # a count in a text about one law is not a reference
    ("民事訴訟法\n本法は全400条からなる。338条の再審事由と対比すること", ["338条"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surfaces"), HEADINGS_AND_COUNTS)
def test_headings_and_counts(text, surfaces):
    assert [r.surface for r in find_article_refs(text) if r.kind != "law_number"] == surfaces


BAKKIN = (
    "この法律は、昭和二十四年二月一日から施行する。\n"
    "第四条の規定は、第三回国会で成立した法律の罰則についても適用する。\n"
    "改正後の第六条の規定は、この法律の施行前にした行為についても、 適用する。\n"
    "この法律による改正後の罰金等臨時措置法第二条の規定は、改正前の同法第四条の規定の施行後にした行為について適用する。"
)


def test_supplementary_excerpt_naming_one_law():
    """A 附則 excerpt with no heading that names one law: its bare articles are that law's."""
    assert _rows(BAKKIN) == [
        ("第四条", "4", None, "罰金等臨時措置法"),
        ("第六条", "6", None, "罰金等臨時措置法"),
        ("第二条", "2", None, "罰金等臨時措置法"),
        ("同法第四条", "4", None, "罰金等臨時措置法"),
    ]


NTT_LAW = "日本電信電話株式会社の株式の売払収入の活用による社会資本の整備の促進に関する特別措置法"
RESOLVED = [
    # an alias defined after the law's number, before the article [肉用子牛 law]
    ("独立行政法人農畜産業振興機構(以下「機構」という。)は、独立行政法人農畜産業振興機構法(平成十四年法律第百二十六号。"
     "以下「機構法」という。)第十条に規定する業務のほか", [("第十条", "10", None, "独立行政法人農畜産業振興機構法")]),
    # 以下「法」という。 makes a bare 法 that law; a clause with 準用する is no title [NTT 施行令]
    ("第1条 日本電信電話株式会社の株式の売払収入の活用による社会資本の整備の促進に関する特別措置法(以下「法」という。)"
     "第2条の2第2項に規定する\n2 法第5条第1項の規定により読み替えて準用される補助金等に係る予算の執行の適正化に関する"
     "法律(昭和30年法律第179号)第6条第1項の規定による貸付けの決定ごとに、当該貸付決定に係る法第2条の2第1項の国の貸付金",
     [("第2条の2第2項", "2", "2", NTT_LAW), ("第5条第1項", "5", "1", NTT_LAW),
      ("第6条第1項", "6", "1", "補助金等に係る予算の執行の適正化に関する法律"), ("第2条の2第1項", "2", "1", NTT_LAW)]),
    # この条約 in a text about an agreement: the sentence is quoted from another treaty [Wikipedia; VCCR 第七十六条]
    ("WTO協定と不可分の一部とされているが(WTO協定第2条第2項)、別個の条約である(WTO協定第2条第4項)。\n"
     "この条約は、第七十四条に定める四の種類のいずれかに属する国による加入のために開放しておく。",
     [("第2条第2項", "2", "2", "WTO協定"), ("第2条第4項", "2", "4", "WTO協定"), ("第七十四条", "74", None, None)]),
    # 前段/後段 stay in the span; a list continuation takes its head's article [anpo.biz; uys-lo]
    ("「日米安全保障条約」第5条前段では、アメリカの役割について記載されています。",
     [("第5条前段", "5", None, "日米安全保障条約")]),
    ("要旨「薬事法6条2項及び4項(これらを準用する同法26条2項)は憲法22条1項に違反する」",
     [("6条2項", "6", "2", "薬事法"), ("4項", "6", "4", "薬事法"), ("同法26条2項", "26", "2", "薬事法"),
      ("22条1項", "22", "1", "憲法")]),
    # a commentary page heading is a reference to the treaty the page is about [anpo.biz]
    ("第5条:共同防衛\n「日米安全保障条約」第5条前段では、アメリカの役割について記載されています。\n"
     "「日米安全保障条約」第5条後段は、国連安全保障理事会との関係を定めた規定です。",
     [("第5条", "5", None, "日米安全保障条約"), ("第5条前段", "5", None, "日米安全保障条約"),
      ("第5条後段", "5", None, "日米安全保障条約")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RESOLVED)
def test_resolution_rules(text, expected):
    assert _rows(text) == expected


def test_implementing_order_title_owns_its_number():
    text = (
        "日本電信電話株式会社の株式の売払収入の活用による社会資本の整備の促進に関する特別措置法施行令\n昭和62年政令第291号\n"
        "2 前項の償還期間は、起算する。"
    )
    number = next(r for r in find_article_refs(text) if r.kind == "law_number")
    assert number.instrument == NTT_LAW + "施行令"


MORE_FORMS = [
    # ノ branch numbers of the old codes [ittax.jimdofree.com, 最高裁昭和44年11月26日大法廷判決 summary]
    ("1、商法266条ノ3第1項前段の規定は、株式会社の取締役が悪意または重大な過失により",
     [("266条ノ3第1項前段", "266", "3", "1", None, "商法")]),
    ("忠実義務を負う(商法二五四条ノ二)ものとされている", [("二五四条ノ二", "254", "2", None, None, "商法")]),
    # a year opening the name, and a former version kept apart from the law [happylibus.com, 中村康江]
    ("直接に責任を問われることがある(平成17年改正前商法266条ノ3第1項,会社法429条)。",
     [("266条ノ3第1項", "266", "3", "1", None, "平成17年改正前商法"), ("429条", "429", None, None, None, "会社法")]),
    # an item letter after a paragraph [okiben.org 会長声明; mofa.go.jp]
    ("米軍の警察権は、基地内に限って認められるのが原則である(日米地位協定17条10項(a))。",
     [("17条10項(a)", "17", None, "10", "a", "日米地位協定")]),
    ("日米地位協定第17条5(c)及び、刑事裁判手続に係る日米合意委員会合意",
     [("第17条5(c)", "17", None, "5", "c", "日米地位協定")]),
    # 同法施行令 is a pointer (the order of that law), never a name of its own
    ("同法施行令第3条の規定により", [("第3条", "3", None, None, None, None)]),
    # a name in its own language between the name and the article (reports on foreign law)
    ("EU一般データ保護規則(GDPR)第17条は消去権を定める", [("第17条", "17", None, None, None, "EU一般データ保護規則")]),
    # a code (法典) is a law
    ("合衆国法典第10編第2241条に規定する", [("第10編第2241条", "2241", None, None, None, "合衆国法典")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MORE_FORMS)
def test_more_reference_forms(text, expected):
    refs = [r for r in find_article_refs(text) if r.kind != "law_number"]
    assert [(r.surface, r.article, r.article_sub, r.paragraph, r.item, r.instrument) for r in refs] == expected


def test_caption_after_a_heading_in_a_statute():
    """第二条(定義) on its own line is a heading in a statute (この法律), a page heading (a reference) elsewhere."""
    statute = (
        "第一条(目的)\nこの法律は、福祉に資することを目的とする。\n第二条(定義)\nこの法律において、前条に規定する者とは"
    )
    assert [(r.surface, r.article) for r in find_article_refs(statute)] == [("前条", "1")]
    page = "第5条(共同防衛)\n「日米安全保障条約」第5条前段では、\n「日米安全保障条約」第5条後段は"
    assert [r.surface for r in find_article_refs(page)] == ["第5条", "第5条前段", "第5条後段"]


def test_title_line_with_supplementary_provisions():
    """The first line names the statute whose 附則 follows: …に関する法律 附則 [iuris.jp, 公的認証 law]."""
    text = (
        "電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律 附則\n"
        "この法律は、公布の日から起算して二年を超えない範囲内において政令で定める日から施行する。ただし、第三十四条第一項"
    )
    (ref,) = find_article_refs(text)
    assert (ref.surface, ref.instrument, ref.resolution) == (
        "第三十四条第一項",
        "電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律",
        "principal",
    )


KENPO9 = (
    "日本国憲法第9条は日本国憲法の条文の一つで、憲法前文とともに三大原則の1つである平和主義を規定している。"
    "いわゆるパリ不戦条約の第1条と、日本国憲法第9条第1項は文言が類似しているが、これをどのように捉えるかは本条の解釈において"
    "問題となる。\n「9条第2項にある戦力の不保持について、自衛のための武力行使は違憲である。」とする考えが一部の政党、学者の間で"
    "ありますが、2項にある「前項の目的を達するために」という言葉があるように"
)


def test_commentary_this_article_and_quoted_wording():
    """本条 is the article the passage is about; 前項 quoted from 2項 is paragraph 1 [Wikipedia 日本国憲法第9条]."""
    rows = {r.surface: (r.article, r.paragraph) for r in find_article_refs(KENPO9)}
    assert rows["本条"] == ("9", None)
    assert rows["前項"] == ("9", "1")
