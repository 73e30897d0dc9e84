"""Japanese labels for the UI."""

from __future__ import annotations

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
FIELD_LABELS = {
    "id": "ID", "section": "調査票", "number": "番号", "field": "分野", "group": "区分・グループ", "name": "名称",
    "description": "内容", "status": "導入状況", "prefecture": "都道府県", "region": "地方",
    "shared_use": "共同利用・共同導入の可否", "shared_use_reason": "理由", "category": "区分",
    "employment": "常勤/非常勤", "skill_area": "技術分野", "overview": "組織の概要", "source": "出典", "page": "頁",
}


def value_label(facet: str, value: str) -> str:
    if facet == "section":
        return SECTION_SHORT.get(value, value)
    return value
