"""Statute layout: the heading and numbering lines of a statute printed one provision a line.

An article heading opening its line (``第五条　…``, ``(目的)第一条``, ``1条 (施行期日)``, ``第四条 削除``), a
structural heading (``第一章　総則``), a 附則 line, paragraph and item lines (``２　…``, ``一 …``) are the
statute's own layout, not references; ``articles`` leaves them out of its rows, and ``articles.statute`` reads
them to number the relative references below them.  ``STATUTE_SELF_RE`` (この法律, 本法) tells a statute's own
text from commentary.
"""

from __future__ import annotations

import re

from pipeline.extractors.articles.vocab import SP, SUB, N

# Statute layout: an article heading at a line start (第五条　...), a paragraph number (２　...).
# The caption may stand before it on the same line, as some sites print it: (目的)第一条 この法律は...; or after
# it in lenticular brackets, as treaty texts are quoted: 第33条【追放及び送還の禁止】.
HEADING_RE = re.compile(
    rf"^(?:[(（][^()（）\n。、]{{1,20}}[)）][ \u3000]?)?(?P<head>第(?P<num>{N})条(?P<sub>{SUB}))"
    r"(?=[ \u3000]|$|【[^【】\n]{1,30}】[ \u3000]*$)",
    re.MULTILINE,
)
# A structural heading line of a statute: 第一章　総則, 第二節 審査 (unit, space, caption, end of line);
# with the articles it holds in parentheses as tables of contents print it (第一章 総則(第一条―第四条)).
STRUCT_HEADING_RE = re.compile(
    rf"^[ \u3000]*(?P<head>第{SP}{N}{SP}[編章節款目]{SUB})[ \u3000]+[^ \u3000\n。、「」]{{1,30}}"
    r"(?:[(（][^()（）\n]*[)）])?[ \u3000]*$",
    re.MULTILINE,
)
# A statute speaking of itself: この法律, この政令, 本法. Not この法律関係 (this legal relation, a commentary's
# word) nor この法律上の (under this law's terms, said of any law). 本法 not inside a name: 基本法は (Germany's Basic
# Law as a commentary's topic, https://hakuriku.hatenablog.com/entry/20170630/Grundgesetz60_H).
STATUTE_SELF_RE = re.compile(r"この(?:法律(?!関係|上)|政令|省令|府令|規則)|(?<![一-龥々ァ-ヴー])本法[はの]")
# A 附則 heading line, alone or with the number of the amending act: 附則(平成一一年一二月八日法律第一五一号).
# 抄 after it marks an excerpt: 附 則(1994年9月20日総理府令第49号) 抄.
SUPPLEMENTARY_HEADING_RE = re.compile(
    r"^附[ \u3000]?則(?P<rest>(?:[(（][^()（）\n]*[)）])?)[ \u3000]*(?:抄[ \u3000]*)?$", re.MULTILINE
)
# A paragraph line: ２　..., or with its unit as law sites print one provision a line: 1項 この法律は...,
# the unit alone on its line with the text below (1項⏎この法律は...), and marked ○2項 by some sites.
PARAGRAPH_LINE_RE = re.compile(r"^[○◯]?(?P<num>[0-9０-９]+)(?:項(?=[ \u3000]|$)|(?=[ \u3000]))", re.MULTILINE)
# The number heading a provision on its own line (1項 ..., 1号 ..., ○2項, 1項 alone): a heading, never a reference.
PROVISION_HEAD_RE = re.compile(
    r"^[ \u3000]*[○◯]?(?P<head>(?:[0-9０-９]+|[一二三四五六七八九十]+)[項号])"
    # ingest drops the space between the unit and a number opening the text: 6項2011年3月11日に…
    r"(?=[ \u3000]|$|[0-9０-９]+(?![0-9０-９条項号]))",
    re.MULTILINE,
)
# An article heading without 第, as law sites print a statute one provision a line: 1条 (施行期日), 7条 alone on
# its line; also 第四条 削除 glued after the sentence before it (a deleted article keeps its heading).
_CAPTION_TO_EOL = r"[ \u3000]*[(（][^()（）\n]{1,30}[)）][ \u3000]*$"
BARE_HEADING_RE = re.compile(
    rf"^[ \u3000]*(?P<head>(?P<num>[0-9０-９]+)条(?P<sub>{SUB}))(?={_CAPTION_TO_EOL}|$)", re.MULTILINE
)
# In a statute's own text, the caption may follow the heading on its line: 第二条(定義) ⏎ この法律において…
# (outside statutes such a line is a commentary page heading, and a reference).
CAPTION_AFTER_HEADING_RE = re.compile(
    rf"^[ \u3000]*(?P<head>第(?P<num>{N})条(?P<sub>{SUB}))(?={_CAPTION_TO_EOL})", re.MULTILINE
)
# The same heading with the provision's first sentence after the caption on its line, as law sites print a statute
# one article a line: 第1条(趣旨) この法律は、… (read only in a statute's own text, like the line above); also with
# no space after the caption, as a Japanese translation of a Korean act prints it: 第1条(目的)この法律は、軍事分界線
# 南地域… (南北交流協力に関する法律, geocities.jp mirror).
CAPTION_THEN_TEXT_RE = re.compile(
    rf"^[ \u3000]*(?P<head>第(?P<num>{N})条(?P<sub>{SUB}))(?=[(（][^()（）\n]{{1,30}}[)）][ \u3000]*[^ \u3000\n])",
    re.MULTILINE,
)
# An article and paragraph alone on their line, heading the provision quoted below them (a commentary prints
# ``Article 12`` and then ``第12条1項`` over the translated paragraph, the next line); 第N条 alone is HEADING_RE's.
PARAGRAPH_HEADING_RE = re.compile(
    rf"^[ \u3000]*(?P<head>第{SP}{N}{SP}条{SUB}第?{SP}{N}{SP}項)[ \u3000]*\n(?=[^\n])", re.MULTILINE
)
# A paragraph of a court decision's operative part, not of a law: 主文第1項同旨 (the decision's own 主文).
DECISION_PART_RE = re.compile(rf"主文(?P<head>第{SP}{N}{SP}項)")
# A Russian article heading alone on its line: Статья 1 (the article of the act itself, not a reference).
RU_HEADING_RE = re.compile(r"^[ \u3000]*(?P<head>Статья\s[0-9]+(?:\.[0-9]+)?)\.?[ \u3000]*$", re.MULTILINE)
# Deleted articles keep their heading, a run of them one heading: 第十一条から第十五条まで 削除 (e-Gov, 外国為替及び
# 外国貿易法 as amended by 平成十六年法律第一号), 第十一条―第十五条 削除.
DELETED_ARTICLE_RE = re.compile(
    rf"(?P<head>第(?P<num>{N})条(?P<sub>{SUB}))(?:から(?P<last>第{N}条{SUB})まで|[―〜～](?P<end>第{N}条{SUB}))?"
    r"[ \u3000]+削除"
)
# An item line: 一 ..., 十二 ... (kanji numerals), or the numeral alone on its line; law sites that print a statute
# one provision a line mark items with an Arabic number and the unit (jplaws.app: ``1号 第22条…``, ``3号 …``).
ITEM_LINE_RE = re.compile(r"^(?P<num>[一二三四五六七八九十]+|[0-9０-９]+(?=号))号?(?=[ \u3000]|$)", re.MULTILINE)


