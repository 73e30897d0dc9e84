"""Highlighted fragments from the token spans stored at build time: no re-analysis per hit.

Matched spans that touch or overlap are marked as one (`<mark>議事録</mark>`, not one mark per
morpheme). A long text is cut into fragments around the marks (up to `MAX_CHARS` of marked
stretch plus `SURROUND` characters either side); the `TOP` fragments with most marks are shown in
text order, joined by " … ". `fragments` gives HTML (everything else escaped) for the web,
`text_fragments` the same stretches as plain text with «» around the matches, for terminals,
notebooks and spreadsheets.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

MAX_CHARS = 160
SURROUND = 50
TOP = 2
BETWEEN = " … "
OPEN, CLOSE = "«", "»"  # marks of plain-text fragments (`text_fragments`)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The `TOP` stretches of `text` with most marks, in text order: (start, end, marks)."""
    marks = merge([(max(0, s), min(len(text), e)) for s, e in spans])
    if not marks:
        return []
    groups: list[list[tuple[int, int]]] = [[marks[0]]]
    for mark in marks[1:]:
        if mark[1] - groups[-1][0][0] <= MAX_CHARS:
            groups[-1].append(mark)
        else:
            groups.append([mark])
    best = sorted(sorted(groups, key=len, reverse=True)[:TOP], key=lambda g: g[0][0])
    return [(max(0, g[0][0] - SURROUND), min(len(text), g[-1][1] + SURROUND), g) for g in best]


def _render(text: str, spans: list[tuple[int, int]], plain: Callable[[str], str],
            marked: Callable[[str], str]) -> str:
    out = []
    for start, end, group in _windows(text, spans):
        parts, pos = [], start
        for s, e in group:
            parts.append(plain(text[pos:s]))
            parts.append(marked(text[s:e]))
            pos = e
        parts.append(plain(text[pos:end]))
        out.append("".join(parts))
    return BETWEEN.join(out)


def fragments(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` as escaped HTML with the spans in <mark>; "" when nothing matched."""
    return _render(text, spans, escape, lambda t: f'<mark class="hl">{escape(t)}</mark>')


def text_fragments(text: str, spans: list[tuple[int, int]], start: str = OPEN, end: str = CLOSE) -> str:
    """The same fragments as plain text, each matched stretch between `start` and `end` (« and »
    by default: the survey itself uses 【】, so those would be ambiguous); "" when nothing matched."""
    return _render(text, spans, str, lambda t: f"{start}{t}{end}")
