"""Held-out judged queries written independently (see the docstring rules); never tuned on.

The queries were written first (as staff and consultants would type them), then graded by explicit
rules over each record's own fields, checked by reading the matching cases; no search engine or
ranking code was run on them. Grade 2: the case is what was asked for; 1: related (mentions the
thing, or meets only part of the request); 0: not relevant. Place and status words are filters;
values of one facet joined by と, や or ・ are alternatives; all content words must hold for a 2.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dxsearch.indexer.records import CaseRecord
from bench.judgments import text, every_field, has, graded, mentions, says, named, both, either, no  # helpers only


@dataclass(frozen=True)
class HeldOut:
    query: str
    kind: str
    judge: object  # Callable[[CaseRecord], int] returning 0, 1 or 2


# ---- small building blocks -------------------------------------------------------------------

def section(*names: str):
    return lambda r: r.section in names


def pref(*names: str):
    return lambda r: r.prefecture in names


def region(*names: str):
    return lambda r: r.region in names


def status(*names: str):
    return lambda r: r.status in names


def ids(*xs: str):
    return lambda r: r.id in xs



def where(filt, judge):
    """A place/status filter: outside it every case is 0."""
    return lambda r: judge(r) if filt(r) else 0


def never(r: CaseRecord) -> int:
    return 0


DONE, PLANNED, TRIAL, TRIAL_PLANNED, CONSIDERING = "導入(実施)済", "導入(実施)予定", "実証中", "実証予定", "検討中"

OCR = says(r"OCR")
RPA = either(says(r"RPA"), lambda r: has(r"RPA|シナリオ", r.shared_use_reason or ""))  # a reusable "scenario" is an RPA one
AI = says(r"AI|人工知能")
CHATBOT = says(r"チャットボット|FAQ|自動応答|自動で応答|自動回答|自動質疑応答|質問にAIが回答")
TRANSCRIBE = says(r"議事録|会議録|文字起こし|文字おこし|テープ起こし|テープおこし")
SPEECH_TO_TEXT = both(says(r"音声|録音|テープ|文字お?こし|文字起"), says(r"テキスト|文字|認識|議事録|会議録"))
E_APPLICATION_SYSTEM = both(section("shared_system"), says(r"電子申請|オンライン申請|行政手続.{0,6}オンライン|申請.{0,6}インターネット|インターネット.{0,8}申請"))
FACILITY_BOOKING = both(section("shared_system"), says(r"施設.{0,12}予約|予約.{0,12}施設"))
SECURITY_CLOUD = both(section("shared_system"), says(r"セキュリティクラウド|インターネット(接続口|との接続口|接続ポイント|出口|への接続口|接続を集約)"))
GIS = either(says(r"GIS"), named(r"地理情報"))
MAIL_REPLIES = both(says(r"メール"), says(r"添付|回答"), says(r"集計|とりまとめ|取りまとめ"))
MUNICIPAL_RETURNS = both(says(r"(市町村|市町|市町等)(から|の状況を調査)"), says(r"送付|提出|回答|報告|調査"),
                         says(r"集計|とりまとめ|取りまとめ"), section("ai_rpa"))
RESIDENT_CHATBOT = both(section("ai_rpa", "shared_system"), CHATBOT,
                        no(ids("ai_rpa-038", "ai_rpa-060", "ai_rpa-111", "ai_rpa-162")))
STAFF_CHATBOT = either(ids("ai_rpa-038", "ai_rpa-060", "ai_rpa-111", "ai_rpa-162"),
                       both(CHATBOT, says(r"職員(から|向け)|庁内|職員からの")))
GOVERNOR_LED = both(section("organization"), lambda r: r.group == "庁内横断的な体制",
                    says(r"本部長[:：(]?知事|知事をトップ|知事を本部長|本部長を知事|(^|\s)知事、"))


QUERIES: list[HeldOut] = [
    # ---------------------------------------------------------------- short
    HeldOut("AI-OCR 申請書", "short",
            graded(both(OCR, says(r"申請|申込|願書")), either(OCR, says(r"申請書")))),
    HeldOut("通勤手当 RPA", "short",
            graded(both(RPA, either(named(r"通勤"), both(named(r"手当認定"), says(r"通勤")))), says(r"通勤"))),
    HeldOut("施設予約", "short", graded(FACILITY_BOOKING, says(r"予約"))),
    HeldOut("電子入札", "short",
            graded(both(section("shared_system"), says(r"電子入札|電子調達")), says(r"入札"))),
    HeldOut("GIS", "short",
            graded(GIS, either(both(section("shared_system"), says(r"地図|地形図|航空写真|マッピング")),
                               both(section("ai_rpa"), says(r"マッピング|地図上"))))),
    HeldOut("年末調整", "short", graded(named(r"年末調整"), says(r"年末調整|源泉徴収|法定調書"))),
    HeldOut("指定難病", "short", graded(says(r"難病"), says(r"小児慢性特定疾病"))),
    HeldOut("音声認識", "short",
            graded(either(says(r"音声認識"), both(SPEECH_TO_TEXT, section("ai_rpa"), TRANSCRIBE)),
                   either(TRANSCRIBE, says(r"音声")))),
    HeldOut("ふるさと納税", "short", graded(says(r"ふるさと納税"), says(r"寄附|寄付"))),
    HeldOut("校務支援システム", "short",
            graded(says(r"校務|学校業務支援"), both(section("shared_system"), lambda r: r.field == "教育分野"))),
    HeldOut("産業廃棄物", "short",
            graded(both(says(r"廃棄物"), no(ids("shared_system-063"))), says(r"廃棄物|不法投棄"))),
    HeldOut("デジタルマーケティング", "short",
            graded(either(named(r"デジタルマーケティング"),
                          both(section("digital_talent"), says(r"デジタルマーケティング"))),
                   says(r"マーケティング"))),

    # ---------------------------------------------------------------- variant
    HeldOut("ｱﾝｹｰﾄ集計", "variant",
            graded(both(says(r"アンケート"), section("ai_rpa")), says(r"アンケート"))),
    HeldOut("問合わせ 自動回答", "variant",
            graded(CHATBOT, says(r"コールセンター|回答候補|問.{0,2}合"))),
    HeldOut("エクセル 転記", "variant",
            graded(both(says(r"Excel|エクセル|集計用シート"), says(r"転記|入力|貼り付|張り付"),
                        no(ids("ai_rpa-080", "ai_rpa-222"))),
                   says(r"転記|Excel|エクセル"))),
    HeldOut("ウェブ会議", "variant",
            graded(says(r"ウェブ会議|Web会議|オンライン会議"), says(r"TV会議|テレビ会議|Teams"))),
    HeldOut("オンライン申請", "variant",
            graded(E_APPLICATION_SYSTEM,
                   says(r"電子申請|電子申告|オンライン(で|の)?(申請|手続)|手続.{0,4}オンライン|申請.{0,10}(オンライン|インターネット)"))),
    HeldOut("ＯＣＲ　手書き", "variant",
            graded(both(OCR, says(r"手書")), either(OCR, says(r"手書")))),
    HeldOut("テープ起し", "variant",
            graded(both(section("ai_rpa"), TRANSCRIBE, no(ids("ai_rpa-356"))),
                   either(TRANSCRIBE, says(r"音声認識")))),
    HeldOut("最高情報責任者 補佐", "variant",
            graded(both(section("digital_talent"),
                        lambda r: has(r"(CIO|最高情報).{0,12}補佐", f"{r.name} {r.description}")),
                   says(r"CIO|CDO補佐|最高情報|情報統括"))),

    # ---------------------------------------------------------------- natural
    HeldOut("毎年各課から紙で届く申請書をシステムに手で打ち直していて手間がかかる。手書きの書類を読み取ってデータ化できる仕組みを探している。",
            "natural",
            graded(both(OCR, no(ids("ai_rpa-141", "ai_rpa-356"))),
                   either(OCR, both(says(r"紙|手入力|手書|書面"), says(r"入力|転記|データ化|電子化|登録")),
                          both(RPA, says(r"転記|入力"))))),
    HeldOut("県民からの問い合わせ電話が多くて職員だけでは対応しきれない。24時間自動で答えてくれるチャットボットをホームページに置けないか。",
            "natural",
            graded(both(RESIDENT_CHATBOT, no(ids("ai_rpa-347"))), either(CHATBOT, says(r"AIが回答|コールセンター")))),
    HeldOut("審議会の録音を職員が聞きながら議事録を作っていて、毎回何日もかかっている。音声から自動で文字起こしできる方法はないか。",
            "natural",
            graded(both(section("ai_rpa"), TRANSCRIBE, no(ids("ai_rpa-356"))),
                   either(TRANSCRIBE, says(r"音声認識")))),
    HeldOut("職員の通勤手当の認定で、自宅から職場までの距離や経路を地図ソフトで一件ずつ調べているのを自動化したい。",
            "natural",
            graded(both(says(r"通勤"), says(r"距離|経路|地図|最寄り駅|マップ"), no(ids("ai_rpa-051"))),
                   says(r"通勤|道のり距離|地図ソフト|旅費経路"))),
    HeldOut("市町村から毎月メールで送られてくる照会の回答ファイルを保存して集計するのが大変。添付ファイルの保存から集計までRPAで自動化できないか。",
            "natural",
            graded(both(section("ai_rpa"), either(MAIL_REPLIES, MUNICIPAL_RETURNS)),
                   both(section("ai_rpa"), either(both(says(r"メール"), says(r"添付|振り分け")),
                                                   both(says(r"(市町村|市町|市町村別)(から|の)"),
                                                        says(r"集計|とりまとめ|取りまとめ|データ整理|照会")))))),
    HeldOut("自動車税の納期になると電話の問い合わせが集中する。税金についてのよくある質問にAIで自動回答する仕組みを入れたい。",
            "natural",
            graded(both(CHATBOT, says(r"税")), CHATBOT)),
    HeldOut("給与や支払のデータをエクセルの一覧から財務会計システムに毎回手で打ち込んでいる。ロボットで自動入力できないか。",
            "natural",
            graded(both(section("ai_rpa"), says(r"財務会計システム(へ|に|で|等へ|入力)"),
                        no(ids("ai_rpa-144"))),
                   both(section("ai_rpa"), either(says(r"財務会計"),
                                                   both(says(r"Excel|エクセル"), says(r"入力"), RPA))))),
    HeldOut("窓口に外国人の方が来ても言葉が通じず困っている。タブレットなどで自動翻訳して対応できる事例を探している。",
            "natural", graded(says(r"翻訳"), says(r"外国"))),
    HeldOut("児童相談所で一時保護が必要かどうかの判断をAIで支援している県があれば知りたい。",
            "natural", graded(both(says(r"虐待|一時保護"), AI), says(r"児童相談所"))),
    HeldOut("県と市町村がそれぞれ施設の予約システムを持っているので、共同で使えるシステムを探している。",
            "natural", graded(FACILITY_BOOKING, both(section("shared_system"), says(r"予約")))),
    HeldOut("災害のときに市町村と被害状況や避難所の情報をすぐ共有できるシステムを、県と市町村で共同利用したい。",
            "natural",
            graded(both(section("shared_system"), says(r"災害|防災"), says(r"共有|集約|配信"),
                        no(ids("shared_system-095", "shared_system-098", "shared_system-108", "shared_system-111"))),
                   either(both(section("shared_system"), says(r"災害|防災|被災|震度|避難")),
                          both(section("ai_rpa"), says(r"被害の状況|災害情報"))))),
    HeldOut("庁内にデータを分析できる職員がいない。統計やプログラミングを使ってデータに基づく政策立案ができる人材を育てたい。",
            "natural",
            graded(both(section("digital_talent"), says(r"データサイエンティスト|統計学|プログラミング")),
                   both(section("digital_talent", "organization"),
                        says(r"データ.{0,6}(分析|活用|利活用|連携)|AI分析|ビッグデータ|ウェブ解析|データ利活用")))),
    HeldOut("民間のIT企業出身の人をCIO補佐官のような形で採用して、情報システムの最適化やセキュリティについて助言してもらいたい。",
            "natural",
            graded(both(section("digital_talent"), lambda r: r.category == "外部人材の登用/採用",
                        lambda r: has(r"民間|IT|SE|ベンダ|企業|エンジニア|コンサル|事業者", r.skill_area or ""),
                        says(r"最適化|セキュリティ"), no(says(r"警察"))),
                   both(section("digital_talent"), no(says(r"警察")),
                        either(lambda r: r.category == "外部人材の登用/採用", says(r"CIO|最適化|セキュリティ"))))),
    HeldOut("知事をトップにした全庁横断のDX推進本部を立ち上げたい。他県ではどんな体制で進めているのか知りたい。",
            "natural",
            graded(both(GOVERNOR_LED, no(named(r"5G"))),
                   both(section("organization"),
                        either(lambda r: r.group == "庁内横断的な体制", says(r"DX|デジタルトランスフォーメーション"))))),
    HeldOut("毎年の年末調整で、職員の申告書の出力や差分データの作成、結果の通知を手作業でやっている。RPAで楽にできないか。",
            "natural",
            graded(named(r"年末調整"), says(r"年末調整|源泉徴収|法定調書|扶養控除"))),
    HeldOut("コロナの協力金や給付金の申請書が大量に届いて処理が追いつかない。AI-OCRなどで早く処理できないか。",
            "natural",
            graded(both(section("ai_rpa"), says(r"コロナ|感染拡大防止|持続化"), says(r"申請|支払|協力金|給付金")),
                   both(section("ai_rpa"), either(says(r"コロナ"), both(says(r"給付金|補助金"), OCR))))),
    HeldOut("職員からシステムの操作方法について問い合わせが毎日のように来て、担当課がその都度答えている。庁内向けのFAQやチャットボットを入れたい。",
            "natural", graded(STAFF_CHATBOT, CHATBOT)),
    HeldOut("県ホームページの記事をAIで要約して、SNSで自動的に発信できないか。",
            "natural",
            graded(both(says(r"要約"), says(r"Twitter|ツイート|SNS")),
                   either(says(r"要約"), both(section("ai_rpa"), says(r"(県|)HP|ホームページ"), says(r"更新|発信|掲載|公開")),
                          says(r"Twitter|SNS")))),
    HeldOut("県と市町村のインターネット接続口を一つにまとめて、24時間体制でセキュリティ監視をしたい。",
            "natural", graded(SECURITY_CLOUD, both(section("shared_system", "ai_rpa"), says(r"セキュリティ|ウイルス(検知|対策)|無害化")))),
    HeldOut("業者から受け付けた入札参加資格の申請書の内容をチェックして、システムに登録する作業を自動化したい。",
            "natural",
            graded(both(section("ai_rpa"), says(r"入札参加資格|競争入札参加資格|入札資格")),
                   says(r"入札"))),

    # ---------------------------------------------------------------- particle
    HeldOut("九州の電子申請システム", "particle",
            where(region("九州"), graded(E_APPLICATION_SYSTEM, says(r"電子申請")))),
    HeldOut("実証中のAI-OCR", "particle",
            where(status(TRIAL), graded(OCR, both(says(r"紙|手書|読み込|読み取"), says(r"入力|データ化|転記"))))),
    HeldOut("四国のチャットボット", "particle",
            where(region("四国"), graded(CHATBOT, says(r"問.{0,2}合|質問")))),
    HeldOut("福祉分野でのRPA活用", "particle",
            graded(both(lambda r: r.field == "保健・福祉分野", RPA),
                   either(both(lambda r: r.field == "保健・福祉分野", section("ai_rpa")),
                          both(RPA, says(r"福祉|児童手当|介護|障害者"))))),
    HeldOut("近畿や中国の統合型GIS", "particle",
            where(region("近畿", "中国"), graded(GIS, says(r"マッピング|地図上|デジタル地図|地理")))),
    HeldOut("検討中のAI活用", "particle",
            where(status(CONSIDERING), graded(AI, both(section("ai_rpa"), says(r"チャットボット|自動|マクロ"))))),
    HeldOut("東北・北海道のデジタル人材", "particle",
            where(region("東北", "北海道"), graded(section("digital_talent"),
                                                 both(section("organization"), says(r"人材"))))),
    HeldOut("非常勤のデジタル人材", "particle",
            graded(both(section("digital_talent"), lambda r: r.employment == "非常勤"),
                   both(section("digital_talent"), says(r"兼業|副業|委託|アドバイザー|顧問")))),
    HeldOut("小中学校と県立学校のRPA", "particle",
            graded(both(RPA, says(r"小中学校|県立学校|道立学校|支援学校|学校"), no(ids("ai_rpa-051"))),
                   both(section("ai_rpa"), says(r"学校|教員|教職員")))),
    HeldOut("中部の産学官の協議会", "particle",
            where(region("中部"),
                  graded(both(section("organization"), lambda r: r.group == "民間も含んだ協議会等",
                              says(r"民間|企業"), says(r"大学|学識|学術|研究機関")),
                         both(section("organization"), lambda r: r.group == "民間も含んだ協議会等")))),

    # ---------------------------------------------------------------- filter
    HeldOut("三重県 AI", "filter",
            where(pref("三重県"), graded(AI, says(r"チャットボット|音声認識|自動翻訳|自動運転")))),
    HeldOut("九州 RPA 導入済", "filter",
            where(both(region("九州"), status(DONE)), graded(RPA, both(section("ai_rpa"), says(r"自動化|自動で"))))),
    HeldOut("関東 チャットボット", "filter",
            where(region("関東"), graded(CHATBOT, says(r"問.{0,2}合|AIが")))),
    HeldOut("大分県 実証予定 OCR", "filter",
            where(both(pref("大分県"), status(TRIAL_PLANNED)), graded(OCR, says(r"転記|入力")))),
    HeldOut("東京都 AI 導入済", "filter",
            where(both(pref("東京都"), status(DONE)), graded(AI, says(r"チャットボット|自動応答|自動化|RPA")))),
    HeldOut("近畿 共同利用 システム", "filter",
            where(region("近畿"),
                  graded(either(section("shared_system"), lambda r: r.shared_use == "共同利用中"),
                         lambda r: r.shared_use in ("共同利用可能",)))),
    HeldOut("中国 セキュリティクラウド", "filter",
            where(region("中国"), graded(SECURITY_CLOUD, says(r"セキュリティ")))),
    HeldOut("和歌山県 RPA 集計", "filter",
            where(pref("和歌山県"), graded(both(RPA, says(r"集計|とりまとめ|取りまとめ")),
                                          either(RPA, says(r"集計"))))),

    # ---------------------------------------------------------------- absent
    HeldOut("ブロックチェーン", "absent", never),
    HeldOut("顔認証", "absent", never),
    HeldOut("路線バス", "absent", never),
    HeldOut("除雪", "absent", never),
    HeldOut("保育所の入所選考", "absent", never),
    HeldOut("電子契約", "absent", never),
]
