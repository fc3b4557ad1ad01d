"""Character-level normalisation, offsets kept.

Two steps, in order (the first once more after the second):

1. ``remove_pdf_spaces``: the spaces a PDF text layer puts between Japanese
   characters and digits (``2024 年 11 月 9 日``, ``第 4 条``) are removed;
   spaces between Latin or Cyrillic words (``Vladimir Putin``), between two
   Japanese words (``第6章 ロシアから``) and after a leading label
   (``1 背景``) are kept.
2. ``nfkc``: Unicode NFKC, applied per grapheme cluster (a base character
   and its combining marks, half-width voiced marks or variation selectors),
   so that each output character maps to the raw characters it came from.
   Full-width digits, Latin letters and brackets become ASCII; half-width
   katakana become full width; ``㈱`` becomes ``(株)``.  This is the
   documented variant of NFKC: it equals ``unicodedata.normalize("NFKC")``
   except across cluster boundaries, which never compose in Japanese text,
   and for ``№``, which is kept (see ``_KEEP``).
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.text.offsets import TrackedText

_JAPANESE = r"\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uffef"
_DIGIT = r"0-9０-９"
# A run of spaces with a digit on one side and a Japanese character on the
# other (``2024 年``, ``第 4 条``, ``、2023 年``), not after a leading label.
PDF_SPACE = re.compile(
    rf"(?<=[{_DIGIT}])[ \u3000]+(?=[{_JAPANESE}])"
    rf"|(?<=[{_JAPANESE}])[ \u3000]+(?=[{_DIGIT}])"
)
_LEADING_LABEL = re.compile(r"^[0-9０-９]{1,3}[ \u3000]")
# Characters NFKC would flatten although they carry meaning here:
# ``№ 374-ФЗ`` (a Russian law number) must not become ``No 374-ФЗ``.
_KEEP = frozenset("№")
# Characters that join the cluster of the character before them.
_CLUSTER_TAIL = re.compile(r"[\u0300-\u036f\u3099\u309a\uff9e\uff9f\ufe00-\ufe0f\U000e0100-\U000e01ef\u200d]")


def normalize(text: TrackedText) -> TrackedText:
    """Both steps; the result is stable under a second application.

    Spaces are removed again after NFKC because NFKC can make a digit next to
    a space (``1 ① 。`` -> ``1 1 。``); without the second pass a second
    normalisation would change the text (found by ``make fuzz``).
    """
    return remove_pdf_spaces(nfkc(remove_pdf_spaces(text)))


def remove_pdf_spaces(text: TrackedText) -> TrackedText:
    label = _LEADING_LABEL.match(text.text)
    keep_until = label.end() if label else 0
    return text.sub(PDF_SPACE, lambda m: m.group(0) if m.start() < keep_until else "")


def nfkc(text: TrackedText) -> TrackedText:
    """NFKC per grapheme cluster; untouched if already normalised (the fast path)."""
    if unicodedata.is_normalized("NFKC", text.text):
        return text
    return text.map_chars(_changed_clusters(text.text))


# Characters NFKC leaves as they are, one by one (``tests/test_normalize.py`` checks every one of
# them): ASCII, hiragana, katakana, 々〆, the CJK punctuation 、。「」『』【】〔〕 and the unified
# ideographs, i.e. nearly all of a Japanese text.
_STABLE = (
    r"\x00-\x7f\u3001-\u3002\u3005-\u3006\u300c-\u3011\u3014-\u3015"
    r"\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff"
)
# A cluster NFKC may change: a character outside ``_STABLE``, or any character with a cluster tail
# (か + combining ゛), with all its tails.  The clusters it skips are single stable characters.
_MAYBE_CHANGED = re.compile(rf"(?:[^{_STABLE}]|.(?={_CLUSTER_TAIL.pattern})){_CLUSTER_TAIL.pattern}*", re.DOTALL)


def _changed_clusters(text: str):
    """Yield (start, end, nfkc) for each cluster whose NFKC form differs; only the clusters that may
    change are looked at (a Python step per character was a fifth of ingest)."""
    for match in _MAYBE_CHANGED.finditer(text):
        cluster = match.group()
        normal = cluster if cluster in _KEEP else unicodedata.normalize("NFKC", cluster)
        if normal != cluster:
            yield match.start(), match.end(), normal
