"""Shared vocabulary of the citation style parsers: what several styles read the same way.

News organisations and treaty words (which type a work is), volume, issue and page locators
(:func:`fill_details`, :func:`page_range`), cleaning a field, publishers' endings and places of publication
(:func:`leftover_publisher`, :func:`split_imprint`), top-level splitting and bracket scanning, and the type of a
Western reference from the fields it filled (:func:`western_type`).  The style modules import from here and from
:mod:`pipeline.extractors.citations.authors`; this module imports no style module, so there is no cycle.
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.fields import NUMERO_SIGN, find_date, find_pages
from pipeline.records import Citation

# Newspapers, agencies and news sites named in notes; a container that ends
# like one (新聞, 通信, Times, газета, ...) is news too.
NEWS_NAMES = frozenset(
    (
        *("Ведомости", "Интерфакс", "ТАСС", "Коммерсантъ", "Коммерсант", "Известия", "РБК", "Lenta.ru"),
        *("Mainichi Shimbun", "Asahi Shimbun", "Yomiuri Shimbun", "Nikkei", "Kyodo", "Straits Times"),
        *("Reuters", "BBC", "Bloomberg", "AP", "AFP", "RBC", "CNN", "Radio Free Europe", "Sputnik", "РИА Новости"),
        *("共同通信", "時事通信", "聯合ニュース", "NHK", "朝鮮中央通信", "労働新聞", "人民日報", "新華社"),
        "РГ",  # Российская газета, as legal notes abbreviate it
    )
)
NEWS_SUFFIX = re.compile(
    r"(?:(?:新聞|通信|日報|ニュース|タイムズ)(?:デジタル|電子版)?|Times|Post|News|Journal|Herald|Guardian|Shimbun|Service"
    r"|газета|gazeta|Новости|Правда)$"
)

# Words of a title that make the work a treaty.
TREATY_WORDS = re.compile(
    r"条約|協定|議定書|憲章|宣言|Договор|Соглашени|Конвенци|Протокол|Treaty|Convention|Agreement|Protocol|Charter"
)

# A year in parentheses after an author (author-date styles): `泉井久之助(1981)`, `Blair, Walter. 1977.`
AUTHOR_YEAR = re.compile(r"\(\s?(?P<y>(?:1[6-9]|20)\d\d)[a-z]?\s?\)|[.,]\s(?P<y2>(?:1[6-9]|20)\d\d)[a-z]?\.?$")

# Volume and issue, most specific first.  `第162巻第4号`, `52巻2号`, `2013年56巻3号`,
# `vol. 12, no. 3`, `Vol.21`, `No.537`, `3号`, APA `4 (2)`, `52(2)`, Russian `Т. 5, № 3` (`Т. 5, No 3` after NFKC).
# (`全10巻` counts the volumes of a set: its extent, not the volume cited)
VOLUME = re.compile(r"(?:[Vv]ol\.\s?|Т\.\s?)(?P<vol>\d+)|第?(?<![\d.全])(?P<vol2>\d+)巻")
# French `no 1`, `n° 1` (Études Internationales, vol. 31, no 1) too; a Chinese journal's or gazette's issue of the
# year, `2021年第1期`, `2012年第11輯` (the number right after the year, so `第1期生` stays a plain word).
ISSUE = re.compile(
    rf"第?(?<!月)(?P<no>\d+(?:\s?[-–=・]\s?\d+)?)号|(?:{NUMERO_SIGN}|[Nn]o\.|Nr\.|[Nn]°|\bno(?=\s\d))\s?(?P<no2>\d+(?:[-–]\d+)?)"
    r"|(?<=年)第(?P<no3>\d{1,3})[期輯辑]"
)
# (a year in the parentheses is the date, not an issue: `Australian Humanities Review 54 (2013): 66-80`)
APA_VOLUME = re.compile(r"^\s?(?P<vol>\d+)\s?\((?P<no>(?!(?:1[6-9]|20)\d\d\))\d+(?:[-–]\d+)?)\)")

JA_LETTERS = r"\u3040-\u30ff\u4e00-\u9fff々〆ヵヶー"


def is_news(container: str | None) -> bool:
    """A known news organisation, by its whole name, its first word(s) (`RBC Informations Systems`,
    `Radio Free Europe/Radio Liberty`) or a newspaper's ending (`…新聞`, `…Times`)."""
    if not container:
        return False
    name = container.strip()
    head = re.split(r"[/(（]", name, maxsplit=1)[0].strip()
    return (
        name in NEWS_NAMES or head in NEWS_NAMES or name.split(" ")[0] in NEWS_NAMES or bool(NEWS_SUFFIX.search(name))
    )


