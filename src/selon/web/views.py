"""View models of the web pages: an analysed Article turned into what the templates draw.

Pure functions of model objects; no I/O. Every string that came from an
article stays a plain string here: the templates escape it (autoescape).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from ..model import Article, Attribution, Event, Source
from .basemap import VIEWBOX, country_paths, project

# Roles drawn in the text, each with its own shape (see static/selon.css).
_ROLES = ("src", "cue", "ct", "hedge", "qty", "date", "place")

# Profile keys shown as clickable counts, with their labels, in this order.
PROFILE_LABELS: tuple[tuple[str, str], ...] = (
    ("named", "named"), ("anonymous", "anonymous"), ("unsourced", "unsourced"),
    ("party_to_conflict", "from parties to the conflict"), ("state_media", "state media"),
    ("hedged", "hedged"), ("second_hand", "second-hand (via another source)"),
)


@dataclass(slots=True)
class Segment:
    """A run of text with one set of roles; ``claim`` is the claim a click selects."""

    text: str
    roles: tuple[str, ...] = ()
    claim: str | None = None
    claims: tuple[str, ...] = ()
    depth: int = 0

    @property
    def css(self) -> str:
        names = [f"m-{r}" for r in self.roles]
        if self.depth > 1:
            names.append("m-ct2")
        return " ".join(names)


@dataclass(slots=True)
class Hop:
    """One step of a source chain: who, what type, party to the conflict or not."""

    name: str
    type: str | None = None
    party: bool = False
    state: bool = False
    country: str | None = None
    anonymous: bool = False


@dataclass(slots=True)
class Claim:
    """A claim (attribution) with everything its panel shows."""

    id: str
    n: int
    source: str | None
    cue: str
    content: str
    hedged: bool | None
    quote: str | None
    cue_type: str | None
    chain: list[Hop]
    hedges: list[str]
    quantities: list[str]
    dates: list[str]
    places: list[str]
    events: list[str]
    narratives: list[dict[str, Any]]
    source_type: str | None = None
    href: str = ""
    short: str = ""
    excerpt: str = ""


@dataclass(slots=True)
class ProfileItem:
    key: str
    label: str
    count: int
    ids: list[str]


@dataclass(slots=True)
class GraphNode:
    id: str
    label: str
    type: str | None
    party: bool
    x: float
    y: float
    w: float


@dataclass(slots=True)
class GraphEdge:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(slots=True)
class Graph:
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)
    width: float = 0
    height: float = 0


@dataclass(slots=True)
class MapMark:
    name: str
    text: str
    precision: str | None
    shape: str  # "point", "ring" or "area"
    x: float | None
    y: float | None
    country: str | None
    claim: str | None
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class MapView:
    marks: list[MapMark]
    areas: list[tuple[str, tuple[str, ...]]]  # (ISO code, path data)
    viewbox: str
    unplaced: list[MapMark]


@dataclass(slots=True)
class TimeTick:
    label: str
    value: str
    x: float
    kind: str  # "date", "event", "published"
    claim: str | None = None
    row: int = 0
    anchor: str = "middle"


@dataclass(slots=True)
class TimelineView:
    ticks: list[TimeTick]
    unresolved: list[str]
    events: list[dict[str, Any]]
    start: str | None
    end: str | None
    width: int = 640


@dataclass(slots=True)
class ArticleView:
    article: Article
    segments: list[Segment]
    claims: list[Claim]
    profile: list[ProfileItem]
    by_type: list[ProfileItem]
    longest_chain: int
    sources: list[Source]
    graph: Graph
    map: MapView
    timeline: TimelineView
    url_is_link: bool


def build_view(article: Article) -> ArticleView:
    """Return the view model of an article's X-ray page."""
    src_of = _source_index(article)
    claims = _claims(article, src_of)
    profile, by_type, longest = _profile(article)
    return ArticleView(
        article=article, segments=segments(article), claims=claims, profile=profile,
        by_type=by_type, longest_chain=longest, sources=list(article.sources),
        graph=source_graph(article, src_of), map=map_view(article),
        timeline=timeline_view(article), url_is_link=is_http_url(article.url))


