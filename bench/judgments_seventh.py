"""A seventh batch of judged queries: 14 notation variants and 10 short keyword queries, written
and graded by explicit rules over each case's own text before any engine was run on them.

The topics were picked by reading the survey's cases (their names and descriptions), then each query
was written the way a prefectural or municipal clerk or a consultant types it into a search box, and
each rule written afterwards by reading the cases' own text and their near misses. No engine, peer
or the CLI was run on these queries while the rules were written; once the rules were final, the
only check was that every query has at least one grade-2 case, counted with the rules themselves.

The variants are what a user types that differs in notation or wording from the cases' text, in
words no earlier batch used: full-width Latin (ＩｏＴ), half-width katakana (ﾏﾆﾌｪｽﾄ for the cases'
マニフェスト and 産業廃棄物管理票), a long vowel the cases drop (フォルダー) or keep (コーディネータ for
デジタルコーディネーター), okurigana (取り出し where the cases write 取だし and 取出し; 最寄駅 for
最寄り駅), clerks' abbreviations (財会 for 財務会計, 特徴 for 特別徴収), katakana for an English name
(チームズ for Teams) and an abbreviation spelled out (システムエンジニア where talents say SE), a wrong
IME conversion (預金紹介 for 預金照会), kana for a kanji outside the jōyō list as official writing
does (ひも付け for 紐付け), and synonyms (取引先登録 where the cases say 債権者登録 or 支払相手方登録,
ワクチン接種 where the case says 予防接種).

The short queries are one or two keywords (a task, or a task and a technology) about tasks no
earlier batch asked about: local bonds, school-fee support, special-duty allowances, sanitising
mail from the internet, correcting budget items, ICT in schools, staff called in for a disaster,
school achievement tests, L-Alert, and the mental-health clinic subsidy.

Grades as in bench/judgments_fifth.py: 2 asked for, 1 clearly related (the same thing without the
asked technology, or a neighbouring task of the same office). Within each kind test and dev
alternate, test first (the fourth argument), so half of each kind is held out.
"""
from __future__ import annotations

from bench.judgments import (
    Judged,
    both,
    either,
    graded,
    is_ocr,
    is_rpa,
    latin_word,
    says,
    shared_system,
    talent,
)

# --- named patterns --------------------------------------------------------------------------------
SCHOOL_STAFF = r"小中学校|教職員|教員|非常勤講師|県立学校|道立学校|スクールカウンセラー"
# A vendor or payee registered in the accounting system (not a loan's debtor).
PAYEE_REGISTRATION = r"債権者登録|債権債務者登録|支払相手方登録|債権者.{0,12}登録|相手方.{0,3}登録"


SEVENTH: list[Judged] = [
    # --- variant: notation variants, abbreviations, synonyms --------------------------------------
    Judged("variant", "ＩｏＴ", graded(says(latin_word("IoT")), says("スマートメータ|センサ")), "test"),
    Judged("variant", "ﾏﾆﾌｪｽﾄ",
           graded(says("マニフェスト|産業廃棄物管理票|産業廃棄物管理表"), says("廃棄物")), "dev"),
    Judged("variant", "フォルダー保存",
           graded(says("フォルダに(保存|格納|集約)(?!している)"), says(r"フォルダ|添付ファイル.{0,6}保存|ファイルの保存")), "test"),
    Judged("variant", "コーディネータ", graded(says("コーディネータ"), says("アドバイザ|顧問")), "dev"),
    Judged("variant", "取り出し", graded(says("取だし|取出し|取り出|取りだし"), says("(?<!調査)抽出")), "test"),
    Judged("variant", "最寄駅", graded(says("最寄り?駅"), says("経路検索|経路を検索|通勤経路|経路情報")), "dev"),
    Judged("variant", "特徴義務者", graded(says("特別徴収"), says("個人県民税|個人住民税|市町村税")), "test"),
    Judged("variant", "財会システム",
           graded(says("財務会計|財務オンライン|財務システム"), says("支出命令|支出負担行為|支出調書|支出票|調定|会計事務")), "dev"),
    Judged("variant", "チームズ",
           graded(says("Teams|チームズ"), says("グループウェア|ファイル共有|Web会議|ウェブ会議|オンライン会議")), "test"),
    Judged("variant", "システムエンジニア",
           graded(both(talent, says(latin_word("SE") + "|システムエンジニア")),
                  both(talent, says("エンジニア|ITベンダ|IT企業|技術者"))), "dev"),
    Judged("variant", "預金紹介", graded(says(r"預金照会|預貯金調査|預金.{0,5}照会"), says("口座振込照会|滞納")), "test"),
    Judged("variant", "ひも付け", graded(says("紐付|紐づけ|ひも付|ひもづけ"), says("統合宛名|宛名番号|名寄せ")), "dev"),
    Judged("variant", "ワクチン接種", graded(says("予防接種|ワクチン"), says("予防接種|ワクチン")), "test"),
    Judged("variant", "取引先登録", graded(says(PAYEE_REGISTRATION), says("債権者|債権債務者|支払相手方")), "dev"),

    # --- short: one or two keywords ---------------------------------------------------------------
    Judged("short", "起債", graded(says("起債|地方債|事業債"), says("交付税|財政関連調査")), "test"),
    Judged("short", "自立支援医療 OCR",
           graded(both(says("自立支援医療"), is_ocr),
                  either(says("自立支援医療"), both(is_ocr, says("精神障害者保健福祉手帳")))), "dev"),
    Judged("short", "就学支援金", graded(says("就学支援金"), says("授業料|奨学金|学校徴収金")), "test"),
    Judged("short", "特殊勤務手当",
           graded(says("特殊勤務"), either(says("諸手当"), both(says(SCHOOL_STAFF), says("勤務実績|勤務状況報告")))), "dev"),
    Judged("short", "無害化",
           graded(says("無害化"), says("仮想デスクトップ|仮想化|インターネット系|インターネット閲覧")), "test"),
    Judged("short", "科目更正 RPA", graded(both(says("科目更正|更正票"), is_rpa), says("更正|振替更生")), "dev"),
    Judged("short", "ICT教育",
           graded(says("ICT教育|ICT利活用教育|教育のデジタル化"), says("校務|学校業務支援|学力向上|ICT機器")), "test"),
    Judged("short", "災害 参集", graded(says("参集"), says("配備")), "dev"),
    Judged("short", "学力テスト", graded(says("診断テスト|学力テスト|学力調査"), says("学力|体力データ|成績管理|成績入力")), "test"),
    Judged("short", "Lアラート",
           graded(says("Lアラート|Ｌアラート|L-ALERT"),
                  both(shared_system, says("防災情報|防災関連情報"), says("配信|情報発信"))), "dev"),
]
