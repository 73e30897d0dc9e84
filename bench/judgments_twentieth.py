"""A twentieth batch of judged queries: 30 natural requests, 6 short keyword queries and 4 particle
queries, written and graded by explicit rules over each case's own text and fields before any engine was
run on them.

The natural requests are pasted task descriptions as a prefectural clerk or section chief (tax, finance,
personnel, welfare, disability welfare, public relations, ports, forestry, election commission, personnel
commission, board of education), an information-policy officer, a consultant or a researcher types them,
in several registers: colloquial (〜したい, 〜が大変, 〜がほしい, 〜できないでしょうか), formal (〜を検討して
います, 〜例を探しています, 〜例を知りたい), questions (〜している県はありますか ×5), memo-like fragments
(〜作業, 〜をRPA化した県) and long requests with context that is not the point (担当が一人で, 毎年数千枚,
締め切り直後に集中する, 申告期限の月末, 毎日の更新のたびに, 先生が異動するたびに, 病院・施設での). A third
are 12–30 characters (10), a third 30–60 (10) and a third 60–200 (10); they come in the order short,
middle, long, short… so that each split gets every length (test: 5 short, 5 middle, 5 long; dev: 5, 5,
5; then one middle request of the test split, read while the engine was changed, became dev: see `SEEN`). Most ask in everyday words or the writer's own office words rather than the cases' own: 仮の科目で
払った経費を正しい科目に振り替える for 仮科目で支出していた…科目更正, 納期の問い合わせ for 納付時期に…問い
合わせが集中, 出してこない…督促のメール for 未提出者への催促メール / 未報告先に…督促メール, 介護支援専門員
for ケアマネジャー, 成績や出欠、指導要録 … 共通の仕組み for 校務支援システム / 学校業務支援システム, 大きな
ファイルを安全にやり取り for 大容量の電子データの送受信 / ファイル共有システム, 工事の設計書の積算 for 公共工事
設計積算システム, 林務 … 森林の区域や資源のデータ … 森林組合 for 森林資源情報 … 林業事業者, マイナンバーの
宛名番号 for 団体内統合宛名番号, 岸壁や荷さばき地を使う許可や占用 for 港湾施設管理条例に基づく許認可 / 港湾
占用許可, 候補者のポスターや選挙カーなど公費で負担する分 for 選挙公営, 公印の押印を電子化 for 電子公印, 人出
をカメラで for 利用状況等を…AIカメラ, 記事…SNS向けに短くまとめ直して for AIが要約し…自動ツイート, データ
分析の専門家 for データサイエンティスト, SNSの反応を分析して…発信に生かせる人材 for デジタルマーケティング
アドバイザー / ウェブ解析士, 若手職員の有志 for 若手・中堅職員を中心とする有志, 情報の専門の区分で採用 for
情報職 / 行政事務(情報), 人口と世帯の報告…推計人口 for 人口統計調査報告表を集計. Some name the technology
(RPA, AI, チャットボット), most do not.

Five ask who already does it (工事の積算 … 同じシステムを使って行っている県, 介護支援専門員 … 自動化している
県, 情報の専門の区分で採用している県, 公印の押印 … 自動でやっている県, 電子申告のデータ … 自動でやっている県);
for them grade 2 also needs the case to be in use (導入(実施)済) and the same thing planned or on trial is
graded 1. The others ask for examples to learn from, so a planned, trial or considered case answers them.
Five name a place or status the way people write it: 東北の県で, 九州で, 中国地方で (the survey's 中国),
関西の府県で (read as the survey's 近畿, 三重県 included) and 実証段階のものでも構いません (a status that
loosens rather than restricts: any status answers). For the place requests the rule is: grade 2 = the
asked thing within the place; grade 1 = the same thing outside the place (still worth seeing for a writer
who names a region as where to look first) or a related case within the place; a neighbour outside the
place earns nothing. For 中国地方 the related cases within the place are the other systems shared across
prefectures, read from the survey's reason for (not) sharing (`shared_across`: the reason names another
prefecture as a user).

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the nineteenth
batch's docstring (the model for this file's structure): 20 AI・RPA/OCR/chatbot tasks over many fields
(tax: car-tax inquiries answered by a chatbot, corporate-tax e-filing data imported, tax reports from the
municipalities tallied; finance: expenditure moved from a provisional to the right budget item, municipal
bond consultations tallied; personnel and general affairs: reminders to those who have not answered,
handwritten recruitment-exam applications, staff trained to build RPA in-house, the electronic official
seal, a staff helpdesk chatbot; welfare: disability certificates, welfare payments keyed into the finance
system, care managers' registrations, AI support for child-guidance centres; statistics: municipal
population and household reports; ports: port permits read by AI-OCR; environment: contest entries on
paper; elections: candidates' public-expense and absentee-voting claims; public relations: web articles
summarised by AI for SNS; roads and parks: cameras watching crowding in disasters and epidemics), 5
systems shared with the municipalities (design-cost estimation of public works, school-affairs systems,
forest data, large-file exchange, the My Number address-number system shared by three prefectures) and 5
talent or organisation requests (staff trained as data scientists, digital-marketing advisers, a separate
recruitment category for information specialists, cyber-crime investigators for the police, teams of
young volunteer staff).

Six requests use a word that also names a wrong topic, so that word-matching alone misleads: 自動車税
(inquiries answered by a chatbot, not the car-tax address changes, reminder notices or vehicle data
files), 督促 (reminder mails to those who have not answered or reported, not the car-tax reminder notices
to tax debtors), 研修 (staff trained to build RPA, not training questionnaires, trainees' overtime or
care-manager training records), 採用 (recruitment-exam applications read by AI-OCR, not the talent
table's recruitment of outside experts), ホームページ (web articles summarised by AI for SNS, not web-page
updates or chatbots placed on web pages) and 人口 (municipal population and household reports, not the
mesh population data of the local allocation tax). None of those wrong topics earns a grade.

The short queries are one word or two separated by a space, on topics no earlier batch named as far as
the writer saw: 固定資産税, 5G, オープンデータ, Lアラート, RPA 年末調整, アンケート AI-OCR. A single word is
grade 2 where it is the case's subject (its name says it; for 固定資産税 and Lアラート every case using the
word, as all are about it) and grade 1 where it is one feature or duty among others (org-051 naming 5G
among AI, IoT and DX; the GIS publishing its maps as open data; an adviser promoting open data among his
duties). For the pairs, both words must hold for grade 2 (an AI・RPA case that states no technology counts
as done by RPA); a case holding the task word only, or a close neighbour of the task (statutory returns
and withholding slips for 年末調整, questionnaires tallied by RPA or received through shared e-application
systems for アンケート, other shared disaster-information systems for Lアラート), is graded 1.

The particle queries join words with の and からの, as the first batch describes them: place and status
words are filters (北海道 and 中国 are regions, 三重県 a prefecture, 実証中 a status) and the content words
must all hold for grade 2; grade 1 is a related case within the place and status (another AI・RPA case
there, another disaster case there). 三重県のAIを使った防災 takes the AI cameras meant for disasters and
epidemics (300, 301) as grade 2 beside the AI disaster mapping and AI speakers (346, 347). 市町村からの税
の報告の集計 names no place: grade 2 is a municipal tax report (個人県民税, 市町村税, 課税状況調査) tallied
by the prefecture, grade 1 the merged special-collection lists; the local allocation tax figures sent by
the municipalities (交付税 also holds 税) earn nothing.

They were written without seeing any engine output and without reading the queries of any other batch
(other than the nineteenth, the model for this file's structure, whose topics were avoided); reading the
grading helpers at the top of bench/judgments.py, the writer saw its first 32 tuned queries and none of
their topics is asked here. Each rule was written before looking at what it selects, then checked by
reading every case it selects and the cases using the task's words, their synonyms and their near misses
(for example 078, a shared school system whose text says 学校業務支援 and not 校務, was added; the election
chatbot 313 naming 採用試験 among its topics, the 警察庁 background of an information officer, a library
system's 情報発信 and 180, a corporate-tax case about the returns other than e-filed ones, were taken out
of grades they had been given by a word). The only thing run was these rules over the records, to read
and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — OCR,
AI-OCR, AI, RPA, a chatbot, shared with the municipalities — was asked; for a question asking which
prefectures already do it, a case in use; for a request naming a place, a case within it); 1 = clearly
related (the same task done otherwise, or a neighbouring task the writer would want to see; a planned or
trial case answering a question about who already does it; the asked thing outside a named place); a
shared generic word (業務, 入力, システム, 自動化, 集計, 作成, 管理, 効率化, 申請書, 報告, 一覧 …) earns
nothing by itself. When RPA is named, a case of the AI・RPA section that states no technology counts as
done the way asked (such cases are scripted automation). A case listing several tasks (ai_rpa-051, -186,
-187) is graded by the task that matches. Splits alternate test, dev, test, dev… within each kind in file
order (`_alternate`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bench.judgments import (
    AI,
    AUTO_ANSWER,
    OCR,
    RPA,
    Judge,
    Judged,
    Test,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    has,
    named,
    no,
    organization,
    pref,
    region,
    says,
    shared_system,
    status,
    talent,
    within,
)
from bench.judgments_fifteenth import rpa_way  # done by RPA, or an AI・RPA case naming no other technology
from bench.judgments_tenth import never
from bench.judgments_nineteenth import asked_in_use, placed  # the same grading patterns

# --- named patterns --------------------------------------------------------------------------------
answers = says(AUTO_ANSWER)
uses_ocr = says(OCR)
uses_ai = says(AI)  # AI proper: AI-OCR alone does not count


def duties(pattern: str) -> Test:
    """A talent entry's post or duties (name, description) say it, not only its skills."""
    return lambda r: has(pattern, f"{r.name} {r.description}")


