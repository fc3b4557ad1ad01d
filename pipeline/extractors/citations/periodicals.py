"""Periodicals cited by issue: a newspaper, gazette, journal or law report named with only a date,
number or pages after it has no article title of its own, so its name is the ``container``.

A name is a periodical by lexicon (known papers, gazettes and the abbreviations of Japanese law reports
and law journals) or by form (`…газета`, `Вестник …`, `Собрание …`, `…新聞`, `…時報`, `…雑誌`, `…紀要`,
`Journal of …`).  Used by the style parsers in :mod:`pipeline.extractors.citations.styles`.
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.authors import split_japanese_authors, split_western_authors
from pipeline.extractors.citations.fields import NUMERO_SIGN, find_date, find_day, find_pages
from pipeline.extractors.citations.legal import LAW_GAZETTE
from pipeline.extractors.citations.vocabulary import NEWS_NAMES, fill_details, is_news
from pipeline.records import Citation

# Law reports (cases) and law journals, as Japanese legal citation abbreviates them
# (法律編集者懇話会「法律文献等の出典の表示方法」): the reports expand to their full names.
LAW_REPORTS = {
    "民集": "最高裁判所民事判例集", "刑集": "最高裁判所刑事判例集", "集民": "最高裁判所裁判集民事",
    "集刑": "最高裁判所裁判集刑事", "判時": "判例時報", "判タ": "判例タイムズ", "高民集": "高等裁判所民事判例集",
    "高刑集": "高等裁判所刑事判例集", "下民集": "下級裁判所民事裁判例集", "行集": "行政事件裁判例集",
    "訟月": "訟務月報", "労判": "労働判例", "家月": "家庭裁判月報",
}  # fmt: skip
# Law journals cited by abbreviation (kept as written): 重判解 = ジュリスト臨時増刊 重要判例解説.
LAW_JOURNALS = frozenset({"重判解", "ジュリ", "法時", "法教", "曹時", "最判解", "判評", "法セ", "民商", "自研"})
# Papers and gazettes known by name.
PERIODICAL_NAMES = frozenset(
    {"Российская газета", "РГ", "Парламентская газета", "Ведомости", "Известия", "Коммерсантъ", "Правда"}
)
# A periodical by the form of its name.
PERIODICAL_FORM = re.compile(
    r"(?:газета|журнал|[Вв]естник|[Бб]юллетень|[Вв]едомости|[Оо]бозрение)\b|^(?:Собрание|Журнал|Вестник)\s"
    r"|(?:新聞|時報|雑誌|紀要|誌|学報|論集|論叢|評論|月報|旬報|ジャーナル|ジュリスト|判例集)$"
    r"|^(?:Journal|Bulletin|Review|Annals|Proceedings)\sof\s|\b(?:Gazette|Journal|Review|Quarterly)$"
)
# An era or fiscal year before a yearly periodical's name: `平成17年度重判解`, `令和3年度重要判例解説`.
YEARLY_PREFIX = re.compile(r"^(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})年度?")


def periodical_container(name: str) -> str | None:
    """The container a periodical's name stands for (law reports expanded), None for a non-periodical."""
    name = name.strip(" .,、")
    bare = YEARLY_PREFIX.sub("", name)
    if name in LAW_REPORTS:
        return LAW_REPORTS[name]
    if bare in LAW_JOURNALS or name in PERIODICAL_NAMES or PERIODICAL_FORM.search(bare):
        return name
    return None


