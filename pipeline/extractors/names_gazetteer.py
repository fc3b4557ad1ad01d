"""Gazetteers for the names extractor, read from ``pipeline/data/`` (sources in its README).

Countries and exemplar cities come from Unicode CLDR (Japanese names), the 47
prefectures from JIS X 0401; a small hand-curated list adds long and short
country forms, organisations and news media.  Every country has one canonical name (CLDR's), so that ``ロシア``,
``ロシア連邦`` and the abbreviation ``ロ`` link to the same entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.nlp.unidic import tagger

DATA = Path(__file__).resolve().parent.parent / "data"

# One-character country abbreviations of Japanese press usage (朝ロ, 韓米日, 米日), by ISO code.
ABBREVIATIONS = {
    "朝": "KP",
    "ロ": "RU",
    "露": "RU",
    "韓": "KR",
    "米": "US",
    "日": "JP",
    "中": "CN",
    "英": "GB",
    "仏": "FR",
    "独": "DE",
    "印": "IN",
    "豪": "AU",
    "台": "TW",
    "加": "CA",  # 日加 (MOFA: 日加外相会談, 日加関係)
}
# Letters of states no longer in CLDR's list: ソ for the Soviet Union (日ソ共同宣言, 米ソ).
HISTORIC_ABBREVIATIONS = {"ソ": "ソビエト連邦"}


# Spellings of the same foreign sound that Japanese writers alternate: ヴ for ブ (ラヴロフ/ラブロフ), and the final
# ク or グ of German -burg/-berg (ヨハネスブルク/ヨハネスブルグ, ハイデルベルク/ハイデルベルグ).
KATAKANA_VARIANT = re.compile(r"ヴ[ァィェォ]?|(?<=[ルー])ク$")
_VU = {"ヴァ": "バ", "ヴィ": "ビ", "ヴェ": "ベ", "ヴォ": "ボ", "ヴ": "ブ"}


# Older spellings of country names in official texts: a ・ inside one word (コスタ・リカ), ディ/ティ for ジ/チ
# (カンボディア, ハイティ).  Tried only when the surface itself is not listed.
OLD_SPELLING = re.compile(r"(?<=[ァ-ヺー])・(?=[ァ-ヺー])|ディ|ティ")
_OLD = {"ディ": "ジ", "ティ": "チ"}


def katakana_variant(surface: str) -> str:
    """The spelling the CLDR lists use for a katakana name: ブ for ヴ, グ for a final ク after ル or ー."""
    return KATAKANA_VARIANT.sub(lambda m: _VU.get(m.group(), "グ"), surface)


@dataclass
class Gazetteer:
    """Surface -> (type, canonical), and the abbreviation letters -> canonical country."""

    entries: dict[str, tuple[str, str]] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    max_len: int = 0
    longest: dict[str, int] = field(default_factory=dict)  # first character -> longest entry starting with it
    countries: set[str] = field(default_factory=set)  # canonical names of states (CLDR territories)

    def lookup(self, surface: str) -> tuple[str, str] | None:
        """The entry of ``surface``, or of its katakana spelling variant (ヨハネスブルク -> ヨハネスブルグ)."""
        found = self.entries.get(surface)
        if found is None and KATAKANA_VARIANT.search(surface):
            found = self.entries.get(katakana_variant(surface))
        if found is None and surface.endswith(("ルグ", "ーグ")):  # ルクセンブルグ -> ルクセンブルク
            found = self.entries.get(surface[:-1] + "ク")
        if found is None and OLD_SPELLING.search(surface):  # コスタ・リカ, カンボディア, ハイティ (MOFA 1956)
            found = self.entries.get(OLD_SPELLING.sub(lambda m: _OLD.get(m.group(), ""), surface))
        return found

    def is_country(self, surface: str) -> bool:
        """One of the countries the press abbreviates to one letter (米, 朝, ロ)."""
        found = self.entries.get(surface)
        return found is not None and found[1] in self.abbreviations.values()

    def is_state(self, surface: str) -> bool:
        """Any country or territory (モンテネグロ, イラン, 米国), also in an older spelling (カンボディア)."""
        found = self.lookup(surface)
        return found is not None and found[0] == "PLACE" and found[1] in self.countries

    def add(self, surface: str, kind: str, canonical: str) -> None:
        self.entries.setdefault(surface, (kind, canonical))
        self.max_len = max(self.max_len, len(surface))
        self.longest[surface[0]] = max(self.longest.get(surface[0], 0), len(surface))


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load the gazetteers once per process (nothing is fetched at run time)."""
    gaz = Gazetteer()
    countries = {code: name for code, name in _rows("names_countries_cldr.tsv")}
    gaz.abbreviations = {char: countries[code] for char, code in ABBREVIATIONS.items()} | HISTORIC_ABBREVIATIONS
    gaz.countries = set(countries.values())
    for kind, surface, *rest in _rows("names_curated.tsv"):
        gaz.add(surface, kind, rest[0] if rest and rest[0] else surface)
    for name in countries.values():
        gaz.add(name, "PLACE", name)
    for _zone, city in _rows("names_cities_cldr.tsv"):
        gaz.add(city, "PLACE", city)
    for _code, prefecture in _rows("names_prefectures.tsv"):
        gaz.add(prefecture, "PLACE", prefecture)
    return gaz


# How many of UniDic's best analyses of a lone string to read: the surname reading of a word that is more
# often a common noun comes second (岩屋 "cave"); a third-best surname is too rare a reading (国立).
_NBEST = 2


@lru_cache(maxsize=4096)
def is_dictionary_surname(word: str) -> bool:
    """UniDic lists ``word`` as one surname token among its best readings of it alone.

    In running text MeCab picks the common-noun reading of 岩屋 or 森; before a
    title (岩屋外務大臣, 森、山崎両外務審議官) the surname entry is the better one.
    """
    for analysis in tagger().nbest(word, _NBEST).split("EOS"):
        lines = [line for line in analysis.strip().splitlines() if line]
        if len(lines) == 1 and "人名-姓" in lines[0]:
            return True
    return False
