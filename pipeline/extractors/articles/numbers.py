"""Law and instrument numbers as rows of kind ``law_number`` (never articles), and court case numbers.

``2002年法律第66号``, abbreviated and Russian numbers (``№ 374-ФЗ``), US Public Laws and UN resolutions
(``総会決議50/52``, ``安保理決議第1718号``) are numbers of an instrument; their spans are kept out of the
article parser, as are court case numbers (``平成17年(行ヒ)第397号``).  :func:`number_rows` points each
number row to the instrument the number belongs to.
"""

from __future__ import annotations

import re

from pipeline.extractors.articles.vocab import SP, N
from pipeline.extractors.instruments.numbers import (
    ABBREVIATED_LAW_NUMBER_RE,
    BARE_RESOLUTION_RE,
    RU_LAW_NUMBER_JA_RE,
    RU_LAW_NUMBER_RE,
    US_LAW_NUMBER_RE,
    bare_resolution_number,
    jp_law_numbers,
    listed_resolutions,
    normalise_abbreviated_number,
    normalise_jp_number,
    ru_number_ja,
)
from pipeline.extractors.instruments.vocab import Instrument
from pipeline.records import ArticleRef


def law_number_refs(text: str) -> list[ArticleRef]:
    """Rows of kind law_number, ``number`` in Arabic numerals."""
    refs = []
    for match in jp_law_numbers(text):
        display, _ = normalise_jp_number(match)
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=display))
    for match in ABBREVIATED_LAW_NUMBER_RE.finditer(text):
        display, _ = normalise_abbreviated_number(match)
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=display))
    for match in RU_LAW_NUMBER_RE.finditer(text):
        number = f"{match.group('num')}-{match.group('type')}"
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for match in US_LAW_NUMBER_RE.finditer(text):
        number = f"Public Law {match.group('congress')}-{match.group('num')}"
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for match in RU_LAW_NUMBER_JA_RE.finditer(text):
        number = ru_number_ja(match)[0]
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for match in UN_GA_RESOLUTION_RE.finditer(text):
        number = f"A/RES/{match.group('session')}/{match.group('num')}"
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for match in BARE_RESOLUTION_RE.finditer(text):
        number = bare_resolution_number(match)[0]
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for start, end, number, _ in listed_resolutions(text):  # 決議第1267号、第1566号: 第1566号 is a resolution too
        refs.append(ArticleRef("", start, end, text[start:end], kind="law_number", number=number))
    return refs


# A UN General Assembly resolution by session and number, as Japanese texts write it: 総会決議50/52, 決議A/RES/60/1
# (the symbol A/RES/50/52). The body before 決議 stays out, as for 安保理決議第1718号.
UN_GA_RESOLUTION_RE = re.compile(r"決議[ \u3000]?(?:A/RES/)?(?P<session>[0-9]{1,2})/(?P<num>[0-9]{1,3})(?![0-9/])")
# A court case number, not a reference: 昭和三九年(あ)第二九六号, 平成17年(行ヒ)第397号, 平成 15年 (行ケ) 250号,
# 昭和二四年新(れ)二二号 (year, case-type code in parentheses, number), and 平成10年審判第35270号.
CASE_NUMBER_RE = re.compile(
    rf"(?:明治|大正|昭和|平成|令和|同)?{SP}{N}{SP}年{SP}"
    rf"(?:新?[(（][ぁ-んァ-ヶ一-龥]{{1,4}}[)）]|(?:抗告)?審判){SP}第?{SP}{N}{SP}号"
)


def number_rows(refs: list[ArticleRef], instruments: list[Instrument]) -> list[ArticleRef]:
    """Law-number rows point to the instrument the number belongs to."""
    by_span = {(s, e): inst for inst in instruments for s, e, _ in inst.spans}
    for ref in refs:
        inst = by_span.get((ref.start, ref.end))
        if inst is not None:
            ref.instrument, ref.instrument_id, ref.resolution = inst.canonical, inst.instrument_id, "explicit"
        else:
            ref.resolution = "none"
    return refs
