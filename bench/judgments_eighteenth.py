"""An eighteenth batch of judged queries: 28 natural requests, 6 short keyword queries and 6 notation
variants, written and graded by explicit rules over each case's own text and fields before any engine was
run on them.

The natural requests are pasted task descriptions as a municipal or prefectural clerk, a section chief
(accounting, personnel, information policy), a town's tax clerk, a water-works clerk, a newly appointed
CDO's aide, a board-of-education officer, a prefectural hospital's administrator, a police headquarters'
information officer, a consultant or a researcher types them, in several registers: colloquial (〜したい,
〜が手間, 〜が大変, 〜を手で入れ直している, 何とかならないでしょうか), formal (〜を検討しています, 〜の事例を
探しています, 〜を調べています), questions (〜している県はありますか, 〜している県は？, 〜迎えている県があれば
知りたい, 〜している例があれば知りたい), memo style (課題：…／目的：…, 【目的】…【背景】…) and long requests with
context that is not the point (年度初めと四半期ごと, 担当は一人で残業続き, 議会で指摘され, 丸二日, 毎年
アルバイトを雇って, 月に数百件, 職員が減って担当は二人だけ, 小さな町村ほど情報担当が一人). A third are 12–30
characters (10), a third 30–60 (9) and a third 60–200 (9); they come in the order short, middle, long,
short… so that each split gets every length (test: 5 short, 4 middle, 5 long; dev: 5, 5, 4). Over half ask
in everyday words or the writer's own office words rather than the cases' own: 各課や県立学校に割り振る予算 for
予算令達 / 予算配当, ネットの出入口をまとめて監視 for インターネット接続口の集約 (情報セキュリティクラウド), 残業
時間を部局ごとの表に for 時間外勤務時間の集計, 教育委員会への問い合わせ for 教育行政全般への問合せ, 職員採用試験
の申込書 for 採用選考申込書, 節水キャンペーンの水道メーターの記録表 for 節水アンケート (節水チャレンジ水道メーター
記録表), 入札日や業者の情報を別のシステムに手で入れ直す for 入札情報の自動登録 / 執行管理システムへの入力,
被害や避難所の状況を同じ画面で見る for 防災情報の共有, 本人に代わって旅費の申請を登録 for 旅費代理申請登録,
予算案を説明する冊子 for 「予算の概要」・「主要施策の成果」の冊子案, 自由記述 for フリーコメント, 幹部として
迎える for 外部人材の登用 (IT専門監, CIO補佐官, 情報監), CSIRTを引っ張れる人 for 統括情報セキュリティ責任者,
昔の統計書の数字 for 統計書データ (25年間分), 学校ごとにバラバラに届く勤務実績 for 約300校から提出される勤務実績
データ, 地図の仕組みを一つに for 統合型GIS, 世帯数を毎月数えて報告 for 保護受給世帯数の月報, 航空写真と見比べて
目で確かめ for 航空写真を基にした目視確認, 国から来た補助金の内示 for 補助金内示通知, 職業訓練の施設を外部に
貸す for 訓練センターの使用許可, 市町村のシステムの相談にも乗ってくれる for 市町村の情報システム最適化への支援
/ 市町の情報化支援, 民間でシステム開発をしていた人 for SE(システム開発)の情報処理技術者, 会員制の会 for
民間も含んだ協議会. Some name the technology (RPA, OCR, AI-OCR, AI, チャットボット), most do not; none names a
place or status. Five ask who already does it (〜迎えている例はありますか, 〜自動で集計している県はありますか,
〜迎えている県があれば知りたい, 〜オープンデータにしている県は？, 〜採用をしている例があれば知りたい); for them
grade 2 also needs the case to be in use (導入(実施)済). The others ask for examples to learn from, so a
planned or trial case answers them.

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twelfth to
seventeenth batches' docstrings: 18 AI・RPA・chatbot/OCR tasks over many fields (finance: budget allotments
keyed into the accounting system, the budget booklets; general affairs: vehicle data split per
municipality and mailed, free-comment questionnaires, lecture sign-up forms by AI-OCR, the state's subsidy
allocation notices mailed to the municipalities, statistics books published as open data; personnel:
overtime tallied per department, staff recruitment-exam forms by OCR; tax: municipal land property tax
checked against aerial photographs; welfare: the monthly public-assistance report; water: the water-saving
challenge's meter sheets; construction: bid details keyed again into another system; hospital: travel
claims registered for doctors and nurses; education: a board-of-education chatbot, part-time school staff's
work records, notices to special-needs schools; labour: use permits of a vocational training centre), 4
systems shared with the municipalities (the security cloud gathering internet connections, disaster
information sharing with municipalities and fire services, an integrated GIS, online questionnaires and
course sign-ups) and 6 talent or organisation requests (an outside IT expert who also supports the
municipalities, an outside security expert in a senior post, a department dedicated to DX, a unit growing
and attracting IT firms and start-ups, a systems engineer hired by the police, a council of
municipalities, universities and firms holding seminars).

Six requests use a word that also names a wrong topic, so that word-matching alone misleads: 採用
(recruitment-exam forms, not the talent table's hiring of outside experts), 水道 (the water-saving meter
sheets, not the water utility's chatbot or the water-utility ICT liaison group), 入札 (bid details keyed
again, not bidder-qualification forms or the shared e-bidding systems), 病院 (hospital staff's travel
claims, not hospital doctor counts or the medical-information post), セキュリティ (an outside security
expert, not the security-cloud systems) and 航空写真 (land property tax, not joint aerial photography or
map systems). None of those wrong topics earns a grade.

The short queries are one word or two separated by a space, on topics no earlier batch named: 嘱託員,
Teams 市町, BPR, 方言 AI, ワークスタイル, マクロ. For a pair, both words must hold for grade 2; a case holding the
task word only, or a close neighbour of the task (other shared file and meeting tools with the
municipalities for Teams, other AI speech recognition for 方言, 業務改革 for BPR, smart-office reform for
ワークスタイル, other non-regular staff for 嘱託員), is graded 1.

The variant queries write a word the survey really uses in another notation users type: half-width
katakana (ｸﾗｳﾄﾞ), hiragana for a kanji word (ほうしゅう for 報酬), an okurigana variant (取まとめ for
取りまとめ / とりまとめ), full-width Latin (ＰＤＦ), a common abbreviation (児相 for 児童相談所) and a long-vowel
variant (フォルダー for フォルダ). Grade 2 is every case using the word itself (in the survey's notation),
grade 1 a case using only a close neighbour of it (ASP services for クラウド, 謝金 and 賃金 for 報酬, まとめ
alone for 取りまとめ, child-abuse decision support for 児童相談所).

They were written without seeing any engine output and without reading the queries of the twelfth to
seventeenth batches; reading the grading helpers of bench/judgments.py, the writer saw its first 32 queries
and avoided their topics but one (the security cloud, which few unused shared-system topics could replace). Each rule was written by reading the cases that use the task's words, their synonyms and their
near misses; the only thing run was these rules over the records, to read and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — OCR,
AI-OCR, AI, RPA, chatbot, shared with the municipalities — was asked; for a question asking which
prefectures already do it, a case in use); 1 = clearly related (the same task done otherwise, or a
neighbouring task the writer would want to see; a planned or trial case answering a question about who
already does it); a shared generic word (業務, 入力, システム, 自動化, 集計, 推進, 人材, 育成, 効率化, 作成,
管理, 通知, 照会 …) earns nothing by itself. When RPA is named, a case of the AI・RPA section that states no
technology counts as done the way asked (such cases are scripted automation). Splits alternate test, dev,
test, dev… within each kind in file order (`_alternate`).
"""

