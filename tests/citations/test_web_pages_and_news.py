"""Web pages, Wikipedia's citation templates, news items and news digests.

- a page title copied with its site, `Title | Site`, `Title - Site`, `Title:Site` (a pipe always; a dash or colon
  only before a site-like name): the title, and the site as container; a site's name before a 「page title」 is the
  container, not an author; a pointer to a site for a text (`…HP参照 URL`, `…ホームページを参照(http://…)`);
- Wikipedia's cite web: the author-date head with a Japanese or full date, a Twitter handle after the name, the
  byline's names as written, the publisher with its bracketed abbreviation, a number ending a site's name (no
  volume), `(PDF) (Report)` tags, an archived copy (`- ウェイバックマシン(…アーカイブ分)`, no date);
- URLs: scheme-less (`www.host/path`, `<www.legislation.gov.uk>`), broken by a space before a `/segment`, a DOI
  without a resolver is no URL; access dates (`…閲覧`, `2016-05-26確認`, `searched date:`, `[2020-04-20]`);
- news: Harvard newspaper references (`Surname, I Year, 'Title', Paper, D Month, p. X`), MLA newspapers (`Container
  D Month YYYY: Page`), a news digest's source line `Title(Org,date)URL`, `Headline Posted <date> URL`.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citations import (
    _open_mistyped_quote,
)
from pipeline.extractors.citations.fields import (
    find_accessed,
    find_doi,
    find_url,
)
from pipeline.extractors.citations.web import ORG_DATE_TAIL, parse_web_title
from pipeline.records import Citation

from .helpers import assert_fields, parse, rows
from .sources import WANNACRY


def test_a_doi_without_a_resolver_is_no_url():
    text = "Contemporary Politics, 26:4, 384-401, DOI: 10.1080/13569775.2020.1777041"
    assert find_url(text)[0] is None
    assert find_doi(text)[0] == "doi:10.1080/13569775.2020.1777041"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ACCESS date before 閲覧 must be a date: the rest of a Wikipedia note is its title and site
        # (ja.wikipedia Template:Cite web renders `“title”. website. access-date閲覧。`:
        # https://ja-two.iwiki.icu/wiki/Template:Ref_web)
        ("“Startseite”. Tiroler Tageszeitung Online. 2025年1月3日閲覧。", ("2025-01-03", 42)),
        # NDL guide form kept: `(2009年3月2日アクセス)` (SIST 02 style)
        ("www.netlibrary.com(2009年3月2日アクセス)", ("2009-03-02", 18)),
    ],
)
def test_access_date_is_only_the_date(text, expected):
    value, span = find_accessed(text)
    assert (value, span[0]) == expected


def test_wikipedia_web_note_keeps_title_and_site():
    # the same rendering (Template:Cite web, above): site after the title is the container, an access date
    # without a printed link still makes it a web page
    citation = parse("“Startseite”. Tiroler Tageszeitung Online. 2025年1月3日閲覧。")
    assert (citation.title, citation.container, citation.type) == (
        "Startseite",
        "Tiroler Tageszeitung Online",
        "web page",
    )
    assert citation.date is None and citation.accessed == "2025-01-03"


def test_bracketed_access_date_glued_to_url() -> None:
    text = "外務省『外交青書』、https://www.mofa.go.jp/mofaj/gaiko/bluebook/index.html[2021-05-10]。"
    assert find_url(text)[0] == "https://www.mofa.go.jp/mofaj/gaiko/bluebook/index.html"
    assert find_accessed(text, online=True)[0] == "2021-05-10"
    assert find_url("https://example.org/a?q=x[a b")[0] == "https://example.org/a?q=x[a"  # no date: `[` stays


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


# NDL カレントアウェアネス-R source lines (not the pages of the sample).
CAR_LC = "http://www.current.ndl.go.jp/taxonomy/term/142"


CAR_2018_4_26 = "https://current.ndl.go.jp/archive/all/2018/4/26"


DIGEST_LINES = [
    (
        "Looking at Abraham Lincoln: New Guide Available(LC Picture This,2019/8/1)\n"
        "https://blogs.loc.gov/picturethis/2019/08/looking-at-abraham-lincoln-new-guide-available/",
        "Looking at Abraham Lincoln: New Guide Available",
        "LC Picture This",
        "2019-08-01",
        CAR_LC,
    ),
    (
        "GPO ISSUES DIGITAL RELEASE OF HISTORICAL CONGRESSIONAL RECORD FOR THE 1930s (GPO,2017/8/22)\n"
        "https://www.gpo.gov/newsroom-media/presspage/17presspage34.htm",
        "GPO ISSUES DIGITAL RELEASE OF HISTORICAL CONGRESSIONAL RECORD FOR THE 1930s",
        "GPO",
        "2017-08-22",
        CAR_LC,
    ),
    (
        "大阪市立大学オープンアクセス方針を策定しました(大阪市立大学,2018/4/24) "
        "http://www.osaka-cu.ac.jp/ja/news/2018/180424",
        "大阪市立大学オープンアクセス方針を策定しました",
        "大阪市立大学",
        "2018-04-24",
        CAR_2018_4_26,
    ),
    (
        "新着情報一覧(小牧市)http://www.city.komaki.aichi.jp/admin/news.html "
        "※「2018年04月20日 新小牧市立図書館の基本設計図書を策定しました。」とあります。",
        "新着情報一覧",
        "小牧市",
        None,
        CAR_2018_4_26,
    ),
    (
        "新図書館の建設 > 新小牧市立図書館の基本設計について(小牧市)"
        "http://www.city.komaki.aichi.jp/admin/shimin/kosodatekyoiku/shougai/10/16832.html",
        "新図書館の建設 > 新小牧市立図書館の基本設計について",
        "小牧市",
        None,
        CAR_2018_4_26,
    ),
]


@pytest.mark.parametrize(("note", "title", "publisher", "date", "source"), DIGEST_LINES)
def test_news_digest_source_line(note: str, title: str, publisher: str, date: str | None, source: str) -> None:
    citation = parse(note.replace("\n", ""))
    assert (citation.title, citation.publisher, citation.date) == (title, publisher, date), source
    assert citation.authors == [] and citation.type == "web page" and citation.url


def test_digest_parentheses_holding_a_date_name_no_publisher() -> None:
    """`…答弁書(昭和56年5月29日)URL` (Wikipedia 憲法第9条 notes, the gold's kenpo9 text) dates a document."""
    citation = parse(
        "衆議院議員稲葉誠一君提出「憲法、国際法と集団的自衛権」に関する質問に対する答弁書(昭和56年5月29日)"
        "http://www.shugiin.go.jp/itdb_shitsumona.nsf/html/shitsumon/b094032.htm"
    )
    assert citation.publisher is None and citation.date == "1981-05-29"


def test_url_broken_by_a_space_before_a_segment() -> None:
    # constructed after the SIST 02 rule on URLs split by line wraps (gold row `CAT- ILL`); a bare URL here
    url, _ = find_url("Guide. http://www.example.ac.jp/lib/guide /apa01.html (accessed 2016-05-27).")
    assert url == "http://www.example.ac.jp/lib/guide/apa01.html"
    url, _ = find_url("See http://www.example.ac.jp/lib and more")  # a following word is no path
    assert url == "http://www.example.ac.jp/lib"


def test_japanese_confirmation_date_is_an_access_date() -> None:
    # constructed after the `(2009年3月2日アクセス)` layout of https://blog-htk-gakkai.matrix.jp/2014/12/31/…
    assert find_accessed("<https://www.mofa.go.jp/mofaj/>,2023-07-10確認.", online=True)[0] == "2023-07-10"
    assert find_accessed("2020年4月1日確認", online=True)[0] == "2020-04-01"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # constructed after the MLA 8 rule (URL without `https://`); a bare host name is no URL (heldout8)
        (
            "Journal of X, vol. 1, 2010, www.example.org/article/view/5. Accessed 2 May 2011.",
            "www.example.org/article/view/5",
        ),
        ("Retrieved from the site www.example.org.", None),
    ],
)
def test_schemeless_url(text: str, url: str | None) -> None:
    assert find_url(text)[0] == url


