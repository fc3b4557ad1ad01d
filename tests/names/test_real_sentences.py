"""Whole real sentences: the mentions each sentence must have, compared on the fields its table names (type,
canonical, title); in a closed table nothing else may be found. Each table gathers sentences of one kind of text
(Korean and Ukrainian security news, North Korean politics, Diet minutes, treaty language, ...).

Every example is real text from a page outside the gold texts (URL on each row), or marked constructed.
"""

from __future__ import annotations

import pytest

from .helpers import by_surface, mentions, span_set
from .sources import (
    BLOGOS_LEPEN,
    CHOSUN_KIM,
    CNN_ZALUZHNY,
    DONGA_KIM,
    MAINICHI_MMC,
    MYCAR_MMC,
    NEWS_MENTIONS,
    NEWSPIC_GERASIMOV,
    NEWSPIC_TRUMP,
    NHK_DRAFT,
    NIKKEI_ANC,
    NN_ZALUZHNY,
    NORDOT_ANC,
    QUICK_SONY,
    READING_SENTENCES,
    WBALKANS_1513,
)

# (source URL, real text, expected surface -> type); every expected mention must be found with that type.
KOREA_UKRAINE = [
    (
        "https://jp.yna.co.kr/view/AJP20210505002200882",
        "韓国の鄭義溶(チョン・ウィヨン)外交部長官は5日(現地時間)、英ロンドン市内のホテルで日本の茂木敏充外相と会談を行った。",
        {
            "韓国": "PLACE",
            "鄭義溶": "PERSON",
            "外交部": "ORG",
            "英": "PLACE",
            "ロンドン": "PLACE",
            "日本": "PLACE",
            "茂木敏充": "PERSON",
        },
    ),
    (
        "https://jp.yna.co.kr/view/AJP20210505002200882",
        "鄭氏は会談後、聯合ニュースの取材に対し、「良い話し合いができた」とし、「昨夜も茂木外相と長く話した」と伝えた。",
        {"鄭": "PERSON", "聯合ニュース": "ORG", "茂木": "PERSON"},
    ),
    (
        "http://s.wowkorea.jp/news/newsread.asp?narticleid=316188",
        "外交部によると、鄭氏は朝鮮半島の完全な非核化と恒久的な平和定着のため南北協力と対話に関わることの重要性を強調した。これに茂木氏は、韓国が掲げる朝鮮半島平和プロセスの実質的な進展へ引き続き協力する意向を示した。",
        {"外交部": "ORG", "鄭": "PERSON", "朝鮮半島": "PLACE", "茂木": "PERSON", "韓国": "PLACE"},
    ),
    (
        "https://www.shimotsuke.co.jp/articles/-/1219948",
        "3カ国会談が実現すれば、茂木、趙両氏に加え、ルビオ米国務長官が出席し、北朝鮮を巡って協議。",
        {"茂木": "PERSON", "趙": "PERSON", "ルビオ": "PERSON", "米": "PLACE", "北朝鮮": "PLACE"},
    ),
    (
        "https://kokalog.net/search.html?speech=%22%E5%A4%96%E5%8B%99%E7%9C%81%E5%A0%B1%E9%81%93%E5%AE%98%22",
        "メドベージェフ前首相は日本との領土引渡交渉はできなくなったと語り、ロシア外務省報道官はいかなる形であれ議論さえできないとまで言っている。",
        {"メドベージェフ": "PERSON", "日本": "PLACE", "ロシア外務省": "ORG"},
    ),
    (
        "https://kokalog.net/search.html?speech=%22%E5%A4%96%E5%8B%99%E7%9C%81%E5%A0%B1%E9%81%93%E5%AE%98%22",
        "例えば、六月四日の北朝鮮外務省報道官談話において、核武力強化は米国が加えている前代未聞の核戦争の威嚇と制裁圧力策動に対する自主権の行使である、こうした言及を行っています",
        {"北朝鮮外務省": "ORG", "米国": "PLACE"},
    ),
    (
        "https://j-defense.ikaros.jp/docs/mod/004058.html",
        "令和7年10月17日(金)11時~11時38分、中谷 元(なかたに・げん)防衛大臣は"
        "防衛省A棟10階会見室で閣議後の記者会見を行った。",
        {"中谷 元": "PERSON", "防衛省": "ORG"},
    ),
    (
        "http://www.jcie.or.jp/japan/pe_usgk/2010/toj.html",
        "谷垣禎一自民党総裁、山口壮議員、林芳正議員、辻元清美議員、緒方貞子国際協力機構理事長、行天豊雄国際通貨研究所理事長、鶴岡公二外務省総合外交政策局長をはじめとする国会議員",
        {
            "谷垣禎一": "PERSON",
            "自民党": "ORG",
            "山口壮": "PERSON",
            "林芳正": "PERSON",
            "辻元清美": "PERSON",
            "緒方貞子": "PERSON",
            "行天豊雄": "PERSON",
            "鶴岡公二": "PERSON",
            "外務省総合外交政策局": "ORG",  # the bureau the title heads (round 14, as heldout14 外務省国際連合局)
            "国会": "ORG",
        },
    ),
    (
        "https://china-data.org/page/230",
        "2023年8月3日、外交部国際局の沈渤局長は蘇蘭スロベニア大使と会談した。",
        # a ministry and its bureau are one ORG (gold convention: 総務省自治行政局 in heldout20,
        # 外務省国際連合局 in heldout14)
        {"外交部国際局": "ORG", "沈渤": "PERSON", "蘇蘭": "PERSON", "スロベニア": "PLACE"},
    ),
    (
        "https://ukrinform.jp/amp/rubric-defense/3333553-ukuraina-an-bao-hui-yi-fang-wei-ji-huawo-cai-ze.html",
        "ウクライナ国家安全保障国防会議(NSDC)は、15日の会合にて、防衛計画を採択した。オレクシー・ダニーロウNSDC書記が会合後記者会見時に発表した。ウクルインフォルムの記者が伝えた。",
        {
            "ウクライナ国家安全保障国防会議": "ORG",
            "オレクシー・ダニーロウ": "PERSON",
            "NSDC": "ORG",
            "ウクルインフォルム": "ORG",
        },
    ),
    (
        "https://www.tmi.gr.jp/eyes/blog/2023/15121.html",
        "防衛装備庁主催の「技術シンポジウム2023-防衛力の抜本的強化につながる研究開発について-」が、2023年11月14日(火)・15日(水)の両日、ホテルグランドヒル市ヶ谷にて開催されます。",
        {"防衛装備庁": "ORG", "ホテルグランドヒル市ヶ谷": "PLACE"},
    ),
    (
        "https://s.japanese.joins.com/JArticle/277254?sectcode=210&servcode=200",
        "鄭長官はこの日午後に中国に向けて出国し、3日午前に王毅外相と会談する。",
        {"鄭": "PERSON", "中国": "PLACE", "王毅": "PERSON"},
    ),
    (
        "https://ochi-takao.jp/archives/category/%e5%9b%bd%e9%9a%9b%e4%ba%a4%e6%b5%81/page/12",
        "ブルッキングス研究所で元下院議員のベテラン政治家の方々との意見交換。",
        {"ブルッキングス研究所": "ORG", "下院": "ORG"},
    ),
    (
        "https://ochi-takao.jp/archives/category/%e5%9b%bd%e9%9a%9b%e4%ba%a4%e6%b5%81/page/12",
        "外交問題評議会で日本政治と日米関係をテーマにしたパネルに参加しました。",
        {"外交問題評議会": "ORG", "日本": "PLACE", "日": "PLACE", "米": "PLACE"},
    ),
    (
        "https://china-data.org/waijiaobu/kisyakaiken/2023-07-24-1750",
        "小包は当初中国大陸から送られ、台湾を経由して韓国に到着した。韓国外務省は中国側に確認を求めたという。",
        {"台湾": "PLACE", "中国大陸": "PLACE", "韓国": "PLACE", "韓国外務省": "ORG", "中国": "PLACE"},
    ),
    (
        "https://kokalog.net/search.html?speech=%22%E5%A4%96%E5%8B%99%E7%9C%81%E5%A0%B1%E9%81%93%E5%AE%98%22",
        "九日に中国の外務省報道官が記者会見、いつもやっているんですが、そこで、日本に対して、この総統という肩書を使ったことを厳正に抗議を申し入れたという発言をしています。",
        {"中国": "PLACE", "外務省": "ORG", "日本": "PLACE"},
    ),
    (
        "https://f-daiichi.jp/peace/seihokyo/116",
        "青年法律家協会(青法協)は、1954年4月24日、約100名の学者、弁護士らの参加によって誕生しました。福岡は、全国の中でも青法協活動が活発な地域です。",
        {"青年法律家協会": "ORG", "青法協": "ORG", "福岡": "PLACE"},
    ),
    (
        "https://www.fben.jp/suggest/page/48",
        "平成23年度 福岡県弁護士会 会長 吉 村 敏 幸(27期)",
        {"福岡県弁護士会": "ORG"},
    ),
    (
        "https://www.mofa.go.jp/mofaj/me_a/me1/eg/page1_001025.html",
        "エジプト・アラブ共和国を訪問中の茂木敏充外務大臣は、現地時間8月16日午前11時20分(日本時間8月16日18時20分)から60分間、アフマド・アブルゲイト・アラブ連盟事務総長との間で会談を行ったところ、概要は以下のとおりです。",
        {"エジプト・アラブ共和国": "PLACE", "茂木敏充": "PERSON", "日本": "PLACE", "アフマド・アブルゲイト": "PERSON"},
    ),
]


