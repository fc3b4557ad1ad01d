"""Real texts quoted by tests in more than one module (source URL in the comment above each)."""

from __future__ import annotations

# Quotations marked by these names (short quotations from public pages):
#   FNN     https://www.fnn.jp/articles/-/330351
#   SAKI    https://sakisiru.jp/9684
#   MOFA1   https://www.mofa.go.jp/mofaj/s_sa/sea1/vn/page4_004324.html
#   MOFA2   https://www.mofa.go.jp/mofaj/press/release/press4_006149.html
#   PW      https://portal-worlds.com/news/philippines/14180
#   ZCK     http://www.zck.or.jp/site/activities/4239.html
#   SANKEI  https://b.hatena.ne.jp/entry/s/www.sankei.com/article/20240808-YCG7IVKHMRJD3NSA3U5PAK6NH4
#   SUGA    http://sigridk6m1114.anime-voice.com/ (毎日新聞 article on the 2021 Suga-Biden meeting, quoted there)
#   ASAHI   https://digital.asahi.com/articles/photo/AS20210902003210.html
#   MOFA3   https://www.mofa.go.jp/mofaj/s_sa/sea2/ph/pageit_000001_01294.html
#   NORDOT  https://nordot.app/1032999459080306890?c=388701204576175201
#   WIKI    Stockmark ner-wikipedia-dataset, a training-split sentence (CC BY-SA 3.0)


# (source URL, real text, expected surface -> (type, canonical)): exactly these mentions.
READING_SENTENCES = [
    (
        "http://current.ndl.go.jp/aggregator/categories/1?page=1",
        "【資料2】 『オックスフォード世界児童文学百科』 (原書房 1999)  p852~853",
        {"オックスフォード": ("PLACE", "オックスフォード"), "原書房": ("ORG", "原書房")},
    ),
    (
        "https://www.weblio.jp (咸鏡北道とは? 朝鮮民主主義人民共和国北東部日本海に臨む道), via "
        "https://hqproductreviews.com?arsae=http%3A%2F%2Fwww.weblio.jp%2Fcontent%2F%25E5%2592%25B8%25E9%258F%25A1"
        "%25E5%258C%2597%25E9%2581%2593",
        "道庁所在地清津(チョンジン)。",
        {"清津": ("PLACE", "清津")},  # before: no mention; the reading alone could be read as a person
    ),
    (
        # CNN 2025-03-31 via a proxy; the original is https://www.cnn.co.jp/world/35231196.html
        "http://79.170.44.75/hostdoctordemo.co.uk/downloads/vpn/index.php?q=aHR0cHM6Ly93d3cuY25uLmNvLmpwL3dvcmxkLzM1MjMxMTk2Lmh0bWw%3D",
        "クレムリン(ロシア大統領府)は、トランプ米大統領がロシアのプーチン大統領に「非常に怒っている」と発言した"
        "ことに反応した。",
        {
            "クレムリン": ("ORG", "クレムリン"),  # before: ロシア大統領府 a second ORG
            "トランプ": ("PERSON", "トランプ"),
            "米": ("PLACE", "アメリカ合衆国"),
            "ロシア": ("PLACE", "ロシア"),
            "プーチン": ("PERSON", "プーチン"),
        },
    ),
    (
        "https://lunomusy.com.tr/-/zya/u5pkh-z2a07.video",
        "ロシアのウクライナ侵攻から2年が経った24日、東京や大阪など国内各地で、ロシアに即時停戦を求め、平和を願う"
        "集会があった。",
        {
            "ロシア": ("PLACE", "ロシア"),
            "ウクライナ": ("PLACE", "ウクライナ"),
            "東京": ("PLACE", "東京"),
            "大阪": ("PLACE", "大阪"),
        },  # before: ウクライナ侵攻 one PLACE
    ),
    (
        "http://dprknow.jp/blog-entry-122.html",
        "この法律と「朝鮮民主主義人民共和国羅先経済貿易地帯法」の全文が「朝鮮中央通信」で公開された。",
        {"朝鮮民主主義人民共和国": ("PLACE", "北朝鮮"), "朝鮮中央通信": ("ORG", "朝鮮中央通信")},
    ),
    (
        "https://www.weblio.jp/wkpja/content/%E6%97%A5%E6%9C%9D%E9%96%A2%E4%BF%82%E5%8F%B2_%E7%AC%AC%E4%BA%8C%E6%AC%A1"
        "%E4%B8%96%E7%95%8C%E5%A4%A7%E6%88%A6%E5%BE%8C",
        "アメリカが占領した南朝鮮では李承晩や金九などの独立運動家がソウルへ戻った。",
        {
            "アメリカ": ("PLACE", "アメリカ合衆国"),
            "南朝鮮": ("PLACE", "韓国"),
            "李承晩": ("PERSON", "李承晩"),
            "金九": ("PERSON", "金九"),
            "ソウル": ("PLACE", "ソウル"),
        },
    ),
    (
        "http://d.hatena.ne.jp/keyword/%C2%C0%C0%AF%B4%B1%C9%DB%B9%F0",
        "明治初期の太政官によって公布された法令の形式。",
        {"太政官": ("ORG", "太政官")},
    ),
    (
        "https://pedia.3rd-in.co.jp/wiki/%E6%9C%9D%E9%AE%AE%E6%96%B0%E5%A0%B1",
        "公称の発行部数は5万部を超えており、日本国内で発行される朝鮮語新聞の中では最大規模とされています。",
        {
            "日本国": ("PLACE", "日本")
        },  # before: 朝鮮語新聞 an ORG (日本国 of 日本国内 is a known slip, not this round's)
    ),
    (
        "https://jablog.org/%E3%80%8C%E6%9C%9D%E9%AE%AE%E6%96%B0%E5%A0%B1%E3%80%8D%E3%81%AF%E3%80%81/Choson_Sinbo",
        "「NKシグナル」:韓国の国営通信社が南北関係のロマンスを売り込む",
        {"韓国": ("PLACE", "韓国")},  # before: 国営通信社 an ORG
    ),
    (
        "http://www.koryojournal.news/?p=1003",
        "主体81(1992)年10月5日、最高人民会議常設会議決定第17号を採用",
        {"最高人民会議常設会議": ("ORG", "最高人民会議常設会議")},  # before: 最高人民会議 only
    ),
]


