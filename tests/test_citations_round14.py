"""Round 14 of the citation rules: web pages cited by their page title and site (error classes of the
held-out set 12, `tests/gold/heldout12`).

Rules: a page title copied with its site, `Title | Site`, `Title - Site`, `Title:Site` (a pipe always; a dash or
colon only before a site-like name), gives the title and the site as container; pieces between are sections; a
list number `(35)` before it is no part of the title; a Han personal name between title and site is the
author. A site's name before a 「page title」 (`…公式サイト「…」`, `…ホームページ「…」`) is the container, not an
author.

Each row names its source: a public page or repository file (URL), or the find_string id of a public GitHub
file whose repository the search tool does not name. Notes are NFKC-normalised first, as ingest does.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citation_web import parse_web_title
from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation


def parse(text: str) -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), "C1", "1", 0)


# 参考資料 of a conference talk: Markdown links `[page title](url)`, here as the text and URL they render to.
JSCONF = "https://github.com/yamanoku/jsconfjp-2021/blob/main/contents/99-references.md"
# A blog post listing accessibility policies by their page titles.
KUBOSHO = "https://github.com/kubosho/blog.kubosho.com/blob/main/entries/2020/a11y-policy-summary.md"
# PyCon JP meeting notes (reStructuredText link), find_string id 29298711524.
PYCON_NOTES = "GitHub file, find_string id 29298711524"

WEB_TITLES = [
    (
        "ウェブアクセシビリティ｜外務省 https://www.mofa.go.jp/mofaj/annai/accessibility/index.html",
        "ウェブアクセシビリティ",
        "外務省",
        JSCONF,
    ),
    (
        "民間事業者にも障害配慮義務付け　改正差別解消法成立 ｜ 共同通信 https://nordot.app/770847441335402496",
        "民間事業者にも障害配慮義務付け 改正差別解消法成立",
        "共同通信",
        JSCONF,
    ),
    (
        "障害を理由とする差別の解消の推進に関する基本方針 - 内閣府 "
        "https://www8.cao.go.jp/shougai/suishin/sabekai/kihonhoushin/honbun.html",
        "障害を理由とする差別の解消の推進に関する基本方針",
        "内閣府",
        JSCONF,
    ),
    (
        "ウェブアクセシビリティ試験結果（2021年度） | 東京都 新型コロナウイルス感染症対策サイト "
        "https://stopcovid19.metro.tokyo.lg.jp/accessibility-results/",
        "ウェブアクセシビリティ試験結果(2021年度)",
        "東京都 新型コロナウイルス感染症対策サイト",
        JSCONF,
    ),
    (
        "ARIA ライブリージョン - アクセシビリティ | MDN "
        "https://developer.mozilla.org/ja/docs/Web/Accessibility/ARIA/ARIA_Live_Regions",
        "ARIA ライブリージョン - アクセシビリティ",
        "MDN",
        JSCONF,
    ),
    (
        "Making Your Site Accessible | Gatsby https://www.gatsbyjs.com/docs/conceptual/making-your-site-accessible/",
        "Making Your Site Accessible",
        "Gatsby",
        JSCONF,
    ),
    (
        "ウェブアクセシビリティ方針 ｜ 株式会社コンセント https://www.concentinc.jp/web_accessibility/",
        "ウェブアクセシビリティ方針",
        "株式会社コンセント",
        KUBOSHO,
    ),
    (
        "ウェブアクセシビリティ方針 - ヤマハ株式会社 https://www.yamaha.com/ja/accessibility/",
        "ウェブアクセシビリティ方針",
        "ヤマハ株式会社",
        KUBOSHO,
    ),
    (
        "ウェブアクセシビリティ方針 - 企業情報 - ヤフー株式会社 https://about.yahoo.co.jp/common/accessibility/",
        "ウェブアクセシビリティ方針",
        "ヤフー株式会社",
        KUBOSHO,
    ),
    (
        "ウェブアクセシビリティ - 内閣府 https://www.cao.go.jp/notice/webaccessibility.html",
        "ウェブアクセシビリティ",
        "内閣府",
        KUBOSHO,
    ),
    (
        "国際的な人の往来再開による新規入国のための査証（ビザ）の申請｜外務省 "
        "<https://www.mofa.go.jp/mofaj/ca/fna/page22_003381.html>",
        "国際的な人の往来再開による新規入国のための査証(ビザ)の申請",
        "外務省",
        PYCON_NOTES,
    ),
]


@pytest.mark.parametrize(("note", "title", "site", "source"), WEB_TITLES)
def test_page_title_and_site(note: str, title: str, site: str, source: str) -> None:
    citation = parse(note)
    assert (citation.title, citation.container, citation.authors) == (title, site, [])
    assert citation.type == "web page"
    assert citation.url and citation.url.startswith("http")
    assert citation.date is None  # a date inside the page title stays in it


def test_list_number_and_byline() -> None:
    """`(35)` is the reference list's number; `- 国分高史 |` a byline (UniDic tags 国分 a surname)."""
    numbered = parse("(35) 日ソ共同声明 | 日本国内閣府 https://www8.cao.go.jp/hoppo/shiryou/pdf/gaikou35.pdf")
    assert (numbered.title, numbered.container) == ("日ソ共同声明", "日本国内閣府")
    signed = parse("安易な憲法改正がいかに危ういか、ロシアを見れば明らかだ - 国分高史 | 論座アーカイブ")
    assert (signed.title, signed.authors, signed.container) == (
        "安易な憲法改正がいかに危ういか、ロシアを見れば明らかだ",
        ["国分高史"],
        "論座アーカイブ",
    )