def is_http_url(url: str | None) -> bool:
    """True when ``url`` may be drawn as a link: http(s) only (never javascript:, data:)."""
    return bool(url) and url.lower().startswith(("http://", "https://"))  # type: ignore[union-attr]


# -- the text -----------------------------------------------------------------

def segments(article: Article) -> list[Segment]:
    """Cut the text where any role starts or ends; each run carries its roles and claim."""
    # 1. collect (start, end, role, claim id) for every drawn span;
    # 2. sweep the boundaries in order, keeping the active spans;
    # 3. a run's claim is the cue/source's own, else the innermost content's.
    spans: list[tuple[int, int, str, str | None]] = []
    for att in article.attributions:
        spans.append((att.content.start, att.content.end, "ct", att.id))
        spans.append((att.cue.start, att.cue.end, "cue", att.id))
        if att.source is not None:
            spans.append((att.source.start, att.source.end, "src", att.id))
    for h in article.hedges:
        spans.append((h.marker.start, h.marker.end, "hedge", None))
    for q in article.quantities:
        spans.append((q.span.start, q.span.end, "qty", None))
    for d in article.dates:
        spans.append((d.span.start, d.span.end, "date", None))
    for p in article.places:
        spans.append((p.span.start, p.span.end, "place", None))
    text = article.text
    n = len(text)
    opens: dict[int, list[int]] = defaultdict(list)
    closes: dict[int, list[int]] = defaultdict(list)
    for i, (s, e, _r, _c) in enumerate(spans):
        if 0 <= s < e <= n:
            opens[s].append(i)
            closes[e].append(i)
    bounds = sorted({0, n, *opens, *closes})
    active: set[int] = set()
    out: list[Segment] = []
    for a, b in zip(bounds, bounds[1:]):
        active.difference_update(closes.get(a, ()))
        active.update(opens.get(a, ()))
        if not active:
            out.append(Segment(text[a:b]))
            continue
        roles = {spans[i][2] for i in active}
        contents = sorted((spans[i][1] - spans[i][0], spans[i][3]) for i in active if spans[i][2] == "ct")
        own = [spans[i][3] for i in active if spans[i][2] in ("cue", "src")]
        claim = own[0] if own else (contents[0][1] if contents else None)
        out.append(Segment(text[a:b], tuple(r for r in _ROLES if r in roles), claim,
                           tuple(c for _l, c in contents if c), len(contents)))
    return out


def text_html(segs: list[Segment], selected: str | None, highlighted: set[str]) -> Markup:
    """Return the marked-up text: every run escaped, cues as links that select their claim."""
    # Built here rather than in the template: a 5,000-word article has
    # thousands of runs, and this loop is 5x faster than Jinja's.
    out: list[str] = []
    for s in segs:
        text = escape(s.text)
        if not s.roles:
            out.append(text)
            continue
        cls = s.css
        if selected and (s.claim == selected or selected in s.claims):
            cls += " sel"
        if highlighted and (s.claim in highlighted or (s.claims and s.claims[0] in highlighted)):
            cls += " hl"
        if s.claim is None:
            out.append(f'<span class="{cls}">{text}</span>')
            continue
        data = f'data-claim="{escape(s.claim)}" data-claims="{escape(" ".join(s.claims))}"'
        if "cue" in s.roles:
            out.append(f'<a href="?claim={escape(quote(s.claim, safe=""))}#claim" class="{cls}" {data}>{text}</a>')
        else:
            out.append(f'<span class="{cls}" {data}>{text}</span>')
    return Markup("".join(out))


# -- claims and their chains ----------------------------------------------------

def _source_index(article: Article) -> dict[str, Source]:
    return {aid: s for s in article.sources for aid in s.attributions}


def _hop(att: Attribution, src_of: dict[str, Source]) -> Hop:
    src = src_of.get(att.id)
    name = src.name if src else (att.source.text if att.source else "(no source)")
    if src is None:
        return Hop(name=name)
    return Hop(name=name, type=src.type, party=src.party_to_conflict, state=src.state_affiliated,
               country=src.affiliation_country, anonymous=src.anonymous)


def chain_of(att: Attribution, by_id: dict[str, Attribution], src_of: dict[str, Source]) -> list[Hop]:
    """Return the hops from the article's first-cited source to this claim's speaker."""
    hops = [_hop(att, src_of)]
    seen = {att.id}
    cur = att
    while cur.parent and cur.parent in by_id and cur.parent not in seen:
        cur = by_id[cur.parent]
        seen.add(cur.id)
        hops.append(_hop(cur, src_of))
    return hops[::-1]


