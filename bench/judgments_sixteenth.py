"""A sixteenth batch of judged queries: 40 natural requests, written and graded by explicit rules over
each case's own text and fields before any engine was run on them.

The requests are pasted task descriptions as a municipal clerk in a small town, a prefectural section
chief, an IT vendor's or construction consultant, a university researcher or a newly appointed DX
officer types them, in several registers: colloquial (〜したい, 〜が面倒, 〜で困っています, 〜が大変),
formal (〜の効率化を検討している, 〜を調べています, 〜の先進事例を知りたい), questions (〜している県は
ありますか, 〜している県は？, 〜例はありますか, 〜を教えて), bullet-like notes (課題：… / 目的：…) and
long requests with context that is not the point (人口8千人の町, 毎月40通近く, 担当が一人で残業続き,
年間で百回近く, 議会で指摘された, 毎年夏の繁忙期, 毎回メールとFAX). A third are 12–30 characters (14),
a third 30–60 (13) and a third 60–200 (13); they come in the order short, middle, long, short… so that
each split gets every length (test: 7 short, 6 middle, 7 long; dev: 7, 7, 6). Over half ask in everyday
words or the writer's own office words rather than the cases' own: 電話代とコピー代 for 通信印刷管理費,
国の統計サイトから数字を写す for 厚生労働統計 / 公衆衛生年鑑の転記, 県の電子申請の仕組みに一緒に乗っかる
for 電子申請システムの共同利用, 同じ文面で宛先と添付だけ違うメール for メールの送信
(宛先、添付ファイルのみ変更), 亡くなった人の戸籍から相続人の関係図 for 相続関係説明図, 職員住宅の家賃 …
収入の手続き for 入居料調定, ドラッグストアで働く人の資格試験 for 登録販売者試験, 先生の給与 for
県費負担教職員の給与, ICTの推進役 for 推進員 (ICT利活用推進委員会), 水道の使い始めや引っ越しの手続き for
水道の申込み手続き, 払いすぎた税金 for 還付金, LGWANのパソコンからネットを見る for
インターネット系仮想基盤, シカやイノシシ for 鳥獣, 学校のデジタル化を企画できる外部の人 for
教育関連のデジタルコーディネーター, 車の取得税 for 自動車取得税の税額照会, 逃げ方 for 避難計画,
誰にどんな支援をしたかの記録 for 被災者台帳, ボーナス … 休んだ期間を差し引く for 期末勤勉手当の除算期間,
国の省庁から来てもらう for 総務省出身の外部人材, テレビやネットへ一斉に for Lアラート, お年寄りの医療費助成
for 老人医療費助成事業費補助金, 住民票を取られたら本人に知らせる制度 for 本人通知制度, 一緒に調達
for 共同調達, 道路の側から for 道路インフラ側からの自動運転支援, 他の役所とやり取りする番号 for
団体内統合宛名, 中小企業への発注実績 for 官公需契約実績, 人の流れや企業の持っているデータ for
ビッグデータ活用プラットフォーム, 車いす用の駐車場の利用証 for パーキングパーミット, 掲示板のように共有
for 行政イントラ. Some name the technology (RPA, AI-OCR, OCR), most do not; none names a place or
status. Six ask who already does it (〜使っている県があれば, 〜実際に使っている県はありますか,
〜自動で答えている例はありますか, 〜来てもらっている県の例を知りたい, 〜自動化している県は？,
〜自動で集計している県はありますか); for them grade 2 also needs the case to be in use (導入(実施)済).
The others ask for examples to learn from (〜の事例を教えて, 〜の参考になる事例, 〜を探している), so a
planned or trial case answers them.

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twelfth to
fifteenth batches' docstrings: 26 AI・RPA・chatbot/OCR tasks over many fields (general affairs:
phone and copying costs per section, rent of staff housing, mail sent with a different attachment to each
recipient, staff-training questionnaires, reminding sections of unhandled virus alerts; finance: the
annual settlement statistics; tax: the car acquisition tax amount inquiries, resident-tax collection
reports from the municipalities, refunds to taxpayers who moved out of the prefecture, inheritance charts
drawn from family registers for the municipal property tax; personnel: the bonus deduction periods;
elections and residents: counts on the electoral roll, the registration system notifying residents when
their certificate is issued; welfare and health: the disability mutual-aid annual status survey, a parking
permit for disabled people, municipal reports on elderly medical subsidies, the public-health yearbook,
the registered-seller exam for drugstores; commerce: the government-procurement survey on small firms;
agriculture: deer and boar capture records; construction: building-material unit prices, roadside support
for self-driving cars; education: surveys of pupils' progression to further schools; disaster: residents'
own evacuation plans on hazard maps; waterworks: a chatbot on the water service's procedures;
environment: notifications of regulated factory facilities), 7 systems shared with the municipalities
(electronic applications, teachers' payroll for municipal schools, internet browsing from the LGWAN side,
disaster-victim ledgers, L-Alert distribution of evacuation information, unified address numbers for My
Number, an inter-municipal intranet) and 7 talent or organisation requests (university professors as
advisers, a digital coordinator for education, staff seconded from national ministries, ICT promoters in
every section, a council for joint procurement with the municipalities, a post-COVID DX project team, a
public–private big-data platform).

Six requests use a word that also names a wrong topic, so that word-matching alone misleads: 名簿 (the
electoral roll, not staff or bidder rosters), ウイルス (computer-virus alerts, not the COVID-19 cases),
現況 (the disability mutual-aid status survey, not child-allowance status reports), 住宅 (staff housing
rent, not private lodging 住宅宿泊事業 or housing maps), 照会 (car-tax amount inquiries, not bank-deposit
inquiries or surveys of the municipalities) and 研修 (questionnaires after staff training, not care-manager
training records, seconded trainees' overtime or RPA courses). None of those wrong topics earns a grade.

They were written without seeing any engine output and without reading the queries of the earlier
batches. Each rule was written by reading the cases that use the task's words, their synonyms and their
near misses; the only thing run was these rules over the records, to read and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — OCR,
AI-OCR, RPA, shared with the municipalities — was asked; for a question asking which prefectures already
do it, a case in use); 1 = clearly related (the same task done otherwise, or a neighbouring task the writer
would want to see; a planned or trial case answering a question about who already does it); a shared
generic word (業務, 入力, システム, 自動化, 集計, 推進, 人材, 育成, 効率化, 作成, 管理, 通知, 照会 …) earns
nothing by itself. When RPA is named, a case of the AI・RPA section that states no technology counts as
done the way asked (such cases are scripted automation). Splits alternate test, dev, test, dev… in file
order (`_alternate`).
"""
from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    CHATBOT,
    DONE,
    OCR,
    Judge,
    Judged,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    no,
    organization,
    says,
    shared_system,
    status,
    talent,
)
from bench.judgments_more import group
from bench.judgments_fifteenth import rpa_way  # done by RPA, or an AI・RPA case naming no other technology
from bench.judgments_tenth import never

