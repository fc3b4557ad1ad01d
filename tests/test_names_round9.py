"""Names round 9 (heldout8 error classes), each with real text from outside the gold:

- 日中 / 中日 are the two countries before 両政府 and 戦略 (as before 両国, 関係): suc-con.com writes the
  same construction with 日韓 (https://suc-con.com/2023/05/15/ "日韓両政府、ソウルで首脳会談を開き"), and
  china.org.cn (http://japanese.china.org.cn/jp/txt/2019-08/12/content_75092152.htm): "中日戦略対話は2005年に始まる".
"""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import find_names
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()


def _found(text: str) -> set[tuple[str, str, bool]]:
    return {(m.surface, m.type, bool(m.abbreviation)) for m in find_names(NLP(text), use_model=False)}


@pytest.mark.parametrize(
    "text",
    ["日中両政府は外相の来日を調整している。", "中日戦略対話は2005年に始まる。"],
)
def test_pair_letters_before_government_and_strategy(text: str) -> None:
    found = _found(text)
    assert ("日", "PLACE", True) in found and ("中", "PLACE", True) in found, found


def test_daytime_nitchu_stays_out() -> None:
    assert not any(s in ("日", "中") for s, _, _ in _found("日中は暑いので外出を控えた。"))