# Genitive month names, full or abbreviated as bibliographies do (`25 янв.`, `3 сент.`).
_MONTHS_RU = (
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|(?:янв|февр?|апр|авг|сент?|окт|нояб?|дек)\.)"
)
# One piece of an issue's details: a date (`23.04.2014`, `2002`, `5 июня`, `18, 19, 20, 25 июня`,
# `2006年6月`, `1997年3月号`), a number (`№ 92`, NFKC's `No 92`, `第64巻1号`, `82(5)`), an item (`ст. 2954`) or
# pages (`128頁`, `21-22頁`, `С. 5`).
ISSUE_PIECE = re.compile(
    rf"\d{{1,2}}(?:,\s?\d{{1,2}})*\s{_MONTHS_RU}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|(?:1[6-9]|20)\d\d(?![\d\s]*頁)(?:年(?:\d{{1,2}}月号?)?)?"
    rf"|(?:{NUMERO_SIGN}|N)\s?\d+(?:[-–]\d+)?|第?\d+\s?巻\s?(?:第?\d+\s?号)?|第?\d+\s?号|\d+\s?\(\d+\)"
    r"|[СсSs]т\.\s?\d+(?:,\s?\d+)*|[СсPp]\.\s?\d+(?:\s?[-–]\s?\d+)?|\d+(?:\s?[-–~〜]\s?\d+)?\s?頁(?:以下)?"
)
# An issue number: `№ 92`, `No 92`, `N 31`, `№ 11–12`.
ISSUE_NUMBER = re.compile(rf"(?:{NUMERO_SIGN}|\bN)\s?(?P<no>\d+(?:\s?[-–]\s?\d+)?)")
# An issue's number or a gazette's item, never a page: `№ 92`, `No 92`, `N 31`, `ст. 1447`.
ISSUE_OR_ITEM = re.compile(rf"(?:{NUMERO_SIGN}|N)\s?\d+|[СсSs]т\.\s?\d+")
# Separators between the pieces: GOST's `. – `, commas, spaces.
ISSUE_SEPARATORS = re.compile(r"[\s.,;–—-]*")
# The head of a note: the name, then the first detail (a digit or `№`), after a separator or none
# (`民集 第64巻`, `重判解21-22頁`, `Российская газета. – 23.04.2014`).
NAME_THEN_DETAILS = re.compile(
    r"^(?P<name>(?:(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})年度?)?[^\d№「」『』«»\"“”()/]{2,80}?)"
    rf"[\s.,–—-]*(?P<details>(?:第|{NUMERO_SIGN}|N\s?)?\d.*)$"
)
# `著者・誌名`: a Japanese legal note's author before the periodical (`小山剛・平成17年度重判解21-22頁`).
AUTHOR_DOT = re.compile(r"^(?P<author>[\u4e00-\u9fff\u30a0-\u30ff]{2,8})・(?=\S)")


def issue_details_only(details: str) -> bool:
    """True when nothing but dates, numbers, items and pages follow the name."""
    rest = details
    while rest:
        rest = rest[ISSUE_SEPARATORS.match(rest).end() :]
        if not rest:
            return True
        piece = ISSUE_PIECE.match(rest)
        if not piece:
            return False
        rest = rest[piece.end() :]
    return True


def issue_date(details: str) -> str | None:
    """The issue's date; of a list of days (`1996, 18, 19, 20, 25 июня`) the first."""
    days = re.search(
        rf"(?P<year>(?:1[6-9]|20)\d\d)[.,]\s?(?P<day>\d{{1,2}})(?:,\s?\d{{1,2}})*\s(?P<month>{_MONTHS_RU})", details
    )
    if days:
        return find_date(f"{days.group('day')} {days.group('month')} {days.group('year')}")[0]
    return find_date(details)[0]


