"""The scorer of GUIDELINES.md "Scoring", on small hand-built gold and predictions, and against
the reference implementation ../shared/gold/score_attr.py (read in place)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selon.errors import IngestError
from selon.evaluate import (
    evaluate,
    load_jsonl,
    match_contents,
    overlap_ratio,
    score_document,
    source_correct,
    summary_line,
)

TEXT = ("Marie Dupont, la maire, a déclaré lundi que le pont serait fermé. "
        "Elle a ajouté que les travaux dureraient deux mois, citant un rapport d'experts. "
        "Selon la préfecture, la circulation aurait déjà été déviée.")


def sp(needle: str, nth: int = 0, text: str = TEXT) -> dict[str, Any]:
    """The gold-format span of the nth occurrence of ``needle``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def rng(start: int, end: int, text: str = TEXT) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def att(aid: str, content: dict[str, Any], *, source: dict[str, Any] | None = None,
        source_ref: str | None = None, cue: dict[str, Any] | None = None, parent: str | None = None,
        hedged: bool | None = False) -> dict[str, Any]:
    return {"id": aid, "source": source, "source_ref": source_ref, "cue": cue or content,
            "content": content, "parent": parent, "hedged": hedged}


def doc(atts: list[dict[str, Any]], hedges: list[dict[str, Any]] | None = None, *, lang: str = "fr",
        did: str = "d1", text: str = TEXT) -> dict[str, Any]:
    return {"id": did, "lang": lang, "text": text, "attributions": atts, "hedges": hedges or []}


GOLD_CONTENT = rng(10, 20)


@pytest.mark.parametrize("pred, ratio", [
    (rng(10, 13), 0.3),
    (rng(10, 18), 0.8),
    (rng(10, 20), 1.0),
    (rng(0, 40), 1.0),    # a longer prediction covers all of the gold
    (rng(20, 30), 0.0),   # touching is not overlapping
    (rng(15, 40), 0.5),
])
def test_evaluate_overlap_ratio_is_relative_to_gold(pred: dict[str, Any], ratio: float) -> None:
    assert overlap_ratio(GOLD_CONTENT, pred) == pytest.approx(ratio)


@pytest.mark.parametrize("pred, at03, at08, exact", [
    (rng(10, 12), 0, 0, 0),   # 0.2 of the gold
    (rng(10, 13), 1, 0, 0),   # 0.3: the threshold is inclusive
    (rng(10, 17), 1, 0, 0),   # 0.7
    (rng(10, 18), 1, 1, 0),   # 0.8
    (rng(9, 20), 1, 1, 0),    # all of it plus one character: not exact
    (rng(10, 20), 1, 1, 1),
])
def test_evaluate_thresholds_03_08_exact(pred: dict[str, Any], at03: int, at08: int, exact: int) -> None:
    gold, preds = [att("g", GOLD_CONTENT)], [att("p", pred)]
    assert len(match_contents(gold, preds, 0.3)) == at03
    assert len(match_contents(gold, preds, 0.8)) == at08
    assert len(match_contents(gold, preds, None)) == exact


def test_evaluate_matching_is_one_to_one() -> None:
    # Two gold contents, one prediction covering both: it matches only one.
    gold = [att("g1", rng(0, 10)), att("g2", rng(12, 20))]
    preds = [att("p1", rng(0, 20))]
    assert len(match_contents(gold, preds, 0.3)) == 1
    scores = evaluate([doc(gold)], [doc(preds)])["total"]["content@0.3"]
    assert (scores["p"], scores["r"]) == (1.0, 0.5)


def test_evaluate_matching_is_greedy_by_overlap() -> None:
    # p1 covers all of g1 and half of g2; p2 covers all of g2. Greedy takes
    # the best pairs first: g1-p1, g2-p2 (not g2-p1).
    gold = [att("g1", rng(0, 10)), att("g2", rng(10, 20))]
    preds = [att("p1", rng(0, 15)), att("p2", rng(10, 20))]
    assert match_contents(gold, preds, 0.3) == {0: 0, 1: 1}