# An organisation rather than a person (a report's author, a journal's society):
# `内閣府`, `外務省条約局`, `社会系教科教育学会`, `防衛研究所`.
ORGANISATION = re.compile(
    r"(?:府|省|庁|局|課|室|委員会|審議会|会議|学会|協会|研究会|研究所|機構|センター|財団|銀行|大学|学部|"
    r"事業部|事務局)$"
)

# Words that stand where an author would but name none: `拙論` (my paper), `拙稿`, `拙著`,
# `筆者` (the writer), `前掲` / `同上` (back-references).
NOT_AN_AUTHOR = re.compile(r"^(?:拙論|拙稿|拙著|拙編|筆者|著者|前掲|前揭|前出|同上|同前|上掲)[、,\s]*")


def clean(text: str | None) -> str | None:
    """Strip separators and brackets left around a field."""
    if text is None:
        return None
    text = text.strip(" \u3000,，、.．:;。・<>\"'")
    while text and text[-1] in ")）]" and text.count(text[-1]) > text.count({")": "(", "）": "（", "]": "["}[text[-1]]):
        text = text[:-1].rstrip(" ,.")
    while text and text[0] in "(（[" and text.count(text[0]) > text.count({"(": ")", "（": "）", "[": "]"}[text[0]]):
        text = text[1:].lstrip()
    return text or None


def fill_details(citation: Citation, rest: str, *, keep_date: bool = False) -> str:
    """Date, volume, issue and pages from the tail of a reference; returns what is left."""
    pages, span = find_pages(rest)
    if pages:
        citation.pages = citation.pages or pages
        rest = rest[: span[0]] + " " + rest[span[1] :]
    apa = APA_VOLUME.match(rest)
    if apa:
        citation.volume, citation.issue = apa.group("vol"), apa.group("no")
        rest = rest[apa.end() :]
    volume = VOLUME.search(rest)
    if volume and citation.volume is None:
        citation.volume = volume.group("vol") or volume.group("vol2")
        rest = rest[: volume.start()] + " " + rest[volume.end() :]
    issue = ISSUE.search(rest)
    if issue and citation.issue is None:
        number = issue.group("no") or issue.group("no2") or issue.group("no3")
        citation.issue = re.sub(r"\s", "", number.replace("–", "-"))
        rest = rest[: issue.start()] + " " + rest[issue.end() :]
    date, span = find_date(rest)
    # a year given after the author is kept unless the tail refines it (`(1999)` … `1999年10月`)
    if date and not (keep_date and citation.date and not date.startswith(citation.date)):
        citation.date = date
        rest = rest[: span[0]] + " " + rest[span[1] :]
    return EMPTY_BRACKETS.sub(" ", rest)


# What is left of `(2006)` or `(March,1996)` once its date is cut out: never part of a field.
EMPTY_BRACKETS = re.compile(r"[(（\[]\s*[,、]?\s*[)）\]]")


# Places of publication as Japanese notes write them (`東京`, `モスクワ`, `サンクト・ペテルブルク`).
_PLACES_JA = (
    r"東京|京都|大阪|札幌|仙台|名古屋|福岡|横浜|神戸|(?:サンクト・?)?ペテルブルク|モスクワ|ロンドン|ニューヨーク|"
    r"パリ|ワシントン|ベルリン|ウィーン|北京|上海|ソウル|台北|香港"
)
PLACE_JA = re.compile(rf"(?:^|[、,，(（\s])(?:{_PLACES_JA})(?=[、,，)）\s:：]|$)")

