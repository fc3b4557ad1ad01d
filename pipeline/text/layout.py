"""Repair the layout of a text: PDF line wraps, footnote blocks, note markers.

A PDF text layer arrives as hard-wrapped lines (often each followed by an
empty line), with the footnotes of each page printed as a block between the
last body line of one page and the first of the next, so that a body sentence
is cut by the notes.  ``repair_layout`` returns the body as paragraphs, the
notes as separate records, and the note markers found in the body, all as
``TrackedText`` so that every character keeps its raw offsets.

Plain texts (one paragraph a line, as from a web page) are recognised and
kept line by line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pipeline.text.offsets import TrackedText

# --- named patterns -------------------------------------------------------

# A note line at the foot of a page: the note number, then a space or an opening quote.  Three
# label styles, each with its own marker style in the body: bare ``1 「ロ朝首脳会談とは…」``,
# ``10 同上`` (NDL 外国の立法, marker ``行われた1。``); ``1) 山本拓「…」`` (university bulletins,
# marker ``指摘されている 1)。``); ``(1) 同上`` (NDL レファレンス, marker ``である(1)。``).
NOTE_START = re.compile(
    r"^(?:[(（](?P<paren>[0-9]{1,3})[)）]|(?P<close>[0-9]{1,3})[)）]|(?P<bare>[0-9]{1,3}))"
    r"(?:[ \u3000]+|(?=[「『\"“(（]))(?=\S)"
)
# The unnumbered note that applies to the whole document, e.g.
# ``＊ 本稿におけるインターネット情報の最終アクセス日は、…``; the star may stand alone on its line
# with the note text on the lines below (``*`` / ``本稿の作成にあたっては、…``).
STAR_NOTE = re.compile(r"^[＊*※](?:[ \u3000]+(?=\S)|$)")
# Section headings that start a paragraph: ``1 背景``, ``（1）軍事援助の規定``,
# ``第1章 総則``, ``Ⅰ はじめに``, ``おわりに``.
HEADING = re.compile(
    r"^(?!.*。$)"  # a heading is not a sentence
    r"(?:[0-9]{1,2}[ \u3000.．]+(?![0-9年月日時分か])\S.{0,30}"
    r"|[（(][0-9０-９]{1,2}[)）]\s*\S.{0,30}"
    r"|第[0-9一二三四五六七八九十]+[章節部編][ \u3000]*.{0,30}"
    r"|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][ \u3000.．]+\S.{0,30}"
    r"|(?:はじめに|おわりに|むすび|結論|まとめ))$"
)
# Characters after which a line is a complete sentence or reference.
_COMPLETE_END = tuple("。.」』)）>")
# Characters a paragraph never ends with: a comma or an opening bracket means the sentence runs on
# (``…(GHQ。以下、`` + ``「連合国総司令部」``; ``…コミック,絵本,`` + ``文庫など``).
_RUNS_ON_END = tuple("、，,・「『(（〔【［[")
# Characters that end a full printed line of a plain (one paragraph a line) text: a wrapped line
# of a PDF text layer mostly ends inside a word or sentence instead.
_PARAGRAPH_END = tuple("。．.！？!?」』)）]】>:：")
# A line that is only a page number (``123``, ``- 12 -``, ``— 3 —``, ``ⅱ``), printed alone at the
# head or foot of a page; it is page furniture, never part of a sentence.
PAGE_NUMBER = re.compile(r"^[-－―—–‐・　 ]*(?:[0-9０-９]{1,4}|[ivxIVXⅰ-ⅻⅠ-Ⅻ]{1,5})[-－―—–‐　 ]*$")
# A URL still open at the end of a line: ``<https://www.vedomosti.ru/politic``.
_OPEN_URL = re.compile(r"(?:<|https?://\S*)$")
_SCRIPT_LETTER = re.compile(r"[A-Za-zА-Яа-яЁё]")
# A letter-spaced Japanese word of a PDF title block or heading: three or more single kana or
# kanji, each followed by one space (``松 浦 好 治``, ``は じ め に``, ``関 西 館``).  Words of
# two or more characters (``第6章 ロシアから``) are not letter-spaced and keep their space.
_JA_LETTER = r"\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u3400-\u4dbf\u4e00-\u9fff"
# A line that ends inside a Japanese word: on a kana or kanji, not on punctuation.
_JA_WORD_END = re.compile(rf"[{_JA_LETTER}]$")
# A list item: a bulleted line starts a paragraph of its own (``■ 特許資料``, ``・ 会議録``).
LIST_ITEM = re.compile(r"^[■□●○◆◇▪▫•◦※・]")
LETTER_SPACED = re.compile(rf"(?<![{_JA_LETTER}])[{_JA_LETTER}](?:[ \u3000][{_JA_LETTER}]){{2,}}(?![{_JA_LETTER}])")


def note_marker_pattern(number: str, style: str = "bare", strict: bool = False) -> re.Pattern[str]:
    """The marker of note ``number`` in the body, in the style of the note labels.

    ``bare``: a number glued to the text it annotates (``行われた1。``, ``条7並びに``, ``協定9」``).
    The number must follow a non-space, non-digit character that does not make it a quantity or
    ordinal (``1対1``, ``第1``, ``約3``) or a list label (``(1)は``), and must not be followed by a
    digit or a counter (``1年後``, ``1つ``, ``3カ国``).
    ``close`` (``1)``) and ``paren`` (``(1)``): the bracketed number after a word, perhaps after one
    space the PDF text layer put before it (``指摘されている 1)。``); not at a line start or after
    a sentence end, where ``(1)`` is a list label; with ``strict`` (plain texts) not after a
    structural noun either (``第3条(1)``), nor ``1)`` after a comma.
    ``bracket``, ``chu`` and ``star``: plain texts only (``_plain_marker_pattern``).
    """
    if style in _PLAIN_ONLY_STYLES:
        return _plain_marker_pattern(number, style)
    # in a plain text (``strict``) a bracketed number after a structural noun is a reference, not a
    # marker (``第3条(1)``, ``前項(2)``, ``表(1)``), and ``1)`` after a comma is an enumeration label
    # (``様式としては、1)同一ページに脚注にする、2)節ごとに…``)
    reference = r"(?<![条項号章節表図式])" if strict else ""
    if style == "close":
        enumeration = r"(?<![、，,])" if strict else ""
        return re.compile(rf"(?<=[^\s0-9０-９(（。]){reference}{enumeration}[ ]?(?P<num>{number})[)）]")
    if style == "paren":
        return re.compile(rf"(?<=[^\s0-9０-９(（。、]){reference}[ ]?[(（](?P<num>{number})[)）](?![0-9０-９])")
    return re.compile(
        rf"(?<=[^\s0-9０-９.,．，/:\-対第約計全各同(（\[［<〈])(?P<num>{number})"
        r"(?![0-9０-９.,年月日時分秒条項号章節か箇ヶカケ個つ人回度件番歳点倍割名国社期次代週兆億万千百十％%])"
    )


def note_label(line: str) -> tuple[int, str, int] | None:
    """(number, label style, end of the label) of a note line (``NOTE_START``), else None."""
    match = NOTE_START.match(line)
    if match is None:
        return None
    style = next(name for name in ("paren", "close", "bare") if match.group(name) is not None)
    return int(match.group(style)), style, match.end()


# --- result types ---------------------------------------------------------


@dataclass
class RepairedNote:
    number: str  # "1", "2", … or "*" for the unnumbered document note
    label: TrackedText  # the number as printed
    text: TrackedText  # the note text, wraps rejoined


@dataclass
class RepairedLayout:
    kind: str  # "wrapped" (a PDF text layer) or "plain"
    paragraphs: list[TrackedText] = field(default_factory=list)
    notes: list[RepairedNote] = field(default_factory=list)
    # (note number, raw start, raw end) of every marker cut out of the body
    markers: list[tuple[str, int, int]] = field(default_factory=list)
    # label style of the numbered notes (``note_marker_pattern``): "bare", "close", "paren", or in a
    # plain text also "bracket", "chu" or "star"
    note_style: str = "bare"


@dataclass
class _Line:
    text: TrackedText  # without its newline, right-stripped
    page_start: bool  # first line of a page (form feed or leading space)

    @property
    def width(self) -> int:
        return display_width(self.text.text.strip())


# --- entry point ----------------------------------------------------------


def repair_layout(raw: str) -> RepairedLayout:
    """Split ``raw`` into body paragraphs, notes and markers (see module docstring)."""
    lines = _split_lines(raw)
    full_width = _full_line_width(lines)
    if full_width is None:
        layout = RepairedLayout(
            kind="plain", paragraphs=[line.text.strip() for line in lines if line.text.text.strip()]
        )
        _attach_end_notes(layout)
    else:
        layout = _repair_wrapped(lines, full_width)
    _cut_markers(layout)
    return layout


class _Widths(dict):
    """Columns of each character seen so far (East Asian Width W or F: two), filled on first use:
    a dict lookup per character is several times cheaper than ``unicodedata`` per character."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_WIDTHS = _Widths()


