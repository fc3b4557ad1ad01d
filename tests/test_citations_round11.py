"""Round 11 of the citation rules: error classes of a fresh sample of unseen notes (/work/notes/cit_fresh).

Rules: GOST's statement of responsibility after a slash typed without its leading space (`словарь/ Под ред.`);
other title information after a colon runs to the end of the title area, with parts and an edition statement
typed without `. – ` (`: Учебник для 10 кл. … В 2 ч`, `: Учебник для вузов. 2-е изд, изм. и доп.`); two
publishers after the place (`М.: Норма: ИНФРА-М`, `М.: ЮНИТИ-ДАНА, Закон и право`); a statute's wording in
force before its title (`N 3132-1 (ред. от 08.12.2020) «…»`); Bluebook newspaper articles
(`Title, N.Y. Times (June 1, 2017)`), acronym journals (`98 AJIL 200`) and explanatory parentheticals
(`(review essay)`); OSCOLA's imprint without a comma (`(Dundee University Press 2010) 132`, a title alone before
it); a serial's frequency (`(有斐閣 年刊)`) and a volume part (`第1巻第1部`) are no publisher; a public library's
call number (`【210.59/100N】`); Wikipedia's cite web with site and publisher (`研究室. 神戸大学. …閲覧。`); the
signal `Also see,`; a page range closed by `p` (`75-76p`); a year between an article's title and its journal
(`「…」2000年(『…』)`).
Every note below is quoted from a public page other than the gold texts (URL above it).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citation_fields import find_pages
from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation


def parse(text: str) -> Citation:
    return parse_citation(text, "C1", "1", 0)


SCRIBD_LIST = "https://ru.scribd.com/document/564313968/ (Список литературы)"
WORK5 = "https://work5.ru/gotovye-raboty/190802"
CAMBRIDGE_MULTILATERALISM = (
    "https://www.cambridge.org/core/journals/american-journal-of-international-law/article/"
    "multilateralisms-life-cycle/49343526DF8DD1B9C3834F0577C03B98"
)
CAMBRIDGE_CENTURY = (
    "https://www.cambridge.org/core/journals/american-journal-of-international-law/article/"
    "appraising-a-century-of-scholarship-in-the-american-journal-of-international-law/7F034E2E9C3597BFA2E24C810EE336BB"
)
STUDYLIB_OSCOLA = "https://studylib.net/doc/18189723/example-bibliography"
MEIJIGAKUIN = "https://libhb.meijigakuin.ac.jp/331"
CRD_NDL = "http://crd.ndl.go.jp/reference/detail?page=ref_view&id=1000077570"
GLOBALAUTHORID = "http://globalauthorid.com/WebPortal/ArticleView?wd=CB4C915F9FFC57996AC0137CF0EBF325B338542923E3A024"
AKARINOHON = "https://akarinohon.com/text/taketori.cgi/ja.wikipedia.org/wiki/日本国王 (Wikipedia 日本国王 notes)"
WIKIPEDIA_COPY = "https://http476386114.com/category/法律的な話し/国際法、関連 (Wikipedia 国際法 notes)"

CASES = [
    (  # SCRIBD_LIST, item 21: `/` after the title without a space before it
        "Юридический словарь/ Под ред. А.Н. Азрилияна. – М.: Институт новой экономики, 2007. – 1152 с.",
        {"authors": [], "title": "Юридический словарь", "publisher": "Институт новой экономики", "date": "2007"},
    ),
    (  # SCRIBD_LIST, item 11: the genre label, the audience and the part are no title
        "Певцова Е.А. Право: Основы правовой культуры: Учебник для 10 кл. общеобразовательных учреждений. "
        "В 2 ч. Ч. 2. – 2-е изд. – М.: ООО «Тид Русское слово – РС», 2006. – 224 с.",
        {"authors": ["Певцова Е.А."], "title": "Право: Основы правовой культуры", "date": "2006"},
    ),
    (  # SCRIBD_LIST, item 17: an edition statement in the title area, a publisher group's name
        "Теория государства и права: Учебник для вузов. 2-е изд, изм. и доп./ Под ред. проф. В.М. Корельского и "
        "проф. В.Д. Перевалова. – М.: Издательская группа НОРМА-ИНФРА-М, 2000. – 616 с.",
        {
            "title": "Теория государства и права",
            "publisher": "Издательская группа НОРМА-ИНФРА-М",
            "date": "2000",
            "type": "book",
        },
    ),
    (  # SCRIBD_LIST, item 16: two publishers joined by a comma
        "Теория государства и права: Учебник для вузов/ Под ред. М.М. Рассолова, В.О. Лучина, Б.С. Эбзеева. – М.: "
        "ЮНИТИ-ДАНА, Закон и право, 2001. – 640 с.",
        {"title": "Теория государства и права", "publisher": "ЮНИТИ-ДАНА, Закон и право", "date": "2001"},
    ),
    (  # SCRIBD_LIST, item 15: two publishers joined by a colon
        "Теория государства и права: Учебник/ Под ред. В.Я. Кикотя, В.В. Лазарева, – 3-е изд., перераб. и доп. – "
        "М.: ИД «ФОРУМ»: ИНФРА-М, 2008. – 624 с.",
        {"title": "Теория государства и права", "publisher": "ИД «ФОРУМ»: ИНФРА-М", "date": "2008"},
    ),
    (  # WORK5, item 8
        "Кулапов, В. Л. Теория государства и права: Учебник / В.Л. Кулапов, А.В. Малько; Саратовский филиал "
        "Института государства и права РАН. — М.: Норма: ИНФРА-М, 2018. — 384 с.",
        {"authors": ["Кулапов, В. Л."], "title": "Теория государства и права", "publisher": "Норма: ИНФРА-М"},
    ),
    (  # WORK5, item 5: `: Курс лекций` and a year closed by a dash without a period
        "Воротников, А. А. Теория государства и права: Курс лекций / Под ред. Н.И.Матузова, А.В.Малько; РАН. "
        "Саратовский филиал Института государства и права. — 3-e изд., перераб. и доп. — М.: Норма: НИЦ ИНФРА-М, "
        "2019 — 640с.",
        {"title": "Теория государства и права", "publisher": "Норма: НИЦ ИНФРА-М", "date": "2019"},
    ),
    (  # WORK5, item 4: one publisher, the extent after the year is no second one
        "Венгеров, А. Б. Теория государства и права: Учебник для юридических вузов. — М.: Юрайт, 2018. -367 с.",
        {"authors": ["Венгеров, А. Б."], "title": "Теория государства и права", "publisher": "Юрайт"},
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
    (  # CAMBRIDGE_MULTILATERALISM, note 1: Bluebook newspaper article (names inverted by the reference list)
        "Shear, Michael D., Trump Will Withdraw U.S. From Paris Climate Agreement , N.Y. Times (June 1, 2017).",
        {
            "authors": ["Shear, Michael D."],
            "title": "Trump Will Withdraw U.S. From Paris Climate Agreement",
            "container": "N.Y. Times",
            "publisher": None,
            "date": "2017-06-01",
            "type": "news",
        },
    ),
    (  # CAMBRIDGE_MULTILATERALISM, note 2: three inverted names joined by `,` and `&`
        "Ashthana, Anushka, Quinn, Ben & Mason, Rowena, UK Votes to Leave EU After Dramatic Night Divides Nation , "
        "Guardian (June 24, 2016).",
        {
            "authors": ["Ashthana, Anushka", "Quinn, Ben", "Mason, Rowena"],
            "title": "UK Votes to Leave EU After Dramatic Night Divides Nation",
            "container": "Guardian",
            "date": "2016-06-24",
        },
    ),
    (  # CAMBRIDGE_CENTURY, note 3 (the name in the footnote's own order; the reference list inverts it):
        # an acronym journal and an explanatory parenthetical
        "David J. Bederman, International Law Casebooks: Tradition, Revision, and Pedagogy, 98 AJIL 200, 200 (2004) "
        "(review essay).",
        {
            "authors": ["David J. Bederman"],
            "title": "International Law Casebooks: Tradition, Revision, and Pedagogy",
            "container": "AJIL",
            "pages": "200",
            "date": "2004",
            "type": "journal article",
        },
    ),
    (  # STUDYLIB_OSCOLA: OSCOLA book, no comma before the year, bare pinpoint
        "Hong-Lin Yu, Commercial arbitration: the Scottish and international perspectives (Dundee University Press "
        "2010) 132.",
        {
            "authors": ["Hong-Lin Yu"],
            "title": "Commercial arbitration: the Scottish and international perspectives",
            "publisher": "Dundee University Press",
            "date": "2010",
            "pages": "132",
            "type": "book",
        },
    ),
    (  # MEIJIGAKUIN: a title and its imprint, no author
        "Multilateral treaties : index and current status (Butterworths 1984)",
        {
            "authors": [],
            "title": "Multilateral treaties : index and current status",
            "publisher": "Butterworths",
            "date": "1984",
        },
    ),
    (  # MEIJIGAKUIN: how often a serial appears is no part of the publisher
        "『国際条約集』(有斐閣 年刊)",
        {"title": "国際条約集", "publisher": "有斐閣", "date": None, "type": "book"},
    ),
    (  # MEIJIGAKUIN: the year form still reads as before
        "『軍縮条約・資料集』(有信堂高文社 2009)",
        {"title": "軍縮条約・資料集", "publisher": "有信堂高文社", "date": "2009"},
    ),
    (  # CRD_NDL: a public library's call number, then nothing of it left in the publisher
        "『維新とフランス』東京大学総合研究博物館 2009.4【210.59/100N】",
        {
            "title": "維新とフランス",
            "publisher": "東京大学総合研究博物館",
            "date": "2009-04",
            "call_number": "210.59/100N",
        },
    ),
    (  # CRD_NDL: a volume part after the title is no publisher
        "『旧条約彙纂』第1巻第1部(外務省条約局 1930)813-830頁「日本国佛蘭西国修好通商条約」",
        {"title": "旧条約彙纂", "publisher": "外務省条約局", "date": "1930", "pages": "813-830"},
    ),
    (  # WIKIPEDIA_COPY: cite web with a site and a publisher
        "柴田明穂. “北極と南極をめぐる領有権問題” (PDF). 柴田明穂国際法研究室. 神戸大学. 2012年5月30日閲覧。",
        {
            "authors": ["柴田明穂"],
            "title": "北極と南極をめぐる領有権問題",
            "container": "柴田明穂国際法研究室",
            "publisher": "神戸大学",
            "accessed": "2012-05-30",
            "type": "web page",
        },
    ),
]


CASES += [
    (  # GLOBALAUTHORID, note 3: the signal `Also see,` is no author
        "Also see, James P. Piscatori, “The Contribution of International Law to International Relations,” "
        "International Affairs (Royal Institute of International Affairs 1944–), Vol. 53, No. 2, April 1977, "
        "pp. 217–231;",
        {"authors": ["James P. Piscatori"], "date": "1977-04", "pages": "217-231"},
    ),
    (  # AKARINOHON, note 3: the year between the article's title and the journal
        "堀新「室町幕府外交は王権論といかに関わるのか?」2000年(『人民の歴史学145』)",
        {"authors": ["堀新"], "title": "室町幕府外交は王権論といかに関わるのか?", "date": "2000"},
    ),
    (  # AKARINOHON, note 4: a page range closed by `p`
        "桜井英治「日本の歴史12 室町人の精神」(講談社学術文庫ISBN 978-4062919128、75-76p",
        {"authors": ["桜井英治"], "pages": "75-76", "isbn": "9784062919128"},
    ),
]


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("講談社学術文庫ISBN 978-4062919128、75-76p", "75-76"),  # AKARINOHON
        ("xii, 250p.", None),  # a book's extent, not a locator
        ("1999-2001p", None),  # a span of years
    ],
)
def test_pages_closed_by_p(text: str, pages: str | None) -> None:
    assert find_pages(text)[0] == pages


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_fresh_sample_classes(text: str, expected: dict[str, object]) -> None:
    citation = parse(text)
    for name, value in expected.items():
        assert getattr(citation, name) == value, (name, getattr(citation, name))
