"""Query understanding: words in the free text that are really filters.

`三重県 RPA 実証中` means "RPA cases of 三重県 that are being trialled": the prefecture and the status
become facet filters and only `RPA` is searched as text. Every word turned into a filter is
reported (`AppliedFilter`) so a user interface can show it and undo it. `find_filters` finds
them anywhere in a text; `search.query` reads the rest, and its `keep` lists words the user wants
searched as text after all.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import asdict, dataclass, replace

from ..indexer.prefectures import BY_NAME, PREFECTURES
from ..indexer.records import SHAREABLE, SHARED_USE

# phrase → (facet, values)
_PHRASES: dict[str, tuple[str, tuple[str, ...]]] = {}

for _p in PREFECTURES:
    _PHRASES[_p.name] = ("prefecture", (_p.name,))
    short = _p.name if _p.name == "北海道" else _p.name[:-1]
    if len(short) >= 2:
        _PHRASES.setdefault(short, ("prefecture", (_p.name,)))

for _region, _words in {
    "東北": ("東北", "東北地方"), "関東": ("関東", "関東地方", "首都圏"), "中部": ("中部", "中部地方"),
    "近畿": ("近畿", "近畿地方", "関西"), "中国": ("中国", "中国地方"), "四国": ("四国", "四国地方"),
    "九州": ("九州", "九州地方", "九州・沖縄"),
}.items():
    for _w in _words:
        _PHRASES[_w] = ("region", (_region,))
# two regions named as one (中四国 is everyday in 岡山 and 広島: a trial found 四国 and the word 中)
for _w in ("中四国", "中四国地方"):  # 中国四国 reads as its two names already
    _PHRASES[_w] = ("region", ("中国", "四国"))
# halves of the country, as commonly drawn along the survey's regions (東日本 with the whole of 中部)
for _w, _regions in (("東日本", ("北海道", "東北", "関東", "中部")), ("西日本", ("近畿", "中国", "四国", "九州"))):
    _PHRASES[_w] = ("region", _regions)

# parts of regions people name (the survey's regions are the eight above): any of their prefectures
for _words, _prefectures in (
    (("北陸", "北陸地方", "北陸三県", "北陸3県"), ("富山県", "石川県", "福井県")),
    (("北信越",), ("新潟県", "富山県", "石川県", "福井県", "長野県")),
    (("甲信越",), ("山梨県", "長野県", "新潟県")),
    (("東海", "東海地方", "東海三県", "東海3県", "東海4県"), ("静岡県", "愛知県", "岐阜県", "三重県")),
    (("山陰", "山陰地方"), ("鳥取県", "島根県")),
    (("山陽", "山陽地方"), ("岡山県", "広島県", "山口県")),
    (("北関東",), ("茨城県", "栃木県", "群馬県")),
    (("南関東", "一都三県", "1都3県"), ("埼玉県", "千葉県", "東京都", "神奈川県")),
    (("都内",), ("東京都",)), (("道内",), ("北海道",)),  # within 東京都 (都内 RPA), within 北海道
    (("北東北",), ("青森県", "岩手県", "秋田県")),
    (("南東北",), ("宮城県", "山形県", "福島県")),
    (("北部九州", "九州北部"), ("福岡県", "佐賀県", "長崎県", "大分県")),
    (("南九州", "九州南部"), ("熊本県", "宮崎県", "鹿児島県")),
    (("瀬戸内",), ("兵庫県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県")),  # as its tourism region
):
    for _w in _words:
        _PHRASES[_w] = ("prefecture", _prefectures)

# the survey's 分野 headings, named whole or by a part (福祉分野 is 保健・福祉分野): 分野 alone is a filler
for _field, _parts in (
    ("総務分野", ()), ("保健・福祉分野", ("保健分野", "福祉分野", "保健福祉分野")), ("教育分野", ()),
    ("環境分野", ()), ("土木建築分野", ("土木分野", "建築分野")), ("商工労働分野", ("商工分野", "労働分野")),
    ("セキュリティ分野", ()), ("農林水産分野", ("農業分野", "林業分野", "水産分野", "農林分野")),
    ("文化振興分野", ("文化分野",)), ("観光・スポーツ分野", ("観光分野", "スポーツ分野")), ("産業振興分野", ()),
):
    for _w in (_field, *_parts):
        _PHRASES[_w] = ("field", (_field,))

for _label, _words in {
    "導入(実施)済": ("導入済み", "導入済", "実施済み", "実施済", "導入(実施)済", "導入実施済", "運用中", "稼働中",
                    "本格導入済み", "本格導入済", "本格導入", "本格運用中", "本格運用", "導入中"),
    "導入(実施)予定": ("導入予定", "実施予定", "導入(実施)予定", "本格導入予定", "運用予定", "稼働予定", "導入準備中"),
    "実証中": ("実証中", "実証実験中", "試行中", "試験運用中", "試験導入中", "トライアル中", "実証段階"),
    "実証予定": ("実証予定", "実証実験予定", "試行予定"),
    "検討中": ("検討中", "検討段階", "導入検討中"),
}.items():
    for _w in _words:
        _PHRASES[_w] = ("status", (_label,))
# 予定 alone is either plan (産廃 AI-OCR 予定, AI-OCRにする予定の県): a word of its own only (not 予定価格)
_PHRASES["予定"] = ("status", ("導入(実施)予定", "実証予定"))
for _w in ("予定段階",):  # 予定段階のものでもいい: either plan, as 予定
    _PHRASES[_w] = ("status", ("導入(実施)予定", "実証予定"))
# …and 実証 alone either trial, under way or planned (a researcher's AI-OCR 実証 found the 4 cases saying
# 実証 of the 27): a word of its own or before の, と, や (not 実証実験, 実証している, 実証を通じて)
_PHRASES["実証"] = ("status", ("実証中", "実証予定"))

# (not after a word: 情報提供可能な is information given, no case offered)
_OFFERED = ("提供可能", "提供可", "提供できる", "提供できます")
# the words saying a case is in shared use now: also every shared system in use, whatever its answer on
# more joining (`engine.IN_SHARED_USE`); 共同利用できる (can one join) is the answers saying so alone: two
# trials read 「さらなる共同利用不可」 systems under 共同利用できる電子申請 as wrong (12 of its 28); the bare
# noun 共同利用 (joint use) is the broader choice, as 共同利用中
SHARED_NOW_WORDS = ("共同利用中", "共同利用")
for _words, _values in (
    (("共同利用中",), ("共同利用中",)),
    (("共同利用可能", "共同利用可"), ("共同利用可能", "さらなる共同利用可能")),
    # can be shared, in plain words: the answers saying so, 共同利用中 among them (as the page's
    # 共同利用できるもの(利用中・可能)すべて); a trial's 共同利用できるところ left out the one chatbot 共同利用中
    # …and offered to others (提供可, 他県に提供できる: a trial's AI-OCR 提供可 found nothing, 提供可能 made
    # a description matched by 情報提供)
    (("共同利用できる", "共同利用できます", "横展開可能", "共同利用", *_OFFERED),
     tuple(dict.fromkeys(v for values in SHARED_USE.values() for v in values if v in SHAREABLE))),
    (("共同利用不可", "共同利用できない"), ("共同利用不可", "さらなる共同利用不可")),
):
    for _w in _words:
        _PHRASES[_w] = ("shared_use", _values)

for _w, _section in (("デジタル人材", "digital_talent"), ("DX人材", "digital_talent"), ("IT人材", "digital_talent"),
                     ("推進体制", "organization"), ("推進組織", "organization"),
                     ("DX組織", "organization"), ("共同利用システム", "shared_system"),
                     ("共同システム", "shared_system"),  # 四国の電子入札の共同システム: 徳島's and 香川's say no 共同
                     ("共同利用している業務システム", "shared_system"),
                     # the tables' own names, as the page's filters print them: DX推進組織 was
                     # 推進組織 and a word DX, 8 of the 72 (a trial looking for whom to call)
                     ("DX推進組織", "organization"), ("DX推進体制", "organization"),
                     # …in the words DX stands for (中国と四国のデジタル推進組織 was 推進組織 and a word デジタル)
                     ("デジタル推進組織", "organization"), ("デジタル化推進組織", "organization"),
                     ("デジタル推進体制", "organization"), ("デジタル化推進体制", "organization"),
                     ("AI・RPA等", "ai_rpa"), ("AI・RPA等による業務効率化", "ai_rpa")):
    _PHRASES[_w] = ("section", (_section,))
# …and a system used jointly (電子申請システムを市町村と共同で使っている), with whom said or not: what that table
# is, whether or not a case says 共同 or 市町村 (9 of the 28 shared 電子申請 systems do not say 共同)
for _with in ("", "市町村と", "市町と", "町村と", "自治体と", "他県と", "県と"):
    for _used in ("共同で使っている", "共同で利用している", "共同で運用している", "一緒に使っている", "共同でやっている"):
        # (not 共同で使える: whether cases can be shared, which a page answers: `asks_reuse`)
        # …and as said, い dropped (共同でやってる: a planner's 北海道や東北で電子申請を共同でやってるところ
        # searched 共同 as a word, 151 cases, two saying 共同利用することは困難)
        for _said in (_used, _used.replace("ている", "てる")):
            _PHRASES[_with + _said] = ("section", ("shared_system",))

# the digital-talent table's 区分 (`schema.facet_value`): 外部人材 are 33 of its 42 roles
for _w in ("外部人材", "外部人材の登用", "外部人材登用", "外部人材の採用", "外部人材の登用/採用"):
    _PHRASES[_w] = ("group", ("外部人材の登用/採用",))
# …and as people say it (外部の専門家: a trial got 0 件, no case says 専門家 of a role); in a pasted text
# only ranked (`search.asked`, data/concepts.txt), never a filter: 外部の専門家が監視するセキュリティの仕組み
# asks for a system, not a role
EVERYDAY_PHRASES = frozenset({"外部の専門家", "外部専門家", "外部の専門人材", "外部専門人材", "外部の人材", "民間の専門家",
                              "民間人材", "民間の人材"})
for _w in EVERYDAY_PHRASES:
    _PHRASES[_w] = ("group", ("外部人材の登用/採用",))
_PHRASES["都道府県職員の育成"] = ("group", ("都道府県職員の育成",))

# part-time, as people say it of a role (週に数日の外部人材, 兼業・副業: a trial's 週 and 数日 were words no
# case holds, 0 cases); not 非常勤 itself, a word of the AI・RPA cases too (非常勤講師の給与)
# …in a pasted text only ranked (`search.asked`): 職員の兼業の届出の審査 is a task, no role
_PART_TIME_PHRASES = ("週に数日", "週数日", *(f"週{_a}{_n}日" for _a in ("", "に") for _n in "1234１２３４一二三四"),
                      "兼業", "副業", "兼業・副業", "副業・兼業")
for _w in _PART_TIME_PHRASES:
    _PHRASES[_w] = ("employment", ("非常勤",))

# the survey's 区分 of DX organisations, by the words people use for them
for _words, _group in ((("庁内横断", "全庁横断", "部局横断", "庁内横断的な体制", "横断的な体制", "横断組織"),
                        "庁内横断的な体制"),
                       (("民間も含んだ協議会", "官民協議会", "官民連携の協議会"), "民間も含んだ協議会等"),
                       # a consultant's 専任組織 found 0 (no case says it): the 区分 of departments and divisions
                       (("専任組織", "専任の組織", "専門組織", "専任部署", "専門部署", "専担組織"), "組織(部・課・室等)")):
    for _w in _words:
        _PHRASES[_w] = ("group", (_group,))

# talent written as a treasure (デジタル人財, 外部人財: personnel writing's 人財) as the tables name it
for _w in [w for w in _PHRASES if "人材" in w]:
    _PHRASES.setdefault(_w.replace("人材", "人財"), _PHRASES[_w])
EVERYDAY_PHRASES = EVERYDAY_PHRASES | {w.replace("人材", "人財") for w in EVERYDAY_PHRASES} | set(_PART_TIME_PHRASES)

# a word that names a place only when no other word continues it: 中国 is the region, 中国語 a language
# …and 共同利用 names whether cases are shared only as a word of its own: 共同利用団体 and
# 共同利用型 are other words of the cases
_NOT_FOLLOWED_BY = {"中国": "語人製系籍", "共同利用": "\u4e00-\u9fff々\u30a1-\u30faー",
                    "予定": "\u4e00-\u9fff々\u30a1-\u30faー",
                    "実証": "\u4e00-\u9fff々\u30a1-\u30faーぁ-でど-ねは-もゃゅ-ゖA-Za-z0-9"}  # all kana but の, と, や
# a status the writer says of their own work (来年度に導入予定です, RPAを実証中で、他県の状況を知りたい):
# where they stand, not which cases they want; a trial's 導入予定です kept 3 planned cases of 22
_OWN_STATUS = re.compile(r"(?:で(?:す|し|あ|、|,)|だ(?![けろっ])|なので|のため|ため|(?:は|が|も)(?:あ|な)|[。．！!])")
# "within" after a place is the place (三重県内のRPA, 九州内の事例), unless 内 starts a word of its
# own (大阪府内部統制 is 大阪府 and 内部統制)
_WITHIN = "内"
_WITHIN_PLACE = f"(?:{_WITHIN}(?=$|[^\u4e00-\u9fff々]|市町村|市町|自治体))?"
_PATTERN = re.compile("|".join(re.escape(p) + (f"(?![{_NOT_FOLLOWED_BY[p]}])" if p in _NOT_FOLLOWED_BY else "")
                               for p in sorted(_PHRASES, key=len, reverse=True)), re.IGNORECASE)
# …matched after a place's name, not inside the pattern: 135 copies of it there made compiling
# the pattern take 0.4 s, a third of every `dxsearch search`'s start
_WITHIN_AFTER = re.compile(_WITHIN_PLACE)
# 地方 typed before conversion after a region's name (中国ちほうのデジタル人材: ちほう was the word 地方, 0 cases)
_REGION_KANA = re.compile("ちほう")
# the kanji an input method offers for けん before 県 (福岡件のRPA, 大分剣 RPA: a researcher's 福岡件 read
# 福岡 as the place and searched 件, 0 cases): after a prefecture's short name, alone (not 福岡剣道, 宮城検査)
_KEN_MISCONVERTED = "件券剣権健兼建憲賢険検堅献軒謙顕"
_KEN_AFTER = re.compile(f"[{_KEN_MISCONVERTED}](?![\u4e00-\u9fff々\u30a1-\u30faー])")
_SHORT_OF_KEN = {p.name[:-1] for p in PREFECTURES if p.name.endswith("県")}
# …and the city of a prefecture's name (福岡市のRPA, 新潟市: a clerk's 0 cases, 市 a word every match had
# to hold): the survey's cases are the prefectures', so the city's prefecture, as the chip says
# (not 福岡市町村; 福岡市内 is 福岡市 and 内)
_CITY_AFTER = re.compile("市(?=内|$|[^\u4e00-\u9fff々\u30a1-\u30faー])")
_SHORT_NAMES = {p.name[:-1] for p in PREFECTURES if p.name[-1] in "都府県"}
_PLACE_FACETS = ("prefecture", "region")


_LOWERED = {p.lower(): p for p in _PHRASES}

# the places as typed in kana before conversion (しまね, ちゅうごくちほう): read as the places in a
# query (`places_in_kana`), and offered by もしかして for a kana word kept as a word (`place_of_reading`);
# a trial's しまね was offered しま
_PREFECTURE_READINGS = dict(zip((p.name for p in PREFECTURES), (
    "ほっかいどう あおもり いわて みやぎ あきた やまがた ふくしま いばらき とちぎ ぐんま さいたま ちば とうきょう "
    "かながわ にいがた とやま いしかわ ふくい やまなし ながの ぎふ しずおか あいち みえ しが きょうと おおさか ひょうご "
    "なら わかやま とっとり しまね おかやま ひろしま やまぐち とくしま かがわ えひめ こうち ふくおか さが ながさき "
    "くまもと おおいた みやざき かごしま おきなわ").split(), strict=True))
_SUFFIX_READINGS = {"県": "けん", "都": "と", "府": "ふ", "道": ""}
_REGION_READINGS = {"東北": "とうほく", "関東": "かんとう", "中部": "ちゅうぶ", "近畿": "きんき", "中国": "ちゅうごく",
                    "四国": "しこく", "九州": "きゅうしゅう"}
_PLACE_BY_READING: dict[str, str] = {}
for _name, _reading in _PREFECTURE_READINGS.items():
    _PLACE_BY_READING[_reading] = _PLACE_BY_READING[_reading + _SUFFIX_READINGS[_name[-1]]] = _name
for _region, _reading in _REGION_READINGS.items():
    _PLACE_BY_READING[_reading] = _PLACE_BY_READING[_reading + "ちほう"] = _region + "地方"


def place_of_reading(hiragana: str) -> str | None:
    """The place a reading in hiragana names (しまね, しまねけん → 島根県; ちゅうごくちほう → 中国地方),
    as the search box names it; None for any other word. (The caller turns katakana into
    hiragana: `analysis.to_hiragana`, which this module does not import, keeping Whoosh out.)"""
    return _PLACE_BY_READING.get(hiragana)


@dataclass(frozen=True)
class AppliedFilter:
    """A filter a search applied: given as a parameter (`origin="param"`) or understood from the
    query's words (`origin="query"`, `text` the words), so a UI can show it and undo it."""

    facet: str
    value: str
    text: str  # the words of the query it came from
    origin: str = "query"  # "query": understood from the text; "param": given as a filter
    exclude: bool = False  # `-三重県`, `NOT 三重県`: the cases with this value are removed
    # the values (facet, value pairs, all of them) whose cases the filter also admits: the word
    # 共同利用中 is also every shared system in use, (("section", "shared_system"), ("status",
    # "導入(実施)済")); None for a filter of its own value alone
    also: tuple[tuple[str, str], ...] | None = None

    @property
    def named_otherwise(self) -> bool:
        """Understood from words other than a prefecture's name: its 県 misconverted (福岡件) or the
        city of its name (福岡市, 福岡市内). A page names the filter by its value: 「福岡件」を外すと
        kept the typo, and 「新潟市」の中では 0 件 spoke of the city where 新潟県 was searched."""
        if self.facet != "prefecture" or self.origin != "query" or len(self.text) < 2:
            return False
        text = self.text.removesuffix(_WITHIN)
        return text[:-1] in _SHORT_OF_KEN and text[-1] in _KEN_MISCONVERTED or \
            text[:-1] in _SHORT_NAMES and text[-1] == "市"

    def to_dict(self) -> dict:
        """{"facet", "value", "text", "origin", "exclude", "also"}: `also` as {facet: value}."""
        out = asdict(self)
        out["also"] = dict(self.also) if self.also else None
        return out


