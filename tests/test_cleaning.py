"""The display-text pipeline, step by step."""

from __future__ import annotations

import pytest

from dxsearch.indexer.cleaning import (
    clean_cell, collapse_whitespace, drop_layout_spaces, join_spaced_letters, join_wrapped_lines,
    label_number, normalize_compat, strip_markup,
)


def test_strip_markup_turns_an_unbulleted_list_into_items():
    raw = '<ul style="list-style-type: none"> 申請者のデータ入力 申請者の登録番号の管理 '
    assert collapse_whitespace(strip_markup(raw)) == "・申請者のデータ入力 ・申請者の登録番号の管理"


def test_strip_markup_keeps_bulleted_items_whole():
    raw = '<ul> ・R2年度から大牟田市の保健所権限が県に移管 ・今後も増える可能性あり。(現在予定はない) '
    assert collapse_whitespace(strip_markup(raw)) == \
        "・R2年度から大牟田市の保健所権限が県に移管 ・今後も増える可能性あり。(現在予定はない)"


def test_strip_markup_li_items_and_entities():
    raw = "手順<ul><li>受付 &amp; 確認</li><li>登録</li></ul>"
    assert collapse_whitespace(strip_markup(raw)) == "手順 ・受付 & 確認 ・登録"


def test_plain_text_passes_markup_step_untouched():
    assert strip_markup("AI-OCRを活用") == "AI-OCRを活用"


@pytest.mark.parametrize("raw, expected", [
    ("\u2f3f続", "手続"),              # Kangxi radical HAND → 手
    ("\u2ed1期", "長期"),              # CJK radical supplement look-alike → 長
    ("ＡＩ－ＯＣＲ", "AI-OCR"),         # full-width Latin
    ("ｶﾀｶﾅ", "カタカナ"),              # half-width kana
    ("（実施）", "(実施)"),
    ("①導入", "①導入"),               # circled numbers stay as printed
])
def test_normalize_compat(raw, expected):
    assert normalize_compat(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("A I - O C R を活用", "AI-OCR を活用"),
    ("I T 戦略", "IT 戦略"),
    ("専用回線(L GWAN)で", "専用回線(LGWAN)で"),
    ("(導入市町村数:2 1 / 4 5)", "(導入市町村数:21/45)"),
    ("Code for OSAKA", "Code for OSAKA"),         # ordinary words are left alone
    ("RPA 県立学校69校", "RPA 県立学校69校"),
])
def test_join_spaced_letters(raw, expected):
    assert join_spaced_letters(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("管理するために 行っていた", "管理するために行っていた"),
    ("RPA 県立学校", "RPA 県立学校"),               # a leading technology label is a word of its own…
    ("R 県立学校", "R県立学校"),
    ("チャットボット 県税業務", "チャットボット 県税業務"),
    ("AI がオペレータ", "AIがオペレータ"),              # …not a subject before its particle
    ("業務の RPA 化", "業務のRPA化"),                  # …nor a word within the text
    ("Code for OSAKA等", "Code for OSAKA等"),
    ("データは、 ・メッシュ", "データは、 ・メッシュ"),   # a list item keeps its space
    ("4班、25名 ※課長", "4班、25名 ※課長"),
    ("・ LGWAN系", "・LGWAN系"),
])
def test_drop_layout_spaces(raw, expected):
    assert drop_layout_spaces(raw) == expected


def test_clean_cell_whole_pipeline():
    assert clean_cell("  A I - O C R を活用して、 C S V ファイルに出力  ") == "AI-OCRを活用して、CSVファイルに出力"
    assert clean_cell(None) == ""
    assert clean_cell("") == ""


@pytest.mark.parametrize("lines, expected", [
    (["会議録の作成に係る負担", "を軽減。"], "会議録の作成に係る負担を軽減。"),
    (["Code for", "OSAKA等"], "Code for OSAKA等"),
    (["RPA", "によって"], "RPAによって"),
    (["次の業務", "・受付", "・登録"], "次の業務 ・受付 ・登録"),
    (["北海", "道"], "北海道"),
    (["", " 北 ", "海", "道 "], "北海道"),
])
def test_join_wrapped_lines(lines, expected):
    assert join_wrapped_lines(lines) == expected


@pytest.mark.parametrize("text", [
    "電子申請で受け付けた税額照会の情報をRPAで自動化。LGWAN-ASPを利用 ・次の項目 Code for OSAKA等",
    "4班、25名 ※課長、副課長2名含む",
])
def test_wrapping_anywhere_allowed_then_joining_gives_back_the_clean_text(text):
    # A line may break at a space, between Japanese characters, or between Japanese and Latin;
    # never inside a Latin word, and never before a `・` that is not an item (kinsoku).
    clean = clean_cell(text)
    for cut in range(1, len(clean)):
        a, b = clean[:cut], clean[cut:]
        if a[-1].isascii() and b[0].isascii() and a[-1] != " " and b[0] != " ":
            continue  # inside a Latin word
        if b.lstrip()[:1] == "・" and not a.endswith(" "):
            continue
        assert clean_cell(join_wrapped_lines([a, b])) == clean, (a, b)


@pytest.mark.parametrize("raw, expected", [
    ("①導入(実施)済", (1, "導入(実施)済")),
    ("①導入（実施） 済", (1, "導入(実施)済")),
    ("③共同利用不可", (3, "共同利用不可")),
    ("⑤検討中", (5, "検討中")),
    ("実証中", (None, "実証中")),
])
def test_label_number(raw, expected):
    assert label_number(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # the items of a numbered list written inline keep their spaces (支払3県立 read as a quantity)
    ("[業務] 1精神保健業務 2非常勤講師の報酬支払 3県立図書館の調査 4各学校の報告",
     "[業務] 1精神保健業務 2非常勤講師の報酬支払 3県立図書館の調査 4各学校の報告"),
    ("手順 1受付 2審査 3通知", "手順 1受付 2審査 3通知"),
    ("1受付 2審査", "1受付2審査"),  # two are no list
    ("グループ 7名 市町村連携", "グループ7名市町村連携"),  # a count, not an item
    ("令和 2年度に 3件 導入", "令和2年度に3件導入"),
    ("候補 1東京 1大阪 2京都 3奈良", "候補1東京 1大阪 2京都 3奈良"),  # the run that counts up
])
def test_a_numbered_list_keeps_its_item_spaces(raw, expected):
    assert drop_layout_spaces(raw) == expected


def test_the_survey_s_numbered_list_reads_as_one(survey):
    """ai_rpa-051 lists ten tasks numbered 1 to 10 (a new-user trial read 報酬支払3県立 in the CSV)."""
    record = next(r for r in survey.records if r.id == "ai_rpa-051")
    assert " 2非常勤講師の報酬支払 3県立図書館との重複資料調査 4各学校" in record.description
    assert " 10特殊旅費" in record.description