# (source URL, real text, expected surface -> type): exactly these mentions, with these types.
NORTH_KOREA = [
    (
        # the byline as ingest's NFKC leaves it (ⓒ -> c)
        "https://japanese.joins.com/JArticle/120995?servcode=500&sectcode=500",
        "北朝鮮、憲法改正で国家システム完成\nc 中央日報/中央日報日本語版2009.09.29 09:55",
        {"北朝鮮": "PLACE", "中央日報": "ORG", "中央日報日本語版": "ORG"},
    ),
    (
        "https://s.japanese.joins.com/JArticle/204770?sectcode=510&servcode=500",
        "<南北高官接触>北朝鮮「大韓民国」の表現、翌日には「傀儡」\nⓒ 中央日報/中央日報日本語版",
        {"北朝鮮": "PLACE", "大韓民国": "PLACE", "中央日報": "ORG", "中央日報日本語版": "ORG"},
    ),
    (
        "http://news.kantsuu.com/201606/20160630101711_510991.shtml",
        "正恩氏は国防委員会第1委員長に就いた経緯がある。",
        {"国防委員会": "ORG"},
    ),
    (
        "https://dailynk.jp/?p=125873",
        "続けて「社会主義憲法第6章『国家機構』で国家機関の権能に関連する問題を一部修正、補充した」とし",
        {},
    ),
    (
        "https://www.sankeibiz.jp/express/news/150926/exa1509260830001-n2.htm",
        "さらに2001年3月のイルクーツク声明で、東京宣言の有効性をプーチン大統領と森喜朗(よしろう)首相が明示的に確認している。",
        {"イルクーツク": "PLACE", "東京": "PLACE", "プーチン": "PERSON", "森喜朗": "PERSON"},
    ),
    (
        "https://ja.m.wikipedia.org/wiki/%E5%9B%BD%E9%9A%9B%E9%80%A3%E5%90%88%E7%B7%8A%E6%80%A5%E7%89%B9%E5%88%A5%E7%B7%8F%E4%BC%9A",
        "この決議では、ある問題について安保理が全会一致に至らず、決定を下すことができない場合、"
        "国連総会は24時間以内に緊急特別総会を開き、その問題を審議することができる",
        {"安保理": "ORG", "国連総会": "ORG"},
    ),
    (
        "https://jp.rbth.com/politics/2016/01/13/558877",
        "ロシア連邦下院(国家会議)のセルゲイ・ナルイシキン議長は13日、今年6月に、露日両国の国会議員間の交流の枠内で"
        "訪日する意向であると述べた。",
        {"ロシア連邦下院": "ORG", "セルゲイ・ナルイシキン": "PERSON", "露": "PLACE", "日": "PLACE", "国会": "ORG"},
    ),
    (
        "https://jablog.org/%E3%82%B5%E3%83%87%E3%82%A3%E3%82%AF%E3%83%BB%E3%82%AB%E3%83%BC%E3%83%B3%E3%81%8C%E3%83%9C%E3%83%AA%E3%82%B9%E3%83%BB%E3%82%B8%E3%83%A7%E3%83%B3%E3%82%BD%E3%83%B3/Sadiq_Khan",
        "2016年からロンドン市長を務めるイギリスの政治家。",
        {"ロンドン": "PLACE", "イギリス": "PLACE"},
    ),
    (
        "https://kokalog.net/viewer.html?meeting_url=https%3A%2F%2Fkokkai.ndl.go.jp%2Ftxt%2F106413968X00219701203&speech_order=37",
        "それから、率直に申しまして、ソ連のグロムイコ代表の演説というものは、たまたま中近東その他の急迫した問題を"
        "控えておった関係もございましょう。",
        {"ソ連": "PLACE", "グロムイコ": "PERSON", "中近東": "PLACE"},
    ),
    (
        "http://sp.yomiuri.co.jp/election/local/20171112-OYT1T50064.html",
        "広島知事選、湯崎英彦氏が3選果たす",
        {"広島": "PLACE", "湯崎英彦": "PERSON"},
    ),
    (
        "https://megalodon.jp/ref/2010-1215-0039-56/www.mofa.go.jp/mofaj/area/n_korea/6kaigo/6kaigo5_3g.html",
        "(2)緊急エネルギー支援\n重油5万トンに相当する緊急エネルギー支援を開始する。"
        "(注:米中韓露が実施。拉致問題を含む日朝関係の現状を踏まえ、我が国は参加せず。)",
        {"米": "PLACE", "中": "PLACE", "韓": "PLACE", "露": "PLACE", "日": "PLACE", "朝": "PLACE"},
    ),
    (
        "http://japanese.china.org.cn/politics/txt/2014-08/04/content_33137189.htm",
        "日本政府はこのほど、ロシアがウクライナの主権を「侵害」したとして、米国に追随し対ロ追加制裁を発表した。",
        {"日本政府": "ORG", "ロシア": "PLACE", "ウクライナ": "PLACE", "米国": "PLACE", "ロ": "PLACE"},
    ),
    (
        "https://www.sankeibiz.jp/express/news/140308/exd1403080829001-n4.htm",
        "しかし日本が対露制裁に踏み切る可能性について、岸田文雄外相(56)は7日の記者会見で述べた。",
        {"日本": "PLACE", "露": "PLACE", "岸田文雄": "PERSON"},
    ),
    (
        "https://megalodon.jp/ref/2010-1215-0039-56/www.mofa.go.jp/mofaj/area/n_korea/6kaigo/6kaigo5_3g.html",
        "日朝平壌宣言に従って、不幸な過去を清算し懸案事項を解決することを基礎として、国交を正常化するための協議を開始する。",
        {"日": "PLACE", "朝": "PLACE", "平壌": "PLACE"},
    ),
    (
        "https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fb.hatena.ne.jp%2Fib700%2FMikhail%2520Gorbachev%2F",
        "ロシア・モスクワで、式典に出席するミハイル・ゴルバチョフ元ソ連大統領(2016年12月16日撮影)。",
        {"ロシア": "PLACE", "モスクワ": "PLACE", "ミハイル・ゴルバチョフ": "PERSON", "ソ連": "PLACE"},
    ),
    (
        "https://taharasoichiro.com/cms/",
        "創価学会名誉会長の池田大作さんが亡くなった。",
        {"創価学会": "ORG", "池田大作": "PERSON"},
    ),
    (
        "http://www3.nhk.or.jp/news/html/20190515/k10011917321000.html",
        "トゥルチャク上院副議長が日本を訪れ、15日、二階幹事長と会談しました。",
        {"トゥルチャク": "PERSON", "上院": "ORG", "日本": "PLACE"},
    ),
]


