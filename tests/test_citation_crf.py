"""The CRF citation field tagger: tokens, features, gold alignment, decoding, training determinism, shipped model.

Real notes: the seed report's notes (tests/gold/citations.jsonl, NDL report 000) and notes of the fresh
samples (their sources are listed in /work/notes/cit_freshN/expected.jsonl: Scopus-listed Chicago note,
Waseda thesis guide).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.evaluation import citation_crf_cv as cv
from pipeline.extractors.citations import crf

ROOT = Path(__file__).resolve().parents[1]

# (note as in the normalised document, gold fields) — real notes of the gold and the fresh samples.
REAL_NOTES = [
    (
        "「ロ朝首脳会談とは 対面は4年半ぶり2度目」『日本経済新聞』2023.9.13.",
        {"title": "ロ朝首脳会談とは 対面は4年半ぶり2度目", "container": "日本経済新聞", "date": "2023-09-13"},
    ),
    (
        "兵頭慎治「第6章 ロシアから見た露朝関係の現状と展望」防衛研究所編『東アジア戦略概観2007』2007, p.94. "
        "<https://www2.jiia.or.jp/pdf/resarch/H25_Korean_Peninsula/06-hyodo.pdf>",
        {
            "authors": ["兵頭慎治"],
            "title": "第6章 ロシアから見た露朝関係の現状と展望",
            "container": "東アジア戦略概観2007",
            "date": "2007",
            "pages": "94",
            "url": "https://www2.jiia.or.jp/pdf/resarch/H25_Korean_Peninsula/06-hyodo.pdf",
        },
    ),
    (
        'Frank McNeil, "Rock of Sisyphus or Road to Reform," Journal of Democracy, vol. 5, no. 3 (1994), pp. 101-06;',
        {
            "authors": ["Frank McNeil"],
            "title": "Rock of Sisyphus or Road to Reform",
            "container": "Journal of Democracy",
            "date": "1994",
            "pages": "101-06",
        },
    ),
    (
        "Scott, J.W., (1988) Gender and the Politics of History, Columbia University Press.",
        {
            "authors": ["Scott, J.W."],
            "title": "Gender and the Politics of History",
            "publisher": "Columbia University Press",
            "date": "1988",
        },
    ),
]


def _complete(fields: dict) -> dict:
    return {f: fields.get(f, [] if f == "authors" else None) for f in crf.FIELDS}


def test_tokens_cover_the_note_and_keep_urls_whole() -> None:
    note = REAL_NOTES[1][0]
    tokens = crf.tokenise(note)
    assert all(note[t.start : t.end] == t.text for t in tokens)
    assert "".join(t.text for t in tokens) == note.replace(" ", "")
    urls = [t.text for t in tokens if t.kind == "url"]
    assert urls == ["https://www2.jiia.or.jp/pdf/resarch/H25_Korean_Peninsula/06-hyodo.pdf"]
    assert [t.text for t in tokens][:3] == ["兵頭", "慎治", "「"]  # fugashi splits the kanji run
    assert ("2007", "digits") in [(t.text, t.kind) for t in tokens]


def test_latin_words_keep_inner_hyphens_and_split_punctuation() -> None:
    texts = [t.text for t in crf.tokenise(REAL_NOTES[2][0])]
    assert texts[:4] == ["Frank", "McNeil", ",", '"']
    assert "101" in texts and "06" in texts and "pp" in texts


def test_features_mark_brackets_lexicons_and_neighbours() -> None:
    tokens = crf.tokenise(REAL_NOTES[1][0])
    rows = crf.features(tokens)
    by_text = {t.text: row for t, row in zip(tokens, rows, strict=True)}
    assert "in=「" in by_text["ロシア"]  # inside the chapter title's 「」
    assert "in=『" in by_text["アジア"] and "in=" in by_text["防衛"]  # 防衛研究所 stands outside any bracket
    assert "lex=page" in by_text["p"] and "lex=year" in by_text["2007"] and "lex=journal" in by_text["研究"]
    assert "lex=url" in by_text[tokens[-2].text] and "script=url" in by_text[tokens[-2].text]
    assert "BOS" in rows[0] and "EOS" in rows[-1]
    assert any(f.startswith("-1:w=") for f in rows[1]) and "-2:none" in rows[0]


def test_ascii_quotes_toggle_the_inside_feature() -> None:
    tokens = crf.tokenise(REAL_NOTES[2][0])
    inside = crf._enclosures(tokens)
    word = next(i for i, t in enumerate(tokens) if t.text == "Sisyphus")
    journal = next(i for i, t in enumerate(tokens) if t.text == "Democracy")
    assert inside[word] == '"' and inside[journal] == ""


@pytest.mark.parametrize(("note", "gold"), REAL_NOTES)
def test_gold_labels_decode_back_to_the_gold_fields(note: str, gold: dict) -> None:
    tokens = crf.tokenise(note)
    labels = crf.align(note, tokens, gold)
    assert labels is not None
    assert crf.decode(note, tokens, labels) == _complete(gold)


def test_each_author_is_its_own_run() -> None:
    note = "Frenkel, D.; Smit, B. Understanding Molecular Simulation: From Algorithms to Applications."
    gold = {
        "authors": ["Frenkel, D.", "Smit, B."],
        "title": "Understanding Molecular Simulation: From Algorithms to Applications",
    }
    tokens = crf.tokenise(note)
    labels = crf.align(note, tokens, gold)
    assert labels is not None and labels.count("B-AUTH") == 2
    assert crf.decode(note, tokens, labels)["authors"] == ["Frenkel, D.", "Smit, B."]


def test_a_note_whose_values_are_not_in_it_is_not_aligned() -> None:
    # A back-reference: its gold fields are copied from the note it repeats (gold, citations_en_chicago).
    note = "Ibid., 18."
    gold = {"authors": ["Zadie Smith"], "title": "Swing Time", "date": "2016", "pages": "18"}
    assert crf.align(note, crf.tokenise(note), gold) is None


def test_pages_are_found_with_any_dash_and_normalised() -> None:
    note = "大島研三:腎疾息の分類と臨床.日内会誌 , 37;1043−1052, 1986."  # U+2212 as the range dash
    gold = {"authors": ["大島研三"], "pages": "1043-1052", "date": "1986"}
    tokens = crf.tokenise(note)
    labels = crf.align(note, tokens, gold)
    assert labels is not None
    assert crf.decode(note, tokens, labels)["pages"] == "1043-1052"


def test_training_is_deterministic(tmp_path: Path) -> None:
    examples = [(note, gold) for note, gold in REAL_NOTES]
    first, second = tmp_path / "a.model", tmp_path / "b.model"
    assert crf.train(examples, first) == 0
    crf.train(examples, second)
    assert first.read_bytes() == second.read_bytes()


def _gold_row(note_start: str) -> tuple[str, dict]:
    with (ROOT / "tests/gold/citations.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["surface"].startswith(note_start):
                return row["surface"], row
    raise AssertionError(note_start)


@pytest.mark.skipif(not crf.MODEL_PATH.exists(), reason="the CRF model is not shipped")
@pytest.mark.parametrize("note_start", ["「ロ朝首脳会談とは", "兵頭慎治「第6章", "Scott, J.W., (1988)"])
def test_shipped_model_reproduces_known_parses(note_start: str) -> None:
    note, row = _gold_row(note_start)
    parsed = crf.parse(note)
    assert parsed == {f: row.get(f) or ([] if f == "authors" else None) for f in crf.FIELDS}


@pytest.mark.skipif(not crf.MODEL_PATH.exists(), reason="the CRF model is not shipped")
def test_fill_keeps_rule_values_and_fills_only_empty_fields() -> None:
    note = REAL_NOTES[0][0]  # 「ロ朝首脳会談とは …」『日本経済新聞』2023.9.13.
    citation = SimpleNamespace(
        authors=[], title="rule title", container=None, publisher=None, date=None, pages=None, url=None
    )
    filled = crf.fill_empty_fields(citation, note)
    assert citation.title == "rule title"  # never replaced
    assert citation.container == "日本経済新聞" and citation.date == "2023-09-13"
    assert set(filled) == {"container", "date"}
    assert citation.publisher is None and citation.authors == []


@pytest.mark.skipif(not crf.MODEL_PATH.exists(), reason="the CRF model is not shipped")
def test_confidence_is_a_probability_per_found_field() -> None:
    fields, confidence = crf.parse_with_confidence(REAL_NOTES[2][0])
    assert set(confidence) == {f for f in crf.FIELDS if fields[f]}
    assert all(0.0 <= p <= 1.0 for p in confidence.values())


# --- arbitration between the rule parse and the CRF parse ------------------------------------------------------

MCNEIL, MCNEIL_GOLD = REAL_NOTES[2]


def test_coverage_counts_field_like_pieces_a_parse_leaves_over() -> None:
    share, leftovers = cv.coverage(MCNEIL, _complete(MCNEIL_GOLD))
    assert leftovers == 0 and share > 0.8
    partial = {**_complete(MCNEIL_GOLD), "title": None, "date": None}  # the quoted title and 1994 left over
    share_partial, leftovers_partial = cv.coverage(MCNEIL, partial)
    assert leftovers_partial == 2 and share_partial < share


def test_signals_compare_the_two_readings() -> None:
    rules = {**_complete(MCNEIL_GOLD), "title": None}
    found = cv.signals(MCNEIL, rules, _complete(MCNEIL_GOLD), {f: 0.9 for f in crf.FIELDS})
    assert found["leftover_gain"] == 1.0 and found["cover_gain"] > 0
    assert found["disagree"] == pytest.approx(1 / 5)  # five fields hold a value, the title differs
    assert found["crf_mean"] == pytest.approx(0.9) and found["crf_min"] == pytest.approx(0.9)


def _readings() -> tuple[dict, dict, dict[str, float]]:
    """A rule parse that took the container as the title (as a loose style parser does), and the CRF's parse."""
    rules = {**_complete(MCNEIL_GOLD), "title": "Journal of Democracy", "container": None, "pages": None}
    sure = {"authors": 0.99, "title": 0.97, "container": 0.6, "date": 0.99, "pages": 0.4}
    return rules, _complete(MCNEIL_GOLD), sure


