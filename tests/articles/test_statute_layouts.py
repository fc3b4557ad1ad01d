"""Article references: statute layouts -- headings, excerpts, paragraph lines, captions and 要綱 sections.

- A statute excerpt cut after its article heading (a law mirror prints each paragraph number alone on its line, ``2``
  ⏎ ``前項の…``, and an excerpt may start below the heading ``第二条``) states the paragraph and item of every
  前項/前号/前二号/同号 but not the article: the article stays empty (dev gold precedent
  ``articles_denki_tsushin_kisoku``), and a bare ``第一項`` is not given the article some earlier provision cited.
  Texts are real statute wording from the japanese-law mirror (GitHub Pages of ``ledmonster/japanese-law``), from acts
  other than the gold texts' act.
- A provision quoted under a line that names it (日本国憲法第九条 ⏎ 一項… ⏎ 二項前項の…): its 前項 is inside that
  article; the named heading line itself is no reference; a statute's own heading is no reference; a part heading
  needs a treaty name line.
- Article headings with their caption and the provision's first sentence on one line, caption headings under a chapter
  heading line, headings without 第, 附則 numbered by paragraphs only (各種法人等登記規則 附則 on jplaws.app,
  https://jplaws.app/d/339M50000010046-s.html); a name line below a site header is the statute, given a statute
  layout.
- A line that opens with an article only to modify the noun after it (第十九条の規定により…) is no passage about that
  article, so a later bare 第1項 does not take its number; a relative in an added paragraph counts from the amended
  article; references quoted as wording to amend are references, but a bare 第八項 there has no article.
- 要綱 sections numbered 第1/第2 number their relatives (constructed in the form of the heldout7 texts); a blog's
  numbered heading is no 要綱 section (アホヲタ元法学部生の日常,
  https://ronnor.hatenablog.com/entry/2021/12/18/205405); ``この条(即ち第十七条)`` names the article in a gloss.

Sources of the convention rows: 学校教育法 附則 and 国際受刑者移送法 附則 as law sites print them (iuris.jp,
jplaws.app), 罰金等臨時措置法 附則 (iuris.jp), 肉用子牛生産安定等特別措置法 (elaws.jp), Wikibooks 「日本国憲法第14条」
(all quoted in tests/gold/heldout*/SOURCES.md or tests/gold/sources_articles.md).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs, find_references
from pipeline.extractors.articles.commentary import MODIFIER_AFTER_RE
from pipeline.extractors.articles.principal import title_line_instrument
from pipeline.extractors.articles.statute import LONE_PARAGRAPH_LINE_RE
from pipeline.extractors.instruments import scan_instruments
from tests.articles.helpers import WITH_ITEM, WITH_KIND, excerpt_row, ref_rows, statute_rows
from tests.articles.sources import ENOBYTE_47, QUOTED_PROVISIONS, SHITARABA, UNCLOS

# 公益通報者保護法 (平成十六年法律第百二十二号) 第二条第二項から第四項 (the mirror's page, heading 第二条 cut away).
KOUEKI = "http://ledmonster.github.io/japanese-law/doc/H16/H16HO122.html"
KOUEKI_ART2 = (
    "公益通報者保護法\n"
    "2\n"
    "この法律において「公益通報者」とは、公益通報をした労働者をいう。\n"
    "3\n"
    "この法律において「通報対象事実」とは、次のいずれかの事実をいう。\n"
    "一\n"
    "個人の生命又は身体の保護、消費者の利益の擁護、環境の保全、公正な競争の確保その他の国民の生命、身体、財産その他の"
    "利益の保護にかかわる法律として別表に掲げるもの(これらの法律に基づく命令を含む。次号において同じ。)に規定する罪の"
    "犯罪行為の事実\n"
    "二\n"
    "別表に掲げる法律の規定に基づく処分に違反することが前号に掲げる事実となる場合における当該処分の理由とされている事実\n"
    "4\n"
    "この法律において「行政機関」とは、次に掲げる機関をいう。\n"
    "一\n"
    "内閣府、宮内庁、内閣府設置法(平成十一年法律第八十九号)第四十九条第一項若しくは第二項に規定する機関\n"
)
# Constructed on the same page's wording (its 第十条第二項 text), following the excerpt above: a new paragraph's
# bare 第一項 means the provision's own (unstated) article, never the 第六条 cited in the paragraph before.
KOUEKI_BARE = (
    KOUEKI_ART2
    + "5\n第六条第一項の規定により公益通報をした日\n"
    + "6\n第一項の公益通報が第三項第一号に掲げる犯罪行為の事実を内容とする場合\n"
)
# A law site that prints its own name and the law's reading above the statute's name line (one paragraph a line).
ROPPOU = "https://xn--eckucmux0ukcy120betvc.com/s62sei291/"
ROPPOU_TEXT = (
    "完全無料の六法全書\n"
    "にっぽんでんしんでんわかぶしきかいしゃのかぶしきのうりはらいしゅうにゅうのかつようによるしゃかいしほんのせいびのそくしん"
    "にかんするとくべつそちほうしこうれい\n"
    "日本電信電話株式会社の株式の売払収入の活用による社会資本の整備の促進に関する特別措置法施行令\n"
    "昭和62年政令第291号\n"
    "(法第2条の2第1項の国の貸付金の償還期間等)\n"
    "第1条 日本電信電話株式会社の株式の売払収入の活用による社会資本の整備の促進に関する特別措置法(以下「法」という。)"
    "第2条の2第2項に規定する同条第1項の国の貸付金の償還期間は、5年(2年の据置期間を含む。)とする。\n"
    "2 前項の償還期間は、法第5条第1項の規定により読み替えて準用される補助金等に係る予算の執行の適正化に関する法律"
    "(昭和30年法律第179号)第6条第1項の規定による貸付けの決定(以下「貸付決定」という。)ごとに起算する。\n"
)
ORDER = "日本電信電話株式会社の株式の売払収入の活用による社会資本の整備の促進に関する特別措置法施行令"
EGOV_GYOSEI = "e-Gov 行政手続法 第十七条 (shared/external/egov-statute)"
GMINKY = "https://gminky.hateblo.jp/?page=1604953368"  # 改め文: 第6条第1号中「被保険者」を「被保険者。」に改め
RONNOR = "第1 はじめに\n\n1 お詫び\n\n まずはお詫びから始めたい。"
# Constructed in the form of a prefectural 要綱 (section headings 第1, 第2 without 条).
YOUKOU = (
    "市立図書館資料貸出要綱\n第1 この要綱は、図書館資料の貸出しに関し必要な事項を定める。\n"
    "第2 貸出しを受けることができる者は、次の各号に掲げる者とする。\n2 前項の者は、利用券を提示する。"
)
SHUGIIN_SHUKUJITSU_1985 = "https://www.shugiin.go.jp/internet/itdb_housei.nsf/html/houritsu/10319851227103.htm"
SHUKUJITSU_ADDED = (
    "第三条に次の一項を加える。\n"
    "3 その前日及び翌日が「国民の祝日」である日(日曜日にあたる日及び前項に規定する休日にあたる日を除く。)は、"
    "休日とする。\n"
)
GAKKYO = (
    "学校教育法\n昭和二十二年法律第二十六号\n第一条\n1項\nこの法律は、昭和二十二年四月一日から、これを施行する。\n"
    "ただし、第二十二条第一項 及び第三十九条第一項に規定する盲学校、聾学校 及び養護学校における就学義務 並びに"
    "第七十四条に規定するこれらの学校の設置義務に関する部分の施行期日は、政令で、これを定める。\n"
    "第三条\n1項\nこの法律施行の際、現に存する従前の規定(国民学校令を除く。)による学校は、従前の規定による学校として"
    "存続することができる。\n○2項\n前項の規定による学校に関し、必要な事項は、文部科学大臣が定める。"
)
JUKEISHA = (
    "国際受刑者移送法《附則》\n法番号:2002年法律第66号\n附 則 抄\n1条 (施行期日)\n"
    "1項 この法律は、条約が日本国について効力を生ずる日から施行する。\n"
    "附 則(2004年12月8日法律第156号) 抄\n1条 (施行期日)\n1項 この法律は、公布の日から施行する。\n"
    "7条 (国際受刑者移送法の一部改正に伴う経過措置)\n"
    "1項 この法律の施行前に 国際受刑者移送法 第2条第11号 に掲げる 受入移送 犯罪を犯した者に係る同条第2号の 共助刑 の"
    "期間については、前条の規定による改正後の同法第17条第1項第2号及び第2項の規定にかかわらず、なお従前の例による。"
)
BAKKIN = (
    "この法律は、昭和二十四年二月一日から施行する。\n"
    "第四条の規定は、第三回国会で成立した法律の罰則についても適用する。\n"
    "改正後の第六条の規定は、この法律の施行前にした行為についても、 適用する。\n"
    "この法律による改正後の罰金等臨時措置法第二条の規定は、改正前の同法第四条の規定の施行後にした行為について適用する。"
)
KENPO9 = (
    "日本国憲法第9条は日本国憲法の条文の一つで、憲法前文とともに三大原則の1つである平和主義を規定している。"
    "いわゆるパリ不戦条約の第1条と、日本国憲法第9条第1項は文言が類似しているが、これをどのように捉えるかは本条の解釈において"
    "問題となる。\n「9条第2項にある戦力の不保持について、自衛のための武力行使は違憲である。」とする考えが一部の政党、学者の間で"
    "ありますが、2項にある「前項の目的を達するために」という言葉があるように"
)


HEADINGS_AND_COUNTS = [
    # a deleted article's heading glued after the sentence before it [肉用子牛 law, elaws.jp]
    ("2 前項第一号及び第二号の業務は、次章に定めるところにより行うものとする。第四条 削除",
     ["前項第一号", "第二号", "次章"]),
    # a count in a text about one law is not a reference
    ("民事訴訟法\n本法は全400条からなる。338条の再審事由と対比すること", ["338条"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "text", "line"),
    [
        (
            "http://kokubou.com/document_room/rance/gendai/kenpou9_mondai.htm",
            QUOTED_PROVISIONS[2][1],
            "日本国憲法第九条\n",
        ),
        ("https://kenpoudoutei.com/jieitai-dounaru/", QUOTED_PROVISIONS[3][1], "【日本国憲法9条】\n"),
    ],
)
def test_named_heading_is_no_reference(url: str, text: str, line: str) -> None:
    """The line naming the quoted article heads the quotation (convention: a line heading a quoted provision)."""
    refs, _instruments = find_references(text)
    start = text.index(line)
    assert not [r for r in refs if start <= r.start < start + len(line)], url


@pytest.mark.parametrize(
    ("text", "surface", "expected", "source"),
    [
        (KOUEKI_ART2, "次号", (None, "3", "2"), KOUEKI),  # in item 一 of paragraph 3
        (KOUEKI_ART2, "前号", (None, "3", "1"), KOUEKI),  # in item 二 of paragraph 3
        (KOUEKI_BARE, "第一項", (None, "1", None), KOUEKI),  # not article 6 cited a paragraph before
        (KOUEKI_BARE, "第三項第一号", (None, "3", "1"), KOUEKI),
    ],
)
def test_headless_statute_excerpt(text: str, surface: str, expected: tuple, source: str) -> None:
    assert source.startswith("http")
    assert excerpt_row(text, surface) == expected


def test_explicit_article_in_excerpt_is_kept() -> None:
    """The cited 第四十九条第一項 and its list member 第二項 keep their stated article."""
    assert excerpt_row(KOUEKI_ART2, "第四十九条第一項") == ("49", "1", None)
    assert excerpt_row(KOUEKI_ART2, "第二項")[:2] == ("49", "2")


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("2\nこの法律において", True),
        ("２\n前項の閣議決定においては", True),
        ("12\n前項の規定", True),
        ("1\nこの法律は", False),  # paragraph 1 carries no number
        ("2\n\n", False),  # a page number before a blank line
        ("2024\n年", False),  # a year, not a paragraph
    ],
)
def test_lone_paragraph_line(line: str, read: bool) -> None:
    assert bool(LONE_PARAGRAPH_LINE_RE.match(line)) is read


def test_page_numbers_outside_a_statute_are_no_paragraphs() -> None:
    """Commentary (no この法律) with a page number alone on its line: 前項 gets no paragraph from it."""
    text = "解説\n2\n前項の規定について、政府は説明した。\n"
    refs = [r for r in find_article_refs(text) if r.surface == "前項"]
    assert refs and refs[0].paragraph is None


def test_name_line_below_a_site_header_is_the_statute() -> None:
    """前項 in 第1条's paragraph 2 is the 施行令's (was unresolved: the name was the third line, not the first)."""
    instruments = scan_instruments(ROPPOU_TEXT)
    assert title_line_instrument(ROPPOU_TEXT, instruments).canonical == ORDER
    rows = [r for r in find_article_refs(ROPPOU_TEXT) if r.surface == "前項"]
    assert ROPPOU.startswith("http") and rows[0].instrument == ORDER and rows[0].resolution == "principal"


def test_name_line_needs_a_statute_layout() -> None:
    """A commentary without article headings: a name alone on its second line is a topic line, not the document."""
    text = "解説\n国防動員法\n中国の「国防動員法」の全文と、その日本語訳を紹介します。\n"
    assert title_line_instrument(text, scan_instruments(text)) is None


def test_paragraph_heading_glued_to_a_year_is_no_reference() -> None:
    """Ingest drops the space in ``6項 2011年…``: the line's own paragraph number, not a reference (constructed)."""
    text = "1項 この法律は、公布の日から施行する。\n6項2011年3月11日に発生した地震について、調査を行う。"
    assert [r.surface for r in find_article_refs(text)] == []


