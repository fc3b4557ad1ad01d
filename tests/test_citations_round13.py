"""Round 13 of the citation rules: error classes of a third fresh sample (/work/notes/cit_fresh3) and the
known left-overs of round 12.

Rules: a name list closed by a bare role (`Avineri, S., and A. de-Shalit eds., Title`) or followed by one
(`…, and S. Hurley, eds. Title`) names editors, a surname may carry a joined particle (`de-Shalit`) and a stray
full stop (`H. Raiffa.,`); Russian dates as citation processors render them (`февраль 8, 2024`, `фев. 2024`,
`февраль 2026 г.`), their `сс. 76–87` pages and `просмотрено …` access date; a space typed before a comma
(`Гостев , А. Н.`); Russian acts with the number first (`№2042-р от 29.09.2016 года`) or a wording note
`(в редакции от …)`; a transliterated gazette with its English gloss and portal date; a Bluebook author whose
given name ran into the title (`Rosenne, Shabtai Forty Years On, …`); JSTOR's title qualifier kept in a journal
name; a page written `1673 頁` (the shared page reader, now also used by the periodical parser).

Each row names its source: a public page (URL), or CONSTRUCTED (a note written for the test in the style named).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citation_fields import blank_pages, find_accessed, find_date, find_pages
from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation


def parse(text: str) -> Citation:
    return parse_citation(text, "C1", "1", 0)


KSUGA = "https://www.f.waseda.jp/ksuga/thesis14.html"
KLABBERS = "https://anyflip.com/pcedn/xsvj/basic/301-342"
VAVT_TURABIAN = (
    "https://journal.vavt.ru/rfej/citationstylelanguage/get/turabian-fullnote-bibliography?publicationId=1609"
    "&submissionId=1609"
)
VAVT_IEEE = "https://journal.vavt.ru/rfej/citationstylelanguage/get/ieee?publicationId=1609&submissionId=1609"
INFOSOC = (
    "http://infosoc.iis.ru/citationstylelanguage/get/modern-language-association?publicationId=1557&submissionId=1363"
)
SAKHA = "https://sakha-ballet.ru/college/pamyatka/attachment/ukaz-prezidenta-rf-ot-02-04-2013-n-309-red-ot-09-10-2017/"
TATARSTAN = "https://mtsz.tatarstan.ru/zakonodatelnie-akti-rf.htm?pub_id=3922372"
ZSCCS = "https://zsccs.ru/archive/rasporyazhenie-pravitelstva-rf"
GLOBALAUTHORID = (
    "http://globalauthorid.com/WebPortal/ArticleView?wd=8E27BA52852666457E7BE3C6198EBDC47AB5D57D98DB7383FCD28BED0"
    "DF0D43E3C2C4FA1EBEEC324"
)
CAMBRIDGE_STAGING = (
    "https://homsy-staging.cambridgecore.org/core/journals/american-journal-of-international-law/article/"
    "appraising-a-century-of-scholarship-in-the-american-journal-of-international-law/7F034E2E9C3597BFA2E24C810EE336BB"
    " (note 2, not in the gold)"
)
GLOBALAUTHORID_CB4C = (
    "http://globalauthorid.com/WebPortal/ArticleView?wd=CB4C915F9FFC57996AC0137CF0EBF325B338542923E3A024"
)
PACT_OF_PARIS = (
    "https://core-prod.cambridgecore.org/core/journals/american-journal-of-international-law/article/"
    "meaning-of-the-pact-of-paris/3D4659A4BB83377F6B77A610CDC950E5 (note 2)"
)

# (source, note, expected fields)
CASES = [
    (
        KSUGA,
        "Avineri, S., and A. de-Shalit eds., Communitarianism and Individualism, (New York: Oxford University "
        "Press, 1992), PP.53-55.",
        {
            "authors": [],
            "editor": "Avineri, S. and A. de-Shalit",
            "title": "Communitarianism and Individualism",
            "publisher": "Oxford University Press",
            "date": "1992",
            "pages": "53-55",
        },
    ),
    (
        KSUGA,
        "Bacharach, M., and S. Hurley, eds. Foundations of Decision Theory (Oxford: Basil Blackwell, 1991), p.55.",
        {
            "authors": [],
            "editor": "Bacharach, M. and S. Hurley",
            "title": "Foundations of Decision Theory",
            "publisher": "Basil Blackwell",
            "pages": "55",
        },
    ),
    (
        KSUGA,
        "Luce, R. D., and H. Raiffa., Games and Decisions,(New York: Wiley, 1957), p.123.",
        {"authors": ["Luce, R. D.", "H. Raiffa"], "title": "Games and Decisions", "publisher": "Wiley"},
    ),
    (  # unchanged: a bracketed role after the last name, and a single inverted author
        KLABBERS,
        "Dunoff, Jeffrey L. and Joel P. Trachtman (eds.), Ruling the World? Constitutionalism, International Law, "
        "and Global Governance (Cambridge University Press, 2009).",
        {"authors": [], "editor": "Dunoff, Jeffrey L. and Joel P. Trachtman", "date": "2009"},
    ),
    (
        KLABBERS,
        "Denza, Eileen, Diplomatic Law: Commentary on the Vienna Convention on Diplomatic Relations, 2nd edn "
        "(Oxford: Clarendon Press, 2004).",
        {"authors": ["Denza, Eileen"], "editor": None, "publisher": "Clarendon Press"},
    ),
    (
        VAVT_TURABIAN,
        "Ткаченко, Ирина Юрьевна. «Проблемы развития цифровых технологий». Российский внешнеэкономический вестник, "
        "no. 9 (февраль 8, 2024): 76–87. просмотрено июль 4, 2024. https://journal.vavt.ru/rfej/article/view/1609.",
        {
            "authors": ["Ткаченко, Ирина Юрьевна"],
            "container": "Российский внешнеэкономический вестник",
            "date": "2024-02-08",
            "pages": "76-87",
            "accessed": "2024-07-04",
        },
    ),
    (
        VAVT_IEEE,
        "И. Ю. Ткаченко, «Проблемы развития цифровых технологий», rfej, вып. 9, сс. 76–87, фев. 2024.",
        {"authors": ["И. Ю. Ткаченко"], "container": "rfej", "date": "2024-02", "pages": "76-87"},
    ),
    (
        INFOSOC,
        "Гостев , А. Н., Т. С. Демченко, и М. В. Демченко. «Информационное противоборство: обоснование "
        "совершенствования нормативного правового обеспечения ». Информационное общество, вып. 1, февраль 2026 г., "
        "сс. 68-75, http://infosoc.iis.ru/article/view/1363.",
        {
            "authors": ["Гостев, А. Н.", "Т. С. Демченко", "М. В. Демченко"],
            "container": "Информационное общество",
            "date": "2026-02",
            "pages": "68-75",
        },
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
        GLOBALAUTHORID,
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
    (
        CAMBRIDGE_STAGING,
        "Richard, A. Posner The Decline of Law as an Autonomous Discipline, 1962-1987, 100 Harv. L. Rev. 761, 761 "
        "(1987)",
        {
            "authors": ["Richard, A. Posner"],
            "title": "The Decline of Law as an Autonomous Discipline, 1962-1987",
            "container": "Harv. L. Rev.",
            "date": "1987",
        },
    ),
    (  # JSTOR's title qualifier (a run of years) belongs to the journal's name
        GLOBALAUTHORID_CB4C,
        "Also see, James P. Piscatori, “The Contribution of International Law to International Relations,” "
        "International Affairs (Royal Institute of International Affairs 1944–), Vol. 53, No. 2, April 1977, "
        "pp. 217–231;",
        {
            "container": "International Affairs (Royal Institute of International Affairs 1944–)",
            "date": "1977-04",
            "pages": "217-231",
        },
    ),
    (  # a bracket without a run of years is no qualifier
        PACT_OF_PARIS,
        "Stimson, , “The Pact of Paris: Three Years of Development,” Foreign Affairs (U. S.), Sp. Supp. No. 1, "
        "Vol. 11, p. iv",
        {"title": "The Pact of Paris: Three Years of Development", "container": "Foreign Affairs"},
    ),
]


@pytest.mark.parametrize(("source", "note", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_round13_fields(source: str, note: str, expected: dict[str, object]) -> None:
    citation = parse(note)
    for field, value in expected.items():
        assert getattr(citation, field) == value, (source, field, getattr(citation, field))


# Russian month words as citation processors write them, and words that only look like a month stem.
RU_DATES = [
    ("февраль 8, 2024", "2024-02-08"),  # VAVT_TURABIAN
    ("фев. 2024", "2024-02"),  # VAVT_IEEE
    ("февраль 2026 г.", "2026-02"),  # INFOSOC
    ("машина 2012", "2012"),  # `ма` (May's stem) inside a word is no month
]


@pytest.mark.parametrize(("text", "value"), RU_DATES)
def test_russian_month_first_dates(text: str, value: str) -> None:
    assert find_date(text)[0] == value


def test_csl_russian_access_date() -> None:
    """VAVT_TURABIAN: `просмотрено июль 4, 2024` is when the page was read."""
    assert find_accessed("76–87. просмотрено июль 4, 2024. https://journal.vavt.ru/rfej/article/view/1609.")[0] == (
        "2024-07-04"
    )


# A page unit spaced off its number, as PDF text layers of Japanese papers write units (`2002 年`,
# https://keisobiblio.com/2024/05/29/atogakitachiyomi_hanreikougiminpou1).
PAGES = [
    ("CONSTRUCTED (PDF text layer)", "判例時報2345号 1673 頁", "1673"),
    ("CONSTRUCTED (PDF text layer)", "民集 62 巻 3 号 665 頁以下", "665"),
    (VAVT_IEEE, "сс. 76–87", "76-87"),
]


@pytest.mark.parametrize(("source", "text", "value"), PAGES)
def test_spaced_page_units(source: str, text: str, value: str) -> None:
    assert find_pages(text)[0] == value, source


def test_periodical_page_is_no_year() -> None:
    """The periodical parser reads pages with the shared reader: `1673 頁` stays a page, never the year 1673."""
    citation = parse("判例時報2345号 1673 頁")
    assert (citation.container, citation.pages, citation.date) == ("判例時報", "1673", None)
    assert "1673" not in blank_pages("判例時報2345号 1673 頁")
