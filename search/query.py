"""Reading a query the way people type it, into words that must match, words to exclude and
filters: what `search.matching` decides a match by and `search.planner` scores.

    parse_query("北海道と東北のRPA", synonyms)
        → words [RPA], filters prefecture 北海道, region 東北 (places combine with OR)
    parse_query("議事録 -三重県", synonyms)         → words [議事録], 三重県 excluded
    parse_query('"電子申請" OR オンライン申請 NOT 三重県', synonyms)

The whole query goes through the index's normalisation (NFKC, variant characters) and Janome,
spaces or not: particles, auxiliaries and symbols separate words and are never content, so
`三重県のRPA` is `三重県 RPA`. A *word* is a run of content morphemes (nouns, prefixes and suffixes,
Latin) within one script — Latin, katakana, or kanji and hiragana — so `AI議事録` is two words
and `通勤手当` one; a synonym listed in data/synonyms.txt (`Web会議`, `AI-OCR`) is one word as
written. Operators: `"…"` (also “…” and 「…」) an exact phrase, `-word` and `NOT word` exclude,
`OR` between two words makes either enough (または, か … typed apart: `SAID_OR`); anything else is text.

Filler words (data/filler_words.txt: 事例, 分野 …) are left out while other words remain, also
off the end of a word (福祉分野 → 福祉); a word ending in a ranking word (data/ranking_words.txt:
業務, 自動化 …, which the engine never requires beside other words) is its head and that word:
議事録作成業務 is 議事録 作成 業務, and only 議事録 and 作成 are required.

A query with a verb or adjective (〜したい, 〜を探している, 使える, 活用した) or more than
`DESCRIPTION_WORDS` words not typed apart by spaces is a *description* of a task: it is ranked by similarity instead of
matched word by word (see `search.engine`). A verb that only asks which cases there are
(`QUESTION_VERBS`: RPAを使っている都道府県, 事例を教えて) makes no description unless a word follows it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..data import data_path
from ..indexer.records import STATUSES
from .analysis import KANJI, STOP_WORDS, Morpheme, morphemes, normalize, suffix_at, to_hiragana, to_katakana
from .datafiles import word_list_lines
from .synonyms import Synonyms
from .technology import named_tag
from .understand import EVERYDAY_PHRASES, OTHER_THAN, AppliedFilter, answers_together, asked_status, denied_status, own_statuses, understood_filters

KEYWORDS = "keywords"  # every word must match
DESCRIPTION = "description"  # a pasted task description, ranked by similarity
DESCRIPTION_WORDS = 4  # more words than this (and no operator): a description
WISHED_WORDS = 3  # …or this many and a wish to bring something in (…受付システムを運用したい)
FILLER_WORDS_FILE = data_path("filler_words.txt")
RANKING_WORDS_FILE = data_path("ranking_words.txt")

OPERATORS = ("OR", "NOT", "AND")  # as typed, in capitals: or and not are words
# or, said: between two words, typed apart or written together (RPAかAI-OCR), either one, as OR
SAID_OR = ("または", "又は", "もしくは", "若しくは", "あるいは", "或いは", "か")
_SAID_OR_PATTERN = "|".join(SAID_OR)
# "…", “…”, 「…」 (closing mark optional at the end), or a run of non-spaces
_TOKEN = re.compile(r'"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|(\S+)')
_CONTENT_POS = ("名詞", "接頭詞", "記号,アルファベット", "カスタム名詞")
_NOT_CONTENT_POS = ("名詞,非自立", "名詞,代名詞")
# suffixes that say for whom (住民向け, 子ども向き): the word before is the content, as の would
# leave it; 住民向け as one word matched only the one case that writes it so
_AUDIENCE_SUFFIXES = frozenset(["向け", "向き"])
_VERBAL_POS = ("動詞,自立", "形容詞,自立")
_KATAKANA_START = re.compile(r"[ァ-ヺ]")
# verbs that ask which cases there are, not what they do: RPAを使っている都道府県, AIの事例を教えて,
# 導入している自治体を知りたい (a question about RPA, not a task to compare); a query whose only
# verbs are these is read word by word. QUESTION_NOUNS with する are the same (導入している; not
# 自動化している, which says what a task does).
QUESTION_VERBS = frozenset(["使う", "使える", "用いる", "取り入れる", "取り組む", "行う", "教える", "知る",
                            "探す", "調べる", "見る", "見つける", "見せる", "載る", "やる", "進める", "試す"])
QUESTION_NOUNS = frozenset(["導入", "活用", "利用", "使用", "実施", "運用", "検討", "実証", "試行"])
ADOPTION_WORD = "導入"  # a keyword beside others (RPA導入): their adoption asked for, the cases in use first
# nouns of 〜にする that make no task of it (参考にしたい, 対象にしている): without them, a noun with にする says
# what a task makes of a thing (統計書の数字をオープンデータにしている県は？ reads as オープンデータ化している)
NOT_MADE_INTO = frozenset(["参考", "対象", "気", "一緒", "大事", "大切", "頼り", "中心", "前提", "基", "もと", "手本",
                           "お手本", "目標", "目安", "最優先", "優先", "条件"])
# who a question asks about (RPAを導入した市町村): left out, as filler words are, after such a verb
QUESTION_TARGETS = frozenset(["市町村", "市区町村", "市町", "団体"])
# what the survey does not record of a case: whom to ask. Beside other words they are left out and
# the result says the survey has no such column (`SearchResult.unrecorded_words`); the DX
# organisations (③-2) are where to start. Alone, each is searched as a word.
NOT_RECORDED = frozenset(["連絡先", "問い合わせ先", "問合せ先", "問合わせ先", "担当課", "担当部署", "担当部局", "所管課",
                          "担当者", "担当者名", "電話番号", "連絡窓口", "担当窓口"])
# words left out of a question that ask which prefectures (RPAを導入している県, どこの都道府県が…)
ASKS_WHERE = frozenset(["県", "都道府県", "自治体", "地方自治体", "地方公共団体"]) | QUESTION_TARGETS
# …and in a text: who does it, asked for (自動化している県を探している, 作っている自治体を知りたい, 使っている県は?,
# 新設した県の事例を知りたい,
# 読み取っているところはありますか: ところ, a place, only after 〜ている and before what asks)
_WORD_BEFORE = re.compile(r"[\sをにでがはのと、。,.!?！？「」()（）]")
_CLAUSE_BEFORE = re.compile(r"[\s、。,.!?！？「」()（）]")
_ENGAGED = re.compile("取り?組")
ASKED_BEFORE_CHARS = 8  # of the clause before 〜している県, shown as the words that asked
IN_USE = STATUSES[0]  # 導入(実施)済: what who does a task has
# (doing, who): 〜ている県は…, 〜した自治体を知りたい
_ASKS_WHERE_TEXT = re.compile("(ている|ていた|でいる|てる|した)(" + "|".join(sorted(ASKS_WHERE | {"ところ"}, key=len, reverse=True))
                              + ")(?:(?:の(?:事例|例|実例|取り?組み?))?(?:は|を|が)?(?:どこ|探|知|教|ある|あり|あれ|ない[かで]|参考|[?？]|$)"
                              + "|で[^。]{0,30}?(?:どこ|教えて|知りたい|探して|ありますか|[?？]))")  # …している県で、…はどこですか
# (…自動化した県で、共同利用できるものは？: a clerk's trial saw a case only planned 5th, in use ones after it)
# …or a verb of putting to use in the same wish (使いたい, やりたい, 取り入れたい); not 知りたい, 探したい,
# which ask about the cases; or a wish put as a question (自動化できないか: できる is no verb of a task)
_WISH = re.compile("(?:(?:" + "|".join(sorted(QUESTION_NOUNS)) + ")(?:を)?し"
                   "|使い|用い|取り入れ|取り組み|行い|やり|進め|試し)たい"
                   "|でき(?:ないか|ないだろうか|ませんか|ないかな)")
_HIRAGANA_WORD = re.compile("^[\u3041-\u309fー]{2,12}$")  # one run of hiragana, no particle around it
_KANA_WORD = re.compile("^(?:[\u3041-\u309fー]{2,}|[\u30a1-\u30faー]{2,})$")  # hiragana or katakana alone
_DOTTED_KATAKANA = re.compile("[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})+")  # チャット・ボット
_HALF_WIDTH_KANA = re.compile("[\uff61-\uff9f]")


@dataclass(frozen=True)
class QueryWord:
    """One word of a query and the forms that find it: itself first, then its synonyms and
    notation variants (all normalised and lowercased). A phrase has one form: its characters."""

    text: str
    forms: tuple[str, ...]
    phrase: bool = False
    # said of whom a case is for (住民 of 住民向け): it orders the matches and never filters, as
    # the ranking words do; few cases say for whom (観光案内 for 外国人旅行者, コロナの問合せ)
    ranks_only: bool = False
    # a compound typed as one piece beside OR or after NOT (電子申請 OR 情報セキュリティクラウド): the
    # words it reads as, each of which a case must contain, as when the piece is searched alone; the
    # piece is one alternative (or one exclusion), not its first or last word
    parts: tuple["QueryWord", ...] = ()
    # kana typed for words of the cases that no case writes in kana (ぎじろく): those words, read so
    # and searched among its forms (a reading is one of a word's forms)
    reading_of: tuple[str, ...] = ()
    # forms that are the word itself written otherwise (問合せ for 問い合わせ, 読み取る for 読取,
    # ケアマネジャー for ケアマネージャー), not its synonyms or the words holding it: they rank as
    # the word typed does, so each spelling of a word gives the same order
    spellings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedQuery:
    """`clauses` must all match, each by any of its words (`A OR B` is one clause of two words);
    no `excluded` word may match; `filters` are facet values understood from the words (a filter
    with `exclude` set removes its cases)."""

    clauses: tuple[tuple[QueryWord, ...], ...] = ()
    excluded: tuple[QueryWord, ...] = ()
    filters: tuple[AppliedFilter, ...] = ()
    mode: str = KEYWORDS
    text: str = ""  # keywords: the words as read (RPA, -三重県 …); a description: its text without filter words
    operators: bool = False
    rest: str = ""  # what was left after the filter words were taken out, as typed
    ignored: int = 0  # distinct words past the `max_words` a search reads (left out, and said so)
    fillers: tuple[str, ...] = ()  # filler words left out (事例 of チャットボットの事例), as typed
    # a question asking for cases in use (RPAを導入している県): this status first, by these words
    prefer: AppliedFilter | None = None
    denied: str = ""  # a question for cases not of a status (導入していない): no condition it can take
    unrecorded: tuple[str, ...] = ()  # words for what the survey does not record (連絡先), left out, as typed
    # pieces typed as one compound that a synonym cut into words (エクセル|ファイル of エクセルファイル):
    # each word matches anywhere; the cases writing the piece whole (or Excelファイル) rank first
    together: tuple[str, ...] = ()
    own_status: tuple[str, ...] = ()  # status words said of the writer's own work (RPAを実証中で、): no condition
    # OR, NOT, AND typed with no word to act on (alone, searched as typed; or RPA OR, doing nothing):
    # the page says how they are used
    lone_operators: tuple[str, ...] = ()
    # keywords joined by particles, not typed apart (公共事業の施行状況調査と当初予算の突き合わせ): read as a
    # description when no case holds every word (`SENTENCE_WORDS` of them or more)
    sentence: bool = False

    @property
    def words(self) -> tuple[QueryWord, ...]:
        return tuple(w for clause in self.clauses for w in clause)

    @property
    def empty(self) -> bool:
        return not self.clauses and not self.excluded


@dataclass
class _Item:
    text: str
    phrase: bool = False
    negated: bool = False
    joined: bool = False  # `OR` before it: its first word joins the previous clause
    words: list[QueryWord] = field(default_factory=list)
    alternatives: set[int] = field(default_factory=set)  # words after や: each joins the clause before it
    compound: str = ""  # the piece, when it is one run of words with no kana between (情報セキュリティクラウド)


# a word before 以外 or を除く (四国のRPA 給与以外, 給与以外のRPA): left out, as -給与 (a trial saw
# 給与 required instead); after a place or a status the filters leave it out (`understand.OTHER_THAN`,
# the same words). In a short query only, where it is a condition: 職員以外も使える of a pasted text
# says who else may use a thing, not which cases to leave out
OTHER_THAN_QUERY_CHARS = 40
_OTHER_THAN_WORD = r"(?:(?<![一-龥々])[一-龥々]+|(?<![ァ-ヺー])[ァ-ヺー]+|(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9・-]*)"
_OTHER_THAN_LIST = re.compile(r"[とや・、]")
# (給与と旅費以外: both left out, as 三重県・愛知県以外 leaves both places out; in brackets too:
# RPA(給与関係を除く))
_WORD_OTHER_THAN = re.compile(rf"(?:^|(?<=[\sのでとや、(]))({_OTHER_THAN_WORD}(?:[とや・、]{_OTHER_THAN_WORD})*)"
                              rf"(?:{OTHER_THAN.pattern})(?:の|で|は)?(?=$|[\s)]|[一-龥々ァ-ヺーA-Za-z0-9])")


def _words_other_than(text: str) -> tuple[str, list[str]]:
    """`text` without the words it says to leave out (給与以外の), and those words."""
    left_out: list[str] = []

    def cut(m: re.Match[str]) -> str:
        # …each without a filler word it ends with (給与関係を除く: 給与)
        left_out.extend(without_filler(w)[0] or w for w in _OTHER_THAN_LIST.split(m.group(1)))
        return " "

    return " ".join(_WORD_OTHER_THAN.sub(cut, text).split()), left_out


def _script(ch: str) -> str:
    if ch.isascii():
        return "latin"
    if "\u30a0" <= ch <= "\u30ff":
        return "katakana"
    return "ja"


@functools.lru_cache(maxsize=1)
def filler_words() -> tuple[str, ...]:
    """Words that say what kind of thing a query looks for (事例, 分野): data/filler_words.txt
    and the file DXSEARCH_FILLER_WORDS names, normalised and lowercased, longest first."""
    lines = word_list_lines(FILLER_WORDS_FILE, "DXSEARCH_FILLER_WORDS", "the filler words file")
    return tuple(sorted({normalize(line).lower() for _, _, line in lines}, key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=1)
def ranking_words() -> frozenset[str]:
    """Words a case need not contain, beside other words (自動化, 効率化, 業務): data/ranking_words.txt
    and the file DXSEARCH_RANKING_WORDS names, normalised and lowercased."""
    lines = word_list_lines(RANKING_WORDS_FILE, "DXSEARCH_RANKING_WORDS", "the ranking words file")
    return frozenset(normalize(line).lower() for _, _, line in lines)


# words asking whether a case can be taken over (流用できるものがあれば知りたい): what the survey's
# 共同利用の可否 answers; said as a clerk says it too (よその県のシナリオが欲しい, ツールを分けてもらえないか:
# a trial's request for another prefecture's robot got no line on whether any can be shared; the
# column's name, 共有可否 or 利用の可否, as a chief asks)
_ASKS_REUSE = re.compile(r"流用|再利用|使い回|横展開|転用|真似|まねし|まねでき|まねる|借りられ|譲って|共同利用|共同で(?:使|利用)"
                         r"|(?:共有|利用|導入)の?可否"
                         r"|(?:シナリオ|ロボット?|ツール|マクロ|プログラム|ソフト|仕組み|システム)を?"
                         r"(?:もらえ|もらい|いただけ|いただき|分けて|譲|使わせて|借り)"
                         r"|(?:よそ|他|ほか)の(?:県|都道府県|自治体|団体|市町村?)[^。]{0,20}(?:欲しい|ほしい|使いたい|使えない|使える)")


def asks_reuse(query: str) -> bool:
    """Whether a query asks if the cases can be reused: …流用できるものがあれば知りたい, 横展開できる
    RPA, 共同で使えるシステム. A page answers with the matches' 共同利用の可否 in a line."""
    return bool(_ASKS_REUSE.search(normalize(query)))