# the survey's prefectures by their short names (鳥取 for 鳥取県), for the reasons a shared system gives
_SHORT = ("北海道 青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 "
          "静岡 愛知 三重 滋賀 京都 大阪 兵庫 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 "
          "熊本 大分 宮崎 鹿児島 沖縄").split()


def shared_across(r) -> bool:
    """A shared system whose reason for sharing names another prefecture as a user (shared across
    prefectures, not only with the prefecture's own municipalities)."""
    if r.section != "shared_system" or not r.shared_use_reason:
        return False
    own = re.sub(r"[都府県]$", "", r.prefecture)
    others = r.shared_use_reason.replace(r.prefecture, "").replace(own, "")
    return any(p in others for p in _SHORT if p != own)


# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short… The shared-system requests
# (5) and the talent/organisation requests (5) are spread over both splits.
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short, trap (自動車税). Car-tax inquiries at the payment deadline answered by a chatbot (045,
    # 050, 138). Related: chatbots answering other tax inquiries (都税 054, 固定資産税 099). The car-tax
    # address changes, reminder notices and data files earn nothing.
    ("自動車税の納期の問い合わせをチャットボットで受けたい",
     graded(both(answers, says(r"自動車税")),
            both(answers, says(r"都税|固定資産税|県税")))),
    # 2 middle, shared, question. Design-cost estimation (積算) of public works on one system shared
    # with the municipalities (073, 075, both in use). Related: the unit-price tables of construction
    # materials drafted by RPA (295).
    ("工事の設計書の積算を、県と市町村で同じシステムを使って行っている県はありますか",
     asked_in_use(both(shared_system, says(r"積算")), both(ai_rpa, says(r"単価表")))),
    # 3 long, trap (督促). Reminders sent to those who have not answered or reported (207, 128, 037).
    # Related: mails urging the sections to act on unhandled virus alerts (177). The car-tax reminder
    # notices to tax debtors (116, 督促時期) earn nothing.
    ("照会や報告の提出期限を過ぎても出してこない市町村や職員が毎回いて、担当が一人で一件ずつ電話やメールで催促して"
     "います。提出状況の一覧から未提出の相手を拾って、督促のメールを自動で送れないでしょうか。",
     graded(both(ai_rpa, says(r"催促|督促メール|未報告|未提出|未回答")),
            both(ai_rpa, says(r"促すメール")))),
    # 4 short, talent. Engineers recruited as the police's cyber-crime investigators and analysts
    # (dt-040, -041). Related: the police's other information engineers (dt-042).
    ("警察にサイバー犯罪に強い技術者を採用したい",
     graded(both(talent, says(r"サイバー犯罪")), both(talent, says(r"警察本部")))),
    # 5 middle, place (東北). A chatbot answering the staff's questions on systems and rules (038, 福島).
    # The same outside 東北 (060, 111, 162, and 182 for residents and staff) is related.
    ("東北の県で、職員からのシステムの使い方などの質問にチャットボットで答えている例",
     placed(region("東北"), both(answers, says(r"庁内|職員から|服務|システム操作|ICTに関する")), never)),
    # 6 long, status (a trial is fine: any status answers). Disability certificates (身体障害者手帳,
    # 精神障害者保健福祉手帳) applied for on paper and keyed in (246, 270, and 051 among its ten tasks).
    # Related: other paper forms of the disability and mental-health services read by AI-OCR (自立支援
    # 医療 248, 269; 特別児童扶養手当 249).
    ("障害福祉課です。身体や精神の障害者手帳の交付申請書が紙で届き、氏名や住所を一件ずつ台帳のシステムに打ち込んで"
     "います。申請書を読み取って入力まで自動でやっている例を知りたいです。実証段階のものでも構いません。",
     graded(both(ai_rpa, says(r"障害者手帳|障害者保健福祉手帳")),
            both(ai_rpa, says(r"自立支援医療|特別児童扶養手当")))),
    # 7 short. Expenditure paid under a provisional budget item moved to the right item (科目更正: 151,
    # 033). Related: social-insurance transfers corrected (振替更生, 072).
    ("仮の科目で払った経費を正しい科目に振り替える作業",
     graded(says(r"科目更正"), both(ai_rpa, says(r"振替更生")))),
    # 8 middle, talent. Staff trained as data scientists for evidence-based policy (dt-038). Related:
    # posts and bodies for data analysis and use (dt-018 AI analysis, dt-028 big data, org-014, -043,
    # -067).
    ("職員をデータ分析の専門家に育てて、データに基づく政策づくりを進めたい",
     graded(both(talent, says(r"データサイエンティスト|統計学")),
            either(both(talent, says(r"AI分析|データ連携|ビッグデータ")),
                   both(organization, says(r"データ利活用|ビッグデータ"))))),
    # 9 long, shared. A school-affairs system (grades, attendance, records) shared by the prefecture and
    # the municipal schools (076, 077, 078, 079, 082). Related: other systems shared with the municipal
    # primary and junior-high schools (pay 080, test results 081).
    ("教育委員会の情報担当です。市町村立の小中学校で、成績や出欠、指導要録などを学校ごとにばらばらのソフトで管理"
     "していて、先生が異動するたびに使い方を覚え直しています。県と市町村で共通の仕組みを使っている例を探して"
     "います。",
     graded(both(shared_system, says(r"校務|学校業務支援")),
            both(shared_system, says(r"小中学校")))),
    # 10 short, place (九州). Welfare payments keyed into the finance system by RPA (272, 沖縄). The
    # same outside 九州 (227) is related; the monthly welfare report (234, 神奈川) earns nothing.
    ("九州で生活保護費の支払の入力をRPA化した県",
     placed(region("九州"), both(ai_rpa, says(r"生活保護費"), says(r"財務会計|支給|支払")),
            both(ai_rpa, says(r"生活保護")))),
    # 11 middle, trap (研修). Staff trained to write RPA scenarios themselves (141). Related: the units
    # supporting or promoting RPA in the sections (org-009, org-033). Cases about training surveys
    # (093), trainees' overtime (082) or care-manager training records (224) earn nothing.
    ("職員が自分でRPAのシナリオを作れるよう研修をしたい。内製化の進め方の例を探している",
     graded(both(says(RPA), says(r"内製|シナリオ作成")),
            both(organization, says(r"RPAを導入しようとする|RPAの導入推進")))),
    # 12 long, trap (採用). Handwritten application forms of recruitment exams read by AI-OCR (107,
    # 328). Related: other recruitment-exam paperwork (applications printed 190, score lists 330). The
    # talent table's recruitments (外部人材の登用/採用) and a chatbot naming exams (313) earn nothing.
    ("人事委員会で職員採用試験の事務をしています。受験申込書が手書きで毎年数千枚届き、氏名や学歴を職員が手で入力"
     "しています。締め切り直後に集中するので、手書きの申込書を読み取ってデータにする仕組みを探しています。",
     graded(both(ai_rpa, uses_ocr, says(r"採用"), says(r"申込書|願書|志願書")),
            both(ai_rpa, says(r"採用試験|採用選考"), no(answers)))),
    # 13 short, shared. Large files exchanged with the municipalities (112, 119, 121, 103 on trial).
    # Related: the shared intranet for documents between the local bodies (055).
    ("市町村と大きなファイルを安全にやり取りしたい",
     graded(both(shared_system, says(r"大容量|ファイル共有|オンラインストレージ")),
            both(shared_system, says(r"資料共有")))),
    # 14 middle, question. Care managers' (介護支援専門員 for ケアマネジャー) registrations and training
    # records keyed by RPA (223, 224, in use). Related: care-service accident reports (237).
    ("介護支援専門員の登録や研修の修了情報をシステムに入れる作業を自動化している県はありますか",
     asked_in_use(both(ai_rpa, says(r"ケアマネ|介護支援専門員")),
                  both(ai_rpa, says(r"介護サービス")))),
    # 15 long, talent, question. A separate recruitment category for information specialists (情報職
    # dt-015, 行政事務(情報) dt-023, in use). Related: the same planned (dt-018), an information subject
    # within the general exam (dt-013), a medical-informatics exam category (dt-031).
    ("人事課です。情報システムに詳しい職員を続けて確保するため、行政職とは別に情報の専門の区分で毎年採用することを"
     "検討しています。実際にこうした区分で採用している県はありますか。",
     asked_in_use(both(talent, says(r"情報職|行政事務\(情報\)")),
                  both(talent, says(r"試験区分|専門分野:情報")))),
    # 16 short. Paper entries of poster, slogan and senryu contests tallied (210, 211). Related: other
    # paper entries read by AI-OCR (art-festival entries 287, lecture applications 075).
    ("ポスターや川柳のコンクールの紙の応募用紙を集計したい",
     graded(both(ai_rpa, says(r"応募")),
            both(ai_rpa, uses_ocr, says(r"出品|申込集計")))),
    # 17 middle, question. The electronic official seal: requests screened and seals applied by RPA
    # (041, 042, in use). Related: the project team widening the electronic seal (org-033).
    ("公印の押印を電子化して、審査から押すところまで自動でやっている県はありますか",
     asked_in_use(both(ai_rpa, says(r"電子公印")), both(organization, says(r"電子公印")))),
    # 18 long. Port-use and port-occupancy permit applications read by AI-OCR and keyed (304, 305).
    # Related: other port tasks (wharf-use check 294, port statistics 293) and road-occupancy permits
    # read the same way (303).
    ("港湾事務所で、岸壁や荷さばき地を使う許可や占用の申請書を紙で受け付けて、内容を台帳のシステムに打ち直して"
     "います。件数はそれほど多くないのに担当が一人なので後回しになりがちです。申請書を読み取って転記まで自動に"
     "した例を探しています。",
     graded(both(ai_rpa, says(r"港湾"), says(r"許可|許認可"), uses_ocr),
            either(both(ai_rpa, says(r"港湾|岸壁")), both(ai_rpa, says(r"占有許可|占用許可"), uses_ocr)))),
    # 19 short, trap (人口). Population and household reports from the municipalities tallied (057,
    # 067). No neighbour; the mesh population data of the local allocation tax (106) earns nothing.
    ("市町村の人口と世帯の報告を集計して毎月の推計人口を出したい",
     graded(both(ai_rpa, says(r"人口統計調査|人口移動")), never)),
    # 20 middle, shared, place (中国地方 = the survey's 中国). The integrated address-number system of
    # the My Number scheme shared by 鳥取, 岡山 and 広島 (056, 057, 058). Related within 中国: other
    # systems shared across prefectures by their reason for sharing (security cloud 090, 091; facility
    # booking with 広島 034).
    ("中国地方で、マイナンバーの宛名番号を管理するシステムを複数の県で一緒に使っている例",
     placed(region("中国"), both(shared_system, says(r"宛名")), shared_across)),
    # 21 long, trap (ホームページ). Web-page articles summarised by AI and tweeted (351). Related: AI
    # summaries of published minutes (019). Cases updating the web pages or with chatbots on them earn
    # nothing.
    ("広報課です。県のホームページに載せた記事が長いので、SNS向けに短くまとめ直して投稿しています。毎日の更新の"
     "たびに担当が一人で文章を削っていて手が回りません。記事の要約や投稿をAIにまかせている例はありますか。",
     graded(both(uses_ai, says(r"要約"), says(r"Twitter|ツイート|SNS")),
            both(uses_ai, says(r"要約")))),
    # 22 short, talent. Digital-marketing advisers or staff trained in web analytics (dt-033, -034,
    # -039). Related: a digital-marketing skilled fellow drafting strategy (dt-032) and the bodies
    # promoting digital marketing (org-004, org-034).
    ("SNSの反応を分析して県の発信に生かせる人材がほしい",
     graded(both(talent, duties(r"デジタルマーケティング|ウェブ解析")),
            either(both(talent, says(r"デジタルマーケティング")), both(organization, says(r"デジタルマーケティング"))))),
    # 23 middle. AI helping child-guidance centres judge temporary protection from past cases (242).
    # Related: the risk-assessment sheet and evaluation tool of child-guidance centres (233).
    ("児童相談所で一時保護が必要かどうかの判断を、過去の事例をもとにAIに手伝ってもらいたい",
     graded(both(uses_ai, says(r"児童虐待|児童相談所|一時保護")),
            says(r"児童相談所|児童虐待"))),
    # 24 long, question. Corporate-tax (法人二税) e-filing data imported and confirmed by RPA (142, 178,
    # 179, in use). Related: paper returns keyed (180), other e-filing or filing data imported (084,
    # 197) and corporate-tax assessment (158).
    ("税務課です。法人の県民税と事業税の電子申告のデータを、毎日税務システムに取り込んでエラーがないか確かめて"
     "確定させています。申告期限の月末は件数が多くて大変です。この取り込みを自動でやっている県はありますか。",
     asked_in_use(both(ai_rpa, says(r"法人"), says(r"電子申告"), no(says(r"電子申告分を除く"))),
                  either(both(ai_rpa, says(r"法人2税|法人二税|法人県民税")),
                         both(ai_rpa, says(r"電子申告|申告データ"))))),
    # 25 short. Cameras (AI cameras) watching how crowded parks and roads are in disasters and epidemics
    # (300, 301, both under consideration). Related: AI mapping of damage photos (346).
    ("災害や感染症のときに公園や道路の人出をカメラで把握したい",
     graded(both(says(r"カメラ"), says(r"公園|道路")),
            both(uses_ai, says(r"被害の状況|災害情報")))),
    # 26 middle, place (関西 = the survey's 近畿, 三重県 included). Changes of the bidders' qualification
    # register reflected by RPA (302, 三重). The same task outside 近畿 (092, 199, 297, 345) is related.
    ("関西の府県で、入札参加資格の申請内容を名簿やシステムに反映する作業をRPAにしている例",
     placed(region("近畿"), both(ai_rpa, says(r"入札参加資格|入札資格")), never)),
    # 27 long, shared. Forest data shared by the prefecture, the municipalities and forestry bodies
    # (069, 071, 072). Related: the shared farmland map system (070).
    ("林務の担当です。森林の区域や資源のデータを県と市町村、森林組合がそれぞれ持っていて、更新のたびにやり取りが"
     "発生しています。地図で一緒に見たり更新したりできる仕組みを共同で使っている例を知りたい。",
     graded(both(shared_system, says(r"森林")), both(shared_system, says(r"農地|水土里")))),
    # 28 short. Municipal bond consultations and planned amounts tallied (122, 121). Related: other
    # bond paperwork (187 起債承認 among its tasks, 196 the prefecture's own bonds).
    ("市町村の地方債の協議額を一覧にとりまとめたい",
     graded(both(ai_rpa, says(r"市町村"), says(r"起債|地方債|事業債")),
            both(ai_rpa, says(r"起債")))),
    # 29 middle, organisation. Teams of young or volunteer staff proposing reforms (org-046, -039,
    # -029). Related: the volunteer study group on web analytics (dt-034).
    ("若手職員の有志が集まって、デジタルを使った仕事の進め方の改善案を出し合うチームをつくりたい",
     graded(both(organization, says(r"有志|若手")), both(talent, says(r"有志")))),
    # 30 long. Election expense claims (候補者の選挙公営, 不在者投票の経費) read by AI-OCR (353, 352).
    # Related: other election paperwork (political-group notices 354, voter-register counts 127, the
    # election chatbot 349, the shared vote-count system 096).
    ("選挙管理委員会の書記です。選挙が終わると、候補者のポスターや選挙カーなど公費で負担する分の請求書や、病院・"
     "施設での不在者投票の経費の請求書がまとめて届き、一枚ずつ手で入力しています。紙の請求書を読み取ってデータに"
     "したい。",
     graded(both(ai_rpa, says(r"選挙公営|不在者投票"), says(r"請求")),
            either(both(ai_rpa, says(r"政治団体")), says(r"選挙|投開票")))),
]

