"""The speed shortcuts of the articles and instruments passes keep their outputs.

PART_RE and JP_LAW_NUMBER_RE look ahead for the characters a match can start with, so that the regex engine skips
every other position at once; the set must hold the first character of every alternative, or a reference would be
lost without any other test noticing on texts that lack it. The checks below read the first characters from the
parsed pattern itself (re._parser, the module re.compile uses) and compare the filtered and unfiltered patterns on
real texts: the gold texts (plain UTF-8 passages from public pages, see tests/gold/sources_*.md) and the seeds.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.extractors import instruments
from pipeline.extractors.articles.parts import PART_PATTERN, PART_RE, PART_START
from pipeline.extractors.instruments import registry as instruments_registry
from pipeline.extractors.instruments import scan_instruments
from pipeline.extractors.instruments.numbers import JP_LAW_NUMBER_RE, jp_law_numbers, listed_resolutions
from pipeline.extractors.instruments.registry import READING_PAREN_RE, _Readings
from tests.conftest import raw_documents

GOLD_TEXTS = Path(__file__).resolve().parent / "gold" / "texts"
ANY = None  # a position that may start with any character


def _first_ranges(ops: sre_parse.SubPattern | list) -> tuple[set[tuple[int, int]] | None, bool]:
    """(code point ranges a match of ``ops`` can start with, whether it can match the empty string). ANY (None) for
    a negated class, a category or a backreference. Zero-width assertions are skipped, which can only widen the set."""
    ranges: set[tuple[int, int]] = set()
    for op, arg in ops:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op is sre.LITERAL:
            return ranges | {(arg, arg)}, False
        if op is sre.IN:
            if any(item_op in (sre.NEGATE, sre.CATEGORY) for item_op, _ in arg):
                return ANY, False
            return ranges | {(a, a) if item_op is sre.LITERAL else a for item_op, a in arg}, False
        if op is sre.SUBPATTERN:
            inner, nullable = _first_ranges(arg[-1])
        elif op is sre.BRANCH:
            results = [_first_ranges(branch) for branch in arg[1]]
            if any(found is ANY for found, _ in results):
                return ANY, False
            inner = set().union(*(found for found, _ in results))
            nullable = any(empty for _, empty in results)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner, nullable = _first_ranges(arg[2])
            nullable = nullable or arg[0] == 0
        else:  # ANY, GROUPREF and the rest: no limit on the first character
            return ANY, False
        if inner is ANY:
            return ANY, False
        ranges |= inner
        if not nullable:
            return ranges, False
    return ranges, True


def uncovered_starts(pattern: str, start_class: str) -> list[str]:
    """First characters a match of ``pattern`` can have that ``start_class`` does not allow (the empty list when
    the lookahead is safe); ['<any>'] when the pattern may start with any character or match the empty string."""
    ranges, nullable = _first_ranges(sre_parse.parse(pattern))
    if ranges is ANY or nullable:
        return ["<any>"]
    allowed = re.compile(start_class)
    return [chr(c) for low, high in sorted(ranges) for c in range(low, high + 1) if not allowed.fullmatch(chr(c))]


def test_the_checker_finds_a_missing_start() -> None:
    """The checker itself: 同 behind a lookbehind still starts a match; a negated class starts with anything."""
    assert uncovered_starts(r"(?<=法)第[0-9]条|(?P<x>同|本)法", "[第同]") == ["本"]
    assert uncovered_starts(r"(?:の)?[(（][a-z][)）]", "[(（]") == ["の"]
    assert uncovered_starts(r"[^a]b", "[b]") == ["<any>"]
    assert uncovered_starts(r"[0-9]*", "[0-9]") == ["<any>"]


def test_part_start_covers_every_alternative() -> None:
    assert uncovered_starts(PART_PATTERN, PART_START) == []


def test_law_number_start_covers_the_pattern() -> None:
    lookahead = re.match(r"\(\?=(?P<cls>\[[^\]]+\])\)", JP_LAW_NUMBER_RE.pattern)
    assert lookahead is not None
    assert uncovered_starts(JP_LAW_NUMBER_RE.pattern[lookahead.end() :], lookahead.group("cls")) == []


def _real_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD_TEXTS.glob("*.txt"))]
    return texts + [p.read_text(encoding="utf-8") for p in raw_documents()]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None, dict]]:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text)]


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    texts = _real_texts()
    assert len(texts) > 100
    return texts


def test_part_re_matches_as_without_the_lookahead(real_texts: list[str]) -> None:
    unfiltered = re.compile(PART_PATTERN)
    found = 0
    for text in real_texts:
        expected = _matches(unfiltered, text)
        assert _matches(PART_RE, text) == expected
        found += len(expected)
    assert found > 1000


def test_law_numbers_match_as_without_the_lookahead(real_texts: list[str]) -> None:
    lookahead = re.match(r"\(\?=\[[^\]]+\]\)", JP_LAW_NUMBER_RE.pattern)
    assert lookahead is not None
    unfiltered = re.compile(JP_LAW_NUMBER_RE.pattern[lookahead.end() :])
    found = 0
    for text in real_texts:
        expected = _matches(unfiltered, text)
        assert [(m.span(), m.lastgroup, m.groupdict()) for m in jp_law_numbers(text)] == expected
        found += len(expected)
    assert found > 50


def test_law_numbers_are_scanned_once_per_text() -> None:
    """Both passes ask for the numbers of one text: the second ask gets the first scan's matches."""
    # the list MOFA writes (quoted at instruments.numbers.LISTED_NUMBER_RE) and a law number in kanji
    text = "安保理決議第1267号、第1566号及び第1624号を採択した。平成五年法律第八十八号"
    first = jp_law_numbers(text)
    assert jp_law_numbers(text) is first
    assert [m.group(0) for m in first] == ["決議第1267号", "平成五年法律第八十八号"]
    assert [row[2] for row in listed_resolutions(text)] == ["決議第1566号", "決議第1624号"]


