"""Names round 3: people named by their office, places and bodies inside titles and meeting names,
country letters joined by ・, long state names, prefectures and towns, agency credits.

Every sentence is quoted from a public page (short quotation):
  FNN     https://www.fnn.jp/articles/-/330351
  SAKI    https://sakisiru.jp/9684
  MOFA1   https://www.mofa.go.jp/mofaj/s_sa/sea1/vn/page4_004324.html
  MOFA2   https://www.mofa.go.jp/mofaj/press/release/press4_006149.html
  PW      https://portal-worlds.com/news/philippines/14180
  ZCK     http://www.zck.or.jp/site/activities/4239.html
  SANKEI  https://b.hatena.ne.jp/entry/s/www.sankei.com/article/20240808-YCG7IVKHMRJD3NSA3U5PAK6NH4
  SUGA    http://sigridk6m1114.anime-voice.com/ (毎日新聞 article on the 2021 Suga-Biden meeting, quoted there)
  ASAHI   https://digital.asahi.com/articles/photo/AS20210902003210.html
  MOFA3   https://www.mofa.go.jp/mofaj/s_sa/sea2/ph/pageit_000001_01294.html
  NORDOT  https://nordot.app/1032999459080306890?c=388701204576175201
  WIKI    Stockmark ner-wikipedia-dataset, a training-split sentence (CC BY-SA 3.0)
"""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import (
    CREDIT,
    DOT_PAIR,
    LONG_STATE,
    PREFECTURE_TOWN,
    _state_in,
    find_names,
)
from pipeline.extractors.names_gazetteer import gazetteer, is_dictionary_surname
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()


def names(text: str, use_model: bool = True) -> dict[str, tuple[str, str | None]]:
    """surface -> (type, title) of every mention."""
    return {m.surface: (m.type, m.title) for m in find_names(NLP(text), use_model=use_model)}


FNN = "2日後の13日は日曜日だったが、岸田首相は、秋葉国家安全保障局長や、外務、財務、防衛省の幹部らを首相公邸に呼び出し"
SAKI = "実際に8月最も面会したのは、吉田学内閣官房新型コロナウイルス感染症対策推進室長で18回。"
SUGA = (
    "拡大会合には日本側が坂井学官房副長官、阿達雅志、和泉洋人両首相補佐官、北村滋国家安全保障局長、"
    "外務省の森健良外務審議官、米側がブリンケン国務長官、オースティン国防長官、イエレン財務長官らが同席した。"
)
MOFA1 = "ベトナムを訪問中の河野外務大臣は,グエン・スアン・フック・ベトナム社会主義共和国首相を表敬したところ"
MOFA2 = "訪日中のアラン・ピーター・カエタノ・フィリピン共和国外務大臣と外相会談(朝食会)を行ったところ"
ZCK = "山本文男会長(福岡県添田町長)が、町村が先細るようでは勢いを失う、町村長が元気になるような政策の実行を求めました。"
SANKEI = "外務省の高尾直日米地位協定室長の姿があった=7日、ワシントンのホワイトハウス(ロイター=共同)"


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (FNN, "秋葉", "国家安全保障局長"),  # a body's name inside the office
        (SAKI, "吉田学", "内閣官房新型コロナウイルス感染症対策推進室長"),  # one-kanji given name, long office
        (SUGA, "坂井学", "官房副長官"),
        (SUGA, "和泉洋人", "首相補佐官"),  # plural 両 + title
        (SUGA, "阿達雅志", "首相補佐官"),  # ... shared by the name before 、
        (SUGA, "北村滋", "国家安全保障局長"),
        (SUGA, "森健良", "外務審議官"),  # the given name UniDic does not tag (森健|良)
        (SUGA, "イエレン", "財務長官"),  # katakana name, ministry + title
        (SANKEI, "高尾直", "日米地位協定室長"),
        (MOFA1, "河野", "外務大臣"),
    ],
)
def test_person_before_an_office_is_the_name_alone(text, person, title):
    found = names(text)
    assert found.get(person) == ("PERSON", title), found


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (FNN, "秋葉国家安全保障局"),  # the model's span that glues the surname to the body
        (FNN, "国家安全保障局"),  # a body named only inside an office is part of the title
        (SAKI, "吉田学内閣官房新型コロナウイルス"),
        (SUGA, "森健"),
    ],
)
def test_office_parts_are_no_mentions(text, not_a_name):
    assert not_a_name not in names(text)


