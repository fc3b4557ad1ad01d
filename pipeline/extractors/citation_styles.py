"""Style parsers: one named parser per citation style, each filling a Citation.

A parser gets the note with its URL, call number and ISBN already cut out
(``body``) and returns True when the style matched.  They are tried in the
order of :data:`PARSERS` (most specific first); the first match wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extractors.citation_fields import MONTHS_EN, RU_MONTH_WORD, find_date, find_day, find_pages
from pipeline.extractors.citation_periodicals import (
    parse_bluebook,
    parse_bluebook_case,
    parse_bluebook_news,
    parse_database_article,
    parse_elsevier_journal,
    parse_harvard_news,
    parse_news_year_day,
    parse_periodical_only,
    parse_sist_journal,
    parse_unmarked_headline,
)
from pipeline.extractors.citation_web import (
    parse_archived_copy,
    parse_posted_headline,
    parse_web_org,
    parse_web_title,
)
from pipeline.records import Citation

# --- shared vocabulary ---------------------------------------------------------------

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
    r"(?:新聞|通信|日報|ニュース|タイムズ|Times|Post|News|Journal|Herald|Guardian|Shimbun|Service|газета|gazeta|Новости|Правда)$"
)

# Words of a title that make the work a treaty.
TREATY_WORDS = re.compile(
    r"条約|協定|議定書|憲章|宣言|Договор|Соглашени|Конвенци|Протокол|Treaty|Convention|Agreement|Protocol|Charter"
)

# The role word after a Japanese name: 著/編著 (author), 編/監修 (editor), 訳 (translator).
ROLE = re.compile(r"(?:他|ほか|等|など)?(?P<role>編著|編訳|編|著|監修|監訳|補訂|訳|ほか|他|等|など)$")

# A year in parentheses after an author (author-date styles): `泉井久之助(1981)`, `Blair, Walter. 1977.`
AUTHOR_YEAR = re.compile(r"\(\s?(?P<y>(?:1[6-9]|20)\d\d)[a-z]?\s?\)|[.,]\s(?P<y2>(?:1[6-9]|20)\d\d)[a-z]?\.?$")

# Volume and issue, most specific first.  `第162巻第4号`, `52巻2号`, `2013年56巻3号`,
# `vol. 12, no. 3`, `Vol.21`, `No.537`, `3号`, APA `4 (2)`, `52(2)`, Russian `Т. 5, № 3`.
# (`全10巻` counts the volumes of a set: its extent, not the volume cited)
VOLUME = re.compile(r"(?:[Vv]ol\.\s?|Т\.\s?)(?P<vol>\d+)|第?(?<![\d.全])(?P<vol2>\d+)巻")
# French `no 1`, `n° 1` (Études Internationales, vol. 31, no 1) too; a Chinese journal's or gazette's issue of the
# year, `2021年第1期`, `2012年第11輯` (the number right after the year, so `第1期生` stays a plain word).
ISSUE = re.compile(
    r"第?(?<!月)(?P<no>\d+(?:\s?[-–=・]\s?\d+)?)号|(?:[Nn]o\.|№|Nr\.|[Nn]°|\bno(?=\s\d))\s?(?P<no2>\d+(?:[-–]\d+)?)"
    r"|(?<=年)第(?P<no3>\d{1,3})[期輯辑]"
)
# (a year in the parentheses is the date, not an issue: `Australian Humanities Review 54 (2013): 66-80`)
APA_VOLUME = re.compile(r"^\s?(?P<vol>\d+)\s?\((?P<no>(?!(?:1[6-9]|20)\d\d\))\d+(?:[-–]\d+)?)\)")

_JA = r"\u3040-\u30ff\u4e00-\u9fff々〆ヵヶー"
# Separators between the names of a Japanese list; `・` separates names too, except inside a
# katakana name (`ジョン・スミス`) or after a Latin initial (`K・J・アロー`, `O・ランゲ`).
# `=` joins two authors in law notes (`星野英一=田中英夫`) but two parts of one name written in katakana
# (`マイルス=A・A`, `レヴィ＝ストロース`): between katakana and katakana or an initial it stays in the name.
NAME_GROUPS_JA = re.compile(r"[、,，;；/／]|(?<![\u30a0-\u30ff])[=＝]|[=＝](?![\u30a0-\u30ffA-Z])")
SPLIT_AUTHORS_JA = re.compile(r"・(?![\u30a0-\u30ffA-Z])(?<![\u30a0-\u30ff]・)(?<![A-Z]・)")
# Roles that a word written once after a list (`小池和男・猪木武徳編`, `吉川智、阿部一夫編`) gives every
# name before it; `訳` only reaches names joined by `・`, since `アロー,長名寛明訳` names the
# author first and the translator second.
LIST_ROLES = frozenset({"編", "編著", "監修", "著", "他", "ほか", "等", "など"})
# A role in brackets after a name, as book sites list contributors (`佐藤優(解説)/著`, `山田花子(イラスト)`): a
# commentator, illustrator or translator, never an author.
PAREN_ROLE = re.compile(r"[(（](?P<role>解説|監修|翻訳|訳|イラスト|写真|絵|画|編集)[)）]$")
# `編著` (edited and written by) names an author, as NDL catalogues record it (`六角弘編著` → author 六角弘).
AUTHOR_ROLES = frozenset({"", "著", "編著", "他", "ほか", "等", "など"})
# `補訂` (revised by: `芦部信喜・高橋和之補訂『憲法(第8版)』`, CALL4 意見書 甲33) reads as ZONE_RESPONSIBILITY's
# bracketed `(高橋和之補訂)` does: an editor, not an author.
EDITOR_ROLES = frozenset({"編", "監修", "補訂"})
# `編訳` (edited and translated: `潘樹広著・松岡栄志編訳`) names the translator.
TRANSLATOR_ROLES = frozenset({"訳", "監訳", "編訳"})


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


def _named_parts(zone: str) -> list[tuple[str, str, int]]:
    """(name, role, group) for each name of a zone; group counts the `、` / `,` separated runs."""
    named: list[tuple[str, str, int]] = []
    for group, run in enumerate(NAME_GROUPS_JA.split(zone)):
        for part in (p.strip() for p in SPLIT_AUTHORS_JA.split(run)):
            match = ROLE.search(part)
            raw = part[: match.start()] if match else part
            name = clean(raw)
            if name and FINAL_INITIAL.search(raw.rstrip()) and not name.endswith("."):
                name += "."  # `ボブズボームE.J.`
            aside = PAREN_ROLE.search(name or "")
            if name and aside:  # `佐藤優(解説)/著`: the bracketed role wins over the catalogue's 著
                named.append((name[: aside.start()].strip(), aside.group("role"), group))
            elif name:
                named.append((name, match.group("role") if match else "", group))
    role, group = "", -1
    for index in range(len(named) - 1, -1, -1):
        name, own, own_group = named[index]
        if own or (role in TRANSLATOR_ROLES and own_group != group) or role not in LIST_ROLES | TRANSLATOR_ROLES:
            role, group = own, own_group
        named[index] = (name, own or role, own_group)
    return named


def split_japanese_authors(zone: str) -> tuple[list[str], str | None]:
    """Authors and editor from the text before a Japanese title.

    `吉川智、阿部一夫` → two authors; `防衛研究所編` → editor; `中山眞彦著(1995)` → one author;
    `K・J・アロー,長名寛明訳` → the author only (the translator: :func:`japanese_translator`).
    """
    named = _named_parts(_zone_names(zone))
    authors = [name for name, role, _ in named if role in AUTHOR_ROLES]
    editors = [name for name, role, _ in named if role in EDITOR_ROLES]
    return authors, ("・".join(editors) if editors else None)


def japanese_translator(zone: str) -> str | None:
    """The translators named in a zone (`K・J・アロー,長名寛明訳` → 長名寛明)."""
    names = [name for name, role, _ in _named_parts(_zone_names(zone)) if role in TRANSLATOR_ROLES]
    return "・".join(names) if names else None


# A name closed by a Latin initial keeps that initial's period: `ボブズボームE.J.`, `デイヴィーズJ.`.
FINAL_INITIAL = re.compile(r"(?<![A-Za-z])[A-Z]\.$")


def _zone_names(zone: str) -> str:
    zone = AUTHOR_YEAR.sub("", zone).strip(" \u3000、,:：")
    zone = zone if FINAL_INITIAL.search(zone) else zone.rstrip(".").rstrip(" \u3000、,:：")
    return re.sub(r"\s?\[(?:ほか|他)\]\s?", "他", zone)


# A surname with initials (`Aron, L.`, `Remley, T. P.`, `Olszewski-Kubilius, P.`) and a list of them.
# An initial may be a digraph of a transliterated Russian name (`Aliev, R. Sh.`, `Yu.`, `Ch.`).
INVERTED_INITIALS = re.compile(
    r"[A-ZА-ЯЁ][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-ZА-ЯЁ][a-zа-яё]?\.(?:\s?-?[A-ZА-ЯЁ][a-zа-яё]?\.)*)"
)
INVERTED_INITIALS_LIST = re.compile(
    rf"(?:{INVERTED_INITIALS.pattern})(?:,?\s(?:&\s|and\s)?(?:{INVERTED_INITIALS.pattern}))*"
)


# A generational suffix split off by the comma before it (`Joseph S. Nye, Jr.`): part of the name.
NAME_SUFFIX = re.compile(r"(?:Jr|Sr)\.?|II|III|IV")


def _join_name_suffixes(names: list[str]) -> list[str]:
    """`['Joseph S. Nye', 'Jr.']` → `['Joseph S. Nye, Jr.']`."""
    joined: list[str] = []
    for name in names:
        if joined and NAME_SUFFIX.fullmatch(name):
            joined[-1] += ", " + (name if name.endswith(".") or "I" in name else name + ".")
        else:
            joined.append(name)
    return joined


# The word before a list's last name: English `and`/`&`, Russian `и`, Ukrainian `і`/`та` (OJS CSL Turabian
# `Гурак, Ігор, і Ігор Цепенда`), German `und`; a semicolon separates names too.
AUTHOR_CONJUNCTION = re.compile(r",?\s+(?:and|&|и|і|та|und)\s+|;\s*")


# One inverted name whose surname has two or three capitalised words and whose given name is one word
# (`Vidal Liy, Macarena`, El País in en.wikipedia.org/wiki/WannaCry_ransomware_attack; `Van den Noord, Paul`):
# a lone given name after the comma cannot be a second author, who would have a surname of his own.
COMPOUND_SURNAME_INVERTED = re.compile(
    r"\s*(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|van|von|de|del|der|den|da|du|la|le)(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|van|von|de|del|der|den|da|du|la|le)){1,2}"
    r",\s?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+\s*"
)


def split_western_authors(zone: str) -> list[str]:
    """`Charles Schultz, Charles Brown, and Lucy VanPelt` → three names; `Esher, Louise` → one."""
    zone = AUTHOR_YEAR.sub("", zone.strip()).strip(" ,")
    zone = re.sub(r",?\s+(?:et al|и др)\.?$", "", zone)
    zone = zone if re.search(r"\b[A-ZА-ЯЁ][a-zа-яё]?\.$", zone) else zone.rstrip(".")
    if not zone:
        return []
    if INVERTED_INITIALS_LIST.fullmatch(zone):  # APA: `Aron, L., Botella, M., & Lubart, T.`
        return [m.group(0).strip() for m in INVERTED_INITIALS.finditer(zone)]
    parts = [p.strip() for p in AUTHOR_CONJUNCTION.split(zone) if p.strip()]
    names: list[str] = []
    inverted = False
    for part in parts:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        # `Schultz, Charles` or `Ikenberry, David L.` (inverted first author): surname, given names; after
        # `&`/`and` a two-piece part of a list that opened inverted is inverted too (`Baker, David S., &
        # Henrichsen, Lynn`, APA with full given names)
        initials = len(pieces) == 2 and re.fullmatch(r"(?:[A-ZА-ЯЁ]\.?\s?)+", pieces[1])
        follows = inverted and len(pieces) == 2
        if len(parts) == 1 and not names and COMPOUND_SURNAME_INVERTED.fullmatch(part):
            names.append(part.strip())  # `Vidal Liy, Macarena`: a surname of two words, one given name
            continue
        if (
            len(pieces) >= 2
            and len(pieces[0].split()) == 1
            and len(pieces[1].split()) <= 3
            and (not names or initials or follows)
        ):
            names.append(re.match(r"[^,]+,\s?[^,]+", part).group(0).strip())  # as written: `Pyatt,Graham`
            pieces, inverted = pieces[2:], not names[:-1] or inverted
        names.extend(pieces)
    names = _join_name_suffixes(names)
    names = [n.rstrip(".") if not re.search(r"\b[A-ZА-ЯЁ][a-zа-яё]?\.$", n) else n for n in names]
    return [n for n in names if not NO_AUTHOR.fullmatch(n)]


# Words that say a work has no author: `s.a.` (sine auctore, French notes), `Anon.`, `Anonymous`, `N.N.`
NO_AUTHOR = re.compile(r"s\.\s?a\.?|s\.\s?n\.?|[Aa]non(?:ymous|\.)?|N\.\s?N\.?|б\.\s?а\.?")


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
    # Korean houses: `조선로동당출판사`, `사회과학출판사`, `동아출판사`, `태극출판사`
    r"(?:출판사|출판부|서점|서관|서원|출판|出版会|出版部|出版|書房|書店|書院|書局|新社|社|館|閣|堂|協会|学会|研究所|大学|Press|Verlag|Publishers?|Books|Company|Inc\.?|Ltd\.?)$"
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
RESPONSIBILITY = re.compile(rf"^[{_JA}A-Za-z・]{{2,30}}?(?:校訂|校注|編著|編|監修|監訳|訳|著)\s")


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


def leftover_publisher(rest: str) -> str | None:
    """The leftover piece of a tail that names a publisher: `青林書院`, `有斐閣`, `조선로동당출판사`."""
    pieces = []
    rest = VOLUME_MARK_JA.sub(" ", SERIES_LABEL.sub(" ", re.sub(r"〔[^〕]*〕", " ", rest)))
    rest = HOLDINGS_JA.sub(" ", rest)
    rest = VOLUME_PART_JA.sub(" ", SECTION_POINTER_JA.sub(" ", rest))
    for piece in re.split(rf"[、,，;()（）。・]|\.\s|\.$|(?<=[{_JA}])[.．]", rest):
        piece = FREQUENCY_JA.sub("", piece.strip())
        piece = clean(RESPONSIBILITY.sub("", PLACE_PREFIX.sub("", EDITION_BEFORE_PUBLISHER.sub("", piece))))
        if (
            piece
            and not NOT_PUBLISHER.match(piece)
            and not KOREAN_EDITION.match(piece)
            and re.search(rf"[{_JA}A-Za-zА-Яа-я\uac00-\ud7af]", piece)
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


# --- parsers ---------------------------------------------------------------------------

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
# marked `№`, `N` or `No`; lists of amending laws give no title (`Федеральный закон от 19.07.2009 N 202-ФЗ.`).
_RU_CASE = r"(?:ый|ого|ому|ым|ом)"
RU_STATUTE = re.compile(
    rf"(?P<kind>Федеральн{_RU_CASE} конституционн{_RU_CASE} закон(?:а|у|ом)?|Федеральн{_RU_CASE} закон(?:а|у|ом)?"
    r"|Закон(?:а|у|ом)?|Указ(?:а|у|ом)? Президента Российской Федерации|Указ(?:а|у|ом)?"
    r"|Постановлени[еяюм]{1,2} Правительства Российской Федерации|Постановлени[еяюм]{1,2}|Распоряжени[еяюм]{1,2}"
    r"|Определени[еяюм]{1,2}|Решени[еяюм]{1,2})"
    r"(?P<issuer>(?:\s[^\s\d«»\"“”]+){0,8}?)"
    r"(?:\s+от\s+(?P<date>[\d.]+|\d{1,2}\s[а-я]+\s\d{4}\s?(?:г\.|года)?)\s*(?:г\.\s*)?(?:№|No\.?|N)\s?(?P<number>\d[\w\-]*)"
    # or the number first (`Распоряжение Правительства РФ №2042-р от 29.09.2016 года`)
    r"|\s+(?:№|No\.?|N)\s?(?P<number2>\d[\w\-]*)\s+от\s+(?P<date2>[\d.]+\d|\d{1,2}\s[а-я]+\s\d{4})(?:\s?(?:г\.|года))?)"
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
# One element of a gazette's details: day and month, `№ 17`, `N 31`, `ч. I`, `St. 2057` / `ст. 1447`, `С. 5`.
_GAZETTE_PART = (
    r"(?:\d{1,2}\s[a-zа-яё´']+|(?:№|N)\s?\d+(?:\s?[-–]\s?\d+)?|\(?ч\.\s?[IVX]+(?:\s?[-–]\s?[IVX]+)?\)?"
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


# A newspaper cited by its date: `1952年11月26日付朝日新聞`, `朝日新聞2002年3月10日朝刊`,
# `『産業経済新聞』1999.08.19(東京朝刊)` (a commentary site quoting its source; the edition is dropped).
DATED_NEWS = re.compile(
    r"^(?P<date>[^、,]*?\d+日)付?(?:の)?\s?『?(?P<paper>[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]+?(?:新聞|通信|日報))』?(?P<rest>.*)$"
    r"|^『?(?P<paper2>[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]+?(?:新聞|通信|日報))』?\s?(?P<date2>\d{4}(?:[年./]\d{1,2}(?:[月./]\d{1,2}日?)?|年))(?P<rest2>.*)$"
)


def parse_dated_news(citation: Citation, body: str) -> bool:
    match = DATED_NEWS.match(body.strip())
    if not match or "「" in body:
        return False
    citation.type = "news"
    citation.container = match.group("paper") or match.group("paper2")
    citation.date, _ = find_date(match.group("date") or match.group("date2"))
    rest = match.group("rest") or match.group("rest2") or ""
    pages, _ = find_pages(rest)
    citation.pages = pages
    return True


def _title_extent(body: str, start: int, end: int) -> int:
    """A quoted title that runs on into a particle (`「X」に関する質問に対する答弁書`) ends later."""
    tail = re.match(r"[のにをと関する対す質問答弁書主意報告案]+(?:書|案|報告)", body[end:])
    return end + tail.end() if tail else end


# A title quoted with straight or curly quotes before a 『book』: `石坂妙子"「和泉式部日記」の空" 『…』`.
QUOTED_BEFORE_BOOK = re.compile(r"^(?P<zone>[^\"“「『]{0,40}?)\s?[\"“](?P<title>[^\"”]+)[\"”]\s?(?=『)")

# A headline that holds a quotation: 「…」 inside a sentence, after a particle or nothing and
# before a predicate with kana (`ロシアで「同性愛プロパガンダ」禁止法が成立 AFP 2013年07月01日`); the
# whole headline is the title.  `著者「論文」誌名` has a name before 「 and no kana after 」.
HEADLINE = re.compile(
    rf"^(?P<title>(?:[^\s、,，「」『』]*[\u3040-\u309f](?<!ほか))?「[^「」]+」"
    rf"[{_JA}A-Za-z0-9・]*[\u3040-\u309f][{_JA}A-Za-z0-9・]*)(?:\s|[、,，]|$)"
)

# The article's own source given inside its title's brackets, when the note then goes on to
# the work that quotes it: `徐光裕「合理的な…を追求す(『解放軍報』1987年4月3日)」(平松茂雄『…』…)`.
SOURCE_IN_TITLE = re.compile(r"^(?P<title>.+?)\s?[(（]『(?P<container>[^』]+)』\s?(?P<details>[^()（）]*)[)）]$")

# A parenthesised statement of responsibility after an author: `中国軍事科学院(張聿法他編-浦野起央他訳)`.
# A reviser of a later edition, `芦部信喜(高橋和之補訂)`, is an editor too, never a second author.
# The names may hold a bracketed `(他)` of their own: `ボブズボームE.J.(野口建彦(他)訳)` (an author-date list).
_OTHERS_MARK = r"[(（](?:他|ほか)[)）]"
ZONE_RESPONSIBILITY = re.compile(
    rf"[(（](?P<names>(?:[^()（）]|{_OTHERS_MARK})*(?:編|訳|監修|校訂|補訂)(?:[^()（）]|{_OTHERS_MARK})*)[)）]"
)

# A journal's issue or volume right after its 『name』: `『社会系教科教育学研究』第20 2008`, `『VOIVE』第22巻`.
# A weekly's issue named by its cover date: `『週刊新潮』12月12日号`, `『文藝春秋』2019年5月号`; an issue
# numbered within its year (`『ロシア連邦憲法裁判所通報』1996年第1号`, `『世界』1996年3号`).
ISSUE_AFTER_TITLE = re.compile(
    r"^\s?(?:第\s?\d+\s?(?:巻|号)?(?=[\s、,，(（]|$)|[Vv]ol\.|[Nn]o\.|\d+\s?(?:巻|号)"
    r"|(?:1[6-9]|20)\d\d\s?年\s?(?:第\s?)?\d+\s?号"
    r"|(?:(?:1[6-9]|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:合併)?号)"
)


def _journal_issue(rest: str) -> bool:
    """`』第20 2008`, `』第22巻第5号`: an issue of a journal; `』第1巻、創文社` and `』20巻、モスクワ、1996年` are
    volumes of a book (an imprint, publisher or place, is given for books, not for journals)."""
    match = ISSUE_AFTER_TITLE.match(rest)
    if not match:
        return False
    if match.group(0).rstrip().endswith("巻") and "号" not in rest:
        publisher = leftover_publisher(fill_details(Citation("", None, 0, 0, ""), rest))
        return publisher is None and not PLACE_JA.search(rest)
    return True


def _japanese_zone(citation: Citation, zone: str) -> str:
    """Authors and editor from the text before the title; returns the zone without them."""
    zone = SENTENCE_BEFORE_NAME.sub("", NOT_AN_AUTHOR.sub("", zone.strip()))
    responsibility = ZONE_RESPONSIBILITY.search(zone)
    if responsibility:
        zone = zone[: responsibility.start()] + zone[responsibility.end() :]
        names = re.split(r"[-‐‑–—・、]", responsibility.group("names"))
        editors = [
            re.sub(r"(?:他|ほか)?(?:編|訳|監修|校訂|補訂)$", "", n) for n in names if re.search(r"編|監修|校訂|補訂", n)
        ]
        citation.editor = editors[0] if editors else None
    citation.authors, editor = split_japanese_authors(zone)
    citation.editor = editor or citation.editor
    citation.translator = japanese_translator(zone)
    return zone


# The words of a sentence that lead into a reference inside a note: `李の批評として王徳威「…」`.
# Everything up to the last particle goes, when what follows it has no more kana (a name);
# names written in kana (`さくらももこ`) keep theirs.
SENTENCE_BEFORE_NAME = re.compile(
    r"^[^「『]*(?:として|について|によれば|では|には|は|が|を|の|も|する|した)"
    r"(?=[\u4e00-\u9fff\u30a0-\u30ffA-Z][^\u3040-\u309f]*$)"
    # a lead-in clause closed by a comma, before any name (a name may hold kana: 辻村みよ子): `学説の展開につき、`,
    # `この点につきとくに、`, `以上について、` (CALL4 意見書 甲21, 中京法学54巻3・4号 reprinted as 甲40-53),
    # `日本でも、かかる立法を提言するものとして、` (CALL4 毛塚勝利 意見書)
    r"|^[^「『。]*?(?:につき|について|については|に関しては|に関して|としては|として)(?:とくに|特に)?[、,]\s?"
)

# A translator named after the title: `J.D.サリンジャー『ライ麦畑でつかまえて』野崎孝訳(白水社、1988年)`.
TRANSLATOR_AFTER_TITLE = re.compile(rf"^\s?[、,，]?\s?(?P<names>[{_JA}A-Za-z・]{{2,30}}?)(?:監訳|訳)(?=[\s(（、,，]|$)")


def _translator_after_title(citation: Citation, rest: str) -> str:
    """Take a translator written after the title out of the rest of the note."""
    match = TRANSLATOR_AFTER_TITLE.match(rest)
    if not match:
        return rest
    citation.translator = citation.translator or match.group("names")
    return rest[match.end() :]


# The last word of a title naming an official document rather than an article: `…に関する基礎的資料`, `…調査報告書`,
# `防衛白書`, `答申`, `…の概要`.
DOCUMENT_KIND = re.compile(r"(?:資料|資料集|報告書|報告|白書|年報|答申|提言|概要|要綱|指針|計画|統計)」?$")


def parse_headline(citation: Citation, body: str) -> bool:
    """A news headline with a quotation in it, then the agency or paper and the date."""
    match = HEADLINE.match(body.strip())
    if not match or "『" in body or _title_extent(body.strip(), 0, 0) != 0:
        return False
    title = match.group("title")
    if re.search(r"(?:編|に関する|について)$", title):
        return False
    citation.title = title
    rest = fill_details(citation, body.strip()[match.end() :])
    source = clean(re.split(r"[、,，(（]", rest.strip(), maxsplit=1)[0])
    if source and ORGANISATION.search(source) and not is_news(source):
        # a public body after the title issued the document: its publisher, as after a 『title』
        # (`『各国憲法集』,憲法調査会事務局,1955年`), not a periodical holding it
        citation.publisher = source
        citation.type = "report" if DOCUMENT_KIND.search(title) else "web page" if citation.url else "book"
        return True
    citation.container = source
    citation.type = "news" if is_news(source) or (citation.date and len(citation.date) == 10) else "web page"
    return True


# The word a Japanese note puts after a periodical's 『name』 to say what it is: 誌 (magazine, journal), 紙 (newspaper):
# `『ロシア連邦』誌、モスクワ、1996年第22号`, `『イズベスチヤ』紙、1996年1月12日付`.
PERIODICAL_MARK = re.compile(r"^\s?(?P<mark>誌|紙)(?=[、,，\s(（]|$)")

# Chinese title marks: 《book》 (GB/T 7714 and Chinese-style Japanese lists: `木村汎著:《北方領土》,時事通信社`).
CHINESE_BOOK = str.maketrans("《》", "『』")


def chinese_title_marks(body: str) -> str:
    """`方詩銘、王修齡《古本竹書紀年輯證》` reads as `…『古本竹書紀年輯證』` when the note has no 『』 of its own."""
    return body.translate(CHINESE_BOOK) if "《" in body and "『" not in body else body


# A book-list line that lost the bracket opening its title (`北方領土奪還への道』 水津満/著 …`): the text before the
# first `』`, with no bracket before it, is the title.  Real: `さいはての島へ』(さいはてのしまへ、原題: …)`
# (ja.m.wiki.x.io, a Wikipedia mirror that dropped the `『`).
UNOPENED_BOOK_TITLE = re.compile(r"^(?P<title>[^『』「」()（）]{2,60})』")
# An edition statement in angle brackets in a book's title (`『〈新訂増補版〉密漁の海で』`; Amazon's
# `闇をひらく光 〈新装版〉: 19世紀における照明の歴史`, `歴史としての日韓国交正常化II〈新装版〉`, as a blog's book list
# in a public repository gives them): it tells the edition, not the work's name (cf. `without_edition`).
EDITION_IN_ANGLES_JA = re.compile(r"\s?[〈<＜][^〈〉<>＜＞]{0,8}版[〉>＞]")
# An author written after the title without a role word, before the publisher, as reading lists do:
# `『藤村詩抄』 島崎藤村 岩波文庫`, `『地獄変』 芥川龍之介 岩波文庫` (麻布学園 reading list, paperzz 5442546).
# The name is 2-6 Han characters that UniDic tags 人名 and a publisher or a series follows it.
BARE_AUTHOR_AFTER_TITLE = re.compile(rf"^\s(?P<name>[\u4e00-\u9fff]{{2,6}})\s(?=[{_JA}A-Za-z])")
# The last words of a publisher's series or imprint, never of a person's name (`岩波文庫`, `中公新書`).
SERIES_END_JA = re.compile(r"(?:文庫|新書|選書|叢書|ブックレット|ライブラリー)$")


def without_edition_ja(title: str | None) -> str | None:
    """A Japanese title without its bracketed edition statement (`〈新装版〉`)."""
    return EDITION_IN_ANGLES_JA.sub("", title or "").strip() or title


def _reopen_book_title(body: str) -> str:
    """Give a title whose opening `『` was lost its bracket back."""
    match = UNOPENED_BOOK_TITLE.match(body)
    return "『" + body if match and "『" not in body[match.end() :] else body


def _bare_author_after_title(citation: Citation, rest: str) -> str:
    """Take an author named after the title without a role word (`』 高野雄一 岩波ブックレット(1986.5)`)."""
    from pipeline.extractors.citation_generic import is_japanese_name

    match = BARE_AUTHOR_AFTER_TITLE.match(rest)
    if not match or citation.authors:
        return rest
    name = match.group("name")
    if PUBLISHER_END.search(name) or SERIES_END_JA.search(name) or not is_japanese_name(name):
        return rest
    citation.authors = [name]
    return rest[match.end() :]


# An opening double quote still open before the first bracket: the 「」 stand inside a quoted title (SIST
# `中央教育審議会. “教育振興基本計画について-「教育立国」の実現に向けて-(答申)”.`), so 「」 do not delimit the work.
INSIDE_DOUBLE_QUOTES = re.compile(r"“[^”]*$")


def parse_japanese(citation: Citation, body: str) -> bool:
    """`著者『書名』出版社、年、頁`, `著者「論文」『誌名』巻号(年月)頁`, `著者「章」編者編『書名』年, p.`."""
    body = _reopen_book_title(chinese_title_marks(body))
    quoted = QUOTED_BEFORE_BOOK.match(body)
    if quoted:  # `"title" 『book』` reads as `「title」『book』`
        body = f"{quoted.group('zone')}「{quoted.group('title')}」{body[quoted.end() :]}"
    groups = bracket_groups(body)
    if not groups:
        return False
    opener, start, end = groups[0]
    zone = body[:start]
    if re.search(r"[。]", zone) or len(zone) > 60 or INSIDE_DOUBLE_QUOTES.search(zone):
        return False
    zone = _japanese_zone(citation, zone)
    year = AUTHOR_YEAR.search(zone)
    if year:
        citation.date = year.group("y") or year.group("y2")
    title_end = _title_extent(body, start, end)
    citation.title = clean(body[start + 1 : end - 1]) if title_end == end else body[start:title_end]
    rest = body[title_end:]
    second = next((g for g in groups[1:] if g[1] >= title_end), None)
    source = SOURCE_IN_TITLE.match(citation.title or "") if opener == "「" else None
    if source:
        _source_in_title(citation, source)
        return True
    if opener == "「" and second and second[0] == "『":
        between = body[title_end : second[1]]
        _, editor = split_japanese_authors(between)
        citation.editor = editor or citation.editor
        dated = None if citation.date else find_date(between)[0]
        if dated:  # Wikipedia's `堀新「…」2000年(『人民の歴史学145』)`: the year before the journal
            citation.date = dated
        citation.container = clean(body[second[1] + 1 : second[2] - 1])
        citation.type = "journal article"
        rest = body[second[2] :]
    elif opener == "『":
        mark = PERIODICAL_MARK.match(rest)
        if mark:  # `『ロシア新聞』紙、1997年2月6日号`: an issue of a paper or magazine, cited without an article
            rest = rest[mark.end() :]
        if mark or (_journal_issue(rest) and not is_news(citation.title)):  # a journal issue, not a book
            citation.type, citation.container, citation.title = "journal article", citation.title, None
            if mark and mark.group("mark") == "紙":
                citation.type = "news"
            if citation.authors and ORGANISATION.search(citation.authors[0]):
                citation.publisher, citation.authors = citation.authors[0], []
            fill_details(citation, rest)
            return True
        citation.type = "news" if is_news(citation.title) and not citation.authors else "book"
        if citation.type == "news":
            citation.container, citation.title = citation.title, None
        rest = _translator_after_title(citation, rest)
        responsible = TITLE_FIRST_NAMES.match(rest) if not zone.strip() else None
        if responsible:  # `『書名』田中英夫[ほか]著 東京大学出版会, 1974.12`
            citation.authors, citation.editor = split_japanese_authors(responsible.group("names"))
            rest = _translator_after_title(citation, rest[responsible.end() :])  # `…著 加藤幸広訳 共同通信社`
        elif not zone.strip():
            rest = _bare_author_after_title(citation, rest)
        citation.title = without_edition_ja(citation.title)
    else:
        citation.type = "book"
        container = re.match(rf"^\s?(?P<name>[{_JA}A-Za-z]+?)\s?(?=第?\d+[巻号]|Vol|vol|No|no)", rest)
        if container:
            citation.type = "journal article"
            citation.container = container.group("name")
            rest = rest[container.end() :]
        elif is_news(clean(re.split(r"[、,\d(]", rest.strip(), maxsplit=1)[0])):
            citation.type = "news"
            citation.container = clean(re.split(r"[、,\d(]", rest.strip(), maxsplit=1)[0])
            rest = rest.strip()[len(citation.container) :]
    if title_end != end and GOVERNMENT_DOCUMENT.search(citation.title or ""):
        citation.type = "government document"
        if zone.strip().endswith("提出"):
            citation.title, citation.authors = zone.strip() + citation.title, []
    rest = FURTHER_REFERENCE.split(rest, maxsplit=1)[0]
    dated_before = year is not None or (opener == "「" and citation.date is not None)
    rest = fill_details(citation, re.sub(r"〔[^〕]*〕", " ", rest), keep_date=dated_before)
    if not citation.pages:
        bare = BARE_PAGES.search(rest)
        if bare and bare.group("last"):  # `第73巻,第1号,2001年, 1~15`
            citation.pages = page_range(bare.group("first"), bare.group("last"))
    if citation.type != "news":
        citation.publisher = leftover_publisher(rest)
        citation.editor = citation.editor or responsibility_editor(rest)
    if citation.container and citation.type in ("book", "journal article", "news"):
        citation.type = _part_type(citation)
    elif citation.type == "book" and citation.url and not citation.date and not citation.isbn:
        citation.type = "web page"
    return True


# A second reference or a comment with one after the first reference's details:
# `…39-54頁、図表は拙論「アメリカ海軍太平洋進出史」(『VOIVE』…)から転載。`
FURTHER_REFERENCE = re.compile(r"[、,，。][^、,，。「『]*[「『]")


def _part_type(citation: Citation) -> str:
    """A 「part」 of a 『whole』: a journal article when the whole is numbered (巻・号), a newspaper
    article when it is a paper or dated to the day, else a chapter of a book."""
    if is_news(citation.container):
        return "news"
    if citation.volume or citation.issue:
        return "journal article"
    if citation.editor or (citation.publisher and citation.pages):
        return "chapter"
    if citation.date and len(citation.date) == 10:
        return "news"
    return "journal article"


def _source_in_title(citation: Citation, source: re.Match[str]) -> None:
    """`「title(『paper』date)」` gives the article's own source; what follows is where it is quoted."""
    citation.title = clean(source.group("title"))
    citation.container = source.group("container")
    citation.date = None
    fill_details(citation, source.group("details"))
    citation.type = _part_type(citation)


