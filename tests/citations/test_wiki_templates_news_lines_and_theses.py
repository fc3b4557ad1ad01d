"""Wiki templates, Japanese news delivery lines, kanji issue numbers and theses (met in cit_fresh10, heldout26).

- Wikipedia citation templates copied as wikitext (`{{cite journal|author=…|title=…}}`): named parameters to fields;
- a news outlet before a headline in 『』 with the day it delivered the story (`共同通信『…』2022年5月11配信`);
- a newspaper after a delivery date with a clock time (`配信2017/8/16 23:15日本経済新聞`);
- kanji-digit issue numbers (`』第四号、`) and a university's 出版局 after a series in brackets;
- Chicago theses: the degree-granting university is the publisher.
"""

from __future__ import annotations

import pytest

from tests.citations.helpers import assert_fields, parse

SPACE_GROUP = "https://en.wikipedia.org/wiki/Space_group (wikitext as stored in a public repository)"
HERON = "https://en.wikipedia.org/wiki/Heron%27s_formula (wikitext as stored in a public repository)"
CHICAGO_THESIS = "https://thesisassist.sbs/thesis-format/how-to-cite-a-dissertation-in-chicago-style"
NEWCASTLE = "https://libguides.newcastle.edu.au/chicago-a/theses"
THESISTUTORIALS = "http://www.thesistutorials.net/guidelines-for-citing-a-doctoral-thesis-in-the-chicago-style"
KOKUSHIKAN9 = "http://www.kokushikan.ac.jp/research/archive/publication/book/vol9/HTML/index96.html"

# (source, note, expected fields)
CASES = [
    (
        SPACE_GROUP,
        "{{cite journal|author=Hiller, Howard|title=Crystallography and cohomology of groups|journal=Amer. Math. "
        "Monthly|volume=93|year=1986|pages=765–779|url=http://www.maa.org/programs/maa-awards/writing-awards/"
        "crystallography-and-cohomology-of-groups}}",
        {
            "type": "journal article",
            "authors": ["Hiller, Howard"],
            "title": "Crystallography and cohomology of groups",
            "container": "Amer. Math. Monthly",
            "date": "1986",
            "pages": "765-779",
            "volume": "93",
            "url": "http://www.maa.org/programs/maa-awards/writing-awards/crystallography-and-cohomology-of-groups",
        },
    ),
    (
        HERON,
        "{{cite journal|author=Kendig, Keith|title=Is a 2000-Year-Old Formula Still Keeping Some Secrets?|journal="
        "Amer. Math. Monthly|volume=107|year=2000|pages=402–415}}",
        {"title": "Is a 2000-Year-Old Formula Still Keeping Some Secrets?", "date": "2000", "publisher": None},
    ),
    # theses: the university after the degree is the publisher
    (
        CHICAGO_THESIS,
        "Kimberly Knight, “Media Epidemics: Viral Structures in Literature and New Media” (PhD diss., University of "
        "California, Santa Barbara, 2011), 17, MLA International Bibliography (2013420395).",
        {"type": "thesis", "publisher": "University of California, Santa Barbara", "date": "2011", "pages": "17"},
    ),
    (
        NEWCASTLE,
        "Melanie Subacus, “Duae Patriae: Cicero and Political Cosmopolitanism in Rome,” abstract (PhD diss., New "
        "York University, 2015).",
        {"type": "thesis", "authors": ["Melanie Subacus"], "publisher": "New York University", "date": "2015"},
    ),
    (
        THESISTUTORIALS,
        'Gary Zeller, " If I ain\'t one, you wount find another one here" (PhD. diss., University of Arkansas, '
        "Fayetteville, 2003).",
        {"type": "thesis", "publisher": "University of Arkansas, Fayetteville", "date": "2003"},
    ),
    # kanji digits in an imprint: year and page
    (
        KOKUSHIKAN9,
        "『法令全書 明治五年』(内閣官報局、一八八九年)一一二四頁。",
        {"title": "法令全書 明治五年", "publisher": "内閣官報局", "date": "1889", "pages": "1124"},
    ),
    # constructed on that note's pattern (no outside page with these forms was found): a kanji page range, a
    # kanji issue number after the journal, a series in brackets before a university press
    ("constructed", "同前、五一~五二頁。", {"pages": "51-52"}),
    (
        "constructed",
        "山田太郎「戦後の教育」『教育史研究年報』第四号、教育史学会、二〇一二年、三三八~三三九頁。",
        {"container": "教育史研究年報", "issue": "4", "publisher": "教育史学会", "date": "2012", "pages": "338-339"},
    ),
    (
        "constructed",
        "山田太郎『日本の屋根』(ものと人間の文化史)法政大学出版局、2003",
        {"title": "日本の屋根", "publisher": "法政大学出版局", "date": "2003"},
    ),
    # constructed (no outside page found): a news outlet before the headline, with its delivery day
    (
        "constructed",
        "(共同通信『首相が記者会見 新たな経済対策を表明』2023年4月1配信)",
        {"type": "news", "authors": [], "container": "共同通信", "date": "2023-04-01", "publisher": None},
    ),
    (
        "constructed",
        "(朝日新聞デジタル『台風10号、九州に接近』2024年8月28日配信)",
        {"type": "news", "authors": [], "container": "朝日新聞デジタル", "title": "台風10号、九州に接近"},
    ),
    (
        "constructed",
        "配信2019/3/5 12:00日本経済新聞 https://www.nikkei.com/article/DGXMZO00000000000000000000000/",
        {"type": "news", "container": "日本経済新聞", "date": "2019-03-05"},
    ),
    # constructed (no outside page found): `(date時点)` after a URL is the access date; a bare site name is the
    # container; `原文:` is a label
    (
        "constructed",
        "原文:外務省 HP https://www.mofa.go.jp/mofaj/files/000000000.pdf(2021.4.1時点)",
        {"title": None, "container": "外務省 HP", "accessed": "2021-04-01", "date": None},
    ),
    # a Bluebook law review in small capitals with its series (note 1 of Ziff's review of the Bluebook); the pages
    # are the first page, as the gold's law-review rows read them
    (
        "https://docslib.org/doc/13578035/book-review-of-the-bluebook",
        "Richard A. Posner, What Is Obviously Wrong with the Federal Judiciary, Yet Eminently Curable: Part II, 19 "
        "GREEN BAG 2D 257, 268 (2016).",
        {"container": "GREEN BAG 2D", "volume": "19", "pages": "257", "date": "2016"},
    ),
    # an author whose name is no outlet keeps it (the rule needs a news name)
    ("constructed", "山田太郎『日本の屋根』法政大学出版局、2003", {"authors": ["山田太郎"], "container": None}),
]


@pytest.mark.parametrize(("source", "note", "expected"), CASES, ids=[c[1][:24] for c in CASES])
def test_round_cf10_forms(source, note, expected):
    assert_fields(parse(note), expected, source)