# --- named patterns --------------------------------------------------------------------------------
is_chatbot = says(CHATBOT)
auto_answer = says(AUTO_ANSWER)
uses_ocr = says(OCR)
in_use = status(DONE)  # for questions asking who already does it: a case in use



# Mail sent to many recipients with the same text and a different attachment for each (080, 124), or
# a file split per recipient and mailed (025, 126), or results attached to a fixed mail (123, 195).
# Receiving mail and saving its attachments (090, 113, 253, 323 …) is the opposite direction.
MAIL_ATTACH = says(r"を添付|添付して|分割し.{0,12}メール|本文\+添付")
# Other mail sent automatically (reminders, notices to schools or municipalities, contract changes).
MAIL_SEND = says(r"メール(送信|送付|通知|連絡|で送付(?!され)|を送付)|メールを送|メールによる連絡|メール本文|定型メール"
                 r"|(督促|催促)メール|照会メールを自動で送信|個別案内|メールの作成")

# Settlement statistics (決算統計) themselves: the survey forms (089), the supporting data (110), the
# departments' figures tallied (191). Work done on their results or on settlement forecasts is the
# neighbour.
SETTLEMENT_STATS = says(r"決算統計(調査票|に係る|集計)|決算数値")
SETTLEMENT_WORK = says(r"決算統計|決算見込|財政要覧|予算・決算データ")

