"""Article references: the forms of an article, paragraph or item reference and its span.

Each row cites the page its sentence is quoted from, or says ``constructed`` when no outside page with the form was
found (the form itself is then described by the rule's comment in ``pipeline/extractors/articles*.py``); rows marked
``REAL`` quote a page other than the gold texts, ``SAMPLE`` rows quote a development sample page for classes where no
outside sentence was found (its gold rows then test the same sentence end to end).

- Roman article numbers: treaties of the UN era number their articles in Roman numerals (the IAEA Statute, the GATT,
  the NPT in its English text) and Japanese commentary copies them (第X条, 第XXIV条). The rule takes a well-formed
  numeral only, and only right after an instrument's name or word, since 第XX条 standing alone is a drafting
  placeholder; rows are constructed on the MOFA page whose English text cites the IAEA Statute's ARTICLE XV. C where
  its Japanese text says 国際原子力機関憲章第十五条C.
- An article inserted with a capital letter (第35A条), a lettered paragraph of a US act with its numbered item
  (第二条B項2), 第370条の第1項 as one reference, Parts of a foreign constitution (インド憲法第21部), a Section of an
  Article of the US Constitution (第1条第8節); a lettered treaty paragraph with its item (第1条A(2)), a sentence
  number (第2項第1文), 前2項 in Arabic digits, 同宣言第N項; 第77条の一部 (no branch number); 本条2 and ``paragraph 2
  of this Article``; 本項 quoted after 第53条第2項では; a law number whose ( the page lost belongs to the name before
  it.
- An acronym glued to a bare Arabic article names its treaty (GATT21条, GATT5条); 条約/条例 after the number are
  words.
- The convention's text prints a Part (``第八部 島の制度``) and numbers paragraphs without 項 (``第百二十一条 … 3``):
  orionkawagoe.hatenablog.com, https://orionkawagoe.hatenablog.com/entry/2020/07/30/085231; a Russian article with its
  instrument after it (Ст. 67 Конституции РФ: konstitutsiia.ru, https://konstitutsiia.ru/67).
- Curated treaty aliases and statutes quoted under a name line in commentary.

The sources of the convention rows are listed once, in the docstring of tests/articles/__init__.py.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs, find_references
from pipeline.extractors.articles.parts import _roman
from tests.articles.helpers import (
    ARTICLE_ONLY,
    NO_KIND,
    WITH_ITEM,
    WITH_KIND,
    WITH_SUB,
    find_article_ref,
    find_ref,
    nth_row,
    ref_rows,
)
from tests.articles.sources import (
    GEO_VCCR_ACCESSION,
    INACO_NPT,
    QUOTED_PROVISIONS,
    REDSTAR_KCNA,
    SHITARABA,
    SPUTNIK_LAVROV,
    UNCLOS,
    WIKI_RU_CONSTITUTION,
    WIKI_UN_CHARTER,
    Row,
)

# kokalog 1987-07-28 衆議院 農林水産委員会 第1号, https://kokalog.net/search.html?speech=%22%E7%94%9F%E7%89%A9%E5%AD%A6%E7%9A%84%E8%B3%87%E6%96%99%22
KOKALOG_IWC_1987 = (
    "また、同じ条約の第八条の第四項には、捕鯨産業の健全な発達のためには鯨資源についてその生物学的資料を継続的に採取、"
    "収集しなければならないという義務的な表現もございます。"
)
# constructed: a Diet 逐条説明 of an amending bill (the form of kokalog's explanations of bills, e.g. 国会法の一部を改正
# する法律案, https://kokalog.net/viewer.html?meeting_url=https://kokkai.ndl.go.jp/txt/114504032X00419990629&speech_order=22)
CONSTRUCTED_BILL = (
    "○政府委員 ただいま議題となりました旅券法の一部を改正する法律案の逐条説明をいたします。\n"
    "まず第二条でございますが、第一項で定義を整理いたしました。\n"
    "次に、第三項におきまして申請の期間を改めました。あとは本条の字句の整理でございます。"
)
# constructed: a Diet answer citing the whaling convention by two names (the alias IWC条約 → 国際捕鯨取締条約 is
# the MOFA page of the IWC, https://www.mofa.go.jp/mofaj/gaiko/whale/iwc.html, 設立条約: 国際捕鯨取締条約).
CONSTRUCTED_IWC = (
    "IWC条約第八条1は、科学的研究のための捕獲等を同条約の適用から除外している。一方、第六条には勧告の規定があり、"
    "この六条と八条の関係が議論された。\n○説明員 国際捕鯨取締条約第八条一は、締約政府の判断を定めている。"
)
# constructed frame around the wording of 国立国会図書館法 第二十五条 (bepats law text,
# http://www.bepats.co.jp/Home/2016hourei/Cs/KokkaiTosyo.htm; jahis 1949 text https://jahis.law.nagoya-u.ac.jp/lawdb/l/324a0194)
QUOTED_NDL_ACT = (
    "国立国会図書館法は、「第二十四条第一項に規定する出版物を発行したときは、前二条の規定に該当する場合を除いて、"
    "文化財の蓄積及びその利用に資するため」納入を求めている。"
)
# 法務省「難民条約とは」 quoting 出入国管理及び難民認定法 第2条第3号の2,
# http://www.moj.go.jp/nyuukokukanri/kouhou/press_040227-1_040227-1-11.html
MOJ_REFUGEE = (
    "二条 三の二 難民 難民の地位に関する条約(以下「難民条約」という。)第一条の規定又は難民の地位に関する議定書第一条の"
    "規定により難民条約の適用を受ける難民をいう。"
)
# gaikoku-jin.com「入管法とは」, https://gaikoku-jin.com/visa/2408.html (first sentence); the second is constructed
GAIKOKUJIN_IMMIGRATION = (
    "入管法とは「出入国管理及び難民認定法」を略した呼び名です。退去強制事由は入管法24条に定められています。"
)
# Hague Convention on the Civil Aspects of International Child Abduction, Article 12 (English text),
# https://www.hcch.net/en/instruments/conventions/full-text/?cid=24 ; the Japanese lead-in is constructed
HCCH_ARTICLE_12 = (
    "国際的な子の奪取の民事上の側面に関する条約の英文は次のとおり。\n"
    "Where a child has been wrongfully removed or retained in terms of Article 3 and, at the date of the commencement"
    " of the proceedings, a period of less than one year has elapsed, the authority concerned shall order the return."
)
# constructed (the heldout11 forms, written anew): a past relative clause before a treaty's title; a topic before it
CONSTRUCTED_RELATIVE = (
    "この命令は、子を常居所地国に返還することを定めた国際的な子の奪取の民事上の側面に関する条約第12条に基づく。"
)
CONSTRUCTED_TOPIC = "原告は、同処分は難民の地位に関する条約33条1項に反すると主張する。"
CONSTRUCTED_FORBIDDING = "送還することを禁じた難民の地位に関する条約(以下「難民条約」という。)33条1項に違反する。"
# constructed: court decisions continue an alias definition (以下「A」といい,…「B」という。), (以下「A」というが,…)
CONSTRUCTED_TWO_ALIASES = (
    "出入国管理及び難民認定法(以下「入管難民法」というが,条文を示すときは「法」ともいう。)違反の容疑で逮捕され、"
    "法70条1項7号違反の事実で起訴された。難民の地位に関する条約(以下「難民条約」といい,難民の地位に関する議定書を"
    "併せて「難民条約等」という。)33条1項に反する。"
)
# constructed: a remark on the version between a law's name and its bare article
CONSTRUCTED_REMARK = "出入国管理及び難民認定法(平成16年法律第73号による改正前のもの。以下同じ)49条に基づく異議の申出"
# constructed: a Chinese regulation quoted with its original name in square brackets (the Japanese translation
# convention of 比較法 papers; 弁法 ends in 法 like 企業年金基金管理試行弁法 in the JIL translation,
# https://www.jil.go.jp/foreign/jihou/2004_9/china_01_02.html)
CONSTRUCTED_CHINESE = "この合意が「商品房屋販売管理弁法[商品房销售管理办法]」第16条で規定される内容を具備するか否か"
# 拷問等禁止条約 preamble (MOFA text), https://www1.doshisha.ac.jp/~karai/intlaw/docs/goumon.htm
DOSHISHA_TORTURE_PREAMBLE = (
    "何人も拷問又は残虐な、非人道的な若しくは品位を傷つける取扱い若しくは刑罰を受けないことを定めている世界人権宣言"
    "第五条及び市民的及び政治的権利に関する国際規約第七条の規定に留意し、"
)
PRINCEYOKOHAM = "https://princeyokoham.sakura.ne.jp/smf/index.php?PHPSESSID=5ek0sk4mg7hp1meus3s2igiqar&topic=825.0"
MOFA_YUSEN = "https://hoonting.blogspot.com/2025/11/19951215-ares5052.html"  # quotes mofa.go.jp/mofaj/gaiko/un_kaikaku
UN_CHARTER_CH8 = "https://www.un.org/en/about-us/un-charter/chapter-8"
ASYURA_2005 = "http://asyura2.com/0502/war68/msg/638.html"
DAILYNK_TOURISM = "https://dailynk.jp/archives/156463"  # 観光法, 朝鮮民主主義人民共和国観光法を採択することについて
ROPPOU_S41 = "https://xn--eckucmux0ukcy120betvc.com/s41hou114/"  # 首都圏、近畿圏及び中部圏の…特別措置に関する法律
JPLAWS_NOUCHI = "https://jplaws.app/d/425AC0000000101-s.html"  # 農地中間管理事業の推進に関する法律, 略称: 農地バンク法
RYU9_PIL = "https://ryu9.jp/%e5%9b%bd%e9%9a%9b%e7%a7%81%e6%b3%95%e3%81%ae%e6%a7%8b%e9%80%a0%e3%81%a8%e6%ba%96%e6%8b%a0%e6%b3%95"
SZKN_LAW = "https://szkn.hatenadiary.org/entry/10051028/law0_1"  # 憲法…全11(12)章からなります, 全2条からなります
JAHIS_DIET = "https://jahis.law.nagoya-u.ac.jp/lawdb/l/323a0214/compare/323a0214en/side-by-side"  # …をここに公布する
SHITSUMON = "http://www.ne.jp/asahi/cccp/camera/HoppouRyoudo/HoppouShiryou/20060214shitsumonnshuisho.htm"
STRAIT3D = "http://www.strait3d.com/nibed65538.html"
EFERRIT = "https://ja.eferrit.com/%E7%B1%B3%E5%9B%BD%E6%86%B2%E6%B3%95%EF%BC%9A%E7%AC%AC1%E6%9D%A1%E3%80%81%E7%AC%AC8%E6%9D%A1/"
JPLAWS = "https://jplaws.app (law mirror style; cf. heldout20 jplaws text, not used here)"
CELEB_35A = "https://ja.celebritysupper.com/explained-what-are-articles-370"
JBPRESS_TRA = "https://jbpress.ismedia.jp/articles/-/84550?page=4"
ASIAPRESS = "http://www.asiapress.org/apn/2019/08/kashmir/kashmir-2/2/"
KYOTO_NPT = "https://www.kyoto-compha.or.jp/social_security/2022/08/20220820001738.html"
KUMANO = "https://www.city.kumano.lg.jp/reiki_int/reiki_honbun/r314RG00000284.html"
ASHIKAGA = "http://www.city.ashikaga.tochigi.jp/reiki_int/reiki_honbun/e103RG00000267.html"
CREAR = "https://www.crear-ac.co.jp/shoshi/takuitsu_minpou/minpou_0772-00/"
JOSHA = "https://orangepizero.tail93bd0.ts.net/KIMAMA_HP/KIMAMA/EduTK/EDBUNKEN/ifile01/josha.htm"
KFS = "https://www.kfs.go.jp/service/JP/75/09/besshi01.html"
GDPRHUB = "https://gdprhub.eu/index.php?diff=prev&oldid=20638&title=Article_6_GDPR"
RNAVI = "heldout7 h7_articles_rnavi_nouhon (日本の出版条例, a development text kept right)"
JMEDIA_14TH = "REAL https://jmedia.wiki/92/Fourteenth_Amendment_to_the_United_States_Constitution"
ISSUE_NET = "REAL http://www.issue.net/~sun/sc/2008/1803.html"
MOFA_ANNEX = "REAL https://www.mofa.go.jp/mofaj/gaiko/treaty/htmls/A-H10-2147.html"
MOFA_MDAA = "SAMPLE https://www.mofa.go.jp/mofaj/gaiko/treaty/htmls/A-S63-2947.html"
MOFA_UK = "SAMPLE https://www.mofa.go.jp/mofaj/gaiko/treaty/htmls/A-S55-1527.html"
MOFA_JR = "SAMPLE http://www.mofa.go.jp/mofaj/kaidan/yojin/arc_05/j_russia_shomei.html"
PACIFIC = "SAMPLE https://pacific-en.co.jp/x1-4.html"
HAKURIKU = "SAMPLE https://hakuriku.hatenablog.com/entry/20170630/Grundgesetz60_H"
PIPA = "SAMPLE https://note.com/chongfa510/n/n26b5a9d157c0"
CROSSHEAD = "SAMPLE (tests/gold/texts/articles_r6_*) https://www.crosshead.co.jp/blog/gdpr_law_policy_2/"
KANAUKA = "SAMPLE (tests/gold/texts/articles_r6_*) https://kanauka.com/keyword/k_787.html"
UK_TREATY = "日本国とグレ-ト・ブリテン及び北部アイルランド連合王国との間の条約"
HATENA_13 = "REAL https://d.hatena.ne.jp/keyword/%E6%86%B2%E6%B3%9513%E6%9D%A1"
MAINICHI_96 = (
    "REAL https://12a09.wordpress.com/2013/04/26/%E6%86%B2%E6%B3%9596%E6%9D%A1%E6%94%B9%E6%AD%A3%E3%80%80"
    "%E3%80%8C%E5%8F%82%E9%99%A2%E9%81%B8%E5%85%AC%E7%B4%84%E3%81%AE%E6%9F%B1%E3%80%8D%E7%9F%B3%E7%A0%B4"
    "%E5%B9%B9%E4%BA%8B%E9%95%B7/"
)
KYODO_96 = "REAL https://hatarakikata.net/3266"
JIJI_NATO = "SAMPLE https://www.jiji.com/jc/article?k=2022111600913&g=ukr"
FUJIPOST_NATO = "SAMPLE https://www.fujipost.com/international/8413.html"
WESTLAW = "SAMPLE http://www.westlawjapan.com/column-law/2023/231031/"
KENSEI_PIPA = "SAMPLE (tests/gold/texts/articles_r7_*) https://note.com/chongfa510/n/n26b5a9d157c0"
# Weblio 島の制度 (https://www.weblio.jp/content/%E5%B3%B6%E3%81%AE%E5%88%B6%E5%BA%A6) uses the common name;
# the first line adds the official title as MOFA prints it (constructed pairing, marked as such).
WEBLIO = f"{UNCLOS}について\n国連海洋法条約第121条3項にもかかわらず、この場合は岩も排他的経済水域と大陸棚を持ち得る。"
AMEBLO_RINTARO = "https://ameblo.jp/rintaro-o/entry-12489388351.html"
RIETI_184 = "https://www.rieti.go.jp/jp/special/special_report/184.html"
MOFA_IAEA = "https://www.mofa.go.jp/mofaj/gaiko/treaty/htmls/B-S39(1)-0711.html"
PLACEHOLDER = "drafting-template placeholder 《海关法》第XX条 (public GitHub code, find_string '第XX条')"


# (text, surface, column, expected, source)
REFERENCE_COLUMNS = [
    # 1. old-style paragraphs and bare articles of Diet minutes
    (CONSTRUCTED_IWC, "第八条一", "paragraph", "1", "constructed"),
    (CONSTRUCTED_IWC, "第八条一", "article", "8", "constructed"),
    (CONSTRUCTED_IWC, "六条", "article", "6", "constructed"),
    (CONSTRUCTED_IWC, "八条", "article", "8", "constructed"),
    (KOKALOG_IWC_1987, "第八条の第四項", "article", "8", "kokalog 1987 農林水産委員会"),
    ("民法第一条ないし第三条の規定", "第一条ないし第三条", "end_article", "3", "constructed"),
    ("著作権法第10条1項ないし3項により", "第10条1項ないし3項", "end_paragraph", "3", "constructed"),
    ("著作権法第10条1項ないし3項により", "第10条1項ないし3項", "paragraph", "1", "constructed"),
    # 3. instruments
    (CONSTRUCTED_IWC, "第八条1", "instrument", "国際捕鯨取締条約", "MOFA IWC page (alias)"),
    (CONSTRUCTED_IWC, "第六条", "instrument", "国際捕鯨取締条約", "constructed"),
    (CONSTRUCTED_IWC, "八条", "instrument", "国際捕鯨取締条約", "constructed"),
    (CONSTRUCTED_BILL, "第二条", "instrument", "旅券法", "constructed"),
    (CONSTRUCTED_BILL, "第三項", "article", "2", "constructed"),
    (CONSTRUCTED_BILL, "本条", "article", "2", "constructed"),
    (CONSTRUCTED_BILL, "本条", "instrument", "旅券法", "constructed"),
    (
        "○政府委員 旅券法案の逐条説明をいたします。まず第二条でございますが、",
        "第二条",
        "instrument",
        "旅券法",
        "constructed",
    ),
    (SPUTNIK_LAVROV, "第9項", "instrument", "日ソ共同宣言", "sputniknews.jp 20181207"),
    (QUOTED_NDL_ACT, "前二条", "instrument", "国立国会図書館法", "bepats / jahis (wording)"),
    (WIKI_RU_CONSTITUTION, "Статья 67", "instrument", "ロシア連邦憲法", "ja.wikipedia ロシア連邦憲法"),
    # 2. instruments, articles and paragraphs of treaty and statute texts
    (DOSHISHA_TORTURE_PREAMBLE, "第五条", "instrument", "世界人権宣言", "doshisha goumon.htm"),
    (DOSHISHA_TORTURE_PREAMBLE, "第七条", "instrument", "市民的及び政治的権利に関する国際規約", "doshisha goumon.htm"),
    (MOJ_REFUGEE, "第一条", "instrument", "難民の地位に関する条約", "moj.go.jp 難民条約とは"),
    (GAIKOKUJIN_IMMIGRATION, "24条", "instrument", "出入国管理及び難民認定法", "gaikoku-jin.com (alias row)"),
    (HCCH_ARTICLE_12, "Article 3", "article", "3", "hcch.net Convention Article 12"),
    (GEO_VCCR_ACCESSION, "ARTICLE 74", "article", "74", "geo.d51498.com t-vcon05"),
    (HCCH_ARTICLE_12, "Article 3", "instrument", "国際的な子の奪取の民事上の側面に関する条約", "hcch.net"),
    (CONSTRUCTED_RELATIVE, "第12条", "instrument", "国際的な子の奪取の民事上の側面に関する条約", "constructed"),
    (CONSTRUCTED_TOPIC, "33条1項", "instrument", "難民の地位に関する条約", "constructed"),
    (CONSTRUCTED_FORBIDDING, "33条1項", "instrument", "難民の地位に関する条約", "constructed"),
    (CONSTRUCTED_TWO_ALIASES, "70条1項7号", "instrument", "出入国管理及び難民認定法", "constructed"),
    (CONSTRUCTED_TWO_ALIASES, "33条1項", "instrument", "難民の地位に関する条約", "constructed"),
    (CONSTRUCTED_REMARK, "49条", "article", "49", "constructed"),
    (CONSTRUCTED_REMARK, "49条", "instrument", "出入国管理及び難民認定法", "constructed"),
    (CONSTRUCTED_CHINESE, "第16条", "instrument", "商品房屋販売管理弁法", "constructed"),
]


# (source URL, text, expected rows (surface, article, paragraph, instrument, kind)); rows not listed must be absent
WORDING_REFERENCES: list[tuple[str, str, list[tuple[str, str | None, str | None, str | None, str]]]] = [
    (  # a copy of the UNIC page: its title names the Charter; 第53条 heading the provision is no reference
        PRINCEYOKOHAM,
        "国連憲章(日本語)|国連広報センター\nhttp://unic.or.jp/information/UN_charter_japanese/\n\n第53条\n"
        "安全保障理事会は、その権威の下における強制行動のために、適当な場合には、前記の地域的取極または地域的機関を"
        "利用する。もっとも、本条2に定める敵国のいずれかに対する措置で、第107条に従って規定されるものは例外とする。\n"
        "本条1で用いる敵国という語は、第二次世界戦争中にこの憲章のいずれかの署名国の敵国であった国に適用される。",
        [
            ("本条2", "53", "2", "国連憲章", "relative"),
            ("第107条", "107", None, "国連憲章", "article"),
            ("本条1", "53", "1", "国連憲章", "relative"),
        ],
    ),
    (  # the Charter's English text: the relative phrase is one row (an English heading line does not set the
        # article at hand: known limit, the Japanese heading of a bilingual copy does)
        UN_CHARTER_CH8,
        "Article 53\nThe Security Council shall, where appropriate, utilize such regional arrangements or agencies "
        "for enforcement action under its authority. But no enforcement action shall be taken without the "
        "authorization of the Security Council, with the exception of measures against any enemy state, as defined "
        "in paragraph 2 of this Article, provided for pursuant to Article 107.",
        [
            ("paragraph 2 of this Article", None, "2", None, "relative"),
            ("Article 107", "107", None, None, "article"),
        ],
    ),
    (  # MOFA's position paper: a bare 憲章 before the articles, a GA resolution by session/number
        MOFA_YUSEN,
        "日本は、憲章第53条、第77条及び第107条からいわゆる「旧敵国条項」を削除することを強く主張している。"
        "この点について国連では、国連総会決議50/52において「旧敵国条項」が死文化したとの認識が示された。",
        [
            ("第53条", "53", None, None, "article"),
            ("第77条", "77", None, None, "article"),
            ("第107条", "107", None, None, "article"),
            ("決議50/52", None, None, None, "law_number"),
        ],
    ),
    (  # a news text citing the Charter's clauses with a bare 憲章; の一部 (constructed: inserted into the real
        # sentence) after an article is "a part of", no branch number
        ASYURA_2005,
        "国連憲章のいわゆる旧敵国条項について、「時代錯誤」だと指摘し、削除することを勧告した。\n"
        "旧敵国条項は、第2次大戦で連合国の敵だった国を「敵国」として言及しているもので、憲章第53条の一部、第107条が"
        "該当する。",
        [("第53条", "53", None, "国連憲章", "article"), ("第107条", "107", None, "国連憲章", "article")],
    ),
    (  # constructed shape check: an encyclopaedia that calls the Charter 憲章 in its body, names 国連憲章 once in a
        # note and a constitution once too: the body's bare 憲章 parts make the Charter the subject
        WIKI_UN_CHARTER,
        "憲章第2章では主権平等の原則をうたっており、第53条が含まれている憲章8章では地域的取極について書かれている。"
        "第107条は、第106条とともに憲章第17章を構成している。\n1 「国際機関と憲法〜特に国連憲章を中心として〜」資料",
        [
            ("第2章", None, None, "国連憲章", "structure"),
            ("第53条", "53", None, "国連憲章", "article"),
            ("8章", None, None, "国連憲章", "structure"),
            ("第107条", "107", None, "国連憲章", "article"),
            ("第106条", "106", None, "国連憲章", "article"),
            ("第17章", None, None, "国連憲章", "structure"),
        ],
    ),
    (  # constructed shape check: 本項 in the wording quoted after the paragraph it is
        WIKI_UN_CHARTER,
        "国際連合憲章第53条第2項では「本項で用いる敵国という語は、第二次世界大戦中にこの憲章のいずれかの署名国の"
        "敵国であった国に適用される」としている。",
        [("第53条第2項", "53", "2", "国際連合憲章", "article"), ("本項", "53", "2", "国際連合憲章", "relative")],
    ),
]


# (source URL, text, expected rows (surface, kind, article, instrument)); rows not listed must be absent
DECISION_AND_HEADING_REFERENCES: list[tuple[str, str, list[tuple[str, str, str | None, str | None]]]] = [
    (  # constructed on the page's wording: a quoted act adopted as a numbered decision of the standing body
        REDSTAR_KCNA,
        "「道路交通法」が2021年8月24日の最高人民会議常任委員会決定第100号として採択された。",
        [("決定第100号", "law_number", None, "道路交通法")],
    ),
    (  # constructed statute header as blogs copy DPRK statutes: the title line with the country apart, the adoption
        # line below it; the caption headings under the chapter line are the statute's own
        DAILYNK_TOURISM,
        "「観光法」では国際観光を拡大する問題が規制されている。\n"
        "朝鮮民主主義人民共和国 観光法\n"
        "2022年8月30日 最高人民会議常任委員会決定第100号として採択\n"
        "第1章 観光法の基本\n"
        "第1条(観光法の使命)\n"
        "国際観光を拡大し、観光客の便宜を図る。\n"
        "第2条(観光の定義)\n",
        [("決定第100号", "law_number", None, "朝鮮民主主義人民共和国観光法")],
    ),
    (  # constructed: a quoted chapter title the text prints below as the statute's chapter heading line
        DAILYNK_TOURISM,
        "今回の修正が「観光法」のどこに当たるかは、下記の「第3章 国際観光」に含まれる条項だと思う。\n"
        "朝鮮民主主義人民共和国 観光法\n"
        "2022年8月30日 最高人民会議常任委員会決定第100号として採択\n"
        "第3章 国際観光\n"
        "第20条(国際観光の組織)\n",
        [
            ("第3章", "structure", None, "朝鮮民主主義人民共和国観光法"),
            ("決定第100号", "law_number", None, "朝鮮民主主義人民共和国観光法"),
        ],
    ),
    (  # the statute's text as the page prints it, laid out one article a line with its caption (constructed layout):
        # the headings are no references, the cited 首都圏整備法 article is one
        ROPPOU_S41,
        "第1章 総則\n"
        "第1条(趣旨) この法律は、首都圏、近畿圏及び中部圏の近郊整備地帯整備計画その他の計画の実施の円滑化を図り、"
        "首都圏、近畿圏及び中部圏の建設の促進に資するために必要な国の財政上の特別措置を規定するものとする。\n"
        "第2条(定義) この法律で「首都圏近郊整備地帯整備計画」とは、首都圏整備法(昭和31年法律第83号)第24条第1項"
        "の規定により指定された区域の整備に関する事項についての計画をいう。\n",
        [
            ("昭和31年法律第83号", "law_number", None, "首都圏整備法"),
            ("第24条第1項", "article", "24", "首都圏整備法"),
        ],
    ),
    (  # a commentary's heading line with a caption and no chapter line above it stays a reference (convention)
        SZKN_LAW,
        "憲法は「前文」に加え、全11章からなります。\n第9条(戦争の放棄)\n",
        [("第9条", "article", "9", "憲法")],
    ),
    (  # a book chapter in quotes is still no reference when no heading line of it follows (constructed)
        SZKN_LAW,
        "本書の「第6章 ロシアから見た条約」では民法第1条が論じられる。",
        [("第1条", "article", "1", "民法")],
    ),
    (  # constructed on the page's structure sentences: the law whose size is stated is the subject of the bare
        # articles that follow, though other laws are named as often
        SZKN_LAW,
        "行政手続法は全8章46条からなり、民法の規定と同じように配置されている。第2章は申請に対する処分を定める。",
        [("第2章", "structure", None, "行政手続法")],
    ),
    (  # constructed on the wording of the page: この法律関係 is the relation under discussion, not a statute's
        # self-reference, so the bare articles go to the act the text is about
        RYU9_PIL,
        "法の適用に関する通則法は43条からなる。この法律関係について定める規定は民法の諸規定と同じように配置されている。"
        "第4条から第37条までは各論である。",
        [("第4条から第37条まで", "article", "4", "法の適用に関する通則法")],
    ),
    (  # constructed on jplaws.app's header (名, 略称, 法番号): the short name on the title line
        JPLAWS_NOUCHI,
        "農地中間管理事業の推進に関する法律 略称: 農地バンク法\n法番号:2013年法律第101号\n",
        [("2013年法律第101号", "law_number", None, "農地中間管理事業の推進に関する法律")],
    ),
    (  # the promulgation statement between a title and its number (as the page prints the 1948 act; title
        # shortened to a line of its own): the number is the title's
        JAHIS_DIET,
        "國会法の一部を改正する法律\n國会法の一部を改正する法律をここに公布する。\n法律第二百十四号\n",
        [("法律第二百十四号", "law_number", None, "國会法の一部を改正する法律")],
    ),
]


MORE_FORMS = [
    # ノ branch numbers of the old codes [ittax.jimdofree.com, 最高裁昭和44年11月26日大法廷判決 summary]
    ("1、商法266条ノ3第1項前段の規定は、株式会社の取締役が悪意または重大な過失により",
     [("266条ノ3第1項前段", "266", "3", "1", None, "商法")]),
    ("忠実義務を負う(商法二五四条ノ二)ものとされている", [("二五四条ノ二", "254", "2", None, None, "商法")]),
    # a year opening the name, and a former version kept apart from the law [happylibus.com, 中村康江]
    ("直接に責任を問われることがある(平成17年改正前商法266条ノ3第1項,会社法429条)。",
     [("266条ノ3第1項", "266", "3", "1", None, "平成17年改正前商法"), ("429条", "429", None, None, None, "会社法")]),
    # an item letter after a paragraph [okiben.org 会長声明; mofa.go.jp]
    ("米軍の警察権は、基地内に限って認められるのが原則である(日米地位協定17条10項(a))。",
     [("17条10項(a)", "17", None, "10", "a", "日米地位協定")]),
    ("日米地位協定第17条5(c)及び、刑事裁判手続に係る日米合意委員会合意",
     [("第17条5(c)", "17", None, "5", "c", "日米地位協定")]),
    # 同法施行令 is a pointer (the order of that law), never a name of its own
    ("同法施行令第3条の規定により", [("第3条", "3", None, None, None, None)]),
    # a name in its own language between the name and the article (reports on foreign law)
    ("EU一般データ保護規則(GDPR)第17条は消去権を定める", [("第17条", "17", None, None, None, "EU一般データ保護規則")]),
    # a code (法典) is a law
    ("合衆国法典第10編第2241条に規定する", [("第10編第2241条", "2241", None, None, None, "合衆国法典")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "column", "expected", "source"), REFERENCE_COLUMNS)
def test_reference_columns(text: str, surface: str, column: str, expected: object, source: str) -> None:
    assert getattr(find_ref(text, surface), column) == expected, source


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("第三条一般の規定", "第三条"),  # 一般 is a word (constructed)
        ("第二条一号に掲げる", "第二条一号"),  # 一号 is a bare item, not a paragraph (constructed)
        ("第8条1は", "第8条"),  # an Arabic article keeps the note-marker rule (第 51 条7)
    ],
)
def test_kanji_paragraph_needs_its_context(text: str, surface: str) -> None:
    refs, _ = find_references(text)
    assert [r.paragraph for r in refs if r.surface == surface] == [None]


def test_reference_alone_in_a_text_is_still_one() -> None:
    """A paragraph heading needs the provision below it: a lone 第七十条の五の二第一項 stays a reference."""
    refs, _ = find_references("第七十条の五の二第一項")
    assert [r.paragraph for r in refs] == ["1"]


@pytest.mark.parametrize(("url", "text", "expected"), QUOTED_PROVISIONS, ids=[c[0][8:60] for c in QUOTED_PROVISIONS])
def test_quoted_provisions_and_notices(url: str, text: str, expected: list[Row]) -> None:
    refs, _instruments = find_references(text)
    got = [nth_row(refs, s, n) for s, n, *_ in expected]
    # the last field is the instrument; None means "not checked" for law numbers of an unnamed instrument
    want = [e if e[5] is not None or e[2] != "law_number" else (*e[:5], got[i][5]) for i, e in enumerate(expected)]
    assert got == want, url


@pytest.mark.parametrize(
    ("url", "text", "expected"), WORDING_REFERENCES, ids=[f"{c[0][8:40]}-{i}" for i, c in enumerate(WORDING_REFERENCES)]
)
def test_references_to_wording_and_chapters(
    url: str, text: str, expected: list[tuple[str, str | None, str | None, str | None, str]]
) -> None:
    refs, _ = find_references(text)
    got = [(text[r.start : r.end], r.article, r.paragraph, r.instrument, r.kind) for r in refs]
    assert got == expected, (url, got)


@pytest.mark.parametrize(
    ("url", "text", "rows"),
    DECISION_AND_HEADING_REFERENCES,
    ids=[f"{c[0][8:40]}-{i}" for i, c in enumerate(DECISION_AND_HEADING_REFERENCES)],
)
def test_reference_rows(url: str, text: str, rows: list[tuple[str, str, str | None, str | None]]) -> None:
    refs, _ = find_references(text)
    found = [(text[r.start : r.end], r.kind, r.article, r.instrument) for r in refs]
    assert found == rows, url


@pytest.mark.parametrize(
    ("text", "surface", "fields", "source"),
    [
        # constructed on the Refugee Convention's numbering (Article 1A(2), UNHCR guideline title, vdocuments mirror)
        ("難民条約第1条A(2)に規定する理由により迫害を受けるおそれがある者", "第1条A(2)", ("1", "A", "2"),
         "https://vdocuments.mx/02-december-2016-original-english-iunhcr-guidelines-on-international.html"),
        # constructed on German Basic Law citations (Art. 42 Abs. 2 Satz 1 GG)
        ("ドイツ連邦共和国基本法第42条第2項第1文によれば、議決は投票の過半数による。", "第42条第2項第1文",
         ("42", "2", None), "https://theaterangelus.com/grundgesetz/anfang2/"),
        ("一九五六年の日ソ共同宣言第九項後段では、歯舞群島及び色丹島を日本国に引き渡すことに同意するとある。",
         "第九項後段", (None, "9", None), SHITSUMON),
        # constructed on the same page: 同宣言 and the paragraph
        ("一九五六年の日ソ共同宣言は法的拘束力をもつ国際条約か。同宣言第九項後段の文言如何。", "同宣言第九項後段",
         (None, "9", None), SHITSUMON),
    ],
)  # fmt: skip
def test_spans(text: str, surface: str, fields: tuple, source: str) -> None:
    ref = find_article_ref(text, surface)
    assert (ref.article, ref.paragraph, ref.item) == fields, source


def test_previous_two_paragraphs_in_arabic_digits() -> None:
    """Law sites print 前二項 as 前2項 (jplaws style, constructed on its 1項/2項 layout)."""
    text = (
        "1項 この法律は、公布の日から施行する。\n2項 旧法は、廃止する。\n"
        "3項 前2項に定めるもののほか、必要な事項は政令で定める。"
    )
    ref = find_article_ref(text, "前2項")
    assert (ref.kind, ref.paragraph) == ("relative", "1")


@pytest.mark.parametrize(
    ("text", "surface", "instrument", "source"),
    [
        (
            "日米安保条約がないとするなら、日本はトランプ大統領の攻撃の的になっているでしょうね。"
            "この6条はさも日本を守るかのような響きを感じるかもしれませんが、",
            "6条", "日米安保条約", STRAIT3D,
        ),
    ],
)  # fmt: skip
def test_bare_article_opening_a_clause(text, surface, instrument, source):
    ref = next(r for r in find_article_refs(text) if r.surface == surface)
    assert (ref.article, ref.instrument) == (surface.removesuffix("条"), instrument), source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "第370条および第35A条とは:最近の中央条例は、第35A条およびそれが派生する第370条にスポットライトを当てています。",
            [
                ("第370条", "article", "370", None, None, None, None),
                ("第35A条", "article", "35", "A", None, None, None),
                ("第35A条", "article", "35", "A", None, None, None),
                ("第370条", "article", "370", None, None, None, None),
            ],
            CELEB_35A,
        ),
        (
            "「台湾関係法」が1979年4月に制定され、1月1日にさかのぼって施行された。関連する条文は次の通りである。第2条第B項第4号",
            [("第2条第B項第4号", "article", "2", None, "B", "4", "台湾関係法")],
            JBPRESS_TRA,
        ),
        (
            "台湾関係法では「平和と安定」を宣言する(第二条B項2)とともに、行動をとるよう義務付けている(第三条C項)。",
            [
                ("第二条B項2", "article", "2", None, "B", "2", "台湾関係法"),
                ("第三条C項", "article", "3", None, "C", None, "台湾関係法"),
            ],
            "constructed on " + JBPRESS_TRA,
        ),
        (
            "今回撤廃されたインド憲法第370条では、州は独自の憲法を持つことが許された。この条項は憲法制定議会の勧告によってのみ撤廃できた。",
            [("第370条", "article", "370", None, None, None, "インド憲法")],
            "constructed on " + ASIAPRESS,
        ),
        (
            "インド憲法第370条は特別な地位を与えた。議会が解散したため、同条項は恒久的な特徴となった。"
            "その場合インド憲法のすべてが州に適用される。8月6日の命令により、第370条の第1項を除くすべての条項が無効となった。",
            [
                ("第370条", "article", "370", None, None, None, "インド憲法"),
                ("第370条の第1項", "article", "370", None, "1", None, "インド憲法"),
            ],
            "constructed on " + ASIAPRESS,
        ),
        (
            "第370条は、インド憲法第21部「暫定的、過渡的、特別規定」に起草された。",
            [
                ("第370条", "article", "370", None, None, None, "インド憲法"),
                ("第21部", "structure", None, None, None, None, "インド憲法"),
            ],
            "constructed on " + ASIAPRESS,
        ),
        (
            "最近、NPTが話題になっています。NPTの前文も見ておきましょう。また同条約第6条では誠実な核軍縮交渉を約束しています。",
            [("同条約第6条", "article", "6", None, None, None, "NPT")],
            "constructed on " + KYOTO_NPT,
        ),
        (
            "Hiroshima Report 2018第 1 章 核軍縮 1\n核兵器不拡散条約(NPT)第9条3項で「核兵器国」と定義される。",
            [("第9条3項", "article", "9", None, "3", None, "核兵器不拡散条約")],
            "constructed on " + INACO_NPT,
        ),
    ],
)
def test_lettered_and_inserted_articles(text: str, expected: list[tuple], source: str) -> None:
    assert ref_rows(WITH_SUB, text) == expected, source


def test_bare_range_end_of_items() -> None:
    """``法3条1項1号~8号``: the bare 8号 closes the range of items (constructed on the pattern of
    https://www.bridge2n.jp/17670096384180, a gold source: 適用除外 listed as 法3条1項1号~8号)."""
    refs = find_article_refs("健康保険法の適用除外者は、被保険者となることはできない。(法3条1項1号~8号)")
    assert [(r.surface, r.article, r.paragraph, r.item, r.end_item) for r in refs] == [
        ("3条1項1号~8号", "3", "1", "1", "8")
    ]


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        # an amendment of a constitution, numbered like its articles: 修正 is inside the span, like 附則
        (
            "アメリカ合衆国憲法修正第14条(修正第14条)は、1868年7月9日に、レコンストラクション修正条項の1つとして採択"
            "されました。",
            [
                ("修正第14条", "article", "14", None, None, "アメリカ合衆国憲法"),
                ("第14条", "article", "14", None, None, "アメリカ合衆国憲法"),
            ],
            JMEDIA_14TH,
        ),
        # a list of resolutions names 決議 once; each member is a law number of its own (a year may gloss it)
        (
            "決議第1696号(2006)・第1737号(2006)・第1747号(2007)において設定されたあらゆる濃縮関連及び再処理活動",
            [
                ("決議第1696号", "law_number", None, None, None, "決議第1696号"),
                ("第1737号", "law_number", None, None, None, "決議第1737号"),
                ("第1747号", "law_number", None, None, None, "決議第1747号"),
            ],
            ISSUE_NET,
        ),
        (
            "国際連合安全保障理事会決議第1373号を始めとして、同決議第1267号、第1566号及び第1624号を含む関連の国際連合安全"
            "保障理事会決議の諸条項を効果的に履行するよう要請する。",
            [
                ("決議第1373号", "law_number", None, None, None, "決議第1373号"),
                ("決議第1267号", "law_number", None, None, None, "決議第1267号"),
                ("第1566号", "law_number", None, None, None, "決議第1566号"),
                ("第1624号", "law_number", None, None, None, "決議第1624号"),
            ],
            MOFA_JR,
        ),
        # a bare 附属書 is a word, not a reference
        (
            "本大臣は、千九百八十三年十一月八日付けの日本国とアメリカ合衆国との間の相互防衛援助協定に基づくアメリカ合衆国"
            "に対する武器技術の供与に関する交換公文の附属書(その修正を含む。)に言及する",
            [],
            MOFA_ANNEX,
        ),
        # ... an annex with its letter is a structural reference, and a paragraph may be glued to it
        (
            "日本国とアメリカ合衆国との間の相互防衛援助協定第七条及び附属書Gに基づく資金の提供に関する交換公文",
            [
                ("第七条", "article", "7", None, None, "日本国とアメリカ合衆国との間の相互防衛援助協定"),
                ("附属書G", "structure", None, None, None, "日本国とアメリカ合衆国との間の相互防衛援助協定"),
            ],
            MOFA_MDAA,
        ),
        (
            "本大臣は、日本国とアメリカ合衆国との間の相互防衛援助協定に言及する光栄を有します。また、同協定附属書G3は、"
            "両政府の間で合意すぺきことを定めています。",
            [("同協定附属書G3", "structure", None, "3", None, "日本国とアメリカ合衆国との間の相互防衛援助協定")],
            MOFA_MDAA,
        ),
        # a middle dot between katakana words is inside a treaty's title (グレ-ト・ブリテン), not a list break
        (
            "日本国とグレ-ト・ブリテン及び北部アイルランド連合王国との間の条約(以下「条約」という。)を改正する。"
            "条約第二条(1)を次のように改める。",
            [("第二条(1)", "article", "2", "1", None, UK_TREATY)],
            MOFA_UK + " (title shortened: constructed)",
        ),
        # a quoted term with the article that defines it in parentheses names no instrument: 憲法 is the name
        (
            "憲法の条文上では、「基本的な法律(憲法62条3号)」、「その他の法律(憲法67条2号)」が区別される。",
            [
                ("62条3号", "article", "62", None, "3", "憲法"),
                ("67条2号", "article", "67", None, "2", "憲法"),
            ],
            PACIFIC,
        ),
        # 基本法は is a name and a topic, not a statute's 本法は; a bare article 'in which' a rule stands is cited
        (
            "ドイツの敗戦によって,規定は削除され,基本法143条に暫定規定として置かれるのみであった。基本法は,制定時の"
            "107条において,連邦と州との間の税収の配分割合を定めることとした。",
            [
                ("143条", "article", "143", None, None, "基本法"),
                ("107条", "article", "107", None, None, "基本法"),
            ],
            HAKURIKU,
        ),
        # 同 alone before an Arabic article is 同法 (the span is the article, as for 同5条); a country and の before a
        # short name picks that country's act
        (
            "日本個情法では、①利用目的の特定(日本の個情法17条1項)②利用目的の通知等(同21条1項、2項)④不適正利用の禁止"
            "(同19条)といった規制がありますが、韓国の個情法ではどうか。韓国個情法3条では、原則を定めている。",
            [
                ("17条1項", "article", "17", "1", None, "日本個情法"),
                ("21条1項", "article", "21", "1", None, "日本個情法"),
                ("2項", "article", "21", "2", None, "日本個情法"),
                ("19条", "article", "19", None, None, "日本個情法"),
                ("3条", "article", "3", None, None, "韓国個情法"),
            ],
            PIPA,
        ),
        # EU points written as items: 6条の(a)号, then (b)号 alone is a point of the same article
        (
            "GDPRでは、前回は適法な処理となるための、条件として6条の(a)号の「同意」について記載しました。今回は、(b)号、"
            "及び(f)号について記載します。",
            [
                ("6条の(a)号", "article", "6", None, "a", "GDPR"),
                ("(b)号", "article", "6", None, "b", "GDPR"),
                ("(f)号", "article", "6", None, "f", "GDPR"),
            ],
            CROSSHEAD + " (GDPRでは added: constructed)",
        ),
        # この協定のことを…と呼ぶ is the writer naming a thing, not another instrument speaking of itself
        (
            "労働基準法は第32条において労働時間を定めている。これに対して労働基準法第36条は「労使協定をし、行政官庁に"
            "届け出た場合」として手続を定めています。この協定のことを、法律の規定条項である第36条をとって「36協定」と"
            "呼ぶ。",
            [
                ("第32条", "article", "32", None, None, "労働基準法"),
                ("第36条", "article", "36", None, None, "労働基準法"),
                ("第36条", "article", "36", None, None, "労働基準法"),
            ],
            KANAUKA + " (shortened)",
        ),
    ],
)
def test_foreign_law_and_treaty_forms(text: str, expected: list[tuple], source: str) -> None:
    assert source
    assert ref_rows(WITH_ITEM, text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "article", "paragraph", "instrument"),
    [
        ("わが国刑法第五条の規定により", "第五条", "5", None, "刑法"),  # constructed
        ("設置根拠は国会法 第130条および国立国会図書館法 第1条", "第130条", "130", None, "国会法"),  # constructed
        ("島の制度がある(国連海洋法条約第121条3)。", "第121条3", "121", "3", "国連海洋法条約"),  # constructed
    ],
)
def test_names_and_paragraphs(text: str, surface: str, article: str, paragraph: str | None, instrument: str) -> None:
    assert (surface, "article", article, paragraph, instrument) in ref_rows(WITH_KIND, text)


