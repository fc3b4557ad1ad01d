"""Dates extractor: every temporal expression in a Japanese text, normalised to ISO 8601.

A rule-based temporal tagger in the manner of ja-timex: the patterns are
data, one module per kind of expression under ``extractors/timex/``
(``absdate`` Gregorian, era and citation dates; ``reldate`` 同日 / 昨年;
``duration``; ``clock``; ``ranges``), and ``find_dates`` reads as the outline:

1. normalise numbers (full width -> ASCII, same length, so offsets hold);
2. run every pattern; drop matches inside URLs;
3. keep the longest non-overlapping matches;
4. join date + clock time, a day and its weekday, ``今日から2日後``, and
   ``A から B`` into ranges;
5. add modifiers (約, 以上, ぶり, にかけて) to the surface;
6. resolve partial and relative dates in context (previous mention,
   publication date) and write the ISO 8601 values.

Conventions (tests/test_dates.py holds a real example of each):

- Seconds written in words are part of the time: ``午前9時49分46秒`` is
  ``T09:49:46`` (``38.7秒`` -> ``:38.7``), precision ``second``; ``59分13秒``
  after an hour is never a length.  Machine timestamps (``14:03:32``) keep minutes.
- ``9分27秒後`` is a duration ``PT9M27S`` with modifier 後; it becomes a time
  only when the anchor it counts from has a clock time (``…46秒に発生し、その
  9分27秒後`` -> kind time), never from a bare day (no 00:09 invented), and
  stays a length when the text writes the point right after it
  (``9分27秒後である9時59分13秒``).
- Ordinal counters are not dates or lengths: ``2日目``, ``3年目``, ``3カ月目``,
  ``2時間目``, ``5回目`` give no mention.
- Rates are units, not time: ``1日当たり``, ``1年あたり``, ``1時間につき``,
  ``1日平均`` give no mention (nor does ``年間`` as "per year").
- Window words belong to the span (``ここ数年``, ``今後5日間``, and ``この数年``,
  the same idiom); この before a count does not (``この10年間`` -> ``10年間``), nor
  does the noun 残り (``残り2か月`` -> ``2か月``).
- The year of a case or law number is no mention (``平成11年(行ツ)第8号``,
  ``平成30年法律第75号``) but anchors a later ``同年``; ``同16年`` is year 16 of the
  era of the previous mention.
- A weekday in parentheses closes a date: ``平成29年7月21日(金曜日)10時21分`` is a
  date and a time (on that day), unless the time begins or ends a range.
- Schedules: ``▽9時5分 私邸発。22分 官邸。`` -- a bare ``22分`` opening a sentence
  is 9:22; a bare hour in a sentence about a dinner is in the evening.
- A shift counted from an event the text does not date is a length: ``通告から6カ月後`` is
  ``P6M`` (``このロ朝首脳会談から約9か月後`` points back to a dated meeting and is a date); so is
  a shift finer than its anchor (``60日後`` after a bare ``1987年``).
- ``何年にもわたって``, ``何日も``: a vague length (``PXY``); ``同日``/``前日`` after a bare ``21日``
  in a text with no year or month give the day as far as the text does (``---21``, ``---20``).
- A year in a clause that dates an instrument (``1987年に締結された…条約``) is a label: it does
  not date the story, so a later ``10月`` does not take it.
- A two-digit year naming a thing (``56年宣言``, ``60年安保``) is a date, the year the text spells out
  (``1956年``); a count of years after an event (``終戦75年``, ``戦後80年``) is an anniversary, no mention.
- A time stamp opening its own line (``2020.4.25 19:58``) dates the article below it when the document
  has no publication date; a から before a length that lasted (``…ごろから1時間半余りにわたって``) stays
  with the point.
- Years of treaty and notice numbers are no mentions either (``明治40年条約第1号``, ``昭和31年外務省告示第11号``);
  a holiday after ``第N回`` names a yearly event (``第35回憲法記念日集会``), no mention; a bare day count no
  month has (``六十日``, ``90日``) is a length; ``以内に`` keeps its に (``2ヶ月以内に``, as Recognizers-Text).
- Two consecutive days listed with a comma are one range (``7月7、8両日``, ``今月3、4日``; 両日 inside);
  ``同14日`` keeps its 同 as 同日 does; a span of fiscal years keeps 年度 (``1992-2019年度``).
- A bare two-digit year after an era-written date is a year of that era (``平成18年1月23日`` … ``19年度以降``
  = 2007), unless the text before writes a Western year (then ``15年度`` is 2015).
- A full date alone on its line (a notice's ``平成19年2月21日``) dates a text without a publication date
  (``昨年10月`` below it is 2006-10); a ``以来`` bound (``今年8月以来``) leaves the day told in place for a
  later ``同日午後``; ``午前`` / ``午後`` alone are halves of the day the story is at; ``年内`` stays out.
- White-paper years (``98(同10)年11月``: two Western digits, the era year in parentheses, 同 for the era
  named before) are one date, the era year giving the century (1998-11); a から between a point and an
  adverbial length (``2007年1月16日から3日間、…行われた``) stays in the point's row.
- News shorthand years (``02年``, ``2023年`` … ``23年には``, ``91年と99年の合意``) are years, not lengths
  (``absdate.short_year_in_context``); a year naming an agreement (``91年の合意``) is a label; a day word in
  apposition (``翌日の7月2日``) is the date after it.
"""

