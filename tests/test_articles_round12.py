"""Instrument resolution by topic (round 12): an anaphoric topic (この宣言は, 同条約は, 本協定は) or a topic-marked
name (日米安保条約は、5条で…) owns the bare provisions its sentence cites, even when another instrument is named in
between as an object (平和条約の締結について…(第九項前段)); 同5条 repeats the article of the last instrument named.

その before an article (国際連合憲章、特にその第五十五条) is the instrument just named; a bare Arabic 5条 right
after a topic-marked name (その日米安保条約は、5条で) is a reference.

Every text is quoted from a page of the search tool's stored corpus (URL beside it), never from the gold texts.
Each expected row is (surface, occurrence of that surface, instrument); the instrument is the name the text gives.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_references

# (source URL, text, [(surface, occurrence, expected instrument)])
CASES: list[tuple[str, str, list[tuple[str, int, str]]]] = [
    (
        "http://hirotsu-motoko.com/weblog/index.php?d=20150721",
        "(1)日米安全保障条約は集団的自衛権そのものであること\n"
        " *2の1960年にワシントンで締結された日米安全保障条約(以下、“日米安保条約”)に、「日米は、(中略)両国が"
        "国際連合憲章に定める個別的又は集団的自衛の固有の権利を有していることを確認し、両国が極東における国際平和と"
        "安全の維持に共通の関心を有することを考慮して日米安保条約を締結する」と書かれており、当時から、日本が個別的・"
        "集団的自衛権の両方を有していると認識していたことが明らかだ。\n"
        " その日米安保条約は、5条で「①締約国は、日本国の施政下にある領域における、",
        [("5条", 0, "日米安全保障条約")],
    ),
    (
        "https://japanese.joins.com/JArticle/225363?servcode=A00&sectcode=A00",
        "菅義偉官房長官は2日、記者会見を行い、尖閣諸島が日米安全保障条約5条の適用対象である点をトランプ政権に確認して"
        "いく考えを示した。同5条は「日本国の施政の下にある領域における、いずれか一方に対する武力攻撃が、自国の平和及び"
        "安全を危うくするものであることを認め、自国の憲法上の規定及び手続に従って共通の危険に対処するように行動する」"
        "と規定している。",
        [("5条", 0, "日米安全保障条約"), ("5条", 1, "日米安全保障条約")],  # 同5条: the span is 5条
    ),
    (
        "http://www.ne.jp/asahi/cccp/camera/HoppouRyoudo/HoppouShiryou/20060214shitsumonnshuisho.htm",
        "一 平和条約締結の要件如何。\n"
        "四 一九五六年の日ソ共同宣言は法的拘束力をもつ国際条約か。\n"
        "五 一九九三年の東京宣言は法的拘束力をもつ国際条約か。\n"
        "六 一九五六年の日ソ共同宣言第九項後段では、「ソヴィエト社会主義共和国連邦は、日本国の要望にこたえかつ日本国の"
        "利益を考慮して、歯舞群島及び色丹島を日本国に引き渡すことに同意する」との文言があるが、「引き渡し」と「返還」は"
        "法的に同じ意味か。",
        [("第九項後段", 0, "日ソ共同宣言")],
    ),
    (
        "https://sputniknews.jp/20181130/5644491.html",
        "モスクワで1956年10月19日、日本とソ連の戦争終結、外交及び領事関係回復に関する日ソ共同宣言に署名がなされた。"
        "ソ連政府は、ソ日共同宣言第9項で、平和条約締結後にシコタン島とハボマイ群島を日本に引き渡すことで同意している。",
        [("第9項", 0, "日ソ共同宣言")],  # ソ日/日ソ: one declaration, merged as aliases
    ),
    (
        "https://blog.goo.ne.jp/tenkasurounin36/e/27f81074fcee2af4e426736fd33259e1",
        "正式名称は『日本国とソヴィエト社会主義共和国連邦との共同宣言』と言い、一般的には『日ソ共同宣言』又は『日ソ国交回復"
        "共同宣言』と呼ばれている。この文書発効により、第二次世界大戦末期、『日ソ中立条約』を一方的に破棄して対日参戦(昭和"
        "20年8月8日)したソ連と、日本との国交が回復した。然(しか)し、同文書に謳(うた)われている両国の平和条約締結は、"
        "ソ連が解体し、同連邦の主体であり継承国家であるロシア連邦が成立した現在も実現してはいない。又、同文書の第九項には、"
        "平和条約締結後、ソ連(及び現在のロシア:以下同)が占領している「北方領土」の内、歯舞(はぼまい)群島・色丹(しこたん)"
        "島の2島返還が明記されているが、",
        [("第九項", 0, "日本国とソヴィエト社会主義共和国連邦との共同宣言")],
    ),
    (
        "https://www1.doshisha.ac.jp/~karai/intlaw/docs/goumon.htm",
        "拷問及び他の残虐な、非人道的な又は品位を傷つける取扱い又は刑罰に関する条約\n"
        "この条約の締約国は、\n"
        "国際連合憲章において宣明された原則によれば、人類社会のすべての構成員の平等のかつ奪い得ない権利を認めることが世界に"
        "おける自由、正義及び平和の基礎を成すものであることを考慮し、\n"
        "人権及び基本的自由の普遍的な尊重及び遵守を助長すべき義務を国際連合憲章、特にその第五十五条の規定に基づいて諸国が"
        "負っていることを考慮し、\n"
        "何人も拷問又は残虐な、非人道的な若しくは品位を傷つける取扱い若しくは刑罰を受けないことを定めている世界人権宣言第五条"
        "及び市民的及び政治的権利に関する国際規約第七条の規定に留意し、\n"
        "次のとおり協定した。\n"
        "第一部\n"
        "第一条\n"
        "1 この条約の適用上、「拷問」とは、",
        [
            ("第五十五条", 0, "国際連合憲章"),
            ("第五条", 0, "世界人権宣言"),
            ("第七条", 0, "市民的及び政治的権利に関する国際規約"),
        ],
    ),
    (  # guard: another instrument topic-marked for its own article does not take the principal's bare ones
        "https://jablog.org/%E6%86%B2%E7%AB%A0%E7%AC%AC103%E6%9D%A1%E3%81%AB%E5%9F%BA%E3%81%A5%E3%81%8D%E3%80%81/"
        "Chapter_XVI_of_the_United_Nations_Charter",
        "国連憲章第16章には、秘密条約を禁止し、国連憲章を他のいかなる条約よりも優先するものと定め、国連職員および代表者の"
        "特権と免除を規定するさまざまな規定が含まれています。\n"
        "第102条は秘密条約を禁止している。この条項によれば、すべての国際条約は国連事務局に登録され、公表されなければ"
        "ならない。国際連盟規約第18条は、「連盟加盟国が今後締結するすべての条約または国際約束は、直ちに事務局に登録され、"
        "できる限り速やかに公表されなければならない。このような条約または国際約束は、登録されるまでは拘束力を持たぬ」と"
        "定めているため、第102条は基本的にこの方針の延長である。\n"
        "第103条は、加盟国の国連憲章に基づく義務は、他のいかなる条約に基づく義務よりも優先すると規定している。",
        [
            ("第102条", 0, "国連憲章"),
            ("第18条", 0, "国際連盟規約"),
            ("第102条", 1, "国連憲章"),
            ("第103条", 0, "国連憲章"),
        ],
    ),
]


def _instrument(refs: list, surface: str, occurrence: int) -> str | None:
    hits = [r for r in refs if r.surface == surface]
    assert len(hits) > occurrence, f"{surface!r} #{occurrence} not found in {[r.surface for r in refs]}"
    return hits[occurrence].instrument


@pytest.mark.parametrize(("url", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_topic_instrument(url: str, text: str, expected: list[tuple[str, int, str]]) -> None:
    refs, _instruments = find_references(text)
    got = [(s, n, _instrument(refs, s, n)) for s, n, _i in expected]
    assert got == expected, url