def test_a_listed_body_inside_an_office_stays_a_mention():
    assert names(SAKI).get("内閣官房") == ("ORG", None)


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        (MOFA1, "グエン・スアン・フック", "ベトナム社会主義共和国"),
        (MOFA2, "アラン・ピーター・カエタノ", "フィリピン共和国"),
    ],
)
def test_country_of_the_office_is_a_place_not_part_of_the_name(text, person, place):
    found = names(text)
    assert found[person][0] == "PERSON" and found[place][0] == "PLACE", found
    assert not any(person in s and place in s for s in found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("グエン・スアン・フック・ベトナム社会主義共和国首相", "ベトナム社会主義共和国"),  # MOFA1
        ("アラン・ピーター・カエタノ・フィリピン共和国外務大臣", "フィリピン共和国"),  # MOFA2
    ],
)
def test_long_state_pattern(text, state):
    # the pattern may take the person's dotted name too (…フック・ベトナム); the state starts at its listed part
    match = LONG_STATE.search(text)
    offset = _state_in(match.group("country"), gazetteer())[0]
    assert text[match.start("country") + offset : match.end()] == state


def test_long_state_gives_the_country_as_canonical():
    mention = next(m for m in find_names(NLP(MOFA2)) if m.surface == "フィリピン共和国")
    assert mention.canonical == "フィリピン"


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("「日・フィリピン外相会談」を20日の早朝に実施した。", "日"),  # PW
        ("来月、日・米・フィリピン海洋協議の初会合を日本で開催することを歓迎しました。", None),  # MOFA3
    ],
)
def test_letter_joined_to_a_country_before_a_meeting(text, letter):
    found = [m.group("letter") for m in DOT_PAIR.finditer(text)]
    assert found == ([letter] if letter else [])


def test_letter_joined_to_a_country_is_an_abbreviated_place():
    doc = NLP("「日・フィリピン外相会談」を20日の早朝に実施した。")  # PW
    mention = next(m for m in find_names(doc) if m.surface == "日")
    assert mention.type == "PLACE" and mention.abbreviation and mention.canonical == "日本"


def test_prefecture_and_town_inside_a_mayors_title():
    found = names(ZCK)
    assert found["山本文男"] == ("PERSON", "会長")
    assert found["福岡県"] == ("PLACE", None) and found["添田町"] == ("PLACE", None)
    assert [m.group("town") for m in PREFECTURE_TOWN.finditer("北海道乙部町長")] == ["乙部町"]  # ZCK


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        (SANKEI, ["共同"]),  # (ロイター=共同): the agency that distributed the photo
        ("記者の問いかけに手を上げる菅義偉首相=2021年9月2日午後4時14分、首相官邸、上田幸一撮影", []),  # ASAHI
    ],
)
def test_credit_pattern(text, agencies):
    assert [m.group("agency") for m in CREDIT.finditer(text)] == agencies


def test_credit_is_an_organisation():
    assert names(SANKEI).get("共同") == ("ORG", None)


@pytest.mark.parametrize(
    ("word", "surname"),
    [
        ("岩屋", True),  # UniDic's best reading is "cave"; its second is the surname
        ("森", True),
        ("谷内", True),
        ("国立", False),  # a surname only in the third reading: too rare
        ("担当", False),  # 担当大臣 names no person
        ("防衛", False),
        ("歴代", False),
    ],
)
def test_dictionary_surname(word, surname):
    assert is_dictionary_surname(word) is surname


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ワシントンのホワイトハウス", "ワシントン"),  # SANKEI
        ("首相は15日に米中西部インディアナ州インディアナポリスで起きた銃撃事件", "インディアナ州"),  # SUGA
    ],
)
def test_places_stay_places(text, place):
    assert names(text).get(place, ("?",))[0] == "PLACE"


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("岸田文雄首相の議長国記者会見に同席した、湯崎英彦広島県知事(右)と松井一實広島市長(左)", "広島"),  # NORDOT
        ("岸田文雄首相の議長国記者会見に同席した、湯崎英彦広島県知事(右)と松井一實広島市長(左)", "広島県"),
        ("るものの、ついに大蔵省証券局長の松岡から自主", "大蔵"),  # WIKI: 大蔵 is a surname, 大蔵|省 a ministry
    ],
)
def test_place_or_body_before_a_title_is_no_person(text, not_a_person):
    assert names(text).get(not_a_person, ("?",))[0] != "PERSON"


def test_mayor_keeps_the_whole_name_before_the_city_he_governs():
    found = names("岸田文雄首相の議長国記者会見に同席した、湯崎英彦広島県知事(右)と松井一實広島市長(左)")  # NORDOT
    assert found["松井一實"] == ("PERSON", "広島市長")  # UniDic: 松井|一|實, two one-kanji given-name tokens