def test_hook_arbiter_only_fills_after_the_fallback() -> None:
    rules, read, sure = _readings()
    hook = cv.Arbiter()
    assert cv.arbitrate(MCNEIL, rules, True, read, sure, hook) == rules
    filled = cv.arbitrate(MCNEIL, rules, False, read, sure, hook)
    assert filled["title"] == "Journal of Democracy"  # the hook never replaces
    assert filled["container"] is None and filled["pages"] is None  # below FILL_THRESHOLD


def test_note_arbiter_reads_the_note_with_the_crf_when_it_accounts_for_more() -> None:
    rules, read, sure = _readings()
    arbiter = cv.Arbiter("note", "all", "leftover_gain", 1.0, 0.5)
    merged = cv.arbitrate(MCNEIL, rules, True, read, sure, arbiter)
    assert merged["title"] == MCNEIL_GOLD["title"] and merged["container"] == "Journal of Democracy"
    assert merged["pages"] is None  # 0.4 is under the floor: the rules' (empty) value stays
    assert cv.arbitrate(MCNEIL, rules, True, read, sure, cv.Arbiter("note", "fallback", "leftover_gain", 1.0)) == rules
    same = cv.arbitrate(MCNEIL, read, True, rules, sure, arbiter)  # the CRF's reading leaves more over: rules kept
    assert same == read


