"""A small logistic-regression cue detector for English verbs.

PolNeAR counts stances and intentions as attributions (*is defending*,
*backed*, *unleashed*), whose lemmas are too ambiguous for a word list. This
model scores each verb in its context (lemma, dependency, children, quotes,
subject) and is trained here on ``../shared/gold/polnear-train.jsonl`` by
``scripts/train_en_cues.py``; the package ships its weights only
(``nlp/lang/data/en_cue_model.npz``: hashed feature weights, no text).
"""

from __future__ import annotations

import functools
import zipfile
import zlib
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import ConfigError, Errors

if TYPE_CHECKING:
    from spacy.tokens import Token

DIM = 1 << 18
MODEL_FILE = "en_cue_model.npz"


def features(tok: Token) -> list[str]:
    """Context features of a verb token, as strings (hashed later)."""
    lemma = tok.lemma_.lower()
    head = tok.head
    kids = sorted({c.dep_ for c in tok.children})
    feats = [f"l={lemma}", f"t={tok.tag_}", f"d={tok.dep_}", f"l+d={lemma}|{tok.dep_}",
             f"h={head.lemma_.lower()}|{tok.dep_}", f"hp={head.pos_}"]
    feats += [f"k={k}" for k in kids] + [f"l+k={lemma}|{k}" for k in kids]
    for c in tok.children:
        if c.dep_ == "prep":
            feats.append(f"l+p={lemma}|{c.lower_}")
        if c.dep_ in ("nsubj", "nsubjpass"):
            feats.append(f"s={c.pos_}|{c.ent_type_}")
        if c.dep_ == "mark" or (c.dep_ == "ccomp" and any(g.dep_ == "mark" for g in c.children)):
            feats.append("that-clause")
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    feats.append(f"prev={prev.lower_ if prev is not None else '<s>'}")
    feats.append(f"next={nxt.lower_ if nxt is not None else '</s>'}")
    sent = tok.sent
    quotes = sum(1 for t in sent if t.is_quote or t.text in ("“", "”", "''", "``"))
    feats.append(f"quotes={min(quotes, 3)}")
    feats.append("bias")
    # Who holds the stance and what it is about: the subject's class and
    # lemma, the object and its preposition, an infinitive, a negation, the
    # verb it depends on, and the lemma's ending for verbs never seen in
    # training (average precision on the first 200 polnear-train articles,
    # trained on the other 640: 0.841 -> 0.848).
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            feats += [f"l+s={lemma}|{_np_class(c)}", f"sl={c.lemma_.lower()}"]
        elif c.dep_ in ("dobj", "attr"):
            obj = c.lemma_.lower()
            feats += [f"o={obj}", f"l+o={lemma}|{obj}"]
            feats += [f"o+p={obj}|{g.lower_}" for g in c.children if g.dep_ == "prep"]
        elif c.dep_ == "xcomp":
            feats.append(f"x={c.lemma_.lower()}")
        elif c.dep_ == "neg":
            feats.append("neg")
        elif c.dep_ == "ccomp":
            feats.append(f"cc={'subj' if any(g.dep_ in ('nsubj', 'nsubjpass', 'expl') for g in c.children) else 'nosubj'}")
        elif c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                feats.append(f"l+p+o={lemma}|{c.lower_}|{_np_class(objs[0])}")
    if tok.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl", "conj", "pcomp"):
        feats.append(f"hl+d={head.lemma_.lower()}|{tok.dep_}")
    feats.append(f"suf={lemma[-3:]}")
    # Round 8 (4-fold cross-validation on polnear-train 200:640, verb-level
    # average precision 0.854 -> 0.866; polnear-dev tune 0.881 -> 0.892):
    # particles and auxiliaries, the object's and the subject's class, the
    # clause's head, a wider window of words and tags, quotes before and
    # after the verb, title case and place in the sentence, the head's own
    # relation, the lemma's first letters and the word form.
    for c in tok.children:
        if c.dep_ == "prt":
            feats.append(f"prt={lemma}|{c.lower_}")
        elif c.dep_ in ("aux", "auxpass"):
            feats.append(f"aux={c.lower_}")
        elif c.dep_ in ("dobj", "attr"):
            feats += [f"oc={_np_class(c)}", f"l+oc={lemma}|{_np_class(c)}"]
        elif c.dep_ == "ccomp":
            feats += [f"ccl={c.lemma_.lower()}", f"l+ccpos={lemma}|{c.pos_}"]
        elif c.dep_ in ("nsubj", "nsubjpass"):
            feats.append(f"sc={_np_class(c)}|{c.dep_}")
    for k in (-2, 2):
        j = tok.i + k
        feats.append(f"w{k}={doc[j].lower_ if 0 <= j < len(doc) else '<b>'}")
    feats.append(f"nt={nxt.tag_ if nxt is not None else '-'}")
    feats.append(f"pt={prev.tag_ if prev is not None else '-'}")
    before = any(t.is_quote or t.text in ("“", "”") for t in doc[sent.start:tok.i])
    after = any(t.is_quote or t.text in ("“", "”") for t in doc[tok.i + 1:sent.end])
    feats.append(f"q={int(before)}{int(after)}")
    feats.append(f"shape={'T' if tok.is_title else 'l'}{'S' if tok.i == sent.start else ''}")
    feats.append(f"pos={'first' if tok.i - sent.start < 3 else 'end' if sent.end - tok.i < 4 else 'mid'}")
    feats.append(f"hd={head.dep_}|{tok.dep_}")
    hsubj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if hsubj and tok.dep_ in ("xcomp", "conj", "advcl"):
        feats.append(f"hsc={_np_class(hsubj[0])}")
    feats += [f"pre={lemma[:4]}", f"form={tok.lower_}"]
    return feats


