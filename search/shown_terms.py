"""Key terms as a page shows them (手がかりにした語): as the text writes them, and never a piece of
a word.

The index holds each two morphemes side by side as a term (議事録作成 gives 議事 + 録 + 作成, so
録作成 is a term). Such a term ranks as well as any, but shown to a person it reads as a cut word:
録作成, 化推進, 県高度 (of 鹿児島県高度情報化), 型GIS. A term is not shown when it starts with a
one-character morpheme and, everywhere the text has it, that character ends the word before it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .analysis import _analyse, normalize

_WORD_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々〆\u30a1-\u30faーA-Za-z0-9]")  # kanji, katakana, letters


def as_written(term: str, source: str, word_lists: Mapping[str, str]) -> str:
    """A key term as the text writes it (terms are lowercased: gis → GIS), else as the word lists
    write it (a synonym's or a concept's word: web会議 → Web会議)."""
    if not any("a" <= ch <= "z" for ch in term):
        return term
    written = normalize(source)
    at = written.lower().find(term)
    if at >= 0:
        return written[at:at + len(term)]
    return word_lists.get(term, term)


def is_piece_of_a_word(term: str, said: str) -> bool:
    """Whether `term` starts inside a word wherever `said` (the normalised, lowercased text) has
    it: its first morpheme is one character (録 of 録作成) that is not a prefix (再 of 再認定, 各 of
    各課) and is always written right after a kanji, katakana or letter. A term the text does not
    say (a synonym, a concept's word) is never a piece."""
    starts = [m.start() for m in re.finditer(re.escape(term), said)]
    if not starts or any(at == 0 or not _WORD_CHAR.match(said[at - 1]) for at in starts):
        return False
    first = _analyse(term)[0] if term else None
    return first is not None and len(first.surface) == 1 and not first.pos.startswith("接頭詞")


def shown(terms: list[str], source: str, word_lists: Mapping[str, str]) -> list[tuple[str, bool]]:
    """The terms a page shows, each as written and whether the text says it (else it was added:
    a synonym, or what meets a need the text names)."""
    said = normalize(source).lower()
    return [(as_written(t, source, word_lists), t in said) for t in terms if not is_piece_of_a_word(t, said)]
