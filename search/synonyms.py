"""User-extendable synonym groups (data/synonyms.txt), applied when a query is built."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from ..data import data_path
from .analysis import KANJI, _is_katakana, katakana_letter, latin_bounds, morphemes, suffix_at
from .datafiles import word_list_lines

DEFAULT_FILE = data_path("synonyms.txt")
VARIANTS_KEPT = 8192  # texts whose variants are remembered (`Synonyms.variants`)


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKC", word).strip().lower()


def load_groups(path: Path | None = None) -> list[tuple[list[str], list[str]]]:
    """Groups as (words, also): a query containing any of `words` also searches every other word
    of `words` and every word of `also` (the part after `=>`, a one-way expansion)."""
    groups: list[tuple[list[str], list[str]]] = []
    # never silently without synonyms: results would quietly shrink
    for _, _, line in word_list_lines(path or DEFAULT_FILE, "DXSEARCH_SYNONYMS", "the synonyms file"):
        left, _, right = line.partition("=>")
        words = [_norm(w) for w in left.split(",") if w.strip()]
        also = [_norm(w) for w in right.split(",") if w.strip()]
        if len(words) > 1 or (words and also):
            groups.append((words, also))
    return groups


def written_forms(path: Path | None = None) -> dict[str, str]:
    """Every word of the synonym groups as the file writes it (NFKC), by its lowercased form:
    how a key term taken from a synonym is shown (web会議 → Web会議)."""
    out: dict[str, str] = {}
    for _, _, line in word_list_lines(path or DEFAULT_FILE, "DXSEARCH_SYNONYMS", "the synonyms file"):
        for w in line.replace("=>", ",").split(","):
            if w.strip():
                out.setdefault(_norm(w), unicodedata.normalize("NFKC", w).strip())
    return out


def _takes_suffix(word: str, text: str, end: int) -> bool:
    """Whether a synonym of kanji and kana is followed by one kanji, a suffix (申込|書,
    申し込み|書, 問合せ|先, こども|園): then anything but a kanji or a word that kanji starts
    with kana (住民|向け), or another word where Janome reads that kanji as a suffix (申込書読取り
    is 申込書 読取り, not 申込 書読取り)."""
    if not (all(KANJI.match(ch) or "\u3041" <= ch <= "\u309f" for ch in word) and end < len(text)
            and KANJI.match(text[end])):
        return False
    if end + 1 == len(text):
        return True
    if not KANJI.match(text[end + 1]):
        # 住民向け: the kanji starts a word with its kana (向け), no one-kanji suffix (住民税を is)
        return not any(m.start == end and m.end > end + 1 for m in morphemes(text))
    return suffix_at(text, end)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _hyphened(text: str, at: int) -> bool:
    """Whether text[at] is a hyphen between two Latin letters or digits (ai-ocr, e-mail)."""
    return text[at] == "-" and 0 < at < len(text) - 1 and _latin(text[at - 1]) and _latin(text[at + 1])


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins or ends inside a katakana word of `text`, or inside a word
    of Latin letters and digits (se of server, ai of email and of ai-ocr, pc of pcr): オンライン holds
    ライン but not the word ライン (LINE). Where Janome cuts the run (セキュリティ|クラウド), or
    knows no word there (スマホアプリ, one unknown word to it), a synonym of three characters or
    more is a word; one of two is too likely the start of another word (ロボ of ロボティクス)."""
    if (start > 0 and _latin(text[start]) and (_latin(text[start - 1]) or _hyphened(text, start - 1))) or \
            (end < len(text) and _latin(text[end - 1]) and (_latin(text[end]) or _hyphened(text, end))):
        return True  # …and of ai-ocr: Latin words joined by a hyphen are one word
    if _inside_a_kanji_word(text, start, end):
        return True
    if end < len(text) and text[end] == "ー":
        end += 1  # サイバーセキュリティー is サイバーセキュリティ
    inside = (start > 0 and _is_katakana(text[start - 1]) and _is_katakana(text[start])) or \
        (end < len(text) and _is_katakana(text[end - 1]) and _is_katakana(text[end]))
    if not inside:
        return False
    a, b = start, end
    while a > 0 and _is_katakana(text[a - 1]):
        a -= 1
    while b < len(text) and _is_katakana(text[b]):
        b += 1
    cuts = {0}
    for m in morphemes(text[a:b]):
        unknown = not m.reading and end - start > 2
        cuts.update(range(m.start + 1, m.end + 1) if unknown else (m.end,))  # no reading: unknown
    return start - a not in cuts or end - a not in cuts


