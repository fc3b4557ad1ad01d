"""Western journal and name-year style parsers: reference lists where the year follows the authors or the
journal's locator closes the entry.

APA, author-date (Harvard, Taylor & Francis), comma-separated Western entries, names before ` : ` (Vancouver-like
Japanese journal lists), CSE `Pages … in`, compact horticulture author-date, shortened author-date notes
({{sfn}}), Vancouver/NLM articles, chapters and newspapers, SIST 02 Western books, a paper as its own author and
GB/T 7714 (Chinese, with its `[M]`/`[J]` type codes).
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.authors import INVERTED_INITIALS_LIST, split_japanese_authors, split_western_authors
from pipeline.extractors.citations.fields import MONTHS_EN, find_date, find_day, find_pages
from pipeline.extractors.citations.vocabulary import (
    BARE_PAGES,
    EUROPEAN_PUBLISHERS,
    JA_LETTERS,
    ORGANISATION,
    PUBLISHER_END,
    clean,
    fill_details,
    is_news,
    leftover_publisher,
    page_range,
    split_top_level,
    western_type,
)
from pipeline.records import Citation

# APA 7: `Aron, L., Botella, M., & Lubart, T. (2019). Title. In R. F. Subotnik (Eds.), Book (pp. 345–359). Publisher.`
APA = re.compile(r"^(?P<authors>.+?)\s?\((?P<year>(?:1[6-9]|20)\d\d)[a-z]?(?:,\s[^)]+)?\)\.?\s(?P<rest>[^\"“].+)$")
APA_CHAPTER = re.compile(
    r"^(?P<title>.+?)\.\s[Ii]n\s(?P<editors>.+?)\s\((?:Eds?|Hrsg)\.\),\s(?P<book>.+?)"
    r"(?:\s\((?P<details>[^()]*)\))?\.\s(?P<publisher>[^()]+?)\.?$"
)
APA_ARTICLE = re.compile(
    r"^(?P<title>.+?)\.\s(?P<container>[^,.]+(?:\.[^,\s][^,]*)?)"
    r"(?:,\s(?P<vol>\d+)(?:\((?P<no>[^)]+)\))?(?:,\s(?:(?P<first>\d+)\s?[-–]\s?(?P<last>\d+)|Article\s\d+))?"
    r"|,\sArticle\s\d+)\.?$"
)
APA_BOOK = re.compile(
    r"^(?P<title>.+?)(?:\s\((?P<details>[^()]*(?:ed\.|Vol\.)[^()]*)\))?\.\s(?P<publisher>[^.]+(?:\.[^\s.][^.]*)*?)\.?$"
)

# The edition statement of a Harvard (UK) book between title and imprint, as a sentence of its own or bracketed:
# `Critical thinking skills … argument. 2nd ed. Basingstoke: Palgrave Macmillan`, `… social science. (5th ed)
# [Online]` (Cite Them Right / Brunel guides). It describes the copy: neither title nor publisher.
EDITION_STATEMENT = r"\(?(?:\d+(?:st|nd|rd|th)|[Nn]ew|[Rr]ev(?:ised)?\.?|[Rr]eprint)\s(?:ed|edn|edition)\.?\)?"
TITLE_EDITION_END = re.compile(rf"\.?\s{EDITION_STATEMENT}$")
EDITION_ONLY = re.compile(rf"^{EDITION_STATEMENT}$")
# The place before a publisher's colon, which APA 7 drops and Harvard keeps (`Basingstoke: Palgrave Macmillan`).
PLACE_COLON = re.compile(r"^[A-Z][\w.'’ -]{1,30}(?:,\s?[A-Z][A-Za-z.]{1,12})?\s?:\s(?=[A-Z])")


def _apa_book(citation: Citation, book: re.Match[str]) -> None:
    citation.type, citation.title = "book", TITLE_EDITION_END.sub("", book.group("title"))
    publisher = book.group("publisher")
    citation.publisher = None if EDITION_ONLY.match(publisher) else PLACE_COLON.sub("", publisher)


def parse_apa(citation: Citation, body: str) -> bool:
    """APA reference-list entries: chapter in an edited book, journal article, book."""
    match = APA.match(body.strip())
    if not match or not INVERTED_INITIALS_LIST.fullmatch(match.group("authors").strip(" ,")):
        return False
    rest = match.group("rest").strip()
    chapter, article = APA_CHAPTER.match(rest), APA_ARTICLE.match(rest)
    book = None if chapter or article else APA_BOOK.match(rest)
    if not (chapter or article or book):
        return False
    citation.authors = split_western_authors(match.group("authors"))
    citation.date = match.group("year")
    if chapter:
        citation.type, citation.title, citation.editor = "chapter", chapter.group("title"), chapter.group("editors")
        citation.container, citation.publisher = chapter.group("book"), chapter.group("publisher")
        citation.pages, _ = find_pages(chapter.group("details") or "")
    elif article:
        citation.type, citation.title, citation.container = (
            "journal article",
            article.group("title"),
            article.group("container"),
        )
        citation.volume, citation.issue = article.group("vol"), article.group("no")
        if article.group("first"):
            citation.pages = page_range(article.group("first"), article.group("last"))
    else:
        _apa_book(citation, book)
    return True


# Author-date: `Yamaguchi, Momoe (1980). Aoi Toki,Shuei-sha, Tokyo.`,
# `Scott, J.W., (1988) Gender and the Politics of History, Columbia University Press.`
AUTHOR_DATE = re.compile(
    r"^(?P<authors>[A-Z][^()\d]+?),?\s?\((?P<year>(?:1[6-9]|20)\d\d)[a-z]?\)\.?\s(?P<rest>[^\"“].+)$"
)


# Volume:issue and pages after a journal's name, Taylor & Francis style: `, 26:4, 384-401`.
TF_NUMBERS = re.compile(r",\s?(?P<vol>\d+)\s?[:(]\s?(?P<no>\d+)\)?,\s?(?P<first>\d+)\s?[-–]\s?(?P<last>\d+)")


# Wikipedia's `cite book` after the author-date head: title, edition, imprint and pinpoint as sentences of their own
# (`Game Theory. Cambridge University Press. pp. 176–180.`, `Artificial Intelligence: A Modern Approach (4th ed.).
# Hoboken: Pearson. pp. 149–150.`, `(print ed.). Cambridge, MA: MIT Press.`); what follows the imprint is a
# locator or an identifier (`pp.`, `LCCN …`).
SENTENCE_BOOK = re.compile(
    rf"^(?P<title>[^,.]+?)(?:\s(?:{EDITION_STATEMENT}|\([^()]{{1,20}}\sed\.\)))?\.\s"
    r"(?P<imprint>(?:[A-Z][\w'’ -]{1,30}(?:,\s[A-Z][A-Za-z.]{1,12})?:\s)?[A-Z][^.:,]+?)"
    r"(?:\.\s(?P<rest>(?:pp?\.|[A-Z]{2,}\b|\.).*)|\.?)$"
)


def _sentence_book(citation: Citation, book: re.Match[str]) -> None:
    citation.type, citation.title = "book", clean(book.group("title"))
    citation.publisher = publisher_after_place(book.group("imprint"))
    fill_details(citation, book.group("rest") or "", keep_date=True)


def parse_author_date(citation: Citation, body: str) -> bool:
    match = AUTHOR_DATE.match(body.strip())
    if not match:
        return False
    citation.authors = split_western_authors(match.group("authors"))
    citation.date = match.group("year")
    book = SENTENCE_BOOK.match(match.group("rest"))
    if book:
        _sentence_book(citation, book)
        return True
    title, _, rest = match.group("rest").partition(",")
    citation.title = clean(title)
    if re.search(r"\b(?:vol|no)\.", rest, re.IGNORECASE):
        citation.type = "journal article"
        citation.container = clean(re.split(r",\s?(?:vol|no)\.", rest, maxsplit=1, flags=re.IGNORECASE)[0])
        fill_details(citation, rest, keep_date=True)
    elif TF_NUMBERS.search(rest):  # `, Contemporary Politics, 26:4, 384-401` (Taylor & Francis)
        numbers = TF_NUMBERS.search(rest)
        citation.type = "journal article"
        citation.container = clean(rest[: numbers.start()])
        citation.volume, citation.issue = numbers.group("vol"), numbers.group("no")
        citation.pages = page_range(numbers.group("first"), numbers.group("last"))
    else:
        citation.publisher = publisher_after_place(rest)
        citation.type = "web page" if citation.url and not citation.publisher else "book"
    return True


# A place before the publisher: `Albany, NY: State University of New York Press`, `New York: Penguin`.
PLACE_PUBLISHER = re.compile(r"^\s?(?P<place>[^:,]+(?:,\s?[A-Z][A-Za-z.]*)?)\s?:\s?(?P<publisher>[^,:]+)")


def publisher_after_place(rest: str) -> str | None:
    """The publisher of a Western imprint, without the place that may precede it."""
    imprint = PLACE_PUBLISHER.match(rest)
    if imprint:
        return clean(imprint.group("publisher"))
    return clean(rest.split(",")[0])


# A journal's name with its volume and issue in one element (`情報処理 52(2)`), in a Japanese comma-separated
# entry or a journal list's tail.
JOURNAL_NUMBERS = re.compile(r"^(?P<name>.+?)\s?(?P<vol>\d+)\s?\((?P<no>\d+)\)$")


# --- comma-, colon- and period-separated references without quotes ---------------------

# A personal name in Western order, as bylines write it: `Claire Bigg`, `Edgar L.Prina`, `GR.Sloan`.
PERSON_NAME = re.compile(r"(?:[A-ZА-ЯЁ][\w'’-]*\.?\s?){1,3}[A-ZА-ЯЁ][\w'’-]+")
# A part that is only a date or a locator: `11 January 2008`, `revision dated 22 June 2008`, `P.34`.
DATE_PART = re.compile(
    r"^(?:[a-z ]{0,20}\s)?"
    r"(?:\d{1,2}\s[A-Za-zА-Яа-я]+\.?\s\d{4}|[A-Z][a-z]+\.?\s(?:\d{1,2},?\s)?\d{4}|\d{4}(?:-\d\d){0,2})\.?$"
)
LOCATOR_PART = re.compile(r"^(?:pp?\.|PP?\.|[Vv]ol\.|[Nn]o\.)\s?\d|^\d+\s?(?:\(\d+\)|:\d+)?$|^\d+\s?[-–]\s?\d+$")
# An edition statement: `Thirteenth Edition`, `8th ed.`, `2nd edn`.
EDITION = re.compile(r"^(?:\w+\s)?(?:[Ee]dition|ed\.?|edn\.?)$")
# The given names of an inverted first author, then `and` (no space after the initial):
# `Paul A.and William D.Nordhaus`, `Graham and Jeffery I.Round`.
INVERTED_AND = re.compile(r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*)*?\s?(?<=[.\s\w])and\s")
# A byline with its date, Wikipedia style: `Claire Bigg (2010-05-13)`.
BYLINE_DATE = re.compile(r"^(?P<name>[^()]+?)\s?\((?P<date>[^()]*\d{4}[^()]*)\)$")
# A translation in parentheses after a title in another script:
# `Пресс-конференция «…» (Press conference: The outcome of …)`.
TRANSLATION = re.compile(r"\s\((?P<text>[A-Za-z][^()]*)\)$")


def _western_title(text: str) -> str | None:
    """A title without a translation of it in another script; a leading `.РФ` keeps its dot."""
    translation = TRANSLATION.search(text)
    if translation and re.search(r"[А-Яа-яЁё\u3040-\u30ff\u4e00-\u9fff]", text[: translation.start()]):
        text = text[: translation.start()]
    title = clean(text)
    return "." + title if title and text.startswith(".") and not title.startswith(".") else title


# English-language publishing houses whose names carry no `Press`/`Books` ending, so that a comma-separated book
# note (`R. R. Gist,Basic Retailing,Pitman,1971,p.50.`, `…,Prentice- Hall,1967,pp.46-57`) reads the name as its
# publisher, not as a journal; the imprints of the style guides' examples (APA, MLA, Chicago).
PUBLISHING_HOUSE_EN = re.compile(
    r"(?:Prentice[-‐]\s?Hall|Pitman|Macmillan|Longmans?|Routledge|(?:John\s)?Wiley(?:\s&\sSons)?|McGraw[-‐]\s?Hill"
    r"|Penguin|Blackwell|Springer(?:[-‐]Verlag)?|Elsevier|Sage|(?:W\.\s?W\.\s)?Norton|(?:Alfred\sA\.\s)?Knopf"
    r"|Harper(?:\s?Collins|\s&\sRow)?|Heinemann|Methuen|Allen\s&\sUnwin|Faber(?:\s&\sFaber)?|Vintage|Cengage|Pearson"
    r"|Longman|Houghton\sMifflin|Little,\sBrown|Scribner|Doubleday|Random\sHouse)"
)


def parse_western_comma(citation: Citation, body: str) -> bool:
    """`Author, Title, Container(Month,Year), P.34.`; Wikipedia's `Author (date), Title, Site, date`."""
    text = body.strip().rstrip(".;")
    if text.startswith("(") and text.endswith(")"):  # a reference given in brackets after a translation
        text = text[1:-1].rstrip(".;")
    if citation.language not in ("en", "ru", "uk", "de", "fr") or re.search(r"[「『]", text):
        return False
    parts = split_top_level(text, ",;")
    if len(parts) < 2:
        return False
    byline = BYLINE_DATE.match(parts[0])
    content = [p for p in parts if not DATE_PART.match(p) and not LOCATOR_PART.match(p)]
    parts = [p for p in parts if not EDITION.search(p)]
    inverted = len(parts) > 2 and re.fullmatch(r"[A-Z][\w'’-]+", parts[0])
    if inverted and INVERTED_AND.match(parts[1]):
        citation.authors = split_compact_authors(f"{parts[0]},{parts[1]}")  # `Samuelson,Paul A.and William D.Nordhaus`
        parts = parts[2:]
    elif inverted and re.fullmatch(r"(?:[A-Z]\.\s?)+", parts[1]):  # `Gordon,B.K.,Toward Disengagement in Asia`
        citation.authors = [re.match(r"[^,]+,\s?[^,]+", text).group(0)]
        parts = parts[2:]
    elif byline and PERSON_NAME.fullmatch(byline.group("name")):
        citation.authors = [byline.group("name")]
        citation.date, _ = find_date(byline.group("date"))
        parts = parts[1:]
    elif len(content) >= 3 and PERSON_NAME.fullmatch(parts[0]):
        citation.authors = [parts[0]]
        parts = parts[1:]
    citation.title = _western_title(parts[0])
    for part in parts[1:]:
        if DATE_PART.match(part) or LOCATOR_PART.match(part):
            fill_details(citation, part, keep_date=bool(citation.date))
        elif (
            PUBLISHER_END.search(part) or PUBLISHING_HOUSE_EN.fullmatch(part) or clean(part) in EUROPEAN_PUBLISHERS
        ) and citation.publisher is None:
            citation.publisher = clean(part)
        elif citation.container is None and citation.publisher is None:
            dated = re.match(r"^(?P<name>[^()]+?)\s?\((?P<details>[^()]*\d{4}[^()]*)\)$", part)
            citation.container = clean(dated.group("name") if dated else part)
            if dated:
                fill_details(citation, dated.group("details"))
    citation.type = "book" if citation.publisher and not citation.container else western_type(citation)
    numbered = citation.volume or citation.issue or citation.pages
    if citation.type in ("book", "journal article") and not numbered and (citation.accessed or citation.url):
        citation.type = "web page"  # an online source read on a date, without volume or pages
    return True


