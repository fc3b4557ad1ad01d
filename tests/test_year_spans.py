"""One rule reads a span of publication years, in the dates table and in the citation fields alike.

Real forms: `재판 사회과학출판사 1960-64` (a public GitHub notes file on DPRK dictionaries, code search
find_string '출판사 19', id 54867992372) and `분도출판사 1979-1981` (id 56224762057); the others are the rule's edges.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.timex.absdate import year_span_end

SPANS = [
    # (start year, end digits, start month, end month) -> end year or None
    ((1960, "64", None, None), 1964),  # two-digit end in the same century
    ((1979, "1981", None, None), 1981),
    ((2009, "2015", "6", "8"), 2015),  # 2009.6-2015.8: months on both sides
    ((1998, "03", None, None), None),  # a two-digit end of 12 or less is a month: 1998-03
    ((2011, "03", None, None), None),  # ... even where it would be a later year (2011-2003 is not)
    ((2005, "10", None, None), None),  # 2005-10: October 2005, not 2005 to 2010
    ((2005, "2004", None, None), None),  # the end must be later
    ((1900, "1990", None, None), None),  # ... and within 60 years
    ((2009, "2015", "6", None), None),  # a month on one side only
]


@pytest.mark.parametrize(("args", "expected"), SPANS)
def test_year_span_end(args: tuple, expected: int | None) -> None:
    assert year_span_end(*args) == expected