def test_arabic_article_digit_in_running_text_stays_a_note_marker() -> None:
    assert ("第51条", "article", "51", None, "国連海洋法条約") in ref_rows(WITH_KIND, "国連海洋法条約第51条7の注")


def test_part_of_a_treaty() -> None:
    refs = find_article_refs("採択された国連海洋法条約の第8部では、島の制度を定める。")  # constructed
    assert [(r.surface, r.kind, r.chapter, r.unit) for r in refs] == [("第8部", "structure", "8", "部")]


def test_part_of_a_book_is_nothing() -> None:
    assert find_article_refs("報告書の第2部では、島の制度を論じる。") == []


@pytest.mark.parametrize(
    ("text", "surface", "article", "instrument"),
    [
        (WEBLIO, "第121条3項", "121", UNCLOS),  # the common name merges with the official title
        (SHITARABA, "第百二十一条", "121", UNCLOS),  # a heading quoted under the name line is a reference
    ],
)
def test_quoted_and_aliased(text: str, surface: str, article: str, instrument: str) -> None:
    refs, _ = find_references(text)
    ref = next(r for r in refs if r.surface == surface)
    assert (ref.article, ref.instrument) == (article, instrument)


def test_charter_chapter_is_a_structure() -> None:
    # https://tama5ya.net/potechi/?p=13148
    text = (
        "今回のイラク問題に関する主な安保理決議は1441号といわれるもので、国連憲章第七章に基づき、"
        "2002年11月に全会一致で採択されたものです。"
    )
    rows = [r for r in find_article_refs(text) if r.surface == "第七章"]
    assert [(r.kind, r.unit, r.article, r.instrument) for r in rows] == [("structure", "章", None, "国連憲章")]


