"""A twenty-fifth batch of judged queries: 32 natural requests and 8 particle-joined queries, written and
graded by explicit rules over each case's own text and fields before any engine was run on them.

The natural requests are pasted task descriptions as a prefectural clerk or section chief (tax, finance
and budget, personnel, purchasing, contracts, industrial waste, child and disability welfare, public
assistance, elderly medical aid, commerce and industry, human-resource training, the board of education,
public relations, administrative reform, information policy, industrial policy) types them, in several
registers: colloquial (〜したい, 〜を楽にしたい, 〜をつくりたい), formal (〜例を探しています, 〜例を教えて
ください, 〜と考えています), questions (〜している県はありますか ×5, and 甲信越の県で…例はありますか), memo-like
fragments (〜の照会に、回答票を作る作業, 〜エラーの修正, 〜の金額確認, 〜を集めて集計, 〜のデータ化, 〜の保存と
集計, 〜の入力, 〜管理職, 〜委員会) and long requests with context that is not the point (毎年たくさんの受講生,
毎月何十件も, 毎年春の人事異動…年度末は残業続き, 数百校, 同じ内容を二度入力…年度末は残業, 毎年これを正しく
直してから, 24時間いつでも聞きたい). A third are 12–30 characters (11), a third 30–60 (11) and a third
60–200 (10); they come in the order short, middle, long, short… so that each split gets every length
(test: 6 short, 5 middle, 5 long; dev: 5, 6, 5). Most ask in everyday words rather than the cases' own:
車を買ったときの税金の額の照会 for 自動車取得税の税額照会, 県の財政の状況を一冊にまとめた資料 for 財政要覧,
社会人向けにビジネスの講座…受講料 for 土佐MBA受付等業務(受講料収入事務), 電子申告の利用の届出データの取り込みエ
ラー for eLTAX…利用届出データ…連携する際に発生するエラー, 予算の査定で決まった人件費など for 予算編成システムへの
査定入力 (人件費等), 県の外で出た産業廃棄物を県内に持ち込む for 県外産業廃棄物搬入, 物品の購入の依頼の受付 for
物品要求受付, 人件費がいくらになるか、見込みの表 for 人件費推計表, 先生の名簿 for 教職員名簿, 児童施設への委託費
for 児童福祉入所施設委託費, 生活保護を受けている世帯の数などを毎月まとめる報告 for 生活保護月報, 車を停めやすい
ように、専用の駐車区画の利用証を出す制度 for 信州パーキングパーミット制度, 高齢者の医療費助成の実績報告 for 老人
医療費助成事業費補助金…実績報告書, 障害のある子どもを育てる家庭への手当…診断書 for 特別児童扶養手当認定診断書,
企業から頼まれて製品の試験をしたり、機器を使ってもらったり for 依頼試験・開放試験, 景気や雇用の資料 for 経済・雇用
情勢の調査, 訓練施設を使いたいという申請書 for 訓練センターの使用許可…申請書, 卒業生がどこへ進んだかの状況 for 進
学の流動状況, 職歴を書いた履歴書 for 任用履歴書, 小学校から毎年出てくる計画書 for 実施計画書(県内小学校から提出さ
れる計画書), 契約の進み具合を管理するシステム for 執行管理システム, 子育て支援の補助金のファイル for 地域子ども・
子育て支援事業補助金…メール添付ファイル, 非常勤の人などの勤務の記録 for 嘱託員…出勤簿等のデータ, 地図の区画の中心
がどの市町村に入るか for メッシュの中心点が属する市町村, いくつもの予算科目にまたがる契約の金額 for 複数予算科目から
の支出する契約に係る契約額, 新しく雇った人の報酬や通勤手当の計算書 for 雇用情報の自動取り込み (報酬及び通勤手当等の
計算書に基本情報を転記), 県と市町が一緒に答えるチャットボット for the shared AIチャットボット (県・市町が所管する制度
や各種手続き), 地域のネット環境の強化を担う民間出身の管理職 for デジタルシフト推進担当課長 (インターネット環境の強靱
化), 先端技術の活用を各部に助言して旗振りする課 for 先端技術活用推進課, 知事をトップに…データの全庁での活用…本部 for
ひょうご・データ利活用推進本部, 副知事がCIOを務める情報化の委員会 for IT戦略推進委員会, 企業や大学と一緒にICTで地域
の課題を解決する、会員制の集まり for 秋田デジタルイノベーション推進コンソーシアム. Only one names a technology for the task (RPAで,
request 5; the shared request asks for a チャットボット); the others ask for the task done automatically (自動化したい, 読み取ってデータにしたい, 自動で作っている,
自動でしている) or for a shared system, a post, a unit or a council.

Five ask who already does it (各課の物品の購入の依頼の受付を自動化している県, 人件費…見込みの表を作る作業を自動で
している県, 児童施設への委託費の支払入力を自動化している県, 進学…集計表を作る作業を自動でしている県, 先端技術の活
用を…旗振りする課を…置いている県); for them grade 2 also needs the case to be in use (導入(実施)済) and the same
thing planned or on trial is graded 1 (`asked_in_use`, imported from the twentieth batch). The others ask
for examples to learn from, so a planned, trial or considered case answers them. Five name a place the way
people write it: 関西の府県で (大阪, 京都, 兵庫, 奈良, 滋賀, 和歌山: the 2府4県 the word commonly means, 三重
— which the survey files under 近畿 — left out), 首都圏の県で (東京, 神奈川, 埼玉, 千葉: the 1都3県), 甲信越
の県で (新潟, 山梨, 長野, which the survey files under 中部), 九州の県で (the seven prefectures of the island;
沖縄, which the survey files under 九州, left out) and 四国の県で (the survey's 四国). For them the rule is
the twentieth batch's `placed`: grade 2 = the asked thing within the place; grade 1 = the same thing
outside the place (none of the five has one: each asked thing is a single prefecture's case) or a related
case within the place (和歌山's checks against the budget-compilation system within 関西, 大分's road and
port permits read by AI・OCR within 九州, 高知's AI-FAQ within 四国); a neighbour outside the place earns
nothing (石川's budget sheets keyed into the finance system outside 関西, the public-assistance payments
keyed in 栃木 and 沖縄 outside 首都圏, 奈良's 24-hour FAQ outside 四国).

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twentieth to
twenty-fourth batches' docstrings (the twenty-fourth is the model for this file's structure), whether as
asked topics, short queries or named near misses (so not 136's settlement-forecast check, 056's staff
summoned in disasters, the port statistics of the short query RPA 港湾, the library system, the
smart-city and Society5.0 bodies): 26 AI・RPA/OCR/chatbot tasks over many fields (tax: the car-acquisition
tax inquiries answered, eLTAX notification errors fixed; finance and budget: the fiscal handbook, budget
assessments keyed into the budget-compilation system, contract amounts over several budget items, mesh
population data for the allocation tax; personnel: the personnel-cost estimate, the teachers' list,
attendance records taken out, basic data for new hires' pay sheets, appointment résumés; purchasing and
contracts: goods requested by the sections, bid results keyed into the contract-management system;
environment: industrial waste brought in from outside the prefecture; welfare: commission fees of
child-welfare facilities, the public-assistance monthly report, the parking-permit scheme, the elderly's
medical-aid results, the special child-rearing allowance's certificates, the child-care subsidies'
files; commerce and industry: test fees of the industrial research institute, the economic and
employment situation, the training centre's use permits; training: the business school's course fees;
education: pupils' further education tallied, the elementary schools' plans), 1 system shared with the
municipalities (an AI chatbot on both the prefecture's and the municipalities' procedures) and 5 talent or
organisation requests (a manager for the internet's resilience and the digital shift, a section for
advanced technology, a headquarters for data use led by the governor, an IT-strategy committee with a
vice-governor as CIO, a consortium of firms and universities on local issues). In file order the 26 AI・RPA
requests come first, then the shared system, then talent and organisation; `_alternate` splits each group
13/13, 1/0 and 2/3 (test/dev).

Fourteen requests use a word that also names a wrong topic, so that word-matching alone misleads: 照会 /
車 (the tax-amount inquiries, not the car-tax chatbots 050, 138 or the car-tax address changes), 決算
(the fiscal handbook, not the settlement statistics 089, 110, 191), 産業廃棄物 (waste brought in, not the
waste reports and ledgers 209, 212, 214, 219, 220), 物品 (goods requested, not the estimated prices 030 or
the invoices paid 147), 名簿 (the teachers' list, not the lists of staff summoned in disasters 056,
voters 127, bidders 302 or the labour survey 334), 施設 (child-welfare facilities' fees, not facility
booking), 医療費 (the elderly's medical aid, not the intractable-disease aid), ホームページ (the economic
situation gathered, not the web-page cases), メールの添付ファイル (pupils' further education and the
child-care subsidies, not the mails sent per addressee), 子育て (the subsidies' files, not the child-rearing
chatbot 258), 人口 / 地図 (the mesh population data, not the population reports 057, 067 or the map cases),
通勤手当 (basic data for new hires' pay sheets, not the commuting-allowance cases), 24時間 (the shared
chatbot, not 奈良's residents' FAQ 350) and 計画書 (the elementary schools' plans, not the teachers'
reports read by AI-OCR 314, 327). None of those wrong topics earns a grade.

The particle queries join words with の and での, as the first batch describes them: place and status
words are filters (兵庫県, 神奈川県, 山梨県, 沖縄県, 埼玉県 and 三重県 prefectures, 四国, 九州 and 近畿 the
survey's regions — 沖縄 and 三重 included as it files them —, 実証予定, 導入予定 and 検討中 statuses, 神奈川県と山梨県
alternatives) and the content words must all hold for grade 2; grade 1 is a related case within the place
and status (兵庫's other tallies, 四国's other personnel papers, another AI・RPA case of 九州 planned for trial
or of 近畿 under consideration, 神奈川's or 山梨's other planned AI・RPA case, 沖縄's other police posts, 三重's
other reform bodies). For 導入予定のRPA an AI・RPA case that names no other technology counts as RPA
(`rpa_way`, from the fifteenth batch).

They were written without seeing any engine output and without reading the engine's code or any other
batch's queries beyond these (of the twentieth to twenty-third the docstrings, read to avoid their topics;
the twenty-fourth's file as the model, whose requests were seen while reading its structure; of the
twentieth the particle items, of bench/judgments.py its first 32 tuned queries and first particle list,
and a grep's few lines of the fifth batch's particle queries, for their style; the
definitions of the helpers used here, in bench/judgments.py, the nineteenth (`placed`, `asked_in_use`),
the fifteenth (`rpa_way`) and the tenth (`never`)). Each rule was written before looking at what it
selects, then checked by reading every case it selects and the cases using the task's words, their
synonyms and their near misses (for example 135, whose 財政配当入力票 is checked against the
budget-compilation system, was moved from grade 2 to related by requiring something keyed into that system;
056, whose 応援参集職員名簿 holds 職員名簿, was taken out of the teachers' list's related cases by requiring
the staff directory's own name; 153, year-end adjustment data taken out, was taken out of the attendance
records' related cases by requiring the personnel records of 152). The only thing run was these rules over
the records, to read and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — RPA,
shared with the municipalities — was asked; for a question asking which prefectures already do it, a case
in use; for a request naming a place, a case within it); 1 = clearly related (the same task done otherwise,
or a neighbouring task the writer would want to see; a planned or trial case answering a question about who
already does it; a related case within a named place); a shared generic word (業務, 入力, システム, 自動化,
集計, 作成, 申請書, 照会, 補助金, 本部 …) earns nothing by itself. Case numbers like 129 refer to ids
ai_rpa-129; shared 116 is shared_system-116, dt- digital_talent- and org- organization-. Splits alternate
test, dev, test, dev… within each kind in file order (`_alternate`).
"""

