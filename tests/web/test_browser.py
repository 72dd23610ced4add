"""The web app in headless Chromium (Debian's ``chromium``), driven by Playwright.

Screenshots go to ``test-artifacts/screenshots/`` (gitignored). Without a
``chromium`` on PATH these tests skip, except under CI=true where they fail:
``bash scripts/test`` installs it (apt-get) where it can.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest


pytestmark = [pytest.mark.browser]

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    msg = ("headless Chromium is not installed: run `apt-get install -y chromium` "
           "(Debian/Ubuntu, as root), or `bash scripts/test`, which installs it")
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(msg + " (CI=true: the browser tests must run)")
    pytest.skip(msg)


@pytest.fixture(scope="module")
def server(store_path):
    """The app over the test store, served by uvicorn on a free local port."""
    import uvicorn

    from selon.cli.serve import free_port
    from selon.web import Corpus, create_app

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(Corpus(store_path)), host="127.0.0.1",
                                        port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    exe = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def _shot(page, name: str, full: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def test_browser_xray_select_claim_shows_chain(server, page, analysed) -> None:
    art = analysed["sample-fr"]
    child = next(a for a in art.attributions if a.parent)
    page.goto(f"{server}/articles/sample-fr")
    assert page.locator(".claim-panel:visible").count() == 0
    page.locator(f'#text a.m-cue[data-claim="{child.id}"]').first.click()
    panel = page.locator(f"#panel-{child.id}")
    assert panel.is_visible()
    hops = panel.locator(".chain .hop")
    # the article, then the parent's source, then this claim's source
    assert hops.count() >= 3
    assert "the article" in hops.first.inner_text()
    assert page.locator("#text .sel").count() > 0
    assert f"claim={child.id}" in page.url
    _shot(page, "xray-selected", full=False)
    assert page.errors == []  # type: ignore[attr-defined]


def test_browser_xray_keyboard(server, page, analysed) -> None:
    page.goto(f"{server}/articles/sample-fr")
    page.keyboard.press("j")
    first = page.locator(".claim-panel:visible")
    assert first.count() == 1
    first_id = first.get_attribute("data-claim")
    page.keyboard.press("j")
    second_id = page.locator(".claim-panel:visible").get_attribute("data-claim")
    assert second_id != first_id
    page.keyboard.press("k")
    assert page.locator(".claim-panel:visible").get_attribute("data-claim") == first_id
    # the focused cue link opens its claim with Enter
    focused = page.evaluate("document.activeElement.getAttribute('data-claim')")
    assert focused == first_id
    page.keyboard.press("Enter")
    assert page.locator(".claim-panel:visible").get_attribute("data-claim") == first_id


def test_browser_profile_count_highlights_claims(server, page, analysed) -> None:
    ids = set(analysed["sample-fr"].profile["anonymous"]["ids"])
    page.goto(f"{server}/articles/sample-fr")
    page.locator('a.count[href*="hl=anonymous"]').click()
    lit = set(page.eval_on_selector_all("#text .hl", "els => els.map(e => e.dataset.claim)"))
    assert lit and lit <= ids


def test_browser_map_and_timeline_render(server, page) -> None:
    page.goto(f"{server}/articles/sample-fr")
    page.wait_for_load_state("networkidle")
    # the basemap image loaded (served by the app) and the places are drawn on it
    loaded = page.evaluate("""() => new Promise(ok => { const i = new Image();
        i.onload = () => ok(i.naturalWidth > 0); i.onerror = () => ok(false);
        i.src = '/static/worldmap.svg'; })""")
    assert loaded
    marks = page.locator(".map-svg .mark")
    assert marks.count() >= 1
    box = page.locator(".map-svg").bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100
    # a point lies inside the drawn map
    dot = page.locator(".map-svg .mark-point circle").first.bounding_box()
    assert box["x"] <= dot["x"] <= box["x"] + box["width"]
    assert page.locator(".tl-svg .tick").count() >= 2
    assert page.locator(".tl-svg .tick-published").count() == 1
    page.locator("#map-h").scroll_into_view_if_needed()
    _shot(page, "xray-full")


def test_browser_xray_works_without_javascript(browser, server, analysed) -> None:
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.goto(f"{server}/articles/sample-fr")
    assert pg.locator("#text").inner_text().startswith(analysed["sample-fr"].text[:30])
    assert pg.locator(".claim-list li").count() == len(analysed["sample-fr"].attributions)
    pg.locator(".claim-list a.claim-link").nth(1).click()
    assert "claim=" in pg.url and pg.locator(".claim-panel:visible").count() == 1
    ctx.close()


def test_browser_search_and_story(server, page) -> None:
    page.goto(f"{server}/search")
    page.fill("#q", "convoi")
    page.locator("form.search button[type=submit]").click()
    hits = page.locator(".hits li")
    assert hits.count() >= 1 and page.locator(".hits mark").count() >= 1
    _shot(page, "search")
    page.goto(f"{server}/stories")
    page.locator("table.list a").first.click()  # the biggest story: one event's three reports
    assert page.locator("h2", has_text="First report").is_visible()
    assert page.locator("#arts-h + table tbody tr").count() == 3
    assert page.locator(".story-graph .node.src").count() >= 1
    assert page.locator(".story-graph line").count() >= 2
    _shot(page, "story")


def test_browser_hostile_article_runs_nothing(server, page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for url in ("/articles/hostile", "/articles/hostile?claim=x", "/", "/search?q=pont"):
        page.goto(f"{server}{url}")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("typeof window.__xss") == "undefined", url
        # nothing injected became an element
        assert page.locator("#main img, #main svg[onload], #main script").count() == 0, url
    page.goto(f"{server}/articles/hostile")
    assert "<script>" in page.locator("#art-title").inner_text()
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    # the javascript: URL is shown as text, not as a link
    assert page.locator(".meta a.url").count() == 0 and "javascript:" in page.locator(".meta").inner_text()
    for link in page.locator("#text a").all()[:5]:
        link.click()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == [] and page.errors == []  # type: ignore[attr-defined]
    _shot(page, "hostile")


def test_browser_missing_chromium_fails_under_ci(monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y chromium"):
        _chromium()
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception):
        _chromium()
