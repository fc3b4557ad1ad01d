"""Source lines of web pages and blogs: the credits and headers a page prints instead of a bibliographic note.

Blogs and news digests name where a text comes from in a few fixed shapes that no style sheet describes:

* a credit in brackets after the text: the agency and the day (`(RIAノーボスチ2022/6/2)`, `(タス通信 2022/9/5)`) or a
  newsletter's issue (`(週刊ボストーク通信1425号より)`);
* a translated paper's dateline: `2022年07月22日付 Milliyet 紙` (the day, then the paper with 紙);
* a news site's header: the headline, the site and the delivery stamp (`… THE PAGE 10/18(火) 13:00配信`, Yahoo!
  ニュース), or the headline, the byline in square brackets and the paper with its stamp after a bar
  (`境界地域の「振り子」 [岩下明裕 …教授] 熊本日日新聞 | 2022年11月22日07:00`);
* a repository's thesis record: `著者 題 学位授与機関 大学 学位授与番号 …` (JAIRO / institutional repositories);
* a body's name with its acronym before its site's address (`国際刑事裁判所を求めるNGO連合(CICC) www…`);
* a page title followed by its author's name written with a space (`なぜ…を示そう 岩下 明裕`);
* a site's name with its publication stamp, day and clock, often after a copyright mark (`ⓒ 中央日報/中央日報日本語版
  2024.03.21 14:32`, `Record China 2024年2月10日(土) 6時0分`);
* a photo credit: the paper's day with 付, the paper and the agency after a copyright mark (`9月22日付労働新聞(c)…`);
* a body's site named in brackets (`(韓国法制処「国家法令情報センター」サイト)`);
* a republication note (`※本記事は、…「UNITIS」の掲載記事(2025年5月22日公開、…)から…転載したものです。`);
* a KAKEN report heading: the fiscal year and the report kind before the project title.

A short author-date note with its page (`山田(2010)、45頁。`) is the Japanese author-year style's
(``japanese.parse_ja_author_year``), not a source line.

Each shape is matched as a whole line (after the URL, access date and lead-in label were cut), so a note in a
bibliographic style never reaches these readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extractors.citations.fields import find_date
from pipeline.records import Citation

_DAY_SLASH = r"(?:19|20)\d\d/\d{1,2}/\d{1,2}"
_DAY_KANJI = r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日"

_DAY_DOTTED = r"(?:19|20)\d\d\.\d{1,2}\.\d{1,2}"
_WEEKDAY = r"[(（][月火水木金土日][)）]"
# Words that make a site of a name (`中央人民政府HP`, `…ホームページ`): the credit is a web page, not a news item.
SITE_WORD = re.compile(r"(?:HP|ホームページ|ウェブサイト|Webサイト|サイト)$")

# A credit in brackets: the agency glued or spaced to the day (`(RIAノーボスチ2022/6/2)`, `(共同 2023年3月1日)`),
# or the day first and the source with より (`(2021年7月11日 中央人民政府HPより)`). The name has no digit, comma or
# bracket; the whole note is the credit.
BRACKETED_AGENCY_DAY = re.compile(
    rf"^[(（](?:(?P<name>[^()（）\d,、，]{{2,30}}?)\s?(?P<day>{_DAY_SLASH}|{_DAY_KANJI})"
    rf"|(?P<day2>{_DAY_SLASH}|{_DAY_KANJI})\s?(?P<name2>[^()（）\d,、，\s][^()（）\d,、，]{{1,30}}?)(?:より|から))[)）]$"
)

# A newsletter's issue in brackets with より (`(週刊ボストーク通信1425号より)`,
# `(JOGMEC石油天然ガスニュース第12号より)`): the periodical the text was taken from.
BRACKETED_ISSUE = re.compile(r"^[(（](?P<name>[^()（）\d,、，]{2,30}?)\s?第?(?P<issue>\d{1,5})号(?:より|から)?[)）]$")

# A translated paper's dateline: the day with 付 and the paper with 紙 (`2022年07月22日付 Milliyet 紙`, TUFS 中東報道
# 翻訳; `2023年1月5日付ハアレツ紙`).
DATELINE_PAPER = re.compile(rf"^(?P<day>{_DAY_KANJI})付\s?(?P<name>[^\s付紙][^付]{{0,30}}?)\s?紙$")

# Yahoo!ニュース's header: headline, site, the delivery stamp `M/D(曜) HH:MM配信` (no year). The site is a run of
# Latin words (`THE PAGE`, `AERA dot.`) or one word without a space (`毎日新聞`).
DELIVERY_HEADER = re.compile(
    r"^(?P<title>\S.{3,}?)\s(?P<site>[A-Za-z][\w.&'-]*(?:\s[\w.&'-]+){0,3}|[^\s\d]{2,20})\s"
    r"\d{1,2}/\d{1,2}[(（][月火水木金土日][)）]\s?\d{1,2}:\d\d\s?配信$"
)

# A news site's header with its byline in square brackets and the paper before a bar and the stamp
# (`題 [著者 所属] 熊本日日新聞 | 2022年11月22日07:00`): the first word of the brackets is the writer.
BYLINE_HEADER = re.compile(
    r"^(?P<title>\S.{1,120}?)\s\[(?P<author>[^\s\[\]]{2,20})(?:\s[^\[\]]{1,60})?\]\s"
    r"(?P<paper>[^\s|][^|]{0,30}?)\s?\|\s?(?P<day>.+)$"
)

# A repository's thesis record: author (family and given name, spaced as the record writes it), title, then
# `学位授与機関` and the university, `学位授与番号` and the number (JAIRO, 東北大学機関リポジトリ TOUR).
THESIS_RECORD = re.compile(
    r"^(?P<author>[\u4e00-\u9fff々]{1,5}\s[\u4e00-\u9fff々\u3040-\u309f]{1,5})\s(?P<title>\S.+?)\s"
    r"学位授与機関\s(?P<grantor>.+?)(?:\s学位授与番号\s\S+)?(?:\s学位授与年月日\s(?P<day>\S+))?$"
)

# A body's name with its acronym in brackets, nothing else (`国際刑事裁判所を求めるNGO連合(CICC)`): with a URL
# it is the body whose site the note points to, the page's author.
BODY_WITH_ACRONYM = re.compile(
    r"^(?P<body>[^\s()（）]{2,40}?)[(（][A-Z][A-Za-z&]{1,9}[)）]"
    r"(?:\s(?P<host>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|jp|int|gov|info|ru))/?)?$"
)

# A page title, then its author's name as Japanese pages print bylines: family and given name with a space
# (`なぜ北方領土問題はいまだ解決しないのか~…を示そう 岩下 明裕`). The title has no quotation marks, digits of a
# year or book title in 『』; the name is two short runs of kanji (the given name may end in kana).
TITLE_SPACED_NAME = re.compile(
    r"^(?!.*(?:19|20)\d\d)(?P<title>[^『』\s][^『』]{7,}?)\s(?P<author>[\u4e00-\u9fff々]{1,4}\s[\u4e00-\u9fff々][\u4e00-\u9fff々\u3040-\u309f]{0,3})$"
)


# Only a publication stamp besides the URL: the day and the clock (`https://sputniknews.jp/… 2022年10月29日, 11:21`,
# `… 2023/03/01 18:05`): a news item's stamp (a page's last update carries no clock in a note).
STAMP_ONLY = re.compile(rf"^(?P<day>{_DAY_KANJI}|{_DAY_SLASH})[,\s]\s?\d{{1,2}}:\d\d$")


def _stamped_url(citation: Citation, body: str) -> bool:
    """A URL with only a day and a clock: a news item of that day."""
    match = STAMP_ONLY.match(body) if citation.url else None
    if match:
        citation.type, citation.date = "news", find_date(match.group("day"))[0]
    return match is not None


def _agency_day(citation: Citation, body: str) -> bool:
    """`(Agency 2022/6/2)`: a news item credited to the agency, the agency the container; a site (`…HPより`) is
    a web page."""
    match = BRACKETED_AGENCY_DAY.match(body)
    if match:
        name = (match.group("name") or match.group("name2")).strip()
        citation.type, citation.container = "web page" if SITE_WORD.search(name) else "news", name
        citation.date = find_date(match.group("day") or match.group("day2"))[0]
    return match is not None


def _issue(citation: Citation, body: str) -> bool:
    """`(Newsletter 1425号より)`: an article of the newsletter, the newsletter the container."""
    match = BRACKETED_ISSUE.match(body)
    if match:
        citation.type, citation.container = "journal article", match.group("name").strip()
    return match is not None


def _dateline(citation: Citation, body: str) -> bool:
    """`2022年07月22日付 Paper 紙`: a newspaper article of that day."""
    match = DATELINE_PAPER.match(body)
    if match:
        citation.type, citation.container = "news", match.group("name").strip()
        citation.date = find_date(match.group("day"))[0]
    return match is not None


def _delivery_header(citation: Citation, body: str) -> bool:
    """`Headline Site M/D(曜) HH:MM配信`: a news item; the stamp has no year, so no date."""
    match = DELIVERY_HEADER.match(body)
    if match:
        citation.type, citation.title = "news", match.group("title").strip()
        citation.container = match.group("site").strip()
    return match is not None


def _byline_header(citation: Citation, body: str) -> bool:
    """`Headline [Writer affiliation] Paper | stamp`: a news article by the writer in the paper."""
    match = BYLINE_HEADER.match(body)
    day = find_date(match.group("day"))[0] if match else None
    if match and day:
        citation.type, citation.title = "news", match.group("title").strip()
        citation.authors, citation.container, citation.date = [match.group("author")], match.group("paper"), day
    return bool(match and day)


def _thesis_record(citation: Citation, body: str) -> bool:
    """A repository's thesis record: the degree-granting university is the publisher."""
    match = THESIS_RECORD.match(body)
    if match:
        citation.type, citation.authors = "thesis", [match.group("author")]
        citation.title, citation.publisher = match.group("title").strip(), match.group("grantor").strip()
        citation.date = find_date(match.group("day") or "")[0]
    return match is not None


