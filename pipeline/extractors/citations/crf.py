"""A linear-chain CRF field tagger for citation notes (an experiment beside the style parsers).

Why: the hand-written style parsers score 0.99 on the notes they were written for but lose about 0.2
field F1 on every sample of a style they have not met.  A CRF (python-crfsuite, a wrapper of CRFsuite)
learns field boundaries from token cues (quotes, brackets, separators, lexicon words, position) that are
shared across styles, so it may degrade more gracefully.  ``pipeline.evaluation.citation_crf_cv``
measures that claim.

Pieces: ``tokenise`` (Latin/Cyrillic words, digits, punctuation, URLs whole, CJK runs cut by fugashi),
``features`` (one string list per token), ``align`` (gold field values -> BIO labels; ``None`` when a
value is not in the note), ``train`` and ``tag``, and ``decode`` (labels -> field values, dates and
pages normalised with :mod:`pipeline.extractors.citations.fields`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from pipeline.extractors.citations.fields import find_date, find_dates, find_url
from pipeline.nlp.unidic import tagger

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "citation_crf.model"
FIELDS = ("authors", "title", "container", "publisher", "date", "pages", "url")
LABEL_OF = {
    "authors": "AUTH", "title": "TITLE", "container": "CONT", "publisher": "PUB",
    "date": "DATE", "pages": "PAGES", "url": "URL",
}  # fmt: skip
FIELD_OF = {label: field for field, label in LABEL_OF.items()}
# Fixed training parameters (L-BFGS with elastic-net penalties): deterministic on sorted data.
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}

# --- tokens -------------------------------------------------------------------

# One token of a note, in order of preference: a URL with its scheme or `www.` host (kept whole, the CRF
# only has to learn that it is a URL), a Latin or Cyrillic word (with inner apostrophes or hyphens:
# `O'Brien`, `Self-Renewal`), a digit run, a run of Japanese script (split further by fugashi), or one
# other visible character (punctuation, brackets, symbols).
TOKEN = re.compile(
    r"(?P<url>(?:https?|ftp)://[^\s<>\"「」『』、。]+|www\.[^\s<>\"「」『』、。]+)"
    r"|(?P<word>[A-Za-zÀ-ɏЀ-ӿ]+(?:['’-][A-Za-zÀ-ɏЀ-ӿ]+)*)"
    r"|(?P<digits>\d+)"
    r"|(?P<cjk>[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヶ]+)"
    r"|(?P<other>\S)"
)


@dataclass(frozen=True)
class Token:
    """A token's text, its [start, end) in the note, its kind (TOKEN group) and UniDic POS (CJK only)."""

    text: str
    start: int
    end: int
    kind: str
    pos: str = ""


@lru_cache(maxsize=4096)
def _cjk_words(run: str) -> tuple[tuple[str, str], ...]:
    """fugashi words of a CJK run with their POS; characters one by one if MeCab's surfaces do not cover it."""
    words = tuple((w.surface, "-".join(p for p in (w.feature.pos1, w.feature.pos2) if p)) for w in tagger()(run))
    if "".join(w for w, _ in words) != run:
        return tuple((ch, "") for ch in run)
    return words


def tokenise(note: str) -> list[Token]:
    """Tokens covering every visible character of ``note`` (spaces are left out)."""
    tokens: list[Token] = []
    for match in TOKEN.finditer(note):
        kind = match.lastgroup or "other"
        if kind != "cjk":
            text = match.group()
            if kind == "url":
                text = text.rstrip(".,;:)>]")
            tokens.append(Token(text, match.start(), match.start() + len(text), kind))
            if kind == "url" and len(text) < len(match.group()):  # trailing punctuation as its own tokens
                for i, ch in enumerate(match.group()[len(text) :]):
                    at = match.start() + len(text) + i
                    tokens.append(Token(ch, at, at + 1, "other"))
            continue
        at = match.start()
        for word, pos in _cjk_words(match.group()):
            tokens.append(Token(word, at, at + len(word), "cjk", pos))
            at += len(word)
    return tokens


# --- features -----------------------------------------------------------------

