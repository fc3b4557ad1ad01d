"""Round 30 (issue 6): English endnotes and reference lists on Russia and its neighbours.

Cases marked (sample) quote the pages of tests/gold/texts/citations_r30_thinktank_en.txt (sources in
tests/gold/sources_citations.md); the others quote pages outside the gold, with their URL.
"""

import pytest

from pipeline.extractors.citation_fields import find_accessed
from pipeline.extractors.citations import _chicago_author_date, _closed_up, _see_after_prose, parse_citation

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
    ("note", "expected"),
    [
        # (sample) https://globalauthorid.com/WebPortal/ArticleView?wd=068B97C88CE4CF5D4FC44EAF56649FF21CB9094FAB7DBBBE447D83B746FF485A
        (
            "Summing up the achievements of 2001, most experts pronounced it the most successful year in Russia's "
            "post-Soviet history, both for internal consolidation and foreign policy. See, for instance, Sergei "
            "Karaganov, “Europe Should Not Be Jealous of Us,”Moskovskie Novosti, No. 52 (December 2001). However, "
            "some economists warned about the price of missed opportunities. See Mikhail Delyagin, “What a Waste of "
            "a Year,”Moscow Times, January 10, 2002.",
            "Sergei Karaganov, “Europe Should Not Be Jealous of Us,”Moskovskie Novosti, No. 52 (December 2001)",
        ),
        (
            "As Stephen Cohen has recently noted: “For the first time in history, a fully nuclearized nation is in "
            "the process of collapse. The result is potentially catastrophic.” See Stephen F. Cohen, “Russian "
            "Nuclear Roulette,”Nation, June 25, 2001. This article, while looking into a number of worst-case "
            "scenarios, will stop short.",
            "Stephen F. Cohen, “Russian Nuclear Roulette,”Nation, June 25, 2001",
        ),
        # a reference that adds `See also` keeps its own first work (Chicago 14.37 form)
        ("Smith, John. “Title.” Journal 5 (2001). See also Jones, Mary, “Other,” Review 2 (2002).", None),
    ],
)
def test_see_after_prose(note: str, expected: str | None) -> None:
    assert _see_after_prose(note) == expected


def test_searched_date_is_an_access_date() -> None:
    # (sample) https://globalauthorid.com/WebPortal/ArticleView?wd=068B97C88CE4CF5D221C2AB3A6D0437324ED0B4A865F6D5746D4360D7186B12C
    note = "Ivan Zuenko, “Kak proidet …” [Which road …], Carnegie.ru (April 21, 2016), (searched date: 1 June 2016)"
    assert find_accessed(note, online=False)[0] == "2016-06-01"


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