def asks_where(query: str, mode: str, fillers: Iterable[str]) -> bool:
    """Whether a query asks which prefectures do something: keywords whose filler words name the
    places asked about (RPAを導入している県 is RPA, 県 left out), or a text asking for who does it
    (通勤手当の認定をRPAで自動化している県を探している)."""
    if mode == KEYWORDS:
        return bool(ASKS_WHERE & set(fillers))
    return bool(_ASKS_WHERE_TEXT.search(normalize(query).strip()))


def asked_by_a_text(text: str) -> tuple[str, str] | None:
    """(the words of a pasted text asking who does its task, as written; the status of the cases
    asked for), or None: 通勤手当のチェックを自動化している県はありますか → (自動化している県, 導入(実施)済),
    …RPA化した県を知りたい → (RPA化した県, 導入(実施)済), …導入を検討している県は？ → (検討している県,
    検討中). Who does a task already has it in use: a trial's mission question listed a case only
    planned first. A text that only says it does something (RPAを導入しているが、…) asks nothing."""
    normalised = normalize(text).strip()
    m = _ASKS_WHERE_TEXT.search(normalised)
    if m is None:
        return None
    before = _WORD_BEFORE.split(normalised[:m.start()])[-1]  # 自動化 of …チェックを自動化している県
    if len(before) <= 1:  # a particle just before (楽にしている県: し alone): the words before it too, in its clause
        before = _words_ending(_CLAUSE_BEFORE.split(normalised[:m.start()])[-1], ASKED_BEFORE_CHARS)
    asked = before + m.group(1) + m.group(2)
    if _ENGAGED.search(asked):  # 取り組んでいる県: working on it, planned and trialled too, asks no status
        return None
    status = asked_status(asked)
    return (asked, status[1] if status else IN_USE)


