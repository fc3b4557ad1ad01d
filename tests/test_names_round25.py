"""Names round 25: error classes of a fresh sample of diplomatic readouts and Japanese political news (MOFA
telephone talks, a Kantei summit page, LDP press conferences, news on summits; tests/gold/texts/names_r8_*),
each tested on real sentences from other pages (one URL per case):

- a party's Diet and election posts (国対委員長, 参院国対委員長, 選対委員長, 政調会長, 総務会長, 参院会長) and a
  prefectural federation's posts (県連会長, 県連幹事長) follow a surname: the surname is the person, the post
  its title (森山国対 was read as a name);
- an ambassador's post with the host state and the sending state (駐日大使, 駐日米国大使);
- a compass part before a place (南部フロリダ州) is not part of the place's name;
- a city before a ministers' meeting (G7広島外相会合) is the host, not a person whose office is 外相;
- a prefecture then 連 (高知県連, 大阪府連) is the party's federation there, an ORG.
Parentheses are written as the pipeline's normaliser writes them (ASCII).
"""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import find_names
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.type, m.title) for m in find_names(NLP(text))]


# LDP press conference 2019-12-09, https://www.jimin.jp/news/press/140760.html
JIMIN_MORIYAMA = (
    "森山国対委員長からは、本日朝9時に、維新を除く野党から議長に対して、国会を40日間延長するよう申し入れがあった。"
)
JIMIN_SUEMATSU = "末松参院国対委員長からは、外国弁護士法は継続の手続きが取れた。"
# LDP press conference 2018-06-25, http://www.jimin.jp/news/press/chief-secretary/137650.html
JIMIN_SEKIGUCHI = (
    "関口参院国対委員長からは明日はTPPで対総理質疑、明後日は党首討論を行うことで合意しているということです。"
)
JIMIN_SHIONOYA = (
    "塩谷選対委員長からは参院比例候補者の現職のヒアリングを終え、新人についても始めているという報告がありました。"
)
JIMIN_KISHIDA = "岸田政調会長からは明日は政審を行うという報告がありました。"
JIMIN_TAKESHITA = "最後に竹下総務会長からは明日は総務会を開催するという報告がありました。"
# LDP press conference 2018-01-29, http://www.jimin.jp/news/press/chief-secretary/136623.html
JIMIN_HASHIMOTO = "橋本参院会長からは名護市長選挙は最後の追い込みだ。"
# livedoor news (KRY) 2025-10-21, https://news.livedoor.com/topics/detail/29821542/
KRY_HAYASHI = (
    "10月21日朝、東京の自民党本部を柳居県議会議長と友田県連幹事長が訪れ、"
    "林芳正県連会長ら県選出の国会議員と面会しました。"
)
# MOFA press release 2016-08-04, http://www.mofa.go.jp/mofaj/press/release/press4_003566.html
MOFA_KENNEDY = (
    "本4日,午後2時頃から約25分間,岸田文雄外務大臣は,キャロライン・ケネディ駐日米国大使"
    "(H.E.Ms. Caroline Kennedy, U.S. Ambassador)の表敬を受けたところ,概要は以下のとおりです。"
)
# livedoor news (Kyodo) 2026-01-17, https://news.livedoor.com/topics/detail/30386973/
KYODO_FLORIDA = (
    "トランプ米大統領は16日、南部フロリダ州にある自身の私邸「マールアラーゴ」で、道路の一部を改名する式典に出席した。"
)
# Hiroshima Peace Culture Foundation, 平和文化 No.192 (2016-07), https://www.pcf.city.hiroshima.jp/hpcf/heiwabunka/pcj192/contents/02.html
PCF_HIROSHIMA = "4月10日(日)、11日(月)、G7広島外相会合が開催されました。"


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (JIMIN_MORIYAMA, "森山", "国対委員長"),
        (JIMIN_SUEMATSU, "末松", "参院国対委員長"),
        (JIMIN_SEKIGUCHI, "関口", "参院国対委員長"),
        (JIMIN_SHIONOYA, "塩谷", "選対委員長"),
        (JIMIN_KISHIDA, "岸田", "政調会長"),
        (JIMIN_TAKESHITA, "竹下", "総務会長"),
        (JIMIN_HASHIMOTO, "橋本", "参院会長"),
        (KRY_HAYASHI, "友田", "県連幹事長"),
        (KRY_HAYASHI, "林芳正", "県連会長"),
        (MOFA_KENNEDY, "キャロライン・ケネディ", "駐日米国大使"),
    ],
)
def test_party_and_envoy_posts_follow_the_name(text: str, person: str, title: str) -> None:
    assert (person, "PERSON", title) in _mentions(text)


@pytest.mark.parametrize("text", [JIMIN_MORIYAMA, JIMIN_SHIONOYA, KRY_HAYASHI])
def test_no_name_runs_into_the_post(text: str) -> None:
    names = {surface for surface, kind, _ in _mentions(text) if kind == "PERSON"}
    assert not names & {"森山国対", "塩谷選対", "友田県連"}


def test_house_inside_a_post_is_the_house() -> None:
    assert ("参院", "ORG", None) in _mentions(JIMIN_SUEMATSU)


def test_compass_part_is_not_in_the_place() -> None:
    found = _mentions(KYODO_FLORIDA)
    assert ("フロリダ州", "PLACE", None) in found
    assert not any(surface.startswith("南部") for surface, _, _ in found)


def test_city_before_a_ministers_meeting_is_the_host() -> None:
    found = _mentions(PCF_HIROSHIMA)
    assert ("広島", "PLACE", None) in found
    assert not any(kind == "PERSON" for _, kind, _ in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Wikipedia 自由民主党大阪府支部連合会,
        # https://ja.m.wikipedia.org./wiki/%E8%87%AA%E7%94%B1%E6%B0%91%E4%B8%BB%E5%85%9A%E5%A4%A7%E9%98%AA%E5%BA%9C%E6%94%AF%E9%83%A8%E9%80%A3%E5%90%88%E4%BC%9A
        (
            "自由民主党大阪府支部連合会は、日本の政党である自由民主党の都道府県支部連合会。略称は大阪府連、大阪自民党。",
            "大阪府連",
        ),
    ],
)
def test_prefectural_federation_is_a_body(text: str, body: str) -> None:
    assert (body, "ORG", None) in _mentions(text)