# a question about cases of a status (RPAを導入している県, AIを使っている自治体, 検討している県): the
# cases of that status come first (`asked_status`); the others are still matches, since the words
# say which cases are wanted first, not which are no answer. Not 使っていない, 導入していません.
_DOING_FORMS = "して(?:いる|います|おり|る)|しています"
_DOING = f"(?:{_DOING_FORMS})"
_NOT = "(?!い?(?:な|ませ))"
ASKED_STATUSES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern + _NOT), status) for pattern, status in (
    ("(?:既に|すでに|もう)?(?:(?:導入|活用|利用|使用|運用|実施|実用化)(?:" + _DOING_FORMS + "|され(?:て|た)|した(?!い|ら)|しました|中)"
     "|使って(?:いる|います|る)?|使った|取り入れて(?:いる|います)?|取り入れた(?!い|ら))", "導入(実施)済"),
    ("(?:導入を?|実施を?)?検討" + _DOING, "検討中"),
    ("(?:実証|試行|試験導入|試験運用)" + _DOING + "|試して(?:いる|います)", "実証中"),
    ("(?:導入|実施)(?:を)?予定して(?:いる|います)|(?:導入|実施)する予定", "導入(実施)予定"),
))


# the same questions denied (RPAを導入していない県): the survey lists what was done, so "which did
# not" is no condition a search of it can take; said, not silently read as its opposite
_DENIED = re.compile("(?:導入|活用|利用|使用|運用|実施|検討|実証|試行)(?:して|されて|し)(?:いない|いません|ない|ません)"
                     "|使って(?:いない|いません|ない)|使わない|試して(?:いない|いません)")


