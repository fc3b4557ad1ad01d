"""Western humanities style parsers: notes and bibliographies with quoted titles or bracketed imprints.

Quoted titles (Chicago, MHRA single quotes, «»), with the journal, volume and pages after them and OSCOLA's
law-journal locators; books with `(Place: Publisher, Year)` imprints (Chicago, OSCOLA); edited volumes and
chapters in them (Oxford/MHRA, Harvard library guides); the humanities book notes of encyclopaedia reading lists
and French notes; surname-initial and capitalised-surname books; period-separated entries and short forms.
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.authors import split_japanese_authors, split_western_authors
from pipeline.extractors.citations.fields import NUMERO_SIGN, RU_MONTH_WORD, find_date, find_day, find_pages
from pipeline.extractors.citations.name_year import TITLE_EDITION_END, publisher_after_place
from pipeline.extractors.citations.vocabulary import (
    APA_VOLUME,
    AUTHOR_YEAR,
    BARE_PAGES,
    IMPRINT_EXTRA,
    ORGANISATION,
    clean,
    fill_details,
    is_news,
    is_online,
    is_place,
    leftover_publisher,
    page_range,
    split_imprint,
    split_top_level,
    western_type,
)
from pipeline.records import Citation

# A quoted title, straight or curly or «»: `"Title," Journal`, `“Title.” Journal`.
QUOTED_TITLE = re.compile(r"[\"“](?P<title>[^\"”]{3,}?)[,.]?[\"”][,.]?")
# Chicago puts the comma or period inside the closing quote; a title with a stray quote inside
# (`"…Girls Constructing 'Healthy" identities in School,"`) ends at the first `,"` or `."`.
CHICAGO_QUOTED_TITLE = re.compile(r"[\"“](?P<title>[^\"”]{3,}?[\"”][^\"”]+?)[,.][\"”][,.]?")
GUILLEMET_TITLE = re.compile(r"«(?P<title>[^»]{3,}?)[,.]?»[,.]?")

# The container at the head of a tail: `Journal, vol. 12`, `Critical Inquiry 4 (2)`,
# `Morphology 24, no. 4`, `Ведомости, 14.09.2023`, `New York Times, October 10, 2010`; `St.` inside a name
# (`The St. Petersburg Times, November 20, 2009`, a globalauthorid reference list) ends nothing.
# A journal's name keeps the qualifier JSTOR gives a title with its run of years: `International Affairs (Royal
# Institute of International Affairs 1944–)`, `… (1922-1939)`; a bracketed year alone (`(2003)`) is the date.
JOURNAL_QUALIFIER = r"\s\((?:[^()\d]+\s)?(?:1[6-9]|20)\d\d\s?[-–](?:\s?(?:1[6-9]|20)\d\d)?\)"
CONTAINER_HEAD = re.compile(
    rf"^\s*(?:[Ii]n:?\s+)?(?P<container>[^\d,(<]+?(?:{JOURNAL_QUALIFIER})?)"
    rf"(?=\s*(?:,|\(|(?<!\bSt)\.\s|\.?$|\s(?:vol\.|Vol\.|no\.|No\.|Т\.|{NUMERO_SIGN})|\s\d))"
)


# A journal's name abbreviated word by word, as IEEE and other engineering styles print it, up to the volume, issue
# or pages: `IEEE Trans. Biomed. Eng., vol. 58`, `J. Non-Cryst. Solids, vol. 354` (IEEE reference guide,
# abbeyscientific.org), `IEEE Trans. Autom. Control, vol. AC-26` (a volume before 1988 carries the journal's acronym).
# An abbreviation's full stop ends nothing; only capitalised words and the short words between them belong.
_ABBREVIATED_WORD = r"[A-Z][A-Za-z-]{0,9}\."
_NAME_WORD = r"(?:[A-Z][\w'’-]*|of|and|the|for|on|in|&)"
ABBREVIATED_JOURNAL_HEAD = re.compile(
    rf"^\s*(?P<container>(?:(?:{_ABBREVIATED_WORD}|{_NAME_WORD})\s)*?{_ABBREVIATED_WORD}"
    rf"(?:\s(?:{_ABBREVIATED_WORD}|{_NAME_WORD}))*)"
    r"(?=,\s(?:[Vv]ol\.|[Nn]o\.|pp?\.)\s?(?:[A-Z]{1,3}-)?\d)"
)

# A journal whose name has full stops between its words, as CSL renders it after the title, up to the
# volume or issue: `Вестник Санкт-Петербургского университета. Право, вып. 1`, `Наука. Культура. Общество, т. 24`
# (OJS citation pages of lawjournal.spbu.ru and journal-scs.ru; journal-scs.ru's feed lists its earlier names
# `Предпринимательство. Политика. Наука`, `Наука. Политика. Предпринимательство`).  Every part after a full
# stop starts with a capital, so a sentence (`… 2015. Москва`) ends the name only where a volume does not follow.
# A numbered series is a part too: `Вестник Московского университета. Серия 22. Теория перевода` (cyberleninka).
_JOURNAL_PART = r"(?:Серия\s\d{1,2}|[A-ZА-ЯЁ][^\d,.()<«»\"“”]{1,80})"
DOTTED_JOURNAL_HEAD = re.compile(
    rf"^\s*(?P<container>{_JOURNAL_PART}(?:\.\s{_JOURNAL_PART})+)"
    rf"(?=,\s(?:[Тт]|[Вв]ып|[Vv]ol|[Nn]o)\.\s?\d|,\s(?:{NUMERO_SIGN}|N)\s?\d)"
)
# An issue dated by its month alone, the year standing after the author (CSL Chicago author-date):
# `2015. «…». Вестник …, вып. 1 (март):23-30`; ACM renders the same issue `Право. 1 (май 2016), 4–20`.
ISSUE_MONTH = re.compile(rf"(?:[Вв]ып|[Nn]o|№)\.?\s?\d+\s?\((?P<month>{RU_MONTH_WORD})\)")


def _issue_month(citation: Citation, rest: str) -> None:
    """Refine a bare year with the month an issue is dated by (`вып. 1 (март)` → `2015-03`)."""
    match = ISSUE_MONTH.search(rest)
    if match and citation.date and re.fullmatch(r"\d{4}", citation.date):
        month, _ = find_date(f"{match.group('month')} {citation.date}")
        citation.date = month or citation.date


# A quotation inside a title, not a quoted title: the words before it run straight into it
# (`Кириллический домен ".рф" появится в Сети`, `Пресс-конференция «Итоги …»`), where a quoted
# title follows a separator (`Author, "Title,"`, `Esher, Louise. "…"`) or starts the note.
EMBEDDED_QUOTE = re.compile(r"[A-Za-zА-Яа-яЁё]\s?$")


# A title in single quotes (British, MHRA): after the authors' comma, closed before a comma or period;
# an apostrophe inside it is followed by a letter (`Britain's`):
#   `D. Andress, 'The Denial of Social Conflict …, 17 July 1791', French Historical Studies, 22, 1999, pp.183-209.`
SINGLE_QUOTED_TITLE = re.compile(
    r"(?:^|(?<=,\s))[‘'](?P<title>(?:[^‘’']|['’](?=[A-Za-z]))+?[^\s])[’'](?:,(?=\s))?(?=[,.]?\s|[,.]?$)"
)
# A volume as a bare number right after the journal's comma: `French Historical Studies, 22, 1999`.
BARE_VOLUME = re.compile(r"^,\s?(?P<vol>\d{1,4}),")


# OSCOLA 3.2.1's journal locator after the quoted title: the year in square brackets where it identifies the volume
# (`[2005] PL 440`), in round brackets before a volume (`(2009) 72 MLR 554`), an issue bracketed after the volume
# (`(2010) 1(1) EJLT`), then the journal (no digits), the first page (none for an online-only journal) and, after a
# comma, the pinpoint (`(2001) 117 LQR 42, 64`; examples of libguides.ials.sas.ac.uk/c.php?g=659237&p=4653474 and
# library.rgu.ac.uk/oscola/journal-articles).
OSCOLA_JOURNAL = re.compile(
    r"^,?\s?(?:\[(?P<square>(?:1[6-9]|20)\d\d)\]|\((?P<round>(?:1[6-9]|20)\d\d)\)\s(?P<vol>\d{1,4})(?:\((?P<no>\d{1,3})\))?)"
    r"\s(?P<journal>[A-Z][^\d,()<>\[\]]*?)(?:\s(?P<first>\d{1,5})(?:\s?[-–]\s?(?P<last>\d{1,5}))?"
    r"(?:,\s(?P<pin>\d{1,5}(?:\s?[-–]\s?\d{1,5})?))?)?(?=\.?\s*$|\s\(|\saccessed\b)"
)
# The European and Cambridge law journals' order, the volume before the journal and the year after it, the pinpoint
# after `,` or `at`: `6 Chinese Journal of International Law (2007) p. 329 at p. 332` (a Cambridge case note),
# `9 EJIL (1998) 1` (constructed from the EJIL house style the note follows).
VOLUME_JOURNAL_YEAR = re.compile(
    r"^,?\s?(?P<vol>\d{1,4})\s(?P<journal>[A-Z][^\d,()<>\[\]]*?)\s\((?P<year>(?:1[6-9]|20)\d\d)\)"
    r"\s(?:pp?\.\s?)?(?P<first>\d{1,5})(?:\s?[-–]\s?(?P<last>\d{1,5}))?"
    r"(?:(?:,\s|\sat\s)(?:pp?\.\s?)?(?P<pin>\d{1,5}(?:\s?[-–]\s?\d{1,5})?))?\.?\s*$"
)


def _law_journal_locator(citation: Citation, rest: str) -> bool:
    """Read an OSCOLA or volume-first journal locator after a quoted title; pages are the first page (or range)
    and the pinpoint, `42, 64` (the Bluebook case rows' convention)."""
    match = OSCOLA_JOURNAL.match(rest) or VOLUME_JOURNAL_YEAR.match(rest)
    if not match:
        return False
    groups = match.groupdict()
    citation.container = match.group("journal").strip()
    citation.volume = groups.get("vol")
    citation.issue = groups.get("no") or citation.issue
    citation.date = groups.get("square") or groups.get("round") or groups.get("year")
    pages = page_range(match.group("first"), match.group("last")) if match.group("first") else None
    pin = re.sub(r"\s?[-–]\s?", "-", match.group("pin") or "")
    citation.pages = (pages + (f", {pin}" if pin else "")) if pages else None
    citation.type = "journal article"
    return True


def parse_law_journal(citation: Citation, body: str) -> bool:
    """`Author, 'Title' (2009) 72 MLR 554, 560.` (OSCOLA) and `Author, 'Title', 6 Journal (2007) 329.`: tried before the
    author-date parsers, which would read the bracketed year as an APA date."""
    match = _title_quote(body)
    if not match or match.re is GUILLEMET_TITLE:
        return False
    zone = body[: match.start()]
    if "。" in zone or len(zone) > 150 or EMBEDDED_QUOTE.search(zone):
        return False
    if not _law_journal_locator(citation, body[match.end() :]):
        return False
    citation.authors = split_western_authors(zone)
    citation.title = match.group("title").strip().rstrip(",")
    return True


def _title_quote(body: str) -> re.Match[str] | None:
    """The quoted title; a single-quoted one that holds a double-quoted phrase (OSCOLA: `‘Theory, “Pure Theory” and
    Values in Public Law’`) is the title, not the phrase."""
    match = QUOTED_TITLE.search(body) or GUILLEMET_TITLE.search(body) or SINGLE_QUOTED_TITLE.search(body)
    single = SINGLE_QUOTED_TITLE.search(body)
    if match and single and match.re is QUOTED_TITLE and single.start() < match.start() < single.end():
        return single
    return match


# An IEEE book: initials before the surname, the title, an edition, then `Place, ST: Publisher, year` and the pages.
#   `B. Klaus and P. Horn, Robot Vision. Cambridge, MA: MIT Press, 1986.` (IEEE Citation Reference, scribd.com/doc/
#   67023076); `W.-K. Chen, Linear Networks and Systems. Belmont, CA: Wadsworth, 1993, pp. 123–135.`
_IEEE_NAME = r"(?:[A-Z]\.(?:-[A-Z]\.)?\s?){1,3}[A-Z][\w'’-]+"
IEEE_BOOK = re.compile(
    rf"^(?P<authors>{_IEEE_NAME}(?:(?:,\s(?:and\s)?|\sand\s){_IEEE_NAME})*(?:\set\sal\.)?),\s"
    r"(?P<title>[A-Z][^“”\"]+?)(?:,\s\d+(?:st|nd|rd|th)\sed\.)?\.\s"
    r"(?P<place>[A-Z][A-Za-z .]{1,30}?(?:,\s[A-Z]{2}|,\s[A-Z][a-z]+)?):\s(?P<publisher>[^,:]+?),\s"
    r"(?P<year>(?:1[6-9]|20)\d\d)(?P<rest>(?:,\s.*)?)\.?$"
)


def parse_ieee_book(citation: Citation, body: str) -> bool:
    """IEEE book: authors with initials first, title, place and publisher, year, pages."""
    match = IEEE_BOOK.match(body.strip())
    if not match:
        return False
    citation.type = "book"
    citation.authors = split_western_authors(match.group("authors"))
    citation.title, citation.publisher = match.group("title").strip(), match.group("publisher").strip()
    citation.date = match.group("year")
    fill_details(citation, match.group("rest"), keep_date=True)
    return True


# The editors and imprint of an IEEE chapter's book, after the book's title: `, J. S. Brake, Ed. New York: Wiley, 1994`
# (IEEE Citation Reference, scribd.com/doc/67023076), `, P. G. Harper and B. S. Wherret, Eds. San Francisco, CA:
# Academic, 1977`: the editors are no authors, the place no publisher.
EDITOR_IMPRINT = re.compile(
    r",\s(?P<editors>[A-Z][^,]*?(?:(?:,\s|\sand\s)[A-Z][^,]*?)*),\sEds?\.,?\s"
    r"(?P<imprint>[A-Z][A-Za-z .]{1,30}?(?:,\s[A-Z]{2})?:\s[^,:]+?),\s(?:1[6-9]|20)\d\d"
)


def parse_quoted(citation: Citation, body: str) -> bool:
    """`Author, "Title," Journal, vol. 12, no. 3 (2003), pp. 1–10.` and the Russian news notes."""
    match = _title_quote(body)
    stray = CHICAGO_QUOTED_TITLE.search(body)
    if match and stray and stray.start() == match.start() and re.match(r"\s?[a-z]", body[match.end() :]):
        match = stray  # the quote closed in the middle of a sentence: it was a stray one
    if not match or (match.re is QUOTED_TITLE and "«" in body[: match.start()]):
        return False
    zone = body[: match.start()]
    if "。" in zone or len(zone) > 150 or EMBEDDED_QUOTE.search(zone):
        return False
    byline = BYLINE_FULL_DATE.search(zone)
    if byline:  # Wikipedia: `Smith, John (5 May 2020). "Title".`, `山田太郎 (2020年5月5日). “…”.`
        citation.date, _ = find_date(byline.group("date"))
        zone = zone[: byline.start()]
    citation.authors = split_western_authors(zone)
    year = None if byline else AUTHOR_YEAR.search(zone.strip())
    if year:
        citation.date = year.group("y") or year.group("y2")
    citation.title = match.group("title").strip().rstrip(",")  # `'Behaviourism and After,'` (comma inside)
    rest = tail = body[match.end() :]
    if _law_journal_locator(citation, rest):
        return True
    head = DOTTED_JOURNAL_HEAD.match(rest) or ABBREVIATED_JOURNAL_HEAD.match(rest) or CONTAINER_HEAD.match(rest)
    if head and clean(head.group("container")) and not re.match(r"^\s*(?:pp?\.|С\.)", rest):
        citation.container = clean(head.group("container"))
        rest = rest[head.end() :]
        imprint = BOOK_IMPRINT.match(rest) if re.match(r"\s*[Ii]n:?\s", head.group(0)) else None
        if imprint:  # `‘Chapter’ in: Book (Washington, DC: Publisher, April 1994), pp. 92–3`
            citation.publisher, citation.date = split_imprint(imprint.group("imprint"))
            rest = rest[imprint.end() :]
            citation.type = "chapter"
        edited = EDITOR_IMPRINT.search(rest) if re.match(r"\s*[Ii]n:?\s", head.group(0)) else None
        if edited and not imprint:  # IEEE `in Book, J. S. Brake, Ed. New York: Wiley, 1994, pp. 55-70`
            citation.editor = edited.group("editors")
            citation.publisher = publisher_after_place(edited.group("imprint"))
            citation.type = "chapter"
        volume = None if APA_VOLUME.match(rest) else CHICAGO_VOLUME.match(rest)
        if volume and is_online(citation) and SITE_NUMBER_END.match(rest[volume.end() :]):
            citation.container, rest = f"{citation.container} {volume.group('vol')}", rest[volume.end() :]
            volume = None  # `France 24. 13 May 2017. Retrieved …`: the number ends the site's name
        if volume:  # `Morphology 24, no. 4`, `Science 236: 957-59`
            citation.volume = volume.group("vol")
            rest = (f"): {volume.group('colon')}" if volume.group("colon") else "") + rest[volume.end() :]
        bare_volume = BARE_VOLUME.match(rest) if volume is None else None
        if bare_volume and not FIRST_YEAR.fullmatch(bare_volume.group("vol")):
            citation.volume, rest = bare_volume.group("vol"), rest[bare_volume.end() :]
        second = SITE_PUBLISHER.match(rest) if is_online(citation) and not citation.volume else None
        if second:  # Wikipedia's cite web: `“Title”. Website. Publisher. 2012年5月30日閲覧。`
            citation.publisher, rest = clean(second.group("publisher")), rest[second.end() :]
    rest = fill_details(citation, rest, keep_date=bool(year))
    _issue_month(citation, tail)
    if not citation.pages:
        bare = BARE_PAGES.search(rest)
        if bare:
            citation.pages = page_range(bare.group("first"), bare.group("last"))
    if not citation.date:  # a news headline dated in itself; a fiscal year (`令和4年度…報告書`) names no issue
        title_date, _ = find_date(citation.title)
        citation.date = title_date if title_date and len(title_date) == 10 else None
    if _organisation_slot(citation) and not citation.publisher:  # `“…報告書” (pdf). 経済産業省.`: the publisher
        citation.publisher, citation.container = citation.container, None
    citation.type = "chapter" if citation.type == "chapter" else western_type(citation)
    return True


# The second name slot after a web page's site in Wikipedia's cite web, which names the publisher
# (`柴田明穂国際法研究室. 神戸大学. 2012年5月30日閲覧。`): a short element without digits, closed by a period.
# Its name may close with its abbreviation or domain in brackets (`World Nuclear Association (WNA).`,
# `Martin Fowler (martinfowler.com).`, en/ja.wikipedia.org notes).
SITE_PUBLISHER = re.compile(r"^\.\s(?P<publisher>[^\d.,()“”\"]{2,40}?(?:\s\([\w.-]{2,30}\))?)\.(?=\s|$)")


# What follows a number that ends a site's name in an online note (`France 24. 13 May 2017. Retrieved …`,
# en.wikipedia.org/wiki/WannaCry_ransomware_attack): a full stop and the full date of a news item, where a volume
# would be followed by its issue, colon or pages (a journal's date stands in the byline).
SITE_NUMBER_END = re.compile(
    r"^\.\s(?:\d{1,2}\s[A-Z][a-z]+\s(?:1[6-9]|20)\d\d|[A-Z][a-z]+\s\d{1,2},\s(?:1[6-9]|20)\d\d)\."
)


# The bracketed imprint of the book a chapter is in: place, colon, publisher, date.
BOOK_IMPRINT = re.compile(r"^\s?\((?P<imprint>[^():]{2,40}:\s?[^()]+?(?:1[6-9]|20)\d\d)\)")


# An English organisation's name (the publisher slot of a Wikipedia note): `Ministry of Defense`.
ORGANISATION_EN = re.compile(
    r"\b(?:Ministry|Department|Agency|Office|Government|Commission|Council|Institute|Bureau|Embassy)\b"
)


def _organisation_slot(citation: Citation) -> bool:
    """The site slot of an online note names an organisation (`経済産業省`, `Ministry of Defense`)."""
    container = citation.container or ""
    unnumbered = not (citation.volume or citation.issue)
    named = bool(ORGANISATION.search(container) or ORGANISATION_EN.search(container))
    return bool(container) and unnumbered and named and is_online(citation)


# A byline's date in brackets before the title, with a month (a bare `(2019)` is AUTHOR_YEAR's).
BYLINE_FULL_DATE = re.compile(
    r"\s?\((?P<date>[^()]*?(?:[A-Za-z]{3,}|月)[^()]*?(?:1[6-9]|20)\d\d[^()]*|(?:1[6-9]|20)\d\d年\d{1,2}月[^()]*)\)\.?\s*$"
)


# A volume number right after a journal's name (Chicago, APA without issue).
CHICAGO_VOLUME = re.compile(r"^\s?(?P<vol>\d+)(?:\s?:\s?(?P<colon>\d+(?:\s?[-–]\s?\d+)?))?(?=[,\s(:.]|$)")


# `Author, Title (Place: Publisher, Year), p. 5.`  (Chicago full note for a book)
# OSCOLA writes the publisher and the year without a comma: `(Dundee University Press 2010) 132`.
WESTERN_BOOK = re.compile(
    r"^(?P<authors>[^,(]+?(?:,\s[^,(]+?)*?(?:,?\s(?:and|&)\s[^,(]+?)?),\s?(?P<title>[^()]+?)\s?"
    r"\((?:(?P<place>[^:()]+):\s?)?(?P<publisher>[^()]+?)(?:,\s?|\s)(?P<year>(?:1[6-9]|20)\d\d)\)(?P<rest>.*)$"
)
# A work without an author, OSCOLA's imprint after its title (`Multilateral treaties : index and current status
# (Butterworths 1984)`): a Latin-script title without commas, a publisher without digits.
TITLE_IMPRINT = re.compile(
    r"^(?P<title>[A-Z][^(),\d]{4,}?)\s\((?P<publisher>[A-Z][^():,\d]{2,60}?)\s(?P<year>(?:1[6-9]|20)\d\d)\)"
    r"(?P<rest>\s?\d*\.?)$"
)


OSCOLA_PINPOINT = re.compile(r"^\s(?P<first>\d{1,4})(?:\s?[-–]\s?(?P<last>\d{1,4}))?\.?$")


def parse_title_imprint(citation: Citation, body: str) -> bool:
    """A book named by its title and OSCOLA imprint alone."""
    match = TITLE_IMPRINT.match(body.strip())
    if not match or find_date(f"{match.group('publisher')} {match.group('year')}")[0] != match.group("year"):
        return False
    citation.type, citation.title = "book", clean(match.group("title"))
    citation.publisher, citation.date = clean(match.group("publisher")), match.group("year")
    fill_details(citation, match.group("rest"), keep_date=True)
    return True


def parse_western_book(citation: Citation, body: str) -> bool:
    match = WESTERN_BOOK.match(body.strip())
    if not match or find_date(f"{match.group('publisher')} {match.group('year')}")[0] != match.group("year"):
        return False  # `Sea Power(March,1996)` is a magazine's issue date, not (Publisher, Year)
    authors = match.group("authors")
    title = match.group("title")
    if " and " not in authors and "," in authors:  # `A, B, C and D` would have matched and; else first comma
        first, _, extra = authors.partition(",")
        authors, title = first, f"{extra.strip()}, {title}"
    citation.type = "book"
    citation.authors = split_western_authors(authors)
    citation.title = without_edition(clean(title))
    citation.publisher, _ = split_imprint(
        f"{match.group('place') or ''}: {match.group('publisher')}"
        if match.group("place")
        else match.group("publisher")
    )
    citation.date = match.group("year")
    pinpoint = OSCOLA_PINPOINT.match(match.group("rest"))
    if pinpoint:  # OSCOLA's bare pinpoint after the imprint: `(Dundee University Press 2010) 132.`
        citation.pages = page_range(pinpoint.group("first"), pinpoint.group("last"))
    else:
        fill_details(citation, match.group("rest"), keep_date=True)
    return True


# Edited volumes in humanities footnotes (Oxford / MHRA / Chicago notes).  The role word after the
# editors' names: `(eds.)`, `(ed.)`, `(eds)`, `, ed.`, `, eds.`.
EDITOR_ROLE = r"(?:\s?\((?:eds?|Hrsg|dir)\.?\)|,\s(?:eds?)\.(?=,))"
_IMPRINT = r"\s?\((?P<imprint>[^()]*?(?:1[6-9]|20)\d\d[^()]*)\)(?P<rest>.*)$"
# The book itself: `G. S. Rousseau and Pat Rogers (eds.), The enduring legacy: … (Cambridge, 1988), p. 5.`
EDITED_BOOK = re.compile(rf"^(?P<editors>[^\"“”(),]+(?:,\s[^\"“”(),]+)*?){EDITOR_ROLE},?\s(?P<title>[^()]+?){_IMPRINT}")
# A chapter in it, editors before the book (`A, "Chapter," in B (ed.), Book (Place, Year)`) or after
# it (`A, "Chapter," in Book, ed. B (Place, Year)`, `…, edited by B (…)`).
EDITED_CHAPTER = re.compile(
    r"^(?P<authors>[^\"“”]+?),?\s[\"“‘'](?P<title>.+?)[,.]?[\"”’'],?\s[Ii]n\s"
    rf"(?:(?P<editors>[^\"“”()]+?){EDITOR_ROLE},?\s(?P<book>[^()]+?)"
    r"|(?P<book2>[^()]+?),\s(?:eds?\.|edited by)\s(?P<editors2>[^()]+?)),?" + _IMPRINT
)


# Title first, editors after it: `A New History of Ireland, vol. 2, …, ed. A. Cosgrove (Oxford, 1987)`.
EDITED_TITLE_FIRST = re.compile(r"^(?P<title>[^\"“”()]+?),\s(?:eds?\.|edited by)\s(?P<editors>[^(),]+?)" + _IMPRINT)


# The Harvard (author-date) chapter of UK library guides, imprint without brackets:
#   `Murphy, A. (2001) 'Understanding globalism through a rural locale', in O'Riordan, T. (ed.) Globalism,
#   localism and identity. London: Earthscan, pp. 100-110.`  (IADT library guide, Harvard example)
# Cite Them Right writes `in:` with a colon: `…', in: Chester, D.N. (ed) Lessons of … Westport: Greenwood, pp.34-57.`
HARVARD_CHAPTER = re.compile(
    r"^(?P<authors>[^()]+?)\s?\((?P<year>(?:1[6-9]|20)\d\d)[a-z]?\)\.?\s?[\"“‘'](?P<title>.+?)[,.]?[\"”’'],?\s[Ii]n:?\s"
    r"(?P<editors>[^()]+?)\s?\((?:eds?)\.?\)\.?,?\s(?P<book>[^.]+?)\.\s(?P<imprint>.+)$"
)


# The Harvard edited book, the role before the year: `Jeffs, T. and Smith, M. (eds) (1987) Youth work.
# Basingstoke: Palgrave Macmillan` (UK library guides), `Keene, E. (ed.) (1988), Natural language, Cambridge: …`
# (Warwick's variant with commas); the editors are no authors.
HARVARD_EDITED_BOOK = re.compile(
    r"^(?P<editors>[^()]+?)\s?\((?:eds?)\.?\)\s?\((?P<year>(?:1[6-9]|20)\d\d)[a-z]?\)[.,]?\s"
    r"(?P<title>[^()]+?)[.,]\s(?P<imprint>[^.,:]+?:[^.]+?)\.?$"
)


def _harvard_edited_book(citation: Citation, match: re.Match[str]) -> None:
    citation.type, citation.date, citation.authors = "book", match.group("year"), []
    citation.editor = _editor_names(match.group("editors"))
    citation.title = TITLE_EDITION_END.sub("", clean(match.group("title")) or "") or None
    citation.publisher = publisher_after_place(match.group("imprint"))


def _harvard_chapter(citation: Citation, match: re.Match[str]) -> None:
    citation.type, citation.date = "chapter", match.group("year")
    citation.authors = split_western_authors(match.group("authors"))
    citation.title, citation.container = clean(match.group("title")), clean(match.group("book"))
    citation.editor = _editor_names(match.group("editors"))
    rest = fill_details(citation, match.group("imprint"), keep_date=True)
    citation.publisher, _ = split_imprint(re.sub(r"\s?,?\s?pp?\.?\s*$", "", rest.strip(" .")))


def _editor_names(text: str) -> str | None:
    """The editors as written (`G. S. Rousseau and Pat Rogers`, `O'Riordan, T.`), like the APA editors
    of the gold; a final initial keeps its period."""
    text = text.strip(" ,")
    return text if re.search(r"\b[A-Z]\.$", text) else clean(text)


def without_edition(title: str | None) -> str | None:
    """A book title without the edition statement closing it (`International Law, 3rd edn` → `International
    Law`): the edition describes the copy, it is not part of the title."""
    head, _, last = (title or "").rpartition(", ")
    return head if head and EDITION_PART.match(last) else title


def parse_edited(citation: Citation, body: str) -> bool:
    """An edited book or a chapter in one: editors go to ``editor``, never to ``authors``."""
    text = body.strip()
    if citation.language not in ("en", "de", "fr") or re.search(r"[「『]", text):
        return False
    harvard = HARVARD_CHAPTER.match(text)
    if harvard:
        _harvard_chapter(citation, harvard)
        return True
    edited = HARVARD_EDITED_BOOK.match(text)
    if edited:
        _harvard_edited_book(citation, edited)
        return True
    chapter = EDITED_CHAPTER.match(text)
    book = None if chapter else EDITED_TITLE_FIRST.match(text) or EDITED_BOOK.match(text)
    if not (chapter or book):
        return False
    if chapter:
        citation.type = "chapter"
        citation.authors = split_western_authors(chapter.group("authors"))
        citation.title = clean(chapter.group("title"))
        citation.container = without_edition(clean(chapter.group("book") or chapter.group("book2")))
        citation.editor = _editor_names(chapter.group("editors") or chapter.group("editors2"))
        found = chapter
    else:
        citation.type, citation.authors = "book", []
        citation.editor, citation.title = (
            _editor_names(book.group("editors")),
            without_edition(clean(book.group("title"))),
        )
        found = book
    citation.publisher, citation.date = split_imprint(found.group("imprint"))
    rest = fill_details(citation, found.group("rest"), keep_date=True)
    bare = BARE_PAGES.search(rest) if not citation.pages else None
    if bare:  # Chicago's bare locator after the imprint: `(New York: Penguin Random House, 2019), 93.`
        citation.pages = page_range(bare.group("first"), bare.group("last"))
    return True


# --- humanities book notes and bibliographies (Oxford/MHRA, encyclopaedia reading lists, French notes) ---
#   `A. T. Runnock, Medieval fortress building, new edition, 2 vols. (Cambridge, 1976), vol. I, pp. 135-7.`
#   `R.C.O. Matthews, C.H. Feinstein, and J.C. Odling-Smee, British Economic Growth, 1856–1973 (1982)`
#   `Maurice Agulhon, Les métamorphoses de Marianne : …, Paris : Flammarion, 2001, p.12.`
# Authors are the leading comma-separated parts that are personal names; the title is everything up
# to the imprint, which is bracketed `(Place: Publisher, Year)` or, in French notes, unbracketed after a
# known place.  The title may hold commas (`Social Change, Public Policy, and Agenda`).

# A personal name in Western order: initials and a surname (`A.G. Tansley`, `J.C. Odling-Smee`,
# `A. T. Runnock`) or given names, an optional initial and a surname (`L. Dudley Stamp`, `Mohan Luthra`),
# with the particles of French, Dutch and German surnames (`Alexis de Tocqueville`).
# A lowercase particle may also be joined to the surname: `A. de-Shalit`, `d'Aspremont`, `al-Sayyid`.
_SURNAME = r"(?:(?:de|du|des|von|van|der|den|la|le|di|da|del)\s)*(?:(?:de|d|al|el|ben)['’-])?[A-Z][\w'’-]+"
FULL_NAME = re.compile(
    rf"(?:[A-Z]\.\s?)+{_SURNAME}"
    rf"|(?:[A-Z]\.\s)?[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?(?:\s[A-Z]\.)?\s{_SURNAME}"
)
# What may follow the names of a part: an alias in brackets (`Tony Champion (A.G. Champion)`),
# `et al.`, and a role in brackets: editors `(ed.)`, `(eds.)`, `(eds)`, `(ed. and trans.)`, `(dir.)`.
NAME_ALIAS = re.compile(r"\s?\((?:[A-Z]\.\s?)+[A-Z][\w'’-]+\)")
ET_AL = re.compile(r",?\s(?:et al\.?|and others)$")
ROLE_IN_BRACKETS = re.compile(r"\s?\((?P<role>(?:eds?|trans|comp|dir|Hrsg)\.?(?:\s(?:and|&)\s(?:eds?|trans)\.?)?)\)$")
# The same role without brackets after the last name of a list: `Avineri, S., and A. de-Shalit eds., Title`.
ROLE_BARE = re.compile(r",?\s(?P<role>eds?\.)$")
# The role opening the part after a name list (`Bacharach, M., and S. Hurley, eds. Foundations of …`).
ROLE_BEFORE_TITLE = re.compile(r"^(?P<role>eds?\.)\s(?=[A-Z])")
# A full stop typed after a surname before the comma: `Luce, R. D., and H. Raiffa., Games and Decisions`.
SURNAME_STOP = re.compile(r"(?<=[a-z]{2})\.$")
# Edition and volume statements between the title and the imprint: `6th ed.`, `new edition`, `2 vols.`.
# Words of an edition statement as booksellers' exports write them (`Rev Exp.`, `Updated`, `Anniversary`).
_EDITION_WORD = (
    r"(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Nn]ew|[Rr]ev(?:ised)?|[Ee]xp(?:anded)?"
    r"|[Ee]nl(?:arged)?|[Uu]pdated|[Rr]eprint|[Rr]eissue|[Ss]tudent|[Ii]nternational|[Aa]nniversary|[Ii]llustrated"
    r"|[Aa]bridged|[Uu]nabridged|[Ss]pecial|[Cc]ritical|[Cc]orrected)"
)
# An edition statement closing a title: `3rd edn`, `2nd Edition`, `Rev Exp. edition` (a bookseller's export writes
# `Revised, Expanded` as `Rev Exp.`); up to three words before `edition`, one before `ed.`/`edn`.
EDITION_PART = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|new|rev(?:ised)?\.?|enlarged|\w+)\s(?:ed\.?|edn\.?|edition)$"
    rf"|^{_EDITION_WORD}\.?,?\s(?:(?:{_EDITION_WORD}|and|&)\.?,?\s){{0,2}}[Ee]dition$|^\d+\s?vols?\.?$"
)
# Editors or translators named after the title (Chicago): `…, ed. Guenther Roth and Claus Wittich (…)`.
#   `…, trans. David Coward (…)`, `…, trans. and ed. by John W. Doberstein (…)` (Turabian).
_ROLE_WORD = r"(?:eds?\.|edited|trans\.|translated)"
ROLE_AFTER_TITLE = re.compile(rf"^(?P<role>{_ROLE_WORD}(?:\s(?:and|&)\s{_ROLE_WORD})?)(?:\sby)?\s(?P<names>.+)$")
# The imprint in brackets at the end of the head, with what follows it (`, vol. I, pp. 135-7.`).
HUMANITIES_IMPRINT = re.compile(
    r"^(?P<head>[^\"“”«»]+?),?\s?\((?P<imprint>[^()]*(?:1[5-9]|20)\d\d[^()]*)\)(?P<rest>(?:\s?,[^()]*)?)\.?$"
)
# A French or continental imprint without brackets: `…, Paris, 2001.`, `…, Paris : Flammarion, 2001, p.12.`
OPEN_IMPRINT = re.compile(
    r"^(?P<head>[^\"“”«»()]+?),\s(?P<place>[A-Z][^,:;()]{1,30}?)(?:\s?[,:]\s?(?P<publisher>[^,:;()]{2,60}?))?"
    r",\s(?P<year>(?:1[5-9]|20)\d\d)(?P<rest>(?:,\s?[^()]*)?)\.?$"
)
# A reprint or reissue after the first year: `(1967, reprinted 1984)`, `(1939, reissued in 2 vol., 1965)`.
REPRINT = re.compile(r",?\s(?:reprinted|reissued|repr\.|rpt\.|réimpr\.|réédité)\b.*$")
# The first year of an imprint, also of a range (`1971–73` = 1971): the date of the first edition.
FIRST_YEAR = re.compile(r"(?<!\d)(?P<y>(?:1[5-9]|20)\d\d)(?:\s?[-–]\s?\d{2,4})?(?!\d)")


