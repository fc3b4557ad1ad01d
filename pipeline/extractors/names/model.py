"""The statistical half of the names extractor: a small spaCy NER on our own fugashi tokens.

Rules and gazetteers find titled people, listed countries and known bodies;
they cannot know every company, town or person an unseen text names.  This
module trains a narrow transition-based NER (hash embeddings of NORM, affixes,
shape and the UniDic POS tag) on the external gold, tokenised by the same
fugashi tokenizer the pipeline uses, so train and run time see identical
tokens.  With ``--gold tests/gold`` it also learns from our own news and report
gold (``news_samples``).  Splits (never trained on: Stockmark sentence index
% 5 == 0, GSD test, news documents whose id has crc32 % 5 == 0) are fixed here
so that training and evaluation agree.

Settings are chosen with ``--validation`` (the fold ``is_validation`` is left
out of training) and ``python -m pipeline.evaluation.names validation DIR`` with
``PIPELINE_NAMES_MODEL_DIR`` pointing at the candidate; the shipped model is then
trained on all training data.  ``python -m pipeline.extractors.names.model
--external DIR --out DIR`` trains; ``make model`` calls it with the chosen settings.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import IDX, LENGTH, ORTH, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import minibatch
from spacy.vocab import Vocab

from pipeline.nlp.tokenizer import blank_japanese

MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "names_ner"
TYPES = ("PERSON", "ORG", "PLACE")

# Folding of the external label sets onto our three types (their READMEs give the same).
STOCKMARK_FOLD = {
    "人名": "PERSON",
    "法人名": "ORG",
    "政治的組織名": "ORG",
    "その他の組織名": "ORG",
    "地名": "PLACE",
    "施設名": "PLACE",
}
GSD_FOLD = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}

NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 96,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG"],
            "rows": [5000, 1000, 2500, 500, 300],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 96,
            "depth": 3,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    },
}


@dataclass(frozen=True)
class Sample:
    """One gold sentence: text, (start, end, type) spans, and its split."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    split: str  # "train" or "test"
    source: str  # "stockmark", "gsd" or "news"
    index: int = 0  # position in its file (news: its document's): carves the validation fold out of training
    unknown: tuple[tuple[int, int], ...] = ()  # spans whose label is not taught: neither entity nor O
    doc_id: str = ""  # news: the gold document the sentence comes from


def is_validation(sample: Sample) -> bool:
    """Training sentences with index % 5 == 1: held out while choosing settings, trained on at the end."""
    return sample.split == "train" and sample.index % 5 == 1


def stockmark_samples(path: Path) -> list[Sample]:
    """Stockmark Wikipedia NER; sentence index % 5 == 0 is held out."""
    data = json.loads(path.read_text(encoding="utf-8"))
    samples = []
    for index, item in enumerate(data):
        spans = tuple(
            (e["span"][0], e["span"][1], STOCKMARK_FOLD[e["type"]])
            for e in item["entities"]
            if e["type"] in STOCKMARK_FOLD
        )
        split = "test" if index % 5 == 0 else "train"
        samples.append(Sample(item["text"], spans, split, "stockmark", index))
    return samples


def gsd_samples(path: Path, split: str) -> list[Sample]:
    """UD Japanese GSD CoNLL-U with ``NE=`` BILU tags in MISC, rebuilt as text + char spans."""
    samples = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        text, spans = _gsd_sentence(block)
        if text:
            samples.append(Sample(text, tuple(spans), split, "gsd", len(samples)))
    return samples


def _gsd_sentence(block: str) -> tuple[str, list[tuple[int, int, str]]]:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos, open_start, open_label = 0, None, None
    for line in block.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 10 or not cols[0].isdigit():
            continue
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
        start, end = pos, pos + len(cols[1])
        parts.append(cols[1] + ("" if misc.get("SpaceAfter") == "No" else " "))
        pos += len(parts[-1])
        tag = misc.get("NE", "O")
        prefix, _, label = tag.partition("-")
        if prefix in ("B", "U"):
            open_start, open_label = start, label
        if prefix in ("L", "U") and open_start is not None:
            if open_label in GSD_FOLD:
                spans.append((open_start, end, GSD_FOLD[open_label]))
            open_start = None
    return "".join(parts).rstrip(), spans


