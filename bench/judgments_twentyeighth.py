"""A twenty-eighth batch of judged queries: 14 short keyword queries, 10 particle queries, 10 filter
queries and 6 absent words, written and graded by explicit rules over each case's own text and fields before
any engine was run on them.

The short queries are one or two words as people type them: a task word (技能検定, 安全運転管理者, 催告書,
償却資産, 職員住宅, 統計書, 農地), an everyday word for the survey's (お礼状 for 御礼状, ウイルス対策 for virus
detections and the security cloud's mail checks, 仮想デスクトップ for 仮想基盤環境 / 仮想化システム) and a task
with a technology (写真 AI, 図面 OCR, 感染症 AI-OCR, 登記 OCR). Each was checked with a grep for '"WORD"' over
bench/judgments*.py to be no earlier query (the words occur there only inside other batches' rules or longer
requests). A single word is grade 2 where it is the case's subject (283's skills-test certificates, 338's
chatbot on safe-driving-manager notifications, 066's thank-you letters to home-town-tax donors, 116's
demand notices to car-tax debtors, 098's depreciable-asset returns checked by AI, 177's virus detections and
shared 089's mail virus checks, shared 123's virtual browsing environment, shared 070's farmland, 073's
staff-housing rents, 109's statistics book) and grade 1 where it is only mentioned or a close neighbour (the
other exams whose applications AI・RPA handles, 262, 290, 291; the other home-town-tax tasks 115, 165; the
other tax-arrears inquiries 035, 105; the other fixed-asset-tax cases 095–099; the other security clouds and
sanitised mail; 113, whose mail arrives on a virtual desktop; farming IoT, org-023; the yearbook 268 and the
fiscal handbook 059). For the pairs both words must hold for grade 2 (346's site photos mapped by AI and
095's aerial photos checked with AI; 097's handwritten drawings read by AI-OCR; 263's infectious-disease test
slips read by AI-OCR; 181's registry notices read by OCR); grade 1 is the first word alone (the photo maps of
shared 070 and 108, the other cases using registry papers 095, 212, 345) or, for 感染症 AI-OCR, the
coronavirus relief applications read by AI-OCR (274, 279, 281, 339).

The particle queries join place, status, technology and topic words with の, と and での, as people type them
(九州の産業廃棄物のAI-OCR, 関東の児童手当のRPA, 実証中の難病のAI-OCR, 山梨県の介護のAI-OCR, 大阪府の手書きの申請書
のAI-OCR, 茨城県の届出のチャットボット, 和歌山県の住民基本台帳のRPA, 奈良県と京都府のAI, 導入予定の共同利用の
チャットボット, 東海での入札のRPA); the filter queries put place, status and shared-use words beside a topic,
space-separated (中国 実証中 RPA, 関西 共同利用 施設予約, 北陸 RPA 財務会計, 首都圏 導入済 AI, 大分県 実証予定
AI-OCR, 九州 共同利用 防災, 香川県 RPA メール, 実証中 チャットボット, 北海道 東北 税 RPA, 佐賀県 共同利用). Places
are read as the survey files them where the word is the survey's (中国, 関東, the survey's 九州 with 沖縄, 北海道,
東北) and as people commonly mean them otherwise: 関西 the 2府4県 (三重 left out), 北陸 富山・石川・福井, 首都圏
the 1都3県, 東海 静岡・愛知・岐阜・三重. Values of one facet joined by と or a space are alternatives (奈良県と京都府,
北海道 東北); 導入済 is 導入(実施)済, 導入予定 導入(実施)予定; 共同利用 is a system shared with the municipalities
(or, for the chatbot, an AI・RPA case marked 共同利用可能 or 共同利用中). Two rules grade the place and status
words. Where the topic is a task (産業廃棄物, 児童手当, 難病, 介護, 手書きの申請書, 届出, 住民基本台帳, 共同利用の
チャットボット, 入札, 施設予約, 財務会計, 防災, メール, 税), the twentieth batch's `placed`: grade 2 = the task within
the place or status; grade 1 = the same task outside it (017's industrial-waste papers in 山口 for 九州, the
child allowances of 山梨, 宮崎 and 沖縄 for 関東, the trial's intractable-disease cases at another status) or a
related case within it (大分's septic-tank papers 218, 山梨's hepatitis aid lists 238, 茨城's other chatbots,
和歌山's resident-notification tallies 125, other planned automatic answering, 静岡's bidding applications read
by AI-OCR 092, 福岡's radiation monitoring, shared 061 and 062); a neighbour outside earns nothing. Where the
topic is only a technology (奈良県と京都府のAI, 中国 実証中 RPA, 首都圏 導入済 AI, 大分県 実証予定 AI-OCR, 実証中
チャットボット, 佐賀県 共同利用), the first batch's `within`: grade 2 = the technology within the place and
status, grade 1 = a related case within them (their other AI・RPA cases, a body naming AI, other AI or FAQ
cases on trial, 佐賀's AI・RPA cases open to sharing); outside earns nothing, as a third of the survey would
otherwise be related. RPA is read as the fifteenth batch's `rpa_way` (RPA named, or an AI・RPA case naming no
other technology), except where RPA is written beside メール (explicit RPA).

The absent words appear in no case (給食, 熱中症, パスポート — nor 旅券 —, 献血, 文化財) or only inside another
word (議会, only in 協議会 and 審議会): checked with grep over data/survey-r2.txt and over every field of the
records; the right answer is that nothing is returned (every record graded 0).

Traps, where a word also names a wrong topic: ウイルス (the coronavirus cases earn nothing for ウイルス対策),
感染症 (281 and 339 name 感染症 beside AI・OCR but are coronavirus relief applications: grade 1, not 2), 納税 /
税 (the home-town-tax donations 066 and 115, the allocation tax 040, 106, 193, the year-end income tax 069,
the statutory returns 044 and 三重's translating tablet at the tax office 103 earn nothing for 北海道 東北 税
RPA), 督促 (128's reminder mails to municipalities earn nothing for 催告書), 防災 (the GIS naming 防災 among its
layers, shared 108 and 111, is no disaster system), チャットボット (347's AI speakers answering evacuation
questions are related, not a chatbot), 手書き (097's handwritten drawings in 三重 earn nothing for 大阪's
applications; 107 writes 申込書, not 申請書), 入札 (the shared e-procurement systems, shared 043 and 044, are not
bidding paperwork by RPA), AI (AI-OCR is not AI: 奈良's 256 is related only), 議会 (only inside 協議会 and
審議会).

Topics were picked by reading the survey (data/survey-r2.txt), avoiding short queries earlier batches used
and the topics the twentieth to twenty-seventh batches' docstrings ask about where an alternative existed.
Twenty-seven batches have covered the survey's ~600 cases closely: the twenty-third and twenty-fourth
docstrings alone name in everyday words almost every case no earlier batch had asked, so several cases
graded 2 here are named in those docstrings, by number or in words, mostly as near misses (for example
116, 177 with shared 089, 346, 181, 217, 107, 248, 297, 302, 350, 258 and shared 116) — the queries asking
for them are new strings and new combinations of place, status, technology and task. Cases never numbered in those docstrings are asked by
技能検定 (283), 安全運転管理者 (338), 仮想デスクトップ (shared 123), 農地 (shared 070), 関東の児童手当のRPA (312,
336), 実証中の難病のAI-OCR, 山梨県の介護のAI-OCR (237), 茨城県の届出のチャットボット (226, 338), 和歌山県の住民基本
台帳のRPA (126), 九州 共同利用 防災 (shared 059) and 香川県 RPA メール (174, 177).

They were written without seeing any engine output and without reading the engine's code or any other
batch's queries beyond these: of the twentieth to twenty-seventh the docstrings, read to avoid their topics;
the twenty-seventh's file as the model for this file's structure; of the twenty-fifth its particle items;
of bench/judgments.py the helper definitions and, read with them, its query lists (tuned, short, variant,
natural, particle, filter, absent); the definitions of `placed` (nineteenth, imported through the
twentieth), `rpa_way` (fifteenth) and `never` (tenth); greps for candidate words over bench/judgments*.py,
whose matching lines showed other batches' queries on those words; and one grep listing the short query
strings of all batches (and their short, particle, filter and absent strings where written as Judged(...)),
so as not to repeat them. Each rule was written before looking at what
it selects, then checked by reading every case it selects and the cases using the task's words, synonyms
and near misses (for example ふるさと納税 was kept out of 納税, 103 out of the tax work by RPA, the GIS out of
the disaster systems, 347 out of the chatbots used jointly, and 086's special-collection lists, 128's
municipal-tax reports and 095–097's fixed-asset-tax work were added to the tax work by RPA). The only thing
run was these rules over the records, to read and count each query's grades; no engine (no dxsearch
command, no SearchIndex, no bench/relevance.py run, no tests) was run.

Grades: 2 = the case is what the writer asked for (for place and status words, the asked topic within that
place and status; for a short query, a case about the word); 1 = clearly related (the same task done
otherwise, a neighbouring task, the asked task outside a named place or status per `placed`, a related case
within it); a shared generic word (業務, 入力, システム, 自動化, 集計, 申請書, メール, 届出 …) earns nothing by
itself. Case numbers like 283 refer to ids ai_rpa-283; shared 123 is shared_system-123, org- organization-.
Splits alternate test, dev, test, dev… within each kind in file order (`_alternate`): short 7/7, particle
5/5, filter 5/5, absent 3/3 (test/dev).
"""

