"""``selon search`` and ``selon show``: find articles in the store and print one."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import Errors, StoreError
from .ingest import db_option


def open_corpus(db_path: Path | None):  # type: ignore[no-untyped-def]
    """Open the store for reading; a missing file is an error, not a new empty store."""
    from ..store import connect, default_db_path

    path = db_path or default_db_path()
    if not Path(path).expanduser().is_file():
        raise StoreError(Errors.E124.format(path=path))
    return connect(path), path


@click.command("search")
@click.argument("query")
@db_option
@click.option("--source", help="Only articles citing a source whose name contains this.")
@click.option("--source-type", help="Only articles citing a source of this type (news_agency, "
                                     "government, state_media, ...).")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Only articles in this language.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Published on or after this date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Published on or before this date.")
@click.option("--place", help="Only articles that name this place.")
@click.option("--country", metavar="CC", help="Only articles with a place in this country (ISO code).")
@click.option("--hedged", is_flag=True, help="Only articles with at least one hedged claim.")
@click.option("--narrative", metavar="CASE", help="Only articles matching this narrative case "
                                                  "(id or part of its title).")
@click.option("--limit", type=click.IntRange(1, 10000), default=20, show_default=True,
              help="How many results.")
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many results.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per result.")
def search_cli(query: str, db_path: Path | None, source: str | None, source_type: str | None,
               lang: str | None, date_from: str | None, date_to: str | None, place: str | None,
               country: str | None, hedged: bool, narrative: str | None, limit: int, offset: int,
               as_json: bool) -> None:
    """Full-text search over titles, texts and claims, best first, with highlighted snippets.

    Every word of QUERY must be there ("quoted words" as a phrase; accents and
    case are ignored). An empty QUERY ("") lists the articles that pass the
    filters, newest first.

    Example: selon search "frappes Alep" --db corpus.db --source-type government --hedged
    """
    from ..store import MARK_END, MARK_START, SearchFilters, search

    db, _ = open_corpus(db_path)
    filters = SearchFilters(source=source, source_type=source_type, lang=lang, date_from=date_from,
                            date_to=date_to, place=place, country=country, hedged=hedged,
                            narrative=narrative)
    hits = search(db, query, filters, limit=limit, offset=offset)
    if as_json:
        for h in hits:
            snippet = h.snippet.replace(MARK_START, "[").replace(MARK_END, "]")
            click.echo(json.dumps({"id": h.id, "title": h.title, "lang": h.lang,
                                   "published": h.published, "url": h.url, "snippet": snippet,
                                   "score": h.score}, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    if not hits:
        click.echo("No article matches.", err=True)
    for h in hits:
        snippet = escape(" ".join(h.snippet.split())).replace(MARK_START, "[bold yellow]") \
            .replace(MARK_END, "[/bold yellow]")
        console.print(f"[bold]{escape(h.id)}[/bold]  {escape(h.title or '')} "
                      f"[dim]{escape(h.lang or '?')} · {escape(h.published or 'undated')}[/dim]")
        console.print(f"    {snippet}")


@click.command("show")
@click.argument("article_id", metavar="ID")
@db_option
@click.option("--json", "as_json", is_flag=True,
              help="Print the stored JSON (the same as `selon analyze --json` printed).")
def show_cli(article_id: str, db_path: Path | None, as_json: bool) -> None:
    """Print a stored article's claim graph by its input id (as `selon analyze` does).

    Example: selon show wn-2016_02_15-002 --db corpus.db
    """
    from ..model import Article
    from ..store import article_origins, load_article_json, resolve_id

    db, path = open_corpus(db_path)
    data = load_article_json(db, article_id)
    if data is None:
        raise StoreError(Errors.E122.format(id=article_id, path=path))
    if as_json:
        click.echo(data)
        return
    from .render import render_article

    render_article(Article.from_dict(json.loads(data)))
    stored = resolve_id(db, article_id) or article_id
    others = [o.input_id for o in article_origins(db, stored) if o.input_id != article_id]
    if others:
        click.echo("Same text also ingested as: " + ", ".join(others))