# Words that are left over in a tail but are not a publisher: editions (`ポケット版`, not `…出版`), places of
# publication (`東京`, `モスクワ`: a place is never the publisher), imprint verbs (`発行`) and the predicate of the
# note's sentence, which begins with a case particle (`を参照`, `による`, `に関連する論文等が掲載されている`).
NOT_PUBLISHER = re.compile(
    r"^(?:参照|所収|以下|[\u4e00-\u9fff]{0,4}(?:朝刊|夕刊)(?:\s?\d+面|特集|[\u4e00-\u9fff]{0,2}版)?|\d+面|第?\d+版|初版|改訂版|改定版|増補版|新版|新訂版|[上中下]巻|第?\d+巻|ed|eds|"
    r"New York|London|Tokyo|Oxford|Cambridge|Boston|Paris|" + _PLACES_JA + r"|"
    r"[\u30a0-\u30ff\u4e00-\u9fff]{0,6}(?<!出)版|発行|刊行|発売|(?:を|に|より)[\u3040-\u30ff\u4e00-\u9fff]*|"
    r"\d+(?:st|nd|rd|th) ed|rev\. ed|"
    r"pp?|p|頁|ページ|\d+\s?(?:頁|ページ)(?:以下)?|号|月号|in|In|accessed|閲覧|アクセス|オンライン|online|Online|"
    r"\d+p|\d+ p|\d+ с|PDF|\d+)\.?$"
)


# A Korean edition statement alone (`증보판`, `재판`, `개정판`: enlarged, second, revised edition), never `출판`.
KOREAN_EDITION = re.compile(r"^[\uac00-\ud7af]{0,3}(?<!출)판$")


# Endings of publishers' names: a leftover piece ending like this is preferred.
PUBLISHER_END = re.compile(
    # Korean houses: `조선로동당출판사`, `사회과학출판사`, `동아출판사`, `태극출판사`; a university's 出版局
    # (`法政大学出版局`) and a government 印刷局 (`大蔵省印刷局`)
    r"(?:출판사|출판부|서점|서관|서원|출판|出版会|出版部|出版局|印刷局|出版|書房|書店|書院|書局|新社|社|館|閣|堂|協会|学会|研究所|大学|Press|Verlag|Publishers?|Books|Company|Inc\.?|Ltd\.?)$"
)
# French, Spanish, German and Italian publishing houses whose names do not end like a publisher's, so that a
# comma-separated note names its publisher, not a journal: `J. Rousseau-Dujardin, Pluriel intérieur, L’Harmattan,
# 2004.` (books.openedition.org), `Madrid, Júcar, 1991` (round 26).
EUROPEAN_PUBLISHERS = frozenset(
    (
        *("Gallimard", "Le Seuil", "Seuil", "L’Harmattan", "L'Harmattan", "Flammarion", "Fayard", "PUF", "Dalloz"),
        *("Albin Michel", "La Découverte", "Armand Colin", "Odile Jacob", "Hachette", "Payot", "Minuit", "Belin"),
        *("Júcar", "Alianza", "Alianza Editorial", "Cátedra", "Siglo XXI", "Anagrama", "Tecnos", "Crítica", "Ariel"),
        *("Suhrkamp", "C.H. Beck", "Beck", "Duncker & Humblot", "Nomos", "Mohr Siebeck", "de Gruyter", "Rowohlt"),
        *("Einaudi", "Laterza", "Il Mulino", "Feltrinelli", "Giuffrè", "Mondadori"),
    )
)
# A statement of responsibility before the publisher inside the same brackets:
# `(清水文雄校訂 岩波書店 1941)`, `(東北大学文学部国文学研究室編 おうふう 1994)`.
RESPONSIBILITY = re.compile(rf"^[{JA_LETTERS}A-Za-z・]{{2,30}}?(?:校訂|校注|編著|編|監修|監訳|訳|著)\s")


def responsibility_editor(rest: str) -> str | None:
    """The editor named in a statement of responsibility of the tail (`…編 おうふう`, `…校訂 岩波書店`)."""
    for piece in re.split(r"[、,，;()（）]", rest):
        match = RESPONSIBILITY.match(piece.strip())
        if match:
            return re.sub(r"(?:校訂|校注|編著|編|監修|監訳|訳|著)$", "", match.group(0).strip())
    return None