# Names after a title-first entry, ending in their role: `田中英夫[ほか]著 `, `指宿信 編著 `.
TITLE_FIRST_NAMES = re.compile(rf"^\s?(?P<names>[{_JA}・、\[\]\s]+?(?:編著|著|編))\s")

# Official papers named by what they are: `…に関する質問に対する答弁書`, `…白書`, `…報告書`.
GOVERNMENT_DOCUMENT = re.compile(r"(?:答弁書|質問主意書|白書|報告書|議事録|会議録)$")


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
    r"(?=\s*(?:,|\(|(?<!\bSt)\.\s|\.?$|\s(?:vol\.|Vol\.|no\.|No\.|Т\.|№)|\s\d))"
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
    r"(?=,\s(?:[Тт]|[Вв]ып|[Vv]ol|[Nn]o)\.\s?\d|,\s[№N]\s?\d)"
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
    head = DOTTED_JOURNAL_HEAD.match(rest) or CONTAINER_HEAD.match(rest)
    if head and clean(head.group("container")) and not re.match(r"^\s*(?:pp?\.|С\.)", rest):
        citation.container = clean(head.group("container"))
        rest = rest[head.end() :]
        imprint = BOOK_IMPRINT.match(rest) if re.match(r"\s*[Ii]n:?\s", head.group(0)) else None
        if imprint:  # `‘Chapter’ in: Book (Washington, DC: Publisher, April 1994), pp. 92–3`
            citation.publisher, citation.date = split_imprint(imprint.group("imprint"))
            rest = rest[imprint.end() :]
            citation.type = "chapter"
        volume = None if APA_VOLUME.match(rest) else CHICAGO_VOLUME.match(rest)
        if volume and _online(citation) and SITE_NUMBER_END.match(rest[volume.end() :]):
            citation.container, rest = f"{citation.container} {volume.group('vol')}", rest[volume.end() :]
            volume = None  # `France 24. 13 May 2017. Retrieved …`: the number ends the site's name
        if volume:  # `Morphology 24, no. 4`, `Science 236: 957-59`
            citation.volume = volume.group("vol")
            rest = (f"): {volume.group('colon')}" if volume.group("colon") else "") + rest[volume.end() :]
        bare_volume = BARE_VOLUME.match(rest) if volume is None else None
        if bare_volume and not FIRST_YEAR.fullmatch(bare_volume.group("vol")):
            citation.volume, rest = bare_volume.group("vol"), rest[bare_volume.end() :]
        second = SITE_PUBLISHER.match(rest) if _online(citation) and not citation.volume else None
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
    citation.type = "chapter" if citation.type == "chapter" else _western_type(citation)
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
    return bool(container) and unnumbered and named and _online(citation)


