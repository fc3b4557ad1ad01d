"""Peer evaluation of the dates extractor and its throughput.

``evaluate`` runs Microsoft Recognizers-Text's Japanese DateTime specs
(``recognizers-text-ja/DateTimeModel.json``, MIT) on the cases typed date,
daterange and duration.  A case passes *surface* when one of our mentions has
exactly its ``Text``; it passes *value* when that mention's value also equals
its TIMEX (``timex``) or one of its resolved values (``value``, or
``start/end`` for ranges).  A secondary rate, ``value_equivalent_rate``, also
accepts the same value in the suite's other notation (a month ``2018-04`` as
``2018-04-01/2018-05-01``; a duration by its length in seconds, so that
``P3Y6M`` = ``P3.5Y``).  Inputs are NFKC-normalised first, as the pipeline
does with every document, and the case's reference date is our publication date.

Conventions of ours that differ on purpose (counted as fails; the suite is not edited):
year and month ranges keep their last unit, inclusive as まで is (``2014年から2018年まで`` is
``2014/2018``, theirs ``2014-01-01/2018-01-01``, which leaves 2018 out; 前半/後半 likewise stay
at their year); a month alone is ``2018-05`` (theirs ``2018-05-01/2018-06-01``); weeks are ISO
weeks (``7月の最後の週`` is ``2016-W30``, theirs ``XXXX-07-W05``); durations carry fractions into
the next unit (``3年半`` is ``P3Y6M``, theirs ``P3.5Y``, as issue 3 asks); 数日 is TIMEX ``PXD``
(theirs ``P3D``); a shift is given at its unit's precision (``5年前`` is ``2013``, theirs
``2013-08-30``); a partial date takes one year (the nearest to the reference date, or the
nearest on the weekday written with it: ``3月7日火曜日`` in 2018 is 2017-03-07); ``N以内に``
counts from the reference date itself, in business days too (``2営業日以内に`` on 2018-04-07 is
``2018-04-07/2018-04-10``, theirs starts the next day); から / ほど stay in our surface
(``5月9日から``, ``1時間ほど``) unless another date follows.  Not tagged: foreign holidays
(独立記念日), 四半期, ``N日で`` as a future date, bare years (``2019``), M/D slashes (``2/28``).
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from pathlib import Path

from pipeline.extractors.dates import find_dates

SUITE = Path("recognizers-text-ja") / "DateTimeModel.json"
TYPES = ("datetimeV2.date", "datetimeV2.daterange", "datetimeV2.duration")


def _accepted_values(result: dict) -> set[str]:
    """Every value the case accepts: TIMEX and resolved values."""
    accepted: set[str] = set()
    for value in (result.get("Resolution") or {}).get("values", []):
        if value.get("timex"):
            accepted.add(value["timex"])
        if value.get("value"):
            accepted.add(str(value["value"]))
        if value.get("start") or value.get("end"):
            accepted.add(f"{value.get('start')}/{value.get('end')}")
    return accepted


_SECONDS = {"Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400}
_TIME_SECONDS = {"H": 3600, "M": 60, "S": 1}


def _duration_seconds(value: str | None) -> float | None:
    """Seconds of an ISO duration with the suite's own year (365 days) and month (30 days)."""
    match = re.fullmatch(r"P((?:\d+[YMWD])*)(?:T((?:\d+(?:\.\d+)?[HMS])+))?", value or "")
    if not match or value == "P":
        return None
    date_part, time_part = match.group(1), match.group(2) or ""
    total = sum(float(n) * _SECONDS[u] for n, u in re.findall(r"(\d+)([YMWD])", date_part))
    return total + sum(float(n) * _TIME_SECONDS[u] for n, u in re.findall(r"(\d+(?:\.\d+)?)([HMS])", time_part))


def _equivalent(ours: str | None, result: dict) -> bool:
    """Same denoted time in another notation: our ``2018-04`` is their ``2018-04-01/2018-05-01``,
    our ``P3Y6M`` their ``P3.5Y`` (both counted in seconds as the suite does)."""
    if ours is None:
        return False
    values = (result.get("Resolution") or {}).get("values", [])
    if any(_same_partial(ours, value) for value in values):
        return True
    for value in values:
        start, end = value.get("start"), value.get("end")
        if start and end and _as_interval(ours) == (start, end):
            return True
        seconds = _duration_seconds(ours)
        numeric = str(value.get("value", "")).replace(".", "", 1).isdigit()
        if seconds is not None and numeric and abs(seconds - float(value["value"])) < 1:
            return True
    return False


