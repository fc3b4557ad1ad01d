"""The speed guards of the extractors (literal gates, checks moved after a match, caches) change no output.

Each guard skips work that cannot produce a match; these tests compare the guarded path with the plain regex
(or the uncached function) on the gold texts and on short real sentences, so a guard that drops a match fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extractors.articles import quoted as articles_quoted
from pipeline.extractors.dates import PATTERNS, normalise_numbers
from pipeline.extractors.instruments import foreign as instruments_foreign
from pipeline.extractors.instruments import vocab as instruments_vocab
from pipeline.extractors.instruments import words as instruments_words
from pipeline.extractors.names import gazetteer as names_gazetteer
from pipeline.extractors.timex import reldate

GOLD_TEXTS = sorted(Path(__file__).parent.glob("gold/**/texts/*.txt"))

# Real sentences (sources in the comments) holding the forms the guarded patterns look for.
SENTENCES = [
    # TBS NEWS DIG, 2023-04-13 (kana day words of broadcast news)
    "北朝鮮はきょう午前7時22分ごろ、弾道ミサイルを発射しました。けさ、Jアラートが出されました。",
    # 日テレNEWS, 2024-10-15
    "衆議院選挙はあす公示され、きのうの夜に続き各党が準備を進めています。",
    # 日本年 (the Japan Year in Russia, MOFA 2018): 本年 inside 日本年 is no year word
    "「ロシアにおける日本年」及び「日本におけるロシア年」の開会式が行われた。同年6月には首脳会談があった。",
    # a news site's time stamp after a headline (M/D hh:mm)
    "首相、来月訪米へ 4/12 18:30 更新",
    # 日本国憲法 第9条 quoted one paragraph a line (e-Gov, as pages quoting it print it)
    "日本国憲法第9条\n1. 日本国民は、正義と秩序を基調とする国際平和を誠実に希求し、\n2. 前項の目的を達するため、",
    # 地方自治法 第252条の17の2 (e-Gov): a branch number after 条, so a gate on 条 at the line end would miss it
    "地方自治法第252条の17の2\n1. 都道府県は、都道府県知事の権限に属する事務の一部を、条例の定めるところにより、",
]


def _texts() -> list[str]:
    return [normalise_numbers(t) for t in SENTENCES] + [
        normalise_numbers(p.read_text(encoding="utf-8")) for p in GOLD_TEXTS
    ]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_gated_date_patterns_match_as_the_plain_regex(texts: list[str]) -> None:
    guarded = [p for p in PATTERNS if p.gate is not None or p.reject_start is not None]
    assert {p.name for p in guarded} >= {"kana_day", "kana_morning", "month_slash_day_clock", "year_rel"}
    for pat in guarded:
        plain = pat.regex
        if pat.name == "year_rel":  # the lookbehind the check after the match replaces
            plain = re.compile(r"(?<!日(?=本))" + reldate.YEAR_REL, re.VERBOSE)
        for text in texts:
            assert [m.span() for m in pat.finditer(text)] == [m.span() for m in plain.finditer(text)], pat.name


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("ロシアにおける日本年", []),  # 本年 of 日本年: rejected, and no match resumes inside it
        ("日本本年度の予算", [(2, 5)]),  # the second 本 starts a year word (本年度)
        ("同年6月と本年", [(0, 4), (5, 7)]),
    ],
)
def test_year_rel_rejects_only_the_hon_of_nihon(text: str, spans: list[tuple[int, int]]) -> None:
    year_rel = next(p for p in PATTERNS if p.name == "year_rel")
    assert [m.span() for m in year_rel.finditer(text)] == spans


def test_named_heading_gate_is_in_every_heading(texts: list[str]) -> None:
    found = 0
    for text in texts:
        for match in articles_quoted.NAMED_HEADING_RE.finditer(text):
            found += 1
            assert articles_quoted.NAMED_HEADING_GATE.match(text, match.end() - 1), match.group()
    assert found >= 2  # the two e-Gov quotations above


@pytest.mark.parametrize("name", ["日米安全保障條約", "国際連合安全保障理事会決議", "ロシア連邦 憲法", "日・ASEAN協定"])
def test_cached_fold_is_the_plain_fold(name: str) -> None:
    assert instruments_vocab.fold(name) == instruments_vocab.fold.__wrapped__(name)


@pytest.mark.parametrize(
    ("prefix", "expected"), [("日米", True), ("日本国", True), ("中華人民共和国", True), ("安全保障", False)]
)
def test_cached_country_head(prefix: str, expected: bool) -> None:
    assert instruments_words.country_head(prefix) is expected
    assert instruments_words.country_head.__wrapped__(prefix) is expected
    assert isinstance(instruments_words._words(prefix), tuple)  # a cached value nobody can change


def test_english_titles_only_in_english_text() -> None:
    english = "Article 5 of the North Atlantic Treaty binds the parties."
    japanese = (
        "北大西洋条約の第5条(Article 5 of the North Atlantic Treaty)は、締約国に対する武力攻撃を全締約国に対する"
        "攻撃とみなし、集団的自衛権の行使を定めている。"
    )
    assert [m.name for m in instruments_foreign.english_named(english)] == ["North Atlantic Treaty"]
    assert instruments_foreign.english_named(japanese) == []


def _substrings(text: str, longest: int) -> list[str]:
    return [text[i : i + n] for i in range(len(text)) for n in range(1, longest + 1) if i + n <= len(text)]


def test_memoised_gazetteer_lookup_is_the_plain_lookup(texts: list[str]) -> None:
    gaz = names_gazetteer.gazetteer()
    # spelling variants every fallback of the lookup reads (ヴ, ルグ, ディ, 國/华, キャンプ without its ・)
    variants = [
        "ヨハネスブルク",
        "ルクセンブルグ",
        "カンボディア",
        "中國",
        "中华人民共和国",
        "キャンプデービッド",
        "ヴェトナム",
    ]
    surfaces = variants + [s for text in texts[:40] for s in _substrings(text[:400], 8)]
    hits = 0
    for surface in surfaces:
        expected = gaz._lookup(surface)
        assert gaz.lookup(surface) == expected, surface
        assert gaz.lookup(surface) == expected, surface  # the second answer comes from the memo
        hits += expected is not None
    assert hits >= 50  # the texts do name places and bodies


def test_gazetteer_memo_forgets_on_add_and_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    gaz = names_gazetteer.Gazetteer()
    assert gaz.lookup("モンテネグロ") is None
    gaz.add("モンテネグロ", "PLACE", "モンテネグロ")  # an entry added after a miss is found
    assert gaz.lookup("モンテネグロ") == ("PLACE", "モンテネグロ")
    monkeypatch.setattr(names_gazetteer, "MEMO_SIZE", 3)
    for surface in ["イラン", "イラク", "シリア", "ヨルダン", "レバノン"]:
        gaz.lookup(surface)
    assert len(gaz._memo) <= 3
    assert gaz.lookup("モンテネグロ") == ("PLACE", "モンテネグロ")
