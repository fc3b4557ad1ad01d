"""Medical style parsers: the reference forms of Japanese clinical societies' submission rules (投稿規定).

Names, a colon, the title, then a journal with `巻;頁, 年`, a chapter with its editors, or an online-only
article; and research grant reports (`…研究事業 …報告書`).  Vancouver names (`Yamada T`) and Japanese names both
open them.
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.authors import split_japanese_authors
from pipeline.extractors.citations.name_year import VANCOUVER_NAMES
from pipeline.extractors.citations.vocabulary import JA_LETTERS, clean, fill_details, leftover_publisher, page_range
from pipeline.records import Citation

# --- Japanese medical journals (投稿規定 of clinical societies) ------------------------------
# Names, a colon (spaces optional), the title, then the tail in one of three shapes:
#   journal  `大島研三:腎疾息の分類と臨床.日内会誌 , 37;1043−1052, 1986.`
#            `Tallon S, …, et al : The relative effects … azotemicrats,Clin ephrol, 46 ; 1441−1452, 1996.`
#            `Russo MW, et al : A national survey of …. J Clin Gastroenterol 29: 339−343, 1999.`
#   chapter  `大島研三:泌尿器疾患総論.現代内科学体系;中尾喜久、吉利 和、山形陽一、他編、中山書店、東京、p3-20, 1951.`
#            `Remuzzi G, …, et al : Nephrotoxicity of antiviral therapies. Nephrology 5th ed ; edited by Noris M,
#            DuBose TD, Science Publishers, Philadelphia,p378−401, 1996.`
#   online   `Nakayama M, …, et al :Different clinical outcomes …. Clin Exp Nephrol,2010. http://dx.doi.org/…`
MEDICAL_HEAD = re.compile(
    rf"^(?P<authors>{VANCOUVER_NAMES.pattern}|[{JA_LETTERS}、,，・][{JA_LETTERS}\s、,，・]{{1,80}}?)\s?[:：]\s?(?P<rest>\S.+)$"
)
_MED_DASH = r"\s?[-‐‑–—―−〜~～]\s?"
# The year, or the year and month of a monthly bulletin's issue (`IASR 28:346-348, 2007年12月号`, NIID's Infectious
# Agents Surveillance Report, cited by its issue month).
_MED_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?:年(?P<month>\d{1,2})月号?)?"
# The journal's name starts with a letter and holds no separator (the title may hold commas).
_MED_JOURNAL = r"(?P<journal>[^\d\s.,;:][^.,;:]*?)"
MEDICAL_JOURNAL = re.compile(
    rf"^(?P<title>.+)[.,．]\s?{_MED_JOURNAL}\s?,?\s?(?P<vol>\d+)(?:\s?\((?P<no>\d+)\))?\s?[;:]\s?"
    rf"(?P<first>\d+)(?:{_MED_DASH}(?P<last>\d+))?\s?,\s?{_MED_YEAR}$"
)
MEDICAL_CHAPTER = re.compile(
    rf"^(?P<title>.+?)[.．]\s?(?P<book>[^.;；]+?)\s?[;；]\s?"
    rf"(?:edited by\s(?P<editors>{VANCOUVER_NAMES.pattern})|(?P<editors_ja>[^;；]+?)編)[,、，]\s?(?P<tail>.+)$"
)
MEDICAL_ONLINE = re.compile(rf"^(?P<title>.+)[.．]\s?{_MED_JOURNAL}\s?,\s?{_MED_YEAR}$")
# An edition statement at the end of a book's name: `Nephrology 5th ed`, `内科学 改訂2版`.
BOOK_EDITION = re.compile(r"\s?(?:\d+(?:st|nd|rd|th)\s?ed(?:ition)?\.?|(?:改訂)?第?\d+版)$")


def _medical_authors(zone: str) -> tuple[list[str], str | None]:
    if VANCOUVER_NAMES.fullmatch(zone):
        return [n.strip() for n in zone.split(",") if n.strip() and "et al" not in n], None
    return split_japanese_authors(zone)


def parse_medical(citation: Citation, body: str) -> bool:
    """A Japanese clinical society's reference: `著者:題名.誌名, 巻;頁, 年.` and its chapter form."""
    head = MEDICAL_HEAD.match(body.strip())
    if not head:
        return False
    authors, editor = _medical_authors(head.group("authors").strip())
    rest = re.sub(r"[\s.．]+$", "", head.group("rest"))  # `…,2010. <URL>.` leaves `,2010. .`
    journal = MEDICAL_JOURNAL.match(rest)
    chapter = None if journal else MEDICAL_CHAPTER.match(rest)
    online = None if journal or chapter or not citation.url else MEDICAL_ONLINE.match(rest)
    if not (authors or editor) or not (journal or chapter or online):
        return False
    citation.authors, citation.editor = authors, editor
    if chapter:
        _medical_chapter(citation, chapter)
        return True
    found = journal or online
    citation.type, citation.title = "journal article", clean(found.group("title"))
    citation.container, citation.date = clean(found.group("journal")), found.group("year")
    if found.group("month"):
        citation.date += f"-{int(found.group('month')):02d}"
    if journal:
        citation.volume, citation.issue = journal.group("vol"), journal.group("no")
        citation.pages = page_range(journal.group("first"), journal.group("last"))
    return True


