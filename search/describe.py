"""How cases are ranked against a pasted text: a search read as a description of a task, and
the cases like a text (`SearchIndex.similar(text=…)`).

A text is read by its key terms as the cases spell them (`PastedText.key_terms`), scored by those
fused with BM25 over every word of it and weighed by how many of its topics a case covers
(`PastedText.score`); the technology it names and the table it asks for go first
(`PastedText.named_first`). Which cases match at all is a documented cut-off
(`description_mask`), so the page says "most similar first", not a count of every case
sharing a word.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from typing import NamedTuple

import numpy as np

from .analysis import KANA_ONLY, KANJI, katakana_letter, morphemes, normalize
from .asked import (ASKED_BY, MUNICIPAL_SUPPORT, asked_employment, asked_organisation, asked_sections, asked_talent,
                    asks_municipal_support, denied_talent, questions_from)
from .budget import Budget
from .generation import Generation
from .planner import PLAIN_WORD_WEIGHT, KeyTerm, QueryPlanner, TermCounts
from .scoring import Clause, Evaluation, Plan, top
from .shown_terms import shown as shown_key_terms
from .synonyms import Synonyms
from .technology import RULES as TECHNOLOGY_RULES
from .technology import TECHNOLOGY_FACET, named_in_text, tag_text
from .understand import find_filters

_HIRAGANA = re.compile("[\u3041-\u309f]")  # in a word: a kana suffix (向け) or ending
RESPELLED_PART_WEIGHT = 0.7  # as `planner.PART_WEIGHT`: a piece of a word of the text the cases write otherwise
EVERY_WORD_WEIGHT = 0.5  # a pasted text's every word, beside its key terms (each scaled to its best case)
# the words of the cases meeting a need the text names (data/concepts.txt) count in its every-word
# BM25 as said this often: 県のPRをネットで…アクセスのデータを見ながら助言してくれる専門家 put two IT
# specialists above the デジタルマーケティング advisers it names in other words (dev descriptions 0.829 → 0.831)
CONCEPT_SAID_COUNT = 1.0
# words saying when (過去の会議録, 過去の事例): rare in the cases, so they weighed most of a text on
# searching past minutes, whose first were 過去集計業務 and a 児童虐待 system using past cases; as a
# generic word 過去 cost a text on handing down past cases its topic
WHEN_WORDS = frozenset({"過去", "以前", "従来", "将来", "今後"})
WHEN_WORD_WEIGHT = 0.3
PER_WORD_WEIGHT = 0.3  # a word a text says only before ごと (部署ごとに): what it divides by, not its subject
NAMED_TECHNOLOGY_WEIGHT = 0.5  # the text's word for a technology it names, kept as a key term where it was cut
NAMED_TECHNOLOGY_BOOST = 2.0  # a pasted text naming a technology (RPA, チャットボット …) ranks its cases this much higher
# …and naming several (OCRやRPAで), the cases using every one of them this much higher again; and a
# technology it names weighs at least NAMED_FLOOR as a key term, however common its word: a trial's
# 紙で届く調査票をExcelに手で打ち込んで…OCRやRPAで自動化した事例 put 調査票 cases without paper or OCR
# first and the six 紙の…をAI-OCRにより電子化し、RPAでエクセルに入力 cases 18th to 23rd
EVERY_NAMED_BOOST = 1.5
NAMED_FLOOR = 0.7
ASKED_TALENT_BOOST = 1.6  # …and the 区分 of roles it asks for (育成, or 登用/採用)
ASKED_ORGANISATION_BOOST = 1.6  # …and the 区分 of organisations it asks for (a department, a body across them, a council)
ASKED_EMPLOYMENT_BOOST = 1.6  # …and of the 常勤/非常勤 it names (非常勤で: a trial's ◎ went to a full-time role)
ASKED_SECTION_BOOST = 1.5  # …and asking for people or a team, the digital-talent roles or organisations
# the cases' words (data/concepts.txt) for a thing a text names first that no case holds: its subject, in
# the cases' words (看板の設置許可の申請書…: 屋外広告物, not the 設置許可 of 特定施設)
ABSENT_SUBJECT_BOOST = 1.5
ASKER_BOOST = 2.0  # …and answering the staff's questions or the public's, the cases answering those (÷ only the other's)
MUNICIPAL_SUPPORT_BOOST = 2.0  # …and asking to support the municipalities, the cases that say they do
# a pasted description matches the cases scoring at least DESCRIPTION_CUTOFF of the score of the
# DESCRIPTION_REFERENCE-th best case (not of the best: one case far ahead would hide the rest)
DESCRIPTION_CUTOFF = 0.3
DESCRIPTION_REFERENCE = 5
# …and within filters (a place, a status …), also the cases there scoring DESCRIPTION_CUTOFF of the
# best there, while that is at least FILTERED_FLOOR of the score the cut-off asks of all cases
FILTERED_FLOOR = 0.5
# …and of those, the cases scoring at least CLOSE_SHARE of the first's score, in the order shown, are
# "especially close": on the judged descriptions of bench/relevance.py (dev) 3.2 a text, 78 % relevant
# (half the 5th best's score labelled 13.7, 40 % relevant: a trial found ◎ on 19 of 37, some plainly
# off the topic; the cut-off keeps 23.2 a text, and a trial read 68 件 as 68 relevant cases)
CLOSE_SHARE = 0.5
# a case like a given case is especially close scoring at least CASE_CLOSE_SHARE of the given case's
# own score (it holds every key term of itself): on the judged similar cases of
# bench/judgments_similar.py (dev), 4.5 a case and 87 % of them relevant (0.15: 6.0 and 78 %, and a
# trial still found weak ones labelled), where half the 5th best's score labelled 14.4 with 39 %
# relevant (a trial found ◎ on 27 of 30 similar cases)
CASE_CLOSE_SHARE = 0.2
# …and that hold topics weighing at least CLOSE_TOPIC_SHARE of the text's first CLOSE_TOPICS (in the
# order of its key terms, each with its other spellings; `on_topic`), and of those the top of the list as shown
# (`leading`): on the judged descriptions (dev) 1.9 a text with 94 % relevant (test: 2.0, 87 %), where the score
# alone gave 3.1 with 81 % (test: 3.0, 77 %) and with the topics alone 2.3 with 92 % (test: 2.3, 84 %);
# trials found ◎ on 介護サービス事故報告 for a text on road damage reports, sharing 報告 and 写真
# with it. Two of the first three: 1.7 with 93 %, but 32 of the 119 texts lost every ◎
# (補助金の申請書を…電子申請にしたい: its first is 受け付ける)
# Since: a topic held only by a part of its word (申請 of 指定申請) counts CLOSE_PART_SHARE of its weight,
# and a case must hold CLOSE_MIN_TOPICS of the topics by their own words: trials found ◎ on
# 過去集計業務 and 児童虐待対応支援 for a text on searching past minutes (sharing 過去 alone), and on
# 入札参加資格申請審査 and 自動車税の住所変更 for one on 介護保険 指定申請 checks (チェック and 申請 of
# 指定申請). On the judged descriptions (dev) 1.8 a text with 94 % relevant, 89 % graded 2 (test: 1.9,
# 91 %, 81 %), where 2.0 with 93 %, 86 % (test: 2.1, 87 %, 78 %); 21 of the 119 texts have none (14)
CLOSE_TOPICS = 5
CLOSE_TOPIC_SHARE = 0.4
CLOSE_MIN_TOPICS = 2
CLOSE_PART_SHARE = 0.5
# A pasted text's ranking also counts how like its first matches a case is (pseudo-relevance
# feedback): the first is most often what the writer meant (166 of 193 test texts put a grade-2 case
# first), and the cases like it say the task in the cases' own words, which the text may not
# (dev descriptions 0.822 → 0.832, test 0.789 → 0.799, held-out 0.874 → 0.878: bench/relevance.py)
FEEDBACK_SEEDS = 3  # at most this many of the first matches…
FEEDBACK_SEED_SHARE = 0.7  # …scoring this share of the first or more
FEEDBACK_DECAY = 0.5  # each seed's key terms count this much of the one before's
FEEDBACK_WEIGHT = 0.8  # the likeness to them, beside the text's own score (each scaled to its best)
ASKED_FIRST_SHARE = 0.2  # a text asking who does it: the cases in use scoring this share of the best go first…
ASKED_FIRST_REFERENCE_SHARE = 0.4  # …or this share of the DESCRIPTION_REFERENCE-th best (one case far ahead hides none)
ASKED_FIRST_FLOOR = 0.1  # …but never less than this share of the best (RPA and シナリオ of a reason put 4 pay cases at 7 %)
ASKED_TECHNOLOGY_SHARE = 0.4  # …of the technology the text names, when one of those scores this share of the best
# …and of those, the prefecture line (who does it: `PreferredFirst.by_prefecture`) counts the cases
# scoring this share of the first's score or more: on the judged texts of bench/judgments_where.py
# (dev), 33 cases with 91 % graded in use and on the task, where all that go first were 101 with 37 %
# (a trial's line named 岐阜県 for 4 cases sharing only 審査 or 交付 with a text on subsidies)
ASKED_ANSWER_SHARE = 0.4


def description_cut(scores: np.ndarray, live: np.ndarray) -> float:
    """The score a case needs to match a pasted description: `DESCRIPTION_CUTOFF` × the score of
    the `DESCRIPTION_REFERENCE`-th best case (infinite when no case scores)."""
    if not live.all():
        scores = scores * live  # (np.where's branch per case is slower)
    count = int(np.count_nonzero(scores > 0))
    if not count:
        return float("inf")
    # the k-th best of all cases is the k-th best of the matched ones (scores are never negative):
    # no copy of the matched scores to partition
    return DESCRIPTION_CUTOFF * kth_best(scores, min(DESCRIPTION_REFERENCE, count))


def description_mask(scores: np.ndarray, live: np.ndarray) -> np.ndarray:
    """The cases a pasted description matches: scoring at least `description_cut`."""
    return (scores > 0) & live & (scores >= description_cut(scores, live))


def filtered_cut(scores: np.ndarray, within: np.ndarray, cut: float) -> float:
    """The cut-off within filters (`within`: the cases a place, a status … keeps): `cut`, the
    cut-off among all cases, lowered to `DESCRIPTION_CUTOFF` of the best case there, but never
    below `FILTERED_FLOOR` of `cut`. A place's cases answer less well than all cases do:
    東北の県で、職員からの…質問にチャットボットで答えている例 matched nothing in 東北, whose one
    chatbot for staff questions (福島県) scored just under the cut-off of every case."""
    best = float(scores[np.flatnonzero(within)].max(initial=0.0))  # (a masked max is 3× slower)
    return min(cut, max(DESCRIPTION_CUTOFF * best, FILTERED_FLOOR * cut))


def close_mask(order: np.ndarray, matched: np.ndarray, first: np.ndarray | None = None) -> np.ndarray:
    """The especially close of a pasted text's matches (`matched`: those holding its topics,
    `on_topic`): scoring, in the order they are shown (`PastedText.named_first`), at least
    `CLOSE_SHARE` × the first's: the top of the list, as 似ている順 reads, never a case here and
    there. The first of those, not of every match: a case scoring far ahead by words beside the
    topic set a bar no case on it reached (出張の旅費請求書を…財務システムに入力: 指定難病 療養費請求書,
    by 請求書 and 財務, left the six 旅費 cases shown first without ◎). `first`: the matches shown
    before the others (the cases in use a question asks for), whose best is the first shown."""
    if not matched.any():
        return matched
    shown_first = matched if first is None or not first.any() else first
    return matched & (order >= CLOSE_SHARE * float(order[np.flatnonzero(shown_first)].max(initial=0.0)))


def leading(shown: np.ndarray, close: np.ndarray) -> np.ndarray:
    """Of the `close` cases, those before the first case in `shown` (document numbers in the
    order shown) that is not: ◎ marks the top of the list, never a case below an unmarked one
    (a trial found ◎ on 3rd and 4th, two tax reports, under two disaster systems without it).
    On the judged descriptions (dev): 1.9 a text, 94 % relevant (89 % graded 2), where 2.3 with
    92 % (84 %) had a ◎ below an unmarked case in 13 of 119 texts; 17 texts have none (11)."""
    out = np.zeros_like(close)
    flags = close[shown]
    run = int(np.argmin(flags)) if not flags.all() else flags.size
    out[shown[:run]] = True
    return out


def on_topic(state: Generation, key_terms: list[KeyTerm], said: Collection[str] | None = None,
             among: np.ndarray | None = None) -> np.ndarray:
    """The cases holding topics that weigh at least `CLOSE_TOPIC_SHARE` of a text's first
    `CLOSE_TOPICS` (in the order of its key terms, each topic with its synonyms and other
    spellings; by its parts alone at `CLOSE_PART_SHARE` of its weight), `CLOSE_MIN_TOPICS` of them
    by their own words: what a case especially close to it must hold besides its score. Given the
    key terms the text `said` itself (as shown: not those added for it), a case must hold one of
    them too: ◎ went to ドローン操縦人材 for …ITに強い人を計画的に育てたい by 育成 and 都道府県職員
    alone, words read for 育てたい and 職員の中から, while the page says ◎ holds the text's words.
    `among`: the cases to decide (a text's matches); no other is on topic, and only theirs are
    looked up (a gather over every case was a fifth of the time)."""
    topics = QueryPlanner.topics(key_terms)[:CLOSE_TOPICS]
    whole_ids = {k.term_id for k in key_terms if not (k.topic and k.term != k.topic and k.term in k.topic)}
    # each case's state per topic (0 not held, 1 by its parts alone, 2 whole) as the digits of one
    # base-3 number: the weights are then added once per combination, not once per case and topic
    # (a third of a text's time at 100,000 cases)
    code: np.ndarray = np.zeros(state.live.size, dtype=np.uint8 if 3 ** len(topics) <= 256 else np.int64)
    has = np.empty(state.live.size, dtype=bool)
    whole = np.empty(state.live.size, dtype=bool)
    for i, topic in enumerate(topics):
        has.fill(False)
        whole.fill(False)
        for term_id in topic.term_ids:
            state.text.mark("text", term_id, has)
            if term_id in whole_ids:
                state.text.mark("text", term_id, whole)
        if topic.tags:  # a technology is held whole only by the cases the survey's tags say use it: a reason's
            # 端末で実施するAI・RPA put ◎ on an RPA 文書 check for 文書を翻訳するのにAIを使いたい (a trial); its word
            # elsewhere counts as a part does
            whole &= state.table.mask(TECHNOLOGY_FACET, sorted(topic.tags))
        digit: np.ndarray = has.view(np.uint8) + whole.view(np.uint8)
        code += digit * np.asarray(3 ** i, dtype=code.dtype)
    digits = np.arange(3 ** len(topics))[:, None] // (3 ** np.arange(len(topics))) % 3  # combination × topic
    held = np.zeros(len(digits))
    for i, topic in enumerate(topics):  # in topic order, as a sum over the cases would add them
        held += topic.weight * np.where(digits[:, i] == 2, 1.0, CLOSE_PART_SHARE) * (digits[:, i] > 0)
    count = (digits == 2).sum(axis=1)
    # …and never less than that share of one key term of full weight: a text whose only telling word
    # weighs less (過去, of 議会の答弁書…過去の答弁を探す, whose 議会 and 答弁書 no case says) has no case
    # especially close to it; ◎ went to the two cases saying 過去
    bar = CLOSE_TOPIC_SHARE * max(sum(t.weight for t in topics), 1.0)
    on = (held >= bar) & (count >= min(CLOSE_MIN_TOPICS, len(topics)))  # per combination
    if among is None:
        out = on[code]
    else:
        out = np.zeros(state.live.size, dtype=bool)
        docs = np.flatnonzero(among)
        out[docs] = on[code[docs]]
    if said is not None:
        own = np.zeros(state.live.size, dtype=bool)
        for k in key_terms:
            if k.term in said and not k.spelling:
                state.text.mark("text", k.term_id, own)
        out &= own
    return out


def head_only(state: Generation, key_terms: list[KeyTerm]) -> np.ndarray:
    """The cases holding only the head of what a text is most about (its first key term of its own:
    手当 of 通勤手当, 請求 of 旅費請求), not the word nor a word before the head (時間外勤務 of
    時間外勤務手当, 通勤 of 通勤手当, 旅費 of 旅費請求, which are on the topic), nor another key
    term of its own weighing as much."""
    out = np.zeros(state.live.size, dtype=bool)
    own = [k for k in key_terms if not k.spelling]
    if not own:
        return out
    main = own[0].topic or own[0].term
    # the text's own key terms weighing as much as the first (they lead the list; concept words
    # and a named technology come after it, whatever they weigh)
    level = list(itertools.takewhile(lambda k: k.weight >= own[0].weight, own))
    on_it = np.zeros_like(out)
    for k in key_terms:
        if (k.topic or k.term) == main:
            docs = state.text.postings("text", k.term_id)[0].astype(np.intp)
            if k.term != main and k.term in main and main.endswith(k.term):
                out[docs] = True
            else:
                on_it[docs] = True
        elif k in level:
            # a key term weighing as much is as much what it is about (県立病院の電子カルテ: the case
            # saying 電子カルテ and 病院 is on it, not a case of 病院 alone)
            on_it[state.text.postings("text", k.term_id)[0].astype(np.intp)] = True
    return out & ~on_it


def _lettered(word: str, part: str) -> bool:
    """Whether `word` is `part` with one Latin letter written onto it (eスポーツ of スポーツ): a word
    of its own, as a keyword search reads it, which the cases holding `part` do not hold."""
    return len(word) == len(part) + 1 and word.endswith(part) and word[0].isascii() and word[0].isalpha() \
        and not part[0].isascii()


# a name in Latin letters (EBPM, kintone) names a method or product wherever a text says it, not
# its circumstances: an HR officer's …EBPMや統計データの活用を進めたい was not told no case says EBPM
_LATIN_NAME = re.compile(r"[a-z][a-z0-9]{2,}")  # three characters or more: not OK, DL


# past this many scores, the k-th best is looked for among the best first (`kth_best`)
KTH_BEST_NARROW_FROM = 4096
KTH_BEST_SHARES = (0.5, 0.1)  # …those scoring this share of the best or more, the first that holds k


def kth_best(scores: np.ndarray, k: int) -> float:
    """The `k`-th highest of `scores` (1 ≤ k ≤ their number), found without sorting them all.
    Among many, first among those scoring a share of the best: when k of them do, the k-th best
    is among them, and partitioning a few hundred beats partitioning 100,000 (mostly zeros, which
    NumPy's selection is slow on: 1–4 ms a text at 100,000 cases)."""
    if scores.size > KTH_BEST_NARROW_FROM:
        best = float(scores.max())
        for share in KTH_BEST_SHARES:
            candidates = scores[scores >= share * best] if best > 0 else scores[:0]
            if candidates.size >= k:
                return float(np.partition(candidates, candidates.size - k)[candidates.size - k])
    return float(np.partition(scores, scores.size - k)[scores.size - k])


_KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]+")


def _read_as(state: Generation, term: str) -> list[str]:
    """The words of the cases a katakana word of three or more no case writes reads as (ミツバチ:
    蜜蜂), commonest first, as a keyword search reads it. Not hiragana: a text writes its verbs so
    (つながりにくい is no 繋がる of a case)."""
    if len(term) < 3 or not _KATAKANA_WORD.fullmatch(term) or state.text.term_id("text", term) is not None:
        return []
    return state.vocabulary.read_as(term, trim=False)


# the cases a text asks for, after the noun phrase that says of what (eラーニングの事例を知りたい)
_ASKED_CASES = re.compile(r"(?:事例|実例|活用例|導入例|先行例|取組例|取り組み例|ケース)(?=(?:等|など)?(?:を|は|が|について|[、。?？]|$))")


def _phrase_end(text: str, at: int) -> int:
    """Where the noun phrase standing at `at` of a (normalised) text ends: its nouns joined by の,
    や or ・ (道路の穴や街灯の故障 of 道路の穴や街灯の故障について), up to the first other word or
    bracket (Janome reads a half-width one as a noun)."""
    end = at
    for m in morphemes(text):
        if m.end <= at:
            continue
        if m.start > end or m.pos.startswith("名詞,非自立") or not (
                m.pos.startswith(("助詞,連体化", "助詞,並立助詞")) or m.surface == "・"
                or (m.pos.startswith(("名詞", "接頭詞")) and any(ch.isalnum() for ch in m.surface))):
            break
        end = m.end
    return end


def _starts_a_word(text: str, at: int) -> bool:
    """Whether a word found at `at` of a text starts there, not inside a longer run of kanji or
    katakana (庁者 of 来庁者, 者向け of 旅行者向け: Janome's pieces)."""
    return at == 0 or _script_of(text[at - 1]) != _script_of(text[at]) or _script_of(text[at]) == "other"


def _glued_start(text: str, at: int) -> int:
    """Where the run of kanji or katakana that a word at `at` ends starts (サイバー攻撃 for 攻撃)."""
    while at > 0 and _script_of(text[at - 1]) != "other":
        at -= 1
    return at


def _long_vowel_end(text: str, end: int) -> int:
    """The end of a katakana word ending at `end`, past the ー the index's form drops."""
    while 0 < end < len(text) and text[end] == "ー" and _script_of(text[end - 1]) == "katakana":
        end += 1
    return end


def _script_of(ch: str) -> str:
    return "kanji" if KANJI.match(ch) else "katakana" if "\u30a0" <= ch <= "\u30ff" else "other"


def boosted(scores: np.ndarray, mask: np.ndarray, factor: float) -> np.ndarray:
    """`scores` times `factor` where `mask` holds: bit for bit `np.where(mask, scores * factor,
    scores)`, without its branch per case (0.3 ms at 100,000 cases, whose masks follow no
    pattern, against 0.1 ms)."""
    return scores * (mask * factor + ~mask)


def lowered(scores: np.ndarray, mask: np.ndarray, divisor: float) -> np.ndarray:
    """`scores` divided by `divisor` where `mask` holds (as `boosted`)."""
    return scores / (mask * divisor + ~mask)


def scaled(scores: np.ndarray, among: np.ndarray) -> np.ndarray:
    """`scores` divided by their best among the cases of `among`: two rankings made comparable
    before they are added."""
    if among.all():  # every case (the usual `live`): no copy of the scores
        best = float(scores.max()) if scores.size else 0.0
    else:
        best = float(scores[among].max()) if among.any() else 0.0
    return scores / best if best > 0 else np.zeros_like(scores)


class ReadText(NamedTuple):
    """What a pasted text says, as `PastedText.read` works it out: its words as the cases spell
    them, its key terms, the key terms as shown, the words it names that no case holds, and the
    plan its cases are ranked by, and the key terms the text says in a spelling of its own, each
    with that spelling (チャットボット: chatbot)."""

    counts: dict[str, float]
    key_terms: list[KeyTerm]
    shown: list[tuple[str, bool]]
    absent: list[str]
    plan: Plan
    respelled: dict[str, str]


class PastedText:
    """Ranks the cases against a pasted text; holds the planner (its analyzers and word lists)
    and the synonyms, no index: one serves every index generation."""

    def __init__(self, planner: QueryPlanner, synonyms: Synonyms) -> None:
        self.planner = planner
        self.synonyms = synonyms

    def read(self, state: Generation, text: str, budget: Budget) -> ReadText:
        """`key_terms` and the plan of them, worked out once per generation for a text among the
        last `MEMO_SIZE` asked (not when `budget` ran out on it): the same text comes back as a
        user pages, filters or asks for its similar cases, and reading it again took a fifth of
        each search of it at 100,000 cases. Each call gets lists of its own."""
        def make() -> ReadText:
            counts, key_terms, shown, absent, respelled = self.key_terms(state, text, budget)
            return ReadText(counts, key_terms, shown, absent, self.planner.description_plan(state.text, text, key_terms),
                            respelled)

        kept = state.remembered(("read", text), make, keep=lambda: not budget.expired())
        return kept._replace(counts=dict(kept.counts), key_terms=list(kept.key_terms), shown=list(kept.shown),
                             absent=list(kept.absent), respelled=dict(kept.respelled))

    def score(self, state: Generation, plan: Plan, key_terms: list[KeyTerm], counts: Mapping[str, float],
              budget: Budget, named: Collection[str] = ()) -> Evaluation:
        """How well each case fits a pasted text: its key-term `plan`, fused with BM25 over every
        word of it (`counts`) at `EVERY_WORD_WEIGHT`, each scaled to its best case, times the
        share of the text's topics the case holds (`QueryPlanner.topics`). The key terms say what
        the text is about; every word catches what they leave out (紙 in 紙で届く様式); the
        coverage puts a case meeting the text on 警察官, 保険料 and 財務会計システム ahead of one
        saying 財務会計システム often. Past `budget`, the key terms alone."""
        done = state.scorer.scored_within(plan, budget)
        every = self.planner.every_word_plan(state.text, counts)
        if not every.empty and not budget.expired():
            more = state.scorer.within(every, budget)
            if more.complete:
                fused = scaled(done.score, state.live) + EVERY_WORD_WEIGHT * scaled(more.score, state.live)
                done = Evaluation(fused, done.matched | more.matched, done.complete, done.scored)
        topics = self.planner.topics(key_terms)
        # …a technology's topic held by its tag's cases too, when the text names it (`named_in_text`):
        # not a word added for a need (GIS, for ドローン: data/concepts.txt), which the tag would overrate
        said = set(named)
        tagged = [state.table.mask(TECHNOLOGY_FACET, tags) if (tags := t.tags & said) else None for t in topics]
        return done._replace(score=done.score * state.scorer.coverage(topics, tagged))

    def key_terms(self, state: Generation, text: str, budget: Budget
                  ) -> tuple[dict[str, float], list[KeyTerm], list[tuple[str, bool]], list[str], dict[str, str]]:
        """A pasted text's words as the cases spell them, its key terms with their other
        spellings (what a description search and the cases like a text are ranked by), the
        key terms as shown: in the text's own spelling where it has one (取りまとめる, searched as
        とりまとめる), each with whether the text says it, and the words it names that no case
        holds (`absent_words`)."""
        own = self.planner.term_counts(text, budget)
        counts, respelled, plain = self.as_the_index_spells(state, own)
        key_terms = self.with_spellings(state, self.named_technology(
            state, text, counts, self.planner.text_key_terms(state.text, text, counts, typed=True)))
        key_terms = [k._replace(weight=k.weight * PLAIN_WORD_WEIGHT) if k.term in plain and k.term not in own else k
                     for k in key_terms]
        key_terms = [k._replace(weight=k.weight * WHEN_WORD_WEIGHT) if k.term in WHEN_WORDS else k for k in key_terms]
        key_terms = self._one_topic_per_plain_word(state, own, key_terms)
        key_terms = _glossed_as_one(text, key_terms)
        # …and words it says only to divide by (部署ごとに集計したい: by department, not about one)
        per = _only_divided_by(text)
        key_terms = [k._replace(weight=k.weight * PER_WORD_WEIGHT) if k.term in per else k for k in key_terms]
        # a piece of a word read as another (スマート of スマートスピーカー, read as AIスピーカー) is a part
        key_terms = [k._replace(weight=k.weight * RESPELLED_PART_WEIGHT)
                     if any(k.term != whole and k.term in whole for whole in respelled.values()) else k
                     for k in key_terms]
        shown = shown_key_terms([respelled.get(k.term, k.term) for k in key_terms if not k.spelling], text,
                                self.planner.shown_as, state.followed)
        # a verb is the text's own in any form (読取って says 読取る)
        shown = list(dict.fromkeys((t, said or t.lower() in own) for t, said in shown))
        absent = self.absent_words(state, text, own, set(respelled.values()), [t for t, said in shown if said])
        if absent and ABSENT_SUBJECT_BOOST != 1.0:  # the cases' words for a thing it names first that no case holds
            subject = {t for word in absent for t in self.planner.concept_terms(word)}
            key_terms = [k._replace(weight=k.weight * ABSENT_SUBJECT_BOOST) if k.term in subject and k.term not in own
                         else k for k in key_terms]
        counts = dict(counts)
        for term in self.planner.concept_terms(text):
            counts.setdefault(term, CONCEPT_SAID_COUNT)
        return counts, key_terms, shown, absent, respelled

    def _one_topic_per_plain_word(self, state: Generation, own: TermCounts, key_terms: list[KeyTerm]) -> list[KeyTerm]:
        """The cases' words for one everyday word of a text are one topic: 推進役 is read as 推進員
        and リーダー, and as two topics it weighed twice what the text's other words did in the
        coverage (各課に一人ずつ…推進役を置いて put a Society5.0 body saying リーダー second)."""
        origin: dict[str, str] = {}
        for term in own:
            if term in self.planner.generic or state.text.term_id("text", term) is not None:
                continue
            words = [w for p in self.planner.plain_words.get(term, []) if (w := self.planner.whole_term(p))]
            if len(words) > 1:
                for w in words:
                    origin.setdefault(w, term)
        if not origin:
            return key_terms
        head: dict[str, str] = {}  # the text's word → its heaviest key term, which names the topic
        for k in sorted(key_terms, key=lambda k: -k.weight):
            if k.term in origin and not k.spelling:
                head.setdefault(origin[k.term], k.term)
        rename = {k.term: head[origin[k.term]] for k in key_terms
                  if k.term in origin and origin[k.term] in head and head[origin[k.term]] != k.term}
        return [k._replace(topic=rename[k.topic or k.term]) if (k.topic or k.term) in rename else k for k in key_terms]

    def absent_words(self, state: Generation, text: str, own: TermCounts, respelled: set[str],
                     said: list[str]) -> list[str]:
        """The things a text names first, before any of its key terms (`said`), that no case holds
        in any spelling, nor any word of them: what it is about, when the cases lack it (保育所 of
        保育所の入所選考を…: the cases found are like it by 入所 and 選考 only, which the page
        says; a clerk's trial read ◎ on 採用選考 as the answer). Words further on are mostly its
        circumstances (一緒に, 数字, 休み), which no case need hold, but for the noun phrase its main
        key term ends (遺失物 of 遺失物の問い合わせ対応). Each whole (保育所, not also 保育), in the
        text's order, as the text writes it."""
        def held(term: str) -> bool:  # …as a keyword search finds a word: any synonym, whole (産廃: 産業廃棄物)
            return state.text.term_id("text", term) is not None or term in respelled or bool(_read_as(state, term)) \
                or bool(self.planner.plain_words.get(term)) \
                or any(state.matcher.holds(form) for form in self.synonyms.variants(term))

        def unheld(t: str) -> bool:
            return len(t) >= 2 and not held(t) and t not in self.planner.generic \
                and not _names_a_value(t) \
                and not (len(t) < 3 and KANA_ONLY.fullmatch(t))
            # 長野県, 四国: in the cases' fields, not their text; しょ of ほいくしょ (Janome's cut) names nothing

        found = [t for t in own.things if unheld(t)
                 and not any(p != t and len(p) >= 2 and (p in t or t in p) and held(p) and not _lettered(t, p)
                             for p in own)]
        whole = [t for t in found if not any(t != o and t in o for o in found)]
        written = normalize(text)  # each as the text writes it (FAX, not the index's fax)
        lowered = written.lower()
        first = min((i for t in said if (i := lowered.find(t.lower())) >= 0), default=len(written))
        # …and in the noun phrase that first key term stands in (道路の穴や街灯の故障について: a trial's text on
        # road and streetlight faults was told of no word the cases lack; 街灯 and 故障 are in none)
        phrase_end = _phrase_end(written, first)
        # …wherever it stands, a thing the text names twice (支出伝票について…伝票のチェックを: a trial
        # read the 支出 cases listed as the check of 伝票 done elsewhere), and a compound of its main
        # key term whose words no case holds together (納税証明書: cases hold 納税, and 証明書 of り災証明書)
        repeated = [t for t in whole if lowered.count(t) >= 2]
        main = said[0].lower() if said else ""
        apart = [t for t in own.things if main and main in t and t != main and unheld(t)
                 and not any(t != o and t in o and unheld(o) for o in own.things)
                 and self._words_never_together(state, t)]
        at = {t: lowered.find(t) for t in [*whole, *apart]}
        # …and in the noun phrase its main key term ends (110番通報や遺失物の問い合わせ対応: what is asked
        # about; a trial's police text got five ◎ inquiry chatbots, told of no word the cases lack)
        main_at = lowered.find(main) if main else -1

        def in_main_phrase(t: str) -> bool:
            return 0 <= at[t] < main_at and _starts_a_word(written, at[t]) and _phrase_end(written, at[t]) > main_at

        # …and the noun phrase of the cases asked for (…、eラーニングの事例を知りたい: a clerk's trial was told
        # of no word the cases lack, and got ◎ on an 電子申請 system saying 研修 and オンライン)
        asked_ends = {m.end() for m in _ASKED_CASES.finditer(written)}

        def names_the_cases_asked_for(t: str) -> bool:
            return bool(asked_ends) and _starts_a_word(written, at[t]) and _phrase_end(written, at[t]) in asked_ends

        listed = [t for t in sorted(dict.fromkeys([*whole, *apart]), key=lambda t: (at[t], t))
                  if 0 <= at[t] and (at[t] < first or t in repeated or t in apart or _LATIN_NAME.fullmatch(t)
                                     or (at[t] < phrase_end and _starts_a_word(written, at[t]))
                                     or in_main_phrase(t) or names_the_cases_asked_for(t))]
        # each once: not 郵送 as well as 郵送請求; one of the phrase with the word it is written onto (サイバー攻撃:
        # サイバー is in cases, 攻撃 in none)
        start = {t: at[t] if at[t] < first or t in repeated or t in apart else _glued_start(written, at[t])
                 for t in listed}
        # …to its end as written: the index's katakana words lose a last ー (カーブミラー is カーブミラ), and a
        # trial read 「カーブミラ」 as its own typo
        return list(dict.fromkeys(written[start[t]:_long_vowel_end(written, at[t] + len(t))] for t in listed
                                  if not any(t != o and t in o for o in listed)))

    def _words_never_together(self, state: Generation, compound: str) -> bool:
        """Whether `compound` is two or more words of the cases (納税 and 証明書 of 納税証明書; no kana
        suffix, no generic word: 旅行者向け, 毎年エクセル are not) that no case holds together, as a
        keyword search of it, apart, would find nothing."""
        parts = [m.surface.lower() for m in morphemes(compound)]
        words = [p for p in parts if len(p) >= 2]
        if len(words) < 2 or any(p in self.planner.generic or _HIRAGANA.search(p) for p in parts):
            return False
        together = state.live.copy()
        for word in words:
            together &= state.matcher.form_mask(word)[0]
            if not together.any():
                return True
        return False

    def as_the_index_spells(self, state: Generation, counts: Counter[str]
                            ) -> tuple[dict[str, float], dict[str, str], set[str]]:
        """A pasted text's words as the cases spell them, where the text spells one otherwise: 読取る
        is 読み取る, 取込む 取り込み (`Matcher.other_spellings`), たん吸引 痰吸引
        (`Vocabulary.mixed_spellings`), ネット インターネット (a synonym, tried first), with each
        such term's spelling in the text; an everyday word no case writes, as the cases' words for
        it (育てる: 育成, data/plain_words.txt), those read for a verb or adjective (not for a thing:
        たばこ, 喫煙) returned apart, to weigh less. Else a word no case
        writes so would say nothing, and 読取るだけの作業 would have no key term."""
        out: defaultdict[str, float] = defaultdict(float)
        respelled: dict[str, str] = {}
        plain_words: set[str] = set()
        things: set[str] = getattr(counts, "things", set())  # the text's nouns naming a thing (`TermCounts`)
        for term, n in counts.items():
            if state.text.term_id("text", term) is None:
                # the index cuts a katakana word's last ー (スマートスピーカ); the synonyms file writes it
                synonyms = self.synonyms.variants(term)[1:] or (
                    self.synonyms.variants(term + "ー")[1:] if katakana_letter(term[-1]) else [])
                spelled = next((t for t in synonyms + state.matcher.other_spellings(term)
                                + state.vocabulary.mixed_spellings(term) + _read_as(state, term)
                                if state.text.term_id("text", t) is not None), None)
                if spelled is None:  # a synonym the cases write only inside longer words: its words
                    words = self._synonym_words(state, synonyms) if self.synonyms.holds(term) else []
                    # (産廃: 産業廃棄 and 廃棄物 of 産業廃棄物; not 情報セキュリティ事故, which only holds one)
                    if words:
                        for held in words:  # one word of the text, however many of the index
                            out[held] += n / len(words)
                        respelled.setdefault(max(words, key=len), term)
                        continue
                if spelled is None:  # an everyday word no case writes: the cases' words for it
                    for plain in ([] if term in self.planner.generic else self.planner.plain_words.get(term, [])):
                        word = self.planner.whole_term(plain)
                        if word and state.text.term_id("text", word) is not None:
                            out[word] += n
                            if term not in things:  # 詳しい: 専門 is looser than たばこ: 喫煙
                                plain_words.add(word)
                    continue
                if spelled in counts and term.startswith(spelled):
                    # 報告資料づくり: 報告資料 and a suffix, the word the text's analysis counted already
                    # (twice counted, it outweighed アンケート of アンケートの自由記述…の集計と報告資料づくり)
                    continue
                if spelled not in counts:  # …shown as the text spells it, unless it also writes the cases' word
                    respelled.setdefault(spelled, term)  # (先生 … 教員の働き方: 教員, which cases hold)
                term = spelled
            out[term] += n
        return dict(out), respelled, plain_words

    def _synonym_words(self, state: Generation, synonyms: list[str]) -> list[str]:
        """The words of the first of `synonyms` the cases hold as words of their own: 産業廃棄物,
        which no case writes alone (産業廃棄物処理業…, 県外産業廃棄物搬入…), is 産業廃棄 and 廃棄物 to
        the index. Without them, a text saying 産廃 had no word for it (産廃の許可申請書をOCRで… ranked
        蜜蜂転飼 and 道路占有 permits above the three industrial-waste cases)."""
        for synonym in synonyms:
            words = [t for t in self.planner.term_counts(synonym)
                     if len(t) >= 2 and state.text.term_id("text", t) is not None]
            words = [t for t in words if not any(t != o and t in o for o in words)]  # not 産業, 廃棄 too
            # …that are all of it: not ワーク alone of リモートワーク (テレワーク read as ネットワーク)
            written = synonym.lower()
            covered: set[int] = set()
            for t in words:
                at = written.find(t)
                covered.update(range(at, at + len(t)) if at >= 0 else ())
            if words and len(covered) == len(written):
                return words
        return []

    @staticmethod
    def named_technology(state: Generation, text: str, counts: Mapping[str, float], key_terms: list[KeyTerm]
                         ) -> list[KeyTerm]:
        """`key_terms` (a technology's word the text says weighing at least `NAMED_FLOOR`) with the text's
        own word for each technology it names (OCR of 申請書をOCRで読み取って) at `NAMED_TECHNOLOGY_WEIGHT`
        where none is among them: in many cases, such a word weighs
        least of a long text and was cut (a trial's text on subsidy forms to read by OCR lost OCR, and
        the subsidy forms read by AI-OCR were not among its 15)."""
        named = tag_text(text)
        if not named:
            return key_terms
        seen = {k.term for k in key_terms}
        out = [k._replace(weight=max(k.weight, NAMED_FLOOR)) if any(TECHNOLOGY_RULES[t].search(k.term) for t in named)
               and k.term in counts else k for k in key_terms]
        for tag in named:
            rule = TECHNOLOGY_RULES[tag]
            if any(rule.search(k.term) for k in key_terms):
                continue
            for term in sorted(counts, key=lambda t: (-counts[t], t)):
                tid = state.text.term_id("text", term)
                if tid is not None and term not in seen and rule.search(term):
                    seen.add(term)
                    out.append(KeyTerm(term, NAMED_TECHNOLOGY_WEIGHT, tid))
                    break
        return out

    @staticmethod
    def with_spellings(state: Generation, key_terms: list[KeyTerm]) -> list[KeyTerm]:
        """Key terms with their other spellings in the index (`Matcher.same_word`,
        `Vocabulary.mixed_spellings`), each of the same topic and weight: 取りまとめる finds the
        cases that write とりまとめる, 罹災 those that write り災."""
        seen = {k.term for k in key_terms}
        out = list(key_terms)
        for k in key_terms:
            for term in state.matcher.same_word(k.term) + state.vocabulary.mixed_spellings(k.term):
                tid = state.text.term_id("text", term)
                if tid is not None and term not in seen:
                    seen.add(term)
                    out.append(KeyTerm(term, k.weight, tid, k.topic or k.term, spelling=True))
        return out

    @staticmethod
    def asked_first(state: Generation, scores: np.ndarray, matched: np.ndarray, text: str,
                    key_terms: list[KeyTerm], asked: np.ndarray | None = None) -> tuple[np.ndarray, list[str]]:
        """The matches of a text asking who does its task (…自動化している県はありますか) that may go
        first for their status (in use): those scoring at least `ASKED_FIRST_SHARE` of the best or
        `ASKED_FIRST_REFERENCE_SHARE` of the `DESCRIPTION_REFERENCE`-th best (手書きの申請書をAI-OCRで
        読み取っている県: one case saying 手書き in its name and description scored far ahead, and
        香川県's four AI-OCR 申請書 cases in use came 24th to 27th), not holding only a part of what
        the text is most about (its first key term: 児童手当 holds 手当 of 通勤手当, not 通勤手当), and of the technology it names, if it names one
        (RPAで自動化している県: who does it with RPA). The matches of a text reach further than a
        keyword's: a trial's mission question put 決算見込チェック, in use and matched by チェック,
        ahead of the 通勤手当 cases only planned; another put two 児童手当 cases first. With the
        technologies they were kept to (empty when none was): what the page says they use."""
        among = scores[matched & (scores > 0)]
        best = float(among.max()) if among.size else 0.0
        reference = kth_best(among, min(DESCRIPTION_REFERENCE, among.size)) if among.size else 0.0
        close = matched & (scores > 0) & ((scores >= ASKED_FIRST_SHARE * best)
                                          | (scores >= max(ASKED_FIRST_REFERENCE_SHARE * reference,
                                                           ASKED_FIRST_FLOOR * best)))
        close &= ~head_only(state, key_terms)
        named = named_in_text(text)
        if not named:
            return close, []
        with_it = close & state.technology_may_be(named)
        # …when one of the technology's is near the best (`ASKED_TECHNOLOGY_SHARE`): a trial's …照合が大変。システムや
        # AIで効率化している県 put an AI organisation, an AI post and AI minutes at 0.4 first, over RPA 照合 at 1.8
        if with_it.any() and float(scores[with_it].max()) < ASKED_TECHNOLOGY_SHARE * best:
            return close, []
        # …unless none of those has the status `asked` for: データ分析ができる職員を育てている県 names
        # データ活用, which the one data scientist in use is not tagged; the page said none does it yet
        if asked is None or (with_it & asked).any() or not (close & asked).any():
            return with_it, named
        # …and when one of those is near the best: not a bridge ledger matched by 点検 alone (a fifth of the
        # best), put first for 道路の…点検するのにAIを使っている県 over the AI road monitoring only 検討中 (a trial)
        if not (close & asked & (scores >= ASKED_TECHNOLOGY_SHARE * best)).any():
            return with_it, named
        return close, []

    def case_key_terms(self, state: Generation, docnum: int) -> list[KeyTerm]:
        """A case's key terms (`QueryPlanner.case_key_terms`), worked out once per generation
        while it is asked for (`Generation.remembered`): what finds the cases like it."""
        return list(state.remembered(("key_terms", docnum), lambda: tuple(
            self.planner.case_key_terms(state.text, state.case_text(docnum), docnum))))

    def ordered(self, state: Generation, scores: np.ndarray, matched: np.ndarray, text: str, typed: str,
                budget: Budget) -> np.ndarray:
        """The order of a text's `matched` cases: its own `scores` with their likeness to its first
        few (`like_the_first`), the technology it names and the table it asks for first
        (`named_first`). The first stays first: a longer second seed can score its own terms above
        it (町には情報担当が一人しかいなくて… put a 児童相談所 tool, the second seed, above the adviser
        for the municipalities), and the text's best match is what the others are found like."""
        first_order = self.named_first(state, scores, text, typed)
        seeds = top(first_order, matched & (first_order > 0), FEEDBACK_SEEDS)
        like = self.like_the_first(state, first_order, seeds, budget)
        if like is None:
            return first_order
        fed = (scaled(scores, state.live) + FEEDBACK_WEIGHT * like) * matched
        out = self.named_first(state, fed, text, typed)
        out[seeds[0]] = np.nextafter(out.max(), out.dtype.type(np.inf))  # in the scores' precision (float32)
        return out

    def like_the_first(self, state: Generation, order: np.ndarray, seeds: np.ndarray,
                       budget: Budget) -> np.ndarray | None:
        """How like a text's first few matches each case is (pseudo-relevance feedback), scaled
        to the best: by the key terms of those of `seeds` (its best by `order`) scoring at least
        `FEEDBACK_SEED_SHARE` of the first, as their own pages find the cases like them, each
        `FEEDBACK_DECAY` of the one before. 毎年12月は年末調整で人事の係がパンクする。申告書の出力や
        チェック… finds 熊本's and 山口's 年末調整 cases first; 広島's and 福岡's, which say little
        else of the text, come up by it among the tax returns that share 申告 or 通知 with it. None
        when there are no seeds or past `budget`."""
        if not len(seeds) or budget.expired():
            return None
        first = float(order[seeds[0]])
        weights: defaultdict[int, float] = defaultdict(float)
        for rank, docnum in enumerate(seeds.tolist()):
            if order[docnum] < FEEDBACK_SEED_SHARE * first:
                break
            for k in self.case_key_terms(state, docnum):
                weights[k.term_id] += k.weight * FEEDBACK_DECAY ** rank
        done = state.scorer.within(Plan(weighted=tuple(Clause("text", tid, w) for tid, w in weights.items())),
                                   budget)
        return scaled(done.score, state.live) if done.complete else None

    @staticmethod
    def named_first(state: Generation, scores: np.ndarray, text: str, typed: str = "") -> np.ndarray:
        """The ranking of a pasted text with the cases of a technology it names (`search.technology`:
        RPA, チャットボット …) weighing `NAMED_TECHNOLOGY_BOOST` times as much: that is what its
        writer means to reuse. 通勤手当の認定をRPAで自動化している県は？ puts the RPA cases ahead of
        a 通勤手当 case without RPA, which, in a third of the cases, weighs little as a key term.
        The cases of a table the text asks for (`search.asked`: 人材を育てたい → the digital-talent
        roles, 専門部署を作りたい → the organisations) weigh `ASKED_SECTION_BOOST` times as much.
        Only the order: which cases are similar enough is decided before, without it."""
        named = named_in_text(text)
        if named:  # …or may be (a case of the AI・RPA table that names none: `Generation.technology_may_be`)
            scores = boosted(scores, state.technology_may_be(named), NAMED_TECHNOLOGY_BOOST)
        if len(named) > 1 and EVERY_NAMED_BOOST != 1.0:
            every = np.logical_and.reduce([state.table.mask("technology", [tag]) for tag in named])
            scores = boosted(scores, every, EVERY_NAMED_BOOST)
        asked = asked_sections(text)
        if asked:
            scores = boosted(scores, state.table.mask("section", asked), ASKED_SECTION_BOOST)
        if asks_municipal_support(text):  # …and asking to support the municipalities, the cases that do
            scores = boosted(scores, state.cases_saying(MUNICIPAL_SUPPORT), MUNICIPAL_SUPPORT_BOOST)
        asker = questions_from(text)
        if asker and ASKER_BOOST != 1.0:  # …and answering one's questions, the cases answering only the other's lower;
            # and the staff's, the cases saying they answer them higher (the public's is what most cases answer, unsaid)
            mine = state.cases_saying(ASKED_BY[asker])
            other = state.cases_saying(ASKED_BY[next(who for who in ASKED_BY if who != asker)])
            scores = lowered(scores, other & ~mine, ASKER_BOOST)
            if asker == "staff":
                scores = boosted(scores, mine & ~other, ASKER_BOOST)
        kind = asked_talent(text) if "digital_talent" in asked else None
        if kind:  # …and of those roles, the 区分 it asks for (職員の中から育てたい: the 7 growing staff)
            scores = boosted(scores, state.table.mask("group", [kind]), ASKED_TALENT_BOOST)
        organisation = asked_organisation(text) if "organization" in asked else None
        if organisation:  # …and of the organisations, the 区分 it asks for (DX専任の課を新設: the departments)
            scores = boosted(scores, state.table.mask("group", [organisation]), ASKED_ORGANISATION_BOOST)
        employment = asked_employment(text) if "digital_talent" in asked else None
        if employment:  # …and the roles of the 常勤/非常勤 it asks for (民間の専門家に非常勤で週に数日来てもらいたい)
            scores = boosted(scores, state.table.mask("employment", [employment]), ASKED_EMPLOYMENT_BOOST)
        denied = denied_talent(typed) if "digital_talent" in asked else None
        if denied and denied != kind:  # …and the 区分 it says it does not want (`typed`: the text as typed) lower
            scores = lowered(scores, state.table.mask("group", [denied]), ASKED_TALENT_BOOST)
        return scores


_DIVIDED_BY = re.compile(r"ごと|毎に|毎の")
# an acronym with its gloss in brackets, either way round: CDO(最高デジタル責任者), 最高情報責任者(CIO)
_GLOSSED = re.compile(r"([A-Za-z][A-Za-z0-9]{1,7})\s*[(（]([^()（）]{2,30})[)）]|([^\s()（）、。]{2,30}?)[(（]([A-Za-z][A-Za-z0-9]{1,7})[)）]")


def _glossed_as_one(text: str, key_terms: list[KeyTerm]) -> list[KeyTerm]:
    """An acronym and its gloss are one topic, and the gloss's pieces no key terms of their own:
    CDO(最高デジタル責任者) asks for a CDO, and the CIO(情報統括責任者) role holding 責任者 of the gloss
    ranked first while the one case of a CDO came 17th."""
    written = normalize(text).lower()
    out = key_terms
    for m in _GLOSSED.finditer(written):
        acronym, gloss = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        elsewhere = written[:m.start()] + " " + written[m.end():]
        terms = {k.term for k in out}
        head = acronym if acronym in terms else gloss if gloss in terms else None
        if head is None:
            continue
        kept = [k for k in out if k.term in (acronym, gloss) or k.term not in gloss or k.term in elsewhere]
        hosts = [k.term for k in kept if k.term not in gloss]  # デジタル of デジタル化, said outside the gloss too
        out = []
        for k in kept:
            if k.term in (acronym, gloss):
                k = k._replace(topic=head)
            elif k.topic in (acronym, gloss):
                k = k._replace(topic=max((h for h in hosts if k.term in h), key=len, default=k.term))
            out.append(k)
    return out


def _only_divided_by(text: str) -> set[str]:
    """The words a text says only just before ごと (部署ごとに, 学校ごとの), lowercased: what a tally
    is divided by, which the cases of other tasks hold (a team's 部署) as much as the text's."""
    written = normalize(text)
    lowered = written.lower()
    before = {m.surface.lower() for m in morphemes(written) if _DIVIDED_BY.match(written, m.end)}
    return {w for w in before
            if all(_DIVIDED_BY.match(lowered, m.end()) for m in re.finditer(re.escape(w), lowered))}


def _names_a_value(term: str) -> bool:
    """Whether `term` is a word that names a facet value whole (長野県, 四国, 導入済み)."""
    return any(start == 0 and end == len(term) for start, end, _, _ in find_filters(term))
