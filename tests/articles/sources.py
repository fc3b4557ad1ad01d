"""Real texts and source URLs cited by more than one module of the article tests."""

from __future__ import annotations

# スプートニク日本 2018-12-07, https://sputniknews.jp/amp/20181207/5678061.html
SPUTNIK_LAVROV = (
    "モスクワで1956年10月19日、日本とソ連の戦争終結、外交及び領事関係回復に関する日ソ共同宣言に署名がなされた。\n"
    "ソ連政府は、ソ日共同宣言第9項で、平和条約締結後にシコタン島とハボマイ群島を日本に引き渡すことで同意している。\n"
    "ソ日共同宣言は、1956年12月8日に両国によって批准された。"
)


# Wikipedia ロシア連邦憲法 (2012 revision), http://ja.wikipedia.org/wiki/ロシア連邦憲法?oldid=42704521 ; the article
# sentence after it is constructed (the page's own 第67条 heading form is in the heldout10 conventions).
WIKI_RU_CONSTITUTION = (
    "ロシア連邦憲法第67条(ロシア語: Статья 67 Конституции Российской Федерации)は、領土の割譲禁止を定めた規定である。"
)


# MOFA 外交関係に関するウィーン条約 bilingual text (archived copy), http://geo.d51498.com/WallStreet/7009/t-vcon05.htm
GEO_VCCR_ACCESSION = (
    "第七十六条 加入\nARTICLE 76 ACCESSIONこの条約は、第七十四条に定める四の種類のいずれかに属する国による加入のために"
    "開放しておく。\nTHE PRESENT CONVENTION SHALL REMAIN OPEN FOR ACCESSION BY ANY STATE BELONGING TO ANY OF THE FOUR"
    " CATEGORIES MENTIONED IN ARTICLE 74."
)


# (source URL, text, [(surface, occurrence, kind, article, paragraph, instrument)]); None = must be empty.
Row = tuple[str, int, str, str | None, str | None, str | None]


QUOTED_PROVISIONS: list[tuple[str, str, list[Row]]] = [
    (  # cabinet notices and instructions: the issuer 内閣 and the year stay inside the number
        "http://d.hatena.ne.jp/keyword/%BE%EF%CD%D1%B4%C1%BB%FA%C9%BD",
        "2010年(平成22年)11月30日、「常用漢字表」の内閣告示に伴い、同日付けで「平成22年内閣告示第4号」として"
        "「現代仮名遣い」の一部改正が行われた。\n内閣告示第二号\n 一般の社会生活において現代の国語を書き表すための漢字"
        "使用の目安を、次の表のように定める。\n なお、昭和五十六年内閣告示第一号は、廃止する。\n",
        [
            ("平成22年内閣告示第4号", 0, "law_number", None, None, "平成22年内閣告示第4号"),
            ("内閣告示第二号", 0, "law_number", None, None, "内閣告示第2号"),
            ("昭和五十六年内閣告示第一号", 0, "law_number", None, None, "昭和56年内閣告示第1号"),
        ],
    ),
    (
        "https://gunshot.hatenablog.com/entry/20130408/p1",
        "この常用漢字表の告示に伴い、従来の「常用漢字表(昭和56年内閣告示第1号」は廃止されました。\n"
        "また、「公用文における漢字使用等について(平成22年内閣訓令第1号)」が発令され、",
        [
            ("昭和56年内閣告示第1号", 0, "law_number", None, None, "昭和56年内閣告示第1号"),
            ("平成22年内閣訓令第1号", 0, "law_number", None, None, None),
        ],
    ),
    (  # a quoted article under its named heading: 二項's 前項 is article 9, paragraph 1; the heading is no reference
        "http://kokubou.com/document_room/rance/gendai/kenpou9_mondai.htm",
        "第九条の制定過程と解釈問題\n\n日本国憲法第九条\n"
        " 一項日本国民は、正義と秩序を基調とする国際平和を誠実に希求し、国権の発動たる戦争と、\n"
        "     武力による威嚇又は武力の行使は、国際紛争を解決する手段としては、永久にこれを放棄\n"
        "     する。\n\n\n"
        " 二項前項の目的を達するため、陸海空軍その他の戦力は、これを保持しない。国の交戦権は、\n"
        "      これを認めない。\n\nはじめに\n\n"
        "この第9条の由来がポツダム宣言にあることは誰もが疑うことのない事実であろう。",
        [("前項", 0, "relative", "9", "1", "日本国憲法")],
    ),
    (  # the same with a bracketed heading and 第N項 paragraph lines
        "https://kenpoudoutei.com/jieitai-dounaru/",
        "【日本国憲法9条】\n\n第1項 日本国民は、正義と秩序を基調とする国際平和を誠実に希求し、国権の発動たる戦争と、"
        "武力による威嚇又は武力の行使は、国際紛争を解決する手段としては、永久にこれを放棄する。\n\n"
        "第2項 前項の目的を達するため、陸海空軍その他の戦力は、これを保持しない。国の交戦権は、これを認めない。\n\n"
        "その場合、国民は自衛隊を憲法に明記するのかしないのか、憲法改正案に関する是非を判断しなければなりません",
        [("前項", 0, "relative", "9", "1", "日本国憲法")],
    ),
    (  # a polite explainer whose section title is the bare line 第一条: its bare articles are the constitution's
        "https://hike-nan.com/post-2696/?blogcard=1",
        "今回は日本国憲法第1条について勉強・解説していきます!\n日本国憲法第1条を簡単に解説\n"
        "天皇陛下は日本の象徴だよ!\n日本国憲法第1条の条文\n第1条の条文は次の通りです。\n第一条\n"
        "天皇は、日本国の象徴であり日本国民統合の象徴であつて、この地位は、主権の存する日本国民の総意に基く。\n"
        "どうやら第1条は天皇と主権について書かれた条文のようですね!\n第1条の解説\nこの第1条では次の3つの項目ついて"
        "記述されています。\n第1条では、天皇を日本国の象徴と定義しています。",
        [
            ("第1条", 3, "article", "1", None, "日本国憲法"),
            ("第1条", 5, "article", "1", None, "日本国憲法"),
            ("第1条", 6, "article", "1", None, "日本国憲法"),
        ],
    ),
    (  # 9条 named alone as a byword (the constitution's article 9), here with no instrument in the text
        "https://jichiroren.jp/issue/nakama/201910-551s-hondana",
        "20冊目\n9条入門\n加藤典洋 著\n「押しつけ」といわれる9条を、「押しつけられた」側の日本人がとことん考え抜いて"
        "「生かす」。",
        [("9条", 0, "article", "9", None, None), ("9条", 1, "article", "9", None, None)],
    ),
    (
        "https://www01.hanmoto.com/bd/isbn/9784907127275",
        "第四章 前大戦の反省――道理に徹する平和論 112\n第五章 防衛論と憲法問題 (一) 九条解釈の破綻 121\n",
        [("九条", 0, "article", "9", None, None)],
    ),
]