# A place before the publisher: `東京:日本評論社`, `New York: Penguin Press`, `М.: Инфра-М`.
PLACE_PREFIX = re.compile(r"^[^:：,、]{1,20}?\.?\s?[:：]\s?(?=\S)")


# A series label in angle brackets after a publisher: `講談社<文庫>`, `岩波書店〈岩波新書〉`.
SERIES_LABEL = re.compile(r"[<〈＜《][^<>〈〉＜＞《》]{1,20}[>〉＞》]")


# A volume of a set in brackets after the title (`『吉田茂とその時代』(下)`, `(上巻)`, `(第2巻)`): never a publisher.
VOLUME_MARK_JA = re.compile(r"[(（](?:[上中下]|第?\d{1,2})巻?[)）]")


# How often a serial appears, written where the year would be (`『国際条約集』(有斐閣 年刊)`): no part of the
# publisher's name.
FREQUENCY_JA = re.compile(r"\s?(?:半年刊|隔月刊|年刊|季刊|月刊|旬刊|週刊|日刊|不定期刊)$")
# A part of a multi-volume work after its title (`『旧条約彙纂』第1巻第1部(外務省条約局 1930)`): never a publisher.
VOLUME_PART_JA = re.compile(r"(?:第?\d+巻)?第\d+(?:部|分冊|輯|編)")


# A pointer to a part of the cited work, closing a note (`『世界経済の潮流』第I部第2章参照。`; the 内閣府 notes
# `本章第3節を参照。`, `第I部第1章参照。`): a locator, never a publisher.
SECTION_POINTER_JA = re.compile(
    r"(?:本章|本節|同書)?(?:第[IVXⅠ-Ⅻ\d一二三四五六七八九十]+(?:部|章|節|編|項))+(?:を|も)?(?:参照|参考)"
)


# What a library's list says of its holdings of a set (`全10巻 1~4`, `全46巻、欠44`: all ten volumes, volumes 1 to 4;
# volume 44 missing): no part of the imprint.
HOLDINGS_JA = re.compile(
    r"(?<![^\s、,，(（])(?:全\s?(?:\d+\s?[巻冊])?|欠\s?\d+(?:[・,、]\d+)*)(?:\s?\d+[~〜]\d+)*(?=[\s、,，・)）]|$)"
)

# An edition statement before the publisher inside the same brackets: `(再版 조선로동당출판사 1960-64)`,
# `(増補版 東京大学出版会 1990)`; Korean `판` (版) too (`증보판`, `개정판`); never `出版`/`출판`.
EDITION_BEFORE_PUBLISHER = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}(?<!出)版|[\uac00-\ud7af]{1,3}(?<!출)판)\s(?=\S)")


# A body that edited and published the work itself (`編・刊`, `編・発行`: edited and issued by), its name the
# publisher: `香川県統計年鑑 平成28年刊行 香川県政策部統計調査課/編・発行 2016` (current.ndl.go.jp, CRD answer).
EDITED_AND_PUBLISHED = re.compile(rf"(?P<body>[{JA_LETTERS}A-Za-z]{{2,30}}?)\s?(?:編集|編)・(?:発行|刊行|刊)")


def leftover_publisher(rest: str) -> str | None:
    """The leftover piece of a tail that names a publisher: `青林書院`, `有斐閣`, `조선로동당출판사`."""
    own = EDITED_AND_PUBLISHED.search(rest)
    if own:
        return own.group("body")
    pieces = []
    rest = VOLUME_MARK_JA.sub(" ", SERIES_LABEL.sub(" ", re.sub(r"〔[^〕]*〕", " ", rest)))
    rest = HOLDINGS_JA.sub(" ", rest)
    rest = VOLUME_PART_JA.sub(" ", SECTION_POINTER_JA.sub(" ", rest))
    for piece in re.split(rf"[、,，;()（）。・]|\.\s|\.$|(?<=[{JA_LETTERS}])[.．]", rest):
        piece = FREQUENCY_JA.sub("", piece.strip())
        piece = clean(RESPONSIBILITY.sub("", PLACE_PREFIX.sub("", EDITION_BEFORE_PUBLISHER.sub("", piece))))
        if (
            piece
            and not NOT_PUBLISHER.match(piece)
            and not KOREAN_EDITION.match(piece)
            and re.search(rf"[{JA_LETTERS}A-Za-zА-Яа-я\uac00-\ud7af]", piece)
            and not re.search(r"[「」『』\"“”]", piece)  # a quoted title is never a publisher
        ):
            pieces.append(piece)
    preferred = [p for p in pieces if PUBLISHER_END.search(p)]
    return (preferred or pieces or [None])[0]


