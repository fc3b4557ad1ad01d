"""Round 18 classes (error classes of the blind set heldout18, fixed on texts from other sources):

- long Japanese law titles taken whole before their number: a past relative clause about persons stays inside the
  title (…を行った者の…に関する法律), enumerated adjectives keep their comma (経済的、社会的及び…), a court's rule
  number keeps its issuer (最高裁判所規則第三十二号), and a number promulgated in a sentence naming the law belongs
  to it (…法律(…号)は…成立し / …法は…号として公布され);
- short names linked to the full one: a bare parenthesised short name after a title (…に関する法律(…保護法)), a
  country-pair short name (日中平和友好条約 of 日本国と中華人民共和国との間の平和友好条約), the lead-in word before a
  formal name (正式名称で…) cut off;
- spans: a lettered treaty paragraph with its item (第1条A(2)), a sentence number (第2項第1文), 前2項 in Arabic
  digits, 同宣言第N項, a notice's own number (務住発甲第27号) and a count after a count of parts (11章103条) are
  no references;
- principal instrument: a bare 条約 before a part means the text's treaty, an acronym before an article names its
  own treaty (GATT第21条), an instrument named only as an example in parentheses is not the subject; agreed minutes
  (合意された議事録) are instruments, and a reading in parentheses does not separate a name from its 正式名称.

Each row gives its source; rows marked ``constructed`` are written on the pattern of the cited page.
Measured on the code before this round (articles.py and instruments.py from git HEAD): 17 of the first 22 cases
failed (the minutes case came later);
the 5 that passed are regression guards (the goo and 日中 aliases, 第九項後段, the 日韓 negative, 11章103条からなり).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs
from pipeline.extractors.instruments import scan_instruments

MOJ_HAKUSHO = "https://hakusyo1.moj.go.jp/jp/66/nfm/n66_2_1_2_6_1.html"
COURTS_RULE = "http://www.courts.go.jp/kisokusyu/keizi_kisoku/keizi_kisoku_04/index.html"
GOO_DICT = "https://dictionary.goo.ne.jp/srch/jn/個人情報保護法/m1u"
WIKI_NICCHU = (
    "https://wikipedia.classicistranieri.com/ja/articles/%E6%97%A5/%E6%9C%AC/%E5%9B%BD/"
    "%E6%97%A5%E6%9C%AC%E5%9B%BD%E3%81%A8%E4%B8%AD%E8%8F%AF%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E3%81%A8"
    "%E3%81%AE%E9%96%93%E3%81%AE%E5%B9%B3%E5%92%8C%E5%8F%8B%E5%A5%BD%E6%9D%A1%E7%B4%84.html"
)
AICHI_POLICE = "https://www.pref.aichi.jp/police_reiki/reiki_honbun/u393RG00000276.html"
TOYOKEIZAI = "https://toyokeizai.net/articles/-/110478?page=4"
SHANCUN = "http://shancun.net/fanwen/show-155842.html"
MLIT = "http://www.mlit.go.jp/hakusyo/transport/heisei08/pt2/821400.html"
SHITSUMON = "http://www.ne.jp/asahi/cccp/camera/HoppouRyoudo/HoppouShiryou/20060214shitsumonnshuisho.htm"
MOFA_ICESCR = "https://www.mofa.go.jp/mofaj/gaiko/kiyaku/2b_001.html"

IRYO_KANSATSU = (
    "心神喪失等の状態で重大な他害行為を行った者の医療及び観察等に関する法律(平成15年法律第110号)は,"
    "平成15年7月に成立し,17年7月に全面施行された。"
)
KEIJI_KISOKU = (
    "第一条 刑事訴訟規則(昭和二十三年最高裁判所規則第三十二号。以下規則という。)は、規則施行前に公訴の提起があつた"
    "事件については、これを適用しない。"
)


def _ref(text: str, surface: str):
    return next(r for r in find_article_refs(text) if r.surface == surface)


@pytest.mark.parametrize(
    ("text", "surface", "instrument", "source"),
    [
        (IRYO_KANSATSU, "平成15年法律第110号",
         "心神喪失等の状態で重大な他害行為を行った者の医療及び観察等に関する法律", MOJ_HAKUSHO),
        (KEIJI_KISOKU, "昭和二十三年最高裁判所規則第三十二号", "刑事訴訟規則", COURTS_RULE),
        # constructed on the hakusho's wording: the short name defined in parentheses, then promulgated as a number
        ("心神喪失等の状態で重大な他害行為を行った者の医療及び観察等に関する法律(医療観察法)が成立した。"
         "同年7月16日、医療観察法は平成15年法律第110号として公布された。", "平成15年法律第110号",
         "心神喪失等の状態で重大な他害行為を行った者の医療及び観察等に関する法律", MOJ_HAKUSHO),
        # constructed: the number in parentheses after the promulgation verb of a sentence about a quoted law
        ("「個人情報の保護に関する法律」が成立し、同月30日に公布されました(平成15年法律第57号)。", "平成15年法律第57号",
         "個人情報の保護に関する法律", GOO_DICT),
    ],
)  # fmt: skip
def test_number_belongs_to_whole_title(text: str, surface: str, instrument: str, source: str) -> None:
    ref = _ref(text, surface)
    assert (ref.kind, ref.instrument) == ("law_number", instrument), source


def test_title_line_with_enumerated_adjectives_is_one_name() -> None:
    """The treaty database header: a title line with 経済的、社会的 (MOFA's ICESCR page) and its number below."""
    text = "経済的、社会的及び文化的権利に関する国際規約\n【法令番号 】昭和五十四年八月四日条約第六号\n前文\n"
    ref = _ref(text, "昭和五十四年八月四日条約第六号")
    assert ref.instrument == "経済的、社会的及び文化的権利に関する国際規約", MOFA_ICESCR


@pytest.mark.parametrize(
    ("text", "full", "short", "source"),
    [
        ("2 「行政機関の保有する個人情報の保護に関する法律」(行政機関個人情報保護法)の略称。",
         "行政機関の保有する個人情報の保護に関する法律", "行政機関個人情報保護法", GOO_DICT),
        ("日本国と中華人民共和国との間の平和友好条約とは、1978年8月12日、日本の東京で日本国と中華人民共和国との間で"
         "締結された条約である。\n一般に日中平和友好条約で知られる。",
         "日本国と中華人民共和国との間の平和友好条約", "日中平和友好条約", WIKI_NICCHU),
        # constructed on Wikipedia's lead sentence pattern (正式名称で + the formal title)
        ("日米安保条約、正式名称で日本国とアメリカ合衆国との間の相互協力及び安全保障条約は、1960年に署名された。",
         "日本国とアメリカ合衆国との間の相互協力及び安全保障条約", "日米安保条約", WIKI_NICCHU),
    ],
)  # fmt: skip
def test_short_name_is_alias_of_full_name(text: str, full: str, short: str, source: str) -> None:
    owners = [inst for inst in scan_instruments(text) if short in inst.names()]
    assert [inst.canonical for inst in owners] == [full], source


def test_country_pair_needs_both_parties() -> None:
    """日韓 initials do not shorten a Japan–China title (constructed negative)."""
    text = "日本国と中華人民共和国との間の平和友好条約と日韓平和友好条約を比べる。"
    owners = [inst.canonical for inst in scan_instruments(text) if "日韓平和友好条約" in inst.names()]
    assert owners == ["日韓平和友好条約"]


@pytest.mark.parametrize(
    ("text", "surface", "fields", "source"),
    [
        # constructed on the Refugee Convention's numbering (Article 1A(2), UNHCR guideline title, vdocuments mirror)
        ("難民条約第1条A(2)に規定する理由により迫害を受けるおそれがある者", "第1条A(2)", ("1", "A", "2"),
         "https://vdocuments.mx/02-december-2016-original-english-iunhcr-guidelines-on-international.html"),
        # constructed on German Basic Law citations (Art. 42 Abs. 2 Satz 1 GG)
        ("ドイツ連邦共和国基本法第42条第2項第1文によれば、議決は投票の過半数による。", "第42条第2項第1文",
         ("42", "2", None), "https://theaterangelus.com/grundgesetz/anfang2/"),
        ("一九五六年の日ソ共同宣言第九項後段では、歯舞群島及び色丹島を日本国に引き渡すことに同意するとある。",
         "第九項後段", (None, "9", None), SHITSUMON),
        # constructed on the same page: 同宣言 and the paragraph
        ("一九五六年の日ソ共同宣言は法的拘束力をもつ国際条約か。同宣言第九項後段の文言如何。", "同宣言第九項後段",
         (None, "9", None), SHITSUMON),
    ],
)  # fmt: skip
def test_spans(text: str, surface: str, fields: tuple, source: str) -> None:
    ref = _ref(text, surface)
    assert (ref.article, ref.paragraph, ref.item) == fields, source


def test_previous_two_paragraphs_in_arabic_digits() -> None:
    """Law sites print 前二項 as 前2項 (jplaws style, constructed on its 1項/2項 layout)."""
    text = (
        "1項 この法律は、公布の日から施行する。\n2項 旧法は、廃止する。\n"
        "3項 前2項に定めるもののほか、必要な事項は政令で定める。"
    )
    ref = _ref(text, "前2項")
    assert (ref.kind, ref.paragraph) == ("relative", "1")


def test_paragraph_heading_glued_to_a_year_is_no_reference() -> None:
    """Ingest drops the space in ``6項 2011年…``: the line's own paragraph number, not a reference (constructed)."""
    text = "1項 この法律は、公布の日から施行する。\n6項2011年3月11日に発生した地震について、調査を行う。"
    assert [r.surface for r in find_article_refs(text)] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("警察安全相談等及び苦情の取扱いに関する規程の運用\n平成24年2月8日\n務住発甲第27号\nこの度、規程を改正する。",
         AICHI_POLICE),
        # constructed: a police 通達 numbered with the divisions issuing it
        ("改正入管法の施行について(通達)\n令和5年12月1日\n達(外、組対)第426号\n改正の要点を示す。", AICHI_POLICE),
        ("日本国憲法の「本文」は11章103条からなり、その内容は大きく3つに大別される", TOYOKEIZAI),
        # constructed: a page titled by the treaty, whose bare articles would otherwise be the treaty's
        ("海洋法に関する国際連合条約\n通称・略称は国連海洋法条約、UNCLOS。17部320条の本文と9つの附属書で構成される。",
         MLIT),
    ],
)  # fmt: skip
def test_not_references(text: str, source: str) -> None:
    assert [r.surface for r in find_article_refs(text) if r.kind == "article"] == [], source