# Vancouver and Japanese journals' lists: names, ` : `, title, `. `, journal, vol(no), pages, year.
#   `Yamada T, Yamada H, Chikadai T : Affair of …. Education in Japan, 5(11), 111-120, 2012.`
#   `千科大太郎, 岡理大太郎 : 銚子市における薬剤師の育成について. 月刊薬剤師教育, 108(8), 55-70, 2012.`
COLON_AFTER_AUTHORS = re.compile(r"^(?P<authors>[^:：.「『]{2,120}?)\s[:：]\s(?P<title>.+?)[.．]\s(?P<tail>[^.]+?)\.?$")
# A Vancouver name: surname and initials without periods (`Yamada T`, `Smith JA`).
VANCOUVER_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*\s[A-Z]{1,3}")
VANCOUVER_NAMES = re.compile(rf"{VANCOUVER_NAME.pattern}(?:,\s{VANCOUVER_NAME.pattern})*(?:,?\set al\.?)?")
# A section label before the title of a magazine article: `特集, 東アジア環境共生系: `.
FEATURE_LABEL = re.compile(r"^(?:特集|小特集|連載|シリーズ)\s?[,、:：]\s?(?:[^:：]+[:：]\s?)?")


def parse_colon_authors(citation: Citation, body: str) -> bool:
    match = COLON_AFTER_AUTHORS.match(body.strip())
    if not match:
        return False
    zone = match.group("authors").strip()
    if VANCOUVER_NAMES.fullmatch(zone):
        citation.authors = [n.strip() for n in zone.split(",") if n.strip() and "et al" not in n]
    elif re.fullmatch(rf"[{JA_LETTERS}\s、,，・]+", zone):
        citation.authors, citation.editor = split_japanese_authors(zone)
    else:
        return False
    citation.title = clean(FEATURE_LABEL.sub("", match.group("title")))
    journal_tail(citation, match.group("tail"))
    return True


