"""The index's own words, for もしかして and as-you-type suggestions.

The vocabulary is the text view's terms (morphemes and compounds, as the index analysed the cases)
with the number of cases holding each. A word no case contains is matched against it by reading
(ぎじろく → 議事録: the kana a user typed are the reading of a word of the cases) and by one typo
(one character added, dropped or changed: 議事碌 → 議事録). A word with some kanji written in kana
(交ぜ書き: り災, たん吸引, or kana left unconverted: じどう手当) is matched to the word the cases
write otherwise when the two read alike (`mixed_spellings`). Readings are made for the
`READING_TERMS` most common terms of at most `READING_LENGTH` characters written with kanji, once
per index generation: by its build (`write_readings`: Janome takes about half a second for them,
which a one-shot `dxsearch search` finding nothing paid), else on first use (or when a server
opens the index: `SearchIndex(warm=True)`).
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import threading
from collections.abc import Callable
from itertools import product as _product

import numpy as np

from .analysis import KANJI, _analyse, _is_katakana, normalize, to_hiragana, to_katakana
from .textindex import TextIndex

READING_TERMS = 8_000  # the commonest kanji terms whose readings are made for matching kana
READING_LENGTH = 5  # …of at most this many characters (a word typed in kana is a word, not a compound)
READINGS_FILE = "readings.json"  # beside the text index's arrays: reading → term ids, as its build made them
MIN_LENGTH = 2  # shorter words get no suggestions: one character is too many words away
TYPO_LENGTH = 3  # words this long or longer get suggestions one typo away
# …and from this long, any one kanji changed for another is a typo: three characters or more still agree
# (電子申講: a kanji that looks alike, read otherwise), where in a shorter word it is another word
# (保育所 is not 保健所)
LOOK_ALIKE_LENGTH = 4
KANA_TYPO_LENGTH = 4  # …and kana typed for a word (its reading), this long or longer
JOINED_SPELLINGS = 3  # spellings tried for each piece of a kana word read in pieces (こうほう: 広報, 公報 …)
JOINED_KANA = 24  # …of at most this many kana: a compound of three words, not a sentence left in kana
CORRECTIONS_KEPT = 4096  # words whose corrections are remembered (then all are forgotten at once)
MIXED_CANDIDATES = 64  # terms whose readings are compared with one word's written partly in kana
KANA_TYPED_QUERY = 40  # queries looked through for words typed partly in kana: keywords, not pasted texts
KANA_TYPED_SPANS = 12  # stretches of kana and kanji tried around one run of kana, the longest first

_MORA_TAIL = set("ァィゥェォャュョヮー")  # a kana that ends the mora before it (ジュ, ギー)
_KANA = re.compile(r"^[\u3041-\u309fー]+$")  # hiragana typed: maybe a kanji word's reading
# …or katakana, as an input method leaves it (ギジロク): looked up only for a word no case holds
_READING_TYPED = re.compile(r"^(?:[\u3041-\u309fー]+|[\u30a1-\u30faー]+)$")
_STEM = re.compile(f"({KANJI.pattern}+)[\u3041-\u309f]{{1,2}}")  # 払い, 集め: kanji and okurigana
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30faー]{2,}")  # a katakana word inside a compound
_PARTICLES = "のとやでにをはがへ"  # one typed onto unconverted kana: のぎじろく, ぎじろくの
HIRAGANA_RUN = re.compile(r"[\u3041-\u3096]+")  # hiragana, without ー: ー of ケアマネージャー is katakana


def kana_runs(word: str) -> list[tuple[str, str, str]]:
    """(before, kana, after) for each run of hiragana in a word with kanji: each a stretch that
    may stand for kanji (り災: ('', 'り', '災'); ひも付け: ('', 'ひも', '付け') and ('ひも付', 'け',
    '')); none for a word without kanji."""
    if not KANJI.search(word):
        return []
    return [(word[:m.start()], m.group(), word[m.end():]) for m in HIRAGANA_RUN.finditer(word)]


def kana_for_kanji(a: str, b: str) -> tuple[str, str] | None:
    """(kana, kanji) where two spellings differ in one stretch only, written in kana in one and
    in kanji in the other (ひも付け, 紐付け: ('ひも', '紐')); None otherwise."""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    x, y = a[start:len(a) - end], b[start:len(b) - end]
    for kana, kanji in ((x, y), (y, x)):
        if kana and kanji and HIRAGANA_RUN.fullmatch(kana) and all(KANJI.match(ch) for ch in kanji):
            return kana, kanji
    return None


def within_one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one character added, dropped or changed (or `a` itself)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        return sum(x != y for x, y in zip(a, b)) == 1
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


_SMALL_VOWELS = str.maketrans("ァィゥェォ", "アイウエオ")
_VU = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"))
FOLD_LENGTH = 4  # a katakana word folds to at least this many characters to have spelling variants


def katakana_fold(word: str) -> str | None:
    """What the spellings of one katakana word share: no long-vowel marks, small vowels written
    large, ヴ as バ行 (ケアマネージャー and ケアマネジャー, インターフェース and インタフェース,
    ウェブサイト and ウエブサイト). None for other words, and for short ones, where dropping ー makes another word
    (ビール, ビル)."""
    if not _is_katakana(word):
        return None
    folded = word.replace("ー", "")
    for vu, ba in _VU:
        folded = folded.replace(vu, ba)
    folded = folded.translate(_SMALL_VOWELS)
    return folded if len(folded) >= FOLD_LENGTH else None


def small_kana_folded(word: str) -> str | None:
    """A word holding katakana with its small vowels written large (ウェブ会議 → ウエブ会議), for
    comparing a typed word with a closed list (the synonyms); None for a word with no katakana."""
    return word.translate(_SMALL_VOWELS) if any(_is_katakana(ch) for ch in word) else None


# The names of the Latin letters in katakana, as an input method leaves them unconverted
# (ぴーでぃーえふ: PDF); several spellings of one name where people write it several ways
_LETTER_NAMES = {
    "エー": "a", "エイ": "a", "ビー": "b", "シー": "c", "ディー": "d", "デー": "d", "イー": "e", "エフ": "f",
    "ジー": "g", "エイチ": "h", "エッチ": "h", "アイ": "i", "ジェー": "j", "ジェイ": "j", "ケー": "k", "ケイ": "k",
    "エル": "l", "エム": "m", "エヌ": "n", "オー": "o", "ピー": "p", "キュー": "q", "アール": "r", "エス": "s",
    "ティー": "t", "テー": "t", "ユー": "u", "ブイ": "v", "ヴィ": "v", "ヴイ": "v", "ダブリュー": "w",
    "ダブリュ": "w", "エックス": "x", "ワイ": "y", "ゼット": "z", "ゼッド": "z", "ズィー": "z",
}
_LONGEST_NAME = max(map(len, _LETTER_NAMES))


def letters_named(katakana: str) -> str | None:
    """The Latin letters whose names `katakana` spells, two or more (ピーディーエフ → pdf,
    エーアイオーシーアール → aiocr); None when it is not letter names throughout. Names are read
    longest first where two could start there (エイチ, not エイ and チ), backtracking if that
    leaves the rest unreadable."""
    @functools.lru_cache(maxsize=None)
    def read(start: int) -> str | None:
        if start == len(katakana):
            return ""
        for size in range(min(_LONGEST_NAME, len(katakana) - start), 1, -1):
            letter = _LETTER_NAMES.get(katakana[start:start + size])
            rest = read(start + size) if letter is not None else None
            if letter is not None and rest is not None:
                return letter + rest
        return None

    letters = read(0)
    return letters if letters and len(letters) >= 2 else None


def term_reading(term: str) -> str:
    """A term's reading in katakana, long vowels stemmed, from Janome directly: the shared
    morpheme cache is for texts and queries, not for every word of the vocabulary."""
    return "".join(m.reading or to_katakana(m.surface) for m in _analyse(term)).upper().rstrip("ー")


def _first_word_longer(term: str, stem: str) -> bool:
    """Whether `term` starts with a word longer than `stem` (集計, 届出処理), not with `stem`
    as a word of its own (書処理 is 書 + 処理: the index's join of two words)."""
    first = next(iter(_analyse(term)), None)
    return first is not None and first.end - first.start > len(stem)


def reading_table(terms: list[str], df: np.ndarray, reading_of: Callable[[str], str] = term_reading
                  ) -> dict[str, list[int]]:
    """katakana reading → term ids, for the `READING_TERMS` commonest kanji terms of `terms`."""
    kanji = [i for i, t in enumerate(terms) if MIN_LENGTH <= len(t) <= READING_LENGTH and KANJI.search(t)]
    kanji.sort(key=lambda i: -df[i])
    out: dict[str, list[int]] = {}
    for i in kanji[:READING_TERMS]:
        out.setdefault(reading_of(terms[i]), []).append(i)
    return out


def write_readings(index: TextIndex) -> None:
    """The reading table of a text index, written beside it by the build (`READINGS_FILE`)."""
    table = reading_table(index.terms["text"], np.diff(index._ptr["text"]))
    (index.directory / READINGS_FILE).write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")


def stored_readings(index: TextIndex) -> dict[str, list[int]] | None:
    """The reading table its build wrote, when there is one and it is well formed (an index built
    before there was one has none: the table is made on first use)."""
    try:
        table = json.loads((index.directory / READINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    size = len(index.terms["text"])
    if not isinstance(table, dict) or not all(
            isinstance(reading, str) and isinstance(ids, list)
            and all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i < size for i in ids)
            for reading, ids in table.items()):
        return None
    return table


class Vocabulary:
    """The terms of one index generation and how many cases hold each."""

    def __init__(self, index: TextIndex, reading_of: Callable[[str], str] = term_reading) -> None:
        self.terms: list[str] = index.terms["text"]
        self._ids = index.ids["text"]
        ptr = index._ptr["text"]
        self.df = np.diff(ptr).astype(np.int64)
        self._index = index
        self._read = reading_of
        self._read_kept: dict[str, str] = {}  # word → reading, for the words compared by reading
        self._readings: dict[str, list[int]] | None = None
        self._folds: dict[str, list[str]] | None = None  # katakana_fold → terms
        self._corrected: dict[str, list[str]] = {}  # word → every correction, best first
        self._joined: dict[str, list[str]] = {}  # katakana → the words it reads as in pieces
        self._mixed: dict[str, list[str]] = {}  # word → its 交ぜ書き spellings (`mixed_spellings`)
        self._with_kana: dict[tuple[str, str], list[int]] | None = None  # (before, after) → terms with kana between
        self._reversed: list[tuple[str, int]] | None = None  # kanji terms spelled backwards, sorted
        self._reading_by_id: dict[int, str] | None = None  # term id → reading, of `readings`
        self._lock = threading.Lock()  # readings are made once (under a second), on the first kana
        # word or when a server opens the index, in the caller's thread: a thread of our own could
        # hold Janome or an import lock while a build forks its workers, and the workers would hang
        useful = [i for i, t in enumerate(self.terms) if len(t) >= MIN_LENGTH and any(c.isalnum() for c in t)]
        self._by_length: dict[int, list[int]] = {}
        for i in useful:
            self._by_length.setdefault(len(self.terms[i]), []).append(i)

    def holds(self, word: str) -> bool:
        """Whether a live case writes `word` as one term of the index (オープンデータ)."""
        i = self._ids.get(normalize(word).lower())
        return i is not None and bool(self.df[i])

    def katakana_spellings(self, word: str) -> list[str]:
        """The index's other spellings of a katakana word (`katakana_fold`): ケアマネージャー →
        ケアマネジャー. Made on first use, like `readings`."""
        folded = katakana_fold(word)
        if folded is None:
            return []
        with self._lock:
            if self._folds is None:
                folds: dict[str, list[str]] = {}
                for i, term in enumerate(self.terms):
                    key = katakana_fold(term) if self.df[i] else None
                    if key is not None:
                        folds.setdefault(key, []).append(term)
                self._folds = folds
        return [t for t in self._folds.get(folded, []) if t != word]

    def mixed_spellings(self, word: str) -> list[str]:
        """The index's spellings of `word` with one kanji or more written in kana, or the kana
        written in kanji, read alike (交ぜ書き: り災 for 罹災, 進ちょく管理 for 進捗管理, 痰吸引 for
        たん吸引, 子ども for 子供, 紐付け for ひも付け). Official writing puts kanji outside the 常用漢字
        list in kana, so a case and a user may each write the word their own way. Remembered per
        word."""
        word = normalize(word).lower()
        remembered = self._mixed.get(word)
        if remembered is not None:
            return remembered
        out: list[str] = []
        # a katakana word typed in hiragana beside kanji (でじたる人材: デジタル人材)
        katakana = HIRAGANA_RUN.sub(lambda m: to_katakana(m.group()), word)
        if katakana != word and KANJI.search(word) and (i := self._ids.get(katakana)) is not None and self.df[i]:
            out = [self.terms[i]]
        elif len(word) >= MIN_LENGTH and KANJI.search(word):
            candidates = [i for split in kana_runs(word) for i in self._kanji_for_kana(*split)]
            candidates = list(dict.fromkeys(candidates + self._kana_for_kanji(word)))
            if candidates:
                reading = self._reading_of(word)
                out = [self.terms[i] for i in candidates[:MIXED_CANDIDATES]
                       if self._term_reading(i) == reading or self._kana_reads(word, self.terms[i])]
        with self._lock:
            if len(self._mixed) >= CORRECTIONS_KEPT:
                self._mixed.clear()
            self._mixed[word] = out
        return out

    def kana_typed_words(self, query: str) -> list[tuple[int, int]]:
        """Where a short query holds a word typed partly in kana that the cases write in kanji
        (じどう手当, 通勤てあて: part of a word left unconverted), as (start, end): two kana or more
        with the kanji beside them, the longest such stretch that `mixed_spellings` finds. Janome
        would read the kana as other words (じ + どう) and a search would drop them unsaid."""
        if len(query) > KANA_TYPED_QUERY:
            return []
        out: list[tuple[int, int]] = []
        for run in HIRAGANA_RUN.finditer(query):
            a, b = run.span()
            if b - a < 2:
                continue
            left, right = a, b
            while left > 0 and KANJI.match(query[left - 1]):
                left -= 1
            while right < len(query) and KANJI.match(query[right]):
                right += 1
            # kanji on one side at least, and two kana or more of the run touching them: 通勤てあて
            # of 通勤てあての (its particle left out), じどう手当 of のじどう手当
            spans = sorted(((start, end) for start in range(left, b - 1) for end in range(a + 2, right + 1)
                            if end - start > 2 and (start < a or end > b)
                            and (start <= a or end > b) and (end >= b or start < a)
                            and min(end, b) - max(start, a) >= 2
                            and "を" not in query[max(start, a):min(end, b)]),  # を is a particle only
                           key=lambda s: (s[0] - s[1], s[0]))[:KANA_TYPED_SPANS]  # the longest first
            found = next((s for s in spans if self.mixed_spellings(query[s[0]:s[1]])), None)
            if found is not None and (not out or found[0] >= out[-1][1]):
                out.append(found)
        return out

    def _reading_of(self, word: str) -> str:
        """`word`'s reading (Janome), remembered: one search compares the same few words often."""
        known = self._read_kept.get(word)
        if known is None:
            known = self._read(word)
            with self._lock:
                if len(self._read_kept) >= CORRECTIONS_KEPT:
                    self._read_kept.clear()
                self._read_kept[word] = known
        return known

    def _term_reading(self, i: int) -> str:
        """Term `i`'s reading: from `readings` when they are made (a server makes them when it
        opens the index), else from Janome."""
        if self._readings is not None:
            if self._reading_by_id is None:
                self._reading_by_id = {t: r for r, ids in self._readings.items() for t in ids}
            known = self._reading_by_id.get(i)
            if known is not None:
                return known
        return self._reading_of(self.terms[i])

    def _kana_reads(self, a: str, b: str) -> bool:
        """Whether the kana of one spelling is the reading of the kanji the other has in its
        place (ほいく所 and 保育所: ホイク is 保育's reading, where Janome reads 所 alone トコロ and
        保育所 ホイクショ)."""
        differ = kana_for_kanji(a, b)
        if differ is None:
            return False
        kana, kanji = differ
        known = self._ids.get(kanji)  # a term mostly (加入, 情報): its reading is made already
        return (self._term_reading(known) if known is not None else self._reading_of(kanji)) == to_katakana(kana)

    def _kanji_for_kana(self, before: str, kana: str, after: str) -> list[int]:
        """Terms that are `before` + kanji + `after`, with no more kanji than `kana` has letters."""
        if before:
            lo = bisect.bisect_left(self.terms, before)
            hi = bisect.bisect_left(self.terms, before + "\U0010ffff")
            ids: list[int] = list(range(lo, hi))
        else:
            with self._lock:
                if self._reversed is None:
                    self._reversed = sorted((t[::-1], i) for i, t in enumerate(self.terms) if KANJI.search(t))
            key = after[::-1]
            lo = bisect.bisect_left(self._reversed, (key,))
            hi = bisect.bisect_left(self._reversed, (key + "\U0010ffff",))
            ids = [i for _, i in self._reversed[lo:hi]]
        out = []
        for i in ids:
            term = self.terms[i]
            middle = term[len(before):len(term) - len(after)]
            if (self.df[i] and term.startswith(before) and term.endswith(after)
                    and 0 < len(middle) <= len(kana) and len(term) == len(before) + len(middle) + len(after)
                    and all(KANJI.match(ch) for ch in middle)):
                out.append(i)
        return sorted(out, key=lambda i: -self.df[i])

    def _kana_for_kanji(self, word: str) -> list[int]:
        """Terms that are `word` with one stretch of its kanji written in kana."""
        with self._lock:
            if self._with_kana is None:
                with_kana: dict[tuple[str, str], list[int]] = {}
                for i, term in enumerate(self.terms):
                    for before, _, after in kana_runs(term) if self.df[i] else ():
                        with_kana.setdefault((before, after), []).append(i)
                self._with_kana = with_kana
        out: list[int] = []
        for start in range(len(word)):
            for end in range(start + 1, len(word) + 1):
                if all(KANJI.match(ch) for ch in word[start:end]):
                    out += [i for i in self._with_kana.get((word[:start], word[end:]), [])
                            if len(self.terms[i]) >= len(word)]  # a kanji reads as one kana or more
        return sorted(dict.fromkeys(out), key=lambda i: -self.df[i])

    def readings(self) -> dict[str, list[int]]:
        """katakana reading → term ids, for the commonest kanji terms (as the build wrote them, or
        made on first use)."""
        with self._lock:
            if self._readings is None:
                stored = stored_readings(self._index) if self._read is term_reading else None
                self._readings = stored if stored is not None else reading_table(self.terms, self.df, self._read)
            return self._readings

    def read_as(self, word: str, trim: bool = True) -> list[str]:
        """The words of the cases that kana `word` is the reading of (ぎじろく → 議事録; こうほう →
        広報 and any other word read so), commonest first; [] for a word not all kana. With
        `trim`, when the whole reads as none, those its kana without a particle read as
        (のぎじろく → 議事録: `without_particle`)."""
        word = normalize(word).lower()
        if len(word) < MIN_LENGTH or not _READING_TYPED.match(word):
            return []
        katakana = to_katakana(word)
        ids = dict.fromkeys(self._read_as_ids(katakana))
        found = [self.terms[i] for i in sorted(ids, key=lambda i: (-self.df[i], self.terms[i])) if self.df[i]]
        found = found or self._joined_readings(katakana)
        if katakana == word:  # typed in katakana: a loanword or a name, never a verb's kana (クラス is no 暮らす)
            found = [f for f in found if not HIRAGANA_RUN.search(f)]
        trimmed = without_particle(word) if trim and not found else None
        return found or (self.read_as(trimmed) if trimmed else [])

    def _read_as_ids(self, katakana: str) -> list[int]:
        """The terms read as `katakana` (its long vowel at the end stemmed, as readings are, or not)."""
        readings = self.readings()
        return readings.get(katakana.rstrip("ー"), []) + readings.get(katakana, [])

    def _joined_readings(self, katakana: str) -> list[str]:
        """Words of the cases read as `katakana` in two or three pieces (こていしさんぜい → 固定資産税,
        which Janome cuts 固定 + 資産 + 税 and the index holds as 固定資産 and 資産税, not whole).
        Each piece is a term's reading, and the word is one the cases write: a term, or each two of
        its morphemes side by side are. The commonest spelling of each piece first. Remembered per
        word, like corrections: もしかして and the kana reading's results both ask."""
        remembered = self._joined.get(katakana)
        if remembered is not None:
            return remembered
        readings = self.readings()

        def spellings(reading: str) -> list[str]:
            ids = sorted(readings.get(reading, []), key=lambda i: -self.df[i])
            for kana in (self._ids.get(reading.lower()), self._ids.get(to_hiragana(reading))):
                # a katakana word typed in hiragana (しすてむ), or a hiragana one (ふるさと of ふるさと納税)
                if kana is not None and self.df[kana] and kana not in ids:
                    ids.insert(0, kana)
            return [self.terms[i] for i in ids if self.df[i]][:JOINED_SPELLINGS]

        def written(word: str) -> bool:
            if self._ids.get(word) is not None:
                return True
            parts = [m.surface.lower() for m in _analyse(word)]
            return len(parts) > 1 and all(self._ids.get(a + b) is not None for a, b in zip(parts, parts[1:]))

        found: dict[str, int] = {}
        n = len(katakana)
        if n > JOINED_KANA:
            return []
        for a in range(MIN_LENGTH, n - MIN_LENGTH + 1):
            for cut in [(a,)] + [(a, b) for b in range(a + MIN_LENGTH, n - MIN_LENGTH + 1)]:
                bounds = (0, *cut, n)
                pieces = [katakana[x:y] for x, y in zip(bounds, bounds[1:])]
                if any(p[0] in _MORA_TAIL for p in pieces):
                    continue  # a piece would start inside a mora (ジュ cut before ュ)
                for combination in _product(*(spellings(p) for p in pieces)):
                    word = "".join(combination)
                    if word not in found and written(word):
                        found[word] = len(pieces)
        out = sorted(found, key=lambda w: (found[w], w))[:JOINED_SPELLINGS]
        with self._lock:
            if len(self._joined) >= CORRECTIONS_KEPT:
                self._joined.clear()
            self._joined[katakana] = out
        return out

    def corrections(self, word: str, limit: int = 3) -> list[str]:
        """Words of the cases that `word` (found in none) may have meant, commonest first: the
        same reading (kana typed for a kanji word), then one typo away."""
        word = normalize(word).lower()
        if len(word) < MIN_LENGTH:
            return []
        out = self._ranked_corrections(word)[:limit]
        if out:
            return out
        trimmed = without_particle(word)  # 三重県のぎじろく: the kana left after a place word took its の
        if trimmed and (read := self.read_as(trimmed) or self._ranked_corrections(trimmed)):  # …or ぎじろぐ
            return read[:limit]
        parts = self.parts(word, limit)
        if not parts:
            return self.stem_words(word, limit)
        # its words apart first (データ分析 → データ 分析: cases that have both, not side by side)
        return ([" ".join(parts)] if len(parts) > 1 else []) + parts[:limit - 1 if len(parts) > 1 else limit]

    def stem_words(self, word: str, limit: int = 3) -> list[str]:
        """For a verb's stem typed alone (払い, 集め, 届け, 読み: in no case as a word of its own),
        the words of the cases that end with it (支払い, 振替払い), then those starting with it
        as typed (読み取り, 読み込み), then those its kanji start (集計, 集約; 届出), commonest
        first: a way out where a typo or a reading finds nothing."""
        if not _STEM.fullmatch(word):
            return []
        ending = [i for i, t in enumerate(self.terms) if len(t) > len(word) and t.endswith(word) and self.df[i]]
        lo = bisect.bisect_left(self.terms, word)
        hi = bisect.bisect_left(self.terms, word + "\U0010ffff")
        typed = [i for i in range(lo, hi) if len(self.terms[i]) > len(word) and self.df[i]]
        stem = _STEM.match(word).group(1)  # type: ignore[union-attr]
        lo = bisect.bisect_left(self.terms, stem)
        hi = bisect.bisect_left(self.terms, stem + "\U0010ffff")
        starting = [i for i in range(lo, hi) if len(self.terms[i]) > len(stem) and self.df[i]
                    and all(KANJI.match(ch) for ch in self.terms[i]) and _first_word_longer(self.terms[i], stem)]
        by_cases = [i for found in (ending, typed, starting) for i in sorted(found, key=lambda i: (-self.df[i], self.terms[i]))]
        return list(dict.fromkeys(self.terms[i] for i in by_cases))[:limit]

    def _ranked_corrections(self, word: str) -> list[str]:
        """Every word `word` may have meant, best first. Remembered per word for the generation:
        an empty search asks three times (its words' suggestions, もしかして, a kana reading), and
        the typo scan reads every term of the lengths near it (11 ms at 100,000 cases)."""
        remembered = self._corrected.get(word)
        if remembered is not None:
            return remembered
        found: dict[int, int] = {}  # term id → rank (reading matches first)
        joined: list[str] = []  # read in pieces (こていしさんぜい → 固定資産税): not a term itself
        if _READING_TYPED.match(word):
            katakana = to_katakana(word)
            for i in self._read_as_ids(katakana):
                found.setdefault(i, 0)
            for form in (katakana, katakana.rstrip("ー")):  # ちゃっとぼっと → チャットボット
                term_id = self._ids.get(form)
                if term_id is not None and self.df[term_id]:
                    found.setdefault(term_id, 0)
            if not found:
                joined = self._joined_readings(katakana)
            if not found and not joined:  # ぎじろぐ, ちゃっとぼと: a reading or a loanword one kana off
                for i in self._kana_typos(katakana):
                    found.setdefault(i, 1)
        if len(word) >= TYPO_LENGTH:  # one character of two is not a typo but another word (量子, 電子)
            for term in self.homophones(word):
                found.setdefault(self._ids[term], 1)
            for length in (len(word) - 1, len(word), len(word) + 1):
                for i in self._by_length.get(length, []):
                    if within_one_edit(word, self.terms[i]) and self._mistyped(word, self.terms[i]):
                        found.setdefault(i, 1)
        # the same reading first, then a changed character before one added or dropped
        ranked = sorted(found, key=lambda i: (found[i], abs(len(self.terms[i]) - len(word)), -self.df[i],
                                              self.terms[i]))
        out = joined + [self.terms[i] for i in ranked if self.terms[i] != word and self.terms[i] not in joined]
        with self._lock:
            if len(self._corrected) >= CORRECTIONS_KEPT:
                self._corrected.clear()
            self._corrected[word] = out
        return out

    def _kana_typos(self, katakana: str) -> list[int]:
        """Terms whose reading (ギジロク of 議事録), or which as katakana words themselves (チャットボット),
        are `katakana` with one kana added, dropped or changed; none for fewer than
        `KANA_TYPO_LENGTH` kana, where one kana off is another word (こうほ, こうぼ)."""
        if len(katakana) < KANA_TYPO_LENGTH:
            return []
        found: list[int] = []
        for typed in dict.fromkeys((katakana, katakana.rstrip("ー"))):  # マイナンパー: the index's マイナンバ
            found += [i for reading, ids in self.readings().items()
                      if abs(len(reading) - len(typed)) <= 1 and within_one_edit(typed, reading) for i in ids]
            for length in (len(typed) - 1, len(typed), len(typed) + 1):
                found += [i for i in self._by_length.get(length, [])
                          if _is_katakana(self.terms[i]) and within_one_edit(typed, self.terms[i])]
        return [i for i in dict.fromkeys(found) if self.df[i]]

    def homophones(self, word: str) -> list[str]:
        """Words of the cases read as `word` is, of its length, that differ from it only in kanji:
        the input method's wrong choice of a whole word (預金紹介 for 預金照会: 紹介 and 照会 are
        both ショウカイ, two characters apart, past one typo), commonest first. [] for a word the
        cases write, or without kanji (kana typed is read by `read_as`)."""
        word = normalize(word).lower()
        if len(word) < TYPO_LENGTH or len(word) > READING_LENGTH or not KANJI.search(word) or self.holds(word):
            return []
        found = [i for i in self.readings().get(self._reading_of(word), [])
                 if self.df[i] and len(self.terms[i]) == len(word) and self.terms[i] != word
                 and all(KANJI.match(a) and KANJI.match(b) for a, b in zip(word, self.terms[i]) if a != b)]
        return [self.terms[i] for i in sorted(found, key=lambda i: (-self.df[i], self.terms[i]))]

    def _mistyped(self, word: str, term: str) -> bool:
        """Whether `word` may be `term` mistyped: a kanji changed for another is the input
        method's wrong choice of the same reading (議事碌, 予算編性), or one the dictionary cannot
        read at all (電子身請), or one kanji of a word of `LOOK_ALIKE_LENGTH` or more (電子申講), else
        another word (保育所 is not 保健所)."""
        if len(word) != len(term):
            return True
        changed = [(a, b) for a, b in zip(word, term) if a != b]
        if not any(KANJI.match(a) or KANJI.match(b) for a, b in changed) \
                or (len(word) >= LOOK_ALIKE_LENGTH and len(changed) == 1
                    and all(KANJI.match(ch) for ch in changed[0])):
            return True
        typed = self._reading_of(word)
        # a word the dictionary cannot read is no word (電子身請 reads デンシミ請): a kanji chosen
        # wrongly, whatever its reading
        if typed == self._reading_of(term) or bool(KANJI.search(typed)):
            return True
        # one kanji read alike where it stands, with the characters before or after it (市長村:
        # 市長 and 市町 both シチョウ; read whole, 市長村 is シチョウムラ, 村 alone read as a word),
        # or with the one beside it (通勤手宛: 手宛 and 手当 both テアテ; read whole, ツウキンシュアテ)
        if len(changed) == 1:
            at = next(i for i, (a, b) in enumerate(zip(word, term)) if a != b)
            spans = ((0, at + 1), (at, len(word)), (max(0, at - 1), at + 1), (at, at + 2))
            return any(b - a > 1 and self._reading_of(word[a:b]) == self._reading_of(term[a:b]) for a, b in spans)
        return False

    def holding(self, word: str, limit: int = 3) -> list[str]:
        """Words of the cases that hold `word` inside them, commonest first, none inside another
        listed (香川, 川柳 for 川; ドローン for ローン): where a word no case contains as a word
        of its own is written, so "no case contains 川" is not read as "川 is nowhere" (a trial
        saw 香川県 in 36 cases). A scan of the vocabulary: 2 ms at 100,000 cases."""
        word = normalize(word).lower()
        if not word:
            return []
        found = [i for i, t in enumerate(self.terms) if len(t) > len(word) and word in t and self.df[i]]
        found.sort(key=lambda i: (-self.df[i], len(self.terms[i]), self.terms[i]))
        out: list[str] = []
        for i in found:
            if len(out) == limit:
                break
            if not any(o in self.terms[i] for o in out):
                out.append(self.terms[i])
        return out

    def parts(self, word: str, limit: int = 3) -> list[str]:
        """The longest words of the cases inside `word` (地域通貨 → 地域, 通貨; 量子コンピュータ →
        コンピュータ): a way out for a compound no case contains. A katakana word is not cut: the
        ブロック of ブロックチェーン is another word, not part of what was meant."""
        found: list[tuple[int, int, str]] = []
        katakana = [(m.start(), m.end()) for m in _KATAKANA_RUN.finditer(word)]
        for length in range(len(word) - 1, max(MIN_LENGTH, (len(word) + 1) // 2) - 1, -1):  # at least half of it
            for start in range(len(word) - length + 1):
                if any(a < cut < b for a, b in katakana for cut in (start, start + length)):
                    continue  # inside a katakana word
                piece = word[start:start + length]
                i = self._ids.get(piece)
                if i is None or not self.df[i]:
                    continue
                if any(start < s + len(p) and s < start + length for _, s, p in found):
                    continue  # inside a longer piece already found
                found.append((-length, start, piece))
        best = sorted(found)[:limit]
        return [p for _, _, p in sorted(best, key=lambda f: f[1])]  # in the word's order

    def completions(self, prefix: str, limit: int = 8) -> list[tuple[str, int]]:
        """Terms starting with `prefix` (or whose reading does, for kana), commonest first, with
        how many cases hold each."""
        prefix = normalize(prefix).lower().strip()
        if not prefix:
            return []
        found: set[int] = set()
        for length, ids in self._by_length.items():
            if length >= len(prefix):
                found.update(i for i in ids if self.terms[i].startswith(prefix))
        if _KANA.match(prefix) and len(prefix) >= 2:
            kana = to_katakana(prefix)
            for reading, ids in self.readings().items():
                # whole morae only: ぎじ is the start of ギジロク (議事録), not of ギジュツ (技術)
                if reading.startswith(kana) and (len(reading) == len(kana) or reading[len(kana)] not in _MORA_TAIL):
                    found.update(ids)
            found.update(i for length, ids in self._by_length.items() if length >= len(kana)
                         for i in ids if self.terms[i].startswith(kana))  # katakana words typed in hiragana
        ranked = sorted(found, key=lambda i: (-self.df[i], len(self.terms[i]), self.terms[i]))
        # a piece of a word in as many cases as the word (議事 of 議事録) is the word: show the word
        head = ranked[:limit * 8]  # enough to fill `limit`, few enough to compare pairwise
        kept = [i for i in head if not any(j != i and self.terms[j].startswith(self.terms[i])
                                              and self.df[j] >= self.df[i] for j in head)]
        return [(self.terms[i], int(self.df[i])) for i in kept[:limit]]


def without_particle(word: str) -> str | None:
    """Kana typed unconverted with a particle on it (のぎじろく of 三重県のぎじろく, once the place word
    is read as a filter; ぎじろくの of ぎじろくのAI) without that particle, or None: what to read
    as a word of the cases when the whole is read as none."""
    if len(word) < 4 or not _KANA.match(word):  # three kana at least besides the particle
        return None
    if word[0] in _PARTICLES:
        return word[1:]
    return word[:-1] if word[-1] in _PARTICLES else None
