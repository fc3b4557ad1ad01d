"""Field-level pieces of a reference: URLs, call numbers, pages, dates, language.

Every parser in :mod:`pipeline.extractors.citations` cuts these out of a
note first; what remains (authors, titles, containers) is then matched by
the style parsers.  Each pattern is named and documented with the real form
it was written for.
"""

from __future__ import annotations

import re

from pipeline.extractors.timex.absdate import ERA_LETTERS, ERA_OF_INITIAL, RU_MONTHS, era_year, year_span_end

# --- URLs ---------------------------------------------------------------------

# A URL, bare or in <> (NDL notes: `<https://www.interfax.ru/russia/986705>`).
# Stops at whitespace, a closing bracket or Japanese punctuation.
# A `[` opening a bracketed date glued to it (`…/s32-contents.htm[2020-04-20]`, an access date) ends it.
URL = re.compile(r"<?(?P<url>(?:https?|ftp)://(?:[^\s<>\"「」『』（）()、。\[\]]|\[(?!(?:1[6-9]|20)\d\d[./-]))+)>?")

# A URL without its scheme as MLA 8/9 prints it, `www.` host and at least one path segment (a bare host name is a
# site's name, not a link: heldout8): `…, 2008, www.socwork.net/sws/article/view/60/362. Accessed 20 May 2009.`
SCHEMELESS_URL = re.compile(
    r"(?<![\w./@])(?P<url>www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/[^\s<>\"「」『』（）()、。,]*[^\s<>\"「」『』（）()、。,.;:])"
)

# A scheme-less address in angle brackets, as OSCOLA 3.1 prints every web address (`<www.legislation.gov.uk>`) and
# Cambridge law journals copy it with any host (`<en.kremlin.ru/events/president/news/51535>`): the brackets
# delimit it, so a host of dotted labels ending in a letter-only top-level domain is enough, with or without a path.
ANGLED_SCHEMELESS_URL = re.compile(r"<(?P<url>(?:[a-z0-9-]+\.)+[a-z]{2,12}(?:/[^\s<>\"「」『』]*)?)>", re.IGNORECASE)

# A DOI written without its resolver: `doi:10.1080/09540253.2016.1216953`.
DOI = re.compile(r"\bdoi:\s?(?P<doi>10\.\d{4,9}/\S+?)(?=[.,;]?(?:\s|$))", re.IGNORECASE)


# A URL inside 〈〉 or <> with spaces a PDF line wrap or a careless copy left inside it
# (SIST 02 examples: `入手先〈http: //joi.jlc.jst.go.jp/JST.JSTAGE/jcac/3.63〉`,
# `〈http://www.cat.op.nii.ac.jp/CAT- ILL/MAN2/CM/mokuji.html〉`): the brackets delimit it,
# so the spaces are dropped.
BRACKETED_URL = re.compile(r"[〈<](?P<url>(?:https?|ftp)\s?:\s?//[^〈〉<>\n]+?)[〉>]")

# The rest of a URL's path after a stray space, a slash opening a segment that ends in a file name or a slash
# (`http://linguistics.byu.edu/faculty/henrichsenl/apa /apa01.html`, an APA example copied from a library guide):
# running text never opens a word with `/`.
PATH_AFTER_SPACE = re.compile(r"\s(?P<more>/[\w.~%-]+(?:/[\w.~%-]+)*(?:\.[a-z]{2,5}|/))(?=[\s()<>,;]|$)")