def journal_tail(citation: Citation, tail: str) -> None:
    """`Journal, 5(11), 111-120, 2012` or `Journal,vol.3,2002,p.63-72`: container, numbers, pages, date."""
    pieces = split_top_level(tail, ",，")
    journal = JOURNAL_NUMBERS.match(pieces[0]) if pieces else None
    if journal:  # `アカデミック・ジャパニーズ・ジャーナル 1(2)`
        pieces = [journal.group("name"), f"{journal.group('vol')}({journal.group('no')})", *pieces[1:]]
    citation.container = clean(pieces[0]) if pieces else None
    rest = ", ".join(pieces[1:])
    apa = re.search(r"(?:^|,\s)(?P<vol>\d+)\s?[(:](?P<no>\d+)\)?(?=,|$)", rest)
    if apa:
        citation.volume, citation.issue = apa.group("vol"), apa.group("no")
        rest = rest[: apa.start()] + rest[apa.end() :]
    rest = fill_details(citation, rest)
    bare = BARE_PAGES.search(rest)
    if not citation.pages and bare and bare.group("last"):
        citation.pages = page_range(bare.group("first"), bare.group("last"))
    if not (citation.volume or citation.issue or citation.pages) and not is_news(citation.container):
        # `桜出版, 東京, 2012`: a book's imprint (publisher, place, year), not a journal
        citation.type, citation.publisher, citation.container = "book", citation.container, None
        return
    citation.type = "news" if is_news(citation.container) else "journal article"


