"""Japanese papers, reports and law footnotes.

- a public body after a 「title」 is the document's publisher, and a title naming an official document (`…資料`,
  `…報告書`, `白書`) makes it a report;
- author-date lists: the year in brackets (`木下康司[2006]『…』`, `CBO [2005] "…"`) reads as `(2006)`; a bare title
  closed by a bracketed imprint, the era year read as the date; a paper series and the body issuing it;
- natural-science lists: names joined by `・` or `.`, the year in brackets or after the names, `Journal Vol:
  Pages`, or a chapter with `(Name 編)`, publisher, place and pages; architecture lists (日本建築学会) with `第 307
  巻,pp.102-111,1981.9`, and `ほか` as an element of its own;
- law footnotes: imprint years and pages in kanji digits (`(岩波書店、一九九七)一四九頁`), `補訂` names an editor, an
  NDL list of works separated by `;`.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citations import (
    _bracketed_year_as_parenthesised,
)
from pipeline.extractors.citations.fields import (
    kanji_numbers_as_arabic,
)
from pipeline.extractors.citations.japanese import DOCUMENT_KIND

from .helpers import assert_fields, parse, rows
from .sources import TONAMI, ZAIGAI

# chinapedia/wikipedia.ja Page/憲法調査会.md: the publications of a body, listed as `『title』,body,year`.
KENPO_CHOSAKAI = "chinapedia/wikipedia.ja Page/憲法調査会.md"


BODY_AFTER_TITLE = [
    # (note, title, publisher, type, source)
    ("『各国憲法集』,憲法調査会事務局,1955年", "各国憲法集", "憲法調査会事務局", "book", KENPO_CHOSAKAI),
    ("『各国憲法集 第3集』,憲法調査会事務局,1959年", "各国憲法集 第3集", "憲法調査会事務局", "book", KENPO_CHOSAKAI),
]


@pytest.mark.parametrize(
    ("title", "official"),
    [
        ("憲法調査会報告書", True),
        ("「国際機関と憲法」に関する基礎的資料", True),
        ("令和元年版 防衛白書", True),
        ("各国憲法集", False),
    ],
)
def test_document_kind(title: str, official: bool):
    assert bool(DOCUMENT_KIND.search(title)) is official


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


# http://globalauthorid.com/WebPortal/ArticleView?wd=2F31AFE8184678FB4F35389FCF08D5431946253B868BF841 (日作紀 list)
# http://globalauthorid.com/WebPortal/ArticleView?wd=6A014294BD3F8782815B849F8D0E2DB7055A161BE6FAD046 (応動昆 list)
# https://ouci.dntb.gov.ua/en/works/7pyEKLa4 (応動昆 list; the English version in [] after each entry left out)
SCIENCE_JOURNAL_ROWS = [
    (
        "福嶌陽・太田久稔・梶亮太・津田直人 2015. 生産力検定試験成績を利用した水稲の収量形成要因の解析. "
        "日作紀 84: 249-255.",
        ["福嶌陽", "太田久稔", "梶亮太", "津田直人"],
        "生産力検定試験成績を利用した水稲の収量形成要因の解析",
        "日作紀",
        "2015",
        "249-255",
    ),
    (
        "本庄一雄 1971. 米のタンパク含量に関する研究:第 2 報 施肥条件のちがいが玄米のタンパク質含有率および"
        "タンパク質総量に及ぼす影響. 日作紀 40: 190-196.",
        ["本庄一雄"],
        "米のタンパク含量に関する研究:第 2 報 施肥条件のちがいが玄米のタンパク質含有率およびタンパク質総量に及ぼす影響",
        "日作紀",
        "1971",
        "190-196",
    ),
    (
        "藤崎祐一郎(1982) 宮城県における水田に生息するカメムシ類と斑点米発生の検討.宮城農セ報49:45–58.",
        ["藤崎祐一郎"],
        "宮城県における水田に生息するカメムシ類と斑点米発生の検討",
        "宮城農セ報",
        "1982",
        "45-58",
    ),
    (
        "上室 剛・東垂水昭子・末永 博(2016) チャノホソガ(チョウ目:ホソガ科)の異なる発育ステージに対する各種薬剤の効果."
        "応動昆60:111–118.",
        ["上室 剛", "東垂水昭子", "末永 博"],
        "チャノホソガ(チョウ目:ホソガ科)の異なる発育ステージに対する各種薬剤の効果",
        "応動昆",
        "2016",
        "111-118",
    ),
    (  # constructed after the same lists: the colon after the bracketed year (植物防疫 style)
        "山田太郎・鈴木花子(1996): 水田におけるカメムシ類の発生消長.植物防疫 50, 218-221.",
        ["山田太郎", "鈴木花子"],
        "水田におけるカメムシ類の発生消長",
        "植物防疫",
        "1996",
        "218-221",
    ),
]


# http://globalauthorid.com/WebPortal/ArticleView?wd=6A014294BD3F8782815B849F8D0E2DB708298970A651067D
SCIENCE_CHAPTER_ROWS = [
    (
        "枝恵太郎・四方圭一郎(2013) キリガ亜科.日本産蛾類標準図鑑II(岸田泰則 編).学研教育出版,東京,pp. 323–367.",
        ("キリガ亜科", "日本産蛾類標準図鑑II", "岸田泰則", "学研教育出版", "323-367"),
    ),
    (  # constructed after the same list: the editor before the book, the place before the pages
        "佐藤一郎(1994): 茶の成分.山本次郎編,茶の栽培.養賢堂,東京, 384-400.",
        ("茶の成分", "茶の栽培", "山本次郎", "養賢堂", "384-400"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCIENCE_CHAPTER_ROWS)
def test_natural_science_chapter(text: str, expected: tuple[str, ...]) -> None:
    citation = parse(text)
    found = (citation.title, citation.container, citation.editor, citation.publisher, citation.pages)
    assert (found, citation.type) == (expected, "chapter")


# http://globalauthorid.com/WebPortal/ArticleView?wd=1AF41AE9686F61A3C62E5103A5EB0AE41154C0091B18F617 (込山)
# http://globalauthorid.com/WebPortal/ArticleView?wd=1AF41AE9686F61A3B25B1E50F02DF889B6CAE16D8968FFD3 (山口, 上野)
# http://globalauthorid.com/WebPortal/ArticleView?wd=1AF41AE9686F61A3FFEDFBAD9A6A1CCAC7C7D49E6CB3D25A (川后)
# http://globalauthorid.com/WebPortal/ArticleView?wd=067ACC8519F13E69C7DB5BE65D16F0812998498290090180 (宮本)
AIJ_ROWS = [
    (
        "込山敦司,初見学:床段差が室空間の心理的・機能的評価に及ぼす影響,日本建築学会計画系論文集,"
        "第495号,pp. 117-123, 1997. 5",
        ["込山敦司", "初見学"],
        "床段差が室空間の心理的・機能的評価に及ぼす影響",
        "日本建築学会計画系論文集",
        None,
        "117-123",
    ),
    (
        "山口勝巳,屋敷和佳:東京都の公立小学校におけるオープン型教室の整備状況と空間構成 小学校におけるオープン型教室の"
        "整備と評価に関する研究 その1,日本建築学会大会学術講演梗概集E-1,pp.83-84,2005.9",
        ["山口勝巳", "屋敷和佳"],
        "東京都の公立小学校におけるオープン型教室の整備状況と空間構成 "
        "小学校におけるオープン型教室の整備と評価に関する研究 その1",
        "日本建築学会大会学術講演梗概集E-1",
        None,
        "83-84",
    ),
    (
        "上野 淳,連健夫:小学校オープンスペースにおける場.コーナーの形成に関する分析 小学校オープンスペースの使われ方に"
        "関する調査.研究(1),日本建築学会計画系論文報告集,386号,pp.90-100,1988.4",
        ["上野 淳", "連健夫"],
        "小学校オープンスペースにおける場.コーナーの形成に関する分析 "
        "小学校オープンスペースの使われ方に関する調査.研究(1)",
        "日本建築学会計画系論文報告集",
        None,
        "90-100",
    ),
    (
        "川后のぞみ:鞆の浦の町家に見られる二階空間に対する意識, 日本建築学会大会学術講演梗概集, 建築歴史・意匠, "
        "pp.531-532, 2009",
        ["川后のぞみ"],
        "鞆の浦の町家に見られる二階空間に対する意識",
        "日本建築学会大会学術講演梗概集",
        None,
        "531-532",
    ),
    (
        "宮本俊輔, 宮澤健二, 入江康隆, 後藤治: 寺院建築の耐震診断と耐震改修事例, 日本建築学会構造系論文集, 第593 号, "
        "2005 年7 月, pp.87-94.",
        ["宮本俊輔", "宮澤健二", "入江康隆", "後藤治"],
        "寺院建築の耐震診断と耐震改修事例",
        "日本建築学会構造系論文集",
        None,
        "87-94",
    ),
    (  # constructed after the AIJ book form (`小林秀樹:集住のなわばり学, 彰国社,pp.107-110,1992.8`, cit_fresh8)
        "鈴木成文:住まいの計画・住まいの文化, 彰国社,pp.12-20,1988.3",
        ["鈴木成文"],
        "住まいの計画・住まいの文化",
        None,
        "彰国社",
        "12-20",
    ),
]


BUNKEN = "https://www5.cao.go.jp/j-j/sekai_chouryuu/sa06-02/sa06-01-01-bunken.html"


# (source, text, authors, title, container, date)
BRACKETED_YEARS = [
    (
        BUNKEN,
        "財務省[2006]「財政構造改革特別部会 海外調査報告書」",
        ["財務省"],
        "財政構造改革特別部会 海外調査報告書",
        None,
        "2006",
    ),
    (  # the month closes the reference: the date of issue
        BUNKEN,
        'CBO [2006b] "The Cyclically Adjusted and Standardized Budget Measures", March 2006',
        ["CBO"],
        "The Cyclically Adjusted and Standardized Budget Measures",
        None,
        "2006-03",
    ),
    (
        BUNKEN,
        'CBO [2006] "The Budget and Economic Outlook An Update", August 2006',
        ["CBO"],
        "The Budget and Economic Outlook An Update",
        None,
        "2006-08",
    ),
    (
        BUNKEN,
        "Casey, Bernard, Howard Oxley, Edward Whitehouse, Pablo Antolin, Romain Duval and Willi Leibfritz [2003] "
        '"Policies for an Ageing Society: Recent Measures and Areas for Further Reform", OECD Economic Department '
        "Working Papers No.369",
        ["Casey, Bernard", "Howard Oxley", "Edward Whitehouse", "Pablo Antolin", "Romain Duval", "Willi Leibfritz"],
        "Policies for an Ageing Society: Recent Measures and Areas for Further Reform",
        "OECD Economic Department Working Papers",
        "2003",
    ),
    (
        BUNKEN + " (sample)",
        "木下康司[2006]『図説 日本の財政』東洋経済新報社",
        ["木下康司"],
        "図説 日本の財政",
        None,
        "2006",
    ),
]


@pytest.mark.parametrize("text", ["外務省[2020-04-20]「外交青書」", "王兵[J]. 经济研究, 2005", "Title [1] of a list"])
def test_only_a_year_in_brackets_is_rewritten(text: str) -> None:
    """Access dates, GB/T type codes and list numbers in brackets stay as written (constructed)."""
    assert _bracketed_year_as_parenthesised(text) == text


# (source, text, authors, container, publisher)
SERIES = [
    (
        BUNKEN + " (sample)",
        "茂呂賢吾[2004]「政府の規模と経済成長−先進国パネル分析に見る負の相関の再検証」、内閣府経済社会総合研究所 ESRI "
        "Discussion Paper No.103",
        ["茂呂賢吾"],
        "ESRI Discussion Paper",
        "内閣府経済社会総合研究所",
    ),
    (
        BUNKEN + " (sample; `P.and` glued)",
        'Devereux, Michael P.and Peter Birch Sørensen. [2005] "The Corporate Income Tax: International Trends and '
        'Options for Fundamental Reform", EPRU Analysis No.24, Economic Policy Research Unit, Department of '
        "Economics, University of Copenhagen.",
        ["Devereux, Michael P.", "Peter Birch Sørensen"],
        "EPRU Analysis",
        "Economic Policy Research Unit, Department of Economics, University of Copenhagen",
    ),
    (
        "constructed after the ESRI entries of " + BUNKEN,
        "田中太郎[2010]「財政と成長」、財務総合政策研究所 PRI Discussion Paper No.10",
        ["田中太郎"],
        "PRI Discussion Paper",
        "財務総合政策研究所",
    ),
]


NDL = "https://www.call4.jp/file/pdf/202312/8a4a4f668a6fc6c7d3cb56a41106bcc9.pdf"  # レファレンス 833号 (sample)


MATSUMOTO = "https://www.call4.jp/file/pdf/202503/3c634601efb2c5a7bfcae222d92e8bb5.pdf"  # 甲33 意見書 (sample)


RYOKEN = "https://www.call4.jp/file/pdf/202206/08e263ff6d293acd20fb2f09c0bec8ce.pdf"  # 原告第7準備書面


# (source, note, expected fields)
NOTES = [
    (
        ZAIGAI,  # sample: a lead-in clause closed by a comma, a name with kana
        "学説の展開につき、辻村みよ子『憲法』345頁以下(日本評論社2000年)。",
        {"authors": ["辻村みよ子"], "title": "憲法", "publisher": "日本評論社", "date": "2000", "pages": "345"},
    ),
    (
        "https://www.call4.jp/file/pdf/202108/7cb2340ee302ca3d7ee872fb3e89a645.pdf",  # sample (中京法学 54巻3・4号)
        "以上について、長野士郎『逐条地方自治法(第11次改訂版)』(平成5年・学陽書房)374頁以下,松本英昭『新版逐条地方自治法"
        "(第9次改訂版)』(平成29年・学陽書房)488頁以下などを参照。",
        {"authors": ["長野士郎"], "publisher": "学陽書房", "date": "1993", "pages": "374"},
    ),
    (
        TONAMI,  # sample: a relative clause ending in a verb; kanji-digit year and page
        "判例が憲法問題を避ける傾向にあることを批判する奥平康弘『憲法裁判の可能性』(岩波書店、一九九五)一五五頁以下は、"
        "①名誉毀損法制、②私人間効力論、③煽動罪の例を挙げて問題点を詳細に検討している。",
        {"authors": ["奥平康弘"], "title": "憲法裁判の可能性", "publisher": "岩波書店", "date": "1995"},
    ),
    (
        TONAMI,  # sample
        "芦部信喜『憲法〔新版〕』(岩波書店、一九九七)一四九頁。",
        {"authors": ["芦部信喜"], "date": "1997", "pages": "149"},
    ),
    (
        "https://www.call4.jp/file/pdf/202011/8ad87ebc695c613241eb51f818dcb20f.pdf",  # sample (大阪 第4準備書面)
        "渋谷秀樹『憲法(第3版)』(甲A211)467頁。",
        {"authors": ["渋谷秀樹"], "title": "憲法(第3版)", "publisher": None, "pages": "467"},
    ),
    (
        RYOKEN,  # another filing: a work with its page, no exhibit; the rule must leave it alone
        "旅券法研究会『逐条解説旅券法』(大蔵省印刷局、1999)120頁。",
        {"title": "逐条解説旅券法", "publisher": "大蔵省印刷局", "date": "1999", "pages": "120"},
    ),
    (
        NDL,  # sample: the first of a `;` list
        "選挙権年齢引下げの経緯や改正の概要については、鈴木康之「公職選挙法等の一部を改正する法律"
        "(選挙権年齢等の引下げ)について」『選挙時報』64巻8号,2015.8, pp.1-9;中谷幸司「選挙権年齢の「一八歳以上」"
        "への引下げ」『時の法令』1988号,2015.10.30, pp.4-17等を参照。",
        {"authors": ["鈴木康之"], "container": "選挙時報", "pages": "1-9", "date": "2015-08"},
    ),
    (
        MATSUMOTO,  # sample: 補訂 is a reviser
        "芦部信喜・高橋和之補訂『憲法(第8版)』137頁(岩波書店、2023年)。",
        {"authors": ["芦部信喜"], "editor": "高橋和之", "publisher": "岩波書店", "pages": "137"},
    ),
]


KOKUSHIKAN9 = "http://www.kokushikan.ac.jp/research/archive/publication/book/vol9/HTML/index96.html"

# (source, text, the text with years and pages in Arabic digits)
KANJI = [
    (
        TONAMI,
        "芦部信喜『憲法〔新版〕』(岩波書店、一九九七)一四九頁。",
        "芦部信喜『憲法〔新版〕』(岩波書店、1997)149頁。",
    ),
    (TONAMI, "(日本評論社、一九九五)一三頁以下。", "(日本評論社、1995)13頁以下。"),
    (TONAMI, "(東大出版会、一九九九)一○三頁以下", "(東大出版会、1999)103頁以下"),  # ○ for 〇, as the PDF prints it
    ("constructed", "『一九八四年』(早川書房)", "『一九八四年』(早川書房)"),  # a title keeps its kanji digits
    ("constructed", "第一頁", "第一頁"),  # an ordinal page is not rewritten
    # 国士舘史研究年報第9号 note (7), a humanities note in kanji digits
    (
        KOKUSHIKAN9,
        "『法令全書 明治五年』(内閣官報局、一八八九年)一一二四頁。",
        "『法令全書 明治五年』(内閣官報局、1889年)1124頁。",
    ),
    # constructed on that note's pattern (no outside page with a kanji range was found): a range keeps both pages
    ("constructed", "(内閣官報局、一八八九年)一一二四~一一二六頁。", "(内閣官報局、1889年)1124~1126頁。"),
    ("constructed", "同前、五一〜五二頁。", "同前、51〜52頁。"),
]


@pytest.mark.parametrize(("source", "text", "expected"), KANJI, ids=[k[1][:16] for k in KANJI])
def test_kanji_digits_in_imprints(source, text, expected):
    assert kanji_numbers_as_arabic(text) == expected, source


# Whole notes sampled from public pages: every field the parser must read from each. The rows keep characters
# as typed (`№`, `Ⅰ`, `…`) and are parsed without NFKC.
# (note, fields), the source in the comment above the row
SAMPLED_NOTES = [
    # Japanese
    (  # [melodies] a weekly's issue by its cover date
        "横田増生「ユニクロ潜入一年」『週刊文春』2016年12月8日号(第2899号)、22-27頁、文藝春秋。",
        {
            "type": "journal article",
            "authors": ["横田増生"],
            "title": "ユニクロ潜入一年",
            "container": "週刊文春",
            "date": "2016-12-08",
            "pages": "22-27",
            "publisher": "文藝春秋",
        },
    ),
    (  # [hattori] the same without a year: what it says (ISO 8601 `--12-12`)
        "『週刊新潮』12月12日号、38頁",
        {
            "type": "journal article",
            "title": None,
            "container": "週刊新潮",
            "date": "--12-12",
            "pages": "38",
            "publisher": None,
        },
    ),
    (  # [idest] a page after the issue is not a publisher
        "小川政亮「社会保障と国籍」法律時報53巻7号28頁(1981年)28頁",
        {"container": "法律時報", "publisher": None, "date": "1981", "pages": "28", "volume": "53", "issue": "7"},
    ),
    # 頁以下 (and following): the first page.
    # http://lex.juris.hokudai.ac.jp/ronshu/citation.html
    (
        "星野英一=田中英夫「〈対談〉法律文献の引用方法をめぐって」書斎の窓383号(1989年)2頁以下",
        {"authors": ["星野英一", "田中英夫"], "container": "書斎の窓", "date": "1989", "pages": "2"},
    ),
    (
        "弥永真生「法律学のマニュアル 11」法学教室221号(1999年)84頁以下",
        {"title": "法律学のマニュアル 11", "container": "法学教室", "pages": "84", "type": "journal article"},
    ),
    (
        "浜田久美子.国際交流の人々〈日本人〉阿倍仲麻呂:仲麻呂伝の成立過程[J].歴史と地理,2018(6):38-47.",
        {"container": "歴史と地理", "date": "2018", "pages": "38-47", "type": "journal article"},
    ),
    # Japanese: Wikipedia's guideline examples, NDL reference-database notes.
    (  # WIKI_CITE: author-year first, article in 「」, journal in 『』
        "福見秀雄、1954年、「感染論から見た化学療法論」『科学』24号175~179頁。",
        {
            "authors": ["福見秀雄"],
            "title": "感染論から見た化学療法論",
            "container": "科学",
            "date": "1954",
            "pages": "175-179",
            "type": "journal article",
        },
    ),
    (  # WIKI_CITE: katakana names with `=` (surname=initials), two authors joined by `/`
        "マイルス=A・A/ミスラ=S・S、1938年、「The estimation of the bactericidal power of the blood」"
        "『Journal of Hygiene』38巻6号733頁、ケンブリッジ大学、PMC: PMC2199673。",
        {
            "authors": ["マイルス=A・A", "ミスラ=S・S"],
            "container": "Journal of Hygiene",
            "date": "1938",
            "pages": "733",
        },
    ),
]


# (source, note, fields)
SAMPLED_NOTES_WITH_SOURCE = [
    # not rules' targets: a bill (`…法律案`) stays a journal article; a place before the publisher is no author
    (
        "CONSTRUCTED (negative)",
        "「民法の一部を改正する法律案」『ジュリスト』2017年第1期,20頁。",
        {"type": "journal article", "title": "民法の一部を改正する法律案"},
    ),
    (
        "CONSTRUCTED (negative: Japanese 訴訟 in a proposal's title)",
        "「集団訴訟制度の改革案」『ジュリスト』2010年第5号,30頁。",
        {"type": "journal article"},
    ),
]


# Single notes: (note, fields), the rule in the comment above each row.
SINGLE_NOTES = [
    # author date pointer is no science entry
    # `内閣府(2006)、第I部第1章参照。` (a pointer, no title) stays with the author-date reading.
    (
        "内閣府(2006)、第I部第1章参照。",
        {"authors": ["内閣府"], "title": None, "date": "2006"},
    ),
    # aij numbered part keeps its subtitle
    # constructed after the AIJ layout: a `その2` part whose subtitle follows the comma, then the journal
    (
        "山田太郎,佐藤花子:集合住宅の共用空間に関する研究 その2,利用実態, 日本建築学会計画系論文集, "
        "第 500 巻,pp.1-8,1997.10",
        {
            "title": "集合住宅の共用空間に関する研究 その2,利用実態",
            "container": "日本建築学会計画系論文集",
            "volume": "500",
            "date": "1997-10",
        },
    ),
    # others as own element is no title
    # constructed after the J-GLOBAL / CiNii export layout (`名. ほか. 題名. 誌名. …`)
    (
        "五十嵐 由利子. ほか. 特別養護老人ホームにおける冬季の湿度環境. 学術講演梗概集. "
        "一般社団法人日本建築学会. (1999) vol.1999, p.1087-1088.",
        {"authors": ["五十嵐 由利子"], "title": "特別養護老人ホームにおける冬季の湿度環境"},
    ),
]


FIELD_ROWS = [
    # body after title is publisher
    *rows(BODY_AFTER_TITLE, ("note", "title", "publisher", "type", "source"), container=None, authors=[]),
    # japanese author date entries
    *rows(JAPANESE, ("note", "expected")),
    # natural science journal article
    *rows(SCIENCE_JOURNAL_ROWS, ("note", "authors", "title", "container", "date", "pages"), type="journal article"),
    # japanese colon and commas
    *rows(AIJ_ROWS, ("note", "authors", "title", "container", "publisher", "pages")),
    # bracketed year is the author date year
    *rows(BRACKETED_YEARS, ("source", "note", "authors", "title", "container", "date")),
    # series and issuing body
    *rows(SERIES, ("source", "note", "authors", "container", "publisher"), type="report"),
    # round29 notes
    *rows(NOTES, ("source", "note", "expected")),
    *rows(SAMPLED_NOTES, ("note", "expected")),
    *rows(SAMPLED_NOTES_WITH_SOURCE, ("source", "note", "expected")),
    *rows(SINGLE_NOTES, ("note", "expected")),
]


@pytest.mark.parametrize(
    ("source", "note", "expected", "normalise"), FIELD_ROWS, ids=[row[1][:40] for row in FIELD_ROWS]
)
def test_fields(source: str, note: str, expected: dict, normalise: bool) -> None:
    assert_fields(parse(note, normalise=normalise), expected, source)
