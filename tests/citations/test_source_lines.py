"""Source lines of web pages and blogs (pipeline.extractors.citations.source_lines), one table per shape.

Rows marked `constructed` are written on the pattern of the real line named beside them (no second real page of
that shape was found within the round); the others are real lines from pages outside the gold.
"""

from __future__ import annotations

import pytest

from tests.citations.helpers import assert_fields, parse

# (note, expected fields, source)
CREDITS = [
    (
        "(astv.ru 2022/3/30)",
        {"type": "news", "container": "astv.ru", "date": "2022-03-30", "title": None},
        "https://moto-tomin2sei.hatenablog.com/archive/2022/03/30",
    ),
    (
        "(タス通信 2022年9月5日)",
        {"type": "news", "container": "タス通信", "date": "2022-09-05"},
        "constructed on the astv.ru credit above",
    ),
    (
        "(JOGMEC石油天然ガスニュース第12号より)",
        {"type": "journal article", "container": "JOGMEC石油天然ガスニュース", "title": None},
        "constructed on a blog's newsletter credit (`(…通信1425号より)`)",
    ),
    (
        "2023年1月5日付 Haaretz 紙",
        {"type": "news", "container": "Haaretz", "date": "2023-01-05", "title": None},
        "constructed on the dateline of TUFS 日本語で読む中東メディア (http://www.tufs.ac.jp/common/prmeis/)",
    ),
]

HEADERS = [
    (
        "北方領土で軍事演習 官房長官「遺憾」 Yahoo!ニュース 9/6(火) 11:30配信",
        {"type": "news", "container": "Yahoo!ニュース", "date": None, "title": "北方領土で軍事演習 官房長官「遺憾」"},
        "constructed on Yahoo!ニュース's delivery stamp (headlines.yahoo.co.jp items)",
    ),
    (
        "国境のまちの声 [山田太郎 北海道大学教授] 北海道新聞 | 2021年2月7日18:31",
        {
            "type": "news",
            "authors": ["山田太郎"],
            "title": "国境のまちの声",
            "container": "北海道新聞",
            "date": "2021-02-07",
        },
        "constructed on a regional paper's column header (kumanichi.com articles)",
    ),
    (
        "https://jp.sputniknews.com/politics/202009017738053/ 2020年9月1日, 18:05",
        {"type": "news", "date": "2020-09-01", "url": "https://jp.sputniknews.com/politics/202009017738053/"},
        "URL from http://jhfk1413.blog.fc2.com/blog-category-65.html; the stamp constructed on sputnik's",
    ),
]

RECORDS = [
    (
        "東 昭孝 大学向けポータルサイト利用促進に資する汎用データウェアハウス機能の実現 学位授与機関 金沢大学 "
        "学位授与番号 13301甲第4571号 URL http://hdl.handle.net/2297/48058",
        {
            "type": "thesis",
            "authors": ["東 昭孝"],
            "title": "大学向けポータルサイト利用促進に資する汎用データウェアハウス機能の実現",
            "publisher": "金沢大学",
            "url": "http://hdl.handle.net/2297/48058",
        },
        "the record of https://123deta.com/document/y96m51rw- (学位授与番号 13301甲第4571号), its fields in the "
        "JAIRO order with the 学位授与機関 label (constructed order)",
    ),
    (
        "出典:日本ユネスコ協会連盟(NFUAJ) www.unesco.or.jp",
        {"type": "web page", "authors": ["日本ユネスコ協会連盟"], "url": "www.unesco.or.jp", "title": None},
        "constructed on a blog's 出典 line for a body's site",
    ),
    (
        "日露関係を動かすために今できること 佐藤 優",
        {"type": "web page", "title": "日露関係を動かすために今できること", "authors": ["佐藤 優"]},
        "constructed on 現代ビジネス's article header (gendai.ismedia.jp)",
    ),
    (
        "参考リンクhttps://news.yahoo.co.jp/articles/0123456789abcdef",
        {"type": "web page", "title": None, "url": "https://news.yahoo.co.jp/articles/0123456789abcdef"},
        "constructed on a news page's 参考リンク heading",
    ),
    (
        "ICC(国際刑事裁判所)とは - 衆議院",
        {"type": "web page", "title": "ICC(国際刑事裁判所)とは", "container": "衆議院"},
        "constructed on a page title with its site (the house of the Diet as the site)",
    ),
]

# Notes in a bibliographic style that must keep their readings (none of the shapes above).
UNCHANGED = [
    (
        "兵頭慎治「第 6 章 ロシアから見た露朝関係の現状と展望」防衛研究所編『東アジア戦略概観 2007』2007, p.94.",
        {"type": "chapter", "authors": ["兵頭慎治"]},
        "issue 6 (NDL report note)",
    ),
    (
        "和田春樹『北方領土問題』朝日新聞社、1999年、45頁。",
        {"type": "book", "authors": ["和田春樹"], "title": "北方領土問題"},
        "constructed on the Japanese book style of issue 6",
    ),
]


@pytest.mark.parametrize(("note", "expected", "source"), CREDITS + HEADERS + RECORDS + UNCHANGED)
def test_source_line(note: str, expected: dict, source: str) -> None:
    assert_fields(parse(note), expected, source)