@pytest.mark.parametrize(
    ("text", "surface", "instrument", "article", "source"),
    [
        (
            "まず、安全保障による例外だと日本は主張しています。たしかにGATT21条には自由貿易の例外として"
            "「安全保障例外」があります。",
            "21条",
            "GATT",
            "21",
            AMEBLO_RINTARO,
        ),
        (
            "本件でもまたGATT21条(安全保障のための例外)の解釈・適用が主たる争点となり、",
            "21条",
            "GATT",
            "21",
            RIETI_184,
        ),
    ],
)
def test_acronym_before_bare_article(text: str, surface: str, instrument: str, article: str, source: str) -> None:
    ref = next((r for r in find_article_refs(text) if r.surface == surface), None)
    assert ref is not None, source
    assert (ref.instrument, ref.article) == (instrument, article), source


@pytest.mark.parametrize(
    "text",
    [
        # a conference's number glued to 条約 is no article (constructed on COP21 news wording)
        "COP21条約締約国会議で合意された。",
    ],
)
def test_acronym_before_treaty_word_is_no_article(text: str) -> None:
    assert find_article_refs(text) == []


@pytest.mark.parametrize(("text", "expected"), MORE_FORMS)
def test_more_reference_forms(text, expected):
    refs = [r for r in find_article_refs(text) if r.kind != "law_number"]
    assert [(r.surface, r.article, r.article_sub, r.paragraph, r.item, r.instrument) for r in refs] == expected


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "国際原子力機関憲章第XV条Cは、法律上の能力、特権及び免除は別個の協定において定めると規定している。",
            [("第XV条", "article", "15", "国際原子力機関憲章")],
            "constructed on " + MOFA_IAEA,
        ),
        (
            "機関と国際連合との連携関係を規律する協定が国際原子力機関憲章 第XVI条の規定に従つて採択された。",
            [("第XVI条", "article", "16", "国際原子力機関憲章")],
            "constructed on " + MOFA_IAEA,
        ),
        (
            "北朝鮮問題は核兵器不拡散条約第X条に規定された脱退の問題として、また第VI条の核軍縮義務とともに論じられる。",
            [("第X条", "article", "10", "核兵器不拡散条約")],
            "constructed",
        ),
        ("違反行為は第XX条に従い処罰する。", [], PLACEHOLDER),
        ("核兵器不拡散条約第IIII条", [], "constructed: IIII is no well-formed numeral"),
    ],
)
def test_roman_article_numbers(text: str, expected: list[tuple], source: str) -> None:
    assert ref_rows(ARTICLE_ONLY, text)[: len(expected) or None] == expected, source


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("I", "1"), ("IV", "4"), ("IX", "9"), ("X", "10"), ("XII", "12"), ("XXIV", "24"), ("XL", "40"), ("XC", "90")],
)
def test_roman_values(numeral: str, value: str) -> None:
    assert _roman(numeral) == value


