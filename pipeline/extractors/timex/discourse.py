"""Discourse segments: which paragraphs continue the one before them.

A partial date (``8月25日``) takes its year from the story it stands in, and a
year from an unrelated paragraph is never borrowed (a page of separate notices).
But a line break does not always start a new story: a list item, or a line that
opens with a conjunction, a particle, a demonstrative or a connective adverb
(``となるが、その間に…``, ``つまり8/14に…``, ``ここで、…``, ``- 9月2日 …``) carries on the
paragraph before it.  The test is on UniDic's part of speech of the line's first
word (fugashi with unidic-lite, as the tokenizer), plus a bullet lexicon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.unidic import tagger

# Parts of speech (UniDic pos1) that cannot open a new story: a conjunction (また, しかし), a particle or
# an auxiliary (a sentence broken across lines: となるが), a pre-noun demonstrative (その, この) and a pronoun
# pointing back (ここで, それは).
CONTINUING_POS = {"接続詞", "助詞", "助動詞", "連体詞", "代名詞"}
# Adverbs that connect to what was said before (UniDic tags them 副詞, as it does 既に or 特に).
CONNECTIVE_ADVERBS = {"つまり", "すなわち", "さらに", "更に", "なお", "結局", "要するに"}
# A list item: a bullet or a dash opening the line (``- 8月28日~9月1日``, ``・9月2日``, ``▽9時5分``).
BULLET = re.compile(r"[-‐－–・•*＊▽▼◇◆○●■□]")
SENTENCE_ENDS = ("。", "！", "？", "!", "?")
# A numbered paragraph (``2 我が国としては…``, ``3. また…``, ``(4) 特に…``): item N after item N-1.
NUMBERED_ITEM = re.compile(r"[(（]?(?P<n>[0-9]{1,2})(?:[)）]|[.．、]?[ \u3000])")
# How much of a line to tag: its first word is all the test reads.
HEAD = 12


def continues(text: str, paragraph_start: int) -> bool:
    """Does the paragraph starting at ``paragraph_start`` carry on the paragraph before it?"""
    head = text[paragraph_start : paragraph_start + HEAD].split("\n", 1)[0].lstrip(" \u3000")
    if not head:
        return False
    if BULLET.match(head):
        return _list_goes_on(text, paragraph_start)
    return _opens_with_link(head)


def numbered_list_start(text: str, paragraph_start: int) -> int:
    """Start of item 1 of the numbered list the paragraph at ``paragraph_start`` belongs to (itself if none).

    Only a bare day uses it (``8日未明`` in item 4 after ``2月7日`` in item 1: the same month): numbered
    notes are separate texts too, so the list is no story segment for years (a note's ``12月23日``)."""
    while paragraph_start > 0 and _next_numbered_item(text, paragraph_start):
        paragraph_start = text.rfind("\n", 0, paragraph_start - 1) + 1
    return paragraph_start


def _next_numbered_item(text: str, paragraph_start: int) -> bool:
    """Is this paragraph item N of a numbered list whose item N-1 is the paragraph before it?"""
    head = text[paragraph_start : paragraph_start + HEAD].lstrip(" \u3000")
    item = NUMBERED_ITEM.match(head)
    if item is None or paragraph_start == 0:
        return False
    previous = text[text.rfind("\n", 0, paragraph_start - 1) + 1 : paragraph_start - 1].lstrip(" \u3000")
    before = NUMBERED_ITEM.match(previous)
    return before is not None and int(before.group("n")) + 1 == int(item.group("n"))


def _list_goes_on(text: str, paragraph_start: int) -> bool:
    """A list item carries on the line before it when that line is an item of the list too, or an
    unfinished sentence that introduces the list (``…8月25日 南樺太を占領`` then ``- 8月28日…``).
    After a finished sentence (``…出入りしています。`` then ``▽13時9分``) the list starts afresh."""
    previous = text[text.rfind("\n", 0, paragraph_start - 1) + 1 : paragraph_start - 1].strip(" \u3000")
    return bool(BULLET.match(previous)) or not previous.endswith(SENTENCE_ENDS)


@lru_cache(maxsize=4096)
def _opens_with_link(head: str) -> bool:
    words = tagger()(head)
    if not words:
        return False
    first = words[0]
    return first.surface in CONNECTIVE_ADVERBS or first.feature.pos1 in CONTINUING_POS


# Reported speech: a 「…」 quotation closed by the quotative と (「今日、…」と述べた).  Its deictic words
# (今日, 昨日) count from the day the words were said, not from the day the report was published.
QUOTE_OPEN, QUOTE_CLOSE = "「", "」"
QUOTATIVE_AFTER = re.compile(r"」\s?(?:と|って|などと)")
# A quotation longer than this is a quoted document, not a statement.
QUOTE_MAX = 400


def in_reported_speech(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` stand inside a 「…」 quotation closed by the quotative と?"""
    opening = text.rfind(QUOTE_OPEN, max(0, start - QUOTE_MAX), start)
    if opening < 0 or QUOTE_CLOSE in text[opening:start] or "\n" in text[opening:start]:
        return False
    closing = text.find(QUOTE_CLOSE, end, end + QUOTE_MAX)
    if closing < 0 or QUOTE_OPEN in text[end:closing] or "\n" in text[end:closing]:
        return False
    return bool(QUOTATIVE_AFTER.match(text, closing))
