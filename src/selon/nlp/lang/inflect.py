"""Generate inflected forms of regular verbs from their lemma.

Only regular patterns are generated (French first-group *-er* verbs, English
*-s/-ed/-ing*, plus a short table of English irregular past forms); other
verbs are matched through spaCy's lemma.
"""

from __future__ import annotations

import re

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
    # Before a silent ending (e, es, ent) the stem's last e changes: é → è (inquiète, suggère, révèle),
    # e → è (soulève, amène), and -eler/-eter double their consonant (appelle, rappelle, jette).
    m = re.search(r"([ée])([^aeiouéèêy]+)$", stem)
    if m:
        if m.group(1) == "e" and m.group(2) in ("l", "t"):
            silent = stem + m.group(2)
        elif m.group(1) == "é" or len(m.group(2)) == 1:
            silent = stem[:m.start(1)] + "è" + m.group(2)
        else:
            silent = None
        if silent is not None:
            forms |= {silent + end for end in ("e", "es", "ent")}
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