def denied_status(text: str) -> str | None:
    """The words of `text` that ask for cases *not* of a status (導入していない), or None."""
    m = _DENIED.search(text)
    return m.group() if m else None


def asked_status(text: str) -> tuple[str, str] | None:
    """(the words of `text` asking for cases of a status, as written; that status), or None:
    `RPAを導入している県` → (導入している, 導入(実施)済), `RPAを検討している県` → (検討している, 検討中)."""
    found = [(m.start(), m.group(), status) for pattern, status in ASKED_STATUSES if (m := pattern.search(text))]
    return min(found)[1:] if found else None


# after a place or status, what leaves it out (三重県以外の事例, 東北を除く): an exclusion, as -三重県;
# before it, values listed with と, や, ・ or 、 are left out together
OTHER_THAN = re.compile(r"以外|(?:を|は)?除(?:く|いた|いて|き)")
_LIST_GAP = re.compile(r"(?:[とや・、,\s]|および|及び|又は|または)*")
# after a prefecture, what asks for the places around it (島根県の近く, 島根周辺, 島根県の近県): its
# region. The survey holds few cases of some prefectures (島根県: 2), and a trial's 「島根県の近く
# でやっているところ」 kept to 島根県 alone found nothing
_NEAR = re.compile(r"の?(?:近く|近辺|周辺|付近|近隣|周り|まわり|あたり|辺り|近県|隣県|隣接県)")
# whether each case can be shared, or is in use, asked (共同利用できるか知りたい, 導入済みかどうか): what
# every case shows, no condition. A clerk's trial saw …RPAで自動化した県を探して、共同利用できるか知りたい
# filter to shareable cases, of which there were none. かつ joins conditions, から says from when
# (実証中から本格導入へ); a value after か is another one (実証中か導入済みのRPA)
_WHETHER = re.compile(r"か(?![つら])(?:どうか|否か)?")
_ASKED_WHETHER_FACETS = ("shared_use", "status")
# …and whether any can be shared, asked (共同利用できるものは？, 共同利用できるシステムはありますか): a
# researcher's trial saw …RPAで自動化した県で、共同利用できるものは？ find 0 cases while …流用できる
# ものは？ listed the 17 with their answers (none can be shared); not …ものを探している, a condition
# …and wished for (共同利用できるものがあればなお良いです): a trial's pasted request was kept to the 3
# shareable cases, the page silent on the others' answers; as asked, each case shows its answer
_ANY_SHAREABLE_ASKED = re.compile(r"な?(?:もの|システム|事例|例|ツール|の)?(?:は|が)"
                                  r"(?:ありますか|あるでしょうか|ある(?:か|の)?[？?]|[？?])"
                                  r"|な?(?:もの|システム|事例|例|ツール|仕組み|の)?(?:が|も)?(?:あれば|あったら|あると)"
                                  r"(?:なお|尚|さらに|更に|より|もっと)?(?:良い|よい|いい|嬉しい|うれしい|助か|ありがた"
                                  r"|有難|知りたい|教えて|望ましい|幸い)[\u3041-\u3096]*[。．！？!?]?")  # …its ending, not what follows