def news_split(doc_id: str) -> str:
    """A whole news document is "test" (never trained on) when crc32 of its id is a multiple of 5: fixed,
    independent of file order, and stable as gold folders are added."""
    return "test" if zlib.crc32(doc_id.encode("utf-8")) % 5 == 0 else "train"


def gold_folders(gold_root: Path) -> list[Path]:
    """``gold_root`` and its ``heldout*/`` folders: each holds ``texts/`` and ``mentions.jsonl``."""
    return [gold_root, *sorted(p for p in gold_root.glob("heldout*") if p.is_dir())]


def news_samples(gold_root: Path) -> list[Sample]:
    """Sentences of our own news and report gold (``tests/gold`` and every ``heldout*/``) with their
    PERSON/ORG/PLACE mentions, source "news".

    Texts are normalised by the ingest stage itself (gold offsets point into ``documents.text``).  Only
    documents with at least one mention row are used: the scorer takes their mention gold as complete,
    so their sentences without a name teach O; other documents were never annotated for names.
    Abbreviation-flagged parts (ロ and 朝 of 朝ロ, 米 of 米GM) are ``unknown``, not entities: they are
    letters cut out of a longer word, which the rules' closed country lexicon finds, and the
    external data never marks them, so teaching them (or O there) would only contradict it."""
    from pipeline.records import IngestedDocument
    from pipeline.stages.ingest import ingest_all

    samples: list[Sample] = []
    for folder in gold_folders(gold_root):
        rows = _mention_rows(folder / "mentions.jsonl")
        texts = {d.doc_id: d.text for d in ingest_all(folder / "texts") if isinstance(d, IngestedDocument)}
        for doc_id in sorted(rows.keys() & texts.keys()):
            samples += _document_samples(doc_id, texts[doc_id], rows[doc_id], len(samples))
    return _indexed_by_document(samples)