def _online(citation: Citation) -> bool:
    """Read on the web: a URL, or an access date (`2025年1月3日閲覧`) where the link was not printed."""
    return bool(citation.url or citation.accessed)


# A byline's date in brackets before the title, with a month (a bare `(2019)` is AUTHOR_YEAR's).
BYLINE_FULL_DATE = re.compile(
    r"\s?\((?P<date>[^()]*?(?:[A-Za-z]{3,}|月)[^()]*?(?:1[6-9]|20)\d\d[^()]*|(?:1[6-9]|20)\d\d年\d{1,2}月[^()]*)\)\.?\s*$"
)


# A volume number right after a journal's name (Chicago, APA without issue).
CHICAGO_VOLUME = re.compile(r"^\s?(?P<vol>\d+)(?:\s?:\s?(?P<colon>\d+(?:\s?[-–]\s?\d+)?))?(?=[,\s(:.]|$)")
# A bare locator after a comma: `Journal of Financial Economics 39, 181-208.`, `…, 2010, 12, …`.
BARE_PAGES = re.compile(r"(?:^|,)\s?(?P<first>\d{1,4})(?:\s?[-–~〜−]\s?(?P<last>\d{1,4}))?(?=\s?(?:,|\.?\s*$))")


def page_range(first: str, last: str | None) -> str:
    """`325`, `50` → `325-50`: an abbreviated last page stays as written (gold convention: `122–33` = `122-33`),
    since the reader of the record sees what the note says and expanding guesses at the page count."""
    return f"{first}-{last}" if last else first