WIKI_UN_CHARTER = "http://mobile.seisyun.net/wgate/%e5%9b%bd%e9%9a%9b%e9%80%a3%e5%90%88%e6%86%b2%e7%ab%a0___sharp___cite_ref-125-130_2-1/p15"


REDSTAR_KCNA = "http://www.redstartv.org/news/2021-08-27-2453"  # KCNA: 最高人民会議常任委員会 adopts 道路交通法 …


INACO_NPT = "http://inaco.co.jp/isaac/shiryo/HS_JH/07.htm"


UNCLOS = "海洋法に関する国際連合条約"


# Real outside text (not the gold): a forum post quoting UNCLOS under its name line, below the reply marker
# (https://jbbs.shitaraba.net/bbs/read.cgi/study/2246/1043205301/2053; the URL line between name and heading
# is dropped here).
SHITARABA = (
    ">>2050\n海洋法に関する国際連合条約\n第百二十一条 島の制度\n"
    "1 島とは、自然に形成された陸地であって、水に囲まれ、高潮時においても水面上にあるものをいう。\n"
)


# copyright.watson.jp 著作権法入門, https://copyright.watson.jp/protect.shtml
WATSON_BERNE = (
    "6条3号にいう「条約」というのは、ベルヌ条約(パリ改正条約)、万国著作権条約、TRIPs協定、WIPO著作権条約などのことを"
    "さしています。\nたとえば、ベルヌ条約に加盟しているABCの3国があったとします。このとき、A国国民の著作物はBC両国でも"
    "保護されますし(国籍主義、ベルヌ条約3条(1)(a))、ベルヌ条約に加盟していないD国国民が著作物をA国国内で最初に発行"
    "した場合は、A国国内のほかBC両国内でも同様に保護されるわけです(発行地主義、同条約3条(1)(b))。"
)


NATSUI_1725 = "https://fdocument.pub/document/cyberlaw-and-legal-informatics-eeu-20181725-efe-regulation-2018.html"


INFOLAW = "http://informationlaw.jp/2016/10/24/eugdpr-eupdpd-website-information"


PEDIA_TAC = "https://pedia.3rd-in.co.jp/wiki/%E6%9D%B1%E5%8D%97%E3%82%A2%E3%82%B8%E3%82%A2%E5%8F%8B%E5%A5%BD%E5%8D%94%E5%8A%9B%E6%9D%A1%E7%B4%84"


ENOBYTE_47 = "https://enobyte.com/ja/legal/gdpr/47/index.html"


NATSUI = (
    "規則(EU) 2018/1725 は、規則 (EC) No 45/2001 の全面改正法令である。規則 (EC) No 45/2001 は、"
    "規則(EU) 2018/1725 の第 99 条により、2018年12月10日をもって廃止された。"
)


MLIT = "http://www.mlit.go.jp/hakusyo/transport/heisei08/pt2/821400.html"


NTT_LAW = "日本電信電話株式会社の株式の売払収入の活用による社会資本の整備の促進に関する特別措置法"
