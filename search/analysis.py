"""Japanese text analysis for the index: a Janome-based chain in the spirit of Solr's text_ja.

    CharFilter     normalize_with_offsets   NFKC (width, compatibility), remembering where each
                                            normalised character came from
    Tokenizer      JanomeTokenizer          morphemes with base forms, part of speech, reading,
                                            and character offsets into the *original* text
    TokenFilters   PartOfSpeechStopFilter   drop particles, auxiliaries, symbols and filler words
                   LowercaseFilter          (Whoosh's)
                   KatakanaStemFilter       サーバー = サーバ for katakana words of 4+ characters
                   CompoundFilter           申請書 is found by 申請, 書 and 申請書
                   ReadingFilter            index the reading: 問合せ = 問い合わせ = 問い合せ

plus `BigramTokenizer` for a character-bigram field that recalls unknown words and partial
compounds. Every token carries `startchar`/`endchar` into the text as given, so highlighting marks
exactly the matched characters even for half-width kana or full-width Latin.

The analyzers hold no Janome instance (they stay small to pickle): the tokenizer is built lazily,
once per thread and per build worker, and reused (building one per call is ~18× slower).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
import unicodedata
from dataclasses import dataclass
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, Token, Tokenizer

# --- CharFilter: NFKC with an offset map ------------------------------------------------------

_VOICING = {"\uff9e", "\uff9f", "\u3099", "\u309a", "\u309b", "\u309c"}


@dataclass(frozen=True)
class Normalized:
    text: str
    origin: tuple[int, ...]  # origin[i]: offset in the original of normalised char i; one extra at end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of normalised characters [start, end)."""
        if end <= start:
            return self.origin[start], self.origin[start]
        last = end - 1
        # the end is where the original cluster of the last character ends
        j = last + 1
        while j < len(self.origin) - 1 and self.origin[j] == self.origin[last]:
            j += 1
        return self.origin[start], self.origin[j]


def normalize_with_offsets(text: str) -> Normalized:
    """NFKC-normalise `text` cluster by cluster (a base character with its combining or
    half-width voicing marks), recording the original offset of every output character."""
    if unicodedata.is_normalized("NFKC", text):  # the common case, checked in C
        return Normalized(text, tuple(range(len(text) + 1)))
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (text[j] in _VOICING or unicodedata.combining(text[j])):
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j])
        out.append(piece)
        origin.extend([i] * len(piece))
        i = j
    origin.append(n)
    return Normalized("".join(out), tuple(origin))


# --- Tokenizer: Janome -------------------------------------------------------------------------

_local = threading.local()


def janome() -> Any:  # janome.tokenizer.Tokenizer (Janome ships no type hints)
    """The Janome tokenizer of this thread, built on first use."""
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from janome.tokenizer import Tokenizer as JanomeCore

        tok = _local.tokenizer = JanomeCore()
    return tok


@dataclass(frozen=True)
class Morpheme:
    surface: str
    base: str
    pos: str  # e.g. 名詞,サ変接続
    reading: str
    start: int  # offsets into the normalised text
    end: int


class _TextCache:
    """A least-recently-used cache bounded by the characters of the texts it holds (not by
    entries: 2,000 cached 2,000-character queries would hold hundreds of MB of morphemes)."""

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self._items: OrderedDict[str, tuple[Morpheme, ...]] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def get(self, text: str) -> tuple[Morpheme, ...] | None:
        with self._lock:
            found = self._items.get(text)
            if found is not None:
                self._items.move_to_end(text)
            return found

    def put(self, text: str, value: tuple[Morpheme, ...]) -> None:
        if len(text) > self.max_chars // 8:
            return  # one huge text would push out everything else
        with self._lock:
            if text in self._items:
                return
            self._items[text] = value
            self._chars += len(text)
            while self._chars > self.max_chars:
                old, _ = self._items.popitem(last=False)
                self._chars -= len(old)

    def __len__(self) -> int:
        return len(self._items)

    @property
    def chars(self) -> int:
        return self._chars


