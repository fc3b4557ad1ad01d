"""Court decisions, statutes and law-review conventions.

- a reporter citation `Party v. Party, Vol Rep. Page, Pin (Court Year)` is a court decision (title the case name,
  container the reporter as written, pages first page and pinpoint); a party name without a reporter is no case;
- a court decision named by kind and number (`Decision No. 6-P of 19 March 2014`) is titled `Decision No. 6-P`;
- a section of a US act as the US Code prints it (`Taiwan Relations Act - Sec. 3301. …`): the act is the title,
  never an author, and the section heading is no publisher; Russian acts in a declined kind (`Федеральным законом`);
- a Bluebook chapter (`…, in Book 3, 8 (eds., 1980)`) is no journal article; court exhibit numbers after a work
  (`(甲A211)`) are no publisher.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citations.fields import (
    without_exhibit_numbers,
)
from pipeline.extractors.citations.legal import RU_STATUTE

from .helpers import assert_fields, parse, rows
from .sources import FREEWECHAT, GLOBALAUTHORID_R13, RIYU, SAKHA, TATARSTAN, ZSCCS


def test_ru_statute_declined_kind() -> None:
    # https://www.consultant.ru/document/cons_doc_LAW_194866/39955f797df332b9ea30ee879d5ff4d51fe76d1c/
    match = RU_STATUTE.search(
        "Редакция подготовлена на основе изменений, внесенных Федеральным законом от 02.03.2016 N 45-ФЗ."
    )
    assert match and match.group("number") == "45-ФЗ" and match.group("date") == "02.03.2016"


def test_bluebook_chapter_is_not_an_article() -> None:
    """`…, in Book 3, 8 (eds., 1980)` is a chapter in a book, not volume + journal + page.
    https://paperzz.com/doc/8327648/the-really-new-property---robert-h.-mckinney-school-of-law (note 1)"""
    citation = parse(
        "Kenneth R. Minogue, The Concept of Property and Its Contemporary Significance, in NOMOS XXII: Property 3, 8 "
        "(J. Roland Pennock & John W. Chapman eds., 1980)."
    )
    assert citation.container != "NOMOS XXII: Property"
    assert citation.type != "journal article"


BLUEBOOK_CASES = [
    # https://docslib.org/doc/5312990/bluebook-guide-20th-ed-powerpoint-from-penn-state-law (R10, footnote form)
    (
        "S. Pac. Co. v. Jensen, 244 U.S. 205, 225-26 (1917).",
        {"title": "S. Pac. Co. v. Jensen", "container": "U.S.", "date": "1917", "pages": "205, 225-26"},
    ),
    # https://ranchopirataidol.pages.dev/709835.html (United States Reports, with a pinpoint)
    (
        "Roe v. Wade, 410 U.S. 113, 164 (1973)",
        {"title": "Roe v. Wade", "container": "U.S.", "date": "1973", "pages": "113, 164", "volume": "410"},
    ),
    # https://skillmd.ai/skills/bluebook (Rule 10.1 basic form)
    (
        "Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
        {"title": "Brown v. Board of Education", "container": "U.S.", "date": "1954", "type": "court decision"},
    ),
]


def test_a_party_name_without_reporter_is_no_case() -> None:
    # https://docslib.org/doc/3232488/goodbye-to-the-bluebook (a law-review article, not a case)
    citation = parse('Richard A. Posner, "Goodbye to the Bluebook," 53 University of Chicago Law Review 1343 (1986).')
    assert citation.type != "court decision"


DECISIONS = [
    # https://lawsdocbox.com/amp/67578132-Legal_Issues/... (the list of the court's English judgments:
    # `Judgment of 27 February 2009 No. 4-П`), cited with its gazette (constructed note)
    (
        "Judgment of 27 February 2009 No. 4-P, Rossiyskaya Gazeta, 11 March 2009.",
        {"type": "court decision", "title": "Judgment No. 4-P", "number": "4-P", "container": "Rossiyskaya Gazeta"},
    ),
    # same list: `JUDGMENT No. 12-П/2016 OF 19 APRIL 2016` in title case (constructed note)
    (
        "Judgment No. 12-P/2016 of 19 April 2016.",
        {"type": "court decision", "title": "Judgment No. 12-P/2016", "date": "2016-04-19"},
    ),
]