# (sentence, surface, type); each row's URL in the comment above it.
NEWS_MENTIONS = [
    # Yomiuri 2011-01-07, quoted at http://chinanews.chimanako.net/
    ("【パリ=林路郎】フランスのメディアが6日伝えたところによると、仏自動車大手ルノー社は", "林路郎", "PERSON"),
    ("【パリ=林路郎】フランスのメディアが6日伝えたところによると、仏自動車大手ルノー社は", "パリ", "PLACE"),
    # Nikkei 2006-04-26 (Kyodo), quoted at http://overseas.sarashi.com/China/ChinaNews.html
    ("【北京26日共同】中国ゴルフ協会と故宮博物院などの研究チームは26日、発表した。", "共同", "ORG"),
    ("【北京26日共同】中国ゴルフ協会と故宮博物院などの研究チームは26日、発表した。", "北京", "PLACE"),
    # livedoor news (Kyodo) 2025-12-09 https://news.livedoor.com/topics/detail/30171093/
    (
        "フランス自動車大手ルノーと米フォード・モーターは9日、欧州向けの小型電気自動車の共同開発を柱とした"
        "戦略提携を結んだと発表した。",
        "米",
        "PLACE",
    ),
    # Nikkei Business https://business.nikkei.com/atcl/global/19/newyork/090401182/
    (
        "ロイター通信は9月3日、米ゼネラル・モーターズとホンダが戦略的提携を結び、北米事業においてエンジンや"
        "車体の共通化などに向け検討を進めると報じた。",
        "米",
        "PLACE",
    ),
    (
        "ロイター通信は9月3日、米ゼネラル・モーターズとホンダが戦略的提携を結び、北米事業においてエンジンや"
        "車体の共通化などに向け検討を進めると報じた。",
        "ゼネラル・モーターズ",
        "ORG",
    ),
    # Tokyo Dome history https://www.tokyo-dome.co.jp/dome/baseball/fan_information/history/2/
    ("西鉄の稲尾和久が、後楽園球場で行われた対大毎戦で1シーズン奪三振353個新記録を記録した。", "後楽園球場", "PLACE"),
    # Xinhua via livedoor 2025-11-19 https://news.livedoor.com/topics/detail/30023559/
    (
        "中国国務院台湾事務弁公室の朱鳳蓮(しゅ・ほうれん)報道官は19日の記者会見で、日本の高市早苗首相が行った"
        "台湾をめぐる発言を批判し",
        "朱鳳蓮",
        "PERSON",
    ),
    # EEAS 2019-09-02 https://www.eeas.europa.eu/eeas/ (モゲリーニ上級代表、「世界はEUが主導的な役割を…」)
    ("モゲリーニ上級代表は、数多くの成功事例やここ数年に得られた教訓などを振り返った。", "モゲリーニ", "PERSON"),
]