def display_width(text: str) -> int:
    """Columns the text takes in print: wide (CJK) characters count two."""
    return sum(map(_WIDTHS.__getitem__, text))


# --- lines and layout detection -------------------------------------------


def _split_lines(raw: str) -> list[_Line]:
    """The raw lines, right-stripped, each mapped to its raw characters (built line by line: a map of the
    whole raw text at once was the largest allocation of a 50 MB document's ingest)."""
    lines: list[_Line] = []
    position = 0
    for piece in raw.splitlines(keepends=True):
        content = piece.rstrip("\r\n")
        page_start = content.startswith("\f") or content[:1] in (" ", "\u3000")
        lines.append(_Line(TrackedText.from_raw(content.rstrip(), position), page_start))
        position += len(piece)
    return lines


def _lstrip(text: TrackedText) -> TrackedText:
    return text[len(text.text) - len(text.text.lstrip()) :]


def _full_line_width(lines: list[_Line]) -> int | None:
    """Width of a full printed line if the text is hard-wrapped, else None.

    A hard-wrapped text has many lines whose widths cluster just below one
    maximum (the text block's width); a plain text's lines are paragraphs of
    every length.
    """
    widths = sorted(line.width for line in lines if line.text.text.strip())
    if len(widths) < 8:
        return None
    best_width, best_count = 0, 0
    for width in set(widths):
        if not 30 <= width <= 200:
            continue
        count = sum(1 for w in widths if 0.88 * width <= w <= width)
        if count > best_count or (count == best_count and width > best_width):
            best_width, best_count = width, count
    if best_count >= 6 and best_count >= 0.35 * len(widths):
        return best_width
    if best_count >= 6 and _mostly_cut(lines, best_width):
        return best_width
    return None