def _words_ending(clause: str, size: int) -> str:
    """The last words of `clause` within about `size` characters, whole and not starting with a
    particle: 自動入力に of オンライン申請や自動入力に (a trial saw 「請や自動入力にしているところ」)."""
    if len(clause) <= size:
        return clause
    analysed = morphemes(clause)
    at = next((i for i, m in enumerate(analysed) if m.start >= len(clause) - size
               and not m.pos.startswith(("助詞", "記号"))), None)
    if at is None:
        return clause[-size:]
    # …nor inside a compound: オープンデータにしている県, not データにしている県 (a trial)
    while at and analysed[at].pos.startswith("名詞") and analysed[at - 1].pos.startswith("名詞") \
            and analysed[at - 1].start + len(analysed[at - 1].surface) == analysed[at].start:
        at -= 1
    return clause[analysed[at].start:]


def without_filler(word: str) -> tuple[str, str]:
    """(`word` without a filler word it is or ends with, the filler as written): 事例 → ('', 事例),
    福祉分野 → (福祉, 分野), 議事録 → (議事録, '')."""
    lowered = word.lower()
    for filler in filler_words():
        if lowered.endswith(filler) and (len(filler) > 1 or lowered == filler):  # 県, not 全県's 県
            return word[:len(word) - len(filler)], word[len(word) - len(filler):]
    return word, ""


def _denied_after(analysed: Sequence[Morpheme], i: int) -> bool:
    """Whether the verb at `i` is followed by a negation (できないか, できませんか)."""
    return i + 1 < len(analysed) and analysed[i + 1].base in ("ない", "ん", "ぬ") or \
        i + 2 < len(analysed) and analysed[i + 1].base == "ます" and analysed[i + 2].base in ("ん", "ぬ")


def _listed_with_a_kept_word(i: int, alternatives: set[int], trimmed: Sequence[tuple[object, str, str]]) -> bool:
    """Whether word `i` of a run, listed with the one before it (`alternatives`), is still listed
    with a word kept after the filler words are taken out: in 市町村と被害状況, 市町村 goes (a
    filler word), and 被害状況 is then no alternative of the 災害 before the list (a trial's
    災害のときに市町村と被害状況を… searched 「災害」か「被害状況」)."""
    j = i
    while j in alternatives and j > 0:
        j -= 1
        if trimmed[j][1]:
            return True
    return False


def _soft_tail(word: QueryWord, synonyms: Synonyms) -> list[QueryWord]:
    """A word ending in a ranking word (作成業務, 窓口業務, 通勤手当自動化) as two: its head, and
    the ranking word, which only orders the matches: the cases say 議事録作成 as often as
    議事録作成業務. A synonym, a phrase or a head of one character is left whole."""
    if word.phrase or len(synonyms.variants(word.text)) > 1:
        return [word]
    lowered = word.text.lower()
    for tail in sorted(ranking_words(), key=len, reverse=True):
        if lowered.endswith(tail) and len(lowered) - len(tail) >= 2:
            head, rest = word.text[:-len(tail)], word.text[-len(tail):]
            return [QueryWord(head, kana_forms(head, synonyms)), QueryWord(rest, kana_forms(rest, synonyms))]
    return [word]



# a minus typed with another dash (−三重県: U+2212 from a character palette, ‐ U+2010, – …) or
# the input method's long-vowel mark before a word no word starts with (ー三重県, kana mode): a
# trial's 議事録 −三重県 read 三重県 as a filter and found only its case, the opposite asked
_MINUS_WRITTEN = re.compile(r"(?:(?<=\s)|^)(?:[−‐‑‒–—―]|[ーｰ](?=[^\sぁ-ゖァ-ヺー・\uff66-\uff9f]))(?=[^\s\-−‐‑‒–—―ーｰ])")


# …and the long-vowel mark where no long vowel can be, typed for - with the input method on: after a
# kanji, a letter or a digit (ＡＩーＯＣＲ is AI-OCR, 議事録ー三重県 議事録-三重県), or alone (a re-check
# trial's AIーOCR found 0 cases, 「ー」 said to be in no case); not after kana (サーバー, ｻｰﾊﾞ)
_LONG_VOWEL_TYPED_FOR_DASH = re.compile(r"(?<=[^\sぁ-ゖァ-ヺー・\uff66-\uff9f])[ーｰ]|(?:(?<=\s)|^)[ーｰ](?=\s|$)")


def minus_signs(query: str) -> str:
    """`query` with each dash or long-vowel mark written before a word as the minus that excludes
    it (`-`): 議事録 −三重県, 議事録 ー三重県 = 議事録 -三重県. Not a dash inside a word (AI‐OCR),
    and a long-vowel mark where none can be is the hyphen typed (ＡＩーＯＣＲ = AI-OCR)."""
    return _LONG_VOWEL_TYPED_FOR_DASH.sub("-", _MINUS_WRITTEN.sub("-", query))


def dots_joined(query: str, known: Callable[[str], bool]) -> str:
    """The query with each katakana word written with middle dots (オープン・データ, マイ・ナンバー)
    written without them when the cases write it so or it is a synonym (`known`): one word, not
    オープン or データ, as ・ between two words lists them (給与・手当). Other dotted katakana are
    such a list, written with と: Janome reads オープンデータ・ビッグデータ as one unknown word."""
    def joined(m: re.Match[str]) -> str:
        word = m.group(0).replace("・", "")
        return word if known(word) else m.group(0).replace("・", "と")
    if _HALF_WIDTH_KANA.search(query):  # ｵｰﾌﾟﾝ･ﾃﾞｰﾀ: the parser reads NFKC text anyway
        query = unicodedata.normalize("NFKC", query)
    return _DOTTED_KATAKANA.sub(joined, query) if "・" in query else query

def kana_forms(word: str, synonyms: Synonyms) -> tuple[str, ...]:
    """A word's forms: itself and its synonyms, and for a word written in kana alone, its other
    kana's spelling too (めーる = メール, ゴミ = ごみ): one word in two scripts; for katakana
    words joined by ・, the words written together."""
    forms = synonyms.variants(word)
    if _DOTTED_KATAKANA.fullmatch(word):  # チャット・ボット is also written チャットボット
        forms += [f for f in synonyms.variants(word.replace("・", "")) if f not in forms]
    if _KANA_WORD.match(word):
        other = to_katakana(word) if _HIRAGANA_WORD.match(word) else to_hiragana(word)
        forms += [f for f in synonyms.variants(other) if f not in forms]
    return tuple(forms)


