"""Counts over the stored articles for the web app: sources by name and type, outlets by host."""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any
from urllib.parse import urlparse


def source_counts(db: sqlite3.Connection, limit: int = 100, offset: int = 0,
                  type: str | None = None) -> list[dict[str, Any]]:
    """Return sources with the number of articles citing them, most cited first."""
    where = "WHERE type = ? " if type else ""
    rows = db.execute(
        "SELECT min(name), type, count(DISTINCT article_id) AS n, max(state_affiliated), "
        "max(party_to_conflict), max(affiliation_country) FROM sources " + where
        + "GROUP BY name COLLATE NOCASE, type ORDER BY n DESC, min(name) COLLATE NOCASE "
        "LIMIT ? OFFSET ?", [*([type] if type else []), limit, offset])
    return [{"name": r[0], "type": r[1], "articles": r[2], "state_affiliated": bool(r[3]),
             "party_to_conflict": None if r[4] is None else bool(r[4]), "country": r[5]}
            for r in rows]


def source_type_counts(db: sqlite3.Connection) -> dict[str, int]:
    """Return ``{source type: number of articles citing a source of that type}``."""
    rows = db.execute("SELECT coalesce(type, 'unknown'), count(DISTINCT article_id) FROM sources "
                      "GROUP BY 1 ORDER BY 2 DESC")
    return {r[0]: r[1] for r in rows}


def outlet_counts(db: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """Return outlets (the host of each article's URL) with their article counts."""
    hosts: Counter[str] = Counter()
    for (url,) in db.execute("SELECT url FROM articles WHERE url IS NOT NULL"):
        host = urlparse(url).netloc.lower()
        if host:
            hosts[host[4:] if host.startswith("www.") else host] += 1
    return [{"outlet": h, "articles": n} for h, n in hosts.most_common(limit)]
