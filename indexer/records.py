"""The case record: one dataclass for all four tables of the survey."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any


class Section:
    AI_RPA = "ai_rpa"
    SHARED_SYSTEM = "shared_system"
    DIGITAL_TALENT = "digital_talent"
    ORGANIZATION = "organization"


SECTIONS: tuple[str, ...] = (
    Section.AI_RPA, Section.SHARED_SYSTEM, Section.DIGITAL_TALENT, Section.ORGANIZATION,
)

# The survey's numbered choices, as clean labels in the survey's own order (① first).
STATUSES: tuple[str, ...] = ("導入(実施)済", "導入(実施)予定", "実証中", "実証予定", "検討中")
SHARED_USE: dict[str, tuple[str, ...]] = {
    Section.AI_RPA: ("共同利用中", "共同利用可能", "共同利用不可", "その他"),
    Section.SHARED_SYSTEM: ("さらなる共同利用可能", "さらなる共同利用不可", "その他"),
}
# the shared-use answers that say a case can be taken over (in use together, or can be)
SHAREABLE: frozenset[str] = frozenset(["共同利用中", "共同利用可能", "さらなる共同利用可能"])
CATEGORIES: tuple[str, ...] = ("外部人材の登用/採用", "都道府県職員の育成", "その他")
EMPLOYMENT: tuple[str, ...] = ("常勤", "非常勤")


# The survey's tables as it names them (① …), for citing a case by table and number; a CSV
# export writes them so (調査票), and a case file read back may.
SURVEY_TABLES: dict[str, str] = {
    "ai_rpa": "① AI・RPA等による業務効率化",
    "shared_system": "② 共同利用システム",
    "digital_talent": "③-1 デジタル人材",
    "organization": "③-2 DX推進組織",
}
# each table's short name, as a page, a listing line and an export say it
SECTION_SHORT: dict[str, str] = {"ai_rpa": "AI・RPA等", "shared_system": "共同利用システム",
                                 "digital_talent": "デジタル人材", "organization": "DX推進組織"}
NO_NAME = frozenset({"", "-", "－", "―", "ー", "なし", "特になし"})  # what the survey writes where a name is not given
# columns an export adds beside the fields (search.csvexport), which a case file read back passes over
EXPORT_ONLY_HEADERS = ("技術の種類", "URL", "似ている順", "◎特に近い")
# a CSV cell starting so is a formula to Excel: an export writes it after an apostrophe
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Each field's Japanese name, as the survey's tables head their columns: the UI, the CSV export
# and every other place a person reads a field name use these.
FIELD_LABELS: dict[str, str] = {
    "id": "ID", "section": "調査票", "number": "番号", "field": "分野", "group": "区分・グループ", "name": "名称",
    "description": "内容", "status": "導入状況", "prefecture": "都道府県", "region": "地方",
    "shared_use": "共同利用・共同導入の可否", "shared_use_reason": "共同利用の可否の理由", "category": "人材の区分",
    "employment": "常勤/非常勤", "skill_area": "技術分野", "overview": "組織の概要", "source": "出典", "page": "頁",
}


@dataclass
class CaseRecord:
    """One entry of the survey. Text fields hold clean display text; ``None`` where a table has
    no such column."""

    id: str
    section: str
    number: int
    field: str | None
    group: str | None
    name: str
    description: str
    status: str
    status_order: int
    prefecture: str
    prefecture_code: int
    region: str
    shared_use: str | None = None
    shared_use_order: int | None = None
    shared_use_reason: str | None = None
    category: str | None = None
    employment: str | None = None
    skill_area: str | None = None
    overview: str | None = None
    source: str = ""
    page: int | None = None

    def __post_init__(self) -> None:
        # 区分・グループ is a table's sub-heading, or the digital-talent table's 区分: a role's group
        # is its category, so the group facet, the JSON, the CSV and a DataFrame count one set
        # (a researcher's pivot on 区分・グループ had missed the 42 roles the facet counted)
        if self.group is None and self.category:
            self.group = self.category

    @property
    def content_key(self) -> tuple[str, str, str, str]:
        """What makes two rows the same entry written twice (the survey repeats a few): table,
        name, description and prefecture."""
        return (self.section, self.name, self.description, self.prefecture)

    def to_dict(self) -> dict[str, Any]:
        """Every field by name: the JSON Lines record of `dxsearch parse`."""
        # every field is a str, int or None: a shallow copy (dataclasses.asdict deep-copies, ~10× slower)
        return {name: getattr(self, name) for name in _FIELD_NAMES}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CaseRecord":
        """The record of a `to_dict` (keys it does not know are ignored)."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def make_id(section: str, number: int, prefix: str = "") -> str:
    """`ai_rpa-001`: a survey row's id is its table and printed number. A prefix marks a second
    survey given in the same build (`s1a2b3c4d.ai_rpa-001`)."""
    base = f"{section}-{number:03d}"
    return f"{prefix}.{base}" if prefix else base


# A declared id in a case file: URL-safe, starting with a letter or digit.
DECLARED_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]{0,79}")


def case_file_id(section: str, number: int, name: str, prefecture: str) -> str:
    """The id of a case-file row that declares none: its table and number, and a digest of its
    name and prefecture (`ai_rpa-001-3fa9c2d1`). It depends on nothing about the file, so it
    survives renaming the file and adding or removing other sources; it differs from every survey
    id, and two files numbering their rows from 1 do not collide."""
    digest = hashlib.blake2b(f"{section}\x00{number}\x00{name}\x00{prefecture}".encode("utf-8"),
                             digest_size=4).hexdigest()
    return f"{make_id(section, number)}-{digest}"


_FIELD_NAMES = tuple(f.name for f in fields(CaseRecord))


def case_title(case: CaseRecord | Mapping[str, Any]) -> str:
    """A case's name as a link, a heading or a listing line says it: the survey's own, or where
    it gives none (a 「-」 or 「特になし」 in the name column) 名称の記載なし with the table and number,
    so that no link reads 「-」 and the CLI and the pages name a case alike (a trial found
    digital_talent-015 「特になし」 in one and 「名称の記載なし(デジタル人材 15)」 in the other)."""
    get = case.get if isinstance(case, Mapping) else (lambda key: getattr(case, key, None))
    name = get("name") or ""
    if name.strip() not in NO_NAME:
        return name
    section = get("section") or ""
    return f"名称の記載なし({SECTION_SHORT.get(section, section)} {get('number')})"
