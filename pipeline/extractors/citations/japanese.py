"""Japanese style parsers: references written with Japanese brackets and separators.

`著者『書名』出版社、年` and `著者「論文」『誌名』巻号` (:func:`parse_japanese`, with its zone of names, the
translator after the title and the journal-or-book decision), news headlines and newspapers cited by date,
comma- and colon-separated lists (architecture and science textbooks), SIST 02 in Japanese, running heads,
Japanese author-year notes, natural-science name lists and the spaced records of book sites.  The bracket pairs,
role words and particles they rely on make them a family of their own.
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.authors import japanese_translator, split_japanese_authors
from pipeline.extractors.citations.fields import find_date, find_pages
from pipeline.extractors.citations.humanities import ABBREVIATIONS, OTHERS_ELEMENT
from pipeline.extractors.citations.name_year import JOURNAL_NUMBERS, journal_tail
from pipeline.extractors.citations.vocabulary import (
    AUTHOR_YEAR,
    BARE_PAGES,
    JA_LETTERS,
    NOT_AN_AUTHOR,
    NOT_PUBLISHER,
    ORGANISATION,
    PLACE_JA,
    PUBLISHER_END,
    bracket_groups,
    clean,
    fill_details,
    is_news,
    leftover_publisher,
    page_range,
    responsibility_editor,
    split_top_level,
)
from pipeline.records import Citation

# A newspaper cited by its date: `1952年11月26日付朝日新聞`, `朝日新聞2002年3月10日朝刊`,
# `『産業経済新聞』1999.08.19(東京朝刊)` (a commentary site quoting its source; the edition is dropped). A clock time
# glued to the paper is no day: `配信2017/8/16 23:15日本経済新聞` names 日本経済新聞, not 本経済新聞.
DATED_NEWS = re.compile(
    r"^(?P<date>[^、,]*?(?:(?<![\d:：])\d+日|(?:19|20)\d\d/\d{1,2}/\d{1,2}))(?:\s?\d{1,2}:\d\d)?\s?付?(?:の)?\s?『?(?P<paper>[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]+?(?:新聞|通信|日報))』?(?P<rest>.*)$"
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


# A news outlet named before the headline in 『』 or 「」, with the day it delivered the story: `(共同通信『経済安保
# 推進法が成立へ …』2022年5月11配信)`, `(朝日新聞デジタル『…』2022年5月10日配信)` (blog notes quoting their source).
OUTLET_HEADLINE = re.compile(r"^[(（]?(?P<outlet>[^『「(（\s]{2,20}?)\s?[『「]")
# The delivery day, its 日 sometimes dropped before 配信: `2022年5月11配信`, `2022年5月10日配信`.
DELIVERED = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日?\s?配信")


def news_outlet_as_container(citation: Citation, reference: str) -> None:
    """A news outlet read as the author of a headline is the container; `…配信` is its date, not a publisher."""
    match = OUTLET_HEADLINE.match(reference)
    outlet = match.group("outlet") if match else None
    if not outlet or citation.authors != [outlet] or citation.container or not is_news(outlet):
        return
    citation.authors, citation.container, citation.type = [], outlet, "news"
    delivered = DELIVERED.search(reference)
    if delivered:
        citation.date = f"{delivered['y']}-{int(delivered['m']):02d}-{int(delivered['d']):02d}"
    if citation.publisher and citation.publisher.endswith("配信"):
        citation.publisher = None


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
    rf"[{JA_LETTERS}A-Za-z0-9・]*[\u3040-\u309f][{JA_LETTERS}A-Za-z0-9・]*)(?:\s|[、,，]|$)"
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
TRANSLATOR_AFTER_TITLE = re.compile(
    rf"^\s?[、,，]?\s?(?P<names>[{JA_LETTERS}A-Za-z・]{{2,30}}?)(?:監訳|訳)(?=[\s(（、,，]|$)"
)


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
BARE_AUTHOR_AFTER_TITLE = re.compile(rf"^\s(?P<name>[\u4e00-\u9fff]{{2,6}})\s(?=[{JA_LETTERS}A-Za-z])")
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
    from pipeline.extractors.citations.generic import is_japanese_name

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

# Library answers name the responsible people inside the imprint's brackets, before the publisher, each with its
# role after a slash (gone by now) and a space inside a personal name: `『保育年報 2015』(全国保育協議会/編 全国社会
# 福祉協議会 2015)`, `(竹内 誠/監修,市川 寛明/編 小学館 2004)`, `(磯田 道史/著 新潮社 2003)`.
IMPRINT_RESPONSIBILITY = re.compile(
    rf"^\s?(?P<open>[(（])(?P<names>[{JA_LETTERS}・,，、\s]{{2,40}}?(?:監修|編著|編集|著|編))\s(?=\S)"
)


def _imprint_responsibility(citation: Citation, rest: str) -> str:
    """Authors and editors named inside the imprint's brackets; the rest without them, so no name is the publisher."""
    match = IMPRINT_RESPONSIBILITY.match(rest)
    if not match:
        return rest
    authors, editor = split_japanese_authors(match.group("names"))
    citation.authors = citation.authors or authors
    citation.editor = citation.editor or editor
    return match.group("open") + rest[match.end() :]


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
            rest = _imprint_responsibility(citation, _bare_author_after_title(citation, rest))
        citation.title = without_edition_ja(citation.title)
    else:
        citation.type = "book"
        container = re.match(rf"^\s?(?P<name>[{JA_LETTERS}A-Za-z]+?)\s?(?=第?\d+[巻号]|Vol|vol|No|no)", rest)
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


