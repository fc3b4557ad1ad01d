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
* a page title followed by its author's name written with a space (`なぜ…を示そう 岩下 明裕`).

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

# A credit in brackets: the agency glued or spaced to the day (`(RIAノーボスチ2022/6/2)`, `(共同 2023年3月1日)`).
# The name has no digit, comma or bracket; the whole note is the credit.
BRACKETED_AGENCY_DAY = re.compile(
    rf"^[(（](?P<name>[^()（）\d,、，]{{2,30}}?)\s?(?P<day>{_DAY_SLASH}|{_DAY_KANJI})[)）]$"
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
    """`(Agency 2022/6/2)`: a news item credited to the agency, the agency the container."""
    match = BRACKETED_AGENCY_DAY.match(body)
    if match:
        citation.type, citation.container = "news", match.group("name").strip()
        citation.date = find_date(match.group("day"))[0]
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
)


def parse_source_line(citation: Citation, body: str) -> bool:
    """A page's source line in one of the shapes above, read whole; False leaves the note to the styles."""
    text = body.strip()
    return any(reader(citation, text) for reader in READERS)