@pytest.mark.parametrize(
    ("line", "modifies", "source"),
    [
        ("第十九条の規定により聴聞を主宰する者(以下「主宰者」という。)は、", True, EGOV_GYOSEI),
        ("第42条による承認された認証方法であって、", True, "constructed (" + ENOBYTE_47 + ")"),
        ("第93条第2項に定める審査手続に従って", True, "constructed (" + ENOBYTE_47 + ")"),
        ("第二十四条は、出版物の納入について定める。", False, "constructed (commentary topic)"),
    ],
)
def test_modifier_after_a_line_opening_article(line, modifies, source):
    end = line.index("条") + 1 if "第2項" not in line else line.index("項") + 1
    assert (MODIFIER_AFTER_RE.match(line, end) is not None) is modifies, source


def test_bare_paragraph_in_an_excerpt_does_not_take_a_list_items_article():
    text = (
        "(2) 第1項で定める適切な保護措置は、以下のいずれかによって講じることができる:\n"
        "第40条による承認された行動規範であって、拘束力があり執行可能な約定を伴うもの;又は、\n"
        "第42条による承認された認証方法であって、拘束力があり執行可能な約定を伴うもの。\n"
        "(3) 所轄監督機関から承認を受けることを条件として、第1項で定める適切な保護措置は、"
        "特に、以下の方法によっても講じることができる:"
    )  # constructed on the pattern of ENOBYTE_47 (list items opening with 第N条による)
    paragraphs = [r for r in find_article_refs(text) if r.surface == "第1項"]
    assert [r.article for r in paragraphs] == [None, None], ENOBYTE_47


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("第十条中「第五項」を「第六項」に改める。", [
            ("第十条", "article", "10", None, None, None),
            ("第五項", "article", None, "5", None, None),
            ("第六項", "article", None, "6", None, None),
        ], "constructed (" + GMINKY + ")"),
        ("第6条第1号中「第三条第二項」を「第三条第三項」に改める。", [
            ("第6条第1号", "article", "6", None, "1", None),
            ("第三条第二項", "article", "3", "2", None, None),
            ("第三条第三項", "article", "3", "3", None, None),
        ], "constructed (" + GMINKY + ")"),
    ],
)  # fmt: skip
def test_amended_wording(text, expected, source):
    assert ref_rows(WITH_ITEM, text) == expected, source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the caption is joined only before a named paragraph; a caption after a bare article ends it
        ("所得税法第7条《課税所得の範囲》の規定により", [("第7条", "7", None)]),
        # a caption in ordinary parentheses is no part of the reference (existing convention)
        ("第774条(嫡出の否認)の規定により", [("第774条", "774", None)]),
    ],
)
def test_caption_limits(text: str, expected: list[tuple]) -> None:
    """Constructed on the KFS and Sanseido sentences above: the limits of the caption rule."""
    assert [(r.surface, r.article, r.paragraph) for r in find_article_refs(text)] == expected


