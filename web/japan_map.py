"""A map of Japan coloured by the number of cases per prefecture, drawn server-side as SVG.

The geometry is the prefecture boundary data of the `japanmap` package (web/geo/, Apache-2.0).
Paths are computed once per process; a map is then only colours and links.
"""

from __future__ import annotations

import bisect
import functools
import json
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Callable

from ..indexer.prefectures import PREFECTURES

GEO = Path(__file__).resolve().parent / "geo" / "japan0.16.json"
LAT_SCALE = 0.812  # cos(36°): longitude degrees are shorter than latitude degrees here
WIDTH = 500.0
# Light to dark blue, ColorBrewer "Blues" (readable on white, distinguishable in grey).
PALETTE = ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b")


@dataclass(frozen=True)
class Outline:
    code: int
    name: str
    path: str  # SVG path data in the map's coordinates


@functools.lru_cache(maxsize=1)
def outlines() -> tuple[tuple[Outline, ...], float]:
    points, prefs = json.loads(GEO.read_text(encoding="utf-8"))
    coords = [list(p[0]) for p in points]
    for i in prefs[0][0][1][:-1]:  # 北海道 moved south-west, 沖縄県 north-east, as insets
        coords[i] = [coords[i][0] - 10, coords[i][1] - 4.5]
    for i in prefs[46][0][1][:-1]:
        coords[i] = [coords[i][0] + 4.5, coords[i][1] + 5]
    rings = [[coords[i] for _, idx in prefs[k] for i in idx] for k in range(len(prefs))]
    xs = [x * LAT_SCALE for ring in rings for x, _ in ring]
    ys = [-y for ring in rings for _, y in ring]
    min_x, min_y = min(xs), min(ys)
    scale = WIDTH / (max(xs) - min_x)
    height = (max(ys) - min_y) * scale
    out = []
    for k, ring in enumerate(rings):
        pts = [((x * LAT_SCALE - min_x) * scale, (-y - min_y) * scale) for x, y in ring]
        d = "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + " Z"
        out.append(Outline(PREFECTURES[k].code, PREFECTURES[k].name, d))
    return tuple(out), height


def step(count: int, maximum: int) -> int:
    """The colour step of a count: 0 for none, 1 (few) to len(PALETTE) - 1 (the most)."""
    if count <= 0 or maximum <= 0:
        return 0
    return min(1 + round((len(PALETTE) - 2) * (count / maximum) ** 0.5), len(PALETTE) - 1)


def colour(count: int, maximum: int) -> str:
    """The fill of a count (white for none). The page's CSS may recolour a step by its class
    (`c0`…`c8`): dark mode uses light colours for many cases, dark for few."""
    n = step(count, maximum)
    return PALETTE[n] if n else "#ffffff"


def render(counts: dict[str, int], href: Callable[[str], str] | None = None,
           selected: set[str] | frozenset[str] = frozenset(), title: str = "都道府県別の件数",
           hidden: bool = False, link_empty: bool = True) -> str:
    """An SVG map, each prefecture a link (when `href` is given) named with its count; without
    `link_empty`, not one with no case that is not chosen (a click would only lead to 0 件).

    Links inside `role="img"` are lost to screen readers, so the map is a `role="group"` whose
    links are each named ("三重県 12件"); or, with `hidden`, a picture for the eye only
    (`aria-hidden`, its links out of the tab order) for a page that gives the same links in a
    table or list beside it (`links`)."""
    shapes, height = outlines()
    maximum = max(counts.values(), default=0)
    role = 'aria-hidden="true" focusable="false"' if hidden else 'role="group" aria-labelledby="map-title"'
    # with a place chosen, the others are paler: their counts are what adding them would bring
    # (三重県のRPA shaded the whole country alike, and a trial read it as the results' spread)
    cls = "japan-map chosen" if selected else "japan-map"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="{cls}" viewBox="0 0 {WIDTH:.0f} '
             f'{height:.0f}" {role}>',
             f'<title id="map-title">{escape(title)}</title>']
    for shape in shapes:
        n = counts.get(shape.name, 0)
        # a prefecture with no case is coloured by the page's CSS (.zero: white, dark in dark mode)
        cls = f"pref c{step(n, maximum)}" + (" zero" if n <= 0 else "") + (" selected" if shape.name in selected else "")
        label = f"{shape.name} {n}件"  # a link's name; aria-current says which are chosen
        tip = label + ("(選択中)" if shape.name in selected else "(クリックで追加)" if selected and n else "")
        path = (f'<path class="{cls}" data-pref="{escape(shape.name)}" data-count="{n}" '
                f'fill="{colour(n, maximum)}" d="{shape.path}"><title>{escape(tip)}</title></path>')
        if href is not None and (link_empty or n > 0 or shape.name in selected):
            name = 'tabindex="-1"' if hidden else f'aria-label="{escape(label)}"'
            current = ' aria-current="true"' if shape.name in selected and not hidden else ""
            parts.append(f'<a href="{escape(href(shape.name))}" {name}{current}>{path}</a>')
        else:
            parts.append(path)
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class MapLink:
    """One prefecture of a map as a link: for the list or table that stands in for the map."""

    name: str
    region: str
    count: int
    url: str
    selected: bool = False


def links(counts: dict[str, int], href: Callable[[str], str],
          selected: set[str] | frozenset[str] = frozenset(), link_empty: bool = True) -> list[MapLink]:
    """The map's links in JIS order, with their counts: the same links as `render` draws (a
    prefecture it draws without one has the url "")."""
    return [MapLink(p.name, p.region, n, href(p.name) if link_empty or n or p.name in selected else "",
                    p.name in selected)
            for p in PREFECTURES for n in (counts.get(p.name, 0),)]


def legend_svg(maximum: int) -> str:
    """A colour key for the map: the colours and the counts where each begins, read off `step`
    itself (a key of its own rounding put 香川県's 6 cases of RPA under 「8〜」's colour: a trial)."""
    stops = [(colour(0, maximum), "0", 0)]
    counts = range(1, maximum + 1)  # a step never falls as the count grows: each one's first count by bisection
    for s in range(1, len(PALETTE)):
        i = bisect.bisect_left(counts, s, key=lambda n: step(n, maximum))
        if i < len(counts) and step(counts[i], maximum) == s:
            stops.append((colour(counts[i], maximum), str(counts[i]), s))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="legend" viewBox="0 0 {len(stops) * 44} 30" '
           f'role="img" aria-label="凡例: 件数が多いほど濃い色">']
    for i, (fill, label, n) in enumerate(stops):
        cls = f"c{n} zero" if label == "0" else f"c{n}"
        out.append(f'<rect x="{i * 44 + 2}" y="2" width="40" height="12" fill="{fill}" class="{cls}" stroke="#666" stroke-width="0.5"/>'
                   f'<text x="{i * 44 + 2}" y="27">{escape(label)}{"" if label == "0" else "〜"}</text>')  # 0 is only 0
    out.append("</svg>")
    return "".join(out)