# An inverted first author of a reading list or note (`Friedman, George, and Meredith Lebard, …`,
# `Betts, Richard K., …`): a surname alone, then given names or initials alone.
# A compound surname keeps its inner particle (`Detter de Lupis, Ingrid`).
_PARTICLE = r"(?:de|du|des|von|van|der|den|la|le|di|da|del)"
SURNAME_ONLY = re.compile(rf"{_SURNAME}(?:\s{_PARTICLE}\s[A-Z][\w'’-]+)*")
GIVEN_NAMES = re.compile(r"(?:[A-Z][a-z]+|[A-Z][a-z]?\.)(?:\s?(?:[A-Z][a-z]+|[A-Z][a-z]?\.)){0,2}")


def _name_part(part: str) -> tuple[list[str], str | None] | None:
    """The names of one comma-separated part and their role (None: the part is not names)."""
    role = ROLE_IN_BRACKETS.search(part) or ROLE_BARE.search(part)
    text = ET_AL.sub("", NAME_ALIAS.sub("", part[: role.start()] if role else part)).strip()
    text = SURNAME_STOP.sub("", text)
    text = re.sub(r"^(?:and|&)\s", "", text)
    names = [n.strip() for n in re.split(r"\s(?:and|&)\s", text)]
    if not names or not all(FULL_NAME.fullmatch(n) for n in names):
        return None
    return names, (role.group("role") if role else None)


