"""The web app and HTTP API on a store built from the sample, a hostile article and gold texts."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from selon.web import MemoryCorpus, WebSettings, create_app

from .conftest import HOSTILE_TITLE

pytestmark = pytest.mark.model


def test_app_article_json_twins_equal_the_analysis(client, analysed) -> None:
    expected = analysed["sample-fr"].to_dict()
    for url in ("/api/articles/sample-fr", "/articles/sample-fr.json"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
        assert r.json()["attributions"] == expected["attributions"]
        assert r.json()["text"] == expected["text"]


def test_app_article_list_is_paginated(client, analysed) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == len(analysed) and len(first["articles"]) == 2
    rest = client.get("/api/articles", params={"limit": 50, "offset": 2}).json()["articles"]
    ids = [a["id"] for a in first["articles"]] + [a["id"] for a in rest]
    assert sorted(ids) == sorted(analysed)
    assert {"id", "title", "published", "lang"} <= set(first["articles"][0])


def test_app_xray_marks_every_claim(client, analysed) -> None:
    art = analysed["sample-fr"]
    html = client.get("/articles/sample-fr").text
    for att in art.attributions:
        assert f'id="panel-{att.id}"' in html
        assert f'data-claim="{att.id}"' in html
    # Each role has its own class (and shape in the CSS); the text is all there.
    for cls in ("m-src", "m-cue", "m-ct", "m-hedge", "m-qty", "m-date", "m-place"):
        assert cls in html
    assert "Sourcing profile" in html and "<svg" in html


def test_app_xray_selects_a_claim_without_javascript(client, analysed) -> None:
    art = analysed["sample-fr"]
    child = next(a for a in art.attributions if a.parent)
    html = client.get(f"/articles/sample-fr?claim={child.id}").text
    panel = re.search(rf'<div class="claim-panel" id="panel-{child.id}"[^>]*>', html).group(0)
    assert "hidden" not in panel
    others = re.findall(r'<div class="claim-panel" id="panel-[^"]+"[^>]*>', html)
    assert sum("hidden" not in p for p in others) == 1
    assert 'class="m-' in html and " sel" in html


def test_app_profile_count_highlights_its_claims_without_javascript(client, analysed) -> None:
    ids = analysed["sample-fr"].profile["anonymous"]["ids"]
    html = client.get("/articles/sample-fr?hl=anonymous").text
    lit = set(re.findall(r'class="[^"]*\bhl\b[^"]*" data-claim="([^"]+)"', html))
    assert lit and lit <= set(ids)


def test_app_search_finds_claims_with_filters(client) -> None:
    r = client.get("/api/search", params={"q": "convoi"}).json()
    assert any(h["id"] == "sample-fr" for h in r["hits"])
    assert all("snippet" in h and "\ue000" not in h["snippet"] for h in r["hits"])
    none = client.get("/api/search", params={"q": "convoi", "lang": "en"}).json()
    assert none["hits"] == []
    page = client.get("/search", params={"q": "convoi"}).text
    assert "<mark>" in page and "/articles/sample-fr" in page


def test_app_search_rejects_bad_filters_as_json(client) -> None:
    r = client.get("/api/search", params={"q": "x", "source_type": "wizard"})
    assert r.status_code == 422
    assert set(r.json()) == {"error"} and r.json()["error"]["code"] == "invalid_request"
    assert "news_agency" in r.json()["error"]["message"]


def test_app_stories(client, store_path) -> None:
    from selon import store

    db = store.connect(store_path)
    expected = store.story_of(db, "e1-a")
    db.close()
    assert expected is not None and set(expected.articles) == {"e1-a", "e1-b", "e1-c"}
    listing = client.get("/api/stories").json()
    ids = [s["id"] for s in listing["stories"]]
    assert expected.id in ids and listing["total"] == len(ids)
    assert all(len(s["articles"]) >= 2 for s in listing["stories"])
    story = client.get(f"/api/stories/{expected.id}").json()
    assert story == expected.to_dict()
    assert client.get(f"/stories/{expected.id}.json").json() == story
    html = client.get(f"/stories/{expected.id}").text
    assert "First report" in html and f'/articles/{expected.first}' in html
    # every compared number or date shows up, side by side, marked agree or disagree
    for entry in story["disagreements"]:
        assert "≠ disagree" in html
        for v in entry["values"]:
            assert str(escape(v["text"])) in html
    for c in story["citations"]:
        assert str(escape(c["cites"][:20])) in html


@pytest.mark.parametrize("url", ["/api/articles/nope", "/api/stories/nope", "/api/nowhere",
                                 "/articles/nope.json"])
def test_app_errors_are_json(client, url) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert set(r.json()) == {"error"} and set(r.json()["error"]) == {"code", "message"}


def test_app_pages_send_csp_forbidding_inline_script(client) -> None:
    for url in ("/", "/articles/sample-fr", "/api/articles", "/nope"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_app_hostile_fields_are_escaped(client) -> None:
    html = client.get("/articles/hostile").text
    assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    assert not re.search(r"<script(?![^>]*src=\"/static/selon\.js\")", html)


def test_app_docs_and_openapi_list_the_api(client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/analyze", "/api/articles", "/api/articles/{id}", "/api/search",
                 "/api/stories", "/api/stories/{id}"):
        assert path in spec["paths"]
    html = client.get("/docs").text
    assert "/api/analyze" in html and "cdn" not in html.lower()


def test_app_analyze_too_large_is_413(client) -> None:
    app = create_app(MemoryCorpus([]), WebSettings(max_body=100))
    r = TestClient(app).post("/api/analyze", content=b"x" * 500, headers={"content-type": "text/plain"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"
    assert "500" in r.json()["error"]["message"]


def test_app_analyze_off_or_token_beyond_localhost() -> None:
    off = TestClient(create_app(MemoryCorpus([]), WebSettings(write_enabled=False)))
    r = off.post("/api/analyze", json={"text": "Le ministre a déclaré que tout va bien."})
    assert r.status_code == 403 and r.json()["error"]["code"] == "write_disabled"
    guarded = TestClient(create_app(MemoryCorpus([]), WebSettings(token="s3cret")))
    r = guarded.post("/api/analyze", json={"text": "Le ministre a déclaré que tout va bien."})
    assert r.status_code == 401
    r = guarded.post("/api/analyze", json={"text": "x"}, headers={"authorization": "Bearer wrong"})
    assert r.status_code == 401


def test_app_analyze_refuses_another_sites_page() -> None:
    # A foreign page can POST text/plain without a preflight; its Origin gives it away.
    app = TestClient(create_app(MemoryCorpus([]), WebSettings(max_body=100)))
    r = app.post("/api/analyze", content="Selon l'agence, le pont est fermé.".encode(),
                 headers={"content-type": "text/plain", "origin": "https://elsewhere.example"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "cross_origin"
    # Same origin (the app's own pages) and no Origin (scripts) pass this check:
    # the oversized body then gets its 413 instead.
    for headers in ({"origin": "http://testserver"}, {}):
        r = app.post("/api/analyze", content=b"x" * 500,
                     headers={"content-type": "text/plain", **headers})
        assert r.status_code == 413, headers


def test_app_analyze_returns_the_cli_json(analysed) -> None:
    from selon.cli.analyze import sample_article

    app = TestClient(create_app(MemoryCorpus([])))
    sample = sample_article()
    r = app.post("/api/analyze", json={"text": sample.text, "lang": "fr", "published": sample.published,
                                       "title": sample.title, "id": sample.id})
    assert r.status_code == 200
    assert r.json()["attributions"] == analysed["sample-fr"].to_dict()["attributions"]
    html = app.post("/api/analyze?lang=fr", content="<p>Selon l'AFP, le pont a été détruit.</p>".encode(),
                    headers={"content-type": "text/html"})
    assert html.status_code == 200 and html.json()["attributions"]
    bad = app.post("/api/analyze", content=b"{oops", headers={"content-type": "application/json"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_json"


def test_app_analyze_timeout_is_503() -> None:
    app = TestClient(create_app(MemoryCorpus([]), WebSettings(analyze_timeout=0.001)))
    r = app.post("/api/analyze", json={"text": "Selon l'AFP, le pont a été détruit. " * 50, "lang": "fr"})
    assert r.status_code == 503 and r.json()["error"]["code"] == "analysis_timeout"


def test_app_hostile_title_kept_as_text(client) -> None:
    assert client.get("/api/articles/hostile").json()["title"] == HOSTILE_TITLE


def test_app_sources_and_outlets_with_counts(client, analysed) -> None:
    data = client.get("/api/sources").json()
    by_name = {s["name"].lower(): s for s in data["sources"]}
    sana = [a for a in analysed.values() if any(s.name == "SANA" for s in a.sources)]
    assert by_name["sana"]["articles"] == len(sana) and by_name["sana"]["type"] == "news_agency"
    counts = [s["articles"] for s in data["sources"]]
    assert counts == sorted(counts, reverse=True)
    hosts = {o["outlet"]: o["articles"] for o in data["outlets"]}
    assert hosts["quotidien-a.example"] == 1 and "javascript" not in " ".join(hosts)
    only = client.get("/api/sources", params={"type": "military"}).json()["sources"]
    assert only and all(s["type"] == "military" for s in only)
    html = client.get("/sources").text
    assert "SANA" in html and "/search?source=SANA" in html
