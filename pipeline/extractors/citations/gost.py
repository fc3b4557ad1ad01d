"""Russian style parsers: GOST 7.0.5 / 7.1 references (Cyrillic or Latin script) and transliterated lists.

GOST separates elements with `. – ` and hosts with ` // `, opens the imprint with an abbreviated place (`М.:`,
`СПб.:`) and repeats a footnote by author and title; transliterated reference lists of Russian journals give the
same elements in Latin letters (`Publ.`, `Izd`, `Moscow`).  Their separators and abbreviations make them a family
of their own.
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.fields import NUMERO_SIGN, find_date
from pipeline.extractors.citations.vocabulary import clean, fill_details, is_news, is_place, page_range
from pipeline.records import Citation

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
# A city spelled out before GOST 7.1's spaced colon (`Москва : Норма : ИНФРА-М, 2018`, `Санкт-Петербург : Питер`):
# a capitalised word, maybe hyphenated or of two words (`Нижний Новгород`), in Cyrillic.
RU_CITY = r"[А-ЯЁ][а-яё]{2,}(?:[-\s][А-ЯЁа-яё][а-яё]+){0,2}"
# Two publishers after an abbreviated place (GOST 7.1 §5.4.2): joined by ` : ` (`М.: Норма: ИНФРА-М, 2018`,
# `М.: ИД «ФОРУМ»: ИНФРА-М, 2008`) or, in older lists, by a comma (`М.: ЮНИТИ-ДАНА, Закон и право, 2001`);
# the second holds no digit, so `М.: Юрайт, 2018, 367 с.` stays one publisher.
GOST_PUBLISHERS = re.compile(
    rf"(?:(?:^|[.–—-]\s){RU_PLACE}\.\s?:\s?|[–—-]\s{RU_CITY}\s:\s)(?P<publisher>[^,:]+?(?:\s?:\s?|,\s)[^,:\d]+?),\s?"
    r"(?P<year>(?:1[6-9]|20)\d\d)"
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
# A dash between the authors and the title, as some journals' "cite this article" lines print it
# (`Курчинская-Грассо Н.О. — Проблемы учета мнения ребенка … // Международное право. - 2019. - № 3.`): no title.
AUTHOR_DASH = re.compile(r"^[–—]\s")
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
    rf"(?=\.\s(?:(?:1[6-9]|20)\d\d|{NUMERO_SIGN}|[ТтС]\.|Vol\.|No\.)|,\s(?:1[6-9]|20)\d\d)"
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


# GOST 7.0.100 / 7.0.5 analytic record of one author's chapter in his own collected works: the host area repeats
# the heading (`Лихачев Д. С. Великое наследие // Лихачев Д. С. Избранные работы в трех томах. Том 2. – Л.: …`); the
# repeated name and the volume designation (`. Том 2`, `. Т. 2`) are no part of the host's title.
HOST_VOLUME = re.compile(r"\.\s(?:Том|Т\.)\s?\d{1,2}$")
# The place of publication area after the host (`// Исследования по древнерусской литературе. - Л.: 1986.`): a
# journal issue has none, so the host is a collection and the work a chapter, even with the publisher's name left out.
PLACE_AREA = re.compile(rf"(?:^|\s)[–—-]\s{RU_PLACE}\.?\s?:")


def _host_without_heading(host: str, authors: list[str]) -> str:
    """The host's title without the author's name repeated before it and without a trailing volume number."""
    for author in authors:
        if host.startswith(author + " ") and len(host) > len(author) + 3:
            host = host[len(author) + 1 :]
            break
    return HOST_VOLUME.sub("", host)


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
    text = AUTHOR_DASH.sub("", text) if citation.authors else text
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
        if citation.container and citation.authors:
            citation.container = _host_without_heading(citation.container, citation.authors)
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
        placed = PLACE_AREA.search(text[container.end() :]) if container else None
        citation.type = "chapter" if citation.publisher or proceedings or placed else "journal article"
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
# Some lists close the year with a full stop and mark the number `Nr.` (`… Journal of Arts and Social Sciences, 2013.
# Nr. 14(11), p. 280–288.`), or give the cited page before the article's range (`p. 598. p. 593-619.`: the first
# locator is the one cited, as in Chicago notes).  The title may not open with a name, so a list of several authors
# is not cut after its first name (`Barnett M., Coleman L. Designing …`).
_TRANSLIT_LOCATORS = (
    r"(?:[,.]\s[Vv]ol\.\s?(?P<vol>\d+))?(?:[,.]\s(?:[Nn]o|[Ii]ss|Nr)\.\s?(?P<no>\d+(?:\s?\(\d+\))?))?"
    r"(?:[,.]\s(?:pp?|P)\.\s?(?P<first>\d+)(?:\s?[-–]\s?(?P<last>\d+))?)?"
    r"(?:\.\s(?:pp?|P)\.\s?\d+(?:\s?[-–]\s?\d+)?)?[.\s]*(?:\(In\s[A-Z][a-z]+\.?\)\.?)?$"
)
TRANSLIT_JOURNAL = re.compile(
    rf"^(?P<authors>{_TRANSLIT_NAME}(?:,\s{_TRANSLIT_NAME})*?)\s?(?!{_TRANSLIT_NAME})(?P<title>[A-Z][^\[\]]+?)"
    r"(?:\s\[[^\[\]]+\])?\.\s"
    r"(?P<journal>[A-Z][^\[\],\d]+?(?:,\s[A-Z][^\[\],\d]+?)??)(?:\s\[[^\[\]]+\])?,\s(?P<year>(?:1[6-9]|20)\d\d)"
    + _TRANSLIT_LOCATORS
)
# The same with a comma after the title (`Barnett M., Coleman L. Designing Police: Interpol and the Study of Change in
# International Organisations, International Studies Quarterly, 2005, Nr. 49 (4), p. 598.`): then neither the title
# nor the journal may hold a comma or a full stop, so the split is the only one the note allows.
TRANSLIT_JOURNAL_COMMA = re.compile(
    rf"^(?P<authors>{_TRANSLIT_NAME}(?:,\s{_TRANSLIT_NAME})*?),?\s?(?!{_TRANSLIT_NAME})(?P<title>[A-Z][^\[\],.]+?),\s"
    r"(?P<journal>[A-Z][^\[\],.\d]+?),\s(?P<year>(?:1[6-9]|20)\d\d)(?=[,.]\s(?:[Vv]ol|[Nn]o|[Ii]ss|Nr|pp?)\.)"
    + _TRANSLIT_LOCATORS
)


# A book in the same lists with commas between the elements and its extent at the end (`Badmus I. A., The African
# Union’s Role in Peacekeeping, Palgrave Macmillan: Basingstoke, 2015, 277 p.`): the imprint's two sides are the place
# and the publisher in either order, told apart by the list of places; the extent (`277 p.`) is no page.
TRANSLIT_BOOK_COMMA = re.compile(
    rf"^(?P<authors>{_TRANSLIT_NAME}(?:,\s{_TRANSLIT_NAME})*?),\s(?!{_TRANSLIT_NAME})(?P<title>[A-Z][^,]+?),\s"
    r"(?P<left>[A-Z][^,:]+?):\s(?P<right>[A-Z][^,:]+?),\s(?P<year>(?:1[6-9]|20)\d\d)(?:,\s\d+\s[pс]\.)?\.?$"
)


def parse_translit_book_comma(citation: Citation, body: str) -> bool:
    """A comma-separated book whose imprint names a known place on one side of the colon."""
    match = TRANSLIT_BOOK_COMMA.match(body.strip())
    if not match:
        return False
    left, right = match.group("left").strip(), match.group("right").strip()
    publisher = left if is_place(right) else right if is_place(left) else None
    if not publisher:
        return False
    citation.type, citation.date, citation.publisher = "book", match.group("year"), publisher
    citation.authors = [name.group(0).strip() for name in TRANSLIT_NAME.finditer(match.group("authors"))]
    citation.title = match.group("title").strip()
    return True


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
    match = TRANSLIT_JOURNAL.match(body.strip()) or TRANSLIT_JOURNAL_COMMA.match(body.strip())
    if not match or _imprint_not_journal(match.group("journal")):
        return False
    citation.type, citation.date = "journal article", match.group("year")
    citation.authors = [name.group(0).strip() for name in TRANSLIT_NAME.finditer(match.group("authors"))]
    citation.title, citation.container = match.group("title").strip(), match.group("journal").strip()
    citation.volume, citation.issue = match.group("vol"), match.group("no")
    if match.group("first"):
        citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# A chapter in an edited book in the same lists: `In:` and the editors' names, the book, `Place: Publisher, Year`
# and the chapter's pages (`Aning K., Abdallah M. Confronting hybrid threats in Africa. In: De Coning C., Gelot L.,
# Karlsrud J. The Future of African Peace Operations London: Zed Books, 2016, p. 20-38.`); an editor's surname may
# have a particle (`De Coning C.`), and `(eds.)` may follow the names.
_EDITOR_NAME = r"(?:[A-Z][a-z]+\s)?[A-Z][\w'’-]+\s(?:[A-Z][a-z]?\.\s?){1,2}"
TRANSLIT_CHAPTER = re.compile(
    rf"^(?P<authors>{_TRANSLIT_NAME}(?:,\s{_TRANSLIT_NAME})*?)\s?(?!{_TRANSLIT_NAME})(?P<title>[A-Z][^\[\]]+?)\.?\s"
    rf"(?:In|В)\s?:\s(?P<editors>{_EDITOR_NAME}(?:,\s{_EDITOR_NAME})*)(?:\((?:[Ee]ds?|[Рр]ед)\.?\)\.?\s)?"
    r"(?P<book>[A-Z].+?)\.?\s(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?):\s(?P<publisher>[^,:]+?),\s"
    r"(?P<year>(?:1[6-9]|20)\d\d)(?:[,.]\s(?:pp?|P)\.\s?(?P<first>\d+)(?:\s?[-–]\s?(?P<last>\d+))?)?\.?$"
)


def parse_translit_chapter(citation: Citation, body: str) -> bool:
    """A chapter `In:` an edited book with a known place: editors, book, publisher and the chapter's pages."""
    match = TRANSLIT_CHAPTER.match(body.strip())
    if not match:
        return False
    book, place = match.group("book").strip(), match.group("place")
    if not is_place(place) and " " in place:  # the book's last word before a one-word place (`Boko Haram London`)
        word, place = place.split(" ", 1)
        book = f"{book} {word}"
    if not is_place(place):
        return False
    citation.type, citation.date = "chapter", match.group("year")
    citation.authors = [name.group(0).strip() for name in TRANSLIT_NAME.finditer(match.group("authors"))]
    citation.title, citation.container = match.group("title").strip(), book
    citation.editor, citation.publisher = match.group("editors").strip(), match.group("publisher").strip()
    if match.group("first"):
        citation.pages = page_range(match.group("first"), match.group("last"))
    return True