# (text, title)
STATUTE_SECTIONS = [
    (  # constructed on the section lines of https://www.gpo.gov/fdsys/pkg/USCODE-2010-title22/html/USCODE-2010-title22-chap32.htm
        "Foreign Assistance Act of 1961 - Sec. 2151. Congressional findings and declaration of policy.",
        "Foreign Assistance Act of 1961",
    ),
    (  # the same page's form with an en dash and a lettered section number (Sec. 2151a)
        "Foreign Assistance Act – Sec. 2151a. Agricultural development in rural areas. (a)",
        "Foreign Assistance Act",
    ),
]


TOKYO2 = "https://www.call4.jp/file/pdf/202603/799ac80112152f95336cf1db25fe61bf.pdf"  # 東京二次 上告理由書


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        (TOKYO2, "大林啓吾ら『憲法判例のエニグマ』(甲A361)[46頁]", "大林啓吾ら『憲法判例のエニグマ』[46頁]"),
        (
            RIYU,
            "山崎耕史「戸籍行政をめぐる現下の諸問題について」戸籍時報739号(2016年)(甲A13)43頁参照。",
            "山崎耕史「戸籍行政をめぐる現下の諸問題について」戸籍時報739号(2016年)43頁参照。",
        ),
        ("constructed", "『憲法(第3版)』(有斐閣)", "『憲法(第3版)』(有斐閣)"),
    ],
)
def test_exhibit_numbers(source, text, expected):
    assert without_exhibit_numbers(text) == expected, source


# Whole notes sampled from public pages: every field the parser must read from each. The rows keep characters
# as typed (`№`, `Ⅰ`, `…`) and are parsed without NFKC.
# (note, fields), the source in the comment above the row
SAMPLED_NOTES = [
    (  # [rg] a Constitutional Court ruling: issuer between the kind and `от`, `N` for `№`
        'Постановление Конституционного Суда Российской Федерации от 16 ноября 2018 г. N 43-П "по делу о '
        "проверке конституционности части первой статьи 44 Гражданского процессуального кодекса Российской "
        'Федерации в связи с жалобами граждан А.Б. Болчинского и Б.А. Болчинского"',
        {
            "type": "court decision",
            "number": "43-П",
            "date": "2018-11-16",
            "container": None,
            "title": "по делу о проверке конституционности части первой статьи 44 Гражданского процессуального "
            "кодекса Российской Федерации в связи с жалобами граждан А.Б. Болчинского и Б.А. Болчинского",
        },
    ),
    # GAZETTE item lists (`Ст.2954, 2955`): a statute, no pages
    # https://smekni.com/a/29240-8/osnovnye-napravleniya-razvitiya-prava-rossiyskoy-federatsii-8
    (
        "СЗ РФ. 1996. № 25. Ст.2954, 2955.",
        {"type": "statute", "container": "СЗ РФ", "date": "1996", "pages": None, "number": "Ст.2954, 2955"},
    ),
    # https://ukrbukva.net/page,20,2341-Konstitucionnoe-pravo.html
    (
        "ВВС. 1992. № 42. Ст.2319, 2322, 2328, 2325.",
        {"type": "statute", "container": "ВВС", "date": "1992", "title": None, "authors": []},
    ),
    # Russian statutes in a list of amending acts: `N` for `№`, no title; declined kind (`Федеральным законом`).
    # https://nkrfkod.ru/statja-233/
    (
        "Федеральный закон от 19.07.2009 N 202-ФЗ.",
        {"type": "statute", "number": "202-ФЗ", "date": "2009-07-19", "title": None},
    ),
    # A Japanese law report by abbreviation: expanded, a decision, volume/issue/page (`1673 頁` is no year).
    # https://paperzz.com/doc/5749465/ (京都大学図書館 判例のさがし方: `最判平成9年 4 月 2 日 民集 51 巻 4 号 1673 頁`)
    (
        "民集 51 巻 4 号 1673 頁",
        {"container": "最高裁判所民事判例集", "type": "court decision", "volume": "51", "issue": "4", "pages": "1673"},
    ),
    (  # WORK5, item 2: the wording in force between the number and the title (legal databases' form)
        "Закон РФ от 26.06.1992 N 3132-1 (ред. от 08.12.2020, с изм. от 30.12.2020) «О статусе судей в Российской "
        "Федерации»",
        {
            "type": "statute",
            "title": "О статусе судей в Российской Федерации",
            "date": "1992-06-26",
            "number": "3132-1",
        },
    ),
    (  # WORK5, item 3
        "Федеральный конституционный закон от 31.12.1996 N 1-ФКЗ (ред. от 08.12.2020) «О судебной системе "
        "Российской Федерации»",
        {"type": "statute", "title": "О судебной системе Российской Федерации", "number": "1-ФКЗ"},
    ),
]