def _given_and_others(part: str) -> tuple[str, str]:
    """`Rudolf and Christoph Schreuer` → (`Rudolf`, `Christoph Schreuer`): the inverted author's given names and
    the co-authors the same part names after `and`."""
    pieces = re.split(r"\s(?:and|&)\s", part, maxsplit=1)
    return pieces[0], (pieces[1] if len(pieces) > 1 else "")


def _humanities_names(parts: list[str]) -> tuple[list[str], list[str], int]:
    """(authors, editors, parts used): the leading name parts, leaving at least one for the title."""
    authors: list[str] = []
    editors: list[str] = []
    used = 0
    given, others = _given_and_others(parts[1] if len(parts) > 1 else "")
    if len(parts) > 2 and SURNAME_ONLY.fullmatch(parts[0]) and GIVEN_NAMES.fullmatch(given):
        authors.append(f"{parts[0]}, {given}")  # an inverted first author as written: `Friedman, George`
        used = 2
        if others:  # `Dolzer, Rudolf and Christoph Schreuer, Title`: the co-author in natural order
            found = _name_part(others)
            if found is None:
                return [], [], 0
            names, role = found
            if role and role.startswith("ed"):  # `Dunoff, Jeffrey L. and Joel P. Trachtman (eds.)`
                return [], authors + names, used
            return authors + names, editors, used
        if not re.match(r"(?:and|&)\s", parts[2]):
            return authors, editors, used
    for part in parts[used:-1]:
        found = _name_part(part)
        if found is None:
            break
        names, role = found
        used += 1
        if role and role.startswith("ed"):  # a role after the last name is the role of the whole list
            return [], editors + authors + names, used
        authors.extend(names)
        if role or ET_AL.search(NAME_ALIAS.sub("", part)) or re.search(r"(?:^|\s)(?:and|&)\s", part):
            break  # a role, `et al.` or the `and` before the last name closes the list
    return authors, editors, used


