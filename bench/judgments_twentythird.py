"""A twenty-third batch of judged queries: 32 natural requests and 8 notation variants, written and
graded by explicit rules over each case's own text and fields before any engine was run on them.

The natural requests are pasted task descriptions as a prefectural clerk or section chief (personnel and
pay, purchasing, land use, information policy, statistics, child welfare, elderly care, health, culture,
agriculture, construction, tax, finance, the election commission, the board of education, disaster
management, documents), an information-policy officer, a consultant or a researcher types them, in several
registers: colloquial (〜したい, 〜を楽にしたい, 〜を入力したい, 〜をつくりたい), formal (〜例を探しています, 〜
例を知りたいです, 〜教えてください, 〜と考えています), questions (〜している県はありますか ×5), memo-like
fragments (〜作業, 〜を個人事業税の課税に, 〜専門の部署, 〜できる仕組み) and long requests with context that
is not the point (毎年何百件も, 年度初めは申請が重なって毎年残業, 毎年秋の, 締め切りのあとは他の仕事が止まり
ます, 毎年春は残業が続きます, 選挙のたびに, 何週間もかかります, 毎年出ます). A third are 12–30 characters
(11), a third 30–60 (11) and a third 60–200 (10); they come in the order short, middle, long, short… so
that each split gets every length (test: 6 short, 5 middle, 5 long; dev: 5, 6, 5). Most ask in everyday
words rather than the cases' own: ボーナスの計算で休んだ期間を差し引く for 期末勤勉手当の除算期間, 公用車の
ガソリンや暖房の灯油の単価…業者へ契約変更を知らせる for 自動車用・暖房用燃料単価契約の契約変更…事業者へのメー
ル通知, 一定以上の広さの土地を売り買いしたときに出してもらう届出 for 国土利用計画法23条に基づく届出, 住基の
システムの操作ログ for 住民基本台帳システム操作ログ, 工場の生産の動きを表す指数 for 鉱工業指数, プリンタの…
印刷枚数…カウンタ for プリンタの印刷カウンタ, 学童保育 for 放課後児童クラブ / 放課後児童健全育成事業, たん
の吸引 for 痰吸引等, 不妊治療の助成 for 不妊にかかる特定治療支援事業, 県の美術展…出品の申込み for 芸術祭…
出品者から提出された申請書, ミツバチの巣箱を移す許可 for 蜜蜂転飼許可, 工事の設計に使う資材の単価表 for 土木
工事資材等単価表 / 建設資材価格実態調査, 県外に引っ越した人に、払いすぎた税金を返す…振込先の口座を教えてもらう
依頼書 for 県外在住者還付金口座振込照会のための依頼書, 税務署からの所得税の申告データ for 国税連携システムに
よる所得税の申告データ, 職員宿舎の家賃 for 職員住宅入居料, 投票所はどこか…自動で答える for 参議院議員通常選挙
に係る問合せチャットボット, 病院ごとの医師の数の調査 for 地域医療動向調査…診療科別の医師数, 業者から届く請求書
の金額を読み取って for AI・OCRで読み込んだ請求書上の支出金額, 県独自の学力テスト for 診断テスト, 地震計の震度
for 地震計で震度情報を収集, 開票の速報 for 投開票速報, 紙の決裁でも電子の決裁でも for 紙決裁、電子決裁、両決裁
併用, 地図の情報を…共有 for 統合型GIS, 田んぼの作付け…航空写真の地図 for 水土里情報システム…作付状況…航空写真,
調達の費用を抑えて質を上げる for 情報システムの調達に関するコスト削減と調達品質の向上, スタートアップを育てる
for スタートアップの発掘・育成, 大学の先生 for 大学教授 / 大学名誉教授, 共同で調達…仕様を一緒に検討 for 共同
調達に向けた情報共有、仕様の検討, 企画から予算化まで回せるデジタル人材 for 提案から企画立案・予算化、プロジェク
トマネジメント…人材を育成, 水道のスマートメーターのデータ…水道事業者や企業と話し合う for スマートメータにより
収集したデータ活用…水道事業者と民間企業等との意見交換. Only one names a technology (RPAで, request 5); the
others ask for the task done automatically (自動化したい, 読み取ってデータにしたい, 自動で答える仕組み, 自動で
集めたい) or for a shared system, a role, a unit or a council.

Five ask who already does it (燃料の単価の契約変更の通知, 選挙の問い合わせに自動で答える仕組み, 病院ごとの
医師の数の調査, 開票の速報の集計, 大学の先生を顧問に); for them grade 2 also needs the case to be in use (導入
(実施)済) and the same thing planned or on trial is graded 1 (`asked_in_use`, imported from the twentieth
batch). The others ask for examples to learn from, so a planned, trial or considered case answers them. Six
name a place the way people write it: 南九州の県で (熊本, 宮崎, 鹿児島: the 南九州3県 the phrase commonly
means), 中部の県で (the survey's 中部), 西日本の県で (the survey's 近畿, 中国, 四国 and 九州: 近畿 westward, 三重
and 沖縄 going with their regions), 近畿の府県で (the survey's 近畿, 三重 included), 中国・四国で (the survey's
中国 and 四国) and 北海道・東北で (the survey's 北海道 and 東北). For them the rule is the twentieth batch's
`placed`: grade 2 = the asked thing within the place; grade 1 = the same thing outside the place (the
integrated GIS of 岐阜, 京都 and 熊本 outside 中国・四国) or a related case within the place (another revenue
recorded with its payment slip in 石川 within 中部, the invoices read by AI・RPA in 広島, 滋賀 and 香川 within
西日本, the shared forest data of 岩手 within 北海道・東北); a neighbour outside the place earns nothing.

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twentieth,
twenty-first and twenty-second batches' docstrings (the twenty-second is the model for this file's
structure): 20 AI・RPA/OCR/chatbot tasks over many fields (personnel and pay: the bonus's deducted periods,
staff-housing rents; purchasing: fuel unit-price contracts; land use: land-transaction notifications;
information policy: resident-register operation logs, printer counters, virus-detection follow-ups;
statistics: the index of industrial production; child welfare: after-school clubs; elderly care:
sputum-suction certification; health: fertility-treatment aid, the survey of hospitals' doctors; culture:
art-festival entries; agriculture: beehive moves; construction: building-material unit prices; tax:
refunds to taxpayers outside the prefecture, income-tax returns for the enterprise tax; finance:
suppliers' invoices; trade skills: pass certificates; elections: an inquiry chatbot), 6 systems shared
with the municipalities (school achievement tests, seismic intensity, early vote counts, document
management, integrated GIS, farmland on aerial photos) and 6 talent or organisation requests (experts on
procuring information systems, a start-up unit, professors as ICT advisers, a council preparing joint
procurement with the municipalities, staff trained to run digital projects, a liaison council on water
smart meters). In file order the 20 AI・RPA requests come first, then the shared systems, then talent and
organisation; `_alternate` splits each group 10/10, 3/3 and 3/3.

Sixteen requests use a word that also names a wrong topic, so that word-matching alone misleads: 公用車
(the fuel contracts, not the car-tax cases), 土地 / 売り買い (the land-transaction notifications, not the
real-estate acquisition tax 039, 104, 181 or the fixed-asset tax's land registrations 095, 096), 住基 (the
operation logs, not the resident-register network, shared 053), 印刷 (the printer counters, not the
printing tasks 032, 115, 190, 205), ウイルス / 催促 (virus detections followed up, not the coronavirus
cases, the security cloud's virus checks, shared 089, nor other reminders 037, 128, 207), 試験 / 合格 (the
trade-skill certificates, not the licence or recruitment exams), 単価 (building materials, not the fuel
unit prices 332), 引っ越し / 還付 (refunds to taxpayers outside the prefecture, not the car-tax address
changes 028, 117, 204 or the staff's income-tax refund 069), 選挙 (twice: the inquiry chatbot and the vote
counts, each not the other nor the election expenses 352, 353), 病院 (the survey of doctors, not the
hospital staff's travel 337 or hospital-system specialists dt-031), テスト (achievement tests, not the
fitness data 315), 地震 (seismic intensity, not the disaster-victim systems 102, 109), 見積 / 調達 (experts
on procuring systems, not the goods' estimated prices 030 or the shared e-procurement systems), 調達
again (a council for joint procurement, not e-procurement) and 水道 / メーター (the smart-meter council, not
the water-meter questionnaire 168 or the water-supply chatbot 341). None of those wrong topics earns a
grade. The context 残業 in requests 9 and 15 is not their point: the overtime cases earn nothing there.

The notation variants, on words no earlier variant the writer saw used: half-width katakana (ﾏｲﾅﾝﾊﾞｰ,
ﾀﾌﾞﾚｯﾄ), hiragana readings (ちょうてい for 調定, にゅうさつ for 入札), an okurigana variant (振り込み; the
survey writes 振込), full-width Latin (ＬＧＷＡＮ), a common abbreviation (スマホ for スマートフォン) and a
long-vowel variant (ユーザー; the survey writes ユーザ and ユーザー). Grade 2 is every case using the word (for
にゅうさつ a case about bidding, its name saying 入札) and grade 1 a close neighbour (宛名番号 for マイナンバー,
歳入 and payment slips for 調定, direct debits for 振込, apps for スマホ, 利用者 for ユーザー, a robot terminal
at a counter for タブレット, cases mentioning 入札 only in passing).

They were written without seeing any engine output and without reading the engine's code or any other
batch's queries (of the twentieth to twenty-second only their docstrings and the helpers used here were
read, to avoid their topics and follow their structure; the twenty-second's file as the model; of the
nineteenth its VARIANT_ITEMS, for their style; of bench/judgments.py the helper definitions). Each rule
was written before looking at what it selects, then checked by reading every case it selects and the cases
using the task's words, their synonyms and their near misses (for example the fixed-asset-tax chatbot 099,
matching 住民からの問い合わせ, was taken out of the residents' general chatbots related to the election
chatbot; the integrated GIS 111, matching 防災情報, out of the disaster systems related to seismic
intensity; 243 (invoices of medical aid) and 248 (designation of medical institutions) out of the medical
aid related to fertility-treatment aid; the 情報職 recruitment class dt-018 out of the experts on system
optimisation by requiring an expert brought in from outside; 147, whose invoices are received but not
read, was moved from grade 2 to related in 西日本; 026, the tally of communication and printing costs, and
the councils whose members are 自治体 (org-062, org-065) were added as related). The only thing run was
these rules over the records, to read and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — reading
the paper, RPA, automatic answering, shared with the municipalities — was asked; for a question asking
which prefectures already do it, a case in use; for a request naming a place, a case within it); 1 =
clearly related (the same task done otherwise, or a neighbouring task the writer would want to see; a
planned or trial case answering a question about who already does it; the asked thing outside a named
place); a shared generic word (業務, 入力, システム, 自動化, 集計, 作成, 管理, 台帳, 申請書, 報告, 一覧 …)
earns nothing by itself. A case listing several tasks (ai_rpa-256: medical licences and fertility aid) is
graded by the task that matches. Case numbers like 118 refer to ids ai_rpa-118; shared 053 is
shared_system-053, dt- digital_talent- and org- organization-. Splits alternate test, dev, test, dev…
within each kind in file order (`_alternate`).
"""

