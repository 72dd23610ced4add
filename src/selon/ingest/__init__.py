"""Readers that turn files, HTML pages and JSONL records into Articles."""

from __future__ import annotations

from .readers import MAX_BYTES, read_file, read_jsonl, read_text

__all__ = ["MAX_BYTES", "read_file", "read_jsonl", "read_text"]