def _role_before_title(parts: list[str], authors: list[str], editors: list[str]) -> tuple[list[str], list[str]]:
    """`…, and S. Hurley, eds. Foundations of Decision Theory`: the role ends the names and opens the title
    part, so the names are editors and the title part loses the role (parts is changed in place)."""
    role = ROLE_BEFORE_TITLE.match(parts[0].strip()) if parts and authors else None
    if role is None:
        return authors, editors
    parts[0] = parts[0].strip()[role.end() :]
    return [], editors + authors


def humanities_imprint(imprint: str) -> tuple[str | None, str | None]:
    """(publisher, date) of `Cambridge, 1976`, `1967, reprinted 1984`, `1971–73`, `London: Routledge, 2001`."""
    imprint = REPRINT.sub("", imprint)
    year = FIRST_YEAR.search(imprint)
    if not year:
        return None, None
    rest = imprint[: year.start()] + imprint[year.end() :]
    if ":" in rest:  # after `Place:` the publisher runs to the year, commas and all (`Farrar, Straus and Giroux`)
        after = re.sub(r"\[[^\]]*\]", " ", rest.split(":", 1)[1])  # `[first edition 1908]` is a note
        pieces = [p for p in (clean(p) for p in after.split(",")) if p and not IMPRINT_EXTRA.match(p)]
        return (", ".join(pieces) or None), year.group("y")
    publisher, _ = split_imprint(rest)
    return publisher, year.group("y")


