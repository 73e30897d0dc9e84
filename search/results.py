"""What the search library returns: dataclasses that convert to JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..indexer.records import CaseRecord

from .understand import AppliedFilter


@dataclass
class Hit:
    record: CaseRecord
    score: float
    highlights: dict[str, str] = field(default_factory=dict)  # field → HTML fragment, escaped, <mark>
    technology: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = self.record.to_dict()
        out["score"] = round(self.score, 4)
        out["technology"] = self.technology
        out["highlights"] = self.highlights
        return out


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResult:
    query: str
    text: str  # what was searched as text after query understanding
    total: int
    page: int
    per_page: int
    sort: str
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    applied_filters: list[AppliedFilter]
    took_ms: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query, "text": self.text, "total": self.total, "page": self.page,
            "per_page": self.per_page, "sort": self.sort, "took_ms": round(self.took_ms, 2),
            "hits": [h.to_dict() for h in self.hits],
            "facets": {k: [v.to_dict() for v in vs] for k, vs in self.facets.items()},
            "applied_filters": [f.to_dict() for f in self.applied_filters],
        }


@dataclass
class SimilarResult:
    source_id: str | None
    key_terms: list[str]
    hits: list[Hit]
    took_ms: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.source_id, "key_terms": self.key_terms, "took_ms": round(self.took_ms, 2),
                "hits": [h.to_dict() for h in self.hits]}
