"""Analysing the records for the index, on every core.

Each record's fields go through their view's analysis chain once; the result is what the index
stores about the text: term frequencies and length per field, and for the highlighted fields the
character span of every token. Janome is the cost of a build (a few milliseconds per field), so
large builds spread the records over worker processes (`DXSEARCH_BUILD_WORKERS`, default: the
cores this process may use); small ones stay in this process, where starting workers would cost
more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Generator, Sequence
from dataclasses import dataclass

from ..indexer.records import CaseRecord

from .analysis import BigramAnalyzer, JapaneseAnalyzer, ReadingAnalyzer
from .fields import FIELDS, HIGHLIGHTED, field_texts

PARALLEL_FROM = 100  # records (about half a second of Janome); below this a build stays in one process
CHUNK = 64  # records a worker takes at a time, at most

_ANALYZERS = {"text": JapaneseAnalyzer(), "reading": ReadingAnalyzer(), "bigram": BigramAnalyzer()}


@dataclass(frozen=True)
class FieldAnalysis:
    counts: dict[str, int]  # term → frequency in the field
    length: int  # tokens in the field: BM25's field length
    spans: tuple[tuple[str, int, int], ...] = ()  # (term, start, end) in the original text


RecordAnalysis = dict[str, FieldAnalysis]  # field name → analysis


def analyse_record(record: CaseRecord) -> RecordAnalysis:
    texts = field_texts(record)
    out: RecordAnalysis = {}
    for field in FIELDS:
        tokens = _ANALYZERS[field.view](texts[field.name], chars=True, positions=True, mode="index")
        if field.name in HIGHLIGHTED:
            spans = tuple((t.text, t.startchar, t.endchar) for t in tokens)
            terms = [s[0] for s in spans]
        else:
            spans = ()
            terms = [t.text for t in tokens]
        out[field.name] = FieldAnalysis(dict(Counter(terms)), len(terms), spans)
    return out


def _analyse_chunk(records: Sequence[CaseRecord]) -> list[RecordAnalysis]:
    return [analyse_record(r) for r in records]


def build_workers() -> int:
    env = os.environ.get("DXSEARCH_BUILD_WORKERS")
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            raise ValueError(f"DXSEARCH_BUILD_WORKERS must be a whole number, not {env!r}") from None
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def analyse_records(records: Sequence[CaseRecord],
                    workers: int | None = None) -> Generator[RecordAnalysis, None, None]:
    """The analyses of `records`, in order."""
    workers = build_workers() if workers is None else workers
    if workers <= 1 or len(records) < PARALLEL_FROM:
        for record in records:
            yield analyse_record(record)
        return
    size = max(8, min(CHUNK, len(records) // (workers * 4)))  # a few chunks per worker, so none waits long for another
    chunks = [records[i:i + size] for i in range(0, len(records), size)]
    # fork: workers start at once and share the loaded dictionary pages with this process
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for analyses in pool.imap(_analyse_chunk, chunks):
            yield from analyses