ANGLED_URLS = [
    # OSCOLA 3.1 (library.rgu.ac.uk/oscola): web addresses in angle brackets without a scheme
    (
        "Ministry of Justice, <www.gov.uk/government/organisations/ministry-of-justice> accessed 1 May 2020",
        "www.gov.uk/government/organisations/ministry-of-justice",
    ),
    # a host other than www. (the Cambridge note's form), constructed with the Kantei's English site
    (
        "‘Policy Speech’, 24 January 2014, <japan.kantei.go.jp/96_abe/statement/201401/24siseihousin_e.html>.",
        "japan.kantei.go.jp/96_abe/statement/201401/24siseihousin_e.html",
    ),
    # a bare host in angle brackets is an address too (constructed)
    ("Legislation.gov.uk <www.legislation.gov.uk>", "www.legislation.gov.uk"),
]


@pytest.mark.parametrize(("text", "url"), ANGLED_URLS)
def test_scheme_less_url_in_angle_brackets(text: str, url: str) -> None:
    assert find_url(text)[0] == url


def test_email_in_angle_brackets_is_no_url() -> None:
    assert find_url("Contact <editor@example.org> for details")[0] is None


HARVARD_NEWS_ROWS = [
    (  # https://libguides.ioe.ac.uk/c.php?g=482485&p=3299819 (a place after the paper)
        "Lewis, S. (2015) ‘Rainbow support for York pride’, The Press, York, 18 June, p.6.",
        "Lewis, S.",
        "Rainbow support for York pride",
        "The Press",
        "2015-06-18",
        "6",
    ),
    (  # https://www.perlego.com/knowledge/referencing-and-citations/harvard-guide/how-to-cite-newspapers-in-harvard-style/
        "Sample, I. (2014) ‘Why an octopus’s suckers don’t stick its arms together’, The Guardian, 16 May, p. 17.",
        "Sample, I.",
        "Why an octopus’s suckers don’t stick its arms together",
        "The Guardian",
        "2014-05-16",
        "17",
    ),
    (  # the same perlego page, an online article with access
        "Schwartz, M. (2020) ‘Stay Safe, Justice Ginsburg’, New York Times, 20 July. Available at: "
        "https://www.nytimes.com/2020/07/20/opinion/ruth-bader-ginsburg-health.html (Accessed: 12 February 2022).",
        "Schwartz, M.",
        "Stay Safe, Justice Ginsburg",
        "New York Times",
        "2020-07-20",
        None,
    ),
    (  # https://anatolia.libguides.com/harvard/newsharvard
        "Mackay, C. (2002) ‘Alert over big cat’, The Daily Mirror, 4 July, p. 28.",
        "Mackay, C.",
        "Alert over big cat",
        "The Daily Mirror",
        "2002-07-04",
        "28",
    ),
    (  # constructed after the AGPS form (no full stop after the initial, a page with a section letter)
        "Brown, K 2010, 'Rates rise again', The Australian, 3 March, first edition, A5.",
        "Brown, K",
        "Rates rise again",
        "The Australian",
        "2010-03-03",
        "A5",
    ),
]