from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    OCR,
    Judge,
    Judged,
    Test,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    named,
    no,
    organization,
    pref,
    region,
    says,
    shared_system,
    talent,
)
from bench.judgments_tenth import never
from bench.judgments_twentieth import asked_in_use, placed

# --- named patterns --------------------------------------------------------------------------------
answers = says(AUTO_ANSWER)
uses_ocr = says(OCR)


def in_field(*fields: str) -> Test:
    """The survey's field (分野) of the case."""
    return lambda r: r.field in fields


def external(r) -> bool:
    """A talent entry of the survey's category for experts brought in from outside."""
    return r.category == "外部人材の登用/採用"


def trained(r) -> bool:
    """A talent entry of the survey's category for training the prefecture's own staff."""
    return r.category == "都道府県職員の育成"


# places as people write them
SOUTH_KYUSHU = pref("熊本県", "宮崎県", "鹿児島県")  # 南九州3県, as the phrase is commonly used
CHUBU = region("中部")  # the survey's 中部: 新潟 and 北陸 to 東海 without 三重
WEST = region("近畿", "中国", "四国", "九州")  # 西日本: 近畿 westward (三重 and 沖縄 included with their regions)
HOKKAIDO_TOHOKU = region("北海道", "東北")
KINKI = region("近畿")  # the survey's 近畿, 三重 included
CHUGOKU_SHIKOKU = region("中国", "四国")

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short…
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short. The periods deducted from the summer and winter bonus (除算期間 of 期末勤勉手当)
    # computed by RPA (189). Related: the bonus otherwise handled by AI・RPA (068, its payment keyed).
    ("ボーナスの計算で休んだ期間を差し引く作業",
     graded(says(r"除算期間"), both(ai_rpa, says(r"期末勤勉手当")))),
    # 2 middle, question, trap (車). Fuel unit-price contracts (自動車用・暖房用燃料) changed with market
    # prices, the firms told by mail, in use (332). No neighbour; the car-tax cases earn nothing.
    ("公用車のガソリンや暖房の灯油の単価が変わるたびに、業者へ契約変更を知らせる作業を自動化している県はありますか",
     asked_in_use(says(r"燃料単価|燃料.{0,10}契約"), never)),
    # 3 long, trap (土地, 売買). Land-transaction notifications under the 国土利用計画法 read by AI-OCR
    # and keyed by RPA (340). No neighbour; the real-estate acquisition tax (039, 104, 181) and the
    # fixed-asset tax's land registrations (095, 096) earn nothing.
    ("土地対策の担当です。一定以上の広さの土地を売り買いしたときに出してもらう届出が、毎年何百件も紙で届き、内容を"
     "一件ずつシステムに打ち込んでいます。届出書を読み取って自動で入力している例を探しています。",
     graded(says(r"国土利用計画法"), never)),
    # 4 short, trap (住基). Operation logs of the resident-register system split per section and
    # mailed (126). No neighbour; the resident-register network (shared 053) earns nothing.
    ("住基のシステムの操作ログを課ごとに分けて送る作業",
     graded(says(r"操作ログ"), never)),
    # 5 middle, names RPA. The index of industrial production (鉱工業指数): figures mailed in copied
    # (112). Related: other economic figures compiled by AI・RPA (the economy and employment 277).
    ("RPAで、工場の生産の動きを表す指数を毎月作るときの、メールで届いた数字の書き写しを自動化したい",
     graded(both(ai_rpa, says(r"鉱工業指数")), both(ai_rpa, says(r"経済・雇用|雇用情勢|景気")))),
    # 6 long, trap (印刷). The printers' counters on the office networks gathered into Excel (176).
    # Related: the communication and printing costs tallied (026). The printing tasks (032, 115, 190,
    # 205) earn nothing.
    ("情報政策課です。毎年、庁内のネットワークにつながっているプリンタの台数と印刷枚数を調べて、機器の更新や契約の"
     "見直しに使っています。一台ずつカウンタを確認してエクセルにまとめるのに何日もかかるので、自動でできた例を知りた"
     "いです。",
     graded(says(r"プリンタ"), says(r"通信印刷管理費"))),
    # 7 short, trap (ウイルス, 催促). Virus-detection mails listed and the sections that have not acted
    # reminded (177). No neighbour; the coronavirus cases, the security cloud's virus checks (shared
    # 089) and the reminders about other things earn nothing.
    ("ウイルスを検知したのに対応していない所属に催促したい",
     graded(says(r"ウイルスの?検知"), never)),
    # 8 middle. After-school child clubs (学童保育 for 放課後児童クラブ): the municipalities' figures
    # tallied (235). Related: the subsidy for local child-rearing support projects, mails from the
    # municipalities handled by RPA (253).
    ("学童保育の運営状況を市町村から集めて、県で一覧に集計する作業を楽にしたい",
     graded(says(r"放課後児童"), both(ai_rpa, says(r"子ども・?子育て支援事業")))),
    # 9 long. Certification of care workers for sputum suction (痰吸引) and registration of the
    # providers, paper applications keyed (255). Related: other registrations of care professionals
    # by AI・RPA (the care managers 223, 224).
    ("高齢福祉課です。介護職員がたんの吸引などを行うための認定の申請と、事業者の登録を担当しています。紙の申請書を"
     "登録簿に打ち込んで、認定証を一枚ずつ作っていて、年度初めは申請が重なって毎年残業になります。同じ業務を自動化"
     "した例を教えてください。",
     graded(says(r"痰吸引|たん吸引|喀痰"), both(ai_rpa, says(r"ケアマネ")))),
    # 10 short. Applications for aid to fertility treatment read and keyed (256, one of its two tasks).
    # Related: other applications for medical aid read by AI-OCR (intractable diseases, children's
    # chronic diseases, outpatient psychiatric care: 228–230, 244, 245, 260, 261, 267, 269). The invoices
    # of medical aid (243), the hepatitis-aid list (238) and the designation of medical institutions
    # (248) earn nothing.
    ("不妊治療の助成の申請書を読み取ってデータにしたい",
     graded(says(r"不妊"),
            both(ai_rpa, uses_ocr, says(r"支給認定|医療給付|医療費助成|自立支援医療\(精神通院\)")))),
    # 11 middle, place (南九州 = 熊本, 宮崎, 鹿児島), trap (試験). Certificates for those who passed the
    # trade-skill tests (技能検定) made by RPA (283, 鹿児島). The licence exams and recruitment exams
    # earn nothing.
    ("南九州の県で、技能検定の合格者に渡す合格証書の作成を自動化した例を探しています",
     placed(SOUTH_KYUSHU, says(r"技能検定"), never)),
    # 12 long. Entries to the prefecture's art festival read by AI-OCR into a list (287). Related: other
    # contest entries on paper read by AI-OCR (posters and slogans 210, pictures and senryu 211).
    ("文化振興課です。毎年秋の県の美術展に、絵や書、写真などの出品の申込みが紙で何百件も届きます。作品名や出品者の"
     "連絡先を職員が手で一覧表に打ち込んでいて、締め切りのあとは他の仕事が止まります。申込書を読み取って一覧にして"
     "いる例を知りたいです。",
     graded(says(r"芸術祭|出品"), both(ai_rpa, uses_ocr, says(r"応募")))),
    # 13 short. Permits to move beehives (蜜蜂転飼) read by AI-OCR and keyed (289). Related: other
    # applications of the agriculture field read by AI-OCR (wildlife plans 288, hunting licences 290,
    # 291).
    ("ミツバチの巣箱を移す許可の申請を入力したい",
     graded(says(r"蜜蜂|ミツバチ"), both(ai_rpa, in_field("農林水産分野"), uses_ocr))),
    # 14 middle, trap (単価). The unit-price tables of building materials made from the price survey
    # (295). Related: the design-cost estimation shared with the municipalities, which uses those
    # prices (shared 073, 075). The fuel unit prices (332) earn nothing.
    ("工事の設計に使う資材の単価表を、毎年の価格の調査結果から作る作業を自動化したい",
     graded(says(r"資材"), both(shared_system, says(r"積算")))),
    # 15 long, trap (引っ越し, 還付). Refunds to taxpayers living outside the prefecture: the letters
    # asking for their bank accounts drafted by RPA (194). No neighbour; the car-tax address changes
    # (028, 117, 204) and the income-tax refund of the year-end adjustment (069) earn nothing.
    ("税務課です。県外に引っ越した人に、払いすぎた税金を返すときは、振込先の口座を教えてもらう依頼書を一人ずつ作って"
     "送っています。件数が多く、毎年春は残業が続きます。この依頼書づくりを自動化した例を探しています。",
     graded(says(r"県外在住者還付"), never)),
    # 16 short, memo. Income-tax returns received from the national tax system (国税連携) for the
    # individual enterprise tax (197). Related: other tax returns filed electronically and imported
    # (084, 142, 178).
    ("税務署からの所得税の申告データを個人事業税の課税に",
     graded(says(r"個人事業税"), both(ai_rpa, says(r"電子申告"), says(r"取込|取り込|ダウンロード")))),
    # 17 middle, place (中部, the survey's region). The rents of staff housing (職員住宅入居料) recorded
    # in the finance system by RPA within 中部 (073, 山梨). Related within 中部: another revenue recorded
    # with its payment slip (275, 石川).
    ("中部の県で、職員宿舎の家賃を毎月財務会計システムに入力する作業を自動化した例",
     placed(CHUBU, says(r"入居料|職員住宅|職員宿舎"), both(ai_rpa, says(r"調定|収入事務|納付通知書")))),
    # 18 long, question, trap (選挙). An election inquiry chatbot, in use (349). Related: automatic
    # answering of residents' general inquiries (182, 344, 350, 355, shared 116); the fixed-asset-tax
    # chatbot (099), single-topic though it says 住民からの問い合わせ, is left out. The election expenses
    # (352, 353), voters' register counts (127) and results reporting (shared 096) earn nothing.
    ("選挙管理委員会です。選挙のたびに「投票所はどこか」「期日前投票に何を持っていけばいいか」といった問い合わせの電話"
     "が集中し、職員が対応に追われます。こうした質問に自動で答える仕組みを実際に使っている県はありますか。",
     asked_in_use(both(answers, says(r"選挙")),
                  both(answers, says(r"住民からのよくある|住民からの問い合わせを|県民からの問い合わせ等|県民及び職員"
                                     r"|制度や各種手続き")))),
    # 19 short, question, trap (病院). The survey of hospitals' departments and doctors (地域医療動向
    # 調査) tallied, in use (252). No neighbour; the hospital staff's travel (337) and hospital-system
    # specialists (dt-031) earn nothing.
    ("病院ごとの医師の数の調査を自動化している県はありますか",
     asked_in_use(says(r"医師数|診療科"), never)),
    # 20 middle, place (西日本 = the survey's 近畿, 中国, 四国, 九州). Suppliers' invoices read by AI-OCR
    # and their amounts keyed as payments (159, 山口). Related within 西日本: the same payments drafted
    # after invoices are received but not read (147, 広島) and other invoices handled by AI・RPA (243
    # 滋賀, 353 香川). The teachers' travel claims (317, 福井, outside) earn nothing.
    ("西日本の県で、業者から届く請求書の金額を読み取って支払の入力まで自動化した例",
     placed(WEST, both(ai_rpa, uses_ocr, says(r"請求書"), says(r"支出金額")), both(ai_rpa, says(r"請求書")))),
    # 21 long, shared, trap (テスト). The results of the prefecture's achievement tests gathered and
    # analysed with the municipal schools (shared 081). Related: a shared education system aimed at
    # achievement (shared 082). The fitness tests (315) earn nothing.
    ("義務教育課です。県独自の学力テストを小中学校で行っていますが、結果を学校ごとにエクセルで集めて、県で集計・分析"
     "するまで何週間もかかります。市町村立の学校も含めて、結果をネットで集めてすぐ分析できる仕組みを県と市町村で使っ"
     "ている例を教えてください。",
     graded(says(r"診断テスト|学力テスト|学力調査"), both(shared_system, says(r"学力")))),
    # 22 short, shared, trap (地震). Seismic intensity gathered automatically from the seismometers
    # (shared 099). Related: other shared systems gathering disaster information (052, 059, 101, 107,
    # 114). The disaster-victim systems (102, 109), the nuclear-disaster networks and the GIS showing
    # disaster information on maps (111) earn nothing.
    ("地震計の震度を県と市町村で自動で集めたい",
     graded(says(r"震度"),
            both(shared_system, says(r"被害状況|防災情報|防災関連情報|災害情報|災害時情報"), no(says(r"原子力")),
                 no(named(r"GIS"))))),
    # 23 middle, shared, question, trap (選挙). Early vote-count reports from the municipalities
    # gathered online, in use (shared 096). Related: the voters' register counts from the
    # municipalities tallied (127). The election expenses (352, 353) and chatbot (349) earn nothing.
    ("選挙の夜、市町村から開票の速報を県に報告してもらって集計する仕組みを使っている県はありますか",
     asked_in_use(says(r"開票"), both(ai_rpa, says(r"選挙人名簿")))),
    # 24 long, shared, place (近畿, the survey's region). Document management (receipt, drafts,
    # approval, keeping, disposal; paper and electronic approval) shareable with the municipalities
    # within 近畿 (054, 京都). No other case; the electronic seal keyed in a document system (042)
    # earns nothing.
    ("文書担当です。受け付けから起案、決裁、保存、廃棄までの文書の流れを、紙の決裁でも電子の決裁でも扱えるシステム"
     "に切り替えたいと考えています。近畿の府県で、市町村と一緒に使える文書管理の仕組みを入れている例があれば知りたい"
     "です。",
     placed(KINKI, both(shared_system, says(r"文書管理")), never)),
    # 25 short, shared, place (中国・四国). Integrated GIS shared with the municipalities within 中国・
    # 四国 (111, 岡山). The same outside (106, 108, 122) is related; the forest and farmland maps and
    # the AI・RPA cases using maps earn nothing.
    ("中国・四国で地図の情報を市町村と共有できる仕組み",
     placed(CHUGOKU_SHIKOKU, both(shared_system, named(r"GIS")), never)),
    # 26 middle, shared, place (北海道・東北). Farmland, crops and land-use plans on aerial photos shared
    # (070, 岩手). Related within the place: the forest resources shared with the municipalities (069).
    ("北海道・東北で、田んぼの作付けや農地の利用計画を航空写真の地図で市町村と共有している例",
     placed(HOKKAIDO_TOHOKU, both(shared_system, says(r"作付|農地")), both(shared_system, says(r"森林")))),
    # 27 long, talent, trap (見積, 調達). Experts whose duties include procuring information systems at
    # lower cost and better quality (dt-005, dt-006, dt-024). Related: experts brought in from outside
    # advising on the optimisation of systems, investment or its review (最適化, 投資判断, 導入審査: dt-001,
    # 004, 007, 014, 016, 017) and the body reviewing systems' budgets and procurement (org-045); the
    # 情報職 recruitment class (dt-018) is left out. The goods' estimated prices (030) and the
    # shared e-procurement systems earn nothing.
    ("情報システムの更新のたびに、ベンダーの見積もりや仕様が妥当なのか、県の職員だけでは判断がつきません。システムの"
     "調達の費用を抑えて質を上げる役割の専門の人を置いている例を探しています。",
     graded(both(talent, says(r"調達")),
            either(both(talent, external, says(r"最適化|投資判断|導入審査")), both(organization, says(r"調達事務"))))),
    # 28 short, organisation. A unit finding and growing start-ups (org-026). Related: other units
    # promoting digital industries (org-003, org-017, org-022).
    ("地元のスタートアップを育てる専門の部署",
     graded(says(r"スタートアップ"), both(organization, named(r"室|課"), says(r"産業の?振興|産業創出|関連産業")))),
    # 29 middle, talent, question. University professors advising on the ICT strategy, in use (dt-008,
    # dt-025). Related: experts' panels on ICT and digital technology (org-057, org-066) and an adviser
    # from research institutions (dt-024).
    ("大学の先生に、県のICT戦略の顧問として助言をもらっている県はありますか",
     asked_in_use(both(talent, says(r"大学教授|名誉教授")),
                  either(both(organization, named(r"有識者会議")), both(talent, says(r"研究機関"))))),
    # 30 long, organisation, trap (調達). A council of the prefecture and municipalities preparing the
    # joint procurement of shared systems (org-063). Related: other councils with the municipalities
    # (市町村, 市町 or 自治体 among the members) on informatisation (org-059, 061, 062, 064, 065). The shared e-procurement systems earn nothing.
    ("市町村の情報担当との会議で、県と市町村が同じシステムや基盤を共同で調達できないかという話が毎年出ます。仕様を一緒"
     "に検討したり、情報を共有したりする協議会を県と市町村でつくっている例を教えてください。",
     graded(says(r"共同調達"),
            both(organization, says(r"市町村|市町|自治体"), says(r"協議会|推進会議"),
                 says(r"情報化|IT|ICT|先端技術|デジタル")))),
    # 31 short, talent. Staff trained to plan, budget and manage digital projects (dt-012). Related: the
    # survey's other entries filed under training the prefecture's own staff (都道府県職員の育成: dt-005,
    # 015, 023, 034, 037, 038, the information recruitment classes among them as the survey files them).
    ("企画から予算化まで回せるデジタル人材を庁内で育てたい",
     graded(both(talent, says(r"予算化")), both(talent, trained))),
    # 32 middle, organisation, trap (水道, メーター). Water utilities and firms exchanging views on smart
    # meters' data (org-008). No neighbour; the water-meter questionnaire (168) and the water-supply
    # chatbot (341) earn nothing.
    ("水道のスマートメーターのデータの使い方を、ほかの水道事業者や企業と話し合う場をつくりたい",
     graded(both(organization, says(r"水道")), never)),
]