def _claims(article: Article, src_of: dict[str, Source]) -> list[Claim]:
    by_id = {a.id: a for a in article.attributions}
    facts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for q in article.quantities:
        if q.attribution:
            facts[q.attribution]["quantities"].append(q.span.text)
    for d in article.dates:
        if d.attribution:
            facts[d.attribution]["dates"].append(f"{d.span.text} → {d.value}" if d.value else d.span.text)
    for p in article.places:
        if p.attribution:
            facts[p.attribution]["places"].append(
                f"{p.span.text} ({p.name}, {p.precision or 'unknown precision'})")
    for ev in article.events:
        if ev.attribution:
            facts[ev.attribution]["events"].append(event_label(ev))
    out = []
    for n, att in enumerate(sorted(article.attributions, key=lambda a: (a.content.start, a.cue.start)), 1):
        f = facts.get(att.id, {})
        src = src_of.get(att.id)
        out.append(Claim(
            id=att.id, n=n, source=att.source.text if att.source else None, cue=att.cue.text,
            content=att.content.text, hedged=att.hedged, quote=att.quote, cue_type=att.cue_type,
            chain=chain_of(att, by_id, src_of),
            hedges=[h.marker.text for h in article.hedges if att.content.contains(h.marker)],
            quantities=f.get("quantities", []), dates=f.get("dates", []),
            places=f.get("places", []), events=f.get("events", []),
            narratives=[m.to_dict() for m in article.narratives if m.claim == att.id],
            source_type=src.type.replace("_", " ") if src else None,
            href="?" + urlencode({"claim": att.id}), short=_short(att.content.text, 160),
            excerpt=_short(att.content.text, 300)))
    return out


def event_label(ev: Event) -> str:
    """Return 'type: actor trigger target (flags)' for an event."""
    words = " ".join(w for w in (ev.actor_name, ev.trigger.text, ev.target_name) if w)
    flags = [f for f, on in (("hedged", ev.hedged), ("negated", getattr(ev, "negated", False)),
                             ("hypothetical", getattr(ev, "hypothetical", False))) if on]
    return f"{ev.type}: {words}" + (f" ({', '.join(flags)})" if flags else "")


def _profile(article: Article) -> tuple[list[ProfileItem], list[ProfileItem], int]:
    prof = article.profile or {}
    items = []
    for key, label in PROFILE_LABELS:
        entry = prof.get(key)
        if isinstance(entry, dict) and "count" in entry:
            items.append(ProfileItem(key, label, int(entry["count"]), list(entry.get("ids", []))))
    by_type = [ProfileItem(f"type:{k}", k.replace("_", " "), int(v.get("count", 0)), list(v.get("ids", [])))
               for k, v in sorted((prof.get("by_type") or {}).items(), key=lambda kv: -kv[1].get("count", 0))]
    longest = prof.get("longest_chain") or {}
    return items, by_type, int(longest.get("length", 0)) if isinstance(longest, dict) else 0


def profile_ids(article: Article, key: str) -> list[str]:
    """Return the claim ids behind a profile count (``hedged``, ``type:military``...)."""
    prof = article.profile or {}
    if key.startswith("type:"):
        entry = (prof.get("by_type") or {}).get(key[5:])
    else:
        entry = prof.get(key)
    return list(entry.get("ids", [])) if isinstance(entry, dict) else []


# -- the source-chain graph -----------------------------------------------------

_NODE_H, _COL_GAP, _ROW_GAP, _CHAR_W = 34, 60, 14, 7.2