def test_numbered_heading_outside_a_youkou_is_nothing() -> None:
    assert find_article_refs(RONNOR) == []


@pytest.mark.parametrize(
    ("surface", "article", "paragraph"),
    [("各号", "2", "1"), ("前項", "2", "1")],
)
def test_youkou_sections_number_their_relatives(surface: str, article: str, paragraph: str) -> None:
    rows = ref_rows(WITH_KIND, YOUKOU)
    assert (surface, "relative", article, paragraph, "市立図書館資料貸出要綱") in rows
    assert not any(r[0] in ("第1", "第2") for r in rows)  # section headings are not references


def test_this_article_named_in_a_gloss() -> None:
    text = (  # constructed in the form of a SOFA commentary quoting 第十七条 8
        "地位協定の考え方\n1 被告人が「この条の規定に従って」裁判を受けた場合、この項の規定は妨げない(8項)。"
        "これは「この条(即ち第十七条)の規定に従って」行われた裁判である。"
    )
    rows = ref_rows(WITH_KIND, text)
    assert ("この項", "relative", "17", "8", "地位協定") in rows
    assert ("8項", "article", "17", "8", "地位協定") in rows
    assert [r[2] for r in rows if r[0] == "この条"] == ["17", "17"]


def test_statute_own_heading_is_not_a_reference() -> None:
    """The name as FIRST line: the document is the statute itself, whose headings are not references."""
    refs, _ = find_references(SHITARABA.removeprefix(">>2050\n"))
    assert not any(r.surface == "第百二十一条" for r in refs)


