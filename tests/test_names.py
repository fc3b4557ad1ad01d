"""Names extractor: table-driven cases on real sentences (seed phrasing and other news), linking, entities."""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import entity_id, find_names, link_entities
from pipeline.extractors.names.letters import ABBREV_RUN
from pipeline.extractors.names.readings import AUTHOR_LINE
from pipeline.extractors.names.titles import NAME_LIST, TITLED_PERSON
from pipeline.nlp.tokenizer import blank_japanese
from pipeline.records import Region

NLP = blank_japanese()


def names(text: str, header: int = 0, use_model: bool = False):
    doc = NLP(text)
    regions = [Region(0, header, "header"), Region(header, len(text), "body")] if header else []
    doc._.meta = {"regions": regions}
    found = find_names(doc, use_model=use_model)
    for mention in found:
        assert text[mention.start : mention.end] == mention.surface
    return found


def by_surface(found, surface: str):
    hits = [m for m in found if m.surface == surface]
    assert hits, f"{surface} not found in {[m.surface for m in found]}"
    return hits[0]


# (text, surface, type, canonical, title)
PEOPLE = [
    ("ロシアのプーチン大統領と6月19日、平壌で会談し", "プーチン", "PERSON", "プーチン", "大統領"),
    ("金正恩(キム・ジョンウン)国務委員長(朝鮮労働党総書記)は", "金正恩", "PERSON", "金正恩", "国務委員長"),
    ("ロシアのラブロフ外相は、これを根拠に", "ラブロフ", "PERSON", "ラブロフ", "外相"),
    ("趙兌烈(チョ・テヨル)外交部長官は訪問先の米ニューヨークで", "趙兌烈", "PERSON", "趙兌烈", "外交部長官"),
    ("日本の上川陽子外相とそれぞれ電話会談を行い", "上川陽子", "PERSON", "上川陽子", "外相"),
    ("ブリンケン米国務長官、日本の上川陽子外相と", "ブリンケン", "PERSON", "ブリンケン", "国務長官"),
    ("中国の習近平(シー・ジンピン)国家主席は", "習近平", "PERSON", "習近平", "国家主席"),
    ("尹錫悦(ユン・ソンニョル)政権にとっては耳の痛い「正論」だ。", "尹錫悦", "PERSON", "尹錫悦", "政権"),
    ("プーチン(Vladimir Putin)大統領と金正恩国務委員長による首脳会談", "プーチン", "PERSON", "プーチン", "大統領"),
    ("岸田文雄首相は記者団に語った。", "岸田文雄", "PERSON", "岸田文雄", "首相"),
    ("バイデン大統領は声明を出した。", "バイデン", "PERSON", "バイデン", "大統領"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "canonical", "title"), PEOPLE)
def test_titled_people(text, surface, kind, canonical, title):
    mention = by_surface(names(text), surface)
    assert (mention.type, mention.canonical, mention.title) == (kind, canonical, title)


READINGS = [
    ("金正恩(キム・ジョンウン)国務委員長は", "金正恩", ["キム・ジョンウン"]),
    ("プーチン(Vladimir Putin)大統領は", "プーチン", ["Vladimir Putin"]),
    ("習近平(Xi Jinping)国家主席は", "習近平", ["Xi Jinping"]),
    ("同年6月に平壌(ピョンヤン)で署名された", "平壌", ["ピョンヤン"]),
]


@pytest.mark.parametrize(("text", "surface", "aliases"), READINGS)
def test_reading_in_parentheses_is_an_alias_not_a_mention(text, surface, aliases):
    found = names(text)
    assert by_surface(found, surface).aliases == aliases
    assert not any(alias in m.surface for m in found for alias in aliases)


ORGS = [
    ("朝鮮中央通信は20日、同条約の全文を報じた。", "朝鮮中央通信", "朝鮮中央通信"),
    ("外交部が21日、発表した。", "外交部", "外交部"),
    ("国連安全保障理事会決議への明白な違反だと強調し", "国連安全保障理事会", "国連安全保障理事会"),
    ("国連安保理決議を盾に朝ロを声高に糾弾し", "国連安保理", "国連安全保障理事会"),
    ("国務委員長(朝鮮労働党総書記)は", "朝鮮労働党", "朝鮮労働党"),
    ("以下のロシア外務省のウェブサイトに掲載されている。", "ロシア外務省", "ロシア外務省"),
    ("10月24日下院採択、11月6日上院承認", "下院", "下院"),
    ("10月24日下院採択、11月6日上院承認", "上院", "上院"),
    ("防衛研究所編『東アジア戦略概観2007』2007, p.94.", "防衛研究所", "防衛研究所"),
    ("「ロ朝首脳会談とは」『日本経済新聞』2023.9.13.", "日本経済新聞", "日本経済新聞"),
    ('"Визит Путина в КНДР завершен," Ведомости, 19.06.2024.', "Ведомости", "Ведомости"),
]


@pytest.mark.parametrize(("text", "surface", "canonical"), ORGS)
def test_organisations(text, surface, canonical):
    mention = by_surface(names(text), surface)
    assert (mention.type, mention.canonical) == ("ORG", canonical)


