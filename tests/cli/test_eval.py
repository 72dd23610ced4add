"""``selon eval``: gold scored against itself, a degraded copy, bad prediction files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import GOLD, read_gold
from selon.cli import cli, main


@pytest.mark.parametrize("name", ["seed.jsonl", "fr-dev.jsonl"])
def test_eval_gold_against_itself_is_perfect(name: str) -> None:
    gold = str(GOLD / name)
    result = CliRunner().invoke(cli, ["eval", gold, "--pred", gold])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith(f"{name}: content F1 @0.3 1.000 @0.8 1.000 exact 1.000 | source 1.000 "
                                "cue 1.000 hedged 1.000 parent 1.000 | hedge F1 1.000 | gold ")
    n = sum(len(d["attributions"]) for d in read_gold(name))
    assert lines[-1].endswith(f"gold {n} pred {n}")
    total = next(line for line in lines if line.startswith("[total]"))
    assert total.split()[3:] == ["1.000"] * 8
    for k in ("0.3", "0.8", "exact"):
        assert f"content@{k}: P 1.000 R 1.000 F1 1.000" in lines


def test_eval_polnear_against_itself_skips_hedging() -> None:
    gold = str(GOLD / "polnear-dev.jsonl")
    result = CliRunner().invoke(cli, ["eval", gold, "--pred", gold, "--no-per-doc"])
    last = result.output.strip().splitlines()[-1]
    assert "content F1 @0.3 1.000 @0.8 1.000 exact 1.000 | source 1.000 cue 1.000 hedged – parent – " \
           "| hedge F1 –" in last


def test_eval_json_is_one_object() -> None:
    gold = str(GOLD / "seed.jsonl")
    result = CliRunner().invoke(cli, ["eval", gold, "--pred", gold, "--json"])
    assert result.exit_code == 0
    (line,) = result.output.strip().splitlines()
    scores = json.loads(line)
    assert set(scores) == {"total", "by_lang", "by_doc"}
    t = scores["total"]
    assert t["content@0.3"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "matched": t["gold"]}
    assert (t["source_acc"], t["cue_acc"], t["hedged_acc"], t["parent_acc"]) == (1.0, 1.0, 1.0, 1.0)
    assert t["hedges"]["f1"] == 1.0 and list(scores["by_lang"]) == ["fr"]


def test_eval_degraded_predictions_score_lower(tmp_path: Path) -> None:
    # Drop every other attribution and shift each kept content by 60% of its
    # length: recall halves, exact match is lost, overlap 0.3 still holds.
    docs = read_gold("fr-dev.jsonl")
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for d in docs:
            kept = []
            for a in d["attributions"][::2]:
                c = a["content"]
                cut = c["start"] + (c["end"] - c["start"]) * 6 // 10
                kept.append({**a, "parent": None, "content": {"start": cut, "end": c["end"] + 1,
                                                             "text": d["text"][cut:c["end"] + 1]}})
            fh.write(json.dumps({"id": d["id"], "attributions": kept, "hedges": []}) + "\n")
    result = CliRunner().invoke(cli, ["eval", str(GOLD / "fr-dev.jsonl"), "--pred", str(pred), "--json"])
    t = json.loads(result.output)["total"]
    assert t["pred"] == sum(len(d["attributions"][::2]) for d in docs)
    assert t["content@0.3"]["p"] > 0.8 and 0.4 < t["content@0.3"]["r"] < 0.6
    assert t["content@0.8"]["f1"] < 0.2 and t["content@exact"]["f1"] < 0.1
    assert t["hedges"]["r"] == 0.0


def test_eval_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "nothing-like-gold", "attributions": []}) + "\n", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "attributions": [{"content": null}]}\n', encoding="utf-8")
    for pred, code in ((other, "E016"), (bad, "E083")):
        monkeypatch.setattr(sys, "argv", ["selon", "eval", str(GOLD / "seed.jsonl"), "--pred", str(pred)])
        with pytest.raises(SystemExit) as exit_:
            main()
        err = capsys.readouterr().err
        assert exit_.value.code == 1 and len(err.strip().splitlines()) == 1
        assert err.startswith(f"Error: [{code}] ") and str(pred) in err and "Traceback" not in err


def test_eval_partial_predictions_warn(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    docs = read_gold("fr-dev.jsonl")
    pred = tmp_path / "half.jsonl"
    pred.write_text("".join(json.dumps({"id": d["id"], "attributions": d["attributions"]}) + "\n"
                            for d in docs[:5]), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(GOLD / "fr-dev.jsonl"), "--pred", str(pred), "--json"])
    assert result.exit_code == 0
    assert f"lacks {len(docs) - 5} of the {len(docs)} gold articles" in caplog.text
    assert json.loads(result.output)["total"]["content@exact"]["p"] == 1.0


def test_eval_runs_the_analyzer_without_pred() -> None:
    # The seed article through the attribution layer: figures vary as the
    # layer improves, the shape of the report does not.
    result = CliRunner().invoke(cli, ["eval", str(GOLD / "seed.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    t = json.loads(result.output)["total"]
    assert t["gold"] == sum(len(d["attributions"]) for d in read_gold("seed.jsonl"))
    assert all(0.0 <= t[f"content@{k}"]["f1"] <= 1.0 for k in ("0.3", "0.8", "exact"))
    text = CliRunner().invoke(cli, ["eval", str(GOLD / "seed.jsonl")]).output.strip().splitlines()
    assert text[-1].startswith("seed.jsonl: content F1 @0.3 ") and f"gold {t['gold']} pred {t['pred']}" in text[-1]