def test_bare_treaty_word_means_the_texts_treaty() -> None:
    """条約第11部 in a text about UNCLOS, after other treaties were named (MLIT white paper wording, constructed)."""
    text = (
        "海洋法に関する国際連合条約\n海洋法に関する国際連合条約は、第1次国連海洋法会議で採択された領海条約、"
        "公海条約の内容を発展させたものである。深海底について規定した条約第11部に対して不満が根強かった。"
    )
    ref = _ref(text, "第11部")
    assert ref.instrument == "海洋法に関する国際連合条約", MLIT


def test_acronym_names_its_treaty() -> None:
    ref = _ref("由于其他WTO协议中的安全例外条款与GATT第21条表述基本一致", "第21条")
    assert ref.instrument == "GATT", SHANCUN


def test_example_in_parentheses_is_not_the_subject() -> None:
    """Constructed on the EU-law wording of Wikipedia's translation: the example law never owns a bare article."""
    text = (
        "規則は、しばしば「法律」と呼ばれる(例:デジタルサービス法)。\n"
        "規制の説明は、欧州連合の機能に関する条約第288条に記載されています。\n"
        "第288条は、立法行為と行政行為を明確に区別していません。"
    )
    refs = [r for r in find_article_refs(text) if r.surface == "第288条"]
    assert [r.instrument for r in refs] == ["欧州連合の機能に関する条約"] * 2


WEBLIO_TREATY = "https://www.weblio.jp/wkpja/content/%E6%9D%A1%E7%B4%84_%E6%9D%A1%E7%B4%84%E3%81%AE%E6%A6%82%E8%A6%81"


def test_agreed_minutes_with_reading_and_formal_name() -> None:
    """Agreed minutes are treaties (「議事録」 is one of the names treaties bear, Wikipedia 条約); an encyclopaedia lead
    gives the reading in parentheses before 正式名称で (constructed on that lead style)."""
    text = (
        "日韓漁業協定合意議事録(にっかんぎょぎょうきょうていごういぎじろく)、正式名称で漁業に関する日本国と大韓民国"
        "との間の協定についての合意された議事録(ぎょぎょうにかんする…)は、1998年に署名された。\n"
        "地位の問題は合意議事録の第2条に定める。"
    )
    owners = [inst for inst in scan_instruments(text) if "日韓漁業協定合意議事録" in inst.names()]
    full = "漁業に関する日本国と大韓民国との間の協定についての合意された議事録"
    assert [inst.canonical for inst in owners] == [full], WEBLIO_TREATY
