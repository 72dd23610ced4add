"""``selon eval``: score the attribution layer against gold JSONL."""

from __future__ import annotations

import json
import logging

import click

from ..errors import Errors, IngestError
from ..evaluate import evaluate, load_jsonl, predictions, summary_line

log = logging.getLogger("selon")


def _fmt(v: float | None) -> str:
    return "   –  " if v is None else f"{v:6.3f}"


def _table(name: str, s: dict) -> str:  # type: ignore[type-arg]
    row = [f"{name[:34]:34}", f"{s['gold']:5d}", f"{s['pred']:5d}"]
    row += [_fmt(s[f"content@{k}"]["f1"]) for k in ("0.3", "0.8", "exact")]
    row += [_fmt(s[f"{k}_acc"]) for k in ("source", "cue", "hedged", "parent")]
    row.append(_fmt(s.get("hedges", {}).get("f1")))
    return " ".join(row)


_HEADER = (f"{'':34} {'gold':>5} {'pred':>5} {'F1@.3':>6} {'F1@.8':>6} {'exact':>6} "
           f"{'source':>6} {'cue':>6} {'hedged':>6} {'parent':>6} {'hedgeF':>6}")


def _check_ids(gold_docs: list[dict], preds: list[dict], path: str) -> None:  # type: ignore[type-arg]
    # A prediction file for another gold set scores 0 everywhere, silently;
    # refuse it. A few missing articles only count as found nothing.
    have = {d["id"] for d in preds}
    missing = [g["id"] for g in gold_docs if g["id"] not in have]
    if len(missing) == len(gold_docs):
        raise IngestError(Errors.E016.format(path=path, id=missing[0]))
    if missing:
        log.warning("'%s' lacks %d of the %d gold articles (first: %s); they score as empty.",
                    path, len(missing), len(gold_docs), missing[0])


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Score this prediction JSONL instead of running the analyzer.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--size", type=click.Choice(["md", "sm"]), default="md", show_default=True,
              help="spaCy model size used to predict when --pred is not given.")
@click.option("--per-doc/--no-per-doc", default=True, show_default=True,
              help="Show the per-file breakdown.")
def eval_cli(gold: str, pred: str | None, as_json: bool, size: str, per_doc: bool) -> None:
    """Score attributions and hedges against a gold file (GUIDELINES.md "Scoring").

    Prints content P/R/F1 at overlap 0.3, 0.8 and exact; source, cue, hedged
    and parent accuracy on matched contents; hedge-marker F1; per language
    and per file. The last line is a one-line summary.

    Example: selon eval ../shared/gold/seed.jsonl
    """
    gold_docs = load_jsonl(gold)
    preds = load_jsonl(pred) if pred else list(predictions(gold_docs, size=size))
    if pred:
        _check_ids(gold_docs, preds, pred)
    scores = evaluate(gold_docs, preds)
    if as_json:
        click.echo(json.dumps(scores, ensure_ascii=False))
        return
    click.echo(_HEADER)
    if per_doc:
        for doc_id, s in scores["by_doc"].items():
            click.echo(_table(doc_id, s))
    for lang, s in scores["by_lang"].items():
        click.echo(_table(f"[{lang}]", s))
    t = scores["total"]
    click.echo(_table("[total]", t))
    for k in ("0.3", "0.8", "exact"):
        m = t[f"content@{k}"]
        click.echo(f"content@{k}: P {_fmt(m['p']).strip()} R {_fmt(m['r']).strip()} F1 {_fmt(m['f1']).strip()}")
    failed = [p["id"] for p in preds if p.get("error")]
    if failed:
        click.echo(f"warning: {len(failed)} document(s) could not be analysed and score as empty: "
                   f"{', '.join(failed[:5])}", err=True)
    click.echo(summary_line(gold.rsplit("/", 1)[-1], scores))