def _inside_a_kanji_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a piece of one word of kanji that Janome's dictionary knows
    whole: 開票 (a synonym) is no word of 投開票, which a search for 投開票 cut into 投 and 開票
    (投 is in no case, so the survey's 投開票速報オンラインシステム was not found). Across words it
    is a word (市町村 of 市町村立学校, which Janome reads 市町 村立 学校)."""
    if not (start > 0 and KANJI.match(text[start - 1]) and KANJI.match(text[start])) and \
            not (end < len(text) and KANJI.match(text[end - 1]) and KANJI.match(text[end])):
        return False
    return any(m.start <= start and end <= m.end and m.end - m.start > end - start and m.reading
               and all(KANJI.match(ch) for ch in m.surface) for m in morphemes(text))


def _a_word_of(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] starts and ends where Janome cuts `text` (チャットボット of
    AIチャットボット; not 礼状 of 御礼状, cut 御礼 + 状)."""
    cuts = {0, len(text)}
    for m in morphemes(text):
        cuts.update((m.start, m.end))
    return start in cuts and end in cuts


class Chunk(NamedTuple):
    text: str  # lowercased when a synonym
    synonym: bool  # a word of a synonym group, kept whole as a query word
    written: str = ""  # as the query wrote it


class Synonyms:
    def __init__(self, groups: list[tuple[list[str], list[str]]]):
        self.groups = groups
        # each group's words longest first, with the group: what `variants` tries, made once
        self._longest_first = [(sorted(ws, key=len, reverse=True), ws + also) for ws, also in groups]
        # the groups a word starting with a character belongs to: `variants` looks only at the
        # groups a text can hold (a pasted text's 20 words against 400 groups took 0.8 ms)
        self._by_first: dict[str, list[int]] = {}
        for i, (ws, _) in enumerate(groups):
            for first in dict.fromkeys(w[0] for w in ws if w):
                self._by_first.setdefault(first, []).append(i)
        self._members = frozenset(w for ws, _ in groups for w in ws)
        self._variants_kept: dict[str, tuple[str, ...]] = {}
        words = sorted(self._members, key=len, reverse=True)
        # a synonym inside a Latin word is not that synonym (hp in hpc); a katakana one takes a long
        # vowel mark after it (サイバーセキュリティー is サイバーセキュリティ, not it and a word ー)
        self._pattern = re.compile("|".join(
            latin_bounds(w)[0] + re.escape(w) + latin_bounds(w)[1]
            + ("ー?" if katakana_letter(w[-1]) else "") for w in words)) if words else None

    def holds(self, word: str) -> bool:
        """Whether `word` is itself a word of a group (チャットボット; not ケアマネジャーヘルパー,
        which only holds one)."""
        return _norm(word) in self._members

    def split(self, text: str) -> list[Chunk]:
        """`text` (normalised) cut around the synonym-group words it holds, longest first:
        `web会議の録画` → [web会議 (a synonym), の録画]."""
        if self._pattern is None:
            return [Chunk(text, False, text)]
        out, pos = [], 0
        lowered = text.lower()
        for m in self._pattern.finditer(lowered):
            if m.start() < pos or _cuts_a_word(lowered, m.start(), m.end()):
                continue
            end = m.end()
            if _takes_suffix(m.group(), lowered, end):
                # 申込書: a kanji synonym with a one-kanji suffix is one word (its variants
                # 申し込み書, 申込み書 come from `variants`), not 申込 and a word 書
                if m.start() > pos:
                    out.append(Chunk(text[pos:m.start()], False, text[pos:m.start()]))
                out.append(Chunk(text[m.start():end + 1], False, text[m.start():end + 1]))
                pos = end + 1
                continue
            if m.start() > pos:
                out.append(Chunk(text[pos:m.start()], False, text[pos:m.start()]))
            out.append(Chunk(lowered[m.start():m.end()], True, text[m.start():m.end()]))
            pos = m.end()
        if pos < len(text):
            out.append(Chunk(text[pos:], False, text[pos:]))
        return out

    def variants(self, text: str) -> list[str]:
        """`text` and every text made from it by swapping one synonym for another in its group.
        Kept per text (up to `VARIANTS_KEPT`, then all forgotten at once): a pasted text asks for
        the same dozen words' 30–40 times, 0.16 ms of each search at any size. A new list each
        call: callers extend theirs."""
        kept = self._variants_kept.get(text)
        if kept is None:
            if len(self._variants_kept) >= VARIANTS_KEPT:
                self._variants_kept = {}
            kept = self._variants_kept[text] = tuple(self._variants(text))
        return list(kept)

    def _variants(self, text: str) -> list[str]:
        base = _norm(text)
        out = [base]
        held = sorted({i for ch in set(base) for i in self._by_first.get(ch, ())})
        found: list[tuple[int, int, str, list[str]]] = []  # (start, end, word, its group)
        for longest_first, group in (self._longest_first[i] for i in held):
            for word in longest_first:
                at = base.find(word)
                if at >= 0 and not _cuts_a_word(base, at, at + len(word)):
                    found.append((at, at + len(word), word, group))
                    break
        # a synonym inside another group's longer one is not swapped there (ai of ai・ocr)
        for start, end, word, group in found:
            if not any(a <= start and end <= b and b - a > end - start for a, b, _, _ in found):
                out.extend(base.replace(word, other) for other in group if other != word)
        # a variant containing the text itself (AIチャットボット for チャットボット) finds nothing
        # new and would only count those cases twice; unless it holds it inside a katakana word,
        # where the text alone is not found (ネット of インターネット), or across Janome's cut of it
        # (礼状 of 御礼状, which it reads 御礼 + 状: a town clerk's 礼状 found nothing)
        return [base] + [v for v in dict.fromkeys(out[1:])
                         if base not in v or _cuts_a_word(v, v.find(base), v.find(base) + len(base))
                         or not _a_word_of(v, v.find(base), v.find(base) + len(base))]