def _western_type(citation: Citation) -> str:
    if citation.title and TREATY_WORDS.match(citation.title) and not citation.authors:
        return "treaty"
    if is_news(citation.container) and not (citation.volume or citation.issue):
        return "news"
    if citation.container and (citation.volume or citation.issue or citation.pages):
        return "journal article"
    if citation.container and citation.date and len(citation.date) == 10 and citation.url:
        return "news"
    if _online(citation) and not (citation.volume or citation.issue):
        return "web page"
    return "journal article" if citation.container else "book"


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
_ABBREVIATIONS = ("[A-Z]", "vol", "Vol", "no", "No", "pp", "p", "ed", "Ed", "eds", "St", "Dr", "Mr", "Jr", "al")
ELEMENT_END = re.compile("".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS) + r"[.．]\s+(?=\S)")


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


# GOST 7.0.5 / 7.1 (Russian): `Петров В. И. Тренды рынка // Вопросы экономики. – 2021. – Т. 103, № 5. – С. 75–94.`
# GOST's element separator is `. – ` (typed as `. - ` too); `М.:` / `СПб.:` open the imprint.
# The older GOST 7.1-84 of Soviet notes has no dashes: `… Стеногр. отчет. Том I. М., 1989. С. 9.` (place,
# comma, year).
# Transliterated lists write the capitals in Latin letters (`… obschestve. M., 2004. S. 172.`).
RU_PLACE = r"(?:М|СПб|Л|К|Мн|Киев|Минск|Новосибирск|Свердловск|Екатеринбург|Казань|Ростов н/Д|M|SPb)"
GOST_MARK = re.compile(
    rf"\s//\s|\.\s[–—-]\s|(?:^|\s){RU_PLACE}\.?\s?:\s?(?=[А-ЯЁA-Z«\"])|(?:^|\s){RU_PLACE}\.?,\s(?:1[6-9]|20)\d\d\b|\d+\sс\.$"
    r"|\[Электронный ресурс\]"
    r"|(?:\.\s|\s[–—])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁа-яё][а-яё]+)?\s:\s[^,:]{2,60},\s(?:1[6-9]|20)\d\d\b"
)
# (The last alternative is GOST 7.1's spelled-out place before the spaced colon of the imprint, `. Владимир : Нац. парк
# «Мещера», 2006.`, `. Шахты : Изд-во ЮРГУЭС, 2006.`, a city the abbreviation list RU_PLACE does not hold.)
# A surname, maybe double-barrelled with both parts capitalised (`Тер-Минасова`, `Iakovleva-Chernysheva`), with the
# letters Ukrainian adds to Russian's (`Юрій С. І.`, Ukrainian lists follow the same ДСТУ/GOST layout), or a Western
# `Mc` name (`McConnel M. L.` in a Russian list of English works).
_GOST_SURNAME = r"(?:Mc(?=[A-Z]))?[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ']+(?:-[A-ZА-ЯЁІЇЄҐa-zа-яёіїєґ][a-zа-яёіїєґ']+)*"
# An initial: one capital, or a digraph transliterating a foreign name (`Дж.` John, `Ch.`): `Кейнс Дж. М.`.
_GOST_INITIAL = r"(?:[A-ZА-ЯЁІЇЄҐ]|Дж|Ch|Sh|Zh)\."
GOST_AUTHOR = re.compile(
    rf"^(?P<author>{_GOST_SURNAME},?\s(?:{_GOST_INITIAL}\s?){{1,3}}|(?:{_GOST_INITIAL}\s?){{1,3}}{_GOST_SURNAME})\s(?=\S)"
)
# Several authors before the title, initials spaced or not, maybe closed by `и др.`/`et al.` (not a name):
# `Головистикова А.Н., Пиголкин А.С. и др. Теория …`, `Rayanov F. M., Minniahmetov R. G., Ponomarev D. A. Pravo …`.
_GOST_NAME = _GOST_SURNAME + rf"\s{_GOST_INITIAL}(?:\s?{_GOST_INITIAL}){{0,2}}"
GOST_AUTHOR_LIST = re.compile(
    rf"^(?P<authors>{_GOST_NAME}(?:,\s?{_GOST_NAME})+|{_GOST_NAME}(?=\s(?:и\sдр|et\sal)\.))"
    r"(?:,?\s(?:и\sдр|et\sal)\.)?\s(?=\S)"
)
# The imprint: place (`М.`, `СПб.`: a city, never the publisher), publisher, year (`М.: Проспект,2012`).
GOST_PUBLISHER = re.compile(
    r"(?:^|[.–—-]\s|\.\s[–—])(?P<place>[A-ZА-ЯЁ][\w.-]{0,15}?)\.?\s?:\s?(?P<publisher>[^,:]+?),\s?(?P<year>(?:1[6-9]|20)\d\d)"
)
# Two publishers after an abbreviated place (GOST 7.1 §5.4.2): joined by ` : ` (`М.: Норма: ИНФРА-М, 2018`,
# `М.: ИД «ФОРУМ»: ИНФРА-М, 2008`) or, in older lists, by a comma (`М.: ЮНИТИ-ДАНА, Закон и право, 2001`);
# the second holds no digit, so `М.: Юрайт, 2018, 367 с.` stays one publisher.
GOST_PUBLISHERS = re.compile(
    rf"(?:^|[.–—-]\s){RU_PLACE}\.\s?:\s?(?P<publisher>[^,:]+?(?:\s?:\s?|,\s)[^,:\d]+?),\s?(?P<year>(?:1[6-9]|20)\d\d)"
)
# The imprint as a catalogue that separates every element by `. — ` gives it: the year after the publisher's own
# full stop, `Москва : ЮНИТИ-ДАНА. — 2020. — №8` (rucont.ru, the comma of GOST 7.1 §5.4 printed as ` .— `).
GOST_PUBLISHER_DASHED = re.compile(
    r"(?:^|[.–—-]\s)(?P<place>[A-ZА-ЯЁ][\w.-]{0,15}?)\.?\s:\s(?P<publisher>[^,:.—–]+?)\.\s[–—]\s"
    r"(?P<year>(?:1[6-9]|20)\d\d)(?!\d)"
)
# The imprint of older lists that close the publisher with a full stop before the year (GOST 7.1-84, `. — М.:
# Экономика. 1993.`, `М.: Наука. — 1985.`): taken after an abbreviated place only, as `X. 1993.` is common elsewhere.
GOST_PUBLISHER_PERIOD = re.compile(
    rf"(?:^|[.–—-]\s){RU_PLACE}\.?\s?:\s?(?P<publisher>[^,:.—–]+?)\.\s(?:[–—-]\s)?(?P<year>(?:1[6-9]|20)\d\d)(?!\d)"
)
# The collection a part was published in, GOST 7.1-84's `В сб.:` / `В кн.:` (in the collection / book), the older
# form of ` // `: `… экономии. В сб.: Политическая экономия и воспроизводство. - М.: ИЭ РАН, 2009.`
GOST_IN_COLLECTION = re.compile(
    rf"\.\s[ВB]\s(?:сб|кн)\.\s?:\s?(?P<container>.+?)(?=\.\s[–—-]\s|\.\s{RU_PLACE}\.?\s?[:,]|\.?$)"
)
# The notes area of a catalogue record (GOST 7.1 §5.9): where the bibliography, appendix or index sits in the book
# (`Библиогр.: с. 672-677`, `Прил.: с. 425-484`, `Предм. указ.: с. 488-492`); never the pages cited.
GOST_NOTES_AREA = re.compile(r"(?:Библиогр|Прил|Имен\.\sуказ|Предм\.\sуказ)\.?:\s?с\.\s?\d+(?:\s?[-–]\s?\d+)?")
# Where the title ends: ` / ` (responsibility), ` // ` (host), `. – ` (next element), or the imprint's
# place, after `. ` or after a bare dash (`права – М.: Проспект`).
# A volume (`. Том I.`, `. Т. 2.`, `. Вып. 3.`) or an old-style imprint (`. М., 1989.`) ends it too.
GOST_TITLE_END = re.compile(
    r"\s?(?<!/)/\s(?!/)|\s//\s|\.\s[–—-]\s|\s=\s|\.\s(?=[ВB]\s(?:сб|кн)\.\s?:)|\s[–—-]\s(?=[A-ZА-ЯЁ][\w.-]{0,15}?\.?\s?:\s)"
    r"|\.\s(?=(?:[A-ZА-ЯЁ][\w.-]{0,15}?\.?\s?:\s)|(?:1[6-9]|20)\d\d\.)"
    rf"|\.\s(?=(?:Том|Т\.|Вып\.|Ч\.)\s?[\dIVXLC]+\.|{RU_PLACE}\.?,\s(?:1[6-9]|20)\d\d\b|{RU_PLACE}\.?\s?:)"
)
# The genre GOST names after a statute's title (`О защите прав потребителей: федер. закон`): not title.
GOST_STATUTE_GENRE = re.compile(
    r":\s?(?:федер(?:\.|альный)\s?(?:конституц(?:\.|ионный)\s?)?закон|закон|указ|офиц\. текст)"
)
# An abbreviation whose period ends a GOST title (`на 15 янв. 1999 г.`): the period stays.
RU_FINAL_ABBREVIATION = re.compile(r"\s(?:г|гг|изд|доп|испр|перераб)\.$")
# An author written in full, without initials, before the title of a GOST article (Chinese and Korean
# names in Russian journals: `Чжоу Шэннань Взаимодействие СМИ … // Меди@льманах.`): two capitalised
# words, the second not an adjective (`Русская Православная Церковь …` is a title), then the title's
# capitalised first word (Russian titles are in sentence case).
GOST_FULL_NAME = re.compile(
    r"^(?P<author>[А-ЯЁ][а-яё-]+\s[А-ЯЁ][а-яё-]+(?<!ая|яя|ое|ее|ые|ие|ый|ой|ых|их)(?<!ого|его))\s(?=[А-ЯЁ][а-яё]+\s)"
)
# Other title information GOST adds after a colon, or as a sentence of its own before ` / ` (older lists:
# `… квалификация. Учебное пособие / Кисин В.Р.`): `: Учебник`, `: офиц. текст`, `: монография`; a thesis's
# `: дис. … канд. юрид. наук` / `: автореф. дис. …` and a web site's `: сайт` (GOST R 7.0.5 §5, 7.0.100 examples).
_GOST_GENRE = (
    r"(?:[Уу]чебник|[Уу]чеб(?:ное|\.)\sпособие|[Мм]онография|офиц\.\sтекст|[Сс]б\.\sст\."
    r"|[Сс]борник(?:\sнаучных)?\s(?:статей|трудов)|[Кк]урс\sлекций|[Хх]рестоматия"
    r"|(?:автореф\.\s)?дис(?:\.|сертация)(?=\s(?:\.\.\.|…|на\sсоиск|канд|д-ра))|сайт(?=\s?/|$))"
)
# The designations that say what kind of work a GOST record describes: a thesis or a web site.
GOST_DESIGNATION = re.compile(
    r":\s(?:(?:автореф\.\s)?(?P<thesis>дис(?:\.|сертация))\s(?:\.\.\.|…|на\sсоиск|канд|д-ра)|(?P<site>сайт)\s?/)"
)
# After a colon the genre opens the other title information, which runs to the end of the title area with
# the audience, parts and an edition statement typed without its `. – ` (`: Учебник для 10 кл. … В 2 ч`,
# `: Учебник для вузов. 2-е изд, изм. и доп.`); as a sentence of its own it takes only its audience.
GOST_TITLE_INFO = re.compile(rf":\s?{_GOST_GENRE}(?![а-яё]).*$|\.\s{_GOST_GENRE}(?:\s(?:для|по)\s[^:.]+)?\.?$")
# Authors named in the statement of responsibility (`… / Кисин В.Р. - М.: …`, `/ И. И. Иванов, П. П. Петров.`)
# when none stands before the title.
GOST_RESPONSIBLE = re.compile(
    r"\s/\s(?P<who>(?:[А-ЯЁ][а-яё-]+\s(?:[А-ЯЁ]\.\s?){1,2}|(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+)"
    r"(?:,\s(?:[А-ЯЁ][а-яё-]+\s(?:[А-ЯЁ]\.\s?){1,2}|(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+))*)(?=\s?[-–—.;]|$|\s\[и\sдр\.\])"
)
# (Its words may be abbreviated as GOST 7.0.12 does: `/ Иван. гос. ун-т`, `/ Рос. акад. наук`.)
# A body named as the statement of responsibility of a site or a report (GOST R 7.0.100 §6.3, `… : сайт / Российская
# государственная библиотека. – Москва : РГБ`, `… / Федеральная служба государственной статистики. – М.`): its
# author when no person stands before the title; the head word makes it an organisation, not a title.
GOST_CORPORATE = re.compile(
    r"\s/\s(?P<body>[А-ЯЁ][а-яё-]+\.?(?:\s[а-яё-]+\.?){0,4}\s(?:библиотека|университет|институт|академия|министерство"
    r"|служба|агентство|комитет|палата|банк|суд|ун-т|ин-т|акад\.)(?:\s[а-яёА-ЯЁ«»\"-]+){0,6}?)(?=\.\s?[-–—]|\.?$|;)"
)
# A name ending in a one-letter abbreviation (`Юрайт М.`), whose period `clean` dropped.
INITIAL_END = re.compile(r"\s[А-ЯЁA-Z]$")
# A conference's proceedings as host (`// Proceedings of IAME Conference`, `// Proc. of the … Conference`, `// Труды …`,
# `// Материалы … конференции`): its papers are chapters of a volume, not journal articles.
PROCEEDINGS_HOST = re.compile(r"(?:Proceedings|Proc\.)\s(?:of|o\sf)\s|(?:Труды|Материалы)\s")
# The place and dates of the meeting after a proceedings' name: `(Marseille, France, 3-5 July 2013)`.
MEETING_PLACE_DATE = re.compile(r"\s\([^()]*(?:1[6-9]|20)\d\d\)$")
GOST_STATUTE = re.compile(r"федер\.\s?закон|[Фф]едеральный закон|[Кк]онституция|[Кк]одекс|[Уу]каз")


