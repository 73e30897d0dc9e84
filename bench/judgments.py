"""The judged query set for bench/relevance.py: 32 queries in four kinds with graded relevance.

Judgments are written as explicit rules over a record's own text (what a reader checks when
deciding whether a case answers the query), plus the survey's own grouping for meeting minutes;
they never look at what any engine returns. Grade 2: the case is what was asked for; grade 1: it
is related (mentions the thing, or matches only part of the request).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from dxsearch.indexer.records import CaseRecord

MEETING_GROUP = {f"ai_rpa-{i:03d}" for i in range(1, 24)} | {"ai_rpa-198"}  # 198: 議事録作成業務, filed under その他


def text(r: CaseRecord) -> str:
    return " ".join(t for t in (r.name, r.description, r.skill_area, r.overview) if t)


def has(pattern: str, where: str) -> bool:
    return re.search(pattern, where, re.IGNORECASE) is not None


Judge = Callable[[CaseRecord], int]


def graded(strong: Callable[[CaseRecord], bool], weak: Callable[[CaseRecord], bool]) -> Judge:
    return lambda r: 2 if strong(r) else 1 if weak(r) else 0


def meeting_minutes(r: CaseRecord) -> int:
    if r.id in MEETING_GROUP:
        return 2
    return 1 if has(r"議事録|会議録|文字起こし|文字おこし|テープ起こし", text(r)) else 0


def mentions(pattern: str) -> Judge:
    """2 when the case's name says it, 1 when only its description does."""
    return graded(lambda r: has(pattern, r.name), lambda r: has(pattern, text(r)))


INQUIRY = r"問合せ|問い合わせ|問い合せ|問合わせ"
OCR = r"OCR"
WEB_MEETING = r"Web会議|ウェブ会議|オンライン会議|TV会議|テレビ会議"


@dataclass(frozen=True)
class Judged:
    kind: str
    query: str
    judge: Judge


QUERIES: list[Judged] = [
    # short keywords
    Judged("short", "会議録", meeting_minutes),
    Judged("short", "RPA 通勤手当", graded(lambda r: has("通勤", text(r)) and has("RPA", text(r)),
                                         lambda r: has("通勤", text(r)))),
    Judged("short", "AI-OCR", mentions(OCR)),
    Judged("short", "チャットボット", mentions("チャットボット")),
    Judged("short", "電子申請", mentions("電子申請")),
    Judged("short", "施設予約", graded(lambda r: has("施設予約|施設.*予約", r.name), lambda r: has("予約", text(r)))),
    Judged("short", "情報セキュリティクラウド", graded(lambda r: has("セキュリティクラウド", r.name),
                                                lambda r: has("セキュリティ", text(r)))),
    Judged("short", "GIS", graded(lambda r: has("GIS", r.name), lambda r: has("GIS|地理情報|マッピング", text(r)))),
    Judged("short", "児童手当", mentions("児童手当")),
    Judged("short", "ふるさと納税", mentions("ふるさと納税")),
    # notation variants
    Judged("variant", "議事録", meeting_minutes),
    Judged("variant", "テープ起こし", meeting_minutes),
    Judged("variant", "文字おこし", meeting_minutes),
    Judged("variant", "問い合わせ", mentions(INQUIRY)),
    Judged("variant", "問合せ対応", mentions(INQUIRY)),
    Judged("variant", "ＡＩ－ＯＣＲ", mentions(OCR)),
    Judged("variant", "ウェブ会議", mentions(WEB_MEETING)),
    Judged("variant", "エクセル転記", graded(lambda r: has("エクセル|Excel", text(r)) and has("転記", text(r)),
                                          lambda r: has("エクセル|Excel", text(r)))),
    # natural-language task descriptions
    Judged("natural", "会議の録音から自動で議事録を作りたい", meeting_minutes),
    Judged("natural", "職員の通勤手当の認定で、通勤経路や距離を地図で確認する作業を効率化したい",
           graded(lambda r: has("通勤", text(r)) and has("認定|経路|距離|地図", text(r)),
                  lambda r: has("通勤", text(r)))),
    Judged("natural", "紙の申請書を読み取って業務システムに入力する作業を自動化したい",
           graded(lambda r: has(OCR, text(r)) and has("申請書", text(r)), lambda r: has(OCR, text(r)))),
    Judged("natural", "住民からのよくある問い合わせに24時間自動で回答したい",
           graded(lambda r: has("チャットボット|FAQ", text(r)) and has(INQUIRY + "|質問|相談", text(r)),
                  lambda r: has("チャットボット|FAQ|自動応答", text(r)))),
    Judged("natural", "県と市町村が共同で使える電子申請の仕組み",
           graded(lambda r: r.section == "shared_system" and has("電子申請", r.name),
                  lambda r: has("電子申請", text(r)))),
    Judged("natural", "窓口で外国人と話すために翻訳を使いたい",
           graded(lambda r: has("翻訳", text(r)), lambda r: has("外国", text(r)))),
    Judged("natural", "市町村からメールで届く添付ファイルを保存して集計する作業",
           graded(lambda r: has("添付", text(r)) and has("保存|集計", text(r)), lambda r: has("メール", text(r)))),
    Judged("natural", "デジタル化を進めるために民間から外部人材を採用したい",
           graded(lambda r: r.section == "digital_talent" and r.category == "外部人材の登用/採用",
                  lambda r: r.section == "digital_talent")),
    # with prefecture, region, status or shared-use words
    Judged("filter", "三重県 RPA", graded(lambda r: r.prefecture == "三重県" and has("RPA", text(r)),
                                        lambda r: r.prefecture == "三重県" and r.section == "ai_rpa")),
    Judged("filter", "香川県 AI-OCR", graded(lambda r: r.prefecture == "香川県" and has(OCR, text(r)),
                                           lambda r: r.prefecture == "香川県" and r.section == "ai_rpa")),
    Judged("filter", "九州 チャットボット", graded(lambda r: r.region == "九州" and has("チャットボット", text(r)),
                                             lambda r: r.region == "九州" and has("AI|FAQ", text(r)))),
    Judged("filter", "実証中 AI", graded(lambda r: r.status == "実証中" and has(r"(?<![A-Za-z])AI(?![-・]?OCR)", text(r)),
                                       lambda r: r.status == "実証中")),
    Judged("filter", "東京都 チャットボット", graded(lambda r: r.prefecture == "東京都" and has("チャットボット", text(r)),
                                              lambda r: r.prefecture == "東京都" and has("AI", text(r)))),
    Judged("filter", "共同利用可能 RPA", graded(lambda r: r.shared_use == "共同利用可能" and has("RPA", text(r)),
                                            lambda r: r.shared_use == "共同利用可能")),
]
KINDS = ("short", "variant", "natural", "filter")
