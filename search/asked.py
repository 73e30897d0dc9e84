"""Which of the survey's tables a pasted description asks for, beyond its words.

A text about people (人材を採用したい, 職員を育てたい) means the digital-talent roles (③-1); one
about a team or a department (専門部署を作りたい, 検討チーム, 専門の係を置きたい) means the DX organisations (③-2);
one about running a system with other governments (県と市町村で同じシステムにしたい) the shared systems (②).
Their key terms alone rank an IT council as high as an IT role. Each rule is a regular expression
over the text as typed; the engine ranks the cases of the tables asked for higher, never filters.
"""

from __future__ import annotations

import re

RULES: dict[str, re.Pattern[str]] = {
    # 採用 of 教員採用試験 or 採用選考 is a task of the cases, not a wish for people
    "digital_talent": re.compile(r"人材|人を|職員を(?:育|雇)|育てたい|育成|(?<!教員)採用(?!試験|選考)|招へい|招いて|"
                                 r"専門家|専門職|アドバイザー|補佐官|(?<!教員)採用試験で|詳しい(?:人|方)(?:に|を|が)"
                                 # a person welcomed into a post (元役員クラスを実際に迎えている, 幹部として迎えたい,
                                 # 幹部人事): not 年度末を迎え, 人事異動の時期を迎え
                                 r"|(?:人|方|者|幹部|人材|役員|クラス|出身|経験者)(?:を|に|として)[^。、！？]{0,6}?迎え"
                                 r"|幹部(?:人事|職に|として|候補)"),
    # a system run together with other governments (県と市町村で同じシステムにしたい, 共同で調達, 単独で持たずに):
    # the shared systems (②), which the words alone (システム, 市町村) do not tell from a prefecture's own
    "shared_system": re.compile(r"(?:市町村?|市町|町村|自治体|他県|近くの県|近隣の県|県内)[^。！？]{0,30}?"
                                r"(?:共同で|共同利用|共同化|一緒に(?:[^。、！？]{0,8}?を)?(?:使|運用|導入|調達|作|入れ)|同じシステム|一つのシステム|共通の(?:システム|仕組み))"
                                r"|単独で(?:持|入れ|導入|買|整備)|(?:共同で|一緒に)(?:使える|運用|導入|調達)"
                                r"|(?:を|の)共同(?:で|化|利用)?(?:$|[。！？!?])"  # …番号を共同で: the whole request
                                r"|(?:県と市町村?|市町村?と県)(?:が|で)(?:作|導入|整備|運用|構築|使|持)"),  # 県と市町村で作りたい
    # 部署 sought (専門部署, 部署を作りたい), not 部署ごとに, 各部署, 部署の垣根 (of whom a task is done by)
    # 本部 of the police (警察本部, 県警本部) or of a disaster (災害対策本部) is where a task is done, not a body asked for
    "organization": re.compile(r"(?<![各他])部署(?!ごと|間|別|から|の垣根)|組織|チーム|(?<!警察|県警|対策)本部|推進体制|協議会|委員会"
                               r"|(?<![各他])(?:課|室|係)を(?:作|つく|設|置|新設|新たに|立ち上げ)|専任の(?:課|室|係)"
                               r"|場を(?:作|つく|設|立ち上げ)"),  # 話し合いの場を作りたい, 官民の場を立ち上げたい: a council
}


# The survey's three kinds of DX organisation (the organisations' 区分): a department of its own (DX課を新設,
# 専門部署を作りたい), a body across the departments (全庁横断のチーム, 推進本部, 縦割りを越えて) and a council with
# others (官民の協議会, 企業や大学と). A text asking for one only means its organisations.
DEPARTMENT, ACROSS, COUNCIL = "組織(部・課・室等)", "庁内横断的な体制", "民間も含んだ協議会等"
_ORGANISATION_KINDS = {
    DEPARTMENT: re.compile(r"(?<![各他])(?:課|室|係|部署)を(?:作|つく|設|置|新設|新たに|立ち上げ)|専任の(?:課|室|係|部署)"
                           r"|専門(?:の)?部署|(?:課|室|部署)の(?:新設|設置)|新しい(?:課|室|部署)"),
    ACROSS: re.compile(r"横断|全庁|縦割り|部局長|プロジェクトチーム|推進本部|本部を|庁内の?(?:会議|チーム|連絡会)"),
    COUNCIL: re.compile(r"協議会|官民|産学官|産学|企業や大学|大学や企業|民間企業と|大学と|会員|市町村と一緒に話し合"),
}


def asked_organisation(text: str) -> str | None:
    """The 区分 of the DX organisations `text` asks for, when it asks for one of them only; None otherwise."""
    kinds = [kind for kind, rule in _ORGANISATION_KINDS.items() if rule.search(text)]
    return kinds[0] if len(kinds) == 1 else None


# The survey's two kinds of talent measure (the roles' 区分): growing the prefecture's own staff, or
# bringing people in. A text asking for one only (職員の中から…育てたい; 民間から招きたい) means its roles.
GROWING, BRINGING_IN = "都道府県職員の育成", "外部人材の登用/採用"
_GROW = re.compile(r"育て|育成|職員の中から|庁内で育|研修")
_HIRE = re.compile(r"(?<!教員)採用(?!試験|選考)")
# …詳しい人に手伝ってほしい: someone versed in it, asked to help: an adviser brought in
_BRING_IN = re.compile(r"外部|外から|民間から|民間出身|招へい|招い|招き|来てもらい|迎え|登用|詳しい(?:人|方)に(?:手伝|助け|助言|協力)")