def test_part_heading_needs_a_treaty_name_line() -> None:
    """第8部 opening a line is a Part of a quoted treaty only below a treaty's name (報告書の第2部 is not)."""
    quoted, _ = find_references(f"研究メモ (constructed line)\n{UNCLOS}\n第8部 島の制度\n第121条 島の制度\n")
    plain, _ = find_references("年次報告\n第2部 活動の概要\n")
    assert [r.surface for r in quoted] == ["第8部", "第121条"]
    assert all(r.instrument == UNCLOS for r in quoted)
    assert not plain


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("国民の祝日に関する法律(昭和二十三年法律第百七十八号)の一部を次のように改正する。\n", SHUGIIN_SHUKUJITSU_1985),
        # the same clause under the bill's own article heading, as a bill amending two laws prints it (constructed)
        ("第一条 国民の祝日に関する法律(昭和二十三年法律第百七十八号)の一部を次のように改正する。\n", "constructed"),
    ],
)
def test_relative_in_added_paragraph_counts_from_amended_article(opening: str, source: str) -> None:
    """前項 inside a paragraph 3 added by 第三条に次の一項を加える is paragraph 2 of article 3 of the amended law."""
    ref = next(r for r in find_article_refs(opening + SHUKUJITSU_ADDED) if r.surface == "前項")
    assert (ref.article, ref.paragraph, ref.instrument) == ("3", "2", "国民の祝日に関する法律"), source


