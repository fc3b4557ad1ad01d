"""Normalisation: PDF spaces removed where extraction put them, NFKC per cluster."""

import pytest

from pipeline.text.normalize import normalize
from pipeline.text.offsets import TrackedText


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024 年 11 月 9 日", "2024年11月9日"),
        ("第 4 条", "第4条"),
        ("国連憲章第 51 条並びに", "国連憲章第51条並びに"),
        ("（10 月 24 日下院採択、11 月 6 日上院承認）", "(10月24日下院採択、11月6日上院承認)"),
        ("プーチン（Vladimir Putin）大統領", "プーチン(Vladimir Putin)大統領"),
        ("Федеральный закон от 09.11.2024 № 374-ФЗ", "Федеральный закон от 09.11.2024 № 374-ФЗ"),
        ("兵頭慎治「第 6 章 ロシアから見た」", "兵頭慎治「第6章 ロシアから見た」"),
        ("1 背景", "1 背景"),
        ("２０２４年１１月９日", "2024年11月9日"),
        ("ｷﾑ・ｼﾞｮﾝｳﾝ", "キム・ジョンウン"),
        ("㈱日本経済新聞社", "(株)日本経済新聞社"),
    ],
)
def test_normalize(raw, expected):
    assert normalize(TrackedText.from_raw(raw)).text == expected


@pytest.mark.parametrize("raw", ["ｶﾞｷﾞｸﾞ 2024 年", "葛\U000e0100城市", "①㈱～", "第 51 条7並びに"])
def test_every_character_maps_to_the_raw_it_came_from(raw):
    import unicodedata

    result = normalize(TrackedText.from_raw(raw))
    for ch, start, end in zip(result.text, result.starts, result.ends, strict=True):
        assert ch in unicodedata.normalize("NFKC", raw[start:end])
    assert normalize(result).text == result.text  # idempotent