from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    OCR,
    Judge,
    Judged,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    named,
    organization,
    pref,
    region,
    says,
    shared_system,
    status,
    talent,
    within,
)
from bench.judgments_fifteenth import rpa_way
from bench.judgments_tenth import never
from bench.judgments_twentieth import asked_in_use, placed

# --- named patterns --------------------------------------------------------------------------------
answers = says(AUTO_ANSWER)
uses_ocr = says(OCR)

# places as people write them
KANSAI = pref("大阪府", "京都府", "兵庫県", "奈良県", "滋賀県", "和歌山県")  # 関西: the 2府4県, 三重 left out
SHUTOKEN = pref("東京都", "神奈川県", "埼玉県", "千葉県")  # 首都圏: the 1都3県
KOSHINETSU = pref("新潟県", "山梨県", "長野県")  # 甲信越 (the survey files all three under 中部)
KYUSHU = pref("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県")  # 九州: the seven, 沖縄 left out
SHIKOKU = region("四国")

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short…
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short, trap (問い合わせ-like 照会; 自動車). Tax-amount inquiries on the car-acquisition tax, the
    # answer sheets made by RPA (024). No neighbour; the car-tax chatbots (050, 138) and the car-tax
    # address changes earn nothing.
    ("車を買ったときの税金の額の照会に、回答票を作る作業",
     graded(says(r"税額照会"), never)),
    # 2 middle, trap (決算). The prefecture's fiscal handbook (財政要覧) compiled from the settlement
    # statistics (059). Related: the budget-trend tables made from budget and settlement data (203). The
    # settlement statistics themselves (089, 110, 191) earn nothing.
    ("決算の数字を書き写して、県の財政の状況を一冊にまとめた資料を毎年作る作業を自動化したい",
     graded(says(r"財政要覧"), says(r"予算推移資料"))),
    # 3 long. Course fees of the prefecture's business school (土佐MBA) keyed by RPA (185). Related:
    # the test fees collected from firms (275), also keyed with a payment slip made.
    ("人材育成の担当です。県が社会人向けにビジネスの講座を開いていて、毎年たくさんの受講生から受講料を受け取って"
     "います。申込みのたびに収入の手続きをシステムへ一件ずつ入力していて手が回らないので、この受講料の収入の事務を"
     "自動化している例を教えてください。",
     graded(says(r"受講料"), says(r"依頼試験|開放試験"))),
    # 4 short. Errors fixed when eLTAX notification (利用届出) data is linked to the tax system (084).
    # Related: corporate-tax e-filing data taken from eLTAX (178).
    ("電子申告の利用の届出データの取り込みエラーの修正",
     graded(says(r"利用届出"), both(ai_rpa, says(r"eLTAX")))),
    # 5 middle, place. Budget assessments (人件費等) keyed into the budget-compilation system by RPA: 129
    # 和歌山 within 関西. Related within the place: 和歌山's checks against the same system (130, 133,
    # 134, and 135, whose 財政配当入力票 is checked, not keyed). 石川's budget sheets keyed into the
    # finance system (063) lie outside and earn nothing.
    ("予算の査定で決まった人件費などを予算編成システムへ入れる作業を、関西の府県でRPAにしている例",
     placed(KANSAI, says(r"予算編成システムに.{0,10}入力"), both(ai_rpa, says(r"予算編成システム")))),
    # 6 long, trap (産業廃棄物). Applications to bring industrial waste in from outside the prefecture,
    # read by AI・OCR and transcribed by RPA (221). Related: the waste firms' licence applications read
    # the same way (217). The waste reports and ledgers (209, 212, 214, 219, 220) earn nothing.
    ("廃棄物対策の担当です。県の外で出た産業廃棄物を県内に持ち込むときには申請書を出してもらう決まりで、紙の申請書が"
     "毎月何十件も届きます。申請書を読み取って、業務システムへ書き写すところまで自動でしている例を探しています。",
     graded(says(r"県外産業廃棄物"), both(ai_rpa, uses_ocr, says(r"産業廃棄物処理業許可申請")))),
    # 7 short, question. Goods requested by the sections received and checked by RPA, in use (144). No
    # neighbour; the estimated prices of goods (030) and the goods' invoices paid (147) earn nothing.
    ("各課の物品の購入の依頼の受付を自動化している県はありますか",
     asked_in_use(says(r"物品要求"), never)),
    # 8 middle, question. The table estimating personnel costs made by RPA, in use (183). Related: the
    # personnel costs keyed into the budget system (129).
    ("来年度の職員の人件費がいくらになるか、見込みの表を作る作業を自動でしている県はありますか",
     asked_in_use(says(r"人件費推計"), both(ai_rpa, says(r"人件費")))),
    # 9 long, trap (名簿). The teachers' list drafted per school from the personnel-change data (184).
    # Related: the staff directory (053, named 職員名簿の作成). The other lists (056's staff summoned in disasters, 127 voters,
    # 302 bidders, 334 the labour survey) earn nothing.
    ("教育委員会の人事担当です。毎年春の人事異動のたびに、異動のデータから学校ごとに先生の名簿の原稿を作っていて、"
     "年度末は残業続きになります。異動のデータを所属ごとに抜き出して、名簿の原稿まで自動で作っている例を探しています。",
     graded(says(r"教職員名簿"), both(ai_rpa, named(r"^職員名簿")))),
    # 10 short, question. Commission fees paid to child-welfare residential facilities, keyed into the
    # finance system, in use (225). No neighbour; the facility-booking and nursing-home cases earn nothing.
    ("児童施設への委託費の支払入力を自動化している県はありますか",
     asked_in_use(says(r"委託費"), never)),
    # 11 middle, place. The monthly report of public assistance (households receiving it tallied): 234
    # 神奈川 within 首都圏. No neighbour inside; the assistance payments keyed in 栃木 (227) and 沖縄
    # (272) lie outside and earn nothing.
    ("首都圏の県で、生活保護を受けている世帯の数などを毎月まとめる報告を自動で作っている例",
     placed(SHUTOKEN, says(r"生活保護月報|保護受給世帯"), never)),
    # 12 long, place. The parking-permit scheme for people with disabilities and others (パーキングパー
    # ミット): 239 長野 within 甲信越. No neighbour.
    ("障害福祉の担当です。障害のある方や妊娠中の方、けがをしている方などが車を停めやすいように、専用の駐車区画の利用"
     "証を出す制度があります。申請者や協力してくれるお店の登録、一覧のホームページへの掲載を手作業でしています。甲信"
     "越の県で、この事務を自動化した例はありますか。",
     placed(KOSHINETSU, says(r"パーキングパーミット"), never)),
    # 13 short, trap (医療費). The municipalities' reports on the elderly's medical-aid subsidy, their
    # amounts checked by Excel macros (247). No neighbour; the intractable-disease aid earns nothing.
    ("市町村から来る高齢者の医療費助成の実績報告の金額確認",
     graded(says(r"老人医療"), never)),
    # 14 middle. Medical certificates for the special child-rearing allowance read by AI-OCR (249).
    # Related: other disability papers read by AI-OCR (the physical-disability certificates 246, the
    # mental-health certificates 270).
    ("障害のある子どもを育てる家庭への手当で、手書きの診断書を読み取ってデータにしたい",
     graded(says(r"特別児童扶養"), both(ai_rpa, uses_ocr, says(r"障害者手帳|障害者保健福祉手帳")))),
    # 15 long. Fees for tests done for firms and equipment opened to them, keyed into the finance
    # system with payment slips (275). Related: the business school's course fees (185).
    ("工業試験場の担当です。企業から頼まれて製品の試験をしたり、機器を使ってもらったりしていて、そのたびに手数料を"
     "いただいています。申請書の内容を財務会計システムに入力して納付書を作る作業が毎月ありますが、これを自動化した"
     "例を探しています。",
     graded(says(r"依頼試験|開放試験"), says(r"受講料"))),
    # 16 short, trap (ホームページ). The economic and employment situation compiled from the national
    # government's web pages (277). No neighbour; the web-page cases earn nothing.
    ("国のホームページから景気や雇用の資料を集めて集計",
     graded(says(r"雇用情勢"), never)),
    # 17 middle, place. Applications to use the training centre read by AI・OCR: 282 大分 within 九州.
    # Related within the place: other permits read so in 大分 (303 roads, 304 and 305 ports).
    ("九州の県で、訓練施設を使いたいという申請書を読み取ってシステムに転記している例",
     placed(KYUSHU, says(r"訓練センター"), both(ai_rpa, uses_ocr, says(r"許認可|占用許可|占有許可|使用許可")))),
    # 18 long, question, trap (メール添付). The schools' reports on where their pupils went on to,
    # received as mail attachments and tallied, in use (325). Related: the other inquiries tallied from
    # mail attachments (323, 324).
    ("高校教育課です。毎年、中学校や高校、特別支援学校から、卒業生がどこへ進んだかの状況をメールの添付ファイルで"
     "集めていて、市町村の教育委員会の分もあり数百校になります。届いたファイルをまとめて集計表を作る作業を、自動で"
     "している県はありますか。",
     asked_in_use(says(r"進学"), both(ai_rpa, says(r"照会"), says(r"メール添付")))),
    # 19 short. Appointment résumés (任用履歴書) read by AI-OCR (326). Related: the recruitment
    # applications read by AI-OCR (107, 328).
    ("採用した人の職歴を書いた履歴書のデータ化",
     graded(says(r"任用履歴"), both(ai_rpa, uses_ocr, says(r"採用")))),
    # 20 middle. Plans sent in by the elementary schools read by AI-OCR (167). No neighbour; the
    # teachers' reports read so (314, 327) earn nothing.
    ("県内の小学校から毎年出てくる計画書を読み取って、データにする作業を自動化したい",
     graded(says(r"実施計画書"), never)),
    # 21 long. Bid dates and winning firms keyed from Excel into the contract-management system (298).
    # Related: bid information registered in the e-bidding system by RPA (065).
    ("契約の担当です。入札の日付や業者などをいったんエクセルに入力し、それをもう一度、契約の進み具合を管理するシステ"
     "ムに打ち込んでいます。同じ内容を二度入力していて、年度末は残業になります。エクセルから管理システムへの入力を"
     "自動化している例を教えてください。",
     graded(says(r"執行管理システム"), both(ai_rpa, says(r"入札情報")))),
    # 22 short, trap (子育て). Files on the child-care support subsidies mailed by the municipalities,
    # saved and tallied (253). Related: other municipal files received by mail, saved and tallied (090,
    # 123). The child-rearing chatbot (258) earns nothing.
    ("市町村から届く子育て支援の補助金のファイルの保存と集計",
     graded(says(r"子育て支援事業補助金"),
            both(ai_rpa, says(r"市町村"), says(r"メールの添付ファイル|回答メール"), says(r"保存")))),
    # 23 middle. Attendance records taken out of the systems for allowances and pay (150). Related: the
    # personnel records taken out for retirement allowances (152).
    ("手当や給与の計算に使う、非常勤の人などの勤務の記録を各システムから取り出す作業を楽にしたい",
     graded(says(r"出勤簿"), both(ai_rpa, says(r"人事履歴")))),
    # 24 long, trap (人口, 地図). Mesh population data for the local allocation tax corrected per
    # municipality (106). No neighbour; the population reports (057, 067) and the map cases earn nothing.
    ("財政課です。国から、交付税の算定に使う市町村別の人口のデータが送られてきますが、地図の区画の中心がどの市町村に"
     "入るかが間違っていたり、県内の区画が抜けていたりします。毎年これを正しく直してから市町に確かめてもらっていま"
     "す。この整理を自動でしている例を探しています。",
     graded(says(r"メッシュ"), never)),
    # 25 short. Contract amounts spread over several budget items keyed from the annual execution
    # plan (083). Related: expenditure from several budget items keyed from the same plan (076).
    ("いくつもの予算科目にまたがる契約の金額の入力",
     graded(says(r"契約額"), says(r"年間執行計画表"))),
    # 26 middle. Basic data copied into the pay and commuting-allowance sheets of new hires (058).
    # No neighbour; the commuting-allowance cases earn nothing.
    ("新しく雇った人の報酬や通勤手当の計算書に、基本の情報を書き写す作業を自動化したい",
     graded(says(r"報酬及び通勤手当等の計算書"), never)),
    # --- a system shared with the municipalities ---
    # 27 long, place, trap (24時間). An AI chatbot on the prefecture's and the municipalities' procedures, shared
    # (shared 116 愛媛, within 四国). Related within the place: 高知's AI-FAQ for residents and staff (182).
    # The 24-hour FAQ outside 四国 (奈良's 350) and the single-topic chatbots earn nothing.
    ("広報広聴の担当です。県と市町のどちらの窓口に聞けばよいか分からない、24時間いつでも聞きたいという声が多く、"
     "制度や手続きの問い合わせに県と市町が一緒に答えるチャットボットを考えています。四国の県で、市町と共同で使うチ"
     "ャットボットの例を探しています。",
     placed(SHIKOKU, both(shared_system, answers), both(ai_rpa, says(r"AI-FAQ")))),
    # --- talent and organisation ---
    # 28 short. A manager recruited from outside for the internet's resilience and the digital shift
    # (dt-036). No neighbour.
    ("地域のネット環境の強化を担う民間出身の管理職",
     graded(both(talent, says(r"インターネット環境|デジタルシフト")), never)),
    # 29 middle, question. A section leading the use of advanced technology and advising the other
    # departments, in use (org-010). Related: other bodies named for advanced technology (org-027,
    # org-041, org-063).
    ("先端技術の活用を各部に助言して旗振りする課を、県庁に置いている県はありますか",
     asked_in_use(both(organization, says(r"先端技術の活用に係る助言")), both(organization, says(r"先端技術")))),
    # 30 long. A headquarters led by the governor for data use, online procedures and paperless work
    # (org-043; 岐阜's headquarters for public and private data, org-042). Related: a team with data use
    # among its duties (org-014) and other headquarters led by the governor or a vice-governor.
    ("行政改革の担当です。知事をトップに各部の部長が集まって、データの全庁での活用や手続きのオンライン化、ペーパー"
     "レスといった働き方の見直しをまとめて進める本部をつくりたいと考えています。同じような本部を置いている例を教え"
     "てください。",
     graded(both(organization, says(r"データ利活用|官民データ"), says(r"本部")),
            either(both(organization, says(r"データ利活用|官民データ")),
                   both(organization, says(r"本部"), says(r"知事"))))),
    # 31 short. A committee on IT strategy whose CIO is a vice-governor (org-030). Related: other bodies
    # chaired by a vice-governor.
    ("副知事がCIOを務める情報化の委員会",
     graded(both(organization, says(r"CIO"), says(r"副知事")), both(organization, says(r"副知事")))),
    # 32 middle. A consortium of firms, universities and industry bodies solving local issues with ICT
    # and IoT (org-060, and the planned platform org-072). Related: other bodies joining industry,
    # academia and government (org-022, org-062).
    ("企業や大学と一緒にICTで地域の課題を解決する、会員制の集まりをつくりたい",
     graded(both(organization, says(r"産学官"), says(r"地域課題")), both(organization, says(r"産学官")))),
]