def test_statute_page_headings_and_title_line():
    """1項 alone on its line and ○2項 are headings; the first line names the statute the bare articles cite."""
    assert statute_rows(GAKKYO) == [
        ("第二十二条第一項", "22", "1", "学校教育法"),
        ("第三十九条第一項", "39", "1", "学校教育法"),
        ("第七十四条", "74", None, "学校教育法"),
        ("前項", "3", "1", "学校教育法"),
    ]


def test_headings_without_dai_and_amending_acts_articles():
    """1条 (施行期日) and 7条 (…) are headings; 前条 under 7条 is article 6 of the amending act's 附則."""
    assert statute_rows(JUKEISHA) == [
        ("第2条第11号", "2", None, "国際受刑者移送法"),
        ("同条第2号", "2", None, "国際受刑者移送法"),
        ("前条", "6", None, "2004年法律第156号"),
        ("同法第17条第1項第2号", "17", "1", "国際受刑者移送法"),
        ("第2項", "17", "2", "国際受刑者移送法"),
    ]


@pytest.mark.parametrize(("text", "surfaces"), HEADINGS_AND_COUNTS)
def test_headings_and_counts(text, surfaces):
    assert [r.surface for r in find_article_refs(text) if r.kind != "law_number"] == surfaces


def test_supplementary_excerpt_naming_one_law():
    """A 附則 excerpt with no heading that names one law: its bare articles are that law's."""
    assert statute_rows(BAKKIN) == [
        ("第四条", "4", None, "罰金等臨時措置法"),
        ("第六条", "6", None, "罰金等臨時措置法"),
        ("第二条", "2", None, "罰金等臨時措置法"),
        ("同法第四条", "4", None, "罰金等臨時措置法"),
    ]


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