# The host after ` // `: to the next GOST area (`. – `) when the note has areas, since a host's name may hold
# abbreviations (`// Вест. высш. шк. — 1982.`, `// Актуальные проблемы права : материалы междунар. науч.
# конф. (г. Москва, 2015 г.). – М. : Буки-Веди`); else to the first period (`// Вопросы философии. 2014.`).
GOST_HOST_TO_AREA = re.compile(r"\s//\s(?P<container>.+?)(?=\.\s[–—-]\s)")
GOST_HOST = re.compile(r"\s//\s(?P<container>.+?)(?=\.\s|\.$|$)")
# An abbreviated host runs over its inner periods up to the year or number (`// Изв. вузов. Правоведение. 1994.
# № 3.`, `// Вестн. Моск. ун-та. Сер. 11, Право. 2010. № 2.`): taken when its first segment is an abbreviation.
# Western hosts in a Russian list abbreviate a later word, or to one letter (`// J. Transport Geography. 2010. Vol. 18`,
# `// International J. Production Economics. 2009.`, `// Transportation Res. Part A: Policy and Practice 78. 2015.`);
# a volume number glued to the name and a bracketed meeting place and date (`// Proc. of the … Conference (Osaka,
# Japan, 21-26 June 2009). 2009.`) are no part of it.
GOST_ABBREVIATED_HOST = re.compile(
    r"\s//\s(?P<container>(?:[^\d./]+?\s)??[А-ЯЁA-Z][а-яёa-z]{0,5}\.\s[^\d]+?)(?:\s\d+|\s\([^()]+\))?"
    r"(?=\.\s(?:(?:1[6-9]|20)\d\d|№|[ТтС]\.|Vol\.|No\.)|,\s(?:1[6-9]|20)\d\d)"
)
# Other title information after ` : ` (`: материалы междунар. науч. конф.`): not part of the host's name.
GOST_OTHER_TITLE = re.compile(r"\s:\s")

# The act's own date in a GOST statute record, before the host (`О противодействии терроризму: федер. закон … от
# 06.03.2006 г. No 35-ФЗ … // Рос. газета. 2006. 10 март.`): a statute is dated by its signing, not by the gazette
# issue that printed it; the issue's date stays only when the record gives no act date (`… // Российская газета.
# 1992. 7 апреля.`).
GOST_ACT_DATE = re.compile(r"\sот\s(?P<date>\d{1,2}\.\d{1,2}\.(?:1[6-9]|20)\d\d)(?!\d)")


# Other-title information the cataloguer supplies in square brackets after a host's name (GOST R 7.0.5 / ISBD):
# `// Новая Россия: [библиогр. указ.]`, `// Российская газета : [сайт]`; cut even when the host's match
# stopped at the abbreviation's full stop (`Новая Россия: [библиогр`).
SUPPLIED_OTHER_TITLE = re.compile(r"\s?:\s?\[[^\]]*\]?$")


def _restore_quote(raw: str, cleaned: str | None) -> str | None:
    """Put back the quote `clean` stripped from a title that opens or closes with a quoted phrase
    (`"Рабочий вопрос" и конец …`, `… Серия "Экономика"`): an odd count of quotes means one was lost."""
    if not cleaned or cleaned.count('"') % 2 == 0:
        return cleaned
    if raw.startswith('"') and not cleaned.startswith('"'):
        return '"' + cleaned
    if raw.endswith('"') and not cleaned.endswith('"'):
        return cleaned + '"'
    return cleaned


# An abbreviated place whose full stop text extraction moved off it (`- М .: АСТ: Астрель, 2011.`, cyberleninka).
SPACED_PLACE_STOP = re.compile(rf"(?P<place>\s{RU_PLACE})\s\.(?=\s?:)")