def parse_periodical_only(citation: Citation, body: str) -> bool:
    """`Российская газета, 2002, 5 июня; Парламентская газета, …` (the first source of a list),
    `Российская газета. – 23.04.2014. – № 92.`, `民集 第64巻1号128頁`, `小山剛・平成17年度重判解21-22頁2006年6月`."""
    from pipeline.extractors.citations.generic import is_japanese_name

    first = body.strip().split(";")[0].split("；")[0].strip(" .。")
    author = AUTHOR_DOT.match(first)
    if author and not is_japanese_name(author.group("author")):
        author = None
    head = NAME_THEN_DETAILS.match(first[author.end() :] if author else first)
    if not head or not issue_details_only(head.group("details")):
        return False
    container = periodical_container(head.group("name"))
    if container is None:
        return False
    details = head.group("details")
    citation.container, citation.title = container, None
    citation.authors = [author.group("author")] if author else []
    # the shared page reader (`128頁`, `21-22頁`, `1673 頁以下`, `С. 5`); numbers and items blanked in place
    citation.pages, span = find_pages(ISSUE_OR_ITEM.sub(lambda m: " " * len(m.group()), details))
    # `1673 頁` is a page, never the year 1673
    citation.date = issue_date(details[: span[0]] + " " + details[span[1] :] if span else details)
    volume = re.search(r"第?(\d+)\s?巻\s?(?:第?(\d+)\s?号)?", details)
    citation.volume, citation.issue = (volume.group(1), volume.group(2)) if volume else (None, None)
    number = ISSUE_NUMBER.search(details)
    if number and not citation.issue:  # `№ 171`, `№ 11–12`
        citation.issue = re.sub(r"\s?[–-]\s?", "-", number.group("no"))
    citation.type = _issue_type(head.group("name").strip(" .,"), details)
    return True


def _issue_type(name: str, details: str) -> str:
    """A law report's page is a decision, a law gazette's item an act, a paper's issue news."""
    if name in LAW_REPORTS:
        return "court decision"
    if LAW_GAZETTE.match(name) or re.search(r"[СсSs]т\.\s?\d", details):
        return "statute"
    return "news" if is_news(name) else "journal article"


# SIST 02 journal article, elements ended by full stops, the title possibly quoting (`…か「自然権」か`):
#   `小山剛.憲法上の権利か「自然権」か.法律時報 82(5), 56-58, 2010-05`
SIST_JOURNAL = re.compile(
    r"^(?P<authors>[^.．「『\d]{2,40})[.．]\s?(?P<title>[^.．「『][^.．]*?)[.．]\s?"
    r"(?P<container>[^.．\d]{2,60}?)\s?(?P<vol>\d+)\s?\((?P<no>\d+)\)[,，]\s?"
    r"(?P<pages>\d+(?:\s?[-–]\s?\d+)?)[,，]\s?(?P<date>(?:1[6-9]|20)\d\d(?:[-.]\d{1,2})?)[.．]?$"
)


def parse_sist_journal(citation: Citation, body: str) -> bool:
    """Authors, title, journal volume(issue), pages, date (SIST 02 §6), whatever marks the title holds."""
    match = SIST_JOURNAL.match(body.strip())
    if not match or citation.language != "ja":
        return False
    authors, editor = split_japanese_authors(match.group("authors"))
    if not authors:
        return False
    citation.authors, citation.editor = authors, editor
    citation.title, citation.container = match.group("title").strip(), match.group("container").strip()
    citation.volume, citation.issue = match.group("vol"), match.group("no")
    citation.pages = re.sub(r"\s?[-–]\s?", "-", match.group("pages"))
    citation.date = find_date(match.group("date"))[0]
    citation.type = "journal article"
    return True


# A web news list: headline, optional `By Author`, the outlet, an optional section, the day.
#   `Japan warns Russia over islands BBC World Service, Monday 20 August 2001.`
#   `Bid to solve Kurile Islands issue By John Helmer, The Straits Times, 4 November 2000.`
UNMARKED_HEADLINE = re.compile(
    r"^(?P<head>[A-Z][^,\"“”]{5,200}?)(?:\s[Bb]y\s(?P<by>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}))?"
    r",\s(?P<rest>[^\"“”]+?)\.?$"
)
# What may stand between the outlet and the day: a section (`Opinion`) and a weekday.
SECTION_AND_DAY = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?"
)


def _outlet_split(head: str) -> tuple[str, str] | None:
    """Title and outlet of `Title Outlet Name`: the outlet is the shortest run of last words that opens with a
    known news organisation's name (`BBC World Service`, `Mainichi Shimbun`); the title keeps two words or more."""
    first_words = {name.split(" ")[0] for name in NEWS_NAMES}
    words = head.split(" ")
    for cut in range(2, len(words)):
        outlet = " ".join(words[cut:])
        if words[cut] in first_words and is_news(outlet):
            return " ".join(words[:cut]), outlet
    return None