def test_commentary_this_article_and_quoted_wording():
    """本条 is the article the passage is about; 前項 quoted from 2項 is paragraph 1 [Wikipedia 日本国憲法第9条]."""
    rows = {r.surface: (r.article, r.paragraph) for r in find_article_refs(KENPO9)}
    assert rows["本条"] == ("9", None)
    assert rows["前項"] == ("9", "1")


# Vienna Convention on the Law of Treaties, article 21, as a treaty page prints it (caption and paragraph 1 on the
# heading line, items (a)/(b) below): 同志社大学 国際法 資料, https://www1.doshisha.ac.jp/~karai/i/vclot/21.htm
VCLT_21 = (
    "第二十一条(留保及び留保に対する異議の法的効果)1 第十九条、前条及び第二十三条の規定により他の当事国との関係において"
    "成立した留保は、\n"
    " (a)留保を付した国に関しては、当該他の当事国との関係において、留保に係る条約の規定を留保の限度において変更する。\n"
    " (b)当該他の当事国に関しては、留保を付した国との関係において、留保に係る条約の規定を留保の限度において変更する。\n"
    "2 1に規定する留保は、留保を付した国以外の条約の当事国相互の間においては、条約の規定を変更しない。\n"
)
VCLT_21_URL = "https://www1.doshisha.ac.jp/~karai/i/vclot/21.htm"


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        (VCLT_21, [("1", "21", "1")], "2 1に規定する: paragraph 1 of the article whose body holds it"),
        # the same paragraph line quoted without its heading: no article body, so 1 is nothing
        (VCLT_21.split("\n", 3)[3], [], "no heading above the paragraph lines"),
        # a number the body does not hold (3 in a two-paragraph body) or the citing paragraph's own number
        (VCLT_21.replace("2 1に規定する", "2 3に規定する"), [], "no paragraph 3 in the body"),
        (VCLT_21.replace("2 1に規定する", "2 2に規定する"), [], "a paragraph does not cite itself by number"),
        # glued to a word or a unit: a quantity, not a paragraph
        (VCLT_21.replace("2 1に規定する", "2 第1に規定する"), [], "第1 is no bare number"),
    ],
)
def test_bare_paragraph_number_in_a_treaty_article(text: str, expected: list[tuple], why: str) -> None:
    """Treaty texts cite their own paragraphs by the bare number before に規定する/の規定 [VCLT_21_URL]."""
    bare = [(r.surface, r.article, r.paragraph) for r in find_article_refs(text) if r.surface.isdigit()]
    assert bare == expected, why


@pytest.mark.parametrize("title", [None, "出入国管理及び難民認定法の改正案について"])
def test_bare_paragraph_takes_the_instrument_cited_before_the_quoted_article(title: str | None) -> None:
    """難民条約第33条は次のように定めている。 ⏎ 第33条【…】 ⏎ 2 …1の規定…: article 33, paragraph 1, of 難民条約
    (constructed: the Refugee Convention's Japanese text shortened, under a commentary line; a 【caption】 heading)."""
    text = (
        "難民条約第33条は次のように定めている。\n第33条【追放及び送還の禁止】\n"
        "1 締約国は、難民を、いかなる方法によっても、生命又は自由が脅威にさらされるおそれのある領域の国境へ追放し又は"
        "送還してはならない。\n"
        "2 締約国にいる難民であって、当該締約国の安全にとって危険であると認めるに足りる相当な理由がある者は、"
        "1の規定による利益の享受を要求することができない。\n"
    )
    text = text if title is None else f"{title}\n{text}"  # a title naming another law: not the quoted article's
    rows = [(r.surface, r.article, r.paragraph, r.instrument) for r in find_article_refs(text, title)]
    assert [row for row in rows if row[0] in ("第33条", "1")] == [
        ("第33条", "33", None, "難民条約"),
        ("1", "33", "1", "難民条約"),
    ]
