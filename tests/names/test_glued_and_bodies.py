"""People glued to a listed body or place (names.glued), UN bodies and historical states from the curated list,
kinds of body that are no names (filters.GENERIC_BODIES).

Rows marked "constructed on" put names from the cited page into the glued order of an infobox or of Japanese news
(江沢民中国共産党総書記); the others are real sentences from pages outside the gold.
"""

from __future__ import annotations

import pytest

from tests.names.helpers import span_list, surfaces

# (url, text, [(surface, type, canonical)] in text order): exactly these mentions.
GLUED = [
    (
        # constructed on the page (胡錦涛国家主席 ... ロシアのプーチン大統領と会談), in the order name + body + office
        "http://japanese.cri.cn/151/2006/03/21/1@59305.htm",
        "胡錦涛中国共産党総書記はウラジーミル・プーチンロシア大統領と会談しました。",
        [
            ("胡錦涛", "PERSON", "胡錦涛"),
            ("中国共産党", "ORG", "中国共産党"),
            ("ウラジーミル・プーチン", "PERSON", "ウラジーミル・プーチン"),
            ("ロシア", "PLACE", "ロシア"),
        ],
    ),
    (
        # real: 党 opens the title 党総書記, it never ends the name
        "https://kisaragihayato.com/1867/",
        "共産党トップである胡錦涛党総書記の次に記載されていた江沢民元総書記の名が、",
        [("共産党", "ORG", "共産党"), ("胡錦涛", "PERSON", "胡錦涛"), ("江沢民", "PERSON", "江沢民")],
    ),
    (
        # real: the UN Panel of Experts after the sanctions committee (curated row)
        "https://news.ntv.co.jp/category/international/400604",
        "国連安全保障理事会の北朝鮮制裁委員会の専門家パネルが3日、報告書をまとめたことがわかった。",
        [
            ("国連安全保障理事会", "ORG", "国連安全保障理事会"),
            ("北朝鮮制裁委員会", "ORG", "北朝鮮制裁委員会"),
            ("専門家パネル", "ORG", "専門家パネル"),
        ],
    ),
]


