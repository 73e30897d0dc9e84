"""The Japanese analysis chain, step by step, and its character offsets."""

from __future__ import annotations

import pickle
import re

import pytest

from dxsearch.search.analysis import (
    BigramAnalyzer, CompoundFilter, JanomeTokenizer, JapaneseAnalyzer, KatakanaStemFilter,
    PartOfSpeechStopFilter, ReadingAnalyzer, katakana_pieces, latin_bounds, morphemes, normalize_with_offsets,
    stem_katakana,
)


def texts(analyzer, value):
    return [t.text for t in analyzer(value)]


def test_normalize_with_offsets_maps_back_to_the_original():
    raw = "ｶﾞｲﾄﾞＡＩ㈱"
    norm = normalize_with_offsets(raw)
    assert norm.text == "ガイドAI(株)"
    assert norm.span(0, 3) == (0, 5)        # ガイド came from ｶﾞｲﾄﾞ (voicing marks included)
    assert norm.span(3, 5) == (5, 7)        # AI from ＡＩ
    assert norm.span(5, 8) == (7, 8)        # (株) from ㈱


def test_tokenizer_gives_base_forms_and_original_offsets():
    raw = "受け付けたｶﾞｲﾄﾞ"
    tokens = [(t.text, t.startchar, t.endchar) for t in JanomeTokenizer()(raw, chars=True)]
    assert ("受け付ける", 0, 4) in tokens
    assert ("ガイド", 5, 10) in tokens and raw[5:10] == "ｶﾞｲﾄﾞ"


def test_part_of_speech_stop_drops_particles_auxiliaries_and_symbols():
    chain = JanomeTokenizer() | PartOfSpeechStopFilter()
    assert texts(chain, "会議の音声を、テキストにした。") == ["会議", "音声", "テキスト"]


def test_an_unknown_word_is_never_stopped_as_an_interjection():
    # Janome guesses 感動詞 for LGWAN before または (a survey description begins so); the case
    # then did not match `LGWAN`. A known interjection is still stopped.
    assert texts(JapaneseAnalyzer(), "LGWANまたはインターネット経由") == ["lgwan", "インターネット", "経由", "インターネット経由"]
    assert texts(JapaneseAnalyzer(), "はい、会議") == ["会議"]


@pytest.mark.parametrize("word, stem", [("サーバー", "サーバ"), ("コンピューター", "コンピュータ"),
                                        ("カー", "カー"), ("ルー", "ルー"), ("データ", "データ"), ("ボールー", "ボール")])
def test_katakana_long_vowel_stem_for_four_or_more_characters(word, stem):
    assert stem_katakana(word) == stem


def test_katakana_stem_filter_in_the_chain():
    assert "サーバ" in texts(JapaneseAnalyzer(), "サーバーの更新")
    assert texts(JapaneseAnalyzer(), "サーバー") == texts(JapaneseAnalyzer(), "サーバ")


def test_lowercase_and_width():
    assert texts(JapaneseAnalyzer(), "ＡＩ－ＯＣＲ") == texts(JapaneseAnalyzer(), "ai-ocr") == ["ai", "ocr"]


def test_compounds_are_found_whole_and_by_parts():
    tokens = texts(JapaneseAnalyzer(), "申請書")
    assert {"申請", "書", "申請書"} <= set(tokens)
    tokens = texts(JapaneseAnalyzer(), "電子申請システムの導入")
    assert {"電子", "申請", "システム", "電子申請システム", "電子申請", "申請システム", "導入"} <= set(tokens)
    assert "電子申請システム導入" not in tokens  # a particle ends the compound


@pytest.mark.parametrize("run, pieces", [
    ("オープンデータカタログサイト", ("オープン", "データ", "カタログ", "サイト")),
    ("エクセルファイル", ("エクセル", "ファイル")),
    ("ポータルサイト", ("ポータル", "サイト")),  # a first piece the dictionary lacks, the rest its words
    ("チャットボットサービス", ("チャットボット", "サービス")),  # a user-dictionary word is a piece
    ("チャットボット", ()),  # ボット is no dictionary word: one word
    ("デジタルトランスフォーメーション", ()),  # no ション after an unknown piece ending in ー
    ("パーキングパーミット", ()),  # nor パーキングパー + ミット
    ("インターネット", ()),  # Janome knows it whole
    ("ドローン", ()),  # too short to look into
])
def test_katakana_pieces_are_dictionary_words_or_none(run, pieces):
    assert katakana_pieces(run) == pieces


