"""Source pages quoted by rows of several modules (one constant per page)."""

MUSE_SECURITY = "http://muse.jhu.edu/books/9781421403229/9781421403229-38.pdf"

NEWCASTLE = "https://libguides.newcastle.edu.au/vancouver/chapters"

AKARINOHON = "https://akarinohon.com/text/taketori.cgi/ja.wikipedia.org/wiki/日本国王 (Wikipedia 日本国王 notes)"

VAVT_TURABIAN = (
    "https://journal.vavt.ru/rfej/citationstylelanguage/get/turabian-fullnote-bibliography?publicationId=1609"
    "&submissionId=1609"
)

VAVT_IEEE = "https://journal.vavt.ru/rfej/citationstylelanguage/get/ieee?publicationId=1609&submissionId=1609"

INFOSOC = (
    "http://infosoc.iis.ru/citationstylelanguage/get/modern-language-association?publicationId=1557&submissionId=1363"
)

WANNACRY = "https://en.wikipedia.org/wiki/WannaCry_ransomware_attack"

ZAIGAI = "https://www.call4.jp/file/pdf/201904/e8d9595905040453facb314e01d01846.pdf"  # 甲21 意見書 (sample)

TONAMI = "https://www.call4.jp/file/pdf/201904/30aadde969e71d1568da08b6cc4f04cf.pdf"  # 甲20 戸波江二 (sample)

RIYU = "https://www.call4.jp/file/pdf/202410/cdffcba20ae48f20acaf265c9c9e1e01.pdf"  # 上告受理申立て理由書 (sample)

MUSE_GLOBAL = "http://muse.jhu.edu/books/9780815725398/9780815725398-21.pdf"

MUSE_REALISM = "https://faq.com/?q=https%3A%2F%2Fmuse.jhu.edu%2Fpub%2F267%2Fmonograph%2Fchapter%2F1230563%2Fpdf"

WIKI_CITE = "https://ja-wiki.pages.dev/wiki/%E5%88%A9%E7%94%A8%E8%80%85:Akaniji/Wikipedia:%E5%87%BA%E5%85%B8%E3%82%92%E6%98%8E%E8%A8%98%E3%81%99%E3%82%8B/%E8%A4%87%E9%9B%91%E7%89%88"

NDL_CRD = "http://crd.ndl.go.jp/reference/modules/d3ndlcrdentry/index.php?page=ref_view&id=1000245325"

STUDINFO = "https://studinfo.net/72915t1"

SCRIBD_LIST = "https://ru.scribd.com/document/564313968/ (Список литературы)"

GRAFIATI = "https://www.grafiati.com/pl/info/vancouver/book-part/"

BIO_REPORTS = "https://bio-reports.org/guidelines/bibliography"

WORK5 = "https://work5.ru/gotovye-raboty/190802"

CAMBRIDGE_MULTILATERALISM = (
    "https://www.cambridge.org/core/journals/american-journal-of-international-law/article/"
    "multilateralisms-life-cycle/49343526DF8DD1B9C3834F0577C03B98"
)

CAMBRIDGE_CENTURY = (
    "https://www.cambridge.org/core/journals/american-journal-of-international-law/article/"
    "appraising-a-century-of-scholarship-in-the-american-journal-of-international-law/7F034E2E9C3597BFA2E24C810EE336BB"
)

STUDYLIB_OSCOLA = "https://studylib.net/doc/18189723/example-bibliography"

MEIJIGAKUIN = "https://libhb.meijigakuin.ac.jp/331"

CRD_NDL = "http://crd.ndl.go.jp/reference/detail?page=ref_view&id=1000077570"

GLOBALAUTHORID_R11 = (
    "http://globalauthorid.com/WebPortal/ArticleView?wd=CB4C915F9FFC57996AC0137CF0EBF325B338542923E3A024"
)

WIKIPEDIA_COPY = "https://http476386114.com/category/法律的な話し/国際法、関連 (Wikipedia 国際法 notes)"

KINOKUNIYA = "https://www.kinokuniya.co.jp/f/dsg-01-9784839820299 (夏目漱石『こころ』岩波文庫 解説 小宮豊隆)"

FREEWECHAT = "https://freewechat.com/a/MzkzMDM5MjY0MQ==/2247492219/2 (case name)"

RSIS = "https://vdocuments.net/no-209-japanas-new-security-imperative-the-function-of-this-paper-explores.html"

KSUGA = "https://www.f.waseda.jp/ksuga/thesis14.html"

KLABBERS = "https://anyflip.com/pcedn/xsvj/basic/301-342"

SAKHA = "https://sakha-ballet.ru/college/pamyatka/attachment/ukaz-prezidenta-rf-ot-02-04-2013-n-309-red-ot-09-10-2017/"

TATARSTAN = "https://mtsz.tatarstan.ru/zakonodatelnie-akti-rf.htm?pub_id=3922372"

ZSCCS = "https://zsccs.ru/archive/rasporyazhenie-pravitelstva-rf"

GLOBALAUTHORID_R13 = (
    "http://globalauthorid.com/WebPortal/ArticleView?wd=8E27BA52852666457E7BE3C6198EBDC47AB5D57D98DB7383FCD28BED0"
    "DF0D43E3C2C4FA1EBEEC324"
)

CAMBRIDGE_STAGING = (
    "https://homsy-staging.cambridgecore.org/core/journals/american-journal-of-international-law/article/"
    "appraising-a-century-of-scholarship-in-the-american-journal-of-international-law/7F034E2E9C3597BFA2E24C810EE336BB"
    " (note 2, not in the gold)"
)

GLOBALAUTHORID_CB4C = (
    "http://globalauthorid.com/WebPortal/ArticleView?wd=CB4C915F9FFC57996AC0137CF0EBF325B338542923E3A024"
)

PACT_OF_PARIS = (
    "https://core-prod.cambridgecore.org/core/journals/american-journal-of-international-law/article/"
    "meaning-of-the-pact-of-paris/3D4659A4BB83377F6B77A610CDC950E5 (note 2)"
)
