"""The FastAPI app: X-ray pages, corpus search and stories, and the HTTP API.

Routes only validate, call the store (or, for ``POST /api/analyze``, the
pipeline) and format the result. Every HTML page has a JSON twin. Untrusted
article fields reach HTML only through Jinja2 autoescape; a Content-Security-
Policy forbids inline script, and no asset comes from outside the app.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import hmac
import json
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, get_args
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import SelonError
from ..model import Article, SourceType
from .basemap import basemap_svg
from .corpus import Corpus, Filters
from .views import build_view, compare_rows, is_http_url, profile_ids, story_graph, text_html

log = logging.getLogger("selon.web")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'; object-src 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
SOURCE_TYPES: tuple[str, ...] = get_args(SourceType)
PAGE_MAX = 200


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSettings:
    """Settings of the web app; ``selon serve`` fills them from its options."""

    # Request bodies above this many bytes get 413 (POST /api/analyze).
    max_body: int = 2_000_000
    # An analysis that runs longer than this many seconds answers 503.
    analyze_timeout: float = 30.0
    # POST /api/analyze is served at all (off by default beyond localhost).
    write_enabled: bool = True
    # When set, write endpoints need "Authorization: Bearer <token>".
    token: str | None = None
    # spaCy model size for POST /api/analyze.
    size: str = "md"
    # Host headers accepted (None: any). `selon serve` on localhost sets the
    # loopback names, so a page elsewhere can't reach the app by DNS rebinding.
    allowed_hosts: tuple[str, ...] | None = None
    # X-ray views kept in memory (keyed by the stored JSON, so a re-ingested
    # article is rebuilt); 0 turns the cache off.
    view_cache: int = 32
    # Extra knowledge-base entries (a loaded ``KnowledgeBase``) used by POST
    # /api/analyze, as ``selon analyze --kb``; ``selon serve --kb`` loads it.
    kb: Any = None


class WebError(Exception):
    """An error answered as ``{"error": {"code", "message"}}`` (or an HTML page)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _templates() -> Environment:
    env = Environment(loader=PackageLoader("selon.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["qs"] = lambda **kw: urlencode({k: v for k, v in kw.items() if v not in (None, "", False)})
    env.filters["http_url"] = is_http_url
    return env


def _wants_json(request: Request) -> bool:
    p = request.url.path
    return p.startswith("/api/") or p.endswith(".json") or p == "/openapi.json"


def create_app(corpus: Corpus, settings: WebSettings | None = None) -> FastAPI:
    """Return the app reading ``corpus`` (a store, or articles held in memory)."""
    settings = settings or WebSettings()
    app = FastAPI(title="selon", version=_version(), docs_url=None, redoc_url=None,
                  description="Who says what, according to whom, how firmly: the claim graphs "
                              "of analysed news articles. Errors are "
                              '`{"error": {"code", "message"}}`.')
    env = _templates()
    app.state.corpus, app.state.settings, app.state.env = corpus, settings, env
    analyze_lock = threading.Lock()
    pipelines_loaded: set[str | None] = set()
    if settings.allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(request=request, has_store=corpus.has_store, **ctx)
        return HTMLResponse(html, status_code=status)

    # -- errors, headers, limits ------------------------------------------------

    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": {"code": exc.code, "message": exc.message}},
                                status_code=exc.status)
        return page(request, "error.html", exc.status, code=exc.code, message=exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        msg = (f"No page at '{request.url.path}'. See /docs for the API and / for the articles."
               if exc.status_code == 404 else str(exc.detail))
        return await _web_error(request, WebError(exc.status_code, code, msg))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = [f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
        return await _web_error(request, WebError(422, "invalid_request",
                                                  "Invalid request: " + "; ".join(parts)))

    @app.exception_handler(SelonError)
    async def _selon_error(request: Request, exc: SelonError) -> Response:
        msg = str(exc)
        code = msg[1:5] if msg.startswith("[E") else "selon_error"
        return await _web_error(request, WebError(400, code, msg))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return await _web_error(request, WebError(500, "internal_error",
                                                  f"Internal error ({type(exc).__name__}); see the "
                                                  "server log and report it."))

    @app.middleware("http")
    async def _headers_and_limits(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_body:
            response: Response = await _web_error(request, _too_large(int(length), settings.max_body))
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    # -- static files and the basemap --------------------------------------------

    @app.get("/static/worldmap.svg", include_in_schema=False)
    def worldmap() -> Response:
        return Response(basemap_svg(), media_type="image/svg+xml",
                        headers={"Cache-Control": "public, max-age=86400"})

    from importlib import resources

    app.mount("/static", StaticFiles(directory=str(resources.files("selon.web") / "static")),
              name="static")

    # -- pages -------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request, offset: int = Query(0, ge=0), limit: int = Query(50, ge=1, le=PAGE_MAX)):
        rows, total = corpus.summaries(limit, offset)
        return page(request, "index.html", rows=rows, total=total, offset=offset, limit=limit)

    @app.get("/articles/{id:path}", include_in_schema=False)
    def article_page(request: Request, id: str, claim: str | None = None, hl: str | None = None):
        if id.endswith(".json") and corpus.article(id) is None:
            return _article_json(id[:-5])
        art, view = _view(id)
        selected = claim if any(c.id == claim for c in view.claims) else None
        highlighted = set(profile_ids(art, hl)) if hl else set()
        return page(request, "article.html", v=view, a=art, selected=selected, hl=hl,
                    text_html=text_html(view.segments, selected, highlighted),
                    chain_json=_chain_json(view))

    @app.get("/search", include_in_schema=False)
    def search_page(request: Request, q: str = "", source: str | None = None,
                    source_type: str | None = None, lang: str | None = None,
                    date_from: str | None = None, date_to: str | None = None,
                    place: str | None = None, country: str | None = None, hedged: bool = False,
                    narrative: str | None = None, offset: int = Query(0, ge=0),
                    limit: int = Query(20, ge=1, le=PAGE_MAX)):
        f = _filters(source, source_type, lang, date_from, date_to, place, country, hedged, narrative)
        searched = bool(q.strip()) or any(v for v in dataclasses.astuple(f))
        hits = corpus.search(q, f, limit, offset) if searched else []
        return page(request, "search.html", q=q, f=f, hits=[_hit(h) for h in hits],
                    searched=searched, source_types=SOURCE_TYPES, offset=offset, limit=limit)

    @app.get("/stories", include_in_schema=False)
    def stories_page(request: Request, offset: int = Query(0, ge=0),
                     limit: int = Query(50, ge=1, le=PAGE_MAX), min_articles: int = Query(2, ge=1)):
        rows, total = corpus.stories(limit, offset, min_articles)
        return page(request, "stories.html", stories=rows, total=total, offset=offset, limit=limit,
                    min_articles=min_articles)

    @app.get("/stories/{id:path}", include_in_schema=False)
    def story_page(request: Request, id: str):
        if id.endswith(".json") and corpus.story(id) is None:
            return JSONResponse(_story(id[:-5]))
        story = _story(id)
        arts = _story_articles(story.get("articles", ()))
        return page(request, "story.html", s=story, arts=arts,
                    titles={i: a["title"] for i, a in arts.items()},
                    graph=story_graph(story, list(arts)),
                    compared=compare_rows(story, list(arts)))

    @app.get("/sources", include_in_schema=False)
    def sources_page(request: Request, type: str | None = None, offset: int = Query(0, ge=0),
                     limit: int = Query(100, ge=1, le=PAGE_MAX)):
        _filters(None, type, None, None, None, None, None, False, None)
        data = corpus.facets(limit, offset, type or None)
        return page(request, "sources.html", d=data, type=type, offset=offset, limit=limit)

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request):
        return page(request, "docs.html", api=app.openapi())

    # -- JSON API ----------------------------------------------------------------

    @app.get("/api/articles", summary="List stored articles, newest first (paginated)")
    def api_articles(offset: int = Query(0, ge=0), limit: int = Query(50, ge=1, le=PAGE_MAX)):
        rows, total = corpus.summaries(limit, offset)
        return {"total": total, "offset": offset, "limit": limit, "articles": rows}

    @app.get("/api/articles/{id:path}", summary="One analysed article, as `selon analyze --json`")
    def api_article(id: str):
        return _article_json(id)

    @app.get("/api/search", summary="Search claims and articles, with the filters of `selon search`")
    def api_search(q: str = "", source: str | None = None, source_type: str | None = None,
                   lang: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   place: str | None = None, country: str | None = None, hedged: bool = False,
                   narrative: str | None = None, offset: int = Query(0, ge=0),
                   limit: int = Query(20, ge=1, le=PAGE_MAX)):
        f = _filters(source, source_type, lang, date_from, date_to, place, country, hedged, narrative)
        hits = corpus.search(q, f, limit, offset)
        return {"query": q, "filters": dataclasses.asdict(f), "offset": offset, "limit": limit,
                "hits": [_hit(h, marks=False) for h in hits]}

    @app.get("/api/sources", summary="Sources (by name and type) and outlets, with article counts")
    def api_sources(type: str | None = None, offset: int = Query(0, ge=0),
                    limit: int = Query(100, ge=1, le=PAGE_MAX)):
        _filters(None, type, None, None, None, None, None, False, None)
        return {"offset": offset, "limit": limit, **corpus.facets(limit, offset, type or None)}

    @app.get("/api/stories", summary="Stories (articles about the same event), biggest first")
    def api_stories(offset: int = Query(0, ge=0), limit: int = Query(50, ge=1, le=PAGE_MAX),
                    min_articles: int = Query(2, ge=1)):
        rows, total = corpus.stories(limit, offset, min_articles)
        return {"total": total, "offset": offset, "limit": limit, "stories": rows}

    @app.get("/api/stories/{id:path}", summary="One story: first report, repeaters, disagreements")
    def api_story(id: str):
        return _story(id)

    @app.post("/api/analyze", summary="Analyse a text or an HTML page (same JSON as `selon analyze --json`)",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": {"type": "object", "properties": {
                      "text": {"type": "string"}, "html": {"type": "string"},
                      "lang": {"type": "string", "enum": ["fr", "en"]},
                      "published": {"type": "string", "format": "date"},
                      "title": {"type": "string"}, "url": {"type": "string"},
                      "id": {"type": "string"}}}},
                  "text/plain": {"schema": {"type": "string"}},
                  "text/html": {"schema": {"type": "string"}}}}})
    async def api_analyze(request: Request, lang: str | None = Query(None, pattern="^(fr|en)$"),
                          published: str | None = None):
        _check_write(request, settings)
        raw = await _read_body(request, settings.max_body)
        art = _article_from_body(raw, request.headers.get("content-type", ""), lang, published)

        def work() -> Article:
            from ..pipeline import analyze_article

            with analyze_lock:
                result = analyze_article(art, lang=art.lang, size=settings.size, kb=settings.kb)
                if result.lang not in pipelines_loaded:  # just loaded: freeze it too
                    pipelines_loaded.add(result.lang)
                    _freeze_heap()
                return result

        try:
            result = await asyncio.wait_for(run_in_threadpool(work), settings.analyze_timeout)
        except asyncio.TimeoutError:
            raise WebError(503, "analysis_timeout",
                           f"The analysis took longer than {settings.analyze_timeout:g} s and was "
                           "abandoned. Send a shorter text, or raise --analyze-timeout.") from None
        return JSONResponse(result.to_dict())

    # -- helpers -------------------------------------------------------------------

    views: OrderedDict[tuple[str, int, int], tuple[Article, Any]] = OrderedDict()
    views_lock = threading.Lock()

    def _view(id: str) -> tuple[Article, Any]:
        text = corpus.article_json(id)
        if text is None:
            _article(id)
        key = (id, len(text), hash(text))  # type: ignore[arg-type]
        with views_lock:
            hit = views.get(key)
            if hit is not None:
                views.move_to_end(key)
                return hit
        art = Article.from_dict(json.loads(text))  # type: ignore[arg-type]
        built = (art, build_view(art))
        if settings.view_cache:
            with views_lock:
                views[key] = built
                while len(views) > settings.view_cache:
                    views.popitem(last=False)
        return built

    def _article(id: str) -> Article:
        art = corpus.article(id)
        if art is None:
            raise WebError(404, "not_found", f"No article with id '{id}' in the store. "
                                             "List them at /api/articles.")
        return art

    def _article_json(id: str) -> Response:
        text = corpus.article_json(id)
        if text is None:
            _article(id)
        return Response(text, media_type="application/json")

    def _story(id: str) -> dict[str, Any]:
        story = corpus.story(id)
        if story is None:
            raise WebError(404, "not_found", f"No story with id '{id}'. List them at /api/stories.")
        return story

    def _story_articles(ids: Any) -> dict[str, dict[str, Any]]:
        out = {}
        for i in list(ids)[:100]:
            art = corpus.article(i)
            out[i] = {"title": (art.title or _first_line(art.text)) if art else i,
                      "published": art.published if art else None,
                      "url": art.url if art else None, "lang": art.lang if art else None}
        return out

    _freeze_heap()
    return app


