"""Citations extractor: table-driven tests on real notes (sources in tests/gold/sources_citations.md)."""

from __future__ import annotations

import pytest

from pipeline.extractors.citation_fields import detect_language, find_accessed, find_date, find_pages, find_url
from pipeline.extractors.citations import (
    access_date,
    find_inline_citations,
    link_instruments,
    parse_citation,
    repair_hyphenation,
    resolve_back_references,
)
from pipeline.records import Citation


def parse(text: str, note: str | None = "1", accessed: str | None = None) -> Citation:
    return parse_citation(text, citation_id="C0001", note=note, start=100, accessed=accessed)


# (note text, expected fields) — the NDL report's notes, the Wikipedia 憲法9条 notes,
# style-guide examples (Japanese, Chicago, SIST 02, GOST).
CASES = [
    (
        "「ロ朝首脳会談とは 対面は4年半ぶり2度目」『日本経済新聞』2023.9.13.",
        {
            "type": "news",
            "title": "ロ朝首脳会談とは 対面は4年半ぶり2度目",
            "container": "日本経済新聞",
            "date": "2023-09-13",
            "language": "ja",
        },
    ),
    (
        '"Как прошла встреча Путина и Кима на «Восточном»," Ведомости, 14.09.2023.'
        " <https://www.vedomosti.ru/politics/articles/2023/09/14/995088-kak-proshla-vstrecha-putina-i-kima-na-vostochnom>",
        {
            "type": "news",
            "title": "Как прошла встреча Путина и Кима на «Восточном»",
            "container": "Ведомости",
            "date": "2023-09-14",
            "language": "ru",
            "url": "https://www.vedomosti.ru/politics/articles/2023/09/14/995088-kak-proshla-vstrecha-putina-i-kima-na-vostochnom",
        },
    ),
    (
        'Федеральный закон от 09.11.2024 № 374-ФЗ "О ратификации Договора о всеобъемлющем стратегическом партнерстве'
        ' между Российской Федерацией и Корейской Народно-Демократической Республикой".'
        " <http://publication.pravo.gov.ru/document/0001202411090007>",
        {
            "type": "statute",
            "number": "374-ФЗ",
            "date": "2024-11-09",
            "url": "http://publication.pravo.gov.ru/document/0001202411090007",
        },
    ),
    (
        "条約のロシア語版の原文は、以下のロシア外務省のウェブサイトに掲載されている。"
        '"Договор о всеобъемлющем стратегическом'
        " партнерстве между Российской Федерацией и Корейской Народно-Демократической"
        ' Республикой", Министерство иностранных'
        " дел Российской Федерации."
        " <https://www.mid.ru/ru/foreign_policy/international_contracts/international_contracts/2_contract/62546/>",
        {"type": "treaty", "container": "Министерство иностранных дел Российской Федерации", "language": "ru"},
    ),
    (
        "国連憲章第51条は、一国が自国に対する侵害を排除するに当たり、国連の集団安全保障体制が機能するまでの間、それを補完するために"
        "行使されるものとして加盟国に認められた「個別的自衛権」及び「集団的自衛権」について規定している。",
        {"type": "note", "title": None, "authors": []},
    ),
    (
        "兵頭慎治「第6章 ロシアから見た露朝関係の現状と展望」防衛研究所編『東アジア戦略概観2007』2007, p.94."
        " <https://www2.jiia.or.jp/pdf/resarch/H25_Korean_Peninsula/06-hyodo.pdf>",
        {
            "type": "chapter",
            "authors": ["兵頭慎治"],
            "title": "第6章 ロシアから見た露朝関係の現状と展望",
            "editor": "防衛研究所",
            "container": "東アジア戦略概観2007",
            "date": "2007",
            "pages": "94",
        },
    ),
    (
        '"Соглашение между Правительством Российской Федерации и Правительством'
        " Корейской Народно-Демократической Республики"
        ' о поощрении и взаимной защите капиталовложений от 28 ноября 1996 года"'
        " <http://publication.pravo.gov.ru/document/0001201406250021>",
        {"type": "treaty", "date": "1996-11-28"},
    ),
    (
        "水戸地判昭52・2・17判時842・22",
        {
            "type": "court decision",
            "court": "水戸地方裁判所",
            "date": "1977-02-17",
            "container": "判例時報",
            "issue": "842",
            "pages": "22",
        },
    ),
    (
        "吉川智、阿部一夫、富永健、宮林茂樹、和田隆夫『概説日本国憲法』国書刊行会、1995年、124頁-126頁",
        {
            "type": "book",
            "authors": ["吉川智", "阿部一夫", "富永健", "宮林茂樹", "和田隆夫"],
            "title": "概説日本国憲法",
            "publisher": "国書刊行会",
            "date": "1995",
            "pages": "124-126",
        },
    ),
    (
        "1972年(昭和47年)11月13日、参議院予算委員会、吉國内閣法制局長官答弁",
        {
            "type": "proceedings",
            "container": "参議院予算委員会",
            "date": "1972-11-13",
            "title": "吉國内閣法制局長官答弁",
        },
    ),
    ("1952年11月26日付朝日新聞", {"type": "news", "container": "朝日新聞", "date": "1952-11-26"}),
    ("海上保安庁法第25条", {"type": "statute", "title": "海上保安庁法"}),
    (
        "大石義雄「軍備の設定をめぐる憲法法理論」阪大法学3号(p.12-14)",
        {"type": "journal article", "container": "阪大法学", "issue": "3", "pages": "12-14"},
    ),
    (
        "桂 三枝「落語とIT」『情報処理』52巻2号, 2011年2月.",
        {"type": "journal article", "container": "情報処理", "volume": "52", "issue": "2", "date": "2011-02"},
    ),
    (
        "小池和男・猪木武徳編(1987)『人材形成の国際比較-東南アジアと日本-』東洋経済新報社、55-57頁",
        {
            "type": "book",
            "authors": [],
            "editor": "小池和男・猪木武徳",
            "publisher": "東洋経済新報社",
            "date": "1987",
            "pages": "55-57",
        },
    ),
    (
        "『インターネットで外国法』指宿信 編著 東京:日本評論社, 1998.7",
        {"type": "book", "editor": "指宿信", "publisher": "日本評論社", "date": "1998-07"},
    ),
    (
        "萩原金美 訳『スウェーデン訴訟手続法 : 民事訴訟法・刑事訴訟法 : 翻訳』(中央大学出版部 2009 【AS13-771-J1】)",
        {"call_number": "AS13-771-J1", "authors": [], "publisher": "中央大学出版部", "date": "2009"},
    ),
    (
        "松原茂樹, 加藤芳秀, 江川誠二. 英文作成支援ツールとしての用例文検索システムESCORT. "
        "情報管理. 2008, vol. 51, no. 4, p. 251-259.",
        {
            "type": "journal article",
            "authors": ["松原茂樹", "加藤芳秀", "江川誠二"],
            "container": "情報管理",
            "volume": "51",
            "issue": "4",
            "pages": "251-259",
            "date": "2008",
        },
    ),
    (
        'Louise Esher, "Autonomous Morphology and Extramorphological Coherence," Morphology 24, no. 4 (2014): 340,',
        {
            "type": "journal article",
            "authors": ["Louise Esher"],
            "container": "Morphology",
            "volume": "24",
            "issue": "4",
            "date": "2014",
            "pages": "340",
            "language": "en",
        },
    ),
    (
        "Zadie Smith, Swing Time (New York: Penguin Press, 2016), 315.",
        {
            "type": "book",
            "authors": ["Zadie Smith"],
            "title": "Swing Time",
            "publisher": "Penguin Press",
            "date": "2016",
        },
    ),
    (
        'Ikenberry, David L., Josef Lakonishok, and Theo Vermaelen. 1995. "Market underreaction to open market share'
        ' repurchases." Journal of Financial Economics 39, 181-208.',
        {
            "authors": ["Ikenberry, David L.", "Josef Lakonishok", "Theo Vermaelen"],
            "volume": "39",
            "pages": "181-208",
            "date": "1995",
        },
    ),
    (
        "Петров В. И. Тренды рынка // Вопросы экономики. – 2021. – Т. 103, № 5. – С. 75–94.",
        {
            "type": "journal article",
            "authors": ["Петров В. И."],
            "title": "Тренды рынка",
            "container": "Вопросы экономики",
            "volume": "103",
            "issue": "5",
            "pages": "75-94",
            "date": "2021",
        },
    ),
    (
        "Официальный сайт Росстата [Электронный ресурс]. URL: https://rosstat.gov.ru (дата обращения: 12.10.2023).",
        {
            "type": "web page",
            "title": "Официальный сайт Росстата",
            "url": "https://rosstat.gov.ru",
            "accessed": "2023-10-12",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_parse_citation_fields(text, expected):
    citation = parse(text)
    for name, value in expected.items():
        assert getattr(citation, name) == value, (name, getattr(citation, name))


def test_offsets_and_text_are_the_notes():
    text = "水戸地判昭52・2・17判時842・22"
    citation = parse(text)
    assert (citation.start, citation.end, citation.text) == (100, 100 + len(text), text)


def test_document_access_date_applies_only_to_online_sources():
    online = parse(
        '"Визит Путина в КНДР завершен," Ведомости, 19.06.2024. <https://www.vedomosti.ru/politics/news/x>',
        accessed="2024-12-04",
    )
    printed = parse("「ロ朝首脳会談とは」『日本経済新聞』2023.9.13.", accessed="2024-12-04")
    own = parse(
        "佐々木毅・金泰昌(2001)『公と私の社会科学』(東京大学出版会)、p.131、http://www.netlibrary.com(2009年3月2日アクセス)",
        accessed="2024-12-04",
    )
    assert (online.accessed, printed.accessed, own.accessed) == ("2024-12-04", None, "2009-03-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("* 本稿におけるインターネット情報の最終アクセス日は、2024年12月4日である。", "2024-12-04"),
        ("本稿の情報は2024年12月現在である。", None),
    ],
)
def test_access_note_date(text, expected):
    assert access_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<https://www.interfax.ru/russia/986705>", "https://www.interfax.ru/russia/986705"),
        ("… 2007, p.94. <https://www2.jiia.or.jp/pdf/06-hyodo.pdf>", "https://www2.jiia.or.jp/pdf/06-hyodo.pdf"),
        ("…答弁書(昭和56年5月29日)http://www.shugiin.go.jp/b094032.htm", "http://www.shugiin.go.jp/b094032.htm"),
        (
            "Gender and Education 30, no. 4 (2018): 490. https://10.1080/09540253.2016.1216953.",
            "https://10.1080/09540253.2016.1216953",
        ),
        ("No link here.", None),
    ],
)
def test_url_without_brackets_and_trailing_dot(text, expected):
    assert find_url(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pp.7-36", "7-36"),
        ("79ページ", "79"),
        ("79頁", "79"),
        ("2013年56巻3号 p.166-172", "166-172"),
        ("124頁-126頁", "124-126"),
        ("Morphology 24, no. 4 (2014): 325–50.", "325-350"),
        ("С. 75–94.", "75-94"),
        ("2007年度", None),
    ],
)
def test_pages(text, expected):
    assert find_pages(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023.9.13.", "2023-09-13"),
        ("14.09.2023.", "2023-09-14"),
        ("『レファレンス』 2004.5, pp.7-36", "2004-05"),
        ("昭和47年11月13日", "1972-11-13"),
        ("昭52・2・17", "1977-02-17"),
        ("от 28 ноября 1996 года", "1996-11-28"),
        ("New York Times, October 10, 2010", "2010-10-10"),
        ("(December 1959)", "1959-12"),
        ("2013年56巻3号", "2013"),
        ("平成元年", "1989"),
    ],
)
def test_dates(text, expected):
    assert find_date(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("「落語とIT」『情報処理』", "ja"),
        ("水戸地判昭52・2・17判時842・22", "ja"),
        ("Визит Путина в КНДР завершен, Ведомости", "ru"),
        ("Flanaut, J. Les elements des terres rares / J. Flanaut. – Paris: Masson, 1969.", "fr"),
        ("Zadie Smith, Swing Time (New York: Penguin Press, 2016)", "en"),
    ],
)
def test_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("閲覧日 2015-05-18", "2015-05-18"),
        ("(2009年3月2日アクセス)", "2009-03-02"),
        ("(дата обращения: 12.10.2023)", "2023-10-12"),
        ("accessed October 5, 2020", "2020-10-05"),
        ("Ведомости, 14.09.2023.", None),
    ],
)
def test_note_access_dates(text, expected):
    assert find_accessed(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("па-ртнерстве", "партнерстве"),
        ("по-русски", "по-русски"),
        ("кто-то", "кто-то"),
        ("Народно-Демократической", "Народно-Демократической"),
    ],
)
def test_repair_hyphenation(text, expected):
    assert repair_hyphenation(text) == expected


