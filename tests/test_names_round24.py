"""Names round 24: error classes of a fresh sample of foreign-affairs news (Korea's impeachment politics,
China's military purge, Serbia-Kosovo talks, Ukraine's commander, Russia's defence minister, South Africa's
coalition; tests/gold/texts/names_r7_*), each tested on real sentences from other pages (one URL per case):

- a full name the text introduced with an office or a reading recurs bare (鄭清来指導部, ザルジニーと) and is the
  same person; a katakana full name recurs as its surname;
- posts of generals and Korean party officers: 総司令官, 参謀総長, 院内代表, 最高委員; 党首 after a katakana name
  is the leader's post, not a party's short form;
- a romanisation with Latin Extended-A letters (Vučić, Lajčák) is the name's alias;
- a party or council named with its acronym in parentheses (アフリカ民族会議(ANC), 民主同盟(DA)) is an ORG,
  and the acronym names it later;
- the office of a name read in parentheses is no surname of its own (金炳基(キム・ビョンギ)前院内代表);
- agencies' and papers' long forms in the gazetteer: 新華社通信, 解放軍報.
Parentheses are written as the pipeline's normaliser writes them (ASCII).
"""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import find_names
from pipeline.extractors.names_recur import forms, worth_repeating
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()


def _mentions(text: str):
    return find_names(NLP(text))


def _spans(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.type) for m in _mentions(text)]


# 2NN (Newsweek Japan / Foreign Policy) 2024-02-05, https://2nn.jp/newsplus/1707136949
NN_ZALUZHNY = (
    "正式な発表はまだないが、ウクライナ軍トップのワレリー・ザルジニー総司令官の解任は確実なようだ。"
    "反攻作戦の失敗や軍事支援の滞りの一方で、実は明るい材料もロシア侵攻の前から、"
    "ザルジニーと政治指導者との間には意見の相違があった。"
)
# Chosun Online 2026-01-13, https://www.chosunonline.com/site/data/html_dir/2026/01/13/2026011380010.html
CHOSUN_JUNG = (
    "鄭清来(チョン・チョンレ)党代表に近い「親清系」の李盛潤議員と文貞福議員が指導部に入ったことで、"
    "鄭清来指導部の党内掌握力が高まるとの見通しが示されている。"
)
CHOSUN_KIM = (
    "今回の院内代表選は、選挙公認を巡る収賄などさまざまな不正疑惑が浮上していた金炳基(キム・ビョンギ)"
    "前院内代表が、先月30日に院内代表を辞任したことに伴って行われた。"
)
# CNN Japan 2024-02-09, https://cnn.co.jp/world/35215040.html
CNN_ZALUZHNY = "ウクライナのゼレンスキー大統領は8日、ウクライナ軍のザルジニー総司令官の解任を発表した。"
# news-pic (Yomiuri) 2024-05, https://news-pic.com/news/world/article-29317
NEWSPIC_GERASIMOV = "他の重要人事として、ゲラシモフ参謀総長やラブロフ外相の留任が見込まれており、"
# Dong-A Ilbo Japanese 2000-12-19, https://www.donga.com/jp/article/all/20001219/204302/1
DONGA_KIM = "金大中(キム・デジュン)大統領は19日、与党民主党の新代表に金重権(キム・ジュングォン)最高委員を指名した。"
# BLOGOS 2017-03, http://lite.blogos.com/article/213581/
BLOGOS_LEPEN = (
    "1回目の投票が4月に迫ったフランス大統領選で、「極右政党」国民戦線のマリーヌ・ルペン党首(48)の勢いが止まらない。"
)
# West Balkans info 2022-09, https://wbalkans.info/?p=1513
WBALKANS_1513 = (
    "9月9日、EUのライチャーク(Miroslav Lajčák)ベオグラード・プリシュティナ間対話及び西バルカン担当特別代表は、"
    "コソボとセルビアを相次いで訪問し、クルティ(Albin Kurti)コソボ首相及びブチッチ(Aleksandar Vučić)"
    "セルビア大統領と会談した。"
)
# nordot (BBC News Japan) 2024-06-15, https://nordot.app/1174545893269013268
NORDOT_ANC = (
    "南アフリカで5月29日に行われた総選挙で、30年前のアパルトヘイト(人種隔離政策)撤廃以来初めて過半数議席を"
    "失った与党「アフリカ民族会議(ANC)」が、野党との連立で合意した。\n"
    "ANCは、第2党となった中道右派「民主同盟(DA)」や複数の小規模政党と連立を組む。"
)
# Nikkei 2024-06-15 as quoted at https://http476386114.com/2024/06/15/ (original
# https://www.nikkei.com/article/DGXZQOGR1505J0V10C24A6000000/)
NIKKEI_ANC = (
    "与党・アフリカ民族会議(ANC)は獲得議席がはじめて過半数割れとなり、親ビジネス路線の改革派政党で得票率2位の"
    "民主同盟(DA)やズールー族を支持基盤とするインカタ自由党(IFP)などとの連立で合意した。"
)
# livedoor (Xinhua) 2026-02-14, https://news.livedoor.com/article/detail/30585408/
LIVEDOOR_XINHUA = "中国共産党中央と国務院が春節団拝会 習近平氏が演説 2026年2月14日 22時11分 新華社通信"
# livedoor (TBS) 2026-01-25, https://news.livedoor.com/topics/detail/30441159/
LIVEDOOR_PLA_DAILY = (
    "中国軍の機関紙「解放軍報」が、重大な規律違反の疑いで調査を受けている軍の最高指導機関・"
    "中央軍事委員会のメンバー2人について非難しました。"
)

