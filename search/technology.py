"""Technology tags derived from a case's text, for the `technology` facet.

Each tag has one documented rule: a regular expression over the case's name, description and
(for table ③) skill area and overview, after the record's own cleaning (NFKC, so `ＡＩ` is `AI`).
A case can carry several tags (an AI-OCR + RPA case is both).

Not the reason for shared use: it speaks of the software a prefecture runs, not of the task. Three
of 鹿児島県's RPA cases give 導入予定のAI-OCR, RPAソフトウェアは県庁LAN内での利用を想定しているため as
theirs, and enter data by RPA alone; the word AI-OCR still finds them (it is in their text), the
facet does not count them.
"""

from __future__ import annotations

import re

from ..indexer.records import CaseRecord

# tag → rule; order is the facet's display order
RULES: dict[str, re.Pattern[str]] = {
    "AI": re.compile(r"(?<![A-Za-z])AI(?![A-Za-z])(?![-・]?OCR)|人工知能|機械学習|ディープラーニング"),
    "RPA": re.compile(r"RPA|ロボティック|WinActor|UiPath", re.IGNORECASE),
    "AI-OCR": re.compile(r"OCR", re.IGNORECASE),
    # 24時間365日AIが自動応答する (奈良県's FAQ answered by AI): a chatbot by another name
    "チャットボット": re.compile(r"チャットボット|chat ?bot|自動応答", re.IGNORECASE),
    # speech recognition also where minutes are made by AI or automatically (AIを搭載したシステムにより議事録の
    # 作成を自動化, 録音した会議内容から自動で会議録を作成): a briefing on speech-to-text missed 徳島県's
    "音声認識": re.compile(r"音声認識|音声データ|音声変換|音声.{0,10}テキスト|文字起こし|文字おこし|テープ起こし|テープおこし|"
                       r"議事録作成支援|会議録作成支援|録音|(?:AI|自動)[^。]{0,20}(?:議事録|会議録)|(?:議事録|会議録)[^。]{0,12}(?:自動|AI)"),
    "機械翻訳": re.compile(r"翻訳"),
    "FAQ": re.compile(r"FAQ|よくある(?:質問|問い?合わ?せ)"),
    # a map the system draws or shares (地図情報, デジタル地図, 地図上の作図), not a map program a robot
    # reads a commuting distance from (ゼンリン電子地図帳, 地図ソフト): a search for GIS listed those
    "GIS": re.compile(r"GIS|地理情報|マッピング|地図情報|デジタル地図|高精度地図|地図上"),
    "クラウド": re.compile(r"クラウド|SaaS|ASP", re.IGNORECASE),
    "電子申請": re.compile(r"電子申請|オンライン申請|申請.{0,4}オンライン化"),
    "Web会議": re.compile(r"(?:Web|ウェブ|オンライン|TV|テレビ)会議", re.IGNORECASE),
    "IoT": re.compile(r"IoT", re.IGNORECASE),
    "5G": re.compile(r"(?<![0-9])5G"),
    "ドローン": re.compile(r"ドローン"),
    "オープンデータ": re.compile(r"オープンデータ"),
    "データ活用": re.compile(r"ビッグデータ|データ(?:活用|利活用|分析|連携)"),
    "セキュリティ": re.compile(r"セキュリティ"),
    "Excelマクロ": re.compile(r"マクロ"),
}
TAGS: tuple[str, ...] = tuple(RULES)
TECHNOLOGY_FACET = "technology"
_TAG_BY_NAME = {tag.lower(): tag for tag in TAGS}
RPA_TAG = "RPA"  # the table's default automation: what an AI・RPA case naming no technology may use


def named_tag(word: str) -> str | None:
    """The tag a query word names (音声認識, gis), whose cases it matches as well as its own: the
    cases making minutes by AI that never write 音声認識 carry the tag, and a search for the word
    or without it (議事録 -音声認識) is the same set the facet shows."""
    return _TAG_BY_NAME.get(word.lower())


def tag_text(text: str) -> list[str]:
    return [tag for tag, rule in RULES.items() if rule.search(text)]


# a technology a pasted text describes without naming it: パソコンの操作を覚えさせて…自動でやらせたい is a
# software robot (a trial's text put a helpdesk for PC questions first, by パソコン and 操作)
DESCRIBED: dict[str, re.Pattern[str]] = {
    "RPA": re.compile(r"操作を(?:覚え|記録|記憶)(?:させ|込ませ)"),
    # …AIのチャットで答えたい: a chatbot (not a chat between people: チャットで相談を受ける)
    "チャットボット": re.compile(r"(?:AI|自動)の?チャット|チャットで自動"),
    # 地図で管理したい, 地図の上にまとめて: a map kept and shared, which the GIS cases are; not a map
    # looked up (地図で道のりを調べて, 地図で測って: a program a robot reads distances from, no GIS)
    "GIS": re.compile(r"地図(?!で(?:確認|調べ|測|計|検索|見))"),
}


def named_in_text(text: str) -> list[str]:
    """The technologies a pasted text names (`tag_text`) or describes (`DESCRIBED`), in facet order."""
    named = set(tag_text(text)) | {tag for tag, rule in DESCRIBED.items() if rule.search(text)}
    return [tag for tag in TAGS if tag in named]


def technology_tags(record: CaseRecord) -> list[str]:
    text = " ".join(t for t in _tagged_fields(record) if t)
    return tag_text(text)


def _tagged_fields(record: CaseRecord) -> tuple[str | None, ...]:
    return record.name, record.description, record.skill_area, record.overview


def where_tagged(record: CaseRecord, tag: str) -> tuple[str, tuple[int, int]] | None:
    """The field text a case's `tag` was read from and the stretch of it the tag's rule found
    (福岡県森林地理情報クラウドシステム, 地理情報 for GIS): why a case holding none of a query's words
    matched its technology word. None when the rule found it only across two fields."""
    for text in _tagged_fields(record):
        found = RULES[tag].search(text) if text else None
        if text and found:
            return text, found.span()
    return None
