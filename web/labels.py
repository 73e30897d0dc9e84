"""Japanese labels for the UI."""

from __future__ import annotations

from ..indexer.records import FIELD_LABELS

__all__ = ["FACET_LABELS", "FIELD_LABELS", "SECTION_LABELS", "SECTION_SHORT", "SORT_LABELS", "value_label"]

FACET_LABELS = {
    "section": "調査票", "prefecture": "都道府県", "region": "地方", "field": "分野", "group": "区分・グループ",
    "status": "導入状況", "shared_use": "共同利用", "technology": "技術", "source": "出典",
}
SECTION_LABELS = {
    "ai_rpa": "① AI・RPA等による業務効率化",
    "shared_system": "② 共同利用システム",
    "digital_talent": "③-1 デジタル人材",
    "organization": "③-2 DX推進組織",
}
SECTION_SHORT = {"ai_rpa": "AI・RPA等", "shared_system": "共同利用システム", "digital_talent": "デジタル人材",
                 "organization": "DX推進組織"}
SORT_LABELS = {"relevance": "関連度順", "prefecture": "都道府県順", "number": "調査票・番号順"}
def value_label(facet: str, value: str) -> str:
    if facet == "section":
        return SECTION_SHORT.get(value, value)
    return value