def _resolved(notes: list[str]) -> list[Citation]:
    citations = [parse_citation(t, f"C{i:04d}", str(i), i * 100) for i, t in enumerate(notes, 1)]
    resolve_back_references(citations)
    return citations


def test_back_references_resolve_to_what_they_repeat():
    citations = _resolved(
        [
            "高林龍『標準特許法』(2002年・有斐閣)",
            "芦部信喜『憲法学I憲法総論』有斐閣、1992年、261頁",
            "同上、262頁",
            "前掲高林33頁",
            "前掲注1、40頁",
            "芦部・前掲書、270頁",
        ]
    )
    assert [c.repeats for c in citations] == [None, None, "C0002", "C0001", "C0001", "C0002"]
    assert (citations[2].title, citations[2].pages) == ("憲法学I憲法総論", "262")
    assert (citations[3].title, citations[3].pages) == ("標準特許法", "33")


def test_western_back_references():
    citations = _resolved(
        [
            "Zadie Smith, Swing Time (New York: Penguin Press, 2016), 315.",
            'Louise Esher, "Autonomous Morphology and Extramorphological Coherence," Morphology 24, no. 4 (2014): 340,',
            "Smith, Swing Time, 320.",
            "Ibid., 18.",
            "Esher, op. cit., p. 341.",
            'Esher, "Autonomous Morphology," 341.',
        ]
    )
    assert [c.repeats for c in citations] == [None, None, "C0001", "C0001", "C0002", "C0002"]
    assert citations[3].pages == "18" and citations[3].title == "Swing Time"