PRESENT = [
    (NN_ZALUZHNY, "ザルジニー", "PERSON"),
    (CHOSUN_KIM, "金炳基", "PERSON"),
    (CNN_ZALUZHNY, "ザルジニー", "PERSON"),
    (NEWSPIC_GERASIMOV, "ゲラシモフ", "PERSON"),
    (DONGA_KIM, "金重権", "PERSON"),
    (BLOGOS_LEPEN, "マリーヌ・ルペン", "PERSON"),
    (WBALKANS_1513, "ブチッチ", "PERSON"),
    (WBALKANS_1513, "セルビア", "PLACE"),
    (NORDOT_ANC, "アフリカ民族会議", "ORG"),
    (NORDOT_ANC, "民主同盟", "ORG"),
    (NORDOT_ANC, "ANC", "ORG"),
    (NIKKEI_ANC, "アフリカ民族会議", "ORG"),
    (NIKKEI_ANC, "インカタ自由党", "ORG"),
    (LIVEDOOR_XINHUA, "新華社通信", "ORG"),
    (LIVEDOOR_PLA_DAILY, "解放軍報", "ORG"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), PRESENT)
def test_present(text: str, surface: str, kind: str) -> None:
    assert (surface, kind) in _spans(text)


ABSENT = [
    (NEWSPIC_GERASIMOV, "ゲラシモフ参謀総長"),  # the post is no part of an organisation's name
    (CHOSUN_KIM, "院内"),  # the office of the name read before it
    (NORDOT_ANC, "アフリカ"),  # inside the party's name
    (NIKKEI_ANC, "アフリカ"),
]


@pytest.mark.parametrize(("text", "surface"), ABSENT)
def test_absent(text: str, surface: str) -> None:
    assert surface not in {s for s, _ in _spans(text)}


TITLES = [
    (CNN_ZALUZHNY, "ザルジニー", "総司令官"),
    (NEWSPIC_GERASIMOV, "ゲラシモフ", "参謀総長"),
    (DONGA_KIM, "金重権", "最高委員"),
    (CHOSUN_KIM, "金炳基", "前院内代表"),
    (BLOGOS_LEPEN, "マリーヌ・ルペン", "党首"),
    (WBALKANS_1513, "ブチッチ", "大統領"),
]


@pytest.mark.parametrize(("text", "surface", "title"), TITLES)
def test_titles(text: str, surface: str, title: str) -> None:
    assert {m.surface: m.title for m in _mentions(text) if m.type == "PERSON"}[surface] == title


def test_repeat_of_a_kanji_name_before_a_noun() -> None:
    people = [m for m in _mentions(CHOSUN_JUNG) if m.surface == "鄭清来"]
    assert [m.type for m in people] == ["PERSON", "PERSON"]
    assert people[1].start == CHOSUN_JUNG.index("鄭清来指導部")


def test_repeated_surname_joins_the_full_name() -> None:
    bare = [m for m in _mentions(NN_ZALUZHNY) if m.surface == "ザルジニー"]
    assert len(bare) == 1 and bare[0].canonical == "ワレリー・ザルジニー"


def test_latin_extended_romanisation_is_an_alias() -> None:
    vucic = next(m for m in _mentions(WBALKANS_1513) if m.surface == "ブチッチ")
    assert "Aleksandar Vučić" in vucic.aliases


def test_acronym_after_the_body_names_it_later() -> None:
    later = [m for m in _mentions(NORDOT_ANC) if m.surface == "ANC"]
    assert later and all(m.canonical == "アフリカ民族会議" for m in later)


def test_summit_with_an_acronym_is_no_body() -> None:
    # constructed on the pattern of MOFA's summit pages (東アジア首脳会議(EAS)): an event, not an organisation
    assert ("東アジア首脳会議", "ORG") not in _spans("首相は第18回東アジア首脳会議(EAS)に出席した。")


FORMS = [
    ("ワレリー・ザルジニー", ["ワレリー・ザルジニー", "ザルジニー"]),
    ("鄭清来", ["鄭清来"]),
    ("李", []),  # a lone surname is the linker's business
    ("ボブ・リー", ["ボブ・リー"]),  # a two-letter surname repeats too often as a word part
]


@pytest.mark.parametrize(("name", "expected"), FORMS)
def test_forms(name: str, expected: list[str]) -> None:
    assert forms(name) == expected


@pytest.mark.parametrize(("name", "ok"), [("尹錫悦", True), ("上川", False), ("ボレル", True), ("カン", False)])
def test_worth_repeating(name: str, ok: bool) -> None:
    assert worth_repeating(name) is ok
