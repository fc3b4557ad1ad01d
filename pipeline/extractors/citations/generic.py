"""Generic field finder: the fallback for citation styles no named parser knows.

The style parsers of :mod:`pipeline.extractors.citations.styles` read a note by
the order its style prescribes; when a note follows another order they fill
fields with the wrong pieces.  This module finds each field by what it looks
like instead, wherever it stands: titles by their marks (「」『』《》“”«» and
``_markup_``), dates and pages by their forms, publishers by their lexicon
and endings (出版社, 書房, 書店, Press, Издательство), places by a gazetteer,
authors by their position before the title and the shape of a name (UniDic
person-name tags for Japanese).  ``defects`` counts the traces a wrong parse
leaves, so that :func:`pipeline.extractors.citations.parse_citation` can keep
whichever reading of a note is cleaner.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.citations.authors import (
    INVERTED_INITIALS_LIST,
    japanese_translator,
    split_japanese_authors,
    split_western_authors,
)
from pipeline.extractors.citations.fields import NUMERO_SIGN, blank_pages, find_date
from pipeline.extractors.citations.japanese import ISSUE_AFTER_TITLE, PERIODICAL_MARK
from pipeline.extractors.citations.legal import GAZETTE_ITEM
from pipeline.extractors.citations.vocabulary import (
    EUROPEAN_PUBLISHERS,
    NOT_PUBLISHER,
    ORGANISATION,
    PLACE_JA,
    PUBLISHER_END,
    clean,
    fill_details,
    is_news,
    is_place,
    split_top_level,
)
from pipeline.nlp.unidic import tagger
from pipeline.records import Citation

# Title marks of every script, each holding a part (article, chapter) or a whole (book, journal, paper):
#   「part」 and “part” / "part" (Japanese, Western), «name» (Russian: a title or a paper's name),
#   『whole』 and 《whole》 (Japanese, Chinese), _Whole_ (the plain-text italics of mailing lists and reviews).
TITLE_MARKS = re.compile(
    r"「(?P<part>(?:[^「」]|「[^」]*」)+)」"
    r"|[“\"](?P<quoted>[^”\"]{3,}?)[,.]?[”\"]"
    r"|(?<!\w)‘(?P<single>(?:[^‘’]|’(?=\w))+?)[,.]?’(?!\w)"
    r"|«(?P<guillemet>(?:[^«»]|«[^»]*»)+)»"
    r"|[『《](?P<whole>[^』》]+)[』》]"
    r"|(?<!\w)_(?P<markup>[^_]{3,}?)_(?!\w)"
)
PART_MARKS = frozenset({"part", "quoted", "single", "guillemet"})

# The predicate of the note's own sentence after the reference: `…による。`, `…を参照。`, `…を参照されたい。`,
# `…に関連する論文等が掲載されている。` (it begins with a case particle right after a number or bracket).
TRAILING_PREDICATE = re.compile(r"(?<=[\d頁』」)])\s?(?:を|に|による|より)[^、,，「『]*[。.]?$|[。.]\s*$")

# Sentence breaks of a note: a period and a space before a capital, a digit or a Japanese word, not after an
# initial (`Victor D. Cha`): `John McGowan. Democracy's Children. Ithaca: …`, `立花隆. ぼくはこんな本を読んできた.`
SENTENCE_BREAK = re.compile(
    r"(?<![\s.][A-ZА-ЯЁ])(?<!^[A-ZА-ЯЁ])(?<!\b[A-Z][a-z])(?<!\b[Pp])(?<!\b[Pp]p)(?<!\b[Vv]ol)(?<!\b[Nn]o)\.\s(?=[A-ZА-ЯЁ0-9(\u3040-\u30ff\u4e00-\u9fff])"
)

# `by Victor D. Cha` after a title (review headers, title-first lists).
BY_AUTHORS = re.compile(r"^[\s,.]*[Bb]y\s(?P<names>.+?)(?<![\s.][A-Z])\.?(?=\.\s|$)")

# A place before the publisher: `Stanford: Stanford University Press`, `М.: Наука`, `東京:日本評論社`.
PLACE_PUBLISHER = re.compile(r"^(?P<place>[^:：]{1,40}?)\s?[:：]\s?(?P<publisher>[^:：]+)$")
# The cities of Russian imprints as GOST abbreviates them: `М.: Мысль`, `СПб.: Питер`, `Л.: Наука`.
RU_CITY = re.compile(r"(?:М|Л|СПб|К|Мн|Минск|Киев|Новосибирск|Екатеринбург|Казань|Томск)\.?")
# Russian publishers named by their word: `Издательство «Наука»`, `Изд-во МГУ`.
RU_PUBLISHER = re.compile(r"(?:Издательство|Изд-во|издательство)\s?«?[^,.;»]+»?")
# The extent of a book, never its cited pages: `374 pages`, `xviii + 373 pp.`, `416 с.`, `270pp.`.
EXTENT = re.compile(r"^(?:[ivxlc]+\s?\+\s?)?\d+\s?(?:pages|pp\.?|p\.?|с\.|頁|ページ)$", re.IGNORECASE)
# Publishers whose names do not end like one (`文藝春秋`, `Routledge`): the lexicon part of the finder.
PUBLISHER_NAMES = frozenset(
    (
        *("文藝春秋", "ぎょうせい", "丸善", "商事法務", "有斐閣", "弘文堂", "成文堂", "信山社", "勁草書房"),
        *("Routledge", "Penguin", "Palgrave", "Macmillan", "Palgrave Macmillan", "Springer", "Wiley", "Elsevier"),
        *("Brill", "Verso", "Sage", "Blackwell", "Longman", "Allen & Unwin", "Norton", "Knopf", "Eerdmans"),
        *("Наука", "Юрайт", "Проспект", "Статут", "Норма", "Эксмо", "Росспэн"),
        *EUROPEAN_PUBLISHERS,
    )
)
# A journal's name before its number, after a 「title」 with no 『』 (legal style): `「…」法学教室221号(1999年)84頁`,
# `「…」書斎の窓383号`, `"…" Journal 12 (3)`.
CONTAINER_BEFORE_NUMBER = re.compile(
    r"^\s?[、,，]?\s?(?P<name>[^\d\s、,，(（「『“\"][^\d、,，(（「『“\"]{1,40}?)\s?"
    r"(?=第?\d+\s?(?:巻|号)|\d+\s?\(|[Vv]ol\.|[Nn]o\.|\d+,|\d+\s?$)"
)
# A journal's name with its numbers in an unmarked note: `情報処理 52(2)`, `Critical Inquiry 4 (2)`, `法学新報 108巻`.
JOURNAL_PIECE = re.compile(r"^(?P<name>[^\d(（]{2,60}?)\s?(?:\d+\s?\(\d+\)|第?\d+\s?[巻号]|[Vv]ol\.\s?\d|[Nn]o\.\s?\d)")
# Inverted names with initials opening a note: `Jones, H. Crime in a Changing Society.` (SIST 02, APA).
LEADING_INVERTED = re.compile(rf"^(?P<names>{INVERTED_INITIALS_LIST.pattern})\s")
# A series in parentheses (`(文春文庫)`, `(講談社現代新書)`) or square brackets: no field of its own.
SERIES = re.compile(r"^[(（\[].*[)）\]]$")
# A name of two to five Han characters (Chinese and Japanese personal names UniDic may not know: `方詩銘`).
HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,5}$")

# A Western or Cyrillic personal name: capitalised words and initials, with the particles of surnames.
WESTERN_NAME = re.compile(
    r"(?:[A-ZА-ЯЁ][\w'’-]*\.?|[A-ZА-ЯЁ]\.)(?:\s?(?:[A-ZА-ЯЁ][\w'’-]*\.?|de|van|von|der|den|la|le|da|di|bin|al-))"
    r"{0,4}"
)
_KATAKANA_NAME = re.compile(r"^[\u30a0-\u30ffA-Z][\u30a0-\u30ffA-Za-z・·=＝—\-.\s]*$")


@lru_cache(maxsize=512)
def is_japanese_name(text: str) -> bool:
    """A person's name: UniDic tags part of it 人名 (`木村汎`, `山口百惠`), or it is written in katakana with its
    separators (`ドミトリ—·B·トロフ`, `ヴェ・トゥマーノフ`); an organisation (`防衛研究所`) is not one."""
    text = re.sub(r"\s", "", text)
    if not text or ORGANISATION.search(text) or PUBLISHER_END.search(text) or len(text) > 25:
        return False
    if _KATAKANA_NAME.match(text) or HAN_NAME.match(text):
        return True
    return any(word.feature.pos3 == "人名" for word in tagger()(text))


# An abbreviation in capitals (`СЗ РФ`, `РГ`, `NHK`): a name has none.
ABBREVIATION = re.compile(r"\b[A-ZА-ЯЁ]{2,}\b")
# A bare domain standing as the source (`www.pravo.gov.ru, 2012, 4 декабря.`): where the work was read.
BARE_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ru|com|org|net|gov|jp|de|fr|uk|info|kr|cn)$")


def is_name(text: str) -> bool:
    """A personal name in any script (Japanese by UniDic, Western and Cyrillic by shape)."""
    text = text.strip()
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        return is_japanese_name(text)
    return bool(WESTERN_NAME.fullmatch(text)) and len(text.split()) <= 5 and not ABBREVIATION.search(text)


# --- reading a note by what its pieces look like --------------------------------------------


def _names_zone(citation: Citation, zone: str) -> None:
    """Authors, editor and translator from the text before the title, when it names persons."""
    zone = zone.strip(" ,、，:：")
    zone = zone if re.search(r"\b[A-ZА-ЯЁ][a-zа-яё]?\.$", zone) else zone.rstrip(".")  # `Aliev, R. Sh.` keeps it
    if not zone:
        return
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", zone):
        authors, editor = split_japanese_authors(zone)
        citation.authors = [a for a in authors if is_japanese_name(a)]
        citation.editor = editor if editor and is_japanese_name(editor.split("・")[0]) else None
        citation.translator = japanese_translator(zone)
        return
    names = split_western_authors(zone)
    if names and all(is_name(n) or re.fullmatch(r"[\w'’-]+,\s[\w.\s'’-]+", n) for n in names):
        citation.authors = names


def find_publisher(rest: str) -> str | None:
    """The publisher among the pieces of a tail, by lexicon and ending; a place alone names none."""
    russian = RU_PUBLISHER.search(rest)
    if russian:
        return clean(russian.group(0))
    for piece in re.split(r"[,，、;()（）]|\.\s|\.$", rest):
        piece = clean(piece.strip())
        if not piece:
            continue
        if piece in PUBLISHER_NAMES:
            return piece
        imprint = PLACE_PUBLISHER.match(piece)
        named = imprint and PUBLISHER_END.search(clean(imprint.group("publisher")) or "")
        place = imprint.group("place") if imprint else ""
        if imprint and (named or is_place(place) or PLACE_JA.search(place) or RU_CITY.fullmatch(place.strip())):
            publisher = clean(re.sub(r"[,\s]+(?:1[6-9]|20)\d\d.*$", "", imprint.group("publisher")))
            if publisher and not NOT_PUBLISHER.match(publisher) and not is_place(publisher):
                return publisher  # after a place: `California: Stanford University Press`, `М.: Мысль`
        piece = clean(re.sub(r"\s?(?:1[6-9]|20)\d\d[年.]?$", "", piece or ""))
        if piece in PUBLISHER_NAMES:
            return piece
        if piece and PUBLISHER_END.search(piece) and not NOT_PUBLISHER.match(piece) and not is_place(piece):
            return piece
    return None


def _is_place(piece: str) -> bool:
    return is_place(piece) or bool(PLACE_JA.fullmatch(piece))


# The editors' role after a list of names: `Flynn, Susan, and Antonia McKay, eds.`, `Smith, John, ed.`
EDITORS_ROLE = re.compile(r",?\s(?:eds?|editors?|\(eds?\.?\))\.?$")


def _name_sentence(sentence: str) -> tuple[list[str], bool] | None:
    """The names of a sentence that holds only names (and maybe the editors' role), or None."""
    role = EDITORS_ROLE.search(sentence)
    names = split_western_authors(sentence[: role.start()] if role else sentence)
    inverted = re.compile(r"[\w'’-]+,\s[\w.\s'’-]+")
    if names and all(is_name(n) or inverted.fullmatch(n) for n in names):
        return names, bool(role)
    return None


def _segments(body: str) -> list[str]:
    """Top-level pieces of an unmarked note.  A note whose first sentence is a name is cut into sentences
    (SIST 02, Chicago: `立花隆. ぼくは…: 立花式読書論, 読書術, 書斎論. 文藝春秋, 375p.`: commas stay inside the
    title); any other into `,`/`、` separated pieces (`山口百惠,蒼い時,集英社,1980.`)."""
    sentences = [s.strip(" .") for s in SENTENCE_BREAK.split(body) if s.strip(" .")]
    if len(sentences) >= 3 and (is_name(sentences[0]) or _name_sentence(sentences[0])):
        return [sentences[0], sentences[1], *(p for s in sentences[2:] for p in split_top_level(s, ",、，"))]
    pieces = [p for s in sentences for p in split_top_level(s, ",、，")]
    return [p.strip(" .") for p in pieces if p.strip(" .")]


# `Title by Author (Publisher)`, as review sites and booksellers list a book.
TITLE_BY_AUTHOR = re.compile(
    r"^(?P<title>[^()]{3,}?)\s[Bb]y\s(?P<names>[A-Z][\w.'’-]*(?:(?:\s|,\s|\sand\s|\s&\s)[A-Z][\w.'’-]*)*)"
    r"\s?(?:\((?P<imprint>[^()]+)\))?\.?$"
)


# GOST names before the title: surname and initials without a comma (`Шершеневич Г.Ф. Учебник …`).
# (`Victor D. Cha, …` is a given name, an initial and the surname: the word after the initials ends the name there)
LEADING_GOST = re.compile(
    r"^(?P<names>[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?\s(?:[A-ZА-ЯЁ]\.\s?){1,3})"
    r"(?=\s?[A-ZА-ЯЁ])(?!\s?[A-ZА-ЯЁ][\w'’-]+[,.])"
)
# A parenthesised imprint or date closing a title piece: `Climate and the British Scene (1952, reissued 1971)`.
TRAILING_IMPRINT = re.compile(r"^(?P<title>.*?\S)\s?\((?P<details>[^()]*(?:1[6-9]|20)\d\d[^()]*)\)$")


def _leading_names(citation: Citation, pieces: list[str]) -> None:
    """Take the name pieces that open a note: `R.C.O. Matthews, C.H. Feinstein, and J.C. Odling-Smee, Title`,
    `Tony Champion (A.G. Champion) et al., Title`, `Flynn, Susan, and Antonia McKay, eds.`."""
    listed = _name_sentence(pieces[0]) if len(pieces) > 1 else None
    if listed and listed[1]:  # editors, never authors
        citation.editor = EDITORS_ROLE.sub("", pieces.pop(0))
        return
    if listed and len(listed[0]) > 1:
        _names_zone(citation, pieces.pop(0))
        return
    role = re.search(r"\s?\((?:eds?|ed\. and trans|trans|編)\.?\)", pieces[0])
    if role and len(pieces) > 1:  # `G. S. Rousseau and Pat Rogers (eds.), Title`: editors, never authors
        citation.editor = pieces.pop(0)[: role.start()].strip()
        return
    names: list[str] = []
    while len(pieces) > 1:
        piece = re.sub(r"\s?\([^()]*\)|,?\s(?:et al|и др)\.?$", "", re.sub(r"^(?:and|&|и)\s", "", pieces[0]))
        if not is_name(piece) or (names and not re.match(r"^(?:and|&|и)?\s?[A-ZА-ЯЁ]\.", pieces[0])):
            break
        names.append(piece.strip())
        pieces.pop(0)
        following = re.sub(r"^(?:and|&|и)\s", "", pieces[0] if pieces else "")
        if re.search(r"et al|и др", piece) or not re.match(r"[A-ZА-ЯЁ]\.", following):
            break
    if names:
        citation.authors = names


def _is_detail(piece: str) -> bool:
    """A piece that belongs to the imprint or locators, never to a title."""
    if EXTENT.match(piece) or SERIES.match(piece) or BARE_DOMAIN.match(piece) or _is_place(piece):
        return True
    if find_publisher(piece) or re.match(rf"^(?:pp?\.|[Vv]ol\.|[Nn]o\.|{NUMERO_SIGN}|ст\.|С\.|с\.)\s?\d", piece):
        return True
    left = fill_details(Citation("", None, 0, 0, ""), piece)
    return not re.search(r"[^\W\d_]{2,}", left)


def _unmarked(citation: Citation, body: str) -> str:
    """A note without title marks: `Name, Title, Place: Publisher Year. Extent.`, `山口百惠,蒼い時,集英社,1980.`;
    the title runs over the pieces up to the first detail.  Returns the details."""
    listed = TITLE_BY_AUTHOR.match(body.strip())
    if listed:
        citation.title = clean(listed.group("title"))
        citation.authors = split_western_authors(listed.group("names"))
        citation.publisher = find_publisher(listed.group("imprint") or "")
        return fill_details(citation, listed.group("imprint") or "")
    leading = LEADING_INVERTED.match(body) or LEADING_GOST.match(body)
    if leading:
        citation.authors = split_western_authors(leading.group("names"))
        body = body[leading.end() :]
    pieces = _segments(body)
    if pieces and not citation.authors:
        _leading_names(citation, pieces)
    byline = next((p for p in pieces if re.match(r"^[Bb]y\s", p)), None)
    if byline and not citation.authors and is_name(split_western_authors(byline[3:])[0]):
        citation.authors = split_western_authors(byline[3:])
        pieces.remove(byline)
    title: list[str] = []
    while pieces and not _is_detail(pieces[0]) and not (title and JOURNAL_PIECE.match(pieces[0])):
        title.append(pieces.pop(0))
    details = ", ".join(pieces)
    imprint = TRAILING_IMPRINT.match(title[-1]) if title else None
    if imprint:
        title[-1] = imprint.group("title")
        details = imprint.group("details") + ", " + details
    for piece in pieces:
        if BARE_DOMAIN.match(piece):
            citation.url = citation.url or piece
    journal = JOURNAL_PIECE.match(pieces[0]) if pieces and title else None
    if journal:  # a second name with numbers after it: the journal
        citation.container = clean(journal.group("name"))
        details = details[journal.end("name") :]
    rest = fill_details(citation, details)
    if not citation.date and title:  # no date among the details: the one the title pieces give (`закон от …`)
        citation.date, _ = find_date(", ".join(title))
    if title and not citation.container and not citation.authors and (citation.issue or citation.volume):
        citation.container = clean(
            ", ".join(title)
        )  # a periodical cited by name and number: `Собрание … РФ. 2013. № 19.`
    elif title:
        citation.title = clean(", ".join(title))
    return rest


def _marked(citation: Citation, body: str, marks: list[re.Match[str]]) -> str:
    """Title and container from title marks; returns the tail after them."""
    first = marks[0]
    whole = next((m for m in marks if m.lastgroup in ("whole", "markup") and m.start() >= first.end()), None)
    _names_zone(citation, body[: first.start()])
    text = clean(first.group(first.lastgroup))
    if first.lastgroup in PART_MARKS and whole:  # 「article」『journal』, “chapter” _Book_
        citation.title, citation.container = text, clean(whole.group(whole.lastgroup))
        return body[whole.end() :]
    rest = body[first.end() :]
    mark = PERIODICAL_MARK.match(rest)
    issue = ISSUE_AFTER_TITLE.match(rest)
    if mark or is_news(text) or (issue and first.lastgroup == "whole" and not re.search(r"巻", issue.group(0))):
        citation.container = text  # a paper or a journal's issue cited without an article
        if mark and mark.group("mark") == "紙":
            citation.type = "news"
        return rest[mark.end() :] if mark else rest
    citation.title = text
    journal = CONTAINER_BEFORE_NUMBER.match(rest) if first.lastgroup in PART_MARKS else None
    if journal and not find_publisher(journal.group("name")):
        citation.container = clean(journal.group("name"))
        return rest[journal.end() :]
    by = BY_AUTHORS.match(rest)
    if by and not citation.authors:
        citation.authors = split_western_authors(by.group("names"))
        rest = rest[by.end() :]
    elif first.lastgroup in PART_MARKS:
        rest = _container_after_part(citation, rest)
    return rest


# `in` and the editors before the book a chapter is in: `in P. Shearman (ed.), Russian Foreign Policy…`.
IN_EDITORS = re.compile(r"^[Ii]n:?\s(?:(?P<editors>[^,()]{3,80}?)\s?\((?:eds?|編)\.?\),?\s)?")
# Where the name in the tail's first piece ends: a bracket, a volume or issue mark, a number (`Foreign Affairs, Vol.
# 69`, `Moskovskie Novosti No. 52`, `Вестник № 3`, NFKC's `Вестник No 3`).
CONTAINER_NAME_END = re.compile(rf"\s?[(（]|\s(?:[Vv]ol\.|[Nn]o\.|{NUMERO_SIGN})|\s\d")


def _container_after_part(citation: Citation, rest: str) -> str:
    """The journal, paper, site or book named right after an article's title: the first piece of the tail that is
    text, not a date, number, place or publisher (`“…,” Foreign Affairs, Vol. 69`, `“Startseite”. Tiroler
    Tageszeitung Online.`, `“…,” in P. Shearman (ed.), Russian Foreign Policy Since 1990 (Boulder: …, 1995)`)."""
    tail = rest.lstrip(" ,.:;")
    into = IN_EDITORS.match(tail)
    if into:
        citation.editor = clean(into.group("editors")) if into.group("editors") else citation.editor
        tail = tail[into.end() :]
    pieces = [p for s in SENTENCE_BREAK.split(tail) for p in split_top_level(s, ",")]
    head = clean(CONTAINER_NAME_END.split(pieces[0], maxsplit=1)[0]) if pieces else None
    if (
        head
        and re.search(r"[^\W\d_]{3,}", head)
        and not (find_publisher(head) or _is_place(head) or find_date(head)[0])
    ):
        citation.container = head
        return tail[tail.index(head) + len(head) :]
    return rest


def parse_generic(citation: Citation, body: str) -> None:
    """Fill a Citation from the fields found anywhere in ``body`` (URL, ISBN and call number already cut)."""
    body = TRAILING_PREDICATE.sub("", body.strip()).strip()
    marks = list(TITLE_MARKS.finditer(body))
    citation.type = "note"
    if marks:
        rest = _marked(citation, body, marks)
        rest = fill_details(citation, rest)
        if not citation.date:  # an author-date year before the title: `中谷巌(1995)『…』`
            citation.date, _ = find_date(body[: marks[0].start()])
    else:
        item = GAZETTE_ITEM.search(body)
        if item:  # the act's item in a gazette (`ст. 3301`), never a page or a title
            citation.number = item.group(0)
            body = body[: item.start()] + " " + body[item.end() :]
        body = re.sub(r"\s?\(ч\.\s?[IVX\d]+\)", " ", body)  # the part of a gazette issue: `№ 52 (ч. I)`
        rest = _unmarked(citation, body)
    citation.publisher = citation.publisher or find_publisher(rest)
    if citation.publisher and citation.container == citation.publisher:
        citation.container = None
    citation.type = generic_type(citation)


def generic_type(citation: Citation) -> str:
    """What the found fields make the work: a paper, a journal article, a chapter, a book or a web page."""
    if citation.type == "news" or (citation.container and is_news(citation.container)):
        return "news"
    if citation.container:
        return "chapter" if citation.editor and not (citation.volume or citation.issue) else "journal article"
    if citation.title:
        return "web page" if citation.url and not (citation.publisher or citation.isbn) else "book"
    return "web page" if citation.url else "note"


# --- how clean a reading is -------------------------------------------------------------------

# Debris a wrong reading leaves inside a field: title marks or a role word with its colon (`木村汎著:《北方領土》`),
# a gap where a date or number was cut out (`от   года`), list markup (`_Title_`), `by` before a name, an extent.
# A GB/T 7714 type code (`[M]`, `[J]`) inside a title means the parser read past the title's end.
FIELD_DEBRIS = re.compile(r"[《》]|^_|_$|^[Bb]y\s|\s{2,}|著[:：]|\b\d+\s(?:pages|pp)\b|\[(?:M|J|N|C|EB/OL)\]")
# `By Patricia O. Daley.` in a review header: a byline the reading should have turned into authors.
BYLINE = re.compile(r"(?:^|[.,]\s)[Bb]y\s[A-ZА-ЯЁ]|\sby\s[A-Z][a-z]+\s(?:[A-Z]\.\s?)*[A-Z][a-z]+")
NAME_DEBRIS = re.compile(r"[「」『』《》“”\"«»‘’_:]|^[Bb]y\s")


def defects(citation: Citation, body: str) -> int:
    """Traces of a wrong reading: debris in a field (2 each) and plain fields left unread (1 each)."""
    count = 0
    for value in (citation.title, citation.container, citation.publisher):
        count += 2 if value and FIELD_DEBRIS.search(value) else 0
    count += 2 * sum(1 for name in citation.authors if NAME_DEBRIS.search(name) or len(name) > 60)
    publisher = citation.publisher or ""
    if publisher and (NOT_PUBLISHER.match(publisher) or is_place(publisher) or EXTENT.match(publisher)):
        count += 2
    if citation.type == "note":
        return count
    if not citation.title and not citation.container and TITLE_MARKS.search(body):
        count += 1
    # a web page's title is quoted without marks and keeps its own dates (`試験結果(2021年度) | 東京都…`)
    page_title = citation.title if citation.type == "web page" and citation.title else None
    if not citation.date and _date_outside_titles(body.replace(page_title, " ") if page_title else body):
        count += 1
    if not citation.authors and BYLINE.search(body):
        count += 1
    if (
        not citation.publisher
        and citation.type in ("book", "chapter")
        and find_publisher(_outside_fields(citation, body))
    ):
        count += 1  # a publisher the note names (`London: Palgrave`) left unread
    return count


def _outside_fields(citation: Citation, body: str) -> str:
    """The note without its titles (`Copy-editing for Editors, Authors, Publishers` names no publisher)."""
    for value in (citation.title, citation.container):
        if value:
            body = body.replace(value, " ")
    return TITLE_MARKS.sub(" ", body)


def _date_outside_titles(body: str) -> bool:
    """A date the note gives for the work itself (not one inside a title, nor a page: `1673 頁`)."""
    value, _ = find_date(blank_pages(TITLE_MARKS.sub(" ", body)))
    return value is not None