def source_graph(article: Article, src_of: dict[str, Source] | None = None) -> Graph:
    """Lay out who cites whom: the article, then each source at the depth it is first cited."""
    src_of = src_of if src_of is not None else _source_index(article)
    by_id = {a.id: a for a in article.attributions}

    def key(att: Attribution) -> str:
        s = src_of.get(att.id)
        return s.id if s else f"raw:{(att.source.text if att.source else '(no source)').lower()}"

    depth: dict[str, int] = {"article": 0}
    labels: dict[str, tuple[str, str | None, bool]] = {"article": ("the article", None, False)}
    edges: set[tuple[str, str]] = set()
    for att in article.attributions:
        hops, cur, seen = [att], att, {att.id}
        while cur.parent and cur.parent in by_id and cur.parent not in seen:
            cur = by_id[cur.parent]
            seen.add(cur.id)
            hops.append(cur)
        prev = "article"
        for d, h in enumerate(reversed(hops), 1):
            k = key(h)
            hop = _hop(h, src_of)
            labels.setdefault(k, (hop.name, hop.type, hop.party))
            depth[k] = min(depth.get(k, d), d)
            if prev != k:
                edges.add((prev, k))
            prev = k
    cols: dict[int, list[str]] = defaultdict(list)
    for k, d in depth.items():
        cols[d].append(k)
    g = Graph()
    pos: dict[str, GraphNode] = {}
    x = 10.0
    for d in sorted(cols):
        names = cols[d]
        widths = [min(len(_short(labels[k][0])), 30) * _CHAR_W + 24 for k in names]
        w = max(widths)
        for row, k in enumerate(names):
            name, typ, party = labels[k]
            node = GraphNode(k, _short(name), typ, party, x, 10 + row * (_NODE_H + 16 + _ROW_GAP), w)
            pos[k] = node
            g.nodes.append(node)
        x += w + _COL_GAP
    for a, b in sorted(edges):
        na, nb = pos[a], pos[b]
        g.edges.append(GraphEdge(na.x + na.w, na.y + _NODE_H / 2, nb.x, nb.y + _NODE_H / 2))
    g.width = x
    g.height = max((n.y for n in g.nodes), default=0) + _NODE_H + 24
    return g


def _short(name: str, limit: int = 30) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


# -- map ------------------------------------------------------------------------

_POINT = {"city", "village", "town", "locality", "point", "site"}
_AREA = {"country", "within_country"}


def map_view(article: Article) -> MapView:
    """Places as points (towns), rings (regions, 'near X') or areas (countries)."""
    paths = country_paths()
    marks: list[MapMark] = []
    unplaced: list[MapMark] = []
    areas: dict[str, tuple[str, ...]] = {}
    seen: set[tuple[str, str | None]] = set()
    for p in article.places:
        prec = p.precision
        shape = "area" if prec in _AREA else "point" if (prec in _POINT or prec is None) else "ring"
        x = y = None
        if p.lat is not None and p.lon is not None:
            x, y = project(p.lat, p.lon)
        mark = MapMark(p.name, p.span.text, prec, shape, x, y, p.country, p.attribution, p.lat, p.lon)
        if shape == "area" and p.country and p.country in paths:
            areas.setdefault(p.country, paths[p.country])
        if x is None and not (shape == "area" and p.country in paths):
            unplaced.append(mark)
            continue
        if (p.name, prec) in seen:
            continue
        seen.add((p.name, prec))
        marks.append(mark)
    return MapView(marks, sorted(areas.items()), _viewbox(marks), unplaced)


def _viewbox(marks: list[MapMark]) -> str:
    pts = [(m.x, m.y) for m in marks if m.x is not None and m.y is not None]
    if not pts:
        return " ".join(f"{v:g}" for v in VIEWBOX)
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    # At least ~40° across, so a lone village shows its country around it.
    w = max(max(xs) - min(xs) + 160, 320.0)
    h = max(max(ys) - min(ys) + 120, w / 2)
    w = max(w, h * 2)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return f"{cx - w / 2:.1f} {cy - h / 2:.1f} {w:.1f} {h:.1f}"


# -- timeline -------------------------------------------------------------------

def _day(value: str | None) -> date | None:
    if not value:
        return None
    v = value[:10]
    for fmt in (v, v[:7] + "-01", v[:4] + "-01-01"):
        try:
            return date.fromisoformat(fmt)
        except ValueError:
            continue
    return None