def test_an_unknown_katakana_run_is_found_whole_and_by_its_words():
    """オープンデータカタログサイト is one unknown word to Janome: a text about オープンデータ and サイト
    did not hold it (a pasted request for an open-data site missed the catalogue site)."""
    tokens = [t.copy() for t in JapaneseAnalyzer()("オープンデータカタログサイトへのデータ登録", positions=True, chars=True)]
    whole = next(t for t in tokens if t.text == "オープンデータカタログサイト")
    pieces = [t for t in tokens if whole.startchar <= t.startchar < whole.endchar and t.text != whole.text]
    assert {t.text for t in pieces} == {"オープン", "データ", "カタログ", "サイト", "オープンデータ", "データカタログ",
                                        "カタログサイト"}
    assert all(t.pos == whole.pos for t in pieces)
    assert {(t.text, t.startchar, t.endchar) for t in pieces} >= {("オープン", 0, 4), ("サイト", 11, 14),
                                                                 ("データカタログ", 4, 11)}
    assert texts(JapaneseAnalyzer(), "チャットボット") == ["チャットボット"]
    assert "エクセル" in texts(JapaneseAnalyzer(), "ｴｸｾﾙﾌｧｲﾙ")  # half-width, as the PDFs may write it


def test_a_number_with_one_letter_written_onto_it_is_one_word():
    """5G was 5 + G, a number and a letter: no key term of a text about 5G."""
    assert [m.surface for m in morphemes("5Gを行政で")] == ["5G", "を", "行政", "で"]
    assert {"5g", "3dプリンタ"} <= set(texts(JapaneseAnalyzer(), "5Gと3Dプリンタ"))
    assert [m.surface for m in morphemes("10GB")] == ["10", "GB"]  # two letters: a unit after a number
    assert [m.surface for m in morphemes("A4用紙")][:2] == ["A", "4"]  # a letter before: not this


def test_no_sub_compound_starts_with_a_suffix_or_a_lone_kana():
    """化対策 of 温暖化対策 (a key term weighing 1 for a text about 温暖化対策の計画書), 別集計, and こ家族
    of にこここ家族づくり (Janome: に|ここ|こ|家族), which a related list showed as a word."""
    tokens = texts(JapaneseAnalyzer(), "温暖化対策の計画書と市町村別集計")
    assert {"温暖化対策", "温暖化", "市町村別集計", "市町村別"} <= set(tokens)
    assert "化対策" not in tokens and "別集計" not in tokens
    tokens = texts(JapaneseAnalyzer(), "福岡県にこここ家族づくりポータルサイト")
    assert "家族づくり" in tokens and not any(t.startswith("こ") and len(t) > 1 for t in tokens)


def test_a_counter_after_a_number_starts_no_compound():
    """24時間自動で答える: Janome tags 時間 after 24 as a suffix; joined with 自動 it made 時間自動,
    the top key term of a pasted text, which no case means. The same for 日 of 365日."""
    tokens = texts(JapaneseAnalyzer(), "24時間自動で答えたい")
    assert "時間自動" not in tokens and {"時間", "自動"} <= set(tokens)
    tokens = texts(JapaneseAnalyzer(), "24時間365日AIが自動応答")
    assert "日ai" not in tokens and {"ai", "自動応答"} <= set(tokens)
    assert "情報化計画" in texts(JapaneseAnalyzer(), "第3次情報化計画")
    assert "申請時間" in texts(JapaneseAnalyzer(), "申請時間の短縮")  # a suffix after a noun still joins


def test_a_space_or_a_line_ends_a_compound():
    """A case's fields are joined by spaces and lines (AI・RPA 保健・福祉分野): no compound rpa保健
    spans them, while 茨城県警 written together is one."""
    tokens = texts(JapaneseAnalyzer(), "端末で実施するAI・RPA 保健・福祉分野")
    assert "rpa保健" not in tokens and {"rpa", "保健", "福祉分野"} <= set(tokens)
    assert "業務職員" not in texts(JapaneseAnalyzer(), "給与業務\n職員の作業")
    assert "rpa茨城" in texts(JapaneseAnalyzer(), "RPA茨城県警")