# A part of a note that opens with a single quote: a British article or chapter title (`, ‘Polemic notes …’`).
QUOTED_PART = re.compile(r"(?:^|,\s?)[‘'](?=[A-Z])")


# A reference list that writes the surname before its initials and separates elements by full stops, with
# the imprint `Place: Publisher; Year` or `, Year` (NLM-like lists of Russian journals, the APS style manual):
# `Lasswell H. Title. In: Book. L. Bryson (ed.). N. Y. : Harper; 1948. P. 37–51.`,
# `Blumler J., Katz E. Title. Beverly Hills: Sage Publications; 1974. 318 p.`, `Tolkien JRR. Title. London:
# Ballantine, 1981.`, `Waterson B. Title. In: Book. New York: WriteMore Univ. Press, 1999, chapt. 1, p. 2-15.`
_SURNAME_INITIALS = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\s(?:(?:[A-Z]\.\s?){1,3}|[A-Z]{1,3}\b)"
INITIALS_BOOK = re.compile(
    rf"^(?P<authors>{_SURNAME_INITIALS}(?:,\s?{_SURNAME_INITIALS})*(?:,?\s(?:and|&)\s{_SURNAME_INITIALS})?)\.?\s?"
    r"(?P<title>[A-Z][^:;]*?(?::\s[^:;]+?)?)\.\s"
    r"(?:In:\s(?P<book>[^:;]+?)\.\s(?:(?P<editors>[A-Z][^:;()]*?)\s\(eds?\.\)\.\s)?)?"
    r"(?P<place>[A-Z][^:;]{1,40}?)\s?:\s?(?P<publisher>[^:;,]+?)[;,]\s(?P<year>(?:1[6-9]|20)\d\d)(?P<rest>(?:[.,]\s.*)?)\.?$"
)
# A place abbreviated to initials (`N. Y.`, `M.`).
ABBREVIATED_PLACE = re.compile(r"^(?:[A-Z]\.\s?){1,3}$")
# The extent of a book (`318 p.`, `183 с.`): the number of its pages, not a locator.
EXTENT = re.compile(r"(?<![\w.])\d+\s?(?:p|pp|с)\.(?=\s|$)")


