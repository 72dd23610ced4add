"""Generate inflected forms of regular verbs from their lemma.

Only regular patterns are generated (French first-group *-er* verbs, English
*-s/-ed/-ing*, plus a short table of English irregular past forms); other
verbs are matched through spaCy's lemma.
"""

from __future__ import annotations

_FR_ER_ENDINGS = (
    "e", "es", "ent", "ons", "ez", "ais", "ait", "aient", "ions", "iez", "a", "as", "âmes",
    "èrent", "erai", "era", "eront", "erait", "eraient", "é", "ée", "és", "ées", "ant", "er",
)

_EN_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "find": ("found",),
    "show": ("shown",), "think": ("thought",), "feel": ("felt",), "know": ("knew", "known"),
    "tweet": ("tweeted",), "hold": ("held",), "swear": ("swore", "sworn"),
    "forecast": ("forecast",), "speak": ("spoke", "spoken"),
}


def _fr(lemma: str) -> set[str]:
    if not lemma.endswith("er") or " " in lemma:
        return {lemma}
    stem = lemma[:-2]
    forms = set()
    for end in _FR_ER_ENDINGS:
        s = stem
        # -cer/-ger keep their sound before a/o: "annonçait", "jugeait".
        if end[0] in "aâo":
            if s.endswith("c"):
                s = s[:-1] + "ç"
            elif s.endswith("g"):
                s = s + "e"
        forms.add(s + end)
    return forms


def _en(lemma: str) -> set[str]:
    if " " in lemma:
        return {lemma}
    forms = {lemma}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    else:
        es = "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s"
        forms |= {lemma + es, lemma + "ed", lemma + "ing"}
    forms |= set(_EN_IRREGULAR.get(lemma, ()))
    return forms


def inflections(lemma: str, lang: str) -> set[str]:
    """Return the lemma and its generated regular forms, lower case."""
    return _fr(lemma.lower()) if lang == "fr" else _en(lemma.lower())
