"""Readers that turn files, HTML pages, JSONL records, feeds and WARCs into Articles."""

from __future__ import annotations

from .feeds import read_feed
from .readers import MAX_BYTES, html_to_text, read_file, read_jsonl, read_jsonl_file, read_text
from .warc import read_warc

__all__ = ["MAX_BYTES", "html_to_text", "read_feed", "read_file", "read_jsonl", "read_jsonl_file",
           "read_text", "read_warc"]