@pytest.mark.parametrize(("text", "author", "title", "paper", "date", "pages"), HARVARD_NEWS_ROWS)
def test_harvard_newspaper(text: str, author: str, title: str, paper: str, date: str, pages: str | None) -> None:
    citation = parse(text)
    assert (citation.authors, citation.title, citation.container) == ([author], title, paper)
    assert (citation.date, citation.pages, citation.type) == (date, pages, "news")


def test_title_year_sponsor() -> None:
    # https://org.slasa.asn.au/references (another entry than the sample's, a colon in the title)
    citation = parse(
        "Citing and referencing: Harvard 2012, Monash University, <http://guides.lib.monash.edu/citing-referencing/harvard>."
    )
    assert (citation.title, citation.publisher, citation.date) == (
        "Citing and referencing: Harvard",
        "Monash University",
        "2012",
    )
    # constructed: no date
    undated = parse("Library Guide n.d. University of Adelaide, <http://www.adelaide.edu.au/guide>.")
    assert (undated.title, undated.publisher, undated.date) == ("Library Guide", "University of Adelaide", None)


def test_author_first_web_document_is_not_title_first() -> None:
    # https://libguides.acu.edu.au/harvard/websites: the organisation stands first, the title after `n.d.,`
    citation = parse(
        "Qantas n.d., The Qantas story, Qantas, viewed 11 October 2018, "
        "<https://www.qantas.com/travel/airlines/history/global/en>."
    )
    assert citation.title != "Qantas"