# A section heading of an administrative instrument that numbers its sections without 条 (要綱, 要領, 通知:
# ``第1 この要綱は、…``, ``第2 …``): 第 and a number opening the line, then a space or the text itself (ingest
# drops the space between a digit and CJK: ``第1この要綱は``), never a unit (第1条, 第2項).  It is read only in
# a text whose first line names such an instrument (see ``_section_headings``).
SECTION_HEADING_RE = re.compile(
    rf"^(?P<head>第(?P<num>{N})(?P<sub>))(?=[ \u3000ぁ-んァ-ヶ一-龥])(?![条項号章節編款目部])", re.MULTILINE
)
# The title line of an instrument numbered by sections: 岩手県立図書館利用要綱, …事務処理要領.
SECTION_TITLE_RE = re.compile(r"\A[ \u3000\n]*[^\n]{1,60}(?:要綱|要領)[ \u3000]*$", re.MULTILINE)


def _section_headings(text: str) -> list[re.Match[str]]:
    """``第1``/``第2`` headings of a 要綱 or 要領 whose title is its first line (no 条 in its headings)."""
    return list(SECTION_HEADING_RE.finditer(text)) if SECTION_TITLE_RE.match(text) else []


def article_headings(text: str) -> list[re.Match[str]]:
    """Every article heading of a statute's own provisions (第五条 ..., 1条 (施行期日), 第四条 削除)."""
    found = [*HEADING_RE.finditer(text), *BARE_HEADING_RE.finditer(text), *DELETED_ARTICLE_RE.finditer(text)]
    found += _section_headings(text)
    if STATUTE_SELF_RE.search(text):
        found += CAPTION_AFTER_HEADING_RE.finditer(text)
        found += CAPTION_THEN_TEXT_RE.finditer(text)
    elif chapter := STRUCT_HEADING_RE.search(text):  # a statute's chapter heading line: its articles below it
        found += [m for m in CAPTION_AFTER_HEADING_RE.finditer(text) if m.start() > chapter.start()]
    return sorted({m.start("head"): m for m in found}.values(), key=lambda m: m.start("head"))