# Places books are published in, as Western notes give them alone in an imprint: `(Cambridge, 1976)`,
# `(London and New Haven, 1992)`.  A place is never the publisher (Chicago 14.129; Oxford/MHRA notes).
PLACES = frozenset(
    (
        *("London", "Oxford", "Cambridge", "New York", "Paris", "Boston", "Chicago", "Princeton", "New Haven"),
        *("Edinburgh", "Manchester", "Basingstoke", "Harmondsworth", "Berkeley", "Stanford", "Baltimore"),
        *("Philadelphia", "Toronto", "Dublin", "Glasgow", "Leiden", "Amsterdam", "Berlin", "Leipzig", "Tokyo"),
        *("Aldershot", "Woodbridge", "Ithaca", "Cambridge, MA", "Cambridge, Mass.", "Washington", "Los Angeles"),
        *("Frankfurt", "Munich", "München", "Vienna", "Wien", "Rome", "Madrid", "Moscow", "St Petersburg"),
        *("Sydney", "Melbourne", "Brighton", "Exeter", "Stroud", "Abingdon", "Farnham", "Houndmills"),
        # Russian places in English, as transliterated References give them (solovyov-studies.ispu.ru/en/node/132:
        # `Moscow, St. Petersburg, Novosibirsk`)
        *("St. Petersburg", "Novosibirsk", "Yekaterinburg", "Ekaterinburg", "Kazan", "Tomsk", "Rostov-on-Don"),
        # French-, German- and Italian-language places of French notes (`Paris, 2001`, `Montréal, Éd. Fides`)
        *("Montréal", "Montreal", "Québec", "Quebec", "Ottawa", "Lyon", "Genève", "Geneva", "Bruxelles", "Brussels"),
        *("Louvain", "Toulouse", "Rennes", "Lille", "Bordeaux", "Strasbourg", "Marseille", "Grenoble", "Nancy"),
        *("Rouen", "Caen", "Dijon", "Nantes", "Aix-en-Provence", "Göttingen", "Tübingen", "Heidelberg", "Köln"),
        *("Hamburg", "Stuttgart", "Bonn", "Freiburg", "Milano", "Milan", "Torino", "Firenze", "Florence", "Bologna"),
        *("Roma", "Napoli", "Venezia", "Barcelona", "Kyoto", "Osaka", "Seoul", "Beijing", "Hong Kong", "Singapore"),
        # university towns of English-language imprints
        *("Ann Arbor", "Minneapolis", "Durham", "Chapel Hill", "Bloomington", "Madison", "Austin", "Seattle"),
        *("Honolulu", "Evanston", "Urbana", "New Brunswick", "Pittsburgh", "Columbus", "Notre Dame", "Albany"),
        *("San Francisco", "Leicester", "Liverpool", "Birmingham", "Leeds", "Sheffield", "Nottingham", "Cardiff"),
        *("Belfast", "Aberdeen", "St Andrews", "Norwich", "Bristol", "Canberra", "Wellington", "Auckland"),
        # seats of American academic and policy publishers (Westview in Boulder, Rowman in Lanham, …)
        *("Boulder", "Lanham", "Armonk", "Westport", "Santa Monica", "Santa Barbara", "Lexington", "Lincoln"),
        *("Athens", "Norman", "Lawrence", "Charlottesville", "Baton Rouge", "New Orleans", "Washington, DC"),
        *("Washington, D.C.", "Honolulu", "Denver", "Tucson", "Detroit", "Cleveland", "Amherst", "Hanover"),
        *("Totowa", "Hamden", "Malden", "Thousand Oaks", "Newbury Park", "Beverly Hills", "Armonk, NY"),
    )
)
# A US state or a country after a place (`Ithaca, NY`, `Cambridge, Mass.`, `Boulder, Colo.`): part of the place.
PLACE_QUALIFIER = re.compile(r"^(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.|USA|UK|U\.K\.|U\.S\.A?\.)$")
# Edition and volume statements that may open an imprint: `2nd edn`, `3 vols.`, `rev. ed.`.
IMPRINT_EXTRA = re.compile(r"^(?:\d+(?:st|nd|rd|th)\s?(?:edn|ed)\.?|\d+\s?vols?\.?|rev\.\s?edn?\.?)$")


