"""Writing a generation's Whoosh index from the analyses already made, on every core.

The build has analysed every record once (`search.record_analysis`) and written the analyses to
the text index's forward arrays. Whoosh is never given the text: each worker adds the records'
stored and facet fields as documents, and writes the text fields' postings straight from the
arrays — sorted with NumPy, weighted and encoded as Whoosh's Frequency format would (frequency ×
field boost), with each document's field length recorded as Whoosh records it when it indexes a
field. Analysing, pooling and sorting the postings in Python was two thirds of Whoosh's time.

Writing postings remains Whoosh's pure-Python cost (a few µs a posting), so a large build splits
the records into contiguous runs, one per worker, each written as one segment of the same index;
segments are committed in run order, so a Whoosh document number is the record's position in the
build — the document number of dxsearch's arrays.
"""

from __future__ import annotations

import multiprocessing
from array import array
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import whoosh.index
from whoosh.system import pack_uint
from whoosh.writing import SegmentWriter

from ..indexer.records import CaseRecord

from .fields import FIELDS
from .record_analysis import PARALLEL_FROM
from .schema import document, make_schema
from .technology import technology_tags
from .textindex import TextIndex, whoosh_lengths

_FREQ_BYTES = [pack_uint(n) for n in range(256)]  # a Frequency-format posting's value


class _SegmentWriter(SegmentWriter):
    """Writes documents [first, end) of a text index as one segment: stored and facet fields
    through `add_document`, text postings from the arrays."""

    def __init__(self, ix, text: TextIndex, first: int, end: int, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self._text, self._first, self._end = text, first, end
        self._true_lengths = {f.name: text._arrays(f.name)["length"][first:end].tolist() for f in FIELDS}
        text_fields = [(f.name, self.schema[f.name]) for f in FIELDS]
        perdoc = self.perdocwriter
        finish_doc = perdoc.finish_doc

        def finish_with_lengths() -> None:
            # what add_document records for a text field it indexes: the length (Whoosh's sum
            # of the term frequencies), no stored value
            if not perdoc._indoc:  # close() calls finish_doc() again
                return finish_doc()
            local = self.docnum - self.docbase
            for name, field in text_fields:
                length = self._true_lengths[name][local]
                if length:
                    perdoc.add_field(name, field, None, length)
            finish_doc()

        perdoc.finish_doc = finish_with_lengths

    def _write_text_field(self, name: str, lengths: np.ndarray) -> None:
        """One text field's postings, term by term, straight into Whoosh's postings writer: each
        block's ids, weights, values and statistics set from arrays, then written by Whoosh's own
        `_write_block` / `finish_postings`, so the bytes are what `add_posting` one posting at a
        time (a few µs each, most of a build's Whoosh time) would have written. Terms in Whoosh's
        order (canonical term ids are in sorted order, and UTF-8 sorts as the strings do), each
        term's postings by document."""
        field = next(f for f in FIELDS if f.name == name)
        ptr, terms, tf = (self._text._arrays(name)[p] for p in ("ptr", "terms", "tf"))
        first, end = self._first, self._end
        a, b = int(ptr[first]), int(ptr[end])
        if a == b:
            return  # no postings: Whoosh starts no field
        docs = np.repeat(np.arange(end - first, dtype=np.int64) + self.docbase, np.diff(ptr[first:end + 1]))
        terms, tf = terms[a:b], tf[a:b]
        order = np.lexsort((docs, terms))
        terms, docs, tf = terms[order], docs[order], tf[order].astype(np.int64)
        weights = tf * float(field.boost)  # what Whoosh's Frequency format weighs a posting
        posting_lengths = lengths[docs - self.docbase]
        vocab = self._text.terms[field.view]
        starts = np.flatnonzero(np.diff(terms)) + 1
        bounds = [0, *starts.tolist(), len(terms)]
        doc_list, weight_list, tf_list, length_list = docs.tolist(), weights.tolist(), tf.tolist(), posting_lengths.tolist()
        weight_bytes = weights.astype(np.float32)
        fw = self.fieldwriter
        fw.start_field(name, self.schema[name])
        pw = fw._postwriter
        limit = pw._blocklimit
        for t, (start, stop) in enumerate(zip(bounds, bounds[1:])):
            fw.start_term(vocab[int(terms[start])].encode("utf-8"))
            for block in range(start, stop, limit):
                if block > start:
                    pw._write_block()  # add_posting writes a full block when the next posting comes
                upto = min(block + limit, stop)
                pw._ids = array("I", doc_list[block:upto])
                pw._weights = array("f", weight_bytes[block:upto].tobytes())
                pw._values = [_FREQ_BYTES[n] if n < 256 else pack_uint(n) for n in tf_list[block:upto]]
                pw._maxweight = max(0, max(weight_list[block:upto]))
                positive = [n for n in length_list[block:upto] if n]
                pw._minlength = min(positive) if positive else None
                pw._maxlength = max(positive) if positive else 0
            fw.finish_term()
        fw.finish_field()

    def _flush_segment(self) -> None:
        # SegmentWriter._flush_segment, with the text postings and the lengths known in advance
        self.perdocwriter.close()
        lengths = {name: whoosh_lengths(values) for name, values in self._true_lengths.items()}
        by_field: dict[str, list] = {}  # the pool's postings: the facet fields
        for item in self.pool.iter_postings():
            by_field.setdefault(item[0], []).append(item)
        for name in sorted(set(by_field) | {f.name for f in FIELDS}):
            if name in by_field:
                self.fieldwriter.add_postings(self.schema, None, iter(by_field[name]))  # facets: no lengths
            else:
                self._write_text_field(name, lengths[name])
        self.fieldwriter.close()


# (index directory, records, text index directory), set before the workers fork
_JOB: tuple[Path, Sequence[CaseRecord], Path] | None = None


def _write_segment(bounds: tuple[int, int]):
    """Documents [first, end) as one new segment; returns it, uncommitted."""
    assert _JOB is not None, "set by write_whoosh_index before the workers start"
    directory, records, text_dir = _JOB
    first, end = bounds
    ix = whoosh.index.open_dir(str(directory))
    # _lk=False: the build holds dxsearch's lock, and the segments are committed together below
    writer = _SegmentWriter(ix, TextIndex(text_dir), first, end, _lk=False)
    for record in records[first:end]:
        writer.add_document(**document(record, technology_tags(record)))
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