# Names after a title-first entry, ending in their role: `田中英夫[ほか]著 `, `指宿信 編著 `,
# `板倉聖宣/監修 日外アソシエーツ` (a CRD answer, current.ndl.go.jp/aggregator/categories/1?page=4: the
# supervisor is an editor, no publisher).
TITLE_FIRST_NAMES = re.compile(rf"^\s?(?P<names>[{JA_LETTERS}・、\[\]\s]+?(?:編著|監修|著|編))\s")

# Official papers named by what they are: `…に関する質問に対する答弁書`, `…白書`, `…報告書`.
GOVERNMENT_DOCUMENT = re.compile(r"(?:答弁書|質問主意書|白書|報告書|議事録|会議録)$")


# Architecture and engineering lists (日本建築学会 and others): names, a colon with no spaces, then the title and the
# other elements separated by commas, the year and month last (`1992.8`):
#   `小林秀樹:集住のなわばり学, 彰国社,pp.107-110,1992.8` (book),
#   `小林秀樹,鈴木成文:集合住宅における共有領域の形成に関する研究 その1,共有領域の構造, 日本建築学会論文報告集,
#   第 307 巻,pp.102-111,1981.9` (journal article; a numbered part `その1` keeps its subtitle after the comma).
COLON_COMMA_JA = re.compile(
    rf"^(?P<names>[{JA_LETTERS}\s]{{2,14}}(?:[,，、・][{JA_LETTERS}\s]{{2,14}}){{0,8}}(?:ほか|他)?)"
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

# A Japanese personal or corporate name as the first element (`山口百惠`, `桂 三枝`, `外務省条約局`);
# anything longer, or in another script, is a title (`.РФ 新ドメイン登録申請受付開始`).
JA_NAME = re.compile(rf"[{JA_LETTERS}]{{1,12}}(?:\s[{JA_LETTERS}]{{1,6}})?(?:ほか|他|編|著)?")
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


# SIST 02 in Japanese, periods without spaces: `井手文雄.界面制御と複合材料の設計.東京,シグマ出版,1995,250p.`
# A period ends an element after a Japanese letter or a closing quote; `vol.3` and `p.63` do not split.
JA_ELEMENT_END = re.compile(
    rf"(?<=[{JA_LETTERS}”」』)])[.．]\s?(?=\S)|" + "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS) + r"[.．]\s(?=\S)"
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
    if len(parts) < 3 or not re.fullmatch(rf"[{JA_LETTERS}A-Za-z・、,\s]{{2,40}}", parts[0]):
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
        journal_tail(citation, ", ".join(tail))
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


# A Japanese author-date reference with a locator: `内閣府(2006)、第I部第1章参照。`, `泉井(1981)、p.12`, the year
# with 年 (`中华人民共和国外交部(1965年)、45ページ。`, a short note whose work the reference list gives in full);
# or with its title after a space (net sources): `指宿 信 (2000) ネット文献の引用方法について`.
JA_AUTHOR_YEAR = re.compile(
    rf"^(?P<author>[{JA_LETTERS}A-Za-z・]{{1,12}}(?:\s[{JA_LETTERS}A-Za-z・]{{1,8}})?)\s?[(（](?P<year>(?:1[6-9]|20)\d\d)[a-z]?年?[)）]"
    r"(?P<rest>[^「『]*)$"
)
# A title after the year: text that starts after a space, not a locator after a separator.
TITLE_AFTER_YEAR = re.compile(r"^\s(?P<title>[^\s\d、,，.。][^、,，]*?)\s*\.?$")


# A Japanese name in a natural-science list, with or without the space between surname and given name (`谷 俊男`).
_JA_LIST_NAME = rf"[{JA_LETTERS}]{{1,12}}(?:\s[{JA_LETTERS}]{{1,8}})?"
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
BOOK_EDITOR = re.compile(rf"\s?[(（](?P<editor>[{JA_LETTERS}\s・]{{2,30}}?)\s?編[)）]$")
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
