"""Highlighted fragments from the token spans stored at build time: no re-analysis per hit.

Matched spans that touch or overlap are marked as one (`<mark>議事録</mark>`, not one mark per
morpheme). A long text is cut into fragments around the marks (up to `MAX_CHARS` of marked
stretch plus `SURROUND` characters either side); the `TOP` fragments with most marks are shown in
text order, joined by " … ". Everything else is HTML-escaped.
"""

from __future__ import annotations

from html import escape

MAX_CHARS = 160
SURROUND = 50
TOP = 2
BETWEEN = " … "


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


def fragments(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` as escaped HTML with the spans in <mark>; "" when nothing matched."""
    marks = merge([(max(0, s), min(len(text), e)) for s, e in spans])
    if not marks:
        return ""
    groups: list[list[tuple[int, int]]] = [[marks[0]]]
    for mark in marks[1:]:
        if mark[1] - groups[-1][0][0] <= MAX_CHARS:
            groups[-1].append(mark)
        else:
            groups.append([mark])
    best = sorted(sorted(groups, key=len, reverse=True)[:TOP], key=lambda g: g[0][0])
    out = []
    for group in best:
        start = max(0, group[0][0] - SURROUND)
        end = min(len(text), group[-1][1] + SURROUND)
        html, pos = [], start
        for s, e in group:
            html.append(escape(text[pos:s]))
            html.append(f'<mark class="hl">{escape(text[s:e])}</mark>')
            pos = e
        html.append(escape(text[pos:end]))
        out.append("".join(html))
    return BETWEEN.join(out)
