"""Web pages cited by the title their browser tab shows, and by the name of the site that holds them.

Two shapes the bibliographic styles do not cover:

* a page title copied with its site, ``Title | Site``, ``Title - Site`` or ``Title：Site``
  (``日ソ共同声明 | 日本国内閣府``, ``ウェブアクセシビリティ｜外務省``): the last piece is the site (the
  container), the first the page's title, pieces between are sections of the site;
* a site's name before the page title in 「」 (``創価学会公式サイト「SOKAnet:…」``,
  ``気象庁ホームページ「過去の気象データ検索」``): the site is the container, not an author.
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.fields import find_date
from pipeline.extractors.citations.vocabulary import ORGANISATION, is_news
from pipeline.records import Citation

# The separators a page title puts between its own title, the site's sections and the site's name.  A pipe
# (NFKC folds `｜` to `|`) is never part of a bibliographic style; a spaced dash or a colon is, so they only
# count when the piece after them looks like a site (see `_is_site`).
PIPE = re.compile(r"\s?\|\s?")
SPACED_DASH = re.compile(r"\s[-–—]\s")
COLON = re.compile(r"(?<=\S):(?=\S)")

# A list number before the title (`(35) 日ソ共同声明 | 日本国内閣府`): the reference list's, not the title's.
LIST_NUMBER = re.compile(r"^(?:\(\d{1,3}\)|\[\d{1,3}\])\s?")

# What makes a note a bibliographic style rather than a page title: quotation marks, GOST's `//`, a year after
# a comma or in parentheses (`, 2003`, `(2003)`), page, volume or issue labels.
STYLE_MARKS = re.compile(
    r"[「」『』“”\"«»《》]|//|,\s(?:1[6-9]|20)\d\d\b|\((?:1[6-9]|20)\d\d\)|\b(?:pp?|[Vv]ol|[Nn]o)\.\s?\d"
)

# Japanese words that end a site's name: サイト, ホームページ, HP, ウェブサイト.
_JA_SITE_WORDS = r"サイト|ホームページ|HP|ウェブサイト|Webサイト|WEBサイト"
# The end of a site's name: those, ブログ; in Latin script Website, Blog, Wiki.
SITE_WORD = re.compile(rf"(?:{_JA_SITE_WORDS}|ブログ|[Ww]ebsite|[Bb]log|Wiki)$")

# A company or body that publishes a site (`ヤフー株式会社`, `日本財団`, the houses of the Diet `参議院` /
# `衆議院`, a court `最高裁判所`), besides the public bodies of `ORGANISATION` in citations.vocabulary.
COMPANY = re.compile(
    r"(?:株式会社|有限会社|財団|法人|組合|連合会|議院|裁判所|市|町|村|県|都|道|Inc\.?|Ltd\.?|Corporation)$|^株式会社"
)

# A short Latin brand as a site (`MDN`, `DEV Community`, `WAI-ARIA Authoring Practices 1.1`): capitalised words.
LATIN_SITE = re.compile(r"^[A-Z][\w.&'’+-]*(?:\s[\w.&'’+-]+){0,4}$")

# A site's name written before the page title in 「」: `創価学会公式サイト「…」`, `厚生労働省のホームページ「…」`,
# `国土交通省 国会等の移転ホームページ「…」`.
SITE_BEFORE_TITLE = re.compile(
    r"^(?:出典[:：]\s?)?(?P<site>[^「」『』\s][^「」『』]{0,40}?"
    rf"(?:{_JA_SITE_WORDS}))\s?「(?P<title>[^「」]+)」"
)

# The longest a site's name runs; a longer last piece is a sentence, not a site.
MAX_SITE = 40


def _is_organisation(name: str) -> bool:
    """A public body (`内閣府`, `日本国内閣府`), a company or a news organisation."""
    return bool(ORGANISATION.search(name) or COMPANY.search(name) or is_news(name))


def _is_site(name: str, *, online: bool) -> bool:
    """The last piece after a dash or a colon names a site: a site word, an organisation, or (for a note with a
    URL) a short Latin brand."""
    if SITE_WORD.search(name) or _is_organisation(name):
        return True
    return online and bool(LATIN_SITE.match(name)) and not re.search(r"(?:1[6-9]|20)\d\d", name)


def _person(piece: str) -> bool:
    """A personal name in Han characters between title and site (`… - 国分高史 | 論座アーカイブ`): UniDic tags a
    part of it 人名 and it is no organisation."""
    from pipeline.extractors.citations.generic import is_japanese_name

    text = piece.strip()
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", text)) and is_japanese_name(text)


# The comma before the site in a Japanese note that names a linked page and its site before the access date
# (`switch(C#リファレンス)、MSDN(2014年5月30日閲覧)。`, ja.wikipedia.org/wiki/Switch文): the last comma only.
LAST_COMMA_JA = re.compile(r"、(?=[^、]+$)")

# What still marks a bibliographic style when a headline with quotation marks is followed by its site
# (`“Vistaっぽい見た目”を実現した…「ReactOS 0.4.6」 - PC Watch`): a book's 『』, GOST's `//`, a year, a locator,
# or a full stop between elements.
NON_QUOTE_MARKS = re.compile(
    r"[『』]|//|,\s(?:1[6-9]|20)\d\d\b|\((?:1[6-9]|20)\d\d\)|\b(?:pp?|[Vv]ol|[Nn]o)\.\s?\d|[.。]\s"
)


def _split(body: str, online: bool, read_on: bool = False) -> list[str] | None:
    """Title, sections and site of a page title, by the strongest separator found in it; a note with its own
    access date (`read_on`) may also end with `、Site` and counts as online for a dash."""
    pieces = PIPE.split(body)
    if len(pieces) > 1:
        return pieces
    separators = ((SPACED_DASH, online or read_on), (COLON, online), (LAST_COMMA_JA, read_on))
    for separator, on_line in separators:
        pieces = separator.split(body)
        if (
            len(pieces) > 1
            and _is_site(pieces[-1].strip(), online=on_line)
            and (separator is not LAST_COMMA_JA or on_line)
        ):
            return pieces
    return None


def _quoted_headline(text: str, read_on: bool) -> bool:
    """A headline with quotation marks inside it, then a spaced dash and the site, read online: a page title
    (the news sites' `見出し「…」 - PC Watch`), not a quoted title of a bibliographic style."""
    pieces = SPACED_DASH.split(text)
    return (
        read_on and len(pieces) > 1 and not NON_QUOTE_MARKS.search(text) and _is_site(pieces[-1].strip(), online=True)
    )


def parse_web_title(citation: Citation, body: str) -> bool:
    """`Title | Site`, `Title - Site`, `Title：Site` (a page title with its site), with an optional author
    between title and site (`Title - 著者 | Site`)."""
    text = LIST_NUMBER.sub("", body.strip()).strip(" .。、")
    read_on = citation.accessed is not None and citation.url is None
    if STYLE_MARKS.search(text) and not _quoted_headline(text, read_on):
        return False
    pieces = _split(text, online=citation.url is not None, read_on=read_on)
    if pieces is None:
        return False
    pieces = [piece.strip() for piece in pieces]
    site, title = pieces[-1], pieces[0]
    if not title or not site or len(site) > MAX_SITE or re.search(r"(?:1[6-9]|20)\d\d", site):
        return False
    authors: list[str] = []
    byline = SPACED_DASH.split(title)
    if len(byline) > 1 and _person(byline[-1]):
        title, authors = " - ".join(byline[:-1]).strip(), [byline[-1].strip()]
    citation.title, citation.container, citation.authors = title, site, authors
    citation.type = "web page"
    return True


def site_as_container(citation: Citation, reference: str) -> None:
    """`サイト名「題」`: the name before the title is the site holding the page, not its author."""
    match = SITE_BEFORE_TITLE.match(reference.strip())
    if not match or citation.container:
        return
    site = match.group("site").strip()
    if citation.authors and not all(author.replace(" ", "") in site.replace(" ", "") for author in citation.authors):
        return
    citation.container, citation.authors = site, []
    citation.title = citation.title or match.group("title").strip()
    if citation.url or citation.type in ("note", "book"):
        citation.type = "web page"


# A news digest's source line, `Title(Org,date)URL` or `Title(Org)URL` (NDL カレントアウェアネス-R:
# `New Group of JFK … to the Public(NARA,2018/4/26)https://…`, `新着情報一覧(小牧市)http://…`, a last update
# `(Portal Brasil,2016/7/20最終更新)`): the page's title,
# then the body that issued it and the day it did (a body's name has no digits: `(昭和56年5月29日)` is a date).
# The URL has been cut out before this runs.
ORG_DATE_TAIL = re.compile(
    r"^(?P<title>[^()]{2,}?)\s?\((?P<org>[^(),、，\d]{1,40}?)"
    r"(?:,\s?(?P<date>(?:19|20)\d\d/\d{1,2}/\d{1,2})(?:最終更新|更新)?)?\)$"
)
# A remark after its URL (`※「…」とあります。`); a label before the page's title (`関連: `, `参考: `) is cut for every
# note (citations.SOURCE_LEAD_LABEL).
REMARK = re.compile(r"\s?※.*$")
# A person's name before a 「title」: then the parentheses hold a publisher of an authored work, not a page's.
NAME_BEFORE_QUOTE = re.compile(r"^(?P<name>[^「」『』]{2,12})「")


def parse_web_org(citation: Citation, body: str) -> bool:
    """`Title(Org,date)URL`: the whole text before the parentheses is the page's title, the body in them its
    publisher (the gold's `…(衛生福利部社會及家庭署) URL` convention), the date its release date."""
    if citation.url is None:
        return False
    text = REMARK.sub("", body.strip()).strip()
    match = ORG_DATE_TAIL.match(text)
    if not match or STYLE_MARKS.search(match.group("title").replace("「", "").replace("」", "")):
        return False
    named = NAME_BEFORE_QUOTE.match(match.group("title"))
    if named and _person(named.group("name")):
        return False
    citation.title, citation.publisher = match.group("title").strip(), match.group("org").strip()
    if match.group("date"):
        year, month, day = (int(part) for part in match.group("date").split("/"))
        citation.date = f"{year:04d}-{month:02d}-{day:02d}"
    citation.authors, citation.type = [], "web page"
    return True


# A news digest's headline with its posting date (NDL カレントアウェアネス-R: `国立国会図書館調査局の
# 『レファレンス』No.778で「…」を刊行 Posted 2015年11月19日 http://…`): the whole headline is the title, even with
# 『』 and 「」 inside it
# (the cf4 convention for `県図書館所蔵地図展「…」`), and the posting day is the date.
POSTED_HEADLINE = re.compile(r"^(?P<title>.{4,}?)\s(?:Posted(?:\son)?|投稿日?[:：]?)\s(?P<date>\S.{4,20}?)\.?$")


def parse_posted_headline(citation: Citation, body: str) -> bool:
    """`Headline Posted <date>` before a URL: a web page dated by its posting."""
    match = POSTED_HEADLINE.match(body.strip())
    if not match or citation.url is None:
        return False
    date, span = find_date(match.group("date"))
    if not date or not span or span[1] - span[0] < len(match.group("date").strip()) - 1:
        return False
    citation.type, citation.authors = "web page", []
    citation.title, citation.date = match.group("title").strip(), date
    return True


# A page cited through its archived copy, as Japanese Wikipedia's {{Wayback}} prints it: `Title (Site) - ウェイバック
# マシン(2007年3月4日アーカイブ分)` (ja.wikipedia.org/wiki/LIDAR).  The archive holds the copy (the container); the day
# of the copy is neither the page's date nor the reader's, so ARCHIVE_DAY is cut before any field is read.
ARCHIVE_DAY = re.compile(r"\s?\((?:[^()]{0,30}?)アーカイブ分?\)(?=[。.]?$)")
ARCHIVED_COPY = re.compile(
    r"^(?P<title>[^「」『』“”\"]{2,200}?)\s?[-–]\s?(?P<archive>ウェイバックマシン|Wayback Machine|archive\.today|"
    r"インターネットアーカイブ)[。.]?$"
)


def parse_archived_copy(citation: Citation, body: str) -> bool:
    """`Title - ウェイバックマシン`: a web page whose container is the archive."""
    match = ARCHIVED_COPY.match(body.strip())
    if not match:
        return False
    citation.title, citation.container = match.group("title").strip(), match.group("archive")
    citation.authors, citation.type = [], "web page"
    return True


# --- Wikipedia citation templates left unrendered -------------------------------------------------------------

# A citation template copied as wikitext, not as the page renders it (mirrors and dumps that do not expand
# templates): `{{cite journal|author=Hiller, Howard|title=…|journal=Amer. Math. Monthly|year=1986|pages=765–779}}`.
WIKI_TEMPLATE = re.compile(r"\{\{\s?(?P<kind>[Cc]ite\s?[a-z]+|[Cc]itation)\s?\|(?P<params>[^{}]*)\}\}")
# The template's kind -> the citation's type (Help:Citation Style 1).
TEMPLATE_TYPES = {
    "web": "web page",
    "news": "news",
    "journal": "journal article",
    "magazine": "journal article",
    "book": "book",
    "conference": "conference paper",
    "report": "report",
    "thesis": "thesis",
}
# The parameters that name the work holding the cited one.
TEMPLATE_CONTAINERS = ("journal", "work", "website", "newspaper", "magazine", "periodical", "conference", "book-title")


def _template_params(params: str) -> dict[str, str]:
    """`a=1|b=2` → {"a": "1", "b": "2"}; empty values and unnamed pieces are dropped."""
    pairs = (piece.split("=", 1) for piece in params.split("|") if "=" in piece)
    return {key.strip().lower(): value.strip() for key, value in pairs if value.strip()}


def _template_authors(params: dict[str, str]) -> list[str]:
    """`author`, `author2`…, or `last`/`first` pairs (`last1=Smith|first1=J.` → `Smith, J.`)."""
    authors = []
    for suffix in ("", *(str(n) for n in range(1, 10))):
        name = params.get(f"author{suffix}")
        last, first = params.get(f"last{suffix}"), params.get(f"first{suffix}")
        if not name and last:
            name = f"{last}, {first}" if first and last.isascii() else last + (first or "")
        if name and name not in authors:
            authors.append(name)
    return authors


def parse_wiki_template(citation: Citation, text: str) -> bool:
    """Read a citation template's named parameters into the fields; False when the note holds none."""
    match = WIKI_TEMPLATE.search(text)
    if not match:
        return False
    params = _template_params(match.group("params"))
    kind = match.group("kind").lower().replace("cite", "").strip()
    citation.type = TEMPLATE_TYPES.get(kind, "web page" if "url" in params else "book")
    citation.authors = _template_authors(params)
    citation.editor = params.get("editor")
    citation.title = params.get("chapter") or params.get("title")
    book = params.get("title") if params.get("chapter") else None
    citation.container = book or next((params[key] for key in TEMPLATE_CONTAINERS if key in params), None)
    citation.publisher = params.get("publisher")
    date = params.get("date") or params.get("year")
    citation.date = (find_date(date)[0] or date) if date else None
    pages = params.get("pages") or params.get("page")
    citation.pages = re.sub(r"\s?[–—]\s?", "-", pages) if pages else None
    citation.url = params.get("url")
    citation.volume, citation.issue = params.get("volume"), params.get("issue")
    accessed = params.get("access-date") or params.get("accessdate")
    citation.accessed = (find_date(accessed)[0] if accessed else None) or citation.accessed
    return True


def bare_site_name(citation: Citation) -> None:
    """A note that gives only a site's name before its URL (`国連 HP http://…`, `外務省ホームページ http://…`)
    names the site, the container; the page has no title of its own there."""
    title = (citation.title or "").strip()
    if citation.url and not citation.container and title and len(title) <= 40 and SITE_WORD.search(title):
        citation.container, citation.title = title, None