# Questionnaires tallied (093 training questionnaires, 149 with free comments); other questionnaires
# digitised or collected online (the water-saving sheet, e-application services taking questionnaires).
QUESTIONNAIRE = says(r"アンケート")

# Shared disaster-information systems (sharing damage, evacuation and shelter information).
DISASTER_SHARING = says(r"災害情報|防災情報|防災関連情報|避難情報|被害状況")

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short… The shared-system and
# talent/organisation requests are spread over both splits.
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 S, colloquial, everyday words (電話代とコピー代 for 通信印刷管理費). 2: 026; 1: the survey of
    # printer counters (176), the other case counting what each section prints.
    ("電話代とコピー代を課ごとに集計するのが面倒",
     graded(says(r"通信印刷|通信費|印刷費"), says(r"印刷カウンタ"))),
    # 2 M, formal, everyday words (国の統計サイトから数字を写す). 2: the public-health yearbook copied from
    # web pages (268) and the prefecture's back data built from the ministry's statistics (254); 1: other
    # statistics books and data gathered from national web pages (109, 277).
    ("保健衛生の統計年報をつくるため、国の統計サイトから数字を様式に写している作業の効率化を検討している",
     graded(says(r"公衆衛生年鑑|厚生労働統計"), says(r"統計書データ|国HP等から資料"))),
    # 3 L, town clerk, long with context, question (who already does it): a shared system. 2: electronic
    # application systems shared with the municipalities and in use; 1: the one still under consideration.
    ("うちは人口8千人の町で、オンライン申請を単独で入れる予算も担当もいません。県が用意した電子申請の仕組みに"
     "市町村も一緒に乗っかって使っている県があれば、どんな手続きを載せているかも含めて知りたいです。",
     graded(both(in_use, shared_system, says(r"電子申請|オンライン申請")),
            both(shared_system, says(r"電子申請|オンライン申請")))),
    # 4 S, terse; trap word 名簿 (staff directories, bidder and teacher rosters, the labour-force roster
    # earn nothing). 2: counts on the electoral roll gathered from the municipalities (127); 1: the shared
    # election-night reporting system, the other tally the election office makes from the municipalities.
    ("選挙人名簿の登録者数を市町村分まとめたい",
     graded(says(r"選挙人名簿"), says(r"投開票"))),
    # 5 M, researcher, formal (〜を調べています). 2: talents who are university professors (008 ICT戦略顧問,
    # 025 情報戦略アドバイザー, a professor emeritus); 1: public–private councils and expert meetings with
    # academics (有識者会議, 学識経験者 members).
    ("大学の研究者が県のICT戦略づくりに顧問やアドバイザーとして関わっている事例を調べています",
     graded(both(talent, says(r"大学教授|名誉教授")),
            both(organization, group("民間も含んだ協議会等"), says(r"有識者|学識経験者")))),
    # 6 L, colloquial with context, question (who already does it), everyday words. 2: mail sent with a
    # per-recipient attachment, in use (080, 124, 025, 126, 123); 1: the planned one (195) and other
    # automatic mail sending (reminders, notices to municipalities or schools, contract changes).
    ("毎月、各市町村あてに同じ文面のメールを送っています。本文は同じで、宛先と添付するファイルだけが市町村ごとに"
     "違うので、40通近くを手作業で作るのが大変です。これを自動化して実際に使っている県はありますか。",
     graded(both(in_use, MAIL_ATTACH), either(MAIL_ATTACH, MAIL_SEND))),
    # 7 S, town clerk, everyday words (相続人の関係図 for 相続関係説明図). 2: 096 (AI-OCR of family
    # registers, RPA drawing the chart); 1: the other land task of the same municipal property-tax
    # project (095, land registration).
    ("亡くなった人の戸籍から相続人の関係図を作りたい",
     graded(says(r"相続"), both(says(r"固定資産税関連業務"), says(r"土地")))),
    # 8 M, colloquial, RPA named; trap word ウイルス (the COVID-19 chatbots and grants earn nothing).
    # 2: listing virus-detection mails and chasing the sections that have not acted (177, RPA); 1: the
    # shared security cloud's mail virus protection (089), the one other case on computer viruses.
    ("パソコンのウイルス検知のメールが来ても対応していない部署があるので、RPAで催促したい",
     graded(both(says(r"ウイルスの検知|ウイルス検知"), rpa_way), says(r"ウイルス対策"))),
    # 9 L, colloquial with context (担当が一人, 残業続き); trap word 現況 (child-allowance status
    # reports, 201 and 207, earn nothing). 2: the disability mutual-aid annual status survey matched
    # against the members' ledger (236); nothing else is about this scheme.
    ("障害のある子どもの将来のために親が掛金を払う共済（扶養共済）の加入者について、毎年、現況の調査をして"
     "加入者の台帳と突き合わせています。担当が一人で、この時期は残業続き。何か自動化の参考になる事例はないでしょうか。",
     graded(says(r"扶養共済"), never)),
    # 10 S, new DX officer, terse: organisation. 2: the post-COVID project team (organization-037); 1: the
    # cross-department DX headquarters that studies DX measures for the whole office (047).
    ("コロナ後の社会を見すえたDXの庁内プロジェクト",
     graded(says(r"アフターコロナ"),
            both(group("庁内横断的な体制"), says(r"デジタルトランスフォーメーションの推進")))),
    # 11 M, colloquial, everyday words (家賃, 収入の手続き for 入居料調定); trap word 住宅 (private
    # lodging 住宅宿泊事業, housing maps earn nothing). 2: 073; 1: other revenue records (調定, 歳入) entered
    # into the accounting system by RPA (027, 160, 163), not tax assessments.
    ("職員住宅の毎月の家賃の一覧から、財務会計に収入の手続きを入れるのを自動でやりたい",
     graded(says(r"職員住宅|入居料"), both(ai_rpa, says(r"調定|歳入額"), no(says(r"税"))))),
    # 12 L, construction consultant, formal with context. 2: the unit-price table of building materials
    # made from the price survey (295); 1: the shared public-works estimating systems that use such
    # prices (073, 075) and estimated prices from market prices on the web (030).
    ("建設コンサルの者です。県の土木工事の積算に使う資材の単価表を、毎年の価格調査の結果から作り直す作業が"
     "あり、発注者側でどう効率化されているか調べています。単価の更新を自動化する先行事例を教えてください。",
     graded(says(r"資材|単価表"), either(both(shared_system, says(r"積算")), says(r"実勢価格")))),
    # 13 S, AI-OCR named, everyday words (ドラッグストアで働く人の資格試験 for 登録販売者試験). 2: 262 (AI-OCR);
    # 1: other exam or licence application forms read by OCR (hunting licence exams, teacher recruitment,
    # medical licences, electricians' licences).
    ("ドラッグストアで働く人の資格試験の申込書をAI-OCRで",
     graded(both(says(r"登録販売者"), uses_ocr), both(uses_ocr, says(r"試験|免許申請|免状申請")))),
    # 14 M, colloquial, everyday words (先生の給与 for 県費負担教職員の給与データ): shared system. 2: the
    # payroll system put online for municipal schools (080); 1: shared school systems holding staff
    # records or attendance (076, 078).
    ("市町村立の小中学校の先生の給与データを、各学校から直接入れてもらえる仕組みを県と市町村で作りたい",
     graded(both(shared_system, says(r"給与")), both(shared_system, says(r"勤怠|教職員情報")))),
    # 15 L, section chief, formal with context. 2: monthly collection reports of resident tax from the
    # municipalities tallied (120, 128: 128 also mails reminders to late ones); 1: the other resident-tax
    # reports from the municipalities (assessment changes 119, the taxation survey 070, the list of
    # employers withholding resident tax 086).
    ("個人住民税の徴収状況について、毎月市町村から報告が届き、県税事務所ごと・県全体の集計表にまとめている。"
     "報告の遅れる市町村への督促も含め、定型作業の自動化を検討しており、他県の先進事例を知りたい。",
     graded(says(r"徴収(状況|計画|実績)"), says(r"賦課状況|課税状況調査|特別徴収義務者"))),
    # 16 S, terse, everyday words (推進役 for 推進員): organisation. 2: the ICT committee with a promoter
    # from every section (organization-036; the tax office's 納税推進員, 116, is no organisation); 1: other
    # cross-department liaison groups of working-level members from each department (031, 038, 048, 051).
    ("各課に1人ずつICTの推進役を置く体制",
     graded(both(organization, says(r"推進員")),
            both(organization, says(r"企画課長|主管課長|政策主幹|企画調整室次長")))),
    # 17 M, question (who already does it), everyday words. 2: the water-service chatbot, in use (341);
    # 1: other chatbots guiding residents through procedures and notifications (private lodging, safe-
    # driving managers, the shared chatbot on prefectural and municipal procedures).
    ("水道の使い始めや引っ越しの手続きの問い合わせに、ホームページで自動で答えている例はありますか",
     graded(both(in_use, says(r"水道"), either(is_chatbot, auto_answer)),
            both(either(is_chatbot, auto_answer), says(r"手続|申込|届出")))),
    # 18 L, colloquial with context, everyday words (払いすぎた税金). 2: request forms asking taxpayers
    # living outside the prefecture for an account to refund to (194). The staff's year-end income-tax
    # refund (069) shares the word 還付 only.
    ("税金を払いすぎた人に還付するとき、県外に引っ越してしまった人には振込先の口座を教えてもらう依頼書を"
     "送っています。税のシステムから対象者を拾ってエクセルで依頼書を作るのを毎回手作業でやっていて困っています。",
     graded(says(r"還付金"), never)),
    # 19 S, colloquial: shared system. 2: the virtual environment giving the LGWAN side internet
    # browsing (123); 1: other ways around the network separation (sanitising mail and files 121, 113;
    # the security cloud watching internet browsing 094).
    ("LGWANのパソコンからもネットを見られるように",
     graded(both(shared_system, says(r"仮想")), says(r"無害化|インターネット閲覧"))),
    # 20 M, colloquial, everyday words (シカやイノシシ for 鳥獣). 2: capture records entered by RPA (292)
    # or read from the hunters' reports by AI-OCR (288); 1: the hunting licence cases of the same
    # wildlife office (290, 291).
    ("シカやイノシシの捕獲の実績報告を集計してシステムに入力する作業を自動化したい",
     graded(says(r"捕獲"), says(r"狩猟"))),
    # 21 L, new DX officer, long with context (1人1台端末): talent. 2: the digital coordinator for
    # education (digital_talent-030); 1: the other digital coordinators of the same kind (022, 028) and
    # the ICT-in-education council with the municipalities (organization-064).
    ("教育委員会のDX担当になりました。1人1台端末が入ったものの、学校のデジタル化をどう進めるか企画できる人が"
     "庁内にいません。非常勤でもいいので、教育分野のデジタルに詳しい外部の人を招く方法を探しています。",
     graded(both(talent, says(r"教育のデジタル化|教育関連")),
            either(both(talent, says(r"デジタルコーディネーター")), both(organization, says(r"ICT教育"))))),
    # 22 S, RPA named, everyday words (車の取得税); trap word 照会 (bank-deposit inquiries, surveys of the
    # municipalities and schools earn nothing). 2: answering car-acquisition-tax amount inquiries by RPA
    # (024); 1: other car-tax inquiries answered automatically (the chatbots 045, 050, 138).
    ("車の取得税の照会への回答をRPAで作りたい",
     graded(both(says(r"自動車取得税"), says(r"照会"), rpa_way),
            both(says(r"自動車税|自動車取得税"), says(r"問合せ|問い合わせ")))),
    # 23 M, colloquial, everyday words (危険な場所の地図 for ハザード, 逃げ方 for 避難計画). 2: 348; 1: the
    # other two parts of the same evacuation programme (AI mapping of damage 346, AI speaker 347).
    ("洪水や土砂崩れの危険な場所の地図を見ながら、住民が自分の逃げ方を決められる仕組みを探している",
     graded(says(r"避難計画"), both(ai_rpa, says(r"避難行動")))),
    # 24 L, section chief, long with context (議会で指摘された): shared system, everyday words. 2: the
    # disaster-victim ledger and life-rebuilding systems shared with the municipalities (095, 102, 109);
    # 1: other shared disaster systems that collect the damage (被害状況) from the municipalities (101, 114).
    ("大きな災害のたびに、被災した住宅の調査結果や、誰にどんな支援をしたかの記録が市町村の部署ごとにばらばらで、"
     "罹災証明の発行や生活再建の支援が遅れたと議会で指摘された。県と市町村で共通に使える仕組みの事例を知りたい。",
     graded(both(shared_system, says(r"被災者")), both(shared_system, says(r"被害状況")))),
    # 25 S, colloquial, everyday words (ボーナス, 休んだ期間を差し引く for 除算期間). 2: 189; 1: entering
    # the bonus payments into the accounting system (068).
    ("ボーナスの計算で休んだ期間を差し引くのを自動で",
     graded(says(r"期末勤勉手当算定|除算期間"), says(r"期末勤勉"))),
    # 26 M, question (who already does it), everyday words (国の省庁 for 総務省 / 警察庁): talent. 2: staff
    # from national ministries and agencies, in use (003, 009, 010, 019, 027).
    ("国の省庁から情報政策の専門の人に来てもらっている県の例を知りたい",
     graded(both(in_use, talent, says(r"総務省|警察庁")), both(talent, says(r"総務省|警察庁")))),
    # 27 L, colloquial with context (年間で百回近く); trap word 研修 (care-manager training records,
    # seconded trainees' overtime and RPA courses earn nothing). 2: questionnaires tallied (093 training
    # questionnaires, 149 with free comments); 1: other questionnaires digitised or taken online (168,
    # shared e-application services taking questionnaires).
    ("職員研修のたびに紙のアンケートを回収していて、選択式の集計と自由記述の書き起こしに毎回半日かかる。"
     "研修担当は二人しかおらず、年間で百回近く研修があるので、集計を機械化したい。",
     graded(both(QUESTIONNAIRE, says(r"集計")), both(QUESTIONNAIRE, no(says(r"健康ポイント"))))),
    # 28 S, colloquial, everyday words (テレビやネットへ一斉に for Lアラート): shared system. 2: shared
    # systems distributing disaster information through L-Alert or mail and web (052, 059, 107); 1: other
    # shared systems gathering disaster and evacuation information (101, 114; not the nuclear-emergency
    # TV conferences nor the GIS that merely overlays it on maps).
    ("避難の情報を市町村と一緒にテレビやネットへ一斉に配信",
     graded(both(shared_system, says(r"Lアラート|メール配信システム")),
            both(shared_system, DISASTER_SHARING, no(says(r"原子力|GIS"))))),
    # 29 M, colloquial, everyday words (お年寄りの医療費助成 for 老人医療費助成事業費補助金). 2: 247; 1: the
    # other subsidy to the municipalities whose returns the welfare office gathers and tallies (253).
    ("市町村から出てくるお年寄りの医療費助成の補助金の実績報告で、金額の確認に時間がかかっている",
     graded(says(r"老人医療"), says(r"子育て支援事業補助金"))),
    # 30 L, section chief, formal with context (毎年夏, 繁忙期), RPA named. 2: the settlement statistics
    # done by RPA or scripted automation (089, 110, 191); 1: work on their results or on settlement
    # forecasts (059 財政要覧, 136, 203).
    ("財政課です。毎年夏の決算統計（地方財政状況調査）の時期は、各部局から決算の数字を集めて国の調査票に転記"
     "する作業で繁忙期になります。ミスも出やすいので、この転記や集計をRPAなどで自動化する事例を探しています。",
     graded(both(SETTLEMENT_STATS, rpa_way), SETTLEMENT_WORK)),
    # 31 S, everyday words (住民票を取られたら本人に知らせる制度 for 本人通知制度); the stress-check results sent
    # to each person (192) share 本人 and 通知 only. 2: 125.
    ("住民票を取られたら本人に知らせる制度の登録者数の集計",
     graded(says(r"本人通知制度"), never)),
    # 32 M, town clerk, colloquial (〜を教えて): organisation. 2: the council of the prefecture and the
    # municipalities preparing joint procurement (organization-063); 1: the CIO adviser who advises the
    # municipalities on sharing systems (digital_talent-014).
    ("県と市町村が一緒にシステムを調達するための話し合いの場を作りたい。参考になる事例を教えて",
     graded(both(organization, says(r"共同調達")), says(r"システム共同化"))),
    # 33 L, researcher, formal with context. 2: roadside support for self-driving (299, under
    # consideration); 1: the next-generation mobility project led by an IT strategy director
    # (digital_talent-029) and AI cameras watching road use (301).
    ("交通工学の研究室の者です。自治体が管理する道路の側から、センサーや通信で自動運転の車を支援するような"
     "取り組みを、都道府県がどの程度検討しているか調べています。道路インフラと自動運転の組み合わせの事例があれば教えてください。",
     graded(says(r"自動運転"), says(r"モビリティ|道路の利用状況"))),
    # 34 S, everyday words (他の役所とやり取りする番号): shared system. 2: the unified address
    # systems for My Number (056, 057, 058); 1: the resident-register network (053).
    ("マイナンバーで他の役所とやり取りする番号を共同で",
     graded(both(shared_system, says(r"宛名")), both(shared_system, says(r"住民基本台帳ネットワーク")))),
    # 35 M, notes (課題：… / 目的：…), everyday words (中小企業への発注実績 for 官公需契約実績). 2: 278.
    ("課題：中小企業への発注実績（官公需）の国の調査。目的：財務システムから契約を抜き出す作業を楽にしたい",
     graded(says(r"官公需"), never)),
    # 36 L, colloquial with context, everyday words: organisation. 2: the public–private big-data platform
    # (organization-067); 1: organisations for public and private data use (042, 043, 014).
    ("観光客の人の流れや企業の持っているデータを、大学・企業・観光協会などと持ち寄って新しいサービスにつなげたい。"
     "行政だけでは限界があるので、官民で一緒にデータを活用する場の立ち上げ方を参考にしたい。",
     graded(says(r"ビッグデータ活用プラットフォーム"),
            both(organization, says(r"官民データ|データ利活用")))),
    # 37 S, question (who already does it), everyday words (車いす用の駐車場の利用証 for パーキングパーミット).
    # 2: 239, in use; nothing else handles the permit.
    ("車いす用の駐車場の利用証の事務を自動化している県は？",
     graded(both(in_use, says(r"パーキングパーミット")), says(r"パーキングパーミット"))),
    # 38 M, question (who already does it). 2: surveys of pupils' progression gathered from schools' mail
    # attachments, in use (325); 1: the other surveys of schools and municipalities tallied from mail
    # attachments (323, 324).
    ("中学や高校から進学状況の照会の回答がメール添付で返ってくるのを、自動で集計している県はありますか",
     graded(both(in_use, says(r"進学")), either(says(r"進学"), both(says(r"照会"), says(r"メール添付ファイル"))))),
    # 39 L, town clerk, long with context (毎回メールとFAX): shared system, everyday words (掲示板のように).
    # 2: the inter-municipal intranet sharing materials (055); 1: shared file-exchange systems with the
    # municipalities (103, 119) and the shared web-meeting system between municipalities (113).
    ("町役場の総務担当です。県や他の市町村とちょっとした資料をやりとりしたり、連絡事項を掲示板のように共有"
     "したりするのに、今は毎回メールとFAXで大変です。県と市町村が共通で使える連絡用の仕組みがあれば知りたい。",
     graded(both(shared_system, says(r"自治体間の資料共有")),
            both(shared_system, says(r"ファイル共有|電子データのやりとり|ウェブ会議")))),
    # 40 S, OCR named. 2: notifications of regulated facilities read by AI-OCR (216); 1: septic-tank forms
    # read by AI-OCR (218), the neighbouring environmental notification.
    ("工場の特定施設の届出をOCRで入力したい",
     graded(both(says(r"特定施設"), uses_ocr), says(r"浄化槽"))),
]

SIXTEENTH: list[Judged] = _alternate("natural", NATURAL_ITEMS)