def _mostly_cut(lines: list[_Line], width: int) -> bool:
    """Most full-width lines end inside a sentence: a PDF text layer with many short lines (bullets,
    a title block, an English abstract of another width), not one paragraph a line."""
    full = [line.text.text.rstrip() for line in lines if 0.88 * width <= line.width <= width]
    cut = sum(1 for text in full if not text.endswith(_PARAGRAPH_END))
    return cut >= 0.6 * len(full)


# --- wrapped (PDF) layout --------------------------------------------------


def _repair_wrapped(lines: list[_Line], full_width: int) -> RepairedLayout:
    """Walk the lines once: body lines join into paragraphs, note blocks are cut out."""
    layout = RepairedLayout(kind="wrapped")
    paragraph: list[TrackedText] = []  # lines of the open body paragraph
    page_body: list[str] = []  # body lines since the last note block, for marker checks
    expected = 1  # the next note number
    in_notes = False
    nonblank = [line for line in lines if line.text.text.strip()]
    running = _running_lines(nonblank)
    seen_running: set[str] = set()
    for index, line in enumerate(nonblank):
        stripped = line.text.text.strip()
        if _is_furniture(stripped, running, seen_running):
            # page furniture: it ends the page's note block and never joins a paragraph
            if paragraph and not _continues(paragraph, full_width):
                layout.paragraphs.append(_join_lines(paragraph))
                paragraph = []
            if in_notes:
                in_notes, page_body = False, []
            continue
        if in_notes:
            if _starts_note(stripped, expected, layout.note_style):
                _open_note(layout, line.text, expected)
                expected += 1
                continue
            if not line.page_start and not _is_complete(layout.notes[-1].text.text):
                _extend_note(layout.notes[-1], line.text)
                continue
            if not line.page_start and STAR_NOTE.match(stripped):
                _open_star_note(layout, line.text)
                continue
            in_notes = False
            page_body = []
        else:
            # the lines below: read only when a star opens the block (see _opens_note_block)
            window = nonblank[index + 1 : index + 1 + _STAR_LOOKAHEAD] if STAR_NOTE.match(stripped) else []
            following = [other.text.text.strip() for other in window]
            style = _opens_note_block(stripped, following, expected, page_body, layout.note_style)
            if style:
                in_notes = True
                if expected == 1:
                    layout.note_style = style
                if STAR_NOTE.match(stripped):
                    _open_star_note(layout, line.text)
                else:
                    _open_note(layout, line.text, expected)
                    expected += 1
                continue
        # a body line
        starts_block = HEADING.match(stripped) or (
            LIST_ITEM.match(stripped) and not _word_dot(stripped, paragraph, full_width)
        )
        title = not layout.paragraphs and len(paragraph) == 1
        if paragraph and (starts_block or not _continues(paragraph, full_width, title)):
            layout.paragraphs.append(_join_lines(paragraph))
            paragraph = []
        paragraph.append(_lstrip(line.text))
        page_body.append(stripped)
        if HEADING.match(stripped):
            layout.paragraphs.append(_join_lines(paragraph))
            paragraph = []
    if paragraph:
        layout.paragraphs.append(_join_lines(paragraph))
    layout.paragraphs = [_close_letter_spacing(p) for p in layout.paragraphs]
    return layout


