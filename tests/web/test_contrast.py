"""WCAG AA contrast of the colours the stylesheet pairs (text 4.5:1, marks and outlines 3:1)."""

from __future__ import annotations

import re
from importlib import resources

import pytest

CSS = (resources.files("selon.web") / "static" / "selon.css").read_text(encoding="utf-8")
HEX = r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"


def _six(h: str) -> str:
    return h if len(h) == 7 else "#" + "".join(c * 2 for c in h[1:])


VARS = {k: _six(v) for k, v in re.findall(r"--([\w-]+):\s*(" + HEX + ")", CSS)}


def _lum(hex_: str) -> float:
    def ch(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_lum(a), _lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _color(name: str) -> str:
    return VARS[name] if not name.startswith("#") else name


def _rule(selector: str, prop: str) -> str:
    m = re.search(r"(?:^|\n|\}\s*)" + re.escape(selector) + r"\s*\{[^}]*?(?<![-\w])" + prop
                  + r":\s*(" + HEX + ")", CSS)
    assert m, f"{selector} {{ {prop} }} not found in selon.css"
    return _six(m.group(1))


TEXT = [("ink", "paper"), ("muted", "paper"), ("ink", "content"), ("ink", "content2"), ("ink", "hl"),
        ("muted", "content"), (_rule("a", "color"), "paper"), (_rule(".flag", "color"), "paper"),
        ("ink", _rule(".sel", "background")), ("ink", _rule(".badge", "background"))]
MARKS = [("blue", "paper"), ("vermillion", "paper"), ("green", "paper"), ("purple", "paper"),
         ("blue", "content"), ("vermillion", "content"), ("sel", _rule(".sel", "background"))]


@pytest.mark.parametrize("fg,bg", TEXT)
def test_contrast_text_is_aa(fg: str, bg: str) -> None:
    assert contrast(_color(fg), _color(bg)) >= 4.5


@pytest.mark.parametrize("fg,bg", MARKS)
def test_contrast_marks_are_aa_non_text(fg: str, bg: str) -> None:
    assert contrast(_color(fg), _color(bg)) >= 3.0


def test_contrast_formula() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48
