"""Key terms as a page shows them (手がかりにした語): as the text writes them, and never a piece of
a word.

The index holds each two morphemes side by side as a term (議事録作成 gives 議事 + 録 + 作成, so
録作成 is a term). Such a term ranks as well as any, but shown to a person it reads as a cut word:
録作成, 化推進, 県高度 (of 鹿児島県高度情報化), 型GIS. A term is not shown when, everywhere the
text has it, it starts with a one-character morpheme that ends the word before it, or ends with
one that starts the word after it (ICT利 of ICT利活用: Janome reads 利 + 活用).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from .analysis import katakana_letter, morphemes, normalize
from .limits import SHOWN_WORD_CHARS

SPLIT_LENGTH = 10  # a compound this long or longer, holding SPLIT_PARTS other terms or more, is listed by them
SPLIT_PARTS = 3


def cut_word(text: str) -> str:
    """A query word or query as said back to the user, cut with … past `SHOWN_WORD_CHARS`
    (links and commands keep it whole): a trial's 2,000-character word filled several screens."""
    return text if len(text) <= SHOWN_WORD_CHARS else text[:SHOWN_WORD_CHARS - 1] + "…"


def as_written(term: str, source: str, word_lists: Mapping[str, str]) -> str:
    """A key term as the text writes it (terms are lowercased: gis → GIS; a katakana word's long
    vowel is cut from its end: マイナンバ of マイナンバー), else as the word lists write it (a
    synonym's, a concept's or a plain word's word: web会議 → Web会議, リーダ → リーダー)."""
    if not any("a" <= ch <= "z" for ch in term):
        if term and katakana_letter(term[-1]):
            text = normalize(source)
            if term + "ー" in text or term not in text and term + "ー" in word_lists:  # リーダ of リーダー
                return term + "ー"
        if term not in normalize(source).lower():  # added: as a word list writes the word it stands for
            return word_lists.get(term, term)  # (第5世代移動通信システム, searched by 世代移動通信システム)
        return term
    written = normalize(source)
    at = written.lower().find(term)
    if at >= 0:
        return written[at:at + len(term)]
    return word_lists.get(term, term)


def is_piece_of_a_word(term: str, said: str, bound: Callable[[int], bool] | None = None) -> bool:
    """Whether `term` starts inside a word wherever `said` (the normalised, lowercased text) has
    it: there, right after a kanji, katakana or letter, its first morpheme is one character (録 of
    録作成) and not a prefix (再 of 再認定, 各 of 各課). `bound` tells whether such a morpheme
    starts at a position (`bound_at`; made for `said` when not given). A term the text does not
    say (a synonym, a concept's word) is never a piece."""
    at = said.find(term)
    if at <= 0:
        return False  # not said, or said first
    found = []
    while at >= 0:
        if not _joins(said[at - 1]):
            return False  # said where a word starts
        found.append(at)
        at = said.find(term, at + 1)
    check = bound if bound is not None else bound_at(said)
    return all(check(at) for at in found)


BOUND_SHARE = 0.8  # a one-character word the cases follow by one word this often is a piece of that word
BOUND_MIN_CASES = 3  # …when they write it this often: a rarer one says nothing (減災's 災 is in 1 case)

# how often the cases follow a one-character word (利) by what comes after it here (活用): a share of
# the cases holding it, 0.0 when it is not known
Followed = Callable[[str, str], float]


def ends_inside_a_word(term: str, said: str, followed: Followed | None = None) -> bool:
    """Whether `term` ends inside a word wherever `said` (normalised, lowercased) has it: the
    text goes on with a long vowel (糸め of 糸めーる; not マイナンバ, whose ー the index cuts) or
    with more of a hiragana word after one (糸めー); or the term's last morpheme is one
    character, not a suffix, that the cases nearly always follow by the word that follows it
    here (利 of ICT利: the cases write 利活用). 税 of 自動車税申告 ends a word: the cases write 税
    before many words, or none."""
    at = said.find(term)
    if at < 0 or not term:
        return False
    ends = []
    while at >= 0:
        ends.append(at + len(term))
        at = said.find(term, at + 1)
    if not katakana_letter(term[-1]) and all(e < len(said) and said[e] == "ー" for e in ends):
        return True
    if term[-1] == "ー" and len(term) > 1 and _hiragana(term[-2]) \
            and all(e < len(said) and _hiragana(said[e]) for e in ends):
        return True  # 糸めー of 糸めーる: a word in hiragana with a long vowel
    if followed is None or len(term) < 2:
        return False
    last = term[-1]
    if not all(e < len(said) and _joins(said[e]) and followed(last, said[e:e + 4]) >= BOUND_SHARE for e in ends):
        return False
    ms = morphemes(term)  # only now: Janome is the costly part
    return len(ms) >= 2 and ms[-1].surface == last and not ms[-1].pos.startswith(("名詞,接尾", "記号"))


def _hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def _joins(ch: str) -> bool:
    """Whether a character before a term can be the start of a word it continues: a kanji,
    katakana, letter or digit (not hiragana, punctuation or a space)."""
    return ch.isalnum() and not _hiragana(ch) or ch in "ー々〆"


# what ends a clause: Janome cuts the words of one clause alike whatever clauses surround it
_CLAUSE_END = re.compile(r"[\n。、,，.．!?！？;；:：()（）「」『』【】\[\]・\s]")


