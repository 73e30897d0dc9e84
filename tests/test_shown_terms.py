"""Key terms as pages show them: never a piece of a word cut at a morpheme inside it."""

from __future__ import annotations

import pytest

from dxsearch.search.shown_terms import as_written, ends_inside_a_word, is_piece_of_a_word, listed_apart, outermost, shown


@pytest.mark.parametrize("term, said, piece", [
    ("録作成", "議事録作成支援システム", True),       # 録 ends 議事録
    ("化推進", "高度情報化推進本部", True),
    ("県高度", "鹿児島県高度情報化推進本部", True),
    ("作成支援", "議事録作成支援システム", False),    # starts where a word starts
    ("再認定", "通勤手当再認定", False),              # 再 is a prefix: it starts its word
    ("県hp", "県hpの更新作業", False),               # at the start of the text
    ("録作成", "会議の録作成と、議事録作成", False),  # said once as a word of its own
    ("会議録", "議事録の作成", False),                # not said: a synonym, shown as added
])
def test_a_term_starting_inside_a_word_is_a_piece(term, said, piece):
    assert is_piece_of_a_word(term, said) is piece


def test_shown_terms_keep_their_order_and_say_which_the_text_says():
    terms = ["議事録作成支援システム", "録作成", "作成支援", "会議録", "gis"]
    assert shown(terms, "議事録作成支援システムとGIS", {"会議録": "会議録"}) == [
        ("議事録作成支援システム", True), ("作成支援", True), ("会議録", False), ("GIS", True)]
    assert as_written("web会議", "議事録", {"web会議": "Web会議"}) == "Web会議"


def test_a_case_s_key_terms_on_its_page_hold_no_piece_of_a_word(index):
    result = index.similar("ai_rpa-007")
    assert "録作成" not in result.key_terms  # 議事録作成支援システム: 議事 + 録 + 作成 + 支援 + システム
    assert {"議事録", "作成支援", "議事録作成支援システム"} <= set(result.key_terms)



def test_a_case_s_key_terms_its_name_says_come_first(index):
    """A trial's 通勤手当認定業務 page listed 計測 (said twice in its description, and rare) before
    通勤手当: the terms its name says lead, each group in the order of weight."""
    from dxsearch.search.analysis import normalize

    for case_id in ("ai_rpa-173", "ai_rpa-007", "digital_talent-001", "shared_system-010"):
        terms = index.similar(case_id).key_terms
        name = normalize(index.get(case_id).name).lower()
        in_name = [t.lower() in name for t in terms]
        assert in_name == sorted(in_name, reverse=True) and in_name[0], (case_id, terms)
    terms = index.similar("ai_rpa-173").key_terms
    assert terms.index("通勤手当") < terms.index("計測")


def test_a_verb_the_text_writes_only_inside_a_word_is_not_shown(index):
    """合わせる (of 問い合わせ) and 申込む (of 申込書) were among the words a search's related cases
    were found by (a trial read 「…問合せ対応、合わせるなど」); they rank, and are not shown."""
    from dxsearch.search.shown_terms import a_verb_of_a_piece

    assert a_verb_of_a_piece("合わせる", "県税の問い合わせに答える", ["問い合わせ", "合わせる"])
    assert not a_verb_of_a_piece("合わせる", "日程を合わせる", ["合わせる"])  # said itself
    assert not a_verb_of_a_piece("合わせる", "問い合わせと日程を合わせ、", ["問い合わせ", "合わせる"])  # also alone
    assert not a_verb_of_a_piece("問い合わせ", "問い合わせ", ["問い合わせ"])
    for query, piece in (("チャットボット 観光", "合わせる"), ("ふるさと納税", "申込む")):
        related = index.search(query).related
        assert related is not None and related.terms and piece not in related.terms, (query, related.terms)


def test_reading_a_clause_shows_what_reading_the_whole_text_shows(index):
    """`bound_at` reads only the clause around a term (a case's whole text took most of a
    similar-cases call). Janome cuts a few particles differently without their context (に of
    作成に当たり: 12 of 26,110 positions), never where a key term starts: over every case of the
    survey, the key terms shown are those the whole text's analysis shows."""
    from dxsearch.search.analysis import normalize
    from dxsearch.search.shown_terms import bound_characters, is_piece_of_a_word

    state = index._state
    compared = 0
    for record in index.iter_records():
        docnum = state.by_id[record.id]
        terms = [k.term for k in index._case_key_terms(state, docnum)]
        said = normalize(state.case_text(docnum)).lower()
        whole = bound_characters(said)
        by_text = [t for t in terms if not is_piece_of_a_word(t, said, lambda at: at in whole)]
        assert [t for t in terms if not is_piece_of_a_word(t, said)] == by_text, record.id
        compared += len(terms) - len(by_text)
    assert compared > 100  # pieces of words there were, and both found the same


