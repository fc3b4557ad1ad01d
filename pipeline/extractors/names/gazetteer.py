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

DATA = Path(__file__).resolve().parents[2] / "data"

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


# Traditional (正字/繁體) and simplified Chinese forms of the kanji that official names of China, Korea and the
# UN use, mapped to the Japanese forms the lists hold: 中國/中华 -> 中国/中華, 全國人民代表大會 -> 全国人民代表大会,
# 朝鲜民主主义 -> 朝鮮民主主義.  Pairs from the Japanese 旧字体 table (https://ja.wikipedia.org/wiki/旧字体) and the
# simplification table (https://ja.wikipedia.org/wiki/簡体字); one character for one, so offsets stay valid.
_FOLD_PAIRS = (
    "國国會会黨党產産團団體体關関經経濟済區区廣広來来寶宝衞衛鐵鉄悅悦"  # traditional -> Japanese
    "员員务務华華鲜鮮义義问問关関经経济済联連卫衛军軍边辺长長东東门門书書议議协協发発总総统統领領导導历歴"
    "实実际際众衆"  # simplified -> Japanese
)
FOLD = str.maketrans(dict(zip(_FOLD_PAIRS[0::2], _FOLD_PAIRS[1::2], strict=True)))


def sinographic_person(name: str) -> bool:
    """A Korean or Chinese person's name (a listed one-kanji surname, then one to three kanji): Japanese news
    writes such names in Japanese kanji forms (尹錫悦, not the 尹錫悅 some Korean and Taiwanese pages use), while
    a Japanese person keeps the old form of the family register (濱口)."""
    return (
        2 <= len(name) <= 4 and name[0] in KOREAN_SURNAMES | CHINESE_SURNAMES and KANJI_NAME.fullmatch(name) is not None
    )


# Only kanji (CJK unified ideographs, extension A and the compatibility block).
KANJI_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def folded(surface: str) -> str:
    """``surface`` in Japanese kanji forms (中國 -> 中国, 常务委员会 -> 常務委員会); same length."""
    return surface.translate(FOLD)


# What any of ``Gazetteer._lookup``'s second tries could rewrite: ヴ (ヴァ -> バ), a ・ or ディ/ティ (old
# spellings), a final ク or グ after ル or ー (-burg), an old or simplified kanji (中國), キャンプ or フォート at the
# start.  A surface with none of them is looked up as written only, so most lookups skip the rewrites (speed).
MAY_VARY = re.compile(rf"[ヴ・{_FOLD_PAIRS[0::2]}]|[デテ]ィ|[ルー][クグ]$|^(?:キャンプ|フォート)")
# The rewrites that make a surface shorter than the entry it finds (ヴァ -> バ, コスタ・リカ -> コスタリカ,
# カンボディア -> カンボジア); without them no surface is longer than the longest entry with its first letter.
SHORTENS = re.compile(r"ヴ|・|[デテ]ィ")
# MAY_VARY without its anchors: where a rewrite may start in a running text.  A start of the text whose
# window holds none of them is found exactly when it is an entry as written (see ``Gazetteer.found_lengths``).
REWRITE_MARK = re.compile(rf"[ヴ・{_FOLD_PAIRS[0::2]}]|[デテ]ィ|[ルー][クグ]|キャンプ|フォート")


# One-kanji surnames of Korea (Statistics Korea 2015 census, the most frequent 100, as listed at
# https://ja.wikipedia.org/wiki/朝鮮人の姓の一覧): before a two-kanji given name and a title they make a name
# (趙世暎第1次官, 金鉉宗国家安保室第2次長) even where UniDic reads the kanji as a common noun (金 "gold").
KOREAN_SURNAMES = frozenset(
    "金李朴崔鄭姜趙尹張林韓呉徐申権黄安宋全洪柳高文梁孫裴曺白許劉南沈盧丁河郭成車朱禹具辛任田閔兪羅陳池厳"
    "蔡元千方孔康玄咸卞楊廉辺呂秋都魯蘇慎石宣薛馬吉周延房魏表明奇潘王琴玉陸印孟諸卓秦鞠余魚殷片龍芮慶奉"
)
# One-kanji surnames of China (the 100 most frequent of the Ministry of Public Security's 2020 count, as listed at
# https://ja.wikipedia.org/wiki/中国人の姓の一覧), in Japanese kanji forms: 程永華駐日大使, 呉江浩駐日大使.
CHINESE_SURNAMES = frozenset(
    "王李張劉陳楊黄趙呉周徐孫馬朱胡郭何林高羅鄭梁謝宋唐許韓鄧馮曹彭曽蕭田董潘袁蔡蒋余于杜葉程魏蘇呂丁任盧姚沈"
    "鍾姜崔譚陸范汪廖石金韋賈夏付方鄒熊白孟秦邱侯江尹薛閻段雷龍黎史陶賀毛郝顧龔邵万覃武銭戴厳欧莫孔向常湯康易"
    "喬頼文"
)


def katakana_variant(surface: str) -> str:
    """The spelling the CLDR lists use for a katakana name: ブ for ヴ, グ for a final ク after ル or ー."""
    return KATAKANA_VARIANT.sub(lambda m: _VU.get(m.group(), "グ"), surface)