def test_field_arbiter_replaces_only_confident_fields() -> None:
    rules, read, sure = _readings()
    merged = cv.arbitrate(MCNEIL, rules, False, read, sure, cv.Arbiter("field", "fallback", "", 0.95))
    assert merged["title"] == MCNEIL_GOLD["title"] and merged["container"] is None


def test_nested_selection_keeps_the_hook_on_ties_and_scores_the_held_out_sample() -> None:
    rules, read, sure = _readings()
    crf_reading = {**read, "confidence": sure}
    samples = {name: [(MCNEIL, MCNEIL_GOLD)] for name in ("a", "b", "c")}
    same = {name: [{**read, "recognised": True}] for name in samples}
    scores, chosen, final = cv.nested_arbitration(samples, same, {n: [crf_reading] for n in samples})
    assert final == cv.Arbiter() and all(a == cv.Arbiter() for a in chosen.values())
    loose = {name: [{**rules, "recognised": True}] for name in samples}
    scores, chosen, final = cv.nested_arbitration(samples, loose, {n: [crf_reading] for n in samples})
    assert final.gate == "all" and all(s > cv.sample_f1(samples["a"], loose["a"]) for s in scores.values())
    assert cv.arbiters()[0] == cv.Arbiter()


def test_gold_cost_leaves_out_the_held_out_samples_copy() -> None:
    rules, read, _ = _readings()
    sure = {f: 0.99 for f in crf.FIELDS}
    docs = [("citations_en_other", (MCNEIL, MCNEIL_GOLD)), ("citations_r23_fresh8_en", (MCNEIL, MCNEIL_GOLD))]
    # the CRF is wrong on the other document and right on the sample's copy, where the rules are wrong
    rule_rows = [{**read, "recognised": True}, {**rules, "recognised": True}]
    crf_rows = [{**rules, "confidence": sure}, {**read, "confidence": sure}]
    grid = [cv.Arbiter(), cv.Arbiter("field", "all", "", 0.9)]
    with_copy = cv.gold_costs(docs, rule_rows, crf_rows, grid, None)[grid[1]]
    without_copy = cv.gold_costs(docs, rule_rows, crf_rows, grid, "cit_fresh8")[grid[1]]
    assert without_copy > with_copy and without_copy > 0