from __future__ import annotations

from bench.judgments import (
    AI,
    AUTO_ANSWER,
    CHATBOT,
    DISASTER,
    DONE,
    INTRACTABLE_DISEASE,
    OCR,
    PLANNED,
    RPA,
    TRIAL,
    TRIAL_PLANNED,
    Judge,
    Judged,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    every_field,
    has,
    named,
    no,
    pref,
    region,
    says,
    shareable,
    shared_system,
    status,
    within,
)
from bench.judgments_fifteenth import rpa_way
from bench.judgments_tenth import never
from bench.judgments_twentieth import placed

# --- named patterns --------------------------------------------------------------------------------
uses_ocr = says(OCR)
is_ai = says(AI)
is_rpa = says(RPA)
is_chatbot = says(CHATBOT)
answers = says(AUTO_ANSWER)

# Tax work (prefectural taxes, and the municipal taxes the prefecture gathers or helps with; not the
# allocation tax 交付税, the home-town-tax donations, the income tax of year-end adjustments or the
# statutory returns to the tax office).
TAX = says(r"県税|道税|都税|自動車税|自動車取得税|不動産取得税|法人県民税|法人事業税|法人二税|法人2税|個人県民税"
           r"|個人事業税|市町村税|特別徴収|固定資産税|税務システム|税務電算|税務オンライン|県税オンライン|税額"
           r"|(?<!ふるさと)納税|課税|個車情報|\(税務関係\)")
