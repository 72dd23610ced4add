"""Every named attribution rule (selon/extract/rules.py) gives what its examples say."""

from __future__ import annotations

from pathlib import Path

import pytest

from selon.extract.rules import RULES

_DATA = Path(__file__).resolve().parents[2] / "src" / "selon" / "nlp" / "lang" / "data"
_EXAMPLES = [(r.name, ex) for r in RULES for ex in r.examples]


def test_rules_have_unique_names_and_their_data_files_exist():
    assert len({r.name for r in RULES}) == len(RULES)
    for r in RULES:
        for name in r.data:
            if name.startswith("data/"):
                continue
            for lang in ("fr", "en"):
                path = _DATA / name.format(lang=lang)
                if "{lang}" in name or name.startswith(lang):
                    assert path.exists(), f"{r.name}: {path.name} missing"


@pytest.mark.parametrize("name,ex", _EXAMPLES, ids=[f"{n}-{e.lang}-{i}" for i, (n, e) in enumerate(_EXAMPLES)])
def test_rule_example(analyze_fr, analyze_en, name, ex):
    art = (analyze_fr if ex.lang == "fr" else analyze_en)(ex.text, layers=["attributions"])
    found = [a for a in art.attributions if a.cue.text == ex.cue and ex.content in a.content.text]
    assert found, f"{name}: no ({ex.cue!r}, …{ex.content}…) in {[(a.cue.text, a.content.text) for a in art.attributions]}"
    att = found[0]
    assert (att.source.text if att.source else None) == ex.source
    if name == "polarity":
        assert att.negated
    if name == "channel":
        assert att.parent is not None
    if name == "document-author":  # the author is the parent, cued by the document noun
        parent = next(a for a in art.attributions if a.id == att.parent)
        assert parent.source.text in att.source.text and parent.source.text != att.source.text
        assert parent.cue.text in att.source.text and parent.content.text == att.content.text
    if name == "pronoun-source":
        assert att.source_ref and "Morel" in att.source_ref
