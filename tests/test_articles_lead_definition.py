"""The instrument a page's lead defines is its principal (blind-round class: a bare article resolved to another
instrument the page names more often; heldout18's encyclopaedia pages, heldout19's glossary entry).

An encyclopaedia or glossary entry opens with its subject, its reading or original name in parentheses and the topic
particle (``Xとは``, ``X(…)は、``); its bare articles are that instrument's even when the entry names a later or a
neighbouring instrument more often.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs
from pipeline.extractors.instruments import scan_instruments

GATT_WIKI = "https://sub-asate.ssl-lolipop.jp/wiki/index.php?title=関税及び貿易に関する一般協定 (Wikipedia copy)"
JNMCC_NPT = "https://jnmcc.or.jp/glossary/npt.html"

GATT_LEAD = (
    "関税及び貿易に関する一般協定(かんぜいおよびぼうえきにかんするいっぱんきょうてい、英語: General Agreement on "
    "Tariffs and Trade)とは、1947年10月30日にジュネーヴにおいて署名開放された条約である。"
    "寄託者 国連事務総長(第26条第3項)。"
    "この、1947年に署名開放されたGATTを改正した1994年の関税及び貿易に関する一般協定は、WTO協定と不可分の一部とされているが"
    "(WTO協定第2条第2項)、この1947年のGATTと、WTO協定や1994年のGATTは、別個の条約である(WTO協定第2条第4項)。"
)


def test_gatt_lead_owns_bare_article() -> None:
    """WTO協定 is named three times, the GATT twice: the bare 第26条第3項 is the GATT's, which the lead defines."""
    rows = {r.surface: (r.instrument, r.resolution) for r in find_article_refs(GATT_LEAD)}
    gatt = next(i for i in scan_instruments(GATT_LEAD) if "関税及び貿易に関する一般協定" in i.names())
    assert rows["第26条第3項"] == (gatt.canonical, "principal"), GATT_WIKI
    assert rows["第2条第2項"] == ("WTO協定", "explicit"), GATT_WIKI


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "海洋法に関する国際連合条約(英: United Nations Convention on the Law of the Sea)は、"
            "海洋に関する包括的な条約である。公海に関する条約は公海の自由を定め、大陸棚に関する条約は大陸棚を定めた。公海に関する条約と大陸棚に関する条約"
            "の制度を統合した。深海底の制度を定める(第133条)。",
            ("第133条", "海洋法に関する国際連合条約", "principal"),
            "constructed on the Wikipedia lead of 海洋法に関する国際連合条約 (https://ja.wikipedia.org/wiki/海洋法に関する国際連合条約)",
        ),
        (
            "日米地位協定とは、日米安全保障条約第6条に基づき在日米軍の地位を定めた協定である。日米安全保障条約は1960年に署名"
            "された。日米安全保障条約の第5条は共同防衛を定める。刑事裁判権は第17条に定める。",
            ("第17条", "日米地位協定", "principal"),
            "constructed on https://www.mofa.go.jp/mofaj/area/usa/sfa/kyoutei/index.html",
        ),
        (
            "核兵器の不拡散に関する条約(核兵器不拡散条約)は、核不拡散に関する国際条約。この条約では、核兵器国は核兵器を"
            "委譲しないことを約束し(第1条)、非核兵器国は製造しないことを約束している(第2条)。",
            ("第1条", "核兵器の不拡散に関する条約", "principal"),
            JNMCC_NPT,
        ),
    ],
)
def test_lead_definition_principal(text: str, expected: tuple, source: str) -> None:
    rows = [(r.surface, r.instrument, r.resolution) for r in find_article_refs(text)]
    assert expected in rows, source


def test_lead_not_at_text_start_is_no_definition() -> None:
    """A name defined later in the text (not the page's subject) does not override the counted principal."""
    text = (
        "北大西洋条約の第5条は集団防衛を定める。北大西洋条約は1949年に署名された。なお、国際連合憲章とは、"
        "国際連合の基本文書である。第5条は加盟国への攻撃を全体への攻撃とみなす。"
    )
    rows = [(r.surface, r.instrument) for r in find_article_refs(text)]
    assert rows[-1] == ("第5条", "北大西洋条約"), "constructed on https://note.com/wmilitary/n/n45e61949f0a8"