# (source, note, fields)
SAMPLED_NOTES_WITH_SOURCE = [
    (
        f"CONSTRUCTED around the real case name of {FREEWECHAT}",
        "「汪俊杰与俞玉龙、颜志芳民间借贷纠纷案」『最高人民法院公报』2021年第1期,20頁。",
        {
            "type": "court decision",
            "title": "汪俊杰与俞玉龙、颜志芳民间借贷纠纷案",
            "container": "最高人民法院公报",
            "publisher": None,
            "date": "2021",
            "issue": "1",
            "pages": "20",
        },
    ),
    (
        "CONSTRUCTED (`甲诉乙…案`, Chinese case-name form)",
        "「李某诉北京某房地产开发有限公司商品房买卖合同案」『最高人民法院公报』2015年第3期,40頁。",
        {"type": "court decision"},
    ),
    (
        SAKHA,
        "Указ Президента РФ от 02.04.2013 N 309 (ред. от 09.10.2017)",
        {"type": "statute", "title": None, "date": "2013-04-02", "number": "309"},
    ),
    (
        TATARSTAN,
        "Постановление Правительства Российской Федерации от 2.11.2021 №1909 (в редакции от 24.06.2023 N 1026)",
        {"type": "statute", "title": None, "date": "2021-11-02", "number": "1909"},
    ),
    (
        ZSCCS,
        "Распоряжение Правительства РФ №2042-р от 29.09.2016 года",
        {"type": "statute", "title": None, "date": "2016-09-29", "number": "2042-р"},
    ),
    (
        GLOBALAUTHORID_R13,
        "Sobranie zakonodatel ’stva RF (Collection of Legislation of the Russian Federation), 2023, No. 22, article "
        "3964, available at: http://www.pravo.gov.ru, 25.05.2023.",
        {
            "type": "statute",
            "title": None,
            "container": "Sobranie zakonodatel ’stva RF",
            "date": "2023-05-25",
            "url": "http://www.pravo.gov.ru",
            "number": "article 3964",
        },
    ),
]


FIELD_ROWS = [
    # bluebook cases
    *rows(BLUEBOOK_CASES, ("note", "expected")),
    # court decision by number
    *rows(DECISIONS, ("note", "expected")),
    # us act section is a statute titled by the act
    *rows(STATUTE_SECTIONS, ("note", "title"), authors=[], publisher=None, type="statute"),
    *rows(SAMPLED_NOTES, ("note", "expected")),
    *rows(SAMPLED_NOTES_WITH_SOURCE, ("source", "note", "expected")),
]


@pytest.mark.parametrize(
    ("source", "note", "expected", "normalise"), FIELD_ROWS, ids=[row[1][:40] for row in FIELD_ROWS]
)
def test_fields(source: str, note: str, expected: dict, normalise: bool) -> None:
    assert_fields(parse(note, normalise=normalise), expected, source)
