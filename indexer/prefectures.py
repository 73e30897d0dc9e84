"""The 47 prefectures in JIS X 0401 code order, with the eight-region grouping used in Japan.

The survey names every prefecture in full (北海道, 青森県, 東京都, 京都府 …); the JIS code gives the
customary sort order and the region gives a coarser facet.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Prefecture:
    code: int  # JIS X 0401
    name: str
    region: str


REGIONS: tuple[str, ...] = ("北海道", "東北", "関東", "中部", "近畿", "中国", "四国", "九州")

_TABLE: tuple[tuple[str, str], ...] = (
    ("北海道", "北海道"),
    ("青森県", "東北"), ("岩手県", "東北"), ("宮城県", "東北"), ("秋田県", "東北"),
    ("山形県", "東北"), ("福島県", "東北"),
    ("茨城県", "関東"), ("栃木県", "関東"), ("群馬県", "関東"), ("埼玉県", "関東"),
    ("千葉県", "関東"), ("東京都", "関東"), ("神奈川県", "関東"),
    ("新潟県", "中部"), ("富山県", "中部"), ("石川県", "中部"), ("福井県", "中部"),
    ("山梨県", "中部"), ("長野県", "中部"), ("岐阜県", "中部"), ("静岡県", "中部"), ("愛知県", "中部"),
    ("三重県", "近畿"), ("滋賀県", "近畿"), ("京都府", "近畿"), ("大阪府", "近畿"),
    ("兵庫県", "近畿"), ("奈良県", "近畿"), ("和歌山県", "近畿"),
    ("鳥取県", "中国"), ("島根県", "中国"), ("岡山県", "中国"), ("広島県", "中国"), ("山口県", "中国"),
    ("徳島県", "四国"), ("香川県", "四国"), ("愛媛県", "四国"), ("高知県", "四国"),
    ("福岡県", "九州"), ("佐賀県", "九州"), ("長崎県", "九州"), ("熊本県", "九州"),
    ("大分県", "九州"), ("宮崎県", "九州"), ("鹿児島県", "九州"), ("沖縄県", "九州"),
)

PREFECTURES: tuple[Prefecture, ...] = tuple(
    Prefecture(code=i, name=name, region=region) for i, (name, region) in enumerate(_TABLE, start=1)
)
BY_NAME: dict[str, Prefecture] = {p.name: p for p in PREFECTURES}


def lookup(name: str) -> Prefecture | None:
    """Find a prefecture by its full name, ignoring any whitespace inside it.

    A narrow PDF column prints a prefecture one or two characters per line, so `北海 道` must
    still be 北海道.
    """
    return BY_NAME.get("".join(name.split()))


def split_trailing_prefecture(text: str) -> tuple[str, Prefecture] | None:
    """Split `… 北海道` into the text before and the prefecture, when a cell holds both."""
    stripped = text.rstrip()
    head, sep, tail = stripped.rpartition(" ")
    if not sep:
        return None
    pref = lookup(tail)
    if pref is None:
        return None
    return head.rstrip(), pref