# Tax work by RPA (rpa_way), not 三重's translating tablet at the tax office (103), which names no
# technology the way rpa_way reads it.
TAX_RPA = both(ai_rpa, TAX, rpa_way, no(says(r"翻訳")))
# Used jointly with the municipalities: a shared system, or an AI・RPA case shared or open to sharing.
JOINT = either(shared_system, shareable, lambda r: r.shared_use == "共同利用中")

# A chatbot, or an FAQ answered automatically (350's AI-trained FAQ): not an AI speaker.
CHATBOT_OR_FAQ = says(CHATBOT + r"|FAQ|自動応答")

# A disaster system shared with the municipalities (not a GIS naming 防災 among the layers it shares).
DISASTER_SYSTEM = both(shared_system, says(DISASTER), no(named(r"GIS")))

# places as people write them
KANSAI = pref("大阪府", "京都府", "兵庫県", "奈良県", "滋賀県", "和歌山県")  # 関西: the 2府4県, 三重 left out
HOKURIKU = pref("富山県", "石川県", "福井県")  # 北陸 (the survey files all three under 中部)
SHUTOKEN = pref("東京都", "神奈川県", "埼玉県", "千葉県")  # 首都圏: the 1都3県
TOKAI = pref("静岡県", "愛知県", "岐阜県", "三重県")  # 東海 (cut across the survey's 中部 and 近畿)
KYUSHU = region("九州")  # 九州 in a particle or filter query: the survey's 九州, 沖縄 included


def absent(pattern: str) -> Judge:
    """Absent-kind judge: 2 for a case using the word itself in any field (none does), else 0."""
    return lambda r: 2 if has(pattern, every_field(r)) else 0


