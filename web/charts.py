"""Small server-side SVG charts (no JavaScript, nothing fetched)."""

from __future__ import annotations

from html import escape
from typing import Callable


def bar_chart(items: list[tuple[str, int]], href: Callable[[str], str] | None = None,
              title: str = "", width: int = 420, hidden: bool = False,
              shown: Callable[[str], str] = str) -> str:
    """Horizontal bars, one per (value, count), each bar a link to `href(value)` when `href` is
    given and labelled `shown(value)` (AI reads AI(AI-OCR以外), as the facet says it).

    As the map (`japan_map.render`): a `role="group"` of named links, or with `hidden` a picture
    for the eye only, for a page that gives the same links in a table beside it."""
    row, label_w = 22, 130
    maximum = max((n for _, n in items), default=0) or 1
    height = row * len(items) + 4
    role = 'aria-hidden="true" focusable="false"' if hidden else f'role="group" aria-label="{escape(title)}"'
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" viewBox="0 0 {width} {height}" {role}>']
    for i, (value, n) in enumerate(items):
        label = shown(value)
        y = i * row + 2
        bar = (width - label_w - 50) * n / maximum
        group = (f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
                 f'<rect x="{label_w}" y="{y + 3}" width="{bar:.1f}" height="{row - 8}" class="bar"/>'
                 f'<text x="{label_w + bar + 4:.1f}" y="{y + 15}" class="count">{n}</text>')
        if href is not None:
            name = 'tabindex="-1"' if hidden else f'aria-label="{escape(label)} {n}件"'
            out.append(f'<a href="{escape(href(value))}" {name}>{group}</a>')
        else:
            out.append(f"<g>{group}</g>")
    out.append("</svg>")
    return "".join(out)