# a status said to be fine too (予定段階のものでもいい, 検討段階の県でも構いません, 実証中でも可, 予定のものも含めて):
# it widens, it chooses nothing (a blind batch's …検討段階の県でも構いません kept the 検討中 cases alone, and
# 予定段階 was a key term said to be in no case)
_ALSO_FINE = re.compile(r"(?:の(?:もの|県|事例|例|ところ|ケース|段階))?で?も(?:構いません|かまいません|構わない|かまわない"
                        r"|いい|良い|よい|可|OK|ok|大丈夫|結構|含め|含む|歓迎)")


# whether a case can be shared, answered as a form's column is, a word apart (共同利用 可, 共同利用 否): a
# researcher's 共同利用 可 found 0, 可 searched as text (23 cases hold it, none of them shareable); not an
# answer starting another word (共同利用 可視化, 共同利用 不可欠)
_ANSWERED_APART = re.compile(r"(?:(?<=\s)|^)共同利用 (可能|可|不可|否)(?=\s|$)")
_ANSWER_WRITTEN = {"可能": "可能", "可": "可", "不可": "不可", "否": "不可"}


def answers_together(text: str) -> str:
    """`text` (spaces single, NFKC) with whether a case can be shared written as one word, as the
    filter words write it: 共同利用 可 → 共同利用可, 共同利用 否 → 共同利用不可."""
    return _ANSWERED_APART.sub(lambda m: "共同利用" + _ANSWER_WRITTEN[m.group(1)], text)