def _close_letter_spacing(text: TrackedText) -> TrackedText:
    """Drop the spaces of letter-spaced words (``LETTER_SPACED``); the letters keep their raw offsets."""
    pieces: list[TrackedText] = []
    last = 0
    for match in LETTER_SPACED.finditer(text.text):
        pieces.append(text[last : match.start()])
        pieces.extend(text[i : i + 1] for i in range(match.start(), match.end(), 2))
        last = match.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return TrackedText.join(pieces)


# Digits, masked so that the running header of every page has one key
# (``外国の立法 No.302-1（2025. 1）``, ``Page 2: 論文執筆支援マニュアル…``).
_DIGITS = re.compile(r"[0-9０-９]+")


def _page_key(stripped: str) -> str:
    return _DIGITS.sub("0", "".join(stripped.split()))


def _running_lines(nonblank: list[_Line]) -> set[str]:
    """Keys of running headers and footers: a line printed again on another page, equal but for its
    digits (the page or issue number), at least six characters, not a sentence, heading or note."""
    counts: dict[str, int] = {}
    for line in nonblank:
        stripped = line.text.text.strip()
        key = _page_key(stripped)
        if len(key) < 6 or stripped.endswith("。") or HEADING.match(stripped) or note_label(stripped):
            continue
        if STAR_NOTE.match(stripped) or LIST_ITEM.match(stripped):
            continue
        counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if count >= 2}