def _nominal_verb(m: Morpheme, following: Morpheme | None) -> bool:
    """A verb in its continuative form written with kanji, with nothing after it but a noun: a
    noun (振込み, 読取, 受付け, 読取業務), not the verb of a sentence (読み取る, 読み取りたい,
    読み取って)."""
    return (m.pos.startswith("動詞,自立") and m.surface != m.base and bool(KANJI.search(m.surface))
            and not m.surface.endswith(("っ", "ん")) and (following is None or following.pos.startswith("名詞")))


# a piece of words with nothing between them: no kana (particles, okurigana), no listing ・ or space
_COMPOUND_PIECE = re.compile(r"[^\u3041-\u309f・\s]+")
# a list particle ending the text before a synonym (福祉と|子育て), or starting the text after one
# (AI-OCR|とRPA): the words either side are alternatives, as within one text (`content_words`)
# …and a comma (AI-OCR、RPA、チャットボット: a consultant's list found the cases holding all three; ・
# between names of the synonyms file says used together, AI-OCR・RPA, as the cases write it)
_LISTING_END = re.compile(rf"(?:^|[^\u3041-\u309f])(?:[とや]|{_SAID_OR_PATTERN})$|[、，,]$")
# と before these says with whom (市町村と共同で, RPAと連携して), not a list (福祉と子育て)
_DONE_WITH = ("共同", "一緒", "協力", "連携", "協働", "共有")
_LISTING_START = re.compile(r"[とや](?![のはもへがをにで])(?!" + "|".join(_DONE_WITH) + ")"
                            rf"|(?:{_SAID_OR_PATTERN})(?![\u3041-\u309f])|[、，,](?=\S)")


_EDGE_WORD = r"[A-Za-z0-9][A-Za-z0-9\-]*|[\u30a1-\u30faー]+|[\u4e00-\u9fff々]+"
_LAST_WORD = re.compile(f"(?:{_EDGE_WORD})$")
_FIRST_WORD = re.compile(_EDGE_WORD)


def _dot_lists(before: str, after: str) -> bool:
    """Whether ・ between `before` and `after` lists them as alternatives (議事録・チャットボット,
    福祉・子育て: a researcher got 0 cases where 議事録、チャットボット finds 49), as it does between any
    words but two technologies' names, which the cases write so when a task uses both (AI-OCR・RPA)."""
    last, first = _LAST_WORD.search(before), _FIRST_WORD.match(after)
    return not (last and first and named_tag(last.group()) and named_tag(first.group()))


# what the asker will do with the cases found, said of them (…の事例を一覧にしてExcelで上司に見せたい,
# …の事例を比べたい, …を一覧で見たい): a clause after the cases (事例を) whose every predicate asks to
# see, compare or list them (`RESULT_VERBS`), or a list or sheet asked for (一覧で, Excelで) before
# such predicates alone. A clerk's trial saw 一覧, Excel and 上司 required (0 cases) and 比べたい read
# as 照合. Not the cases a task works from (過去の事例をもとに手助けしてくれる…, 問い合わせ事例を分析して
# FAQを作りたい: 手助け, 作る), nor a task making a list (報告を一覧表にまとめたい: まとめる is a task)
_THE_CASES = re.compile(r"(?:事例|実例|活用例|導入例|先行例|(?<![\u4e00-\u9fff々])例|ケース)(?:等|など)?を")
_AS_A_SHEET = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30faー])(?:一覧表|一覧|リスト|エクセル|excel|csv|表)(?:形式)?"
                         r"(?:で|に|として)(?:して|し)?", re.IGNORECASE)
# …or how the others stand (他県の状況を知りたい, 全国の動向を調べたい): what the cases found show, no word
# a case must hold (a trial's 状況 kept 12 cases saying 実施状況 or 課税状況 of 225 RPA cases)
_OTHERS_STATE = re.compile(r"(?:他県|他の県|ほかの県|よその県|他府県|他の都道府県|各県|各都道府県|全国|他(?:の)?自治体"
                           r"|ほかの自治体|他団体)(?:の|で)(状況|動向|様子|現状|取組状況|取り組み状況)を")
_CLAUSE_END = re.compile(r"([、。,.!?！？])")
SHOWING_VERBS = frozenset(["見る", "見せる", "欲しい", "ほしい", "教える", "知る", "比べる", "見比べる", "比較", "紹介",
                           "確認", "参考", "探す", "調べる", "見つける"])
RESULT_VERBS = QUESTION_VERBS | SHOWING_VERBS | frozenset(["一覧", "まとめる", "共有", "リストアップ"])
_LIGHT_VERBS = frozenset(["する", "いる", "おる", "くる", "いく", "くれる", "もらう", "みる", "しまう", "なる", "できる"])


def _predicates(clause: str) -> list[str]:
    """What each predicate of `clause` says: a verb or adjective (見せたい: 見せる; 欲しい), or the
    noun する or にする is said of (比較したい: 比較; 一覧にして: 一覧)."""
    out: list[str] = []
    ms = morphemes(clause)
    for i, m in enumerate(ms):
        if m.pos.startswith("形容詞,自立"):
            out.append(m.base)
        if not m.pos.startswith("動詞,自立"):
            continue
        if m.base not in _LIGHT_VERBS:
            out.append(m.base)
            continue
        before = ms[i - 1] if i else None
        if before is not None and before.surface == "に" and i > 1 and ms[i - 2].pos.startswith("名詞"):
            before = ms[i - 2]
        if m.base == "する" and before is not None and before.pos.startswith("名詞"):
            out.append(before.base)
    return out


def without_what_is_done_with_the_cases(text: str) -> str:
    """`text` without the clauses saying what the asker will do with the cases (see above)."""
    parts = _CLAUSE_END.split(text)  # clause, its end, clause, its end, …, clause
    for i in range(0, len(parts), 2):
        clause = parts[i]
        cases = _THE_CASES.search(clause)
        said = _predicates(clause[cases.end():]) if cases else []
        if cases and said and all(p in RESULT_VERBS for p in said):
            parts[i] = clause[:cases.end() - 1]
            continue
        state = _OTHERS_STATE.search(clause)
        if state and (said := _predicates(clause[state.end():])) and all(p in RESULT_VERBS for p in said):
            parts[i] = clause[:state.start(1)]
            continue
        for sheet in _AS_A_SHEET.finditer(clause):
            said = _predicates(clause[sheet.end():])
            if said and all(p in SHOWING_VERBS for p in said):
                parts[i] = clause[:sheet.start()].rstrip("をのでに")
                break
    out = "".join(parts)
    return out if _CLAUSE_END.sub("", out).strip() else text  # 一覧で見たい alone: the words typed


# verbs that say nothing of a task after a noun that does (共同利用|してる, RPA|やってる)
_LIGHT_VERBS = frozenset(["する", "やる", "いる", "てる", "でる", "おる", "ある"])
# …and nouns for "the ones" that Janome reads alone as nouns of their own (電子申請を共同で使っているところ
# searched ところ, 0 cases; もの is a stop word)
_THE_ONES = frozenset(["ところ", "とこ", "やつ", "もの"])


def _says_nothing(text: str) -> bool:
    """Whether kana are particles, auxiliaries, conjunctions and nouns that say nothing alone (もの,
    こと, など, のもの, かつ of 共同利用可能かつ導入済み), or a verb ending of those (してる, しているやつ: a
    planner's 北海道の電子申請で共同利用してるやつ searched してるやつ, 0 cases): not a word typed before
    conversion (ちゃっとぼっと is チャットボット; しんせい is no verb ending, having no ている)."""
    found = morphemes(text)
    ending = any(m.pos.startswith(("動詞,非自立", "助動詞")) for m in found)  # ている, てる, てた
    return all(m.pos.startswith(("助詞", "助動詞", "接続詞", "名詞,非自立", "名詞,代名詞", "記号")) or m.base in STOP_WORDS
               or m.base in _THE_ONES or ending and m.pos.startswith("動詞") and m.base in _LIGHT_VERBS
               for m in found)


