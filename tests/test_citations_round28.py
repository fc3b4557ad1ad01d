"""Round 28 of the citation rules: news and web notes as Wikipedia prints them (English and Japanese 脚注), the
classes of the round's fresh sample (tests/gold/texts/citations_r28_wiki_*).

- the author-date head with a Japanese year (`坪井明人 (2011年). “…”.`, `Bayer, Andrew (2011年1月11日).`) and a
  Twitter handle after the name (`Snowden, Edward [@Snowden] (13 May 2017).`);
- the byline's names as written: a short given name is no initial (`Pilkington, Ed`, not `Pilkington, Ed.`);
- one inverted name with a two-word surname (`Vidal Liy, Macarena`);
- the publisher slot of cite web closing with its abbreviation or domain in brackets;
- a number ending a news site's name before the item's date (`France 24. 13 May 2017.`), not a volume;
- a Japanese linked page with its site before the access date (`switch(C#リファレンス)、MSDN(…閲覧)`) and a
  headline with quotation marks before ` - Site` (`…「ReactOS 0.4.6」 - PC Watch、…閲覧。`);
- a page cited through its archived copy (`Title - ウェイバックマシン(2007年3月4日アーカイブ分)`).

Rows marked "sample" are notes of the round's gold texts, kept as regressions; the others are notes of the same or
other public pages that the gold texts do not quote, or "constructed" (negative cases) after the pattern cited.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citation_styles import split_western_authors
from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation

JENKINS = "https://ja.wikipedia.org/wiki/Jenkins"
WANNACRY = "https://en.wikipedia.org/wiki/WannaCry_ransomware_attack"
CLAUDE = "https://en.wikipedia.org/wiki/Claude_(AI)"
SWITCH = "https://ja.wikipedia.org/wiki/Switch文"


def _parse(text: str) -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), "c1", "1", 0)


# (source, text, authors, date)
BYLINES = [
    (
        JENKINS,
        "Duboscq, Geneviève (2008年). “2008 JavaOne Conference: Duke's Choice Awards Winners for 2008”. "
        "2008 Java One Conference. java.sun.com. 2008年5月21日閲覧。",
        ["Duboscq, Geneviève"],
        "2008",
    ),
    (
        JENKINS,
        "Bayer, Andrew (2011年1月11日). “Hudson's future”. Jenkins CI: A Jenkins community resource. "
        "2011年1月11日閲覧。",
        ["Bayer, Andrew"],
        "2011-01-11",
    ),
    (  # sample (ja.wikipedia.org/wiki/形式言語)
        "https://ja.wikipedia.org/wiki/形式言語",
        "坪井明人 (2011年). “数学基礎論サマースクール モデル理論入門”. 2012年2月18日閲覧。",
        ["坪井明人"],
        "2011",
    ),
    (
        WANNACRY,
        "Snowden, Edward [@Snowden] (13 May 2017). \"Pause a moment to consider why we're left with researchers, not "
        'governments, trying to counter the @NSAGov-enabled ransomware mess. Hint:" (Tweet). Retrieved 20 May 2017 '
        "– via Twitter.",
        ["Snowden, Edward"],
        "2017-05-13",
    ),
    (  # sample: a two-letter given name keeps no full stop the note does not print
        CLAUDE,
        'Pilkington, Ed (March 1, 2026). "US military reportedly used Claude in Iran strikes despite Trump\'s ban". '
        "The Guardian.",
        ["Pilkington, Ed"],
        "2026-03-01",
    ),
    (  # constructed: an initial's full stop is the note's own and stays
        WANNACRY,
        'Smith, J. (5 May 2020). "A headline". The Guardian. Retrieved 6 May 2020.',
        ["Smith, J."],
        "2020-05-05",
    ),
    (
        WANNACRY,
        'Hern, Alex; McCurry, Justin (19 December 2017). "UK and US blame WannaCry cyber-attack on North Korea". '
        "The Guardian. Retrieved 19 December 2017.",
        ["Hern, Alex", "McCurry, Justin"],
        "2017-12-19",
    ),
]


@pytest.mark.parametrize(("source", "text", "authors", "date"), BYLINES)
def test_wikipedia_byline(source: str, text: str, authors: list[str], date: str) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.date) == (authors, date), source


# (source, zone, names)
INVERTED_NAMES = [
    (WANNACRY, "Vidal Liy, Macarena", ["Vidal Liy, Macarena"]),  # sample
    (WANNACRY, "Wong, Julia Carrie; Solon, Olivia", ["Wong, Julia Carrie", "Solon, Olivia"]),  # sample
    (
        "constructed",
        "Charles Schultz, Charles Brown, and Lucy VanPelt",
        ["Charles Schultz", "Charles Brown", "Lucy VanPelt"],
    ),
    ("constructed", "Noam Chomsky and John Halle", ["Noam Chomsky", "John Halle"]),
]


@pytest.mark.parametrize(("source", "zone", "names"), INVERTED_NAMES)
def test_compound_surname_inverted(source: str, zone: str, names: list[str]) -> None:
    assert split_western_authors(zone) == names, source


# (source, text, container, publisher)
SITE_PUBLISHERS = [
    (  # sample (en.wikipedia.org/wiki/Nuclear_power_in_South_Korea)
        "https://en.wikipedia.org/wiki/Nuclear_power_in_South_Korea",
        '"Nuclear Power in Korea". Information Papers. World Nuclear Association (WNA). 18 March 2010. '
        "Retrieved 2012-02-04.",
        "Information Papers",
        "World Nuclear Association (WNA)",
    ),
    (  # sample (ja.wikipedia.org/wiki/Value_object)
        "https://ja.wikipedia.org/wiki/Value_object",
        "Fowler, Martin (2003年). “Value Object”. Catalog of Patterns of Enterprise Application Architecture. "
        "Martin Fowler (martinfowler.com). 2011年7月17日閲覧。",
        "Catalog of Patterns of Enterprise Application Architecture",
        "Martin Fowler (martinfowler.com)",
    ),
]


@pytest.mark.parametrize(("source", "text", "container", "publisher"), SITE_PUBLISHERS)
def test_publisher_with_bracketed_abbreviation(source: str, text: str, container: str, publisher: str) -> None:
    citation = _parse(text)
    assert (citation.container, citation.publisher) == (container, publisher), source


# (source, text, container, volume)
SITE_NUMBERS = [
    (  # sample
        WANNACRY,
        "\"France's Renault hit in worldwide 'ransomware' cyber attack\" (in Spanish). France 24. 13 May 2017. "
        "Retrieved 13 May 2017.",
        "France 24",
        None,
    ),
    (  # constructed: a journal's volume before the access note stays a volume
        "constructed",
        'Smith, J. (2001). "Title". Journal of Things 12. Retrieved 3 May 2010.',
        "Journal of Things",
        "12",
    ),
]


@pytest.mark.parametrize(("source", "text", "container", "volume"), SITE_NUMBERS)
def test_number_ending_a_site_name(source: str, text: str, container: str, volume: str | None) -> None:
    citation = _parse(text)
    assert (citation.container, citation.volume) == (container, volume), source


# (source, text, title, container)
LINKED_PAGES = [
    (SWITCH, "switch(C#リファレンス)、MSDN（2014年5月30日閲覧）。", "switch(C#リファレンス)", "MSDN"),  # sample
    (SWITCH, "Ruby 1.9.3マニュアル - class Regexp、2014年3月3日閲覧。", "Ruby 1.9.3マニュアル - class Regexp", None),
    (  # sample (ja.wikipedia.org/wiki/ReactOS)
        "https://ja.wikipedia.org/wiki/ReactOS",
        "“Vistaっぽい見た目”を実現したWindows互換OS「ReactOS 0.4.6」 - PC Watch、2018年9月25日閲覧。",
        "“Vistaっぽい見た目”を実現したWindows互換OS「ReactOS 0.4.6」",
        "PC Watch",
    ),
    (
        "https://ja.wikipedia.org/wiki/LIDAR",
        "lidar tutorial (NASA) - ウェイバックマシン（2007年3月4日アーカイブ分）",
        "lidar tutorial (NASA)",
        "ウェイバックマシン",
    ),
    (  # sample (ja.wikipedia.org/wiki/POSIX)
        "https://ja.wikipedia.org/wiki/POSIX",
        "Federal Information Processing Standard (FIPS) 151-2 - ウェイバックマシン（2014年2月20日アーカイブ分）",
        "Federal Information Processing Standard (FIPS) 151-2",
        "ウェイバックマシン",
    ),
]


@pytest.mark.parametrize(("source", "text", "title", "container"), LINKED_PAGES)
def test_japanese_linked_page_and_site(source: str, text: str, title: str, container: str | None) -> None:
    citation = _parse(text)
    assert (citation.title, citation.container) == (title, container), source


def test_archive_day_is_no_date() -> None:
    citation = _parse("lidar tutorial (NASA) - ウェイバックマシン（2007年3月4日アーカイブ分）")
    assert (citation.date, citation.type) == (None, "web page")