def find_url(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The first URL of a note, without ``<>`` and trailing punctuation, and its span."""
    bracketed = BRACKETED_URL.search(text)
    if bracketed and re.search(r"\s", bracketed.group("url")):
        return re.sub(r"\s+", "", bracketed.group("url")).rstrip(".,;:"), bracketed.span()
    match = URL.search(text)
    if match:
        url = match.group("url").rstrip(".,;:")
        end = match.end() if match.group(0).endswith(">") else match.start("url") + len(url)
        broken = PATH_AFTER_SPACE.match(text, end) if end == match.end() and "/" in url.split("//", 1)[-1] else None
        if broken:  # `…/henrichsenl/apa /apa01.html`: one URL, the space a copying slip
            url, end = url + broken.group("more"), broken.end()
        return url, (match.start(), end)
    angled = ANGLED_SCHEMELESS_URL.search(text)
    if angled:
        return angled.group("url").rstrip(".,;:"), angled.span()
    bare = SCHEMELESS_URL.search(text)
    if bare:
        return bare.group("url"), bare.span()
    return None, None


def find_doi(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """A DOI written without a resolver (`DOI: 10.1080/…`) and its span.

    It is not a URL (the note gives none; gold conventions of tests/gold/heldout): the citation keeps
    it as its document number (`doi:10.1080/…`)."""
    match = DOI.search(text)
    return ("doi:" + match.group("doi"), match.span()) if match else (None, None)


# --- NDL call numbers and ISBNs ------------------------------------------------

# An NDL call number in lenticular brackets: `【Z22-554】`, `【AS13-771-J1】`.
CALL_NUMBER = re.compile(
    # a library's record number and NDC class as レファレンス協同データベース answers give them (`【s29914595 210.5】`)
    # with a collection letter before the class (`R` reference, `N` local): `【s30821557 R403.5】`
    r"【(?P<call>[a-z]\d{6,10}\s[A-Z]?\d{3}(?:\.\d{1,4})?"
    r"|[A-Z][A-Z0-9]{0,4}-[0-9A-Z][0-9A-Z\-]*"
    # a public library's NDC class and book marks, the collection letter before the class and further marks for
    # the volume or copy (`【210.59/100N】`, `【329.4/Ko】`, `【R337.8/O67】`, `【023.8/ナイ/7】`, `【515.5/283/#】`)
    r"|[A-Z]?\d{3}(?:\.\d{1,4})?(?:/[0-9A-Za-z\u3040-\u30ff#-]{1,12}){1,3}"
    # NDL's older call numbers: an NDC class, a hyphen, an author mark of an initial, a lower-case letter or two and
    # digits (`308-Ki228k-K`, `308-Ki228k2-T`), and a volume or edition letter after a second hyphen
    r"|\d{3}(?:\.\d{1,4})?-[A-Z][a-z]{0,2}\d{1,4}[a-z]{0,2}\d{0,2}(?:-[A-Z0-9][A-Za-z0-9]{0,3})?)】"
)

# An ISBN (10 or 13 digits, hyphenated or not): `ISBN 978-4335300028`.
ISBN = re.compile(r"ISBN[-:\s]*(?P<isbn>(?:97[89][-\s]?)?[0-9][0-9\-\s]{7,15}[0-9Xx])")


def find_call_number(text: str) -> tuple[str | None, tuple[int, int] | None]:
    match = CALL_NUMBER.search(text)
    return (match.group("call"), match.span()) if match else (None, None)


def find_isbn(text: str) -> tuple[str | None, tuple[int, int] | None]:
    match = ISBN.search(text)
    return (re.sub(r"[\s-]", "", match.group("isbn")), match.span()) if match else (None, None)


# --- the numero sign ------------------------------------------------------------

# The sign before a Russian issue or law number, `№ 48`, `№8`, and the letters it becomes: NFKC maps U+2116 to the
# two letters `No` (`Вестник Европы, 2017, No 48.`, `СЗ РФ. 1996. No 25.`), and notes typed without the sign, or
# English ones, print `No.` (`No. 3, pp. 85-89`).  The letters count only as a whole word right before a number, so
# a title word stays a word (`No Man's Land`, `No More Wars`, `Nov. 3`, `Nobel`, `Kono 5`).  A fragment, not a
# pattern: the parsers put it where they matched `№` alone (`(?:{NUMERO_SIGN}|N)\s?\d+`).
NUMERO_SIGN = r"(?:№|\bNo\.?(?=\s?\d))"
# An issue number after the sign: `№ 48`, `No 48`, `No.537`, `№ 11–12`.
NUMERO = re.compile(NUMERO_SIGN + r"\s?(?P<no>\d+(?:\s?[-–]\s?\d+)?)")


# --- pages --------------------------------------------------------------------

_DASH = r"\s?[-‐‑–—―−〜~～]\s?"
# Page locators, most specific first:
#   `pp.7-36`, `pp. 1–10`, `p. 166-172`, `p.94`, `P.12`  (Western and J-STAGE)
#   `79ページ`, `79頁`, `124頁-126頁`, `51-52頁`, `60頁以下`, `1673 頁` (Japanese; PDF text layers space the unit)
#   `С. 12–15`, `с. 7`, `сс. 76–87`  (Russian; `сс.` is the plural citation processors write)
#   `S. 172`  (transliterated Russian and German `Seite`)
#   `Р. 434-444`  (Russian journals' English `P.` typed with the Cyrillic capital Р, its look-alike)
#   `p3-20`, `p378−401`  (Japanese medical journals: no period after p)
PAGES = re.compile(
    r"(?:(?<![A-Za-z])[Pp]{1,2}(?:\.\s?|(?=\d))|(?<![А-Яа-я])[Сс]{1,2}\.\s?|(?<![A-Za-zА-Яа-я])[SР]\.\s?(?=\d))(?P<first>\d+)(?:"
    + _DASH
    + r"(?P<last>\d+))?"
    r"|(?P<jfirst>\d+)(?:頁|ページ)?" + _DASH + r"(?P<jlast>\d+)\s?(?:頁|ページ)"
    r"|(?P<jsingle>\d+)\s?(?:頁|ページ)(?P<after>以下)?"
    # a range closed by `p` (Japanese web notes: `講談社学術文庫…、75-76p`); a lone `250p` is a book's extent
    r"|(?<![\w.])(?!(?:19|20)\d\d\D+(?:19|20)\d\dp)(?P<pfirst>\d{1,4})" + _DASH + r"(?P<plast>\d{1,4})p(?![A-Za-z])"
)

# Chicago's bare locator after a colon: `Morphology 24, no. 4 (2014): 325–50`; GB/T 7714's after the year or issue:
# `東京:育芳社,1940:338`, `歴史と地理,2018(6):38-47`.
COLON_PAGES = re.compile(
    r"(?:\)|(?<![\d.])(?:1[6-9]|20)\d\d):\s?(?P<first>\d+)(?!\d|[.:]\d)(?:" + _DASH + r"(?P<last>\d+))?"
)

# A page range after the year in parentheses and a full stop, closing the note: `Korean Journal of Defense Analysis,
# 20.4(2008).319-333.` (MLA's colon typed as a full stop); only a range, so `(2008). 5` stays unread.
YEAR_DOT_PAGES = re.compile(r"(?<=(?:1[6-9]|20)\d\d\))\.\s?(?P<first>\d+)" + _DASH + r"(?P<last>\d+)(?=\.?\s*$)")


# Several locators before one page word: `4〜5,7頁` (pages 4 to 5 and 7), `12、15-16頁`.  The first number is
# not a year (`…、1998、25頁` is a year, then page 25).
_LOCATOR = r"\d{1,4}(?:" + _DASH + r"\d{1,4})?"
JA_PAGE_LIST = re.compile(
    r"(?<![\d年.])(?!(?:1[6-9]|20)\d\d\b)(?P<list>" + _LOCATOR + r"(?:[,、，]\s?" + _LOCATOR + r")+)\s?(?:頁|ページ)"
)
# Words joining two page expressions of one note: `4〜7頁および17〜24頁`, `pp. 3-5; pp. 9-12`.
PAGE_JOIN = re.compile(r"\s?(?:および|及び|並びに|と|、|,|，|;)\s?")


def _locator(match: re.Match[str]) -> str:
    groups = match.groupdict()
    first = groups.get("first") or groups.get("jfirst") or groups.get("jsingle") or groups.get("pfirst")
    last = groups.get("last") or groups.get("jlast") or groups.get("plast")
    return f"{first}-{last}" if last else first


def find_pages(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """Pages as ``94`` or ``7-36``; a short last page stays as written (`325–50` → `325-50`); several
    locators are kept comma-separated (`4〜7頁および17〜24頁` → `4-7, 17-24`, `4〜5,7頁` → `4-5, 7`)."""
    listed = JA_PAGE_LIST.search(text)
    match = PAGES.search(text) or COLON_PAGES.search(text) or YEAR_DOT_PAGES.search(text)
    if listed and (not match or listed.start() <= match.start()):
        parts = re.split(r"\s?[,、，]\s?", listed.group("list"))
        return ", ".join(re.sub(_DASH, "-", part) for part in parts), listed.span()
    if not match:
        return None, None
    span = (match.start("first"), match.end()) if match.re is not PAGES else match.span()
    pages = [_locator(match)]
    while match.re is PAGES:  # a second page expression joined to the first
        join = PAGE_JOIN.match(text, span[1])
        match = PAGES.match(text, join.end()) if join else None
        if not match:
            break
        pages.append(_locator(match))
        span = (span[0], match.end())
    return ", ".join(pages), span


def blank_pages(text: str) -> str:
    """The text with every page locator blanked in place, so a page (`1673 頁`, `pp. 1990-2001`) is never
    read as a year."""
    for _ in range(20):
        _, span = find_pages(text)
        if span is None or span[0] == span[1]:
            break
        text = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
    return text


# --- dates --------------------------------------------------------------------

# The one-letter era forms of court reports and tables (`昭52`, `H12`).
ERA_INITIALS = ERA_OF_INITIAL | ERA_LETTERS

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october")
MONTHS_EN = {m: i for i, m in enumerate((*_MONTHS, "november", "december"), 1)}
# Russian month stems (genitive `ноября`, nominative `ноябрь`), the dates extractor's; longest stem is tried first.
MONTHS_RU = RU_MONTHS
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre")
_FR_MONTHS = (*_FR_MONTHS, "novembre", "décembre")
# Russian month names in Latin transliteration (GOST 7.79 / BGN: `26 iyulya`, `15 marta`, `1 maya`),
# the twelve stems with any case ending.
_RU_LATIN = ("yanvar", "fevral", "mart", "aprel", "ma[iy]", "iyun", "iyul", "avgust", "sentyabr", "oktyabr", "noyabr")
MONTH_RU_LATIN = re.compile(
    r"(?:"
    + "|".join(rf"(?P<m{i}>{stem})" for i, stem in enumerate((*_RU_LATIN, "dekabr"), 1))
    + r")(?:ya|ia|a|e|i|´|')?"
)

# A Russian month word, full (any case) or abbreviated: `февраль`, `июля`, `фев`, `сент`, `нояб`.
RU_MONTH_WORD = (
    r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]"
    r"|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|февр?|мар|апр|авг|сент?|окт|нояб?|дек)"
)

# Ukrainian month stems (nominative `червень`, genitive `червня`, `листопада`), as citation-style processors render
# Ukrainian journal pages (OJS CSL: `(Червень 27, 2022)`, `дата звернення Листопад 24, 2024`).
_UK_MONTHS = ("січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листопад", "груд")
UK_MONTH_WORD = r"(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)[а-яєіїґ']*"

# Dates as notes write them, most specific first.  Each names its parts y, m, d
# (era for Japanese eras).
DATE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # `2024年12月4日`, `1995年`, `2011年2月` (a 4-digit western year)
    (
        "ja",
        re.compile(r"(?<!\d)(?P<y>(?:1[6-9]|20)\d\d)年(?:(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[12]\d|3[01]|0?[1-9])日)?)?"),
    ),
    # `昭和47年11月13日`, `平成元年`
    (
        "era",
        re.compile(r"(?P<era>明治|大正|昭和|平成|令和)(?P<y>元|\d{1,2})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?"),
    ),
    # court-report style `昭52・2・17`, `平成12.3.4`
    (
        "era",
        re.compile(
            r"(?P<era>明治|大正|昭和|平成|令和|[明大昭平令])(?P<y>元|\d{1,2})[・.](?P<m>\d{1,2})[・.](?P<d>\d{1,2})"
        ),
    ),
    # a span of publication by months (`2009.6-2015.8`): before the dotted form, which would read `2009.6` alone
    (
        "span",
        re.compile(
            r"(?<![\d./\-‐–])(?P<y>(?:1[6-9]|20)\d\d)\.(?P<m>1[0-2]|0?[1-9])\s?[-‐–~〜]\s?"
            r"(?P<y2>(?:1[6-9]|20)\d\d)\.(?P<m2>1[0-2]|0?[1-9])(?![\d\-‐–]|[./]\d)"
        ),
    ),
    # ISO `2011-03-05`, `2011-03`
    (
        "ymd",
        re.compile(r"(?<![\d/])(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>1[0-2]|0[1-9])(?:-(?P<d>[12]\d|3[01]|0[1-9]))?(?![\d/])"),
    ),
    # `2023.9.13`, `2004.5`, `2023/9/13`
    (
        "ymd",
        re.compile(
            r"(?<![\d./])(?P<y>(?:1[6-9]|20)\d\d)[./](?P<m>1[0-2]|0?[1-9])(?:[./](?P<d>[12]\d|3[01]|0?[1-9]))?(?![\d/])"
        ),
    ),
    # Russian and European `14.09.2023`
    (
        "dmy",
        re.compile(r"(?<![\d.])(?P<d>[12]\d|3[01]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:1[6-9]|20)\d\d)(?!\d)"),
    ),
    # a newspaper issue in GOST: `1992. 7 апреля`, `РГ, 1995, 17 января`
    ("ru", re.compile(r"(?<!\d)(?P<y>(?:1[6-9]|20)\d\d)[.,]\s(?P<d>[12]\d|3[01]|0?[1-9])\s(?P<mname>[а-я]+)")),
    # the same in Latin transliteration: `Rossiyskaya gazeta. 2005. 26 iyulya.`, `RIA Novosti, 2023, 28 noyabrya`
    ("rul", re.compile(r"(?<!\d)(?P<y>(?:1[6-9]|20)\d\d)[.,]\s(?P<d>[12]\d|3[01]|0?[1-9])\s(?P<mname>[a-z]+)\b")),
    # `28 ноября 1996 года`
    # `11 января 2008 г.`, `30 янв. 2002 г.` (GOST abbreviates the month)
    ("ru", re.compile(r"(?<!\d)(?P<d>[12]\d|3[01]|0?[1-9])\s(?P<mname>[а-я]+)\.?\s(?P<y>(?:1[6-9]|20)\d\d)(?!\d)")),
    # month first, as citation-style processors render Russian (CSL): `февраль 8, 2024`, `фев. 2024`,
    # `февраль 2026 г.`; only month words (full or abbreviated), so `машина 2012` is no May
    (
        "ru",
        re.compile(
            rf"(?<![а-яё])(?P<mname>{RU_MONTH_WORD})\.?\s(?:(?P<d>[12]\d|3[01]|0?[1-9]),\s)?(?P<y>(?:1[6-9]|20)\d\d)(?!\d)"
        ),
    ),
    # Ukrainian month first (CSL): `Червень 27, 2022`, `Листопад 24, 2024`; any case of the initial letter
    (
        "uk",
        re.compile(
            rf"(?<![а-яєіїґ])(?i:(?P<mname>{UK_MONTH_WORD}))\s(?:(?P<d>[12]\d|3[01]|0?[1-9]),\s)?(?P<y>(?:1[6-9]|20)\d\d)(?!\d)"
        ),
    ),
    # French `mars 2000`, `27 janvier 1998`, `1er mai 1968` (lower-case month names)
    (
        "fr",
        re.compile(
            rf"(?<!\w)(?:(?P<d>[12]\d|3[01]|0?[1-9])(?:er)?\s)?(?P<mname>{'|'.join(_FR_MONTHS)})\s(?P<y>(?:1[6-9]|20)\d\d)\b"
        ),
    ),
    # `10 October 2010`, `11 January 2008` (Wikipedia, British): before the month-first form,
    # which would otherwise read `January 2008` alone
    ("en", re.compile(r"\b(?P<d>[12]\d|3[01]|0?[1-9])\s(?P<mname>[A-Z][a-z]+)\.?\s(?P<y>(?:1[6-9]|20)\d\d)\b")),
    # a bimonthly issue `July/August 1999`, `November–December 1996`: its first month
    ("en", re.compile(r"\b(?P<mname>[A-Z][a-z]+)\.?\s?[/–-]\s?[A-Z][a-z]+\.?\s(?P<y>(?:1[6-9]|20)\d\d)\b")),
    # `October 10, 2010`, `March 2003`, `(March,1996)`
    (
        "en",
        re.compile(
            r"\b(?P<mname>[A-Z][a-z]+)\.?(?:\s|,\s?)(?:(?P<d>[12]\d|3[01]|0?[1-9]),?\s)?(?P<y>(?:1[6-9]|20)\d\d)\b"
        ),
    ),
    # a bare year `(2003)`, `2007,` ; not part of a longer number, page or volume
    ("year", re.compile(r"(?<![\d\-‐–./:])(?P<y>(?:1[6-9]|20)\d\d)(?![\d\-‐–]|年?[巻号頁])")),
    # a span of years of publication of a set of volumes (`1960-64`, `1979-92`, `1993-1996`), the end's century taken
    # from the start; after the bare year, so that a period in a title (`…, 1985-1998. By …, 1998.`) leaves the
    # imprint's year the date; an end that could be a month (`2011-03`) is left to the ISO form
    (
        "span",
        re.compile(
            r"(?<![\d./\-‐–])(?P<y>(?:1[6-9]|20)\d\d)\s?[-‐–~〜]\s?"
            r"(?P<y2>(?:1[6-9]|20)\d\d|\d\d)(?![\d\-‐–]|[./]\d|年?[巻号頁])"
        ),
    ),
    # a weekly's issue by its cover date without a year (`12月12日号`, `5月号`): what it says, `--12-12`
    ("md", re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[12]\d|3[01]|0?[1-9])日)?(?:合併)?号")),
)


def _month_number(name: str, form: str) -> int | None:
    name = name.lower()
    if form == "rul":
        match = MONTH_RU_LATIN.fullmatch(name)
        return int(match.lastgroup[1:]) if match else None
    if form == "fr":
        return _FR_MONTHS.index(name) + 1
    if form == "uk":
        return next((i for i, stem in enumerate(_UK_MONTHS, 1) if name.startswith(stem)), None)
    if form == "en":
        for month, number in MONTHS_EN.items():
            if name == month or (len(name) >= 3 and month.startswith(name)):
                return number
        return None
    for stem, number in sorted(MONTHS_RU.items(), key=lambda kv: -len(kv[0])):
        if name.startswith(stem) or (len(name) >= 3 and stem.startswith(name)):  # `янв.`, `февр.`
            return number
    return None


def _iso(year: int | None, month: int | None, day: int | None) -> str:
    if year is None:  # ISO 8601 without a year: `--12-12`, `--05`
        return f"--{month:02d}" + (f"-{day:02d}" if day else "")
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _span_value(match: re.Match[str]) -> str | None:
    """`1960-64` → `1960/1964`, `2009.6-2015.8` → `2009-06/2015-08`; None when the end is no later year."""
    parts = match.groupdict()
    start, month, end_month = int(parts["y"]), parts.get("m"), parts.get("m2")
    end = year_span_end(start, parts["y2"], month, end_month)
    if end is None:
        return None
    return f"{_iso(start, month and int(month), None)}/{_iso(end, end_month and int(end_month), None)}"


def _value(form: str, match: re.Match[str]) -> str | None:
    if form == "span":
        return _span_value(match)
    parts = match.groupdict()
    if form == "era":
        era = ERA_INITIALS.get(parts["era"], parts["era"])
        year = era_year(era, 1 if parts["y"] == "元" else int(parts["y"]))
    else:
        year = int(parts["y"]) if parts.get("y") else None
    month = int(parts["m"]) if parts.get("m") else None
    if parts.get("mname"):
        month = _month_number(parts["mname"], form)
        if month is None:
            return None
    day = int(parts["d"]) if parts.get("d") else None
    return _iso(year, month, day)


def find_date(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The most precise date in a (cleaned) note: ISO value and span.

    Forms are tried in order and the first one that matches anywhere wins,
    so `2023.9.13` beats the bare year of a title such as `概観2007`.
    """
    for form, pattern in DATE_FORMS:
        for match in pattern.finditer(text):
            value = _value(form, match)
            if value:
                return value, match.span()
    return None, None


def find_day(text: str) -> str | None:
    """The date of ``text`` when it names a full day (`YYYY-MM-DD`), else None: a news item is dated to the day,
    so a year or a month alone does not make one."""
    date, _ = find_date(text)
    return date if date and len(date) == 10 else None


def find_dates(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every date of the most specific form found, in order (for `date` vs `accessed`)."""
    for form, pattern in DATE_FORMS:
        found = [(v, m.span()) for m in pattern.finditer(text) if (v := _value(form, m))]
        if found:
            return found
    return []


# --- language -----------------------------------------------------------------

_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
# Letters that tell Western languages apart when a note is not English.
_LATIN_HINTS = (
    ("de", re.compile(r"[äöüß]|\b(?:und|der|die|das|für|Verlag|Hrsg)\b")),
    ("fr", re.compile(r"[éèêàç]|\b(?:les|des|et(?! al\b)|du|une|Éditions)\b")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
)


# Wikipedia's language tag before a foreign source: `(英語)`, `(ロシア語)`, `（中国語）`.
LANGUAGE_TAG = re.compile(r"[(（](?P<name>[\u30a0-\u30ff\u4e00-\u9fff]{1,8}?)語[)）]\s?")
LANGUAGE_NAMES = {
    "英": "en", "ロシア": "ru", "露": "ru", "中国": "zh", "韓国": "ko", "朝鮮": "ko", "ドイツ": "de", "独": "de",
    "フランス": "fr", "仏": "fr", "スペイン": "es", "イタリア": "it", "ポルトガル": "pt", "ウクライナ": "uk",
    "日本": "ja", "オランダ": "nl", "ポーランド": "pl", "アラビア": "ar",
}  # fmt: skip


def find_language_tag(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The language a Wikipedia note names in `(英語)` (ISO 639-1) and the tag's span."""
    match = LANGUAGE_TAG.search(text)
    if not match or match.group("name") not in LANGUAGE_NAMES:
        return None, None
    return LANGUAGE_NAMES[match.group("name")], match.span()


# Cyrillic letters Russian lacks and Ukrainian writes (`і`, `ї`, `є`, `ґ`): `Гурак, Ігор, і Ігор Цепенда`.
UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")


def detect_language(text: str) -> str | None:
    """The language of a reference by its script: ja, zh, ru, uk, ko, de, fr or en."""
    text = URL.sub("", text)
    if _KANA.search(text):
        return "ja"
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if _HAN.search(text) and cyrillic + latin < 2 * len(_HAN.findall(text)):
        return "ja"
    if cyrillic and cyrillic >= latin:
        return "uk" if UKRAINIAN_LETTERS.search(text) else "ru"
    if latin:
        for language, hint in _LATIN_HINTS:
            if hint.search(text):
                return language
        return "en"
    return None


# --- access dates -------------------------------------------------------------

# The date written before `アクセス`/`閲覧`: a full date only (`2025年1月3日閲覧`, `令和6年1月3日`,
# `2009/3/2`), so that a Wikipedia note's `“Title”. www.wika.com. 2025年1月3日閲覧。` loses its access date,
# not its title and site.
_ACCESS_DATE = (
    r"(?:(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})|(?:1[6-9]|20)\d\d)\s?[年./-]\s?\d{1,2}\s?[月./-]\s?\d{1,2}\s?日?"
)
# A note's own access date: `閲覧日 2015-05-18`, `(2009年3月2日アクセス)`,
# `(дата обращения: 12.10.2023)`, `accessed October 5, 2020`, CSL's Russian `просмотрено июль 4, 2024`,
# `(searched date: 1 June 2016)` (English notes of Chinese and Korean authors, 检索日期).
# `2016-05-26確認` / `2020年4月1日確認` (confirmed: a web note's Japanese check date, SIST 02 guides).
ACCESSED = re.compile(
    r"[(（]?\s?(?:(?:閲覧日|アクセス日|最終アクセス日?|参照日?|дата обращения|[Aa]ccessed|[Ll]ast accessed"
    r"|[Rr]etrieved|[Ss]earched\sdate|просмотрено|дата звернення)"
    r"[:：]?\s?"
    r"(?P<date>[^()（）,、]+(?:,\s?\d{4})?)|(?P<date2>" + _ACCESS_DATE + r")\s?(?:最終)?(?:アクセス|閲覧|参照|確認))"
    r"\s?[)）]?(?=[,、.。(（]|\s|$)"
)


# A web reference's access date in square brackets at its very end, after the URL, as Japanese
# guides to citing net sources write it: `指宿 信 (2000) ネット文献の引用方法について<http://…> [2001.1.17]`.
BRACKETED_ACCESS = re.compile(r"\[\s?(?P<date>(?:1[6-9]|20)\d\d[./-]\d{1,2}[./-]\d{1,2})\s?\]\s*[.。]?$")
# `(2010.12.1時点)` after a URL: the page as it stood that day, i.e. when it was read (a note with no URL may give
# a statistic's reference day this way, so only online notes).
AS_OF_ACCESS = re.compile(r"[(（]\s?(?P<date>" + _ACCESS_DATE + r")\s?時点\s?[)）]")


def find_accessed(text: str, *, online: bool = False) -> tuple[str | None, tuple[int, int] | None]:
    """A note's own access date (ISO) and its span; None when the note gives none.

    ``online``: the note has a URL, so a bracketed full date at its end is when it was read."""
    bracketed = (BRACKETED_ACCESS.search(text) or AS_OF_ACCESS.search(text)) if online else None
    if bracketed:
        value, _ = find_date(bracketed.group("date"))
        if value and len(value) == 10:
            return value, bracketed.span()
    for match in ACCESSED.finditer(text):
        value, _ = find_date(match.group("date") or match.group("date2") or "")
        if value:
            return value, match.span()
    return None, None


# --- numbers written in kanji and court exhibit numbers ---------------------------------------------

# Positional kanji digits (`〇` and the `○` PDF text layers print for it): `(岩波書店、一九九七)一四九頁`, as Japanese
# law papers in vertical print write years and pages (戸波江二「最高裁判所の憲法判例と違憲審査の活性化」,
# www.call4.jp/file/pdf/201904/30aadde969e71d1568da08b6cc4f04cf.pdf).
KANJI_DIGITS = "〇○一二三四五六七八九"
_KANJI_TO_ARABIC = str.maketrans(KANJI_DIGITS, "00123456789")
# A year of four kanji digits in an imprint: after `、` `,` `(` or a space, before `)` `年` `、` `,`.
KANJI_YEAR = re.compile(rf"(?<=[、,(（\s])[{KANJI_DIGITS}]{{4}}(?=[)）年、,])")
# A page of one to four kanji digits after a closing bracket or a separator: `)一四九頁`, `、一一六頁以下`
# (never `第一頁`, an ordinal, nor `三頁` inside a title, which the brackets exclude); the first page of a range
# (`、三三八~三三九頁`, humanities notes in vertical print) is read with its last page.
KANJI_PAGE = re.compile(
    rf"(?<=[)）』」\s、,])[{KANJI_DIGITS}]{{1,4}}(?:\s?[~〜～\-]\s?[{KANJI_DIGITS}]{{1,4}})?(?=\s?頁)"
)


# A volume or issue number in positional kanji digits after a closing bracket or a separator: `』第四号、`,
# `』第一一巻、` (国士舘史研究年報 notes); one inside 『』 (`『…第八巻』`) stays with its title.
KANJI_NUMBER = re.compile(rf"(?<=[』」、,\s])第[{KANJI_DIGITS}]{{1,3}}(?=[号巻])")


def kanji_numbers_as_arabic(text: str) -> str:
    """`(岩波書店、一九九七)一四九頁` → `(岩波書店、1997)149頁`: imprint years, pages, volumes and issues only,
    titles keep theirs."""
    if not any(ch in KANJI_DIGITS for ch in text):
        return text
    return KANJI_NUMBER.sub(_arabic, KANJI_PAGE.sub(_arabic, KANJI_YEAR.sub(_arabic, text)))


def _arabic(match: re.Match[str]) -> str:
    return match.group(0).translate(_KANJI_TO_ARABIC)


# A court exhibit number after a cited work in a Japanese brief or expert opinion: `(甲A16)`, `(甲A208)`,
# `(乙C5)`, `(甲第5号証)` (CALL4 filings, e.g. 大阪 原告ら第4準備書面 `渋谷秀樹『憲法(第3版)』(甲A211)467頁。`,
# www.call4.jp/file/pdf/202011/8ad87ebc695c613241eb51f818dcb20f.pdf): it numbers the copy filed, not the work.
EXHIBIT_NUMBER = re.compile(r"[(（](?:甲|乙|丙)\s?(?:第\s?)?[A-ZＡ-Ｚ]?\s?\d{1,4}(?:[-‐の]\d{1,3})?(?:号証)?[)）]")


def without_exhibit_numbers(text: str) -> str:
    """The reference without the exhibit numbers of a court filing (`(甲A16)`)."""
    return EXHIBIT_NUMBER.sub("", text)