def timeline_view(article: Article, width: int = 640) -> TimelineView:
    """Dates on an axis around the publication date; unresolved ones apart, never placed."""
    pub = _day(article.published)
    dated: list[tuple[date, str, str, str, str | None]] = []
    unresolved: list[str] = []
    for d in article.dates:
        day = _day(d.value) if d.resolved else None
        if day is None:
            unresolved.append(d.span.text)
        else:
            dated.append((day, d.span.text, d.value or "", "date", d.attribution))
    by_date = {d.id: d for d in article.dates}
    events = []
    for ev in article.events:
        dref = by_date.get(ev.date) if ev.date else None
        occurred = dref.value if dref is not None and dref.resolved else None
        events.append({"type": ev.type, "trigger": ev.trigger.text, "label": event_label(ev),
                       "occurred": occurred,
                       "reported": article.published, "hedged": ev.hedged, "claim": ev.attribution})
        if occurred and _day(occurred):
            dated.append((_day(occurred), event_label(ev), occurred, "event",  # type: ignore[arg-type]
                          ev.attribution))
    if pub:
        dated.append((pub, "published", article.published or "", "published", None))
    if not dated:
        return TimelineView([], unresolved, events, None, None, width)
    lo = min(x[0] for x in dated)
    hi = max(x[0] for x in dated)
    span = max((hi - lo).days, 1)
    ticks = []
    rows: dict[int, int] = defaultdict(int)
    for day, label, value, kind, claim in sorted(dated, key=lambda t: t[0]):
        x = 20 + (width - 40) * (day - lo).days / span
        bucket = int(x // 90)
        ticks.append(TimeTick(label, value, round(x, 1), kind, claim, rows[bucket],
                              anchor="start" if x < 60 else "end" if x > width - 60 else "middle"))
        rows[bucket] += 1
    return TimelineView(ticks, unresolved, events, lo.isoformat(), hi.isoformat(), width)


# -- stories ----------------------------------------------------------------------

@dataclass(slots=True)
class StoryGraph:
    """Articles (left, earliest first) linked to the sources they cite (right)."""

    articles: list[GraphNode]
    sources: list[GraphNode]
    edges: list[GraphEdge]
    shared: set[str]
    width: float
    height: float


def story_graph(story: dict[str, Any], article_ids: list[str], row: float = 30.0) -> StoryGraph:
    """Who repeats whom: each article → each source it cites; sources cited by several are shared."""
    cited: dict[str, set[str]] = defaultdict(set)
    types: dict[str, str | None] = {}
    for c in story.get("citations") or ():
        if isinstance(c, dict) and c.get("article") and c.get("cites"):
            cited[str(c["cites"])].add(str(c["article"]))
            types.setdefault(str(c["cites"]), c.get("type"))
    ids = [i for i in article_ids if any(i in arts for arts in cited.values())] or article_ids
    # Shared sources first: they are what the articles repeat.
    names = sorted(cited, key=lambda n: (-len(cited[n]), n.lower()))[:40]
    left_w, right_x = 300.0, 420.0
    arts = [GraphNode(i, _short(i, 40), None, False, 10, 10 + k * row, left_w) for k, i in enumerate(ids)]
    srcs = [GraphNode(n, _short(n, 34), types.get(n), False, right_x, 10 + k * row, 260)
            for k, n in enumerate(names)]
    pos = {a.id: a for a in arts}
    edges = [GraphEdge(pos[a].x + left_w, pos[a].y + 10, s.x, s.y + 10)
             for s in srcs for a in sorted(cited[s.id]) if a in pos]
    shared = {n for n in names if len(cited[n]) > 1}
    height = 20 + row * max(len(arts), len(srcs), 1)
    return StoryGraph(arts, srcs, edges, shared, right_x + 270, height)


def compare_rows(story: dict[str, Any], article_ids: list[str]) -> list[dict[str, Any]]:
    """Numbers and dates side by side, one cell per article, each row marked agree or disagree."""
    rows = []
    for agree, key in ((False, "disagreements"), (True, "agreements")):
        for entry in story.get(key) or ():
            if not isinstance(entry, dict):
                continue
            cells: dict[str, list[str]] = defaultdict(list)
            for v in entry.get("values") or ():
                if isinstance(v, dict) and v.get("article"):
                    cells[str(v["article"])].append(f"{v.get('text', '')} ({_fmt(v.get('value'))})")
            rows.append({"agree": agree, "kind": entry.get("kind"), "what": entry.get("what"),
                         "cells": ["; ".join(cells[i]) if i in cells else None for i in article_ids]})
    return rows


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
