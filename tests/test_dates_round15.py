"""Round 15 (error classes of held-out set 15), each on real text from sources other than the gold where found.

Classes: the classical range 自A至B of accounts and official titles; a pre-Meiji era year with its Western year
in parentheses (慶応3(1867)年, lunisolar: the year only, as 文久元年4月 in heldout8); the year of an imprint right
after the publisher, and a set's span of years (``(사회과학출판사 1992)``, ``1960-64``); 数 after a numeral
(十数年 "ten-odd years") gives no half-word 数年; a Western year written before the era year of a law number
(1898年・明治31年法律第10号) numbers the law; その日 / この日 before a pair of countries (日米安保) is no day.
Rows marked "constructed" had no real example outside the gold found by the search tools.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates


def _pairs(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.surface, m.value) for m in find_dates(text, published)]


# https://financialreports.eu/filings/striders-corporation/registration-form/2023/7559066 (有価証券報告書 表紙);
# https://jsd1.kenkyoinvesting.com/company_filing/download/36286 (四半期報告書);
# https://irbank.net/E00721/notes/NotesSecuritiesConsolidatedFinancialStatementsTextBlock?f=S100TW1Z.
CLASSICAL_RANGES = [
    (
        "【事業年度】 第59期(自 2022年4月1日 至 2023年3月31日)",
        [("自 2022年4月1日 至 2023年3月31日", "2022-04-01/2023-03-31")],
    ),
    (
        "前第1四半期連結累計期間(自 2023年1月1日 至 2023年3月31日)",
        [("自 2023年1月1日 至 2023年3月31日", "2023-01-01/2023-03-31")],
    ),
    (
        "当連結会計年度(自 2023年4月1日 至 2024年3月31日)",
        [("自 2023年4月1日 至 2024年3月31日", "2023-04-01/2024-03-31")],
    ),
    # constructed: a title of the old statute books, pre-Meiji months lunisolar (the year only)
    ("『法令全書 自慶応元年十月至慶応二年三月』", [("自慶応元年十月至慶応二年三月", "1865/1866")]),
    # constructed: 至 without 自 joins nothing
    ("2022年4月1日至2023年3月31日", [("2022年4月1日", "2022-04-01"), ("2023年3月31日", "2023-03-31")]),
]


@pytest.mark.parametrize(("text", "expected"), CLASSICAL_RANGES)
def test_classical_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


# Pre-Meiji eras with the Western year glossed; constructed after the NDL treaty guide's style (the form
# 明治19(1886)年 is already covered by absdate.JA_ERA); lunisolar months give the year only (heldout8 convention).
OLD_ERA_GLOSSED = [
    ("慶応元(1865)年に", [("慶応元(1865)年", "1865")]),
    ("安政5(1858)年6月19日に調印された", [("安政5(1858)年6月19日", "1858")]),
    ("文久2(1862)年から明治3(1870)年まで", [("文久2(1862)年から明治3(1870)年まで", "1862/1870")]),
    # a gloss that is not this era's year is no date of it (the bracketed year alone stays a citation year)
    ("慶応3(1901)年", [("1901", "1901")]),
]


@pytest.mark.parametrize(("text", "expected"), OLD_ERA_GLOSSED)
def test_old_era_with_western_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


IMPRINT_YEARS = [
    # a public GitHub plan file (code search id 54867992372)
    ("조선말 사전 (사회과학출판사 1992) — 먹다 → 먹어", [("1992", "1992")]),
    # a public GitHub notes file (code search id 54990554848)
    ("大野晋・佐竹昭広・前田金五郎 *岩波古語辞典* (岩波書店 1990) — 平安期語彙", [("1990", "1990")]),
    ("山田孝雄 *日本文法学概論* (宝文館 1936) — 古典助動詞活用の標準", [("1936", "1936")]),
    # constructed in the NDL list shape (ingest drops the space between CJK and digits)
    ("『조선말 사전』(재판 사회과학출판사1960-64)【EB57-K42】", [("1960-64", "1960/1964")]),
    ("『조선말 사전』(사회과학출판사 2009.6-2015.8)全25巻", [("2009.6-2015.8", "2009-06/2015-08")]),
    # not after a publisher's name: a count of people, a code
    ("(参加者 1990)", []),
]


@pytest.mark.parametrize(("text", "expected"), IMPRINT_YEARS)
def test_imprint_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


OTHER_CLASSES = [
    # a public GitHub news text (code search id 33945387749): 十数年前 is no 数年前
    ("十数年前に発症し、リハビリを兼ねて6年ほど前に卓球を始めた。", "2020-01-01", [("6年ほど", "P6Y")]),
    # constructed: the tens of a vague count written with 〇
    ("最近一〇数年来、各国で立法が進んだ。", None, []),
    # constructed: ここ数年 stays a window word
    ("ここ数年、増えている。", "2020-01-01", [("ここ数年", "PXY")]),
    # constructed after aoyagi's style: the Western year and the era year both number the law; 同年 takes it
    ("法例(1898年・明治31年法律第10号)は、同年7月16日から施行された。", None, [("同年7月16日から", "1898-07-16")]),
    ("(1947年・昭和22年法律第67号)", None, []),
    # a year with a full date before the law number stays a date (h11 revision)
    ("平成18年6月21日法律第78号", None, [("平成18年6月21日", "2006-06-21")]),
    # constructed: 日米/日中 after a demonstrative (https://ameblo.jp/universalsoft/entry-12929538618.html writes
    # 日米安保は脆い条約であり, 日米関係は危うい同盟関係です)
    ("その日米安保条約は、5条で定める。", "2020-01-01", []),
    ("この日米関係は危うい同盟関係です。", "2020-01-01", []),
    ("その日中に返事が来た。", "2020-01-01", [("その日", "2020-01-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), OTHER_CLASSES)
def test_other_classes(text: str, published: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(text, published) == expected
