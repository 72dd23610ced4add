"""The terminal view of an analysed article (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from ..model import Article, Attribution

_MAX = 140


def _short(text: str, n: int = _MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _who(att: Attribution, sources: dict[str, str]) -> str:
    name = att.source.text if att.source else "(no source given)"
    ref = f" = {att.source_ref}" if att.source_ref else ""
    kind = sources.get(att.id)
    return f"[bold]{escape(name)}[/bold]{escape(ref)}" + (f" [dim]({escape(kind)})[/dim]" if kind else "")


def claim_tree(article: Article) -> Tree:
    """The claim graph: each top-level attribution with its chain beneath it."""
    sources = {aid: f"{s.type}{', party' if s.party_to_conflict else ''}"
               for s in article.sources for aid in s.attributions}
    children: dict[str | None, list[Attribution]] = {}
    for att in article.attributions:
        children.setdefault(att.parent, []).append(att)
    root = Tree(f"[b]{escape(article.title or article.id)}[/b] "
                f"[dim]{escape(article.lang or '?')} · {escape(article.published or 'date unknown')} · "
                f"{len(article.attributions)} attributions, {len(article.hedges)} hedge markers[/dim]")

    def add(node: Tree, att: Attribution) -> None:
        hedge = " [yellow]~hedged[/yellow]" if att.hedged else ""
        if att.negated:
            hedge += " [red]¬negated[/red]"
        label = (f"{_who(att, sources)} — [italic]{escape(att.cue.text)}[/italic] "
                 f"[dim]{att.cue_type}/{att.quote}[/dim]{hedge}\n  “{escape(_short(att.content.text))}”")
        sub = node.add(label)
        for child in children.get(att.id, []):
            add(sub, child)

    for att in children.get(None, []):
        add(root, att)
    return root


def _facts_table(article: Article) -> Table | None:
    rows: list[tuple[str, str, str]] = []
    for q in article.quantities:
        rows.append(("quantity", q.span.text, f"{q.approx or ''} {q.value} {q.unit or ''} {q.counted or ''}"))
    for d in article.dates:
        rows.append(("date", d.span.text, f"{d.value if d.resolved else 'unresolved'} ({d.granularity})"))
    for p in article.places:
        rows.append(("place", p.span.text, f"{p.name}, {p.country or '?'} [{p.precision or '?'}]"))
    for e in article.events:
        rows.append(("event", e.trigger.text, f"{e.type}{' (hedged)' if e.hedged else ''}"))
    if not rows:
        return None
    table = Table("layer", "text", "value", title="Facts", title_justify="left")
    for r in rows:
        table.add_row(*(escape(_short(x, 60)) for x in r))
    return table


def render_article(article: Article, console: Console | None = None) -> None:
    """Print the claim graph, hedges, facts and sourcing profile of one article."""
    console = console or Console()
    console.print(claim_tree(article))
    if article.hedges:
        console.print("[b]Hedge markers:[/b] " + ", ".join(
            f"{escape(h.marker.text)} [dim]({h.kind})[/dim]" for h in article.hedges))
    table = _facts_table(article)
    if table is not None:
        console.print(table)
    if article.sources:
        st = Table("source", "type", "country", "state", "party", "anon.", title="Sources",
                   title_justify="left")
        for s in article.sources:
            st.add_row(escape(_short(s.name, 50)), s.type, s.affiliation_country or "",
                       "yes" if s.state_affiliated else "", "yes" if s.party_to_conflict else "",
                       "yes" if s.anonymous else "")
        console.print(st)
    if article.profile:
        parts = [f"{k.replace('_', ' ')}: {v['count']}" for k, v in article.profile.items()
                 if isinstance(v, dict) and isinstance(v.get("count"), int)]
        console.print("[b]Sourcing profile:[/b] " + escape(", ".join(parts)))
    if article.narratives:
        console.print("[b]Known narratives:[/b]")
        for n in article.narratives:
            console.print(f"  {n.score:.2f} {escape(n.date or '')} {escape(_short(n.title, 100))} [dim]{escape(n.id)}[/dim]")
            why = [*n.shared_entities, *n.shared_places, *n.shared_dates]
            if n.claim:
                shared = f" [dim](shares: {escape(', '.join(why))})[/dim]" if why else ""
                console.print(f"       claim: {escape(_short(n.claim, 100))}{shared}")
            if n.also:
                console.print(f"       [dim]also (same narrative): {escape(', '.join(n.also))}[/dim]")
    console.print()
