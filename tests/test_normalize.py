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


def test_stable_class_holds_only_characters_nfkc_keeps():
    import re
    import unicodedata

    from pipeline.text.normalize import _STABLE

    stable = re.compile(f"[{_STABLE}]")
    kept = [chr(c) for c in range(0x10000) if stable.match(chr(c))]
    assert len(kept) > 20_000
    assert [c for c in kept if unicodedata.normalize("NFKC", c) != c] == []


@pytest.mark.parametrize(
    "text",
    [
        "ｶﾞｲﾄﾞ１２３㈱",  # half-width katakana with a voiced mark, full-width digits
        "か\u3099は\u309aA\u0301",  # combining marks after stable characters
        "\u3099先頭",  # a cluster tail at the very start
        "№374-ФЗ（２０２４年）",
        "東京都、「法律」第1条。",  # nothing to change
    ],
)
def test_changed_clusters_equal_a_step_per_character(text):
    import unicodedata

    from pipeline.text.normalize import _CLUSTER_TAIL, _KEEP, _changed_clusters

    expected, i = [], 0
    while i < len(text):  # the reference: every cluster, one by one
        j = i + 1
        while j < len(text) and _CLUSTER_TAIL.match(text[j]):
            j += 1
        cluster = text[i:j]
        normal = cluster if cluster in _KEEP else unicodedata.normalize("NFKC", cluster)
        if normal != cluster:
            expected.append((i, j, normal))
        i = j
    assert list(_changed_clusters(text)) == expected
