"""Whom to ask about a case: the survey names no section or contact per case, so a case's page
names its prefecture's DX organisations. Those promoting the local industry (情報通信関連産業の
育成・誘致, 県内企業への助言) come after the others: a trial found 香川県's industry-promotion office
named first on an internal 通勤手当 RPA case, whose likely contacts are 情報政策課 and the 庁内連絡会議."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..indexer.records import CaseRecord

# what an organisation working for the local industry says of its work…
_INDUSTRY = re.compile(r"企業|産業|事業者|誘致|中小|ものづくり|起業|スタートアップ")
# …and one working on the government's own offices (which may also run events for companies: かがわ
# 情報化推進協議会, whose staff are 情報政策課's)
_OWN_OFFICES = re.compile(r"庁内|全庁|情報政策|情報システム|行政の?情報化|行政のデジタル|業務改革|業務の?効率化"
                          r"|各?部局|所属|電子自治体|県庁")


def serves_industry(record: CaseRecord) -> bool:
    """Whether a DX organisation works for the local industry, not on the government's own offices."""
    said = " ".join(t for t in (record.name, record.description, record.overview) if t)
    return bool(_INDUSTRY.search(said)) and not _OWN_OFFICES.search(said)


def whom_to_ask(organisations: Iterable[CaseRecord]) -> list[CaseRecord]:
    """The organisations to name on a case's page: those working for the local industry last, each
    group in the order given."""
    return sorted(organisations, key=serves_industry)