@functools.cache
def _classes() -> dict[str, tuple[str, ...]]:
    from .lang import _lines

    out: dict[str, list[str]] = {}
    for line in _lines("en_verb_classes.txt"):
        cls, lemma = line.split("\t")
        out.setdefault(lemma.strip(), []).append(cls)
    return {k: tuple(v) for k, v in out.items()}


def verb_lemmas() -> frozenset[str]:
    """Every lemma of ``en_verb_classes.txt``."""
    return frozenset(_classes())


def verb_classes(lemma: str) -> tuple[str, ...]:
    """The classes of an English verb lemma in ``en_verb_classes.txt`` (empty if unlisted)."""
    return _classes().get(lemma, ())


_PERSONAL = frozenset(("he", "she", "they", "i", "we", "you", "who"))


def _np_class(tok: Token) -> str:
    """A noun's class for features: its entity type, a personal pronoun, else its part of speech."""
    return tok.ent_type_ or ("PRON_PERS" if tok.lower_ in _PERSONAL else tok.pos_)


def stance_complement(tok: Token) -> str | None:
    """The complement that makes a noun or an adjective a possible stance cue,
    as a kind (``p:of``, ``to``, ``that``), else None: *critical of X*,
    *eager to X*, *confident that X*, *her decision to X*, *opposition to X*."""
    if tok.pos_ not in ("NOUN", "ADJ"):
        return None
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            return f"p:{c.lower_}"
        if c.dep_ in ("xcomp", "acl") and c.left_edge.lower_ == "to" and c.left_edge.i > tok.i:
            return "to"
        if c.dep_ == "ccomp" and tok.pos_ == "ADJ":
            return "that"
    return None


def stance_features(tok: Token) -> list[str]:
    """Features of a noun or adjective with a complement (``stance_complement``)."""
    lemma = tok.lemma_.lower()
    kind = stance_complement(tok) or "none"
    feats = [f"S{f}" for f in features(tok)]
    feats += [f"Spos={tok.pos_}", f"Scx={kind}", f"Sl+cx={lemma}|{kind}", f"Sd+cx={tok.dep_}|{kind}"]
    if any(c.dep_ == "poss" for c in tok.children):
        feats.append("Sposs")
    head = tok.head
    if tok.dep_ in ("acomp", "attr", "dobj"):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            feats.append(f"Ss={subj[0].ent_type_ or subj[0].pos_}")
            feats.append(f"Sl+s={lemma}|{subj[0].ent_type_ or subj[0].pos_}")
        feats.append(f"Sh+d={head.lemma_.lower()}|{tok.dep_}")
    return feats