# (source URL, real text, expected surface -> (type, title)): exactly these mentions.
DIET_MINUTES = [
    (
        "https://kokkai.appri.me/content/31599",
        "○議長(益谷秀次君) これより会議を開きます。",
        {"益谷秀次": ("PERSON", "君")},
    ),
    (
        "https://kokkai.appri.me/content/31599",
        "○国務大臣(鳩山一郎君) 第二十五回国会の開会に当りまして、ここに所信の一端を表明する機会を得まし",
        {"鳩山一郎": ("PERSON", "君")},
    ),
    (
        "http://white-goat-176d8425551116b4.znlc.jp/seisaku/gaiko_anpo/2000309_147_kaku_siryo.html",
        "「岸・ハーター交換公文」および「藤山・マッカーサー口頭了解」が合意された。",
        {
            "岸": ("PERSON", None),
            "ハーター": ("PERSON", None),
            "藤山": ("PERSON", None),
            "マッカーサー": ("PERSON", None),
        },
    ),
    (
        "https://worldjpn.net/documents/texts/JPUS/19590706.O1J.html",
        "大使 御多忙中なるべきにつき早速吉田・アチソン交換公文に関しお話いたしたし。",
        {"吉田": ("PERSON", None), "アチソン": ("PERSON", None)},
    ),
    (
        "https://kokalog.net/search.html?speech=%22%E6%B2%96%E7%B8%84%E6%96%BD%E6%94%BF%E6%A8%A9%22",
        "大綱がすべて固まったのが、いわゆる佐藤・ニクソン共同声明、十一月二十一日です",
        {"佐藤": ("PERSON", None), "ニクソン": ("PERSON", None)},
    ),
    (
        "http://nippon.nation.jp/HoppouBook/HoppouBunkenHenkankoushou.htm",
        "1956年、日ソ国交回復のときの日ソ交渉を鳩山訪ソを中心に記述。河野・フルシチョフ、鳩山・フルシチョフ会談の、"
        "日本側・ソ連側両方の記録が掲載されている。",
        {
            "日": ("PLACE", None),
            "ソ": ("PLACE", None),
            "河野": ("PERSON", None),
            "鳩山": ("PERSON", None),
            "フルシチョフ": ("PERSON", None),
            "日本": ("PLACE", None),
            "ソ連": ("PLACE", None),
        },
    ),
    (
        "http://shikoku.hostlove.com/neta/20150731075610/j356",
        "残された領土について、いよいよ第三回目の河野・フルシチョフ会談がもたれたのは、翌18日の夕方4時であった。",
        {"河野": ("PERSON", None), "フルシチョフ": ("PERSON", None)},
    ),
    (
        "https://imidas.jp/genre/detail/C-109-0601.html",
        "第2次安倍内閣は12年12月26日に発足した。",
        {"第2次安倍内閣": ("ORG", None)},  # a numbered cabinet is one body (as the Stockmark annotation has it)
    ),
    (
        "https://kokalog.net/search.html?speech=%22%E6%B2%96%E7%B8%84%E6%96%BD%E6%94%BF%E6%A8%A9%22",
        "ですから、そういう点では、大畠大臣に伺っておきたいのは、菅内閣として、やはり原則を確立する",
        {"大畠": ("PERSON", "大臣"), "菅": ("PERSON", "内閣")},  # a cabinet after its head: his title (gold convention)
    ),
    (
        "http://nippon.nation.jp/HoppouBook/index.shtml",
        "『北方領土問題を考える』 和田春樹/著 岩波書店(1990.3)",
        {"北方領土": ("PLACE", None), "和田春樹": ("PERSON", None), "岩波書店": ("ORG", None)},
    ),
    (
        "http://nippon.nation.jp/HoppouBook/index.shtml",
        "『北方領土問題と日露関係』 長谷川毅/著 筑摩書房(2000.4)",
        {
            "北方領土": ("PLACE", None),
            "日": ("PLACE", None),
            "露": ("PLACE", None),
            "長谷川毅": ("PERSON", None),
            "筑摩書房": ("ORG", None),
        },
    ),
    (
        "https://kokalog.net/search.html?speech=%22%E5%85%A8%E9%9D%A2%E5%BE%A9%E5%B8%B0%22",
        "自治権の拡大ということが、これは沖繩県民の一致した希望であると思うのでございます。",
        {"沖繩": ("PLACE", None)},
    ),
]


