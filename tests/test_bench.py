"""``selon bench``: the documented default texts and the start-up sentences."""

from __future__ import annotations

from selon import bench
from tests.conftest import read_gold


def test_bench_default_is_small_and_documented() -> None:
    files = bench.default_gold_files()
    assert files and not any("train" in f for f in files)
    docs = bench.default_docs()
    english = [d for d in docs if d.get("lang") == "en"]
    french = [d for d in docs if (d.get("lang") or "fr") == "fr"]
    assert len(english) == bench.DEFAULT_EN_DOCS
    assert len(french) == len(read_gold("seed.jsonl")) + len(read_gold("fr-dev.jsonl"))
    assert sum(len(d["text"]) for d in docs) < 300_000


def test_bench_startup_sentences_are_in_their_language() -> None:
    from selon.nlp.langid import detect_language

    for lang, text in bench.STARTUP_TEXTS.items():
        assert detect_language(text) == lang


def test_bench_startup_bytecode_cache_only_when_the_environment_writes_none(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = bench._bytecode_env(str(tmp_path))
    assert env is not None and "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"].startswith(str(tmp_path))
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE")
    assert bench._bytecode_env(str(tmp_path)) is None


def test_bench_processes_pairs_each_process_work_time(monkeypatch, tmp_path) -> None:
    """Without start-up = each process's own work time (from its timings file), not a
    difference of two processes; ratios are bare / selon per interleaved pair."""
    import json
    from pathlib import Path

    seen: list[str] = []
    fake = {"bare": iter([(10.0, 4.0), (12.0, 6.0), (11.0, 5.0)]),
            "selon": iter([(12.0, 5.0), (13.0, 6.0), (12.0, 8.0)])}

    def measure(cmd: list[str], stdin=None, env=None):
        name = "selon" if "selon" in cmd else "bare"
        seen.append(name)
        wall, work = next(fake[name])
        inp = cmd[cmd.index("--jsonl") + 1] if name == "selon" else cmd[-2]
        records = len(Path(inp).read_text(encoding="utf-8").splitlines())
        Path(cmd[-1]).write_text(json.dumps({"startup_cpu_s": 1.0, "work_wall_s": work, "work_cpu_s": work / 2,
                                   "records": records}), encoding="utf-8")
        return wall, 500.0, wall / 2

    monkeypatch.setattr(bench, "_measure", measure)
    docs = [{"id": "a", "text": "mot " * 300}]
    (row,) = bench.process_rows(docs, repeat=3, min_words=1000)
    assert seen == ["bare", "selon"] * 3  # interleaved
    assert row["words"] >= 1000 and row["runs"] == 3
    work = row["work_wall"]
    assert work["bare_best_s"] == 4.0 and work["selon_best_s"] == 5.0 and work["ratio_best"] == 0.8
    assert work["ratio_min"] == 5.0 / 8.0 and work["ratio_max"] == 1.0 and work["ratio_median"] == 0.8
    assert row["work_cpu"]["ratio_best"] == 0.8
    assert row["wall"]["ratio_best"] == 10.0 / 12.0 and row["wall"]["bare_median_s"] == 11.0


def test_bench_median() -> None:
    assert bench._median([3.0, 1.0, 2.0]) == 2.0
    assert bench._median([4.0, 1.0, 2.0, 3.0]) == 2.5


def test_bench_bare_batch_process_writes_its_work_time(tmp_path) -> None:
    import json
    import subprocess
    import sys

    inp, out = tmp_path / "in.jsonl", tmp_path / "t.json"
    inp.write_text("".join(json.dumps({"id": str(i), "text": bench.STARTUP_TEXTS["fr"]}) + "\n" for i in range(2)),
                   encoding="utf-8")
    code = bench._BARE_BATCH.format(m="fr_core_news_md", warm=bench.STARTUP_TEXTS["fr"])
    subprocess.run([sys.executable, "-c", code, str(inp), str(out)], check=True, timeout=300)
    own = json.loads(out.read_text(encoding="utf-8"))
    assert own["records"] == 2 and own["work_cpu_s"] > 0 and own["startup_cpu_s"] > own["work_cpu_s"]


def test_bench_cli_prints_both_process_figures(monkeypatch) -> None:
    from click.testing import CliRunner

    from selon.cli.bench import bench_cli

    fig = {"bare_best_s": 4.0, "selon_best_s": 5.0, "bare_median_s": 4.5, "selon_median_s": 5.5,
           "ratio_best": 0.8, "ratio_median": 0.82, "ratio_min": 0.7, "ratio_max": 0.9}
    row = {"words": 20450, "records": 42, "runs": 3, "wall": fig, "cpu": fig, "work_wall": fig, "work_cpu": fig}
    monkeypatch.setattr(bench, "run_bench", lambda *a, **k: {"rows": [], "layers": [], "peak_rss_mb": 1.0})
    monkeypatch.setattr(bench, "process_rows", lambda *a, **k: [row])
    res = CliRunner().invoke(bench_cli, ["--no-startup", "--processes"])
    assert res.exit_code == 0, res.output
    assert "3 interleaved pairs" in res.output
    assert "without start-up, CPU" in res.output and "ratio median 0.82× (pairs 0.70–0.90), of bests 0.80×" \
        in res.output