def _body_site(citation: Citation, body: str) -> bool:
    """`Body(ACRONYM) URL` (or a bare host): the body's own site, the body its author."""
    match = BODY_WITH_ACRONYM.match(body)
    if not match or not (citation.url or match.group("host")):
        return False
    citation.type, citation.authors = "web page", [match.group("body")]
    citation.url = citation.url or match.group("host")
    return True


def _title_and_byline(citation: Citation, body: str) -> bool:
    """`Title 姓 名`: a page title and its writer's name; UniDic must read the name as a person's."""
    from pipeline.extractors.citations.generic import is_japanese_name

    match = TITLE_SPACED_NAME.match(body)
    if not match or not is_japanese_name(match.group("author").replace(" ", "")):
        return False
    citation.type, citation.title, citation.authors = "web page", match.group("title").strip(), [match.group("author")]
    return True


# A site's name and its publication stamp (day and clock), after an optional copyright mark (ingest reads ⓒ as c):
# JoongAng Ilbo's Japanese pages close with `ⓒ 中央日報/中央日報日本語版` and the stamp, Record China's headers print
# `Record China 2024年2月10日(土) 6時0分`. Names joined by / are the group and the edition; the last one is the
# edition the page is from.
SITE_STAMP = re.compile(
    rf"^(?:(?:[ⓒ©]|\(c\)|c(?=\s))\s?)?(?P<site>[^\d\s(（][^\d()（）]{{1,40}}?)\s?"
    rf"(?P<day>{_DAY_KANJI}|{_DAY_DOTTED}|{_DAY_SLASH})(?:{_WEEKDAY})?\s?\d{{1,2}}(?::\d\d|時\d{{1,2}}分)$"
)

