"""Article references: numbers that are no references -- counts of articles, page and notice numbers, prose.

- A count of articles (計23条で構成: kotobank 「ロ朝の包括戦略条約」,
  https://kotobank.jp/word/%E3%82%8D%E6%9C%9D%E3%81%AE%E5%8C%85%E6%8B%AC%E6%88%A6%E7%95%A5%E6%9D%A1%E7%B4%84-3206085;
  23条から構成, constructed), a count after a count of parts (11章103条), counts that are no clause subjects.
- A notice's own number (務住発甲第27号), page numbers outside a statute, この条項 / 同条項 (the seed convention,
  test_articles.py::test_not_references), Russian words that only look like references.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs, find_references
from pipeline.extractors.articles.chains import count_chain
from pipeline.extractors.articles.parts import parse_parts
from tests.articles.helpers import NO_KIND, ref_rows
from tests.articles.sources import GEO_VCCR_ACCESSION, MLIT

# Counts of articles (and paragraphs) are never references. Real: szkn.hatenadiary.org/entry/10051028/law0_1.
SZKN = "https://szkn.hatenadiary.org/entry/10051028/law0_1"
AICHI_POLICE = "https://www.pref.aichi.jp/police_reiki/reiki_honbun/u393RG00000276.html"
TOYOKEIZAI = "https://toyokeizai.net/articles/-/110478?page=4"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a journal's article number in a reference list (constructed in the form of bepress citations)
        ("International Law: Vol. 22: No. 1, Article 9. Available at: http://example.org", "Article 9"),
        # an English article heading alone on its line, and its Japanese heading over the quoted paragraph
        ("Article 12\n第12条1項\n子が第三条に規定する不法な連れ去りをされた場合には、", "Article 12"),
        ("Article 12\n第12条1項\n子が第三条に規定する不法な連れ去りをされた場合には、", "第12条1項"),
        # an English heading at a line start, http://geo.d51498.com/WallStreet/7009/t-vcon05.htm
        (GEO_VCCR_ACCESSION, "ARTICLE 76"),
        # the operative part of the decision itself (constructed in the form of a 執行停止 decision)
        ("1 申立ての趣旨\n主文第1項同旨", "第1項"),
    ],
)
def test_not_references_in_prose(text: str, surface: str) -> None:
    refs, _ = find_references(text)
    assert [r.surface for r in refs if r.surface == surface] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("例えば,憲法第1章は,1条から8条まで,全8条からなります", "8条"),
        (
            "例えば,民法第1編第2章第2節(行為能力)は,第4条(成年)から第21条(制限能力者の詐術)まで,全18条からなります",
            "18条",
        ),
    ],
)
def test_article_counts_are_no_references(text: str, count: str) -> None:
    assert SZKN.startswith("http")
    assert all(not r.surface.startswith(count) for r in find_article_refs(text))


@pytest.mark.parametrize(
    ("text", "is_count"),
    [
        ("同法は計11条23項からなる。", True),  # constructed on the szkn pattern: a total of articles and paragraphs
        ("同法は全5条12項で構成される。", True),
        ("その法律は、12条3項で罰則を定める。", False),  # a bare article with its paragraph that provides something
    ],
)
def test_count_chain(text: str, is_count: bool) -> None:
    from pipeline.extractors.articles.chains import Chain

    parts = [p for p in parse_parts(text) if p.start >= text.index("条") - 2]
    chain = Chain(parts[:2])
    assert count_chain(text, chain) is is_count
    if is_count:  # and the pipeline gives it no row
        assert not [r for r in find_article_refs(text) if r.kind == "article"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("警察安全相談等及び苦情の取扱いに関する規程の運用\n平成24年2月8日\n務住発甲第27号\nこの度、規程を改正する。",
         AICHI_POLICE),
        # constructed: a police 通達 numbered with the divisions issuing it
        ("改正入管法の施行について(通達)\n令和5年12月1日\n達(外、組対)第426号\n改正の要点を示す。", AICHI_POLICE),
        ("日本国憲法の「本文」は11章103条からなり、その内容は大きく3つに大別される", TOYOKEIZAI),
        # constructed: a page titled by the treaty, whose bare articles would otherwise be the treaty's
        ("海洋法に関する国際連合条約\n通称・略称は国連海洋法条約、UNCLOS。17部320条の本文と9つの附属書で構成される。",
         MLIT),
    ],
)  # fmt: skip
def test_not_references_in_statutes(text: str, source: str) -> None:
    assert [r.surface for r in find_article_refs(text) if r.kind == "article"] == [], source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("条約は全30条は前文と本文からなる。", "constructed (a count after 全)"),
        ("この協定は、2005年に発効した。このうち、10人は", "constructed (no 条)"),
        ("日米安保条約は、全10条からなる。", "constructed (a count)"),
    ],
)
def test_counts_are_not_clause_subjects(text, source):
    assert [r for r in find_article_refs(text) if r.kind == "article"] == [], source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a count stays a count: the において rule needs no count before the article
        ("同法は全5章43条において構成される。", "constructed"),
        # 同 inside a word (共同) is no pronoun
        ("両国は共同18条の作業を進めた。", "constructed"),
    ],
)
def test_not_references_in_foreign_law(text: str, source: str) -> None:
    assert source
    assert [r.surface for r in find_article_refs(text)] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a count is never amended: 全23条の改正 has no reference
        ("改正案は全23条の改正を含む。", "constructed on COUNT_BEFORE_RE"),
    ],
)
def test_counts_stay_out(text, source):
    assert ref_rows(NO_KIND, text) == [], source


@pytest.mark.parametrize("text", ["В статье рассматривается вопрос", "Конституционного Суда Российской Федерации"])
def test_russian_words_that_are_not_references(text: str) -> None:
    refs, instruments = find_references(text)
    assert refs == [] and instruments == []