def test_evaluate_greedy_ties_go_to_the_agreeing_source() -> None:
    # A chain: two gold attributions with one content, told apart by their source.
    content = sp("les travaux dureraient deux mois")
    gold = [att("a1", content, source=sp("Elle"), cue=sp("ajouté")),
            att("a2", content, source=sp("un rapport d'experts"), cue=sp("citant"), parent="a1")]
    preds = [att("p2", content, source=sp("un rapport d'experts"), cue=sp("citant"), parent="p1"),
             att("p1", content, source=sp("Elle"), cue=sp("ajouté"))]
    assert match_contents(gold, preds, 0.3) == {0: 1, 1: 0}
    c = score_document(doc(gold), doc(preds)).scores()
    assert (c["source_acc"], c["cue_acc"], c["parent_acc"]) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("pred, ratio", [
    (rng(0, 30), 1.0),                               # the envelope covers both pieces
    ({**rng(0, 30), "pieces": [[0, 5], [20, 30]]}, 1.0),
    (rng(0, 5), 5 / 15),
    (rng(5, 20), 0.0),                               # only the gap, where the cue sits
    ({**rng(0, 30), "pieces": [[0, 5], [5, 20]]}, 5 / 15),
])
def test_evaluate_overlap_uses_pieces(pred: dict[str, Any], ratio: float) -> None:
    gold = {**rng(0, 30), "pieces": [[0, 5], [20, 30]]}
    assert overlap_ratio(gold, pred) == pytest.approx(ratio)


CONTENT = sp("les travaux dureraient deux mois")


@pytest.mark.parametrize("gold_source, source_ref, pred_source, ok", [
    (sp("Elle"), "Marie Dupont", sp("Elle"), True),                   # same span
    (sp("Elle"), "Marie Dupont", sp("Elle a"), True),                 # overlap is enough
    (sp("Elle"), "Marie Dupont", sp("Marie Dupont"), True),           # the referent, by its text
    (sp("Elle"), "marie  DUPONT", sp("Marie Dupont"), True),          # case and spaces folded
    (sp("Elle"), "Marie Dupont", sp("Dupont"), False),                # part of the name is not the name
    (sp("Elle"), "Marie Dupont", sp("la maire"), False),
    (sp("Elle"), "Marie Dupont", sp("la préfecture"), False),
    (sp("Elle"), None, sp("Marie Dupont"), False),                    # no source_ref to go by
    (sp("Elle"), "Marie Dupont", None, False),
    (None, None, None, True),                                          # "il a été rapporté que"
    (None, None, sp("Elle"), False),
])
def test_evaluate_source_accuracy(gold_source: dict[str, Any] | None, source_ref: str | None,
                                  pred_source: dict[str, Any] | None, ok: bool) -> None:
    gold = att("g", CONTENT, source=gold_source, source_ref=source_ref)
    pred = att("p", CONTENT, source=pred_source)
    assert source_correct(gold, pred) is ok


def test_evaluate_source_ref_counts_the_source_text_not_the_predicted_source_ref() -> None:
    # The guidelines compare the predicted source's text with the gold
    # source_ref; a source_ref the prediction adds of its own earns nothing.
    gold = att("g", CONTENT, source=sp("Elle"), source_ref="Marie Dupont")
    pred = {**att("p", CONTENT, source=sp("la maire")), "source_ref": "Marie Dupont"}
    assert source_correct(gold, pred) is False


def test_evaluate_greedy_ties_go_to_the_tighter_prediction() -> None:
    # Both predictions cover all of the gold content; the one with less
    # surplus wins it, whatever their order.
    gold = [att("g", sp("le pont serait fermé"))]
    tight, loose = att("t", sp("que le pont serait fermé")), att("l", rng(0, 65))
    assert match_contents(gold, [loose, tight], 0.3) == {0: 1}
    assert match_contents(gold, [tight, loose], 0.3) == {0: 0}


def test_evaluate_parent_accuracy_goes_through_the_matching() -> None:
    outer, inner = sp("les travaux dureraient deux mois"), sp("le pont serait fermé")
    gold = [att("a1", outer), att("a2", inner, parent="a1")]
    good = [att("x", outer), att("y", inner, parent="x")]
    wrong_parent = [att("x", outer), att("y", inner, parent="y"), att("z", sp("la circulation"))]
    no_parent = [att("x", outer), att("y", inner)]
    spurious = [att("x", outer, parent="y"), att("y", inner, parent="x")]
    assert score_document(doc(gold), doc(good)).scores()["parent_acc"] == 1.0
    assert score_document(doc(gold), doc(wrong_parent)).scores()["parent_acc"] == 0.5
    assert score_document(doc(gold), doc(no_parent)).scores()["parent_acc"] == 0.5
    assert score_document(doc(gold), doc(spurious)).scores()["parent_acc"] == 0.5