# Nikkei QUICK news digest, 2022-11-01, https://551293.umd6d.group/news/05_00087208_news
QUICK_SONY = "ソニーグループ(6758)の十時裕樹副社長は1日、2022年4~9月期の決算説明会で話した。"


# NHK 2024-12-09 (archived), https://megalodon.jp/ref/2024-1211-2204-31/www3.nhk.or.jp/news/html/20241209/k10014662381000.html
NHK_DRAFT = (
    "いずれもドラフト1位で入団したDeNAの上茶谷大河投手がソフトバンクに、ロッテの平沢大河選手が西武に、"
    "広島の矢崎拓也投手はヤクルトへの移籍が決まるなど、13人の移籍が成立しました。"
)


# Mainichi 2016-08-03, https://mainichi.jp/articles/20160803/ddp/008/020/007000c
MAINICHI_MMC = (
    "三菱自動車の燃費不正問題について、同社の特別調査委員会が2日に報告書を公表したことを受けて開かれた"
    "三菱自の記者会見。"
)


# Mycar-life 2016-05-12, https://www.mycar-life.com/article/2016/05/12/8312.html
MYCAR_MMC = "三菱自の不正「なぜ日本だけ」...益子会長続投し、18日までに原因解明"


# news-pic (Chosun Ilbo) 2024, https://news-pic.com/news/world/article-105168
NEWSPIC_TRUMP = "トランプ前米大統領がプーチン露大統領は「よくないことをしている」とし、"


# 2NN (Newsweek Japan / Foreign Policy) 2024-02-05, https://2nn.jp/newsplus/1707136949
NN_ZALUZHNY = (
    "正式な発表はまだないが、ウクライナ軍トップのワレリー・ザルジニー総司令官の解任は確実なようだ。"
    "反攻作戦の失敗や軍事支援の滞りの一方で、実は明るい材料もロシア侵攻の前から、"
    "ザルジニーと政治指導者との間には意見の相違があった。"
)


CHOSUN_KIM = (
    "今回の院内代表選は、選挙公認を巡る収賄などさまざまな不正疑惑が浮上していた金炳基(キム・ビョンギ)"
    "前院内代表が、先月30日に院内代表を辞任したことに伴って行われた。"
)


# CNN Japan 2024-02-09, https://cnn.co.jp/world/35215040.html
CNN_ZALUZHNY = "ウクライナのゼレンスキー大統領は8日、ウクライナ軍のザルジニー総司令官の解任を発表した。"


# news-pic (Yomiuri) 2024-05, https://news-pic.com/news/world/article-29317
NEWSPIC_GERASIMOV = "他の重要人事として、ゲラシモフ参謀総長やラブロフ外相の留任が見込まれており、"


