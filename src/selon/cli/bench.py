"""``selon bench``: throughput and memory of analyze against bare spaCy."""

from __future__ import annotations

import json

import click


@click.command("bench")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--size", type=click.Choice(["md", "sm"]), default="md", show_default=True)
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True,
              help="Interleaved passes over the texts; the fastest of each is kept.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def bench_cli(gold: tuple[str, ...], size: str, repeat: int, as_json: bool) -> None:
    """Measure words/s and peak RSS of analyze against bare nlp.pipe, in one run.

    Ratios are bare-spaCy time divided by analyze time on the same texts
    (1.0 = as fast as bare spaCy); per-layer times are shown beneath.

    GOLD are JSONL files with "text" (default: ../shared/gold/*.jsonl that exist).

    Example: selon bench ../shared/gold/fr-dev.jsonl
    """
    from ..bench import run_bench

    result = run_bench(list(gold), size=size, repeat=repeat)
    if as_json:
        click.echo(json.dumps(result))
        return
    for row in result["rows"]:
        click.echo(f"{row['name']:28} {row['words']:8d} words {row['seconds']:7.2f} s "
                   f"{row['words_per_s']:9.0f} words/s  ratio {row['ratio']:.2f}×")
    for row in result["layers"]:
        click.echo(f"  {row['lang']} layer {row['layer']:14} {row['seconds']:7.3f} s "
                   f"({100 * row['share_of_bare']:5.1f}% of bare spaCy time)")
    click.echo(f"peak RSS {result['peak_rss_mb']:.0f} MB")
