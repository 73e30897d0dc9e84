"""A tenth batch of judged queries: 36 natural requests, written and graded by explicit rules over
each case's own text before any engine was run on them.

The queries are typed the way a municipal (市町村) or prefectural clerk puts a need into a search box.
Half are short, one sentence of about 12–35 characters (〇〇の入力を自動化したい, 〇〇をAIで△△したい,
〇〇の問い合わせにチャットボットで答えたい, 〇〇を市町村と一緒のシステムでやりたい); half are longer, two or
three sentences of colloquial Japanese (〜したい, 〜できないか, 〜が大変, 〜を探している) with context that is
not the point (毎月, 4月の人事異動のたびに, 紙で届く, 人手が足りない, 年末は, 保留が長くなる …). Several are
asked in everyday words rather than the cases' own: 家から職場までの交通費 where the case says 通勤手当認定,
ミツバチを移して飼う許可 where it says 蜜蜂転飼許可, 体力テスト where it says 体力データ, 混み具合 where it says
利用状況, 道路の占用 where one case writes 占有, ネット上の犯罪 where it says サイバー犯罪, 登記の通知 where it
says 登記済通知書. None names a prefecture or a status.

They were written without seeing any engine output and without reading the queries of the earlier
batches. Topics were picked by reading the survey's case names and descriptions across its four
sections: 24 about AI・RPA cases (tax, corporate tax filing, welfare, long-term care, child care,
agriculture, roads and parks, police, education, personnel, accounting, tourism, environment,
business loans, furusato donations, call centres), 6 about shared systems (facility booking, public
works estimating, missing elderly, marriage events, open data, core municipal systems), 3 about
digital talent (data scientists, cyber-crime investigators, drone pilots) and 3 about organizations
(RPA support, 5G, children's programming). Each rule was written by reading the cases that use the
task's words and their synonyms, and their near misses; the only thing run was these rules over the
records, to read and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done in the way asked if a way —
RPA, OCR, chatbot, AI — was asked); 1 = clearly related (the same task done otherwise, or a
neighbouring task of the same office that the writer would want to see); a shared generic word
(業務, 入力, システム, 自動化, 集計 …) earns nothing by itself. Splits alternate test, dev, test, dev… in
file order (`_alternate`); short and long requests come in pairs so that each split gets both.
"""
from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    CHATBOT,
    INQUIRY,
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
    says,
    shared_system,
    talent,
)
from bench.judgments_sixth import desc

# --- local helpers ---------------------------------------------------------------------------------


def never(_r: object) -> bool:
    """For a query whose only related cases are its grade-2 ones."""
    return False


def rpa_case(pattern: str) -> Test:
    """An AI・RPA case whose own text matches (not a talent's former employer nor a shared system)."""
    return both(ai_rpa, says(pattern))