def test_publisher_before_container_and_own_publisher() -> None:
    # constructed after the note.com web cite template (`著者「題」、運営主体『メディア』、日付(URL)`)
    citation = parse(
        "山田花子「地域と図書館」、朝日新聞社『論座』、2020年5月1日(https://example.org/a)(2020年5月2日閲覧)。"
    )
    assert (citation.container, citation.publisher) == ("論座", "朝日新聞社")
    # constructed after 内閣府 footnotes: a body's report named with the body again
    report = parse("IMF(2010)“World Economic Outlook”, IMF。")
    assert (report.authors, report.publisher, report.container) == (["IMF"], "IMF", None)


def test_misplaced_opening_quote_and_update_date() -> None:
    # constructed after the SIST web example's typing (`審議会“. 題名”.`)
    assert _open_mistyped_quote("学術審議会“. 報告書について”. 文部省.") == "学術審議会. “報告書について”. 文部省."
    # constructed after the CA-R source lines (`(Org,date最終更新)`)
    match = ORG_DATE_TAIL.match("Library news(Portal X,2017/3/2最終更新)")
    assert match and match.group("org") == "Portal X" and match.group("date") == "2017/3/2"


# (text, container, url)
SITE_POINTERS = [
    (  # constructed after a public README's note `(警視庁ホームページ参照)`, with the agency's address
        "統計は警視庁ホームページ参照 https://www.keishicho.metro.tokyo.lg.jp/",
        "警視庁ホームページ",
        "https://www.keishicho.metro.tokyo.lg.jp/",
    ),
    (  # constructed after the pointer notes of the Taiwan Relations Act page on weblio (日本語訳は…HP参照)
        "日本語訳は外務省HP参照 https://www.mofa.go.jp/mofaj/area/taiwan/index.html",
        "外務省HP",
        "https://www.mofa.go.jp/mofaj/area/taiwan/index.html",
    ),
]


# (text, authors, title, publisher or container, date, pages, type)
WIKIPEDIA_TEMPLATES = [
    (  # https://en.wikipedia.org/wiki/Artificial_intelligence reference list, as copied in a public repository
        'Gill, Brendan; Logan, Andy (29 December 1956). "Chess to Come". The New Yorker.',
        ["Gill, Brendan", "Logan, Andy"],
        "Chess to Come",
        "1956-12-29",
        None,
    ),
    (  # https://en.m.wikipedia.org/wiki/Minimax note 1 (the Fraser Institute report), as copied in a public repository
        "Bacchus, Barua (January 2013). Provincial Healthcare Index 2013 (PDF) (Report). Fraser Institute. p. 25.",
        ["Bacchus, Barua"],
        "Provincial Healthcare Index 2013",
        "2013-01",
        "25",
    ),
    (  # constructed after the Trottier cite of the Bitcoin article (full date) with a report tag and a quote=
        "Trottier, Leo (18 June 2016). Original bitcoin (PDF) (Report). Boston: Bitcoin Press. p. 9. "
        "The first release of the client was described there as an experiment in open source money.",
        ["Trottier, Leo"],
        "Original bitcoin",
        "2016-06-18",
        "9",
    ),
]


# (source, text, container, url): a site pointer whose URL stands in parentheses
SITE_POINTERS_WITH_URL_IN_PARENTHESES = [
    (
        "https://www5.cao.go.jp/j-j/sekai_chouryuu/sa08-02/s2-08-fn-2-2-13.html (sample)",
        "ユーロスタットのホームページを参照(http://www.ec.europa.eu/eurostat/)。",
        "ユーロスタットのホームページ",
        "http://www.ec.europa.eu/eurostat/",
    ),
    (
        "constructed after the same note",
        "統計は気象庁ホームページを参照(https://www.jma.go.jp/)。",
        "気象庁ホームページ",
        "https://www.jma.go.jp/",
    ),
]


JENKINS = "https://ja.wikipedia.org/wiki/Jenkins"


CLAUDE = "https://en.wikipedia.org/wiki/Claude_(AI)"


SWITCH = "https://ja.wikipedia.org/wiki/Switch文"


