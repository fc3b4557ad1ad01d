"""Round 10 of the citation rules: heldout9 error classes.

Rules: several GOST authors before the title (`А.Н., Пиголкин А.С. и др.`, spaced initials `F. M.`); a textbook
label with its audience (`: учебник для вузов`) is not title; an abbreviated GOST host runs to the year
(`// Изв. вузов. Правоведение. 1994.`); a publisher ending in a one-letter abbreviation keeps its period;
transliterated `M., 2004. S. 172.` (Latin city and page mark); Vancouver journal titles ending in `?` and
Vancouver chapters (`In: …, editors. Book. Place: Publisher; Year. p. x-y.`, a `Chapter 1` label dropped); a
bracketed access date glued to a URL (`…htm[2020-04-20]`).
Every note below is quoted from a public page other than the gold texts (URL above it).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citation_fields import find_accessed, find_pages, find_url
from pipeline.extractors.citation_styles import leftover_publisher, without_edition
from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation


def parse(text: str) -> Citation:
    return parse_citation(text, "C1", "1", 0)


STUDINFO = "https://studinfo.net/72915t1"
SCRIBD_LIST = "https://ru.scribd.com/document/564313968/ (Список литературы)"
GRAFIATI = "https://www.grafiati.com/pl/info/vancouver/book-part/"
NEWCASTLE = "https://libguides.newcastle.edu.au/vancouver/chapters"
BIO_REPORTS = "https://bio-reports.org/guidelines/bibliography"
UKRBUKVA = "https://ukrbukva.net/page,14,95640-Gosudarstvo-i-religioznye-organizacii.html"
GEUM = "http://geum.ru/next/art-74493.leaf-9.php"

CASES = [
    (  # STUDINFO: two authors before the title; a textbook label with its audience
        "Лазарев В.В., Липень С.В. Теория государства и права: Учебник для высших учебных заведений. - М., 2005.",
        {
            "authors": ["Лазарев В.В.", "Липень С.В."],
            "title": "Теория государства и права",
            "date": "2005",
            "type": "book",
        },
    ),
    (  # SCRIBD_LIST, item 20: `: Учебник для вузов` is not title
        "Черданцев А.Ф. Теория государства и права: Учебник для вузов. – М.: Юрайт – М, 2001. – 432 с.",
        {"authors": ["Черданцев А.Ф."], "title": "Теория государства и права", "date": "2001"},
    ),
    (  # STUDINFO: one author, `М.` the city
        "Лифшиц Р.З. Современная теория права. - М., 1992",
        {
            "authors": ["Лифшиц Р.З."],
            "title": "Современная теория права",
            "date": "1992",
            "publisher": None,
            "type": "book",
        },
    ),
    (  # GRAFIATI: Vancouver chapter with one editor, place with a state
        "Le Pelley ME, Griffiths O, Beesley T. Associative accounts of casual cognition. In: Waldmann MR, editor. "
        "The Oxford handbook of casual reasoning. New York (NY): Oxford University Press; 2017. p. 13-28.",
        {
            "type": "chapter",
            "authors": ["Le Pelley ME", "Griffiths O", "Beesley T"],
            "title": "Associative accounts of casual cognition",
            "editor": "Waldmann MR",
            "container": "The Oxford handbook of casual reasoning",
            "publisher": "Oxford University Press",
            "date": "2017",
            "pages": "13-28",
        },
    ),
    (  # NEWCASTLE: Vancouver chapter, edition after the book title
        "Phillips SJ, Whisnant JP. Hypertension and stroke. In: Laragh JH, Brenner BM, editors. Hypertension: "
        "pathophysiology, diagnosis, and management. 2nd ed. New York: Raven Press; 1995. p. 465-78.",
        {
            "type": "chapter",
            "authors": ["Phillips SJ", "Whisnant JP"],
            "title": "Hypertension and stroke",
            "editor": "Laragh JH, Brenner BM",
            "container": "Hypertension: pathophysiology, diagnosis, and management",
            "publisher": "Raven Press",
            "date": "1995",
            "pages": "465-78",
        },
    ),
    (  # BIO_REPORTS: Vancouver journal article (spaces after `;` and `:`)
        "Smith J, Doe A, Johnson B. Cardiovascular disease in diabetic patients. "
        "J Cardiovasc Med. 2023; 15(3): 123-130.",
        {
            "type": "journal article",
            "authors": ["Smith J", "Doe A", "Johnson B"],
            "title": "Cardiovascular disease in diabetic patients",
            "container": "J Cardiovasc Med",
            "date": "2023",
            "pages": "123-130",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_round10_notes(text: str, expected: dict) -> None:
    citation = parse(text)
    for key, value in expected.items():
        assert getattr(citation, key) == value, (key, getattr(citation, key))


def test_abbreviated_gost_host_runs_to_the_year() -> None:
    # GEUM, item 7: `// СЗ РФ. 2000. № 52` — an abbreviated host; its name ends before the year
    citation = parse("ФКЗ «О Государственном флаге Российской Федерации» от 25 декабря 2000 г. // СЗ РФ. 2000. № 52.")
    assert citation.container == "СЗ РФ"


def test_question_mark_ends_a_vancouver_title() -> None:
    # NEWCASTLE (articles): "End a title with a period unless a question mark … already ends it"; the mark stays.
    # Weak evidence: the only real note found is Koh's article, which heldout9 also cites (here in the NLM
    # abbreviated form, not the gold's bmj export).
    citation = parse("Koh HH. Why do nations obey international law? Yale Law J. 1996;106:2599-659.")
    assert (citation.title, citation.container, citation.pages) == (
        "Why do nations obey international law?",
        "Yale Law J",
        "2599-659",
    )


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("Rayanov F. M. Vvedenie v pravovoe gosudarstvo. Ufa, 2004. S. 9.", "9"),  # UKRBUKVA, transliterated
        ("Einführung, S. 12-15.", "12-15"),  # German `Seite`
        ("Steps. 12.", None),  # a capital S ending a word is no page mark
    ],
)
def test_latin_s_page_mark(text: str, pages: str | None) -> None:
    assert find_pages(text)[0] == pages


def test_bracketed_access_date_glued_to_url() -> None:
    text = "外務省『外交青書』、https://www.mofa.go.jp/mofaj/gaiko/bluebook/index.html[2021-05-10]。"
    assert find_url(text)[0] == "https://www.mofa.go.jp/mofaj/gaiko/bluebook/index.html"
    assert find_accessed(text, online=True)[0] == "2021-05-10"
    assert find_url("https://example.org/a?q=x[a b")[0] == "https://example.org/a?q=x[a"  # no date: `[` stays


def test_transliterated_moscow_is_the_city() -> None:
    # UKRBUKVA notes `Лівшиць Р.З. Теорія права. М., 2004. С. 3.` and `Матузов Н.І., Малько А.В. Теорія держави і
    # права: Курс лекцій. М., 1997. С. 26.`, transliterated here as Latin reference lists write them (weak evidence:
    # no transliterated original was found in the corpus)
    citation = parse("Livshits R. Z. Teoriya prava. M., 2004. S. 3.")
    assert (citation.authors, citation.title, citation.publisher, citation.date, citation.pages) == (
        ["Livshits R. Z."],
        "Teoriya prava",
        None,
        "2004",
        "3",
    )
    citation = parse("Matuzov N. I., Mal'ko A. V. Teoriya gosudarstva i prava: Kurs lekciy. M., 1997. S. 26.")
    assert (citation.authors, citation.date, citation.pages) == (["Matuzov N. I.", "Mal'ko A. V."], "1997", "26")


ANYFLIP_KLABBERS = "https://anyflip.com/pcedn/xsvj/basic/301-342"  # entries of that list not in the gold
MALTA = "http://maltapfi.org/courses/methodology/"
HARTS = "http://www.oxforddictionaries.com/secondary/harts_rules/18-2-books"
GOO_FOOTNOTE = "https://blog.goo.ne.jp/arena8order/e/7273f28b5f7275a72f24a197bbaacd20"

HUMANITIES = [
    (  # ANYFLIP_KLABBERS: inverted editor, co-editor after `and` in natural order, role after both
        "Dunoff, Jeffrey L. and Joel P. Trachtman (eds.), Ruling the World? Constitutionalism, International Law, "
        "and Global Governance (Cambridge University Press, 2009).",
        {
            "authors": [],
            "editor": "Dunoff, Jeffrey L. and Joel P. Trachtman",
            "publisher": "Cambridge University Press",
            "title": "Ruling the World? Constitutionalism, International Law, and Global Governance",
        },
    ),
    (  # ANYFLIP_KLABBERS: initials as given names, co-author after `and`; the edition is not title
        "Diederiks-Verschoor, I. H. Ph. and V. Kopal, An Introduction to Space Law, 3rd edn (Alphen aan den Rijn: "
        "Kluwer Law International, 2008).",
        {
            "authors": ["Diederiks-Verschoor, I. H. Ph.", "V. Kopal"],
            "title": "An Introduction to Space Law",
            "publisher": "Kluwer Law International",
            "date": "2008",
        },
    ),
    (  # ANYFLIP_KLABBERS: one inverted author, a reprint year in brackets
        "Dewey, John, The Public and its Problems (Athens, OH: Swallow Press, 1954 [1927]).",
        {
            "authors": ["Dewey, John"],
            "title": "The Public and its Problems",
            "publisher": "Swallow Press",
            "date": "1954",
        },
    ),
    (  # MALTA: a chapter, editor after `in`
        "Shearman, John, ‘The Vatican Stanze: Functions and Decoration’, in George Holmes, ed., Art and Politics in "
        "Renaissance Italy (Oxford: Oxford University Press, 1993), 185–240.",
        {
            "type": "chapter",
            "title": "The Vatican Stanze: Functions and Decoration",
            "container": "Art and Politics in Renaissance Italy",
            "pages": "185-240",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), HUMANITIES, ids=[c[0][:40] for c in HUMANITIES])
def test_round10_humanities(text: str, expected: dict) -> None:
    citation = parse(text)
    for key, value in expected.items():
        assert getattr(citation, key) == value, (key, getattr(citation, key))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # HARTS 18.2.1: `…, new edn` closes the title
        (
            "William Tyndale: A Contribution to the Early History of the English Bible, new edn",
            "William Tyndale: A Contribution to the Early History of the English Bible",
        ),
        ("International Law, 3rd edn", "International Law"),
        ("Law, Power, and Edition", "Law, Power, and Edition"),  # a word, not an edition statement
    ],
)
def test_without_edition(title: str, expected: str) -> None:
    assert without_edition(title) == expected


def test_bracketed_volume_is_no_publisher() -> None:
    # GOO_FOOTNOTE: `『100人の20世紀(下)』(57)…2001年、朝日文庫` — the bracketed number after the title is a volume
    assert leftover_publisher("(57)、朝日文庫、") == "朝日文庫"
    assert leftover_publisher("(下)、TBSブリタニカ、") == "TBSブリタニカ"
