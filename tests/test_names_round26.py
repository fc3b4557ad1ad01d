"""Names round 26: error classes of a fresh sample of reports and commentary on foreign legislatures and
constitutions (an NDL 調査と情報 excerpt, Russian and Korean constitutional news, a blog on the German Basic Law;
tests/gold/texts/names_r9_*), each tested on real sentences from other pages (one URL per case):

- a tier of government named by a common noun (連邦政府, 州政府) is no body of its own;
- 内閣 before 総辞職 or 改造 names the event, not one cabinet;
- the official name ドイツ連邦共和国 is the place ドイツ.
"""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import find_names
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(m.surface, m.type) for m in find_names(NLP(text))}


# https://nippon.zaidan.info/seikabutsu/1996/00700/contents/021.htm
ZAIDAN_FEDERAL = "対等の関係にある連邦政府と州政府が競争する「競争的連邦主義」の構造をとっていた。"
# http://jbpress.ismedia.jp/articles/-/37770
JBPRESS_STATES = "中央政府と州政府の権限が明確に分けられ、国民国家を形成している。"
# http://topics.smt.docomo.ne.jp/article/fnn/world/fnn-00430447CX
FNN_RESIGNATION = "メドベージェフ首相は15日、プーチン大統領に対し、内閣総辞職を表明した。"
# https://jp24h.com/post/50378.html
SANKEI_RESIGNATION = "ロシアのメドベージェフ首相は15日、プーチン大統領と会談し、内閣総辞職を表明した。"
# https://www.hokkoku.co.jp/articles/tym/817298
HOKKOKU_RESHUFFLE = "岸田文雄首相は、内閣改造・自民党役員人事を10日に実施する方針を固めた。"
# a lecture record's heading, https://expydoc.com/doc/8024544/%E3%83%89%E3%82%A4%E3%83%84%E3%81%AE%E5%9C%B0%E6%96%B9%E5%88%86%E6%A8%A9%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6
EXPYDOC_HEADING = "Ⅰ.ドイツ連邦共和国と州"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (ZAIDAN_FEDERAL, ("連邦政府", "ORG")),
        (ZAIDAN_FEDERAL, ("州政府", "ORG")),
        (JBPRESS_STATES, ("州政府", "ORG")),
        (FNN_RESIGNATION, ("内閣", "ORG")),
        (SANKEI_RESIGNATION, ("内閣", "ORG")),
        (HOKKOKU_RESHUFFLE, ("内閣", "ORG")),
    ],
)
def test_generic_words_are_no_mentions(text, absent):
    assert absent not in _mentions(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (FNN_RESIGNATION, ("メドベージェフ", "PERSON")),
        (SANKEI_RESIGNATION, ("ロシア", "PLACE")),
        (HOKKOKU_RESHUFFLE, ("自民党", "ORG")),
        (EXPYDOC_HEADING, ("ドイツ連邦共和国", "PLACE")),
    ],
)
def test_names_beside_them_stay(text, present):
    assert present in _mentions(text)


def test_official_name_is_the_country():
    [germany] = [m for m in find_names(NLP(EXPYDOC_HEADING)) if m.type == "PLACE"]
    assert germany.canonical == "ドイツ"