OPENERS = {"「": "」", "『": "』", "“": "”", "‘": "’", "«": "»", "(": ")", "[": "]", "【": "】", "〈": "〉", "《": "》"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
SEPARATORS = frozenset(",.;:、。，/—")
# Lexicons of cue words (lower case, without a final full stop), one attribute each.
MONTHS = frozenset(
    (
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
        "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
        "октябрь", "ноябрь", "декабрь",
    )
)  # fmt: skip
# Publisher words; a CJK word also counts when it ends in one (書房, 出版社, 新社 as the last character).
PUBLISHER_WORDS = frozenset(
    (
        "press", "publishing", "publishers", "publisher", "verlag", "éditions", "books", "university",
        "routledge", "springer", "wiley", "sage", "elsevier", "oxford", "cambridge", "palgrave", "macmillan",
        "издательство", "изд", "наука", "出版", "出版社", "書房", "書店", "社", "新社", "新書", "文庫", "館",
        "堂", "舎", "学会", "協会", "研究所",
    )
)  # fmt: skip
JOURNAL_WORDS = frozenset(
    (
        "journal", "review", "quarterly", "bulletin", "studies", "annals", "proceedings", "magazine", "times",
        "post", "news", "журнал", "вестник", "известия", "газета", "誌", "紀要", "論集", "論叢", "研究", "新聞",
        "学報", "時報", "月報", "年報", "ジャーナル", "レビュー",
    )
)  # fmt: skip
PAGE_WORDS = frozenset(("p", "pp", "page", "pages", "頁", "ページ", "с", "c", "s", "ff", "页"))
VOLUME_WORDS = frozenset(
    ("vol", "vols", "volume", "no", "nos", "issue", "number", "т", "вып", "巻", "号", "第", "通巻", "冊")
)
ETAL_WORDS = frozenset(
    ("et", "al", "他", "ほか", "и", "др", "編著", "編", "著", "訳", "監修", "監訳", "eds", "ed", "hrsg")
)
# A year of the last five centuries as written in notes: `2005`, `1963`.
YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def _shape(text: str) -> str:
    """Collapsed character classes: `Journal` -> `Xx`, `2005` -> `d`, `pp` -> `x`, `「` -> itself."""
    shape = re.sub(r"[A-ZА-ЯЁ]", "X", text)
    shape = re.sub(r"[a-zа-яё]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"(.)\1+", r"\1", shape)[:6]


def _script(token: Token) -> str:
    """The token's script class: url, digit, latin, cyr, han, hira, kata, mixed CJK or punct."""
    text = token.text
    if token.kind in ("url", "digits"):
        return token.kind
    if token.kind == "word":
        return "cyr" if re.search(r"[Ѐ-ӿ]", text) else "latin"
    if token.kind == "cjk":
        if re.fullmatch(r"[\u3040-\u309f]+", text):
            return "hira"
        if re.fullmatch(r"[\u30a0-\u30ff]+", text):
            return "kata"
        return "han" if re.fullmatch(r"[\u3400-\u9fff\uf900-\ufaff々〆ヶ]+", text) else "cjk"
    return "punct"


def _punct_class(text: str) -> str:
    """open/close/quote/sep/dash/other for one-character tokens, '' for words."""
    if len(text) != 1 or text.isalnum():
        return ""
    if text in OPENERS:
        return "open"
    if text in CLOSERS:
        return "close"
    if text in "\"'":
        return "quote"
    if text in SEPARATORS:
        return "sep"
    return "dash" if text in DASHES else "other"


def _enclosures(tokens: Sequence[Token]) -> list[str]:
    """For each token, the innermost bracket pair it stands inside ('' outside any); ASCII `"` toggles."""
    stack: list[str] = []
    in_ascii_quote = False
    inside: list[str] = []
    for token in tokens:
        text = token.text
        if text in CLOSERS and CLOSERS[text] in stack:
            while stack and stack.pop() != CLOSERS[text]:
                pass
        if text == '"':
            in_ascii_quote = not in_ascii_quote
        quote = '"' if in_ascii_quote and text != '"' else ""
        inside.append(quote or (stack[-1] if stack else ""))
        if text in OPENERS:
            stack.append(text)
    return inside


def _lexical(token: Token) -> list[str]:
    """Lexicon and form cues of one token."""
    low = token.text.lower().rstrip(".")
    cues = []
    for name, lexicon in (
        ("month", MONTHS), ("pub", PUBLISHER_WORDS), ("journal", JOURNAL_WORDS),
        ("page", PAGE_WORDS), ("vol", VOLUME_WORDS), ("etal", ETAL_WORDS),
    ):  # fmt: skip
        if low in lexicon or (token.kind == "cjk" and name in ("pub", "journal") and low[-1:] in lexicon):
            cues.append(name)
    if YEAR.fullmatch(token.text):
        cues.append("year")
    if token.kind == "word" and len(token.text) == 1 and token.text.isupper():
        cues.append("initial")
    if token.kind == "word" and token.text[:1].isupper():
        cues.append("cap")
    if token.kind == "url" or low == "doi":
        cues.append("url")
    return cues


def _own(token: Token, inside: str) -> list[str]:
    """The features of a token that its neighbours also export (with an offset prefix)."""
    return [
        f"w={token.text.lower()[:20]}",
        f"shape={_shape(token.text)}",
        f"script={_script(token)}",
        f"punct={_punct_class(token.text)}",
        f"pos={token.pos}",
        f"in={inside}",
        *(f"lex={cue}" for cue in _lexical(token)),
    ]


# Closing marks of a title (Japanese, Western and Russian quotes, Chinese book-title brackets).
TITLE_CLOSERS = frozenset("」』”»》〉")


def _landmarks(tokens: Sequence[Token]) -> list[list[str]]:
    """Where each token stands among the landmarks every style shares, whatever its order: how many titles were
    closed before it, the last separator, whether a year stands before or after it, a URL after it, a page word
    before it, and how many sentences (`. ` followed by a space) came before.  Added in round 26: leave-one-sample-out
    field F1 0.750 -> 0.762, mean of the six samples (pipeline.evaluation.citation_crf_cv)."""
    years = [i for i, token in enumerate(tokens) if YEAR.fullmatch(token.text)]
    urls = [i for i, token in enumerate(tokens) if token.kind == "url"]
    rows: list[list[str]] = []
    closed = ascii_quotes = sentences = 0
    last_sep, page_seen = "none", False
    for i, token in enumerate(tokens):
        rows.append(
            [
                f"titles_before={min(closed, 2)}",
                f"lastsep={last_sep}",
                f"year_before={int(bool(years) and years[0] < i)}",
                f"year_after={int(bool(years) and years[-1] > i)}",
                f"url_after={int(bool(urls) and urls[-1] > i)}",
                f"page_before={int(page_seen)}",
                f"sent={min(sentences, 4)}",
            ]
        )
        text = token.text
        ascii_quotes += text == '"'
        closed += text in TITLE_CLOSERS or (text == '"' and ascii_quotes % 2 == 0)
        last_sep = text if _punct_class(text) == "sep" else last_sep
        page_seen = page_seen or text.lower().rstrip(".") in PAGE_WORDS
        sentences += text in ".。" and i + 1 < len(tokens) and tokens[i + 1].start > token.end
    return rows


def features(tokens: Sequence[Token]) -> list[list[str]]:
    """CRFsuite attribute strings of each token: its own cues, ±2 neighbours, position, separator count and
    landmarks."""
    inside = _enclosures(tokens)
    n = len(tokens)
    own = [_own(token, inside[i]) for i, token in enumerate(tokens)]
    landmarks = _landmarks(tokens)
    result = []
    separators = 0
    for i, token in enumerate(tokens):
        row = ["bias", *own[i], f"rel={int(10 * i / max(n, 1))}", f"seps={min(separators, 8)}", *landmarks[i]]
        separators += _punct_class(token.text) in ("sep", "close")
        if i == 0:
            row.append("BOS")
        if i == n - 1:
            row.append("EOS")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                row.extend(f"{offset}:{f}" for f in own[j] if not f.startswith(("pos=", "in=")) or abs(offset) == 1)
                gap = tokens[j].start - tokens[i].end if offset > 0 else tokens[i].start - tokens[j].end
                if abs(offset) == 1 and gap > 0:
                    row.append(f"{offset}:space")
            else:
                row.append(f"{offset}:none")
        result.append(row)
    return result


# --- alignment: gold fields -> labels -------------------------------------------

DASHES = "-–—‐‑−〜~－"  # hyphen-minus, en/em dash, hyphens, minus sign (U+2212), wave dashes


def pages_pattern(value: str) -> re.Pattern[str]:
    """A gold page value (`7-36`, `4-5, 7`) as written in a note: any dash, optional spaces."""
    parts = []
    for ch in value:
        if ch == "-":
            parts.append(rf"\s?[{DASHES}]\s?")
        elif ch == " ":
            parts.append(r"\s?")
        else:
            parts.append(re.escape(ch))
    return re.compile(r"(?<!\d)" + "".join(parts) + r"(?!\d)")


def _free(taken: list[bool], start: int, end: int) -> bool:
    return not any(taken[start:end])


def find_free(note: str, value: str, taken: list[bool], after: int = 0) -> tuple[int, int] | None:
    """The first occurrence of ``value`` at or after ``after`` that overlaps no labelled character."""
    at = note.find(value, after)
    while at >= 0:
        if _free(taken, at, at + len(value)):
            return at, at + len(value)
        at = note.find(value, at + 1)
    return None


def _field_spans(note: str, field: str, value: str, taken: list[bool]) -> tuple[int, int] | None:
    """The character span a normalised gold value was written as."""
    if field == "date":
        for found, span in [*find_dates(note), (find_date(note))]:
            if found == value and span and _free(taken, *span):
                return span
        return find_free(note, value, taken) if len(value) == 4 else None
    if field == "pages":
        for match in pages_pattern(value).finditer(note):
            if _free(taken, *match.span()):
                return match.span()
        return None
    if field == "url":
        found = find_free(note, value, taken)
        if found:
            return found
        url, span = find_url(note)
        return span if url == value and span and _free(taken, *span) else None
    return find_free(note, value, taken)


def align(note: str, tokens: Sequence[Token], gold: dict) -> list[str] | None:
    """BIO labels of ``tokens`` from a gold row's field values, or None if a value is not in the note.

    Longer values are placed first so that a title containing the container's name keeps its words;
    authors are placed left to right, each as its own B-AUTH run.
    """
    taken = [False] * len(note)
    spans: list[tuple[int, int, str]] = []
    singles = [(f, gold[f]) for f in FIELDS if f != "authors" and isinstance(gold.get(f), str) and gold[f]]
    for field, value in sorted(singles, key=lambda fv: -len(fv[1])):
        span = _field_spans(note, field, value, taken)
        if span is None:
            return None
        spans.append((*span, LABEL_OF[field]))
        taken[span[0] : span[1]] = [True] * (span[1] - span[0])
    after = 0
    for author in gold.get("authors") or []:
        span = find_free(note, author, taken, after) or find_free(note, author, taken)
        if span is None:
            return None
        spans.append((*span, "AUTH"))
        taken[span[0] : span[1]] = [True] * (span[1] - span[0])
        after = span[1]
    labels = ["O"] * len(tokens)
    for start, end, label in sorted(spans):
        inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
        for k, i in enumerate(inside):
            labels[i] = ("B-" if k == 0 else "I-") + label
    return labels


# --- training, tagging, decoding -------------------------------------------------


def train(examples: Iterable[tuple[str, dict]], model_path: Path, params: dict | None = None) -> int:
    """Train on (note, gold row) pairs; returns how many notes could not be aligned (left out)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(params or PARAMS)
    skipped = 0
    for note, gold in examples:
        tokens = tokenise(note)
        labels = align(note, tokens, gold) if tokens else None
        if labels is None:
            skipped += 1
            continue
        trainer.append(features(tokens), labels)
    trainer.train(str(model_path))
    return skipped


@lru_cache(maxsize=4)
def load_tagger(model_path: Path = MODEL_PATH) -> pycrfsuite.Tagger:
    """An open tagger for a model file (cached: opening maps the file)."""
    crf = pycrfsuite.Tagger()
    crf.open(str(model_path))
    return crf


def tag(note: str, crf: pycrfsuite.Tagger | None = None) -> tuple[list[Token], list[str]]:
    """Tokens and predicted BIO labels of one note."""
    tokens = tokenise(note)
    if not tokens:
        return tokens, []
    return tokens, (crf or load_tagger()).tag(features(tokens))


def _runs(tokens: Sequence[Token], labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """(label, start char, end char) of each contiguous B/I run; an I after another label opens a run."""
    runs: list[tuple[str, int, int]] = []
    current: list | None = None
    for token, label in zip(tokens, labels, strict=True):
        if label == "O":
            current = None
            continue
        prefix, name = label.split("-", 1)
        if current is not None and prefix == "I" and current[0] == name:
            current[2] = token.end
            continue
        current = [name, token.start, token.end]
        runs.append(current)  # type: ignore[arg-type]
    return [(name, start, end) for name, start, end in runs]


def _value(field: str, text: str) -> str | None:
    """A tagged span's text as the field's normalised value."""
    text = text.strip()
    if field == "date":
        value, _ = find_date(text)
        year = YEAR.search(text)
        return value or (year.group() if year else None)
    if field == "pages":
        return re.sub(rf"\s?[{DASHES}]\s?", "-", text) or None
    if field == "url":
        url, _ = find_url(text)
        return url or text
    return text or None


def decode(note: str, tokens: Sequence[Token], labels: Sequence[str]) -> dict:
    """Field values from labels: every AUTH run is one author; other fields take their first run."""
    fields: dict = {field: None for field in FIELDS}
    fields["authors"] = []
    for label, start, end in _runs(tokens, labels):
        field = FIELD_OF[label]
        value = _value(field, note[start:end])
        if field == "authors":
            if value:
                fields["authors"].append(value)
        elif fields[field] is None:
            fields[field] = value
    return fields


def parse(note: str, crf: pycrfsuite.Tagger | None = None) -> dict:
    """The CRF's reading of one note: the seven scored fields."""
    tokens, labels = tag(note, crf)
    return decode(note, tokens, labels)


def parse_with_confidence(note: str, crf: pycrfsuite.Tagger | None = None) -> tuple[dict, dict[str, float]]:
    """The fields and, per found field, the lowest marginal probability of a label in its run(s).

    A caller that only trusts the CRF where the rules are silent can keep the confident fields only.
    """
    crf = crf or load_tagger()
    tokens, labels = tag(note, crf)  # leaves the sequence in the tagger for ``marginal``
    fields = decode(note, tokens, labels)
    confidence: dict[str, float] = {}
    seen: set[str] = set()
    for label, start, end in _runs(tokens, labels):
        field = FIELD_OF[label]
        if field in seen and field != "authors":
            continue
        seen.add(field)
        inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
        lowest = min(crf.marginal(labels[i], i) for i in inside)
        confidence[field] = min(confidence.get(field, 1.0), lowest)
    return fields, confidence


# The marginal-probability floor for filling a field the rules left empty: the CRF's fill-ins at 0.9 and 0.95
# both raised every fresh sample's field F1 (pipeline.evaluation.citation_crf_cv), 0.95 costs the gold least.
FILL_THRESHOLD = 0.95


def fill_empty_fields(citation: object, note: str, threshold: float = FILL_THRESHOLD) -> list[str]:
    """Set each scored field the rule parse of ``note`` left empty to the CRF's value when every label of it
    has a marginal probability of at least ``threshold``; returns the fields filled.

    The proposed hook: ``fill_empty_fields(citation, text)`` at the end of ``parse_citation``.  Values the
    rules found are never replaced (they are right far more often on the styles they know).
    """
    if not MODEL_PATH.exists():
        return []
    fields, confidence = parse_with_confidence(note)
    filled = []
    for field in FIELDS:
        value = fields[field]
        if value and not getattr(citation, field, None) and confidence.get(field, 0.0) >= threshold:
            setattr(citation, field, value)
            filled.append(field)
    return filled