def parse_gost(citation: Citation, body: str) -> bool:
    text = SPACED_PLACE_STOP.sub(r"\g<place>.", GOST_NOTES_AREA.sub(" ", body)).strip()
    if not GOST_MARK.search(text) or citation.language not in ("ru", "uk", "fr", "de", "en"):
        return False
    listed = GOST_AUTHOR_LIST.match(text)
    author = GOST_AUTHOR.match(text) or (GOST_FULL_NAME.match(text) if " // " in text else None)
    if listed:
        citation.authors = re.split(r",\s?", listed.group("authors"))
        text = text[listed.end() :]
    elif author and not GOST_STATUTE.match(text):
        citation.authors = [author.group("author").strip()]
        text = text[author.end() :]
    responsible = GOST_RESPONSIBLE.search(text) if not citation.authors else None
    if responsible:
        citation.authors = [who.strip() for who in responsible.group("who").split(", ")]
    corporate = GOST_CORPORATE.search(text) if not citation.authors else None
    if corporate:
        citation.authors = [corporate.group("body")]
    editor = re.search(rf"[Пп]од ред\.\s(?P<ed>.+?)(?=\.\s[–—]|;|$|\.\s{RU_PLACE}\.?,?\s?:?\s)", text)
    if editor:
        citation.editor = editor.group("ed").strip()
    title_end = GOST_TITLE_END.search(text)
    title = text[: title_end.start()] if title_end else text
    title = re.sub(r"\s?\[[^\]]*\]|\s?URL:?$", "", title)
    genre = GOST_STATUTE_GENRE.search(title)
    if genre:  # `О защите прав потребителей: федер. закон`
        title = title[: genre.start()]
    title = GOST_TITLE_INFO.sub("", title).strip()
    kept = "." if RU_FINAL_ABBREVIATION.search(title) else ""
    citation.title = clean(title) + kept if clean(title) else None
    citation.title = _restore_quote(title.strip(" ."), citation.title)
    container = (
        GOST_IN_COLLECTION.search(text)
        or GOST_HOST_TO_AREA.search(text)
        or GOST_ABBREVIATED_HOST.search(text)
        or GOST_HOST.search(text)
    )
    if container:
        host = clean(GOST_OTHER_TITLE.split(container.group("container"), maxsplit=1)[0]) or ""
        host = SUPPLIED_OTHER_TITLE.sub("", host)
        abbreviated = ". " in host and re.search(r"(?:^|\s)[А-ЯЁа-яё]{1,4}$", host)
        citation.container = host + "." if abbreviated else host or None  # `Вест. высш. шк.` keeps its period
    publisher = (
        GOST_PUBLISHERS.search(text)
        or GOST_PUBLISHER.search(text)
        or GOST_PUBLISHER_DASHED.search(text)
        or GOST_PUBLISHER_PERIOD.search(text)
    )
    if publisher:
        citation.publisher = clean(publisher.group("publisher"))
        if citation.publisher and INITIAL_END.search(citation.publisher):  # `Юрайт М.` keeps its period
            citation.publisher += "."
        citation.date = publisher.group("year")
    details = text[container.end() :] if container else text[title_end.end() if title_end else len(text) :]
    fill_details(citation, re.sub(r"\d+\sс\.|\d+\sp\.$", " ", details), keep_date=bool(publisher))
    # an authored work about a code (`Труфанов М.Е. Квалификация … кодекса РФ …`) is no statute
    official = (not citation.publisher or "офиц. текст" in text) and not citation.authors
    if GOST_STATUTE.search(text[: title_end.start()] if title_end else text) and official:
        citation.type = "statute"  # a publisher's edition of a code (`М. : Проспект`) is a book, unless official
        adopted = GOST_ACT_DATE.search(text.split(" // ")[0])
        citation.date = find_date(adopted.group("date"))[0] if adopted else citation.date
    elif citation.container and is_news(citation.container):
        citation.type = "news"
    elif citation.container:  # a volume with a publisher (proceedings, a collection) holds chapters
        proceedings = PROCEEDINGS_HOST.match(citation.container)
        if proceedings:  # `Proceedings of IAME Conference (Marseille, France, 3-5 July 2013)`: the meeting's dates
            citation.container = MEETING_PLACE_DATE.sub("", citation.container)
        citation.type = "chapter" if citation.publisher or proceedings else "journal article"
    elif citation.url and not citation.publisher:
        citation.type = "web page"
    else:
        citation.type = "book"
    designation = GOST_DESIGNATION.search(text)
    if designation and citation.type == "book":  # `: дис. … канд. … наук` / `: сайт`
        citation.type = "web page" if designation.group("site") else "thesis"
    return True


# GOST R 7.0.5-2008 §7 repeated footnote (повторная ссылка): the authors and title of a work cited in full before,
# or its title shortened by an ellipsis, then only the page, no imprint:
#   `Гаврилов В. П., Ивановский С. И. Общество и природная среда. С. 81.`, `Геоинформационное моделирование … С. 28.`
# A title opens with a capital and holds no year, no ` / `, ` // ` or imprint colon (those mark a full reference).
GOST_REPEATED = re.compile(
    rf"^(?:(?P<authors>{_GOST_NAME}(?:,\s?{_GOST_NAME})*)\s)?(?P<title>[А-ЯЁ][^/\d:]{{3,200}}?)"
    r"(?P<ellipsis>\s?(?:\.\.\.|…))?\.?\s[Сс]\.\s?(?P<first>\d{1,4})(?:\s?[-–]\s?(?P<last>\d{1,4}))?\.?$"
)


def parse_gost_repeated(citation: Citation, body: str) -> bool:
    """A repeated GOST footnote points back to the full one; resolve_back_references finds which by its first
    author and title, or by the title alone when the footnote names no author."""
    match = GOST_REPEATED.match(body.strip())
    if not match or citation.language not in ("ru", "uk") or not (match.group("authors") or match.group("ellipsis")):
        return False
    citation.type = "back reference"
    citation.authors = re.split(r",\s?", match.group("authors")) if match.group("authors") else []
    citation.title = match.group("title").strip(" .")
    citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# Architecture and engineering lists (日本建築学会 and others): names, a colon with no spaces, then the title and the
# other elements separated by commas, the year and month last (`1992.8`):
#   `小林秀樹:集住のなわばり学, 彰国社,pp.107-110,1992.8` (book),
#   `小林秀樹,鈴木成文:集合住宅における共有領域の形成に関する研究 その1,共有領域の構造, 日本建築学会論文報告集,
#   第 307 巻,pp.102-111,1981.9` (journal article; a numbered part `その1` keeps its subtitle after the comma).
COLON_COMMA_JA = re.compile(
    rf"^(?P<names>[{_JA}\s]{{2,14}}(?:[,，、・][{_JA}\s]{{2,14}}){{0,8}}(?:ほか|他)?)"
    r"[:：](?P<rest>[^:：].+)$"
)
# A numbered part of a series of papers, whose own subtitle follows a comma: `その1,共有領域の構造`, `第2報,`.
SERIES_PART = re.compile(r"(?:その|第)\s?\d+(?:報)?$")
# A volume or issue element of a journal: `第 307 巻`, `Vol.12`, `12巻3号`, `第495号`, `386号`, `No.1122`.
VOLUME_ELEMENT = re.compile(
    r"^(?:第\s?(?P<vol>\d+)\s?巻|[Vv]ol\.\s?(?P<vol2>\d+)|(?P<vol3>\d+)\s?巻\s?(?:(?P<no>\d+)\s?号)?"
    r"|第?\s?(?P<no2>\d+)\s?号|No\.\s?(?P<no3>\d+))$"
)
# What is left of a date element without its digits and date words (`1981.9`, `2005 年7 月`): nothing.
DATE_ONLY = re.compile(r"[\d\-年月日./\s]")


def parse_colon_comma_ja(citation: Citation, body: str) -> bool:
    """Names before a bare colon, then comma-separated elements: a journal when a volume or pages follow a name that
    is no publisher's, else a book from its publisher."""
    match = COLON_COMMA_JA.match(body.strip().rstrip(".．"))
    if not match or citation.language != "ja" or re.search(r"『|[:：]\s?「", body):
        return False  # `著者「論文」『誌』` is the bracket styles' (a 「」 inside the title is not: `町家の「梁組」`)
    parts = split_top_level(match.group("rest"), ",，、")
    if len(parts) < 2:
        return False
    named = [p for p in parts[1:] if not (VOLUME_ELEMENT.match(p) or find_pages(p)[0] or find_date(p)[0])]
    if len(named) > 1 and SERIES_PART.search(parts[0]):  # the part's subtitle, then the journal's name
        parts = [f"{parts[0]},{parts[1]}", *parts[2:]]
    citation.authors, citation.editor = split_japanese_authors(match.group("names").replace(",", "、"))
    citation.title = clean(parts[0])
    names: list[str] = []
    for part in parts[1:]:
        volume = VOLUME_ELEMENT.match(part)
        pages, span = find_pages(part)
        date, _ = find_date(part)
        if volume:
            citation.volume = volume.group("vol") or volume.group("vol2") or volume.group("vol3") or citation.volume
            citation.issue = volume.group("no") or volume.group("no2") or volume.group("no3") or citation.issue
        elif pages and span == (0, len(part)):
            citation.pages = pages
        elif date and not DATE_ONLY.sub("", part):
            citation.date = citation.date or date
        elif not NOT_PUBLISHER.match(part):
            names.append(clean(part) or "")
    numbered = citation.volume or citation.issue
    name = names[0] if names else None
    if name and (numbered or not PUBLISHER_END.search(name)) and (numbered or citation.pages):
        citation.container, citation.type = name, "journal article"
    else:  # a subtitle may stand before the publisher (`…の定着過程, 安定成長期から20世紀末まで, 日本住宅総合センター`)
        houses = [n for n in names if PUBLISHER_END.search(n) or ORGANISATION.search(n)]
        citation.publisher, citation.type = (houses or [name])[0], "book"
    return True


# Japanese elements separated by commas: `山口百惠,蒼い時,集英社,1980.`, `桂 三枝, 落語とIT, 情報処理 52(2), 2011-02.`
JOURNAL_NUMBERS = re.compile(r"^(?P<name>.+?)\s?(?P<vol>\d+)\s?\((?P<no>\d+)\)$")


# A Japanese personal or corporate name as the first element (`山口百惠`, `桂 三枝`, `外務省条約局`);
# anything longer, or in another script, is a title (`.РФ 新ドメイン登録申請受付開始`).
JA_NAME = re.compile(rf"[{_JA}]{{1,12}}(?:\s[{_JA}]{{1,6}})?(?:ほか|他|編|著)?")
# A volume of a set at the end of a book title: `主要条約集(平成10年版)下巻`, `…第2巻`.
TITLE_VOLUME = re.compile(r"(?P<vol>[上中下]|第?\d+)巻$")
# An edition named by its year: `(平成10年版)`, `2007年版`.
EDITION_YEAR = re.compile(r"(?:(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})|(?:1[6-9]|20)\d\d)年(?:度)?版")


# A bracketed imprint after a bare Japanese title: `犬井鉄郎,特殊函数 ( 岩波書店,昭和 57 年 ), 第7章 (pp.307-323)`
# (the `著者, 書名 (出版社, 年)` layout of science textbooks' reference lists): the brackets close the title.
JA_BRACKETED_IMPRINT = re.compile(
    r"\s?[(（]\s?(?P<imprint>[^()（）,，、]{2,30}[,，、]\s?[^()（）]*?(?:(?:1[6-9]|20)\d\d|(?:明治|大正|昭和|平成|令和)"
    r"\s?(?:元|\d{1,2}))\s?年?)\s?[)）]"
)

# A chapter named before its pages in a comma-separated entry: `第7章 (pp.307-323)`.
CHAPTER_JA = re.compile(r"第[\d一二三四五六七八九十]+(?:章|節|部)")


def parse_comma_separated(citation: Citation, body: str) -> bool:
    text = body.strip().rstrip(".．。")
    text = JA_BRACKETED_IMPRINT.sub(r", \g<imprint>", text, count=1)
    parts = [p.strip() for p in re.split(r"\s?[,，、]\s?", text) if p.strip()]
    if len(parts) < 3 or citation.language != "ja" or re.search(r"[「『。]", text):
        return False
    if not all(JA_NAME.fullmatch(name) for name in re.split(r"・(?![\u30a0-\u30ff])", parts[0])):
        parts = ["", *parts]  # title first: title, site, date
    citation.authors, citation.editor = split_japanese_authors(parts[0])
    citation.title = clean(parts[1])
    volume = TITLE_VOLUME.search(citation.title or "")
    if volume:
        citation.volume, citation.title = volume.group("vol"), clean(citation.title[: volume.start()])
    edition = EDITION_YEAR.search(citation.title or "")
    if edition:
        citation.date, _ = find_date(edition.group(0))
    for part in parts[2:]:
        date, _ = find_date(part)
        pages, span = find_pages(part)
        journal = JOURNAL_NUMBERS.match(part)
        if pages and (span == (0, len(part)) or CHAPTER_JA.fullmatch(part[: span[0]].strip(" (（"))):
            citation.pages = pages  # `pp.307-323`, `第7章 (pp.307-323)`: the chapter's pages
            continue
        if journal:
            citation.container, citation.volume, citation.issue = (
                journal.group("name"),
                journal.group("vol"),
                journal.group("no"),
            )
        elif date and len(re.sub(r"[\d\-年月日./\s]|^(?:明治|大正|昭和|平成|令和)(?=[元\d])|元(?=年)", "", part)) == 0:
            citation.date = citation.date or date
        elif citation.publisher is None and citation.container is None and not NOT_PUBLISHER.match(part.strip("()")):
            citation.publisher = clean(part)
    citation.type = "journal article" if citation.container else ("web page" if citation.url else "book")
    if not parts[0] and citation.publisher and citation.date and len(citation.date) == 10:
        citation.container, citation.publisher, citation.type = citation.publisher, None, "web page"
    return True