from __future__ import annotations

from bench.judgments import (
    AI,
    AUTO_ANSWER,
    CHATBOT,
    DONE,
    OCR,
    OVERTIME,
    Judge,
    Judged,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    named,
    no,
    organization,
    says,
    shared_system,
    status,
    talent,
)
from bench.judgments_fifteenth import rpa_way  # done by RPA, or an AI・RPA case naming no other technology
from bench.judgments_tenth import never

# --- named patterns --------------------------------------------------------------------------------
is_ai = says(AI)  # AI proper: AI-OCR alone does not count
is_chatbot = says(CHATBOT)
answers = says(AUTO_ANSWER)
uses_ocr = says(OCR)
in_use = status(DONE)  # for questions asking who already does it: a case in use


def in_group(name: str):
    """The survey's own sub-table of a case (e.g. the organisation table's 組織(部・課・室等))."""
    return lambda r: r.group == name


# A talent entry of the survey's kind 外部人材の登用/採用 (someone brought in from outside).
external = both(talent, lambda r: r.category == "外部人材の登用/採用")

# Organisation units (部・課・室) and councils that include the private sector.
unit = both(organization, in_group("組織(部・課・室等)"))
council = both(organization, in_group("民間も含んだ協議会等"))

# Overtime in the staff sense; 勤務時間外 also occurs in the disaster call-out roster (056), which is
# not about overtime.
overtime = both(says(OVERTIME), no(says(r"災害|参集")))

