"""Round 19 of the citation rules: error classes of the fifth fresh sample (cit_fresh5: Harvard (UK), APA 7, GOST R
7.0.5 footnotes, Japanese author-date lists).

Rules:
- Harvard (UK): an edition statement between title and imprint (`2nd edn.`, `(5th ed)`) is neither title nor
  publisher; the place before the publisher's colon is no publisher; `(eds)` before the year heads an edited book
  (editors, not authors); a chapter's `in:` may carry a colon;
- APA 7 §10.8: a preprint server (`PsyArXiv`, `engrXiv`) in the periodical's slot is the container;
- an APA author list with full given names keeps each `Surname, Given` pair after `&`;
- a URL broken by a stray space before a `/segment` is one URL;
- `2016-05-26確認` is an access date;
- a parenthesised translator statement may hold its own `(他)`: `(野口建彦(他)訳)`;
- a Japanese bare title closed by a bracketed imprint `( 岩波書店,昭和57年 )`, the era year read as the date;
- GOST: a spelled-out city before the spaced colon of the imprint; `/ А. Г. Дружинин [и др.]`; `: дис. … канд.
  … наук` and `: сайт` are other title information; a corporate body after ` / ` is the author; a statute is
  dated by its act date, not the gazette issue; a repeated footnote (§8.4: authors, title, page; or a title
  shortened by an ellipsis) repeats the full one.

Each row names its source: a public page (URL) found with the search tool (pages corpus), or "constructed" after a
rule of the page cited when no real note of the shape was found outside the blind sample's own pages.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citation_fields import find_accessed, find_url
from pipeline.extractors.citation_styles import split_western_authors
from pipeline.extractors.citations import parse_citation, resolve_back_references
from pipeline.records import Citation


def _parse(text: str, note: str = "1") -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), f"c{note}", note, 0)


HARVARD = [
    # https://intouea.com/harvard-books.html (Harvard, book with an edition statement)
    (
        "Godfrey, J. (2013) How to use your reading in your essays. 2nd edn. Basingstoke: Palgrave Macmillan.",
        {
            "authors": ["Godfrey, J."],
            "title": "How to use your reading in your essays",
            "publisher": "Palgrave Macmillan",
        },
    ),
    # https://examples-of.com/education-learning/research-paper-formats/harvard-referencing/… (edited collection)
    (
        "Johnson, A. (ed.) (2020) Educational Innovations: New Perspectives. London: Routledge.",
        {"authors": [], "editor": "Johnson, A.", "title": "Educational Innovations: New Perspectives"},
    ),
    # http://journals.warwick.ac.uk/index.php/wjett/pages/view/harvard (edited book, commas)
    (
        "Keene, E. (ed.) (1988), Natural language, Cambridge: University of Cambridge Press",
        {"authors": [], "title": "Natural language", "publisher": "University of Cambridge Press", "date": "1988"},
    ),
    # https://libguides.sgul.ac.uk/Harvard/books (Cite Them Right chapter, edition inside the book's imprint)
    (
        "Black, R.M. (2019) 'Culture, diversity and culturally effective care' in B.A. Boyt Schnell and G. Gillen "
        "(eds) Willard and Spackman's occupational therapy. 13th edn. London: Wolters Kluwer, pp. 223-239.",
        {"container": "Willard and Spackman's occupational therapy", "publisher": "Wolters Kluwer", "pages": "223-239"},
    ),
    # constructed after the chapter template `… in: Editor (ed.) Title …` of https://libguides-en.ub.uu.se/c.php?g=697643&p=5050557
    (
        "Murphy, A. (2001) 'Understanding globalism through a rural locale', in: O'Riordan, T. (ed) Globalism, "
        "localism and identity. London: Earthscan, pp.100-110.",
        {"authors": ["Murphy, A."], "container": "Globalism, localism and identity", "publisher": "Earthscan"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HARVARD)
def test_harvard_books_and_chapters(text: str, expected: dict) -> None:
    citation = _parse(text)
    for field, value in expected.items():
        assert getattr(citation, field) == value, field


PREPRINTS = [
    # https://apastyle.apa.org/style-grammar-guidelines/references/examples/preprint-article-references
    "Hampton, S., Rabagliati, H., Sorace, A., & Fletcher-Watson, S. (2017). Autism and bilingualism: A qualitative "
    "interview study of parents’ perspectives and experiences. PsyArXiv.",
    # https://www.grafiati.com/en/info/apa-7/preprint/
    "Molkeri, A., Srivastava, A., Osovski, S., & Needleman, A. (2020). Influence of grain size distribution on "
    "ductile intergranular crack growth resistance. engrXiv.",
]


@pytest.mark.parametrize("text", PREPRINTS)
def test_preprint_server_is_the_container(text: str) -> None:
    citation = _parse(text)
    assert citation.container in ("PsyArXiv", "engrXiv")
    assert citation.publisher is None and citation.type == "preprint"


@pytest.mark.parametrize(
    ("zone", "names"),
    [
        # https://libguides-en.ub.uu.se/c.php?g=697643&p=5050557 (editors with full given names, `and`)
        ("Alberts, David and Hess, Lisa M.", ["Alberts, David", "Hess, Lisa M."]),
        # Chicago bibliography: only the first name inverted (unchanged reading)
        ("Schultz, Charles, Charles Brown, and Lucy VanPelt", ["Schultz, Charles", "Charles Brown", "Lucy VanPelt"]),
    ],
)
def test_inverted_full_names_after_ampersand(zone: str, names: list[str]) -> None:
    assert split_western_authors(zone) == names


def test_url_broken_by_a_space_before_a_segment() -> None:
    # constructed after the SIST 02 rule on URLs split by line wraps (gold row `CAT- ILL`); a bare URL here
    url, _ = find_url("Guide. http://www.example.ac.jp/lib/guide /apa01.html (accessed 2016-05-27).")
    assert url == "http://www.example.ac.jp/lib/guide/apa01.html"
    url, _ = find_url("See http://www.example.ac.jp/lib and more")  # a following word is no path
    assert url == "http://www.example.ac.jp/lib"


def test_japanese_confirmation_date_is_an_access_date() -> None:
    # constructed after the `(2009年3月2日アクセス)` layout of https://blog-htk-gakkai.matrix.jp/2014/12/31/…
    assert find_accessed("<https://www.mofa.go.jp/mofaj/>,2023-07-10確認.", online=True)[0] == "2023-07-10"
    assert find_accessed("2020年4月1日確認", online=True)[0] == "2020-04-01"


JAPANESE = [
    # constructed after the `著者(訳者訳)(年)『書名』(出版社)` layout of https://clitama.human-relation.net/sanko-honyak/
    (
        "ドーアR.P.(山之内靖(他)訳)(1987),『イギリスの工場・日本の工場』 (筑摩書房)",
        {"authors": ["ドーアR.P."], "title": "イギリスの工場・日本の工場", "publisher": "筑摩書房", "date": "1987"},
    ),
    # constructed after the science-textbook list `著者, 書名 (出版社, 年), 章 (pp.)` (no other real example found)
    (
        "寺沢寛一,自然科学者のための数学概論 ( 岩波書店,昭和29年 ), 第3章 (pp.101-150)",  # spaces as ingest leaves them
        {"authors": ["寺沢寛一"], "title": "自然科学者のための数学概論", "publisher": "岩波書店", "date": "1954"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JAPANESE)
def test_japanese_author_date_entries(text: str, expected: dict) -> None:
    citation = _parse(text)
    for field, value in expected.items():
        assert getattr(citation, field) == value, field


GOST = [
    # https://ajdocs.ru/gsp/49497/38 (GOST 7.1-84 example: responsibility after ` / `, comma-joined names)
    (
        "Вопросы машинного проектирования информационных систем / Б. В. Крюков [и др.]. Москва : Наука, 1976. С. 11.",
        {"authors": ["Б. В. Крюков"], "publisher": "Наука", "date": "1976", "pages": "11"},
    ),
    # constructed after GOST R 7.0.100 §6 (a body as statement of responsibility), RGB's own catalogue record shape
    (
        "Официальный портал : сайт / Федеральная служба государственной статистики. – Москва : Росстат, 2010 –. "
        "URL: https://rosstat.gov.ru (дата обращения: 01.02.2024).",
        {"authors": ["Федеральная служба государственной статистики"], "title": "Официальный портал", "date": "2010"},
    ),
    # constructed after https://d1tyyevi24t67e.cloudfront.net/a/290637-5/… (the `дис. … канд.` abbreviation explained)
    (
        "Иванов И. И. Правовое регулирование банковской тайны : дис. … канд. юрид. наук. М., 2005. С. 12.",
        {"authors": ["Иванов И. И."], "title": "Правовое регулирование банковской тайны", "date": "2005"},
    ),
    # constructed: a city spelled out before the spaced colon (GOST 7.1 §5.4) instead of `М.`
    (
        "Каталог растений. Воронеж : Изд-во ВГУ, 2001. С. 5-9.",
        {"authors": [], "title": "Каталог растений", "publisher": "Изд-во ВГУ", "pages": "5-9"},
    ),
    # https://studfile.net/preview/2675399/page:5/ cites Federal Law `от 27 декабря 2002 г. № 184-FZ`; the GOST
    # record layout `Title: федер. закон … от DD.MM.YYYY № … // Рос. газета. YYYY. D месяц.` is constructed
    (
        "О техническом регулировании: федер. закон Рос. Федерации от 27.12.2002 г. No 184-ФЗ // Рос. газета. "
        "2002. 31 дек.",
        {"date": "2002-12-27", "container": "Рос. газета", "type": "statute"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOST)
def test_gost_records(text: str, expected: dict) -> None:
    citation = _parse(text)
    for field, value in expected.items():
        assert getattr(citation, field) == value, field


def test_gost_repeated_footnotes_repeat_the_full_one() -> None:
    # the full note: GOST R 7.0.5 §4.12 example (https://ajdocs.ru/gsp/25817/6); the repeated ones are constructed
    # after §8.4 (https://student2.ru/standartizaciya/1448044-povtornaya-bibliograficheskaya-ssylka): authors,
    # title and pages, or a long title shortened by an ellipsis
    notes = [
        _parse("Флоренский П. А. У водоразделов мысли. М., 1990. Т. 2. С. 27.", "1"),
        _parse("Технические средства обработки информации. Москва : Наука, 1976. С. 11-25.", "2"),
        _parse("Флоренский П. А. У водоразделов мысли. С. 30.", "3"),
        _parse("Технические средства … С. 14.", "4"),
    ]
    resolve_back_references(notes)
    assert notes[2].repeats == "c1" and notes[2].title == "У водоразделов мысли" and notes[2].pages == "30"
    assert notes[3].repeats == "c2" and notes[3].publisher == "Наука" and notes[3].pages == "14"


def test_a_full_gost_note_is_no_repeated_one() -> None:
    # a title followed by its imprint is a full reference, never a back-reference
    citation = _parse("Гаврилов В. П. Общество и природная среда. М. : Наука, 2006. С. 18.")
    assert citation.type == "book" and citation.repeats is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # constructed after https://d1tyyevi24t67e.cloudfront.net/a/290637-5/… (`дис. … канд.` explained there)
        ("Петров П. П. Налоговые споры : дис. … канд. юрид. наук. М., 2010. С. 7.", "thesis"),
        # constructed after GOST R 7.0.100 §6 web-site records (`: сайт / body. – Place : Publisher, year –.`)
        (
            "Официальный портал : сайт / Федеральная служба государственной статистики. – Москва : Росстат, "
            "2010 –. URL: https://rosstat.gov.ru (дата обращения: 01.02.2024).",
            "web page",
        ),
        # constructed after the SIST 02 web example `「ページ」『サイト』. <URL>, 日付確認.` (no issue, no date)
        ("「利用案内」『国立国会図書館』. <https://www.ndl.go.jp/jp/use/>,2020-04-01確認.", "web page"),
    ],
)
def test_designations_and_site_pages_set_the_type(text: str, kind: str) -> None:
    assert _parse(text).type == kind