def parse_initials_book(citation: Citation, body: str) -> bool:
    """A book or chapter in a reference list written `Surname I. Title. [In: Book. Editor (ed.).] Place: Publisher;
    Year.`: the names end at the last initial, the title at the next full stop."""
    match = INITIALS_BOOK.match(body.strip())
    if not match or not (is_place(match.group("place").strip(" .")) or ABBREVIATED_PLACE.match(match.group("place"))):
        return False
    citation.authors = [name.strip(" ,") for name in re.split(r",\s?|\s(?:and|&)\s", match.group("authors"))]
    citation.title, citation.date = match.group("title").strip(), match.group("year")
    citation.publisher = match.group("publisher").strip()
    if match.group("book"):
        citation.type, citation.container = "chapter", match.group("book").strip()
        citation.editor = match.group("editors")
    else:
        citation.type = "book"
    fill_details(citation, EXTENT.sub(" ", match.group("rest")), keep_date=True)
    return True


def parse_humanities_book(citation: Citation, body: str) -> bool:
    """A book in a humanities note or reading list: names, title (commas allowed), imprint, locators."""
    text = body.strip()
    if citation.language not in ("en", "fr", "de") or re.search(r"[「『]|,\s[Ii]n\s", text):
        return False  # `…, in Book` is a chapter (parse_edited)
    bracketed = HUMANITIES_IMPRINT.match(text)
    open_imprint = None if bracketed else OPEN_IMPRINT.match(text)
    if open_imprint and not is_place(open_imprint.group("place")):
        return False
    found = bracketed or open_imprint
    if not found or QUOTED_PART.search(found.group("head")):
        return False  # a title in single quotes is an article or a chapter (parse_quoted)
    parts = split_top_level(found.group("head"), ",")
    authors, editors, used = _humanities_names(parts)
    title_parts = [p for p in parts[used:] if not EDITION_PART.match(p.strip())]
    authors, editors = _role_before_title(title_parts, authors, editors)
    roles = [(m.group("role"), m.group("names")) for p in title_parts if (m := ROLE_AFTER_TITLE.match(p.strip()))]
    title_parts = [p for p in title_parts if not ROLE_AFTER_TITLE.match(p.strip())]
    if not used or not title_parts:
        return False
    citation.type, citation.authors = "book", authors
    editors += [names for role, names in roles if re.search(r"\bed", role)]
    citation.editor = " and ".join(editors) if editors else None
    citation.translator = next((names for role, names in roles if "trans" in role), None)
    citation.title = clean(", ".join(title_parts))
    if bracketed:
        citation.publisher, citation.date = humanities_imprint(bracketed.group("imprint"))
    else:
        citation.publisher, citation.date = clean(open_imprint.group("publisher")), open_imprint.group("year")
    rest = fill_details(citation, found.group("rest"), keep_date=True)
    bare = BARE_PAGES.search(rest) if not citation.pages else None
    if bare:  # Chicago's bare locator after the imprint: `(New York: Penguin Press, 2016), 315–16.`
        citation.pages = page_range(bare.group("first"), bare.group("last"))
    return True