def bound_at(text: str) -> Callable[[int], bool]:
    """Whether a one-character morpheme that is not a prefix starts at a position of a
    normalised `text`: `bound_characters` of the clause around the position only, each clause
    analysed once (a case's whole text took 2–3 ms of Janome for every similar-cases call; a
    term is looked up in one or two clauses)."""
    clauses: dict[int, frozenset[int]] = {}

    def check(at: int) -> bool:
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
        if start not in clauses:
            end = _CLAUSE_END.search(text, at)
            clauses[start] = frozenset(start + i for i in bound_characters(text[start:end.start() if end else len(text)]))
        return at in clauses[start]

    return check


def bound_characters(text: str) -> frozenset[int]:
    """Where a normalised text has a one-character morpheme that is not a prefix (録 of 議事録,
    化 of 情報化). From the shared cache of analyses, each line apart, as the index analyses a
    case's fields."""
    out: list[int] = []
    offset = 0
    for line in text.split("\n"):
        out.extend(offset + m.start for m in morphemes(line)
                   if m.end - m.start == 1 and not m.pos.startswith("接頭詞"))
        offset += len(line) + 1
    return frozenset(out)


def shown(terms: list[str], source: str, word_lists: Mapping[str, str],
          followed: Followed | None = None) -> list[tuple[str, bool]]:
    """The terms a page shows, each as written and whether the text says it (else it was added:
    a synonym, or what meets a need the text names); never a piece of a word, cut at its start
    or (given how the cases follow a word, `followed`) at its end."""
    written = normalize(source)
    said = written.lower()
    # the text as analysed for its key terms (a cached analysis); lowercasing keeps the offsets
    analysed = written if len(written) == len(said) else said
    bound = bound_at(analysed)  # each clause analysed once, and only where a term may be a piece
    return [(as_written(t, source, word_lists), t in said) for t in terms
            if not is_piece_of_a_word(t, said, bound) and not ends_inside_a_word(t, said, followed)
            and not a_verb_of_a_piece(t, said, terms)]


_HIRAGANA_END = re.compile("[\u3041-\u309f]$")


def a_verb_of_a_piece(term: str, said: str, terms: Sequence[str]) -> bool:
    """Whether `term` is the base form of a verb the text writes only inside a longer word it is
    ranked by: 合わせる of 問い合わせ (Janome reads 問い + 合わせ), which a trial read among the words
    that found a search's related cases. Not when the text says the verb itself (日程を合わせる)."""
    if term in said or len(term) < 3 or not _HIRAGANA_END.search(term):
        return False
    stem = term[:-1]
    if stem not in said:
        return False
    rest = said
    for other in terms:
        if other != term and stem in other and len(other) > len(stem):
            rest = rest.replace(other, "\0" * len(other))
    return stem not in rest


def outermost(terms: Sequence[str]) -> list[str]:
    """The terms that no other of them holds, in their order: how a page lists the words a text
    was ranked by (受動喫煙防止対策, not also 受動, 喫煙, 喫煙防止 and 防止; a trial read those as
    fragments). The ranking uses every one, the parts weighing less; the JSON lists them all."""
    lowered = [t.lower() for t in terms]
    return [t for t, low in zip(terms, lowered) if not any(low != other and low in other for other in lowered)]


def in_parts(term: str, terms: Sequence[str]) -> list[str]:
    """A compound as a page lists it: itself, or when `SPLIT_LENGTH` characters or longer and holding
    `SPLIT_PARTS` other terms or more (a case's whole name, 県立病院旅費代理申請登録, one word to
    Janome), the terms covering it without overlapping, in its order: those no other part holds
    first, the weightiest (first in `terms`) first among them: 県立病院 · 旅費 · 代理申請 (a trial read
    the whole name as the words a case page's similar cases were found by)."""
    low = term.lower()
    parts = [t for t in terms if t.lower() != low and t.lower() in low]
    if len(low) < SPLIT_LENGTH or len(parts) < SPLIT_PARTS:
        return [term]
    taken: list[tuple[int, int, str]] = []
    # the parts no other part holds first (議事録, not 議事 of it), then the others where room is left
    whole = outermost(parts)
    for part in [*whole, *(p for p in parts if p not in whole)]:
        start = low.find(part.lower())
        end = start + len(part)
        if all(end <= a or start >= b for a, b, _ in taken):
            taken.append((start, end, part))
    return [part for _, _, part in sorted(taken)] or [term]


def listed_apart(terms: Sequence[str], added: Sequence[str]) -> tuple[list[str], list[str]]:
    """The terms a page lists as the text's own and as added (synonyms, related words), each
    `outermost` among its own kind: an own term inside an added one is still the text's (勤怠 of a
    clerk's text was hidden inside 勤怠管理, added for it, and read as the tool's word), and an
    added term inside an own one says nothing more."""
    extra = set(added)
    mine = [t for t in terms if t not in extra]
    own = [part for t in outermost(mine) for part in in_parts(t, mine)]
    lowered = [t.lower() for t in own]
    more = [part for t in outermost([t for t in terms if t in extra]) for part in in_parts(t, terms)
            if not any(part.lower() in o for o in lowered)]
    more = list(dict.fromkeys(more))
    return own, more