def _mention_rows(path: Path) -> dict[str, list[dict]]:
    """Mention gold rows of one folder, by document (none when the folder has no mention gold)."""
    rows: dict[str, list[dict]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("type") in TYPES:
                    rows.setdefault(row["doc_id"], []).append(row)
    return rows


def _document_samples(doc_id: str, text: str, rows: list[dict], key: int) -> list[Sample]:
    """One document cut into sentences; ``key`` (any number unique to the document) is made its index later."""
    spans = [(r["start"], r["end"], r["type"], bool(r.get("abbreviation"))) for r in rows]
    samples = []
    for first, last in sentence_bounds(text, [(s, e) for s, e, *_ in spans]):
        inside = [(s - first, e - first, kind, abbr) for s, e, kind, abbr in spans if first <= s and e <= last]
        entities = tuple(sorted((s, e, kind) for s, e, kind, abbr in inside if not abbr))
        unknown = tuple(sorted((s, e) for s, e, _, abbr in inside if abbr))
        if text[first:last].strip():
            samples.append(Sample(text[first:last], entities, news_split(doc_id), "news", key, unknown, doc_id))
    return samples


def _indexed_by_document(samples: list[Sample]) -> list[Sample]:
    """Number the documents 0, 1, 2, ... in order, so ``is_validation`` keeps each document in one fold."""
    order = {key: n for n, key in enumerate(dict.fromkeys(s.index for s in samples))}
    return [replace(s, index=order[s.index]) for s in samples]


def sentence_bounds(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``: it ends after a run of ``SENTENCE_END`` marks and the spaces
    after it (as ``sentence_pieces`` cuts at run time), but never inside a gold span."""
    inside = {at for start, end in spans for at in range(start + 1, end)}
    cuts = [m.end() for m in SENTENCE_CUT.finditer(text) if m.end() not in inside and 0 < m.end() < len(text)]
    edges = [0, *cuts, len(text)]
    return [(a, b) for a, b in itertools.pairwise(edges) if a < b]


def all_samples(external: Path, gold: Path | None = None) -> list[Sample]:
    """The external gold (Stockmark, GSD) and, given the gold root (``tests/gold``), our news gold."""
    gsd = external / "ud-japanese-gsd-ne"
    return (
        stockmark_samples(external / "stockmark-ner" / "ner.json")
        + gsd_samples(gsd / "ja_gsd-ud-dev.ne.conllu", "train")
        + gsd_samples(gsd / "ja_gsd-ud-test.ne.conllu", "test")
        + (news_samples(gold) if gold is not None else [])
    )


def to_doc(nlp: Language, sample: Sample) -> Doc:
    """Our tokens with the gold entities; spans that cut a token are marked missing, not wrong."""
    doc = nlp.make_doc(sample.text)
    ents, missing = [], []
    for start, end, label in sample.spans:
        span = doc.char_span(start, end, label=label)
        if span is not None:
            ents.append(span)
        else:
            loose = doc.char_span(start, end, alignment_mode="expand")
            if loose is not None:
                missing.append(loose)
    for start, end in sample.unknown:
        loose = doc.char_span(start, end, alignment_mode="expand")
        if loose is not None:
            missing.append(loose)
    ents = _non_overlapping(ents)
    missing = [m for m in _non_overlapping(missing) if not any(m.start < e.end and e.start < m.end for e in ents)]
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def _non_overlapping(spans: list) -> list:
    kept: list = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


# Rows of the TAG hash table when the tag carries the script class too (about 50 UniDic tags x 20 classes).
SCRIPT_TAG_ROWS = 1000


def build_nlp(
    width: int = 96, depth: int = 3, rows: float = 1.0, script: bool = False, vectors: Path | None = None
) -> Language:
    """Blank fugashi Japanese + an untrained NER of the given tok2vec width, depth and hash-table scale;
    with ``vectors`` (a folder holding a spaCy vectors table) the embedding also reads them."""
    model = json.loads(json.dumps(NER_MODEL))
    embed = model["tok2vec"]["embed"]
    embed["include_static_vectors"] = vectors is not None
    embed["width"] = model["tok2vec"]["encode"]["width"] = width
    if script:
        embed["rows"][embed["attrs"].index("TAG")] = SCRIPT_TAG_ROWS
    embed["rows"] = [round(n * rows) for n in embed["rows"]]
    model["tok2vec"]["encode"]["depth"] = depth
    nlp = blank_japanese()
    if vectors is not None:
        load_vectors(nlp, vectors)
    nlp.add_pipe("ner", config={"model": model})
    return nlp


def vectors_dir(source: Path) -> Path:
    """The folder under ``source`` (an installed ``ja_ginza`` package, or the folder itself) that holds a
    spaCy vectors table: ``vectors``, ``key2row`` and ``vectors.cfg``."""
    found = [source] if (source / "vectors.cfg").exists() else sorted(p.parent for p in source.rglob("vectors.cfg"))
    if not found or not (found[0] / "key2row").exists():
        raise FileNotFoundError(f"no spaCy vectors table (vectors.cfg, key2row, vectors) under {source}")
    return found[0]


def load_vectors(nlp: Language, source: Path) -> None:
    """Word vectors for the static-vector embedding, keyed by hashed ORTH as GiNZA keys chiVe.

    Our training data is a few thousand sentences: vectors learnt on a large corpus say which unseen
    words resemble names.  ORTH keys hit 93% of Stockmark tokens (and of its entity tokens), more
    than NORM or the UniDic lemma on entity tokens, and need nothing but the token text at run time."""
    folder = vectors_dir(source)
    nlp.vocab.vectors.from_disk(folder, exclude=["strings"])  # keys are hashes: their 17 MB of strings are not read
    if nlp.vocab.vectors.attr != ORTH:
        raise ValueError(f"vectors in {folder} are not keyed by ORTH")
    nlp.vocab.vectors.name = f"{folder.parent.name}.vectors"


@dataclass(frozen=True)
class Settings:
    """Everything that shapes a trained model; ``make model`` passes the chosen values."""

    epochs: int = 18
    width: int = 96
    depth: int = 3
    rows: float = 1.0
    dropout: float = 0.15
    seed: int = 0
    script: bool = False  # the TAG feature also gives the token's script (see ``feature_tag``)


# The script of one character: kanji, katakana, hiragana, Latin letter, digit, anything else.
_SCRIPTS = (
    ("K", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々〆ヶ]")),
    ("k", re.compile(r"[ァ-ヺー・=]")),
    ("h", re.compile(r"[ぁ-ゖ]")),
    ("L", re.compile(r"[A-Za-zＡ-Ｚａ-ｚÀ-ÿА-яЁё]")),
    ("d", re.compile(r"[0-9０-９]")),
)
# Meta key of a model whose TAG feature is ``feature_tag``; models without it read the bare UniDic tag.
SCRIPT_META = "names_tag_feature"


def script_class(word: str) -> str:
    """The scripts of a token's first and last characters (``K`` 梶原, ``Kh`` 揺れ, ``k`` ワーナー): unseen names are
    hashed into shared NORM rows, so the model needs the script to tell a katakana or kanji name from a word."""
    if not word:
        return "o"
    first, last = (next((c for c, p in _SCRIPTS if p.match(ch)), "o") for ch in (word[0], word[-1]))
    return first if first == last else first + last


@lru_cache(maxsize=1 << 16)  # a document repeats a few thousand (word, tag) pairs many times
def feature_tag(word: str, tag: str) -> str:
    """The UniDic tag with the token's script class: the model's TAG feature when trained with ``script``."""
    return f"{tag}|{script_class(word)}"


def _with_script_tags(doc: Doc) -> Doc:
    for token in doc:
        token.tag_ = feature_tag(token.text, token.tag_)
    return doc


def train(
    external: Path,
    out: Path,
    settings: Settings = Settings(),
    validation: bool = False,
    vectors: Path | None = None,
    gold: Path | None = None,
    news_repeat: int = 1,
) -> dict[str, float]:
    """Train on the training splits (less the validation fold when ``validation``) and write to ``out``;
    ``vectors``: a folder with word vectors for the embedding (see ``load_vectors``); ``gold``: the gold
    root whose news documents (training split) are added, each sentence ``news_repeat`` times."""
    random.seed(settings.seed)
    from thinc.api import fix_random_seed

    fix_random_seed(settings.seed)
    nlp = build_nlp(settings.width, settings.depth, settings.rows, settings.script, vectors)
    chosen = [s for s in all_samples(external, gold) if s.split == "train" and not (validation and is_validation(s))]
    chosen += [s for s in chosen if s.source == "news"] * (news_repeat - 1)
    featured = _with_script_tags if settings.script else (lambda doc: doc)
    examples = [Example(featured(nlp.make_doc(s.text)), to_doc(nlp, s)) for s in chosen]
    optimizer = nlp.initialize(lambda: examples)
    losses: dict[str, float] = {}
    for epoch in range(settings.epochs):
        random.shuffle(examples)
        losses = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        print(f"epoch {epoch + 1}/{settings.epochs} loss {losses.get('ner', 0.0):.1f}", flush=True)
    nlp.meta["name"] = "names_ner"
    nlp.meta["license"] = "CC BY-SA 4.0 (trained on CC BY-SA 3.0 / 4.0 data)"
    nlp.meta["description"] = (
        f"{settings} validation_held_out={validation} train_sentences={len(examples)} vectors={nlp.vocab.vectors.name}"
        f" news_gold={gold} news_repeat={news_repeat}"
    )
    nlp.meta[SCRIPT_META] = "unidic+script" if settings.script else "unidic"
    nlp.to_disk(out, exclude=["tokenizer"])  # fugashi needs no state: rebuilt from the config
    return losses


def model_dir() -> Path:
    """The shipped model, or the one ``PIPELINE_NAMES_MODEL_DIR`` names (to score a candidate model)."""
    override = os.environ.get("PIPELINE_NAMES_MODEL_DIR")
    return Path(override) if override else MODEL_DIR


@lru_cache(maxsize=4)
def uses_script(path: Path) -> bool:
    """Whether the model at ``path`` was trained on ``feature_tag`` tags (its meta says so)."""
    meta = path / "meta.json"
    return meta.exists() and json.loads(meta.read_text(encoding="utf-8")).get(SCRIPT_META) == "unidic+script"


@lru_cache(maxsize=1)
def load_ner(path: Path):
    """The trained NER pipe, or None when no model is shipped (rules only then)."""
    if not (path / "config.cfg").exists():
        return None
    import spacy

    ner = spacy.load(path, exclude=["tokenizer"]).get_pipe("ner")
    _install_fast_tok2vec(ner.model.get_ref("tok2vec"))
    return ner


# Tokens per call of the context encoder: its arrays (tokens x 384 floats) then stay in the CPU cache;
# one call over a whole parser batch was a third slower.
ENCODE_CHUNK = 1000


def _install_fast_tok2vec(tok2vec) -> None:
    """At inference, embed each distinct token only once and encode in cache-sized chunks.

    The embedding (hashed NORM, PREFIX, SUFFIX, SHAPE, TAG, and the static vector when the model has
    one, mixed by a maxout layer) depends on the token's features alone, so it is computed for the
    distinct feature rows and gathered; every row is computed by the same layers as before, so the
    vectors, and the entities, are the same (``tests/test_perf_names_model.py``,
    ``tests/test_names_model_vectors.py``).  Training never uses this path (``is_train``)."""
    try:
        (embed, encode), to_array, linear = tok2vec.layers[0].layers, tok2vec.layers[1], tok2vec.layers[2]
    except (ValueError, IndexError):
        return  # another architecture: left as it is
    distinct = _distinct_embedder(embed)
    if distinct is None or not encode.name.startswith("with_array(residual"):
        return
    original = tok2vec._func

    def forward(model, docs: list[Doc], is_train: bool):
        if is_train or not docs or not sum(len(doc) for doc in docs):
            return original(model, docs, is_train)
        vectors = distinct(docs)
        per_doc = numpy.split(vectors, numpy.cumsum([len(doc) for doc in docs])[:-1])
        encoded: list = []
        for chunk in _chunks(per_doc, ENCODE_CHUNK):
            encoded += encode.predict(chunk)
        return linear.predict(to_array.predict(encoded)), _no_backprop

    forward.original = original  # spaCy's own forward, for the equality test
    tok2vec._func = forward


def _distinct_embedder(embed):
    """``docs -> (tokens x width)`` computing spaCy's MultiHashEmbed once per distinct token, or None
    for another layout.  Layouts: chain(extract, list2ragged, hashes, mix, ragged2list), or with static
    vectors chain(concatenate(chain(extract, list2ragged, hashes), static_vectors), mix, ragged2list)."""
    layers = embed.layers
    static = None
    if len(layers) == 5:
        extract, _, hashes, mix, _ = layers
    elif len(layers) == 3 and len(layers[0].layers) == 2 and len(layers[0].layers[0].layers) == 3:
        (features, static), mix = layers[0].layers, layers[1]
        extract, _, hashes = features.layers
        if static.name != "static_vectors":
            return None
    else:
        return None
    if extract.name != "extract_features":
        return None

    def run(docs: list[Doc]):
        table = numpy.concatenate(extract.predict(docs))
        if static is None:
            rows, inverse = numpy.unique(table, axis=0, return_inverse=True)
            return mix.predict(hashes.predict(rows))[inverse.reshape(-1)]
        vectors = docs[0].vocab.vectors
        keys = numpy.concatenate([doc.to_array(vectors.attr) for doc in docs])
        found = vectors.find(keys=keys).astype(numpy.int64).astype(numpy.uint64)  # -1 (no vector) wraps
        rows, inverse = numpy.unique(numpy.column_stack([table, found]), axis=0, return_inverse=True)
        hashed = hashes.predict(numpy.ascontiguousarray(rows[:, :-1]))
        return mix.predict(numpy.hstack([hashed, _static_rows(static, vectors, rows[:, -1])]))[inverse.reshape(-1)]

    return run


def _static_rows(static, vectors, found) -> numpy.ndarray:
    """The StaticVectors layer's output for vector rows ``found`` (wrapped -1: no vector, a zero row)."""
    rows = found.astype(numpy.int64)
    projected = static.ops.gemm(static.ops.as_contig(vectors.data[rows]), static.get_param("W"), trans2=True)
    projected[rows < 0] = 0
    return projected


def _no_backprop(_gradient):
    raise RuntimeError("the fast names NER path is for inference only")


def _chunks(arrays: list, size: int) -> list[list]:
    """Consecutive runs of ``arrays`` of about ``size`` rows each (a longer array makes a run alone)."""
    runs: list[list] = [[]]
    rows = 0
    for array in arrays:
        if rows >= size:
            runs.append([])
            rows = 0
        runs[-1].append(array)
        rows += len(array)
    return runs


# A sentence ends after 。！？ or a line break: the model was trained on sentences, and many short docs
# go through the parser as one batch far faster than one long doc.
SENTENCE_END = re.compile(r"[。！？!?\n]")
# Where a gold news text is cut into training sentences: after a run of end marks (or a line break) and the
# spaces that follow, the run-time cut of ``sentence_pieces`` read on characters.
SENTENCE_CUT = re.compile(r"[。！？!?\n]+\s*")
# Sentences per ``ner.pipe`` batch (the parser steps through a quarter of it at a time): its per-step
# work is shared by all sentences in a step, so a whole document in one batch is cheapest.
PARSER_BATCH = 4096


def predict(doc: Doc, path: Path | None = None, text: str | None = None) -> list[tuple[int, int, str]]:
    """Character spans (start, end, type) the model finds in ``doc``; the doc is left untouched.
    ``text`` is ``doc.text`` when the caller has it (building it walks every token)."""
    path = path or model_dir()
    ner = load_ner(path)
    if ner is None or not len(doc):
        return []
    for label in TYPES:  # the doc may come from another Vocab than the model's
        doc.vocab.strings.add(label)
    # Static vectors are read from the pieces' vocab: with vectors, the pieces are built in the model's.
    vocab = ner.vocab if ner.vocab.vectors.size else doc.vocab
    pieces = sentence_pieces(doc, text, script=uses_script(path), vocab=vocab)
    spans = []
    batched = ner.pipe((p for _, p in pieces), batch_size=PARSER_BATCH)
    for (offset, _), piece in zip(pieces, batched, strict=True):
        spans += [(offset + e.start_char, offset + e.end_char, e.label_) for e in piece.ents]
    return spans


def sentence_pieces(
    doc: Doc, text: str | None = None, script: bool = False, vocab: Vocab | None = None
) -> list[tuple[int, Doc]]:
    """The sentences of ``doc`` as new Docs (words, spaces and tags: all the model reads), each with the
    character offset of its start; a sentence ends after a token that holds or is followed by an end
    mark, and takes the line break or spaces that follow it.  ``script``: tags are ``feature_tag``s;
    ``vocab``: the pieces' Vocab (default ``doc.vocab``)."""
    text = doc.text if text is None else text
    vocab = doc.vocab if vocab is None else vocab
    array = doc.to_array([IDX, LENGTH, SPACY, TAG])
    strings = doc.vocab.strings
    names = {h: strings[h] for h in set(array[:, 3].tolist())}
    starts, lengths, spaces, tags = (array[:, col].tolist() for col in range(4))
    pieces, first = [], 0
    for i, start in enumerate(starts):
        end = start + lengths[i] + spaces[i]
        last = i + 1 == len(starts)
        if last or (SENTENCE_END.search(text, start, end) and not text[starts[i + 1]].isspace()):
            words = [text[s : s + n] for s, n in zip(starts[first : i + 1], lengths[first : i + 1], strict=True)]
            piece_tags = [names[h] for h in tags[first : i + 1]]
            if script:
                piece_tags = [feature_tag(w, t) for w, t in zip(words, piece_tags, strict=True)]
            piece_spaces = [bool(sp) for sp in spaces[first : i + 1]]
            pieces.append((starts[first], Doc(vocab, words=words, spaces=piece_spaces, tags=piece_tags)))
            first = i + 1
    return pieces


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the names NER on the external gold (training splits only).")
    parser.add_argument("--external", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    defaults = Settings()
    for name in ("epochs", "width", "depth", "seed"):
        parser.add_argument(f"--{name}", type=int, default=getattr(defaults, name))
    for name in ("rows", "dropout"):
        parser.add_argument(f"--{name}", type=float, default=getattr(defaults, name))
    parser.add_argument("--script", action="store_true", help="add the script class to the TAG feature")
    parser.add_argument("--validation", action="store_true", help="hold out the validation fold (model selection)")
    parser.add_argument("--vectors", type=Path, help="word vectors for the embedding: an installed ja_ginza package")
    parser.add_argument("--gold", type=Path, help="gold root (tests/gold): also its news train split")
    parser.add_argument("--news-repeat", type=int, default=1, help="times each news training sentence is seen an epoch")
    args = parser.parse_args(argv)
    settings = Settings(args.epochs, args.width, args.depth, args.rows, args.dropout, args.seed, args.script)
    train(args.external, args.out, settings, args.validation, args.vectors, args.gold, args.news_repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
