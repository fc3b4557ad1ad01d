"""Round 18 of the citation rules: error classes of held-out set 15 (NDL reference lists of Korean books).

Rules:
- NDL's older call numbers, an NDC class and an author mark joined by a hyphen (`【308-Ki228k-K】`), are call
  numbers like `【A121-J68】`;
- a title written in Hangul followed by the same title in Chinese characters in parentheses (국한문 병기,
  `지봉유설(芝峰類說)`) keeps the Hangul title only: the gloss is a reading aid;
- Korean publishers (`사회과학출판사`, `조선로동당출판사`) are publishers; a Korean or Japanese edition statement
  before the publisher (`再版 `, `증보판`) and a library's holdings of a set (`全10巻 1~4`, `全46巻、欠44`) are not;
  `全10巻` is the extent of a set, not the volume cited;
- a set's years of publication (`1960-64`, `1979-1981`, `2009.6-2015.8`) are one date range; a span inside the
  title stays out of the date, and an ISO month (`2011-03`) is no span.

Each row names its source: a public page (URL), a public GitHub file found with the code search (its search id), or
"constructed" when no real note of the shape was found outside the gold (the search tools' excerpts of NDL guides
other than the gold pages stop before their lists).  Notes are NFKC-normalised first, as ingest does.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citation_fields import find_call_number, find_date
from pipeline.extractors.citation_styles import leftover_publisher
from pipeline.extractors.citations import HANGUL_TITLE_GLOSS, parse_citation
from pipeline.records import Citation


def parse(text: str) -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), "C1", "1", 0)


# https://cboard.net/wiki/1186108 (한국의 백과사전): 《지봉유설(芝峰類說)》, 《유원총보(類苑叢寶)》,
# 《동국문헌비고(東國文獻備考)》.
CBOARD = "https://cboard.net/wiki/1186108"
# https://100.daum.net/encyclopedia/view/b09b0660b008: 동아출판사(지금의 두산동아), 태극출판사.
DAUM = "https://100.daum.net/encyclopedia/view/b09b0660b008"
# A public GitHub plan file (code search id 54867992372): `조선말 사전 (사회과학출판사 1992)`.
GITHUB_DPRK_DICTIONARY = "github: find_string '출판사 19', id 54867992372"
# A public GitHub notes file (code search id 56224762057): `한역 분도출판사 1979-1981 3권`.
GITHUB_DALLET = "github: find_string '출판사 19', id 56224762057"
# https://yakumoizuru.hatenadiary.jp/entry/2024/01/08/012915: `『岩波文庫解説総目録1927~2016』(岩波書店、2017)`.
YAKUMO = "https://yakumoizuru.hatenadiary.jp/entry/2024/01/08/012915"


@pytest.mark.parametrize(
    ("title", "expected", "source"),
    [
        ("지봉유설(芝峰類說)", "지봉유설", CBOARD),
        ("유원총보(類苑叢寶)", "유원총보", CBOARD),
        ("동국문헌비고(東國文獻備考)", "동국문헌비고", CBOARD),
        ("조선말 사전(朝鮮語辞典)", "조선말 사전", "constructed: a two-word Hangul title"),
        # not a gloss: a Japanese title with its volume, a Hangul note in parentheses
        ("日本書紀(上)", "日本書紀(上)", "constructed"),
        ("조선말 사전(개정판)", "조선말 사전(개정판)", "constructed"),
    ],
)
def test_hangul_title_gloss(title: str, expected: str, source: str) -> None:
    assert HANGUL_TITLE_GLOSS.sub(r"\g<title>", title) == expected, source


@pytest.mark.parametrize(
    ("note", "title", "publisher", "date", "source"),
    [
        ("『조선말 사전』(사회과학출판사 1992)", "조선말 사전", "사회과학출판사", "1992", GITHUB_DPRK_DICTIONARY),
        (
            "『조선말 사전(朝鮮語辞典)』(재판 사회과학출판사 1960-64)全6巻 1~4【EB57-K42】",
            "조선말 사전",
            "사회과학출판사",
            "1960/1964",
            "constructed: the DPRK dictionary's imprint in the NDL list shape (edition, span, holdings)",
        ),
        (
            "『지봉유설(芝峰類說)』(증보판(増補版)동아출판사 2009.6-2015.8)全25巻【EB57-K39】",
            "지봉유설",
            "동아출판사",
            "2009-06/2015-08",
            f"constructed from {CBOARD} and {DAUM}",
        ),
        ("『岩波文庫解説総目録1927~2016』(岩波書店、2017)", "岩波文庫解説総目録1927~2016", "岩波書店", "2017", YAKUMO),
    ],
)
def test_korean_book_entries(note: str, title: str, publisher: str, date: str, source: str) -> None:
    citation = parse(note)
    assert (citation.title, citation.publisher, citation.date) == (title, publisher, date), source
    assert citation.type == "book"
    assert citation.volume is None  # 全N巻 is the set's extent


@pytest.mark.parametrize(
    ("tail", "expected", "source"),
    [
        (" (사회과학출판사 )", "사회과학출판사", GITHUB_DPRK_DICTIONARY),
        ("동아출판사", "동아출판사", DAUM),
        ("(再版 태극출판사 )", "태극출판사", f"constructed around {DAUM}"),
        ("(증보판(増補版)태극출판사 )全 1~4 3~5", "태극출판사", f"constructed around {DAUM}"),
        ("(岩波書店 )全46巻、欠44", "岩波書店", "constructed"),
        # `出版` and `출판` are never edition words
        ("(東京大学出版会 )", "東京大学出版会", "constructed"),
    ],
)
def test_korean_publisher_and_holdings(tail: str, expected: str, source: str) -> None:
    assert leftover_publisher(tail) == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("한역 분도출판사 1979-1981 3권", "1979/1981", GITHUB_DALLET),
        ("(조선로동당출판사 1967-94)", "1967/1994", "constructed"),
        ("(증보판 출판사 2009.6-2015.8)", "2009-06/2015-08", "constructed"),
        ("2011-03", "2011-03", "constructed: an ISO month, no span"),
        ("(岩波書店 1990)", "1990", "github: find_string '岩波書店 199', id 54990554848"),
        ("1998-1997", None, "constructed: an end before the start is no span (and no year alone)"),
        # a period in a title leaves the imprint's year the date (constructed)
        ("Volume 2, Neither War nor Peace, 1985-1998. Berkeley, 1998.", "1998", "constructed"),
    ],
)
def test_publication_span(text: str, expected: str | None, source: str) -> None:
    assert find_date(text)[0] == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("『金日成選集 』(三一書房1952)第1~2巻、補巻【308-Ki228k-K】", "308-Ki228k-K", "constructed: NDC-class form"),
        ("(出版社 1980)【312.1-Ko123s】", "312.1-Ko123s", "constructed: NDC class with a decimal"),
        ("(岩波書店 2004 【A121-H68】)", "A121-H68", "constructed: the NDLC form, unchanged"),
        ("【308-12】", None, "constructed: digits alone are no author mark"),
    ],
)
def test_ndc_call_numbers(text: str, expected: str | None, source: str) -> None:
    assert find_call_number(text)[0] == expected, source