# A book chapter in the CSE / ecology style:
#   `FRANSON, J.C. 1996. Interpretation of …. Pages 265-279 in W.N. Beyer, …, editors. Book. Lewis Publishers,
#   Boca Raton.`
AUTHORS_YEAR_PERIOD = re.compile(r"^(?P<authors>[^()]+?)\s(?P<year>(?:1[6-9]|20)\d\d)[a-z]?\.\s(?P<rest>.+)$")
PAGES_IN = re.compile(
    r"^(?P<title>.+?)\.\s[Pp]ages?\s(?P<first>\d+)\s?[-–]\s?(?P<last>\d+)\sin\s(?P<editors>.+?),\s(?:editors?|eds?\.?)\.\s"
    r"(?P<book>.+?)\.\s(?P<publisher>[^,.]+?)(?:,\s(?P<place>[^.]+))?\.?$"
)


def parse_pages_in(citation: Citation, body: str) -> bool:
    head = AUTHORS_YEAR_PERIOD.match(body.strip())
    chapter = PAGES_IN.match(head.group("rest")) if head else None
    if not chapter:
        return False
    citation.type = "chapter"
    citation.authors = split_western_authors(head.group("authors"))
    citation.date = head.group("year")
    citation.title = chapter.group("title").strip()
    citation.pages = page_range(chapter.group("first"), chapter.group("last"))
    citation.editor = chapter.group("editors").strip()
    citation.container = chapter.group("book").strip()
    citation.publisher = chapter.group("publisher").strip()
    return True


# Author-date written without spaces, ending in `volume:pages` (horticulture journals):
#   `Abeles,F.B.and S.G.Wydoski.(1987)Inhibitors of ….J.Amer.Soc.Hort.Sci. 112:122-125.`
COMPACT_AUTHOR_DATE = re.compile(
    r"^(?P<authors>[A-Z][^()]+?)\.?\s?\((?P<year>(?:1[6-9]|20)\d\d)[a-z]?\)\.?\s?(?P<title>.+?[a-z)?])\.\s?"
    r"(?P<container>(?:[A-Z][A-Za-z]*\.\s?)+|[A-Z][^.]+?)\s?(?P<vol>\d+)(?:\((?P<no>\d+)\))?\s?:\s?"
    r"(?P<first>\d+)(?:\s?[-–]\s?(?P<last>\d+))?\.?$"
)