# French and Québec notes write the surname in capitals after the given names and end the names with a
# period: `Claire DENIS. Individu et société, 2007, p. 40.`,
# `Jean-Simon DESLAURIERS, Marie-France MARANDA et Simon VIVIERS. Prévenir …, 2014, p. 28.`
_CAPS_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[- ][A-ZÀ-Ý][a-zà-ÿ'’]+)*\s[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)*"
CAPS_SURNAME_AUTHORS = re.compile(
    rf"^(?P<authors>{_CAPS_NAME}(?:,\s{_CAPS_NAME})*(?:\s(?:et|and|&)\s{_CAPS_NAME})?)\.\s(?P<rest>[^«\"“].+)$"
)


def parse_caps_surname(citation: Citation, body: str) -> bool:
    """Names with capitalised surnames, then the title and what follows it, comma-separated."""
    match = CAPS_SURNAME_AUTHORS.match(body.strip())
    if not match or citation.language not in ("fr", "en", "de"):
        return False
    citation.authors = [n.strip() for n in re.split(r",\s|\s(?:et|and|&)\s", match.group("authors"))]
    parts = split_top_level(match.group("rest").rstrip("."), ",")
    citation.title = clean(parts[0])
    others = [part for part in parts[1:] if fill_details(citation, part).strip(" .,")]  # not a date or locator
    named = [clean(p) for p in others if not is_place(p) and not EDITION_PART.match(p.strip())]
    citation.publisher = named[-1] if named else None
    citation.type = "book"
    return True


# A newspaper or magazine cited by its issue alone (no article title): name, date, page.
#   `The Japan Times, December 6, 2019, p. 4`, `Newsweek, 12 May 2003, pp. 20-22.`
PERIODICAL_ISSUE = re.compile(
    r"^(?P<name>[A-Z][^,\"“”()\d]{1,60}?),\s"
    r"(?P<date>[A-Z][a-z]+\.?\s\d{1,2},?\s(?:1[6-9]|20)\d\d|\d{1,2}\s[A-Z][a-z]+\.?\s(?:1[6-9]|20)\d\d)"
    r"(?P<rest>(?:,\s?(?:pp?\.|sec\.|[Ss]ection)\s?[\w-]+)*)\.?$"
)


def parse_periodical_issue(citation: Citation, body: str) -> bool:
    """The paper or magazine is the container; there is no title of its own."""
    match = PERIODICAL_ISSUE.match(body.strip())
    if not match or citation.language not in ("en", "fr", "de"):
        return False
    date = find_day(match.group("date"))
    if not date:
        return False
    citation.container, citation.date = clean(match.group("name")), date
    citation.pages, _ = find_pages(match.group("rest"))
    citation.type = "news" if is_news(citation.container) else "journal article"
    return True


# A short note of a book cited in full before: surname(s), a short title, the page.
#   `Runnock, Medieval Fortress Building, p. 74.`, `Rousseau and Rogers (eds.), Enduring Legacy, p. 45.`
SHORT_BOOK_NOTE = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+)(?:\s(?:and|&)\s[A-Z][\w'’-]+)?(?:\s\((?:eds?|trans)\.?\))?,\s"
    r"(?P<title>[^,.:\"“”()\d]+),\s(?:pp?\.\s?)?(?P<first>\d+)(?:\s?[-–]\s?(?P<last>\d+))?\.?$"
)


def parse_short_book_note(citation: Citation, body: str) -> bool:
    """A short note repeats an earlier full one; resolve_back_references finds it by name and title."""
    match = SHORT_BOOK_NOTE.match(body.strip())
    if not match:
        return False
    citation.type = "back reference"
    citation.authors = [match.group("who")]
    citation.title = match.group("title").strip()
    citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# A period-separated reference (SIST 02, Chicago bibliography, Vancouver):
#   `坂村健. グローバルスタンダードと国家戦略. NTT出版, 2005, 272p.`
#   `松原茂樹, 加藤芳秀, 江川誠二. 英文作成支援ツール…. 情報管理. 2008, vol. 51, no. 4, p. 251-259.`
# A period ends an element unless it ends an initial (`D.`) or an abbreviation (`vol.`, `p.`).
ABBREVIATIONS = ("[A-Z]", "vol", "Vol", "no", "No", "pp", "p", "ed", "Ed", "eds", "St", "Dr", "Mr", "Jr", "al")
ELEMENT_END = re.compile("".join(rf"(?<!\b{a})" for a in ABBREVIATIONS) + r"[.．]\s+(?=\S)")


# Authors given as surname and initials, separated by semicolons: `Frenkel, D.; Smit, B. Title…`.
INITIALS_AUTHORS = re.compile(
    r"^(?P<authors>[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?)+(?:;\s[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?)+)*)\s(?=[A-Z])"
)


# `et al.` written as an element of its own after the names (CiNii / J-GLOBAL exports: `五十嵐 由利子. ほか. 40525 …`):
# it closes the author element and is never the title.
OTHERS_ELEMENT = re.compile(r"^(?:ほか|他|外|等|et al)$")


def parse_period_separated(citation: Citation, body: str) -> bool:
    text = body.strip().rstrip(".．")
    initials = INITIALS_AUTHORS.match(text)
    head = [initials.group("authors")] if initials else []
    rest = text[initials.end() :] if initials else text
    parts = head + [p.strip() for p in ELEMENT_END.split(rest) if p.strip()]
    if len(parts) > 3 and OTHERS_ELEMENT.match(parts[1]):
        parts = [parts[0], *parts[2:]]
    if len(parts) < 3 or "。" in text:
        return False
    zone = parts[0]
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", zone):
        citation.authors, citation.editor = split_japanese_authors(zone.replace(", ", "、"))
    else:
        citation.authors = split_western_authors(zone.replace(";", " and"))
    citation.title = clean(parts[1])
    tail = parts[2:]
    details = re.match(r"^(?:(?:1[6-9]|20)\d\d|vol|Vol|[Nn]o\.)", tail[1]) if len(tail) > 1 else None
    if details:
        citation.type = "journal article"
        citation.container = clean(tail[0])
        fill_details(citation, ", ".join(tail[1:]))
    else:
        citation.type = "book"
        rest = fill_details(citation, ", ".join(tail))
        citation.publisher = leftover_publisher(rest)
    return True


# A Chicago short note: `Esher, "Autonomous Morphology," 341.`, `Smith, Swing Time, 320.`
SHORT_FORM = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+),\s(?:[\"“](?P<quoted>[^\"”]+?),?[\"”]|(?P<title>[^,\"“.\d]+)),?\s(?P<first>\d+)(?:[-–](?P<last>\d+))?\.?$"
)


def parse_short_form(citation: Citation, body: str) -> bool:
    """A shortened note repeats an earlier full one; resolve_back_references finds which."""
    match = SHORT_FORM.match(body.strip())
    if not match:
        return False
    citation.type = "back reference"
    citation.authors = [match.group("who")]
    citation.title = (match.group("quoted") or match.group("title")).strip()
    citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# A thesis's degree and the university that granted it, as Chicago notes write them (Chicago 17 14.216):
# `(master's thesis, University of Auckland, 1985)`, `PhD diss., Victoria University of Wellington, 2012`,
# `(PhD diss., University of Chicago, 2008)`. The university is the thesis's publisher.
THESIS_DEGREE = re.compile(
    r"\b(?P<degree>(?:[Mm]aster['’]s|MA|MSc|PhD\.?|Ph\.\s?D\.|[Dd]octoral|[Dd]octorate)\s(?:thesis|diss\.|dissertation))"
    r",\s\(?(?P<university>[^()]{4,120}?)(?=,\s(?:1[6-9]|20)\d\d\b)"
)


def thesis_university(citation: Citation, reference: str) -> None:
    """A thesis names its university after the degree: the publisher; the degree is no container."""
    match = THESIS_DEGREE.search(reference)
    if not match:
        return
    citation.type = "thesis"
    citation.publisher = citation.publisher or match.group("university").strip()
    if citation.container and citation.container in match.group("degree"):
        citation.container = None