# --- particle queries ------------------------------------------------------------------------------
# Words joined by particles. Place and status words are filters; the content words must all hold for
# grade 2; grade 1 is a related case within the place and status.
PARTICLE_ITEMS: list[tuple[str, Judge]] = [
    # 兵庫 and files received as mail attachments, tallied (253, 323, 324, 325); related: 兵庫's other
    # tallies (252, 254).
    ("兵庫県でのメール添付ファイルの集計",
     within(pref("兵庫県"), both(ai_rpa, says(r"メール添付ファイル"), says(r"集計")), both(ai_rpa, says(r"集計")))),
    # 四国 and a list drafted from personnel changes (184); related: 四国's other personnel papers
    # (326 résumés, 183 personnel costs).
    ("四国の人事異動の名簿作成",
     within(SHIKOKU, both(ai_rpa, says(r"名簿"), says(r"人事異動")), both(ai_rpa, says(r"任用履歴|人件費推計")))),
    # 九州 (the survey's, 沖縄 included) on trial planned (実証予定) and AI-OCR; related: other AI・RPA
    # cases of 九州 planned for trial.
    ("九州の実証予定のAI-OCR",
     within(both(region("九州"), status("実証予定")), both(ai_rpa, uses_ocr), ai_rpa)),
    # 神奈川 or 山梨, planned (導入(実施)予定), and RPA (rpa_way); related: their other planned AI・RPA
    # cases.
    ("神奈川県と山梨県の導入予定のRPA",
     within(both(pref("神奈川県", "山梨県"), status("導入(実施)予定")), both(ai_rpa, rpa_way), ai_rpa)),
    # 近畿 (the survey's) under consideration (検討中) and a subsidy's results checked (247); related:
    # other AI・RPA cases of 近畿 under consideration.
    ("近畿の検討中の補助金の実績確認",
     within(both(region("近畿"), status("検討中")), both(says(r"補助金"), says(r"実績")), ai_rpa)),
    # 沖縄 and the police's information-system engineer (dt-042); related: 沖縄's other police posts
    # (dt-040, dt-041).
    ("沖縄県の警察の情報システムの技術者",
     within(pref("沖縄県"), both(talent, says(r"警察情報システム")), both(talent, says(r"警察")))),
    # 埼玉 and bodies for the smart prefectural office (org-006, org-035); related: 埼玉's other bodies.
    ("埼玉県のスマート県庁の推進組織",
     within(pref("埼玉県"), both(organization, says(r"スマート")), organization)),
    # 三重 and a team of volunteer young staff proposing reform (org-046); related: 三重's other reform
    # bodies (org-013, org-045).
    ("三重県の若手職員の有志の改革チーム",
     within(pref("三重県"), both(organization, says(r"有志")), both(organization, says(r"改革")))),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
PARTICLE: list[Judged] = _alternate("particle", PARTICLE_ITEMS)

TWENTYFIFTH: list[Judged] = NATURAL + PARTICLE
