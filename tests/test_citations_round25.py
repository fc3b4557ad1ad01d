"""Round 25 of the citation rules: the error classes cit_fresh8 and heldout21 left open, written as classes.

- Russian and Ukrainian GOST lists: two-letter initials (`Кейнс Дж. М.`), Ukrainian letters in names (`Юрій С. І.`),
  the older imprint with a full stop before the year (`М.: Экономика. 1993.`), a place whose full stop text
  extraction moved off it (`М .: АСТ`), GOST 7.1-84's `В сб.:` host, a parallel title after ` = `, an abbreviated
  corporate body (`/ Иван. гос. ун-т`) and the genre `сборник научных статей`;
- Japanese architecture lists (日本建築学会): `名,名:題名, 誌名, 第 307 巻,pp.102-111,1981.9` and the book form
  `名:題名, 出版社,pp.…,1992.8`; `ほか` as an element of its own after the names (`五十嵐 由利子. ほか. …`);
- Western entries with GB/T 7714 type codes in Chinese journals (`Name and Name, Title [J]. Series, No. 10, Body,
  2010.`, `Allen, F and Gale, D. Title[R]. Working paper, …`).

Each row names its source: a public page (URL) found with the search tool (pages corpus), or "constructed" after
the rule of the standard or page cited.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation


def _parse(text: str, note: str = "1") -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), f"c{note}", note, 0)


# (text, authors, title, container, publisher, date, pages)
GOST_ROWS = [
    (  # http://refsua.com/referat-1311-3.html (Ukrainian list, ДСТУ layout of GOST 7.1)
        "Юрій С. І. Дивергенція фінансів при розгортанні ринкових відносин // Фінанси України. — 1996. — № 9. "
        "— С 5-12.",
        ["Юрій С. І."],
        "Дивергенція фінансів при розгортанні ринкових відносин",
        "Фінанси України",
        None,
        "1996",
        None,
    ),
    (  # https://cyberleninka.ru/article/n/instrumentalno-pravovoy-metod-v-metodologii-issledovaniya-ohrany-kak-pravovogo-yavleniya
        "Дейноров, Э. История Японии. - М .: АСТ: Астрель, 2011. - 767 с .",
        ["Дейноров, Э."],
        "История Японии",
        None,
        "АСТ: Астрель",
        "2011",
        None,
    ),
    (  # https://cdooso.ru/editions/staff-publications/1385-dokumenty-tsdooso-ob-obuchenii-v-vuzakh-sverdlovska-inostrannykh-studentov-v-kontse-40-kh-50-e-gg-xx-veka
        "Вопросы истории Венгрии и российско-венгерских отношений: сборник научных статей. - Екатеринбург: УрГЮУ, "
        "2018 С. 223 - 233.",
        [],
        "Вопросы истории Венгрии и российско-венгерских отношений",
        None,
        "УрГЮУ",
        "2018",
        "223-233",
    ),
    (  # https://koha.lib.tsu.ru/cgi-bin/koha/opac-export.pl?bib=384098&format=isbd&op=export (unchanged: a guard)
        "Масгрейв Р. А. Государственные финансы: теория и практика : [пер. с англ.] / Ричард А. Масгрейв, Пегги Б. "
        "Масгрейв ; науч. ред. В. Л. Макаров. - Москва : Бизнес Атлас, 2009. - 708, [7] с.: рис., табл.",
        ["Масгрейв Р. А."],
        "Государственные финансы: теория и практика",
        None,
        "Бизнес Атлас",
        "2009",
        None,
    ),
    (  # constructed after GOST 7.1-84 (the imprint's year after a full stop, a digraph initial for `John`)
        "Гэлбрейт Дж. К. Новое индустриальное общество. — М.: Прогресс. 1969.",
        ["Гэлбрейт Дж. К."],
        "Новое индустриальное общество",
        None,
        "Прогресс",
        "1969",
        None,
    ),
    (  # constructed after GOST 7.1-84 §`В сб.:` (the host of a part before ` // ` replaced it)
        "Иванов И. И. Рынок труда в регионе. В сб.: Проблемы региональной экономики. - М.: Наука, 1985.",
        ["Иванов И. И."],
        "Рынок труда в регионе",
        "Проблемы региональной экономики",
        "Наука",
        "1985",
        None,
    ),
    (  # constructed after the rucont.ru catalogue record layout (parallel title after ` = `, GOST 7.1 §4.3)
        "Вестник Томского государственного университета = Tomsk State University Journal .— Томск : Издательский Дом "
        "ТГУ .— 2021 .— №472 .— 260 с.",
        [],
        "Вестник Томского государственного университета",
        None,
        "Издательский Дом ТГУ",
        "2021",
        None,
    ),
    (  # constructed after GOST 7.0.12 abbreviations (a body as the statement of responsibility)
        "Экономика труда : учебное пособие / Моск. гос. ун-т. - М.: Изд-во МГУ, 2010. - 200 с.",
        ["Моск. гос. ун-т"],
        "Экономика труда",
        None,
        "Изд-во МГУ",
        "2010",
        None,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "container", "publisher", "date", "pages"), GOST_ROWS)
def test_gost_variants(text, authors, title, container, publisher, date, pages) -> None:
    citation = _parse(text)
    assert citation.authors == authors
    assert citation.title == title
    assert citation.container == container
    assert citation.publisher == publisher
    assert citation.date == date
    assert citation.pages == pages


def test_gost_quoted_phrase_keeps_its_quote() -> None:
    # constructed after the shape of a GOST title that opens with a quoted phrase
    citation = _parse('Петров П. П. "Новая экономика" и ее критики. - М.: Наука, 2001.')
    assert citation.title == '"Новая экономика" и ее критики'


# http://globalauthorid.com/WebPortal/ArticleView?wd=1AF41AE9686F61A3C62E5103A5EB0AE41154C0091B18F617 (込山)
# http://globalauthorid.com/WebPortal/ArticleView?wd=1AF41AE9686F61A3B25B1E50F02DF889B6CAE16D8968FFD3 (山口, 上野)
# http://globalauthorid.com/WebPortal/ArticleView?wd=1AF41AE9686F61A3FFEDFBAD9A6A1CCAC7C7D49E6CB3D25A (川后)
# http://globalauthorid.com/WebPortal/ArticleView?wd=067ACC8519F13E69C7DB5BE65D16F0812998498290090180 (宮本)
AIJ_ROWS = [
    (
        "込山敦司,初見学:床段差が室空間の心理的・機能的評価に及ぼす影響,日本建築学会計画系論文集,"
        "第495号,pp. 117-123, 1997. 5",
        ["込山敦司", "初見学"],
        "床段差が室空間の心理的・機能的評価に及ぼす影響",
        "日本建築学会計画系論文集",
        None,
        "117-123",
    ),
    (
        "山口勝巳,屋敷和佳:東京都の公立小学校におけるオープン型教室の整備状況と空間構成 小学校におけるオープン型教室の"
        "整備と評価に関する研究 その1,日本建築学会大会学術講演梗概集E-1,pp.83-84,2005.9",
        ["山口勝巳", "屋敷和佳"],
        "東京都の公立小学校におけるオープン型教室の整備状況と空間構成 "
        "小学校におけるオープン型教室の整備と評価に関する研究 その1",
        "日本建築学会大会学術講演梗概集E-1",
        None,
        "83-84",
    ),
    (
        "上野 淳,連健夫:小学校オープンスペースにおける場.コーナーの形成に関する分析 小学校オープンスペースの使われ方に"
        "関する調査.研究(1),日本建築学会計画系論文報告集,386号,pp.90-100,1988.4",
        ["上野 淳", "連健夫"],
        "小学校オープンスペースにおける場.コーナーの形成に関する分析 "
        "小学校オープンスペースの使われ方に関する調査.研究(1)",
        "日本建築学会計画系論文報告集",
        None,
        "90-100",
    ),
    (
        "川后のぞみ:鞆の浦の町家に見られる二階空間に対する意識, 日本建築学会大会学術講演梗概集, 建築歴史・意匠, "
        "pp.531-532, 2009",
        ["川后のぞみ"],
        "鞆の浦の町家に見られる二階空間に対する意識",
        "日本建築学会大会学術講演梗概集",
        None,
        "531-532",
    ),
    (
        "宮本俊輔, 宮澤健二, 入江康隆, 後藤治: 寺院建築の耐震診断と耐震改修事例, 日本建築学会構造系論文集, 第593 号, "
        "2005 年7 月, pp.87-94.",
        ["宮本俊輔", "宮澤健二", "入江康隆", "後藤治"],
        "寺院建築の耐震診断と耐震改修事例",
        "日本建築学会構造系論文集",
        None,
        "87-94",
    ),
    (  # constructed after the AIJ book form (`小林秀樹:集住のなわばり学, 彰国社,pp.107-110,1992.8`, cit_fresh8)
        "鈴木成文:住まいの計画・住まいの文化, 彰国社,pp.12-20,1988.3",
        ["鈴木成文"],
        "住まいの計画・住まいの文化",
        None,
        "彰国社",
        "12-20",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "container", "publisher", "pages"), AIJ_ROWS)
def test_japanese_colon_and_commas(text, authors, title, container, publisher, pages) -> None:
    citation = _parse(text)
    assert citation.authors == authors
    assert citation.title == title
    assert citation.container == container
    assert citation.publisher == publisher
    assert citation.pages == pages


def test_aij_numbered_part_keeps_its_subtitle() -> None:
    # constructed after the AIJ layout: a `その2` part whose subtitle follows the comma, then the journal
    citation = _parse(
        "山田太郎,佐藤花子:集合住宅の共用空間に関する研究 その2,利用実態, 日本建築学会計画系論文集, "
        "第 500 巻,pp.1-8,1997.10"
    )
    assert citation.title == "集合住宅の共用空間に関する研究 その2,利用実態"
    assert citation.container == "日本建築学会計画系論文集"
    assert (citation.volume, citation.date) == ("500", "1997-10")


def test_others_as_own_element_is_no_title() -> None:
    # constructed after the J-GLOBAL / CiNii export layout (`名. ほか. 題名. 誌名. …`)
    citation = _parse(
        "五十嵐 由利子. ほか. 特別養護老人ホームにおける冬季の湿度環境. 学術講演梗概集. "
        "一般社団法人日本建築学会. (1999) vol.1999, p.1087-1088."
    )
    assert citation.authors == ["五十嵐 由利子"]
    assert citation.title == "特別養護老人ホームにおける冬季の湿度環境"


# http://218.28.6.71:81/Qikan/Article/Detail?id=27119255 (Allen rows)
# http://218.28.6.71:81/Qikan/Article/Detail?id=7102654651 (Eggertsson, Krugman)
# http://218.28.6.71:81/Qikan/Article/Detail?id=1002138713 (Mills)
GBT_ROWS = [
    (
        "Allen, F and Gorton, G. Churning bubbles[J]. Reviewing of Economic Studies, 1993,(60) :813-836.",
        ["Allen, F", "Gorton, G"],
        "Churning bubbles",
        "Reviewing of Economic Studies",
        None,
    ),
    (
        "Allen, F and Gale, D. Bubbles and crisises[R]. Working paper, The Wharton School, University of "
        "Pennsylvania, 1998.",
        ["Allen, F", "Gale, D"],
        "Bubbles and crisises",
        None,
        "The Wharton School",
    ),
    (
        "Eggertsson, G. and M. Woodford, The Zero Bound on Interest Rates and Optimal Monetary Policy [J]. Brookings "
        "Papers on Economic Activity, 2003 (1).",
        ["Eggertsson, G.", "M. Woodford"],
        "The Zero Bound on Interest Rates and Optimal Monetary Policy",
        "Brookings Papers on Economic Activity",
        None,
    ),
    (
        "Krugman, P., It' s Baaack: Japan' s Slump and the Return of the Liquidity Trap [J] Brookings Papers on "
        "Economic Activity, 1998 (2).",
        ["Krugman, P."],
        "It' s Baaack: Japan' s Slump and the Return of the Liquidity Trap",
        "Brookings Papers on Economic Activity",
        None,
    ),
    (
        "Mills, Edwin S. An Aggregative Model of Resource Allocation in a Metropolitan Area [J]. American Economic "
        "Review,May, 1967, 57(2)、197-210.",
        ["Mills, Edwin S."],
        "An Aggregative Model of Resource Allocation in a Metropolitan Area",
        "American Economic Review",
        None,
    ),
    (  # constructed after the Peterson Institute Policy Brief entries of Chinese journals (`[J]` on a series)
        "C. Fred Bergsten and J. Gagnon, Currency Manipulation, the US Economy, and the Global Economic Order [J]. "
        "Policy Brief, No. 12, Peterson Institute for International Economics, December 2012.",
        ["C. Fred Bergsten", "J. Gagnon"],
        "Currency Manipulation, the US Economy, and the Global Economic Order",
        "Policy Brief",
        "Peterson Institute for International Economics",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "container", "publisher"), GBT_ROWS)
def test_western_gbt_type_codes(text, authors, title, container, publisher) -> None:
    citation = _parse(text)
    assert citation.authors == authors
    assert citation.title == title
    assert citation.container == container
    assert citation.publisher == publisher


def test_gbt_speech_occasion_is_no_publisher() -> None:
    # constructed after a Bernanke speech cited with [R] in Chinese journals (the occasion, not a publisher)
    citation = _parse(
        "Bernanke, Ben S.. The Great Moderation [R]. Remarks at the meetings of the Eastern Economic "
        "Association, Washington, DC. 2004."
    )
    assert citation.authors == ["Bernanke, Ben S."]
    assert citation.title == "The Great Moderation"
    assert citation.publisher is None