# Dong-A Ilbo Japanese 2000-12-19, https://www.donga.com/jp/article/all/20001219/204302/1
DONGA_KIM = "金大中(キム・デジュン)大統領は19日、与党民主党の新代表に金重権(キム・ジュングォン)最高委員を指名した。"


# BLOGOS 2017-03, http://lite.blogos.com/article/213581/
BLOGOS_LEPEN = (
    "1回目の投票が4月に迫ったフランス大統領選で、「極右政党」国民戦線のマリーヌ・ルペン党首(48)の勢いが止まらない。"
)


# West Balkans info 2022-09, https://wbalkans.info/?p=1513
WBALKANS_1513 = (
    "9月9日、EUのライチャーク(Miroslav Lajčák)ベオグラード・プリシュティナ間対話及び西バルカン担当特別代表は、"
    "コソボとセルビアを相次いで訪問し、クルティ(Albin Kurti)コソボ首相及びブチッチ(Aleksandar Vučić)"
    "セルビア大統領と会談した。"
)


# nordot (BBC News Japan) 2024-06-15, https://nordot.app/1174545893269013268
NORDOT_ANC = (
    "南アフリカで5月29日に行われた総選挙で、30年前のアパルトヘイト(人種隔離政策)撤廃以来初めて過半数議席を"
    "失った与党「アフリカ民族会議(ANC)」が、野党との連立で合意した。\n"
    "ANCは、第2党となった中道右派「民主同盟(DA)」や複数の小規模政党と連立を組む。"
)


# Nikkei 2024-06-15 as quoted at https://http476386114.com/2024/06/15/ (original
# https://www.nikkei.com/article/DGXZQOGR1505J0V10C24A6000000/)
NIKKEI_ANC = (
    "与党・アフリカ民族会議(ANC)は獲得議席がはじめて過半数割れとなり、親ビジネス路線の改革派政党で得票率2位の"
    "民主同盟(DA)やズールー族を支持基盤とするインカタ自由党(IFP)などとの連立で合意した。"
)


JIMIN_SUEMATSU = "末松参院国対委員長からは、外国弁護士法は継続の手続きが取れた。"


# a lecture record's heading, https://expydoc.com/doc/8024544/%E3%83%89%E3%82%A4%E3%83%84%E3%81%AE%E5%9C%B0%E6%96%B9%E5%88%86%E6%A8%A9%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6
EXPYDOC_HEADING = "Ⅰ.ドイツ連邦共和国と州"


# http://wikipedia2007.classicistranieri.com/ja/%E5%A4%AA/%E5%B9%B3/%E6%B4%8B/%E5%A4%AA%E5%B9%B3%E6%B4%8B%E8%AB%B8%E5%B3%B6%E3%83%95%E3%82%A9%E3%83%BC%E3%83%A9%E3%83%A0.html
WIKI_PIF = "2000年10月に太平洋諸島フォーラム (PIF) と改称された。"


# http://www.moj.go.jp/nyuukokukanri/kouhou/nyuukokukanri06_00077.html
MOJ_SEVENTH = "第7次出入国管理政策懇談会を開催することとしました。"


# https://www.mext.go.jp/unesco/002/006/002/011/gijiroku/1394740_00006.htm
MEXT_MINISTRIES = "また、国土交通省、海上保安庁、気象庁、環境省、文部科学省海洋地球課等の関係省庁からもオンラインで参加"


SAKI = "実際に8月最も面会したのは、吉田学内閣官房新型コロナウイルス感染症対策推進室長で18回。"


MOFA2 = "訪日中のアラン・ピーター・カエタノ・フィリピン共和国外務大臣と外相会談(朝食会)を行ったところ"


SANKEI = "外務省の高尾直日米地位協定室長の姿があった=7日、ワシントンのホワイトハウス(ロイター=共同)"
