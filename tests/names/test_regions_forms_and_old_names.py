"""Regions named with their status, legal forms after a name, old spellings of states, dictionary loanwords.

Each row is a real sentence from a page outside the gold (URL in the row); the rules are general ones: a status
word after a proper noun (bodies.ADMIN_REGION), a legal form after a Latin or katakana name (bodies.COMPANY_FORM,
bodies.MILITARY_COMPANY), quoted names before a feature word (bodies.QUOTED_FEATURE), kana endings of
kanji-katakana prose (model_spans.KANBUN_KANA), UniDic's loanword lemmas (model_spans.LOANWORD_LEMMA), terms a
text defines for itself (filters.TERM_DEFINITION) and sourced gazetteer rows (names_curated.tsv).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.names.filters import without_defined_terms
from pipeline.extractors.names.vocab import Candidate
from tests.names.helpers import by_surface, mentions, surfaces

# (url, text, {surface: (type, canonical)}): every listed surface is a mention with that type and canonical.
FOUND = [
    (
        "https://insights.made-in-china.com/jp/Hong-Kong-and-Macao-Shining-Stars-under-One-Country-Two-Systems_mtpfsCNdnnIO.html",
        "現在、憲法に基づいて設立された特別行政区は、香港特別行政区とマカオ特別行政区の2つです。",
        {"香港特別行政区": ("PLACE", "香港特別行政区"), "マカオ特別行政区": ("PLACE", "マカオ特別行政区")},
    ),
    (
        "https://d.hatena.ne.jp/keyword/%E6%96%B0%E5%BD%8A%E3%82%A6%E3%82%A4%E3%82%B0%E3%83%AB%E8%87%AA%E6%B2%BB%E5%8C%BA",
        "新疆ウイグル自治区は中華人民共和国の西端にある自治区。",
        {"新疆ウイグル自治区": ("PLACE", "新疆ウイグル自治区"), "中華人民共和国": ("PLACE", "中国")},
    ),
    (
        "https://hellm.net/san/txt/01-enpenttyousenzokuzitisyu.html",
        "延辺朝鮮族自治州は、中華人民共和国吉林省に位置する朝鮮族自治州。",
        {"延辺朝鮮族自治州": ("PLACE", "延辺朝鮮族自治州")},
    ),
    (
        "https://wikizero.net/wiki/ja/%E5%BA%83%E8%A5%BF%E3%83%81%E3%83%AF%E3%83%B3%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8C%BA",
        "広西チワン族自治区は中華人民共和国南部の自治区。",
        {"広西チワン族自治区": ("PLACE", "広西チワン族自治区")},
    ),
    (
        "https://www.pwc.com/jp/ja/careers/legal/talk01.html",
        "PwC弁護士法人では、それらを含む企業に関する税務のさまざまな課題を一貫してサポートしています。",
        {"PwC弁護士法人": ("ORG", "PwC弁護士法人")},
    ),
    (
        "http://www.hoppou-d.or.jp/cms/cgi-bin/index.pl?page=contents&view_category_lang=1&view_category=1068",
        "私たち北方領土復帰期成同盟は、北方領土返還要求運動を継承し、様々な事業を展開して参りました。",
        {"北方領土復帰期成同盟": ("ORG", "北方領土復帰期成同盟")},
    ),
    (
        "http://skc920510.ecgo.jp/blog140603095045.html",
        "(税大ジャーナル編集部)",
        {"税大ジャーナル編集部": ("ORG", "税大ジャーナル編集部")},
    ),
    (
        "https://note.com./mar_bodo/n/n8464cf6654ca",
        "ロシアのPMCワグネルグループの社員数は2017年には六千人。",
        {"ワグネルグループ": ("ORG", "ワグネルグループ"), "ロシア": ("PLACE", "ロシア")},
    ),
    (
        "https://entertainment-scope.com/?p=3267",
        "プリゴジン氏は、ロシアの民間軍事会社「ワグネル」の創設者であり、激戦地で戦ってきました。",
        {"ワグネル": ("ORG", "ワグネル"), "プリゴジン": ("PERSON", "プリゴジン")},
    ),
    (
        "http://trademark-registration.jp/words/wip/",
        "世界知的所有権機関(WIPO)は世界中の知的財産(IP)の保護を促進するための国際連合の専門機関です。",
        {"世界知的所有権機関": ("ORG", "WIPO")},
    ),
    (
        "http://www2s.biglobe.ne.jp/~law/law/ldb/1855NRTJ.htm",
        "今より後日本国と魯西亜国との境「ヱトロプ」島と「ウルップ」島との間に在るへし",
        {
            "日本国": ("PLACE", "日本"),
            "魯西亜国": ("PLACE", "ロシア"),
            "ヱトロプ": ("PLACE", "ヱトロプ"),
            "ウルップ": ("PLACE", "ウルップ"),
        },
    ),
    (
        "https://ee-arts.biz/?p=624",
        "而今而後樺太全島ハ悉ク魯西亜帝国ニ属シ「ラペルーズ」海峡ヲ以テ両国ノ境界トス。",
        {"魯西亜帝国": ("PLACE", "ロシア"), "ラペルーズ": ("PLACE", "ラペルーズ")},
    ),
    (
        "https://ee-arts.biz/?p=624",
        "全魯西亜国皇帝陛下ハ、第一款ニ記セル樺太島即チ薩哈嗹島ノ権理ヲ受シ代トシテ",
        {"魯西亜国": ("PLACE", "ロシア"), "樺太島": ("PLACE", "樺太島")},
    ),
    (
        "https://ee-arts.biz/?p=624",
        "大日本国皇帝陛下ハ其ノ後胤ニ至ル迄、現今樺太島即チ薩哈嗹島ノ一部ヲ所領スル",
        {"大日本国": ("PLACE", "日本")},
    ),
    (
        "https://hoppou.blog/2021-06-04-130916",
        "条約公布文書では「露西亜」に変わっている。",
        {"露西亜": ("PLACE", "ロシア")},
    ),
    (
        "https://news.ntv.co.jp/category/international/274918",
        "ロシアのプーチン大統領とアメリカのケリー国務長官は12日、ロシア南部のソチで会談した。",
        {"ソチ": ("PLACE", "ソチ"), "プーチン": ("PERSON", "プーチン")},
    ),
    (
        "https://dubikapy.com.tr/-/aaj/zpvw5-8mdayl.video",
        "最高検察庁は3月1日、ロシアの有力ラジオ局「モスクワのこだま」やプーチン政権に批判的なテレビ局「ドシチ(雨)」に対して、"
        "放送停止やインターネットのページ遮断を決めた。",
        {"モスクワのこだま": ("ORG", "モスクワのこだま"), "ドシチ": ("ORG", "ドシチ")},
    ),
]


@pytest.mark.parametrize(("url", "text", "expected"), FOUND)
def test_found(url: str, text: str, expected: dict[str, tuple[str, str]]) -> None:
    found = by_surface(text, "type canonical")
    for surface, value in expected.items():
        assert found.get(surface) == value, (url, surface, found)


# (url, text, surfaces that must not be mentions): common nouns, era names, statuses and glued kana.
NOT_FOUND = [
    (
        "https://diamond.jp/articles/-/345730?page=2",
        "アフリカでロシアの偵察・攻撃ドローンを指揮するボランティアを募集していると宣伝していた。",
        {"ボランティア", "ドローン"},
    ),
    (
        "https://www.sangiin.go.jp/japanese/joho1/kousei/seigan/203/yousi/yo2030130.htm",
        "昨今の複雑な国際情勢や新型コロナウイルス蔓延(まんえん)の影響を受け、首脳会談は開催されていない。",
        {"コロナウイルス", "新型コロナウイルス"},
    ),
    (
        "http://www2s.biglobe.ne.jp/~law/law/ldb/1855NRTJ.htm",
        "日本国魯西亜国通好条約(安政元年12月21日調印)",
        {"安政"},
    ),
    (
        "https://d.hatena.ne.jp/keyword/%E6%96%B0%E5%BD%8A%E3%82%A6%E3%82%A4%E3%82%B0%E3%83%AB%E8%87%AA%E6%B2%BB%E5%8C%BA",
        "ウイグル族の民族自治区であり、自治州、自治県など、様々なレベルの民族自治区画が置かれている。",
        {"民族自治区", "自治州"},
    ),
    (
        "http://tax.dreamlog.jp/archives/50335044.html",
        "どこかの税理士法人にいたと聞きましたけど",
        {"税理士法人"},
    ),
    (
        "https://ee-arts.biz/?p=624",
        "而今而後樺太全島ハ悉ク魯西亜帝国ニ属シ「ラペルーズ」海峡ヲ以テ両国ノ境界トス。",
        {"魯西亜帝国ニ属シ"},
    ),
]


@pytest.mark.parametrize(("url", "text", "absent"), NOT_FOUND)
def test_not_found(url: str, text: str, absent: set[str]) -> None:
    assert not absent & surfaces(text), (url, surfaces(text))


def test_one_letter_state_is_an_abbreviation() -> None:
    """露 alone before an office (露大統領): a one-letter abbreviation of ロシア.
    https://news.ntv.co.jp/category/international/274918 (headline)"""
    found = {m.surface: (m.canonical, m.abbreviation) for m in mentions("露大統領と米国務長官 停戦合意“履行”を")}
    assert found["露"] == ("ロシア", True)


def test_defined_term_is_no_name() -> None:
    """A short form a text defines for a treaty's long title names that instrument, no body or place.
    https://www.zeiken.co.jp/kokusaizeimu/article/202112/KZ2021120180101.php"""
    text = (
        "「BEPS防止のための租税条約関連措置の実施に係る多国間条約」(以下「BEPS条約」とします。)の署名国は、BEPS条約を"
    )
    use = text.rindex("BEPS条約")
    chosen = [Candidate(use, use + len("BEPS条約"), "ORG", "model")]
    assert without_defined_terms(chosen, text) == []