MORPHEME_CACHE_CHARS = 400_000  # about 60 MB of morphemes at most
_cache = _TextCache(MORPHEME_CACHE_CHARS)


def morphemes(text: str) -> tuple[Morpheme, ...]:
    """Janome's analysis of a (normalised) text, cached: a document's name and description are
    analysed for several fields, and a query for several views."""
    cached = _cache.get(text)
    if cached is None:
        cached = _analyse(text)
        _cache.put(text, cached)
    return cached


def _analyse(text: str) -> tuple[Morpheme, ...]:
    out: list[Morpheme] = []
    pos = 0
    for t in janome().tokenize(text):
        surface = t.surface
        start = text.find(surface, pos)
        if start < 0:
            start = pos
        end = start + len(surface)
        pos = end
        parts = t.part_of_speech.split(",")
        base = t.base_form if t.base_form and t.base_form != "*" else surface
        reading = t.reading if t.reading and t.reading != "*" else ""
        out.append(Morpheme(surface, base, ",".join(parts[:2]), reading, start, end))
    return tuple(out)


def _segmented_morphemes(text: str):
    """Morphemes of each line separately (offsets into the whole text), so a field made of several
    texts joined by newlines reuses their cached analyses."""
    offset = 0
    for line in text.split("\n"):
        for m in morphemes(line):
            yield Morpheme(m.surface, m.base, m.pos, m.reading, m.start + offset, m.end + offset)
        offset += len(line) + 1


class JanomeTokenizer(Tokenizer):
    """Janome morphemes as Whoosh tokens: `text` is the base form, `pos` the part of speech."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, mode="", **kwargs):
        norm = normalize_with_offsets(value)
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for m in _segmented_morphemes(norm.text):
            if m.surface.isspace():
                continue
            t.text = m.base
            t.surface = m.surface
            t.morph_pos = m.pos
            t.reading = m.reading
            t.index = position  # always set: CompoundFilter needs adjacency even without positions
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = m.surface
            if positions:
                t.pos = position
            if chars:
                s, e = norm.span(m.start, m.end)
                t.startchar, t.endchar = start_char + s, start_char + e
            position += 1
            yield t


# --- TokenFilters ---------------------------------------------------------------------------

STOP_POS = ("助詞", "助動詞", "記号", "フィラー", "接続詞", "連体詞", "感動詞")
STOP_POS_DETAIL = ("名詞,非自立", "名詞,代名詞", "動詞,非自立", "動詞,接尾", "形容詞,非自立")
STOP_WORDS = frozenset("する いる ある なる れる られる できる こと もの ため よう 等 など 及び 又は".split())


class PartOfSpeechStopFilter(Filter):
    """Drops tokens that carry no topic: particles, auxiliaries, symbols, filler words."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, tokens):
        for t in tokens:
            pos = getattr(t, "morph_pos", "")
            if (pos.startswith(STOP_POS) and not pos.startswith("記号,アルファベット")) \
                    or pos.startswith(STOP_POS_DETAIL) or t.text in STOP_WORDS \
                    or not any(ch.isalnum() for ch in t.text):
                continue
            yield t


def _is_katakana(word: str) -> bool:
    return bool(word) and all("\u30a0" <= ch <= "\u30ff" for ch in word)


def stem_katakana(word: str, minimum: int = 4) -> str:
    """サーバー → サーバ, コンピューター → コンピュータ; short words (ルー, カー) keep their ー."""
    if len(word) >= minimum and word.endswith("ー") and _is_katakana(word):
        return word.rstrip("ー") or word
    return word


class KatakanaStemFilter(Filter):
    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, tokens):
        for t in tokens:
            t.text = stem_katakana(t.text)
            yield t


def _joins_compound(pos: str) -> bool:
    return pos.startswith("名詞") and not pos.startswith(("名詞,数", "名詞,非自立", "名詞,代名詞"))


