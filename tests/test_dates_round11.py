"""Dates, round 11: the error classes of the heldout11 blind run, each rule with outside examples.

Sources (pages corpus of the search tool; none is a gold text):
- Reuters photo credits: https://jp.reuters.com/article/us-global-decade-idJPKBN1YU09C
- 防衛白書 2020: https://www.mod.go.jp/j/publication/wp/wp2020/html/n23101000.html
- 岩屋外務大臣会見 (令和6年11月1日): https://ruclips.net/video/2dshRzBtJJQ/岩屋外務大臣会見（令和6年11月1日）.html
- IWJ 2025-01-07: https://iwj.co.jp/wj/open/archives/526167
- judgments: https://kobe-keijibengosi.com/keijisaiban-shikkouyuyotsukihanketsu-2/ ,
  https://fuzokutrouble-bengo.com/?p=40
- 奈良県立図書情報館 book list: http://www.library.pref.nara.jp/event/booklist/magazine.html
- Recognizers-Text DateTimeModel (Japanese spec, /work/shared/external/recognizers-text-ja): 午前中 -> TMO.
- 財政法第11条 (the fiscal year runs from 1 April to 31 March) for 来年度 / 今年度.
Rows marked "constructed" had no outside example within the time box.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates


def _rows(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.kind, m.value) for m in find_dates(text, published)]


# (text, published, surface, kind, value): every row must be found exactly.
CASES = [
    # A span never ends in whitespace: the photo credit's year before the agency name.
    (
        "バングラデシュのシャーポリルウイップで2017年9月撮影(2019年 ロイター/Danish Siddiqui)",
        None,
        "2019年",
        "date",
        "2019",
    ),  # Reuters
    # 概ね / おおむね modify a length as 約 does and are inside the span.
    (
        "国家安全保障戦略と防衛大綱はともにおおむね10年程度の期間を念頭に置いている。",
        None,
        "おおむね10年程度",
        "duration",
        "P10Y",
    ),
    ("これは,概ね10年の期間を念頭に置いて", None, "概ね10年", "duration", "P10Y"),  # constructed (kanji spelling)
    # A date closed by its weekday, then a clock-time range: two rows, the range on that day.
    ("《令和6年11月1日(金) 14:41~14:54   於:本省会見室》", None, "令和6年11月1日(金)", "date", "2024-11-01"),
    (
        "《令和6年11月1日(金) 14:41~14:54   於:本省会見室》",
        None,
        "14:41~14:54",
        "range",
        "2024-11-01T14:41/2024-11-01T14:54",
    ),
    ("日時 2025年1月7日(火)17:00〜", None, "2025年1月7日(火)", "date", "2025-01-07"),  # IWJ
    # The term of a sentence counts months with a bare 月 (懲役1年6月 = 1 year 6 months, not June).
    (
        "検察官は懲役3年を求刑しましたが、判決期日に神戸地方裁判所姫路支部は、懲役1年6月、執行猶予3年の判決を言い渡しました。",
        None,
        "1年6月",
        "duration",
        "P1Y6M",
    ),
    (
        "「被告人を懲役1年6月に処する。この裁判が確定した日から3年間この刑の執行を猶予する。」",
        None,
        "1年6月",
        "duration",
        "P1Y6M",
    ),
    ("禁錮1年2月,執行猶予3年の有罪判決を受けた", None, "1年2月", "duration", "P1Y2M"),  # constructed (禁錮)
    # Era initial with padded digits, as court and database headers print them.
    ("H17. 6.30 広島地方裁判所", None, "H17. 6.30", "date", "2005-06-30"),  # constructed
    # A span of years without 年 in a book title or list.
    (
        "051.6-フンケ | 「諸君!」の30年 : 1969-1999 | 文藝春秋編 | 文藝春秋 | 1999.12 |",
        None,
        "1969-1999",
        "range",
        "1969/1999",
    ),
    # 午前中 on its own: a part of day; Recognizers-Text gives TMO without a reference day.
    ("午前中に会いましょう。", None, "午前中", "time", "TMO"),
    # 同月 after a bare month in a text without a year: that month as far as the text gives it.
    ("6月のサミットの際の首脳会談、同月の外務大臣の訪露", None, "同月", "date", "--06"),  # constructed
    # Fiscal years: in January-March 来年度 is the fiscal year that begins in April of the same year.
    ("来年度から5年間の防衛費の総額", "2023-03-15", "来年度", "date", "2023"),  # 財政法第11条
    ("今年度の予算", "2023-02-01", "今年度", "date", "2022"),  # 財政法第11条
    ("今年度の予算", "2023-06-01", "今年度", "date", "2023"),
]


@pytest.mark.parametrize(("text", "published", "surface", "kind", "value"), CASES)
def test_round11_rows(text, published, surface, kind, value):
    assert (surface, kind, value) in _rows(text, published), _rows(text, published)


# Texts where the new rules must add nothing: page spans, phone numbers, a 月 after 懲役 that is a day.
NOT_DATES = [
    ("Journal of Asian Studies 12, pp. 1955-1983.", "1955-1983"),  # constructed (a page range)
    ("Tel 03-1955-1983", "1955-1983"),  # constructed (a phone number)
    ("2019年 ロイター", "2019年 "),  # the space is never inside
]


@pytest.mark.parametrize(("text", "surface"), NOT_DATES)
def test_round11_not_dates(text, surface):
    assert surface not in [m.surface for m in find_dates(text)]


def test_a_date_before_a_law_number_stays_a_date():
    # the promulgation day of a law number is a date (dev dates_laws_jplaws); only a bare year is hidden
    rows = _rows("出入国管理及び難民認定法(平成16年6月2日法律第73号による改正前のもの)")
    assert ("平成16年6月2日", "date", "2004-06-02") in rows


def test_sentence_term_after_a_date_is_not_a_duration():
    # constructed: 懲役 after the date does not turn the date into a length
    assert ("2月10日", "date", "--02-10") in _rows("2月10日に懲役刑が確定した")