def split_compact_authors(zone: str) -> list[str]:
    """`Abeles,F.B.and S.G.Wydoski` → `Abeles,F.B.`, `S.G.Wydoski` (names kept as written)."""
    parts = re.split(r"(?<=\.)\s?and\s|,?\s(?:and|&)\s|;\s?", zone.strip())
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


def parse_compact_author_date(citation: Citation, body: str) -> bool:
    match = COMPACT_AUTHOR_DATE.match(body.strip())
    if not match:
        return False
    citation.type = "journal article"
    citation.authors = split_compact_authors(match.group("authors"))
    citation.date = match.group("year")
    citation.title = match.group("title").strip()
    citation.container = match.group("container").strip()
    citation.volume, citation.issue = match.group("vol"), match.group("no")
    citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# A shortened footnote of the author-date (Harvard) system, as Wikipedia's {{sfn}}/{{harvnb}} render it: the
# surnames, the year and the locator, and nothing else; the full entry stands in the reference list.
# `竹内均 1970, p. 25.` (kampuspedia.com 利用者:Afaz/略記脚注法), `Smith & Jones 2006, p. 25.` (ja Template:Sfn),
# `Smith et al. 2006`; ingest drops the space between a Han name and the year (`竹内均1970, p. 25.`).
_SFN_JA_NAME = rf"[{JA_LETTERS}]{{1,12}}"
_SFN_LATIN_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
SHORT_AUTHOR_DATE = re.compile(
    rf"^(?P<names>(?P<ja>{_SFN_JA_NAME}(?:\s?(?:&|・|と)\s?{_SFN_JA_NAME}){{0,3}}(?:他|ほか)?)"
    rf"|{_SFN_LATIN_NAME}(?:(?:,\s|\s&\s|\sand\s){_SFN_LATIN_NAME}){{0,3}}(?:\set\sal\.)?)"
    r"\s?(?P<year>(?:1[6-9]|20)\d\d)(?P<suffix>[a-z])?(?![\d年/.-]\d)"
    r"(?P<rest>[,、]\s?[^「」『』\"“”()（）,、]{1,30})?\s?[.。]?$"
)

# A locator that is no page: `§ 8.5` (sfn's loc=), `ch. 3`, `第2章`, `付録:…` (`{{Harv|科学技術振興機構|2007|loc=付録:
# 国際的な参照文献の記述スタイル}}`, ja Template:Citation).
SECTION_LOCATOR = re.compile(r"§|\bloc\.|\b[Cc]h(?:ap)?\.|第?\d+\s?[章節]|付録|序文|はじめに|あとがき")


def parse_short_author_date(citation: Citation, body: str) -> bool:
    """Author(s), year and locator of a shortened author-date note; resolve_author_date later links it to the
    reference-list entry it abbreviates.  Type `book` unless a public body is the author (gold: `杉原(2008)`)."""
    match = SHORT_AUTHOR_DATE.match(body.strip())
    if not match:
        return False
    rest = match.group("rest") or ""
    pages = find_pages(rest)[0]
    if rest and not pages and not SECTION_LOCATOR.search(rest):
        return False
    names = re.sub(r"\s?(?:他|ほか|et\sal\.)$", "", match.group("names"))
    separator = r"\s?(?:&|・|と)\s?" if match.group("ja") else r",\s|\s&\s|\sand\s"
    citation.authors = [name.strip() for name in re.split(separator, names) if name.strip()]
    citation.date = match.group("year")
    citation.pages = pages
    citation.type = "report" if ORGANISATION.search(names) else "book"
    return True


# Vancouver (ICMJE / NLM): `Glickman SW, McHutchison JG, Peterson ED, et al. Ethical and scientific
# implications of …. N Engl J Med 2009; 360: 816-23.`; NLM's day (`Nature. 2005 Jul 28;436(7050):488–9.`), the
# CSE name-year variant with the year after the names (`Fauci AS. 2002. Title. N Engl J. Med. 346(17):1319-1320.`:
# a one-letter abbreviation may keep its period inside the journal's name) and any dash between the pages
# (`231‐238`, U+2010).
VANCOUVER = re.compile(
    rf"^(?P<authors>{VANCOUVER_NAMES.pattern})\.\s(?:(?P<name_year>(?:1[6-9]|20)\d\d)[a-z]?\.\s)?"
    r"(?P<title>.+?[?!]|.+?)\.?\s(?P<journal>[^.;?!]+?(?:(?<=\s[A-Z])\.\s[A-Z][a-z]{1,5})*?)\.?\s"
    r"(?:(?P<year>(?:1[6-9]|20)\d\d)(?:\s(?P<month>[A-Z][a-z]{2})(?:\s(?P<day>\d{1,2}))?)?;\s?)?"
    r"(?P<vol>\d+)(?:\s?\((?P<no>[^)]+)\))?(?::\s?(?P<first>\d+)(?:\s?[-–‐‑]\s?(?P<last>\d+))?)?\.?$"
)


def _vancouver_date(match: re.Match[str]) -> str | None:
    """The year of the issue, with NLM's month and day when given (`2005 Jul 28` -> 2005-07-28)."""
    year = match.group("year") or match.group("name_year")
    month = MONTHS_EN.get(next((m for m in MONTHS_EN if m[:3] == (match.group("month") or "").lower()), ""))
    if not (year and month):
        return year
    day = match.group("day")
    return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"