PLACES = [
    ("ロシアは2022年2月のウクライナ侵攻を機に", "ロシア", "ロシア"),
    ("北朝鮮の首都である平壌を公式訪問した。", "平壌", "平壌"),
    ("ロシア極東のボストチヌイ宇宙基地において", "ボストチヌイ宇宙基地", "ボストチヌイ宇宙基地"),
    ("ロシア極東のボストチヌイ宇宙基地において", "ロシア極東", "ロシア極東"),
    ("朝ロ首脳会談(6・19平壌・錦繍山迎賓館)", "錦繍山迎賓館", "錦繍山迎賓館"),
    ("プーチン大統領は訪問先のベトナム・ハノイで", "ハノイ", "ハノイ"),
    ("訪問先の米ニューヨークで20日夜", "ニューヨーク", "ニューヨーク"),
    ("朝鮮半島と域内の平和・安定を深刻に脅かす", "朝鮮半島", "朝鮮半島"),
    ("ロシア連邦と朝鮮民主主義人民共和国の間の", "朝鮮民主主義人民共和国", "北朝鮮"),
    ("ロシア連邦と朝鮮民主主義人民共和国の間の", "ロシア連邦", "ロシア"),
]


@pytest.mark.parametrize(("text", "surface", "canonical"), PLACES)
def test_places(text, surface, canonical):
    mention = by_surface(names(text), surface)
    assert (mention.type, mention.canonical) == ("PLACE", canonical)


ABBREVIATIONS = [
    ("韓米日、朝ロを糾弾・懸念", ["韓国", "アメリカ合衆国", "日本", "北朝鮮", "ロシア"]),
    ("韓米は「強く糾弾」し、韓日は「厳重な懸念」を表明した。", ["韓国", "アメリカ合衆国", "韓国", "日本"]),
    ("このロ朝首脳会談から約9か月後", ["ロシア", "北朝鮮"]),
    ("韓米日外相、電話協議", ["韓国", "アメリカ合衆国", "日本"]),
    ("ブリンケン米国務長官", ["アメリカ合衆国"]),
]


@pytest.mark.parametrize(("text", "countries"), ABBREVIATIONS)
def test_country_abbreviations_are_places(text, countries):
    abbreviations = [m for m in names(text) if m.abbreviation]
    assert [m.canonical for m in abbreviations] == countries
    assert all(m.type == "PLACE" and len(m.surface) == 1 for m in abbreviations)


NOT_NAMES = [
    "大統領は会談に際して発言した。",
    "(以下「国務委員長」)による首脳会談",
    "2024年11月9日、連邦法第374号が成立した。",
    "第4条では、直ちに軍事援助を提供しなければならない。",
    "同氏による北朝鮮訪問は2000年以来のことであり",
    "両氏は両国の代表団を交えた形式の会談を行った。",
    "日中は気温が上がる見込みだ。",
    "社会主義政権が崩壊した。",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_titles_dates_and_common_nouns_are_not_people(text):
    assert [m.surface for m in names(text) if m.type == "PERSON"] == []
    assert not any(m.surface in ("大統領", "国務委員長", "第4条", "日中") for m in names(text))


def test_short_forms_link_to_full_name_within_document():
    text = (
        "金正恩(キム・ジョンウン)国務委員長と会談した。金国務委員長は述べた。金正恩氏は表明した。"
        "趙兌烈外交部長官は協議した。趙氏は強調した。日本の上川陽子外相と会談した。上川氏は述べた。"
        "プーチン大統領は発言した。プーチン氏も評価した。"
    )
    canon = {(m.surface, m.title): m.canonical for m in names(text) if m.type == "PERSON"}
    assert canon[("金", "国務委員長")] == "金正恩"
    assert canon[("金正恩", "氏")] == "金正恩"
    assert canon[("趙", "氏")] == "趙兌烈"
    assert canon[("上川", "氏")] == "上川陽子"
    assert canon[("プーチン", "大統領")] == "プーチン"


def test_names_sharing_a_plural_title():
    found = names("同部によると趙氏はブリンケン・上川両氏との協議で一致。")
    assert [(m.surface, m.title) for m in found if m.type == "PERSON"] == [
        ("趙", "氏"),
        ("ブリンケン", "氏"),
        ("上川", "氏"),
    ]


def test_author_line_in_header():
    text = "【ロシア】北朝鮮との条約の批准\n海外立法情報課 堀田 主\n本文である。"
    header = text.index("本文")
    mention = by_surface(names(text, header=header), "堀田 主")
    assert mention.type == "PERSON"


def test_mention_ids_are_in_text_order():
    found = names("ロシアのプーチン大統領は平壌で金正恩氏と会談した。")
    assert [m.mention_id for m in found] == [f"N{i:04d}" for i in range(1, len(found) + 1)]
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_link_entities_one_per_type_and_canonical_across_documents():
    first = names("プーチン(Vladimir Putin)大統領は平壌を訪問した。")
    second = names("ロシアのプーチン大統領とプーチン氏。")
    entities = link_entities({"b": second, "a": first})
    putin = [e for e in entities if e.type == "PERSON" and e.canonical == "プーチン"]
    assert len(putin) == 1
    assert putin[0].aliases == ["Vladimir Putin", "プーチン"]
    assert putin[0].entity_id == entity_id("PERSON", "プーチン")
    assert all(m.entity_id for m in first + second)
    assert {m.entity_id for m in first + second if m.surface == "プーチン"} == {putin[0].entity_id}


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (TITLED_PERSON, "ロシアのラブロフ外相", "ラブロフ外相"),
        (TITLED_PERSON, "趙兌烈外交部長官", "趙兌烈外交部長官"),
        (NAME_LIST, "ブリンケン・上川両氏", "ブリンケン・上川両氏"),
        (ABBREV_RUN, "韓米日3カ国は猛反発し", "韓米日"),
        (ABBREV_RUN, "ロシアは", None),
        (AUTHOR_LINE, "海外立法情報課 堀田 主", " 堀田 主"),
    ],
)
def test_named_patterns(pattern, text, expected):
    match = pattern.search(text)
    assert (match.group() if match else None) == expected