# --- named patterns --------------------------------------------------------------------------------
TAX_WORDS = r"県税|都税|自動車税|不動産取得税|固定資産税"
ANSWERING = AUTO_ANSWER + r"|AIが(自動で)?(回答|応答)"
# Chatbots for residents' questions in general (not one topic): the neighbours of a topical chatbot.
GENERAL_FAQ = r"県民からの問い合わせ等|住民からのよくある|住民からの問い合わせ|県民及び職員からの|制度や各種手続き"
# Staff overtime proper: not 勤務時間外・休日に災害が発生した場合 (a call-out roster).
OVERTIME_STAFF = r"時間外(勤務|実績|一覧|集計|入力)|超過勤務|残業|長時間勤務"
TALLY = r"集計|取りまとめ|とりまとめ|グラフ|資料作成"
CARE_NEIGHBOURS = r"介護サービス|痰吸引|特別養護老人ホーム"
POLICE_CASES = r"県警(?!本部)|警察官|安全運転管理者"  # 県警本部 alone is where a waste licence is vetted
CORPORATE_TAX = r"法人二税|法人2税|法人県民税|法人事業税|eLTAX|国税連携"
E_FILING_IMPORT = r"(電子申告|eLTAX).*(取込|取り込|連携)|(取込|取り込).*電子申告"
HUNTING = r"狩猟|鳥獣"
COMMUTE = r"通勤手当|通勤届|通勤距離|通勤経路|通勤方法"
ROUTE = r"経路|距離|地図|最寄り駅"
TRAVEL_ROUTE = r"旅費.*走行距離|旅費経路"  # not a car auction's 走行距離
DISABILITY = r"手帳|自立支援医療|特別児童扶養手当|心身障害者"
DISABILITY_CARD = r"障害者(保健福祉)?手帳"
BILLS = r"請求書|経費請求"
ACCOUNTS_ENTRY = r"支出|財務会計|債権者"
ROAD_OCCUPANCY = r"道路占[用有]"  # one case writes 占有
OCCUPANCY_NEIGHBOURS = r"占用|屋外広告物|港湾施設管理条例"
DATA_TALENT = r"データサイエンティスト|統計学|データに基づく"
DATA_NEIGHBOURS = r"AI分析|ビッグデータ|人材を育成|ウェブ解析"
REAL_ESTATE_TAX = r"不動産取得税"
REAL_ESTATE_ENTRY = r"入力|取込|取り込|登録"
LAND_REGISTRY = r"固定資産税関連業務.*登記"
TEACHER_HIRING = r"教員採用"
HIRING = r"採用選考|採用試験"
APPLICATION_FORMS = r"願書|志願書"
CHILD_ALLOWANCE = r"(?<!特別)児童手当"
STAFF_ALLOWANCES = r"諸手当|特殊勤務手当|期末勤勉手当"
CONTEST_ENTRIES = r"応募"
FORM_TALLIES = r"出品|申込集計"
FURUSATO = r"ふるさと納税"
LOAN_REPAYMENT = r"制度融資|回収金"
FIVE_G = r"5G"
KIDS_PROGRAMMING = r"プログラミング"
KIDS = r"子ども|小中学生"
IT_COURSES = r"プログラミング|人材育成のための各種講座|学習する講座"
YEAR_END = r"年末調整"
WITHHOLDING = r"法定調書|源泉徴収票"
DEBIT_FORMS = r"口座振替"
SCHOOL_FEES = r"授業料|学校徴収金"
OPEN_DATA = r"オープンデータ"
DATA_PORTAL = r"ポータル|カタログ"
WARMING = r"温暖化"
ENV_REPORTS = r"(産業廃棄物|フロン).*報告書|報告書.*(産業廃棄物|フロン)|廃棄物処理計画"  # businesses' own reports and plans
MARRIAGE = r"婚活|結婚|出会い"
JOINT_PORTALS = r"移住|メールマガジン"
AI_CAMERA = r"AIカメラ"
FACILITY_BOOKING = r"予約"
CORE_SYSTEMS = r"基幹となる業務|住記"
JOINT_PROCUREMENT = r"共同調達"
CALL_CENTRE = r"コールセンター|オペレータ"
DEMENTIA = r"認知症"
ESTIMATING = r"積算"
UNIT_PRICES = r"単価表"
CYBER = r"サイバー犯罪"
POLICE = r"警察"
DRONE = r"ドローン"
CHILD_CARE = r"子育て|妊娠"
PHYSICAL_FITNESS = r"体力"
SCHOOL_SURVEYS = r"運動部活動|診断テスト"
BEES = r"蜜蜂|ミツバチ"
TOURISM = r"観光"
CRIME_STATS = r"犯罪統計"
RPA_ORGANIZERS = r"RPA"
RPA_NEIGHBOURS = r"新技術の導入|ICT導入推進"