# A photo's credit: the paper's day with 付, the paper, a copyright mark and the agency that distributed the photo
# (KOREA WAVE, Yonhap: `9月22日付労働新聞(c)KOREA WAVE`). The item cited is the paper's.
PHOTO_CREDIT = re.compile(
    rf"^(?P<day>{_DAY_KANJI}|\d{{1,2}}月\d{{1,2}}日)付\s?(?P<paper>[^\s()（）]{{2,20}}?)\s?(?:\(c\)|[ⓒ©])\s?\S.{{0,30}}$"
)
_MONTH_DAY = re.compile(r"^(?P<month>\d{1,2})月(?P<day>\d{1,2})日$")

# A body's site named in brackets: `(韓国法制処「国家法令情報センター」サイト)`: the site is the title, the body
# that runs it the publisher.
BODY_SITE_IN_BRACKETS = re.compile(
    r"^[(（]?(?P<body>[^\s「」()（）]{2,20}?)「(?P<site>[^「」]{2,40})」(?:サイト|ホームページ|ウェブサイト|HP)[)）]?$"
)

# A republication note (`※本記事は、…姉妹サイト「UNITIS」の掲載記事(2025年5月22日公開、…)から…転載したものです。`,
# `本稿は「…」(2023年4月1日掲載)の記事を転載したものです。`): the site first printing it and the day it did.
REPUBLISHED_FROM = re.compile(
    rf"^※?\s?本(?:記事|稿|コラム)は[、,]?.{{0,60}}?「(?P<site>[^「」]{{2,30}})」[^「」()（）]{{0,12}}"
    rf"[(（](?P<day>{_DAY_KANJI})(?:公開|掲載|配信)[^()（）]*[)）].{{0,40}}?転載"
)