def parse_unmarked_headline(citation: Citation, body: str) -> bool:
    """A headline with no quotation marks, followed by its outlet and the day of the issue."""
    match = UNMARKED_HEADLINE.match(body.strip())
    if not match or citation.language != "en":
        return False
    pieces = [piece.strip() for piece in match.group("rest").split(",")]
    if match.group("by"):
        title, outlet, after = match.group("head"), pieces[0], ", ".join(pieces[1:])
    else:
        split = _outlet_split(match.group("head"))
        if split is None:
            return False
        (title, outlet), after = split, match.group("rest")
    date, span = find_date(after)
    if not date or len(date) != 10 or after[: span[0]].strip() != SECTION_AND_DAY.match(after).group(0).strip():
        return False
    citation.title, citation.container, citation.date = title.strip(), outlet, date
    citation.authors = [match.group("by")] if match.group("by") else []
    citation.type = "news"
    return True


# A Bluebook law-review article (The Bluebook rule 16): author, title, volume, abbreviated journal, first page,
# (year). The journal's name holds an abbreviation or a law-review word.
#   `Amy B. Quillen, The Kuril Islands or the Northern Territories: …, 18 N.C. J. INT'L L. 633 (1992).`
BLUEBOOK_ARTICLE = re.compile(
    r"^(?P<authors>[A-Z][^,\d]{2,80}?(?:,\s[JS]r\.)?),\s(?P<title>[^\d].+?),\s(?P<vol>\d{1,4})\s"
    r"(?P<container>(?:[A-Z][A-Za-z.'’&\s]*?(?:[A-Za-z]\.|Review|Journal|Law)[A-Za-z.'’&\s]*?"
    r"|(?!USC|CFR)[A-Z]{3,6}"  # or an acronym (`98 AJIL 200`), not a code of statutes,
    r"|(?!USC|CFR)[A-Z]{2,}(?:\s[A-Z]{2,}){1,5})"  # or words in (small) capitals (`19 GREEN BAG 2D 257`),
    r"(?:\s\d[dD])?)\s"  # with a series number after the name
    r"(?P<page>\d+)(?:,\s(?P<pin>\d+(?:[-–]\d+)?))?\s\((?P<year>(?:1[6-9]|20)\d\d)\)"
    r"(?:\s\((?![A-Z][a-z]+\.?\s\d)[a-z][^()]{1,40}\))?\.?"  # an explanatory parenthetical (rule 1.5): `(review essay)`
    r"(?:\s(?:Available|Retrieved)\s(?:at|from):?)?$"
)

# A Bluebook newspaper article (rule 16.6): author, title, the paper's name, then the full date in parentheses,
# no volume or page: `Michael D. Shear, Trump Will Withdraw U.S. From Paris Climate Agreement, N.Y. Times (June 1,
# 2017).` Reference lists that invert the names write `Surname, Given` pairs joined by `,` and `&`
# (`Ashthana, Anushka, Quinn, Ben & Mason, Rowena, UK Votes …, Guardian (June 24, 2016).`).
_INVERTED_NAME = r"[A-Z][\w'’-]+,\s[A-Z][\w'’-]*\.?(?:\s[A-Z]\.)*"
BLUEBOOK_NEWS = re.compile(
    rf"^(?P<authors>{_INVERTED_NAME}(?:(?:,|\s&)\s{_INVERTED_NAME})*|[A-Z][^,\d()]{{2,60}}?),\s"
    r"(?P<title>[^\d(].+?)\s?,\s(?P<container>[A-Z][A-Za-z.'’&\s]{1,40}?)\s"
    r"\((?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s(?:1[6-9]|20)\d\d)(?:,\s[^()]{1,30})?\)\.?$"
)


