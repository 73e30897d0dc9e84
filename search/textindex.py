"""The text index dxsearch scores from: BM25F impacts in NumPy arrays, plus a forward index.

BM25 with fixed k1 and b gives each (term, document) pair a score that depends on nothing else:
the term's idf, its weighted frequency in each field and the field's length. So the build
computes that *impact* once for every posting, summed over the fields of a view (BM25F), and a
query becomes sums of impacts over a few postings lists: `np.bincount`, no per-document Python.

The impacts are exactly what Whoosh's `scoring.BM25F` computes over the generation's Whoosh index
(`search.schema`), with Whoosh's own statistics: idf `log(N / (df + 1)) + 1` per field, the
average field length from the true lengths, each document's field length as Whoosh stores it
(one byte, `whoosh_lengths`) and each posting's weight (frequency × field boost) as a float32.
So a script querying the Whoosh index ranks as dxsearch does (`tests/test_whoosh_index.py`).

On disk (one directory per index generation, all `.npy`, memory-mapped when read):

    vocab-<view>.json                  the view's terms; a term's id is its position
    <view>.ptr / .docs / .impacts      postings of term t: docs[ptr[t]:ptr[t+1]], ascending
    <view>.share                       per term: the largest share of cases any field holds it in
    text.description_cf                per term: its frequency in all descriptions (similar cases)
    fwd.<field>.ptr / .terms / .tf     forward index: each document's terms and frequencies
    fwd.<field>.length                 each document's field length
    spans.<field>.ptr/.terms/.start/.end   highlighted fields: every token's character span
    keys                               a digest of each document's text, to reuse analyses

The forward index lets a rebuild reuse the analysis of every record whose text has not changed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from array import array
from collections import OrderedDict
from pathlib import Path

import numpy as np
from whoosh.util.numeric import _length_byte_cache

from ..indexer.records import CaseRecord

from .fields import FIELDS, HIGHLIGHTED, VIEWS, field_texts
from .record_analysis import FieldAnalysis, RecordAnalysis

K1 = 1.2
B = 0.75
# Dense arrays of a term over every case, kept for the next query (`TextIndex.holding`,
# `TextIndex.dense_impacts`): setting 50,000 flags one by one costs 0.14 ms, or-ing a kept array
# 0.003 ms. Only for terms in at least 1/DENSE_KEEP_FROM of the cases (below, indexing is as fast),
# within DENSE_KEEP_BYTES per index generation, the least recently used going first.
DENSE_KEEP_FROM = 8
DENSE_KEEP_BYTES = 64 * 2 ** 20


def content_key(record: CaseRecord) -> bytes:
    """A digest of everything a record's analysis depends on."""
    digest = hashlib.blake2b(digest_size=16)
    for text in field_texts(record).values():
        digest.update(text.encode("utf-8"))
        digest.update(b"\x00")
    return digest.digest()


_LENGTHS = np.frombuffer(_length_byte_cache, dtype=np.int32).astype(np.int64)  # byte → length


def whoosh_lengths(lengths: np.ndarray) -> np.ndarray:
    """Field lengths as Whoosh's BM25F sees them: stored in one byte (`length_to_byte`, a
    logarithmic scale: exact up to 10, then rounded up) and read back (`byte_to_length`)."""
    at = np.searchsorted(_LENGTHS, np.asarray(lengths, dtype=np.int64), side="left")
    return _LENGTHS[np.minimum(at, len(_LENGTHS) - 1)]


def _csr(lengths: np.ndarray) -> np.ndarray:
    ptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=ptr[1:])
    return ptr


# the per-document arrays of a field ("rows": entries per document) and of a highlighted field's spans
_FIELD_PARTS = ("rows", "terms", "tf", "length")
_SPAN_PARTS = ("rows", "terms", "start", "end")


_Buffers = dict[tuple[str, str], "array[int]"]  # fresh documents' entries, by (field, part)


