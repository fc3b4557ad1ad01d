"""Round 9 (heldout9 classes): curated treaty aliases and statutes quoted under a name line in commentary."""

import pytest

from pipeline.extractors.articles import find_references
from pipeline.extractors.instruments import is_abbreviation, known_aliases

UNCLOS = "海洋法に関する国際連合条約"

# Real outside text (not the gold): a forum post quoting UNCLOS under its name line, below the reply marker
# (https://jbbs.shitaraba.net/bbs/read.cgi/study/2246/1043205301/2053; the URL line between name and heading
# is dropped here).
SHITARABA = (
    ">>2050\n海洋法に関する国際連合条約\n第百二十一条 島の制度\n"
    "1 島とは、自然に形成された陸地であって、水に囲まれ、高潮時においても水面上にあるものをいう。\n"
)
# Weblio 島の制度 (https://www.weblio.jp/content/%E5%B3%B6%E3%81%AE%E5%88%B6%E5%BA%A6) uses the common name;
# the first line adds the official title as MOFA prints it (constructed pairing, marked as such).
WEBLIO = f"{UNCLOS}について\n国連海洋法条約第121条3項にもかかわらず、この場合は岩も排他的経済水域と大陸棚を持ち得る。"


def test_alias_list_pairs_are_not_subsequence_abbreviations() -> None:
    """The list holds only names the general abbreviation rule cannot find (else it would be dead data)."""
    assert known_aliases()
    assert not is_abbreviation("国連海洋法条約", UNCLOS)


@pytest.mark.parametrize(
    ("text", "surface", "article", "instrument"),
    [
        (WEBLIO, "第121条3項", "121", UNCLOS),  # the common name merges with the official title
        (SHITARABA, "第百二十一条", "121", UNCLOS),  # a heading quoted under the name line is a reference
    ],
)
def test_quoted_and_aliased(text: str, surface: str, article: str, instrument: str) -> None:
    refs, _ = find_references(text)
    ref = next(r for r in refs if r.surface == surface)
    assert (ref.article, ref.instrument) == (article, instrument)


def test_statute_own_heading_is_not_a_reference() -> None:
    """The name as FIRST line: the document is the statute itself, whose headings are not references."""
    refs, _ = find_references(SHITARABA.removeprefix(">>2050\n"))
    assert not any(r.surface == "第百二十一条" for r in refs)


def test_part_heading_needs_a_treaty_name_line() -> None:
    """第8部 opening a line is a Part of a quoted treaty only below a treaty's name (報告書の第2部 is not)."""
    quoted, _ = find_references(f"研究メモ (constructed line)\n{UNCLOS}\n第8部 島の制度\n第121条 島の制度\n")
    plain, _ = find_references("年次報告\n第2部 活動の概要\n")
    assert [r.surface for r in quoted] == ["第8部", "第121条"]
    assert all(r.instrument == UNCLOS for r in quoted)
    assert not plain