def asked_talent(text: str) -> str | None:
    """The 区分 of the digital-talent roles `text` asks for (`GROWING` or `BRINGING_IN`), when it
    asks for one of them only; None otherwise (採用・育成したい asks for both)."""
    grow, bring_in = bool(_GROW.search(text)), bool(_BRING_IN.search(text))
    hire = bool(_HIRE.search(text))  # new staff, or an outside hire: not growing only, nor bringing in
    return GROWING if grow and not (bring_in or hire) else BRINGING_IN if bring_in and not grow else None


# …and whether full-time or part-time (the roles' 常勤/非常勤): 非常勤で週に数日 wants the part-time ones
# (…でもかまいません, でも可: either will do)
_PART_TIME = re.compile(r"(?:非常勤|週に?[1-4１-４一二三四数]日|兼業|副業)(?!でも|も可)")
_FULL_TIME = re.compile(r"(?:(?<!非)常勤|専任|フルタイム)(?!でも|も可)")


def asked_employment(text: str) -> str | None:
    """The 常勤/非常勤 of the roles `text` asks for, when it names one only; None otherwise."""
    part, full = bool(_PART_TIME.search(text)), bool(_FULL_TIME.search(text))
    return "非常勤" if part and not full else "常勤" if full and not part else None


# …and the one a text says it does not want (外から人を呼ぶのではなく、…育てたい; 外部に頼らず)
_NOT_BRINGING_IN = re.compile(r"(?:外から|外部|民間)[^、。]{0,20}?(?:ではなく|でなく|に頼らず|に頼らない|頼りきりにせず)")
_NOT_GROWING = re.compile(r"(?:育て|育成)[^、。]{0,12}?(?:ではなく|でなく)")


def denied_talent(text: str) -> str | None:
    """The 区分 of roles `text`, as typed, says it does not want (`BRINGING_IN` for 外から人を
    呼ぶのではなく), or None."""
    if _NOT_BRINGING_IN.search(text):
        return BRINGING_IN
    return GROWING if _NOT_GROWING.search(text) else None


def asked_sections(text: str) -> list[str]:
    """The sections (`CaseRecord.section`) `text` asks for: [] for most task descriptions."""
    return [section for section, rule in RULES.items() if rule.search(text)]


# Supporting the municipalities (市町村のDXを支援したい, 市町村へ派遣, 市町村のデジタル化を手伝うチーム): a theme of the
# survey's roles and organisations that the words alone weigh little (市町村 is in 162 cases, 支援 in many),
# and the cases that do it, as they say so (「市町の情報化支援」, 「県内市町村の…最適化への支援」, 市町村連携グループ).
_ASKS_MUNICIPAL_SUPPORT = re.compile(r"市町村?(?:支援|(?:の|へ|に|を|が)[^。！？]{0,12}?(?:支援|手伝|サポート|派遣|助言|"
                                     r"相談に乗|後押し|底上げ))")
MUNICIPAL_SUPPORT = re.compile(r"市町村?(?:の|への|に対する)?(?:情報化|情報システム[^。\n]{0,8}?|未来技術活用|DX|デジタル化)?"
                               r"(?:への)?(?:支援(?!システム)|助言)|市町村情報化の推進・支援|市町村連携|県、市町、民間")


def asks_municipal_support(text: str) -> bool:
    """Whether `text` asks for the prefecture's support of its municipalities."""
    return bool(_ASKS_MUNICIPAL_SUPPORT.search(text))


# Whose questions a case answers: the office's own staff (職員からの問い合わせ, 庁内向け) or the public
# (県民からの, 住民からのよくある問合せ). A text asking to answer the one is not met by a case answering the
# other: a trial's 県民からの電話の問い合わせが多くて職員が対応しきれない had 徳島's helpdesk for staff
# questions ◎ first (its 職員 asks; the text's 職員 answers).
_QUESTIONS = r"[^。、\n]{0,16}?(?:問い?合わ?せ|質問|相談|照会)"
_STAFF = r"(?:職員|庁内|各課|各所属|所属|各部局|教職員)"
_PUBLIC = r"(?:県民|住民|市民|町民|府民|都民|道民|事業者|利用者|お客さま|お客様|外国人|観光客|保護者|納税者|一般の方)"
ASKED_BY = {
    "staff": re.compile(rf"{_STAFF}(?:等|など)?(?:から|より)の?{_QUESTIONS}|{_STAFF}向け"),
    "public": re.compile(rf"{_PUBLIC}(?:等|など|及び[^、。]{{0,6}}?|や[^、。]{{0,6}}?)?(?:から|より)の?{_QUESTIONS}"
                         rf"|{_PUBLIC}向け"),
}

# what `Generation.cases_saying` reads every case for (0.9 s at 100,000 cases, most of it the public's):
# read when a server opens an index, not on the first query that asks
READ_IN_EVERY_CASE = (MUNICIPAL_SUPPORT, *ASKED_BY.values())


def questions_from(text: str) -> str | None:
    """Whose questions `text` asks to answer: "staff", "public", or None (neither, or both)."""
    found = [who for who, rule in ASKED_BY.items() if rule.search(text)]
    return found[0] if len(found) == 1 else None