def natural_queries() -> list[tuple[str, Judge]]:
    return [
        # --- pair 1 ---------------------------------------------------------------------------------
        # A tax chatbot (自動車税, 都税, 県税, 固定資産税); residents' general chatbots, a tax office's
        # translating counter and answering tax-amount enquiries by RPA are the neighbours.
        ("税金の問い合わせにチャットボットで答えたい",
         graded(both(ai_rpa, says(TAX_WORDS), says(INQUIRY), says(ANSWERING)),
                either(both(either(ai_rpa, shared_system), says(GENERAL_FAQ), says(ANSWERING)),
                       rpa_case(r"県税事務所窓口|税額照会")))),
        ("職員の残業時間を部署ごとに集計したい",
         graded(both(ai_rpa, says(OVERTIME_STAFF), says(TALLY)), rpa_case(OVERTIME_STAFF))),
        ("4月の人事異動のたびに、職員が出してくる通勤の届けを見ながら、家から職場までの交通費が正しいか"
         "地図で経路や距離を一件ずつ調べている。この確認作業を自動でできないか探している。",
         graded(both(ai_rpa, says(COMMUTE), says(ROUTE)),
                either(rpa_case(COMMUTE), rpa_case(TRAVEL_ROUTE)))),
        ("障害者手帳の交付申請が毎日のように紙で届き、氏名や住所を手帳のシステムに一件ずつ打ち込んでいる。"
         "人手が足りないので、申請書を読み取って入力まで自動でやれないか。",
         graded(both(ai_rpa, says(DISABILITY_CARD), says(OCR)), rpa_case(DISABILITY))),
        # --- pair 2 ---------------------------------------------------------------------------------
        ("ケアマネの登録や研修修了の入力を自動化したい",
         graded(says(r"ケアマネ"), rpa_case(CARE_NEIGHBOURS))),
        ("警察の毎月の犯罪統計の資料づくりを自動化したい",
         graded(says(CRIME_STATS), rpa_case(POLICE_CASES))),
        # Paper bills read by OCR into the accounts; other bills, and OCR into the accounts, are related.
        ("取引先からの請求書が毎月何百枚も紙で届き、支払先や金額を財務会計システムに手で打ち込んでいる。"
         "請求書を読み取って、そのまま支出の入力までできる仕組みはないか。",
         graded(both(ai_rpa, says(BILLS), says(OCR), says(ACCOUNTS_ENTRY)),
                either(rpa_case(BILLS), both(ai_rpa, says(OCR), says(r"財務会計"))))),
        ("道路に看板や工事の足場を置きたいという占用の許可申請が毎日のように紙で出てくる。"
         "内容を業務システムに打ち直すのに時間がかかっていて、読み取りで自動化できないかと思っている。",
         graded(says(ROAD_OCCUPANCY), rpa_case(OCCUPANCY_NEIGHBOURS))),
        # --- pair 3 ---------------------------------------------------------------------------------
        ("公共工事の積算を市町村と同じシステムでやりたい",
         graded(both(shared_system, says(ESTIMATING)), rpa_case(UNIT_PRICES))),
        ("ネット上の犯罪を捜査できる専門職を採用したい",
         graded(both(talent, desc(CYBER)), both(talent, desc(POLICE)))),  # not a former employer (警察庁出身)
        ("町の体育館や公民館の予約をいまは電話と窓口で受けていて、空き状況の問い合わせも多い。"
         "県や近くの市町村と一緒に使えるネット予約の仕組みに入れないか探している。",
         graded(both(shared_system, says(r"施設"), says(FACILITY_BOOKING)), never)),
        ("勘や経験に頼らず、データを分析して政策を立てられる職員を庁内で育てたい。"
         "統計やプログラミングが分かる人をどう確保・育成しているか、他の自治体の例を探している。",
         graded(both(talent, says(DATA_TALENT)), both(talent, says(DATA_NEIGHBOURS)))),
        # --- pair 4 ---------------------------------------------------------------------------------
        # e-filed corporate tax (or eLTAX) data taken into the tax system; the other steps of the same
        # filings (confirming, paper returns, assessment) and the 国税連携 import are related.
        ("法人事業税の電子申告データを税務システムに自動で取り込みたい",
         graded(both(ai_rpa, says(CORPORATE_TAX), says(E_FILING_IMPORT)), rpa_case(CORPORATE_TAX))),
        ("子どもの体力テストの結果を学年別に集計したい",
         graded(rpa_case(PHYSICAL_FITNESS), says(SCHOOL_SURVEYS))),
        ("家や土地を買った人にかける不動産取得税で、市町村から紙で届く登記の通知を税のシステムに入力するのが毎月大変。"
         "OCRやRPAで取り込めないか。",
         graded(both(ai_rpa, says(REAL_ESTATE_TAX), says(REAL_ESTATE_ENTRY)),
                either(rpa_case(REAL_ESTATE_TAX), rpa_case(LAND_REGISTRY)))),
        # A general recruitment form read by OCR, the teachers' exam marks and printing e-filed forms are
        # the neighbours; an education chatbot that lists 採用試験 among its topics is not.
        ("先生の採用試験の願書が毎年春に何千通も紙で届いて、受付の入力に何人もかかりきりになる。"
         "手書きの願書を読み取ってデータにできるところはないか。",
         graded(both(ai_rpa, says(TEACHER_HIRING), says(APPLICATION_FORMS), says(OCR)),
                both(rpa_case(HIRING), no(says(CHATBOT))))),
        # --- pair 5 ---------------------------------------------------------------------------------
        ("ミツバチを移して飼う許可の申請書をOCRで入力したい",
         graded(says(BEES), both(ai_rpa, says(HUNTING), says(OCR)))),
        ("外国人観光客への案内をAIチャットボットでしたい",
         graded(both(ai_rpa, says(TOURISM), says(CHATBOT)), rpa_case(r"空港の利用|外国語"))),
        ("各課からRPAを使ってみたいという相談が増えているが、シナリオを作れる職員が少ない。"
         "導入する課を技術面で手伝う担当や、全庁で推進するチームを置いている例を探している。",
         graded(both(organization, says(RPA_ORGANIZERS)),
                either(rpa_case(r"内製"), both(organization, says(RPA_NEIGHBOURS))))),
        ("認知症のお年寄りが行方不明になったとき、いまは近くの市町村に電話やファクスで一件ずつ連絡している。"
         "広い範囲ですぐに情報を共有できる仕組みを探している。",
         graded(both(shared_system, says(DEMENTIA)), never)),
        # --- pair 6 ---------------------------------------------------------------------------------
        ("ドローンを飛ばせる職員を育てたい",
         graded(both(talent, says(DRONE)), never)),
        ("婚活イベントの情報を近くの県や市町村と一緒に発信したい",
         graded(both(shared_system, says(MARRIAGE)), both(shared_system, says(JOINT_PORTALS)))),
        # Every 児童手当 case in the survey is done by RPA; other staff allowances are the neighbours.
        ("職員の児童手当で、6月の現況届を出していない人への催促や、毎月の支払の入力に手間がかかっている。"
         "こうした手当の事務をRPAで自動にしている例はないか。",
         graded(rpa_case(CHILD_ALLOWANCE), rpa_case(STAFF_ALLOWANCES))),
        ("環境ポスターや標語のコンクールに、学校から手書きの応募用紙が何千枚も届く。"
         "名前や学校名を一覧表にまとめるのに毎年夏が終わるまでかかってしまう。読み取って表にできないか。",
         graded(both(ai_rpa, says(CONTEST_ENTRIES), says(OCR)),
                both(ai_rpa, says(FORM_TALLIES), says(OCR)))),
        # --- pair 7 ---------------------------------------------------------------------------------
        ("子育てや妊娠の相談にLINEやチャットで自動で答えたい",
         graded(both(ai_rpa, says(CHILD_CARE), says(ANSWERING)), both(shared_system, says(r"子育て")))),
        ("道路や公園の混み具合をAIカメラでつかみたい",
         graded(says(AI_CAMERA), rpa_case(r"道路インフラ|AIが地図上に"))),
        ("5Gが県内でも使えるようになってきたので、行政の課題や地域づくりにどう活かすか、部局をまたいで検討する場をつくりたい。"
         "他県がどんな会議やチームを置いているか知りたい。",
         graded(both(organization, named(FIVE_G)), both(organization, says(FIVE_G)))),
        ("小さな町なので、住民記録や税、国保の基幹システムを単独で入れ替える予算も人もない。"
         "近くの市町村と一緒にシステムを使う共同化の事例を探している。",
         graded(both(shared_system, says(CORE_SYSTEMS)), says(JOINT_PROCUREMENT))),
        # --- pair 8 ---------------------------------------------------------------------------------
        # The year-end adjustment itself (checks, forms, notices); a refund entered in the accounts and
        # the statutory withholding statements are related.
        ("年末調整の書類の確認や通知をRPAで楽にしたい",
         graded(both(ai_rpa, says(YEAR_END), no(says(r"還付"))),
                either(rpa_case(YEAR_END), rpa_case(WITHHOLDING)))),
        ("授業料の口座振替の届出用紙をデータ化したい",
         graded(both(ai_rpa, says(DEBIT_FORMS), says(SCHOOL_FEES)), rpa_case(DEBIT_FORMS))),
        ("ふるさと納税の寄附がネット、メール、紙の申込書とばらばらに届き、年末は受付簿への登録やお礼状づくりに追われる。"
         "少ない人数で回せるよう自動化している例を知りたい。",
         graded(rpa_case(FURUSATO), never)),
        ("電話の問い合わせ窓口で、担当者が答えに詰まって保留が長くなることが多い。"
         "通話の内容を聞き取って、答えの候補を画面に出してくれるようなAIがあれば使いたい。",
         graded(rpa_case(CALL_CENTRE), rpa_case(r"音声認識、自動翻訳|暗黙知"))),
        # --- pair 9 ---------------------------------------------------------------------------------
        ("県と市町村のオープンデータを一か所にまとめて公開したい",
         graded(both(shared_system, says(OPEN_DATA), says(DATA_PORTAL)),
                both(either(shared_system, ai_rpa), says(OPEN_DATA)))),
        ("事業者が出す温暖化対策の計画書の数字をデータベースに入れたい",
         graded(rpa_case(WARMING), rpa_case(ENV_REPORTS))),
        ("中小企業向けの県の融資で、毎月返済された額を企業ごとのエクセルに書き写して、残りの額を確かめている。"
         "件数が多くミスも心配なので、自動でできないか。",
         graded(rpa_case(LOAN_REPAYMENT), never)),
        ("子ども向けにプログラミングやロボットの教室を開いて、将来のIT人材を育てたい。"
         "県でこうした講座を運営している部署や協議会を探している。",
         graded(both(organization, says(KIDS_PROGRAMMING), says(KIDS)), both(organization, says(IT_COURSES)))),
    ]


TENTH: list[Judged] = _alternate("natural", natural_queries())