from __future__ import annotations

import itertools
import re

from pipeline.extractors.instruments.vocab import INSTRUMENT_WORD
from pipeline.extractors.timex import absdate, clock, duration, eralist, fiscal, ranges, recur, reldate
from pipeline.extractors.timex.base import Candidate, Parsed, Pattern, Point
from pipeline.extractors.timex.modifiers import SUB_PERIODS, WINDOWS, add_modifiers, join_sub_period_ranges
from pipeline.extractors.timex.resolve import Resolved, Resolver, complete_end, iso, precision, shift_point, window
from pipeline.records import DateMention

PATTERNS: list[Pattern] = [
    *absdate.PATTERNS,
    *reldate.PATTERNS,
    *ranges.PATTERNS,
    *duration.PATTERNS,
    *clock.PATTERNS,
    *recur.PATTERNS,
    *fiscal.PATTERNS,
]

# Full-width digits and date punctuation -> ASCII, one character for one (offsets unchanged); the
# Unicode hyphens U+2010 / U+2011 are hyphen-minus too (repository cover pages print 2011‐10‐14).
_FULL = "０１２３４５６７８９／．－：　\u2010\u2011"
_HALF = "0123456789/.-: --"
_NORMALISE = str.maketrans(_FULL, _HALF)

# URLs (with or without scheme): dates inside them are not mentions.
URL = re.compile(r"(?:https?://|www\.)[^\s<>「」『』()（）\"]+")


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every temporal expression in ``text``, in text order, values resolved in context.

    ``published`` (ISO ``2024-06-28``) anchors 昨年, 今日 and partial dates
    that no earlier mention anchors.
    """
    work = normalise_numbers(text)
    candidates = drop_foreign_lines(work, drop_in_urls(work, run_patterns(work)))
    candidates = slash_dates_by_discourse(work, candidates)
    candidates = longest_first(candidates)
    candidates = eralist.era_list_years(work, candidates)
    candidates = hide_document_numbers(work, candidates)
    candidates = ranges.join_date_time(work, candidates)
    candidates = ranges.join_weekdays(work, candidates)
    candidates = ranges.join_day_words(work, candidates)
    candidates = ranges.join_anchored_shifts(work, candidates)
    candidates = clock.schedule_times(work, candidates)
    candidates = ranges.join_ranges(work, candidates)
    candidates = clock.evening_hours(work, candidates)
    candidates = keep_appositive_lengths(work, candidates)
    candidates = add_modifiers(work, candidates)
    candidates = join_sub_period_ranges(work, candidates)
    candidates = trim_spaces(work, candidates)
    return resolve_all(text, candidates, published)


def normalise_numbers(text: str) -> str:
    """Full-width digits and separators as ASCII; same length as ``text``."""
    return text.translate(_NORMALISE)


def run_patterns(text: str) -> list[Candidate]:
    """Every non-empty match of every pattern that parses."""
    found = []
    for pat in PATTERNS:
        for match in pat.finditer(text):
            if match.end() == match.start():
                continue
            parsed = pat.parse(match)
            if parsed is not None:
                found.append(Candidate(match.start(), match.end(), parsed, pat.name))
    return found


def drop_in_urls(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop matches that overlap a URL (``.../2023/09/14/...`` is a path, not a date)."""
    spans = [m.span() for m in URL.finditer(text)]
    return [c for c in candidates if not any(c.start < e and s < c.end for s, e in spans)]


