"""Quotation marks: pair them up over the whole text, across sentences."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

OPENING = {"«": "»", "“": "”", "‹": "›", "„": "“"}
STRAIGHT = '"'
CLOSING = frozenset("»”›")
ALL_MARKS = frozenset("«»“”‹›„\"")
_MARK_OR_BREAK = re.compile("[\n" + re.escape("".join(sorted(ALL_MARKS))) + "]")


@dataclass(frozen=True)
class Quote:
    """A quoted passage: ``open``/``close`` are the marks' offsets."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


class QuoteIndex:
    """The quotes of one text, for fast "which quote holds/ends here" look-ups."""

    def __init__(self, text: str) -> None:
        # Same normalisation as find_quotes, so that offsets and marks agree.
        self.text = doubled_apostrophes(text)
        self.quotes = list(_quotes_of(text))
        self._starts = [q.open for q in self.quotes]
        self._by_close = {q.close: q for q in reversed(self.quotes)}
        # _reach[k]: the furthest closing mark among quotes[0..k], to stop
        # backward scans early (look-ups stay logarithmic on long texts).
        self._reach: list[int] = []
        for q in self.quotes:
            self._reach.append(max(q.close, self._reach[-1] if self._reach else -1))

    def closing_before(self, pos: int) -> Quote | None:
        """The quote whose closing mark is the last non-space, non-comma char before ``pos``."""
        i = pos - 1
        while i >= 0 and self.text[i] in " \u00a0\u202f,\t\u2060":
            i -= 1
        return self._by_close.get(i) if i >= 0 else None

    def opening_after(self, pos: int, limit: int) -> Quote | None:
        """The quote whose opening mark is the first non-space char at or after ``pos``."""
        i = pos
        limit = min(limit, len(self.text))
        while i < limit and self.text[i] in " \u00a0\u202f:,\t\u2060\n":
            i += 1
        k = bisect.bisect_left(self._starts, i)
        if k < len(self.quotes) and self.quotes[k].open == i:
            return self.quotes[k]
        return None

    def containing(self, start: int, end: int) -> Quote | None:
        """The quote whose inside holds [start, end)."""
        k = bisect.bisect_right(self._starts, start) - 1
        while k >= 0 and self._reach[k] >= end:
            q = self.quotes[k]
            if q.open < start and end <= q.close:
                return q
            k -= 1
        return None

    def ending_in(self, start: int, end: int) -> Quote | None:
        """A quote that opens inside [start, end) and closes after ``end``."""
        k = bisect.bisect_left(self._starts, start)
        while k < len(self.quotes) and self.quotes[k].open < end:
            if self.quotes[k].close >= end:
                return self.quotes[k]
            k += 1
        return None

    def marks_in(self, start: int, end: int) -> bool:
        return any(c in ALL_MARKS for c in self.text[start:end])


_INNER_CLOSE = re.compile(r"(?<=[^\s'])'{3}(?!\w)")


def doubled_apostrophes(text: str) -> str:
    """Two apostrophes stand for a straight double quote in some wire copy
    (''This isn't tax reform,'' said …): each pair becomes a double quote mark
    and a word joiner, so that offsets are kept. Three after a word close an
    inner quote first (''I would call it 'a mess,''' he said): the single one
    is the inner quote's, the pair closes the outer one."""
    if "''" not in text:
        return text
    return _INNER_CLOSE.sub("'\"\u2060", text).replace("''", '"\u2060')


def _misused_opener(text: str, i: int) -> bool:
    """An opening mark right before a stop or line end is a mistyped closer."""
    rest = text[i + 1:i + 4].lstrip(" \u00a0\u202f")
    return not rest or rest[0] in ".,;:!?\n"


_VISIBLE = re.compile(r"[^ \u00a0\u202f\t]")


def _next_visible(text: str, pos: int) -> str:
    """The first character at or after ``pos`` that is not a space or tab ("" at the end)."""
    m = _VISIBLE.search(text, pos)
    return m.group() if m else ""


@functools.lru_cache(maxsize=8)
def _quotes_of(text: str) -> tuple[Quote, ...]:
    """find_quotes, kept for the last texts: three layers index the same article."""
    return tuple(find_quotes(text))


def find_quotes(text: str) -> list[Quote]:
    """Pair opening and closing marks; nested «“…”» inner quotes are skipped."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []
    straight_open: int | None = None
    # Two apostrophes stand for a straight double quote in some wire copy:
    # ''This isn't tax reform,'' said …
    text = doubled_apostrophes(text)  # same length: offsets are kept
    # only quotation marks and line breaks do anything below: the loop visits them alone
    for m in _MARK_OR_BREAK.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            # A quote running over paragraphs reopens each one and closes only
            # at the last (French and English typography): each paragraph is
            # a quote. Otherwise an opener left unclosed at a paragraph end
            # was a typo; it must not swallow the quotes of the next paragraphs.
            if len(stack) == 1 and stack[0][0] in "«“" and _next_visible(text, i + 1) == stack[0][0]:
                end = i
                while end > stack[0][1] + 1 and text[end - 1] in " \u00a0\u202f\t":
                    end -= 1
                quotes.append(Quote(stack[0][1], end))
            stack.clear()
        if ch in OPENING and _misused_opener(text, i) and stack and OPENING[stack[-1][0]] in CLOSING:
            ch = OPENING[stack[-1][0]]  # "«la répression et le mépris «." closes
        if ch in OPENING and not (ch == "“" and stack and stack[-1][0] == "„"):
            stack.append((ch, i))
        elif ch in CLOSING or (ch == "“" and stack and stack[-1][0] == "„"):
            # Close the innermost matching opener; drop unmatched closers.
            for k in range(len(stack) - 1, -1, -1):
                if OPENING[stack[k][0]] == ch:
                    _, start = stack[k]
                    del stack[k:]
                    if not stack:
                        quotes.append(Quote(start, i))
                    break
        elif ch == STRAIGHT:
            if straight_open is None:
                straight_open = i
            else:
                if not stack:
                    quotes.append(Quote(straight_open, i))
                straight_open = None
        elif ch == "\n" and straight_open is not None and text[i + 1:i + 2] != STRAIGHT:
            # A straight quote does not run over a paragraph unless the next
            # paragraph reopens it; give up on an unbalanced one.
            straight_open = None
    quotes.sort(key=lambda q: q.open)
    return quotes
