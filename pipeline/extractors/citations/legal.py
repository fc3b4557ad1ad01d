"""Legal style parsers: Japanese court decisions (short `水戸地判昭52・2・17判時842・22` and long forms, with the
reporters expanded), Russian and Japanese statutes, Russian official gazettes cited by issue and item, and Diet
proceedings.  A legal citation is recognised by fixed vocabulary (court abbreviations, `Федеральный закон от …
№`, `第25条`) that the general styles would misread as authors and titles, so court decisions and Russian
statutes head :data:`pipeline.extractors.citations.styles.PARSERS`.
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.fields import NUMERO_SIGN, find_date
from pipeline.extractors.citations.vocabulary import ISSUE, TREATY_WORDS, clean, fill_details, is_news
from pipeline.records import Citation

# A Japanese court report: court, 判/決, era date, reporter, volume・page.
#   `水戸地判昭52・2・17判時842・22`, `最大判昭34・12・16刑集13・13・3225`, `東京高判平成9年3月6日判タ950号243頁`
COURT_DECISION = re.compile(
    r"^(?P<court>最高?裁?(?:大法廷|第[一二三]小法廷)?|最大|最[一二三]小|大連?|[\u4e00-\u9fff]{1,4}?(?:地|高|簡|家)(?:裁)?(?:[\u4e00-\u9fff]{1,3}支)?)"
    r"(?P<kind>判|決)(?:決)?\s?"
    r"(?P<date>(?:明治|大正|昭和|平成|令和|[明大昭平令])(?:元|\d{1,2})(?:[・.]\d{1,2}[・.]\d{1,2}|年\d{1,2}月\d{1,2}日))"
    r"\s?(?P<reporter>判時|判タ|判例時報|判例タイムズ|民集|刑集|集民|集刑|訟月|行集|高民集|高刑集|下民集|下刑集|労判|労民集|裁時|家月)?"
    r"\s?(?P<loc>[\d・号巻頁.\s]+)?"
)
COURTS = {"地": "地方裁判所", "高": "高等裁判所", "簡": "簡易裁判所", "家": "家庭裁判所"}
REPORTERS = {
    "判時": "判例時報", "判タ": "判例タイムズ", "民集": "最高裁判所民事判例集", "刑集": "最高裁判所刑事判例集",
    "集民": "最高裁判所裁判集民事", "集刑": "最高裁判所裁判集刑事", "訟月": "訟務月報", "行集": "行政事件裁判例集",
    "高民集": "高等裁判所民事判例集", "高刑集": "高等裁判所刑事判例集", "下民集": "下級裁判所民事裁判例集",
    "下刑集": "下級裁判所刑事裁判例集", "労判": "労働判例", "労民集": "労働関係民事裁判例集", "裁時": "裁判所時報",
    "家月": "家庭裁判月報",
}  # fmt: skip


# Reporters numbered by issue only (判例時報 994号), not by volume and issue.
ISSUE_REPORTERS = frozenset({"判時", "判タ", "判例時報", "判例タイムズ", "労判", "裁時", "金判", "金法"})


def court_name(abbreviation: str) -> str:
    """`水戸地` → 水戸地方裁判所, `最大` → 最高裁判所大法廷, `大` → 大審院, `最` → 最高裁判所."""
    if abbreviation in ("大", "大連"):
        return "大審院" if abbreviation == "大" else "大審院連合部"
    if abbreviation in ("最", "最高裁"):
        return "最高裁判所"
    if abbreviation == "最大":
        return "最高裁判所大法廷"
    small = re.fullmatch(r"最([一二三])小", abbreviation)
    if small:
        return f"最高裁判所第{small.group(1)}小法廷"
    if abbreviation.startswith("最"):
        return (
            abbreviation.replace("最高裁", "最高裁判所").replace("最", "最高裁判所", 1)
            if "裁判所" not in abbreviation
            else abbreviation
        )
    match = re.fullmatch(r"(?P<place>.+?)(?P<level>地|高|簡|家)裁?(?P<branch>.+支)?", abbreviation)
    if not match:
        return abbreviation
    branch = match.group("branch") or ""
    return match.group("place") + COURTS[match.group("level")] + (branch[:-1] + "支部" if branch else "")


def parse_court_decision(citation: Citation, body: str) -> bool:
    match = COURT_DECISION.match(body.strip())
    if not match:
        return False
    citation.type = "court decision"
    citation.court = court_name(match.group("court"))
    citation.title = "判決" if match.group("kind") == "判" else "決定"
    citation.date, _ = find_date(match.group("date"))
    _reporter(citation, match.group("reporter"), match.group("loc") or "")
    return True


def _reporter(citation: Citation, reporter: str | None, locator: str) -> None:
    """`判時842・22` → 判例時報 issue 842 p. 22; `民集51巻4号1673頁` → volume 51, issue 4, p. 1673."""
    if not reporter:
        return
    container = REPORTERS.get(reporter, reporter)
    if citation.court and citation.court.startswith("大審院"):
        container = container.replace("最高裁判所", "大審院")
    citation.container = container
    numbers = re.findall(r"\d+", locator)
    if len(numbers) == 3:
        citation.volume, citation.issue, citation.pages = numbers
    elif len(numbers) == 2 and reporter in ISSUE_REPORTERS:
        citation.issue, citation.pages = numbers
    elif len(numbers) == 2:
        citation.volume, citation.pages = numbers


# The long form of court decisions: `最高裁昭和58年10月7日大法廷判決(民集37巻8号1282頁)`.
COURT_DECISION_LONG = re.compile(
    r"^(?P<court>最高裁(?:判所)?|大審院|[\u4e00-\u9fff]{1,4}(?:地方|高等|簡易|家庭)裁判所(?:[\u4e00-\u9fff]{1,3}支部)?)\s?"
    r"(?P<date>(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})年\d{1,2}月\d{1,2}日)"
    r"(?P<bench>大法廷|第[一二三]小法廷)?(?P<kind>判決|決定)"
    r"[(（・]?\s?(?P<reporter>民集|刑集|集民|集刑|判時|判タ|訟月|行集)?(?P<loc>[\d巻号頁・\s]*)"
)


def parse_court_decision_long(citation: Citation, body: str) -> bool:
    match = COURT_DECISION_LONG.match(body.strip())
    if not match:
        return False
    court = match.group("court").replace("最高裁判所", "最高裁").replace("最高裁", "最高裁判所")
    citation.type = "court decision"
    citation.court = court + (match.group("bench") or "")
    citation.title = match.group("kind")
    citation.date, _ = find_date(match.group("date"))
    _reporter(citation, match.group("reporter"), match.group("loc"))
    return True


# A Russian statute or ruling: `Федеральный закон от 09.11.2024 № 374-ФЗ "О ратификации ..."`,
# `Постановление Конституционного Суда РФ от 06 октября 2015 г. № 24-П «По делу …» // Собрание …`
# (the issuer, up to eight words, stands between the kind and `от`).  The kind may be declined
# (`Федерального закона от 1 мая 2019 года № 90-ФЗ «…»`, `Федеральным законом от 02.03.2016 N 45-ФЗ`), the number
# marked `№`, `N` or `No` (NFKC's `№`: ``NUMERO_SIGN``); lists of amending laws give no title (`Федеральный закон от
# 19.07.2009 N 202-ФЗ.`).
_RU_CASE = r"(?:ый|ого|ому|ым|ом)"
RU_STATUTE = re.compile(
    rf"(?P<kind>Федеральн{_RU_CASE} конституционн{_RU_CASE} закон(?:а|у|ом)?|Федеральн{_RU_CASE} закон(?:а|у|ом)?"
    r"|Закон(?:а|у|ом)?|Указ(?:а|у|ом)? Президента Российской Федерации|Указ(?:а|у|ом)?"
    r"|Постановлени[еяюм]{1,2} Правительства Российской Федерации|Постановлени[еяюм]{1,2}|Распоряжени[еяюм]{1,2}"
    r"|Определени[еяюм]{1,2}|Решени[еяюм]{1,2})"
    r"(?P<issuer>(?:\s[^\s\d«»\"“”]+){0,8}?)"
    rf"(?:\s+от\s+(?P<date>[\d.]+|\d{{1,2}}\s[а-я]+\s\d{{4}}\s?(?:г\.|года)?)\s*(?:г\.\s*)?(?:{NUMERO_SIGN}|N)\s?(?P<number>\d[\w\-]*)"
    # or the number first (`Распоряжение Правительства РФ №2042-р от 29.09.2016 года`)
    rf"|\s+(?:{NUMERO_SIGN}|N)\s?(?P<number2>\d[\w\-]*)\s+от\s+(?P<date2>[\d.]+\d|\d{{1,2}}\s[а-я]+\s\d{{4}})(?:\s?(?:г\.|года))?)"
    # the wording in force, as legal databases add it before the title: `(ред. от 08.12.2020, с изм. от …)`,
    # `(в редакции от 24.06.2023 N 1026)`
    r"(?:\s\((?:ред\.|с\sизм\.|в\sред(?:\.|акции))[^()]{0,80}\))?"
    r"(?:\s*[\"“«](?P<title>.+?)[\"”»](?=[\s.,;]|$))?"
)

# A Japanese statute named with its number or an article: `海上保安庁法第25条`,
# `行政手続法（平成五年法律第八十八号）`, `国家安全保障法(2015年7月1日公布)`.
JA_STATUTE = re.compile(
    r"^(?P<title>[\u4e00-\u9fff\u30a0-\u30ffー・]{2,30}?(?:法|法律|令|規則|条例|憲法|法典))"
    r"(?:\s?[(（](?P<number>(?:明治|大正|昭和|平成|令和)[元\d一二三四五六七八九十]+年(?:法律|政令|条例)第[\d一二三四五六七八九十百千]+号)[)）])?"
    r"(?P<article>第[\d一二三四五六七八九十百]+条(?:の[\d一二三四五六七八九十]+)?(?:第[\d一二三四五六七八九十]+項)?)?"
)


# A Russian newspaper or official gazette cited by its issue only (GOST and legal notes, Cyrillic
# or transliterated): name, year, then nothing but the day, the issue and the item number:
#   `Rossiyskaya gazeta. 2005. 26 iyulya.`, `РГ, 1995, 17 января, № 11–12.`,
#   `Sobranie zakonodatel´stva Rossiyskoy Federatsii. 2014. № 17. St. 2057.`, `СЗ РФ, 1994, № 13, ст. 1447.`
#   the official portal, named or by its bare address (Russian legal commentaries, both forms):
#   `Официальный интернет-портал правовой информации (www.pravo.gov.ru). 2012. 4 декабря.`,
#   `www.pravo.gov.ru. 2012. 4 декабря.`, `СЗ РФ. 2001. № 52 (ч. I). ст. 4921.`
BARE_DOMAIN = r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ru|su|рф|gov|org|com|net|info)"
#   a transliterated name with its English gloss and the portal's publication date (Russian journals' reference
#   lists in Latin script): `Sobranie zakonodatel’stva RF (Collection of Legislation of the Russian Federation),
#   2023, No. 22, article 3964, available at: http://www.pravo.gov.ru, 25.05.2023.`
GAZETTE = re.compile(
    rf"^(?P<container>[^.,\d«»\"“()]{{2,80}}?(?:\s?\((?P<site>{BARE_DOMAIN})\)|\s?\([A-Z][^()\d]{{3,80}}\))?"
    rf"|(?P<domain>{BARE_DOMAIN}))"
    r"[.,]\s(?P<year>(?:1[6-9]|20)\d\d)[.,]\s?(?P<details>.+)$"
)
# One element of a gazette's details: day and month, `№ 17` (`No 17` after NFKC), `N 31`, `ч. I`, `St. 2057` /
# `ст. 1447`, `С. 5`.
_GAZETTE_PART = (
    rf"(?:\d{{1,2}}\s[a-zа-яё´']+|(?:{NUMERO_SIGN}|N)\s?\d+(?:\s?[-–]\s?\d+)?|\(?ч\.\s?[IVX]+(?:\s?[-–]\s?[IVX]+)?\)?"
    r"|(?P<item>(?:(?:[Ss]t|[Сс]т)\.\s?|article\s)\d+(?:,\s?\d+)*)|[SsСс]\.\s?\d+(?:\s?[-–]\s?\d+)?"
    r"|No\.\s?\d+|(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:1[6-9]|20)\d\d|available at:?)"
)  # several items of one issue: `Ст. 727, 729`; English `No. 22, article 3964`, the portal's `25.05.2023`
GAZETTE_DETAILS = re.compile(rf"(?:{_GAZETTE_PART}[.,;]?\s?)+")
GAZETTE_ITEM = re.compile(r"(?:(?:[Ss]t|[Сс]т)\.\s?|article\s)(?P<item>\d+(?:,\s?\d+)*)")
# Official gazettes that publish legislation: an item in them is an act.
LAW_GAZETTE = re.compile(
    r"^(?:Sobranie zakonodatel|Собрание законодательства|СЗ\s?РФ|Ведомости\s(?:ВС|СНД|Верховного|Съезда)"
    r"|Vedomosti\s(?:VS|SND|Verkhovnogo)|Бюллетень нормативных|Официальный интернет-портал правовой"
    r"|(?:www\.)?pravo\.gov\.ru)"
)


def parse_gazette(citation: Citation, body: str) -> bool:
    """A newspaper or gazette issue: container, date (`26 iyulya` → 07-26), issue and the item (`ст.`)."""
    match = GAZETTE.match(body.strip())
    details = re.sub(r"(?:,\s?){2,}", ", ", match.group("details").strip()) if match else ""  # a cut URL's gap
    if not match or not GAZETTE_DETAILS.fullmatch(details):
        return False
    site = match.group("site") or match.group("domain")
    if site and not citation.url:  # the portal's address is where the act was published
        citation.url = site
    citation.container = clean(re.sub(r"\s?\([^()]*\)$", "", match.group("container")))
    details = match.group("details")
    item = GAZETTE_ITEM.search(details)
    if item:  # the act's number in the gazette, never a page or a year (`St. 2057`)
        citation.number = item.group(0)
        details = details[: item.start()] + details[item.end() :]
    fill_details(citation, f"{match.group('year')}. {details}")
    if match.group("domain"):  # a bare address is where the act was read: a web page, not a container
        citation.container, citation.type = None, "web page"
    elif LAW_GAZETTE.match(citation.container or "") or item:
        citation.type = "statute"
    else:
        citation.type = "news" if is_news(citation.container) else "journal article"
    return True


# The gazette an act or ruling is published in, after GOST's ` // `: `// Собрание законодательства РФ. – 2015.`
HOST_AFTER_SLASHES = re.compile(r"\s//\s(?P<host>[^.–—]+?)\.?\s?(?:[–—-]\s|$)(?P<details>.*)$")


def parse_ru_statute(citation: Citation, body: str) -> bool:
    match = RU_STATUTE.search(body)
    if not match or (not match.group("title") and body[match.end() :].strip(" .,;")):
        return False  # a statute without its title is one only when it is the whole note
    court = re.search(r"\bСуд", match.group("issuer") or "")
    citation.type = "court decision" if court else "statute"
    citation.title = (match.group("title") or "").strip() or None
    citation.number = match.group("number") or match.group("number2")
    citation.date, _ = find_date(match.group("date") or match.group("date2"))
    host = HOST_AFTER_SLASHES.search(body[match.end() :])
    citation.container = clean(host.group("host")) if host else None
    if host:  # `№ 41` is the gazette's issue; `Ст. 5726` its item, never a page
        issue = ISSUE.search(host.group("details"))
        citation.issue = (issue.group("no") or issue.group("no2") or issue.group("no3")) if issue else None
    return True


def parse_ja_statute(citation: Citation, body: str) -> bool:
    text = body.strip().rstrip("。.")
    match = JA_STATUTE.match(text)
    if not match or (not match.group("article") and not match.group("number")) or len(text) > match.end() + 2:
        return False
    citation.type = "treaty" if TREATY_WORDS.search(match.group("title")) else "statute"
    citation.title = match.group("title")
    citation.number = match.group("number")
    if match.group("number"):
        citation.date, _ = find_date(match.group("number"))
    return True


# A Diet proceedings note: a date, then the house or committee, then whose answer.
#   `昭和47年11月13日、参議院予算委員会、吉國内閣法制局長官答弁`
#   `1969年（昭和44年）2月22日、参議院予算委員会における高辻内閣法制局長官の答弁`
DIET = re.compile(
    r"(?P<body>(?:衆議院|参議院|貴族院|衆院|参院)[\u4e00-\u9fff]*?(?:委員会|本会議|調査会|審査会)|(?:衆議院|参議院))"
    r"(?:、|における|での|の)?\s?(?P<speech>[^、。]*?(?:答弁|発言|質問|答弁書|説明|会議録))?\s*(?:[。.]|$)"
)


def parse_diet(citation: Citation, body: str) -> bool:
    if "『" in body or "「" in body:
        return False
    match = DIET.search(body)
    if not match:
        return False
    date, _ = find_date(re.sub(r"[(（](?:明治|大正|昭和|平成|令和)[^)）]*[)）]", "", body))
    if not date:
        return False
    citation.type = "proceedings"
    citation.date = date
    citation.container = match.group("body")
    citation.title = clean(match.group("speech"))
    return True