class CompoundFilter(Filter):
    """After a run of nouns (電子/申請/システム) also emit the whole compound (電子申請システム) and
    its two-part sub-compounds, at the position of its first part, so a compound is found as a
    whole and by its parts."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, tokens):
        run: list[tuple] = []  # (text, surface, pos, startchar, endchar, index)
        for t in tokens:
            joins = _joins_compound(getattr(t, "morph_pos", ""))
            if run and getattr(t, "index", 0) != run[-1][5] + 1:
                yield from self._emit(t, run)  # a dropped particle or symbol ends the compound
                run = []
            if not joins and run:
                yield from self._emit(t, run)
                run = []
            if joins:
                run.append((t.text, getattr(t, "surface", t.text), getattr(t, "pos", 0),
                            getattr(t, "startchar", 0), getattr(t, "endchar", 0), getattr(t, "index", 0)))
            yield t
        if run:
            yield from self._emit(None, run)

    @staticmethod
    def _emit(template, run):
        if len(run) < 2:
            return
        extra = Token(positions=True, chars=True)
        spans = [(0, len(run))] + [(i, i + 2) for i in range(len(run) - 1)] if len(run) > 2 else [(0, 2)]
        for a, b in spans:
            part = run[a:b]
            extra.text = stem_katakana("".join(p[1] for p in part).lower())
            extra.pos = part[0][2]
            extra.startchar, extra.endchar = part[0][3], part[-1][4]
            extra.boost = 1.0
            extra.stopped = False
            extra.morph_pos = "名詞,複合"
            yield extra


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


class ReadingFilter(Filter):
    """Replaces each token by its reading in katakana, so notation variants meet: 問合せ,
    問い合わせ and 問い合せ are all トイアワセ; テープ起こし and テープおこし share オコシ."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, tokens):
        for t in tokens:
            reading = getattr(t, "reading", "") or to_katakana(getattr(t, "surface", t.text))
            t.text = stem_katakana(reading.lower())
            yield t


class BigramTokenizer(Tokenizer):
    """Overlapping character bigrams of the normalised, lowercased text; punctuation and spaces
    break runs. A one-character run is kept as a unigram so short words are still found, and a
    run of Latin letters and digits is kept whole (its bigrams would match unrelated words)."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, mode="", **kwargs):
        norm = normalize_with_offsets(value)
        text = norm.text.lower()
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for run_start, run_end in _runs(text):
            if run_end - run_start == 1 or text[run_start:run_end].isascii():
                spans = [(run_start, run_end)]  # a Latin word stays whole: its bigrams are noise
            else:
                spans = [(i, i + 2) for i in range(run_start, run_end - 1)]
            for a, b in spans:
                t.text = text[a:b]
                t.boost = 1.0
                t.stopped = False
                if keeporiginal:
                    t.original = t.text
                if positions:
                    t.pos = position
                    position += 1
                if chars:
                    s, e = norm.span(a, b)
                    t.startchar, t.endchar = start_char + s, start_char + e
                yield t


def _runs(text: str):
    """Maximal runs of word characters (letters, digits, kana, kanji); punctuation and a change
    between Latin and Japanese script split them."""
    start = None
    for i, ch in enumerate(text):
        word = ch.isalnum() or ch in "ー々〆"
        if word and start is not None and ch.isascii() != text[i - 1].isascii():
            yield start, i
            start = None
        if word and start is None:
            start = i
        elif not word and start is not None:
            yield start, i
            start = None
    if start is not None:
        yield start, len(text)


def JapaneseAnalyzer():
    """Morphological analysis for the text fields."""
    return JanomeTokenizer() | PartOfSpeechStopFilter() | LowercaseFilter() | KatakanaStemFilter() \
        | CompoundFilter()


def ReadingAnalyzer():
    """Readings of the content words, for kana/kanji and okurigana variants."""
    return JanomeTokenizer() | PartOfSpeechStopFilter() | ReadingFilter()


def BigramAnalyzer():
    """Character bigrams, for words Janome does not know."""
    return BigramTokenizer()