def content_words(text: str) -> tuple[list[str], set[int], bool, bool]:
    """The words of `text` (runs of content morphemes within one script, as written), those that
    follow や (予算や決算: either one) by index, whether it reads as a sentence (has a verb or
    adjective), and whether it ends asking (a `QUESTION_VERBS` verb with no word after it: a word
    after it elsewhere in the query makes the query a sentence)."""
    words: list[str] = []
    alternatives: set[int] = set()
    listed = False  # a や between two words: the next word is an alternative to the one before
    verbal = False
    run = ""
    run_start = 0
    headed = False  # the run has a morpheme other than a suffix: 化 alone (デジタル|化) is no word
    last_end = -1
    asking = False  # the last verb asks which cases there are (知り of 知りたい)
    asked = len(text)  # where the first such verb is
    starts: list[int] = []  # where each word starts
    analysed = _small_kana_joined(_unknown_kanji_words(text, morphemes(text)))
    glued = False  # a hiragana adverb written onto a katakana noun: one name with it

    def close() -> None:
        nonlocal listed
        if run and headed:
            if listed and words:
                alternatives.add(len(words))
            listed = False
            words.append(run)
            starts.append(run_start)

    for i, m in enumerate(analysed):
        content = (m.pos.startswith(_CONTENT_POS) and not m.pos.startswith(_NOT_CONTENT_POS)
                   and m.base not in STOP_WORDS and any(ch.isalnum() for ch in m.surface))
        following = analysed[i + 1] if i + 1 < len(analysed) else None
        if m.pos.startswith(("名詞,サ変接続", "名詞,接尾")) and following is not None and following.pos.startswith("動詞") \
                and (following.base == "する" or following.base == "できる" and not _denied_after(analysed, i + 1)
                     and not _ASKS_REUSE.search("".join(a.surface for a in analysed[max(0, i - 2):i + 1]))) \
                and m.base not in QUESTION_NOUNS:
            # 自動化したい, 集計している: a verb, so the query is a sentence (not 導入している); and what a thing
            # can do (被害状況をすぐ共有できるシステムを探している: a trial saw it searched as keywords), not a
            # wish put as a question (RPA化できないか: `_WISH`), nor whether it can be reused (横展開できるRPA)
            verbal = True
        said = following is not None and following.surface in ("な", "だ", "です") or \
            i and (following is None or analysed[i - 1].surface == "が")
        if m.pos.startswith("名詞,形容動詞語幹") and said:
            verbal = True  # 集計が大変, 不便な窓口: said of something, as an adjective is: a sentence
        nominal = _nominal_verb(m, following)
        if nominal and following is not None and (following.pos == "名詞,接尾" or len(m.surface) == 1):
            content = True  # 申込み書, 取込 (取 + 込 to Janome): a noun as written, with what follows one word
        elif nominal:
            # 振込み, 読取: a noun as written, whatever Janome took it for; a word of its own
            # (読取業務 is 読取 業務: the cases write 読み取り業務, 読取りの業務 …)
            close()
            if listed and words:
                alternatives.add(len(words))
            listed = False
            words.append(m.surface)
            starts.append(m.start)
            run, headed = "", False
            continue
        if m.pos.startswith(_VERBAL_POS) and m.base not in STOP_WORDS and not nominal \
                and m.base not in QUESTION_VERBS:
            verbal = True
            asking = False
        elif (m.pos.startswith(_VERBAL_POS) or m.pos.startswith("名詞,サ変接続")) and m.base not in STOP_WORDS:
            asking = m.base in QUESTION_VERBS or m.base in QUESTION_NOUNS
            if asking and m.pos.startswith(_VERBAL_POS):
                asked = min(asked, m.start)
        if m.base == "たい" and not asking:
            verbal = True  # 作りたい; not 知りたい, 探したい, 導入したい
        if m.base == "する" and m.pos.startswith("動詞") and i >= 2 and analysed[i - 1].surface == "に" \
                and analysed[i - 1].pos.startswith("助詞,格助詞") \
                and analysed[i - 2].pos.startswith(("名詞,一般", "名詞,サ変接続", "名詞,固有名詞", "名詞,接尾")) \
                and analysed[i - 2].base not in NOT_MADE_INTO:  # not 楽にしている (made easier: 形容動詞語幹)
            verbal = True  # オープンデータにしている says what a task does, as オープンデータ化している does
        if m.base == "する" and i and analysed[i - 1].pos.startswith("名詞,サ変接続") and asking:
            asked = min(asked, m.start)  # 導入している
        if not content and m.pos.startswith("副詞") and _HIRAGANA_WORD.fullmatch(m.surface) and following is not None \
                and following.start == m.end and following.pos.startswith("名詞") and _KATAKANA_START.match(following.surface):
            content = True  # ぴったりサービス, すぐメール: a name, not サービス said ぴったり
            glued = True
        elif not (glued and content and m.start == last_end):
            glued = False
        counted = bool(run) and i > 0 and m.start == last_end and _counted(analysed[i - 1], m)
        lettered = len(run) == 1 and run.isascii() and run.isalpha()  # Lアラート, eスポーツ: no word L or e
        if not content or (run and (m.start != last_end
                                    or (_script(run[-1]) != _script(m.surface[0])
                                        and not glued and not counted and not lettered))):
            close()
            run, headed = "", False
        if m.surface == "や" and m.pos.startswith("助詞,並立助詞") or m.surface in ("と", "・", "、", "，", ",") \
                and following is not None and not following.pos.startswith(("助詞", "記号")) \
                and not (m.surface == "と" and following.surface.startswith(_DONE_WITH)):
            listed = bool(words)  # 予算や決算, 福祉と子育て, 給与・手当, 給与、手当; not 県立学校とのメール (with the schools)
        elif m.surface in SAID_OR and m.pos.startswith(("助詞", "接続詞")) and following is not None \
                and following.pos.startswith(_CONTENT_POS) and (bool(run) or bool(words)):
            listed = True  # 電子申請か電子入札, 議事録または音声認識: or, between two words
        elif not content and m.pos.startswith(("名詞", "動詞", "形容詞")):
            listed = False  # a verb or a word that is no content ends the list (予算や作ったもの)
        if content:
            if not run:
                run_start = m.start
            run += m.surface
            headed = headed or not m.pos.startswith("名詞,接尾")
            last_end = m.end
    close()
    # a verb that asks is no sentence only when what it says of is no content: 使っている都道府県,
    # 事例を教えて; Teamsを使った情報共有 is a sentence about 情報共有
    after = [word for word, start in zip(words, starts)
             if start > asked and without_filler(word)[0] and word not in QUESTION_TARGETS]
    return words, alternatives, verbal or bool(after), asked < len(text) and not after


def _audience_cut(text: str) -> tuple[str, set[str]]:
    """`text` with each suffix saying for whom (向け of 住民向けチャットボット) made a space, and the
    words so said (住民, lowercased): the word before it stands alone, as before の, and only ranks."""
    analysed = morphemes(text)
    cuts = [i for i, m in enumerate(analysed) if m.pos.startswith("名詞,接尾") and m.surface in _AUDIENCE_SUFFIXES]
    audience: set[str] = set()
    for i in reversed(cuts):
        m, first = analysed[i], i
        while first > 0 and analysed[first - 1].end == analysed[first].start \
                and analysed[first - 1].pos.startswith(("名詞", "接頭詞")):
            first -= 1  # the whole noun before it: 事業者 of 事業者向け
        if first < i:
            audience.add(text[analysed[first].start:m.start].lower())
        text = text[:m.start] + " " + text[m.end:]
    return text, audience


def _counted(before: Morpheme, m: Morpheme) -> bool:
    """Whether `m` goes with the number `before` it, or a number with its prefix: 24時間, 3年間,
    10万円, 第2期 are one word each (the cases write them so), not 24 and 2 alone."""
    return (before.pos.startswith("名詞,数") and m.pos.startswith(("名詞,接尾", "名詞,数"))) \
        or (before.pos.startswith("接頭詞,数接続") and m.pos.startswith("名詞,数"))


def _a_suffix_there(text: str, start: int, chunk: str) -> bool:
    """Whether `chunk`, one character at `start` of `text` after a word, is a suffix as Janome
    reads the whole text (系, 型, 用 of チャットボット系, RPA用), which alone it reads as a noun."""
    return len(chunk) == 1 and start > 0 and suffix_at(text, start)


