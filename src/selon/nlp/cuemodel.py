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
    return feats


def _index(feat: str) -> int:
    return zlib.crc32(feat.encode("utf-8")) % DIM


def vectorize(feats: list[str]) -> np.ndarray:
    return np.fromiter((_index(f) for f in feats), dtype=np.int64)


def _model_path() -> Any:
    return resources.files("selon.nlp.lang").joinpath("data", MODEL_FILE)


@functools.lru_cache(maxsize=1)
def _weights() -> np.ndarray:
    # Without its weights English attribution loses most of its recall
    # (content F1 0.78 -> 0.07 on polnear-dev): a missing or broken file is an
    # error naming it, never a silent zero.
    path = _model_path()
    try:
        with path.open("rb") as f:
            data = np.load(f)
            w = np.zeros(DIM, dtype=np.float32)
            w[data["index"]] = data["weight"]
    except (OSError, ValueError, KeyError, IndexError, zipfile.BadZipFile) as exc:
        raise ConfigError(Errors.E113.format(path=f"selon/nlp/lang/data/{MODEL_FILE}", detail=exc)) from exc
    return w


def cue_probability(tok: Token) -> float:
    """Probability that the verb ``tok`` heads an attribution cue."""
    w = _weights()
    z = float(w[vectorize(features(tok))].sum())
    return 1.0 / (1.0 + np.exp(-z))


def lemma_weight(lemma: str) -> float:
    """The learned weight of the lemma feature alone: 0 for a lemma never seen in training."""
    return float(_weights()[_index(f"l={lemma}")])


def train(rows: list[tuple[list[str], int]], *, epochs: int = 8, lr: float = 0.2,
          l2: float = 1e-6, seed: int = 0) -> np.ndarray:
    """Logistic regression by SGD on hashed features; returns the weight vector."""
    rng = np.random.default_rng(seed)
    w = np.zeros(DIM, dtype=np.float32)
    idx = [vectorize(f) for f, _ in rows]
    ys = np.array([y for _, y in rows], dtype=np.float32)
    for epoch in range(epochs):
        step = lr / (1 + epoch)
        for i in rng.permutation(len(rows)):
            j = idx[i]
            p = 1.0 / (1.0 + np.exp(-w[j].sum()))
            g = p - ys[i]
            w[j] -= step * (g + l2 * w[j])
    return w


def save(w: np.ndarray, path: str) -> None:
    """Keep only non-zero weights."""
    nz = np.nonzero(np.abs(w) > 1e-4)[0]
    np.savez_compressed(path, index=nz.astype(np.int32), weight=w[nz].astype(np.float32))
