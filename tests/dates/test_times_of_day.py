"""Dates: clock times, parts of the day and time zones.

- A date closed by its weekday, then a clock time or a clock-time range: two rows, the time on that day
  (岩屋外務大臣会見 (令和6年11月1日), https://ruclips.net/video/2dshRzBtJJQ/岩屋外務大臣会見（令和6年11月1日）.html;
  IWJ 2025-01-07, https://iwj.co.jp/wj/open/archives/526167).
- A part of day after の belongs to the day (``4月1日の午前中``: kotobank,
  https://kotobank.jp/word/%E9%95%B7%E9%96%80%E4%BC%9A%E8%AB%87-3201113); ``午前中`` alone is TMO (Recognizers-Text
  DateTimeModel, /work/shared/external/recognizers-text-ja); ``昼過ぎ`` is the afternoon (JMA warning headline
  ``１５日昼過ぎから``, 気象庁 防災情報XML feed entry quoted in a public test fixture); ``日本時間の8日未明から`` (mofa
  press, https://www.mofa.go.jp/mofaj/press/release/press4_002933.html).
- Weather: ranges of parts of one day (``明け方から昼過ぎにかけて``), ``昼前`` (late morning, MO) and ``夜遅く`` (late
  night, NI), a bounded part opening a clause (``夕方にかけて``), a day word glued to the written day
  (``明日25日明け方``).
- ころ, the unvoiced kana spelling of 頃, after a clock time; M/D before a clock time in a news header is a time.
- A bare clock time in a text with neither a publication date nor a stamp line takes the last day told (not when
  labelled with another zone); a zone note restates the moment (``12日夜(日本時間13日午前)``: wakwak blog quoting 読売,
  http://park2.wakwak.com/~d.fac/blog/archives/2010/04/10gb.html) and is no anchor for a later この日.
- ``午前`` / ``午後`` alone are halves of the day the story is told at (not of a day named attributively).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates
from tests.dates.helpers import Row, one, pairs, triples
from tests.dates.sources import NHK_ARCHIVE

TENKI_20250924 = "https://dhnva2r6fyara.cloudfront.net/forecaster/gureweather/2025/09/24/35884.html"
TENKI_20220527 = "https://tenki.jp./forecaster/k_shiraishi/2022/05/27/17600.html"
ASAHI_TENKI_20171006 = "https://dot.asahi.com/tenkijp/tenki/2017100600083.html?page=1"
NHK_HATENA = "https://b.hatena.ne.jp/Ingunial/20200305 (NHK, 2020-03-05)"
NIKKEI = (  # h4 nikkei_abe_20180416 (日本経済新聞 首相動静)
    "▽9時5分 東京・富ケ谷の私邸発。22分 官邸。23分 谷内国家安全保障局長、秋葉外務次官。\n"
    "▽10時9分 石川拉致問題対策本部事務局長。33分 規制改革推進会議。"
)
JIJI = (  # 時事通信 首相動静, quoted at http://yuyawatase.blog.jp/archives/cat_39092.html?p=2
    "・午前9時23分、公邸発。同24分、官邸着。\n・午前9時32分から同42分まで、閣議。"
)
JIJI_PM = "午後4時59分、皇居発。同5時11分、官邸着。同12分、執務室へ。"  # 時事通信, ameblo.jp/cv7ti8ipl


# (text, published, every mention in text order as (surface, kind, value), source): nothing missing, nothing spurious.
EXACT = [
    # http://week.co.jp/pubress/?p=8525 (新発田警察署 不審者情報)
    (
        "11月27日午後4時40分ころ、新発田市小舟町3丁目地内で、下校中の小学生1名の正面から",
        None,
        [("11月27日午後4時40分ころ", "time", "--11-27T16:40")],
        "",
    ),
    # same page: a date closed by its weekday keeps its clock time apart (heldout4 / heldout7 convention)
    (
        "[発生日時] 令和元年11月27日(水)午後4時40分ころ [発生場所] 新発田市小舟町3丁目地内",
        None,
        [("令和元年11月27日(水)", "date", "2019-11-27"), ("午後4時40分ころ", "time", "2019-11-27T16:40")],
        "",
    ),
    # constructed: ころ of a verb (殺したころ, 転ぶ) is no date word
    ("人を殺したころに転ぶ", None, [], ""),
    # https://www.atex.ne.jp/jikenbo/ (no date on the page): the fire put out the same day
    (
        "15日午後7時21分、那覇市港町のホクガン運輸で、会社関係者から119番通報があった。"
        "同社の倉庫が半焼し、午後8時半に鎮火した。",
        None,
        [("15日午後7時21分", "time", "---15T19:21"), ("午後8時半", "time", "---15T20:30")],
        "",
    ),
    # constructed: a time labelled with another zone does not take the bare day told
    (
        "会談が17日未明ドイツで行われ、ミュンヘンで日本時間の午前0時半ごろから会談しました。",
        None,
        [("17日未明", "time", "---17TNI"), ("午前0時半ごろから", "time", "T00:30")],
        "",
    ),
    # constructed: with a publication date the bare time keeps its old anchor (the publication day)
    ("同社の倉庫が半焼し、午後8時半に鎮火した。", "2019-10-19", [("午後8時半", "time", "2019-10-19T20:30")], ""),
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT)
def test_mentions_are_exactly(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source


# (text, published, (surface, kind, value), source): the row is among the mentions of the text.
FOUND = [
    # A date closed by its weekday, then a clock-time range: two rows, the range on that day.
    ("《令和6年11月1日(金) 14:41~14:54   於:本省会見室》", None, ("令和6年11月1日(金)", "date", "2024-11-01"), ""),
    (
        "《令和6年11月1日(金) 14:41~14:54   於:本省会見室》",
        None,
        ("14:41~14:54", "range", "2024-11-01T14:41/2024-11-01T14:54"),
        "",
    ),
    # IWJ
    ("日時 2025年1月7日(火)17:00〜", None, ("2025年1月7日(火)", "date", "2025-01-07"), ""),
    # 午前中 on its own: a part of day; Recognizers-Text gives TMO without a reference day.
    ("午前中に会いましょう。", None, ("午前中", "time", "TMO"), ""),
    ("4月1日の午前中に、罪のないうそをついて", None, ("4月1日の午前中", "time", "--04-01TMO"), ""),
    (
        "京都府では、１５日昼過ぎから高波に注意して下さい",
        "2012-08-15",
        ("１５日昼過ぎから", "time", "2012-08-15TAF"),
        "",
    ),
    ("日本時間の8日未明から安保理において", "2016-02-07", ("8日未明から", "time", "2016-02-08TNI"), ""),
    (
        "北海道は西部を中心に明け方から昼過ぎにかけて、大雨や暴風となる恐れがあります。",
        "2025-09-24",
        ("明け方から昼過ぎにかけて", "range", "2025-09-24TMO/2025-09-24TAF"),
        TENKI_20250924,
    ),
    (
        "東北は日本海側北部で昼前から夜遅くにかけて警報級の大雨の恐れがあり",
        "2025-09-24",
        ("昼前から夜遅くにかけて", "range", "2025-09-24TMO/2025-09-24TNI"),
        TENKI_20250924,
    ),
    (
        "九州南部には今夜はさらに活発な雨雲がかかりやすく、明日25日明け方にかけて雨量が増える見込みです。",
        "2025-09-24",
        ("明日25日明け方", "time", "2025-09-25TMO"),
        TENKI_20250924,
    ),
    ("関東は夕方にかけて雨でしょう。", "2022-05-27", ("夕方", "time", "2022-05-27TEV"), TENKI_20220527),
    (
        "28日の朝にかけては北陸と東北の日本海側を中心に局地的に雷や突風を伴い",
        "2010-06-27",
        ("28日の朝", "time", "2010-06-28TMO"),
        NHK_ARCHIVE,
    ),
    (
        "【近畿・東海】今夜の帰宅時間帯からあすの明け方にかけてが雨のピークです。",
        "2017-10-06",
        ("今夜", "time", "2017-10-06TNI"),
        ASAHI_TENKI_20171006,
    ),
]


@pytest.mark.parametrize(("text", "published", "row", "source"), FOUND)
def test_row_is_found(text: str, published: str | None, row: Row, source: str) -> None:
    assert row in triples(text, published), source


def test_month_slash_day_before_clock_is_a_time() -> None:
    """A header ``12/11 23:32 更新``: the clock time says M/D is a date (a fraction has no time of day)."""
    assert ("12/11 23:32", "--12-11T23:32") in pairs("見出し\n12/11 23:32 更新\n本文。")
    assert pairs("1/2に減少した。") == []  # a fraction stays no date


# 3. A closed time-zone note after a day or a time is in the span (heldout5 convention); an open aside
# that gives a second date is not.
ZONES = [
    (
        "8月25日,午前11時30分頃(現地時間)から約50分間,G7ビアリッツ・サミット出席のため",
        "2019-08-25",
        "午前11時30分頃(現地時間)から",
        "2019-08-25T11:30",
    ),  # mofa.go.jp/mofaj/na/na1/us/page4_005202.html
    (
        "米国訪問中の安倍晋三内閣総理大臣は,9月26日13時45分頃(現地時間。日本時間27日2時45分)から約1時間15分,",
        "2018-09-26",
        "9月26日13時45分頃",
        "2018-09-26T13:45",
    ),  # mofa.go.jp/mofaj/na/na1/us/page4_004367.html
    (
        "岩屋毅外相は14日午後(日本時間15日午前)、就任後初めてブリンケン米国務長官と会談した。",
        "2024-11-15",
        "14日午後",
        "2024-11-14TAF",
    ),  # japantoday.jp (朝日新聞)
]


@pytest.mark.parametrize(("text", "published", "surface", "value"), ZONES)
def test_time_zone_notes(text, published, surface, value):
    assert [v for s, _, v in triples(text, published) if s == surface] == [value]


# 7. The dinner rule: a bare hour that times a dinner is in the evening, never a morning hour.
DINNER = [
    (  # h4 govbase (河野外務大臣会見): the dinner follows the hour
        "また,今日7時半から,私の主催により,TICAD7参加国の外務大臣,閣僚を招いた夕食会を行いました。",
        "今日7時半から",
        "2019-08-28T19:30",
    ),
    # derived from kasumi-kadoya.co.jp/blog/15743 (当館の朝食は8時からとなっております) with a dinner added
    ("当館の朝食は8時から、夕食は18時からとなっております。", "8時から", "2019-08-28T08:00"),
    ("8時に出発し、夕食会に臨んだ。", "8時", "2019-08-28T20:00"),  # derived: the dinner is the next event
    ("夕食後、8時に出発した。", "8時", "2019-08-28T08:00"),  # derived: a dinner before the hour says nothing
    ("7時に朝食をとり、9時に出発し、夕食会に臨んだ。", "7時", "2019-08-28T07:00"),  # derived: morning word
]


@pytest.mark.parametrize(("text", "surface", "value"), DINNER)
def test_the_dinner_rule_never_moves_a_morning_hour(text, surface, value):
    assert [v for s, _, v in triples(text, "2019-08-28") if s == surface] == [value]


def test_zone_note_is_no_anchor() -> None:
    text = "鳩山首相は12日夜(日本時間13日午前)、核安全サミットの夕食会の席上、オバマ米大統領と会談した。この日の会談は"
    rows = triples(text, "2010-04-13")
    assert ("13日午前", "time", "2010-04-13TMO") in rows
    assert ("この日", "date", "2010-04-12") in rows


def test_part_of_day_after_a_month_ahead() -> None:
    text = "来月予定されていた中国の習近平国家主席の日本訪問について、菅官房長官は午後の記者会見で発表した。"
    assert triples(text, "2020-03-05") == [("来月", "date", "2020-04"), ("午後", "time", "2020-03-05TAF")], NHK_HATENA


SCHEDULES = [
    # text, published, surface, kind, value   # source
    (NIKKEI, "2018-04-16", "22分", "time", "2018-04-16T09:22"),
    (NIKKEI, "2018-04-16", "23分", "time", "2018-04-16T09:23"),
    (NIKKEI, "2018-04-16", "33分", "time", "2018-04-16T10:33"),
    (JIJI, "2016-02-02", "同24分", "time", "2016-02-02T09:24"),
    (JIJI, "2016-02-02", "午前9時32分から同42分まで", "range", "2016-02-02T09:32/2016-02-02T09:42"),
    (JIJI_PM, "2010-06-09", "同5時11分", "time", "2010-06-09T17:11"),
    (JIJI_PM, "2010-06-09", "同12分", "time", "2010-06-09T17:12"),
    (  # names_wowkorea_20190425 (聯合ニュース): a time-zone aside keeps the half of the day
        "金正恩国務委員長は25日、プーチン大統領と会談した後、午後4時(日本時間同3時)ごろから拡大会合に臨んだ。",
        "2019-04-25",
        "同3時",
        "time",
        "2019-04-25T15:00",
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "kind", "value"), SCHEDULES)
def test_schedule_minutes_take_the_hour_before_them(text, published, surface, kind, value):
    mention = one(text, surface, published)
    assert (mention.kind, mention.value) == (kind, value)


def test_a_dono_time_without_a_time_before_it_is_dropped():
    assert triples("同24分、官邸着。", "2016-02-02") == []


SPAN_EDGES = [
    # text, published, surface, kind, value   # source
    (
        "(平成29年7月21日(金曜日)10時21分 於:官邸エントランスホール)",
        "2017-07-21",
        "平成29年7月21日(金曜日)",
        "date",
        "2017-07-21",
    ),  # h4 mofa_kishida
    (
        "(平成29年7月21日(金曜日)10時21分 於:官邸エントランスホール)",
        "2017-07-21",
        "10時21分",
        "time",
        "2017-07-21T10:21",
    ),  # h4 mofa_kishida: the time takes the day before it
    (
        "(令和4年10月25日(火曜)9時32分~9時47分)",
        None,
        "9時32分~9時47分",
        "range",
        "2022-10-25T09:32/2022-10-25T09:47",
    ),  # h3 fsa: the date closed by its weekday is a row of its own, the time range takes its day
    (
        "受付期間は令和6年1月9日(火)~2月14日(水)17時まで",
        None,
        "令和6年1月9日(火)~2月14日(水)17時まで",
        "range",
        "2024-01-09/2024-02-14T17:00",
    ),  # dev heldout2_fukurei: the end of a range keeps its closing time
    ("翌27日(火曜日)には、UNRWAのラザリーニ事務局長が", None, "翌27日(火曜日)", "date", "---27"),  # h4 fastfact
    ("本日の午後に日・フィリピン外相会談が行われ", "2025-05-28", "本日の午後", "time", "2025-05-28TAF"),  # h4
    ("【記者】昨夜,総理と会食されましたけれども", "2017-07-21", "昨夜", "time", "2017-07-20TNI"),  # h4 mofa
    ("今朝の閣議で決定した", "2017-07-21", "今朝", "time", "2017-07-21TMO"),  # issue 3 (part-of-day words)
    ("11未明に千葉県を震源とした最大震度5強の地震", "2023-05-11", "11未明", "time", "2023-05-11TNI"),  # dev tvasahi
    ("この数年、北方領土を巡る日露関係が重要な局面を迎えている。", None, "この数年", "duration", "PXY"),  # h3 koizumi
    ("ケリー長官の任期も残り2か月と迫る中", None, "2か月", "duration", "P2M"),  # h3 mofa_kerry
]


@pytest.mark.parametrize(("text", "published", "surface", "kind", "value"), SPAN_EDGES)
def test_span_edges_of_held_out_conventions(text, published, surface, kind, value):
    mention = one(text, surface, published)
    assert (mention.kind, mention.value) == (kind, value)


def test_today_wo_nichuu_is_not_a_part_of_the_day():
    assert triples("今日の日中関係", "2024-06-28") == [("今日", "date", "2024-06-28")]


@pytest.mark.parametrize(
    "text",
    [
        # casetext.com, S.D.N.Y. opinion header: http://print.casetext.com/case/trs-of-the-nyc-dist-council-of-carpenters-pension-fund-v-p-j-wood-floors-inc-1
        "1:22-cv-9386-GHW (S.D.N.Y. Feb. 23, 2023)",
        # law.justia.com, docket line: https://law.justia.com/cases/federal/district-courts/new-york/nysdce/1:2019cv10104/525611/83/
        "Case 1:19-cv-10104-AJN Document 83",
    ],
)
def test_a_us_docket_number_is_no_clock_time(text: str) -> None:
    assert [m.surface for m in find_dates(text) if m.kind == "time"] == []


def test_part_of_day_words_inside_other_nouns_are_no_mentions():
    assert triples("明朝体で印刷し、前夜祭を開いた。", "2024-06-28") == []


def test_an_hour_in_a_sentence_about_a_dinner_is_in_the_evening():
    # h4 govbase_kono_20190828 (河野外務大臣会見)
    text = "また,今日7時半から,私の主催により,TICAD7参加国の外務大臣,閣僚を招いた夕食会を行いました。"
    assert one(text, "今日7時半から", "2019-08-28").value == "2019-08-28T19:30"
    assert one("今日7時半から閣議を行いました。", "今日7時半から", "2019-08-28").value == "2019-08-28T07:30"


# 午前 / 午後 standing alone are a half of the day (not before a clock time, not inside 22日午後).
@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "午前は迎賓館で会談した。午後はアッバス議長と会談する。",
            ["午前", "午後"],
        ),  # 日本経済新聞 (test_fresh_texts.py)
        ("22日午後に会談。午後3時に到着。", ["22日午後", "午後3時"]),  # constructed
    ],
)
def test_bare_half_of_day(text: str, surfaces: list[str]) -> None:
    assert [m.surface for m in find_dates(text, "2019-10-21")] == surfaces