# A Vancouver chapter (NLM's `Meltzer PS, Kallioniemi A, Trent JM. Chromosome alterations in human solid tumors.
# In: Vogelstein B, Kinzler KW, editors. The genetic basis of human cancer. New York: McGraw-Hill; 2002.
# p. 93-113.`); reading-list exports add a chapter label and an empty place slot (`Higgins R. Chapter 1 The
# Nature …. In: Problems and process …. Oxford: : Clarendon Press 1994.`). The label is not title.
CHAPTER_LABEL = re.compile(r"^(?:Chapter|Ch\.|Chap\.)\s?(?:\d+|[IVXLC]+)[.:]?\s")
VANCOUVER_CHAPTER = re.compile(
    rf"^(?P<authors>{VANCOUVER_NAMES.pattern})\.\s(?P<title>.+?)\.\sIn:\s"
    rf"(?:(?P<editors>{VANCOUVER_NAMES.pattern}),\seditors?\.\s)?(?P<book>.+?)\.\s(?:\d+(?:st|nd|rd|th)\sed\.\s)?"
    r"(?P<place>[A-Z][^.:;]{1,40}):\s?(?::\s?)?(?P<publisher>[^.:;]+?)[;,]?\s(?P<year>(?:1[6-9]|20)\d\d)"
    r"(?:\.\s?p\.\s?(?P<first>\d+)(?:\s?[-–]\s?(?P<last>\d+))?)?\.?$"
)


def parse_vancouver_chapter(citation: Citation, body: str) -> bool:
    match = VANCOUVER_CHAPTER.match(body.strip())
    if not match:
        return False
    citation.type = "chapter"
    citation.authors = [n.strip() for n in match.group("authors").split(",") if n.strip() and "et al" not in n]
    citation.title = CHAPTER_LABEL.sub("", match.group("title").strip())
    if match.group("editors"):
        citation.editor = match.group("editors").strip()
    citation.container, citation.publisher = match.group("book").strip(), match.group("publisher").strip()
    citation.date = match.group("year")
    if match.group("first"):
        citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# A Vancouver (NLM Citing Medicine) book: names, a role (`editors`), the title with its medium (`[Internet]`,
# `[e-book]`) outside it, an edition, editors named after the title (`Wendling DL, technical editor.`), then
# `Place (ST): Publisher; year`.  Library guides type a comma inside a name (`Christinasen, S`).
#   `Darbyshire P, Hampton D. Hedge Fund Modelling and Analysis Using Excel and VBA. Chichester, West Sussex, UK:
#   John Wiley & Sons, Ltd.; 2012.`, `Banerjee S, Erçetin ŞŞ, Tekin A, editors. Chaos Theory in Politics.
#   Dordrecht: Springer Netherlands; 2014.` (paperpile.com/s/fuss-und-sprunggelenk-citation-style/)
_NLM_INITIALS = r"(?:(?![a-z])[^\W\d_]){1,3}"
_NLM_BOOK_NAME = rf"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*,?\s{_NLM_INITIALS}"
VANCOUVER_BOOK = re.compile(
    rf"^(?P<authors>{_NLM_BOOK_NAME}(?:,\s{_NLM_BOOK_NAME})*(?:,?\set al\.?)?)(?:,\s(?P<role>editors?))?\.\s"
    r"(?P<title>[^.]+?(?:[?!]|\.\s[a-z][^.]*?)?)(?:\s\[(?:Internet|e-?book|eBook|monograph on the Internet)\])?\.\s"
    r"(?:\d+(?:st|nd|rd|th)\sed\.\s)?(?:[^.:]+?,\s(?:technical\s)?editors?\.\s)?"
    r"(?P<place>[A-Z][^.:;]{1,40}?(?:\s\([A-Z]{2,3}\))?):\s?(?P<publisher>[^:;]+?)\.?[;,]\s"
    r"(?P<year>(?:1[6-9]|20)\d\d)\b(?P<rest>.*)$"
)


def parse_vancouver_book(citation: Citation, body: str) -> bool:
    """NLM book: the names (editors when `editors` follows them), title, place, publisher and year."""
    match = VANCOUVER_BOOK.match(body.strip())
    if not match or re.search(r"\bIn:\s", match.group("title")):
        return False
    names = [n.strip() for n in re.split(r",\s(?=[A-Z][\w'’-]+,?\s)", match.group("authors")) if "et al" not in n]
    if any("," in name for name in names) and not match.group("role"):
        return False  # `Bergholm, L. Title.`: an inverted name with its initial's full stop, no NLM name
    citation.type = "book"
    if match.group("role"):
        citation.authors, citation.editor = [], ", ".join(names)
    else:
        citation.authors = names
    citation.title, citation.publisher = match.group("title").strip(), match.group("publisher").strip()
    citation.date = match.group("year")
    return True


def parse_vancouver(citation: Citation, body: str) -> bool:
    match = VANCOUVER.match(body.strip())
    if not match or not (match.group("year") or match.group("name_year")):
        return False
    citation.type = "journal article"
    citation.authors = [n.strip() for n in match.group("authors").split(",") if n.strip() and "et al" not in n]
    citation.title = match.group("title").strip()
    citation.container, citation.date = match.group("journal").strip(), _vancouver_date(match)
    citation.volume, citation.issue = match.group("vol"), match.group("no")
    if match.group("first"):
        citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# SIST 02 for a Western book, periods without spaces (Keio Hiyoshi guide):
