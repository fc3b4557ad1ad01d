"""Instrument names with a number's counter glued before them, and acronym + 条約 (blind-round classes: a junk
prefix on a name, heldout16's 回核不拡散条約; the canonical name of one treaty cited two ways, NPT条約 against
核不拡散条約(NPT)).

- 回 after a numeral counts the conference the name modifies (第11回核不拡散条約(NPT)再検討会議): never a title's
  first character.
- A year glued before a name that is glossed and then modifies a noun is the conference's year
  (2010年核兵器不拡散条約(NPT)運用検討会議), while 1993年憲法 and 平成17年改正前商法 keep their year.
- ``ACR条約`` is the treaty the text glosses with (ACR): one instruments row.

Rows marked ``constructed`` are written on the pattern of the cited page.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs
from pipeline.extractors.instruments import scan_instruments

MOFA_NPT_2010 = "https://www.mofa.go.jp/mofaj/press/release/22/4/0430_02.html"
IMIDAS_NPT_2015 = "https://imidas.jp/topic/detail/D-00-206-15-06-G221.html"
IMIDAS_NPT_2010 = "https://imidas.jp/hotkeyword/detail/D-00-302-10-06-H008.html"


@pytest.mark.parametrize(
    ("text", "names", "source"),
    [
        (
            "2010年核兵器不拡散条約(NPT)運用検討会議は,5月3日(月曜日)から28日(金曜日)までの間,ニューヨークの国連本部"
            "において開催されます。",
            [["核兵器不拡散条約", "NPT"]],
            MOFA_NPT_2010,
        ),
        (
            "2015年の第9回再検討会議では議論が進められた。第10回核兵器不拡散条約(NPT)運用検討会議に向けて準備が進む。",
            [["核兵器不拡散条約", "NPT"]],
            "constructed on " + IMIDAS_NPT_2015,
        ),
        ("1993年憲法第3条は主権を定める。", [["1993年憲法"]], "constructed: the year names the constitution"),
        ("平成17年改正前商法266条ノ3第1項", [["平成17年改正前商法"]], "tests/test_articles_conventions.py row"),
        (
            "NPT再検討会議は、NPT(核不拡散条約)加盟国が5年に1度開催する会議。核不拡散条約(NPT)の運用を検討するが、"
            "NPT条約第6条の核軍縮交渉義務は履行されていない。",
            [["核不拡散条約", "NPT", "NPT条約"]],
            "constructed on " + IMIDAS_NPT_2010,
        ),
    ],
)
def test_instrument_names(text: str, names: list[list[str]], source: str) -> None:
    assert [sorted(i.names()) for i in scan_instruments(text)] == [sorted(n) for n in names], source


def test_acronym_treaty_resolves_to_glossed_treaty() -> None:
    text = "第10回核兵器不拡散条約(NPT)運用検討会議に向けて、NPT条約第6条の核軍縮義務が論じられた。"
    rows = [(r.surface, r.article, r.instrument) for r in find_article_refs(text)]
    assert rows == [("第6条", "6", "核兵器不拡散条約")], "constructed on " + MOFA_NPT_2010
