"""A batch of 24 judged "who already does this?" texts: a clerk describes a task of theirs and asks
which prefectures already do it, graded by explicit rules over each case's own text and status.

The texts are pasted the way a prefectural or municipal clerk writes such a question: one to three
sentences of colloquial Japanese describing the task, with context that is not the point (毎月, 各課
から, 紙で届く, 残業続き, 月末は手が回らない …), ending in one of the ways people really ask
(〜している県はありますか, 〜やってる県があれば参考にしたい, 〜している自治体を知りたい, どこかでもう〜して
るところはある？, 〜の先行事例がある県を教えてほしい …). They use everyday words rather than the cases'
own (家から職場までの距離 where a case says 通勤距離測定, 予算を配る where it says 令達, 選挙カーなど公費
負担の請求書 where it says 選挙公営関係請求書 …). Twelve name a technology (RPA, AI, AI-OCR, チャット
ボット, FAQ) and twelve do not. None names a prefecture or a status word.

Topics were picked by reading the survey's case names and descriptions, choosing tasks that several
cases do: 20 about AI・RPA cases (allowances, overtime, meeting minutes, tax, budget, welfare,
health, staff and resident inquiries, surveys of municipalities, statistics, fees to lecturers, travel
expenses, procurement, environmental permits, business support, elections, hometown tax, care
managers, settlement statistics) and 4 about shared systems (facility booking, disaster-victim
records, disaster information). Each rule was written by reading the cases that use the task's words,
their synonyms and their near misses; the only thing run was these rules over the records, to count
each text's grades and read what they catch. No output of any engine was seen (no search, no similar,
no web app, no bench/relevance.py, no tests or notes about results).

Grades (the point of the batch is that the clerk asks who ALREADY does it):
2 = the same task as asked (done the way asked when a technology is named) and the case's status is
    導入(実施)済;
1 = the same task with another status (実証中, 導入(実施)予定, 実証予定, 検討中), or the same task done by
    another technology than the one named, or a very close neighbouring task that is in use;
0 = otherwise; sharing a generic word (業務, 入力, RPA, システム, 自動化, 集計 …) earns nothing by itself.
When RPA is named, a case of the AI・RPA section that states no technology, or none other than RPA,
counts as done the way asked (such cases are scripted automation); a case done only by AI-OCR, AI or
a chatbot counts as another technology. Speech-recognition transcription counts as AI.

Splits alternate test, dev, test, dev… in file order (`_alternate`).
"""
from __future__ import annotations

from bench.judgments import (
    AGGREGATE,
    DONE,
    INTRACTABLE_DISEASE,
    MEETING_GROUP,
    OCR,
    OVERTIME,
    Judge,
    Judged,
    Test,
    _alternate,
    ai_rpa,
    answers,
    both,
    either,
    graded,
    is_ocr,
    is_rpa,
    meeting_minutes,
    named,
    no,
    says,
    shared_system,
    status,
)

# --- local helpers ---------------------------------------------------------------------------------
done = status(DONE)



def field(prefix: str) -> Test:
    """The AI・RPA case's 分野 (総務分野, 保健・福祉分野 …)."""
    return lambda r: (r.field or "").startswith(prefix)


def minutes_group(r) -> bool:
    return r.id in MEETING_GROUP


def minuted(r) -> bool:
    return meeting_minutes(r) > 0


OTHER_TECH = OCR + r"|(?<![A-Za-z])AI(?![A-Za-z])|人工知能|チャットボット|FAQ|マクロ"
# Done by RPA: RPA is stated, or an AI・RPA case that states no other technology.
by_rpa = either(is_rpa, both(ai_rpa, no(says(OTHER_TECH))))

# --- named patterns --------------------------------------------------------------------------------
COMMUTE_CHECK = r"経路|距離|最寄り駅|地図|路線"
CAR_TAX = r"自動車税"
CORPORATE_TAXES = r"法人二税|法人2税|法人県民税|法人事業税"
E_FILING = r"電子申告|eLTAX|国税連携"
ALLOTMENT = r"令達|予算配当|予算配付|財政配当"
WELFARE_PAY = r"生活保護"
STAFF_ASKING = r"庁内|職員から|職員からの|システム操作|システムの操作|ICTに関する"
SURVEY = r"照会|調査"
SURVEY_RETURN = r"メール|添付|回答"
SURVEY_TALLY = r"集計|保存|取りまとめ|とりまとめ"
FEES = r"報酬|謝金|賃金"
PAYMENT_SLIP = r"支出命令|支出調書|支出負担行為|支出票|支払命令"
TRAVEL = r"旅費|旅行命令"
BID_QUALIFICATION = r"入札参加資格|入札資格|競争参加資格|名簿登録事業者"
WASTE_PERMITS = r"産業廃棄物|フロン"
ENV_NEIGHBOURS = r"産業廃棄物|廃棄物|フロン|浄化槽|特定施設"
COOPERATION_MONEY = r"協力金|持続化|感染拡大防止"
ELECTION_BILLS = r"選挙公営|不在者投票"
CARE_MANAGER = r"ケアマネ|介護支援専門員"
SETTLEMENT_STATS = r"決算統計"
RELIEF = r"罹災|り災|被災者|被災世帯"
DISASTER_WORDS = r"災害|防災"