# --- notation variants -----------------------------------------------------------------------------
VARIANT_ITEMS: list[tuple[str, Judge]] = [
    # Half-width katakana for マイナンバー; related: the address numbers linked for it (宛名番号).
    ("ﾏｲﾅﾝﾊﾞｰ", graded(says(r"マイナンバー"), says(r"宛名番号|個人番号"))),
    # Hiragana reading of 調定; related: other revenue entries (歳入, 収入事務, payment slips).
    ("ちょうてい", graded(says(r"調定"), says(r"歳入|収入事務|納付通知書"))),
    # Okurigana variant of 振込 (the survey writes 振込); related: direct debits (口座振替).
    ("振り込み", graded(says(r"振込|振り込み"), says(r"口座振替|振替払"))),
    # Full-width Latin for LGWAN; no neighbour.
    ("ＬＧＷＡＮ", graded(says(r"LGWAN|総合行政ネットワーク"), never)),
    # Common abbreviation of スマートフォン; related: apps.
    ("スマホ", graded(says(r"スマートフォン|スマホ"), says(r"アプリ(?!ケーション)"))),
    # Long-vowel variant of ユーザ; related: 利用者.
    ("ユーザー", graded(says(r"ユーザ"), says(r"利用者"))),
    # Half-width katakana for タブレット; related: other terminals at a counter (端末).
    ("ﾀﾌﾞﾚｯﾄ", graded(says(r"タブレット"), says(r"端末"))),
    # Hiragana reading of 入札: grade 2 where the case is about bidding (its name says 入札), 1 where
    # only mentioned.
    ("にゅうさつ", graded(named(r"入札"), says(r"入札"))),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
VARIANT: list[Judged] = _alternate("variant", VARIANT_ITEMS)

TWENTYTHIRD: list[Judged] = NATURAL + VARIANT