# --- short keyword queries -------------------------------------------------------------------------
SHORT_ITEMS: list[tuple[str, Judge]] = [
    # Skills-test pass certificates made by RPA (283); related: other exams the prefecture holds whose
    # applications are processed by AI・RPA (262, 290, 291).
    ("技能検定", graded(says(r"技能検定"), both(ai_rpa, says(r"免許試験|販売者試験")))),
    # The chatbot on safe-driving-manager notifications (338); no neighbour.
    ("安全運転管理者", graded(says(r"安全運転管理者"), never)),
    # Everyday お礼状 for 御礼状: the home-town-tax donations registered with thank-you letters (066);
    # related: the other donation tasks done by AI・RPA (115 mails printed, 165 applications read).
    ("お礼状", graded(says(r"礼状"), both(ai_rpa, says(r"ふるさと納税|寄附|寄付")))),
    # Demand notices to car-tax debtors (116); related: other tax-arrears tasks (bank inquiries 035, 105).
    ("催告書", graded(says(r"催告"), says(r"滞納|預金照会|預貯金調査"))),
    # Depreciable-asset returns checked by AI (098); related: the other fixed-asset-tax cases (095–099).
    ("償却資産", graded(says(r"償却資産"), says(r"固定資産税"))),
    # Virus protection: virus detections chased by RPA (177), the security cloud's mail virus protection
    # (shared 089) — not the coronavirus; related: the other security clouds and sanitised mail.
    ("ウイルス対策", graded(says(r"ウイルス対策|ウイルスの検知|ウイルス検知"),
                          either(named(r"セキュリティクラウド"), says(r"無害化")))),
    # Photos with AI: site photos mapped by AI (346), aerial photos checked with AI (095); related: photos
    # without AI (the shared map systems with aerial photos).
    ("写真 AI", graded(both(says(r"写真"), is_ai), says(r"写真"))),
    # Drawings read by OCR: handwritten house drawings (097); no neighbour.
    ("図面 OCR", graded(both(says(r"図面"), uses_ocr), never)),
    # A virtual environment for browsing (shared 123); related: 113, whose mail arrives on a virtual
    # desktop.
    ("仮想デスクトップ", graded(both(shared_system, says(r"仮想")), says(r"仮想"))),
    # Farmland (shared 070); related: farming (org-023's IoT for agriculture).
    ("農地", graded(says(r"農地"), says(r"農業|作付"))),
    # Infectious-disease test slips read by AI-OCR (263); related: coronavirus relief applications read
    # by AI-OCR.
    ("感染症 AI-OCR", graded(both(says(r"感染症"), uses_ocr, no(says(r"コロナ|感染拡大防止"))),
                            both(uses_ocr, says(r"コロナ|感染拡大防止")))),
    # Staff-housing rents entered by RPA (073); no neighbour.
    ("職員住宅", graded(says(r"職員住宅"), never)),
    # Registry notices read by OCR (181); related: other cases using registry papers (095, 212, 345).
    ("登記 OCR", graded(both(says(r"登記"), uses_ocr), says(r"登記"))),
    # The statistics book published as open data (109); related: other yearbooks and handbooks (268, 059).
    ("統計書", graded(says(r"統計書"), says(r"年鑑|要覧"))),
]

# --- particle queries ------------------------------------------------------------------------------
PARTICLE_ITEMS: list[tuple[str, Judge]] = [
    # 九州 (the survey's) and industrial-waste papers read by AI・OCR (大分 219–221); the same outside
    # (山口 217); related within: other environmental papers read by AI・OCR (浄化槽 218).
    ("九州の産業廃棄物のAI-OCR",
     placed(KYUSHU, both(says(r"産業廃棄物|廃棄物処理計画"), uses_ocr), both(ai_rpa, uses_ocr, says(r"浄化槽|フロン")))),
    # 関東 and child allowances paid by RPA (茨城 312, 336); the same outside (074, 201, 207).
    ("関東の児童手当のRPA", placed(region("関東"), both(says(r"児童手当"), rpa_way), says(r"児童手当"))),
    # On trial and intractable-disease aid read by AI-OCR; the same at another status.
    ("実証中の難病のAI-OCR",
     placed(status(TRIAL), both(says(INTRACTABLE_DISEASE), uses_ocr), both(ai_rpa, uses_ocr, says(r"医療費|医療給付")))),
    # 山梨 and care-service accident reports read by AI-OCR (237); related within: 山梨's hepatitis aid
    # lists read by AI-OCR (238).
    ("山梨県の介護のAI-OCR", placed(pref("山梨県"), both(says(r"介護"), uses_ocr), both(uses_ocr, says(r"扶助費")))),
    # 大阪 and handwritten applications read by AI-OCR (107, 248, 249); the same outside (和歌山 114).
    ("大阪府の手書きの申請書のAI-OCR",
     placed(pref("大阪府"), both(says(r"手書き"), says(r"申請書|申込書"), uses_ocr), both(ai_rpa, uses_ocr))),
    # 茨城 and chatbots on how to file notifications (226, 338); related within: 茨城's other chatbots.
    ("茨城県の届出のチャットボット", placed(pref("茨城県"), both(is_chatbot, says(r"届出")), is_chatbot)),
    # 和歌山 and the resident-register logs sent by RPA (126); related within: the resident-notification
    # registrations tallied (125).
    ("和歌山県の住民基本台帳のRPA",
     placed(pref("和歌山県"), both(says(r"住民基本台帳"), rpa_way), says(r"本人通知"))),
    # 奈良 or 京都 and AI (a technology only: the first batch's `within`); related: their other AI・RPA
    # cases and bodies naming AI.
    ("奈良県と京都府のAI", within(pref("奈良県", "京都府"), both(ai_rpa, is_ai), either(ai_rpa, is_ai))),
    # Planned and a chatbot (or AI FAQ) used jointly with the municipalities (shared 116, 258); the same
    # at another status; related within: other planned automatic answering (347's AI speakers among them).
    ("導入予定の共同利用のチャットボット",
     placed(status(PLANNED), both(CHATBOT_OR_FAQ, JOINT), answers)),
    # 東海 and bidding paperwork by RPA (297, 298, 302); the same outside (065, 199, 345); related
    # within: 静岡's bidding applications read by AI-OCR (092).
    ("東海での入札のRPA", placed(TOKAI, both(ai_rpa, says(r"入札"), rpa_way), both(ai_rpa, says(r"入札")))),
]

