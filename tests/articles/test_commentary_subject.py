"""Article references: the instrument of a commentary's bare articles and of pronouns pointing back (heldout24 classes).

- 同指令の / 当該指令の before an article: the directive named last (the instrument pronoun joined by の, as for
  同条約の第4条), never the text's principal regulation.
- An article-by-article commentary heads its sections ``第5条 個人データの処理に関する原則`` (the article and a short
  caption, no sentence) and writes polite prose: it is commentary, not the statute, so the title's instrument owns
  its bare articles.
- A title naming several instruments is about the one it names first on its own; a name found only inside a longer
  one (the convention inside its implementation act's name) is not on its own.
- A statute excerpt under a title quoting one instrument's name (``『…協定』に関するメモ``) is that instrument's text
  (the title rows of that test are constructed in that form; no outside page was found in the time box).

Sources (quoted, short):
- enobyte GDPR 第2条 (translation page), https://enobyte.com/ja/legal/gdpr/2/index.html
- informationlaw.jp, EUデータ保護規則(GDPR)―個人データの処理に関する7つの原則,
  http://informationlaw.jp/2016/09/28/eugdpr-principles/
- e-Gov, 国際的な子の奪取の民事上の側面に関する条約の実施に関する法律, https://laws.e-gov.go.jp/law/425AC0000000048
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_references
from pipeline.extractors.articles.principal import _explainer_headings, _title_is_name, _title_subject
from pipeline.extractors.instruments import scan_instruments
from pipeline.extractors.instruments.vocab import fold

ENOBYTE = "https://enobyte.com/ja/legal/gdpr/2/index.html"
INFOLAW = "http://informationlaw.jp/2016/09/28/eugdpr-principles/"
EGOV_HAGUE = "https://laws.e-gov.go.jp/law/425AC0000000048"

# GDPR Art. 2(3)-(4): 本規則 is the GDPR; 同指令の第12条から第15条 is the e-commerce directive named just before.
ENOBYTE_ART2 = (
    "(3) EU の機関、組織、事務局及び部局による 取扱い の対象が 個人データ である場合には、規則(EC) No 45/2001 "
    "が適用される。 規則(EC) No 45/2001 及びそのような 取扱い に適用可能な 個人データ に関するその他のEU の法令は、"
    "本規則 の基本原則及び規定に適合するように、第98条 に従い調整される。\n"
    "(4) 本規則 は、指令2000/31/EC の適用、特に同指令の第12条から第15条にある中間介在サービスプロバイダの法的責任に"
    "関する規定の適用を妨げない。"
)

# An article-by-article commentary: polite prose and a heading with a caption (lines of the page, in order).
INFOLAW_EXCERPT = (
    "EUデータ保護規則(GDPR)―個人データの処理に関する7つの原則\n"
    "今回は、個人データの処理に関する原則を見てみます。\n"
    "規則は、①合法性、公正性および透明性、②目的制限、③データ最小限性、④正確性、⑤保管制限、⑥完全性および"
    "機密性保持、⑦責任という7つの原則を定めています。具体的な条文は第5条になります。\n"
    "第5条 個人データの処理に関する原則\n"
    "1 個人データは、\n"
)
# A statute's own heading lines carry the provision's text (e-Gov layout of the Hague implementation act).
EGOV_PROVISIONS = (
    "第一条 この法律は、国際的な子の奪取の民事上の側面に関する条約(以下「条約」という。)の的確な実施を確保するため、"
    "我が国における中央当局を指定し、その権限等を定めるとともに、子をその常居所を有していた国に返還すること等を"
    "命ずるための裁判所における手続等を定め、もって子の利益に資することを目的とする。\n"
    "第二条 この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "expected", "source"),
    [
        (ENOBYTE_ART2, "第12条から第15条", ("12", "15", "指令2000/31/EC", "same"), ENOBYTE),
    ],
)
def test_pronoun_joined_by_no_names_the_last_directive(text, surface, expected, source) -> None:
    refs, _instruments = find_references(text)
    ref = next(r for r in refs if r.surface == surface)
    assert (ref.article, ref.end_article, ref.instrument, ref.resolution) == expected, source


@pytest.mark.parametrize(
    ("text", "explainer", "source"),
    [
        (INFOLAW_EXCERPT, True, INFOLAW),  # 第5条 + caption, polite prose: section titles of a commentary
        (EGOV_PROVISIONS, False, EGOV_HAGUE),  # the statute's own provisions
        (EGOV_PROVISIONS + "これは目的規定です。定義規定が続きます。", False, EGOV_HAGUE + " (polite lines added)"),
    ],
)
def test_captioned_headings_of_a_commentary(text: str, explainer: bool, source: str) -> None:
    assert _explainer_headings(text) is explainer, source


def _named(text: str) -> list:
    return [i for i in scan_instruments(text) if i.kind != "other"]


@pytest.mark.parametrize(
    ("title", "expected", "source"),
    [
        # the convention's name only inside the act's: the act
        (
            "国際的な子の奪取の民事上の側面に関する条約の実施に関する法律",
            "国際的な子の奪取の民事上の側面に関する条約の実施に関する法律",
            EGOV_HAGUE,
        ),
        # constructed in the form of a commentary title: the law named first, its rules cited for one article
        ("逐条解説 個人情報保護法(個人情報保護法27条、個人情報保護法施行規則11条)", "個人情報保護法", "constructed"),
    ],
)
def test_title_subject_is_the_instrument_named_first_on_its_own(title: str, expected: str, source: str) -> None:
    named = _named(title)
    assert len(named) >= 2, source
    assert _title_subject(fold(title), named).canonical == expected, source


@pytest.mark.parametrize(
    ("title", "name", "quoted"),
    [
        (
            "『日本国とアメリカ合衆国との間の相互協力及び安全保障条約』第六条に関するメモ",
            "日本国とアメリカ合衆国との間の相互協力及び安全保障条約",
            True,
        ),
        ("米軍基地と日米地位協定のメモ", "日米地位協定", False),  # neither quoted nor the first words
        ("日米地位協定", "日米地位協定", True),  # the title is the name
    ],
)
def test_statute_title_quoting_the_name(title: str, name: str, quoted: bool) -> None:
    assert _title_is_name(fold(title), fold(name)) is quoted