def parse_bluebook_news(citation: Citation, body: str) -> bool:
    """Author, title, newspaper and full date in parentheses: the US legal citation of a news article."""
    match = BLUEBOOK_NEWS.match(body.strip())
    date = find_date(match.group("date"))[0] if match else None
    if not match or not date:
        return False
    names = match.group("authors")
    citation.authors = (
        re.findall(_INVERTED_NAME, names)
        if re.fullmatch(rf"{_INVERTED_NAME}(?:(?:,|\s&)\s{_INVERTED_NAME})*", names)
        else re.split(r",\s|\s(?:&|and)\s", names)
    )
    citation.title, citation.container = match.group("title").strip(), match.group("container").strip()
    citation.date, citation.type = date, "news"
    return True


# Reference renderings that invert a Bluebook author lose the comma after the given name, so the first part is a
# surname alone and the given name opens the title (Cambridge Core): `Rosenne, Shabtai Forty Years On, …`,
# `David, J. Bederman International Law Casebooks: …`.  Bluebook itself writes full names, never a lone word;
# Bluebook's own one-word authors (`Note, …`, `Comment, …`) are no surname.
LONE_SURNAME = re.compile(r"(?!(?:Note|Comment|Recent|Developments|Symposium|Editorial)\b)[A-Z][a-z'’-]+")
GIVEN_BEFORE_TITLE = re.compile(
    r"(?P<given>(?:[A-Z]\.\s?)*(?!(?:The|A|An|On|In|Of|To|For|From|Why|How|What|When|Is|Are)\b)[A-Z][a-z'’-]+"
    r"(?:\s[A-Z]\.)?)\s(?P<title>[A-Z\d“\"‘'].+)$"
)


def parse_bluebook(citation: Citation, body: str) -> bool:
    """Volume before the journal and the first page after it: the US legal citation form."""
    match = BLUEBOOK_ARTICLE.match(body.strip())
    if not match:
        return False
    names, title = match.group("authors"), match.group("title").strip()
    citation.authors = [names] if re.search(r",\s[JS]r\.$", names) else split_western_authors(names)
    given = GIVEN_BEFORE_TITLE.match(title) if LONE_SURNAME.fullmatch(names) else None
    if given:  # `Rosenne, Shabtai Forty Years On, 41 VA. J. Int’l L. 217`: the given name ran into the title
        citation.authors, title = [f"{names}, {given.group('given')}"], given.group("title")
    citation.title, citation.container = title, match.group("container").strip()
    # the first page only: the gold's law-review rows (`41 VA. J. Int’l L. 217, 218` → `217`) drop the pinpoint
    citation.volume, citation.pages = match.group("vol"), match.group("page")
    citation.date, citation.type = match.group("year"), "journal article"
    return True


# A legal database's article heading (КонсультантПлюс, Гарант): `Title (Authors) ("Journal", 2011, N 1)`,
# `… (Афанасьев С. Ф., Борисова В. Ф.) («Законы России: опыт, анализ, практика», 2012, N 9)`: the authors and
# the journal with its year and number stand in two parenthesised groups after the title.
_RU_INITIALS_NAME = r"[А-ЯЁ][а-яё']+(?:-[А-ЯЁ][а-яё']+)?\s[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?"
DATABASE_ARTICLE = re.compile(
    rf"^(?P<title>[^()]{{8,}}?)\s\((?P<authors>{_RU_INITIALS_NAME}(?:,\s{_RU_INITIALS_NAME})*)\)\s"
    r"\([\"«“](?P<journal>[^\"»”]+)[\"»”],\s(?P<year>(?:1[89]|20)\d\d)"
    rf"(?:,\s(?:N|{NUMERO_SIGN})\s?(?P<no>\d+(?:[-/]\d+)?))?(?:,\s(?P<details>[^()]*))?\)\.?$"
)