def _is_furniture(stripped: str, running: set[str], seen_running: set[str]) -> bool:
    """A page number, or a running line printed again (its first copy stays: it may be the title)."""
    if PAGE_NUMBER.match(stripped):
        return True
    key = _page_key(stripped)
    if key not in running:
        return False
    if key in seen_running:
        return True
    seen_running.add(key)
    return False


# Lines below a lone ``*`` within which note 1 must start for the star to open the note block.
_STAR_LOOKAHEAD = 6


def _starts_note(stripped: str, expected: int, style: str | None = None) -> bool:
    """The line starts note ``expected`` (in label ``style`` once the first note fixed it)."""
    label = note_label(stripped)
    if label is None or label[0] != expected:
        return False
    return style is None or expected == 1 or label[1] == style


def _opens_note_block(
    stripped: str, following: list[str], expected: int, page_body: list[str], style: str
) -> str | None:
    """The label style if a note block starts here with note ``expected`` whose marker stands in the body above it.

    The marker check keeps headings such as ``1 背景`` or ``(1) 背景`` out of the notes; a ``＊``
    line opens the block only if note ``expected`` follows it (at once, or below the star note's
    own lines when the star stands alone).
    """
    star = STAR_NOTE.match(stripped)
    if star:
        window = following[:1] if star.end() < len(stripped) else following
        candidates = [line for line in window if note_label(line)]
        stripped = candidates[0] if candidates else ""
    label = note_label(stripped)
    if label is None or label[0] != expected:
        return None
    if expected > 1 and label[1] != style:
        return None
    return label[1] if _marker_seen(page_body, expected, label[1]) else None


def _marker_seen(page_body: list[str], number: int, style: str = "bare") -> bool:
    pattern = note_marker_pattern(str(number), style)
    return any(pattern.search(text) for text in page_body)


def _continues(paragraph: list[TrackedText], full_width: int, title: bool = False) -> bool:
    """The open paragraph runs on into the next line when its last line fills the printed line, ends
    with a comma or an opening bracket, or a bracket is left open (a PDF text layer cuts lines at
    quoted phrases: ``(GHQ。以下、`` / ``「連合国総司令部」`` / ``「総司令部」`` / ``と略称する…)``).

    A line wider than the text block (a running header, a site banner) stands alone.  A line of
    more than 60% of the block that ends inside a Japanese word runs on too: half-width commas or
    Latin words make a full line look short (``…の種類にあっ`` + ``た探し方``); not the document's
    first line (``title``), which ends in a noun above the byline (``…条約の批准`` / ``海外立法情報課 …``).
    """
    text = paragraph[-1].text.strip()
    width = display_width(text)
    if width > 1.15 * full_width:
        return False
    if width >= 0.88 * full_width or text.endswith(_RUNS_ON_END):
        return True
    if width >= 0.6 * full_width and not title and _JA_WORD_END.search(text):
        return True
    return _open_bracket("".join(line.text.strip() for line in paragraph[-3:]))


def _word_dot(stripped: str, paragraph: list[TrackedText], full_width: int) -> bool:
    """A ``・`` that starts a line after a full line ending inside a word continues that word
    (``…印刷`` / ``・出版分野``: 印刷・出版) instead of starting a list item."""
    if not stripped.startswith("・") or not paragraph:
        return False
    last = paragraph[-1].text.strip()
    return display_width(last) >= 0.88 * full_width and bool(_JA_WORD_END.search(last))


# Opening and closing brackets counted by ``_open_bracket``.
_OPENERS, _CLOSERS = "(（「『", ")）」』"


def _open_bracket(text: str) -> bool:
    """A round bracket or quote opened in the last 40 characters of the line is still open."""
    tail = text[-40:]
    depth = 0
    for ch in reversed(tail):
        if ch in _CLOSERS:
            depth += 1
        elif ch in _OPENERS:
            if depth == 0:
                return True
            depth -= 1
    return False