# (source URL, real text, expected surface -> (type, canonical)): exactly these mentions.
TREATY_LANGUAGE = [
    (
        # the page gives the address on the next line; here the line break is a space, as a PDF text layer joins it
        "http://asyura2.com/07/kenpo1/msg/376.html",
        "国際連合憲章 http://www.lares.dti.ne.jp/~m-hisa/uncharter/japanese.html 第2条〔原則〕",
        {"国際連合": ("ORG", "国連")},  # before: 国際連合憲章 http as one ORG; the body in the charter's name is an
        # ORG since issue 5's gaps round (tests/test_names_gaps5.py)
    ),
    (
        "https://japanese.cri.cn/151/2005/06/29/1@43931.htm",
        "国連のアナン事務総長とアメリカのライス国務長官は28日、ニューヨークの国連本部で会談を行ない、主に、"
        "国連改革やイラク情勢などについて討議しました。",
        {
            "国連": ("ORG", "国連"),
            "アナン": ("PERSON", "アナン"),
            "アメリカ": ("PLACE", "アメリカ合衆国"),
            "ライス": ("PERSON", "ライス"),
            "ニューヨーク": ("PLACE", "ニューヨーク"),
            "国連本部": ("ORG", "国連本部"),
            "イラク": ("PLACE", "イラク"),
        },
    ),
    (
        "https://dailynk.jp/?p=144770",
        "全員会議では、最高人民会議第14期第6回会議の招集が全員賛成で採択された。",
        {"最高人民会議": ("ORG", "最高人民会議")},
    ),
    (
        "https://princeyokoham.sakura.ne.jp/smf/index.php?topic=825.0",
        "安全保障理事会は、その権威の下における強制行動のために、適当な場合には、前記の地域的取極または地域的機関を"
        "利用する。",
        {"安全保障理事会": ("ORG", "国連安全保障理事会")},
    ),
    (
        "https://princeyokoham.sakura.ne.jp/smf/index.php?topic=825.0",
        "関係政府の要請に基いてこの機構がこの敵国による新たな侵略を防止する責任を負うときまで例外とする。",
        {},
    ),
    (
        "https://www.wowkorea.jp/news/kitachosen/152",
        "今回の大統領選に対する韓国メディアの否定的な評価だけを集め紹介した。",
        {"韓国": ("PLACE", "韓国")},
    ),
    (
        "http://www1.umn.edu/humanrts/japanese/Jh1dpast.htm",
        "千九百七十五年十二月九日に国際連合総会で採択された拷問及び他の残虐な、非人道的な又は品位を傷つける取扱い"
        "又は刑罰を受けることからのすべての人の保護に関する宣言に留意し、",
        {"国際連合総会": ("ORG", "国連総会")},
    ),
    (
        "https://dainippon-teikoku.blogspot.com/2009/02",
        "大日本帝國の国土(昭和期) 1. 内地、2. 台湾。大日本帝国の国土は、完全な領有権を有する領土のほか",
        {"大日本帝國": ("PLACE", "日本"), "台湾": ("PLACE", "台湾"), "大日本帝国": ("PLACE", "日本")},
    ),
    (
        "https://www.mofa.go.jp/mofaj/a_o/rp/page4_005177.html",
        "8月2日(金曜日)午後3時頃(現地時間)から3時間30分,タイ・バンコクにおいて第26回ASEAN地域フォーラム(ARF)"
        "閣僚会合が開催され,我が国から河野外務大臣が出席したところ,河野大臣の発言を中心に概要以下のとおり。",
        {
            "タイ": ("PLACE", "タイ"),
            "バンコク": ("PLACE", "バンコク"),
            "ASEAN地域フォーラム": ("ORG", "ASEAN地域フォーラム"),
            "河野": ("PERSON", "河野"),
        },
    ),
]


# (source URL, real text, expected (surface, type, title)) in text order: exactly these mentions.
TITLED_IN_ORDER = [
    (
        "https://www.mofa.go.jp/mofaj/press/release/press18_000081.html",
        "本16日午後3時から約2時間、伊原純一アジア大洋州局長は、外務省において意見交換を行いました。",
        [
            ("伊原純一", "PERSON", "アジア大洋州局長"),
            ("アジア大洋州局", "ORG", None),
            ("外務省", "ORG", None),
        ],
    ),
    (
        "http://news.tv-asahi.co.jp/news_politics/articles/000129195.html",
        "米朝首脳会談について、日本政府としても情報収集のために外務省の金杉アジア大洋州局長らが10日午前、"
        "シンガポールに向けて出発しました。",
        [
            ("米", "PLACE", None),
            ("朝", "PLACE", None),
            ("日本政府", "ORG", None),
            ("外務省", "ORG", None),
            ("金杉", "PERSON", "アジア大洋州局長"),
            ("アジア大洋州局", "ORG", None),
            ("シンガポール", "PLACE", None),
        ],
    ),
    (
        "http://dailynk.jp/archives/88221",
        "申紅哲(シン・ホンチョル)次官を団長とする北朝鮮外務省代表団が5日、アラブ諸国の歴訪を終えて帰国した。",
        [("申紅哲", "PERSON", "次官"), ("北朝鮮外務省", "ORG", None), ("アラブ", "PLACE", None)],
    ),
    (
        "https://jp.rbth.com/politics/2016/01/13/558877",
        "ロシア連邦下院(国家会議)のセルゲイ・ナルイシキン議長は13日、今年6月に、",
        [("ロシア連邦下院", "ORG", None), ("セルゲイ・ナルイシキン", "PERSON", "議長")],  # 国家会議: a gloss
    ),
]


@pytest.mark.parametrize(
    ("url", "text", "expected"), TITLED_IN_ORDER, ids=[f"t{i}" for i in range(len(TITLED_IN_ORDER))]
)
def test_titled_sentence_in_order(url: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(m.surface, m.type, m.title) for m in mentions(text)] == expected, url