# --- short keyword queries -------------------------------------------------------------------------
# One word, or two separated by a space (both must hold for grade 2).
SHORT_ITEMS: list[tuple[str, Judge]] = [
    # Fixed-asset tax: the five municipal tasks of 095–099. No neighbour.
    ("固定資産税", graded(says(r"固定資産税"), never)),
    # 5G as the subject (org-038, -040); related: a body naming 5G among its topics (org-051).
    ("5G", graded(named(r"5G|第5世代"), says(r"5G"))),
    # Open data as the subject (109, shared 100, 115); related: open data as one feature or duty (108,
    # dt-014).
    ("オープンデータ", graded(named(r"オープンデータ"), says(r"オープンデータ"))),
    # L-Alert (052, 059); related: other shared systems spreading or sharing disaster information.
    ("Lアラート", graded(says(r"Lアラート"),
                        both(shared_system, says(r"防災|災害"),
                             says(r"防災情報の共有|災害情報の共有|被害状況|情報発信|メール配信")))),
    # Year-end tax adjustment by RPA (an AI・RPA case naming no other technology counts); related: the
    # adjustment otherwise, and statutory returns and withholding slips (044, 156, 157).
    ("RPA 年末調整", graded(both(says(r"年末調整"), rpa_way), says(r"年末調整|法定調書|源泉徴収"))),
    # Questionnaires read by AI-OCR (093, 168); related: questionnaires tallied otherwise or received
    # online (149, shared 013, 017, 060, 065).
    ("アンケート AI-OCR", graded(both(says(r"アンケート"), uses_ocr), says(r"アンケート"))),
]