def test_unresolvable_back_reference_stays_marked():
    citations = _resolved(["前掲注7、33頁"])
    assert citations[0].type == "back reference" and citations[0].repeats is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "手続については、松橋和夫「アメリカ連邦議会上院における立法手続」『レファレンス』 2004.5, "
            "pp.7-36【Z22-554】における記載が詳しい。",
            "松橋和夫「アメリカ連邦議会上院における立法手続」『レファレンス』 2004.5, pp.7-36【Z22-554】",
        ),
        ("例えば高林龍『標準特許法』(2002年・有斐閣)を注で引用する場合", "高林龍『標準特許法』(2002年・有斐閣)"),
        ("両国は「包括的戦略パートナーシップ条約」に署名した。", None),
        ("首相は『日本経済新聞』のインタビューに答えた。", None),
    ],
)
def test_inline_citations(body, expected):
    spans = find_inline_citations(body)
    assert [body[s:e] for s, e in spans] == ([expected] if expected else [])


def test_inline_citation_parses_with_call_number():
    text = "松橋和夫「アメリカ連邦議会上院における立法手続」『レファレンス』 2004.5, pp.7-36【Z22-554】"
    citation = parse(text, note=None)
    assert (citation.authors, citation.container, citation.date, citation.pages, citation.call_number) == (
        ["松橋和夫"], "レファレンス", "2004-05", "7-36", "Z22-554",
    )  # fmt: skip