def test_evaluate_parent_of_an_unmatched_gold_is_wrong() -> None:
    outer, inner = sp("les travaux dureraient deux mois"), sp("le pont serait fermé")
    gold = [att("a1", outer), att("a2", inner, parent="a1")]
    pred = [att("x", sp("Selon")), att("y", inner, parent="x")]
    s = score_document(doc(gold), doc(pred)).scores()
    assert (s["parent_acc"], s["parent_n"]) == (0.0, 1)


def test_evaluate_hedged_and_cue_accuracy() -> None:
    content = sp("la circulation aurait déjà été déviée")
    gold = [att("a1", content, cue=sp("Selon"), hedged=True)]
    assert score_document(doc(gold), doc([att("p", content, cue=sp("Selon"), hedged=True)])).scores()[
        "hedged_acc"] == 1.0
    miss = score_document(doc(gold), doc([att("p", content, cue=sp("préfecture"), hedged=None)])).scores()
    assert (miss["hedged_acc"], miss["cue_acc"]) == (0.0, 0.0)


def test_evaluate_hedge_markers_prf() -> None:
    gold = [{"marker": sp("serait fermé"), "kind": "conditional"},
            {"marker": sp("aurait déjà été déviée"), "kind": "conditional"}]
    pred = [{"marker": sp("serait"), "kind": "conditional"},       # overlaps the first
            {"marker": sp("aurait"), "kind": "conditional"},       # overlaps the second
            {"marker": sp("dureraient"), "kind": "conditional"}]   # not in gold
    h = score_document(doc([], gold), doc([], pred)).scores()["hedges"]
    assert (h["p"], h["r"]) == (pytest.approx(2 / 3), 1.0)
    assert h["f1"] == pytest.approx(0.8)
    # One predicted marker overlapping two gold markers counts once.
    wide = [{"marker": rng(0, len(TEXT)), "kind": "other"}]
    h = score_document(doc([], gold), doc([], wide)).scores()["hedges"]
    assert (h["p"], h["r"]) == (1.0, 0.5)


def test_evaluate_english_without_hedging_skips_hedged_and_parent() -> None:
    text = "The mayor said the bridge would close. Officials said repairs would take two months."
    gold = [att("a1", sp("the bridge would close", text=text), hedged=None),
            att("a2", sp("repairs would take two months", text=text), hedged=None)]
    pred = [att("p1", sp("the bridge would close", text=text), hedged=True, parent="p2"),
            att("p2", sp("repairs would take two months", text=text))]
    hedges = [{"marker": sp("would", text=text), "kind": "conditional"}]
    en = score_document(doc(gold, lang="en", text=text), doc(pred, hedges, text=text)).scores()
    assert en["hedged_acc"] is None and en["parent_acc"] is None and "hedges" not in en
    assert en["content@exact"]["f1"] == 1.0 and en["cue_n"] == 2
    # The same annotations with hedged filled in are scored in full.
    fr = [{**a, "hedged": False} for a in gold]
    full = score_document(doc(fr, lang="en", text=text), doc(pred, hedges, text=text)).scores()
    assert full["hedged_acc"] == 0.5 and full["parent_acc"] == 0.5 and full["hedges"]["p"] == 0.0


def test_evaluate_english_doc_without_attributions_skips_hedges() -> None:
    pred_hedges = [{"marker": sp("serait"), "kind": "conditional"}]
    assert "hedges" not in score_document(doc([], lang="en"), doc([], pred_hedges)).scores()
    assert score_document(doc([], lang="fr"), doc([], pred_hedges)).scores()["hedges"]["p"] == 0.0