# --- particle queries ------------------------------------------------------------------------------
# Words joined by particles. Place and status words are filters; the content words must all hold for
# grade 2; grade 1 is a related case within the place and status.
PARTICLE_ITEMS: list[tuple[str, Judge]] = [
    # 北海道 and RPA (024, 025, 306, 331, 332); related: 北海道's other AI・RPA case (001).
    ("北海道のRPA事例", within(region("北海道"), both(ai_rpa, says(RPA)), ai_rpa)),
    # 三重県 and AI for disasters (346, 347, and the AI cameras for disasters 300, 301); related: 三重県's
    # other disaster cases (348, shared 107).
    ("三重県のAIを使った防災", within(pref("三重県"), both(uses_ai, says(r"避難|防災|災害")), says(r"災害|避難|防災"))),
    # 中国 on trial (実証中) and AI-OCR (the eight 山口 cases 159 … 289); related: other AI・RPA cases of
    # 中国 on trial.
    ("中国地方の実証中のAI-OCR", within(both(region("中国"), status("実証中")), uses_ocr, ai_rpa)),
    # Tax reports from the municipalities tallied (070, 119, 120, 128); related: the municipalities'
    # special-collection lists merged (086). The local allocation tax figures (040, 193) earn nothing.
    ("市町村からの税の報告の集計", graded(both(ai_rpa, says(r"市町村"), says(r"県民税|市町村税|課税状況")),
                                   both(ai_rpa, says(r"特別徴収")))),
]

# The fifth request (東北の県で、職員からの…チャットボットで答えている例) was read, with its grades, while
# the engine was changed after it (a place's own cut-off for a description, `describe.filtered_cut`):
# it is dev from then on, so that the test split stays one nothing was tuned on.
SEEN = {"東北の県で、職員からのシステムの使い方などの質問にチャットボットで答えている例"}
NATURAL: list[Judged] = [replace(j, split="dev") if j.query in SEEN else j
                         for j in _alternate("natural", NATURAL_ITEMS)]
SHORT: list[Judged] = _alternate("short", SHORT_ITEMS)
PARTICLE: list[Judged] = _alternate("particle", PARTICLE_ITEMS)

TWENTIETH: list[Judged] = NATURAL + SHORT + PARTICLE
