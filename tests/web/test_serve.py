"""``selon serve`` settings by bind address, and ``selon analyze FILE --open``."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from selon.cli import cli
from selon.cli import serve as serve_mod


@pytest.mark.parametrize("host,local", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                        ("0.0.0.0", False), ("192.168.1.20", False), ("example.org", False)])
def test_serve_is_local(host: str, local: bool) -> None:
    assert serve_mod.is_local(host) is local


def test_serve_write_endpoint_off_beyond_localhost_without_token() -> None:
    s, warning = serve_mod.web_settings("127.0.0.1", None, False)
    assert s.write_enabled and warning is None
    s, warning = serve_mod.web_settings("0.0.0.0", None, False)
    assert not s.write_enabled and "reachable from other machines" in warning and "off" in warning
    s, warning = serve_mod.web_settings("0.0.0.0", "tok", False)
    assert s.write_enabled and s.token == "tok" and "needs the token" in warning
    s, _ = serve_mod.web_settings("127.0.0.1", None, True)
    assert not s.write_enabled


def test_serve_localhost_refuses_other_host_headers() -> None:
    from selon.web import MemoryCorpus, create_app

    s, _ = serve_mod.web_settings("127.0.0.1", None, False)
    app = TestClient(create_app(MemoryCorpus([]), s), base_url="http://127.0.0.1:8000")
    assert app.get("/api/articles").status_code == 200
    assert app.get("/api/articles", headers={"host": "evil.example"}).status_code == 400


def test_serve_missing_store_is_one_error_line(tmp_path) -> None:
    from selon.errors import StoreError

    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert r.exit_code == 1 and isinstance(r.exception, StoreError)
    assert str(r.exception).startswith("[E017]") and "selon ingest" in str(r.exception)
    assert not (tmp_path / "none.sqlite").exists()


@pytest.mark.model
def test_serve_analyze_open_serves_the_xray(monkeypatch, tmp_path) -> None:
    served = {}

    def fake_run(app, host, port, open_path=None):
        served.update(app=app, host=host, path=open_path)

    monkeypatch.setattr(serve_mod, "run_server", fake_run)
    f = tmp_path / "note.txt"
    f.write_text("Selon l'agence, le pont aurait été détruit lundi près d'Alep.", encoding="utf-8")
    r = CliRunner().invoke(cli, ["analyze", str(f), "--open", "--lang", "fr"])
    assert r.exit_code == 0, r.output
    assert served["host"] == "127.0.0.1" and served["path"] == "/articles/note"
    page = TestClient(served["app"], base_url="http://127.0.0.1").get(served["path"])
    assert page.status_code == 200 and "m-cue" in page.text and "aurait été détruit" in page.text
