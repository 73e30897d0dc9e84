"""User-extendable synonym groups (data/synonyms.txt), applied when a query is built."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from ..data import data_path
from ..errors import DxsearchError

DEFAULT_FILE = data_path("synonyms.txt")


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKC", word).strip().lower()


def load_groups(path: Path | None = None) -> list[tuple[list[str], list[str]]]:
    """Groups as (words, also): a query containing any of `words` also searches every other word
    of `words` and every word of `also` (the part after `=>`, a one-way expansion)."""
    paths = [path or DEFAULT_FILE]
    extra = os.environ.get("DXSEARCH_SYNONYMS")
    if extra:
        paths.append(Path(extra))
    groups: list[tuple[list[str], list[str]]] = []
    for p in paths:
        if not p.is_file():  # never silently without synonyms: results would quietly shrink
            origin = "DXSEARCH_SYNONYMS names" if p != (path or DEFAULT_FILE) else "the synonyms file"
            raise DxsearchError(f"{origin} {p}, which does not exist")
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0]
            left, _, right = line.partition("=>")
            words = [_norm(w) for w in left.split(",") if w.strip()]
            also = [_norm(w) for w in right.split(",") if w.strip()]
            if len(words) > 1 or (words and also):
                groups.append((words, also))
    return groups


class Synonyms:
    def __init__(self, groups: list[tuple[list[str], list[str]]]):
        self.groups = groups

    def variants(self, text: str) -> list[str]:
        """`text` and every text made from it by swapping one synonym for another in its group."""
        base = _norm(text)
        out = [base]
        for words, also in self.groups:
            for word in sorted(words, key=len, reverse=True):
                if word in base:
                    out.extend(base.replace(word, other) for other in words + also if other != word)
                    break
        # a variant containing the text itself (AIチャットボット for チャットボット) finds nothing
        # new and would only count those cases twice
        return [base] + [v for v in dict.fromkeys(out[1:]) if base not in v]