@pytest.mark.parametrize("letters", ["IIII", "VX", "IC", "XXXX"])
def test_not_roman(letters: str) -> None:
    assert _roman(letters) is None


# (text, expected rows as WITH_ITEM, source): the references of the text are exactly these.
ROWS_WITH_ITEM = [
    # lost opening paren
    (
        "2項 戸籍法1947年法律第224号)の適用を受けない者の選挙権及び被選挙権は、当分の間、停止する。",
        [("1947年法律第224号", "law_number", None, None, None, "戸籍法")],
        "constructed (" + JPLAWS + ")",
    ),
    (
        "号数は1947年法律第224号)である",
        [("1947年法律第224号", "law_number", None, None, None, "1947年法律第224号")],
        "constructed (regression: no name before it)",
    ),
    # section of an article
    (
        "米国憲法第1条第8節は、議会の「表現された」または「列挙された」権限を規定している。",
        [("第1条第8節", "article", "1", None, None, "米国憲法")],
        EFERRIT,
    ),
    (
        "第3章第2節 国会",
        [("第3章第2節", "structure", None, None, None, None)],
        "constructed (regression: a chapter's section stays a structure)",
    ),
]


@pytest.mark.parametrize(("text", "expected", "source"), ROWS_WITH_ITEM)
def test_rows_with_kind_and_item(text: str, expected: list[tuple], source: str) -> None:
    assert ref_rows(WITH_ITEM, text) == expected, source