def test_a_katakana_term_is_shown_with_the_long_vowel_the_text_writes(index):
    """The index cuts a katakana word's final ー (マイナンバー and マイナンバ are one term): shown
    so, a key term read マイナンバ, ポスタ. It is shown as the text writes it; a text writing サーバ
    keeps サーバ."""
    assert as_written("マイナンバ", "マイナンバーで国と情報をやりとりしたい", {}) == "マイナンバー"
    assert as_written("サーバ", "サーバの保守", {}) == "サーバ"
    result = index.search("選挙のあと候補者のポスター代の請求書が紙で届き、打ち込みに追われている")
    assert "ポスター" in result.key_terms and "ポスタ" not in result.key_terms
    assert "ポスター" not in result.added_terms


def test_a_katakana_term_the_text_does_not_write_is_shown_as_the_word_lists_write_it(index):
    """推進役 (in no case) is read as the plain words' 推進員 and リーダー: the term リーダ was shown
    cut. A term the text does not write is shown as the word lists write it; a text writing the
    term itself keeps it."""
    assert as_written("リーダ", "推進役を置きたい", {"リーダー": "リーダー"}) == "リーダー"
    assert as_written("リーダ", "リーダの育成", {"リーダー": "リーダー"}) == "リーダ"
    result = index.search("各課に一人ずつデジタル化の推進役を置いて、現場の業務にICTを取り入れていきたい")
    assert "リーダー" in result.key_terms and "リーダ" not in result.key_terms
    assert {"リーダー", "推進員"} <= set(result.added_terms)


def test_a_term_ending_inside_a_word_is_not_shown(index):
    """Janome reads 利活用 as 利 + 活用, so ICT利 was a key term shown on a case page (a trial saw
    it on 千葉県ICT利活用推進委員会), and あかい糸めーる gave 糸めー. A term is not shown when,
    everywhere the text has it, it ends with a one-character word the cases nearly always follow
    by the word after it here, or inside a kana word. 自動車税 of 自動車税申告 is shown: the cases
    write 税 before many words."""
    key_terms = index.similar("organization-036").key_terms
    assert "ICT" in key_terms and not any(t.endswith("利") for t in key_terms), key_terms
    assert "糸めー" not in index.search("リーダー").related.terms

    def followed(word: str, after: str) -> float:
        return {"利": 1.0, "税": 0.03}.get(word, 0.0)

    assert ends_inside_a_word("ict利", "千葉県ict利活用推進委員会", followed)
    assert not ends_inside_a_word("自動車税", "自動車税申告の受付", followed)
    assert not ends_inside_a_word("ict利", "ict利の活用", followed)  # there it ends a word
    assert ends_inside_a_word("糸めー", "あかい糸めーるの配信")
    assert not ends_inside_a_word("マイナンバ", "マイナンバーカードの交付")



def test_a_list_of_key_terms_keeps_those_no_other_holds():
    """How pages and the CLI list key terms (tests/test_web.py has the case page)."""
    assert outermost(["受動喫煙防止対策", "受動", "喫煙", "AIチャットボット", "チャットボット", "GIS", "統合型gis"]) == \
        ["受動喫煙防止対策", "AIチャットボット", "統合型gis"]


def test_a_text_s_own_term_is_listed_as_its_own_though_an_added_term_holds_it():
    """勤怠 of a clerk's text was hidden inside 勤怠管理, added for it, and read as the tool's word."""
    own, more = listed_apart(["出勤簿", "勤怠", "出勤", "会計年度任用職員", "任用", "勤怠管理", "報酬", "任用職員"],
                             ["勤怠管理", "報酬", "任用職員"])
    assert own == ["出勤簿", "勤怠", "会計年度任用職員"]
    assert more == ["勤怠管理", "報酬"]  # 任用職員 is in 会計年度任用職員, the text's own



def test_a_case_s_whole_name_as_one_word_is_listed_by_its_parts(index):
    """A new-user trial: the case page of RPA県立病院旅費代理申請登録 (one word to Janome) said 「手がかり
    にした語: RPA県立病院旅費代理申請登録 / 病院医師」, the name itself, while its similar cases were found by
    県立病院, 旅費, 代理申請 …. A compound of ten characters or more holding three terms or more is listed
    by those covering it without overlap, the weightiest first chosen, in its order; shorter ones whole."""
    terms = index.similar("ai_rpa-337").key_terms  # now named 「RPA 県立病院旅費代理申請登録」: RPA is a label
    assert "県立病院旅費代理申請登録" in terms  # ranked by, and in the JSON
    own, _ = listed_apart(terms, [])
    assert own[:3] == ["県立病院", "旅費", "代理申請"] and "県立病院旅費代理申請登録" not in own
    assert listed_apart(["受動喫煙防止対策", "受動", "喫煙", "喫煙防止", "防止"], [])[0] == ["受動喫煙防止対策"]
    assert listed_apart(["年末調整審査結果", "年末調整", "審査結果", "審査"], [])[0] == ["年末調整審査結果"]
