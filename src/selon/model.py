"""The one typed data model that flows through selon.

Every layer reads an :class:`Article` and returns a new one with its own key
filled (``dataclasses.replace``). Spans are Python character offsets into
``Article.text`` with ``text[start:end] == span.text``; field names follow
``../shared/gold/GUIDELINES.md`` so gold files load straight into these types.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar, Union

CueType = Literal["verb", "according_to", "citing", "noun", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
HedgeKind = Literal["conditional", "adverb", "adjective", "verb", "other"]
EntityType = Literal[
    "person", "organisation", "media", "armed_group", "military", "government", "place", "other"
]
SourceType = Literal[
    "state_media", "media", "news_agency", "government", "politician", "judiciary_police",
    "military", "armed_group", "monitor_ngo", "international_org", "expert", "company",
    "citizen", "anonymous", "social_media", "document", "unknown",
]

M = TypeVar("M", bound="_Model")


def stable_id(*parts: object, prefix: str = "") -> str:
    """Return a short ID hashed from its parts, so reruns produce the same IDs."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}{digest}"


def _plain(value: Any) -> Any:
    if isinstance(value, _Model):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _build(tp: Any, value: Any) -> Any:
    """Turn a JSON value into the annotated type (nested models, tuples)."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None):
                continue
            return _build(arg, value)
    if origin in (tuple, list):
        args = typing.get_args(tp)
        inner = args[0] if args else Any
        built = [_build(inner, v) for v in value]
        return tuple(built) if origin is tuple else built
    if isinstance(tp, type) and issubclass(tp, _Model) and isinstance(value, dict):
        return tp.from_dict(value)
    return value


class _Model:
    """Shared ``to_dict``/``from_dict`` for the dataclasses below."""

    __slots__ = ()
    _hints: ClassVar[dict[type, dict[str, Any]]] = {}

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[M], data: dict[str, Any]) -> M:
        hints = _Model._hints.get(cls)
        if hints is None:
            hints = typing.get_type_hints(cls, globals())
            _Model._hints[cls] = hints
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs = {k: _build(hints[k], v) for k, v in data.items() if k in names}
        return cls(**kwargs)


@dataclass(frozen=True, slots=True, kw_only=True)
class Span(_Model):
    start: int
    end: int
    text: str
    # Discontinuous gold spans (PolNeAR contents split by their cue: "X," said
    # Y, "Z") keep their fragments here; start/end/text cover the whole
    # envelope. None for ordinary spans, and then left out of to_dict().
    pieces: tuple[tuple[int, int], ...] | None = None

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Return the span of ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])

    def to_dict(self) -> dict[str, Any]:
        """Return the span as a dict, without ``pieces`` when it has none."""
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.pieces is not None:
            data["pieces"] = [list(p) for p in self.pieces]
        return data

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution(_Model):
    id: str
    source: Span | None
    source_ref: str | None = None
    cue: Span
    content: Span
    parent: str | None = None
    cue_type: CueType | None = None
    quote: QuoteKind | None = None
    hedged: bool | None = None
    # The cue itself is negated: the source is reported as not saying it
    # ("n'a pas confirmé", "did not say"); a denial cue is not a negation.
    negated: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Hedge(_Model):
    marker: Span
    kind: HedgeKind


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity(_Model):
    id: str
    name: str
    type: EntityType
    mentions: tuple[Span, ...] = ()
    aliases: tuple[str, ...] = ()
    kb_id: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity(_Model):
    id: str
    span: Span
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: str | None = None
    unit: str | None = None
    counted: str | None = None
    attribution: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRef(_Model):
    id: str
    span: Span
    value: str | None
    granularity: str | None = None
    resolved: bool = False
    relative_to: str | None = None
    end: str | None = None
    weekday_mismatch: bool = False
    attribution: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Place(_Model):
    id: str
    span: Span
    name: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None
    precision: str | None = None
    confidence: float | None = None
    attribution: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(_Model):
    id: str
    type: str
    trigger: Span
    plover: str | None = None  # PLOVER root in capitals (ASSAULT, ACCUSE, REQUEST...)
    acled: str | None = None  # ACLED event type (Battles, Protests...), None when not one
    actor: str | None = None  # entity id
    target: str | None = None  # entity id
    actor_name: str | None = None  # the actor's noun phrase as the text names it
    target_name: str | None = None
    place: str | None = None
    date: str | None = None
    quantities: tuple[str, ...] = ()
    attribution: str | None = None
    hedged: bool = False
    negated: bool = False  # *n'a pas attaqué*, *refused to meet*
    hypothetical: bool = False  # *pourrait frapper*, *if they attack*, *menace de bloquer*


@dataclass(frozen=True, slots=True, kw_only=True)
class Source(_Model):
    id: str
    name: str
    type: SourceType = "unknown"
    affiliation_country: str | None = None
    state_affiliated: bool = False
    party_to_conflict: bool | None = None  # None: the article reports no conflict or dispute
    anonymous: bool = False
    evidence: str | None = None
    attributions: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()  # the source's mentions in the text (name, short forms)


@dataclass(frozen=True, slots=True, kw_only=True)
class NarrativeCase(_Model):
    id: str
    title: str
    date: str | None = None
    countries: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class NarrativeMatch(_Model):
    id: str
    title: str
    date: str | None = None
    score: float = 0.0
    claim: str | None = None
    # Why it matched: the claim's cosine similarity to the case title and what
    # the claim (or, for names, the article) shares with the case.
    similarity: float | None = None
    shared_entities: tuple[str, ...] = ()
    shared_places: tuple[str, ...] = ()
    shared_dates: tuple[str, ...] = ()
    # Near-duplicate cases (the same narrative logged again under a close
    # title) folded into this one rather than shown as matches of their own.
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Article(_Model):
    id: str
    text: str
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    attributions: tuple[Attribution, ...] = ()
    hedges: tuple[Hedge, ...] = ()
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    sources: tuple[Source, ...] = ()
    profile: dict[str, Any] | None = None
    narratives: tuple[NarrativeMatch, ...] = ()
    errors: tuple[str, ...] = field(default=())

    def span(self, start: int, end: int) -> Span:
        """Return the span of ``text[start:end]``."""
        return Span.of(self.text, start, end)

    def attribution_at(self, span: Span) -> str | None:
        """Return the id of the innermost attribution whose content holds ``span``
        (the first in order among contents of the same length)."""
        return ContentIndex.of(self.attributions).innermost(span)


class ContentIndex:
    """The attributions' contents sorted by start: a span is looked up among the
    few contents that can hold it (bisect), not every attribution of the text.
    The index of the last attributions tuple asked about is kept (layers ask
    about the same article many times in a row)."""

    __slots__ = ("atts", "starts", "rows", "longest")
    _last: ClassVar[ContentIndex | None] = None

    def __init__(self, atts: tuple[Attribution, ...]) -> None:
        self.atts = atts
        rows = sorted((a.content.start, a.content.end, a.content.end - a.content.start, i)
                      for i, a in enumerate(atts))
        self.starts = [r[0] for r in rows]
        self.rows = rows
        self.longest = max((r[2] for r in rows), default=0)

    @classmethod
    def of(cls, atts: tuple[Attribution, ...]) -> ContentIndex:
        last = cls._last
        if last is None or last.atts is not atts:
            last = cls._last = cls(atts)
        return last

    def innermost(self, span: Span) -> str | None:
        # a content that holds the span starts at or before it, and no earlier than
        # the span's end minus the longest content
        lo = bisect.bisect_left(self.starts, span.end - self.longest)
        hi = bisect.bisect_right(self.starts, span.start)
        best: tuple[int, int] | None = None
        for _, end, length, i in self.rows[lo:hi]:
            if end >= span.end and (best is None or (length, i) < best):
                best = (length, i)
        return self.atts[best[1]].id if best else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Story(_Model):
    """Articles that report the same real-world event (``selon.linking.stories``).

    ``articles`` are stored article ids (input ids), earliest first; ``claims``
    and ``disagreements`` are plain dicts (see the README, "Stories").
    """

    id: str
    title: str | None = None
    articles: tuple[str, ...] = ()
    first: str | None = None
    first_date: str | None = None
    outlets: tuple[str, ...] = ()
    citations: tuple[dict[str, Any], ...] = ()
    claims: tuple[dict[str, Any], ...] = ()
    agreements: tuple[dict[str, Any], ...] = ()
    disagreements: tuple[dict[str, Any], ...] = ()
