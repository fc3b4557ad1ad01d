"""Katakana names glossed with their kanji form, variant kanji in Korean and Chinese names, a person glued after
the body they belong to, a chamber's plenary sitting, the state academies, credits and words that are no names.

Rows marked "constructed on" put names from the cited page into the order the rule reads; the others are real
sentences from pages outside the gold.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.names.gazetteer import sinographic_person
from pipeline.extractors.names.linking import person_canonical
from tests.names.helpers import span_list, span_set

# (url, text, {(surface, type, canonical, title)} that must be among the mentions, surfaces that must not be).
GLOSSED = [
    (
        # real: the kanji name in parentheses is the canonical name and no mention; キム joins it
        "https://www.wowkorea.jp/news/pickup/306455.html",
        "キム・ジョンウン(金正恩)北朝鮮労働党総書記の「身辺異常説」が出回っている中、キム総書記は今日(8日) "
        "故キム・イルソン(金日成)主席の27回忌を迎え、",
        {
            ("キム・ジョンウン", "PERSON", "金正恩"),
            ("キム", "PERSON", "金正恩"),
            ("キム・イルソン", "PERSON", "金日成"),
        },
        {"金正恩", "金日成"},
    ),
    (
        # real: a one-letter family name (イ) before the dot
        "https://hosei-9.com/?cat=14&paged=6",
        "恵泉女学園大学のイ・ヨンチェ(李泳采)教授の講演会が開かれた。",
        {("イ・ヨンチェ", "PERSON", "李泳采")},
        {"李泳采"},
    ),
]


@pytest.mark.parametrize(("url", "text", "wanted", "absent"), GLOSSED)
def test_katakana_name_takes_its_kanji_gloss(url: str, text: str, wanted: set, absent: set) -> None:
    found = span_set(text, "type canonical")
    assert wanted <= found, url
    assert not {surface for surface, *_ in found} & absent, url


def test_body_and_office_after_a_kanji_gloss_is_the_title() -> None:
    # constructed on the KOREA WAVE style of https://www.wowkorea.jp/news/pickup/306455.html with the party's
    # official name (朝鮮労働党総書記)
    found = span_list("キム・ジョンウン(金正恩)朝鮮労働党総書記は演説した。", "canonical title")
    assert ("キム・ジョンウン", "金正恩", "朝鮮労働党総書記") in found


# (source, name as written, canonical): Korean and Chinese names take the Japanese kanji forms; a Japanese name
# keeps its old form.
VARIANTS = [
    ("https://udn.com/news/story/6809/9264065 (南韓前總統尹錫悅)", "尹錫悅", "尹錫悦"),
    ("https://feifmx.com/socialgd/10000169/20241204/47700026_all.html (中國)", "習近平", "習近平"),
    ("the gold's 濱口 (a Japanese surname keeps 濱)", "濱口", "濱口"),
]


@pytest.mark.parametrize(("source", "written", "canonical"), VARIANTS)
def test_person_canonical_in_japanese_forms(source: str, written: str, canonical: str) -> None:
    assert person_canonical(written) == canonical, source


def test_sinographic_person_needs_a_listed_surname_and_kanji_only() -> None:
    assert sinographic_person("尹錫悅")
    assert not sinographic_person("濱口")
    assert not sinographic_person("キム")


def test_variant_name_in_running_text_links_to_one_canonical() -> None:
    # constructed on https://tw.news.yahoo.com (尹錫悅 … 戒嚴令) in Japanese: the full name and the bare surname
    found = span_list("尹錫悅大統領は戒厳令を宣布した。尹大統領は国会に謝罪した。", "canonical")
    assert ("尹錫悅", "尹錫悦") in found
    assert ("尹", "尹錫悦") in found


# (url, text, [(surface, type, canonical, title)] of the people and bodies that must be found).
AFFILIATED = [
    (
        # constructed on the page (恵泉女学園大学の李泳采(イ・ヨンチェ)教授): no の, as a speakers' list writes it
        "https://hosei-9.com/?cat=14&paged=6",
        "恵泉女学園大学李泳采客員教授が講演した。",
        [("恵泉女学園大学", "ORG", "恵泉女学園大学", None), ("李泳采", "PERSON", "李泳采", "客員教授")],
    ),
    (
        # real: a plenary sitting is the chamber's
        "https://kampuspedia.com/ja/%E8%A1%86%E8%AD%B0%E9%99%A2%E3%81%AE%E5%86%8D%E8%AD%B0%E6%B1%BA",
        "いわゆる「衆議院の再可決」を目的として行われる衆議院本会議での採決であり、",
        [("衆議院", "ORG", "衆議院", None), ("衆議院", "ORG", "衆議院", None)],
    ),
    (
        # real: a state academy (curated rows, school-edu's list of the seven)
        "https://school-edu.net/archives/40502",
        "防衛大学校(防大)は、防衛省が設置している大学校です。",
        [("防衛大学校", "ORG", "防衛大学校", None), ("防衛省", "ORG", "防衛省", None)],
    ),
]


@pytest.mark.parametrize(("url", "text", "wanted"), AFFILIATED)
def test_affiliation_person_and_chamber(url: str, text: str, wanted: list) -> None:
    found = span_list(text, "type canonical title")
    assert [row for row in found if row in wanted] == wanted, (url, found)


def test_no_name_across_a_template_bar() -> None:
    # constructed: a Chinese note (title from https://feifmx.com/socialgd/10000169/20241204/47700026_all.html) in a
    # wiki citation template; the publisher is a name, the field separator after it is not part of it
    note = "1 {{Cite web|title=韩国总统宣布紧急戒严|publisher=全国人民代表大会|accessdate=2024-12-04}}"
    found = span_list(note, "type canonical")
    assert ("全国人民代表大会", "ORG", "全国人民代表大会") in found
    assert not any("|" in surface for surface, *_ in found)


# (url, text, mentions that must be found as (surface, type), surfaces that must not be mentions)
CREDITS_AND_NON_NAMES = [
    (
        # real: a copyright credit closing a Korean entertainment news item
        "https://sp.kdaisuki.jp/news/detail/?id=84383",
        "金正恩第1書記の飛行機搭乗は、開放的な若い指導者のイメージを浮上させようとしたものと解釈された。 (c)innolife",
        {("innolife", "ORG")},
        set(),
    ),
    (
        # constructed on the KOREA WAVE credit of https://koreawave.jp (労働新聞 photo, (c)KOREA WAVE/AFPBB News)
        "9月22日付労働新聞(c)KOREA WAVE/AFPBB News",
        "9月22日付労働新聞(c)KOREA WAVE/AFPBB News",
        {("KOREA WAVE", "ORG"), ("労働新聞", "ORG")},
        {"WAVE"},
    ),
    (
        # real: an aircraft's type before 戦闘機 and before の後継 is no name
        "https://mevius.5ch.net/test/read.cgi/army/1498399702/251",
        "対艦船の戦闘機であるF2の後継機は日本の防衛に重要になる。",
        {("日本", "PLACE")},
        {"F2"},
    ),
    (
        # real: the armed services as a kind (答弁第一七二号)
        "http://www.mod.go.jp/j/presiding/touben/165kai/syu/tou172.html",
        "憲法第九条第二項は「陸海空軍その他の戦力」の保持を禁止しているが、",
        set(),
        {"陸海空軍"},
    ),
    (
        # constructed on the page's 外務省国際法局 (外務省国際法局の組織): a bureau after its ministry
        "https://yamanaka-bengoshi.jp/2021/04/04/mof-saikousai/",
        "外務省国際法局は条約の解釈を担う。",
        {("外務省国際法局", "ORG")},
        {"外務省"},
    ),
    (
        # constructed on the SOFA commentary's wording (米国統一軍法第二条): a law's name is no body, the country is
        "https://takapapa.hatenablog.com (地位協定の考え方, the wording only)",
        "これによれば、米国統一軍法第二条に掲げられるすべての者が含まれる。",
        {("米国", "PLACE")},
        {"米国統一軍法"},
    ),
]


@pytest.mark.parametrize(("url", "text", "wanted", "absent"), CREDITS_AND_NON_NAMES)
def test_credits_and_non_names(url: str, text: str, wanted: set, absent: set) -> None:
    found = span_set(text, "type")
    assert wanted <= found, (url, found)
    assert not {surface for surface, _ in found} & absent, (url, found)


def test_photographer_first_credit_is_no_medium() -> None:
    # constructed on AFP's photo credit style (photographer / agency / AFP, spaced slashes): the name is a person's
    found = span_set("プーチン大統領(2020年2月26日撮影)。(c)Alexey DRUZHININ / SPUTNIK / AFP", "type")
    assert ("Alexey DRUZHININ", "ORG") not in found
