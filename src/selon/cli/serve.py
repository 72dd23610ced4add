"""``selon serve``: the web app and HTTP API over a store; also ``analyze --open``."""

from __future__ import annotations

import ipaddress
import socket
import threading
import webbrowser

import click

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def is_local(host: str) -> bool:
    """True when ``host`` is a loopback name or address (reachable from this machine only)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def free_port(host: str = DEFAULT_HOST) -> int:
    """Return a TCP port that is free on ``host`` now."""
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def run_server(app: object, host: str, port: int, open_path: str | None = None) -> None:
    """Serve ``app`` with uvicorn until Ctrl-C; open ``open_path`` in the browser once it is up."""
    import uvicorn

    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    click.echo(f"Serving selon at {url}/ (Ctrl-C to stop)", err=True)
    if open_path is not None:
        threading.Timer(1.0, webbrowser.open, args=(url + open_path,)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning")  # type: ignore[arg-type]


@click.command("serve")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="The store to serve (built by `selon ingest`).")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to bind. Beyond localhost, POST /api/analyze is off unless --token is given.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535),
              help="TCP port.")
@click.option("--token", envvar="SELON_TOKEN", metavar="SECRET",
              help="Require 'Authorization: Bearer SECRET' on POST /api/analyze (env SELON_TOKEN).")
@click.option("--no-analyze", is_flag=True, help="Turn POST /api/analyze off.")
@click.option("--max-body", type=click.IntRange(min=1), default=2_000_000, show_default=True,
              help="Largest request body in bytes; larger ones get 413.")
@click.option("--analyze-timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds before POST /api/analyze gives up (503).")
@click.option("--size", type=click.Choice(["md", "sm"]), default="md", show_default=True,
              help="spaCy model size for POST /api/analyze (French).")
@click.option("--kb", "kb_path", metavar="KB.yaml", type=click.Path(dir_okay=False),
              help="Your own knowledge-base entries (docs/kb.md), used by POST /api/analyze "
                   "as by `selon analyze --kb`; a bad file is refused before the server starts.")
def serve_cli(db_path: str, host: str, port: int, token: str | None, no_analyze: bool,
              max_body: int, analyze_timeout: float, size: str, kb_path: str | None) -> None:
    """Serve the article X-rays, corpus search, stories and the HTTP API (docs at /docs).

    Binds 127.0.0.1:8000 by default. Pages read the store only; POST
    /api/analyze loads the spaCy pipeline once, on its first call.

    Example: selon serve --db corpus.db --port 8000
    """
    from ..web import Corpus, create_app

    kb = None
    if kb_path:
        from ..sources.kb import load_kb

        kb = load_kb(kb_path)  # E018 here, before the server starts
    settings, warning = web_settings(host, token, no_analyze, max_body=max_body,
                                     analyze_timeout=analyze_timeout, size=size, kb=kb)
    if warning:
        click.echo(warning, err=True)
    app = create_app(Corpus(db_path), settings)
    run_server(app, host, port)


def web_settings(host: str, token: str | None, no_analyze: bool, **kw: object) -> tuple[object, str | None]:
    """Return the app's settings for a bind address, and the warning to print (or None)."""
    from ..web import WebSettings

    local = is_local(host)
    warning = None
    if not local:
        warning = (f"Warning: binding {host}: the server is reachable from other machines. "
                   + ("POST /api/analyze needs the token." if token and not no_analyze
                      else "POST /api/analyze is off (give --token to turn it on)."))
    hosts = ("127.0.0.1", "localhost", "::1", "[::1]") if local else None
    settings = WebSettings(token=token, write_enabled=not no_analyze and (local or bool(token)),
                           allowed_hosts=hosts, **kw)  # type: ignore[arg-type]
    return settings, warning
