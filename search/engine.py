"""The search library: one `SearchIndex` serves the CLI, scripts and the web front end.

    from search import SearchIndex
    index = SearchIndex()                       # the default index; SearchIndex(path) for another
    result = index.search("通勤手当 RPA", filters={"prefecture": ["三重県"]}, per_page=10)
    for hit in result.hits: print(hit.record.id, hit.record.name, hit.score)
    index.similar(case_id="ai_rpa-001"); index.similar(text="会議の音声を自動で文字にしたい")
    index.get("ai_rpa-001"); index.facet_values("prefecture"); index.stats()

Facet counting works on sets of document numbers held in memory (built once when the index is
opened): several values of one facet combine with OR, facets with AND, and each facet's counts are
computed as if its own selection were removed, so a user sees the alternatives.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np
from whoosh import highlight, scoring
from whoosh.query import And, AndMaybe, Or, Phrase, Term
from whoosh.searching import Hit as WhooshHit

from indexer.prefectures import BY_NAME, REGIONS
from indexer.records import SECTIONS, SHARED_USE, STATUSES, CaseRecord

from .analysis import BigramAnalyzer, JapaneseAnalyzer, ReadingAnalyzer
from .facets import FacetTable
from .results import FacetValue, Hit, SearchResult, SimilarResult
from .schema import FACETS
from .storage import IndexIncompatible, current_generation, default_index_dir
from .synonyms import Synonyms, load_groups
from .technology import TAGS
from .understand import AppliedFilter, Understood, understand

MAX_QUERY_CHARS = 2000
MAX_PER_PAGE = 100
SORTS = ("relevance", "prefecture", "number")
TEXT_FIELDS = ("name", "description", "extra")


def _table_key(record: CaseRecord) -> tuple:
    return (record.source, SECTIONS.index(record.section), record.number)


class QueryError(ValueError):
    """A request the library refuses: unknown facet or value, bad page, query too long."""


_FIXED_ORDER: dict[str, tuple[str, ...]] = {
    "section": SECTIONS,
    "prefecture": tuple(BY_NAME),
    "region": REGIONS,
    "status": STATUSES,
    "shared_use": tuple(dict.fromkeys(SHARED_USE["ai_rpa"] + SHARED_USE["shared_system"])),
    "technology": TAGS,
}


@dataclass
class _State:
    """Everything belonging to one index generation; swapped whole on reload."""

    generation: Path
    meta: dict
    ix: object
    records: list[CaseRecord | None]  # by document number; None for a deleted document
    technology: list[list[str]]
    by_id: dict[str, int]
    table: FacetTable
    live: np.ndarray  # bool per document number
    rank: np.ndarray  # table order (source, section, number) of each document
    pref_rank: np.ndarray  # prefecture (JIS) order, then table order
    local: threading.local

    def searcher(self):
        s = getattr(self.local, "searcher", None)
        if s is None:
            s = self.local.searcher = self.ix.searcher(weighting=scoring.BM25F(B=0.75, K1=1.2))
        return s


class SearchIndex:
    def __init__(self, index_dir: str | Path | None = None, synonyms: Synonyms | None = None):
        self.index_dir = Path(index_dir) if index_dir else default_index_dir()
        self.synonyms = synonyms or Synonyms(load_groups())
        self._ja = JapaneseAnalyzer()
        self._reading = ReadingAnalyzer()
        self._bigram = BigramAnalyzer()
        self._reload_lock = threading.Lock()
        self._state = self._load()

    # --- opening and reloading ------------------------------------------------------------
    def _load(self) -> _State:
        import whoosh.index

        gen = current_generation(self.index_dir)
        try:
            ix = whoosh.index.open_dir(str(gen.path))
            reader = ix.reader()
            stored = list(reader.iter_docs())
        except Exception as e:  # a damaged segment surfaces as many kinds of error
            raise IndexIncompatible(f"the search index at {self.index_dir} cannot be read ({e}): "
                                    f"run `dxsearch build --index {self.index_dir}`") from e
        size = max((docnum for docnum, _ in stored), default=-1) + 1
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
                table.add(docnum, facet, tags if facet == "technology" else [getattr(record, facet)])
        table.freeze()
        order = sorted((docnum for docnum, _ in stored), key=lambda d: _table_key(records[d]))
        rank = np.zeros(size, dtype=np.int64)
        rank[order] = np.arange(len(order))
        pref_order = sorted(order, key=lambda d: records[d].prefecture_code)
        pref_rank = np.zeros(size, dtype=np.int64)
        pref_rank[pref_order] = np.arange(len(pref_order))
        return _State(gen.path, gen.meta, ix, records, technology, by_id, table, live, rank, pref_rank,
                      threading.local())

    def refresh(self) -> bool:
        """Pick up a rebuilt index; True when it changed. Cheap: one readlink."""
        try:
            live = current_generation(self.index_dir).path
        except Exception:
            return False  # keep serving the index we have
        if live == self._state.generation:
            return False
        with self._reload_lock:
            if live != self._state.generation:
                self._state = self._load()
                return True
        return False

    @property
    def meta(self) -> dict:
        return dict(self._state.meta)

    # --- lookups --------------------------------------------------------------------------
    def get(self, case_id: str) -> CaseRecord | None:
        state = self._state
        docnum = state.by_id.get(case_id)
        return state.records[docnum] if docnum is not None else None

    def technology_of(self, case_id: str) -> list[str]:
        state = self._state
        docnum = state.by_id.get(case_id)
        return list(state.technology[docnum]) if docnum is not None else []

    def facet_values(self, facet: str) -> list[FacetValue]:
        if facet not in FACETS:
            raise QueryError(f"unknown facet {facet!r}; facets are {', '.join(FACETS)}")
        return self._facet_counts(self._state, facet, self._state.live, set())

    def stats(self) -> dict:
        state = self._state
        return {
            "total": int(state.live.sum()),
            "built": state.meta.get("built"),
            "sources": state.meta.get("sources"),
            "facets": {f: {v.value: v.count for v in self._facet_counts(state, f, state.live, set())
                           if v.count} for f in FACETS},
        }

    # --- search ---------------------------------------------------------------------------
    def search(self, query: str = "", filters: dict[str, Iterable[str]] | None = None, *, page: int = 1,
               per_page: int = 20, sort: str = "relevance", understand_query: bool = True,
               keep: Iterable[str] = (), highlight_hits: bool = True) -> SearchResult:
        started = time.perf_counter()
        state = self._state
        query = query or ""
        if len(query) > MAX_QUERY_CHARS:
            raise QueryError(f"the query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")
        if not isinstance(page, int) or page < 1:
            raise QueryError("page must be a whole number of 1 or more")
        if not isinstance(per_page, int) or not 1 <= per_page <= MAX_PER_PAGE:
            raise QueryError(f"per_page must be between 1 and {MAX_PER_PAGE}")
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}; sorts are {', '.join(SORTS)}")
        query = "".join(ch for ch in query if ch.isprintable() or ch in " \t\n")

        applied: list[AppliedFilter] = []
        selected: dict[str, set[str]] = {}
        for facet, values in (filters or {}).items():
            if facet not in FACETS:
                raise QueryError(f"unknown facet {facet!r}; facets are {', '.join(FACETS)}")
            for value in values:
                if state.table.code(facet, value) is None and value not in _FIXED_ORDER.get(facet, ()):
                    raise QueryError(f"unknown value {value!r} for facet {facet!r}")
                selected.setdefault(facet, set()).add(value)
                applied.append(AppliedFilter(facet, value, value, origin="param"))
        understood = understand(query, tuple(keep)) if understand_query else Understood(query, ())
        for f in understood.filters:
            selected.setdefault(f.facet, set()).add(f.value)
            applied.append(f)

        text = understood.text.strip()
        searcher = state.searcher()
        q = self._text_query(text) if text else None
        if q is not None:
            base = np.zeros(state.live.size, dtype=bool)
            base[np.fromiter(searcher.docs_for_query(q), dtype=np.int64)] = True
            base &= state.live
        elif text:
            base = np.zeros(state.live.size, dtype=bool)  # nothing searchable in it (🙂, *): no match
        else:
            base = state.live.copy()

        masks = {f: state.table.mask(f, vals) for f, vals in selected.items()}
        final = base.copy()
        for m in masks.values():
            final &= m
        facets = {}
        for facet in FACETS:
            domain = base
            for other, m in masks.items():
                if other != facet:
                    domain = domain & m
            facets[facet] = self._facet_counts(state, facet, domain, selected.get(facet, set()))

        total = int(final.sum())
        start = (page - 1) * per_page
        scores: dict[int, float] = {}
        results = None
        if q is not None and sort == "relevance":
            # score only as many as the page needs; the filter keeps the facet selection
            wanted = min(start + per_page, total)
            if wanted > 0:
                filter_docs = None if not masks else set(np.flatnonzero(final).tolist())
                top = searcher.search(q, limit=wanted, filter=filter_docs).top_n  # top-k, pruned
                page_docs = [docnum for _, docnum in top[start:start + per_page]]
                scores = {docnum: score for score, docnum in top}
                if page_docs and highlight_hits:  # matched terms only for the page's hits
                    results = searcher.search(q, limit=len(page_docs), filter=set(page_docs), terms=True)
            else:
                page_docs = []
        else:
            candidates = np.flatnonzero(final)
            key = state.pref_rank if sort == "prefecture" else state.rank
            page_docs = candidates[np.argsort(key[candidates], kind="stable")][start:start + per_page].tolist()
            if q is not None and page_docs and highlight_hits:
                results = searcher.search(q, limit=len(page_docs), filter=set(page_docs), terms=True)
                scores = {docnum: score for score, docnum in results.top_n}
        if results is not None:
            _with_highlighting(results)
        hits = [self._hit(state, d, scores.get(d, 0.0), results if highlight_hits else None) for d in page_docs]
        return SearchResult(query=query, text=text, total=total, page=page, per_page=per_page,
                            sort=sort, hits=hits, facets=facets, applied_filters=applied,
                            took_ms=(time.perf_counter() - started) * 1000)

    LONG_QUERY_TERMS = 8

    def _text_query(self, text: str):
        """A short query is searched word by word; a pasted description (more than
        `LONG_QUERY_TERMS` content words) by its most telling terms, as for similar cases, so a
        long text does not become a disjunction of hundreds of clauses."""
        terms = {t.text for t in self._ja(text) if getattr(t, "morph_pos", "") != "名詞,複合"}
        if len(terms) > self.LONG_QUERY_TERMS:
            return self._key_terms_query(text)
        return self._words_query(text)

    def _key_terms(self, text: str, numterms: int = 12) -> list[tuple[str, float]]:
        """The most telling terms of a text against the corpus (Bo1), with their weights."""
        key_terms = self._state.searcher().key_terms_from_text("description", text, numterms=numterms)
        return [(t, w) for t, w in key_terms if t and any(ch.isalnum() for ch in t)]

    @staticmethod
    def _weighted_query(key_terms: list[tuple[str, float]], fields: tuple[str, ...]):
        return Or([Or([Term(f, t, boost=w) for f in fields]) for t, w in key_terms], scale=0.9)

    def _key_terms_query(self, text: str):
        key_terms = self._key_terms(text)
        return self._weighted_query(key_terms, TEXT_FIELDS) if key_terms else None

    def _words_query(self, text: str):
        """Each whitespace-separated chunk, with its synonym variants, becomes a disjunction of
        its morphemes (and compounds), readings and bigrams; chunks combine with OR and a
        coordination bonus, so cases matching every part come first and partial matches stay."""
        chunks = []
        for chunk in text.split()[:64]:
            variants = {}
            for i, variant in enumerate(self.synonyms.variants(chunk)):
                q = self._variant_query(variant, boost=1.0 if i == 0 else 0.8, strict=i > 0)
                if q is not None:
                    variants.setdefault(repr(q.with_boost(1.0)), q)  # 'AI-OCR' and 'AI・OCR' are one
            if variants:
                qs = list(variants.values())
                chunks.append(qs[0] if len(qs) == 1 else Or(qs))
        if not chunks:
            return None
        if len(chunks) == 1:
            return chunks[0]
        return Or([And(chunks), Or(chunks, scale=0.9)])  # cases with every chunk score twice

    def _variant_query(self, text: str, boost: float = 1.0, strict: bool = False):
        """The user's own words match partially; a synonym swapped in must match whole (all its
        morphemes), or 地理情報システム, standing for GIS, would find every 情報システム."""
        terms = list(dict.fromkeys(t.text for t in self._ja(text)))
        if strict:
            parts = [t.text for t in self._ja(text) if getattr(t, "morph_pos", "") != "名詞,複合"]
            grams = [t.text for t in self._bigram(text)]
            alternatives = []
            if parts:
                alternatives.append(And([Or([Term(f, t) for f in TEXT_FIELDS]) for t in dict.fromkeys(parts)]))
            if grams:  # or the exact characters, inside a longer word (エクセル in エクセルファイル)
                for field in ("name_bigram", "text_bigram"):
                    alternatives.append(Phrase(field, grams) if len(grams) > 1 else Term(field, grams[0]))
            return Or(alternatives, boost=boost) if alternatives else None
        readings = list(dict.fromkeys(t.text for t in self._reading(text)))
        bigrams = list(dict.fromkeys(t.text for t in self._bigram(text)))
        clauses = [(Or([Term(f, t) for f in TEXT_FIELDS]), self._df(TEXT_FIELDS, t)) for t in terms[:48]]
        clauses += [(Term("reading", r, boost=0.5), self._df(("reading",), r)) for r in readings[:32]]
        clauses += [(Or([Term("name_bigram", b), Term("text_bigram", b)], boost=0.25),
                     self._df(("name_bigram", "text_bigram"), b)) for b in bigrams[:64]]
        clauses = [(c, df) for c, df in clauses if df > 0]
        if not clauses:
            return None
        # Common terms (in more than COMMON of the cases: システム, 業務, シス…) only add to the score
        # of cases that match a rarer term, as in Lucene's common-terms query: ranking barely
        # changes and the matcher no longer walks most of the index.
        rare = [c for c, df in clauses if df <= self.COMMON]
        common = [c for c, df in clauses if df > self.COMMON]
        if rare and common:
            return AndMaybe(Or(rare, scale=0.9), Or(common)).with_boost(boost)
        return Or(rare or common, scale=0.9, boost=boost)

    COMMON = 0.2

    def _df(self, fields: tuple[str, ...], term: str) -> float:
        """The largest share of cases any of `fields` holds `term` in."""
        searcher = self._state.searcher()
        total = max(searcher.doc_count(), 1)
        return max(searcher.doc_frequency(f, term) for f in fields) / total

    @staticmethod
    def _facet_counts(state: _State, facet: str, domain: np.ndarray, selected: set[str]) -> list[FacetValue]:
        counts = state.table.counts(facet, domain)
        fixed = _FIXED_ORDER.get(facet)
        values = list(fixed) + [v for v in counts if v not in fixed] if fixed else list(counts)
        counted = [FacetValue(v, counts.get(v, 0), v in selected) for v in values]
        if not fixed:
            counted.sort(key=lambda fv: (-fv.count, fv.value))
        return counted

    def _hit(self, state: _State, docnum: int, score: float, results) -> Hit:
        hit = Hit(state.records[docnum], score, technology=list(state.technology[docnum]))
        if results is not None:
            whoosh_hit = WhooshHit(results, docnum, score=score)
            for field in ("name", "description"):
                try:
                    fragment = whoosh_hit.highlights(field, top=2)
                except Exception:
                    fragment = ""
                if fragment and "<mark" in fragment:
                    hit.highlights[field] = fragment
        return hit

    def alternative_queries(self, text: str, limit: int = 5) -> list[str]:
        """Other ways to say `text`, swapping one word for a synonym, that do find cases: the
        "try this instead" of an empty result."""
        chunks = text.split()
        out: list[str] = []
        for i, chunk in enumerate(chunks):
            for variant in self.synonyms.variants(chunk)[1:]:
                candidate = " ".join(chunks[:i] + [variant] + chunks[i + 1:])
                if candidate not in out and self.search(candidate, per_page=1, highlight_hits=False,
                                                        understand_query=False).total:
                    out.append(candidate)
                if len(out) >= limit:
                    return out
        return out

    # --- similar cases ----------------------------------------------------------------------
    def similar(self, case_id: str | None = None, text: str | None = None, *, limit: int = 10,
                floor: float = 0.25) -> SimilarResult:
        """Cases like a given case (by id) or like a pasted description. Uses the most telling
        terms (Bo1 model) of the case or text; returns at most `limit` cases scoring at least
        `floor` × the best one, so a weak match does not drag in the whole corpus."""
        started = time.perf_counter()
        state = self._state
        searcher = state.searcher()
        if (case_id is None) == (text is None):
            raise QueryError("give either a case id or a text")
        if not 1 <= limit <= MAX_PER_PAGE:
            raise QueryError(f"limit must be between 1 and {MAX_PER_PAGE}")
        exclude = None
        if case_id is not None:
            exclude = state.by_id.get(case_id)
            if exclude is None:
                raise KeyError(case_id)
            record = state.records[exclude]
            source_text = f"{record.name} {record.name} {record.description}"
        else:
            if len(text) > MAX_QUERY_CHARS * 5:
                raise QueryError(f"the text is too long; the limit is {MAX_QUERY_CHARS * 5} characters")
            source_text = text
        key_terms = self._key_terms(source_text)
        if not key_terms:
            return SimilarResult(case_id, [], [], (time.perf_counter() - started) * 1000)
        q = self._weighted_query(key_terms, ("name", "description"))
        results = _with_highlighting(searcher.search(q, limit=limit + 1, terms=True))
        top = [(score, docnum) for score, docnum in results.top_n if docnum != exclude]
        hits = []
        if top:
            best = top[0][0]
            for score, docnum in top[:limit]:
                if score >= floor * best:
                    hits.append(self._hit(state, docnum, score, results))
        return SimilarResult(case_id, [t for t, _ in key_terms], hits, (time.perf_counter() - started) * 1000)


_FORMATTER = highlight.HtmlFormatter(tagname="mark", classname="hl", between=" … ")
_FRAGMENTER = highlight.PinpointFragmenter(maxchars=160, surround=50, autotrim=True)


def _with_highlighting(results):
    """Fragments around the matched characters, from the offsets stored in the index (fast:
    no re-analysis), formatted as escaped HTML with <mark>."""
    results.fragmenter = _FRAGMENTER
    results.formatter = _FORMATTER
    return results