# (source, text, authors, date)
BYLINES = [
    (
        JENKINS,
        "Duboscq, Geneviève (2008年). “2008 JavaOne Conference: Duke's Choice Awards Winners for 2008”. "
        "2008 Java One Conference. java.sun.com. 2008年5月21日閲覧。",
        ["Duboscq, Geneviève"],
        "2008",
    ),
    (
        JENKINS,
        "Bayer, Andrew (2011年1月11日). “Hudson's future”. Jenkins CI: A Jenkins community resource. "
        "2011年1月11日閲覧。",
        ["Bayer, Andrew"],
        "2011-01-11",
    ),
    (  # sample (ja.wikipedia.org/wiki/形式言語)
        "https://ja.wikipedia.org/wiki/形式言語",
        "坪井明人 (2011年). “数学基礎論サマースクール モデル理論入門”. 2012年2月18日閲覧。",
        ["坪井明人"],
        "2011",
    ),
    (
        WANNACRY,
        "Snowden, Edward [@Snowden] (13 May 2017). \"Pause a moment to consider why we're left with researchers, not "
        'governments, trying to counter the @NSAGov-enabled ransomware mess. Hint:" (Tweet). Retrieved 20 May 2017 '
        "– via Twitter.",
        ["Snowden, Edward"],
        "2017-05-13",
    ),
    (  # sample: a two-letter given name keeps no full stop the note does not print
        CLAUDE,
        'Pilkington, Ed (March 1, 2026). "US military reportedly used Claude in Iran strikes despite Trump\'s ban". '
        "The Guardian.",
        ["Pilkington, Ed"],
        "2026-03-01",
    ),
    (  # constructed: an initial's full stop is the note's own and stays
        WANNACRY,
        'Smith, J. (5 May 2020). "A headline". The Guardian. Retrieved 6 May 2020.',
        ["Smith, J."],
        "2020-05-05",
    ),
    (
        WANNACRY,
        'Hern, Alex; McCurry, Justin (19 December 2017). "UK and US blame WannaCry cyber-attack on North Korea". '
        "The Guardian. Retrieved 19 December 2017.",
        ["Hern, Alex", "McCurry, Justin"],
        "2017-12-19",
    ),
]


# (source, text, container, publisher)
SITE_PUBLISHERS = [
    (  # sample (en.wikipedia.org/wiki/Nuclear_power_in_South_Korea)
        "https://en.wikipedia.org/wiki/Nuclear_power_in_South_Korea",
        '"Nuclear Power in Korea". Information Papers. World Nuclear Association (WNA). 18 March 2010. '
        "Retrieved 2012-02-04.",
        "Information Papers",
        "World Nuclear Association (WNA)",
    ),
    (  # sample (ja.wikipedia.org/wiki/Value_object)
        "https://ja.wikipedia.org/wiki/Value_object",
        "Fowler, Martin (2003年). “Value Object”. Catalog of Patterns of Enterprise Application Architecture. "
        "Martin Fowler (martinfowler.com). 2011年7月17日閲覧。",
        "Catalog of Patterns of Enterprise Application Architecture",
        "Martin Fowler (martinfowler.com)",
    ),
]


# (source, text, container, volume)
SITE_NUMBERS = [
    (  # sample
        WANNACRY,
        "\"France's Renault hit in worldwide 'ransomware' cyber attack\" (in Spanish). France 24. 13 May 2017. "
        "Retrieved 13 May 2017.",
        "France 24",
        None,
    ),
    (  # constructed: a journal's volume before the access note stays a volume
        "constructed",
        'Smith, J. (2001). "Title". Journal of Things 12. Retrieved 3 May 2010.',
        "Journal of Things",
        "12",
    ),
]