# A Japanese character: a line without any in a Japanese text is a foreign-language entry (an English reference in a
# Japanese list: World Bank. 2021. Global Economic Prospects, January 2021.), annotated for citations only (h11).
JAPANESE_CHAR = re.compile(r"[ぁ-んァ-ヶ一-龥]")
ENGLISH_PATTERNS = {"en_mdy", "en_dmy", "en_my", "en_edition"}
# A citation's bare year (Law, 2024, vol. 26; Smith 1993, pp. 96-97) on such a line is the foreign entry's too.
FOREIGN_LINE_PATTERNS = ENGLISH_PATTERNS | {"citation_year", "author_year_pages"}


def drop_foreign_lines(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop English dates and citation years on lines with no Japanese character, in a Japanese text (see above)."""
    if not JAPANESE_CHAR.search(text):
        return candidates
    kept = []
    for candidate in candidates:
        line_start = text.rfind("\n", 0, candidate.start) + 1
        line_end = text.find("\n", candidate.end) % (len(text) + 1)
        foreign = candidate.pattern in FOREIGN_LINE_PATTERNS and not JAPANESE_CHAR.search(text, line_start, line_end)
        if not foreign:
            kept.append(candidate)
    return kept


def longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping matches, the longest winning (then the earliest), in text order."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    # On a tie a set wins (休館日は月曜日: every Monday, not one), then a duration.
    tie = {"set": 0, "duration": 1}
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start, tie.get(c.parsed.kind, 2))):
        if not any(candidate.start < e and s < candidate.end for s, e in taken):
            chosen.append(candidate)
            taken.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda c: c.start)


def hide_document_numbers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A bare year that dates a case or law number (``平成11年(行ツ)第8号``, ``平成30年法律第75号``) is no
    mention; it stays as a hidden anchor, since ``同年11月10日`` after it takes its year.  A full date
    before a law number (``平成16年6月2日法律第73号``) is the promulgation day: a date."""
    for candidate in candidates:
        point = candidate.parsed.point
        bare_year = point is not None and point.year is not None and point.month is None and point.shift is None
        if (
            bare_year
            and candidate.parsed.kind == "date"
            and absdate.DOCUMENT_NUMBER_AFTER_YEAR.match(text, _after_other_calendar(text, candidate.end))
        ):
            candidate.hidden = True
    return candidates


# The same year in the other calendar between a year and its law number: 1898年・明治31年法律第10号 (the law of
# Meiji 31, written with its Western year first); both years only number the law.
OTHER_CALENDAR_YEAR = re.compile(
    rf"[・、/]\s?(?:{absdate.ERA_NAMES})(?:元|[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})年"
)


def _after_other_calendar(text: str, end: int) -> int:
    """Where a law number would begin after a year: past a second writing of that year, if any."""
    match = OTHER_CALENDAR_YEAR.match(text, end)
    return match.end() if match else end


def trim_spaces(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A span never begins or ends in whitespace: the optional space a pattern allows between parts
    (``2019年 5月``) stays outside when no part follows it (``(2019年 ロイター/…)``)."""
    for candidate in candidates:
        while candidate.end > candidate.start + 1 and text[candidate.end - 1].isspace():
            candidate.end -= 1
        while candidate.start < candidate.end - 1 and text[candidate.start].isspace():
            candidate.start += 1
    return candidates


# Patterns whose M/D match says by itself that it is a date: a weekday (2/28(水)), a word that only
# follows a point in time (8/9以降), a year word before it (同年12/12).
SLASH_CUES = {"month_slash_day", "month_slash_day_cued", "month_slash_day_clock"}


def slash_dates_by_discourse(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Keep a bare ``8/14`` (no weekday, no date word after it) only in a text that writes another
    M/D date with such a cue: one sense per discourse (Gale, Church & Yarowsky 1992).  Elsewhere a
    bare ``1/2`` is more often a fraction than January 2nd."""
    cued = any(
        c.pattern in SLASH_CUES or (c.pattern == "year_rel" and "/" in text[c.start : c.end]) for c in candidates
    )
    return [c for c in candidates if cued or c.pattern != "month_slash_day_bare"]


# The clause between a year and the instrument it dates: 1987年に締結された中距離核戦力(INF)全廃条約, 1993年に締結
# された日ロ政府間の非核化協力に関する協定 (an acronym in parentheses may stand inside a short name).
LABEL_CLAUSE = r"に(?:締結|署名|調印|採択|制定|成立|発効|公布|施行|批准)(?:され|し)た"
# A year-only mention that dates a named instrument is a label (``1993年のロシア憲法``, ``1956年共同宣言``,
# ``1961年の条約``): it names a document, not the time the story is at, so a later ``7月1日`` does not
# take its year (it still anchors ``同年``).  The instrument words are the instruments extractor's.
LABEL_AFTER_YEAR = re.compile(
    rf"(?:[とや・](?:[0-9]{{2}}|[0-9]{{4}})年)?"  # 91年と99年の合意: a year listed with the labelled one
    rf"(?:{LABEL_CLAUSE}[^、。,\n「」がはを]{{0,30}}?"  # after the clause, the name may hold の / に関する
    rf"|の?[一-龥々ァ-ヴー・]{{0,12}}?(?:[(（][A-Za-z]{{2,8}}[)）][一-龥々ァ-ヴー・]{{0,8}}?)?"
    rf"|の[^。、,\n「」がはを]{{0,30}}?(?=合意))"  # 1991年の日ソ外相間の往復書簡による(四島交流の)合意: an agreement
    rf"(?:{INSTRUMENT_WORD}|合意)(?![一-龥])"
)


def is_label_year(text: str, candidate: Candidate) -> bool:
    """A bare year directly before the instrument it dates (see ``LABEL_AFTER_YEAR``)."""
    point = candidate.parsed.point
    short = point is not None and point.year_ref is not None and point.year_ref.base == "century"  # 91年の合意
    if point is None or (point.year is None and not short) or point.month is not None:
        return False
    if point.shift is not None or point.day_ref is not None or point.month_ref is not None:
        return False
    return candidate.parsed.kind == "date" and LABEL_AFTER_YEAR.match(text, candidate.end) is not None


# Between a shift and the point it names, written out right after it: 9分27秒後である9時59分13秒.
APPOSITION = re.compile(r"である|、|,")


def keep_appositive_lengths(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``9分27秒後である9時59分13秒``: the text writes the point itself, so the shift before it stays
    a length (``PT9M27S``, modifier 後) instead of computing the same time a second time."""
    for current, following in itertools.pairwise(candidates):
        point = current.parsed.point
        if point is None or point.shift is None or current.parsed.duration is None:
            continue
        if following.parsed.kind in ("date", "time") and APPOSITION.fullmatch(text[current.end : following.start]):
            current.parsed.kind, current.parsed.point = "duration", None
    return candidates


# A day counted from an event, then the date it is, in apposition (jfir.or.jp: 国民投票の翌日の7月2日, 投開票日の
# 前日の20日): the text writes the day itself, so the day word takes that date instead of counting from the
# previous mention (the event it counts from, 国民投票, is not that mention).
APPOSITIVE_DAY_WORDS = frozenset({"翌日", "前日", "当日", "その翌日", "その前日", "翌々日", "前々日"})
FULL_DAY_VALUE = re.compile(r"(?:[0-9]{4}|-)-[0-9]{2}-[0-9]{2}")  # 2020-07-02, --07-02: a month and a day


def dates_in_apposition(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``翌日の7月2日``: the day word's value is the date written right after it with の."""
    for current, following in itertools.pairwise(mentions):
        if current.surface not in APPOSITIVE_DAY_WORDS or text[current.end : following.start] != "の":
            continue
        if (
            following.kind == "date"
            and following.value
            and re.fullmatch(r"(?:[0-9]{4}|-)-[0-9]{2}-[0-9]{2}", following.value)
        ):
            current.value, current.precision = following.value, following.precision
            current.resolution, current.anchor = "inferred", following.mention_id
    return mentions


def resolve_all(text: str, candidates: list[Candidate], published: str | None) -> list[DateMention]:
    """Resolve every candidate in text order and build the records (hidden anchors resolved, not kept)."""
    resolver = Resolver(text, published)
    resolver.stated_years = stated_years(candidates)
    mentions = []
    for number, candidate in enumerate(candidates, start=1):
        mention_id = f"H{number:04d}" if candidate.hidden else f"D{len(mentions) + 1:04d}"
        mention = _mention(resolver, text, candidate, mention_id)
        if not candidate.hidden:
            mentions.append(mention)
    for mention in mentions:
        if mention.anchor and mention.anchor.startswith("H"):
            mention.anchor = None  # taken from a document number's year: no mention row to point at
    return dates_in_apposition(text, mentions)


def stated_years(candidates: list[Candidate]) -> frozenset[int]:
    """The years of the full dates the text writes (平成29年4月14日): the time the text is about.  A year
    alone or with a month is often background (``1978年の「日中平和友好条約」`` in a 2022 notice), and a law
    number's year is no date of the text."""
    points = [p for c in candidates if not c.hidden for p in (c.parsed.point, c.parsed.end) if p is not None]
    return frozenset(p.year for p in points if p.year is not None and p.month is not None and p.day is not None)


def _mention(resolver: Resolver, text: str, candidate: Candidate, mention_id: str) -> DateMention:
    parsed = candidate.parsed
    record = DateMention(
        mention_id=mention_id,
        start=candidate.start,
        end=candidate.end,
        surface=text[candidate.start : candidate.end],
        kind=parsed.kind,
        value=None,
        calendar=parsed.calendar,
        modifier=" ".join(parsed.modifiers) or None,
    )
    if parsed.kind == "set":
        record.value = parsed.value  # a recurrence: no anchor, no resolution in context (timex/recur.py)
    elif parsed.kind == "range":
        _fill_range(resolver, candidate, parsed, record)
    elif parsed.point is not None:
        _fill_point(resolver, candidate, parsed, record)
    else:
        _fill_duration(resolver, candidate, record)
    return record


def _fill_point(resolver: Resolver, candidate: Candidate, parsed: Parsed, record: DateMention) -> None:
    resolved = resolver.point(candidate, parsed.point)
    if resolved.point is not None:  # 令和5年度末, 年度初め: the month that edge of the fiscal year names
        resolved = Resolved(fiscal.fiscal_edge(resolved.point, parsed.modifiers), resolved.resolution, resolved.anchor)
    if parsed.point.shift is not None:
        record.duration = parsed.point.shift[1].iso()
        if resolved.point is None:  # no anchor: it stays a duration (1年後 in a conditional)
            record.kind, record.value, record.precision = "duration", record.duration, None
            return
        record.kind = "time" if resolved.point.hour is not None else "date"  # その9分27秒後: a clock time
    record.value = iso(resolved.point)
    record.precision = precision(resolved.point)
    record.resolution, record.anchor = resolved.resolution, resolved.anchor
    explicit = resolved.resolution == "explicit" and parsed.point.shift is None
    label = is_label_year(resolver.text, candidate)
    if in_zone_note(resolver.text, candidate):
        return  # 19日午後(日本時間20日午前): the same moment on another clock; この日 is still the 19th
    if in_text_citation(resolver.text, candidate):
        return  # 〔中川(2001年)、74ページ〕: when a source appeared, not the time of the story (no 同年 anchor)
    if COMPARISON_BASE.match(resolver.text, candidate.end) or _compared_against(resolver.text, candidate):
        return  # 前月末に比べ, 前年同期比: the base of a comparison, not the time the story moves to
    since = "以来" in parsed.modifiers
    resolver.remember(
        year_edge(resolved.point, parsed.modifiers),
        record.mention_id,
        candidate.end,
        explicit_point=explicit,
        label=label,
        since=since,
    )
    if explicit and (
        DATELINE_STAMP.match(resolver.text, candidate.start, candidate.end + 1) or _date_line(resolver.text, candidate)
    ):
        resolver.adopt_dateline(resolved.point, record.mention_id, candidate.end)
    if parsed.point.year is None and YEARLESS_STAMP.match(resolver.text, candidate.start, candidate.end + 1):
        resolver.adopt_header(resolved.point, record.mention_id, candidate.end)
    month_only = parsed.point.month is not None and parsed.point.day is None
    if explicit and month_only and _title_line(resolver.text, candidate):
        resolver.adopt_title(resolved.point, record.mention_id, candidate.end)
    year_alone = resolved.point is not None and resolved.point.year is not None and resolved.point.month is None
    if explicit and year_alone and _year_heading(resolver.text, candidate):  # the line test for a year alone only
        resolver.adopt_heading(resolved.point, record.mention_id, candidate.end)


# What may stand beside the year on a heading line: a gloss in the other calendar, in brackets
# (2023年(令和5年)) or after a space (a blog's Genroku chronology: ``元禄2年 1689年``), a list bullet or the
# wiki mirrors' ``[編集]``.
_ERAS = f"{absdate.OLD_ERA_NAMES}|{absdate.ERA_NAMES}"
HEADING_REST = re.compile(
    rf"[\s・•\-]*(?:[（(][^（）()\n]{{1,12}}[)）]|(?:{_ERAS})?(?:元|[0-9]{{1,4}})年(?=\s|$)"
    rf"|(?<=\s)(?:{_ERAS})?(?:元|[0-9]{{1,4}})年)?(?:\[編集\]|編集)?\s*"
)


def _year_heading(text: str, candidate: Candidate) -> bool:
    """``candidate`` is a whole line save a gloss: a year heading of a chronology (``召集前\\n2023年\\n1月5日 - …``)."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.end)
    line_end = len(text) if line_end < 0 else line_end
    before = HEADING_REST.fullmatch(text, line_start, candidate.start)
    return before is not None and HEADING_REST.fullmatch(text, candidate.end, line_end) is not None


# A title line: the first line of a text of several, short and with no sentence end (日経: 2018年1月の日経平均株価).
TITLE_MAX = 60


def _title_line(text: str, candidate: Candidate) -> bool:
    """``candidate`` stands in the first line of the text, and that line reads as a title."""
    line_end = text.find("\n")
    return 0 < line_end <= TITLE_MAX and candidate.end <= line_end and "。" not in text[:line_end]


# The month an edge of a calendar year stands at, as an anchor: after 2025年末 the next 2月 is February 2026.
YEAR_EDGE_MONTH = {"末": 12, "初め": 1, "初頭": 1, "頭": 1, "年頭": 1, "年初": 1, "年末": 12}


def year_edge(point: Point | None, modifiers: list[str]) -> Point | None:
    """A year with its end or start (``2025年末``, ``2019年初め``) anchors later months from that month;
    the mention's own value stays the year."""
    if point is None or point.year is None or point.month is not None or "年度" in modifiers:
        return point
    month = next((YEAR_EDGE_MONTH[m] for m in modifiers if m in YEAR_EDGE_MONTH), None)
    return point.with_(month=month) if month else point


# After a date, the words that make it the base of a comparison (日経: 月末終値が…と前月末に比べ333円上昇した。…
# 23日には…; 前年同期比, 前年比): a later bare 23日 keeps the month the story is in, not the base's.
COMPARISON_BASE = re.compile(r"(?:に|と)比(?:べ|較)|(?:同期)?比(?![率例喩重])|対比")


# Before a date, the 対 of a rate against a base period (官報資料版: 半期別対前年同期実質増加率でみると、一~六月期は…;
# 対前年比, 対前月比): the base, not the period the next months belong to.
COMPARED_AGAINST = "対"


def _compared_against(text: str, candidate: Candidate) -> bool:
    return candidate.start > 0 and text[candidate.start - 1] == COMPARED_AGAINST


def _date_line(text: str, candidate: Candidate) -> bool:
    """A full date alone on its line (``平成19年2月21日`` heading a press release) dates what follows it."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : candidate.start].strip() and not text[candidate.end : line_end].strip()


# A web article's time stamp opening its own line (``2020.4.25 19:58国際欧州・ロシア``, ``2016/12/15
# 10:30共同通信``): a full date with a clock time at a line start, not inside a sentence.
DATELINE_STAMP = re.compile(r"(?:(?<=\n)|^)[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2} [0-9]{1,2}:[0-9]{2}", re.MULTILINE)


# The same stamp without a year, as broadcasters' pages print it (KBC ``12/11 23:32 更新``, NHK via a mixi
# diary ``11月26日 10時56分``): a month and day with a clock time alone at a line start.
YEARLESS_STAMP = re.compile(
    r"(?:(?<=\n)|^)(?:[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日) ?[0-9]{1,2}(?::|時)[0-9]{2}分?", re.MULTILINE
)


# The opening of a parenthesised time-zone note: (日本時間20日午前), (現地時間2日).
ZONE_NOTE_OPEN = re.compile(r"[(（](?:日本|現地|[ァ-ヶー]{2,8}|[一-龥]{1,4}標準)時間?の?$")


def in_zone_note(text: str, candidate: Candidate) -> bool:
    """A date in a time-zone note restates the point before it; it is no anchor for 同日 / この日."""
    return bool(ZONE_NOTE_OPEN.search(text, max(0, candidate.start - 12), candidate.start))


# After the year of an in-text citation: its pages (中川(2001年)、74ページ; 竹内均 1970, p. 25.).
CITATION_PAGES_AFTER = re.compile(r"年?[)）]?[、,]\s?(?:pp?\.\s?[0-9]|[0-9]+(?:[-~〜][0-9]+)?(?:ページ|頁))")


def in_text_citation(text: str, candidate: Candidate) -> bool:
    """A bare year followed by the pages it cites is a source's year; it anchors no later 同年."""
    point = candidate.parsed.point
    bare_year = point is not None and point.year is not None and point.month is None
    return bare_year and CITATION_PAGES_AFTER.match(text, candidate.end) is not None


def _fill_range(resolver: Resolver, candidate: Candidate, parsed: Parsed, record: DateMention) -> None:
    """Both ends resolved; ``11月から2017年2月まで`` takes the beginning's year from the end."""
    start = parsed.point
    if start.year is None and start.month is not None and parsed.end.year is not None and start.year_ref is None:
        crosses = (parsed.end.month or 12) < start.month
        start = start.with_(year=parsed.end.year - (1 if crosses else 0))
    begin = resolver.point(candidate, start)
    end_point = complete_end(begin.point, parsed.end) if begin.point else parsed.end
    end = resolver.point(candidate, end_point) if end_point.year is None else None
    end_final = end.point if end else end_point
    record.begin, record.end_value = iso(begin.point), iso(end_final)
    record.value = f"{record.begin}/{record.end_value}" if record.begin and record.end_value else None
    if record.begin == record.end_value and any(m in SUB_PERIODS for m in parsed.modifiers):
        record.value = None  # 2015年前半から半ば頃にかけて: ISO 8601 has no value for parts of a period
    record.precision = precision(begin.point)
    record.resolution, record.anchor = begin.resolution, begin.anchor
    resolver.remember(end_final, record.mention_id, candidate.end)


def _fill_duration(resolver: Resolver, candidate: Candidate, record: DateMention) -> None:
    """A duration; 今後5日間 / 過去5年間 / 9か月以内に become the range they name when the
    publication date is known, 明日から3日以内 the range from the day written before it."""
    parsed = candidate.parsed
    assert parsed.duration is not None
    record.value = record.duration = parsed.duration.iso()
    if parsed.anchor is not None:
        base = resolver.point(candidate, parsed.anchor)
        end = shift_point(base.point, parsed.duration, 1, keep_day=True) if base.point else None
        span = (base.point, end) if end else None
    else:
        word = _window_word(resolver.text, candidate)
        span = window(resolver.pub, parsed.duration, word) if word else None
    if span is not None:
        record.kind, record.resolution = "range", "relative"
        record.anchor = base.anchor if parsed.anchor is not None else "published"
        record.begin, record.end_value = iso(span[0]), iso(span[1])
        record.value, record.precision = f"{record.begin}/{record.end_value}", precision(span[0])


# Words before a deadline that name its own starting point (施行の日から起算して6月以内に): no window from today.
OWN_START = re.compile(r"(?:から|より|起算して|以後|後)[^。]{0,4}$")


def _window_word(text: str, candidate: Candidate) -> str | None:
    """今後 / 過去 before the duration, or 以内に after it when no other starting point is written."""
    modifiers = candidate.parsed.modifiers
    if modifiers and modifiers[0] in WINDOWS:
        return modifiers[0]
    if "以内に" in modifiers and not OWN_START.search(text, max(0, candidate.start - 12), candidate.start):
        return "以内に"
    return None