def _is_complete(text: str) -> bool:
    """A note line that ends a sentence or a URL; ``…, 14.`` (a date cut at its dot) does not."""
    text = text.rstrip()
    if re.search(r"(?:^|[^0-9.])[0-9]{1,2}\.$", text):
        return False
    return text.endswith(_COMPLETE_END)


def _open_note(layout: RepairedLayout, line: TrackedText, number: int) -> None:
    body = _lstrip(line)
    label = note_label(body.text)
    assert label is not None
    digits = re.search(r"[0-9]+", body.text)
    assert digits is not None
    layout.notes.append(RepairedNote(str(number), body[digits.start() : digits.end()], body[label[2] :]))


def _open_star_note(layout: RepairedLayout, line: TrackedText) -> None:
    body = _lstrip(line)
    match = STAR_NOTE.match(body.text)
    assert match is not None
    layout.notes.append(RepairedNote("*", body[:1], body[match.end() :]))


def _extend_note(note: RepairedNote, line: TrackedText) -> None:
    note.text = _join_lines([note.text, _lstrip(line)])


# --- joining wrapped lines -------------------------------------------------


def _join_lines(lines: list[TrackedText]) -> TrackedText:
    """Join wrapped lines, repairing what the wrap broke.

    - Japanese on either side of the break: nothing between (``経済や`` + ``科学技術など``).
    - A URL open at the end of the line: nothing between (``…/politic`` + ``s/articles/…``).
    - A word hyphenated across the break: hyphen dropped (``пар-`` + ``тнерстве``),
      unless the next part is capitalised (``Народно-`` + ``Демократической``).
    - A date cut after its dot: nothing between (``14.`` + ``10.2024``).
    - Otherwise (Latin or Cyrillic words): one space, mapped to the line break.
    """
    result = lines[0]
    for line in lines[1:]:
        if not line.text:
            continue
        if not result.text:
            result = line
            continue
        result = _join_pair(result, line)
    return result


def _join_pair(left: TrackedText, right: TrackedText) -> TrackedText:
    last, first = left.text[-1], right.text[0]
    if _OPEN_URL.search(left.text[-200:]):
        return left + right
    if last == "-" and len(left.text) > 1 and _SCRIPT_LETTER.match(left.text[-2]) and first.islower():
        return left[:-1] + right
    if last == "-" or _is_japanese(last) or _is_japanese(first):
        return left + right
    if last in ".．" and first.isdigit() and len(left.text) > 1 and left.text[-2].isdigit():
        return left + right
    raw_end = left.ends[-1]
    return left + TrackedText.synthetic(" ", raw_end, right.starts[0]) + right


def _is_japanese(ch: str) -> bool:
    """Han, kana, and the full-width punctuation of Japanese text."""
    code = ord(ch)
    return (
        0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x3400 <= code <= 0x9FFF  # CJK ideographs
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF  # full-width and half-width forms
        or 0x20000 <= code <= 0x3FFFF
    )


# --- notes in plain texts ---------------------------------------------------

# An endnote line in a plain text: ``注1 …``, ``(1) …``, ``[1] …``, ``1) …``.
_END_NOTE = re.compile(r"^(?:注|\*|※)?[\[(（]?(?P<num>[0-9]{1,3})[\])）]?[ \u3000.．:：]+(?=\S)")

