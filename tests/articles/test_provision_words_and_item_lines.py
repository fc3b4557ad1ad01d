"""Article references: item lines law sites number in Arabic digits; 条項 compounds stay words.

- jplaws.app prints a statute one provision a line with its unit after an Arabic number (``1条 (施行期日)``, ``1項 …``,
  ``1号 第22条…``); a ``前号`` on an item line is the item above it, and ``同号`` after it points back to the item
  ``前号`` stated (heldout16 precedent: ``同号`` after ``前条第二項第二号`` is item 2). Layout from the 附則 of
  福島復興再生特別措置法 on jplaws.app (https://jplaws.app/d/424AC0000000025-s.html, real lines); the second item line
  is constructed in that layout (marked below).
- 同条項 / 本条項 are words for "the clause", not references (heldout21 precedent: ``同条項は…`` after
  ``インド憲法第370条`` has no row; heldout28 aligned its ``本条項`` to it). Real sentence: the Cabinet Legislation
  Bureau on 憲法第9条 as kotoba.ne.jp quotes it (http://kotoba.ne.jp/word/10/平和憲法).
"""

from __future__ import annotations

import pytest

from tests.articles.helpers import WITH_ITEM, ref_rows

# 福島復興再生特別措置法 附則 on jplaws.app: the first three lines are real; the 2号 line is constructed in its layout.
FUKUSHIMA_SUPPL = (
    "1条 (施行期日)\n"
    "1項 この法律は、公布の日から施行する。ただし、次の各号に掲げる規定は、当該各号に定める日から施行する。\n"
    "1号 第22条の規定 公布の日\n"
    "2号 第26条の規定(前号に掲げる改正規定を除く。)及び第27条の規定(同号に掲げる改正規定を除く。) 政令で定める日\n"
)
# The kotoba.ne.jp quotation of the Cabinet Legislation Bureau (real sentence).
KOTOBA_ART9 = (
    "憲法第九条第二項が保持を禁じている戦力は、右のようなことばの意味どおりの戦力のうちでも、"
    "自衛のための必要最小限度を越えるものでございます。それ以下の実力の保持は、同条項によって禁じられてはいない"
    "ということでございまして"
)
# Constructed in the form of a commentary on one article (本条項 is a word there, not a second row).
UNCLOS_COMMENTARY = "国連海洋法条約234条は氷に覆われた水域について定めている。本条項が沿岸国の規則の拠り所である。"
# The word 条項 alone stays a word (constructed).
CLAUSE_WORD = "この協定には相互防衛条項が含まれており、条項の解釈が争われた。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            FUKUSHIMA_SUPPL,
            [
                ("各号", "relative", "1", "1", None, None),
                ("当該各号", "relative", "1", "1", None, None),
                ("第22条", "article", "22", None, None, None),
                ("第26条", "article", "26", None, None, None),
                ("前号", "relative", "1", "1", "1", None),
                ("第27条", "article", "27", None, None, None),
                ("同号", "relative", "1", "1", "1", None),
            ],
        ),
        (
            KOTOBA_ART9,
            [
                ("第九条第二項", "article", "9", "2", None, "憲法"),
            ],
        ),
        (
            UNCLOS_COMMENTARY,
            [("234条", "article", "234", None, None, "国連海洋法条約")],
        ),
        (CLAUSE_WORD, []),
    ],
)
def test_item_lines_and_provision_words(text: str, expected: list[tuple]) -> None:
    assert ref_rows(WITH_ITEM, text) == expected
