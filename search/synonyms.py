"""User-extendable synonym groups (data/synonyms.txt), applied when a query is built."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "data" / "synonyms.txt"


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKC", word).strip().lower()


def load_groups(path: Path | None = None) -> list[list[str]]:
    paths = [path or DEFAULT_FILE]
    extra = os.environ.get("DXSEARCH_SYNONYMS")
    if extra:
        paths.append(Path(extra))
    groups: list[list[str]] = []
    for p in paths:
        if not p.is_file():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0]
            words = [_norm(w) for w in line.split(",") if w.strip()]
            if len(words) > 1:
                groups.append(words)
    return groups


class Synonyms:
    def __init__(self, groups: list[list[str]]):
        self.groups = groups

    def variants(self, text: str) -> list[str]:
        """`text` and every text made from it by swapping one synonym for another in its group."""
        base = _norm(text)
        out = [base]
        for group in self.groups:
            for word in sorted(group, key=len, reverse=True):
                if word in base:
                    out.extend(base.replace(word, other) for other in group if other != word)
                    break
        seen: set[str] = set()
        return [v for v in out if not (v in seen or seen.add(v))]