# An endnote line of a plain text labelled in a style other than a bare number, the group named
# after the style: ``(1) 同上`` / ``（1）…`` (paren: 経済財政白書), ``1)　1984年…`` (close: 日本社会学会
# 『社会学評論』), ``[1] …`` (bracket), ``注1 …`` / ``注 1 …`` / ``(注1) …`` (chu), ``*1：…`` / ``※1 …``
# (star: はてなブログ footnotes).  The digits never run on into a longer number.
_STYLED_END_NOTE = re.compile(
    r"^(?:[(（]注[ \u3000]?(?P<chu_paren>[0-9]{1,3})[)）]"
    r"|注[ \u3000]?(?P<chu>[0-9]{1,3})(?![0-9])[)）]?"
    r"|[(（](?P<paren>[0-9]{1,3})[)）]"
    r"|[\[［](?P<bracket>[0-9]{1,3})[\]］]"
    r"|[*＊※][ \u3000]?(?P<star>[0-9]{1,3})(?![0-9])[)）]?"
    r"|(?P<close>[0-9]{1,3})[)）])"
    r"[ \u3000.．:：]*(?=\S)"
)
# Label styles known only in plain texts (their markers: ``_plain_marker_pattern``).
_PLAIN_ONLY_STYLES = ("bracket", "chu", "star")
# Share of a styled run's notes whose markers must stand in the body, in order, marker 1 among them:
# a list ``(1) … (2) …`` closing a text has no such markers.
_MARKER_SHARE = 0.8


def _plain_marker_pattern(number: str, style: str) -> re.Pattern[str]:
    """Body marker of note ``number`` in a plain-only style: ``…である[1]。`` (bracket, after a word),
    ``…である注1。`` / ``…である（注1）。`` (chu), ``…取り上げる*1`` / ``…（※1）`` (star)."""
    if style == "bracket":
        return re.compile(rf"(?<=[^\s\[［])[\[［](?P<num>{number})[\]］]")
    sign = "注[ \u3000]?" if style == "chu" else "[*＊※]"
    return re.compile(rf"[(（]{sign}(?P<num>{number})[)）]|{sign}(?P<bare_num>{number})(?![0-9０-９])")


def _styled_label(text: str) -> tuple[int, str, re.Match[str]] | None:
    """(number, style, match) of a styled endnote line (``_STYLED_END_NOTE``), else None."""
    match = _STYLED_END_NOTE.match(text)
    if match is None:
        return None
    group = next(name for name, value in match.groupdict().items() if value is not None)
    return int(match.group(group)), "chu" if group == "chu_paren" else group, match


def _attach_end_notes(layout: RepairedLayout) -> None:
    """Move a trailing run of numbered notes 1..n out of a plain text's paragraphs.

    A run labelled alike in a style other than a bare number (``_STYLED_END_NOTE``) whose markers of
    that style stand in the body in order (``_styled_notes_marked``) is taken first: its markers are
    bracketed or signed (``*1``), so a bare ``1`` inside them is not read as one.  Else only a run
    that starts at 1, counts up by one and ends the text counts, and only if the body has a glued
    marker for its first note.
    """
    if _attach_styled_notes(layout):
        return
    paragraphs = layout.paragraphs
    start = len(paragraphs)
    expected_last = None
    for index in range(len(paragraphs) - 1, -1, -1):
        match = _END_NOTE.match(paragraphs[index].text)
        if not match:
            break
        number = int(match.group("num"))
        if expected_last is not None and number != expected_last - 1:
            break
        expected_last = number
        start = index
    if expected_last != 1 or start == len(paragraphs):
        return
    body_text = [p.text for p in paragraphs[:start]]
    if not _marker_seen(body_text, 1) or _enumeration_label(body_text, paragraphs[start].text):
        return
    for paragraph in paragraphs[start:]:
        match = _END_NOTE.match(paragraph.text)
        assert match is not None
        label = paragraph[match.start("num") : match.end("num")]
        layout.notes.append(RepairedNote(match.group("num"), label, paragraph[match.end() :]))
    del paragraphs[start:]