# The survey's words for tallying or compiling.
TALLY = r"集計|取りまとめ|とりまとめ|集約|月別|グラフ"

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short… The shared-system requests
# (4) and the talent/organisation requests (6) are spread over both splits.
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short. Vehicle data for every municipality split per municipality and mailed (025). Related:
    # splitting a log per section and mailing it (126), mails that carry a different attachment to each
    # recipient or a standard notice to the municipalities.
    ("市町村ごとにデータを分けてメールで送る作業をRPAで",
     graded(both(says(r"分割|分けて"), says(r"メール"), says(r"市町村"), rpa_way),
            either(both(ai_rpa, says(r"分割"), says(r"メール")),
                   both(ai_rpa, says(r"添付"), says(r"メール"), says(r"送信|送付"), no(says(r"から送付|からの回答"))),
                   both(ai_rpa, says(r"市町村"), says(r"メールによる連絡|メール送信|定型メール"))))),
    # 2 middle. A department (部・課・室) dedicated to DX or digital transformation of the prefecture's
    # own work; a unit aimed only at industry (産業) or any other information-policy unit is related, as
    # is a cross-department body named for DX.
    ("DX専任の課を新設する方向で検討しています。所掌事務や人員体制の参考になる事例を探しています。",
     graded(both(unit, named(r"DX|デジタル|スマート"), no(says(r"産業"))),
            either(both(unit, says(r"DX|デジタル|スマート改革|スマート化|スマートシティ")),
                   both(unit, says(r"行政情報化|行政の情報化|スマート化|情報化施策|業務効率化")),
                   both(organization, named(r"デジタルトランスフォーメーション|DX"))))),
    # 3 long. Budget allotments (予算令達/予算配当) keyed into the accounting system; 割り振る予算 is the
    # writer's word. Related: sending allotment documents to schools, checking allotments against the
    # budget system, entering budget sheets into the accounting system.
    ("会計課の者です。年度初めと四半期ごとに、各課や県立学校に割り振る予算の額を財務会計システムへ一件ずつ手で"
     "入力していて、年度当初は数百件になります。担当は一人で毎年この時期は残業続き。入力を自動でやってくれる"
     "仕組みは何とかならないでしょうか。",
     graded(both(says(r"令達|予算配当|予算配付|予算の配当"), says(r"入力")),
            either(says(r"令達|配当|配付"), says(r"予算管理表|予算情報")))),
    # 4 short, shared. The security cloud: the prefecture's and municipalities' internet connections
    # gathered in one place and watched (ネットの出入口 for インターネット接続口). Related: other shared
    # systems that guard or route the internet side (無害化, browsing from LGWAN).
    ("市町村と一緒にネットの出入口をまとめて監視したい",
     graded(both(shared_system, says(r"接続口|接続ポイント|インターネット出口|インターネットとの接続|インターネット接続|セキュリティクラウド")),
            both(shared_system, says(r"セキュリティ|無害化|インターネット閲覧")))),
    # 5 middle, talent, question. An outside expert (外部人材) whose duties include supporting the
    # municipalities, in post. Related: such an expert planned, or an outside private-sector expert who
    # advises the prefecture only.
    ("県内市町村のシステムの相談にも乗ってくれる民間出身のIT専門家を、県で迎えている例はありますか",
     graded(both(external, says(r"市町村|市町"), in_use),
            either(both(external, says(r"市町村|市町")),
                   both(external, says(r"助言"), says(r"民間|企業|ベンダ|SE|コンサル|エンジニア"))))),
    # 6 long, question. Overtime (残業 for 時間外勤務/超過勤務) tallied per department, in use. Related: the
    # same done on trial or planned, and other overtime tasks (PC logs against overtime, overtime entry).
    ("人事課で職員の勤務時間の管理を担当しています。議会で残業の実態を部署別に示すよう指摘され、毎月システム"
     "から残業時間を抜き出して部局ごとの表にまとめていますが、担当一人で丸二日かかります。これを自動で集計して"
     "いる県はありますか。",
     graded(both(ai_rpa, overtime, says(TALLY), in_use), both(ai_rpa, overtime))),
    # 7 short. A chatbot answering inquiries about the board of education's work (313). Related: general
    # chatbots answering residents' everyday inquiries.
    ("教育委員会への問い合わせにチャットボットで答えたい",
     graded(both(says(r"教育"), answers),
            both(answers, says(r"住民|県民|県・市町"), says(r"よくある|総合案内|軽微|制度や各種手続き|問い合わせ等|からの問い合わせ"),
                 no(says(r"自動車税|コロナ|選挙|受動喫煙|水道|空港|妊娠|子育て|住宅宿泊|固定資産税"))))),
    # 8 middle, trap (採用). Staff recruitment-exam applications read by OCR (107). Related: the teachers'
    # recruitment exam forms (applications, printouts, score lists). The talent table's hiring
    # (外部人材の登用/採用) earns nothing.
    ("職員採用試験の申込書が手書きで毎年大量に届く。OCRで読み取ってデータにしたい",
     graded(both(ai_rpa, says(r"採用"), says(r"申込書|願書|志願書"), uses_ocr, no(says(r"教員"))),
            both(ai_rpa, says(r"採用"), says(r"申込書|願書|志願書|成績|選考")))),
    # 9 long, trap (水道). The water-saving challenge's meter record sheets read by AI-OCR (168). Related:
    # other paper questionnaires and entry forms read by AI-OCR. The water utility's chatbot (341) and the
    # water-utility ICT liaison group earn nothing.
    ("水道課の者です。夏に家庭向けの節水キャンペーンをやっていて、参加した家庭が毎日の水道メーターの数字を書き"
     "込んだ紙の記録表が何百枚も戻ってきます。毎年アルバイトを雇って手で入力していますが、紙を読み取って自動で"
     "データにできないでしょうか。",
     graded(says(r"節水|水道メーター"),
            both(ai_rpa, uses_ocr, says(r"アンケート|応募用紙|記録表")))),
    # 10 short, trap (入札). Bid details (入札情報, 入札日付・業者) keyed again into another system (065,
    # 298). Related: bidder-register changes carried over between systems (297, 302). Reading bidder
    # qualification forms and the shared e-bidding systems earn nothing.
    ("入札日や業者の情報を別のシステムに手で入れ直している",
     graded(both(ai_rpa, says(r"入札情報|入札日付")),
            both(ai_rpa, says(r"入札"), says(r"反映")))),
    # 11 middle, shared. Disaster information (damage, shelters) shared by the prefecture, municipalities
    # and fire services. Related: other shared disaster systems (L-Alert relay, victims' ledgers,
    # rebuilding support, nuclear networks, seismic network, GIS with disaster layers) and the AI map
    # of damage reports.
    ("災害のとき、被害や避難所の状況を県・市町村・消防で同じ画面で見られるようにしたい",
     graded(both(shared_system, says(r"共有"), says(r"防災情報|災害情報|被害状況|避難所"), no(says(r"原子力"))),
            either(both(shared_system, says(r"災害|防災|被災|避難|震度")),
                   both(ai_rpa, says(r"災害情報"), says(r"地図|マッピング"))))),
    # 12 long, trap (病院). Hospital staff's travel claims registered on their behalf (337). Related:
    # other travel claims keyed in for the travellers (schools, surveyors, part-time staff). The hospital
    # doctor counts (252) and the medical-information post earn nothing.
    ("県立病院の事務局で総務を担当しています。医師や看護師の学会出張が多く、出張のたびに本人に代わって事務で旅費"
     "の申請をシステムに登録していますが、月に数百件あり手が回りません。こうした代理入力を効率化した他県の事例を"
     "参考にしたいです。",
     graded(both(says(r"病院"), says(r"旅費|出張")),
            both(ai_rpa, named(r"旅費|旅行命令|出張"), says(r"代理|入力|登録")))),
    # 13 short. The budget booklets (予算の概要, 主要施策の成果) drafted automatically (132, 133). Related:
    # budget-trend and finance-handbook documents, and the budget team's data checks.
    ("予算案を説明する冊子を毎年作るのが大変",
     graded(says(r"予算の概要|主要施策の成果"),
            either(says(r"予算の推移|財政要覧"),
                   both(ai_rpa, says(r"予算編成システム|当初予算"), says(r"チェック|突合"))))),
    # 14 middle, memo. Questionnaires with free comments tallied into a report (149, stating no technology:
    # done by RPA). Related: other questionnaires tallied or keyed in.
    ("課題：アンケートの自由記述が多く、集計と報告資料づくりに毎回時間がかかる／目的：RPA等で自動化",
     graded(both(says(r"アンケート"), says(r"フリーコメント|自由記述|自由意見"), rpa_way),
            both(ai_rpa, says(r"アンケート"), says(r"集計|入力|データ化")))),
    # 15 long, trap (セキュリティ), question. An outside expert in a senior post whose duties include
    # information security (CSIRT), in post; the police engineer is not such a post. Related: other
    # talent or organisation entries in charge of security. The security-cloud systems earn nothing.
    ("新しく置かれたCDOの補佐をしています。標的型メールなどサイバー攻撃への備えが議会でも取り上げられましたが、"
     "庁内のセキュリティ対策やCSIRTを引っ張れる人が職員にいません。民間のIT企業で経験を積んだ人を幹部として"
     "迎えている県があれば知りたいです。",
     graded(both(external, says(r"セキュリティ|CSIRT"), no(says(r"警察")), in_use),
            either(both(talent, says(r"セキュリティ|CSIRT")), both(organization, says(r"セキュリティ"))))),
    # 16 short, question. Years of statistics-book figures published as open data (109, in use). Related:
    # the shared open-data portals and catalogue sites and the GIS whose maps are open data.
    ("昔の統計書の数字をオープンデータにしている県は？",
     graded(both(says(r"統計書"), says(r"オープンデータ"), in_use),
            either(says(r"統計書"), both(shared_system, says(r"オープンデータ"))))),
    # 17 middle. Part-time staff's work records sent by each school gathered into one (306). Related:
    # other school staff's reports (school counsellors' work reports and travel, teachers' special-duty
    # records) and part-time lecturers' pay.
    ("県立学校の非常勤職員の勤務実績が学校ごとにバラバラに届くので、一つにまとめるのが手間。自動化した例を教えて",
     graded(both(says(r"非常勤"), says(r"勤務実績|勤務状況"), says(r"学校")),
            either(both(ai_rpa, says(r"学校|各校|スクールカウンセラー"), says(r"勤務状況|勤務実績|各職員の実績|旅行実績")),
                   both(ai_rpa, says(r"非常勤講師"), says(r"給与|報酬"), no(says(r"法定調書")))))),
    # 18 long, shared. One map system (GIS) shared by the prefecture and municipalities. Related: other
    # shared map systems (farmland, forest, illegal dumping).
    ("市の情報政策担当です。道路、上下水道、防災、都市計画と、課ごとに別々の地図システムを持っていて、県や隣の町"
     "とも地図を共有できていません。住宅地図も課ごとに買っています。県と市町村で地図の仕組みを一つにして一緒に"
     "使っている例を探しています。",
     graded(both(shared_system, says(r"GIS")),
            both(shared_system, says(r"地図|航空写真|地形図|マッピング|地理情報")))),
    # 19 short. The monthly welfare report of households on public assistance (234). Related: the other
    # public-assistance cases (payments entered into the accounting system).
    ("生活保護の世帯数を毎月数えて報告する作業",
     graded(both(says(r"生活保護|保護受給"), says(r"月報|世帯数")), says(r"生活保護"))),
    # 20 middle. A unit (部・課・室) growing or attracting IT firms and start-ups. Related: other bodies
    # supporting local firms with digital technology (AI/IoT help desk, AI courses, innovation hubs)
    # and the outside posts for ICT industry.
    ("県内のIT企業やスタートアップの育成・誘致を担う専門部署の設置事例を調べています",
     graded(both(unit, says(r"産業"), says(r"IT|ICT|情報通信|デジタル|コンテンツ|スタートアップ"),
                 says(r"振興|育成|誘致|発掘|創出")),
            either(both(unit, says(r"産業|企業への|企業等への|県内企業|スタートアップ|オープンイノベーション")),
                   both(talent, says(r"ICT産業|産業の育成"))))),
    # 21 long, trap (航空写真). Municipal property tax on land: registrations checked against aerial
    # photographs and keyed in (095). Related: the other property-tax tasks of the same joint trial and
    # the real-estate registration notices (181). Joint aerial photography and map systems earn nothing.
    ("町の税務課で固定資産税の土地を担当しています。法務局から届く登記の情報を確認し、航空写真と見比べて土地の使わ"
     "れ方を目で確かめ、電卓で計算して基幹システムに入力しています。職員が減って担当は二人だけ。AIなどで効率化"
     "できないでしょうか。",
     graded(both(says(r"固定資産税"), says(r"航空写真|登記")),
            either(says(r"固定資産税"), says(r"登記済通知")))),
    # 22 short. Paper sign-up forms for lectures read by AI-OCR and tallied (075). Related: other paper
    # forms and questionnaires read by AI-OCR, and shared online sign-up for lectures.
    ("講演会の紙の申込書をAI-OCRで集計したい",
     graded(both(says(r"講演会|講座|セミナー"), says(r"申込"), uses_ocr),
            either(both(ai_rpa, uses_ocr, says(r"応募|アンケート|利用申込書")),
                   both(shared_system, says(r"講演会|講座"), says(r"申込|申し込"))))),
    # 23 middle. The state's subsidy allocation notices (内示) passed to the municipalities by mail (140).
    # Related: other standard mails sent to the municipalities.
    ("国から来た補助金の内示を各市町村にメールで知らせる作業を自動化した事例を探しています",
     graded(both(says(r"内示"), says(r"市町村"), says(r"メール")),
            both(ai_rpa, says(r"市町村"), says(r"メール送信|メールによる連絡|定型メール|督促メール")))),
    # 24 long, talent, question. A systems engineer hired into the police (dt-042, in post). Related: the police's other
    # outside hires (cyber-crime investigators, an officer from the National Police Agency) and IT-specialist
    # hiring (情報職).
    ("県警察本部の情報管理部門です。警察独自のシステムの開発・運用や情報セキュリティの維持を警察官だけで回すのが"
     "難しくなってきました。民間でシステム開発をしていた人を警察職員として採用することを考えています。同じような"
     "採用をしている例があれば知りたいです。",
     graded(both(talent, says(r"警察本部|警察職員|警察業務"), says(r"システムの開発|SE"), in_use),
            either(both(talent, says(r"警察")), both(talent, says(r"情報職|行政事務\(情報\)|専門分野:情報"))))),
    # 25 short, shared. Questionnaires and course sign-ups received online on a shared system. Related:
    # other shared e-application systems that take event or course sign-ups.
    ("アンケートや講座の申込みを市町と共同の仕組みで受けたい",
     graded(both(shared_system, says(r"アンケート|講座|講演会"), says(r"申請|申込|受付|受け付")),
            both(shared_system, says(r"申込|申し込"), no(says(r"施設"))))),
    # 26 middle. Use permits and revenue of a vocational training centre (282). Related: fees for tests and
    # courses, usage fees of facilities.
    ("職業訓練の施設を外部に貸すときの使用許可と使用料の収入事務を効率化したい",
     graded(both(says(r"訓練"), says(r"使用許可")),
            both(says(r"使用料|手数料|受講料"), no(says(r"岸壁"))))),
    # 27 long, memo, organisation. A council of municipalities, universities and firms that holds seminars
    # and shares cases. Related: other councils with the private sector that include municipalities, or
    # that hold lectures.
    ("【目的】県内の市町村、大学、IT企業が会員となって、セミナーや事例紹介でIT活用の情報を共有する会をつくりたい。"
     "【背景】小さな町村ほど情報担当が一人しかおらず、相談相手がいない。会員制の協議会の構成や活動内容の例を知り"
     "たい。",
     graded(both(council, says(r"セミナー|講演会|研究会|ワークショップ|事例紹介|講座"),
                 says(r"市町村|市町|自治体|地方公共団体")),
            either(both(council, says(r"市町村|市町|自治体|地方公共団体")),
                   both(council, says(r"セミナー|講演会"))))),
    # 28 short. Notices to special-needs schools drafted and mailed (322). Related: other mails and
    # documents sent to the prefectural schools.
    ("特別支援学校あての通知文を作ってメールで送る作業",
     graded(both(says(r"支援学校"), says(r"通知")),
            both(ai_rpa, says(r"県立学校|学校宛|学校に対し"), says(r"メール|配信")))),
]

