"""Style parsers: one named parser per citation style, each filling a Citation.

A parser gets the note with its URL, call number and ISBN already cut out (``body``) and returns True when the
style matched.  They are tried in the order of :data:`PARSERS` (most specific first); the first match wins.
The parsers live in one module per family of styles:

- :mod:`pipeline.extractors.citations.legal`: court decisions, statutes, gazettes, Diet proceedings;
- :mod:`pipeline.extractors.citations.japanese`: Japanese brackets, headlines, comma and colon lists, SIST;
- :mod:`pipeline.extractors.citations.humanities`: quoted titles, Western books, edited volumes, book notes;
- :mod:`pipeline.extractors.citations.name_year`: APA, author-date, Vancouver, GB/T 7714 and other lists;
- :mod:`pipeline.extractors.citations.gost`: GOST and transliterated Russian references;
- :mod:`pipeline.extractors.citations.medical`: Japanese medical journals and grant reports;
- :mod:`pipeline.extractors.citations.periodicals`, :mod:`pipeline.extractors.citations.web`: periodicals cited
  by issue, web pages and news sites.

They share :mod:`pipeline.extractors.citations.vocabulary` (locators, publishers, places, news names) and
:mod:`pipeline.extractors.citations.authors` (author zones).
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extractors.citations.gost import (
    parse_gost,
    parse_gost_repeated,
    parse_initials_in_host,
    parse_translit_book,
    parse_translit_book_comma,
    parse_translit_chapter,
    parse_translit_journal,
    parse_translit_proceedings,
)
from pipeline.extractors.citations.humanities import (
    parse_caps_surname,
    parse_edited,
    parse_humanities_book,
    parse_ieee_book,
    parse_initials_book,
    parse_law_journal,
    parse_period_separated,
    parse_periodical_issue,
    parse_quoted,
    parse_short_book_note,
    parse_short_form,
    parse_title_imprint,
    parse_western_book,
)
from pipeline.extractors.citations.japanese import (
    parse_colon_comma_ja,
    parse_comma_separated,
    parse_dated_news,
    parse_headline,
    parse_ja_author_year,
    parse_japanese,
    parse_running_head,
    parse_science_author_year,
    parse_sist_japanese,
    parse_spaced_book_record,
    parse_title_year_sponsor,
)
from pipeline.extractors.citations.legal import (
    parse_court_decision,
    parse_court_decision_long,
    parse_diet,
    parse_gazette,
    parse_ja_statute,
    parse_ru_statute,
)
from pipeline.extractors.citations.medical import parse_grant_report, parse_medical
from pipeline.extractors.citations.name_year import (
    parse_apa,
    parse_author_date,
    parse_colon_authors,
    parse_compact_author_date,
    parse_gbt7714,
    parse_pages_in,
    parse_paper_as_author,
    parse_short_author_date,
    parse_sist_western_book,
    parse_vancouver,
    parse_vancouver_book,
    parse_vancouver_chapter,
    parse_vancouver_news,
    parse_western_comma,
)
from pipeline.extractors.citations.periodicals import (
    parse_bluebook,
    parse_bluebook_case,
    parse_bluebook_news,
    parse_database_article,
    parse_elsevier_journal,
    parse_harvard_journal,
    parse_harvard_news,
    parse_news_year_day,
    parse_periodical_only,
    parse_sist_journal,
    parse_unmarked_headline,
)
from pipeline.extractors.citations.web import parse_archived_copy, parse_posted_headline, parse_web_org, parse_web_title
from pipeline.records import Citation

PARSERS: tuple[tuple[str, Callable[[Citation, str], bool]], ...] = (
    ("court decision", parse_court_decision),
    ("archived copy of a page", parse_archived_copy),
    ("court decision, long form", parse_court_decision_long),
    ("russian statute", parse_ru_statute),
    ("legal database article heading", parse_database_article),
    ("law journal (oscola)", parse_law_journal),
    ("elsevier name-year journal", parse_elsevier_journal),
    ("harvard newspaper", parse_harvard_news),
    ("harvard journal, quoted title", parse_harvard_journal),
    ("initials first, host after в: / in:", parse_initials_in_host),
    ("news title, paper, year and day", parse_news_year_day),
    ("transliterated book with place", parse_translit_book),
    ("transliterated book, commas and extent", parse_translit_book_comma),
    ("transliterated proceedings paper", parse_translit_proceedings),
    ("transliterated chapter in an edited book", parse_translit_chapter),
    ("transliterated journal article", parse_translit_journal),
    ("research grant report", parse_grant_report),
    ("title, year and sponsor", parse_title_year_sponsor),
    ("spaced book record", parse_spaced_book_record),
    ("vancouver", parse_vancouver),
    ("vancouver chapter", parse_vancouver_chapter),
    ("vancouver book", parse_vancouver_book),
    ("periodical cited by issue", parse_periodical_only),
    ("sist journal article", parse_sist_journal),
    ("unmarked headline", parse_unmarked_headline),
    ("bluebook case", parse_bluebook_case),
    ("bluebook law review", parse_bluebook),
    ("bluebook newspaper", parse_bluebook_news),
    ("gazette issue", parse_gazette),
    ("japanese statute", parse_ja_statute),
    ("gb/t 7714", parse_gbt7714),
    ("diet proceedings", parse_diet),
    ("news digest source line", parse_web_org),
    ("headline posted on a day", parse_posted_headline),
    ("dated newspaper", parse_dated_news),
    ("headline", parse_headline),
    ("web page title and site", parse_web_title),
    ("japanese brackets", parse_japanese),
    ("running head", parse_running_head),
    ("natural-science author year", parse_science_author_year),
    ("japanese author year", parse_ja_author_year),
    ("short author date", parse_short_author_date),
    ("periodical issue", parse_periodical_issue),
    ("paper as author", parse_paper_as_author),
    ("ieee book", parse_ieee_book),
    ("surname and initials, book", parse_initials_book),
    ("humanities book", parse_humanities_book),
    ("capitalised surnames", parse_caps_surname),
    ("short book note", parse_short_book_note),
    ("edited volume", parse_edited),
    ("medical journal", parse_medical),
    ("colon after authors", parse_colon_authors),
    ("japanese colon and commas", parse_colon_comma_ja),
    ("vancouver newspaper", parse_vancouver_news),
    ("sist western book", parse_sist_western_book),
    ("sist japanese", parse_sist_japanese),
    ("pages in", parse_pages_in),
    ("compact author date", parse_compact_author_date),
    ("gost repeated footnote", parse_gost_repeated),
    ("gost", parse_gost),
    ("short form", parse_short_form),
    ("apa", parse_apa),
    ("author date", parse_author_date),
    ("quoted title", parse_quoted),
    ("western book", parse_western_book),
    ("title and imprint", parse_title_imprint),
    ("period separated", parse_period_separated),
    ("comma separated", parse_comma_separated),
    ("western comma separated", parse_western_comma),
)