# (source URL, real text, surface -> (type, canonical, title) that must be found).
CHINA_KOREA = [
    (
        # 第186回国会 参議院 外交防衛委員会 第4号 (2014-03-17), via kokalog
        "https://kokalog.net/search.html?speech=%22%E8%B6%99%E5%A4%AA%E5%BA%B8%E5%A4%96%E4%BA%A4%E9%83%A8%22",
        "十二日の日に、齋木外務事務次官、韓国を訪問いたしまして、先方の趙太庸外交部第一次官との間で日韓関係の現状及び"
        "今後の取組について意見交換を行いました。",
        {
            "趙太庸": ("PERSON", "趙太庸", "外交部第一次官"),
            "外交部": ("ORG", "外交部", None),
            "齋木": ("PERSON", "齋木", "外務事務次官"),
        },
    ),
    (
        "https://www.mofa.go.jp/mofaj/a_o/c_m1/cn/page1_000526.html",
        "(当方:河野外務大臣、世耕経産大臣、西村官房副長官、野上官房副長官、谷内国家安全保障局長、横井駐中国大使ほか、"
        "先方:王毅国務委員兼外交部長、何立峰国家発展改革委員会主任、鐘山商務部長、程永華駐日大使ほか同席。)。",
        {
            "横井": ("PERSON", "横井", "駐中国大使"),  # before: 横井駐 (title 大使)
            "中国": ("PLACE", "中国", None),
            "程永華": ("PERSON", "程永華", "駐日大使"),  # before: 程永華駐
            "日": ("PLACE", "日本", None),
            "谷内": ("PERSON", "谷内", "国家安全保障局長"),  # 国家 is no given name
        },
    ),
    (
        "http://japanese.china.org.cn/jp/txt/2018-05/09/content_51186446.htm",
        "先に訪日していた王毅国務委員兼外交部長、日本の河野太郎外相、程永華駐日中国大使が空港で迎えた。",
        {
            "程永華": ("PERSON", "程永華", "駐日中国大使"),  # before: a PLACE 永華駐日中国
            "日": ("PLACE", "日本", None),
            "中国": ("PLACE", "中国", None),
            "河野太郎": ("PERSON", "河野太郎", "外相"),
        },
    ),
    (
        "https://sp.m.jiji.com/article/show/3250377",
        "外務省は31日、中国の呉江浩駐日大使の台湾情勢に関する発言を巡り、岡野正敬事務次官が呉氏に直接抗議したと"
        "明らかにした。",
        {
            "呉江浩": ("PERSON", "呉江浩", "駐日大使"),  # before: 呉江浩駐
            "呉": ("PERSON", "呉江浩", "氏"),
            "岡野正敬": ("PERSON", "岡野正敬", "事務次官"),
        },
    ),
    (
        "https://dic.pixiv.net/a/%E3%83%A2%E3%82%B5%E3%83%89",
        "主に国外を担当する組織で、軍事担当のイスラエル国防軍情報部「アマン」、国内・占領地担当のイスラエル公安庁"
        "「シャバク(シン・ベト)」と役割分担をしている。",
        {"イスラエル公安庁": ("ORG", "イスラエル公安庁", None)},
    ),
    (
        # a 2006 copy of the Japanese Wikipedia article, its title line
        "http://asyura2.com/0610/asia6/msg/559.html",
        "韓国国家情報院\n出典: 『ウィキペディア(Wikipedia)』 (2006/06/29 17:00)",
        {"韓国国家情報院": ("ORG", "韓国国家情報院", None)},
    ),
    (
        "https://key-term.blogspot.com/2018/09/33.html",
        "1978年9月、エジプトのサダト大統領とイスラエルのベギン首相がカーター米大統領の仲介の下、米大統領山荘"
        "キャンプデービッドで10日以上に及ぶ協議を行い、同17日に「中東和平の枠組み」と「エジプト・イスラエル間の"
        "平和条約締結の枠組み」の2協定に署名した。",
        {"キャンプデービッド": ("PLACE", "キャンプ・デービッド", None)},
    ),
    (
        # 人民網日本語版 2018-04-18 in traditional kanji, via a mirror
        "http://dzxjyxx.com/n3/2018/0418/c94474-9450962.html",
        "中國の王毅國務委員兼外交部長(外相)は17日に東京で日本経団連の榊原定征會長、中西宏明次期會長らと會見した。",
        {"中國": ("PLACE", "中国", None), "東京": ("PLACE", "東京", None)},
    ),
    (
        # 人民網日本語版 2015-11-13 in traditional kanji, via a mirror
        "http://dzxjyxx.com/n/2015/1113/c94474-8975952.html",
        "曾培炎元副総理(中國國際経済交流センター理事長)率いる中國実業家と元政府高官の代表団がこのほど訪日し、"
        "「中日実業家?元高官対話」に出席した。",
        {
            "曾培炎": ("PERSON", "曾培炎", "元副総理"),
            "中國國際経済交流センター": ("ORG", "中国国際経済交流センター", None),  # canonical in Japanese forms
        },
    ),
    (
        "https://enclub.com/electoral-system-of-hong-kong/",
        "全国人民代表大会常务委员会副委员长 王晨",
        {"全国人民代表大会常务委员会": ("ORG", "全国人民代表大会常務委員会", None)},
    ),
    (
        # curated rows: the party paper and its international paper (common nouns 人民|日報, 環球|時報 to UniDic)
        "https://2nn.jp/news4plus/1467723529",
        "中国共産党機関紙・人民日報傘下の有力国際情報紙、環球時報は5日、南シナ海における軍事衝突に中国は備えるべきだと"
        "する論説を掲載した。",
        {"人民日報": ("ORG", "人民日報", None), "環球時報": ("ORG", "環球時報", None)},
    ),
    (
        "http://japanese.beijingreview.com.cn/wxzl/txt/2014-06/19/content_625031_5.htm",
        "2013年末までに香港特別行政区が全国人民代表大会常務委員会に届け出た法律は全部で570件である。",
        {
            "全国人民代表大会常務委員会": ("ORG", "全国人民代表大会常務委員会", None),
            # the region with its status, one place as written (heldout25 convention)
            "香港特別行政区": ("PLACE", "香港特別行政区", None),
        },
    ),
]


# (source URL, real text, surface -> (type, canonical) that must be found).
LEGISLATION = [
    (
        "https://s.japanese.joins.com/JArticle/335729",
        "米上院は1日に本会議を開き、同法案に対する採決を進めた結果、賛成50,反対50で同数となったが上院議長を兼ねる"
        "バンス副大統領が賛成票を投じ「タイブレーカー」権限を行使することによりかろうじて可決処理された。",
        {
            "米上院": ("ORG", "アメリカ合衆国上院"),
            "上院": ("ORG", "アメリカ合衆国上院"),
            "バンス": ("PERSON", "バンス"),
        },
    ),
    (
        "https://tour-journal.com/%e3%81%9d%e3%81%ae%e4%bb%96/176119.html",
        "米上院(定数100)で10日、老朽化が進む国内インフラの整備に1.2兆ドル(約130兆円)を投資する超党派の法案が採決に"
        "かけられ、賛成69、反対30の賛成多数で可決された。",
        {"米上院": ("ORG", "アメリカ合衆国上院")},  # before: 米 PLACE + 上院 ORG
    ),
    (
        "http://kiyoshi-endo.com/information/detail.php?id=958",
        "国際刑事裁判所(ICC)は、1998年7月17日国際連合全権外交使節会議において採択された国際刑事裁判所ローマ規程"
        "(ローマ規程または、ICC規程)に基づき2003年3月11日オランダのハーグに設置された国際裁判所である。",
        {
            "国際刑事裁判所": ("ORG", "国際刑事裁判所"),  # before: 国際刑事裁判所ローマ規程 one ORG
            "ローマ": ("PLACE", "ローマ"),
            "ICC": ("ORG", "国際刑事裁判所"),  # ICC of ICC規程 (before: missed)
            "ハーグ": ("PLACE", "ハーグ"),
        },
    ),
    (
        "https://mirunote.com/ays-quiz/8/?embed=1&id=8&quiz=8",
        "それは、総会(General Assembly)、安全保障理事会(Security Council)、経済社会理事会(Economic and Social Council, "
        "ECOSOC)、信託統治理事会(Trusteeship Council)、国際司法裁判所(International Court of Justice, ICJ)、"
        "そして事務局(Secretariat)である。",
        {"国際司法裁判所": ("ORG", "国際司法裁判所")},
    ),
    (
        "https://wikiwand.com/ja/入管",
        "法務省の外局である出入国在留管理庁は出入国管理行政を所管しており、地方出入国在留管理局(8局)、同支局(7局)、"
        "出張所(61か所)及び入国管理センター(2か所)が設置されている。",
        {"法務省": ("ORG", "法務省"), "出入国在留管理庁": ("ORG", "出入国在留管理庁")},
    ),
    (
        "http://www.mlit.go.jp/hakusyo/transport/heisei08/pt2/821400.html",
        "国連海洋法条約は、約十年にわたる第3次国連海洋法会議の結果、昭和57年に作成され、平成6年11月に発効した。",
        {"国連": ("ORG", "国連")},  # before: 第3次国連 (the model's span with the ordinal)
    ),
    (
        "https://ja.wikisource.org/wiki/大気圏内、宇宙空間及び水中における核兵器実験を禁止する条約の効力発生に関する件",
        "日本国政府は、昭和三十八年八月五日にモスクワ市において作成された大気圏内、宇宙空間及び水中における核兵器実験を"
        "禁止する条約の批准書を昭和三十九年六月十五日にアメリカ合衆国、グレート・ブリテン及び北部アイルランド連合王国及び"
        "ソヴィエト社会主義共和国連邦のそれぞれの政府に寄託した。",
        {
            "ソヴィエト社会主義共和国連邦": ("PLACE", "ソビエト連邦"),
            "アメリカ合衆国": ("PLACE", "アメリカ合衆国"),
        },
    ),
]


