"""Highlighted fragments from the token spans stored at build time: no re-analysis per hit.

Matched spans that touch or overlap are marked as one (`<mark>議事録</mark>`, not one mark per
morpheme). A long text is cut into fragments around the marks (up to `MAX_CHARS` of marked
stretch plus about `SURROUND` characters either side, moved to the nearest clause boundary — 。、
！？, a bracket or a line end — within `SLACK` characters, so a fragment reads from the start of a
clause); the `TOP` fragments with most marks are shown in text order, and … shows where the text
was cut (at the start, between fragments, at the end). `fragments` gives HTML (everything else escaped) for the web,
`text_fragments` the same stretches as plain text with «» around the matches, for terminals,
notebooks and spreadsheets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

MAX_CHARS = 160
SURROUND = 50
TOP = 2
BETWEEN = " … "
SLACK = 25  # characters a fragment's edge may move to reach a clause boundary
CUT = "…"
_STARTS_AFTER = set("。、，．！？!?\n「『（(【・ 　")  # a fragment may start just after these
_ENDS_AT = set("。！？!?\n")  # …and end just after these
_ENDS_BEFORE = set("、，」』）)】 　")  # …or just before these
_ESCAPED = re.compile(r"[&<>\"']")  # what `html.escape` replaces
OPEN, CLOSE = "«", "»"  # marks of plain-text fragments (`text_fragments`)


def whole_words(text: str, tokens: list[tuple[int, int, int]], chosen: list[int], parts: frozenset[int],
                sequences: tuple[tuple[int, ...], ...]) -> list[int]:
    """Of the `chosen` tokens of `text` ((term, start, end) each), those to mark: a token of a
    term that is only a part of a word of several morphemes (`parts`: 会議 and 録 of 会議録) only
    where the tokens beside it spell the whole word (one of `sequences`, in order, each starting
    where the one before ends, or after punctuation: AI-OCR). 会議 of 会議で録音した is no match
    of 会議録, and is not marked."""
    if not parts:
        return chosen
    starting: dict[int, list[tuple[int, ...]]] = {}  # the sequences by their first term: a long text
    for seq in sequences:  # against a word's many synonyms is one look-up a token, not one a synonym
        starting.setdefault(seq[0], []).append(seq)
    firsts = [i for i, (term, _, _) in enumerate(tokens) if term in starting]
    at: dict[int, list[int]] = {}
    if firsts:
        for i, (_, start, _) in enumerate(tokens):
            at.setdefault(start, []).append(i)
    in_run: set[int] = set()
    for i in firsts:
        term, _, end = tokens[i]
        for seq in starting[term]:
            run, pos = [i], end
            for want in seq[1:]:
                while pos < len(text) and not text[pos].isalnum() and pos not in at:
                    pos += 1  # AI-OCR, AI・OCR: punctuation between the parts
                nxt = next((j for j in at.get(pos, []) if tokens[j][0] == want), None)
                if nxt is None:
                    break
                run.append(nxt)
                pos = tokens[nxt][2]
            if len(run) == len(seq):
                in_run.update(run)
    return [i for i in chosen if tokens[i][0] not in parts or i in in_run]


HYPHENS = frozenset("-‐‑–－")  # between two marked words, one mark: «AI-OCR», not «AI»-«OCR»


def merge(spans: list[tuple[int, int]], text: str = "") -> list[tuple[int, int]]:
    """Marks that overlap or touch as one; also two that one hyphen of `text` parts (AI-OCR,
    LGWAN-ASP: one word). Not across ・ (RPA・AI-OCR lists two words)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if out and (start <= out[-1][1] or start == out[-1][1] + 1 and text[out[-1][1]:start] in HYPHENS):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The `TOP` stretches of `text` with most marks, in text order: (start, end, marks)."""
    size = len(text)
    marks = merge([(s if s > 0 else 0, e if e < size else size) for s, e in spans], text)
    if not marks:
        return []
    groups: list[list[tuple[int, int]]] = [[marks[0]]]
    for mark in marks[1:]:
        if mark[1] - groups[-1][0][0] <= MAX_CHARS:
            groups[-1].append(mark)
        else:
            groups.append([mark])
    best = sorted(sorted(groups, key=len, reverse=True)[:TOP], key=lambda g: g[0][0])
    stretches: list[tuple[int, int]] = []
    for g in best:
        start, end = _clause_start(text, g[0][0] - SURROUND, g[0][0]), _clause_end(text, g[-1][1] + SURROUND, g[-1][1])
        if stretches and start <= stretches[-1][1]:  # the stretches around two groups meet: one
            before_start, before_end = stretches.pop()  # fragment, not the same text twice around …
            start, end = before_start, max(before_end, end)
        stretches.append((start, end))
    # every mark a stretch holds is marked in it, not only those of the group it was cut around
    return [(start, end, [m for m in marks if start <= m[0] and m[1] <= end]) for start, end in stretches]


def _clause_start(text: str, start: int, first_mark: int) -> int:
    """Where a fragment meant to start at `start` begins: just after the nearest clause boundary
    within `SLACK` characters (before `start` first, else up to the first mark), else `start`."""
    if start <= 0:
        return 0
    for i in range(start, max(0, start - SLACK) - 1, -1):
        if i == 0 or text[i - 1] in _STARTS_AFTER:
            return i
    for i in range(start, min(first_mark, start + SLACK)):
        if text[i - 1] in _STARTS_AFTER:
            return i
    return start


def _clause_end(text: str, end: int, last_mark: int) -> int:
    """Where a fragment meant to end at `end` stops: at the nearest clause end within `SLACK`
    characters (after `end` first, else back to the last mark), else `end`."""
    if end >= len(text):
        return len(text)
    for i in range(end, min(len(text), end + SLACK)):
        if text[i] in _ENDS_AT:
            return i + 1
        if text[i] in _ENDS_BEFORE:
            return i
    for i in range(end, max(last_mark, end - SLACK), -1):
        if text[i - 1] in _ENDS_AT:
            return i
        if text[i] in _ENDS_BEFORE:
            return i
    return end


def _render(text: str, spans: list[tuple[int, int]], plain: Callable[[str], str],
            marked: Callable[[str], str]) -> str:
    out = []
    windows = _windows(text, spans)
    for start, end, group in windows:
        parts, pos = [], start
        for s, e in group:
            parts.append(plain(text[pos:s]))
            parts.append(marked(text[s:e]))
            pos = e
        parts.append(plain(text[pos:end]))
        out.append("".join(parts))
    if not out:
        return ""
    head = CUT if windows[0][0] > 0 else ""
    tail = CUT if windows[-1][1] < len(text) else ""
    return head + BETWEEN.join(out) + tail


def fragments(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` as escaped HTML with the spans in <mark>; "" when nothing matched."""
    if not _ESCAPED.search(text):  # most cases: nothing to escape (html.escape is five passes a piece)
        return _render(text, spans, str, lambda t: f'<mark class="hl">{t}</mark>')
    return _render(text, spans, escape, lambda t: f'<mark class="hl">{escape(t)}</mark>')


def text_fragments(text: str, spans: list[tuple[int, int]], start: str = OPEN, end: str = CLOSE) -> str:
    """The same fragments as plain text, each matched stretch between `start` and `end` (« and »
    by default: the survey itself uses 【】, so those would be ambiguous); "" when nothing matched."""
    return _render(text, spans, str, lambda t: f"{start}{t}{end}")
