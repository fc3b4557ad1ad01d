"""Names round 27: ORG error classes of heldout22/heldout23 (WHO bodies, refugee-law panels, the Pacific Islands
Forum, Japanese ministries and their divisions), each tested on real sentences from other pages (one URL per case):

- a deliberative body named by its remit and 総会/懇談会/作業部会/専門部会/交渉機関/フォーラム is one ORG
  (世界保健総会, 出入国管理政策懇談会, 太平洋諸島フォーラム), not a place and a common noun; a members' meeting
  (株主総会), a session (特別総会) and a forum that is an event (閣僚級環境フォーラム) are not bodies;
- the ordinal of such a body's term is not part of its name (第7次|出入国管理政策懇談会);
- Japan's ministries and agencies are listed, so a division written on after one is part of it
  (文部科学省海洋地球課);
- an acronym the text defines for a body of rules (国際保健規則(IHR)) names the instrument, not a body.
"""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import find_names
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(m.surface, m.type) for m in find_names(NLP(text))}


# https://jmedia.wiki/WHA/World_Health_Assembly
JMEDIA_WHA = "世界保健総会(WHA )は、世界保健機関(WHO)が加盟国194カ国によって統治される場です。"
# http://wikipedia2007.classicistranieri.com/ja/%E5%A4%AA/%E5%B9%B3/%E6%B4%8B/%E5%A4%AA%E5%B9%B3%E6%B4%8B%E8%AB%B8%E5%B3%B6%E3%83%95%E3%82%A9%E3%83%BC%E3%83%A9%E3%83%A0.html
WIKI_PIF = "2000年10月に太平洋諸島フォーラム (PIF) と改称された。"
# http://www.moj.go.jp/nyuukokukanri/kouhou/nyukan_nyukan33-01.html
MOJ_PANEL = "出入国管理政策懇談会は法務大臣が出入国管理についての政策の立案実施を始め"
# http://www.moj.go.jp/nyuukokukanri/kouhou/nyuukokukanri06_00077.html
MOJ_SEVENTH = "第7次出入国管理政策懇談会を開催することとしました。"
# https://www.env.go.jp/press/2384.html
ENV_SESSION = "今回会合は、「国連環境開発特別総会(UNGASS)の成果のレビュー」というテーマの下で"
# http://www.env.go.jp/press/9379.html
ENV_FORUM = "グローバル閣僚級環境フォーラムが2月20日(水)〜22日(金)にモナコ公国で開催されます。"
# https://www.mext.go.jp/unesco/002/006/002/011/gijiroku/1394740_00006.htm
MEXT_MINISTRIES = "また、国土交通省、海上保安庁、気象庁、環境省、文部科学省海洋地球課等の関係省庁からもオンラインで参加"
# https://wic-net.com/material/document/16460/329 (令和6年版厚生労働白書)
HAKUSHO_MHLW = "2013 年 8 月以降、厚生労働省と新興国等の保健省との間で、協力関係の構築を進めており"
# https://note.com/bunura/n/n8c22174e34db
NOTE_IHR = (
    "2024年5月のWHO総会で、国際保健規則(IHR)の改正案が採択される予定となっています。"
    "2022年5月にも、IHRはすでに一部改正されました。"
)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (JMEDIA_WHA, ("世界保健総会", "ORG")),
        (WIKI_PIF, ("太平洋諸島フォーラム", "ORG")),
        (MOJ_PANEL, ("出入国管理政策懇談会", "ORG")),
        (MOJ_SEVENTH, ("出入国管理政策懇談会", "ORG")),
        (MEXT_MINISTRIES, ("国土交通省", "ORG")),
        (MEXT_MINISTRIES, ("環境省", "ORG")),
        (MEXT_MINISTRIES, ("文部科学省海洋地球課", "ORG")),
        (HAKUSHO_MHLW, ("厚生労働省", "ORG")),
    ],
)
def test_bodies_are_found_whole(text, present):
    assert present in _mentions(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (WIKI_PIF, ("太平洋諸島", "PLACE")),
        (WIKI_PIF, ("太平洋諸島フォーラム", "PLACE")),
        (MOJ_SEVENTH, ("第7次出入国管理政策懇談会", "ORG")),
        (ENV_SESSION, ("国連環境開発特別総会", "ORG")),
        (ENV_FORUM, ("グローバル閣僚級環境フォーラム", "ORG")),
        (MEXT_MINISTRIES, ("文部科学省", "ORG")),
        (NOTE_IHR, ("IHR", "ORG")),
    ],
)
def test_parts_and_instruments_are_no_bodies(text, absent):
    assert absent not in _mentions(text)


@pytest.mark.parametrize("text", ["定時株主総会で承認された。", "臨時総会を開いた。"])
def test_members_meetings_and_sessions_are_no_bodies(text):
    """Constructed negatives for the remit rule (a members' meeting, a session named by its kind)."""
    assert not {surface for surface, kind in _mentions(text) if kind == "ORG"}
