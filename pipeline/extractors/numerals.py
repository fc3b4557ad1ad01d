"""Japanese numerals: kanji (positional and place-value), Arabic, full width.

Shared by the date and article extractors.  ``parse_number`` is the one
entry point; the regular expression ``NUMBER`` matches every surface form it
accepts, so that patterns can embed it.
"""

from __future__ import annotations

import re

_DIGITS = {
    "〇": 0, "零": 0, "○": 0,
    "一": 1, "壱": 1, "二": 2, "弐": 2, "三": 3, "参": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 10_000, "億": 100_000_000, "兆": 1_000_000_000_000}

KANJI_DIGIT_CHARS = "".join(_DIGITS)
KANJI_NUMERAL_CHARS = KANJI_DIGIT_CHARS + "".join(_SMALL_UNITS) + "".join(_LARGE_UNITS)

# A number as written in Japanese text: Arabic digits (ASCII or full width,
# with thousands separators) or a run of kanji numerals (二〇二四, 二十三, 千九百).
NUMBER = rf"(?:[0-9０-９]+(?:[,，][0-9０-９]{{3}})*|[{KANJI_NUMERAL_CHARS}]+)"
NUMBER_RE = re.compile(NUMBER)

_FULLWIDTH = str.maketrans("０１２３４５６７８９，", "0123456789,")


def parse_number(surface: str) -> int | None:
    """Value of a numeral surface, or None if it is not one.

    Handles ``2024``, ``２０２４``, ``1,000``, ``二〇二四`` (digit by digit),
    ``二十三``, ``十``, ``千九百六十一``, ``三万``, and ``元`` (1, as in 元年).
    """
    if not surface:
        return None
    if surface == "元":
        return 1
    ascii_form = surface.translate(_FULLWIDTH).replace(",", "")
    if ascii_form.isdigit():
        return int(ascii_form)
    if any(ch not in KANJI_NUMERAL_CHARS for ch in surface):
        return None
    if all(ch in _DIGITS for ch in surface):
        return int("".join(str(_DIGITS[ch]) for ch in surface))
    return _parse_place_value(surface)


def _parse_place_value(surface: str) -> int | None:
    """``千九百六十一`` → 1961; ``二十三`` → 23; ``十`` → 10; ``三万五千`` → 35000."""
    total = 0  # sum of completed large-unit groups
    group = 0  # value below the current large unit
    digit: int | None = None
    for ch in surface:
        if ch in _DIGITS:
            digit = (digit or 0) * 10 + _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            group += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _LARGE_UNITS:
            group += digit or 0
            total += (group or 1) * _LARGE_UNITS[ch]
            group, digit = 0, None
        else:
            return None
    return total + group + (digit or 0)