# Alias lookup (issue 7): an alias definition is owned by the name ending at most _ALIAS_GAP characters before it,
# a reading in parentheses not counted. Stripping the readings from the whole stretch between every earlier name
# and each alias was quadratic in a document's length; _Readings answers from one scan of the text.


def _stripped_length(text: str, start: int, end: int) -> int:
    """The definition the index must keep: the slice's length once READING_PAREN_RE.sub has removed its readings."""
    return len(READING_PAREN_RE.sub("", text[start:end]))


# Readings cut by a window's edge, a run of 60 kana (a reading) and of 61 (not one), half- and full-width
# parentheses, a parenthesis inside a reading's place, one kana (too short) and an empty pair.
EDGE_CASES = (
    "平成(へいせい)は元号。令和（れいわ）。" + "(" + "あ" * 60 + ")" + "(" + "い" * 61 + ")" + "((かな))(か)()（ー・ )"
)


def _reading_texts() -> list[str]:
    """The gold texts that hold a reading (Wikipedia's 日米同盟(にちべいどうめい), 平成(へいせい)) and EDGE_CASES."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD_TEXTS.glob("*.txt"))]
    return [t for t in texts if READING_PAREN_RE.search(t)] + [EDGE_CASES]


def test_reading_index_equals_stripping_every_window() -> None:
    texts = _reading_texts()
    assert len(texts) >= 3
    for text in texts:
        readings = _Readings.of(text)
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 160) + 1):
                assert readings.outside(start, end) == _stripped_length(text, start, end), (start, end)
    assert _Readings.of(EDGE_CASES).outside(0, len(EDGE_CASES)) < len(EDGE_CASES) - 60  # the index removes some


# Two different signs make each name: names of one length, none a subsequence of another's (that would merge them).
SIGNS = "甲乙丙丁戊己庚辛壬癸梅桜松竹菊蘭桃栗柿梨"
PAIRS = [a + b for a in SIGNS for b in SIGNS if a != b]


def _alias_document(blocks: int) -> str:
    """A long text of encyclopaedia leads (「X協定」(reading)、正式名称で… as Wikipedia writes them), each name with a
    30-kana reading: the gap to the official title is then longer than _ALIAS_GAP, so the title is filed under its
    short name only when the reading is not counted."""
    reading = "ちいきしんこう" * 4 + "ほう"
    return "".join(
        f"「{pair}協定」({reading})、正式名称で{pair}両国間の地域振興に関する協定。\n" for pair in PAIRS[:blocks]
    )


class _CountingPattern:
    """READING_PAREN_RE with a count of the characters handed to it: quadratic work shows as a count far above the
    text's length, without timing anything."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.characters = pattern, 0

    def __getattr__(self, name: str) -> Callable:
        method = getattr(self.pattern, name)

        def counted(*args: object, **kwargs: object) -> object:
            self.characters += sum(len(a) for a in args if isinstance(a, str))
            return method(*args, **kwargs)

        return counted


def test_alias_lookup_reads_each_character_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _alias_document(300)
    assert len(text) == 300 * 62
    counting = _CountingPattern(READING_PAREN_RE)
    monkeypatch.setattr(instruments_registry, "READING_PAREN_RE", counting)
    found = scan_instruments(text)
    assert len(found) == 300
    assert all(inst.aliases == [inst.canonical[:2] + "協定"] for inst in found)  # the title found its short name
    assert 0 < counting.characters <= 2 * len(text)  # stripping every gap read the text some 150 times


def test_owner_ends_match_the_filed_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    """_owner_known asks a set kept by add_name; after every filing it must equal the ends of all filed spans."""
    register, checked = instruments.register, []

    def checking(registry: instruments_registry.Registry, mentions: list, mention: object) -> bool:
        filed = register(registry, mentions, mention)
        assert registry.span_ends == {end for inst in registry.items for _s, end, _n in inst.spans}
        checked.append(filed)
        return filed

    monkeypatch.setattr(instruments, "register", checking)
    for text in [*_real_texts(), _alias_document(20)]:
        scan_instruments(text)
    assert sum(checked) > 300