# --- filter queries --------------------------------------------------------------------------------
FILTER_ITEMS: list[tuple[str, Judge]] = [
    # 中国 (the survey's), on trial, RPA (a technology only: `within`).
    ("中国 実証中 RPA", within(both(region("中国"), status(TRIAL)), both(ai_rpa, rpa_way), ai_rpa)),
    # 関西 and a facility-booking system shared with the municipalities (京都's shared 031); the same
    # outside.
    ("関西 共同利用 施設予約", placed(KANSAI, both(shared_system, named(r"予約")), never)),
    # 北陸 and RPA keying into the finance system (063, 064, 275); the same outside.
    ("北陸 RPA 財務会計", placed(HOKURIKU, both(ai_rpa, rpa_way, says(r"財務会計")), never)),
    # 首都圏, in use, AI (a technology only: `within`); related: their other AI・RPA cases in use, bodies
    # naming AI.
    ("首都圏 導入済 AI", within(both(SHUTOKEN, status(DONE)), both(ai_rpa, is_ai), either(ai_rpa, is_ai))),
    # 大分, trial planned, AI-OCR (`within`).
    ("大分県 実証予定 AI-OCR", within(both(pref("大分県"), status(TRIAL_PLANNED)), both(ai_rpa, uses_ocr), ai_rpa)),
    # 九州 and a disaster system shared with the municipalities (福岡's shared 059); the same outside;
    # related within: the radiation monitoring systems (shared 061, 062).
    ("九州 共同利用 防災",
     placed(KYUSHU, DISASTER_SYSTEM, both(shared_system, says(r"放射線|モニタリング")))),
    # 香川 and mail handled by RPA (174, 177); the same outside.
    ("香川県 RPA メール", placed(pref("香川県"), both(ai_rpa, is_rpa, says(r"メール")), never)),
    # On trial and a chatbot (`within`); related: other AI or FAQ cases on trial.
    ("実証中 チャットボット", within(status(TRIAL), is_chatbot, either(answers, is_ai))),
    # 北海道 or 東北 and prefectural-tax work by RPA (024, 025, 028, 035); the same outside.
    ("北海道 東北 税 RPA", placed(region("北海道", "東北"), TAX_RPA, never)),
    # 佐賀 and systems shared with the municipalities; related: 佐賀's AI・RPA cases open to sharing.
    ("佐賀県 共同利用", within(pref("佐賀県"), shared_system, shareable)),
]

# --- absent words ----------------------------------------------------------------------------------
ABSENT_ITEMS: list[tuple[str, Judge]] = [
    ("議会", absent(r"(?<![協審])議会")),  # only inside 協議会 and 審議会
    ("給食", absent(r"給食")),
    ("熱中症", absent(r"熱中症")),
    ("パスポート", absent(r"パスポート|旅券")),
    ("献血", absent(r"献血")),
    ("文化財", absent(r"文化財")),
]

SHORT: list[Judged] = _alternate("short", SHORT_ITEMS)
PARTICLE: list[Judged] = _alternate("particle", PARTICLE_ITEMS)
FILTER: list[Judged] = _alternate("filter", FILTER_ITEMS)
ABSENT: list[Judged] = _alternate("absent", ABSENT_ITEMS)

TWENTYEIGHTH: list[Judged] = SHORT + PARTICLE + FILTER + ABSENT
