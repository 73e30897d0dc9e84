"""One index generation opened for reading: its records, facet codes and text arrays in memory.

`SearchIndex` holds one `Generation` and swaps it whole when a rebuilt index is picked up, so a
request reads one generation from start to end. Opening verifies the generation first
(`search.storage.verified_generation`), then reads the Whoosh stored fields once.
"""

from __future__ import annotations

import functools
import gc
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from ..indexer.prefectures import BY_NAME, REGIONS
from ..indexer.records import SECTIONS, SHARED_USE, STATUSES, CaseRecord
from .facets import FacetTable
from .matching import Matcher
from .schema import FACETS, facet_value
from .scoring import Scorer
from .scoring import normalised_text as searchable  # what Strict patterns match, Whoosh side too
from .shown_terms import BOUND_MIN_CASES
from .storage import TEXT_DIR, IndexIncompatible, rebuild_hint, verified_generation
from .suggest import FOLD_LENGTH, Vocabulary
from .technology import RPA_TAG, TAGS
from .textindex import TextIndex

MEMO_SIZE = 4096  # values worked out from a case that a generation keeps (`Generation.remembered`)
T = TypeVar("T")


class _Memo:
    """The last `MEMO_SIZE` values worked out, shared by the server's threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.values: OrderedDict[Hashable, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], T], keep: Callable[[], bool] | None = None) -> T:
        with self.lock:
            if key in self.values:
                self.values.move_to_end(key)
                return self.values[key]
        value = make()  # outside the lock: two threads may both work it out, and agree
        if keep is not None and not keep():
            return value  # (cut short: worked out again next time)
        with self.lock:
            self.values[key] = value
            if len(self.values) > self.size:
                self.values.popitem(last=False)
        return value

    def clear(self) -> None:
        with self.lock:
            self.values.clear()


# facets shown in a fixed order (their values' own), not by count
FIXED_ORDER: dict[str, tuple[str, ...]] = {
    "section": SECTIONS,
    "prefecture": tuple(BY_NAME),
    "region": REGIONS,
    "status": STATUSES,
    "shared_use": tuple(dict.fromkeys(SHARED_USE["ai_rpa"] + SHARED_USE["shared_system"])),
    "technology": TAGS,
}
JIS = {name: i for i, name in enumerate(FIXED_ORDER["prefecture"])}  # ties among prefectures' counts


class NormalisedTexts:
    """Each case's normalised searchable text (`scoring.normalised_text`), by document number:
    what a word's characters are checked against (`Matcher`, `Scorer`). Worked out for every case
    at once, on first use (when a server opens the index: `warm`), and kept as one string: a new
    pasted text's words can each have thousands of candidate cases to check, and normalising each
    case again when asked (12 µs) was most of a slow text's time at 100,000 cases (0.75 s for them
    all, 26 MB kept)."""

    def __init__(self, records: list[CaseRecord | None]) -> None:
        self._records = records

    @functools.cached_property
    def _joined(self) -> tuple[str, list[int]]:
        texts = [searchable(r) if r is not None else "" for r in self._records]
        starts = [0]
        for t in texts:
            starts.append(starts[-1] + len(t))
        return "".join(texts), starts

    def fill(self) -> None:
        """Work them out now rather than on first use."""
        self._joined  # noqa: B018 (the cached property is made)

    def __call__(self, docnum: int) -> str:
        joined, starts = self._joined
        return joined[starts[docnum]:starts[docnum + 1]]


@dataclass
class Generation:
    """Everything belonging to one index generation; swapped whole on reload."""

    generation: Path
    meta: dict
    text: TextIndex
    scorer: Scorer
    records: list[CaseRecord | None]  # by document number; None for a deleted document
    technology: list[list[str]]
    by_id: dict[str, int]
    table: FacetTable
    live: np.ndarray  # bool per document number
    table_order: np.ndarray  # document numbers in table order (source, section, number)
    prefecture_order: np.ndarray  # document numbers in prefecture (JIS) order, then table order
    all_counts: dict[str, dict[str, int]]  # facet counts over every case
    matcher: Matcher  # which cases contain a word
    vocabulary: Vocabulary  # the index's words (もしかして, suggestions)

    @functools.cached_property
    def technology_untold(self) -> np.ndarray:
        """The AI・RPA cases that name no technology (44 of the survey's 357: 時間外実績の集計 …):
        their table is AI・RPA等, so a text naming RPA may well mean them (`technology_may_be`)."""
        tagged = self.table.mask("technology", self.table.values["technology"])
        return self.live & self.table.mask("section", ["ai_rpa"]) & ~tagged

    @functools.cached_property
    def _saying(self) -> dict[str, np.ndarray]:
        return {}

    def cases_saying(self, pattern: re.Pattern[str]) -> np.ndarray:
        """The live cases whose name or description matches `pattern`: a rule of `search.asked`,
        read over every case once per pattern (0.1 s at 100,000 cases)."""
        found = self._saying.get(pattern.pattern)
        if found is None:
            found = np.zeros(self.live.size, dtype=bool)
            for docnum in np.flatnonzero(self.live).tolist():
                found[docnum] = pattern.search(self.case_text(docnum)) is not None
            self._saying[pattern.pattern] = found
        return found

    def technology_may_be(self, named: list[str]) -> np.ndarray:
        """The cases that use one of the technologies `named`, or, where RPA is one, may
        (`technology_untold`: an AI・RPA case that does not say how it is done automates it somehow;
        one reading forms would say OCR, one answering questions チャットボット)."""
        tagged = self.table.mask("technology", named)
        return tagged | self.technology_untold if RPA_TAG in named else tagged

    def record(self, docnum: int) -> CaseRecord:
        """The record of a live document (hits and lookups only ever name live ones)."""
        record = self.records[docnum]
        assert record is not None
        return record

    @functools.cached_property
    def _memo(self) -> _Memo:
        return _Memo(MEMO_SIZE)

    def remembered(self, key: Hashable, make: Callable[[], T], keep: Callable[[], bool] | None = None) -> T:
        """`make()`, worked out once for this generation while among the last `MEMO_SIZE` asked
        (a case's key terms: a pasted text's first matches are often the same few cases, and
        working out their key terms was a third of a pasted text's time at 100,000 cases).
        Not kept when `keep()`, asked after `make()`, says no (a time budget ran out midway)."""
        return self._memo.get(key, make, keep)

    def forget(self) -> None:
        """Drop every value `remembered` (after a tuning constant changed: tests that patch one)."""
        self._memo.clear()

    def case_text(self, docnum: int) -> str:
        """A case's name and description: where its key terms are read as written."""
        record = self.record(docnum)
        return f"{record.name}\n{record.description}"

    def followed(self, word: str, after: str) -> float:
        """How often the cases follow a one-character word by what comes after it in a text: the
        share of the cases holding it that hold it joined to a start of `after` (利 → 利活用: 1.0;
        税 → 税申告: 0.03), 0.0 for a word in fewer than `BOUND_MIN_CASES` cases. What
        `search.shown_terms` tells a key term cut at its end by (ICT利)."""
        text = self.text
        tid = text.term_id("text", word.lower())
        cases = text.document_frequency("text", tid) if tid is not None else 0
        if cases < BOUND_MIN_CASES:
            return 0.0
        joined = [text.term_id("text", (word + after[:n]).lower()) for n in range(1, len(after) + 1)]
        return max((text.document_frequency("text", j) for j in joined if j is not None), default=0) / cases


def _table_key(record: CaseRecord) -> tuple:
    return (record.source, SECTIONS.index(record.section), record.number)


def open_generation(index_dir: Path, ja: Callable[..., Any], reading: Callable[..., Any],
                    warm: bool = False) -> Generation:
    """The generation `CURRENT` names in `index_dir`, checked and read (`IndexUnavailable` when it
    cannot be). `ja` and `reading` are the planner's analyzers, shared with the matcher. `warm`
    makes everything a first request would (readings for もしかして) now."""
    import whoosh.index

    # before Whoosh unpickles anything: CURRENT inside the index directory, nobody else able to
    # write it, every file as the build listed it (the Whoosh files by SHA-256), arrays in range
    gen = verified_generation(index_dir)
    try:
        ix = whoosh.index.open_dir(str(gen.path))
        with ix.reader() as reader:
            stored = list(reader.iter_docs())
        text = TextIndex(gen.path / TEXT_DIR)
    except Exception as e:  # a damaged segment surfaces as many kinds of error
        raise IndexIncompatible(f"the search index at {index_dir} cannot be read ({e}): "
                                + rebuild_hint(index_dir)) from e
    size = max((docnum for docnum, _ in stored), default=-1) + 1
    if text.size != size:
        raise IndexIncompatible(f"the search index at {index_dir} is damaged (the text index holds "
                                f"{text.size} cases, the records {size}): "
                                + rebuild_hint(index_dir))
    records: list[CaseRecord | None] = [None] * size
    technology: list[list[str]] = [[] for _ in range(size)]
    by_id: dict[str, int] = {}
    table = FacetTable(FACETS, ("technology",), size)
    live = np.zeros(size, dtype=bool)
    for docnum, fields in stored:
        record = CaseRecord.from_dict(json.loads(fields["record"]))
        tags = [t for t in (fields.get("technology") or "").split(",") if t]
        records[docnum], technology[docnum], live[docnum] = record, tags, True
        by_id[record.id] = docnum
        for facet in FACETS:
            if facet == "technology":
                table.add(docnum, facet, tags)
            elif value := facet_value(record, facet):
                table.add(docnum, facet, [value])
    table.freeze()

    def record_of(docnum: int) -> CaseRecord:  # a live document: its record was read above
        record = records[docnum]
        assert record is not None
        return record

    order = sorted((docnum for docnum, _ in stored), key=lambda d: _table_key(record_of(d)))
    table_order = np.array(order, dtype=np.int64)
    prefecture_order = np.array(sorted(order, key=lambda d: record_of(d).prefecture_code), dtype=np.int64)

    normalised_text = NormalisedTexts(records)
    vocabulary = Vocabulary(text)
    if warm:
        normalised_text.fill()
        vocabulary.readings()
        vocabulary.katakana_spellings("ア" * FOLD_LENGTH)  # makes the spellings map
        vocabulary.mixed_spellings("漢字")  # and the maps of words written partly in kana
        vocabulary.mixed_spellings("かん字")
    return Generation(gen.path, gen.meta, text, Scorer(text, size, normalised_text), records, technology,
                      by_id, table, live, table_order, prefecture_order, table.counts(FACETS, live),
                      Matcher(text, size, ja, reading, normalised_text), vocabulary)


def exempt_from_gc() -> None:
    """Move what is alive now (an opened index: 100,000 records and their dicts) out of the
    cyclic garbage collector's reach; without this, each full collection walked them all (225 ms
    at 100,000 cases, landing on whichever request happened to allocate). What was exempted
    before is let back in and collected first, so an index replaced by a rebuild is freed even
    where its objects refer to each other: one full collection per open or reload."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