def parse_database_article(citation: Citation, body: str) -> bool:
    """A journal article as a Russian legal database heads it: title, (authors), ("journal", year, N no)."""
    match = DATABASE_ARTICLE.match(body.strip())
    if not match:
        return False
    citation.type, citation.title = "journal article", match.group("title").strip()
    citation.authors = [name.strip() for name in match.group("authors").split(", ")]
    citation.container, citation.date = match.group("journal").strip(), match.group("year")
    citation.issue = match.group("no")
    if match.group("details"):
        citation.pages, _ = find_pages(match.group("details"))
    return True


# A U.S. case in Bluebook form: the case name (`Party v. Party`), the reporter's volume, abbreviation and first page,
# an optional pinpoint, the court and year in parentheses: `Miranda v. Arizona, 384 U.S. 436, 437 (1966).`,
# `Brown v. Board of Education, 347 U.S. 483 (1954).`, `United States v. Nixon, 418 U.S. 683, 705 (1974).`
BLUEBOOK_CASE = re.compile(
    r"^(?P<title>[A-Z][^,]{0,80}?\sv\.\s[^,]{1,80}?),\s(?P<volume>\d{1,4})\s(?P<reporter>[A-Z][A-Za-z.\s]{0,20}?\d?d?)"
    r"\s(?P<first>\d{1,5})(?:,\s(?P<pin>\d{1,5}(?:[-–]\d{1,5})?))?\s\((?:(?P<court>[^()]*?)\s)?(?P<year>(?:1[6-9]|20)\d\d)\)\.?$"
)
# Its short form: `Miranda, 384 U.S. at 437.` (one party's name, volume, reporter, `at` pinpoint).
BLUEBOOK_CASE_SHORT = re.compile(
    r"^(?P<short>[A-Z][^,]{0,60}?),\s(?P<volume>\d{1,4})\s(?P<reporter>[A-Z][A-Za-z.\s]{0,20}?\d?d?)\sat\s"
    r"(?P<pin>\d{1,5}(?:[-–]\d{1,5})?)\.?$"
)


def parse_bluebook_case(citation: Citation, body: str) -> bool:
    """A reported case: the case name is the title, the reporter the container, first page plus pinpoint the pages."""
    match = BLUEBOOK_CASE.match(body)
    if match:
        citation.type = "court decision"
        citation.title = match.group("title")
        citation.container = match.group("reporter").strip()
        citation.volume = match.group("volume")
        citation.date = match.group("year")
        pin = match.group("pin")
        citation.pages = match.group("first") + (f", {pin.replace('–', '-')}" if pin else "")
        return True
    short = BLUEBOOK_CASE_SHORT.match(body)
    if not short:
        return False
    citation.type = "back reference"  # resolved to the full cite by its party name and reporter
    citation.title = short.group("short")
    citation.container = short.group("reporter").strip()
    citation.volume = short.group("volume")
    citation.pages = short.group("pin").replace("–", "-")
    return True


# --- Harvard (author-date) periodicals -------------------------------------------------------------------------