# KAKEN's report heading: the fiscal year and the report kind, then the project title (kaken.nii.ac.jp
# `2019 Fiscal Year Annual Research Report …`, `2017 Fiscal Year Final Research Report …`).
KAKEN_REPORT = re.compile(
    r"^(?P<year>(?:19|20)\d\d)\sFiscal\sYear\s(?:Annual|Final|Research-status|Self-evaluation)\s"
    r"(?:Research\s)?Report\s(?P<title>\S.{3,})$"
)

# A document database's source line: a book's title without quotation marks, a comma and the pages with 頁, closed
# by a full stop; anything after it names a second source (データベース「世界と日本」(worldjpn): `[出典] 日本外交主要
# 文書・年表(1),576ー578頁.外務省条約局「条約集」…`). The long-vowel mark stands for a dash in ranges, as the
# yearbook's own publisher writes `1941ー1960年` (kiip.or.jp/publish/bubsyo_nenpyo.html).
UNQUOTED_TITLE_PAGES = re.compile(
    r"^(?P<title>[^「」『』,、.。\d\s][^「」『』,、.。]{2,60}?),\s?(?P<pages>\d{1,5}(?:[-–ー~〜]\d{1,5})?)頁[.。]"
)


def _title_pages(citation: Citation, body: str) -> bool:
    """`Title(1),576ー578頁.`: a book and the pages cited; a second source after the full stop is not taken."""
    match = UNQUOTED_TITLE_PAGES.match(body)
    if match:
        citation.type, citation.title, citation.pages = "book", match.group("title"), match.group("pages")
    return match is not None


def _site_stamp(citation: Citation, body: str) -> bool:
    """`Site 2024.03.21 14:32`: a news item of that site and day."""
    match = SITE_STAMP.match(body)
    if match:
        citation.type, citation.container = "news", match.group("site").split("/")[-1].strip()
        citation.date = find_date(match.group("day"))[0]
    return match is not None


def _photo_credit(citation: Citation, body: str) -> bool:
    """`9月22日付Paper(c)Agency`: the paper's item of that day (month and day only when no year is given)."""
    match = PHOTO_CREDIT.match(body)
    if not match:
        return False
    month_day = _MONTH_DAY.match(match.group("day"))
    citation.type, citation.container = "news", match.group("paper")
    if month_day:
        citation.date = f"--{int(month_day.group('month')):02d}-{int(month_day.group('day')):02d}"
    else:
        citation.date = find_date(match.group("day"))[0]
    return True


def _named_site(citation: Citation, body: str) -> bool:
    """`(Body「Site」サイト)`: the body's site, the body its publisher."""
    match = BODY_SITE_IN_BRACKETS.match(body)
    if match:
        citation.type, citation.title, citation.publisher = "web page", match.group("site"), match.group("body")
    return match is not None


def _republished(citation: Citation, body: str) -> bool:
    """A republication note: the first site is the container, its publication day the date."""
    match = REPUBLISHED_FROM.match(body)
    if match:
        citation.type, citation.container = "web page", match.group("site")
        citation.date = find_date(match.group("day"))[0]
    return match is not None


def _kaken_report(citation: Citation, body: str) -> bool:
    """A KAKEN report heading: a report of the fiscal year, the project title its title."""
    match = KAKEN_REPORT.match(body)
    if match:
        citation.type, citation.title, citation.date = "report", match.group("title").strip(), match.group("year")
    return match is not None


READERS: tuple[Callable[[Citation, str], bool], ...] = (
    _stamped_url,
    _agency_day,
    _issue,
    _dateline,
    _delivery_header,
    _byline_header,
    _thesis_record,
    _body_site,
    _title_and_byline,
    _site_stamp,
    _photo_credit,
    _named_site,
    _republished,
    _kaken_report,
    _title_pages,
)


def parse_source_line(citation: Citation, body: str) -> bool:
    """A page's source line in one of the shapes above, read whole; False leaves the note to the styles."""
    text = body.strip()
    return any(reader(citation, text) for reader in READERS)