# Not page titles: a dash inside a title before a non-site word, bibliographic styles with quotes or a year.
NOT_WEB_TITLES = [
    # a subtitle after a dash, no URL and no site-like last piece (CONSTRUCTED in the style of a book list)
    "Kuril Islands - Island Territorial Dispute Continues",
    # a GOST description with `//` and `- М.` (https://studfile.net/preview/14936921/page:3 style)
    "Иванов И. И. Право // Государство и право. - 2001. - № 3",
    # a quoted title (Wikipedia's cite web): handled by the quoted-title styles
    "“Home - WIKA Alexander Wiegand SE & Co. KG”. www.wika.com",
]


@pytest.mark.parametrize("body", NOT_WEB_TITLES)
def test_not_a_page_title(body: str) -> None:
    assert not parse_web_title(Citation("C1", "1", 0, len(body), body), body)


# A site's name before the page title in 「」: the container, not an author.
SITE_BEFORE_TITLE = [
    (
        "国土交通省 国会等の移転ホームページ「移転費用の試算」 "
        "https://www.mlit.go.jp/kokudokeikaku/iten/relocation/qa/qa_step4_02_01.html",
        "移転費用の試算",
        "国土交通省 国会等の移転ホームページ",
        "GitHub file, find_string id 57962208063 (a fact-check's url_label)",
    ),
    (
        "日野町公式サイト「チョイソコひの」 https://www.town.shiga-hino.lg.jp/0000006854.html",
        "チョイソコひの",
        "日野町公式サイト",
        "GitHub file, find_string id 55089092139 (a data README's 出典 line)",
    ),
    (
        "出典：気象庁ホームページ「過去の気象データ検索」",
        "過去の気象データ検索",
        "気象庁ホームページ",
        "GitHub file, find_string id 71517634747 (a page colophon)",
    ),
]


@pytest.mark.parametrize(("note", "title", "site", "source"), SITE_BEFORE_TITLE)
def test_site_before_page_title(note: str, title: str, site: str, source: str) -> None:
    citation = parse(note)
    assert (citation.title, citation.container, citation.authors) == (title, site, [])


def test_author_before_title_stays_author() -> None:
    """A person before 「」 is still the author (https://kazov.site/Nis/lecture/seminar/references.html style)."""
    citation = parse("松橋和夫「アメリカ連邦議会上院における立法手続」『レファレンス』2004.5, pp.7-36")
    assert citation.authors == ["松橋和夫"]
    assert citation.container == "レファレンス"