def _freeze_heap() -> None:
    # What is loaded by now (templates, the store, a spaCy pipeline) lives as
    # long as the process: moving it out of the garbage collector's reach
    # keeps full collections from rescanning it in the middle of a request
    # (they made every ~20th X-ray view 2-3x slower once a model was loaded).
    gc.collect()
    gc.freeze()


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("selon")
    except Exception:
        return "0"


def _too_large(size: int, limit: int) -> WebError:
    return WebError(413, "request_too_large",
                    f"The request body is {size} bytes, over the {limit}-byte limit. Send a "
                    "shorter article, or start the server with a larger --max-body.")


async def _read_body(request: Request, limit: int) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(size, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _check_write(request: Request, settings: WebSettings) -> None:
    # A page on another site can make the browser POST a text/plain body here
    # (a "simple" request, no CORS preflight): browsers name that page in the
    # Origin header, so a write from a foreign origin is refused. Clients that
    # send no Origin (curl, scripts) are not browsers and go on.
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise WebError(403, "cross_origin",
                       f"POST /api/analyze refuses requests sent by another site's page "
                       f"(Origin {origin!r}). Call it from the selon pages or from a script.")
    if not settings.write_enabled:
        raise WebError(403, "write_disabled",
                       "POST /api/analyze is off: this server is bound beyond localhost without "
                       "a token. Restart it with --token SECRET and send 'Authorization: Bearer SECRET'.")
    if settings.token:
        auth = request.headers.get("authorization", "")
        given = auth[7:] if auth.lower().startswith("bearer ") else ""
        if not hmac.compare_digest(given.encode(), settings.token.encode()):
            raise WebError(401, "unauthorized",
                           "This endpoint needs the server's token: send 'Authorization: Bearer TOKEN'.")


def _article_from_body(raw: bytes, ctype: str, lang: str | None, published: str | None) -> Article:
    from ..ingest import read_text
    from ..ingest.readers import record_to_article

    if not raw.strip():
        raise WebError(400, "empty_body", "The request body is empty. Send the article as "
                       'JSON {"text": "..."} or {"html": "..."}, or as text/plain or text/html.')
    kind = ctype.split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise WebError(400, "invalid_json", f"The body is not valid JSON ({exc}). "
                           'Send {"text": "..."} or {"html": "..."}.') from None
        if isinstance(record, dict) and isinstance(record.get("html"), str) and "text" not in record:
            art = read_text(record["html"].encode("utf-8"), where="request", html=True,
                            id=str(record.get("id") or "") or None)
            keep = {k: record[k] for k in ("lang", "published", "title", "url")
                    if isinstance(record.get(k), str)}
            art = dataclasses.replace(art, **keep)
        else:
            art = record_to_article(record, "request")
    else:
        art = read_text(raw, where="request", html=True if kind == "text/html" else None)
    if lang:
        art = dataclasses.replace(art, lang=lang)
    if published:
        art = dataclasses.replace(art, published=published)
    return art


def _filters(source: str | None, source_type: str | None, lang: str | None, date_from: str | None,
             date_to: str | None, place: str | None, country: str | None, hedged: bool,
             narrative: str | None) -> Filters:
    if source_type and source_type not in SOURCE_TYPES:
        raise WebError(422, "invalid_request", f"source_type '{source_type}' is not a source type. "
                       f"Choose one of: {', '.join(SOURCE_TYPES)}.")
    if lang and lang not in ("fr", "en"):
        raise WebError(422, "invalid_request", f"lang '{lang}' is not supported. Choose fr or en.")
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value:
            import datetime as dt

            try:
                dt.date.fromisoformat(value[:10])
            except ValueError:
                raise WebError(422, "invalid_request",
                               f"{name} '{value}' is not a date. Give it as YYYY-MM-DD.") from None
    blank = lambda v: v or None  # noqa: E731 — empty form fields mean "no filter"
    return Filters(source=blank(source), source_type=blank(source_type), lang=blank(lang),
                   date_from=blank(date_from), date_to=blank(date_to), place=blank(place),
                   country=blank(country), hedged=hedged, narrative=blank(narrative))


def _hit(hit: dict[str, Any], marks: bool = True) -> dict[str, Any]:
    """Split the snippet at the store's match marks: [(text, matched)], escaped by the template."""
    from .. import store

    start, end = getattr(store, "MARK_START", "\ue000"), getattr(store, "MARK_END", "\ue001")
    snippet = hit.get("snippet") or ""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(snippet.split(start)):
        inner, _, rest = chunk.partition(end) if i else ("", "", chunk)
        if inner:
            parts.append((inner, True))
        if rest:
            parts.append((rest, False))
    out = dict(hit)
    out["snippet"] = "".join(p for p, _m in parts)
    if marks:
        out["parts"] = parts
    else:
        out["matches"] = [p for p, m in parts if m]
    return out


def _chain_json(view: Any) -> str:
    return json.dumps([c.id for c in view.claims])


def _first_line(text: str, limit: int = 90) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"