# One name as Elsevier's name-year style writes it, surname first and initials with full stops:
# `Heitman, J.`, `Deconto, R.M.`, `Pälike, H.`, `Van der Geer, J.` (up to three words), `van der Berg, A.-B.`.
_ELSEVIER_NAME = (
    r"(?:(?:van|von|de|der|den|da|di|du|le|la)\s)*[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+){0,2},\s(?:[^\W\d_]\.-?){1,4}"
)
ELSEVIER_NAME = re.compile(_ELSEVIER_NAME)
# A journal's name as it stands before its volume: capitalised words, abbreviations with a full stop (`J. Pragmat.`)
# and the small words of a title (`Journal of the …`); a lower-case word ends it, so a title's last sentence
# (`A fungal Achilles' heel.`) is no journal.
_JOURNAL_NAME = r"(?:[A-Z][a-z]{0,10}\.\s?|[A-Z&][\w&'’-]*\s|(?:of|and|the|in|for|on)\s)*[A-Z][\w&'’-]*\.?"
# Elsevier Harvard (name-year) journal reference: names, `, year.`, title, journal, volume, pages (no `vol.`/`pp.`):
#   `Heitman, J., 2005. Cell biology. A fungal Achilles' heel. Science 309, 2175-2176.` (Elsevier guide for authors,
#   paperpile.com/s/journal-of-pragmatics-citation-style); the title may hold full stops of its own.
ELSEVIER_JOURNAL = re.compile(
    rf"^(?P<authors>{_ELSEVIER_NAME}(?:,\s{_ELSEVIER_NAME})*(?:,?\s(?:and|&)\s{_ELSEVIER_NAME})?),\s"
    r"(?P<year>(?:1[6-9]|20)\d\d)[a-z]?\.\s(?P<title>.+?[.?!])\s"
    rf"(?P<journal>{_JOURNAL_NAME})\s(?P<vol>\d+)(?:\s?\((?P<no>[^)]{{1,10}})\))?,\s"
    r"(?P<first>[A-Za-z]?\d+)(?:\s?[-–]\s?(?P<last>[A-Za-z]?\d+))?\.?$"
)


def parse_elsevier_journal(citation: Citation, body: str) -> bool:
    """Elsevier name-year journal article: the year follows the names, the volume and pages the journal."""
    match = ELSEVIER_JOURNAL.match(body.strip())
    if not match:
        return False
    citation.type = "journal article"
    citation.authors = [name.group(0).strip() for name in ELSEVIER_NAME.finditer(match.group("authors"))]
    citation.date = match.group("year")
    citation.title = match.group("title").rstrip(".").strip()
    citation.container = match.group("journal").strip()
    citation.volume, citation.issue = match.group("vol"), match.group("no")
    last = match.group("last")
    citation.pages = f"{match.group('first')}-{last}" if last else match.group("first")
    return True


# Harvard newspaper article (AGPS / Australian and UK guides): surname and initials (no full stop in AGPS), the
# year, the quoted headline, the paper, then the day and month only (the year is the author's), then page, edition
# and access. `Pianin, E 2001, 'Title', The Washington Post, 25 February, p. A03` (UNSW Harvard guide); a place
# may follow the paper (`Lewis, S. (2015) ‘…’, The Press, York, 18 June, p.6.`, IOE Harvard guide);
# `Steinhauser, G . ( 2018 ) ' Title ', Wall Street Journal , 30 July .` (UK Harvard, spacing as the page gives it).
HARVARD_NEWS = re.compile(
    r"^(?P<author>[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?,\s[A-Z](?:\.?[A-Z]){0,2}\.?)\s?\.?\s?\(?\s?"
    r"(?P<year>(?:1[6-9]|20)\d\d)\s?\)?,?\s['‘]\s?(?P<title>.+?)\s?['’],\s(?P<paper>[^,]+?),\s+"
    r"(?:(?P<place>[A-Z][a-z]+),\s)?"
    r"(?P<day>\d{1,2}\s[A-Z][a-z]+)\b(?P<rest>.*)$"
)
# A newspaper page in the pieces after the day: `p. A03`, `p. 5`, `A3`; access statements end the search.
NEWS_PAGE = re.compile(r"^(?:pp?\.\s?)?(?P<page>[A-Z]?\d{1,3}(?:-[A-Z]?\d{1,3})?)$")
ACCESS_WORD = re.compile(r"^(?:accessed|viewed|retrieved|available)\b", re.IGNORECASE)


def _news_page(rest: str) -> str | None:
    """The page among the comma-separated pieces after a newspaper's day (before any access statement)."""
    for piece in rest.split(","):
        piece = piece.strip(" .")
        if ACCESS_WORD.match(piece):
            return None
        page = NEWS_PAGE.match(piece)
        if page:
            return page.group("page")
    return None


