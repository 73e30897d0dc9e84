"""What a match is: which cases contain a query word, exactly, from the index's arrays.

A case contains a word when it contains one of the word's forms (itself, a synonym, a notation
variant; `search.query.QueryWord`). A form is analysed as the index analyses text (NFKC, variant
characters, Janome with the user dictionary, lowercase, katakana long-vowel stem) into morphemes:

- one morpheme (`RPA`, `議事録` is two: 議事 + 録): the case holds that morpheme. Words are matched
  as Janome cuts them, so `ローン` does not match ドローン (one word, from the user dictionary)
  and `チェック` matches ダブルチェック (ダブル + チェック). A katakana word of three or more
  characters also matches where it begins a longer katakana run (エクセル in エクセルファイル,
  which Janome reads as one unknown word). A form with kanji and okurigana
  (`問い合わせ`) also matches its other spellings (問合せ, 問い合せ): the same kanji in the same
  order with other okurigana, in a case read alike (`Okurigana`: 読取 = 読み取り and 振込 = 振り込み
  whatever Janome makes of them, 貸付け = 貸付; 組み合わせ is not 組合), and its bare kanji
  where Janome has no reading of them as one word to tell them apart (取り込み = 取込, which
  Janome cuts 取 + 込; `okurigana_key`, `same_word`).
  A dictionary word of kanji and hiragana (or hiragana alone) read in four kana or more also
  meets its spelling in hiragana, and its verb or noun (one kana more or less at the end of the
  reading): `とりまとめ` matches a case read トリマトメ or トリマトメル whatever its spelling
  (取りまとめ, 取り纏め, とりまとめる); `取りまとめ` matches such a case only where it writes the
  word in hiragana (so 公開 is not 後悔; `kana_reading`, `reads_alike`).
  A kanji word is also the head of a kanji word one character longer (学校 in 中学校,
  町村 in 市町村: Japanese compounds end with what they are), never its start (京都 is not in 東京都, which is
  東京 + 都), and its okurigana may differ (手続 = 手続き). A one-character word that names a
  topic (data/one_character_words.txt: 税, 橋) also matches the kanji words of one morpheme it
  begins or ends, read as it is read alone (税務 ゼイム, 納税 ノウゼイ, 課税 for 税 ゼイ; not 海外
  カイガイ for 海 ウミ, nor a place: 香川 for 川; `topic_words`).
- several morphemes (`議事録`, `通勤手当`, `ブロックチェーン`): the case holds the form's
  characters in sequence (Latin parts may be joined by punctuation: AI-OCR = AI・OCR), so a
  compound is matched whole, never through its parts, and ブロックチェーン never through チェック.
- a word no case writes in any of its forms, where a form is a compound of kanji words of two
  characters or more (`知事会見`, `障害福祉`): the case holds those words in that order within one
  phrase, at most `APART_GAP` characters apart and no punctuation between (知事定例会見,
  障害者保健福祉). Only then: where some case writes the compound whole, those cases are its
  matches (児童手当 is not 児童扶養手当), and never through one character (顔認証 stays absent).

The index answers most of it (postings of morphemes and of compounds); only cases holding every
character bigram of a compound, but not the compound as a term, have their characters checked.
`brute_force_contains` states the same rule over one record, for tests.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ..data import data_path
from .analysis import (KANA_ONLY, KANJI, BigramAnalyzer, _analyse, _is_katakana, _runs, latin_bounds, morphemes, normalize,
                       normalize_with_offsets, to_hiragana, to_katakana)
from .budget import Budget
from .datafiles import word_list_lines
from .limits import REGEX_BATCH
from .query import QueryWord
from .textindex import TextIndex

ONE_CHARACTER_WORDS_FILE = data_path("one_character_words.txt")
HEAD_EXTRA = 2  # a kanji word is looked for as the head of words up to two characters longer (学校 → 小中学校)
FORM_CACHE = 512  # forms whose matching cases are kept per index generation
KANA_READING_MIN = 4  # a word meets its spelling in hiragana by a reading this long (ひょう is 票 and 表)
APART_GAP = 4  # characters between the words of a compound no case writes whole (知事定例会見 for 知事会見)
# …and more where no kana is between them, a modifier inside the compound rather than a clause with its
# particles (民間ITベンダ出身 for 民間出身, a personnel clerk's 0 cases; not 自動で会議録を作成 for 自動作成)
APART_GAP_NO_KANA = 6
JOINING_PARTICLES = "のを"  # 人材の育成 and 人材を育成 are 人材育成 (a trial's 人材育成 found 4 cases, 人材の育成 12)
COORDINATED_WORD = 4  # kanji of the other word of a coordination (配付 of 予算配付・令達, for 予算令達)
PHRASE_BREAKS = r"\s。、,.・()「」『』【】:;!?"  # what ends a phrase of the normalised text
_NO_KANA_GAP = f"[^{PHRASE_BREAKS}\u3041-\u309f]"
_APART_BETWEEN = f"(?:[^{PHRASE_BREAKS}]{{0,{APART_GAP}}}|{_NO_KANA_GAP}{{{APART_GAP + 1},{APART_GAP_NO_KANA}}})"  # between two words apart

_BIGRAMS = BigramAnalyzer()  # the bigram view's own tokens of a form: its candidates' postings
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_LAST_LONG_VOWEL = re.compile("(?<=[\u30a1-\u30fa]{3})ー+(?![\u30a1-\u30fc])")  # セキュリティー → セキュリティ


def literal_pattern(form: str) -> str:
    """The characters of a (normalised, lowercased) form as a regular expression over the
    normalised text: Latin parts may be joined by punctuation (ai-ocr = ai・ocr = aiocr), a
    katakana run may end with or without ー, and a Latin word is not found inside another
    (`latin_bounds`)."""
    runs = [form[a:b] for a, b in _runs(form)]
    if not runs:
        return re.escape(form)
    parts = []
    for run in runs:
        piece = re.escape(run)
        if "\u30a0" <= run[-1] <= "\u30ff":
            piece = re.escape(run.rstrip("ー")) + "ー?" if len(run.rstrip("ー")) >= 3 else piece
        parts.append(piece)
    before, after = latin_bounds(runs[0])[0], latin_bounds(runs[-1])[1]
    return before + r"\W*".join(parts) + after


_BETWEEN = "(?:(?![をがはのへやにで])[\u3041-\u309f]){0,2}"  # okurigana between two kanji


class Okurigana:
    """A form of two or more kanji, with or without okurigana (問い合わせ, 読取, 振込): its kanji in
    the same order, with any okurigana (問合せ, 読み取り, 振り込み, 手続), in a case read alike (a
    reading of the case starts with the form's, or is it without its last kana): 組合 (クミアイ) is not
    組み合わせ (クミアワセ), and 京都 (キョウト) is not in 東京都 (トウキョウ ト). At most two kana
    between two kanji, none of them a particle (を が は の へ や に で: 手を続ける is not 手続)."""

    def __init__(self, form: str, reading: str) -> None:
        self.kanji = "".join(ch for ch in form if not _HIRAGANA.match(ch))
        self.reading = reading  # the form's morphemes' readings joined (貸付け: カシ + ツケ)

    # compiled when first searched with, not with the form's analysis: most forms are only read
    # alike by their readings, and a new pasted text's dozens of forms each compiled one (0.3 ms)
    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(_BETWEEN.join(re.escape(k) for k in self.kanji))

    @staticmethod
    def of(form: str, reading: Callable[..., Any]) -> Okurigana | None:
        """For a form of kanji and hiragana only, with two kanji or more; None for other forms."""
        if len(form) < 2 or not all(KANJI.match(ch) or _HIRAGANA.match(ch) for ch in form) \
                or len(KANJI.findall(form)) < 2:
            return None
        joined = "".join(t.text for t in reading(form))
        return Okurigana(form, joined) if len(joined) >= 2 else None

    def read_alike(self, terms: list[str]) -> list[str]:
        """Of sorted reading `terms`, those a case read like the form has: starting with its
        reading, or its reading without the last kana (読取 is read ヨミト, 読み取り ヨミトリ)."""
        lo = bisect.bisect_left(terms, self.reading)
        hi = bisect.bisect_left(terms, self.reading + "\U0010ffff")
        shorter = self._shorter()
        return terms[lo:hi] + ([shorter] if shorter and _contains_sorted(terms, shorter) else [])

    def read_alike_in(self, terms: set[str]) -> bool:
        """Whether a case with these reading terms is read like the form (`read_alike`)."""
        return any(t.startswith(self.reading) for t in terms) or self._shorter() in terms

    def _shorter(self) -> str:
        return self.reading[:-1] if len(self.reading) >= 4 else ""

    def search(self, text: str) -> bool:
        """Whether `text` (normalised) holds the kanji in order with any okurigana."""
        return self.pattern.search(text) is not None


def _contains_sorted(terms: list[str], term: str) -> bool:
    at = bisect.bisect_left(terms, term)
    return at < len(terms) and terms[at] == term


_PARTICLES = set("をがはのへやにで")


def okurigana_key(term: str) -> str | None:
    """The kanji of a word written with kanji and okurigana, in order (取り込み → 取込, 口座振り替え
    → 口座振替, 取込 → 取込): two kanji or more, starting with one, at most two kana between two
    kanji (none a particle), at most three after the last; None for any other word."""
    if len(term) < 2 or not KANJI.match(term[0]):
        return None
    kanji: list[str] = []
    kana = ""
    for ch in term:
        if KANJI.match(ch):
            if len(kana) > 2 or _PARTICLES & set(kana):
                return None
            kanji.append(ch)
            kana = ""
        elif _HIRAGANA.match(ch):
            kana += ch
        else:
            return None
    if len(kana) > 3 or len(kanji) < 2:
        return None
    return "".join(kanji)


def kana_reading(form: str, reading: Callable[..., Any]) -> str | None:
    """The reading of a word that may also be written in hiragana, or be that spelling: one word
    of Janome's dictionary (its reading trusted), of kanji and hiragana with some hiragana, read
    in `KANA_READING_MIN` kana or more (とりまとめ and 取りまとめ: トリマトメ). None otherwise."""
    if not _HIRAGANA.search(form) or not all(KANJI.match(ch) or _HIRAGANA.match(ch) for ch in form) \
            or not _one_word(form):
        return None
    read = _reading_of(form, reading)
    return read if len(read) >= KANA_READING_MIN else None


def reads_alike(word: str, term: str) -> bool:
    """Whether a reading term of a case reads as the word read `word`: the same, or one kana
    longer or shorter at the end, as a noun and its verb (トリマトメ, トリマトメル)."""
    if term == word:
        return True
    short, long = sorted((word, term), key=len)
    return len(long) == len(short) + 1 and len(short) >= KANA_READING_MIN and long.startswith(short)


def _reading_of(text: str, reading: Callable[..., Any]) -> str:
    return "".join(t.text for t in reading(text))


def _one_word(text: str) -> bool:
    """Whether Janome reads `text` as one word of its dictionary (its reading is then trusted)."""
    analysed = _analyse(text)
    return len(analysed) == 1 and analysed[0].reading not in ("", "*")


def same_word(a: str, b: str, reading: Callable[..., Any]) -> bool:
    """Whether two spellings of one okurigana key are one word: read alike (one reading starts
    the other, 取込み / 取り込み, or they differ in the last kana only, 取り込み / 取り込む), or not
    both words of the dictionary with their own readings (取込 is 取 + 込 to Janome, read ト コミ:
    no reading to trust). 組合 (クミアイ) is not 組み合わせ (クミアワセ)."""
    ra, rb = _reading_of(a, reading), _reading_of(b, reading)
    if ra and rb and (ra.startswith(rb) or rb.startswith(ra) or (len(ra) >= 3 and ra[:-1] == rb[:-1])):
        return True  # 取込み / 取り込み; 取り込み / 取り込む (the noun of the verb)
    return not (_one_word(a) and _one_word(b))


class _Searcher(Protocol):
    """What `Matcher._checked` looks for in a case's text: a compiled pattern, or `Okurigana`."""

    def search(self, text: str, /) -> object: ...


def positions_found(candidates: list[int], pattern: _Searcher, text_of: Callable[[int], str],
                    budget: Budget | None) -> tuple[list[int], bool]:
    """The positions in `candidates` (document numbers) of those whose text `pattern` finds, looking
    at the budget every `REGEX_BATCH` cases; False when it ran out (those found so far are kept)."""
    found: list[int] = []
    for start in range(0, len(candidates), REGEX_BATCH):
        if budget is not None and budget.expired():
            return found, False
        found.extend(start + i for i, d in enumerate(candidates[start:start + REGEX_BATCH]) if pattern.search(text_of(d)))
    return found, True


def is_kanji_word(text: str) -> bool:
    return len(text) >= 2 and all(KANJI.match(ch) for ch in text)


def load_one_character_words(path: Path | None = None) -> frozenset[str]:
    """The one-character words that name a topic (data/one_character_words.txt, and the file
    DXSEARCH_ONE_CHARACTER_WORDS names): key terms of a text, and matched in the words they
    begin or end (`topic_word_of`)."""
    lines = word_list_lines(path or ONE_CHARACTER_WORDS_FILE, "DXSEARCH_ONE_CHARACTER_WORDS",
                            "the one-character words file")
    return frozenset(normalize(line).lower() for _, _, line in lines)


@functools.lru_cache(maxsize=65536)
def topic_word_of(word: str, term: str) -> bool:
    """Whether `term`, a kanji word of one morpheme and at most `HEAD_EXTRA` characters more,
    begins or ends with the one-character `word` read as `word` alone is read: 税務 (ゼイム),
    納税 (ノウゼイ) and 課税 are words of 税 (ゼイ); 海外 (カイガイ) is not one of 海 (ウミ), nor
    a place of 川 (香川, a proper noun). A reading tells the morpheme; the characters alone do not."""
    if len(word) != 1 or not is_kanji_word(term) or len(term) > 1 + HEAD_EXTRA \
            or not (term.startswith(word) or term.endswith(word)):
        return False
    alone, whole = _analyse(word), _analyse(term)
    if len(alone) != 1 or len(whole) != 1 or not alone[0].reading or whole[0].pos == "名詞,固有名詞":
        return False
    read, term_read = alone[0].reading, whole[0].reading
    return (term.startswith(word) and term_read.startswith(read)) or (term.endswith(word) and term_read.endswith(read))


INSIDE_FORMS = 4  # words holding a query word (小中学校 for 学校) marked and ranked as its forms, at most
INSIDE_SHARE = 0.5  # ... for a word in at most this share of the cases (システム is in more: no need to mark)
KATAKANA_PART = 4  # a katakana word before another in one run: four kana or more (エクセル|ファイル)
KATAKANA_TAIL = 3  # the word it is followed by: three or more (エクセル|シート)
UNKNOWN_PART = 3  # a katakana run Janome does not know ends with a word of the cases after this many kana or
# more (サイバー|セキュリティ, ポータル|サイト); not one it knows (ガイドライン, データベース, ドローン)
_SCRIPT_RUN = re.compile(r"[\u4e00-\u9fff々]+|[\u30a1-\u30fa\u30fc]+|[a-z0-9]+")


def script_parts(term: str) -> tuple[str, ...]:
    """The words a term of kanji, katakana and Latin letters is made of where its script changes
    (デジタル技術: デジタル, 技術; web会議: web, 会議), of two characters or more; none for a term
    of one script or with anything else in it. Janome reads some of these as one word; the
    script change is still where one word ends and the next begins."""
    runs = _SCRIPT_RUN.findall(term)
    if len(runs) < 2 or sum(map(len, runs)) != len(term):
        return ()
    return tuple(r for r in runs if len(r) >= 2)


@functools.lru_cache(maxsize=65536)
def _last_morpheme(term: str) -> str:
    return _analyse(term)[-1].surface if term else ""


NEGATING_PREFIXES = ("非", "不", "無", "未")  # 非常勤 is no kind of 常勤, 不許可 none of 許可


def ends_morpheme_with(term: str, word: str) -> bool:
    """Whether the last morpheme of `term` (as Janome cuts it) is longer than `word` and ends
    with it, not after a prefix that negates it (中学校 for 学校; not 非常勤 for 常勤)."""
    last = _last_morpheme(term)
    return len(last) > len(word) and last.endswith(word) and not last[:-len(word)].endswith(NEGATING_PREFIXES)


class Coordination:
    """Whether a text holds a compound of kanji words coordinated by ・ (`coordination_pattern`),
    found by looking at each ・ rather than by that pattern: its class of kanji costs Python's
    regex compiler 0.9 ms each time it is written (twice a cut of the compound), and a new pasted
    text's compounds took 20 ms of its first search at 100,000 cases. The same answer as
    `coordination_pattern(parts).search(text)`; the pattern still finds where, for marking."""

    def __init__(self, parts: tuple[str, ...]) -> None:
        self.cuts = [("".join(parts[:cut]), "".join(parts[cut:])) for cut in range(1, len(parts))]

    def search(self, text: str) -> bool:
        for head, end in self.cuts:
            if any(f"{head}{particle}{end}" in text for particle in JOINING_PARTICLES):
                return True
        at = text.find("・")
        while at >= 0:
            for head, end in self.cuts:
                if text.startswith(end, at + 1):  # head, the other word, ・, end
                    for start in range(at - 1, max(at - COORDINATED_WORD, 0) - 1, -1):
                        if not _is_kanji(text[start]):
                            break
                        if start >= len(head) and text.startswith(head, start - len(head)):
                            return True
                if text.endswith(head, 0, at):  # head, ・, the other word, end
                    for stop in range(at + 2, min(at + 1 + COORDINATED_WORD, len(text)) + 1):
                        if not _is_kanji(text[stop - 1]):
                            break
                        if text.startswith(end, stop):
                            return True
            at = text.find("・", at + 1)
        return False


def _is_kanji(ch: str) -> bool:
    """A character of `coordination_pattern`'s class of kanji."""
    return "\u3400" <= ch <= "\u9fff" or ch == "々"


def coordination_pattern(parts: tuple[str, ...]) -> re.Pattern[str]:
    """Where a compound of kanji words (`parts`: 予算, 令達) is written coordinated with another
    word by ・, one side shared: its head (予算配付・令達 is 予算配付 and 予算令達) or its end
    (申請・届出処理 is 申請処理 and 届出処理; 若手・中堅職員 is 若手職員), the other word at most
    `COORDINATED_WORD` kanji. Any cut of the compound may be the shared side."""
    other = f"[\u3400-\u9fff々]{{1,{COORDINATED_WORD}}}"
    alternatives = []
    for cut in range(1, len(parts)):
        head, end = re.escape("".join(parts[:cut])), re.escape("".join(parts[cut:]))
        alternatives += [f"{head}{other}・{end}", f"{head}・{other}{end}",
                         f"{head}[{JOINING_PARTICLES}]{end}"]
    return re.compile("|".join(alternatives))


def _with_affixes(morphemes: list[tuple[str, str]]) -> list[str]:
    """Morphemes (text, part of speech) as words: a one-character suffix (化, 別, 的) joined to
    the word before it, a prefix (再, 各) to the word after it. Janome cuts 情報化 into 情報 + 化;
    a compound read apart is made of 情報化 and 計画, whose cases write 情報化基本計画."""
    words: list[str] = []
    prefix = ""
    for text, pos in morphemes:
        if pos.startswith("接頭詞") and len(text) == 1:
            prefix += text
        elif pos.startswith("名詞,接尾") and len(text) == 1 and words and not prefix:
            words[-1] += text
        else:
            words.append(prefix + text)
            prefix = ""
    if prefix:
        words.append(prefix)
    return words


class FormAnalysis:
    """A form as the index sees it: its morphemes, its whole-compound term, its spelling rules."""

    def __init__(self, form: str, ja: Callable[..., Any], reading: Callable[..., Any]) -> None:
        self.form = normalize(form).lower()
        # Whoosh reuses one token object: copy what is needed while iterating
        tokens = [(t.text, getattr(t, "morph_pos", ""), t.startchar, t.endchar) for t in ja(self.form, chars=True)]
        parts = [text for text, pos, _, _ in tokens if pos != "名詞,複合"]
        if KANA_ONLY.fullmatch(self.form):
            covered = {i for _, pos, start, end in tokens if pos != "名詞,複合" for i in range(start, end)}
            if len(covered) < len(self.form):
                # kana Janome reads as particles and pieces (めたばーす: め + た + ばーす), not words:
                # the word whole or nothing, never め of あかい糸めーる
                parts = []
        self.morphemes = list(dict.fromkeys(parts))
        compounds = [text for text, pos, _, _ in tokens if pos == "名詞,複合"]
        self.compound = max(compounds, key=len) if len(parts) > 1 and compounds else None
        # a katakana word also starts a longer katakana word Janome does not know (エクセル in
        # エクセルファイル, read as one unknown word); never ends one (ローン in ドローン)
        stem = self.form.rstrip("ー")
        self._katakana_stem = stem if len(self.morphemes) == 1 and len(stem) >= 3 \
            and all("ァ" <= c <= "ヺ" or c == "ー" for c in self.form) else None
        # 読取 = 読み取り, 振込 = 振り込み, whatever Janome made of them
        self.okurigana = Okurigana.of(self.form, reading)
        # 取り込み is also written 取込 (which Janome cuts 取 + 込, read ト コミ: no reading helps)
        self.key = okurigana_key(self.form)
        self.kanji_spelling = self.key if self.key and self.key != self.form \
            and same_word(self.form, self.key, reading) else None
        # a kanji word is also the head of a longer kanji word (学校 of 小中学校, 町村 of 市町村:
        # Japanese compounds end with what they are), never its beginning or middle
        self.kanji_head = len(self.morphemes) == 1 and is_kanji_word(self.form)
        # とりまとめ is also 取りまとめ, 取り纏め and とりまとめる; 取りまとめ also とりまとめ(る)
        self.kana_reading = kana_reading(self.form, reading)
        self.in_hiragana = all(_HIRAGANA.match(ch) for ch in self.form)
        # 知事会見, written by no case, is still 知事定例会見: its kanji words in order, close together
        # …and 情報化計画 is 情報化基本計画: a one-kanji affix stays with its word (情報 + 化, 再 + 利用)
        words = _with_affixes([(text, pos) for text, pos, _, _ in tokens if pos != "名詞,複合"])
        self.apart = tuple(words) if len(words) > 1 and all(map(is_kanji_word, words)) \
            and "".join(words) == self.form else ()

    # the patterns are compiled when first looked for, not with the analysis: a pasted text's key
    # terms are analysed for their spellings alone, and compiling a compound's coordination took 3 ms
    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(literal_pattern(self.form))

    @functools.cached_property
    def katakana_prefix(self) -> re.Pattern[str] | None:
        stem = self._katakana_stem
        return None if stem is None else re.compile(f"(?<![ァ-ヺー]){re.escape(stem)}ー?(?=[ァ-ヺー])")

    @functools.cached_property
    def apart_pattern(self) -> re.Pattern[str] | None:
        return re.compile(_APART_BETWEEN.join(map(re.escape, self.apart))) if self.apart else None

    @functools.cached_property
    def coordination(self) -> Coordination | None:
        """予算令達 is in 予算配付・令達, 申請処理 in 申請・届出処理: a compound written with another
        word sharing its head or its end, the two joined by ・ (`coordination_pattern`)."""
        return Coordination(self.apart) if self.apart else None


class Matcher:
    """Which cases of one index generation contain a word (`word_mask`), and how many."""

    def __init__(self, index: TextIndex, size: int, ja: Callable[..., Any], reading: Callable[..., Any],
                 normalised_text: Callable[[int], str], one_character: frozenset[str] | None = None) -> None:
        self.index = index
        self.one_character = load_one_character_words() if one_character is None else one_character
        self.size = size
        self.ja = ja
        self.reading = reading
        self.normalised_text = normalised_text
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        # a form's analysis (Janome on it, its readings): made once for its mask and its spellings
        self._analysis = functools.lru_cache(maxsize=FORM_CACHE)(lambda form: FormAnalysis(form, ja, reading))
        # a form's other spellings (a scan of the vocabulary for the words it heads): once per form
        self._other_spellings = functools.lru_cache(maxsize=FORM_CACHE)(self._spellings_of)
        # …and the same word spelled otherwise (a pasted text's key terms ask it of each, every time)
        self._same_words = functools.lru_cache(maxsize=FORM_CACHE)(self._same_word_of)
        self._lock = threading.Lock()
        # kanji terms by their last character, for `heads` (made when the index is opened: a
        # scan of the vocabulary, about 0.3 s at 100,000 cases)
        self._by_last: dict[str, list[str]] = {}
        self._by_topic: dict[str, list[str]] = {}  # kanji terms by a one-character word they begin or end
        for term in index.terms["text"]:
            if is_kanji_word(term):
                self._by_last.setdefault(term[-1], []).append(term)
                for ch in {term[0], term[-1]} & self.one_character:
                    self._by_topic.setdefault(ch, []).append(term)
        self._by_part = self._words_inside(index, size, ja)
        # terms written with okurigana by their kanji (取り込み under 取込), for `spelled_with_kana`
        self._by_key: dict[str, list[str]] = {}
        for term in index.terms["text"]:
            if _HIRAGANA.search(term) and (key := okurigana_key(term)) is not None:
                self._by_key.setdefault(key, []).append(term)

    @staticmethod
    def _words_inside(index: TextIndex, size: int, ja: Callable[..., Any]) -> dict[str, list[str]]:
        """Terms by the words inside them that Janome did not cut out: where the script changes
        (デジタル技術 under 技術 and デジタル), and a katakana word after another (エクセルファイル
        under ファイル: エクセル a word of the cases of four kana or more; サイバーセキュリティ under
        セキュリティ: a run Janome does not know, `unknown_katakana`; not ドローン under ローン).
        Only terms in a case that does not hold the word itself are kept: a compound the index
        made of two words (技術センター) adds nothing to the word's cases and would cost a lookup."""
        terms = index.terms["text"]
        katakana = {t for t in terms if _is_katakana(t)}
        found: dict[str, list[str]] = {}
        for term in terms:
            for part in script_parts(term):
                found.setdefault(part, []).append(term)
            if len(term) >= UNKNOWN_PART + KATAKANA_TAIL and term in katakana:
                for tail in katakana_tails(term, katakana, ja):
                    found.setdefault(tail, []).append(term)
        out: dict[str, list[str]] = {}
        holds = np.zeros(size, dtype=bool)
        for part, inside in found.items():
            pid = index.term_id("text", part)
            holds[:] = False
            if pid is not None:
                holds[index.postings("text", pid)[0]] = True
            kept = [t for t in inside if (tid := index.term_id("text", t)) is not None
                    and not holds[index.postings("text", tid)[0]].all()]
            if kept:
                out[part] = kept
        return out

    def _postings(self, view: str, term: str) -> np.ndarray | None:
        tid = self.index.term_id(view, term)
        return None if tid is None else self.index.postings(view, tid)[0]

    def _checked(self, docs: np.ndarray, pattern: _Searcher, budget: Budget | None,
                 first: bool = False) -> tuple[list[int], bool]:
        """The candidate cases whose text `pattern` finds; with `first`, the first of them only."""
        candidates = docs.tolist()
        if first:
            return next(([d] for d in candidates if pattern.search(self.normalised_text(d))), []), True
        at, complete = positions_found(candidates, pattern, self.normalised_text, budget)
        return [candidates[i] for i in at], complete

    def heads(self, word: str) -> list[str]:
        """Terms of the index whose last morpheme is a longer kanji word ending with `word`
        (中学校 for 学校; not 東京都 for 京都: that is 東京 + 都)."""
        return [t for t in self._by_last.get(word[-1], []) if len(word) < len(t) <= len(word) + HEAD_EXTRA
                and t.endswith(word) and ends_morpheme_with(t, word)]

    def topic_words(self, word: str) -> list[str]:
        """The index's words of a one-character topic word (税務, 納税 for 税: `topic_word_of`);
        none for any other word."""
        if word not in self.one_character:
            return []
        return [t for t in self._by_topic.get(word, []) if topic_word_of(word, t)]

    def spelled_with_kana(self, a: FormAnalysis) -> list[str]:
        """Terms of the index that are `a`'s word with other okurigana (取り込み, 取込み for 取込)."""
        return [t for t in self._by_key.get(a.key or "", []) if t != a.form and same_word(a.form, t, self.reading)]

    def read_as(self, word: str) -> list[str]:
        """Reading terms of the index that read as `word` does (`reads_alike`)."""
        terms = self.index.terms["reading"]
        lo = bisect.bisect_left(terms, word)
        hi = bisect.bisect_left(terms, word + "\U0010ffff")
        shorter = [word[:-1]] if len(word) > KANA_READING_MIN and _contains_sorted(terms, word[:-1]) else []
        return [t for t in terms[lo:hi] if reads_alike(word, t)] + shorter

    def other_spellings(self, form: str) -> list[str]:
        """Terms of the index that `form_mask` finds as `form` written otherwise or inside one
        word: its okurigana (取り込み, 取込み and 取り込む for 取込; 受付 for 受け付け), its spelling in hiragana
        (とりまとめ and とりまとめる for 取りまとめ), the words it heads or starts a script of (小中学校
        for 学校, デジタル技術 for 技術; the `INSIDE_FORMS` commonest). As forms of a query word
        they are marked in the hits and rank them."""
        return list(self._other_spellings(normalize(form).lower()))

    def same_word(self, form: str) -> list[str]:
        """Terms of the index that are `form` itself spelled otherwise: its okurigana and its
        spelling in hiragana (とりまとめる for 取りまとめる), not the words holding it."""
        return list(self._same_words(form))

    def _same_word_of(self, form: str) -> tuple[str, ...]:
        a = self._analysis(normalize(form).lower())
        one_word = [t for t in self.spelled_with_kana(a) if len(self._analysis(t).morphemes) == 1]  # not 事例ごと
        return tuple(dict.fromkeys(one_word + self._in_kana(a)))

    def _in_kana(self, a: FormAnalysis) -> list[str]:
        if a.kana_reading is None:
            return []
        terms = self.index.terms["text"]
        stem = to_hiragana(a.kana_reading)[:-1]
        lo, hi = bisect.bisect_left(terms, stem), bisect.bisect_left(terms, stem + "\U0010ffff")
        return [t for t in terms[lo:hi] if t != a.form and all(_HIRAGANA.match(ch) for ch in t)
                and reads_alike(a.kana_reading, to_katakana(t))]

    def _spellings_of(self, form: str) -> tuple[str, ...]:
        a = self._analysis(form)
        out = self.spelled_with_kana(a)
        if a.kanji_spelling is not None and self.index.term_id("text", a.kanji_spelling) is not None:
            out.append(a.kanji_spelling)  # 受付 for 受け付け: found by its characters, marked as a form
        own = self.index.term_id("text", a.morphemes[0]) if len(a.morphemes) == 1 else None
        if len(a.morphemes) == 1 and (own is None or self.index.document_frequency("text", own)
                                      <= INSIDE_SHARE * self.size):
            # 小中学校 for 学校, デジタル技術 for 技術 (one word to Janome); not for システム, in most cases
            inside = [t for t in (self.heads(a.form) if a.kanji_head else []) + self._by_part.get(a.morphemes[0], [])
                      + self._starting(a) if _last_morpheme(t) == t]  # not 技術センター, which holds 技術 itself
            cases = {t: self.index.document_frequency("text", tid) for t in inside
                     if (tid := self.index.term_id("text", t)) is not None}
            out += sorted(cases, key=lambda t: (-cases[t], t))[:INSIDE_FORMS]  # each costs a scoring clause
        out += self.topic_words(a.form)  # 税務, 納税 for 税: a handful, each its own word
        out += self._in_kana(a)
        return tuple(dict.fromkeys(out))

    def _starting(self, a: FormAnalysis) -> list[str]:
        """Katakana terms that `a`'s katakana word starts (オンラインシステム for オンライン): what
        its `katakana_prefix` finds in the cases' text."""
        if a.katakana_prefix is None:
            return []
        terms = self.index.terms["text"]
        stem = a.form.rstrip("ー")
        lo, hi = bisect.bisect_left(terms, stem), bisect.bisect_left(terms, stem + "\U0010ffff")
        return [t for t in terms[lo:hi] if len(t) > len(a.form) and _is_katakana(t)
                and a.katakana_prefix.match(t)]

    def _in_hiragana(self, a: FormAnalysis, mask: np.ndarray, budget: Budget | None) -> bool:
        """Add to `mask` the cases holding `a`'s word in its other spelling (`kana_reading`): a
        word typed in hiragana, any case read so; a word with kanji, a case read so that writes
        it in hiragana. Whether the character check was complete."""
        assert a.kana_reading is not None
        for term in self.read_as(a.kana_reading):
            docs = self._postings("reading", term)
            if docs is None:
                continue
            if a.in_hiragana:
                mask[docs] = True
                continue
            found, complete = self._checked(docs[~mask[docs]], re.compile(re.escape(to_hiragana(term))), budget)
            mask[found] = True
            if not complete:
                return False
        return True

    def _every_gram(self, text: str) -> np.ndarray | None:
        """Cases holding every character bigram of `text` (normalised): candidates for a check of
        its characters; None when one bigram is in no case."""
        # a katakana word's last ー may or may not be written (literal_pattern): not a bigram to require
        text = _LAST_LONG_VOWEL.sub("", text)
        grams = [t.text for t in _BIGRAMS(text, chars=True)
                 if not _at_an_open_edge(t.text, t.startchar, t.endchar, len(text))]
        found = [self._postings("bigram", g) for g in dict.fromkeys(grams)]
        lists = [p for p in found if p is not None]
        if not lists or len(lists) < len(found):
            return None
        lists.sort(key=len)
        docs = np.asarray(lists[0])
        for p in lists[1:]:
            docs = docs[np.isin(docs, p, assume_unique=True)]
        return docs

    def form_mask(self, form: str, budget: Budget | None = None) -> tuple[np.ndarray, bool]:
        """(cases containing `form`, complete): complete is False when the budget stopped the
        character check (the cases checked so far are in the mask)."""
        key = normalize(form).lower()
        cached = self._cached(key)
        if cached is not None:
            return cached, True
        mask, complete = self._made_mask(key, budget)
        if complete:
            self._remember(key, mask)
        return mask, complete

    def holds(self, form: str) -> bool:
        """Whether any case contains `form`: `form_mask(form)[0].any()`, stopping at the first case
        found. A new pasted text asks it of each thing it names (`PastedText.absent_words`), and
        checking every candidate case's characters for the whole mask was a fifth of its time."""
        key = normalize(form).lower()
        cached = self._cached(key)
        if cached is not None:
            return bool(cached.any())
        mask, _ = self._made_mask(key, None, first=True)
        if not mask.any():  # every way looked through, none found: the form's whole mask, kept
            self._remember(key, mask)
            return False
        return True

    def _made_mask(self, key: str, budget: Budget | None, first: bool = False) -> tuple[np.ndarray, bool]:
        """`form_mask`'s work for a normalised form; with `first`, only until a case is found (the
        mask then holds some of the cases, and is not to be kept)."""
        a = self._analysis(key)
        mask = np.zeros(self.size, dtype=bool)
        complete = True
        lists = [self._postings("text", m) for m in a.morphemes]
        if len(a.morphemes) == 1:
            if lists[0] is not None:
                mask[lists[0]] = True
            if a.kanji_head:
                for term in self.heads(a.form):
                    docs = self._postings("text", term)
                    if docs is not None:
                        mask[docs] = True
            for term in self.topic_words(a.form):  # 税務 and 納税 for 税
                docs = self._postings("text", term)
                if docs is not None:
                    mask[docs] = True
            for term in self._by_part.get(a.morphemes[0], ()):  # 技術 in デジタル技術, one word to Janome
                docs = self._postings("text", term)
                if docs is not None:
                    mask[docs] = True
            if a.katakana_prefix is not None and not (first and mask.any()):
                docs = self._every_gram(a.form)
                if docs is not None:
                    found, complete = self._checked(docs[~mask[docs]], a.katakana_prefix, budget, first)
                    mask[found] = True
        elif not a.morphemes:  # no content word to Janome alone (ごと, 名詞,非自立): the index's term
            docs = self._postings("text", a.form)
            if docs is not None:
                mask[docs] = True
        else:
            whole = self._postings("text", a.compound) if a.compound else None
            if whole is not None:
                mask[whole] = True
            if first and mask.any():
                return mask, True
            docs = self._every_gram(a.form)  # cases holding each of its bigrams, the joins included
            if docs is not None:
                found, complete = self._checked(docs[~mask[docs]], a.pattern, budget, first)
                mask[found] = True
            if a.coordination is not None and complete and not (first and mask.any()):
                complete = self._coordinated(a, mask, budget)
        if first and mask.any():
            return mask, True
        for term in self.spelled_with_kana(a):
            docs = self._postings("text", term)
            if docs is not None:
                mask[docs] = True
        if first and mask.any():
            return mask, True
        if a.kanji_spelling is not None and complete:  # 取り込み written 取込
            docs = self._every_gram(a.kanji_spelling)
            if docs is not None:
                found, complete = self._checked(docs[~mask[docs]], re.compile(re.escape(a.kanji_spelling)), budget, first)
                mask[found] = True
        if a.kana_reading is not None and complete and not (first and mask.any()):
            complete = self._in_hiragana(a, mask, budget)
        if a.okurigana is not None and a.morphemes and complete and not (first and mask.any()):
            read_alike: list[np.ndarray] = []
            for term in a.okurigana.read_alike(self.index.terms["reading"]):
                docs_read = self._postings("reading", term)
                if docs_read is not None:
                    read_alike.append(docs_read)
            if read_alike:  # cases read alike, then their characters
                docs = np.unique(np.concatenate(read_alike))
                found, complete = self._checked(docs[~mask[docs]], a.okurigana, budget, first)
                mask[found] = True
        return mask, complete

    def _cached(self, key: str) -> np.ndarray | None:
        """A mask made before for `key` (a form, or a form read apart), if still kept."""
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
            return cached

    def _remember(self, key: str, mask: np.ndarray) -> None:
        with self._lock:
            self._cache[key] = mask
            while len(self._cache) > FORM_CACHE:
                self._cache.popitem(last=False)

    def analysed(self, form: str) -> FormAnalysis:
        """A form as the index sees it (its morphemes, its compound), made once per form."""
        return self._analysis(normalize(form).lower())

    def parts(self, word: str, budget: Budget | None = None) -> tuple[list[str], bool]:
        """(the words of the cases a compound is made of, whether they are all of it): where Janome
        cuts it, the longest pieces some case contains, left to right. 手書き読み取り → 手書き,
        読み取り; 電子申請化 → 電子申請 (化, a suffix, is no word alone). Not all of it when a
        piece of content no case contains is left out (押印省略 → 押印), or a single character (紙
        of 紙申請 → 申請: a compound is never matched through one). A katakana run is never cut: the
        ブロック of ブロックチェーン is another word."""
        text = normalize(word).lower()
        units: list[list[Any]] = []  # [start, end, affix]
        for m in morphemes(text):
            if units and units[-1][1] == m.start and _is_katakana(text[m.start]) and _is_katakana(text[m.start - 1]):
                units[-1][1] = m.end
                units[-1][2] = False
            else:
                units.append([m.start, m.end, m.pos.startswith(("接頭詞", "名詞,接尾"))])
        found: list[str] = []
        whole = True
        i = 0
        while i < len(units) > 1:
            for j in range(len(units), i, -1):
                piece = text[units[i][0]:units[j - 1][1]]
                if (i, j) == (0, len(units)) or len(piece) < 2 or all(u[2] for u in units[i:j]):
                    continue
                if j - i > 1 and self._postings("text", piece) is None:
                    continue  # pieces side by side are a word where the cases have it as one (予算編 is not)
                if self.form_mask(piece, budget)[0].any():
                    found.append(piece)
                    i = j
                    break
            else:
                # a suffix left at the end is no loss (化 of 電子申請化); content is, and an affix
                # inside (編 of 予算編性, a typo of 予算編成)
                whole = whole and bool(units[i][2]) and i == len(units) - 1
                i += 1
        return found, whole and bool(found)

    def word_mask(self, word: QueryWord, budget: Budget | None = None) -> tuple[np.ndarray, bool]:
        """Cases containing any form of `word` (a phrase: its characters, wherever they are); when
        no case does, those holding a compound form's words apart (`read_apart`)."""
        if word.phrase:
            return self.phrase_mask(word.forms[0], budget)
        mask = np.zeros(self.size, dtype=bool)
        complete = True
        for form in word.forms:
            m, whole = self.form_mask(form, budget)
            mask |= m
            complete = complete and whole
        if complete and not mask.any():
            for form in word.forms:
                m, whole = self.apart_mask(form, budget)
                mask |= m
                complete = complete and whole
        return mask, complete

    def read_apart(self, word: QueryWord, budget: Budget | None = None) -> list[tuple[str, ...]]:
        """The words of each compound form that `word_mask` found apart (知事, 会見 for 知事会見):
        none when a case holds a form whole."""
        if word.phrase or any(self.form_mask(form, budget)[0].any() for form in word.forms):
            return []
        return [self.analysed(form).apart for form in word.forms if self.apart_mask(form, budget)[0].any()]

    def _coordinated(self, a: FormAnalysis, mask: np.ndarray, budget: Budget | None) -> bool:
        """Add to `mask` the cases writing `a`'s compound coordinated by ・ (`coordination_pattern`),
        among those holding each of its words' bigrams. Whether the character check was complete."""
        assert a.coordination is not None
        docs = self._holding_each(a.apart)
        if docs is None:
            return True
        found, complete = self._checked(docs[~mask[docs]], a.coordination, budget)
        mask[found] = True
        return complete

    def _holding_each(self, parts: tuple[str, ...]) -> np.ndarray | None:
        """Cases holding each part's bigrams (a part may be inside a longer word: 学校 of
        小中学校): the candidates for a check of the parts' characters; None when none."""
        docs: np.ndarray | None = None
        for part in parts:
            held = self._every_gram(part)
            if held is None:
                return None
            docs = held if docs is None else docs[np.isin(docs, held, assume_unique=True)]
        return docs

    def apart_mask(self, form: str, budget: Budget | None = None) -> tuple[np.ndarray, bool]:
        """(cases holding a compound form's kanji words in order within one phrase, at most
        `APART_GAP` characters apart, complete): 知事定例会見 for 知事会見; no case for any other form."""
        a = self.analysed(form)
        mask = np.zeros(self.size, dtype=bool)
        if a.apart_pattern is None:
            return mask, True
        key = "\0apart\0" + a.form
        cached = self._cached(key)
        if cached is not None:
            return cached, True
        docs = self._holding_each(a.apart)
        if docs is None:
            return mask, True
        found, complete = self._checked(docs, a.apart_pattern, budget)
        mask[found] = True
        if complete:
            self._remember(key, mask)
        return mask, complete

    def phrase_mask(self, phrase: str, budget: Budget | None = None) -> tuple[np.ndarray, bool]:
        """Cases whose text holds `phrase`'s characters (candidates: its bigrams)."""
        text = normalize(phrase).lower()
        mask = np.zeros(self.size, dtype=bool)
        docs = self._every_gram(text)
        if docs is None:
            return mask, True
        found, complete = self._checked(docs, re.compile(literal_pattern(text)), budget)
        mask[found] = True
        return mask, complete


def _at_an_open_edge(gram: str, start: int, end: int, length: int) -> bool:
    """Whether a one-character gram of a form (a run of one Japanese character between a script
    change and the form's edge: 税 of 法人2税) may be part of a longer run in a case (法人2税電子申告
    has 税電, not 税): not a gram a case must hold."""
    return len(gram) == 1 and not gram.isascii() and (start == 0 or end == length)


def unknown_katakana(term: str, ja: Callable[..., Any]) -> bool:
    """Whether Janome reads a katakana term as one word it does not know (名詞,固有名詞: サイバー
    セキュリティ, ポータルサイト), not a word of its dictionary (ガイドライン) or of ours (ドローン)."""
    tokens = [(t.text, getattr(t, "morph_pos", "")) for t in ja(term)]
    return len(tokens) == 1 and tokens[0][1].startswith("名詞,固有名詞")


def katakana_tails(term: str, katakana: set[str] | frozenset[str], ja: Callable[..., Any]) -> list[str]:
    """The katakana words of the cases (`katakana`) a katakana term ends with, Janome having read
    it whole: after a word of the cases of `KATAKANA_PART` kana or more (エクセル|ファイル), or, in a
    run Janome does not know, after `UNKNOWN_PART` kana or more (サイバー|セキュリティ); each of
    `KATAKANA_TAIL` kana or more."""
    out: list[str] = []
    unknown: bool | None = None
    for cut in range(UNKNOWN_PART, len(term) - KATAKANA_TAIL + 1):
        tail = term[cut:]
        if tail not in katakana:
            continue
        if cut >= KATAKANA_PART and term[:cut] in katakana:
            out.append(tail)
            continue
        if unknown is None:
            unknown = unknown_katakana(term, ja)
        if unknown:
            out.append(tail)
    return out


def brute_force_contains(form: str, text_terms: set[str], reading_terms: set[str], normalised: str,
                         ja: Callable[..., Any], reading: Callable[..., Any],
                         katakana_words: frozenset[str] = frozenset(),
                         one_character: frozenset[str] | None = None) -> bool:
    """The matching rule for one record, stated plainly (for tests): `text_terms` and
    `reading_terms` are the record's terms as the index analyses them, `normalised` its
    normalised, lowercased text, `katakana_words` the katakana terms of every record,
    `one_character` the one-character topic words (by default, the file's)."""
    a = FormAnalysis(form, ja, reading)
    if a.kana_reading is not None and any(reads_alike(a.kana_reading, t) and (a.in_hiragana or to_hiragana(t) in normalised)
                                          for t in reading_terms):
        return True
    if a.key and any(t != a.form and _HIRAGANA.search(t) and okurigana_key(t) == a.key
                     and same_word(a.form, t, reading) for t in text_terms):
        return True
    if a.kanji_spelling is not None and a.kanji_spelling in normalised:
        return True
    if len(a.morphemes) == 1:
        if a.morphemes[0] in text_terms:
            return True
        if a.katakana_prefix is not None and a.katakana_prefix.search(normalised):
            return True
        if a.kanji_head and any(t.endswith(a.form) and len(a.form) < len(t) <= len(a.form) + HEAD_EXTRA
                                and is_kanji_word(t) and ends_morpheme_with(t, a.form) for t in text_terms):
            return True
        if any(a.morphemes[0] in script_parts(t) for t in text_terms):
            return True
        if len(a.form) == 1 and a.form in (load_one_character_words() if one_character is None else one_character) \
                and any(topic_word_of(a.form, t) for t in text_terms):
            return True  # 税務 for 税 (the word list read only for a one-character word)
        word = a.morphemes[0]
        if word in katakana_words and any(t.endswith(word) and t in katakana_words and len(t) > len(word)
                                          and word in katakana_tails(t, katakana_words, ja) for t in text_terms):
            return True  # ファイル in エクセルファイル, セキュリティ in サイバーセキュリティ
        return _spelled_otherwise(a, reading_terms, normalised)
    if not a.morphemes:  # no content word to Janome alone (ごと): the index's own term, if any
        return a.form in text_terms
    if a.compound and a.compound in text_terms:
        return True
    if a.coordination is not None and a.coordination.search(normalised):
        return True  # 予算配付・令達 for 予算令達
    return bool(a.pattern.search(normalised)) or _spelled_otherwise(a, reading_terms, normalised)


def apart_spans(text: str, parts: tuple[str, ...] | list[str]) -> list[tuple[int, int]]:
    """Where `text` (as written) holds a word read apart: each of its words, in each stretch that
    holds them in order close together (自動 and 作成 of 自動的に作成, where Janome reads 自動的):
    what a hit marks, as the index's tokens cannot."""
    spans: list[tuple[int, int]] = []
    if len(parts) < 2:
        return spans
    for m in re.finditer(_APART_BETWEEN.join(map(re.escape, parts)), text):
        at = m.start()
        for part in parts:
            at = text.index(part, at, m.end())
            spans.append((at, at + len(part)))
            at += len(part)
    return spans


def coordination_spans(text: str, parts: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where `text` (as written) holds a compound of `parts` coordinated by ・ (予算 and 令達 of
    予算配付・令達): its shared side and its own, what a hit marks for the compound."""
    spans: list[tuple[int, int]] = []
    for m in coordination_pattern(parts).finditer(text):
        written = m.group(0)
        for cut in range(1, len(parts)):
            head, end = "".join(parts[:cut]), "".join(parts[cut:])
            if written.startswith(head) and written.endswith(end):
                spans += [(m.start(), m.start() + len(head)), (m.end() - len(end), m.end())]
                break
    return spans


_NOT_WORD = re.compile(r"\W")


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where `text` (as written) holds a quoted `phrase`'s characters, as `Matcher.phrase_mask`
    finds them: what a hit marks for the phrase. Its words alone are no match of it (電子 and
    申請 of 各種申請等を電子で受付 are not 「"電子申請"」)."""
    return LiteralText(text).spans([phrase])


class LiteralText:
    """A text (as written) to find words' characters in, as `Matcher.phrase_mask` finds a quoted
    phrase's: normalised once for any number of words."""

    def __init__(self, text: str):
        self.normalised = normalize_with_offsets(text)
        lowered = self.normalised.text.lower()
        self.lowered = lowered if len(lowered) == len(self.normalised.text) else \
            "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in self.normalised.text)  # offsets kept
        self.compact = _NOT_WORD.sub("", self.lowered)  # what a pattern finds, with \W* between characters

    def spans(self, words: Iterable[str], taken: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """Where the text holds the characters of one of `words`, in the order given, clear of the
        spans `taken` and of each other."""
        out: list[tuple[int, int]] = []
        taken = list(taken)
        for word in words:
            wanted = normalize(word).lower()
            if not wanted or _NOT_WORD.sub("", wanted) not in self.compact:  # most words: not there at all
                continue
            for m in re.finditer(literal_pattern(wanted), self.lowered):
                start, end = self.normalised.span(m.start(), m.end())
                if end > start and all(end <= s or start >= e for s, e in taken + out):
                    out.append((start, end))
        return out


def brute_force_apart(form: str, normalised: str, ja: Callable[..., Any], reading: Callable[..., Any]) -> bool:
    """The rule for a word no case writes in any form, for one record (for tests): `form` is a
    compound of kanji words (each two characters or more) and one phrase of `normalised` (between
    spaces and punctuation) holds them in order, at most `APART_GAP` characters apart, or
    `APART_GAP_NO_KANA` where no hiragana is between them."""
    parts = FormAnalysis(form, ja, reading).apart

    def close(between: str) -> bool:
        return len(between) <= APART_GAP or len(between) <= APART_GAP_NO_KANA and not _HIRAGANA.search(between)

    def follows(phrase: str, at: int, rest: tuple[str, ...]) -> bool:
        return not rest or any(phrase.startswith(rest[0], at + gap) and close(phrase[at:at + gap])
                               and follows(phrase, at + gap + len(rest[0]), rest[1:])
                               for gap in range(APART_GAP_NO_KANA + 1))

    return bool(parts) and any(phrase.startswith(parts[0], i) and follows(phrase, i + len(parts[0]), parts[1:])
                               for phrase in re.split(f"[{PHRASE_BREAKS}]", normalised)
                               for i in range(len(phrase)))


def _spelled_otherwise(a: FormAnalysis, reading_terms: set[str], normalised: str) -> bool:
    return bool(a.okurigana and a.okurigana.read_alike_in(reading_terms) and a.okurigana.search(normalised))
