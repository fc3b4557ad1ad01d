"""Gazetteers for the names extractor, read from ``pipeline/data/`` (sources in its README).

Countries and exemplar cities come from Unicode CLDR (Japanese names); a
small hand-curated list adds long and short country forms, organisations and
news media.  Every country has one canonical name (CLDR's), so that ``ロシア``,
``ロシア連邦`` and the abbreviation ``ロ`` link to the same entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

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
}


@dataclass
class Gazetteer:
    """Surface -> (type, canonical), and the abbreviation letters -> canonical country."""

    entries: dict[str, tuple[str, str]] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    max_len: int = 0
    longest: dict[str, int] = field(default_factory=dict)  # first character -> longest entry starting with it

    def lookup(self, surface: str) -> tuple[str, str] | None:
        return self.entries.get(surface)

    def is_country(self, surface: str) -> bool:
        found = self.entries.get(surface)
        return found is not None and found[1] in self.abbreviations.values()

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
    gaz.abbreviations = {char: countries[code] for char, code in ABBREVIATIONS.items()}
    for kind, surface, *rest in _rows("names_curated.tsv"):
        gaz.add(surface, kind, rest[0] if rest and rest[0] else surface)
    for name in countries.values():
        gaz.add(name, "PLACE", name)
    for _zone, city in _rows("names_cities_cldr.tsv"):
        gaz.add(city, "PLACE", city)
    return gaz