class TextIndexWriter:
    """Collects documents in order — fresh analyses, or unchanged documents of the previous
    generation taken over as slices of its arrays — then writes the arrays.

    Term ids are canonical (the view's terms in sorted order, terms no document holds dropped), so
    a rebuild that reuses analyses writes exactly what a cold build of the same records writes; and
    term id order is the UTF-8 byte order Whoosh keeps its terms in (`search.whoosh_index`).
    """

    def __init__(self, previous: TextIndex | None = None) -> None:
        self.previous = previous
        # ids while collecting: the previous generation's ids (so its slices need no mapping), then
        # new terms after them
        self.vocab: dict[str, dict[str, int]] = {
            v: dict(previous.ids[v]) if previous is not None else {} for v in VIEWS}
        # in document order: fresh analyses (buffers by (field, part)) or a run [first, end) of
        # the previous generation's documents
        self._segments: list[_Buffers | list[int]] = []
        self._fresh: _Buffers | None = None
        self._keys: list[bytes] = []

    def _buffers(self) -> _Buffers:
        # machine ints, not Python lists: 100,000 cases make tens of millions of entries
        if self._fresh is None:
            self._fresh = {(f.name, part): array("i") for f in FIELDS for part in _FIELD_PARTS}
            self._fresh.update({("spans." + f, part): array("i") for f in HIGHLIGHTED for part in _SPAN_PARTS})
            self._segments.append(self._fresh)
        return self._fresh

    def add(self, key: bytes, analysis: RecordAnalysis) -> None:
        self._keys.append(key)
        buf = self._buffers()
        for field in FIELDS:
            fa = analysis[field.name]
            vocab = self.vocab[field.view]
            ids = [vocab.setdefault(term, len(vocab)) for term in fa.counts]
            buf[field.name, "terms"].extend(ids)
            buf[field.name, "tf"].extend(fa.counts.values())
            buf[field.name, "rows"].append(len(ids))
            buf[field.name, "length"].append(fa.length)
            if field.name in HIGHLIGHTED:
                name = "spans." + field.name
                buf[name, "rows"].append(len(fa.spans))
                buf[name, "terms"].extend(vocab[t] for t, _, _ in fa.spans)
                buf[name, "start"].extend(s for _, s, _ in fa.spans)
                buf[name, "end"].extend(e for _, _, e in fa.spans)

    def add_unchanged(self, key: bytes, docnum: int) -> None:
        """Document `docnum` of the previous generation, as it is."""
        self._keys.append(key)
        self._fresh = None
        last = self._segments[-1] if self._segments else None
        if isinstance(last, list) and last[1] == docnum:
            last[1] = docnum + 1  # extends a run of consecutive documents
        else:
            self._segments.append([docnum, docnum + 1])

    def _column(self, name: str, part: str) -> np.ndarray:
        """One per-document array over all segments, in document order."""
        pieces = []
        for segment in self._segments:
            if isinstance(segment, dict):
                pieces.append(np.frombuffer(segment[name, part], dtype=np.int32))
                continue
            first, end = segment
            assert self.previous is not None  # runs are only made from a previous generation
            arrays = self.previous._arrays(name)
            ptr = arrays["ptr"]
            if part == "rows":
                pieces.append(np.diff(ptr[first:end + 1]).astype(np.int32))
            elif part == "length":
                pieces.append(arrays["length"][first:end].astype(np.int32))
            else:
                pieces.append(arrays[part][ptr[first]:ptr[end]].astype(np.int32))
        return np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int32)

    def _canonical_ids(self, columns: dict) -> dict[str, np.ndarray]:
        """Per view: collecting id → canonical id (sorted terms, unused terms dropped: -1)."""
        mapping = {}
        for view in VIEWS:
            terms = list(self.vocab[view])
            used = np.zeros(len(terms), dtype=bool)
            for f in FIELDS:
                if f.view == view:
                    used[columns[f.name, "terms"]] = True
            kept = sorted(np.flatnonzero(used).tolist(), key=terms.__getitem__)
            new_ids = np.full(len(terms), -1, dtype=np.int32)
            new_ids[np.array(kept, dtype=np.int64)] = np.arange(len(kept), dtype=np.int32)
            mapping[view] = new_ids
            self.vocab[view] = {terms[i]: n for n, i in enumerate(kept)}
        return mapping

    def write(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        size = len(self._keys)
        save = lambda name, array: np.save(directory / f"{name}.npy", array)
        save("keys", np.array(self._keys, dtype="S16") if size else np.zeros(0, dtype="S16"))
        columns = {(f.name, part): self._column(f.name, part) for f in FIELDS for part in _FIELD_PARTS}
        columns.update({("spans." + f, part): self._column("spans." + f, part)
                        for f in HIGHLIGHTED for part in _SPAN_PARTS})
        mapping = self._canonical_ids(columns)
        postings: dict[str, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {v: [] for v in VIEWS}
        share = {v: np.zeros(len(self.vocab[v]), dtype=np.float32) for v in VIEWS}
        for field in FIELDS:
            name = field.name
            ptr = _csr(columns[name, "rows"])
            terms = mapping[field.view][columns[name, "terms"]]
            tf = columns[name, "tf"].astype(np.float64)
            length = columns[name, "length"].astype(np.float64)
            save(f"fwd.{name}.ptr", ptr)
            save(f"fwd.{name}.terms", terms)
            save(f"fwd.{name}.tf", np.minimum(tf, 65535).astype(np.uint16))
            save(f"fwd.{name}.length", length.astype(np.int32))
            if not size:
                continue
            docs = np.repeat(np.arange(size, dtype=np.int32), np.diff(ptr))
            n_terms = len(self.vocab[field.view])
            df = np.bincount(terms, minlength=n_terms)
            np.maximum(share[field.view], df / size, out=share[field.view])
            idf = np.log(size / (df + 1.0)) + 1.0
            weight = (tf * field.boost).astype(np.float32).astype(np.float64)  # Whoosh keeps float32 weights
            avg = length.sum() / size or 1.0
            norm = K1 * ((1 - B) + B * whoosh_lengths(length)[docs] / avg)
            postings[field.view].append((terms, docs, idf[terms] * weight * (K1 + 1) / (weight + norm)))
            if name == "description":
                save("text.description_cf", np.bincount(terms, weights=tf, minlength=n_terms).astype(np.float32))
        if not size:
            save("text.description_cf", np.zeros(len(self.vocab["text"]), dtype=np.float32))
        for view in VIEWS:
            self._write_view(directory, view, postings[view], size)
            save(f"{view}.share", share[view])
            (directory / f"vocab-{view}.json").write_text(
                json.dumps(list(self.vocab[view]), ensure_ascii=False), encoding="utf-8")
        for name in HIGHLIGHTED:
            view = next(f.view for f in FIELDS if f.name == name)
            save(f"spans.{name}.ptr", _csr(columns["spans." + name, "rows"]))
            save(f"spans.{name}.terms", mapping[view][columns["spans." + name, "terms"]])
            save(f"spans.{name}.start", columns["spans." + name, "start"])
            save(f"spans.{name}.end", columns["spans." + name, "end"])

    def _write_view(self, directory: Path, view: str, parts, size: int) -> None:
        n_terms = len(self.vocab[view])
        if parts:
            terms = np.concatenate([p[0] for p in parts]).astype(np.int64)
            docs = np.concatenate([p[1] for p in parts]).astype(np.int64)
            impacts = np.concatenate([p[2] for p in parts])
            keys = terms * max(size, 1) + docs
            unique, inverse = np.unique(keys, return_inverse=True)  # sorted by term, then doc
            summed = np.bincount(inverse, weights=impacts)  # BM25F: a term's fields add up
            u_terms = unique // max(size, 1)
            ptr = np.zeros(n_terms + 1, dtype=np.int64)
            np.cumsum(np.bincount(u_terms, minlength=n_terms), out=ptr[1:])
            u_docs = (unique % max(size, 1)).astype(np.int32)
        else:
            ptr = np.zeros(n_terms + 1, dtype=np.int64)
            u_docs = np.zeros(0, np.int32)
            summed = np.zeros(0, dtype=np.float64)
        np.save(directory / f"{view}.ptr.npy", ptr)
        np.save(directory / f"{view}.docs.npy", u_docs)
        np.save(directory / f"{view}.impacts.npy", summed.astype(np.float32))


class TextIndex:
    """Read side: postings, term statistics, token spans and reusable analyses of a generation."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        # memory-mapped: the operating system shares and pages the arrays; plain ndarray views
        # avoid np.memmap's per-slice overhead
        load = lambda name: np.load(self.directory / f"{name}.npy", mmap_mode="r").view(np.ndarray)
        self.terms: dict[str, list[str]] = {}
        self.ids: dict[str, dict[str, int]] = {}
        self._ptr, self._docs, self._impacts, self._share = {}, {}, {}, {}
        for view in VIEWS:
            self.terms[view] = json.loads((self.directory / f"vocab-{view}.json").read_text(encoding="utf-8"))
            self.ids[view] = {t: i for i, t in enumerate(self.terms[view])}
            self._ptr[view] = np.load(self.directory / f"{view}.ptr.npy")
            self._docs[view] = load(f"{view}.docs")
            self._impacts[view] = load(f"{view}.impacts")
            self._share[view] = np.load(self.directory / f"{view}.share.npy")
        self.description_cf = np.load(self.directory / "text.description_cf.npy")
        self._kept_arrays: OrderedDict[tuple, np.ndarray] = OrderedDict()
        self._kept_bytes = 0
        self._kept_lock = threading.Lock()
        self.keys = np.load(self.directory / "keys.npy")
        self.size = len(self.keys)
        self._fwd = {f.name: tuple(load(f"fwd.{f.name}.{part}") for part in ("ptr", "terms", "tf", "length"))
                     for f in FIELDS}
        self._spans = {f: tuple(load(f"spans.{f}.{part}") for part in ("ptr", "terms", "start", "end"))
                       for f in HIGHLIGHTED}

    def content_keys(self) -> list[bytes]:
        """Each document's `content_key`, all 16 bytes: NumPy reads an `S16` value back without
        its trailing NUL bytes, and a digest ending in one (1 in 256) never matched its record,
        which every rebuild then analysed again (1 of the survey's 594)."""
        width = self.keys.dtype.itemsize
        return [row.tobytes() for row in self.keys.view(np.uint8).reshape(-1, width)]

    def _arrays(self, name: str) -> dict[str, np.ndarray]:
        """The per-document arrays of a field (`name`) or of its spans (`spans.name`)."""
        if name.startswith("spans."):
            return dict(zip(("ptr", "terms", "start", "end"), self._spans[name[len("spans."):]]))
        return dict(zip(("ptr", "terms", "tf", "length"), self._fwd[name]))

    def term_id(self, view: str, term: str) -> int | None:
        return self.ids[view].get(term)

    def keeps_dense(self, view: str, term_id: int) -> bool:
        """Whether the term is in enough cases for its dense arrays to be kept (`holding`)."""
        return self.document_frequency(view, term_id) * DENSE_KEEP_FROM >= self.size > 0

    def mark(self, view: str, term_id: int, out: np.ndarray) -> None:
        """Set `out` (a flag per case) where the term is held: by its kept flags when it is in
        many cases, else by its postings."""
        if self.keeps_dense(view, term_id):
            np.logical_or(out, self.holding(view, term_id), out=out)
        else:
            out[self.postings(view, term_id)[0].astype(np.intp)] = True  # (int32 indexes: 2.5× slower)

    def holding(self, view: str, term_id: int) -> np.ndarray:
        """Per case, whether it holds the term (read-only; kept for a term `keeps_dense`)."""
        return self._kept((view, term_id, "holding"), lambda docs, _: _flags(docs, self.size))

    def dense_impacts(self, view: str, term_id: int, dtype: type = np.float64) -> np.ndarray:
        """The term's impact in every case, 0 where absent (read-only; kept for a term
        `keeps_dense`). float64 as `np.bincount` sums them; float32 as the postings store them, so
        that `dense * w` equals `impacts * w` on the term's cases bit for bit."""
        return self._kept((view, term_id, np.dtype(dtype).name), lambda docs, impacts: _spread(docs, impacts, self.size, dtype))

    def _kept(self, key: tuple, make) -> np.ndarray:
        with self._kept_lock:
            found = self._kept_arrays.get(key)
            if found is not None:
                self._kept_arrays.move_to_end(key)
                return found
        view, term_id = key[0], key[1]
        made = make(*self.postings(view, term_id))
        made.flags.writeable = False
        if not self.keeps_dense(view, term_id):
            return made
        with self._kept_lock:
            self._kept_arrays[key] = made
            self._kept_bytes += made.nbytes
            while self._kept_bytes > DENSE_KEEP_BYTES and len(self._kept_arrays) > 1:
                _, dropped = self._kept_arrays.popitem(last=False)
                self._kept_bytes -= dropped.nbytes
        return made

    def postings(self, view: str, term_id: int) -> tuple[np.ndarray, np.ndarray]:
        """Documents (ascending) holding the term, and the term's BM25F impact in each."""
        a, b = self._ptr[view][term_id], self._ptr[view][term_id + 1]
        return self._docs[view][a:b], self._impacts[view][a:b]

    def document_frequency(self, view: str, term_id: int) -> int:
        """How many cases hold the term (in any field of the view)."""
        return int(self._ptr[view][term_id + 1] - self._ptr[view][term_id])

    def share(self, view: str, term_id: int) -> float:
        return float(self._share[view][term_id])

    def spans(self, field: str, docnum: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        ptr, terms, starts, ends = self._spans[field]
        a, b = ptr[docnum], ptr[docnum + 1]
        return terms[a:b], starts[a:b], ends[a:b]

    def analysis(self, docnum: int) -> RecordAnalysis:
        """The stored analysis of a document, as `analyse_record` made it."""
        out: RecordAnalysis = {}
        for field in FIELDS:
            ptr, terms, tf, length = self._fwd[field.name]
            a, b = ptr[docnum], ptr[docnum + 1]
            vocab = self.terms[field.view]
            counts = {vocab[t]: int(n) for t, n in zip(terms[a:b].tolist(), tf[a:b].tolist())}
            spans: tuple = ()
            if field.name in HIGHLIGHTED:
                s_terms, starts, ends = self.spans(field.name, docnum)
                spans = tuple((vocab[t], s, e) for t, s, e in zip(s_terms.tolist(), starts.tolist(), ends.tolist()))
            out[field.name] = FieldAnalysis(counts, int(length[docnum]), spans)
        return out


def _flags(docs: np.ndarray, size: int) -> np.ndarray:
    out = np.zeros(size, dtype=bool)
    out[docs] = True
    return out


def _spread(docs: np.ndarray, impacts: np.ndarray, size: int, dtype: type) -> np.ndarray:
    if np.dtype(dtype) == np.float64:  # as np.bincount sums a term's postings (one per case)
        return np.bincount(docs, weights=impacts, minlength=size)
    out: np.ndarray = np.zeros(size, dtype=dtype)
    out[docs] = impacts
    return out