# A funded research project's report in a Japanese clinical reference list (MHLW and KAKEN grant reports):
#   `著者:題名.平成20年度厚生労働科学研究費補助金「研究課題」総括/分担研究報告書,pp19-22, 28-43, 2008`
# The part or title comes before the grant's name, the project's title in 「」 is the host, and after the report's
# designation (`報告書`, `…研究報告書`, possibly a supplement's name) come the pages and the year.
GRANT_REPORT = re.compile(
    r"^(?P<title>[^「」]+?)[.．,，]\s?[^「」.．]*「(?P<project>[^」]+)」[^「」]{0,20}?報告書(?P<after>.*)$"
)
GRANT_REPORT_END = re.compile(
    r"(?:[,，]\s?pp?\.?\s?(?P<pages>\d+(?:\s?[-–]\s?\d+)?(?:[,，]\s?\d+(?:\s?[-–]\s?\d+)?)*))?[,，]\s?"
    r"(?P<year>(?:1[6-9]|20)\d\d)年?$"
)


def parse_grant_report(citation: Citation, body: str) -> bool:
    """`著者:題名.…「研究課題」…報告書, pp…, 年`: a chapter of a funded project's report, the project its host."""
    head = MEDICAL_HEAD.match(body.strip())
    report = GRANT_REPORT.match(re.sub(r"[\s.．]+$", "", head.group("rest"))) if head else None
    end = GRANT_REPORT_END.search(report.group("after")) if report else None
    if not end:
        return False
    authors, _editor = _medical_authors(head.group("authors").strip())
    if not authors:
        return False
    citation.type, citation.authors = "report", authors
    citation.title, citation.container = clean(report.group("title")), report.group("project").strip()
    citation.date = end.group("year")
    if end.group("pages"):
        citation.pages = re.sub(r"\s?[,，]\s?", ", ", end.group("pages"))
    return True


def _medical_chapter(citation: Citation, chapter: re.Match[str]) -> None:
    citation.type, citation.title = "chapter", clean(chapter.group("title"))
    citation.container = clean(BOOK_EDITION.sub("", chapter.group("book").strip()))
    if chapter.group("editors"):
        citation.editor = ", ".join(n.strip() for n in chapter.group("editors").split(",") if "et al" not in n)
    else:
        citation.editor = "・".join(split_japanese_authors(chapter.group("editors_ja"))[0]) or None
    rest = fill_details(citation, chapter.group("tail"))
    citation.publisher = leftover_publisher(rest)
