"""The names and format of an index's files: what `search.storage` (building, opening) and
`search.integrity` (checking) share, in a module that imports neither."""

from __future__ import annotations

# The on-disk format; an index of another format must be rebuilt. 2: text scored from dxsearch's
# own impact arrays, Whoosh storing the records. 3: each generation is a full Whoosh index (text
# fields indexed with dxsearch's analyzers and boosts, facet columns, the record as JSON) that
# scores as the impact arrays do. 4: `dxsearch.json` lists every file with its size and SHA-256
# (and each array's dtype and shape), checked before the generation is trusted (`search.integrity`).
# 5: variant characters folded and a user dictionary in the analysis (ドローン whole). 6: a case's
# 分野 and 区分 headings are part of its searchable text (農林水産 RPA, テープおこし). 7: a digital-talent
# role's 区分 (外部人材の登用/採用) is its `group` facet value (`schema.facet_value`). 8: its 常勤/非常勤
# is part of its searchable text and the `employment` facet.
FORMAT_VERSION = 8

CURRENT = "CURRENT"
META = "dxsearch.json"
LOCK = ".build.lock"
TEXT_DIR = "text"


def format_mismatch(found: object) -> str:
    """An index of another format, said the one way `dxsearch check`, `serve` and opening say it:
    one a newer dxsearch wrote says so, since rebuilding it with this one mid-upgrade undoes it."""
    newer = " (written by a newer dxsearch: serve it with that one, or rebuild it with this one)" \
        if isinstance(found, int) and found > FORMAT_VERSION else ""
    return f"format {found!r}, this dxsearch reads format {FORMAT_VERSION}{newer}"
