"""``selon stories`` and ``selon story``: articles grouped by the event they report."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import Errors, StoreError
from .ingest import db_option


@click.command("stories")
@db_option
@click.option("--jsonl", "as_jsonl", is_flag=True, help="One JSON object per story.")
@click.option("--min-articles", type=click.IntRange(1), default=2, show_default=True,
              help="Only stories with at least this many articles (1: every article).")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many stories.")
@click.option("--no-update", is_flag=True, help="Print the stored stories without linking new articles.")
@click.option("--no-embed", is_flag=True,
              help="Do not embed the leads (multilingual-e5-small): articles in two languages then "
                   "compare on their anchors alone.")
def stories_cli(db_path: Path | None, as_jsonl: bool, min_articles: int, limit: int | None,
                no_update: bool, no_embed: bool) -> None:
    """Link new articles into stories (same real-world event), then list the stories.

    Linking is incremental: new articles join the closest story or start one;
    a story they touch is re-clustered when it no longer holds together (it
    splits, the larger part keeping its id); other stories are left as they
    are. Biggest stories first.

    Example: selon stories --db corpus.db --jsonl
    """
    from ..linking import link_stories
    from ..store import list_stories
    from .search import open_corpus

    db, _ = open_corpus(db_path)
    if not no_update:
        counts = link_stories(db, embed=not no_embed)
        click.echo(f"{counts['new']} new articles linked, {counts['stories_split']} stories "
                   f"split; {counts['stories']} stories over {counts['articles']} articles.",
                   err=True)
    for story in list_stories(db, limit=limit or -1, min_articles=min_articles):
        if as_jsonl:
            click.echo(json.dumps(story.to_dict(), ensure_ascii=False))
        else:
            click.echo(f"{story.id}\t{len(story.articles)} articles\tfirst: {story.first}\t"
                       f"{' '.join((story.title or '').split())[:100]}")


@click.command("story")
@click.argument("story_id", metavar="ID")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the story as one JSON object.")
def story_cli(story_id: str, db_path: Path | None, as_json: bool) -> None:
    """Print one story: its articles, first report, outlets, who cites whom, (dis)agreements.

    ID is a story id (st-…) or the input id of one of its articles.

    Example: selon story st-3f2a9c1b7d4e --db corpus.db
    """
    from ..store import get_story, story_of
    from .search import open_corpus

    db, path = open_corpus(db_path)
    story = get_story(db, story_id) or story_of(db, story_id)
    if story is None:
        raise StoreError(Errors.E123.format(id=story_id, path=path))
    if as_json:
        click.echo(json.dumps(story.to_dict(), ensure_ascii=False))
        return
    click.echo(f"{story.id}: {' '.join((story.title or '').split())}")
    click.echo(f"first: {story.first} ({story.first_date or 'date unknown'})")
    click.echo("articles: " + ", ".join(story.articles))
    if story.outlets:
        click.echo("outlets: " + ", ".join(story.outlets))
    cited = sorted({(c["cites"], c["type"]) for c in story.citations})
    if cited:
        click.echo("sources cited: " + "; ".join(f"{n} ({t})" for n, t in cited[:30]))
    for title, rows in (("agree", story.agreements), ("disagree", story.disagreements)):
        for row in rows:
            vals = ", ".join(f"{v['text']} [{v['article']}]" for v in row["values"])
            click.echo(f"{title}: {row['kind']} {row['what']}: {vals}")
    for c in story.claims[:20]:
        click.echo(f"  [{c['article']}] {c['source'] or '?'}: {' '.join(c['content'].split())[:140]}")
