"""``selon narratives import`` and ``selon analyze --db``, through main() as a user meets them."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from selon.cli import main
from selon.store import connect, count_narratives

os.environ.setdefault("HF_HUB_OFFLINE", "1")
SMALL = Path(__file__).resolve().parents[1] / "data" / "narratives_small.csv"


def run_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
             *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["selon", *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


def test_narratives_cli_import_prints_a_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cases.sqlite"
    code, out, err = run_main(monkeypatch, capsys, "narratives", "import", str(SMALL), "--db", str(db))
    assert code == 0, err
    assert out.startswith("Imported 9 cases from ") and "(9 embedded)" in out
    assert len(out.strip().splitlines()) == 1
    assert count_narratives(connect(db)) == 9


def test_narratives_cli_bad_file_is_one_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,id,title\n2020-01-01,x,y\n", encoding="utf-8")
    db = tmp_path / "cases.sqlite"
    code, out, err = run_main(monkeypatch, capsys, "narratives", "import", str(bad), "--db", str(db))
    assert code == 1 and out == ""
    assert err.startswith("Error: [E019] ") and "line 1" in err
    assert count_narratives(connect(db)) == 0


def test_narratives_cli_missing_file_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(monkeypatch, capsys, "narratives", "import", str(tmp_path / "no.csv"))
    assert code == 2 and "does not exist" in err


def test_narratives_cli_analyze_fills_narratives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str], nlp_fr) -> None:
    db = tmp_path / "cases.sqlite"
    run_main(monkeypatch, capsys, "narratives", "import", str(SMALL), "--db", str(db))
    art = tmp_path / "a.txt"
    # Shown by default: the claim is close to the case and shares a name with it ("5G").
    art.write_text("Selon un blog local, les antennes 5G seraient à l'origine de l'épidémie de "
                   "coronavirus.", encoding="utf-8")
    code, out, err = run_main(monkeypatch, capsys, "analyze", str(art), "--lang", "fr", "--json",
                              "--db", str(db))
    assert code == 0, err
    found = json.loads(out)["narratives"]
    assert found[0]["id"] == "https://example.org/case/5g-masts-cause-the-coronavirus/"
    assert found[0]["claim"] and "5G" in found[0]["claim"]
    assert "5G" in found[0]["shared_entities"]