# Katakana words that open a facility's name, written with or without a ・ after them (キャンプ・デービッド and
# キャンプデービッド, キャンプ・シュワブ, フォート・ブラッグ): the list holds the dotted form.
_FACILITY_FIRST = frozenset({"キャンプ", "フォート"})


def _first_letters(rest: str) -> set[str]:
    """The letters an entry found for a start of ``rest`` can begin with: its first letter, that letter's
    Japanese kanji form (國 -> 国), and what ヴ or ディ/ティ at the start become (ヴァ -> バ, ディ -> ジ)."""
    head = rest[:2]
    old = OLD_SPELLING.sub(lambda m: _OLD.get(m.group(), ""), head)
    return {rest[0], folded(rest[0]), katakana_variant(head)[0], old[0] if old else rest[0]}


# How many lookup answers a gazetteer keeps (some 40 MB at most).
MEMO_SIZE = 200_000


@dataclass
class Gazetteer:
    """Surface -> (type, canonical), and the abbreviation letters -> canonical country."""

    entries: dict[str, tuple[str, str]] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    max_len: int = 0
    longest: dict[str, int] = field(default_factory=dict)  # first character -> longest entry starting with it
    countries: set[str] = field(default_factory=set)  # canonical names of states (CLDR territories)
    # lookup's answers so far (speed only: the extractors ask for the same substrings many times a document and
    # across documents); cleared by add, emptied when full so that memory stays bounded on a large corpus.
    _memo: dict[str, tuple[str, str] | None] = field(default_factory=dict, init=False, repr=False, compare=False)
    # every start of every entry (built on first use, dropped by add): lets found_lengths stop early
    _prefixes: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    def lookup(self, surface: str) -> tuple[str, str] | None:
        """The entry of ``surface``, or of its katakana spelling variant (ヨハネスブルク -> ヨハネスブルグ)."""
        try:
            return self._memo[surface]
        except KeyError:
            pass
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        found = self._memo[surface] = self._lookup(surface)
        return found

    def _lookup(self, surface: str) -> tuple[str, str] | None:
        found = self.entries.get(surface)
        if found is not None or not MAY_VARY.search(surface):  # nothing to rewrite: the common case
            return found
        if found is None and KATAKANA_VARIANT.search(surface):
            found = self.entries.get(katakana_variant(surface))
        if found is None and surface.endswith(("ルグ", "ーグ")):  # ルクセンブルグ -> ルクセンブルク
            found = self.entries.get(surface[:-1] + "ク")
        if found is None and OLD_SPELLING.search(surface):  # コスタ・リカ, カンボディア, ハイティ (MOFA 1956)
            found = self.entries.get(OLD_SPELLING.sub(lambda m: _OLD.get(m.group(), ""), surface))
        if found is None and (fold := folded(surface)) != surface:  # 中國, 全國人民代表大會, 中华人民共和国
            found = self.entries.get(fold)
        if found is None and "・" not in surface and surface[:4] in _FACILITY_FIRST:  # キャンプデービッド
            found = self.entries.get(surface[:4] + "・" + surface[4:])
        return found

    def prefix_limit(self, rest: str) -> int:
        """How long a start of ``rest`` ``lookup`` can find at most, so that loops over the starts of a text stop
        there instead of at ``max_len``: the longest entry that begins with a letter the start may be rewritten
        to (see ``_first_letters``), plus one for each rewrite that shortens the surface (ヴァ -> バ, コスタ・リカ
        -> コスタリカ, カンボディア -> カンボジア: each takes one letter off, and only they make it shorter)."""
        if not rest:
            return 0
        longest = max(self.longest.get(letter, 0) for letter in _first_letters(rest))
        return min(len(rest), longest + len(SHORTENS.findall(rest)))

    def found_lengths(self, rest: str, plain: bool | None = None) -> list[int]:
        """The lengths ``n``, shortest first, for which ``lookup(rest[:n])`` finds an entry.

        ``plain``: ``rest`` holds no REWRITE_MARK (searched when not given; a caller scanning a whole text
        finds the marks once).  Then only entries as written can match, and the walk stops at the first
        start of ``rest`` that begins no entry; else every start up to ``prefix_limit`` is looked up.
        """
        if plain is None:
            plain = REWRITE_MARK.search(rest) is None
        if not plain:
            return [n for n in range(1, self.prefix_limit(rest) + 1) if self.lookup(rest[:n])]
        prefixes = self._entry_prefixes()
        found = []
        for n in range(1, len(rest) + 1):
            head = rest[:n]
            if head not in prefixes:
                break
            if head in self.entries:
                found.append(n)
        return found

    def _entry_prefixes(self) -> frozenset[str]:
        if self._prefixes is None:
            self._prefixes = frozenset(e[:n] for e in self.entries for n in range(1, len(e) + 1))
        return self._prefixes

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
        self._memo.clear()
        self._prefixes = None
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
    for variant, japanese in zip(_FOLD_PAIRS[0::2], _FOLD_PAIRS[1::2], strict=True):  # 國 starts what 国 starts
        if japanese in gaz.longest:
            gaz.longest[variant] = max(gaz.longest.get(variant, 0), gaz.longest[japanese])
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