# --- short keyword queries -------------------------------------------------------------------------
# One word, or two separated by a space (both must hold for grade 2).
SHORT_ITEMS: list[tuple[str, Judge]] = [
    # Non-regular commissioned staff (嘱託員); related: other non-regular staff's paperwork.
    ("嘱託員", graded(says(r"嘱託"), both(ai_rpa, says(r"会計年度任用職員|非常勤職員|非常勤講師")))),
    # Teams used with the municipalities (org-064); related: Teams alone, other shared tools for files
    # and meetings with the municipalities.
    ("Teams 市町", graded(both(says(r"Teams"), says(r"市町")),
                         either(says(r"Teams"),
                                both(shared_system, says(r"市町"),
                                     says(r"ファイル共有|ウェブ会議|Web会議|オンライン会議|資料共有|電子データのやりとり"))))),
    # Business process re-engineering; related: 業務改革 and process reform in other words.
    ("BPR", graded(says(r"BPR"), says(r"業務改革|業務プロセス改革|業務の見直し"))),
    # Speech recognition coping with dialect (012); related: other AI speech recognition.
    ("方言 AI", graded(both(says(r"方言"), is_ai), both(is_ai, says(r"音声認識")))),
    # Work-style reform; related: smart offices and the smart-office reforms of the prefecture.
    ("ワークスタイル", graded(says(r"ワークスタイル"), says(r"スマートオフィス|スマート改革|働き方|県庁のスマート化|庁内のスマート化"))),
    # Excel macros (195, 247); no neighbour.
    ("マクロ", graded(says(r"マクロ"), never)),
]