# (source, text, title, container)
LINKED_PAGES = [
    (SWITCH, "switch(C#リファレンス)、MSDN（2014年5月30日閲覧）。", "switch(C#リファレンス)", "MSDN"),  # sample
    (SWITCH, "Ruby 1.9.3マニュアル - class Regexp、2014年3月3日閲覧。", "Ruby 1.9.3マニュアル - class Regexp", None),
    (  # sample (ja.wikipedia.org/wiki/ReactOS)
        "https://ja.wikipedia.org/wiki/ReactOS",
        "“Vistaっぽい見た目”を実現したWindows互換OS「ReactOS 0.4.6」 - PC Watch、2018年9月25日閲覧。",
        "“Vistaっぽい見た目”を実現したWindows互換OS「ReactOS 0.4.6」",
        "PC Watch",
    ),
    (
        "https://ja.wikipedia.org/wiki/LIDAR",
        "lidar tutorial (NASA) - ウェイバックマシン（2007年3月4日アーカイブ分）",
        "lidar tutorial (NASA)",
        "ウェイバックマシン",
    ),
    (  # sample (ja.wikipedia.org/wiki/POSIX)
        "https://ja.wikipedia.org/wiki/POSIX",
        "Federal Information Processing Standard (FIPS) 151-2 - ウェイバックマシン（2014年2月20日アーカイブ分）",
        "Federal Information Processing Standard (FIPS) 151-2",
        "ウェイバックマシン",
    ),
]


def test_searched_date_is_an_access_date() -> None:
    # (sample) https://globalauthorid.com/WebPortal/ArticleView?wd=068B97C88CE4CF5D221C2AB3A6D0437324ED0B4A865F6D5746D4360D7186B12C
    note = "Ivan Zuenko, “Kak proidet …” [Which road …], Carnegie.ru (April 21, 2016), (searched date: 1 June 2016)"
    assert find_accessed(note, online=False)[0] == "2016-06-01"


# Whole notes sampled from public pages: every field the parser must read from each. The rows keep characters
# as typed (`№`, `Ⅰ`, `…`) and are parsed without NFKC.
# (note, fields), the source in the comment above the row
SAMPLED_NOTES = [
    (  # [hattori] a newspaper cited by its issue: the paper is the container, no title
        "The Japan Times, December 6, 2019, p. 4",
        {"type": "news", "title": None, "container": "The Japan Times", "date": "2019-12-06", "pages": "4"},
    ),
    (  # [h3 ja_misc] an edition label after a newspaper's date is not a publisher
        "「日本はどこへ行く」『産業経済新聞』1999.08.19(東京朝刊)朝刊特集(10頁~11頁)",
        {"type": "news", "container": "産業経済新聞", "publisher": None, "date": "1999-08-19", "pages": "10-11"},
    ),
    # the official portal by its bare address is a web page (h3 convention)
    (
        "www.pravo.gov.ru, 2012, 4 декабря.",
        {"type": "web page", "url": "www.pravo.gov.ru", "container": None, "date": "2012-12-04"},
    ),
    # PAPER_AS_AUTHOR: Chicago author-date, unsigned newspaper article (CMOS 14.207)
    # http://www.chicagomanualofstyle.org/qanda/data/faq/topics/Documentation/faq0076.html
    (
        "New York Times. 2002. “In Texas, Ad Heats Up Race for Governor.” July 30.",
        {
            "authors": [],
            "container": "New York Times",
            "title": "In Texas, Ad Heats Up Race for Governor",
            "date": "2002-07-30",
            "type": "news",
        },
    ),
    # VANCOUVER_NEWS: NLM newspaper articles (University of Portsmouth Vancouver guide)
    # http://referencing.port.ac.uk/pages/ref80.php
    (
        "Boseley S. Doctors running out of antibiotics to fight some infections, say experts. Guardian. "
        "2008 Sep 11:12 (col. 3).",
        {
            "authors": ["Boseley S"],
            "container": "Guardian",
            "date": "2008-09-11",
            "pages": "12",
            "type": "news",
            "title": "Doctors running out of antibiotics to fight some infections, say experts",
        },
    ),
    # A paper cited by issue: the abbreviation РГ (Российская газета), abbreviated month.
    # https://smekni.com/a/29240-8/osnovnye-napravleniya-razvitiya-prava-rossiyskoy-federatsii-8
    ("РГ. 1995. 25 янв.", {"title": None, "container": "РГ", "date": "1995-01-25", "type": "news"}),
    (  # CAMBRIDGE_MULTILATERALISM, note 1: Bluebook newspaper article (names inverted by the reference list)
        "Shear, Michael D., Trump Will Withdraw U.S. From Paris Climate Agreement , N.Y. Times (June 1, 2017).",
        {
            "authors": ["Shear, Michael D."],
            "title": "Trump Will Withdraw U.S. From Paris Climate Agreement",
            "container": "N.Y. Times",
            "publisher": None,
            "date": "2017-06-01",
            "type": "news",
        },
    ),
    (  # WIKIPEDIA_COPY: cite web with a site and a publisher
        "柴田明穂. “北極と南極をめぐる領有権問題” (PDF). 柴田明穂国際法研究室. 神戸大学. 2012年5月30日閲覧。",
        {
            "authors": ["柴田明穂"],
            "title": "北極と南極をめぐる領有権問題",
            "container": "柴田明穂国際法研究室",
            "publisher": "神戸大学",
            "accessed": "2012-05-30",
            "type": "web page",
        },
    ),
]


