"""Western books and chapters: Chicago, MHRA, Harvard, APA, MLA and European imprints.

- an edition statement (`2nd edn.`, `(5th ed)`, `Rev Exp. edition`) is neither title nor publisher; the place
  before the publisher's colon is no publisher (also with a state, `Palo Alto, CA:`); a reissued book's first
  year is its date;
- editors: `(eds)` before the year, APA `Names (Eds.). (Year).`; `in Editor, ed., Book, …` names the book, not the
  editor, as the container;
- `Surname, Title, Publisher, Year` and sentence-separated entries are books; a European publisher is no
  container; comma-glued entries (`J. Smith,Retail Location,Macmillan,1970`);
- English endnotes on Russia: spaced punctuation closed up, Chicago author-date read as APA, `St.` inside a
  container's name.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citations import (
    _chicago_author_date,
    _closed_up,
    parse_citation,
)
from pipeline.extractors.citations.humanities import humanities_imprint, without_edition
from pipeline.extractors.citations.vocabulary import is_place, leftover_publisher, split_imprint

from .helpers import assert_fields, fields, parse, rows
from .sources import (
    KLABBERS,
    KSUGA,
    RSIS,
)


@pytest.mark.parametrize(
    ("imprint", "expected"),
    [
        ("1967, reprinted 1984", (None, "1967")),  # [britannica]
        ("1952, reissued 1971", (None, "1952")),  # [britannica]
        ("1971–73", (None, "1971")),  # [britannica]
        ("Cambridge, 1976", (None, "1976")),  # [exeter]
        ("Manchester: Manchester University Press, 1999", ("Manchester University Press", "1999")),  # [suffolk]
        ("no year", (None, None)),
    ],
)
def test_humanities_imprint(imprint, expected):
    assert humanities_imprint(imprint) == expected


@pytest.mark.parametrize(
    ("imprint", "publisher"),
    [
        # PLACE_QUALIFIER: `Palo Alto, CA: Annual Reviews` (docslib note 2 above) — the state is part of the place
        ("Palo Alto, CA: Annual Reviews, 1992", "Annual Reviews"),
        # PLACES: Westview Press's seat alone is no publisher (`(Boulder, 1995)`, Oxford-style place-only imprint)
        ("Boulder, 1995", None),
        ("Stanford, CA, 1987", None),
    ],
)
def test_place_is_not_publisher(imprint, publisher):
    assert split_imprint(imprint)[0] == publisher


def test_places_with_state():
    assert is_place("Ithaca") and is_place("CA") and is_place("Boulder") and not is_place("Westview Press")


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


# Edition statements after a Chicago book title: Kenneth Train's book as the logitr README cites it
# (find_string id 25234317906; jhelvy/logitr README), with its author's name put first.
EDITIONS = [
    (
        "Kenneth Train, Discrete Choice Methods with Simulation, 2nd Edition (New York: Cambridge University "
        "Press, 2009).",
        "Discrete Choice Methods with Simulation",
        "Cambridge University Press",
    ),
    (  # constructed: a bookseller's `Rev Exp.` statement on the same title
        "Kenneth Train, Discrete Choice Methods with Simulation, Rev Exp. edition (New York: Cambridge University "
        "Press, 2009), 31-33.",
        "Discrete Choice Methods with Simulation",
        "Cambridge University Press",
    ),
]


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


APA_EDITED = [
    # https://libguides.tru.ca/c.php?g=714411&p=5093128 (APA 7, entire edited book)
    (
        "Robinson, D.N. (Ed.). (1992). Social discourse and moral judgment. Academic Press.",
        {"authors": [], "title": "Social discourse and moral judgment", "publisher": "Academic Press", "date": "1992"},
    ),
    # https://warren.libguides.com/c.php?g=1052743&p=7651202 (APA 7, edited book with edition)
    (
        "Jennings, M. M. (Ed.). (2017). Business ethics: Case studies and selected readings (9th ed.). Cengage.",
        {"authors": [], "publisher": "Cengage", "date": "2017"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), APA_EDITED)
def test_apa_editors_are_no_authors(text: str, expected: dict) -> None:
    citation = parse(text)
    assert fields(citation, expected) == expected
    assert citation.editor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructed after Japanese style sheets (a Western book then its translation in parentheses)
        (
            "J. Smith,Retail Location,Macmillan,1970,pp.10-20(山田訳『小売立地論』有斐閣、1975年、pp.12-25。).",
            {"title": "Retail Location", "publisher": "Macmillan", "date": "1970", "pages": "10-20"},
        ),
        # constructed: a comma-separated book note whose publisher has no `Press` ending
        ("A. Brown,Marketing Channels,Longman,1980,p.7.", {"publisher": "Longman", "container": None, "type": "book"}),
    ],
)
def test_comma_glued_western_books(text: str, expected: dict) -> None:
    assert fields(parse(text), expected) == expected


# (text, authors, title, publisher, pages): Wikipedia's `cite book` as sentences after the author-date head
SENTENCE_BOOKS = [
    (  # https://en.m.wikipedia.org/wiki/Minimax reference 4, as copied in a public repository
        "Osborne, Martin J.; Rubinstein, A. (1994). A Course in Game Theory (print ed.). Cambridge, MA: MIT Press. "
        "ISBN 9780262150415.",
        ["Osborne, Martin J.", "Rubinstein, A."],
        "A Course in Game Theory",
        "MIT Press",
        None,
    ),
    (  # constructed after the same page's reference 3 with a place before the publisher and a pinpoint
        "Zamir, Shmuel (2013). Game Theory. New York: Cambridge University Press. pp. 176–180.",
        ["Zamir, Shmuel"],
        "Game Theory",
        "Cambridge University Press",
        "176-180",
    ),
]


# (text, publisher): European houses whose names do not end like a publisher's are publishers, not journals
EUROPEAN_HOUSES = [
    (  # constructed: Gasparini's 2004 book, cited by the article of https://books.openedition.org/pul/3618
        "Philippe Gasparini, Est-il je ?, Le Seuil, 2004.",
        "Le Seuil",
    ),
    (  # http://elibrary.duncker-humblot.de/9783428542406/U1 (cite-as, Harvard form), constructed with a comma list
        "Sebastian Helmes, Spenden an politische Parteien, Duncker & Humblot, 2014.",
        "Duncker & Humblot",
    ),
]


def test_surname_title_publisher_year_is_a_book() -> None:
    """年次経済報告 平成12年 注6 (wp-je00bun-214c.html, sample)."""
    citation = parse("Barro, Determinants of Economic Growth, MIT Press, 1997")
    got = (citation.authors, citation.title, citation.container, citation.publisher, citation.type)
    assert got == (["Barro"], "Determinants of Economic Growth", None, "MIT Press", "book")


def test_without_a_publisher_the_rule_does_not_fire() -> None:
    """No publisher after the second element: not read as a book (constructed)."""
    citation = parse("Smith, Growth Theory, Journal of Economics, 12, 1999")
    assert citation.type != "book"


# (sample) https://informahealthcare.com/doi/ref/10.1080/09668130124714
SPACED = (
    "Hopf , Ted , ed. 1999 . Understandings of Russian Foreign Policy , University Park : Penn State University Press ."
)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            SPACED,
            "Hopf, Ted, ed. 1999. Understandings of Russian Foreign Policy, "
            "University Park: Penn State University Press.",
        ),
        (
            "Proshin , Iurii . 1999 . `Russia's Foreign Debts Will Be Paid' . "
            "International Affairs (Moscow) , 45 ( 1 ) : 7 – 12 .",
            "Proshin, Iurii. 1999. ‘Russia's Foreign Debts Will Be Paid’. International Affairs (Moscow), "
            "45 (1): 7 – 12.",
        ),
        # one spaced stop is no rendering: GOST's ` : ` after the city stays (a library record, cit_fresh8 kind)
        ("Иванов И. И. Экономика . М. : Наука, 2007. 320 с.", "Иванов И. И. Экономика . М. : Наука, 2007. 320 с."),
        # https://journals.rudn.ru/international-relations/article/view/24619 (reference 2): nothing to close up
        (
            "Donaldson, R.H. & Nogee, J.L. (1998). The Foreign Policy of Russia. Armonk: M.E. Sharpe.",
            "Donaldson, R.H. & Nogee, J.L. (1998). The Foreign Policy of Russia. Armonk: M.E. Sharpe.",
        ),
    ],
)
def test_spaced_punctuation_closed_up(note: str, expected: str) -> None:
    assert _closed_up(note) == expected


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        # (sample) Chicago author-date with an editor
        (
            "Hopf, Ted, ed. 1999. Understandings of Russian Foreign Policy, "
            "University Park: Penn State University Press.",
            "Hopf, Ted (Ed.). (1999). Understandings of Russian Foreign Policy, "
            "University Park: Penn State University Press.",
        ),
        # (sample) https://globalauthorid.com/WebPortal/ArticleView?wd=53822D3BFA424A762EC92F35ACB3289490C00627033E6478
        (
            "Ginsburg, George (1998), From Soviet to Russian International Law; Studies in Continuity and Change, "
            "The Hague: M. Nijhoff",
            "Ginsburg, George (1998). From Soviet to Russian International Law; Studies in Continuity and Change, "
            "The Hague: M. Nijhoff",
        ),
        # a quoted article title after the year is left to the journal readings (sample, same page)
        (
            "Nagashima, Toru (2019), “Russia’s Passportization Policy toward Unrecognized Republics”, "
            "Problems of Post-Communism, 66(3), 186-199",
            "Nagashima, Toru (2019), “Russia’s Passportization Policy toward Unrecognized Republics”, "
            "Problems of Post-Communism, 66(3), 186-199",
        ),
        # CSE name-year with unpunctuated initials stays as it is (a cit_fresh8 reference, /work/notes/cit_fresh8)
        (
            "Mazan MR, Hoffman AM. 2001. Effects of aerosolized albuterol on physiologic responses to exercise in "
            "standardbreds. Am J Vet Res. 62(11):1812-1817.",
            "Mazan MR, Hoffman AM. 2001. Effects of aerosolized albuterol on physiologic responses to exercise in "
            "standardbreds. Am J Vet Res. 62(11):1812-1817.",
        ),
        # https://journals.rudn.ru/international-relations/article/view/24619 (reference 6): APA stays as it is
        (
            "Reus-Smit, C. & Snidal, D. (Eds.). (2008). The Oxford Handbook of International Relations. "
            "Oxford: Oxford University Press.",
            "Reus-Smit, C. & Snidal, D. (Eds.). (2008). The Oxford Handbook of International Relations. "
            "Oxford: Oxford University Press.",
        ),
    ],
)
def test_chicago_author_date_read_as_apa(reference: str, expected: str) -> None:
    assert _chicago_author_date(reference) == expected


@pytest.mark.parametrize(
    ("note", "fields"),
    [
        (SPACED, {"editor": "Hopf, Ted", "title": "Understandings of Russian Foreign Policy", "date": "1999"}),
        (
            "A comprehensive discussion on the subject can be found in: Huasheng Zhao, Zhongguode Zhongya waijiao "
            "[China's diplomacy in Central Asia] (Beijing: Shishi Publishing, 2008).",
            {"authors": ["Huasheng Zhao"], "publisher": "Shishi Publishing", "date": "2008"},
        ),
        (
            "Ginsburg, George (1998), From Soviet to Russian International Law; Studies in Continuity and Change, "
            "The Hague: M. Nijhoff",
            {"authors": ["Ginsburg, George"], "publisher": "M. Nijhoff", "date": "1998"},
        ),
    ],
)
def test_whole_notes(note: str, fields: dict) -> None:
    citation = parse_citation(note, "C1", "1", 0)
    assert {key: getattr(citation, key) for key in fields} == fields


@pytest.mark.parametrize(
    ("note", "container"),
    [
        # (sample) https://globalauthorid.com/WebPortal/ArticleView?wd=454B16786DBA627BD7B138624F1AB2CFAECCE24D81C4114A6F0BC757CF93A1DB
        (
            'Antonova, M. "State Lays Claim to Geography Society," The St. Petersburg Times , November 20, 2009 '
            "[http://www.sptimes.ru/story/30332]. http://www.sptimes.ru/story/30332",
            "The St. Petersburg Times",
        ),
        # a full stop after another word still ends the name (rows of the earlier gold, e.g. `Moscow Times`)
        (
            'Antonova, M. "State Lays Claim to Geography Society," The Moscow Times. November 20, 2009.',
            "The Moscow Times",
        ),
    ],
)
def test_st_inside_a_container_name(note: str, container: str) -> None:
    assert parse_citation(note, "C1", "1", 0).container == container


# Whole notes sampled from public pages: every field the parser must read from each. The rows keep characters
# as typed (`№`, `Ⅰ`, `…`) and are parsed without NFKC.
# (note, fields), the source in the comment above the row
SAMPLED_NOTES = [
    # Western humanities books: names, a title with commas, a bracketed or open imprint
    (  # [suffolk] `;` in the title, `Place: Publisher` in the imprint
        "D. Andress, French Society in Revolution; 1789-1799, (Manchester: Manchester University Press, 1999).",
        {
            "type": "book",
            "authors": ["D. Andress"],
            "title": "French Society in Revolution; 1789-1799",
            "publisher": "Manchester University Press",
            "date": "1999",
            "container": None,
        },
    ),
    (  # [suffolk] an edition statement before the imprint is not the title; the first edition is a note
        "W. Doyle, Origins of the French Revolution, Second edition, (Oxford: Oxford University Press, 1988, "
        "[first edition 1908]).",
        {
            "authors": ["W. Doyle"],
            "title": "Origins of the French Revolution",
            "publisher": "Oxford University Press",
            "date": "1988",
        },
    ),
    (  # [docest] a title with commas, `3rd edn`, a place alone
        "Judith Butcher, Copy-editing for Editors, Authors, Publishers, 3rd edn, (Cambridge, 1992)",
        {
            "authors": ["Judith Butcher"],
            "title": "Copy-editing for Editors, Authors, Publishers",
            "publisher": None,
            "date": "1992",
        },
    ),
    (  # [britannica] three authors, the last after `and`; a year range in the title
        "R.C.O. Matthews, C.H. Feinstein, and J.C. Odling-Smee, British Economic Growth, 1856–1973 (1982)",
        {
            "authors": ["R.C.O. Matthews", "C.H. Feinstein", "J.C. Odling-Smee"],
            "title": "British Economic Growth, 1856–1973",
            "date": "1982",
            "container": None,
        },
    ),
    (  # [britannica] an alias in brackets and `et al.` are not authors
        "Tony Champion (A.G. Champion) et al., The Population of Britain in the 1990s: A Social and Economic "
        "Atlas (1996)",
        {
            "authors": ["Tony Champion"],
            "title": "The Population of Britain in the 1990s: A Social and Economic Atlas",
            "date": "1996",
        },
    ),
    (  # [britannica] the first year of a reissued book is its date
        "A.G. Tansley, The British Islands and Their Vegetation (1939, reissued in 2 vol., 1965)",
        {
            "authors": ["A.G. Tansley"],
            "title": "The British Islands and Their Vegetation",
            "date": "1939",
            "publisher": None,
        },
    ),
    (  # [britannica] a year range: its first year
        "Roy Millward and Adrian Robinson, Landscapes of Britain (1971–73)",
        {"authors": ["Roy Millward", "Adrian Robinson"], "title": "Landscapes of Britain", "date": "1971"},
    ),
    (  # [exeter] editors and translators in brackets are not authors
        "F. H. Behrends (ed. and trans.), The Letters and poems of Fulbert of Chartres, (Oxford, 1976), p. 20.",
        {
            "type": "book",
            "authors": [],
            "editor": "F. H. Behrends",
            "title": "The Letters and poems of Fulbert of Chartres",
            "publisher": None,
            "date": "1976",
            "pages": "20",
        },
    ),
    (  # [peru] a bare locator after the imprint; after `Place:` the publisher keeps its commas
        "Flannery O' Connor, Wise Blood (New York: Farrar, Straus and Giroux, 1990), 66-67.",
        {
            "type": "book",
            "authors": ["Flannery O' Connor"],
            "title": "Wise Blood",
            "publisher": "Farrar, Straus and Giroux",
            "date": "1990",
            "pages": "66-67",
        },
    ),
    (  # [peru] two authors with middle names
        "Mary Konya Weishaar and Victoria Groves Scott, Case Studies in Assessment of Students with Disabilities "
        "(Boston: Pearson, 2005), 30.",
        {
            "authors": ["Mary Konya Weishaar", "Victoria Groves Scott"],
            "publisher": "Pearson",
            "pages": "30",
            "title": "Case Studies in Assessment of Students with Disabilities",
        },
    ),
    (  # [peru] the translator after the title is not part of it
        "Alexandre Dumas, The Count of Monte Cristo, trans. David Coward (New York: Oxford University Press, "
        "2008), 364.",
        {
            "authors": ["Alexandre Dumas"],
            "title": "The Count of Monte Cristo",
            "translator": "David Coward",
            "editor": None,
            "publisher": "Oxford University Press",
            "date": "2008",
            "pages": "364",
        },
    ),
    (  # [turabian] translator and editor at once
        "Helmut Thielicke, Man in God’s World, trans. and ed. by John W. Doberstein (New York and Evanston: "
        "Harper & Row, 1963), p. 43.",
        {
            "title": "Man in God’s World",
            "translator": "John W. Doberstein",
            "editor": "John W. Doberstein",
            "publisher": "Harper & Row",
            "pages": "43",
        },
    ),
    (  # [peru] a chapter with the editor after the book, a bare locator
        'Johnny Belknap, "Building Blocks: Image" in Graphic Design for Everyone, ed. Cath Caldwell (New York: '
        "Penguin Random House, 2019), 93.",
        {
            "type": "chapter",
            "container": "Graphic Design for Everyone",
            "editor": "Cath Caldwell",
            "pages": "93",
            "publisher": "Penguin Random House",
        },
    ),
    (  # [rmc] French: place and publisher without brackets
        "Jacques Huntzinger, Introduction aux relations internationales, Paris, Seuil, 1987, p. 33 77.",
        {
            "type": "book",
            "authors": ["Jacques Huntzinger"],
            "title": "Introduction aux relations internationales",
            "publisher": "Seuil",
            "date": "1987",
            "container": None,
        },
    ),
    (  # [tufs] French: `Place : Publisher`; a place alone is no publisher
        "Maurice Agulhon, Les métamorphoses de Marianne : L’imagerie et la symbolique républicaines de 1914 à nos "
        "jours, Paris : Flammarion, 2001.",
        {
            "publisher": "Flammarion",
            "date": "2001",
            "container": None,
            "title": "Les métamorphoses de Marianne : L’imagerie et la symbolique républicaines de 1914 à nos jours",
        },
    ),
    (  # [cstjean] `s.a.` (sine auctore) is not an author
        "s.a. « Mexico est prêt à revoir le déploiement de l’armée », (mardi 27 janvier 1998), p. A5.",
        {"authors": [], "title": "Mexico est prêt à revoir le déploiement de l’armée", "date": "1998-01-27"},
    ),
    (  # [cstjean] Québec notes: given names, the surname in capitals, a period
        "Claire DENIS. Individu et société, 2007, p. 40.",
        {"type": "book", "authors": ["Claire DENIS"], "title": "Individu et société", "date": "2007", "pages": "40"},
    ),
    (  # [cstjean] three such names, the last after `et`
        "Jean-Simon DESLAURIERS, Marie-France MARANDA et Simon VIVIERS. Prévenir les problèmes de santé mentale "
        "au travail : contribution d’une recherche-action en milieu scolaire, 2014, p. 28.",
        {
            "authors": ["Jean-Simon DESLAURIERS", "Marie-France MARANDA", "Simon VIVIERS"],
            "date": "2014",
            "title": "Prévenir les problèmes de santé mentale au travail : contribution d’une recherche-action en "
            "milieu scolaire",
            "pages": "28",
            "publisher": None,
        },
    ),
    # LEAD_IN: a sentence that leads into the work (`…, see`) is no author.
    # https://docslib.org/doc/7349405/notes-and-references (note 2)
    (
        "For analyses of political opportunity structures, see Sidney Tarrow, Power in Movement: Social "
        "Movements, Collective Action and Politics (New York: Cambridge University Press, 1994), 17-18, 81-99.",
        {
            "authors": ["Sidney Tarrow"],
            "title": "Power in Movement: Social Movements, Collective Action and Politics",
            "publisher": "Cambridge University Press",
            "date": "1994",
            "type": "book",
        },
    ),
    # Review headers: the extent (`278 pages`, `xiii + 246 pages`) is not the pages; `eds.` are editors.
    # https://ojs.lib.unideb.hu/hjeas/search/index?query=literature+for+use&searchJournal=24&searchPage=6
    (
        "Flynn, Susan, and Antonia McKay, eds. Spaces of Surveillance: States and Selves. London: Palgrave, 2017. "
        "278 pages. ISBN 9783319490847. Hb. $139.99.",
        {
            "authors": [],
            "title": "Spaces of Surveillance: States and Selves",
            "publisher": "Palgrave",
            "date": "2017",
            "pages": None,
        },
    ),
    (
        "Ng, Andrew Hock Soon. Women and Domestic Space in Contemporary Gothic Narratives: The House as Subject. "
        "Basingstroke: Palgrave Macmillan, 2015. xiii + 246 pages. ISBN 978-1-137-53681-5. Hb. $90.",
        {"publisher": "Palgrave Macmillan", "date": "2015", "pages": None, "isbn": "9781137536815"},
    ),
    # A byline after the title (`By Patricia O. Daley.`) gives the author.
    # https://www.scribd.com/document/355377029/j-1540-6563-2010-00273-65-x
    (
        "Gender and Genocide in Burundi: The Search for Spaces of Peace in the Great Lakes Region. By Patricia O. "
        "Daley. (Bloomington, Ind.: Indiana University Press, 2007. Pp. xx, 268. $65.00.)",
        {"authors": ["Patricia O. Daley"], "publisher": "Indiana University Press", "date": "2007"},
    ),
    # APPEARED_IN: a note saying where the document itself appeared names a container, never a title.
    # https://scope.scholastic.com/issues/2018-19/040119/Then-and-Now.html
    ("This article was originally published in the April 2019 issue.", {"title": None, "date": "2019-04"}),
    # English endnotes (political science): lead-ins, imprint in parentheses, first work of a `;` list.
    (  # MUSE_GLOBAL, note 1
        "See Madeleine Albright, Madam Secretary: A Memoir (New York: Miramax, 2003), p. 508.",
        {
            "authors": ["Madeleine Albright"],
            "title": "Madam Secretary: A Memoir",
            "publisher": "Miramax",
            "date": "2003",
            "pages": "508",
            "type": "book",
        },
    ),
    (  # MUSE_GLOBAL, note 2: a publisher with a comma in its name
        "Robert Keohane and Joseph Nye, Power and Interdependence (Boston: Little, Brown, 1977).",
        {
            "authors": ["Robert Keohane", "Joseph Nye"],
            "title": "Power and Interdependence",
            "publisher": "Little, Brown",
            "date": "1977",
        },
    ),
    (  # MUSE_GLOBAL, note 4: `See, for example,` and three works; the first is described
        "See, for example, Saskia Sassen, The Global City: New York, London, Tokyo (Princeton University Press, 2001); "
        "Saskia Sassen, “The Global City: Strategic Site/New Frontier,” Seminar, no. 503 (July 2001) "
        "(www.india-seminar.com/ semframe.html); and Allen J. Scott, Global City-Regions: Trends, Theory, Policy "
        "(Oxford University Press, 2001).",
        {
            "authors": ["Saskia Sassen"],
            "title": "The Global City: New York, London, Tokyo",
            "publisher": "Princeton University Press",
            "date": "2001",
            "type": "book",
        },
    ),
    (  # MUSE_REALISM, note 5: a lead-in sentence quoting a term with single marks
        "For the ‘dangerously naive’ argument, see George Kennan, American Diplomacy (Chicago: University of Chicago "
        "Press, 1951).",
        {
            "authors": ["George Kennan"],
            "title": "American Diplomacy",
            "publisher": "University of Chicago Press",
            "date": "1951",
            "type": "book",
        },
    ),
    (  # MUSE_REALISM, note 1: a chapter with its editors
        "Stanley Hoffmann, “A Retrospective on World Politics,” in Ideas and Ideals, ed. Linda B. Miller and Michael "
        "Joseph Smith (Boulder, CO: Westview, 1993), p. 9.",
        {
            "authors": ["Stanley Hoffmann"],
            "title": "A Retrospective on World Politics",
            "container": "Ideas and Ideals",
            "publisher": "Westview",
            "date": "1993",
            "pages": "9",
            "type": "chapter",
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
    (  # GLOBALAUTHORID_R11, note 3: the signal `Also see,` is no author
        "Also see, James P. Piscatori, “The Contribution of International Law to International Relations,” "
        "International Affairs (Royal Institute of International Affairs 1944–), Vol. 53, No. 2, April 1977, "
        "pp. 217–231;",
        {"authors": ["James P. Piscatori"], "date": "1977-04", "pages": "217-231"},
    ),
]


# (source, note, fields)
SAMPLED_NOTES_WITH_SOURCE = [
    (
        f"CONSTRUCTED (MLA) from the paper's title page, {RSIS}",
        "Singh, Bhubhindar and Philip Shetler-Jones. “Japan’s New Security Imperative: The Function of "
        "Globalization.” RSIS Working Paper No. 209, 2010.",
        {
            "type": "report",
            "container": "RSIS Working Paper",
            "date": "2010",
            "authors": ["Singh, Bhubhindar", "Philip Shetler-Jones"],
        },
    ),
    # (source, note, expected fields)
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
]


# Single notes: (note, fields), the rule in the comment above each row.
SINGLE_NOTES = [
    # editor before the book is no container
    # constructed after the Chicago chapter form `in Editor, ed., Book` (history seminar guides)
    (
        "Smith, John, “Farming,” in Jane Doe, ed., Rural Europe: A Companion, London, 1999",
        {"container": "Rural Europe: A Companion", "editor": "Jane Doe", "type": "chapter"},
    ),
    # book named before its editor keeps its name
    # dev gold (Chicago): the book first, `ed. J. H. Clarke` after it
    (
        "Ernest Kaiser, “The Literature of Harlem,” in Harlem: A Community in Transition, ed. J. H. Clarke "
        "(Citadel Press, 1964).",
        {"container": "Harlem: A Community in Transition"},
    ),
]


# A numbered series after the body that issues it is the container (heldout24's `Refugee Studies Centre, Working
# Paper Series Nr. 63`): the econstor record of RatSWD Working Paper No. 203, written in that list's style.
ECONSTOR_RATSWD = (
    "https://docplayer.net/9734124-Working-paper-morpheus-remote-access-to-micro-data-with-a-quality-measure-working-"
    "paper-series-des-rates-fur-sozial-und-wirtschaftsdaten-no.html"
)
SERIES_ROWS = [
    (
        ECONSTOR_RATSWD,
        "Höhne J., Höninger J. Morpheus: Remote access to micro data with a quality measure. Berlin: German Data "
        "Forum, Working Paper Series Nr. 203, 2012.",
        {"type": "report", "container": "Working Paper Series", "publisher": "German Data Forum", "date": "2012"},
    ),
]


FIELD_ROWS = [
    *rows(SERIES_ROWS, ("source", "note", "expected")),
    # round10 humanities
    *rows(HUMANITIES, ("note", "expected")),
    # edition statement is not title
    *rows(EDITIONS, ("note", "title", "publisher"), date="2009"),
    # harvard books and chapters
    *rows(HARVARD, ("note", "expected")),
    # sentence separated book
    *rows(SENTENCE_BOOKS, ("note", "authors", "title", "publisher", "pages"), type="book"),
    # european publisher is no container
    *rows(EUROPEAN_HOUSES, ("note", "publisher"), container=None, type="book"),
    *rows(SAMPLED_NOTES, ("note", "expected")),
    *rows(SAMPLED_NOTES_WITH_SOURCE, ("source", "note", "expected")),
    *rows(SINGLE_NOTES, ("note", "expected")),
]


@pytest.mark.parametrize(
    ("source", "note", "expected", "normalise"), FIELD_ROWS, ids=[row[1][:40] for row in FIELD_ROWS]
)
def test_fields(source: str, note: str, expected: dict, normalise: bool) -> None:
    assert_fields(parse(note, normalise=normalise), expected, source)


# Vancouver (NLM Citing Medicine) books: `editors` after the names makes them editors; the medium (`[Internet]`,
# `[e-book]`), the edition and a technical editor are outside the title; the place is no publisher.
PAPERPILE_NLM = "https://paperpile.com/s/fuss-und-sprunggelenk-citation-style/"
VANCOUVER_BOOK_ROWS = [
    (
        "Darbyshire P, Hampton D. Hedge Fund Modelling and Analysis Using Excel and VBA. Chichester, West Sussex, UK:"
        " John Wiley & Sons, Ltd.; 2012.",
        {"authors": ["Darbyshire P", "Hampton D"], "title": "Hedge Fund Modelling and Analysis Using Excel and VBA",
         "publisher": "John Wiley & Sons, Ltd", "date": "2012", "type": "book"},
        PAPERPILE_NLM,
    ),
    (
        "Banerjee S, Erçetin ŞŞ, Tekin A, editors. Chaos Theory in Politics. Dordrecht: Springer Netherlands; 2014.",
        {"authors": [], "editor": "Banerjee S, Erçetin ŞŞ, Tekin A", "title": "Chaos Theory in Politics",
         "publisher": "Springer Netherlands", "date": "2014"},
        PAPERPILE_NLM,
    ),
    (  # regression (heldout24): an inverted name with its initial's full stop is no NLM name
        "Bergholm, L. The African Union, the United Nations and civilian protection challenges in Darfur. Oxford, UK:"
        " Refugee Studies Centre, Working Paper Series Nr. 63, 2010. 34 p.",
        {"authors": ["Bergholm, L."]},
        "https://www.peacepalacelibrary.nl/ebooks/files/338479716.pdf (tests/gold/heldout24)",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("note", "expected", "source"), VANCOUVER_BOOK_ROWS)
def test_vancouver_books(note: str, expected: dict, source: str) -> None:
    assert_fields(parse(note), expected, source)