def _unknown_kanji_words(text: str, analysed: tuple[Morpheme, ...]) -> list[Morpheme]:
    """`analysed` with each run of kanji that the dictionary cuts into single characters one noun
    (空撮: 空 + the verb 撮; 電帳: two suffixes): a word it does not know, searched whole, not
    through its characters (or, for 電帳, as nothing)."""
    out: list[Morpheme] = []
    i = 0
    while i < len(analysed):
        j = i
        while j < len(analysed) and len(analysed[j].surface) == 1 and KANJI.fullmatch(analysed[j].surface) \
                and (j == i or analysed[j].start == analysed[j - 1].end):
            j += 1
        first, last = analysed[i], analysed[j - 1] if j > i else None
        if last is not None and j - i >= 2 and not (first.start and KANJI.fullmatch(text[first.start - 1])) \
                and not (last.end < len(text) and KANJI.fullmatch(text[last.end])):
            run = text[first.start:last.end]
            out.append(Morpheme(run, run, "名詞,一般", "", first.start, last.end))
            i = j
        else:
            out.append(analysed[i])
            i += 1
    return out


_SMALL_KANA = frozenset("ぁぃぅぇぉゃゅょゎっァィゥェォャュョヮッ")


def _small_kana_joined(analysed: list[Morpheme]) -> list[Morpheme]:
    """`analysed` with a morpheme that starts with a small kana joined to the one before it, as
    one noun: no word starts so, and in kana typed unconverted Janome cut じ + ゅうみんひょう…
    (じ an auxiliary), which dropped the じ of 住民票."""
    out: list[Morpheme] = []
    for m in analysed:
        if out and m.surface[:1] in _SMALL_KANA and out[-1].end == m.start:
            before = out.pop()
            joined = before.surface + m.surface
            m = Morpheme(joined, joined, "名詞,一般", "", before.start, m.end)
        out.append(m)
    return out


def lone_verb(text: str) -> str | None:
    """The word of a query that is one verb and nothing else (読取る, 集計する: 集計), as written;
    None for anything more (議事録を作る, 自動化したい: a task described)."""
    ms = [m for m in morphemes(text) if not m.pos.startswith("記号")]
    if len(ms) == 1 and ms[0].pos.startswith("動詞,自立") and ms[0].base not in STOP_WORDS \
            and ms[0].base not in QUESTION_VERBS and ms[0].surface == ms[0].base:
        return ms[0].surface
    if len(ms) == 2 and ms[0].pos.startswith("名詞,サ変接続") and ms[1].surface == "する" \
            and ms[0].base not in QUESTION_NOUNS:
        return ms[0].surface
    return None