def is_place(text: str) -> bool:
    """A known place of publication, or several joined by `and`/`&` (`London and New Haven`)."""
    parts = re.split(r"\s(?:and|&)\s|\s?/\s?", text.strip())
    return all(
        part.strip().rstrip(".") in PLACES or part.strip() in PLACES or PLACE_QUALIFIER.match(part.strip())
        for part in parts
    )


def split_imprint(imprint: str) -> tuple[str | None, str | None]:
    """(publisher, date) of a bracketed imprint: `London: Routledge, 2001` → Routledge;
    `Cambridge, 1976` → no publisher (a place alone names none); `Longman, 1985` → Longman."""
    date, span = find_date(imprint)
    rest = imprint[: span[0]] + imprint[span[1] :] if span else imprint
    if ":" in rest:  # `Place: Publisher`
        rest = rest.split(":", 1)[1]
    pieces = [clean(p) for p in re.split(r"[,;]", rest)]
    named = [p for p in pieces if p and not is_place(p) and not IMPRINT_EXTRA.match(p) and not p.isdigit()]
    return (named[0] if named else None), date


# --- bracket scanning ----------------------------------------------------------------

PAIRS = {"「": "」", "『": "』", "“": "”", "«": "»"}


def bracket_groups(text: str) -> list[tuple[str, int, int]]:
    """Top-level 「」 and 『』 groups: (opening bracket, start, end after the closer)."""
    groups: list[tuple[str, int, int]] = []
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if char in "「『":
            stack.append((char, index))
        elif char in "」』" and stack:
            opener, start = stack.pop()
            if not stack:
                groups.append((opener, start, index + 1))
    return groups


def is_online(citation: Citation) -> bool:
    """Read on the web: a URL, or an access date (`2025年1月3日閲覧`) where the link was not printed."""
    return bool(citation.url or citation.accessed)


# A bare locator after a comma: `Journal of Financial Economics 39, 181-208.`, `…, 2010, 12, …`.
BARE_PAGES = re.compile(r"(?:^|,)\s?(?P<first>\d{1,4})(?:\s?[-–~〜−]\s?(?P<last>\d{1,4}))?(?=\s?(?:,|\.?\s*$))")


def page_range(first: str, last: str | None) -> str:
    """`325`, `50` → `325-50`: an abbreviated last page stays as written (gold convention: `122–33` = `122-33`),
    since the reader of the record sees what the note says and expanding guesses at the page count."""
    return f"{first}-{last}" if last else first


def western_type(citation: Citation) -> str:
    """The type of a Western reference from the fields its parser filled (treaty, news, journal article, web
    page or book)."""
    if citation.title and TREATY_WORDS.match(citation.title) and not citation.authors:
        return "treaty"
    if is_news(citation.container) and not (citation.volume or citation.issue):
        return "news"
    if citation.container and (citation.volume or citation.issue or citation.pages):
        return "journal article"
    if citation.container and citation.date and len(citation.date) == 10 and citation.url:
        return "news"
    if is_online(citation) and not (citation.volume or citation.issue):
        return "web page"
    return "journal article" if citation.container else "book"


def split_top_level(text: str, separators: str = ",") -> list[str]:
    """Split at separators that stand outside (), «», "" and “” (a date `(March,1996)` stays whole)."""
    parts, depth, quoted, current = [], 0, False, []
    for char in text:
        if char in "(（«“":
            depth += 1
        elif char in ")）»”" and depth:
            depth -= 1
        elif char == '"':
            quoted = not quoted
        if char in separators and not depth and not quoted:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [p for p in parts if p]