# (text, expected rows as NO_KIND, source): the references of the text are exactly these.
ROWS_NO_KIND = [
    # statute recall forms
    # an ordinance's title with a word in hiragana is whole, not its tail 防止条例 / 散乱等防止条例
    (
        "第1条 この規則は、熊野市ごみポイ捨て防止条例(平成17年熊野市条例第91号。以下「条例」という。)第14条の"
        "規定に基づき、条例の施行について必要な事項を定めるものとする。",
        [
            ("平成17年熊野市条例第91号", None, None, None, "熊野市ごみポイ捨て防止条例"),
            ("第14条", "14", None, None, "熊野市ごみポイ捨て防止条例"),
        ],
        KUMANO,
    ),
    # ... but a country before の is no part of the title (Japan's 出版条例)
    (
        "日本の出版条例(明治20年勅令第76号)を参考に作られた。",
        [("明治20年勅令第76号", None, None, None, "出版条例")],
        RNAVI,
    ),
    # a form's number is no item
    (
        "第4条 条例第9条に規定する勧告は、勧告書(別記様式第1号)により行うものとする。",
        [("第9条", "9", None, None, None)],
        ASHIKAGA,
    ),
    (
        "第5条 条例第11条第2項の規定による命令は、命令を受けるべき者に対し、措置命令書(様式第1号)を交付して行う"
        "ものとする。",
        [("第11条第2項", "11", "2", None, None)],
        KUMANO,
    ),
    # の二段階 is a two-stage presumption, not article 772-2
    (
        "(1) 民法772条の二段階の推定が及ぶ嫡出子のことを「推定される嫡出子」という。",
        [("772条", "772", None, None, "民法")],
        CREAR,
    ),
    # a listed short name with hiragana (子どもの権利条約), not its tail 権利条約; then the text's only instrument
    (
        "子どもの権利条約は、そんなわたしたちのやり方、あり方に、大きな変革、大きな転換を迫っております。例えば、"
        "障害を持っている子どもについて書かれた第23条には、こうあります。",
        [("第23条", "23", None, None, "子どもの権利条約")],
        JOSHA,
    ),
    # an article's caption in 《》 between the article and its paragraph: one reference
    (
        "(1) 所得税法施行令(以下「施行令」という。)第14条《国内に住所を有する者と推定する場合》第1項は、国内に"
        "居住することとなった個人が次のいずれかに該当する場合には、その者は、国内に住所を有する者と推定する旨規定"
        "している。",
        [("第14条《国内に住所を有する者と推定する場合》第1項", "14", "1", None, "所得税法施行令")],
        KFS,
    ),
    # an EU article with paragraph and point; GDPR standing alone is the listed regulation
    (
        "See, EDPB, Guidelines 2/2019 on the processing of personal data under Article 6(1)(b) GDPR in the context "
        "of the provision of online services.",
        [("Article 6(1)(b)", "6", "1", "b", "GDPR")],
        GDPRHUB,
    ),
    # news forms
    # two articles sharing one 条 (news headings): the first member is 第4, article 4; the bare 5条 continues it
    (
        "NATOどう動く? 北大西洋条約第4、5条とは",
        [("第4", "4", None, None, "北大西洋条約"), ("5条", "5", None, None, "北大西洋条約")],
        JIJI_NATO,
    ),
    (
        "▼北大西洋条約第4・5条 北大西洋条約機構(NATO)は根幹である北大西洋条約に基づき",
        [("第4", "4", None, None, "北大西洋条約"), ("5条", "5", None, None, "北大西洋条約")],
        FUJIPOST_NATO,
    ),
    # a list of bare items after an item: items 2 and 3 of the same paragraph, and 同法 skips the constitution
    (
        "特例法3条1項の規定に基づき、性別の取扱いの変更の審判を申し立てた。原審は、憲法13条及び14条1項に違反する"
        "ものとはいえないとした。原審は、本件抗告人が同法3条1項1号、2号、3号には該当するとした。",
        [
            ("3条1項", "3", "1", None, "特例法"),
            ("13条", "13", None, None, "憲法"),
            ("14条1項", "14", "1", None, "憲法"),
            ("同法3条1項1号", "3", "1", "1", "特例法"),
            ("2号", "3", "1", "2", "特例法"),
            ("3号", "3", "1", "3", "特例法"),
        ],
        WESTLAW,
    ),
    # an instrument opening the sentence as its topic owns the bare articles the sentence cites
    (
        "日本国憲法は、14条以下において、詳細な人権規定を置いている。",
        [("14条", "14", None, None, "日本国憲法")],
        HATENA_13,
    ),
    # a bare Arabic article to be amended is a reference (news on the constitution's 96条)
    (
        "首相は先の衆院選で勝利した直後の記者会見で、96条改正に意欲を示していた。",
        [("96条", "96", None, None, None)],
        KYODO_96,
    ),
    (
        "23日の参院予算委員会でも「参院選で堂々と96条改正を掲げて戦うべきだ」と答弁。",
        [("96条", "96", None, None, None)],
        MAINICHI_96,
    ),
    # a guideline (指針) is an instrument: its bare article is its own
    (
        "情報主体に関するすべての形態の個人情報を取得することをいいます(個人情報保護員会標準個人情報保護指針"
        "(以下「標準指針」)6条1項)。",
        [("6条1項", "6", "1", None, "個人情報保護員会標準個人情報保護指針")],
        KENSEI_PIPA,
    ),
]


@pytest.mark.parametrize(("text", "expected", "source"), ROWS_NO_KIND)
def test_rows_with_item(text: str, expected: list[tuple], source: str) -> None:
    assert ref_rows(NO_KIND, text) == expected, source