def parse_query(query: str, synonyms: Synonyms, keep: tuple[str, ...] = (), understand: bool = True,
                max_words: int = 64, whole: frozenset[str] = frozenset(), describe: bool = False) -> ParsedQuery:
    """The query's words, exclusions, filters and mode (see the module's docstring). A space-
    separated piece in `whole` is one word, not read by Janome (じどう手当, kana typed for part of
    a word, which Janome reads as じ + どう + 手当). `describe`: a sentence is read as a description
    whatever its words (`ParsedQuery.sentence`: no case holds them all)."""
    text = " ".join(normalize(query).split())
    if understand:
        text = answers_together(text)
    kept = {normalize(k) for k in keep}
    whole = frozenset(normalize(w) for w in whole)
    items: list[_Item] = []
    negate = joined = operators = False
    unused: list[str] = []  # operators with no word on the side they act on (OR RPA, RPA OR, RPA NOT)
    pending = ""  # the operator waiting for its word
    for m in _TOKEN.finditer(text):
        quoted = next((g for g in m.groups()[:3] if g is not None), None)
        token = m.group(4)
        if token in SAID_OR and items:  # 議事録 または 会議録: OR as said (a trial searched または)
            token = "OR"
        if token in OPERATORS:
            operators = True
            if pending or (token == "OR" and not items):
                unused.append(pending or token)
            negate, joined = (token == "NOT"), (token == "OR" and bool(items))
            pending = token if token != "OR" or items else ""
            continue
        pending = ""
        if quoted is not None:
            operators = True
            if quoted.strip():
                items.append(_Item(" ".join(quoted.split()), phrase=True, negated=negate, joined=joined))
        elif token.startswith("-") and len(token) > 1 and token[1] != "-":
            operators = True
            items.append(_Item(token[1:], negated=True, joined=joined))
        elif token == "-":  # apart from its word (- 議事録), it leaves nothing out, and the result says so
            operators = True
            unused.append(token)
        else:
            items.append(_Item(token, negated=negate, joined=joined))
        negate = joined = False
    # …and one at the end (RPA OR: a trial got RPA's 225 cases with nothing said of the OR, which did nothing)
    lone_operators = tuple(dict.fromkeys([*unused, *([pending] if pending else [])]))
    if operators and not items:
        # operators with nothing to act on (NOT, OR, AND, "" alone) are the text typed: NOT is
        # searched as a word, "" has nothing searchable; neither is a search for every case
        operators = False
        items = [_Item(token) for token in text.split()]
        lone_operators = tuple(dict.fromkeys(token for token in text.split() if token in OPERATORS or token == "-"))

    filters: list[AppliedFilter] = []
    leftover: list[str] = []
    verbal = False
    asking = False  # a verb that asks which cases there are has come (RPAを使っている…)
    asked_in: list[str] = []  # the words as typed, but for phrases and exclusions: where 導入している is read
    audience: set[str] = set()  # words said of whom a case is for (住民 of 住民向け): they only rank
    together: list[str] = []  # pieces a synonym cut (`ParsedQuery.together`)
    for item in items:
        if item.phrase:
            item.words = [QueryWord(item.text, (item.text.lower(),), phrase=True)]
            leftover.append(item.text)
            continue
        rest = without_what_is_done_with_the_cases(item.text)
        if understand:
            # a whether asked (共同利用できるか) is answered on the page (`asks_reuse`), no word or filter
            found, rest, _ = understood_filters(rest, kept, item.negated)
            filters.extend(found)
            if not item.negated and len(text) <= OTHER_THAN_QUERY_CHARS:
                # 給与以外: -給与, an item of its own, read after this one (the loop reaches it)
                rest, left_out = _words_other_than(rest)
                items.extend(_Item(word, negated=True) for word in left_out)
        cut, said_for = _audience_cut(rest)
        audience |= said_for
        if cut == item.text and _COMPOUND_PIECE.fullmatch(cut):
            item.compound = cut
        for piece in cut.split():
            at = 0  # where the chunk starts in the piece
            listing = False  # the text before this chunk ended listing (福祉と|子育て, AI-OCR|と|RPA)
            chunks = synonyms.split(piece)
            if len(chunks) > 1 and any(c.synonym for c in chunks) and _COMPOUND_PIECE.fullmatch(piece) \
                    and not item.negated and not any(c.text.lower() in ranking_words() for c in chunks):
                together.append(piece)  # not コピペ作業: 作業 only ranks, and 転記作業 is no closer than 転記
            for k, chunk in enumerate(chunks):
                start, at = at, at + len(chunk.text)
                if listing and item.words:  # the next word is an alternative to the one before
                    item.alternatives.add(len(item.words))
                listing = not chunk.synonym and (
                    _LISTING_END.search(chunk.text) is not None
                    or chunk.text.endswith("・") and k + 1 < len(chunks) and _dot_lists(
                        chunk.text[:-1] or (chunks[k - 1].text if k else ""), chunks[k + 1].text))
                dotted_after = not chunk.synonym and chunk.text.startswith("・") and chunk.text != "・" \
                    and k > 0 and chunks[k - 1].synonym and _dot_lists(chunks[k - 1].text, chunk.text[1:])
                if not chunk.synonym and _a_suffix_there(piece, start, chunk.text):
                    continue  # 系 of チャットボット系: a suffix of the synonym before it, no word
                if chunk.synonym:
                    item.words.append(QueryWord(chunk.written, kana_forms(chunk.text, synonyms)))
                    # AIを活用した議事録作成: a sentence about 議事録; not RPAを導入した市町村 (who is asked about)
                    verbal = verbal or asking and chunk.text not in QUESTION_TARGETS
                    continue
                if chunk.text == piece and chunk.text in whole:
                    item.words.append(QueryWord(chunk.text, kana_forms(chunk.text, synonyms)))
                    verbal = verbal or asking
                    continue
                if chunk.text == piece and cut != item.text and _HIRAGANA_WORD.match(chunk.text) \
                        and _says_nothing(chunk.text):
                    continue  # もの of 共同利用できるもの: kana left by a filter's words, no content
                if chunk.text == piece and _HIRAGANA_WORD.match(chunk.text):
                    # kana typed before conversion (ふくし, ちゃっとぼっと) is one word, not a
                    # sentence Janome reads as verbs: it is also its katakana spelling
                    # (チャットボット); a kanji word of that reading is もしかして, not a match.
                    # Kana between other words (AIによる議事録) is read by Janome: particles.
                    item.words.append(QueryWord(chunk.text, kana_forms(chunk.text, synonyms)))
                    verbal = verbal or asking
                    continue
                runs, listed, is_verbal, asks = content_words(chunk.text)
                if item.words and runs and (_LISTING_START.match(chunk.text) or dotted_after):  # AI-OCR|とRPA化
                    listed = {0, *listed}
                lone = lone_verb(chunk.text) if chunk.text == piece and len(items) == 1 else None
                if lone is not None:  # 読取る, 集計する typed alone: a word, not a task described
                    runs, is_verbal = [lone], False
                verbal = verbal or is_verbal or (asking and any(without_filler(w)[0] for w in runs))
                asking = asking or asks
                item.alternatives.update(len(item.words) + i for i in listed)
                item.words.extend(QueryWord(w, kana_forms(w, synonyms)) for w in runs)
        if rest.strip():
            leftover.append(rest)
            if not item.negated:
                asked_in.append(rest)

    # 事例 of チャットボットに関する事例, 分野 of 福祉分野: left out while other words or filters
    # remain (北海道の事例 is every case of 北海道)
    fillers: list[str] = []
    unrecorded: list[str] = []  # 連絡先, 担当課: what the survey does not record, left out

    def trim(w: QueryWord) -> tuple[QueryWord, str, str]:  # (the word, what is kept of it, its filler)
        if w.phrase:
            return w, w.text, ""
        if asking and w.text in QUESTION_TARGETS:  # RPAを導入した市町村: who is asked about
            return w, "", w.text
        if w.text in NOT_RECORDED:  # 香川県のAI-OCRの担当課の連絡先: the survey has no such column; before
            # the synonyms, which spell 問い合わせ先 otherwise too (a trial's 岡山県の問い合わせ先 searched it: 0)
            return w, "", w.text
        if len(synonyms.variants(w.text)) > 1:
            return w, w.text, ""
        if asking and w.text in QUESTION_NOUNS:
            return w, "", ""  # 導入 of 導入している, 検討 of 検討している: the status it asks for (`prefer`)
        return (w, *without_filler(w.text))

    trimmed = {id(item): [trim(w) for w in item.words]
               for item in items if not item.negated}  # an excluded word is excluded as typed
    if filters or any(kept_text for words in trimmed.values() for _, kept_text, _ in words):
        for item in items:
            if item.negated:
                continue
            words: list[QueryWord] = []
            alternatives: set[int] = set()
            for i, (word, kept_text, filler) in enumerate(trimmed[id(item)]):
                if filler:
                    (unrecorded if filler in NOT_RECORDED else fillers).append(filler)
                if kept_text and _listed_with_a_kept_word(i, item.alternatives, trimmed[id(item)]):
                    alternatives.add(len(words))
                if kept_text == word.text:
                    words.extend(_soft_tail(word, synonyms))
                elif kept_text:
                    words.extend(_soft_tail(QueryWord(kept_text, kana_forms(kept_text, synonyms)), synonyms))
            item.words, item.alternatives = words, alternatives

    for i, item in enumerate(items):
        beside_or = item.joined or (i + 1 < len(items) and items[i + 1].joined)
        if item.compound and not item.alternatives and (item.negated or beside_or):
            # an excluded piece is read as it is searched: 情報発信事務 is 情報発信, and 事務 to rank
            words = [t for w in item.words for t in _soft_tail(w, synonyms)] if item.negated else item.words
            if len(words) > 1:
                item.words = [QueryWord(item.compound, kana_forms(item.compound, synonyms), parts=tuple(words))]

    clauses: list[list[QueryWord]] = []
    excluded: list[QueryWord] = []
    for item in items:
        if item.negated:
            excluded.extend(item.words)
            continue
        for i, word in enumerate(item.words):
            if (i == 0 and item.joined or i in item.alternatives) and clauses:
                clauses[-1].append(word)
            else:
                clauses.append([word])
    if audience:
        clauses = [[replace(w, ranks_only=True) if not w.phrase and w.text.lower() in audience else w for w in clause]
                   for clause in clauses]
    # a word given twice is one word (議事録 議事録, zq zq …): the same clause twice adds nothing
    distinct: dict[tuple[str, ...], list[QueryWord]] = {}
    for clause in clauses:
        distinct.setdefault(tuple(sorted(f"{w.phrase}{w.text.lower()}" for w in clause)), clause)
    clauses = list(distinct.values())
    excluded = list({f"{w.phrase}{w.text.lower()}": w for w in reversed(excluded)}.values())[::-1]
    ignored = max(0, len(clauses) - max_words) + max(0, len(excluded) - max_words)
    clauses = clauses[:max_words]
    count = len({w.text.lower() for c in clauses for w in c})  # distinct words: 議事録 議事録 is one
    # many words make a pasted text a description, unless each was typed apart (通勤手当 旅費 給与
    # RPA 入力: a list of keywords, which the search box's help says must all be contained)
    typed_apart = sum(1 for item in items if not item.phrase) >= count
    # 導入したい, 運用したい: a wish, no question (RPAを導入したい is RPA); said of a task in several
    # words, a description (県内の市町村と共同で電子申請の受付システムを運用したい: a trial found it
    # read as 共同 電子申請 受付, with 運用 left out unsaid and the cases in use asked for)
    wished = count >= WISHED_WORDS and not typed_apart and _WISH.search(text) is not None
    mode = DESCRIPTION if not operators and (verbal or wished or describe or (count > DESCRIPTION_WORDS and not typed_apart)) \
        else KEYWORDS
    tables = tuple(f.text for f in filters if (f.facet == "section" or f.text in EVERYDAY_PHRASES) and not f.exclude
                   and f.text not in kept)
    if mode == DESCRIPTION and tables:
        # a table's name in a description is what it asks for, which ranks (`search.asked`), no filter:
        # 将来のIT人材を育てたい of a text on children's programming classes kept the talent roles only
        # (and so is an everyday phrase for a 区分: 外部の専門家, `understand.EVERYDAY_PHRASES`)
        return parse_query(query, synonyms, (*keep, *tables), understand, max_words, whole, describe)
    # 導入 said beside what is introduced (九州のRPA導入, RPAの導入, 議事録 導入) asks for its adoption, as
    # 導入している does: the cases in use first, and 導入 no word to rank by (the cases saying it say as
    # often 導入予定, or 導入見送り in a reason: a trial's 九州のRPA導入 had 大分's 見送り first)
    adoption: tuple[str, str] | None = None
    if understand and mode == KEYWORDS and not any(f.facet == "status" for f in filters):
        bare = [c for c in clauses if len(c) == 1 and not c[0].phrase and c[0].text == ADOPTION_WORD]
        # …or beside what the query keeps to (三重県 導入: 三重県's cases, those in use first, as
        # 三重県で導入している; searched, 導入 found four, a 検討中 one first)
        if bare and (len(clauses) > len(bare) or any(not f.exclude for f in filters)):
            clauses = [c for c in clauses if c not in bare]
            adoption = (ADOPTION_WORD, IN_USE)
    rest = " ".join(leftover)
    if mode == KEYWORDS:  # the words as read, in the query's own syntax: 北海道と東北のRPA → RPA
        rest_words = [" OR ".join(_written(w) for w in c) for c in clauses] + [f"-{_written(w)}" for w in excluded]
        text = " ".join(rest_words)
    else:
        text = rest
    # 導入している of a question, beside no status of its own: the cases in use first; 導入していない
    # said to be no condition
    # (a table's phrase says it too: 市町村と共同で使っている is the shared systems, in use first)
    question = " ".join([*asked_in, *(f.text for f in filters if f.facet == "section" and not f.exclude)]) \
        if understand and mode == KEYWORDS else ""
    asked = asked_status(question) if question and not any(f.facet == "status" for f in filters) else None
    asked = asked or adoption
    if understand and asked is None and not any(f.facet == "status" for f in filters):
        # 通勤手当のチェックを自動化している県はありますか, チャットボットで自動応答している県はある？
        asked = asked_by_a_text(query)
    return ParsedQuery(tuple(tuple(c) for c in clauses), tuple(excluded[:max_words]), tuple(filters), mode,
                       text, operators, rest, ignored if mode == KEYWORDS else 0,
                       tuple(dict.fromkeys(fillers)) if mode == KEYWORDS else (),
                       AppliedFilter("status", asked[1], asked[0]) if asked else None,
                       denied_status(question) or "",
                       tuple(dict.fromkeys(unrecorded)) if mode == KEYWORDS else (),
                       tuple(dict.fromkeys(together)) if mode == KEYWORDS else (),
                       tuple(dict.fromkeys(own_statuses(query))) if understand else (),
                       sentence=mode == KEYWORDS and not operators and not typed_apart and _joined(normalize(query)),
                       lone_operators=lone_operators)