def test_compound_filter_keeps_the_position_of_its_first_part():
    chain = JanomeTokenizer() | PartOfSpeechStopFilter() | CompoundFilter()
    tokens = {t.text: t.pos for t in chain("通勤手当", positions=True)}
    assert tokens["通勤手当"] == tokens["通勤"] == 0


@pytest.mark.parametrize("a, b", [("問合せ", "問い合わせ"), ("問い合せ", "問い合わせ"), ("テープ起こし", "テープおこし"),
                                  ("申込", "申込み")])
def test_readings_join_notation_variants(a, b):
    assert set(texts(ReadingAnalyzer(), a)) & set(texts(ReadingAnalyzer(), b))


def test_bigrams_cover_unknown_words_with_offsets():
    raw = "ＬＧＷＡＮ回線"
    tokens = [(t.text, raw[t.startchar:t.endchar]) for t in BigramAnalyzer()(raw, chars=True)]
    assert ("lgwan", "ＬＧＷＡＮ") in tokens and ("回線", "回線") in tokens
    assert texts(BigramAnalyzer(), "県") == ["県"]  # a lone character is kept


def test_a_latin_word_beside_a_number_is_a_bigram_token_too_at_its_position():
    """①RPA is 1rpa after NFKC, and Microsoft365 one Latin run: their words are tokens of their own
    at the run's position, with offsets into the original (a quoted "RPA" missed ①RPAの導入推進);
    one letter stays its number's (5G), as Janome reads it."""
    raw = "①RPAの導入、Microsoft365と5G"
    tokens = [(t.text, t.pos, raw[t.startchar:t.endchar]) for t in BigramAnalyzer()(raw, positions=True, chars=True)]
    assert tokens[:3] == [("1rpa", 0, "①RPA"), ("1", 0, "①"), ("rpa", 0, "RPA")]
    assert ("microsoft", 3, "Microsoft") in tokens and ("365", 3, "365") in tokens
    assert [t for t in tokens if t[2].endswith("G")] == [("5g", 5, "5G")]
    assert [t for t, _, _ in tokens if t in ("g", "5")] == []


@pytest.mark.parametrize(("word", "found", "not_found"), [
    ("rpa", ["1rpaの導入", "rpa", "(rpa)"], ["xrpa", "rpax"]),
    ("microsoft", ["microsoft365", "microsoft 365"], ["microsofts"]),
    ("g", ["g"], ["5g", "g5", "gg"]),
    ("5", ["5", "5の"], ["5g", "15", "a5"]),
    ("5g", ["5gの"], ["15g", "5gb"]),
])
def test_a_latin_word_is_found_beside_numbers_but_not_inside_another_word(word, found, not_found):
    before, after = latin_bounds(word)
    pattern = re.compile(before + re.escape(word) + after)
    assert all(pattern.search(t) for t in found), word
    assert not any(pattern.search(t) for t in not_found), word


@pytest.mark.parametrize("raw", ["会議録の作成", "ｶﾞｲﾄﾞ用ＡＩ－ＯＣＲサーバー", "通勤手当　認定（ＲＰＡ）"])
def test_offsets_point_at_the_token_in_the_original(raw):
    for t in JapaneseAnalyzer()(raw, chars=True):
        original = raw[t.startchar:t.endchar]
        assert original, t.text
        if t.text.isascii():
            assert normalize_with_offsets(original).text.lower().replace("-", "") .startswith(t.text[:1])


def test_analyzers_pickle_without_janome():
    for analyzer in (JapaneseAnalyzer(), ReadingAnalyzer(), BigramAnalyzer()):
        restored = pickle.loads(pickle.dumps(analyzer))
        assert texts(restored, "議事録作成") == texts(analyzer, "議事録作成")
    assert b"janome" not in pickle.dumps(JapaneseAnalyzer())


def test_katakana_stem_filter_alone():
    class T:
        text = "プリンター"
    assert [t.text for t in KatakanaStemFilter()([T()])] == ["プリンタ"]


def test_the_morpheme_cache_is_bounded_by_characters_not_entries(monkeypatch):
    from dxsearch.search import analysis

    cache = analysis._TextCache(max_chars=2_000)
    monkeypatch.setattr(analysis, "_cache", cache)
    for n in range(40):  # distinct long queries, as a hostile client would send them
        analysis.morphemes(f"{n}番目の" + "議事録の作成を自動化したい。" * 14)
    assert 0 < cache.chars <= 2_000 and len(cache) < 40
    assert analysis.morphemes("議事録") is analysis.morphemes("議事録")  # still a cache
    analysis.morphemes("長い" * 500)  # a text over an eighth of the budget is not kept
    assert "長い" * 500 not in cache._items and "議事録" in cache._items
    assert analysis.MORPHEME_CACHE_CHARS <= 400_000