# --- comma-, colon- and period-separated references without quotes ---------------------


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
    citation.type = "book" if citation.publisher and not citation.container else _western_type(citation)
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
    elif re.fullmatch(rf"[{_JA}\s、,，・]+", zone):
        citation.authors, citation.editor = split_japanese_authors(zone)
    else:
        return False
    citation.title = clean(FEATURE_LABEL.sub("", match.group("title")))
    _journal_tail(citation, match.group("tail"))
    return True


def _journal_tail(citation: Citation, tail: str) -> None:
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
    rf"^(?P<authors>{VANCOUVER_NAMES.pattern}|[{_JA}、,，・][{_JA}\s、,，・]{{1,80}}?)\s?[:：]\s?(?P<rest>\S.+)$"
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


# SIST 02 in Japanese, periods without spaces: `井手文雄.界面制御と複合材料の設計.東京,シグマ出版,1995,250p.`
# A period ends an element after a Japanese letter or a closing quote; `vol.3` and `p.63` do not split.
JA_ELEMENT_END = re.compile(
    rf"(?<=[{_JA}”」』)])[.．]\s?(?=\S)|" + "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS) + r"[.．]\s(?=\S)"
)
# Journal details at the head of an element: `9(2),1996,2-10`, `vol.3`, `2002`.
JOURNAL_DETAILS = re.compile(r"^(?:\d+\s?\(\d+\)|[Vv]ol\.|[Nn]o\.|(?:1[6-9]|20)\d\d\b)")


def parse_sist_japanese(citation: Citation, body: str) -> bool:
    text = body.strip().rstrip(".．")
    if citation.language != "ja" or re.search(r"[「『。]", text):
        return False
    parts = [p.strip(" ,") for p in JA_ELEMENT_END.split(text) if p.strip(" ,")]
    if len(parts) > 3 and OTHERS_ELEMENT.match(parts[1]):  # `五十嵐 由利子. ほか. 40525 …`
        parts = [parts[0], *parts[2:]]
    if len(parts) < 3 or not re.fullmatch(rf"[{_JA}A-Za-z・、,\s]{{2,40}}", parts[0]):
        return False
    citation.authors, citation.editor = split_japanese_authors(parts[0])
    if not citation.authors and not citation.editor:
        return False
    quoted = re.fullmatch(r"[\"“](?P<title>.+)[\"”]", parts[1])
    citation.title = clean(quoted.group("title") if quoted else parts[1])
    tail = parts[2:]
    if quoted and len(tail) >= 2:  # `“章”.書名.東京,出版社,1995, p. 12-43.`
        citation.type, citation.container = "chapter", clean(tail[0])
        rest = fill_details(citation, ", ".join(tail[1:]))
        citation.publisher = leftover_publisher(rest)
        return True
    first = split_top_level(tail[0], ",，")
    journal = (len(tail) > 1 and JOURNAL_DETAILS.match(tail[1])) or (
        len(first) > 1 and re.match(r"^(?:[Vv]ol\.|[Nn]o\.|\d+\s?\()", first[1])
    )
    if journal:
        _journal_tail(citation, ", ".join(tail))
        return True
    citation.type = "book"
    rest = fill_details(citation, ", ".join(tail))
    citation.publisher = leftover_publisher(rest)
    if citation.url and not citation.date:
        citation.type = "web page"
    return True


# A running head or footer: `二通信子 / アカデミック・ジャパニーズ・ジャーナル1(2009)65-74`.
RUNNING_HEAD = re.compile(
    r"^(?P<authors>[^/]{2,40}?)\s?/\s?(?P<container>[^/\d]{2,60}?)\s?(?P<vol>\d+)\s?\((?P<year>(?:1[6-9]|20)\d\d)\)"
    r"\s?(?P<first>\d+)(?:\s?[-–]\s?(?P<last>\d+))?\.?$"
)


def parse_running_head(citation: Citation, body: str) -> bool:
    match = RUNNING_HEAD.match(body.strip())
    if not match:
        return False
    citation.type = "journal article"
    citation.authors, citation.editor = split_japanese_authors(match.group("authors"))
    citation.container = match.group("container").strip()
    citation.volume, citation.date = match.group("vol"), match.group("year")
    citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# A Japanese author-date reference with a locator: `内閣府(2006)、第I部第1章参照。`, `泉井(1981)、p.12`;
# or with its title after a space (net sources): `指宿 信 (2000) ネット文献の引用方法について`.
JA_AUTHOR_YEAR = re.compile(
    rf"^(?P<author>[{_JA}A-Za-z・]{{1,12}}(?:\s[{_JA}A-Za-z・]{{1,8}})?)\s?[(（](?P<year>(?:1[6-9]|20)\d\d)[a-z]?[)）]"
    r"(?P<rest>[^「『]*)$"
)
# A title after the year: text that starts after a space, not a locator after a separator.
TITLE_AFTER_YEAR = re.compile(r"^\s(?P<title>[^\s\d、,，.。][^、,，]*?)\s*\.?$")


# A Japanese name in a natural-science list, with or without the space between surname and given name (`谷 俊男`).
_JA_LIST_NAME = rf"[{_JA}]{{1,12}}(?:\s[{_JA}]{{1,8}})?"
# The natural-science list form (agronomy, entomology, architecture journals): names joined by `・` (or `.`), the
# year in brackets and a colon or a space (応動昆), or after a space and closed by a period, then the title up to its
# period or comma
# (brackets such as `(Thea sinensis L.)` stay in it) and the journal or book with its locator:
#   `平井剛夫(1996): マレーシアとタイにおけるスクミリンゴガイの発生実態と防除対応.植物防疫 50, 218-221.`
#   `福嶌陽 2007. 生育時期別窒素追肥が…品種間差異. 日作紀 76: 18-27.`
SCIENCE_AUTHOR_YEAR = re.compile(
    rf"^(?P<authors>{_JA_LIST_NAME}(?:[・.．]\s?{_JA_LIST_NAME}){{0,20}})\s?"
    r"(?:[(（](?P<year>(?:1[6-9]|20)\d\d)[a-z]?[)）](?:\s?[:：]|\s)|(?P<year_dot>(?:1[6-9]|20)\d\d)[a-z]?[.．])\s?"
    r"(?P<title>(?:\([^()]*\)|（[^（）]*）|[^.．,，(（])+?)\s?[.．,，]\s?(?P<tail>\S.*)$"
)
# A journal's name with volume, issue and pages: `植物防疫 50, 218-221`, `日作紀 76: 18-27`, `報告 33;87-92`.
JOURNAL_LOCATOR = re.compile(
    r"^(?P<journal>[^\d,，.．;；:：]+?)\s?(?P<vol>\d+)(?:\s?\((?P<no>\d+)\))?\s?[,，;；:：]\s?"
    r"(?P<first>\d+)(?:\s?[-–‐]\s?(?P<last>\d+))?\s?[.．]?$"
)
# The closing page or page range of a book or proceedings entry: `, 384-400.`, `, 1998, 65.`
TRAILING_PAGES = re.compile(r"[,，]\s?(?:pp?\.\s?)?(?P<first>\d{1,5})(?:\s?[-–‐]\s?(?P<last>\d{1,5}))?\s?[.．]?$")
# The editor named in brackets after a book's title: `(岸田泰則 編)`, `（山田太郎編）`.
BOOK_EDITOR = re.compile(rf"\s?[(（](?P<editor>[{_JA}\s・]{{2,30}}?)\s?編[)）]$")
# A place of publication in a Japanese imprint (`東京`, `京都`): no publisher and no container.
JA_PLACE = re.compile(r"^(?:東京|京都|大阪|札幌|仙台|名古屋|福岡|横浜|神戸|広島)(?:都|府|市)?$")


def _science_tail(citation: Citation, tail: str, year: str) -> None:
    """Journal and locator, or editor, book, publisher and pages, after a natural-science title."""
    journal = JOURNAL_LOCATOR.match(tail)
    if journal:
        citation.type, citation.container = "journal article", journal.group("journal").strip()
        citation.volume, citation.issue = journal.group("vol"), journal.group("no")
        citation.pages = page_range(journal.group("first"), journal.group("last"))
        return
    pages = TRAILING_PAGES.search(tail)
    if pages and pages.group("first") != year:
        citation.pages = page_range(pages.group("first"), pages.group("last"))
        tail = tail[: pages.start()]
    for piece in (p.strip() for p in re.split(r"[,，.．]\s?", tail) if p.strip()):
        if piece.endswith("編") and not citation.container:
            citation.editor = piece[:-1]
        elif re.fullmatch(r"(?:1[6-9]|20)\d\d|pp?|\d+", piece) or JA_PLACE.match(piece):
            continue
        elif ORGANISATION.search(piece) and not citation.publisher:  # `社団法人農産漁村文化協会`, before or after
            citation.publisher = piece
        elif not citation.container:
            edited = BOOK_EDITOR.search(piece)  # `日本産蛾類標準図鑑II(岸田泰則 編)`: the book's editor
            citation.container = piece[: edited.start()].strip() if edited else piece
            citation.editor = edited.group("editor") if edited else citation.editor
        elif not citation.publisher:
            citation.publisher = piece
    citation.type = "chapter" if citation.editor or citation.publisher else "journal article"


def parse_science_author_year(citation: Citation, body: str) -> bool:
    match = SCIENCE_AUTHOR_YEAR.match(body.strip())
    if not match or citation.language != "ja":
        return False
    names = re.sub(r"[.．]\s?", "・", match.group("authors"))
    citation.authors, citation.editor = split_japanese_authors(names)
    citation.date = match.group("year") or match.group("year_dot")
    citation.title = match.group("title").strip()
    _science_tail(citation, match.group("tail"), citation.date)
    return True


def parse_ja_author_year(citation: Citation, body: str) -> bool:
    match = JA_AUTHOR_YEAR.match(body.strip())
    if not match or citation.language != "ja":
        return False
    citation.authors, citation.editor = split_japanese_authors(match.group("author"))  # `宮島英昭・蟻川靖浩`
    citation.date = match.group("year")
    titled = TITLE_AFTER_YEAR.match(match.group("rest"))
    if titled:
        citation.title = titled.group("title").strip()
        citation.type = "web page" if citation.url else "book"
        return True
    citation.pages, _ = find_pages(match.group("rest"))
    citation.type = "report" if ORGANISATION.search(match.group("author")) else "book"
    return True


# A shortened footnote of the author-date (Harvard) system, as Wikipedia's {{sfn}}/{{harvnb}} render it: the
# surnames, the year and the locator, and nothing else; the full entry stands in the reference list.
# `竹内均 1970, p. 25.` (kampuspedia.com 利用者:Afaz/略記脚注法), `Smith & Jones 2006, p. 25.` (ja Template:Sfn),
# `Smith et al. 2006`; ingest drops the space between a Han name and the year (`竹内均1970, p. 25.`).
_SFN_JA_NAME = rf"[{_JA}]{{1,12}}"
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


# A transliterated book in a Russian journal's References (GOST 7.0.5 / Scopus: surname, initials with full stops,
# title, place, publisher, year; the year may instead follow the names in parentheses):
#   `Reddaway P., Glinsky D. The Tragedy of Russia's Reforms. Market Bolshevism against Democracy. Washington, 2001.`
#   `Glaziev S. Yu. (2007). Competitive advantages of …. Moscow, Ekonomika Publ.` (`(In Russ.)` already cut).
# A known place (PLACES) must stand after the title, so an ordinary full stop in a title ends nothing.
_TRANSLIT_NAME = r"[A-Z][\w'’-]+\s(?:[A-Z][a-z]?\.\s?){1,2}"
TRANSLIT_BOOK = re.compile(
    rf"^(?P<authors>{_TRANSLIT_NAME}(?:,\s{_TRANSLIT_NAME})*?)\s?(?:\((?P<year1>(?:1[6-9]|20)\d\d)\)\.\s)?"
    r"(?P<title>[A-Z].+?)\.\s(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s"
    r"(?:(?P<year2>(?:1[6-9]|20)\d\d)|(?P<publisher>[^,]+?\.?)(?:,\s(?P<year3>(?:1[6-9]|20)\d\d))?)\.?$"
)
TRANSLIT_NAME = re.compile(_TRANSLIT_NAME)