def test_statute_links_to_its_instrument():
    statute = parse(
        'Федеральный закон от 09.11.2024 № 374-ФЗ "О ратификации Договора". <http://publication.pravo.gov.ru/x>'
    )
    book = parse("芦部信喜『憲法学I憲法総論』有斐閣、1992年、261頁")
    instruments = [
        {"instrument_id": "I0001", "canonical": "国連憲章", "aliases": [], "number": None, "start": 5},
        {"instrument_id": "I0002", "canonical": "連邦法", "aliases": ["374-ФЗ"], "number": "連邦法第374号", "start": 9},
    ]
    link_instruments([statute, book], instruments)
    assert (statute.instrument_id, book.instrument_id) == ("I0002", None)


@pytest.mark.parametrize(
    ("text", "court", "date", "container", "volume", "issue", "pages"),
    [
        (
            "最三小判昭55.7.1民集34巻4号535頁",
            "最高裁判所第三小法廷",
            "1980-07-01",
            "最高裁判所民事判例集",
            "34",
            "4",
            "535",
        ),
        (
            "福岡地大牟田支判昭45.2.27判タ253号302頁",
            "福岡地方裁判所大牟田支部",
            "1970-02-27",
            "判例タイムズ",
            None,
            "253",
            "302",
        ),
        ("大判大12.4.30刑集2巻378頁", "大審院", "1923-04-30", "大審院刑事判例集", "2", None, "378"),
        (
            "最大判平成9年4月2日民集51巻4号1673頁",
            "最高裁判所大法廷",
            "1997-04-02",
            "最高裁判所民事判例集",
            "51",
            "4",
            "1673",
        ),
        (
            "最高裁昭和58年10月7日大法廷判決(民集37巻8号1282頁)",
            "最高裁判所大法廷",
            "1983-10-07",
            "最高裁判所民事判例集",
            "37",
            "8",
            "1282",
        ),
    ],
)
def test_court_decisions(text, court, date, container, volume, issue, pages):
    citation = parse(text)
    assert citation.type == "court decision"
    assert (citation.court, citation.date, citation.container) == (court, date, container)
    assert (citation.volume, citation.issue, citation.pages) == (volume, issue, pages)


