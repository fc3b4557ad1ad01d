"""Text that remembers where every character came from in the raw file.

Every repair (joining wrapped lines, cutting footnote blocks, removing PDF
spaces, NFKC) is an edit on a ``TrackedText``; each output character keeps the
span of decoded raw characters it was made from.  At the end the per-character
map is compressed into ``OffsetSegment`` runs and converted to byte offsets.
The role is that of eyecite's ``SpanUpdater``, but the map is exact per
character instead of per edit.
"""

from __future__ import annotations

import codecs
import re
from array import array
from collections.abc import Callable, Iterable

import numpy

from pipeline.records import OffsetSegment

# Raw offsets of every character, 4 bytes each: a 50 MB document has 19 million characters, and layout
# repair holds a few copies of the map at once (8-byte offsets peaked at 2.2 GB).  Limits a file to
# 2**31 characters, far above ``--max-bytes``'s sensible range.
_TYPECODE, _DTYPE = "i", numpy.int32
assert array(_TYPECODE).itemsize == numpy.dtype(_DTYPE).itemsize


class TrackedText:
    """An immutable string plus, for each character, its raw ``[start, end)``."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str, starts: array, ends: array) -> None:
        if not (len(text) == len(starts) == len(ends)):
            raise ValueError("text and offset arrays differ in length")
        self.text = text
        self.starts = starts
        self.ends = ends

    @classmethod
    def from_raw(cls, raw: str, offset: int = 0) -> TrackedText:
        """Identity map: character ``i`` comes from raw character ``offset + i``."""
        starts, ends = array(_TYPECODE), array(_TYPECODE)
        starts.frombytes(numpy.arange(offset, offset + len(raw), dtype=_DTYPE).tobytes())
        ends.frombytes(numpy.arange(offset + 1, offset + len(raw) + 1, dtype=_DTYPE).tobytes())
        return cls(raw, starts, ends)

    @classmethod
    def synthetic(cls, text: str, raw_start: int, raw_end: int) -> TrackedText:
        """Characters made by the pipeline, all mapped to one raw span (maybe empty)."""
        n = len(text)
        return cls(text, array(_TYPECODE, [raw_start]) * n, array(_TYPECODE, [raw_end]) * n)

    @classmethod
    def empty(cls) -> TrackedText:
        return cls("", array(_TYPECODE), array(_TYPECODE))

    @classmethod
    def join(cls, parts: Iterable[TrackedText]) -> TrackedText:
        parts = list(parts)
        starts, ends = array(_TYPECODE), array(_TYPECODE)
        for part in parts:
            starts.extend(part.starts)
            ends.extend(part.ends)
        return cls("".join(p.text for p in parts), starts, ends)

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"TrackedText({self.text[:40]!r}…)" if len(self.text) > 40 else f"TrackedText({self.text!r})"

    def __getitem__(self, key: slice) -> TrackedText:
        if not isinstance(key, slice):
            raise TypeError("TrackedText supports slices only")
        return TrackedText(self.text[key], self.starts[key], self.ends[key])

    def __add__(self, other: TrackedText) -> TrackedText:
        return TrackedText(self.text + other.text, self.starts + other.starts, self.ends + other.ends)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw span covering normalised ``[start, end)`` (empty spans map to a point)."""
        if start >= end:
            point = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return point, point
        return min(self.starts[start:end]), max(self.ends[start:end])

    def strip(self) -> TrackedText:
        stripped = self.text.strip()
        if not stripped:
            return self[0:0]
        left = len(self.text) - len(self.text.lstrip())
        return self[left : left + len(stripped)]

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> TrackedText:
        """Replace every match; replacement characters map to the whole match's raw span."""
        pieces: list[TrackedText] = []
        last = 0
        for match in pattern.finditer(self.text):
            start, end = match.span()
            replacement = repl(match)
            if replacement == match.group(0):
                continue
            pieces.append(self[last:start])
            if replacement:
                raw_start, raw_end = self.raw_span(start, end)
                pieces.append(TrackedText.synthetic(replacement, raw_start, raw_end))
            last = end
        if not pieces:
            return self
        pieces.append(self[last:])
        return TrackedText.join(pieces)

    def map_chars(self, groups: Iterable[tuple[int, int, str]]) -> TrackedText:
        """Rewrite ``[start, end)`` groups (sorted, disjoint) to new strings."""
        pieces: list[TrackedText] = []
        last = 0
        for start, end, replacement in groups:
            pieces.append(self[last:start])
            raw_start, raw_end = self.raw_span(start, end)
            pieces.append(TrackedText.synthetic(replacement, raw_start, raw_end))
            last = end
        if not pieces:
            return self
        pieces.append(self[last:])
        return TrackedText.join(pieces)

    def segments(self, raw_text: str, encoding: str, bom_length: int) -> list[OffsetSegment]:
        """Compress the per-character map into runs, with byte offsets into the raw file."""
        runs = _runs(self.starts, self.ends)
        boundaries = sorted({b for run in runs for b in (run[2], run[3])})
        to_byte = _byte_offsets(raw_text, encoding, bom_length, boundaries)
        return [
            OffsetSegment(start, end, raw_start, raw_end, to_byte[raw_start], to_byte[raw_end], linear)
            for start, end, raw_start, raw_end, linear in runs
        ]