def _same_partial(ours: str, value: dict) -> bool:
    """Their partial TIMEX ``XXXX-05`` resolved to a year they list (2018 or 2019) is our ``2019-05``."""
    timex = value.get("timex") or ""
    if not timex.startswith("XXXX-") or "(" in timex:
        return False
    resolved = str(value.get("value") or value.get("start") or "")
    return bool(re.match(r"\d{4}", resolved)) and timex.replace("XXXX", resolved[:4]) == ours


def _as_interval(value: str) -> tuple[str, str] | None:
    """``2018-04`` -> (2018-04-01, 2018-05-01); ``2018`` -> (2018-01-01, 2019-01-01);
    decade ``199`` -> (1990-01-01, 2000-01-01); century ``14`` -> (1400-01-01, 1500-01-01)."""
    if re.fullmatch(r"\d{2,3}", value):
        width = 10 ** (4 - len(value))
        first = int(value) * width
        return f"{first:04d}-01-01", f"{first + width:04d}-01-01"
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01", f"{int(value) + 1}-01-01"
    match = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        following = (year + 1, 1) if month == 12 else (year, month + 1)
        return f"{year:04d}-{month:02d}-01", f"{following[0]:04d}-{following[1]:02d}-01"
    return None


def _cases(external_dir: Path) -> list[tuple[str, str, dict]]:
    """(normalised input, reference date, expected result) for every selected result."""
    data = json.loads((Path(external_dir) / SUITE).read_text(encoding="utf-8-sig"))
    out = []
    for case in data:
        reference = (case.get("Context") or {}).get("ReferenceDateTime", "")[:10] or None
        text = unicodedata.normalize("NFKC", case["Input"])
        for result in case.get("Results", []):
            if result.get("TypeName") in TYPES:
                out.append((text, reference, result))
    return out


def evaluate(external_dir: Path) -> dict:
    """Surface and value pass rates on the Recognizers-Text date/daterange/duration cases."""
    cases = _cases(external_dir)
    surface_ok = value_ok = equivalent_ok = 0
    by_type: dict[str, list[int]] = {}
    cache: dict[tuple[str, str | None], list] = {}
    for text, reference, result in cases:
        key = (text, reference)
        if key not in cache:
            cache[key] = find_dates(text, published=reference)
        expected = unicodedata.normalize("NFKC", result["Text"])
        same = [m for m in cache[key] if m.surface == expected]
        counts = by_type.setdefault(result["TypeName"].split(".")[-1], [0, 0, 0])
        counts[0] += 1
        if same:
            surface_ok += 1
            counts[1] += 1
            if any(m.value in _accepted_values(result) for m in same):
                value_ok += 1
                counts[2] += 1
            if any(m.value in _accepted_values(result) or _equivalent(m.value, result) for m in same):
                equivalent_ok += 1
    total = len(cases)
    metrics: dict = {
        "cases": total,
        "surface_pass": surface_ok,
        "value_pass": value_ok,
        "surface_rate": round(surface_ok / total, 4) if total else 0.0,
        "value_rate": round(value_ok / total, 4) if total else 0.0,
        # Secondary figure: values equal in another notation (2018-04 = 2018-04-01/2018-05-01, P3Y6M = P3.5Y).
        "value_equivalent_pass": equivalent_ok,
        "value_equivalent_rate": round(equivalent_ok / total, 4) if total else 0.0,
    }
    for kind, (n, s, v) in sorted(by_type.items()):
        metrics[f"{kind}_cases"], metrics[f"{kind}_surface"], metrics[f"{kind}_value"] = n, s, v
    return metrics


def failures(external_dir: Path) -> list[tuple[str, str, str, list[tuple[str, str | None]]]]:
    """The failing cases (input, expected text, accepted values, our mentions), for reading."""
    out = []
    for text, reference, result in _cases(external_dir):
        found = find_dates(text, published=reference)
        expected = unicodedata.normalize("NFKC", result["Text"])
        accepted = _accepted_values(result)
        if not any(m.surface == expected and m.value in accepted for m in found):
            out.append((text, expected, " ".join(sorted(accepted)), [(m.surface, m.value) for m in found]))
    return out


def throughput(texts: list[str] | None = None, repeat: int = 20) -> float:
    """Characters per second of ``find_dates`` over ``texts`` (default: the seed documents) repeated."""
    if texts is None:
        raw = Path(__file__).resolve().parents[2] / "raw"
        texts = [unicodedata.normalize("NFKC", p.read_text(encoding="utf-8")) for p in sorted(raw.rglob("*.txt"))]
    chars = sum(len(t) for t in texts) * repeat
    begin = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            find_dates(text)
    elapsed = time.perf_counter() - begin
    return chars / elapsed if elapsed else float("inf")