def test_apa_chapter_article_and_book():
    chapter = parse(
        "Dillard, J. P. (2020). Currents in the study of persuasion. In M. B. Oliver, A. A. Raney, & J. Bryant (Eds.), "
        "Media effects: Advances in theory and research (4th ed., pp. 115–129). Routledge."
    )
    assert (chapter.type, chapter.editor, chapter.container, chapter.publisher, chapter.pages) == (
        "chapter", "M. B. Oliver, A. A. Raney, & J. Bryant", "Media effects: Advances in theory and research",
        "Routledge", "115-129",
    )  # fmt: skip
    article = parse(
        "Leekitchwatana, P., & Pimdee, P. (2017). Appropriate Thai high school student Internet behaviour: "
        "A hierarchical linear model analysis. International Journal of Emerging Technologies in Learning, "
        "12(10), 158 – 172. https://doi.org/10.3991/ijet.v12i10.7366"
    )
    assert (article.authors, article.volume, article.issue, article.pages) == (
        ["Leekitchwatana, P.", "Pimdee, P."], "12", "10", "158-172",
    )  # fmt: skip
    book = parse(
        "Remley, T. P., & Herlihy, B. (2020). Ethical, legal, and professional issues in counseling (6th ed.). Pearson."
    )
    assert (book.type, book.title, book.publisher, book.date) == (
        "book", "Ethical, legal, and professional issues in counseling", "Pearson", "2020",
    )  # fmt: skip