def _runs(starts: array, ends: array) -> list[tuple[int, int, int, int, bool]]:
    """(start, end, raw_start, raw_end, linear) runs of the character map.

    A run is linear (characters copied one to one: each maps to one raw character, the next to the
    next) or a block of characters that all map to the same raw span (a replacement).  Found with
    array operations: a Python loop over every character was a tenth of ingest."""
    n = len(starts)
    if not n:
        return []
    first = numpy.frombuffer(starts, dtype=_DTYPE)
    last = numpy.frombuffer(ends, dtype=_DTYPE)
    unit = last - first == 1
    same_as_before = (first[1:] == first[:-1]) & (last[1:] == last[:-1])
    next_raw = first[1:] == first[:-1] + 1
    continues = numpy.where(unit[:-1], unit[1:] & next_raw, same_as_before)
    bounds = numpy.concatenate(([0], numpy.flatnonzero(~continues) + 1, [n])).tolist()
    run_starts = bounds[:-1]
    raw_starts = first[run_starts].tolist()
    raw_ends = last[numpy.array(bounds[1:]) - 1].tolist()
    linear = unit[run_starts].tolist()
    return list(zip(run_starts, bounds[1:], raw_starts, raw_ends, linear, strict=True))


def _byte_offsets(raw_text: str, encoding: str, bom_length: int, boundaries: list[int]) -> dict[int, int]:
    """Byte offset in the raw file of each raw character offset in ``boundaries``.

    Uses an incremental encoder so that stateful encodings (ISO-2022-JP escape
    sequences) are counted as they stand in the file.
    """
    encoder = codecs.getincrementalencoder(encoding)()
    result: dict[int, int] = {}
    position, byte_position = 0, bom_length
    for boundary in boundaries:
        if boundary > position:
            byte_position += len(encoder.encode(raw_text[position:boundary]))
            position = boundary
        result[boundary] = byte_position
    return result


def raw_span_of(segments: list[OffsetSegment], start: int, end: int) -> tuple[int, int]:
    """Raw character span covering normalised ``[start, end)``, from published offset runs."""
    lo, hi = None, None
    for seg in segments:
        if seg.end <= start or seg.start >= end:
            continue
        if seg.linear:
            a = seg.raw_start + max(start, seg.start) - seg.start
            b = seg.raw_start + min(end, seg.end) - seg.start
        else:
            a, b = seg.raw_start, seg.raw_end
        lo = a if lo is None else min(lo, a)
        hi = b if hi is None else max(hi, b)
    return (lo or 0, hi or 0)