# (source URL, real text, surface -> (type, canonical) that must be found, surfaces that must not be mentions).
# Long sentences are abridged (clauses left out), never reworded.
EUROPE_ASEAN = [
    (
        "https://www.mofa.go.jp/mofaj/press/release/22/7/0723_06.html",
        "本23日(金曜日)(現地時間同日),ベトナム社会主義共和国の首都ハノイにおいて開催されているASEAN関連外相会議の"
        "機会に,東南アジアにおける友好協力条約(TAC)を改正する第三議定書の署名式が行われ,",
        {"東南アジア": ("PLACE", "東南アジア"), "ハノイ": ("PLACE", "ハノイ")},
        {"アジア", "TAC"},
    ),
    (
        "https://www.mofa.go.jp/mofaj/erp/ep/page1_000601.html",
        "安倍晋三内閣総理大臣は,ドナルド・トゥスク欧州理事会議長(H. E. Mr. Donald Tusk, President of the European "
        "Council)及びジャン=クロード・ユンカー欧州委員会委員長との間で第25回日EU定期首脳協議を行いました。定期首脳協議"
        "後には,日EU経済連携協定(EPA)の署名式,共同記者会見が行われました。",
        {"欧州委員会": ("ORG", "欧州委員会"), "日": ("PLACE", "日本"), "EU": ("ORG", "EU")},
        {"EPA", "EU定期首脳協議"},
    ),
    (
        "https://portal-worlds.com/news/asean/31946",
        "第26回日ASEAN首脳会議が9月6日午に開催された。",
        {"日": ("PLACE", "日本"), "ASEAN": ("ORG", "ASEAN")},
        set(),
    ),
    (
        "https://sputniknews.jp/amp/20180717/5129622.html",
        "日本とEUのEPA署名式は11日にブリュッセルで予定されていたが、西日本豪雨を受けて安倍首相が欧州・中東への訪問を"
        "取りやめたため、17日に東京で開催されることで合意された。",
        {"西日本": ("PLACE", "西日本"), "ブリュッセル": ("PLACE", "ブリュッセル")},
        set(),
    ),
    (
        "https://www.mofa.go.jp/mofaj/af/af2/s_sudan/page3_002844.html",
        "安倍晋三内閣総理大臣は,ジェームズ・ワニ・イッガ・南スーダン共和国副大統領の表敬を受けたところ,概要は以下の"
        "とおりです。「南スーダン情勢の安定は,アフリカの角地域全体の平和と安定の鍵であり」",
        {"南スーダン共和国": ("PLACE", "南スーダン"), "アフリカの角": ("PLACE", "アフリカの角")},
        {"アフリカ"},
    ),
    (
        "https://www.mofa.go.jp/mofaj/af/af1/mr/page3_002838.html",
        "本29日午前9時45分頃から約15分間,横浜において,安倍晋三内閣総理大臣は,モーリタニア・イスラム共和国首相との"
        "間で日・モーリタニア首脳会談を行ったところ,概要は以下のとおりです。",
        {"モーリタニア・イスラム共和国": ("PLACE", "モーリタニア")},
        set(),
    ),
    (
        "https://kaken.nii.ac.jp/ja/report/KAKENHI-PROJECT-18530207/185302072009jisseki",
        "成果として具体的には、石川幸一・清水一史・助川成也(編著)『ASEAN経済共同体-東アジア統合の核となりうるか』を"
        "公刊した。更に日本貿易振興機構(JETRO)のAEC研究委員にも就任し、共同研究を進めてきた。",
        {"石川幸一": ("PERSON", "石川幸一"), "日本貿易振興機構": ("ORG", "日本貿易振興機構")},
        {"石川幸"},
    ),
    (
        "https://www.kasumigasekikai.or.jp/2020-03-15-1/",
        "ロンドン勤務の3年強の間、私は英国のEU離脱問題、ブレグジットに追われた。",
        {"英国": ("PLACE", "イギリス"), "EU": ("ORG", "EU"), "ロンドン": ("PLACE", "ロンドン")},
        {"ブレグジット"},
    ),
    (
        "https://www.mofa.go.jp/mofaj/af/af2/s_sudan/page4_004945.html",
        "南スーダン共和国\n\n令和元年5月4日\n本4日,河野太郎外務大臣は,訪問中の南スーダンにおいて,会談を行いました。",
        {"南スーダン": ("PLACE", "南スーダン")},
        {"令和"},
    ),
    (
        "https://newsdig.tbs.co.jp/articles/-/898363?display=1&mwplay=1",
        "岸田総理は海洋進出を強める中国を念頭に、混乱の続くミャンマー情勢でも意見交換したい考えです。",
        {"ミャンマー": ("PLACE", "ミャンマー (ビルマ)"), "中国": ("PLACE", "中国")},
        set(),
    ),
]


NHK_20200916 = "http://www3.nhk.or.jp/news/html/20200916/k10012621861000.html"


HATENA_GCYN = "https://b.hatena.ne.jp/gcyn/20210509"


