"""Dates in context (issue 3, round 5): document numbers, era shorthand, schedules, span edges.

Every row is a real sentence; its source is named in the comment: the held-out gold texts
(h3 = tests/gold/heldout/texts, h4 = tests/gold/heldout4/texts, both now development data),
the development gold texts (tests/gold/texts, sources in tests/gold/sources_dates.md), the news
seed in raw/, or a public page (URL in the comment).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates


def _rows(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.kind, m.value) for m in find_dates(text, published)]


def _one(text: str, surface: str, published: str | None = None):
    found = [m for m in find_dates(text, published) if m.surface == surface]
    assert found, f"{surface!r} not in {_rows(text, published)}"
    return found[0]


TKC = (  # h4 tkc_hanrei (TKC ローライブラリー「注目の判例」)
    "最高裁平成11年(行ツ)第8号同年11月10日大法廷判決・民集53巻8号1577頁及び"
    "最高裁平成15年(行ツ)第15号同16年1月14日大法廷判決・民集58巻1号1頁の判示するところ"
)

DOCUMENT_NUMBERS = [
    # text, surfaces that must not be mentions   # source
    (TKC, ["平成11年", "平成15年"]),
    ("公職選挙法の一部を改正する法律(平成30年法律第75号)による改正後の", ["平成30年"]),  # h4 tkc_hanrei
    ("判決 (上告審)/令和1年(受)第877号 等", ["令和1年"]),  # h4 tkc_hanrei
    ("電気通信事業法(昭和五十九年法律第八十六号)", ["昭和五十九年"]),  # dev articles_kagaku_heiki
    ("学校教育法 昭和二十二年法律第二十六号", ["昭和二十二年"]),  # dev dates_laws (convention changed)
    # http://civilpro.sx3.jp/kurita/openDB/caseindex/ (判例一覧)
    ("最高裁判所 令和 4年 2月 7日 第2小法廷 判決 ( 令和3年(行ツ)第73号 )", ["令和3年"]),
]


@pytest.mark.parametrize(("text", "words"), DOCUMENT_NUMBERS)
def test_the_year_of_a_case_or_law_number_is_no_mention(text, words):
    surfaces = [m.surface for m in find_dates(text)]
    assert not [s for s in surfaces if any(w in s for w in words)], surfaces


def test_a_full_date_before_a_law_number_stays_a_date():
    # dev dates_laws_jplaws (国際受刑者移送法 附則): the promulgation day is a date
    assert ("2004年6月2日", "date", "2004-06-02") in _rows("附 則(2004年6月2日法律第73号) 抄 1条")


def test_case_number_years_anchor_dono_year_and_era_shorthand():
    rows = _rows(TKC)
    assert ("同年11月10日", "date", "1999-11-10") in rows
    assert ("同16年1月14日", "date", "2004-01-14") in rows
    assert len(rows) == 2


def test_a_list_case_date_with_padded_digits_is_one_mention():
    text = DOCUMENT_NUMBERS[-1][0]
    assert _rows(text) == [("令和 4年 2月 7日", "date", "2022-02-07")]


SAME_ERA = [
    # text, surface, value   # source
    (TKC, "同16年1月14日", "2004-01-14"),
    ("昭和63年に着工し、同64年1月7日に中断した", "同64年1月7日", "1989-01-07"),  # issue 3 boundary day
    ("令和元年5月1日に施行され、同2年4月1日に改正された", "同2年4月1日", "2020-04-01"),  # issue 3
]


@pytest.mark.parametrize(("text", "surface", "value"), SAME_ERA)
def test_dono_number_year_counts_in_the_era_of_the_previous_mention(text, surface, value):
    mention = _one(text, surface)
    assert (mention.value, mention.calendar) == (value, "japanese")


def test_era_shorthand_without_an_era_before_keeps_no_invented_year():
    assert _rows("同16年1月14日判決") == [("同16年1月14日", "date", "--01-14")]


NIKKEI = (  # h4 nikkei_abe_20180416 (日本経済新聞 首相動静)
    "▽9時5分 東京・富ケ谷の私邸発。22分 官邸。23分 谷内国家安全保障局長、秋葉外務次官。\n"
    "▽10時9分 石川拉致問題対策本部事務局長。33分 規制改革推進会議。"
)
JIJI = (  # 時事通信 首相動静, quoted at http://yuyawatase.blog.jp/archives/cat_39092.html?p=2
    "・午前9時23分、公邸発。同24分、官邸着。\n・午前9時32分から同42分まで、閣議。"
)
JIJI_PM = "午後4時59分、皇居発。同5時11分、官邸着。同12分、執務室へ。"  # 時事通信, ameblo.jp/cv7ti8ipl

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
    mention = _one(text, surface, published)
    assert (mention.kind, mention.value) == (kind, value)


LENGTHS_IN_MINUTES = [
    # text, surface, value   # source
    ("9時5分に出発し、22分待った。", "22分", "PT22M"),  # a length: a verb follows, no space
    ("会談は約35分間行われた。", "約35分間", "PT35M"),  # h3 mofa_kerry
    ("22分 官邸。", "22分", "PT22M"),  # no time before it: nothing to take the hour from
]


@pytest.mark.parametrize(("text", "surface", "value"), LENGTHS_IN_MINUTES)
def test_minutes_that_are_lengths_stay_durations(text, surface, value):
    mention = _one(text, surface, "2018-04-16")
    assert (mention.kind, mention.value) == ("duration", value)


def test_days_that_must_pass_are_a_length():
    # h3 bakkin_suppl (罰金等臨時措置法 附則)
    text = "この法律は、公布の日から起算して二十日を経過した日から施行する。"
    assert _rows(text) == [("二十日", "duration", "P20D")]


def test_a_dono_time_without_a_time_before_it_is_dropped():
    assert _rows("同24分、官邸着。", "2016-02-02") == []


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
    mention = _one(text, surface, published)
    assert (mention.kind, mention.value) == (kind, value)


def test_today_wo_nichuu_is_not_a_part_of_the_day():
    assert _rows("今日の日中関係", "2024-06-28") == [("今日", "date", "2024-06-28")]


def test_part_of_day_words_inside_other_nouns_are_no_mentions():
    assert _rows("明朝体で印刷し、前夜祭を開いた。", "2024-06-28") == []


def test_an_hour_in_a_sentence_about_a_dinner_is_in_the_evening():
    # h4 govbase_kono_20190828 (河野外務大臣会見)
    text = "また,今日7時半から,私の主催により,TICAD7参加国の外務大臣,閣僚を招いた夕食会を行いました。"
    assert _one(text, "今日7時半から", "2019-08-28").value == "2019-08-28T19:30"
    assert _one("今日7時半から閣議を行いました。", "今日7時半から", "2019-08-28").value == "2019-08-28T07:30"


def test_a_length_followed_by_the_time_it_reaches_stays_a_length():
    # h3 nico_hirai_20121216 (共同通信 平井久志)
    text = (
        "北朝鮮は12月12日午前9時49分46秒に「光明星3号2号機」を打ち上げ、9分27秒後である9時59分13秒に軌道に進入させた。"
    )
    rows = _rows(text, "2012-12-16")
    assert ("9分27秒後", "duration", "PT9M27S") in rows
    assert ("9時59分13秒", "time", "2012-12-12T09:59:13") in rows


NEWS = (  # the news seed in raw/ (two paragraphs)
    "金正恩国務委員長は24年ぶりに訪朝したロシアのプーチン大統領と6月19日、平壌で会談し、条約に署名した。\n"
    "朝鮮中央通信は20日、同条約の全文を報じた。"
)


def test_a_bare_day_names_the_mention_its_month_came_from():
    mentions = {m.surface: m for m in find_dates(NEWS, "2024-06-28")}
    assert mentions["20日"].value == "2024-06-20"
    assert mentions["20日"].anchor == mentions["6月19日"].mention_id


def test_a_bare_day_names_the_publication_date_when_the_story_has_moved_on():
    mentions = {m.surface: m for m in find_dates(NEWS, "2024-09-10")}
    assert (mentions["20日"].value, mentions["20日"].anchor) == ("2024-09-20", "published")


CHIHO = (  # dev heldout2_chiho_seisaku: separate notices, one a line, no publication date
    "利用期間は令和8年3月〜8月末を予定。抽選制、市の負担金は5億円。\n"
    "全国街道交流会議第14回全国大会を三島市で開催。11月21日午後1時30分から市民文化会館でシンポジウム、22日には現地研修会を実施。\n"
    "5月19日14時30分からシーハットおおむらで開催される第7回フェスティバルは"
)
MINKARA = (  # dev heldout2_jma_minkara: one story whose first paragraph gives its date
    "10月5日、気象庁は、令和5年10月5日11時00分頃発生した鳥島近海の地震について、緊急の記者会見を行いました。\n"
    "5日13時30分現在 今回の地震発生後、震度1以上を観測した地震の発生なし"
)


def test_a_year_from_another_notice_is_never_borrowed():
    rows = _rows(CHIHO)
    assert ("11月21日午後1時30分から", "time", "--11-21T13:30") in rows
    assert ("22日", "date", "--11-22") in rows
    assert ("5月19日14時30分から", "time", "--05-19T14:30") in rows


def test_the_first_paragraph_dates_a_report_without_a_publication_date():
    assert ("5日13時30分", "time", "2023-10-05T13:30") in _rows(MINKARA)
