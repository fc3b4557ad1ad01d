"""Dates: what the layout of a document tells -- stamp lines, title lines, year headings, numbered lists, paragraphs.

- A time stamp line (``2020.4.25 19:58``) dates the article under it unless there is a publication date (no outside
  page was found in this form: constructed, marked).
- A title line ``2017年5月の日経平均株価`` gives a text without a publication date its month (``8日``, ``月末``).
- A line that is a year alone (``2021年`` under ``召集前`` in a Diet chronology) gives its year to the yearless dates of
  the lines below it, up to the next such heading, even after an item that tells another year; a chronology's year
  heading may carry its gloss after a space (``元禄2年 1689年``).
- Consecutive numbered paragraphs (``1 …``, ``2 …``) are one story; a paragraph that continues the one before takes
  its year.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.timex.discourse import continues, numbered_list_start
from tests.dates.helpers import Row, pairs, triples

# https://open.mixi.jp/user/64142320/diary/1977691055 (an NHK 九州 item copied with its stamp line
# ``11月26日 10時56分``, no year): the stamp dates the bare day below it.
MIXI_NHK = (
    "F35B 沖縄で今後の運用示唆\n11月26日 10時56分\n\n"
    "沖縄に駐留するアメリカ海兵隊は、傘下の第1海兵航空団の軍用機などが使用する格納庫を新たに建設したことを25日、"
    "文書で発表しました。"
)
# https://www.mofa.go.jp/mofaj/press/release/press4_007943.html (報道発表 日米外相電話会談, 令和元年10月22日)
NUMBERED = (
    "1 冒頭,茂木大臣から,本日行われた即位礼正殿の儀に際して謝意を述べました。\n"
    "2 また,茂木大臣から,台風19号の被害に関して謝意を述べました。\n"
    "3 両大臣は,中東情勢を中心に意見交換を行いました。\n"
    "5 両大臣は,北朝鮮をめぐる最新の情勢について意見交換を行いました。"
)
NIKKEI_201705 = "https://indexes.nikkei.co.jp/atoz/2017/06/may.html"
DIET_208 = "http://mobile.seisyun.net/wgate/%E7%AC%AC208%E5%9B%9E%E5%9B%BD%E4%BC%9A/p25"
DIET_208_TEXT = (
    "今国会の動き\n召集前\n2021年\n"
    "12月24日 - 自由民主党の山田修路参議院議員が石川県知事選挙出馬のため議員辞職。\n"
    "12月28日 - 無所属の宮口治子参議院議員が立憲民主党に入党。\n"
    "会期中\n2022年\n1月17日 - 召集。\n"
    "岸田が政府四演説の場に立ったのは外相として外交演説を行った2017年の第193回国会以来。\n"
    "1月19日\n代表質問1日目"
)
# Constructed in the form of a web article's stamp line above its dateline (no outside page in this form was found).
STAMPED = "露が大戦終結日を変更\n2021.5.7 10:15国際\n【モスクワ共同】\nプーチン大統領は6日、法案に署名した。今年は"
CHIHO = (  # dev heldout2_chiho_seisaku: separate notices, one a line, no publication date
    "利用期間は令和8年3月〜8月末を予定。抽選制、市の負担金は5億円。\n"
    "全国街道交流会議第14回全国大会を三島市で開催。11月21日午後1時30分から市民文化会館でシンポジウム、22日には現地研修会を実施。\n"
    "5月19日14時30分からシーハットおおむらで開催される第7回フェスティバルは"
)
MINKARA = (  # dev heldout2_jma_minkara: one story whose first paragraph gives its date
    "10月5日、気象庁は、令和5年10月5日11時00分頃発生した鳥島近海の地震について、緊急の記者会見を行いました。\n"
    "5日13時30分現在 今回の地震発生後、震度1以上を観測した地震の発生なし"
)


# (text, published, every mention in text order as (surface, kind, value), source): nothing missing, nothing spurious.
EXACT = [
    (
        "大会は1964年10月10日に開幕した。\n2020年の記録\n8月9日に閉会した。",
        None,
        [("1964年10月10日", "date", "1964-10-10"), ("2020年", "date", "2020"), ("8月9日", "date", "1964-08-09")],
        "constructed (regression: a year inside a title line is no heading)",
    ),
    (
        "2019年\n12月31日 – ゴーンがレバノンへ無断で出国したことが発覚。",
        None,
        [("2019年", "date", "2019"), ("12月31日", "date", "2019-12-31")],
        "https://ishin.biz/seironsya/2019%E5%B9%B4%E5%9B%BD%E5%86%85%E3%81%AE%E5%87%BA%E6%9D%A5%E4%BA%8B",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT)
def test_mentions_are_exactly(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source


def test_yearless_stamp_line_dates_bare_days() -> None:
    assert ("25日", "--11-25") in pairs(MIXI_NHK)
    # 先月 counts back from the stamp's month, wrapping the year (no year is invented).
    assert ("先月29日", "--12-29") in pairs("見出し\n1/11 23:32 更新\n外相は先月29日に出発した。")


def test_stamp_inside_a_sentence_dates_nothing() -> None:
    """Only a stamp opening its own line is a header: a day in running text is not."""
    assert ("25日", "---25") in pairs("会見は11月26日 10時56分に始まった。\n\n25日に伝えた。")


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("2 また", "1 冒頭"),  # item 2 after item 1
        ("3 両大臣は", "1 冒頭"),  # item 3 after item 2 (opens with a noun: only its number links it)
        ("5 両大臣は", "5 両大臣は"),  # constructed gap: item 5 after item 3 starts afresh
    ],
)
def test_numbered_list_start(line: str, first: str) -> None:
    assert numbered_list_start(NUMBERED, NUMBERED.index(line)) == NUMBERED.index(first)


def test_numbered_item_after_title_starts_a_list() -> None:
    """constructed: item 1 under a heading, and a year opening a line, start no list with what is above."""
    assert numbered_list_start("報道発表\n1 冒頭,", len("報道発表\n")) == len("報道発表\n")
    assert numbered_list_start("2024年。\n2025年に", len("2024年。\n")) == len("2024年。\n")


def test_bare_day_in_numbered_item_takes_month_of_earlier_item() -> None:
    """constructed (a press release without a year): 8日 in item 3 is in February as 2月7日 of item 1;
    the same lines without numbers stay apart (dev gold: a bare 十六日 after an unrelated 2月17日)."""
    numbered = "1 2月7日午前,発射しました。\n2 また,抗議しました。\n3 8日未明から会合が開催されます。"
    assert triples(numbered)[-1] == ("8日未明から", "time", "--02-08TNI")
    plain = "2月7日午前,発射しました。\nまた,抗議しました。\n8日未明から会合が開催されます。"
    assert triples(plain)[-1] == ("8日未明から", "time", "---08TNI")


def test_title_month_dates_bare_days() -> None:
    text = (
        "2017年5月の日経平均株価\n"
        "5月の日経平均株価は月末終値が1万9650円57銭と前月末に比べ453 円83銭(2.4%)上昇した。\n"
        "中旬までは上昇が目立った。8日の終値は約1年5カ月ぶりの高値をつけた。"
    )
    rows = triples(text)
    assert ("月末", "date", "2017-05") in rows, NIKKEI_201705
    assert ("8日", "date", "2017-05-08") in rows, NIKKEI_201705


def test_title_line_is_no_anchor_with_a_publication_date() -> None:
    """The publication date wins over a title's month (the title names the subject, the page is dated)."""
    text = "2017年5月の日経平均株価\n中旬までは上昇が目立った。8日の終値は高値をつけた。"
    assert ("8日", "date", "2017-06-08") in triples(text, "2017-06-20")