# Single notes: (note, fields), the rule in the comment above each row.
SINGLE_NOTES = [
    # author before title stays author
    # A person before 「」 is still the author (https://kazov.site/Nis/lecture/seminar/references.html style).
    (
        "松橋和夫「アメリカ連邦議会上院における立法手続」『レファレンス』2004.5, pp.7-36",
        {"authors": ["松橋和夫"], "container": "レファレンス"},
    ),
    # digest rule needs a url and leaves an authored work
    # Without a URL `『Title』(Publisher Year)` stays a book; a name before 「…」 keeps its author.
    # constructed, the sample's shape
    (
        "『マッカーサーの時代』(恒文社 1996)p363",
        {"title": "マッカーサーの時代", "publisher": "恒文社", "date": "1996", "pages": "363"},
    ),
    # mla newspaper day and page
    # constructed after MLA 7 newspaper entries (`Title 22 May 2007, late ed.: F1. Print.`)
    (
        "Doe, Jane. “Storm Hits Coast.” The Daily Herald 3 March 2005: B2. Print.",
        {"container": "The Daily Herald", "date": "2005-03-03", "pages": "B2", "volume": None},
    ),
    # posted headline
    # constructed after the カレントアウェアネス-R `参考:` lines (headline, `Posted` day, URL)
    (
        "図書館協会、新しい目録規則を刊行 Posted 2018年12月25日 http://current.ndl.go.jp/node/1",
        {"title": "図書館協会、新しい目録規則を刊行", "date": "2018-12-25", "container": None},
    ),
    # site pointer needs a url
    # Without an address the pointer is a remark, not a web reference (`(警視庁ホームページ参照)` in running text).
    (
        "警視庁ホームページ参照",
        {"container": None, "url": None, "type": "note"},
    ),
    # report tag sets the type
    (
        "Dreyfus, Hubert (December 1965). Alchemy and AI (PDF) (Report). Rand Corporation.",
        {"title": "Alchemy and AI", "type": "report"},
    ),
    # archive day is no date
    (
        "lidar tutorial (NASA) - ウェイバックマシン（2007年3月4日アーカイブ分）",
        {"date": None, "type": "web page"},
    ),
]


FIELD_ROWS = [
    *rows(SITE_POINTERS_WITH_URL_IN_PARENTHESES, ("source", "note", "container", "url"), title=None, type="web page"),
    # site before page title
    *rows(SITE_BEFORE_TITLE, ("note", "title", "container", "source"), authors=[]),
    # site pointer names the site as container
    *rows(SITE_POINTERS, ("note", "container", "url"), title=None, authors=[], type="web page"),
    # wikipedia template fields
    *rows(WIKIPEDIA_TEMPLATES, ("note", "authors", "title", "date", "pages")),
    # wikipedia byline
    *rows(BYLINES, ("source", "note", "authors", "date")),
    # publisher with bracketed abbreviation
    *rows(SITE_PUBLISHERS, ("source", "note", "container", "publisher")),
    # number ending a site name
    *rows(SITE_NUMBERS, ("source", "note", "container", "volume")),
    # japanese linked page and site
    *rows(LINKED_PAGES, ("source", "note", "title", "container")),
    *rows(SAMPLED_NOTES, ("note", "expected")),
    *rows(SINGLE_NOTES, ("note", "expected")),
]


@pytest.mark.parametrize(
    ("source", "note", "expected", "normalise"), FIELD_ROWS, ids=[row[1][:40] for row in FIELD_ROWS]
)
def test_fields(source: str, note: str, expected: dict, normalise: bool) -> None:
    assert_fields(parse(note, normalise=normalise), expected, source)