# (source URL, real text, surface -> (type, canonical, title) that must be found, surfaces that must not be
# mentions).  Long sentences are abridged (clauses left out), never reworded.
DIET_POLITICS = [
    (
        NHK_20200916,
        "菅内閣の発足を受けて、自民・公明両党の幹事長と国会対策委員長らが会談し、両党が引き続き連携して政権を支えて"
        "いくことで一致しました。",
        {"自民": ("ORG", "自民党", None), "公明": ("ORG", "公明党", None)},
        {"国会"},
    ),
    (
        NHK_20200916,
        "会談は16日夜、東京都内のホテルで行われ、自民党から二階幹事長と森山国会対策委員長らが、公明党から斉藤幹事長と"
        "高木国会対策委員長が出席しました。",
        {
            "公明党": ("ORG", "公明党", None),
            "斉藤": ("PERSON", "斉藤", "幹事長"),
            "高木": ("PERSON", "高木", "国会対策委員長"),
        },
        {"国会"},
    ),
    (
        "https://cfdot.com/353733/",
        "自民、公明両党の幹事長と国会対策委員長は20日、国会内で会談した。",
        {"国会": ("ORG", "国会", None), "公明": ("ORG", "公明党", None)},
        set(),
    ),
    (
        HATENA_GCYN,
        "6月16日に会期末を迎える今国会は終盤戦に入った。",
        {},
        {"国会", "今国会"},
    ),
    (
        HATENA_GCYN,
        "自民党の森山裕国対委員長は6日、国会内で記者団にこう語り、終盤国会も必要な法案審議を粛々と進める姿勢を強調した。",
        {"国会": ("ORG", "国会", None), "森山裕": ("PERSON", "森山裕", "国対委員長")},
        {"終盤国会"},
    ),
    (
        HATENA_GCYN,
        "与党は、今国会の懸案の一つだった憲法改正手続きに関する国民投票法改正案を同日の衆院憲法審査会で可決させ、改正案"
        "は11日の衆院本会議での可決が確実となった。",
        {"衆院": ("ORG", "衆議院", None)},
        {"国会"},
    ),
    (
        "https://minorikawa.jp/2022/06/15/%e9%80%9a%e5%b8%b8%e5%9b%bd%e4%bc%9a%e9%96%89%e4%bc%9a/",
        "本日、通常国会が閉会しました。今国会では政府提出法案61本すべてが成立しました。",
        {},
        {"国会"},
    ),
    (
        "https://www.sankei.com/smp/politics/news/160601/plt1606010065-s1.html",
        "第190通常国会は1日、閉会した。夏の参院選を控え、異例の早さとなる1月4日に召集された。",
        {},
        {"国会", "参院"},
    ),
    (
        "https://ja.socmedarch.org/supreme-court-justices-senate-confirmation-process-3321989-10365",
        "憲法第2条に基づき、合衆国大統領のみが最高裁判所判事を指名する権限を与えられており、米国上院はそれらの指名を"
        "確認する必要があります。",
        {"米国上院": ("ORG", "アメリカ合衆国上院", None)},
        set(),
    ),
    (
        "https://jablog.org/%E3%82%A2%E3%83%A1%E3%83%AA%E3%82%AB%E5%90%88%E8%A1%86%E5%9B%BD%E6%9C%80%E9%AB%98%E8%A3%81"
        "%E5%88%A4%E6%89%80%E5%88%A4%E4%BA%8B%E3%81%B8%E3%81%AE%E6%8C%87%E5%90%8D%E3%81%A8%E6%89%BF%E8%AA%8D/"
        "Nomination_and_confirmation_to_the_Supreme_Court_of_the_United_States",
        "アメリカ合衆国最高裁判所判事の指名および承認にはいくつかの手順が必要であり、その枠組みはアメリカ合衆国憲法に"
        "定められている。",
        {
            "アメリカ合衆国最高裁判所": ("ORG", "アメリカ合衆国最高裁判所", None),
            "アメリカ合衆国": ("PLACE", "アメリカ合衆国", None),
        },
        {"アメリカ合衆国憲法"},
    ),
    (
        "https://times.abema.tv/articles/-/10007925",
        "今月1日、アメリカで妊娠15週以降の人工妊娠中絶を禁じる米南部ミシシッピ州法をめぐって、連邦最高裁が審理を開いた。",
        {"連邦最高裁": ("ORG", "連邦最高裁判所", None)},
        {"最高裁"},
    ),
    (
        "https://diamond.jp/articles/-/305497",
        "米連邦最高裁は24日、人工妊娠中絶の権利を認めた1973年の「ロー対ウェイド判決」を覆す判断を下した。",
        {"米連邦最高裁": ("ORG", "アメリカ合衆国最高裁判所", None)},
        {"最高裁", "米"},
    ),
    (
        "https://news.ntv.co.jp/category/international/52fe27f91ba04349a0c96a6804f412d3",
        "アメリカ連邦最高裁は、人工妊娠中絶の権利を認めた1973年の判決を覆す判断を下しました。",
        {"アメリカ連邦最高裁": ("ORG", "アメリカ合衆国最高裁判所", None)},
        set(),
    ),
    (
        "http://www.perthnews.com.au/category/%e6%94%bf%e6%b2%bb/page/1384",
        "シリア北部の難民キャンプにいるオーストラリア人女性やその子供らがオーストラリアへの引き取りを求めている。",
        {"シリア": ("PLACE", "シリア", None)},
        {"シリア北部"},
    ),
    (
        "https://tour-journal.com/%e3%81%9d%e3%81%ae%e4%bb%96/130403.html",
        "米軍、シリア南部で演習開始 ロシアの脅威に対応",
        {"シリア": ("PLACE", "シリア", None)},
        {"シリア南部"},
    ),
    (
        "https://imidas.jp/genre/detail/D-116-0138.html",
        "15年11月に発足したトルドー政権では30人の閣僚のうち、男女同数(15人ずつ)という新しい試みを行った。",
        {"トルドー": ("PERSON", "トルドー", "政権")},
        {"トルドー政権", "政権"},
    ),
    (
        "https://www.mofa.go.jp/mofaj/erp/ep/page1_000601.html",
        "安倍晋三内閣総理大臣は,ドナルド・トゥスク欧州理事会議長との間で第25回日EU定期首脳協議を行いました。",
        {"安倍晋三": ("PERSON", "安倍晋三", "内閣総理大臣")},
        {"内閣"},
    ),
]


# Constructed from the real forms above (marked): the new-cabinet title, a bare federal chamber with no state, and a
# bare court joining the court the same text names in full.
CONSTRUCTED = [
    ("ハーパー首相が辞任し、トルドー新内閣が発足した。", {("トルドー", "PERSON")}, {"内閣", "トルドー新内閣"}),
    ("10月、第42回連邦下院総選挙が実施された。", {("連邦下院", "ORG")}, {"下院"}),
]


@pytest.mark.parametrize(("text", "spans", "absent"), CONSTRUCTED)
def test_constructed(text: str, spans: set, absent: set) -> None:
    found = span_set(text)
    assert spans <= found
    assert not absent & {surface for surface, _ in found}


QUICK_TOYOTA = "トヨタ自動車(7203)の近健太副社長は1日、2022年4~9月期の決算会見で指摘した。"


BUSINESS_MENTIONS = [
    (QUICK_SONY, "十時裕樹", "PERSON"),
    (QUICK_SONY, "ソニーグループ", "ORG"),
    (QUICK_TOYOTA, "近健太", "PERSON"),
    (NHK_DRAFT, "上茶谷大河", "PERSON"),
    (NHK_DRAFT, "矢崎拓也", "PERSON"),
    (NHK_DRAFT, "広島", "ORG"),
    (MAINICHI_MMC, "三菱自動車", "ORG"),
    (MAINICHI_MMC, "三菱自", "ORG"),
    (MYCAR_MMC, "三菱自", "ORG"),
    (NEWSPIC_TRUMP, "トランプ", "PERSON"),
    (NEWSPIC_TRUMP, "米", "PLACE"),
]


# livedoor (Xinhua) 2026-02-14, https://news.livedoor.com/article/detail/30585408/
LIVEDOOR_XINHUA = "中国共産党中央と国務院が春節団拝会 習近平氏が演説 2026年2月14日 22時11分 新華社通信"


