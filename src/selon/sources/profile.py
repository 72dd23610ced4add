"""The sourcing profile of an article: who the claims come from, in counts and shares.

Every figure carries the ids of the attributions behind it, so the UI can highlight
them. Each definition is written in docs/kb.md ("Sourcing profile").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..model import Article, Attribution, Source

PROFILE_VERSION = 1
_MEDIA = {"media", "state_media", "news_agency", "social_media"}

# Sign-offs that name no precise source: "Source: Divers", "Source : agences",
# "Sources: divers", "(avec AFP)", "Avec agences", "(AFP, Reuters)" on a line of its own.
SIGNOFF = re.compile(
    r"(?im)^[ \t]*(?:sources?[ \t]*:[ \t]*(?:divers|agences?|médias|medias|presse|internet|"
    r"réseaux sociaux|afp|reuters|ap|belga|ats|[\w .,/&-]{1,40}?(?:agences?|divers))"
    r"|\(?avec[ \t]+(?:afp|reuters|ap|ats|belga|agences?|l'afp|l’afp)(?:[ \t]*(?:,|et)[ \t]*[\w']+)*\)?"
    r"|\((?:afp|reuters|ap|ats|belga)(?:[ \t]*(?:,|/)[ \t]*\w+)*\))[ \t]*\.?[ \t]*$"
    r"|\(avec[ \t]+(?:afp|reuters|ap|ats|belga|agences?|l'afp|l’afp)\)")


def _share(ids: Iterable[str], total: int) -> dict[str, Any]:
    ids = list(ids)
    return {"count": len(ids), "share": round(len(ids) / total, 3) if total else 0.0, "ids": ids}


def longest_chain(attributions: Iterable[Attribution]) -> list[str]:
    """Return the ids of the longest chain of attributions linked by ``parent``, outermost first."""
    by_id = {a.id: a for a in attributions}
    best: list[str] = []
    for att in by_id.values():
        chain, seen = [att.id], {att.id}
        parent = att.parent
        while parent in by_id and parent not in seen:  # a cycle in bad input must not hang
            chain.append(parent)
            seen.add(parent)
            parent = by_id[parent].parent
        if len(chain) > len(best):
            best = chain
    return list(reversed(best))


def find_signoffs(text: str) -> list[dict[str, Any]]:
    """Return the unsourced sign-offs of ``text`` as spans ("Source: Divers", "(avec AFP)")."""
    out = []
    for m in SIGNOFF.finditer(text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        end = m.start() + len(m.group(0).rstrip(" \t."))
        out.append({"start": start, "end": end, "text": text[start:end]})
    return out


def build_profile(article: Article, sources: Iterable[Source]) -> dict[str, Any]:
    """Return the sourcing profile of ``article`` given its typed sources."""
    atts = list(article.attributions)
    total = len(atts)
    source_of: dict[str, Source] = {a: s for s in sources for a in s.attributions}
    named = [a.id for a in atts if a.id in source_of and not source_of[a.id].anonymous]
    anonymous = [a.id for a in atts if a.id in source_of and source_of[a.id].anonymous]
    unsourced = [a.id for a in atts if a.id not in source_of]
    party = [a.id for a in atts if a.id in source_of and source_of[a.id].party_to_conflict]
    state = [a.id for a in atts if a.id in source_of and source_of[a.id].state_affiliated]
    hedged = [a.id for a in atts if a.hedged]
    negated = [a.id for a in atts if a.negated]
    second = [a.id for a in atts if a.parent in source_of and source_of[a.parent].type in _MEDIA]
    chain = longest_chain(atts)
    srcs = {s.id: s for s in source_of.values()}.values()
    once = [s for s in srcs if len(s.attributions) == 1]
    many = [s for s in srcs if len(s.attributions) > 1]
    by_type: dict[str, list[str]] = {}
    for a in atts:
        if a.id in source_of:
            by_type.setdefault(source_of[a.id].type, []).append(a.id)
    return {
        "version": PROFILE_VERSION,
        "claims": total,
        "sources": len(srcs),
        "named": _share(named, total),
        "anonymous": _share(anonymous, total),
        "unsourced": _share(unsourced, total),
        "party_to_conflict": _share(party, total),
        "state_media": _share(state, total),
        "hedged": _share(hedged, total),
        "negated": _share(negated, total),
        "second_hand": _share(second, total),
        "longest_chain": {"length": len(chain), "ids": chain},
        "sources_once": {"count": len(once), "ids": [i for s in once for i in s.attributions]},
        "sources_many": {"count": len(many), "ids": [i for s in many for i in s.attributions]},
        "by_type": {t: _share(ids, total) for t, ids in sorted(by_type.items())},
        "signoffs": find_signoffs(article.text),
    }