#   `Varian,Hal R.Intermediate microeconomics : a modern approach.8th ed., New York,W.W.Norton,2010,739p.`
# The author ends at the last initial with its period; the title at the next period.
SIST_WESTERN_BOOK = re.compile(
    r"^(?P<authors>[A-Z][\w'’-]+,\s?(?:[A-Z][a-z]+\s)?(?:[A-Z]\.\s?)+)(?P<title>[A-Z][^.]+?)\.\s?"
    r"(?:\d+(?:st|nd|rd|th)\sed\.,?\s?)?(?:(?P<place>[A-Z][A-Za-z\s]+?),\s?)?(?P<publisher>[^,]+?),\s?"
    r"(?P<year>(?:1[6-9]|20)\d\d)(?:,\s?\d+\s?p\.?)?\.?$"
)


def parse_sist_western_book(citation: Citation, body: str) -> bool:
    match = SIST_WESTERN_BOOK.match(body.strip())
    if not match:
        return False
    citation.type = "book"
    citation.authors = [match.group("authors").strip()]
    citation.title = match.group("title").strip()
    citation.publisher, citation.date = match.group("publisher").strip(), match.group("year")
    return True


# Chicago author-date for an unsigned newspaper article: the paper stands in place of the author, the year
# follows it, and the month and day come after the title (CMOS 14.207 / 17th ed. 14.198):
#   `New York Times. 2002. “In Texas, Ad Heats Up Race for Governor.” July 30.`
#   `New York Times. 2020. "Head to Streaming For Premieres." 15 November 2020.`
PAPER_AS_AUTHOR = re.compile(
    r"^(?P<paper>[A-Z][^.\"“”]{1,60}?)\.\s(?P<year>(?:1[6-9]|20)\d\d)[a-z]?\.\s[\"“](?P<title>[^\"“”]+?)[.,]?[\"”]\s?"
    r"(?P<day>[A-Z][a-z]+\.?\s\d{1,2}(?:,\s(?:1[6-9]|20)\d\d)?|\d{1,2}\s[A-Z][a-z]+\.?(?:\s(?:1[6-9]|20)\d\d)?)\.?$"
)


def parse_paper_as_author(citation: Citation, body: str) -> bool:
    match = PAPER_AS_AUTHOR.match(body.strip())
    if not match:
        return False
    day = match.group("day")
    date = find_day(day if re.search(r"\d{4}", day) else f"{day} {match.group('year')}")
    if not date:
        return False
    citation.type, citation.container, citation.date = "news", match.group("paper").strip(), date
    citation.title, citation.authors = match.group("title").strip(), []
    return True


# Vancouver (NLM Citing Medicine, ch. 8) newspaper articles: names, title, paper, `year Mon day`, then the
# section and page or the page alone, and the column:
#   `Boseley S. Doctors running out of antibiotics …. Guardian. 2008 Sep 11:12 (col. 3).`
#   `Pollitt M. New heights for proton therapy cancer treatment. Guardian. 2008 Aug 21; TechnologyGuardian:6 (col. 3).`
VANCOUVER_NEWS = re.compile(
    rf"^(?P<authors>{VANCOUVER_NAMES.pattern})\.\s(?P<title>.+?)[.?!]\s(?P<paper>[^.;]+?)\.\s"
    r"(?P<date>(?:1[6-9]|20)\d\d\s[A-Z][a-z]{2}\s\d{1,2})\s?(?:;\s?(?P<section>[^:;]+?))?:\s?(?P<page>[\w-]+)"
    r"(?:\s\([Cc]ol\.\s?\d+\))?\.?$"
)


def parse_vancouver_news(citation: Citation, body: str) -> bool:
    match = VANCOUVER_NEWS.match(body.strip())
    if not match:
        return False
    citation.date, _ = find_date(re.sub(r"^(\d{4})\s(\w+)\s(\d+)$", r"\3 \2 \1", match.group("date")))
    citation.type = "news"
    citation.authors = [n.strip() for n in match.group("authors").split(",") if n.strip() and "et al" not in n]
    citation.title, citation.container = match.group("title").strip(), match.group("paper").strip()
    citation.pages = match.group("page")  # the first page; the section (`Sect. A`, `Health`) is no page
    return True


# GB/T 7714 (the Chinese national standard, used by Chinese journals for Japanese works too): authors, a period,
# the title, its document-type code, then the source:
#   `杉本直治郎.阿倍仲麻呂研究——朝衡伝考[M].東京:育芳社,1940:338.`
#   `浜田久美子.国際交流の人々〈日本人〉阿倍仲麻呂:仲麻呂伝の成立過程[J].歴史と地理,2018(6):38-47.`
#   `吉川幸次郎.仲麻吕在唐[M] //吉川幸次郎全集(二七).東京:筑摩書房,1987:17-23.` (a part: `//` before the host)
GBT_TYPE_CODE = re.compile(r"\[(?P<code>M|J|N|C|A|D|R|S|P|G|Z|EB/OL|DB/OL|[MJNC]/OL)\]")
GBT_TYPES = {
    "M": "book", "J": "journal article", "N": "news", "C": "chapter", "A": "chapter", "D": "thesis",
    "R": "report", "S": "standard", "P": "patent", "G": "book", "Z": "note",
}  # fmt: skip
GBT_REFERENCE = re.compile(
    r"^(?P<authors>[^.。\[\]「『]{1,60}?)[.。]\s?(?P<title>[^\[\]]+?)\s?" + GBT_TYPE_CODE.pattern + r"\s?"
    r"(?P<part>//\s?)?[.。]?\s?(?P<rest>.*)$"
)