def _joined(text: str) -> bool:
    """Words joined by particles or commas (設計書の積算を、…), as a sentence joins them; not a
    compound Janome cuts (預金紹介, 情報セキュリティ事故)."""
    return any(m.pos.startswith(("助詞", "記号,読点", "記号,句点")) for m in morphemes(text))


def _written(word: QueryWord) -> str:
    return f'"{word.text}"' if word.phrase else word.text


DROPPED_SUFFIXES = ("化", "等", "系", "用")  # 電子申請化, 議事録系: no case writes it so, the word before it is meant


def without_dangling(q: str) -> str:
    """`q` without the particles, commas and dots at its ends, as Janome reads them: what taking a
    word out leaves (長野県の of 長野県のRPA, を of を導入している); not the も of 子ども, which a
    class of characters took (a link searched 子ど)."""
    q = " ".join(q.split())
    found = morphemes(q)
    start, end, i, j = 0, len(q), 0, len(found)
    while i < j and _tie(found[i]):
        start, i = found[i].end, i + 1
    while j > i and _tie(found[j - 1]):
        end, j = found[j - 1].start, j - 1
    return q[start:end].strip()


def _tie(m: Morpheme) -> bool:
    return m.pos.startswith(("助詞", "記号,読点", "記号,空白")) or m.surface.strip() in ("", "・", ",", "，")


def query_without(q: str, text: str) -> str:
    """`q` with the words `text` taken out, with the operator in front of them (`-三重県`,
    `NOT 三重県`) and the particle after them (`三重県の`): the query a filter's removal (a chip's
    ×, a relaxation) searches. What that leaves of an operator with no word to act on goes too
    (`without_lone_operators`)."""
    return without_lone_operators(_words_taken_out(q, text))


_OPEN_BRACKETS, _CLOSE_BRACKETS = "(（[［「", ")）]］」"
_QUOTES = '"「」“”＂'
_JOINING = ("OR", "AND")


def without_lone_operators(q: str) -> str:
    """`q` without OR or AND lacking a word on either side, NOT or - lacking one after it, and
    brackets or quotes holding nothing: a trial's `RPA OR` without RPA suggested searching `OR` (0
    cases), and `(RPA OR AI-OCR) 給与` without both `( OR ) 給与`."""
    tokens = [t for t in q.split() if t.strip(_QUOTES)]
    while True:
        out: list[str] = []
        for i, token in enumerate(tokens):
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            before = out[-1] if out else None
            if token in _JOINING and (before is None or after is None or before in OPERATORS or after in _JOINING
                                      or before[-1] in _OPEN_BRACKETS or after[0] in _CLOSE_BRACKETS):
                continue
            if token in ("NOT", "-") and (after is None or after in OPERATORS or after[0] in _CLOSE_BRACKETS):
                continue
            if before is not None and len(before) == 1 and before in _OPEN_BRACKETS \
                    and len(token) == 1 and token in _CLOSE_BRACKETS:
                out.pop()
                continue
            out.append(token)
        if out == tokens:
            return " ".join(out)
        tokens = out


def _words_taken_out(q: str, text: str) -> str:
    """`query_without` but for the operators it leaves alone."""
    if text not in q:  # a word typed in full width (ＲＰＡ) is read, and named, as NFKC makes it (RPA)
        q = unicodedata.normalize("NFKC", q)
    if text not in q:  # …and an answer typed apart as it was read (共同利用 可: 共同利用可)
        q = answers_together(" ".join(q.split()))
    # a phrase goes with its quotes: a trial's link for 「"RPA"」 without RPA searched 「" "」 and found nothing;
    # …and one left open, read as closed at the end (a trial's 「"RPA」 offered a search for 「"」, 0 cases)
    q = re.sub(r'"\s*{0}\s*(?:"|$)|「\s*{0}\s*(?:」|$)|“\s*{0}\s*(?:”|$)'.format(re.escape(text)), lambda _: text, q)
    # one of words ORed goes with its OR (RPA OR AI-OCR, RPAかAI-OCR → AI-OCR): a trial's link left
    # `OR AI-OCR`, searching OR as a word
    ored = r"(?:\s+(?:OR|{0})\s+|(?:{0}))".format("|".join(map(re.escape, SAID_OR)))
    for pattern in (r"(?:(?<=\s)|^)" + re.escape(text) + ored + r"(?=\S)", r"(?<=\S)" + ored + re.escape(text) + r"(?=\s|$)"):
        if (without := re.sub(pattern, "", q, count=1)) != q:
            return " ".join(without.split())
    # a place listed after another (北海道と東北のRPA) goes with the と that listed it: 北海道のRPA
    listed = re.sub(r"(?<=\S)[とや・、]" + re.escape(text) + r"(?=の|\s|$)", "", q)
    if listed != q:
        return " ".join(listed.split())
    # a place that sets the scene of a sentence goes with the words that tie it on (北陸の県で、職員の…,
    # 北海道で、…, 三重県では): a trial's widened 北陸 search read 「県で、職員の…」
    scene = re.escape(text) + r"(?:の(?:都道府県|府県|県|地方|地域))?(?:では|には|で|に|は)[、，,]?\s*"
    if re.search(scene, q):
        return " ".join(re.sub(r"(?:(?<=\s)|^)(?:-|NOT\s+)?" + scene + "|" + scene, "", q).split())
    # …with a formal noun written onto it (共同利用できるもの → nothing, not もの: a trial's
    # relaxation searched 通勤手当 RPA もの and found 0 where 13 cases contain both words)
    # …or a suffix no case writes it with (RPA化 → nothing, not 化: a link searched 化 in the AI・RPA table)
    said = re.escape(text) + r"(?:な?もの|な?こと|ところ|[{0}](?![\u3400-\u9fffA-Za-z0-9]))?".format("".join(DROPPED_SUFFIXES))
    pattern = r"(?:(?<=\s)|^)(?:-|NOT\s+)?" + said
    # the particle that tied it to the next word goes with it: 三重県のRPA → RPA, not のRPA; and the な of
    # an adjectival noun before a noun (共同利用可能な防災システム → 防災システム: a trial's link searched な防災システム)
    tie = r"(?:[のとや・、]|な(?=[\u3400-\u9fff\u30a1-\u30faA-Za-z]))"
    joined = said + tie
    # …and the の that tied it to the word before, when it ends a word: 電子申請か施設予約の共同利用 → 電子申請か施設予約,
    # not 「電子申請か施設予約の」 (a relaxation's label)
    tied = r"(?<=\S)の" + said + r"(?=\s|$)"
    return " ".join(re.sub(said, " ", re.sub(joined, " ", re.sub(pattern + f"(?:{tie}(?=\\S))?", " ",
                                                                   re.sub(tied, " ", q)))).split())
