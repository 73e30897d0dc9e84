"""Writing a generation's Whoosh index from analyses already made, on every core.

The build has analysed every record once (`search.record_analysis`) and written the analyses to
the text index's forward arrays; Whoosh is fed those term counts (`schema.AnalysedText`), never
the text. Writing postings is Whoosh's pure-Python cost (~4 µs a posting), so a large build splits
the records into contiguous runs, one per worker, and each worker writes one segment of the same
index. Segments are committed in run order, so a Whoosh document number is the record's position
in the build — the document number of dxsearch's arrays.

Whoosh reads back each document's field length from the segment's length column for every
posting it writes (to record block statistics); the writer here answers from the lengths already
in memory, quantised exactly as Whoosh stores them, so the segment is what Whoosh would write.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import whoosh.index
from whoosh.writing import SegmentWriter

from ..indexer.records import CaseRecord

from .fields import FIELDS
from .record_analysis import PARALLEL_FROM
from .schema import document, make_schema
from .technology import technology_tags
from .textindex import TextIndex, whoosh_lengths

LIMIT_MB = 256  # per segment writer; above it Whoosh sorts postings in runs on disk


class _Lengths:
    """Stands in for the segment's per-document reader while Whoosh writes the postings."""

    def __init__(self, lengths: dict[str, list[int]]) -> None:
        self._lengths = lengths

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        column = self._lengths.get(fieldname)
        return column[docnum] if column is not None else default

    def close(self) -> None:
        pass


class _SegmentWriter(SegmentWriter):
    """A Whoosh segment writer that knows its documents' field lengths in advance."""

    def __init__(self, ix, lengths: dict[str, list[int]], **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self._known_lengths = lengths

    def per_document_reader(self):
        return _Lengths(self._known_lengths)


_JOB: tuple | None = None  # (index directory, records, text index directory), for forked workers


def _write_segment(bounds: tuple[int, int]):
    """Documents [first, end) as one new segment; returns it, uncommitted."""
    directory, records, text_dir = _JOB
    first, end = bounds
    text = TextIndex(text_dir)
    lengths = {f.name: whoosh_lengths(text._arrays(f.name)["length"][first:end]).tolist() for f in FIELDS}
    ix = whoosh.index.open_dir(str(directory))
    # _lk=False: the build holds dxsearch's lock, and the segments are committed together below
    writer = _SegmentWriter(ix, lengths, _lk=False, limitmb=LIMIT_MB)
    for record, analysis in zip(records[first:end], text.term_counts(first, end)):
        writer.add_document(**document(record, analysis, technology_tags(record)))
    # not _finish(): it would remove the temporary directory the other workers share
    return writer._finalize_segment()


def _runs(size: int, workers: int) -> list[tuple[int, int]]:
    bounds = np.linspace(0, size, workers + 1).round().astype(int).tolist()
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def write_whoosh_index(directory: Path, records: Sequence[CaseRecord], text_dir: Path, workers: int) -> None:
    """Create the Whoosh index of `records` in `directory`; `text_dir` holds their analyses."""
    global _JOB
    ix = whoosh.index.create_in(str(directory), make_schema())
    runs = _runs(len(records), workers if len(records) >= PARALLEL_FROM else 1)
    _JOB = (Path(directory), records, Path(text_dir))
    try:
        if len(runs) > 1:
            # fork: the workers see the records without pickling them
            with multiprocessing.get_context("fork").Pool(len(runs)) as pool:
                segments = pool.map(_write_segment, runs, chunksize=1)
        else:
            segments = [_write_segment(r) for r in runs]
    finally:
        _JOB = None
    writer = ix.writer()
    writer._close_segment()  # the committing writer adds no documents of its own
    writer._commit_toc(segments)
    writer._finish()