# The Western names GB/T-coded lists of Chinese journals put before the title, separated from it by a comma (not
# GB/T's period): `W. R. Cline and J. Williamson, 2009 Estimates … [J]. Policy Brief, No. 09 - 10, Peterson …`.
_GBT_WESTERN_NAME = r"(?:[A-Z][\w'’-]*\.?\s?){1,3}[A-Z][\w'’-]+"
# (The first name may be inverted: `Eggertsson, G. and M. Woodford, The Zero Bound … [J].`; `and` joins the last name,
# so capitalised words after it open the title: `C. Fred Bergsten and J. Gagnon, Currency Manipulation, …`.)
_GBT_INVERTED = r"[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?){1,3}"
GBT_WESTERN = re.compile(
    rf"^(?P<authors>(?:{_GBT_INVERTED}|{_GBT_WESTERN_NAME})(?:,\s{_GBT_WESTERN_NAME})*"
    rf"(?:,?\s(?:and|&)\s{_GBT_WESTERN_NAME}|,?\set\sal\.?)?),\s"
    r"(?P<title>[^\[\]]+?)\s?" + GBT_TYPE_CODE.pattern + r"\s?(?P<part>//\s?)?[.。]?\s?(?P<rest>.*)$"
)
# One inverted Western name before GB/T's period (`Bernanke, Ben S.. The Global Saving Glut … [R].`): one person.
GBT_INVERTED_NAME = re.compile(r"^[A-Z][\w'’-]+,\s(?:[A-Z][a-z]+\s)?(?:[A-Z]\.?\s?){0,2}[A-Z]\.?$")
# A Western organisation left in the tail of a coded journal or report: the series' issuing body is its publisher.
GBT_WESTERN_BODY = re.compile(r"^[A-Z][^\d,;:()]*\s[^\d,;:()]+$")


# The kind of a report series, which stands where its publisher would: `Working paper`, `Discussion Paper`.
SERIES_LABEL_EN = re.compile(
    r"(?:^|(?<=[.,]\s))(?:Working|Discussion|Policy|Research|Occasional)\s[Pp]apers?(?=,|\.|$)"
)
# The occasion a speech or paper was given at, where a coded report's publisher would stand.
OCCASION = re.compile(r"^(?:Remarks|Speech|Address|Keynote|Testimony|Paper presented|Presented)\b")


def _gbt_authors(zone: str) -> list[str]:
    """The names before a GB/T title: Chinese and Japanese names split at commas, Western ones by their shape."""
    names = re.sub(r"[,，]?\s?(?:等|et al\.?)$", "", zone.strip())
    if GBT_INVERTED_NAME.match(names):
        return [names if names.endswith(".") or not re.search(r"\s[A-Z]$", names) else names + "."]
    if re.search(r"\sand\s|\s&\s", names):
        return split_western_authors(names)
    return [n for n in (clean(n) for n in re.split(r"[,，、]\s?", names)) if n]


def parse_gbt7714(citation: Citation, body: str) -> bool:
    """A GB/T 7714 reference: the type code after the title says what the work is."""
    match = GBT_REFERENCE.match(body.strip())
    western = GBT_WESTERN.match(body.strip())
    if western and (not match or re.search(r"(?:^|\s)[A-Z]$", match.group("authors"))):
        match = western  # `W. R. Cline and J. Williamson, Title [J].`: GB/T's period was an initial's
    if not match:
        return False
    code = match.group("code").split("/")[0]
    citation.type = "chapter" if match.group("part") else GBT_TYPES.get(code, "book")
    if match.group("code").endswith("OL") and citation.url:
        citation.type = "web page" if code == "EB" else citation.type
    citation.authors = _gbt_authors(match.group("authors"))
    citation.title = clean(match.group("title"))
    rest = match.group("rest").strip()
    if match.group("part") or code in ("J", "N"):  # the host: a journal, a paper or the whole book
        host = re.match(r"(?P<name>[^,，(（.。]+?)\s?(?=[,，(（.。]|$)", rest)
        if host:
            citation.container = clean(host.group("name"))
            rest = rest[host.end() :]
    rest = fill_details(citation, rest)
    if citation.type not in ("journal article", "news"):
        imprint = re.search(r"(?P<place>[^,，.。:：]+)[:：]\s?(?P<publisher>[^,，.。:：]+)", rest)
        rest = SERIES_LABEL_EN.sub(" ", rest)  # `[R]. Working paper, The Wharton School, …`: the series' kind
        citation.publisher = clean(imprint.group("publisher")) if imprint else leftover_publisher(rest)
        if citation.publisher and OCCASION.match(citation.publisher):
            citation.publisher = None  # `[R]. Remarks at the Homer Jones Lecture, St. Louis`: an event, no publisher
    elif match is western:  # a working-paper series (`Policy Brief, No. 10, Peterson Institute …`)
        body_name = leftover_publisher(rest)
        citation.publisher = body_name if body_name and GBT_WESTERN_BODY.match(body_name) else None
    return True
