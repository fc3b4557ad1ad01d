"""Countries inside demonyms and facilities named by common nouns alone.

Rules:

- 人 after a country names its people (日本人拉致被害者, 韓国人, 中国人): no mention of the country; words that
  merely open with 人 (北朝鮮人権侵害問題, 人道, 人民) keep it;
- a facility head (基地, 宇宙基地, 空港) after common nouns alone names a kind (宇宙基地の建設): no mention; after a
  name it is one place (バイコヌール宇宙基地).

Every example is real text from a page outside the gold texts (URL on each row), or marked constructed.
"""

from __future__ import annotations

import pytest

from .helpers import span_list

RACHI = "https://www.rachi.go.jp/jp/ratimondai/other.html"
GOV_ONLINE = "https://megalodon.jp/ref/2013-1125-0931-28/www.gov-online.go.jp/useful/article/201311/3.html"
HOKKAIDO_NP = "https://megalodon.jp/ref/2008-0430-0535-41/www.hokkaido-np.co.jp/news/environment/89198.html"

DEMONYMS = [
    (  # RACHI
        "韓国を始め、帰国した日本人拉致被害者などの証言から、タイ、ルーマニア、レバノンの国民で北朝鮮に拉致された"
        "可能性がある方々も存在していることが明らかになったほか、北朝鮮から帰還した韓国人拉致被害者の証言では"
        "中国人などの拉致被害者が存在するとされる",
        [
            ("韓国", "PLACE"),
            ("タイ", "PLACE"),
            ("ルーマニア", "PLACE"),
            ("レバノン", "PLACE"),
            *[("北朝鮮", "PLACE")] * 2,
        ],
    ),
    (  # GOV_ONLINE: 人権 is no demonym
        "12月10日から16日は「北朝鮮人権侵害問題啓発週間」です。",
        [("北朝鮮", "PLACE")],
    ),
]

FACILITIES = [
    (  # HOKKAIDO_NP
        "ロシアが極東アムール州で宇宙基地の建設に乗り出す。現在、ロシアは主に旧ソ連のカザフスタンにある"
        "バイコヌール宇宙基地を借りて人工衛星などを打ち上げている",
        {"宇宙基地": False, "バイコヌール宇宙基地": True},
    ),
    (  # constructed
        "ロシアの総合的な宇宙発射基地である。",
        {"宇宙発射基地": False, "ロシア": True},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEMONYMS)
def test_a_demonym_names_no_country(text: str, expected: list[tuple[str, str]]) -> None:
    assert span_list(text) == expected


@pytest.mark.parametrize(("text", "expected"), FACILITIES)
def test_a_facility_of_common_nouns_is_a_kind(text: str, expected: dict[str, bool]) -> None:
    found = {surface for surface, _type in span_list(text)}
    assert {surface: surface in found for surface in expected} == expected