# livedoor (TBS) 2026-01-25, https://news.livedoor.com/topics/detail/30441159/
LIVEDOOR_PLA_DAILY = (
    "中国軍の機関紙「解放軍報」が、重大な規律違反の疑いで調査を受けている軍の最高指導機関・"
    "中央軍事委員会のメンバー2人について非難しました。"
)


FOREIGN_NEWS_MENTIONS = [
    # a known gap until the model retrained on news gold (a katakana name glued to an acronym, ダニーロウNSDC書記):
    # https://ukrinform.jp/amp/rubric-defense/3333553-ukuraina-an-bao-hui-yi-fang-wei-ji-huawo-cai-ze.html
    ("オレクシー・ダニーロウNSDC書記が会合後記者会見時に発表した。", "オレクシー・ダニーロウ", "PERSON"),
    (NN_ZALUZHNY, "ザルジニー", "PERSON"),
    (CHOSUN_KIM, "金炳基", "PERSON"),
    (CNN_ZALUZHNY, "ザルジニー", "PERSON"),
    (NEWSPIC_GERASIMOV, "ゲラシモフ", "PERSON"),
    (DONGA_KIM, "金重権", "PERSON"),
    (BLOGOS_LEPEN, "マリーヌ・ルペン", "PERSON"),
    (WBALKANS_1513, "ブチッチ", "PERSON"),
    (WBALKANS_1513, "セルビア", "PLACE"),
    (NORDOT_ANC, "アフリカ民族会議", "ORG"),
    (NORDOT_ANC, "民主同盟", "ORG"),
    (NORDOT_ANC, "ANC", "ORG"),
    (NIKKEI_ANC, "アフリカ民族会議", "ORG"),
    (NIKKEI_ANC, "インカタ自由党", "ORG"),
    (LIVEDOOR_XINHUA, "新華社通信", "ORG"),
    (LIVEDOOR_PLA_DAILY, "解放軍報", "ORG"),
]


# (source URL, real text, expected surface -> (type, canonical)): exactly these mentions.
LATIN_AND_GLOSSES = [
    (
        "https://japanlives.net/%E3%82%AB%E3%83%8A%E3%83%80%E3%83%BB%E3%83%A1%E3%82%AD%E3%82%B7%E3%82%B325%E9%96%A2"
        "%E7%A8%8E%E3%80%81%E4%B8%AD%E5%9B%BD%E3%81%AB10%EF%BC%85%E8%BF%BD%E5%8A%A0%E3%80%801%E6%97%A5%E5%AE%9F%E8%A1"
        "%8C/amp",
        "米ホワイトハウスのレビット報道官は1月31日、カナダとメキシコに25%の関税を2月1日にかけると明言した。",
        {
            "米": ("PLACE", "アメリカ合衆国"),  # before: 米ホワイトハウス one ORG (the model's span)
            "ホワイトハウス": ("ORG", "ホワイトハウス"),
            "レビット": ("PERSON", "レビット"),
            "カナダ": ("PLACE", "カナダ"),
            "メキシコ": ("PLACE", "メキシコ"),
        },
    ),
    (
        "https://kotobank.jp/word/%E5%9B%BD%E9%80%A3%E6%86%B2%E7%AB%A0%E7%AC%AC51%E6%9D%A1-3197721",
        "国連加盟国への武力攻撃が起きた場合、国際平和と安全の維持に主要な責任を負う安全保障理事会が「必要な措置」を"
        "取るまでの間、「個別的または集団的自衛の固有の権利」を認める条項。国連憲章第51条。",
        {"国連": ("ORG", "国連"), "安全保障理事会": ("ORG", "国連安全保障理事会")},  # before: 国連 of 国連憲章 lost
    ),
    (
        "https://www.shugiin.go.jp/internet/itdb_kenpou.nsf/html/kenpou/chosa/keii.htm",
        "平成12年1月20日 衆議院憲法調査会事務局 作成",
        {"衆議院憲法調査会事務局": ("ORG", "衆議院憲法調査会事務局")},  # before: 衆議院 alone
    ),
    (
        "https://en.wikipedia.org/wiki/United_Nations_and_North_Korea",
        "North Korea, officially the Democratic People's Republic of Korea (DPRK), has maintained a complex "
        "relationship with the United Nations (UN) since its founding in 1948.",
        {
            "North Korea": ("PLACE", "北朝鮮"),  # before: ORG North Korea (the model)
            "Democratic People's Republic of Korea": ("PLACE", "北朝鮮"),
            "United Nations": ("ORG", "国連"),
        },
    ),
    (
        "http://kotoba.ne.jp/word/10/ピョンヤン",
        "ピョンヤンは、朝鮮民主主義人民共和国の首都、直轄市であり、最大の都市。",
        {"ピョンヤン": ("PLACE", "平壌"), "朝鮮民主主義人民共和国": ("PLACE", "北朝鮮")},  # before: ピョンヤン its own
    ),
]


def _rows(fields: str, closed: bool, table: list[tuple], label: str) -> list:
    """One case per row: (fields compared, whether no other mention may be found, url, text, expected, absent)."""
    return [
        pytest.param(fields, closed, *row[:3], row[3] if len(row) > 3 else set(), id=f"{label}{i}")
        for i, row in enumerate(table)
    ]


SENTENCES = [
    *_rows("type", True, KOREA_UKRAINE, "korea-ukraine"),
    *_rows("type", True, NORTH_KOREA, "north-korea"),
    *_rows("type title", True, DIET_MINUTES, "diet-minutes"),
    *_rows("type canonical", True, TREATY_LANGUAGE, "treaty-language"),
    *_rows("type canonical", True, READING_SENTENCES, "readings"),
    *_rows("type canonical", True, LATIN_AND_GLOSSES, "latin"),
    *_rows("type canonical title", False, CHINA_KOREA, "china-korea"),
    *_rows("type canonical", False, LEGISLATION, "legislation"),
    *_rows("type canonical", False, EUROPE_ASEAN, "europe-asean"),
    *_rows("type canonical title", False, DIET_POLITICS, "diet-politics"),
]


@pytest.mark.parametrize(("fields", "closed", "url", "text", "expected", "absent"), SENTENCES)
def test_sentence(fields: str, closed: bool, url: str, text: str, expected: dict, absent: set) -> None:
    """Each expected surface found with these fields; in a closed row nothing else. (A known gap is written as its
    own strict xfail test; the last one, ダニーロウNSDC書記, was found once the NER trained on the news gold.)"""
    found = by_surface(text, fields)
    for surface, value in expected.items():
        assert found.get(surface) == value, (url, surface, found)
    if closed:
        assert not set(found) - set(expected), (url, found)
    assert not absent & set(found), (url, absent & set(found))


@pytest.mark.parametrize(("text", "surface", "kind"), [*NEWS_MENTIONS, *BUSINESS_MENTIONS, *FOREIGN_NEWS_MENTIONS])
def test_mention_found(text: str, surface: str, kind: str) -> None:
    assert (surface, kind) in span_set(text)