def understood_filters(text: str, kept: Collection[str] = (), exclude: bool = False
                       ) -> tuple[list[AppliedFilter], str, list[str]]:
    """The filters the words of `text` name (`find_filters`; not those in `kept`), each left out
    when `exclude` or when 以外 / を除く follows it and the values listed just before it
    (三重県・愛知県以外), the text without those words (the pieces between them, a space apart),
    and the words asking whether each case is so (共同利用できるか) or saying the writer's own status
    (導入予定です), taken out of the text and no filter."""
    filters: list[AppliedFilter] = []
    asked: list[str] = []
    pieces, pos = [], 0
    named_run: list[AppliedFilter] = []  # the values named one after another (三重県・愛知県)
    found = find_filters(text)
    starts = {start for start, _, _, _ in found}
    for start, end, facet, values in found:
        phrase = text[start:end]
        if phrase in kept:
            continue
        whether = _WHETHER.match(text, end) if facet in _ASKED_WHETHER_FACETS and not exclude else None
        if facet == "shared_use" and not exclude and not whether:
            whether = _ANY_SHAREABLE_ASKED.match(text, end)
        if facet == "status" and not exclude and not whether:
            whether = _ALSO_FINE.match(text, end)
        if whether and whether.end() not in starts:
            asked.append(text[start:whether.end()])
            pieces.append(text[pos:start])
            pos = whether.end()
            continue
        if _of_own_work(text, end, facet):  # the writer's own (導入予定です): no filter, no word
            asked.append(phrase)
            pieces.append(text[pos:start])
            pos = end
            continue
        if named_run and not _LIST_GAP.fullmatch(text[pos:start]):
            filters.extend(named_run)
            named_run = []
        near = _NEAR.match(text, end) if facet == "prefecture" else None
        if near:  # 島根県の近く: 中国
            facet, values = "region", tuple(dict.fromkeys(BY_NAME[v].region for v in values))
            phrase, end = text[start:near.end()], near.end()
        named_run.extend(AppliedFilter(facet, v, phrase, exclude=exclude) for v in values)
        pieces.append(text[pos:start])
        pos = end
        other_than = OTHER_THAN.match(text, end)
        if other_than:  # 三重県以外の, 三重県・愛知県を除く: those left out, never chosen
            filters.extend(replace(f, exclude=True) for f in named_run)
            named_run = []
            pos = other_than.end()
    filters.extend(named_run)
    pieces.append(text[pos:])
    return filters, " ".join(p for p in pieces if p), asked