def _index(feat: str) -> int:
    return zlib.crc32(feat.encode("utf-8")) % DIM


def vectorize(feats: list[str]) -> np.ndarray:
    return np.fromiter((_index(f) for f in feats), dtype=np.int64)


def _model_path() -> Any:
    return resources.files("selon.nlp.lang").joinpath("data", MODEL_FILE)


@functools.lru_cache(maxsize=2)
def _weights(kind: str = "verb") -> np.ndarray:
    # Without its weights English attribution loses most of its recall
    # (content F1 0.78 -> 0.07 on polnear-dev): a missing or broken file is an
    # error naming it, never a silent zero. ``kind``: "verb" (arrays index,
    # weight) or "stance" (nouns and adjectives: stance_index, stance_weight).
    path = _model_path()
    prefix = "" if kind == "verb" else f"{kind}_"
    try:
        with path.open("rb") as f:
            data = np.load(f)
            w = np.zeros(DIM, dtype=np.float32)
            w[data[f"{prefix}index"]] = data[f"{prefix}weight"]
    except (OSError, ValueError, KeyError, IndexError, zipfile.BadZipFile) as exc:
        raise ConfigError(Errors.E113.format(path=f"selon/nlp/lang/data/{MODEL_FILE}", detail=exc)) from exc
    return w


def cue_probability(tok: Token) -> float:
    """Probability that the verb ``tok`` heads an attribution cue."""
    w = _weights()
    z = float(w[vectorize(features(tok))].sum())
    return 1.0 / (1.0 + np.exp(-z))


def stance_probability(tok: Token) -> float:
    """Probability that the noun or adjective ``tok`` (with a complement) heads a stance cue."""
    w = _weights("stance")
    z = float(w[vectorize(stance_features(tok))].sum())
    return 1.0 / (1.0 + np.exp(-z))


def lemma_weight(lemma: str) -> float:
    """The learned weight of the lemma feature alone: 0 for a lemma never seen in training."""
    return float(_weights()[_index(f"l={lemma}")])


def train(rows: list[tuple[list[str], int]], *, iterations: int = 300, lr: float = 0.05,
          l2: float = 1e-4) -> np.ndarray:
    """Logistic regression on hashed features, full batch, by Adam; returns the weight vector.

    The loss is the mean log loss plus ``l2`` times the squared weights
    (round 8: 4-fold cross-validation on polnear-train 200:640, verb-level
    average precision: per-example SGD 0.848, this 0.854; l2 1e-5 0.838, 3e-4 0.847).
    Deterministic: no sampling."""
    idx = [vectorize(f) for f, _ in rows]
    n = len(rows)
    rid = np.repeat(np.arange(n), [len(j) for j in idx])
    flat = np.concatenate(idx)
    y = np.array([y for _, y in rows], dtype=np.float64)
    w = np.zeros(DIM)
    m = np.zeros(DIM)
    v = np.zeros(DIM)
    b1, b2 = 0.9, 0.999
    for t in range(1, iterations + 1):
        p = 1.0 / (1.0 + np.exp(-np.bincount(rid, weights=w[flat], minlength=n)))
        g = np.bincount(flat, weights=((p - y) / n)[rid], minlength=DIM) + l2 * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    return w.astype(np.float32)


def save(w: np.ndarray, path: str, stance: np.ndarray | None = None) -> None:
    """Keep only non-zero weights (the verb model, and the stance model if given)."""
    arrays = {}
    for prefix, weights in (("", w), ("stance_", stance)):
        if weights is not None:
            nz = np.nonzero(np.abs(weights) > 1e-4)[0]
            arrays[f"{prefix}index"] = nz.astype(np.int32)
            arrays[f"{prefix}weight"] = weights[nz].astype(np.float32)
    np.savez_compressed(path, **arrays)
