"""Session-6 dates round 3: error classes of a fresh sample of foreign-affairs news and report-like texts
(``tests/gold/texts/dates_r8_*``) and the leftovers of round 2, each fixed by a general rule and tested on
real sentences from OTHER pages (URL cited):

- the edge of a year right after it (``2026年年初``, ``令和5年年末``, ``2023年年初来``) belongs to the year
  mention, never a second mention of the publication year;
- a school and a space before a grade (``井田小学校 1年``), a grade in brackets after a pupil's name and
  honorific (``さん(5年)``) or after a school event (``修学旅行(6年)``, ``遠足予備日(4年)``) are no lengths;
- a month alone before a non-past verb of an event to come (``11月に実施される``) is the next such month;
- a bare part of the day (``午後の記者会見``) is on the day of writing even after a month still ahead.

Rows marked ``constructed`` follow the cited page's pattern where no second real example was found.
"""

from __future__ import annotations

import pytest

from tests.dates_helpers import rows

KESOYO = "public GitHub page source, find_string id 19121639123 (2026年年初より正規輸入開始決定)"
NIKKEI_2023 = "https://indexes.nikkei.co.jp/atoz/2023/02/202301.html (pattern, constructed)"
SAINOU = "https://sainou.or.jp/contest/display/book/57/01.html"
AMA = "https://ama-net.ed.jp/school/e01/2016/06/post-227.html"
OSAKA = "https://swa.city-osaka.ed.jp/weblog/index.php?date=20240523&id=e641395&type=3"
BENESSE = "https://sgaku.benesse.ne.jp/sho/all/others/concour/sakubun/index.shtml (pattern, constructed)"
JOESEIJI = "https://joeseiji.com/category/%E5%85%B1%E5%92%8C%E5%85%9A/page/8"
SPUTNIK = "https://sputniknews.jp/_2016_US_Presidential_election"
NHK_HATENA = "https://b.hatena.ne.jp/Ingunial/20200305 (NHK, 2020-03-05)"
SUZUKI = "http://suzukikazuyuki.com/post-blog/ (2024-01-05: 年初来高値を更新するところまで)"


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        ("2026年年初より正規輸入開始決定", None, [("2026年年初", "date", "2026")], KESOYO),
        ("2023年年初から株価は上昇傾向が続いた。", "2023-12-29", [("2023年年初から", "date", "2023")], NIKKEI_2023),
        (  # the year's end anchors a later month: 2月 is February of the next year
            "令和5年年末に辞任し、2月に復帰した。",
            None,
            [("令和5年年末", "date", "2023"), ("2月", "date", "2024-02")],
            NIKKEI_2023,
        ),
        ("2023年年初来の上昇率は28%だった。", None, [("2023年年初来", "date", "2023")], NIKKEI_2023),
        ("2023年年末年始の営業", None, [("2023年", "date", "2023")], NIKKEI_2023),  # the holidays: no edge
        (
            "もう少しで年初来高値を更新するところまで近づいていた",
            "2024-01-05",
            [("年初来", "date", "2024")],
            SUZUKI,
        ),
    ],
)
def test_year_edge_after_year(text: str, published: str | None, expected: list, source: str) -> None:
    assert rows(text, published) == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("愛知県岡崎市 井田小学校 1年 西 優成", [], SAINOU),
        ("最優秀賞には岡村英里奈さん(5年)が選ばれました。", [], BENESSE),
        ("中山遥太くん(6年)が受賞しました。", [], BENESSE),
        ("木 | 修学旅行(6年) 〈リトルワールド〉", [], AMA),
        ("水 | 歯科検診(3年) | 6 | 月 | 防災センター見学(4年)", [], AMA),
        ("27日(月) 社会見学(3年)・尿2次検査", [("27日(月)", "date", "---27")], OSAKA),
        ("24日(金) 遠足予備日(4年)・読み聞かせ", [("24日(金)", "date", "---24")], OSAKA),
        ("任期(5年)が満了した。", [("5年", "duration", "P5Y")], BENESSE),  # no pupil before the bracket
    ],
)
def test_school_grades(text: str, expected: list, source: str) -> None:
    assert rows(text) == expected, source


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        (  # read in December 2023: the next November, not the one just gone
            "アメリカ大統領選は11月に実施されるが、それに先立って、各政党は予備選や党員集会を通じて党の指名候補を決める。",
            "2023-12-20",
            [("11月", "date", "2024-11")],
            JOESEIJI,
        ),
        (  # the same with 開催される (constructed on the joeseiji pattern)
            "党大会は8月に開催される予定だ。",
            "2023-12-20",
            [("8月", "date", "2024-08")],
            JOESEIJI + " (constructed)",
        ),
        (  # a past verb keeps the nearest November
            "アメリカ大統領選は11月に実施されたが、結果の確定は遅れた。",
            "2023-12-20",
            [("11月", "date", "2023-11")],
            JOESEIJI,
        ),
        (  # a day given: the nearest date as before (sputnik wrote this in 2016)
            "アメリカ大統領選挙は11月8日に行われる。",
            "2016-10-01",
            [("11月8日", "date", "2016-11-08")],
            SPUTNIK,
        ),
    ],
)
def test_month_of_an_event_to_come(text: str, published: str, expected: list, source: str) -> None:
    assert rows(text, published) == expected, source


def test_part_of_day_after_a_month_ahead() -> None:
    text = "来月予定されていた中国の習近平国家主席の日本訪問について、菅官房長官は午後の記者会見で発表した。"
    assert rows(text, "2020-03-05") == [("来月", "date", "2020-04"), ("午後", "time", "2020-03-05TAF")], NHK_HATENA
