"""Match an article's claims against known narratives (imported case lists).

Each claim (an attribution's content, else a sentence) is embedded once; one
matrix product scores it against every case, and each claim's scores are
standardised (z-scores), so ``NarrativeMatch.score`` reads "standard
deviations above this claim's mean similarity". The best pool of cases is then
re-ranked with the names they share with the article (IDF-weighted, so
"Deir Ezzor" counts far more than "Russia") and, when the article is dated,
with how close the case's date is.
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import numpy as np

from ..errors import Errors, StoreError
from ..model import Article, NarrativeCase, NarrativeMatch
from ..store import NarrativeIndex, connect, count_narratives, load_narrative_index
from .embed import Embedder, Vectors

log = logging.getLogger("selon.narratives")

# How many best vector hits are re-ranked with names and dates. Chosen so the
# pool is ~1% of a 10k-case list: on our French paraphrases every right case
# that ends in the top 5 starts within the top 20 by vector score alone.
RERANK_POOL = 100
# An article longer than this many claims keeps its first ones (the lede).
MAX_CLAIMS = 120
# Claims shorter than this many characters ("Il l'a dit.") carry no narrative.
MIN_CLAIM_CHARS = 25
# A claim's cosines are standardised against all cases (z-scores): a short,
# generic sentence ("Selon le site libanais El Nashra, ...") is close to
# many titles at once, and its raw cosines would outrank a precise claim's.
# On the seed article the right case went from rank 29 (raw cosine) to 3.
# With fewer cases than this, the row statistics are noise, so the fixed
# reference below is used instead.
MIN_CASES_FOR_Z = 50
# Mean and spread of e5 cosines between news sentences and unrelated case
# titles, measured on posts.csv (10,892 titles; seed sentences and our
# paraphrases): row means 0.75-0.81, row standard deviations ~0.021.
REF_MEAN = 0.78
REF_STD = 0.021
# Floor on a row's standard deviation, so a degenerate row can't explode.
MIN_STD = 0.005
# Weights, in z units, of the shared-names share (0-1) and of date proximity.
# A right case sits 4-8 z above the mean; 1.5 z moves a case a few ranks,
# not from noise to the top. Tuned on benchmarks/narratives_eval.py over all
# 10,892 cases: name weight 0 gave recall@1 0.97 on the one-sentence
# paraphrases but put the seed article's case 3rd; 1.5 gave 0.94 and 1st;
# 3 gave 0.88. Whole articles, with many names, are the real use.
NAME_WEIGHT = 1.5
DATE_WEIGHT = 1.0
# A case 30 days from the article's date keeps e^-1 of the date bonus.
DATE_SCALE_DAYS = 30.0

# French (and English variant) names → the English key used in case lists.
# Keys are accent-free, lower-case, letters and digits only ("États-Unis" →
# "etatsunis").
ALIASES: dict[str, str] = {
    "etatsunis": "us", "usa": "us", "unitedstates": "us", "amerique": "us", "americain": "us",
    "americains": "us", "americaine": "us", "americaines": "us", "washington": "us",
    "daech": "isis", "daesh": "isis", "etatislamique": "isis", "islamicstate": "isis",
    "isil": "isis", "ei": "isis",
    "russie": "russia", "russe": "russia", "russes": "russia", "kremlin": "russia",
    "otan": "nato", "ue": "eu", "unioneuropeenne": "eu", "europeanunion": "eu",
    "allemagne": "germany", "berlin": "germany", "royaumeuni": "uk", "grandebretagne": "uk",
    "unitedkingdom": "uk", "britain": "uk", "londres": "uk", "syrie": "syria", "syrien": "syria",
    "syrienne": "syria", "pologne": "poland", "varsovie": "poland", "lituanie": "lithuania",
    "lettonie": "latvia", "estonie": "estonia", "bielorussie": "belarus", "georgie": "georgia",
    "chine": "china", "kiev": "kyiv", "moscou": "moscow", "crimee": "crimea",
    "donbass": "donbas", "turquie": "turkey", "irak": "iraq", "libye": "libya",
    "bolivie": "bolivia", "armenie": "armenia", "azerbaidjan": "azerbaijan",
    "moldavie": "moldova", "hongrie": "hungary", "suede": "sweden", "norvege": "norway",
    "finlande": "finland", "espagne": "spain", "italie": "italy", "grece": "greece",
    "paysbas": "thenetherlands", "netherlands": "thenetherlands", "onu": "un", "oms": "who",
    "france": "france", "paris": "france", "ukraine": "ukraine", "ukrainien": "ukraine",
    "ukrainienne": "ukraine", "ukrainiens": "ukraine",
    "deirezzour": "deirezzor", "deiralzor": "deirezzor",
}
# Capitalised words that start sentences or titles but name nothing.
_STOP = frozenset("""
le la les un une des du de selon dans pour par sur avec mais et ou donc il elle ils elles on
ce cette ces au aux en est sont a the an of in on to for by with and or but it its this that these
those he she they we according après apres avant lors depuis pendant d l c qu que qui
""".split())
_CAP_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ -](?:[a-z]{1,3}[-’'])?[A-ZÀ-ÖØ-Þ][\w’'-]*)*")
_SENT_SPLIT = re.compile(r"(?<=[.!?…])[»\"”]?\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|\n+")


def _fold(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", folded)


def _key(name: str) -> str:
    key = _fold(name)
    return ALIASES.get(key, key)


def name_keys(names: Iterable[str]) -> set[str]:
    """Return the match keys of names: the whole name and each of its words, aliased to English."""
    keys = set()
    for name in names:
        whole = _key(name)
        if whole and whole not in _STOP:
            keys.add(whole)
        if _fold(name) in ALIASES:
            # "États-Unis" is one name, "us"; "etats" and "unis" alone mean nothing.
            continue
        for word in re.split(r"[\s'’-]+", name):
            k = _key(word)
            if (len(k) >= 3 and k not in _STOP) or k in ("us", "eu", "uk", "un"):
                keys.add(k)
    return keys


def _capitalised(text: str) -> list[str]:
    return [m.group(0) for m in _CAP_RUN.finditer(text)]


def article_names(article: Article) -> set[str]:
    """Return the name keys of an article: its entities and places, else its capitalised words."""
    names = [n for e in article.entities for n in (e.name, *e.aliases)]
    names += [p.name for p in article.places]
    return name_keys(names or _capitalised(f"{article.title or ''}\n{article.text}"))


def case_names(case: NarrativeCase) -> set[str]:
    """Return the name keys of a case: countries, keywords and capitalised title words."""
    return name_keys([*case.countries, *case.keywords, *_capitalised(case.title)])


def article_claims(article: Article) -> list[str]:
    """Return the claims to match: attribution contents when present, else sentences."""
    texts = [a.content.text for a in article.attributions]
    if not texts:
        texts = _SENT_SPLIT.split(article.text)
        if article.title:
            texts.insert(0, article.title)
    seen: dict[str, None] = {}
    for t in texts:
        t = " ".join(t.split())
        if len(t) >= MIN_CLAIM_CHARS:
            seen.setdefault(t, None)
    return list(seen)[:MAX_CLAIMS]


def _days_apart(a: str | None, b: str | None) -> float | None:
    try:
        return abs((date.fromisoformat((a or "")[:10]) - date.fromisoformat((b or "")[:10])).days)
    except ValueError:
        return None


class NarrativeMatcher:
    """Known narratives held in memory (one float32 matrix) for fast matching."""

    def __init__(self, index: NarrativeIndex, embedder: Embedder, where: str = "the store") -> None:
        if not index.cases:
            raise StoreError(Errors.E071.format(path=where))
        stale = [m for m in index.models if m != embedder.name]
        if stale:
            raise StoreError(Errors.E073.format(path=where, stored=", ".join(stale),
                                                current=embedder.name))
        self.index = index
        self.embedder = embedder
        self._names: dict[int, set[str]] = {}
        df: Counter[str] = Counter()
        for i, case in enumerate(index.cases):
            self._names[i] = case_names(case)
            df.update(self._names[i])
        n = len(index.cases)
        self._idf = {k: math.log(n / c) for k, c in df.items()}

    @classmethod
    def from_db(cls, db: sqlite3.Connection, embedder: Embedder) -> NarrativeMatcher:
        """Load every stored case; raises StoreError when there are none or they are stale."""
        where = db.execute("PRAGMA database_list").fetchone()[2] or ":memory:"
        return cls(load_narrative_index(db), embedder, where=where)

    @staticmethod
    def _standardise(sims: Vectors) -> Vectors:
        if sims.shape[1] < MIN_CASES_FOR_Z:
            return (sims - REF_MEAN) / REF_STD
        mean = sims.mean(axis=1, keepdims=True)
        std = np.maximum(sims.std(axis=1, keepdims=True), MIN_STD)
        z: Vectors = (sims - mean) / std
        return z

    def _name_share(self, i: int, names: set[str]) -> float:
        # The IDF-weighted share of the case's names that the article mentions.
        own = self._names[i]
        total = sum(self._idf.get(k, 0.0) for k in own)
        if not total:
            return 0.0
        return sum(self._idf.get(k, 0.0) for k in own & names) / total

    def match(self, article: Article, top_k: int = 5) -> list[NarrativeMatch]:
        """Return the ``top_k`` best cases for the article, each with the claim that matched."""
        # 1. embed claims; 2. cosine of every claim × case, best claim per case;
        # 3. re-rank a pool with shared names and dates; 4. keep top_k.
        claims = article_claims(article)
        if not claims or top_k <= 0:
            return []
        sims = self._standardise(self.embedder.embed(claims) @ self.index.matrix.T)
        best_claim = sims.argmax(axis=0)
        best = sims.max(axis=0)
        pool_size = min(RERANK_POOL, len(best))
        pool = np.argpartition(-best, pool_size - 1)[:pool_size]
        names = article_names(article)
        scored = []
        for i in pool.tolist():
            case = self.index.cases[i]
            score = float(best[i]) + NAME_WEIGHT * self._name_share(i, names)
            days = _days_apart(article.published, case.date)
            if days is not None:
                score += DATE_WEIGHT * math.exp(-days / DATE_SCALE_DAYS)
            scored.append((score, i))
        scored.sort(key=lambda s: (-s[0], self.index.cases[s[1]].id))
        return [NarrativeMatch(id=self.index.cases[i].id, title=self.index.cases[i].title,
                               date=self.index.cases[i].date, score=round(score, 4),
                               claim=claims[int(best_claim[i])]) for score, i in scored[:top_k]]


def open_matcher(path: str | Path) -> NarrativeMatcher | None:
    """Return a matcher over the store's narratives, or None when it holds none (model not loaded)."""
    db = connect(path)
    try:
        if count_narratives(db) == 0:
            log.warning("The store '%s' holds no narratives; articles get none. Import a case "
                        "list with: selon narratives import FILE.csv --db %s", path, path)
            return None
        from .embed import E5Embedder

        return NarrativeMatcher.from_db(db, E5Embedder())
    finally:
        db.close()


def match_narratives(db: sqlite3.Connection, article: Article, top_k: int = 5,
                     embedder: Embedder | None = None) -> list[NarrativeMatch]:
    """Return the ranked known-narrative cases matching the article's claims."""
    if embedder is None:
        from .embed import E5Embedder

        embedder = E5Embedder()
    return NarrativeMatcher.from_db(db, embedder).match(article, top_k)