# --- notation variants -----------------------------------------------------------------------------
# A word the survey uses, written as users type it. Grade 2: every case using the word itself (in the
# survey's notation); grade 1: a close neighbour.
VARIANT_ITEMS: list[tuple[str, Judge]] = [
    # Half-width katakana for クラウド; related: hosted (ASP) services.
    ("ｸﾗｳﾄﾞ", graded(says(r"クラウド"), says(r"ASP"))),
    # Hiragana for 報酬; related: 謝金 and 賃金, the other words for such pay.
    ("ほうしゅう", graded(says(r"報酬"), says(r"謝金|賃金"))),
    # Okurigana variant of 取りまとめ (the survey writes 取りまとめ and とりまとめ); related: まとめ alone.
    ("取まとめ", graded(says(r"取りまとめ|とりまとめ|取まとめ"), says(r"まとめ"))),
    # Full-width Latin for PDF; no neighbour.
    ("ＰＤＦ", graded(says(r"PDF"), never)),
    # Common abbreviation of 児童相談所; related: the child-abuse decision support (児童虐待, 一時保護).
    ("児相", graded(says(r"児童相談所"), says(r"児童虐待|一時保護"))),
    # Long-vowel variant of フォルダ; no neighbour.
    ("フォルダー", graded(says(r"フォルダ"), never)),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
SHORT: list[Judged] = _alternate("short", SHORT_ITEMS)
VARIANT: list[Judged] = _alternate("variant", VARIANT_ITEMS)

EIGHTEENTH: list[Judged] = NATURAL + SHORT + VARIANT
