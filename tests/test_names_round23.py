"""Names round 23: error classes of a fresh sample of business, sports, science and local news
(tests/gold/texts/names_r6_*), each tested on real sentences from other sources (one URL per case):

- a post in a company or a team after "body + の" (ホンダの三部社長, DeNAの上茶谷大河投手, ソニーグループ(6758)の
  十時裕樹副社長): the kanji before the post are the holder's full name however UniDic cuts them, and the body
  is an ORG, not the place its name also is (日立 the city, 広島 the team);
- a company's last word (三菱自動車, the press's short 三菱自) makes a model's PLACE an ORG;
- a time mark between a name and a country's office (トランプ前米大統領, バイデン次期米大統領);
- agreements' Latin short names (GSOMIA, NAFTA, USMCA) are instruments, not organisations.
"""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import COMPANY_LAST_WORD, STAFF_NAME, find_names, listed_instrument_acronyms
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()


def _spans(text: str) -> set[tuple[str, str]]:
    return {(m.surface, m.type) for m in find_names(NLP(text))}


def _titles(text: str) -> dict[str, str | None]:
    return {m.surface: m.title for m in find_names(NLP(text)) if m.type == "PERSON"}


# Nikkei QUICK news digest, 2022-11-01, https://551293.umd6d.group/news/05_00087208_news
QUICK_SONY = "ソニーグループ(6758)の十時裕樹副社長は1日、2022年4~9月期の決算説明会で話した。"
QUICK_TOYOTA = "トヨタ自動車(7203)の近健太副社長は1日、2022年4~9月期の決算会見で指摘した。"
# NHK 2024-12-09 (archived), https://megalodon.jp/ref/2024-1211-2204-31/www3.nhk.or.jp/news/html/20241209/k10014662381000.html
NHK_DRAFT = (
    "いずれもドラフト1位で入団したDeNAの上茶谷大河投手がソフトバンクに、ロッテの平沢大河選手が西武に、"
    "広島の矢崎拓也投手はヤクルトへの移籍が決まるなど、13人の移籍が成立しました。"
)
# Mainichi 2016-08-03, https://mainichi.jp/articles/20160803/ddp/008/020/007000c
MAINICHI_MMC = (
    "三菱自動車の燃費不正問題について、同社の特別調査委員会が2日に報告書を公表したことを受けて開かれた"
    "三菱自の記者会見。"
)
# Mycar-life 2016-05-12, https://www.mycar-life.com/article/2016/05/12/8312.html
MYCAR_MMC = "三菱自の不正「なぜ日本だけ」...益子会長続投し、18日までに原因解明"
# news-pic (Chosun Ilbo) 2024, https://news-pic.com/news/world/article-105168
NEWSPIC_TRUMP = "トランプ前米大統領がプーチン露大統領は「よくないことをしている」とし、"
# TV Asahi 2019-11-22, https://news.tv-asahi.co.jp/news_international/articles/000169850.html
TVASAHI_GSOMIA = "日本と韓国のGSOMIA(軍事情報包括保護協定)の失効が23日午前0時に迫るなか、"
# jp24h 2022, https://jp24h.com/post/134031.html
JP24H_NAFTA = (
    "悪い取引を破棄し、良い取引を締結した。NAFTA北米自由取引にような悪いものは破棄し、"
    "USMCAアメリカメキシコカナダ協定のような良い協定を締結した。"
)

PRESENT = [
    (QUICK_SONY, "十時裕樹", "PERSON"),
    (QUICK_SONY, "ソニーグループ", "ORG"),
    (QUICK_TOYOTA, "近健太", "PERSON"),
    (NHK_DRAFT, "上茶谷大河", "PERSON"),
    (NHK_DRAFT, "矢崎拓也", "PERSON"),
    (NHK_DRAFT, "広島", "ORG"),
    (MAINICHI_MMC, "三菱自動車", "ORG"),
    (MAINICHI_MMC, "三菱自", "ORG"),
    (MYCAR_MMC, "三菱自", "ORG"),
    (NEWSPIC_TRUMP, "トランプ", "PERSON"),
    (NEWSPIC_TRUMP, "米", "PLACE"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), PRESENT)
def test_found(text: str, surface: str, kind: str) -> None:
    assert (surface, kind) in _spans(text)


ABSENT = [
    (NHK_DRAFT, "茶谷大河", "PERSON"),  # the surname UniDic tags is not where the name starts
    (MAINICHI_MMC, "三菱自動車", "PLACE"),
    (MYCAR_MMC, "三菱自", "PLACE"),
    (TVASAHI_GSOMIA, "GSOMIA", "ORG"),
    (JP24H_NAFTA, "NAFTA", "ORG"),
    (JP24H_NAFTA, "USMCA", "ORG"),
    # baseballchannel.jp 2016-01-16, https://baseballchannel.jp/npb/14232: a common noun before the post
    ("現時点でのNPB12球団の外国人投手の陣容だ。", "外国人", "PERSON"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), ABSENT)
def test_not_found(text: str, surface: str, kind: str) -> None:
    assert (surface, kind) not in _spans(text)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [(QUICK_SONY, "十時裕樹", "副社長"), (NHK_DRAFT, "上茶谷大河", "投手"), (NEWSPIC_TRUMP, "トランプ", "前米大統領")],
)
def test_post_is_the_title(text: str, name: str, title: str) -> None:
    assert _titles(text)[name] == title


@pytest.mark.parametrize(
    ("text", "name"),
    [("の三部社長は", "三部"), ("(6758)の十時裕樹副社長", "十時裕樹"), ("の貝原典也常務執行役員", "貝原典也")],
)
def test_staff_name_pattern(text: str, name: str) -> None:
    match = STAFF_NAME.search(text)
    assert match is not None and match.group("name") == name


@pytest.mark.parametrize(("word", "company"), [("三菱自動車", True), ("三菱自", True), ("横浜市", False)])
def test_company_last_word(word: str, company: bool) -> None:
    assert bool(COMPANY_LAST_WORD.search(word)) is company


def test_agreements_listed() -> None:
    assert {"GSOMIA", "TPP", "NAFTA"} <= listed_instrument_acronyms() and "EPA" not in listed_instrument_acronyms()
