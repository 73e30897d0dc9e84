"""Hits with their matches marked: what the query (or a pasted text's key terms) found, in a
case's name and description, else in its other fields.

Marks come from the token offsets stored at build time (`TextIndex.spans`), so a page of hits is
marked without analysing its text again; a word found inside a longer token (オープンデータ in
オープンデータカタログサイト), a phrase, a word found apart (知事 … 会見) or coordinated
(予算配付・令達) is marked where its characters are. Only the hits of a page are made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .analysis import KANJI
from .fields import EXTRA, EXTRA_SHOWN_SEPARATOR, HIGHLIGHTED, extra_text
from .generation import Generation
from .highlight import fragments, whole_words
from .matching import LiteralText, apart_spans, coordination_spans, phrase_spans
from .results import Hit, QueryWordCount
from .scoring import Plan


class HitMaker:
    """Makes hits; holds the Janome analyzer (for the rare field marked without stored offsets)."""

    def __init__(self, ja: Any) -> None:
        self.ja = ja

    def hits(self, state: Generation, docs: list[int], scores: np.ndarray | None, plan: Plan | None,
             query_words: list[QueryWordCount], key_terms: list[tuple[str, bool]]) -> list[Hit]:
        """The hits of `docs` (document numbers) with their `scores`, marked for the text-view
        terms of `plan` (None: not marked), for the `query_words` (not the excluded ones; a form
        is looked for by its characters where no token of it is) and for a pasted text's
        `key_terms` (as the page lists them)."""
        marked = plan.text_terms() if plan is not None else None
        # each query word's terms; none for a plan of weighted terms alone (a pasted text's): then a hit
        # marked nowhere in its name and description is marked in its other fields (観光・スポーツ分野)
        words = (plan.chunk_text_terms() or None) if plan is not None and marked else None
        runs = word_runs(state, query_words) if marked else None
        apart = [w.apart for w in query_words if w.apart and not w.excluded] if marked else []
        coordinated = list(dict.fromkeys(a.apart for w in query_words if not w.excluded and not w.phrase
                                         for f in w.forms if (a := state.matcher.analysed(f)).apart)) \
            if marked else []  # a compound of kanji words: `FormAnalysis.coordination` is its pattern
        phrases = [(w.forms[0], phrase_terms(state, w.forms[0])) for w in query_words
                   if w.phrase and not w.excluded] if marked else []
        spelled = [word_terms(state, w.forms) for w in query_words
                   if not w.excluded and not w.phrase] if marked else []
        # a form the index holds no word of (めーる, kana Janome reads as pieces) is looked for on its own
        spelled += [(frozenset(), (f,)) for w in query_words if not w.excluded and not w.phrase and marked
                    for f in w.forms if len(f) >= 2 and not state.matcher.analysed(f).morphemes]
        # a pasted text's key terms, as the page lists them: never inside a longer kanji word (the
        # text is ranked by the terms; 自動 finds no case through 自動車)
        key = [word_terms(state, [term]) for term, _ in key_terms] if marked else []
        spelled += key
        whole = frozenset().union(*(ids for ids, _ in key))
        if phrases and marked:  # its words are marked where it is, not wherever they are
            other_words = {i for w in query_words if not w.phrase and not w.excluded for f in w.forms
                           for m in state.matcher.analysed(f).morphemes
                           if (i := state.text.term_id("text", m)) is not None}
            marked = set(marked) - (set().union(*(terms for _, terms in phrases)) - other_words)
        return [self.hit(state, d, float(scores[d]) if scores is not None else 0.0, marked, words, runs, apart,
                         phrases, coordinated, spelled, whole) for d in docs]

    def hit(self, state: Generation, docnum: int, score: float, marked: set[int] | None,
            words: list[set[int]] | None = None,
             runs: tuple[frozenset[int], tuple[tuple[int, ...], ...]] | None = None,
             apart: list[list[str]] | None = None,
             phrases: list[tuple[str, frozenset[int]]] | None = None,
             coordinated: list[tuple[str, ...]] | None = None,
             spelled: list[tuple[frozenset[int], tuple[str, ...]]] | None = None,
             whole: frozenset[int] = frozenset()) -> Hit:
        """A hit, its matches marked in its name and description (`marked`: text-view term ids).
        A query word (`words`: each chunk's term ids) marked in neither is looked for in the
        case's other fields and marked there (`EXTRA`): 契約 of 契約事務 in a case whose reason
        says 民間事業者と契約; without `words`, when nothing was marked. A quoted phrase
        (`phrases`: each with its words' term ids) is marked where its characters are, its words
        alone nowhere. A compound written coordinated by ・ (`coordinated`: its words; 予算令達 in
        予算配付・令達) is marked on both sides of the ・. A word none of whose terms is marked
        (`spelled`: its term ids and forms) is marked where its characters are: オープンデータ
        inside オープンデータカタログサイト, 自治 inside 自治体, one token each to the index; not inside
        a longer word of kanji where the case holds it as a word, or for a term of `whole` (a pasted
        text's key terms)."""
        record = state.record(docnum)  # only live documents are ever hits
        hit = Hit(record, score, technology=list(state.technology[docnum]))
        if not marked and not phrases:
            return hit
        marked = marked or set()  # a quoted phrase alone marks its characters only
        seen: set[int] = set()
        fields = {name: state.text.spans(name, docnum) for name in HIGHLIGHTED}
        # the words the case holds as words: not also looked for inside longer kanji words (found
        # when first needed: most hits look for no word by its characters)
        held: set[int] | None = None
        for name in HIGHLIGHTED:
            seen_before = set(seen)
            term_array, start_array, end_array = fields[name]
            terms, starts, ends = term_array.tolist(), start_array.tolist(), end_array.tolist()
            chosen = [i for i, t in enumerate(terms) if t in marked]
            if chosen and runs is not None and runs[0] & {terms[i] for i in chosen}:
                chosen = whole_words(getattr(record, name), list(zip(terms, starts, ends)), chosen, *runs)
            # a word found apart: its words where they stand close together, inside tokens or not
            far: list[tuple[int, int]] = []
            for parts, found in found_apart(getattr(record, name) or "", apart, coordinated):
                far += found
                seen.update(i for part in parts if (i := state.text.term_id("text", part)) is not None)
            for phrase, phrase_terms in phrases or ():
                found = phrase_spans(getattr(record, name) or "", phrase)
                if found:
                    far += found
                    seen.update(phrase_terms)
            spans = sorted({(starts[i], ends[i]) for i in chosen} | set(far))
            here = {terms[i] for i in chosen} | (seen - seen_before)
            literal: LiteralText | None = None
            written = (getattr(record, name) or "").lower()
            for ids, forms in spelled or ():  # オープンデータ in オープンデータカタログサイト, one token
                # as written first, to normalise only a text holding one of them (the cases' text is NFKC
                # already: a form is missed only where a variant character is folded inside it)
                if ids & here or not any(f in written for f in forms):
                    continue
                literal = literal or LiteralText(getattr(record, name) or "")
                found = literal.spans(forms, spans)
                if held is None:
                    held = set().union(*(np.asarray(t).tolist() for t, _, _ in fields.values())) & marked
                if ids & (held | whole):  # 自動 of 自動化 in the description: not 自動 of 自動車税 in the name
                    found = not_starting_a_kanji_word(found, getattr(record, name) or "", starts, ends)
                if found:
                    spans = sorted(spans + found)
                    seen.update(ids)
            seen.update(terms[i] for i in chosen)
            if spans:
                hit.spans[name] = spans
                hit.highlights[name] = fragments(getattr(record, name), spans)
        unseen = set().union(*(w for w in words if not w & seen)) if words is not None else \
            (set() if seen else marked)
        if unseen:  # rare: analysed here, not stored with the index
            text = extra_text(record, EXTRA_SHOWN_SEPARATOR)
            analyse: Any = self.ja  # a Whoosh analyzer: `chars` gives each token's offsets
            in_phrases = set().union(*(terms for _, terms in phrases or ()))
            every = [(t.text, t.startchar, t.endchar) for t in analyse(text, chars=True)]
            analysed = [(-1 if (tid := state.text.term_id("text", term)) is None else tid, start, end)
                        for term, start, end in every]
            chosen = [i for i, (tid, _, _) in enumerate(analysed) if tid in unseen and tid not in in_phrases]
            if chosen and runs is not None and runs[0] & {analysed[i][0] for i in chosen}:
                # …as in the name and description: システム of 地理情報システム only where that word is
                chosen = whole_words(text, analysed, chosen, *runs)
            tokens = [analysed[i] for i in chosen]
            spans = [(start, end) for _, start, end in tokens]
            for parts, found in found_apart(text, apart, coordinated):  # as above (若手 … 職員 of 若手・中堅職員)
                if {state.text.term_id("text", part) for part in parts} & unseen:
                    spans += [s for s in found if s not in spans]
            spans += [s for p, terms in phrases or () if terms & unseen for s in phrase_spans(text, p)]
            marked_tokens = {tid for tid, _, _ in tokens}
            literal = None
            for ids, forms in spelled or ():
                if ids & unseen and not ids & marked_tokens:  # 自治 in 自治体: one token to the analyzer
                    literal = literal or LiteralText(text)
                    found = literal.spans(forms, spans)
                    if ids & whole:
                        found = not_starting_a_kanji_word(found, text, [s for _, s, _ in every], [e for _, _, e in every])
                    spans += found
            if spans:
                spans.sort()
                hit.spans[EXTRA] = spans
                hit.highlights[EXTRA] = fragments(text, spans)
        return hit


def found_apart(text: str, apart: list[list[str]] | None, coordinated: list[tuple[str, ...]] | None
                ) -> list[tuple[tuple[str, ...], list[tuple[int, int]]]]:
    """Each query word found in `text` apart (知事 … 会見: `apart`, its words) or coordinated
    (予算配付・令達: `coordinated`), as its parts and the spans to mark."""
    ways = [(tuple(parts), apart_spans) for parts in apart or ()] + \
        [(parts, coordination_spans) for parts in coordinated or ()]
    return [(parts, found) for parts, find in ways if (found := find(text, parts))]


def not_starting_a_kanji_word(found: list[tuple[int, int]], text: str, starts: list[int], ends: list[int]
                              ) -> list[tuple[int, int]]:
    """Of a word's spans `found` by its characters, those not the start of a longer word of kanji
    (one token from `starts` to `ends`; its 〜的 is still the word). For a case holding the word
    as a word elsewhere, that is what matched it, not 自動車 of 自動車税 for 自動 (a trial saw
    <mark>自動</mark>車税 in a case that says 自動化); a case holding 自治 only inside 自治体 is
    matched by it, and it is marked there."""
    tokens = list(zip(starts, ends))
    return [(s, e) for s, e in found
            if not any(ts == s and te > e and KANJI.match(text[e]) and text[e:te] != "的" for ts, te in tokens)]


def word_terms(state: Generation, forms: Sequence[str]) -> tuple[frozenset[int], tuple[str, ...]]:
    """A query word's text-view term ids (its forms' morphemes) and its forms of two characters
    or more with a kana or kanji (a Latin word is a token of its own: ai is no match inside
    mail), longest first: what `HitMaker.hit` marks by characters in a field where no term of it was
    marked."""
    ids = frozenset(i for f in forms for m in state.matcher.analysed(f).morphemes
                    if (i := state.text.term_id("text", m)) is not None)
    return ids, tuple(sorted((f for f in forms if len(f) >= 2 and not f.isascii()), key=len, reverse=True))


def word_runs(state: Generation, query_words: Sequence[QueryWordCount]) -> tuple[frozenset[int], tuple[tuple[int, ...], ...]]:
    """(term ids that are only parts of a query word's forms of several morphemes, those
    forms' morphemes in order): a part is marked only where its word is (`whole_words`)."""
    whole: set[int] = set()
    sequences: list[tuple[int, ...]] = []
    for word in query_words:
        if word.excluded or word.phrase:  # a phrase is marked where its characters are
            continue
        for form in word.forms:
            morphemes = state.matcher.analysed(form).morphemes
            ids = [state.text.term_id("text", m) for m in morphemes]
            if len(ids) == 1 and ids[0] is not None:
                whole.add(ids[0])
            elif len(ids) > 1 and all(i is not None for i in ids):
                sequences.append(tuple(i for i in ids if i is not None))
    parts = frozenset(i for seq in sequences for i in seq) - whole
    return parts, tuple(dict.fromkeys(sequences))


def phrase_terms(state: Generation, phrase: str) -> frozenset[int]:
    """The text-view term ids of a quoted phrase's words."""
    return frozenset(i for m in state.matcher.analysed(phrase).morphemes
                     if (i := state.text.term_id("text", m)) is not None)