def parse_translit_book(citation: Citation, body: str) -> bool:
    """Surname-initials book with a known place: several names, no comma inside a name."""
    match = TRANSLIT_BOOK.match(body.strip())
    if not match or not is_place(match.group("place")):
        return False
    year = match.group("year1") or match.group("year2") or match.group("year3")
    if not year:
        return False
    citation.type, citation.date = "book", year
    citation.authors = [name.group(0).strip() for name in TRANSLIT_NAME.finditer(match.group("authors"))]
    citation.title = match.group("title").strip()
    publisher = match.group("publisher")
    citation.publisher = re.sub(r"(?<!Publ)\.$", "", publisher.strip()) if publisher else None
    return True


# The English (transliterated) reference list Russian journals print beside the GOST one (the `References` block
# of Scopus-indexed journals): Western `Surname I. I.` names, the title with its English gloss in square brackets,
# then the journal with its gloss, the year, number and pages after commas, and `(In Russ.)`:
#   `Chenskih N. A. Transportnye puti Arktiki … [Transport Routes …]. Azimut nauchnyh issledovanij … [Research
#   Azimuth …], 2015, pp. 87-91.`; the English-language work has no glosses (`Liu M., Kronbak J. The potential …
#   Europe. Journal of Transport Geography, 2010, No. 18 (3), pp. 434-444.`).
# The journal holds no square bracket, so a title with an inner full stop runs on to its gloss, and no digit (a
# newspaper's `New York Times. November 14, 2019` is no journal). The `(In Russ.)` tag may already be cut, leaving
# its full stop behind (`pp. 85-89. .`).
TRANSLIT_JOURNAL = re.compile(
    rf"^(?P<authors>{_TRANSLIT_NAME}(?:,\s{_TRANSLIT_NAME})*?)\s?(?P<title>[A-Z][^\[\]]+?)(?:\s\[[^\[\]]+\])?\.\s"
    r"(?P<journal>[A-Z][^\[\],\d]+?(?:,\s[A-Z][^\[\],\d]+?)??)(?:\s\[[^\[\]]+\])?,\s(?P<year>(?:1[6-9]|20)\d\d)"
    r"(?:,\s[Vv]ol\.\s?(?P<vol>\d+))?(?:,\s(?:[Nn]o|[Ii]ss)\.\s?(?P<no>\d+(?:\s?\(\d+\))?))?"
    r"(?:,\s(?:pp?|P)\.\s?(?P<first>\d+)(?:\s?[-–]\s?(?P<last>\d+))?)?[.\s]*(?:\(In\s[A-Z][a-z]+\.?\)\.?)?$"
)


# A conference paper in the same English References block: the proceedings' name, the meeting's place and dates,
# the pages (`Kitagawa H. Sustainable Development … . Proceedings of the Nineteenth International Offshore and Polar
# Engineering Conference, Osaka, Japan, 21-26 June 2009, pp. 662-670.`); PDF layers split `of` as `o f`.
TRANSLIT_PROCEEDINGS = re.compile(
    rf"^(?P<authors>{_TRANSLIT_NAME}(?:,\s{_TRANSLIT_NAME})*?)\s?(?P<title>[A-Z][^\[\]]+?)(?:\s\[[^\[\]]+\])?\.\s"
    r"(?P<host>(?:Proceedings|Proc\.)\s(?:of|o\sf)\s[^,\[\]]+?),\s[A-Z][^,\d]+(?:,\s[A-Z][^,\d]+)?,\s"
    r"(?:\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s[A-Z][a-z]+\.?\s)?(?P<year>(?:1[6-9]|20)\d\d)"
    r"(?:,\s(?:pp?|P)\.\s?(?P<first>\d+)(?:\s?[-–]\s?(?P<last>\d+))?)?[.\s]*$"
)


def parse_translit_proceedings(citation: Citation, body: str) -> bool:
    """A paper in a conference's proceedings, cited with the meeting's place and dates: a chapter."""
    match = TRANSLIT_PROCEEDINGS.match(body.strip())
    if not match:
        return False
    citation.type, citation.date = "chapter", match.group("year")
    citation.authors = [name.group(0).strip() for name in TRANSLIT_NAME.finditer(match.group("authors"))]
    citation.title, citation.container = match.group("title").strip(), match.group("host").strip()
    if match.group("first"):
        citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# A publisher's word: the part after the title is a book's imprint (`Moscow, Nauka Publ.`), not a journal.
IMPRINT_WORD = re.compile(r"\b(?:Publ|Press|Izd|Verlag|Publishers?|University)\b")


def _imprint_not_journal(journal: str) -> bool:
    """A place (`Kazan, 2010, pp. 5-10`) or a publisher where the journal would stand: a book or chapter."""
    first = journal.split(",")[0].strip()
    return is_place(first) or bool(IMPRINT_WORD.search(journal))


def parse_translit_journal(citation: Citation, body: str) -> bool:
    """A journal article in a Russian journal's English reference list: names first, commas after the journal."""
    match = TRANSLIT_JOURNAL.match(body.strip())
    if not match or _imprint_not_journal(match.group("journal")):
        return False
    citation.type, citation.date = "journal article", match.group("year")
    citation.authors = [name.group(0).strip() for name in TRANSLIT_NAME.finditer(match.group("authors"))]
    citation.title, citation.container = match.group("title").strip(), match.group("journal").strip()
    citation.volume, citation.issue = match.group("vol"), match.group("no")
    if match.group("first"):
        citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# An AGPS Harvard reference with no author: the title stands first and the year (or `n.d.`) after it, then the
# sponsor and the address (`An Abridged Guide to the Harvard Referencing Style 2015, Central Queensland University,
# <http://…>`; `Roadmap to Referencing n.d. University of South Australia, <http://…>`, SLASA reference page).
# Online only (the address has been cut): the sponsor is the publisher.
TITLE_YEAR_SPONSOR = re.compile(
    r"^(?P<title>[A-Z][^,;\"“‘'()]{3,150}?)\s(?:(?P<year>(?:1[6-9]|20)\d\d)|n\.\s?d\.)[a-z]?,?\s"
    r"(?P<sponsor>[A-Z][^,;\"“‘'()\d]{2,80}?)(?:\s?[,.])*$"
)


def parse_title_year_sponsor(citation: Citation, body: str) -> bool:
    """Title, year and sponsor of an unsigned web document."""
    match = TITLE_YEAR_SPONSOR.match(body.strip())
    if not match or citation.url is None:
        return False
    citation.type, citation.authors = "web page", []
    citation.title, citation.date = match.group("title").strip(), match.group("year")
    citation.publisher = match.group("sponsor").strip()
    return True


# A book as catalogues and レファレンス協同データベース answers list it, fields separated by spaces: the title in
# 『』, each name with its role after a slash, the publisher, the year, then a page (the call number is cut):
#   `『日本の歴史 近世・近現代編』 藤井譲治/編著 伊東之雄/編著 ミネルヴァ書房 2010 p55` (the slash may be cut);
#   `速水融(他)/編著` names one of several (`他` dropped). 編 names editors; 著, 編著, 監修 and 訳 authors (round 7).
_ROLE_NAME = r"[^\s『』「」/()（）]{2,20}?(?:\s?[(（](?:他|ほか)[)）])?\s?/?\s?(?:編著|監修|編|著|訳)"
SPACED_BOOK_RECORD = re.compile(
    rf"^『(?P<title>[^『』]+)』\s(?P<names>{_ROLE_NAME}(?:\s{_ROLE_NAME})*)\s(?P<publisher>[^\s\d『』]{{2,30}})\s?"
    r"(?P<year>(?:1[6-9]|20)\d\d)(?:\s(?:p\.?\s?|pp\.\s?)?(?P<first>\d+)(?:\s?[-–]\s?(?P<last>\d+))?)?\.?$"
)
ROLE_NAME = re.compile(
    r"(?P<name>[^\s『』「」/()（）]{2,20}?)(?:\s?[(（](?:他|ほか)[)）])?\s?/?\s?(?P<role>編著|監修|編|著|訳)"
)


def parse_spaced_book_record(citation: Citation, body: str) -> bool:
    """A catalogue-style book record: 『title』, names with roles, publisher, year, page."""
    match = SPACED_BOOK_RECORD.match(body.strip())
    if not match:
        return False
    named = [(n.group("name"), n.group("role")) for n in ROLE_NAME.finditer(match.group("names"))]
    citation.type, citation.title = "book", match.group("title").strip()
    citation.authors = [name for name, role in named if role != "編"]
    editors = [name for name, role in named if role == "編"]
    citation.editor = "・".join(editors) or None
    citation.publisher, citation.date = match.group("publisher"), match.group("year")
    if match.group("first"):
        citation.pages = page_range(match.group("first"), match.group("last"))
    return True


PARSERS: tuple[tuple[str, Callable[[Citation, str], bool]], ...] = (
    ("court decision", parse_court_decision),
    ("archived copy of a page", parse_archived_copy),
    ("court decision, long form", parse_court_decision_long),
    ("russian statute", parse_ru_statute),
    ("legal database article heading", parse_database_article),
    ("law journal (oscola)", parse_law_journal),
    ("elsevier name-year journal", parse_elsevier_journal),
    ("harvard newspaper", parse_harvard_news),
    ("news title, paper, year and day", parse_news_year_day),
    ("transliterated book with place", parse_translit_book),
    ("transliterated proceedings paper", parse_translit_proceedings),
    ("transliterated journal article", parse_translit_journal),
    ("research grant report", parse_grant_report),
    ("title, year and sponsor", parse_title_year_sponsor),
    ("spaced book record", parse_spaced_book_record),
    ("vancouver", parse_vancouver),
    ("vancouver chapter", parse_vancouver_chapter),
    ("periodical cited by issue", parse_periodical_only),
    ("sist journal article", parse_sist_journal),
    ("unmarked headline", parse_unmarked_headline),
    ("bluebook case", parse_bluebook_case),
    ("bluebook law review", parse_bluebook),
    ("bluebook newspaper", parse_bluebook_news),
    ("gazette issue", parse_gazette),
    ("japanese statute", parse_ja_statute),
    ("gb/t 7714", parse_gbt7714),
    ("diet proceedings", parse_diet),
    ("news digest source line", parse_web_org),
    ("headline posted on a day", parse_posted_headline),
    ("dated newspaper", parse_dated_news),
    ("headline", parse_headline),
    ("web page title and site", parse_web_title),
    ("japanese brackets", parse_japanese),
    ("running head", parse_running_head),
    ("natural-science author year", parse_science_author_year),
    ("japanese author year", parse_ja_author_year),
    ("short author date", parse_short_author_date),
    ("periodical issue", parse_periodical_issue),
    ("paper as author", parse_paper_as_author),
    ("surname and initials, book", parse_initials_book),
    ("humanities book", parse_humanities_book),
    ("capitalised surnames", parse_caps_surname),
    ("short book note", parse_short_book_note),
    ("edited volume", parse_edited),
    ("medical journal", parse_medical),
    ("colon after authors", parse_colon_authors),
    ("japanese colon and commas", parse_colon_comma_ja),
    ("vancouver newspaper", parse_vancouver_news),
    ("sist western book", parse_sist_western_book),
    ("sist japanese", parse_sist_japanese),
    ("pages in", parse_pages_in),
    ("compact author date", parse_compact_author_date),
    ("gost repeated footnote", parse_gost_repeated),
    ("gost", parse_gost),
    ("short form", parse_short_form),
    ("apa", parse_apa),
    ("author date", parse_author_date),
    ("quoted title", parse_quoted),
    ("western book", parse_western_book),
    ("title and imprint", parse_title_imprint),
    ("period separated", parse_period_separated),
    ("comma separated", parse_comma_separated),
    ("western comma separated", parse_western_comma),
)