@pytest.mark.parametrize(("url", "text", "expected"), GLUED, ids=[row[0] for row in GLUED])
def test_glued_names_and_bodies(url: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert span_list(text, "type canonical") == expected


# (url, text, surface): one place, never cut at the words inside it.
WHOLE_PLACES = [
    (
        # real: the RSFSR under its Japanese article title (curated row)
        "https://ja.wikipedia.org/wiki/%E3%83%AD%E3%82%B7%E3%82%A2%E3%83%BB%E3%82%BD%E3%83%93%E3%82%A8%E3%83%88%E9%80%A3%E9%82%A6%E7%A4%BE%E4%BC%9A%E4%B8%BB%E7%BE%A9%E5%85%B1%E5%92%8C%E5%9B%BD",
        "ロシア・ソビエト連邦社会主義共和国は、ソビエト社会主義共和国連邦の構成国の一つ。",
        "ロシア・ソビエト連邦社会主義共和国",
    ),
    (
        # constructed on the same page (a treaty preamble's rendering of Российская Советская ... Республика)
        "https://ja.wikipedia.org/wiki/%E3%83%AD%E3%82%B7%E3%82%A2%E3%83%BB%E3%82%BD%E3%83%93%E3%82%A8%E3%83%88%E9%80%A3%E9%82%A6%E7%A4%BE%E4%BC%9A%E4%B8%BB%E7%BE%A9%E5%85%B1%E5%92%8C%E5%9B%BD",
        "1921年2月26日のペルシャとロシア社会主義連邦ソビエト共和国との間の条約",
        "ロシア社会主義連邦ソビエト共和国",
    ),
    (
        "http://www.sera9.com/ttvnis/ttvnis-ru/ru-Kaliningrad.html",
        "第二次世界大戦末期にソ連軍の侵攻により陥落し、ロシア・ソビエト連邦社会主義共和国に編入される。",
        "ロシア・ソビエト連邦社会主義共和国",
    ),
]


@pytest.mark.parametrize(("url", "text", "surface"), WHOLE_PLACES, ids=[row[2] for row in WHOLE_PLACES])
def test_historical_states_are_one_place(url: str, text: str, surface: str) -> None:
    assert (surface, "PLACE") in span_list(text)


# (url, text, [(surface, type, canonical)]): these mentions, none inside a longer one.
LISTED_INSIDE = [
    (
        # real: common nouns before a listed place describe it (飛地カリーニングラード)
        "https://www.hcpc.co.jp/column/chizu-all-right/20220524.html",
        "この飛地カリーニングラード(州・都市)は第2次世界大戦まではドイツ領の飛地で、",
        [("カリーニングラード", "PLACE", "カリーニングラード"), ("ドイツ", "PLACE", "ドイツ")],
    ),
    (
        # constructed on the page: its CNN sentence (ロシアの飛び地、カリーニングラード周辺で) without the comma
        "https://b.hatena.ne.jp/klaftwerk/%E6%AC%A7%E5%B7%9E",
        "バルト海沿岸に位置するロシアの飛び地カリーニングラード周辺で緊張が高まっている。",
        [
            ("ロシア", "PLACE", "ロシア"),
            ("カリーニングラード", "PLACE", "カリーニングラード"),
        ],
    ),
    (
        # constructed on the page (the treaty's long name, Moscow 2001) as a Japanese Wikipedia lead glosses it in
        # Russian, every word capitalised: the states' names alone are mentions
        "https://en.wikipedia.org/wiki/2001_Sino-Russian_Treaty_of_Friendship",
        "中露善隣友好協力条約(ロシア語: Договор о Добрососедстве, Дружбе и Сотрудничестве Между Российской "
        "Федерацией и Китайской Народной Республикой)は条約。",
        [
            ("中", "PLACE", "中国"),
            ("露", "PLACE", "ロシア"),
            ("Российской Федерацией", "PLACE", "ロシア"),
            ("Китайской Народной Республикой", "PLACE", "中国"),
        ],
    ),
]


@pytest.mark.parametrize(("url", "text", "expected"), LISTED_INSIDE, ids=[row[0] for row in LISTED_INSIDE])
def test_listed_names_inside_model_spans(url: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = span_list(text, "type canonical")
    assert all(name in found for name in expected)
    assert not any(name[0] in other[0] and name[0] != other[0] for name in expected for other in found)


# (url, text, not a mention): kinds of body, not one body.
KINDS = [
    (
        "https://ja.wikipedia.org/wiki/%E8%BB%8D%E4%BA%8B%E5%90%8C%E7%9B%9F",
        "戦国大名は領国拡大や他国への牽制等を目的に大名家同士で軍事同盟を結び、",
        "軍事同盟",
    ),
]


@pytest.mark.parametrize(("url", "text", "kind"), KINDS, ids=[row[2] for row in KINDS])
def test_kinds_of_body_are_no_names(url: str, text: str, kind: str) -> None:
    assert kind not in surfaces(text)


def test_ordinary_compounds_stay_whole() -> None:
    """A listed body after a word that is no person's name is one name (ロシア連邦議会, 中国共産党中央委員会)."""
    found = surfaces("ロシア連邦議会と中国共産党中央委員会が声明を出した。")
    assert "ロシア連邦議会" in found and "中国共産党中央委員会" in found


def test_party_opens_the_title() -> None:
    """習近平党総書記 (https://kisaragihayato.com/1867/ writes 胡錦涛党総書記): the title is 党総書記."""
    found = span_list("共産党トップである胡錦涛党総書記の次に記載されていた", "title")
    assert ("胡錦涛", "党総書記") in found


def test_forms_of_a_state_stay_whole() -> None:
    """Common nouns before a state name one of its forms (帝政ロシア), never a description of a city."""
    assert "帝政ロシア" in surfaces("帝政ロシアは1917年に倒れた。")