def test_the_user_dictionary_leaves_no_file_even_when_the_process_is_killed(tmp_path):
    """Janome reads the user dictionary from a file; a server stopped by SIGKILL or SIGTERM runs
    no exit handler, so the file must be gone as soon as Janome has read it."""
    import os
    import subprocess
    import sys

    script = (
        "import os, signal\n"
        "from dxsearch.search.analysis import janome_tokens\n"
        "assert [t.surface for t in janome_tokens('ドローン')] == ['ドローン']\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    env = dict(os.environ, TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == -9, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_long_vowel_mark_alone_is_no_token():
    assert "ー" not in texts(JapaneseAnalyzer(), "あかい糸めーる")
    assert "ー" not in texts(JapaneseAnalyzer(), "べんだー")
    assert "サーバ" in texts(JapaneseAnalyzer(), "サーバー")  # a word's own ー is its own


def test_a_dash_between_a_katakana_name_and_a_kanji_one_joins_them():
    """北海道電子自治体共同システム-電子申請システム showed its key terms as システムー電子: a dash after
    katakana is the long-vowel mark (サ-バ- = サーバー) but before a kanji, a letter or a digit it joins two
    names; a long vowel written there is cut from the word anyway (サ-バ-室 still finds サーバー)."""
    from dxsearch.search.analysis import normalize

    assert normalize("共同システム-電子申請システム") == "共同システム-電子申請システム"
    assert normalize("サ-バ-") == "サーバー" and normalize("サ‐バ‐の") == "サーバーの"
    assert "システム" in texts(JapaneseAnalyzer(), "共同システム－電子申請")
    assert not any("ー電" in t or t.endswith("ムー") for t in texts(JapaneseAnalyzer(), "共同システム－電子申請"))
    assert "サーバ" in texts(JapaneseAnalyzer(), "サ-バ-室")


def test_ascii_brackets_are_brackets_to_janome():
    """NFKC makes the PDFs' （） ASCII, which Janome's dictionary does not know: it read ( as a
    noun and the word after it as a suffix and a piece ((物品等) was 物 + 品等), so 物品 missed
    競争入札参加資格（物品等）に関する事務. Offsets still point into the original text."""
    for raw in ("競争入札参加資格（物品等）に関する事務", "競争入札参加資格(物品等)に関する事務"):
        tokens = [(t.text, raw[t.startchar:t.endchar]) for t in JapaneseAnalyzer()(raw, chars=True)]
        assert ("物品", "物品") in tokens and "品等" not in [t for t, _ in tokens]
    assert [m.pos for m in morphemes("AI(人工知能)") if m.surface in "()"] == ["記号,括弧開", "記号,括弧閉"]
    assert "コンサル" in [t.text for t in JapaneseAnalyzer()("熊本県電子入札共同利用システム(工事・コンサル)")]


def test_threads_take_turns_with_a_few_tokenizers_and_each_gets_what_one_thread_gets(survey):
    """A Janome tokenizer is not safe in two threads at once (shared, eight threads read による as
    によって 1,667 times), and one a thread held 10 MB each (444 MB under load with 16 threads).
    Eight threads tokenizing the cases' texts at once, each in its own order, get exactly what one
    thread gets, from at most `JANOME_TOKENIZERS` tokenizers."""
    import random
    import threading

    from dxsearch.search import analysis

    texts = [f"{r.name}。{r.description}" for r in survey.records[:120]]

    def read(text: str) -> list[tuple[str, str, str]]:
        return [(t.surface, t.part_of_speech, t.base_form) for t in analysis.janome_tokens(text)]

    alone = {text: read(text) for text in texts}
    wrong: list[str] = []

    def worker(seed: int) -> None:
        order = texts[:]
        random.Random(seed).shuffle(order)
        for text in order * 2:
            if read(text) != alone[text]:
                wrong.append(text)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []
    assert 1 <= analysis._made <= analysis.JANOME_TOKENIZERS == 4