def _enumeration_label(body_text: list[str], first_note: str) -> bool:
    """Notes labelled ``1)`` whose bare marker 1 would be the ``1)`` the close style refused: the label of
    an enumeration (``様式としては、1)同一ページに…``).  With notes labelled otherwise a bare marker may stand
    before a bracket it closes (``かばん語2)``)."""
    label = _styled_label(first_note)
    if label is None or label[1] != "close":
        return False
    pattern = note_marker_pattern("1")
    first = next((match for match in map(pattern.search, body_text) if match), None)
    return first is not None and first.string[first.end() : first.end() + 1] in ")）"


def _styled_run(paragraphs: list[TrackedText]) -> tuple[int, str] | None:
    """(first index, style) of a trailing run of notes 1..n all labelled in one style, else None."""
    start, style, expected_last = len(paragraphs), None, None
    for index in range(len(paragraphs) - 1, -1, -1):
        label = _styled_label(paragraphs[index].text)
        if label is None or (style is not None and label[1] != style):
            break
        if expected_last is not None and label[0] != expected_last - 1:
            break
        expected_last, style, start = label[0], label[1], index
    if expected_last != 1 or style is None:
        return None
    return start, style


def _styled_notes_marked(body: list[TrackedText], count: int, style: str) -> bool:
    """Markers of notes 1..count stand in the body in order (as ``_cut_markers`` finds them): marker 1
    and at least ``_MARKER_SHARE`` of all."""
    paragraph_index, position, found = 0, 0, []
    for number in range(1, count + 1):
        hit = _find_marker(body, str(number), paragraph_index, position, style, strict=True)
        if hit is None:
            continue
        found.append(number)
        paragraph_index, _start, position = hit
    return bool(found) and found[0] == 1 and len(found) >= _MARKER_SHARE * count


def _attach_styled_notes(layout: RepairedLayout) -> bool:
    """Move a trailing run of styled notes (``_styled_run``) out of the paragraphs when marked."""
    paragraphs = layout.paragraphs
    run = _styled_run(paragraphs)
    if run is None:
        return False
    start, style = run
    if not _styled_notes_marked(paragraphs[:start], len(paragraphs) - start, style):
        return False
    for paragraph in paragraphs[start:]:
        label = _styled_label(paragraph.text)
        assert label is not None
        match = label[2]
        group = next(name for name, value in match.groupdict().items() if value is not None)
        number = paragraph[match.start(group) : match.end(group)]
        layout.notes.append(RepairedNote(match.group(group), number, paragraph[match.end() :]))
    del paragraphs[start:]
    layout.note_style = style
    return True


# --- markers -----------------------------------------------------------------


def _cut_markers(layout: RepairedLayout) -> None:
    """Find the marker of every numbered note, in order, and cut it from the body.

    Markers are searched in sequence: marker n is looked for after marker
    n-1, so a number elsewhere in the text is not taken for a marker.
    """
    numbers = [note.number for note in layout.notes if note.number != "*"]
    if not numbers:
        return
    paragraph_index, position = 0, 0
    for number in numbers:
        found = _find_marker(
            layout.paragraphs, number, paragraph_index, position, layout.note_style, layout.kind == "plain"
        )
        if found is None:
            continue
        paragraph_index, match_start, match_end = found
        paragraph = layout.paragraphs[paragraph_index]
        raw_start, raw_end = paragraph.raw_span(match_start, match_end)
        layout.markers.append((number, raw_start, raw_end))
        layout.paragraphs[paragraph_index] = paragraph[:match_start] + paragraph[match_end:]
        position = match_start


def _find_marker(
    paragraphs: list[TrackedText],
    number: str,
    start_paragraph: int,
    start_position: int,
    style: str = "bare",
    strict: bool = False,
) -> tuple[int, int, int] | None:
    """(paragraph index, start, end) of the first marker of note ``number`` at or after the position."""
    pattern = note_marker_pattern(number, style, strict)
    for index in range(start_paragraph, len(paragraphs)):
        offset = start_position if index == start_paragraph else 0
        match = pattern.search(paragraphs[index].text, offset)
        if match:
            return index, match.start(), match.end()
    return None
