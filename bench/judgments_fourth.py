"""A fourth batch of dev queries: questions as staff type them ("which prefectures use X?",
"show me X's cases"), written and graded by rules before any engine was run on them; all dev.

A new-user trial typed such questions and got a task-description ranking with no RPA case among
13 (RPAを使っている都道府県), or 0 cases (北海道の事例). These are other questions of the same
forms, not the trial's own.
"""
from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    CHATBOT,
    DRONE,
    E_APPLICATION,
    OCR,
    RPA,
    TRIAL,
    Judged,
    graded,
    katakana_word,
    meeting_minutes,
    mentions,
    named,
    pref,
    region,
    says,
    shared_system,
    status,
    word,
)


def every(test):
    """Every case the place or status holds is what was asked for."""
    return graded(test, lambda r: False)


def minutes_by_ai(r) -> int:
    """議事録 made with AI (or speech recognition): 2; any minutes case: 1."""
    minutes = meeting_minutes(r)
    return 2 if minutes and says(r"(?<![A-Za-z])AI(?![-・]?OCR)|人工知能|音声認識")(r) else min(minutes, 1)


FOURTH: list[Judged] = [
    Judged("particle", "AI-OCRを使っている都道府県", mentions(OCR), "dev"),
    Judged("particle", "電子申請システムを導入している自治体を知りたい",
           graded(lambda r: shared_system(r) and named(E_APPLICATION)(r), says(E_APPLICATION)), "dev"),
    Judged("particle", "ドローンを活用している県", graded(says(DRONE), says("航空写真|空中写真|航空測量")), "dev"),
    Judged("particle", "オープンデータに取り組んでいる都道府県", mentions("オープンデータ"), "dev"),
    Judged("particle", "チャットボットの導入事例を探している", graded(says(CHATBOT), says(AUTO_ANSWER)), "dev"),
    Judged("particle", "RPAを使っている県はどこですか", mentions(RPA), "dev"),
    Judged("particle", "議事録の作成にAIを使っている自治体", minutes_by_ai, "dev"),
    Judged("filter", "香川県の事例を教えて", every(pref("香川県")), "dev"),
    Judged("filter", "京都府の取組", every(pref("京都府")), "dev"),
    Judged("filter", "九州の事例一覧", every(region("九州")), "dev"),
    Judged("filter", "実証中の事例を教えて", every(status(TRIAL)), "dev"),
    Judged("absent", "ブロックチェーンを使っている自治体", word(katakana_word("ブロックチェーン")), "dev"),
    Judged("absent", "テレワークを導入している都道府県", word(katakana_word("テレワーク")), "dev"),
]
