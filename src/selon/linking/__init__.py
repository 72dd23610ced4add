"""Cross-article linking: stories (articles reporting the same event)."""

from __future__ import annotations

from .stories import anchors, bcubed, build_story, cluster, link_stories

__all__ = ["anchors", "bcubed", "build_story", "cluster", "link_stories"]
