"""``selon bench``: throughput and memory of analyze against bare spaCy."""

from __future__ import annotations

import json

import click


@click.command("bench")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--size", type=click.Choice(["md", "sm"]), default="md", show_default=True)
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True,
              help="Interleaved passes over the texts; the fastest of each is kept.")
@click.option("--startup/--no-startup", default=True, show_default=True,
              help="Also measure one article as a whole process (time and peak RSS) against bare spaCy.")
@click.option("--compile-each-run", is_flag=True,
              help="Start-up with the environment's bytecode setting as it is: under "
                   "PYTHONDONTWRITEBYTECODE every process compiles the modules that have no cached "
                   "bytecode (by default both processes get a bytecode cache, as after a first run).")
@click.option("--processes", is_flag=True,
              help="Also time batch analysis as whole processes (selon analyze --jsonl on >= 20,000 "
                   "French words against a bare nlp.pipe process, in interleaved pairs; without "
                   "start-up from each process's own work time once its model is loaded).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def bench_cli(gold: tuple[str, ...], size: str, repeat: int, startup: bool, processes: bool,
              as_json: bool, compile_each_run: bool = False) -> None:
    """Measure start-up, words/s and peak RSS of analyze against bare spaCy, in one run.

    Start-up: `selon analyze one.txt --json` (one sentence, every layer) and a
    bare `python -c` that loads the spaCy model and parses the same sentence,
    each as its own process, best of --repeat after a first run of each that
    is not counted (wall time, CPU time, peak RSS). Throughput: bare nlp.pipe (the
    spaCy package's own components), selon's parse (with its sentence and
    knowledge-base components), the attribution layer and all layers on the same
    texts, in this process; ratios are bare-spaCy time divided by analyze time
    (1.0 = as fast as bare spaCy), in wall and in CPU time (the steadier on a
    shared machine); layer times are CPU seconds.
    Progress goes to stderr as it runs.

    GOLD are JSONL files with "text". Default: ../shared/gold seed.jsonl and
    fr-dev.jsonl (French) and the first 20 articles of polnear-dev.jsonl (English).

    Example: selon bench ../shared/gold/fr-dev.jsonl
    """
    from ..bench import default_docs, process_rows, run_bench, startup_rows
    from ..evaluate import load_jsonl

    def progress(msg: str) -> None:
        click.echo(f"… {msg}", err=True)

    result: dict = {}
    if startup:
        docs = [d for p in gold for d in load_jsonl(p)] if gold else default_docs()
        langs = sorted({d.get("lang") or "fr" for d in docs})
        result["startup"] = startup_rows(langs, size=size, repeat=repeat, progress=progress,
                                         cached_bytecode=not compile_each_run)
        if not as_json:
            for row in result["startup"]:
                click.echo(f"start-up {row['lang']} ({row['model']}): selon analyze {row['selon_s']:.2f} s "
                           f"(CPU {row['selon_cpu_s']:.2f} s) {row['selon_rss_mb']:.0f} MB, bare spaCy "
                           f"{row['bare_s']:.2f} s (CPU {row['bare_cpu_s']:.2f} s) {row['bare_rss_mb']:.0f} MB: "
                           f"{row['time_ratio']:.2f}× time, {row['cpu_ratio']:.2f}× CPU, "
                           f"{row['rss_ratio']:.2f}× peak RSS (bytecode {row['bytecode']})")
    result.update(run_bench(list(gold), size=size, repeat=repeat, progress=progress))
    if processes:
        docs = [d for p in gold for d in load_jsonl(p)] if gold else default_docs()
        result["processes"] = process_rows(docs, size=size, repeat=repeat, progress=progress)
    if as_json:
        click.echo(json.dumps(result))
        return
    for row in result["rows"]:
        click.echo(f"{row['name']:28} {row['words']:8d} words {row['seconds']:7.2f} s "
                   f"{row['words_per_s']:9.0f} words/s  ratio {row['ratio']:.2f}×  "
                   f"(CPU {row['cpu_s']:.2f} s, ratio {row['cpu_ratio']:.2f}×)")
    for row in result["layers"]:
        click.echo(f"  {row['lang']} layer {row['layer']:14} {row['seconds']:7.3f} s CPU "
                   f"({100 * row['share_of_bare']:5.1f}% of bare spaCy CPU time)")
    click.echo(f"peak RSS {result['peak_rss_mb']:.0f} MB (this process: both pipelines and all data)")
    labels = {"wall": "with start-up, wall", "cpu": "with start-up, CPU",
              "work_wall": "without start-up, wall", "work_cpu": "without start-up, CPU"}
    for row in result.get("processes", []):
        click.echo(f"whole processes, {row['records']} records, {row['words']} words, {row['runs']} interleaved "
                   f"pairs (selon analyze --jsonl against bare nlp.pipe; ratio = bare / selon):")
        for key, label in labels.items():
            r = row[key]
            click.echo(f"  {label:24} selon median {r['selon_median_s']:6.2f} s (best {r['selon_best_s']:.2f}), "
                       f"bare median {r['bare_median_s']:6.2f} s (best {r['bare_best_s']:.2f}): "
                       f"ratio median {r['ratio_median']:.2f}× (pairs {r['ratio_min']:.2f}–{r['ratio_max']:.2f}), "
                       f"of bests {r['ratio_best']:.2f}×")