def test_evaluate_micro_averages_over_documents_and_languages() -> None:
    g1 = doc([att("a", sp("le pont serait fermé")), att("b", sp("les travaux"))], did="d1")
    g2 = doc([att("a", sp("la circulation"))], did="d2", lang="en")
    p1 = doc([att("x", sp("le pont serait fermé"))], did="d1")
    scores = evaluate([g1, g2], [p1])  # d2 has no prediction: it counts as empty
    t = scores["total"]["content@0.3"]
    assert (t["p"], t["r"]) == (1.0, pytest.approx(1 / 3))
    assert scores["by_lang"]["fr"]["content@0.3"]["r"] == 0.5
    assert scores["by_lang"]["en"]["content@0.3"]["r"] == 0.0
    assert set(scores["by_doc"]) == {"d1", "d2"}


def test_evaluate_undefined_ratios_are_none() -> None:
    # Nothing to find and nothing found: precision, recall and F1 are undefined.
    s = score_document(doc([]), doc([])).scores()
    assert s["content@0.3"] == {"p": None, "r": None, "f1": None, "matched": 0}
    assert s["source_acc"] is None and s["hedges"]["f1"] is None
    line = summary_line("empty.jsonl", evaluate([doc([])], [doc([])]))
    assert line.startswith("empty.jsonl: content F1 @0.3 – @0.8 – exact – | source –")


def test_evaluate_summary_line_names_every_figure() -> None:
    g = doc([att("a", sp("le pont serait fermé"))])
    line = summary_line("mini.jsonl", evaluate([g], [g]))
    assert line.startswith("mini.jsonl: content F1 @0.3 1.000 @0.8 1.000 exact 1.000 | source 1.000")
    assert "parent 1.000" in line and line.endswith("gold 1 pred 1")


@pytest.mark.parametrize("content, code", [
    ('{"id": "d1", "attributions": []}\n{"id": "d2", "attributions": [\n', "[E014]"),
    ("\n\n", "[E015]"),
    ('{"attributions": []}\n', "[E083]"),
    ('{"id": "d1", "attributions": [{"id": "a1", "content": {"start": "3"}}]}\n', "[E083]"),
    ('{"id": "d1", "attributions": {"a1": {}}}\n', "[E083]"),
    ('{"id": "d1", "hedges": [{"kind": "adverb"}]}\n', "[E083]"),
    ("[1, 2]\n", "[E083]"),
])
def test_evaluate_load_jsonl_rejects_bad_files(tmp_path: Path, content: str, code: str) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError) as err:
        load_jsonl(path)
    assert str(err.value).startswith(code) and str(path) in str(err.value)


def test_evaluate_load_jsonl_keeps_line_separators_inside_strings(tmp_path: Path) -> None:
    # U+2028 is legal unescaped in JSON; str.splitlines() would cut the record there.
    record = {"id": "d1", "text": "Il a dit\u2028que oui.", "attributions": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert load_jsonl(path) == [record]


span_bounds = st.tuples(st.integers(0, 60), st.integers(1, 30)).map(lambda t: rng(t[0], t[0] + t[1]))


@given(span_bounds, span_bounds)
def test_evaluate_overlap_ratio_bounds(gold: dict[str, Any], pred: dict[str, Any]) -> None:
    ratio = overlap_ratio(gold, pred)
    assert 0.0 <= ratio <= 1.0
    covers = pred["start"] <= gold["start"] and gold["end"] <= pred["end"]
    assert (ratio == 1.0) is covers


@given(st.lists(span_bounds, max_size=6), st.lists(span_bounds, max_size=6),
       st.sampled_from([0.3, 0.8, None]))
def test_evaluate_matching_is_a_one_to_one_map(golds: list[dict[str, Any]], preds: list[dict[str, Any]],
                                               threshold: float | None) -> None:
    gold = [att(f"g{i}", s) for i, s in enumerate(golds)]
    pred = [att(f"p{i}", s) for i, s in enumerate(preds)]
    match = match_contents(gold, pred, threshold)
    assert len(set(match.values())) == len(match) <= min(len(gold), len(pred))
    for gi, pi in match.items():
        ratio = overlap_ratio(gold[gi]["content"], pred[pi]["content"])
        assert ratio >= (threshold or 1.0)
    # Scores stay probabilities whatever the input.
    s = score_document(doc(gold), doc(pred)).scores()
    assert all(0.0 <= s[f"content@{k}"][m] <= 1.0 for k in ("0.3", "0.8", "exact") for m in ("p", "r", "f1")
               if s[f"content@{k}"][m] is not None)