def own_statuses(text: str) -> list[str]:
    """The status words `text` says of the writer's own work (RPAを実証中で、…: `_OWN_STATUS`), as
    written: no filter, no word, and a page says so."""
    return [text[start:end] for start, end, facet, _ in find_filters(text) if _of_own_work(text, end, facet)]


def _of_own_work(text: str, end: int, facet: str) -> bool:
    """Whether the filter word of `facet` ending at `end` is a status said of the writer's own work."""
    return facet == "status" and _OWN_STATUS.match(text, end) is not None


def find_filters(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, facet, values) of every filter word in `text` (NFKC), anywhere in it:
    `実証中のRPA` holds 実証中 though no space sets it apart; places typed in kana too
    (`places_in_kana`)."""
    out = []
    for m in _PATTERN.finditer(text):
        facet, values = _PHRASES[_LOWERED.get(m.group().lower(), m.group())]
        if m.group() in _OFFERED and m.start() and _WORD_CHAR.match(text, m.start() - 1):
            continue
        # 三重県内: 三重県, 内 with it (no phrase starts with 内, so none is skipped by not taking it here)
        end = m.end()
        if m.group() in _SHORT_OF_KEN and (ken := _KEN_AFTER.match(text, end)):
            end = ken.end()  # 福岡件: 福岡県
        elif m.group() in _SHORT_NAMES and (city := _CITY_AFTER.match(text, end)):
            end = city.end()  # 福岡市: 福岡県
        elif facet == "region" and (kana := _REGION_KANA.match(text, end)):
            end = kana.end()  # 中国ちほう: 中国地方
        within = _WITHIN_AFTER.match(text, end) if facet in _PLACE_FACETS else None
        end = within.end() if within else end
        out.append((m.start(), end, facet, values))
    return sorted(out + places_in_kana(text, [(a, b) for a, b, _, _ in out]))


_WORD_CHAR = re.compile("[一-龥々ァ-ヺー]")
_KANA_RUN = re.compile("[\u3041-\u3096\u30a1-\u30faー]+")
# particles between words typed in kana before conversion (ふくおかのRPA, つうきんてあてのにんてい)
KANA_PARTICLES = ("から", "まで", "の", "と", "や", "で", "に", "は", "が", "を", "も", "へ")
_READING = re.compile("|".join(sorted(_PLACE_BY_READING, key=len, reverse=True)))  # the longest first
VERB_CONJUNCTIONS = ("ので", "のに")  # after a verb: a place's reading the kana run ends with one of these is the verb
BARE_READING = 3  # a place read in fewer kana (みえ, なら, ぎふ) only as a word of its own: not RPAなら


def places_in_kana(text: str, taken: Collection[tuple[int, int]] = ()) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, facet, values) of the places typed in kana before conversion (ふくおかのRPA,
    ほっかいどうととうほく, しまねけん): a run of kana that starts with a place's reading, each
    place followed by a particle or the run's end, then maybe another; the run not after kana.
    ふくおか was a word (ふくおか健康ポイントアプリ), so ふくおかのRPA found nothing, while しまね
    was もしかして: 島根県 (a trial)."""
    out = []
    for run in _KANA_RUN.finditer(text):
        start, end = run.span()
        if any(a < end and start < b for a, b in taken):
            continue
        # katakana as hiragana (シマネ: しまね), here rather than by analysis.to_hiragana: this module stays free of Whoosh
        kana = "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in run.group())
        alone = start == 0 or text[start - 1].isspace()
        at = 0
        while at < len(kana):
            found = _READING.match(kana, at)
            reading = found.group() if found else ""
            if not reading or (len(reading) < BARE_READING and not (at == 0 and alone)):
                break
            after = at + len(reading)
            particle = next((p for p in KANA_PARTICLES if kana.startswith(p, after)), "")
            if after < len(kana) and not particle:
                break  # みえる, ならびに: kana that only start with a place's reading
            if kana[after:] in VERB_CONJUNCTIONS:
                break  # あきたので作業 (飽きたので): a verb's ending, the run ending on ので, not 秋田の
            facet, values = _PHRASES[_PLACE_BY_READING[reading]]
            out.append((start + at, start + after, facet, values))
            at = after + len(particle)
    return out