# A humanities note with the author's initials first, commas between the areas and the host after `в:` / `in:`
# (the style of Russian art-history journals, e.g. Искусствознание, Древнерусское искусство):
#   `В. Д. Сарабьянов, Программные основы …, в: Вопросы искусствознания, 4 (1994), с. 268–312.`
#   `H. Belting, «An Image and Its Function …», in: Dumbarton Oaks Papers, Vol. 34, (1980–1981), pp. 1–16;`
# The year is the first of a span (a volume dated over two years); the work is an article of the host.
INITIALS_IN_HOST = re.compile(
    r"^(?P<author>(?:[A-ZА-ЯЁ]\.\s?){1,2}\s?[A-ZА-ЯЁ][a-zа-яё'-]+),\s(?P<title>«[^»]+»|[^,«»]{4,}?),\s(?:в|В|in|In):\s"
    r"(?P<host>[^,]{3,80}?),\s(?:(?:Vol\.|т\.|Т\.|вып\.)\s?)?\d{1,4},?\s[(（](?P<year>(?:1[6-9]|20)\d\d)(?:[–-]\d{2,4})?[)）],\s"
    r"(?:pp?\.|[сС]\.)\s?(?P<pages>\d{1,5}(?:\s?[–-]\s?\d{1,5})?)[.;]?$"
)


def parse_initials_in_host(citation: Citation, body: str) -> bool:
    """`И. О. Фамилия, Title, в: Journal, 4 (1994), с. 1–2.`: a journal article with its host after в: / in:."""
    match = INITIALS_IN_HOST.match(body.strip())
    if not match:
        return False
    citation.type, citation.authors = "journal article", [match.group("author")]
    citation.title, citation.container = match.group("title").strip("«» "), match.group("host").strip()
    citation.date, citation.pages = match.group("year"), re.sub(r"\s?[–-]\s?", "-", match.group("pages"))
    return True