def test_year_heading_dates_the_chronology():
    assert triples(DIET_208_TEXT) == [
        ("2021年", "date", "2021"),
        ("12月24日", "date", "2021-12-24"),
        ("12月28日", "date", "2021-12-28"),
        ("2022年", "date", "2022"),
        ("1月17日", "date", "2022-01-17"),
        ("2017年", "date", "2017"),
        ("1月19日", "date", "2022-01-19"),
    ], DIET_208


# 6. Discourse segments: a list item after an unfinished lead-in, or a line opening with a conjunction,
# a particle or a demonstrative, continues the paragraph before it; a finished sentence ends it.
SEGMENTS = [
    ("ソ連軍は8月9日に満州に攻め込む。\nさらには日本列島の北から占領していく。", True),  # ichirindo.hatenablog.com
    ("会議の前後には各省幹部が出入りしています。\n▽13時9分 さざれ石の贈呈。", False),  # nikkei 首相動静
    ("・夕食時間\nスタートは17時30分からとなります。", False),  # blog.goo.ne.jp/netshopisfun
    ("年末年始(1/1〜1/3)の配達は\n・電話による配達でのみ対応しています。", True),  # ntt-east (unfinished lead-in)
    ("8月15日 玉音放送。\nその後、ソ連軍は南樺太に侵攻。", True),  # demonstrative (nunochu.com 年表, derived)
]


@pytest.mark.parametrize(("text", "expected"), SEGMENTS)
def test_paragraphs_that_continue_the_one_before(text, expected):
    assert continues(text, text.index("\n") + 1) is expected


def test_a_continuing_paragraph_takes_the_year_of_the_one_before():
    # ichirindo.hatenablog.com/entry/20170821: a year in one line, the days in the next
    text = "ソ連が1945年8月9日に満州に攻め込む。\nさらに8月16日:南樺太に侵攻開始。8月18日:千島列島の占守島に侵攻。"
    rows = triples(text, "2017-08-21")
    assert ("8月16日", "date", "1945-08-16") in rows
    assert ("8月18日", "date", "1945-08-18") in rows
    separate = "ソ連が1945年8月9日に満州に攻め込む。\n8月16日:南樺太に侵攻開始。"
    assert ("8月16日", "date", "2017-08-16") in triples(separate, "2017-08-21")  # a new story: the publication year


def test_stamp_line_dates_the_article_below() -> None:
    rows = triples(STAMPED)
    assert ("6日", "date", "2021-05-06") in rows
    assert ("今年", "date", "2021") in rows


def test_stamp_line_does_not_override_publication_date() -> None:
    assert ("今年", "date", "2022") in triples(STAMPED, published="2022-01-10")


def test_a_year_from_another_notice_is_never_borrowed():
    rows = triples(CHIHO)
    assert ("11月21日午後1時30分から", "time", "--11-21T13:30") in rows
    assert ("22日", "date", "--11-22") in rows
    assert ("5月19日14時30分から", "time", "--05-19T14:30") in rows


def test_the_first_paragraph_dates_a_report_without_a_publication_date():
    assert ("5日13時30分", "time", "2023-10-05T13:30") in triples(MINKARA)