def where_texts() -> list[tuple[str, Judge]]:
    return [
        ("人事異動のたびに、職員から出てくる通勤届を見ながら家から職場までの距離や経路を地図で一件ずつ調べていて、"
         "毎年春は残業続き。これを自動でやっている県はありますか",
         graded(both(says(r"通勤"), says(COMMUTE_CHECK), done),
                both(says(r"通勤"), says(COMMUTE_CHECK + r"|認定|審査|通勤届")))),
        ("毎月、各課の残業時間をシステムから抜き出してエクセルで集計し、幹部向けの資料にしている。"
         "RPAでこれを回している県があれば参考にしたい",
         graded(both(says(OVERTIME), says(AGGREGATE + r"|資料|抽出|グラフ"), by_rpa, done),
                both(says(OVERTIME), says(AGGREGATE + r"|資料|抽出|グラフ|照合|報告")))),
        ("引っ越した人から、自動車税の納税通知書の送り先を変えてほしいという届けがネットや紙で毎日来て、"
         "それを税のシステムに打ち直している。ここを自動にしている県を知りたい",
         graded(both(says(CAR_TAX), says(r"住所"), done),
                either(both(says(CAR_TAX), says(r"住所")), both(ai_rpa, says(r"自動車(取得)?税"), says(r"電子申請|届"), done)))),
        ("審議会や委員会のたびに録音を聞きながら議事録を起こしていて、1回分で丸一日つぶれる。"
         "AIの文字起こしを実際に使っている県はどこ？",
         graded(both(minutes_group, done), minuted)),
        ("四半期ごとに各所属や学校へ予算を配る令達の伝票を、財務会計システムに手で入力している。"
         "これを自動化している先行事例がある県を教えてほしい",
         graded(both(says(ALLOTMENT), says(r"入力"), no(says(r"チェック|相違")), done),
                either(says(ALLOTMENT), both(says(r"予算(情報|管理)"), says(r"財務会計"))))),
        ("法人の県民税と事業税の電子申告データをeLTAXから落として、税務システムに取り込む作業を毎日手で回している。"
         "RPAでやってる県があれば教えてほしい",
         graded(both(says(CORPORATE_TAXES), says(r"電子申告"), no(says(r"電子申告分を除く")), by_rpa, done),
                either(both(ai_rpa, says(CORPORATE_TAXES)), both(ai_rpa, says(E_FILING))))),
        ("非常勤講師や外部の講師に払う報酬・謝金を、支払の一覧から財務会計システムへ一件ずつ伝票を起こしている。"
         "月末は手が回らないので、自動化しているところを探しています",
         graded(both(says(FEES), says(r"財務会計|支出"), no(says(r"更正")), done),
                either(both(says(FEES + r"|講師"), says(r"財務会計|支出")), says(r"講師の報酬支払"),
                       both(ai_rpa, says(r"財務会計"), says(PAYMENT_SLIP), done)))),
        ("生活保護費を毎月払うとき、保護のシステムで出した額を財務会計システムにもう一度打ち込んでいる。"
         "RPAでつないでいるところはある？",
         graded(both(says(WELFARE_PAY), says(r"財務会計|支出"), by_rpa, done),
                either(both(says(WELFARE_PAY), says(r"財務会計|支出")),
                       both(ai_rpa, field("保健"), says(r"財務会計"), done)))),
        ("学校の先生や病院の職員の出張旅費を、本人に代わって旅費のシステムに打ち込んでいて、毎月何百件にもなる。"
         "入力を自動化している自治体を知りたい",
         graded(both(named(TRAVEL), says(r"入力|登録"), no(named(r"支払|確認|審査")), done),
                both(ai_rpa, says(TRAVEL), no(says(r"手続き案内|科目更正"))))),
        ("指定難病の医療費助成で、申請書やおたずね票、療養費の請求書が紙で山ほど届き、全部手で打ち込んでいる。"
         "AI-OCRで読み取ってシステムに入れている県はありますか",
         graded(both(says(r"指定難病|特定医療"), is_ocr, done), says(INTRACTABLE_DISEASE))),
        ("入札に参加したい業者から資格の申請や変更の届けが大量に来て、名簿やシステムへの登録に毎回追われる。"
         "これを自動化している県はある？",
         graded(both(ai_rpa, says(BID_QUALIFICATION), done),
                either(says(BID_QUALIFICATION), both(ai_rpa, says(r"入札"), done)))),
        ("財務会計や庶務のシステムの使い方について、職員からの質問の電話が毎日何十件も来る。"
         "チャットボットやFAQで自動で答えるようにしている県を教えてほしい",
         graded(both(answers, says(STAFF_ASKING + r"|職員"), done),
                both(answers, says(STAFF_ASKING + r"|職員")))),
        ("国から来た調査を市町村に回すと、回答がメールの添付で何十通も返ってくる。"
         "それをフォルダに保存して一覧に集計する作業を、どこかもう自動でやってるところはある？",
         graded(both(says(SURVEY), says(SURVEY_RETURN), says(SURVEY_TALLY), done),
                either(both(says(SURVEY), says(r"回答"), says(SURVEY_TALLY + r"|転記")),
                       both(says(r"メール"), says(r"添付"), says(r"保存|集計"), no(says(r"送付|送信"))),
                       both(ai_rpa, says(r"市町村から|市町から"), says(r"調査|照会|調べ"),
                            says(SURVEY_TALLY + r"|転記"), done)))),
        ("毎月市町村から届く人口の動きの報告を集計して、県の人口と世帯数の統計表を作っている。"
         "RPAを使ってこれを片付けている県はありますか",
         graded(both(says(r"人口"), says(r"集計|統計"), by_rpa, done),
                both(ai_rpa, says(r"統計|指数"), no(says(SETTLEMENT_STATS + r"|犯罪")), no(answers), done))),
        ("産業廃棄物の処理業の許可申請やフロンの業者登録の申請書が届くたびに、中身をエクセルの台帳やシステムに書き写している。"
         "ここを自動化してる県があれば参考にしたい",
         graded(both(ai_rpa, says(WASTE_PERMITS), says(r"申請|登録|許可|届出"), done),
                both(ai_rpa, says(ENV_NEIGHBOURS)))),
        ("休業や時短に協力してくれたお店への協力金や給付金の申請書が紙でどっさり届いて、入力が全然追いつかない。"
         "AI-OCRで読み取っているところはありますか",
         graded(both(says(COOPERATION_MONEY + r"|新型コロナ"), is_ocr, done),
                either(says(r"協力金"), both(is_ocr, says(r"給付金|補助金"), done),
                       both(says(r"コロナ禍|新型コロナ"), says(r"支払|補助金|給付金"))))),
        ("市町村の体育館や県のホールの空き具合を住民がネットで見て、そのまま予約までできる仕組みを、"
         "市町村と一緒に使っている県を知りたい",
         graded(both(shared_system, says(r"予約"), says(r"施設|空き"), done),
                either(both(shared_system, says(r"予約"), says(r"施設|空き")), says(r"施設予約")))),
        ("住民から同じような問い合わせの電話が多くて、職員が本来の仕事に手をつけられない。"
         "チャットボットで夜や休日も自動で答えている県があれば知りたい",
         graded(both(answers, no(says(STAFF_ASKING)), done),
                either(answers, says(r"オペレータ")))),
        ("選挙が終わるたびに、ポスター代や選挙カーなど公費負担の請求書と不在者投票の経費の請求書が紙でまとめて届く。"
         "AI-OCRで読み込んでデータにしている県はありますか",
         graded(both(says(ELECTION_BILLS), is_ocr, done),
                either(says(ELECTION_BILLS), both(ai_rpa, says(r"選挙|政治団体"), no(answers), done)))),
        ("ふるさと納税の寄付がネットや申込書でどんどん来て、受付の台帳への登録やお礼状、領収証づくりが追いつかない。"
         "自動化している県があれば参考にしたい",
         graded(both(says(r"ふるさと納税"), done), says(r"ふるさと納税|寄附|寄付"))),
        ("介護支援専門員の新しい登録の申請や、研修を修了した人の情報を、専用の管理システムに一人ずつ入力している。"
         "RPAで入れているところがあったら教えて",
         graded(both(says(CARE_MANAGER), by_rpa, done),
                either(says(CARE_MANAGER), both(ai_rpa, says(r"痰吸引"), done)))),
        ("地震や大雨のあと、家の被害を調べて罹災証明書を出し、その後の支援まで記録していく仕組みを、"
         "市町村と共同で使っている県はありますか",
         graded(both(shared_system, says(RELIEF), done),
                either(says(RELIEF), both(shared_system, says(r"被害状況"), done)))),
        ("毎年夏の決算統計の時期、財務会計から出したデータを国の様式に移して調査票を作るのに追われている。"
         "RPAで片付けている県はないだろうか",
         graded(both(says(SETTLEMENT_STATS), by_rpa, done),
                either(says(SETTLEMENT_STATS + r"|財政要覧|決算見込|決算数値")))),
        ("大雨や地震のとき、市町村から上がってくる被害や避難所の情報を電話とFAXで集めていて混乱する。"
         "県と市町村で同じシステムに入力して共有している自治体を知りたい",
         graded(both(shared_system, says(DISASTER_WORDS), says(r"共有|集約"), no(says(RELIEF + r"|原子力|GIS")), done),
                either(both(shared_system, says(DISASTER_WORDS + r"|震度|地震|" + RELIEF)),
                       both(ai_rpa, says(r"被害の状況|災害情報"))))),
    ]


WHERE_TEXTS: list[tuple[str, Judge]] = where_texts()
WHERE: list[Judged] = _alternate("natural", WHERE_TEXTS)