# Harvard journal article (Cite Them Right, AGPS): the names, the year in brackets or before a comma, the article's
# title in single quotes, the journal, then the volume (with its issue, or `vol. 16, no. 2`) and the pages.
#   `Chen, Y. (2023) 'Addressing uncertainties through improved reserve product design', IEEE Transactions on Power
#   Systems, 38(4), pp. 3911–3923.` (library.rgu.ac.uk Harvard templates);
#   `Lee, H 2007, 'Transforming transnationalism: …', Asian and Pacific Migration Journal, vol. 16, no. 2, pp.
#   157-178.` (La Trobe Harvard).
HARVARD_JOURNAL = re.compile(
    r"^(?P<authors>[A-Z][^()‘'\"“”\d]+?)\s?(?:\((?P<year>(?:1[6-9]|20)\d\d)[a-z]?\)\.?|\s(?P<year2>(?:1[6-9]|20)\d\d)[a-z]?,)"
    r"\s?['‘](?P<title>.+?)[,.]?['’],\s(?P<journal>[^,]+?),\s"
    r"(?P<details>(?:[Vv]ol\.\s?\d+|\d+\s?\(\d+(?:[-–]\d+)?\))(?:,\s.*)?)$"
)

# A volume with its issue in brackets: `38(4)`, `24 (1)`, `12(3-4)`.
VOLUME_ISSUE = re.compile(r"^(?P<vol>\d+)\s?\((?P<no>\d+(?:[-–]\d+)?)\)")


def parse_harvard_journal(citation: Citation, body: str) -> bool:
    """Harvard journal article with a single-quoted title: journal, volume, issue and pages after it."""
    match = HARVARD_JOURNAL.match(body.strip())
    if not match:
        return False
    citation.type = "journal article"
    citation.authors = split_western_authors(match.group("authors").strip(" ,"))
    citation.date = match.group("year") or match.group("year2")
    citation.title, citation.container = match.group("title").strip(), match.group("journal").strip()
    numbers = VOLUME_ISSUE.match(match.group("details"))
    if numbers:  # `38(4)`: fill_details reads `vol. 16, no. 2` itself
        citation.volume, citation.issue = numbers.group("vol"), numbers.group("no")
    fill_details(citation, ", " + match.group("details"), keep_date=True)
    return True


def parse_harvard_news(citation: Citation, body: str) -> bool:
    """Harvard newspaper article: the date joins the author's year with the day and month after the paper."""
    match = HARVARD_NEWS.match(body.strip())
    if not match:
        return False
    date = find_day(f"{match.group('day')} {match.group('year')}")
    if not date:
        return False
    citation.type, citation.date = "news", date
    citation.authors = [match.group("author").strip()]
    citation.title, citation.container = match.group("title").strip(), match.group("paper").strip()
    citation.pages = _news_page(match.group("rest"))
    return True


# A news item cited title first, then `Paper, year, day month` (Russian journals' transliterated References,
# GOST 7.0.5 / Scopus style): `Putin: Rossiya nakhoditsya … [Putin: Russia is at …]. RIA Novosti, 2023, 28 noyabrya,
# available at: https://…`; the bracketed English translation is no part of the title.
NEWS_YEAR_DAY = re.compile(
    r"^(?P<title>.+?)(?:\s?\[[^\[\]]+\])?\.\s(?P<paper>[A-Z][^.,\[\]]{1,40}?),\s(?P<year>(?:1[6-9]|20)\d\d),\s"
    r"(?P<day>\d{1,2}\s[A-Za-z]+)[.,]?(?:\s?available\sat:?)?$"
)


def parse_news_year_day(citation: Citation, body: str) -> bool:
    """Title, paper, then the year and the day: a dated news item with no author."""
    match = NEWS_YEAR_DAY.match(body.strip())
    if not match:
        return False
    date = find_day(f"{match.group('year')}, {match.group('day')}") or find_day(
        f"{match.group('day')} {match.group('year')}"
    )
    if not date:
        return False
    citation.type, citation.date, citation.authors = "news", date, []
    citation.title, citation.container = match.group("title").strip(), match.group("paper").strip()
    return True
