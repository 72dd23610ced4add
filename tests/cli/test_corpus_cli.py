"""selon ingest / search / show / export end to end: real analysis, a real kill -9, a real Dask cluster."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from selon.cli import cli

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CITIES = ["Rennes", "Brest", "Lorient", "Vannes", "Quimper", "Nantes", "Angers", "Laval", "Caen",
          "Rouen"]


def _texts(n: int) -> list[str]:
    """Short French reports written for these tests, all different."""
    return [f"Selon la préfecture, {k + 2} maisons ont été inondées à {CITIES[k % 10]} "
            f"après la crue de la rivière numéro {k}. Le maire a affirmé que l'eau baissait."
            for k in range(n)]


def _jsonl(path: Path, texts: list[str], prefix: str = "r") -> Path:
    path.write_text("".join(json.dumps({"id": f"{prefix}{k}", "text": t}, ensure_ascii=False) + "\n"
                            for k, t in enumerate(texts)), encoding="utf-8")
    return path


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _count(db: Path, table: str) -> int:
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0  # not created yet


def _ingest(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "selon", "ingest", *args], env=_env(),
                          capture_output=True, text=True, timeout=600)


@pytest.mark.model
@pytest.mark.slow
def test_ingest_resumes_after_kill_9(tmp_path: Path) -> None:
    texts = _texts(240)
    src = _jsonl(tmp_path / "in.jsonl", texts)
    db = tmp_path / "c.sqlite"
    args = [str(src), "--db", str(db), "--lang", "fr", "--size", "sm"]
    proc = subprocess.Popen([sys.executable, "-m", "selon", "ingest", *args], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while _count(db, "articles") == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = _count(db, "articles")
    assert 0 < killed_at < len(texts), f"the kill was not mid-way ({killed_at} stored)"
    first = _ingest(*args)
    assert first.returncode == 0, first.stderr
    assert f"{len(texts) - killed_at} analysed and stored" in first.stderr
    second = _ingest(*args)
    assert second.returncode == 0, second.stderr
    assert "0 analysed and stored" in second.stderr
    assert _count(db, "articles") == _count(db, "origins") == len(texts)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Every stored article has all its rows: plain tables agree with the JSON.
    bad = con.execute("SELECT count(*) FROM articles a WHERE json_array_length(a.data, '$.attributions')"
                      " != (SELECT count(*) FROM attributions t WHERE t.article_id = a.id)").fetchone()[0]
    assert bad == 0
    assert con.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == len(texts)


@pytest.mark.model
@pytest.mark.slow
def test_ingest_on_a_dask_local_cluster_stores_the_same(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    src = _jsonl(tmp_path / "in.jsonl", _texts(6) + ["FAIL"] + _texts(3))
    runs = {}
    for name, extra in (("local", []), ("dask", ["--dask", "local", "--workers", "2"])):
        db = tmp_path / f"{name}.sqlite"
        res = _ingest(str(src), "--db", str(db), "--size", "sm", *extra)
        assert res.returncode == 0, res.stderr
        con = sqlite3.connect(db)
        runs[name] = {t: con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                      for t in ("attributions", "sources", "entities", "quantities", "dates", "places",
                                "events")}
        runs[name]["articles"] = con.execute("SELECT id, content_hash, data FROM articles "
                                             "ORDER BY rowid").fetchall()
        runs[name]["origins"] = con.execute("SELECT input_id, article_id FROM origins "
                                            "ORDER BY 1").fetchall()
        runs[name]["errors"] = con.execute("SELECT input, input_id, code FROM ingest_errors").fetchall()
    assert len(runs["local"]["articles"]) == 6 and runs["local"]["attributions"]
    assert runs["local"]["errors"] == [(f"{src}:7", "r6", "E010")]
    assert runs["dask"] == runs["local"]


@pytest.mark.model
def test_corpus_cli_formats_search_show_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_bytes((DATA / "article_fr.html").read_bytes())
    (folder / "feed.atom").write_bytes((DATA / "feed_en.atom").read_bytes())
    texts = _texts(3)
    _jsonl(folder / "recs.jsonl", texts)
    (tmp_path / "same.csv").write_text("key,body\nother-id,\"" + texts[1] + "\"\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", str(folder), str(tmp_path / "same.csv"), "--db", str(db),
                              "--text-field", "body", "--id-field", "key"])
    # The JSONL records have no "body": three errors, the rest goes on.
    assert res.exit_code == 0, res.output
    assert "3 errors" in res.output and "E008" in res.output
    res = runner.invoke(cli, ["ingest", str(folder / "recs.jsonl"), "--db", str(db)], input="")
    assert res.exit_code == 0 and "2 analysed and stored, 1 already stored" in res.output, res.output
    # The CSV text was stored first under "other-id"; the JSONL id points at it too
    # and shows it under its own id, naming the other.
    shown = runner.invoke(cli, ["show", "r1", "--db", str(db), "--json"])
    assert shown.exit_code == 0
    assert json.loads(shown.output)["id"] == "r1"
    shown = runner.invoke(cli, ["show", "r1", "--db", str(db)])
    assert "r1" in shown.output.splitlines()[0]
    assert "also ingested as: other-id" in shown.output
    res = runner.invoke(cli, ["search", "inondées", "--db", str(db), "--json"])
    ids = {json.loads(line)["id"] for line in res.output.splitlines()}
    assert ids == {"other-id", "r0", "r2"}
    res = runner.invoke(cli, ["search", "tramway", "--db", str(db), "--json"])
    assert [json.loads(line)["id"] for line in res.output.splitlines()] == ["a"]
    assert "[tramway]" in res.output.lower()
    # show --json is byte for byte what analyze --json printed for the same file.
    analyzed = runner.invoke(cli, ["analyze", str(folder / "a.html"), "--json"])
    shown = runner.invoke(cli, ["show", "a", "--db", str(db), "--json"])
    assert shown.output == analyzed.output
    res = runner.invoke(cli, ["export", "--db", str(db), "--parquet", str(tmp_path / "pq")])
    assert res.exit_code == 0, res.output
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "pq" / "origins.parquet").num_rows == _count(db, "origins") >= 6
    assert runner.invoke(cli, ["show", "nope", "--db", str(db)]).exit_code == 1
    res = runner.invoke(cli, ["stories", "--db", str(db), "--jsonl", "--min-articles", "1"])
    assert res.exit_code == 0, res.output
    stories = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    linked = [aid for s in stories for aid in s["articles"]]
    assert sorted(linked) == sorted(set(linked)) and len(linked) == _count(db, "articles")
    assert {"id", "articles", "first", "title", "claims", "disagreements"} <= stories[0].keys()
    res = runner.invoke(cli, ["story", "r0", "--db", str(db)])
    assert res.exit_code == 0 and "r0" in res.output
