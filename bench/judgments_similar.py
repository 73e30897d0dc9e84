"""Judged source cases for the "similar cases" feature: for each of 40 source cases, a grading rule over
every other case of the survey saying how much a civil servant looking at the source would want to see it.

Sources were picked by reading the survey's case names and descriptions across its four sections:
24 AI・RPA cases (tax, welfare, health, personnel and payroll, finance, procurement, education,
agriculture, disaster, tourism, roads, environment, elections, business support, inquiries and
chatbots, meeting minutes, AI-OCR of paper forms), 8 shared systems, 4 digital-talent roles and 4
organizations. Some have many obvious siblings (the same paperwork automated in several prefectures:
meeting minutes, 通勤手当, 指定難病, 産業廃棄物, 情報セキュリティクラウド, 電子申請 …), some have one or two
(相続関係説明図, 鳥獣捕獲, 選挙公営, サイバー犯罪捜査官, AI道路モニタリング, 外国人向け観光案内), and a few
have a short generic description in which only the name carries the task (講演会等の申込集計 and
授業料口座振替届出: "紙の…をAI-OCRにより電子化し、RPAでエクセルに入力"; 鳥獣捕獲実績の集計: "専用システムへの単純入力作業").

Grades: 2 = the same task or service as the source (another prefecture's automation of the same
paperwork, the same kind of shared system, the same kind of role or organization); 1 = clearly
related (the same task done by another technology or at another step, a closely neighbouring task of
the same office, or the same specific technique applied to a very similar kind of form). Sharing a
generic word (業務, 入力, RPA, AI, AI-OCR, システム, 自動化, 集計, 講演会 …) earns nothing by itself. The
source case itself is ignored by the evaluation.

Each rule was written by reading the cases that use the task's words, their synonyms and the near
misses; the only thing run was these rules over the survey's records, to count each source's grades
and read which records they catch. No engine output (no similar or search ranking) was looked at.

Split: test, dev, test, dev… in file order; sources are listed in pairs of the same section so that
both halves get the same mix (12 AI・RPA, 4 shared systems, 2 talents, 2 organizations each).
"""
from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    Judge,
    Test,
    ai_rpa,
    answers,
    both,
    either,
    graded,
    has,
    is_ocr,
    meeting_minutes,
    named,
    no,
    organization,
    says,
    shared_system,
    talent,
)
from bench.judgments_more import field, group
from bench.judgments_sixth import category, desc

# --- local helpers ---------------------------------------------------------------------------------



def overview(pattern: str) -> Test:
    """An organization's make-up (who heads it, who sits in it)."""
    return lambda r: has(pattern, r.overview or "")


# --- named patterns --------------------------------------------------------------------------------
EXTERNAL = "外部人材の登用/採用"
CROSS_DEPARTMENT, WITH_PRIVATE = "庁内横断的な体制", "民間も含んだ協議会等"
E_BIDDING = "電子入札・電子調達システム"
WELFARE_FIELD = "保健・福祉分野"
GOVERNOR_HEADED = r"^知事、|本部長[::(（]知事|知事を(本部長|トップ)|本部長を知事"
OVERTIME_WORK = r"時間外勤務|時間外実績|時間外集計|時間外入力|時間外一覧|超過勤務|残業|長時間勤務"  # not 勤務時間外・休日に災害
CORPORATE_TAXES = r"法人二税|法人2税|法人県民税|法人事業税"
INTRACTABLE = r"難病|特定医療|小児慢性"
HANDBOOK = r"障害者手帳|障害者保健福祉手帳"
BID_QUALIFICATION = r"入札(参加)?資格"
RESIDENT_FAQ = r"総合案内|住民から|県民から|住民問合せ|県民及び職員"
STAFF_HELPDESK = r"庁内から|庁内向け|職員から|ICT|システム操作|操作方法"
DAMAGE_REPORTS = r"被害状況|被害の状況"
DISASTER_INFO = r"災害情報|防災情報|防災関連情報|防災関係|災害時|避難|被災|震度|ハザード|原子力防災"
RELIEF = r"被災者|罹災|り災"
BIG_FILES = r"大容量|ファイル共有|電子データのやりとり|オンラインストレージ"
MEETING_SHARE = r"資料共有|ウェブ会議|Web会議|オンライン会議|TV会議"
SCHOOL_AFFAIRS = r"校務|学校業務支援"
GIS_MAPS = r"GIS|地理空間|デジタル地図"
MAPS = r"地図|地理|航空写真|地形図|マッピング"
TRAVEL = r"旅費|旅行命令"
BUDGET_ALLOTMENT = r"令達|予算配当|予算配付|予算情報の財務会計"
COVID_BUSINESS = r"協力金|持続化|コロナ禍に伴う補助金"
DATA_POLICY = r"統計学|データに基づ|データ分析|AI分析|データ連携|ビッグデータ|データ利活用|データ活用"
CIO_SUPPORT = r"CIO|最高情報"
SECURITY_NET = r"インターネット接続|インターネット閲覧|無害化|情報通信ネットワーク|仮想基盤"


SIMILAR_SOURCES: list[tuple[str, Judge]] = [
    # --- pair 1: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-075", graded(  # 講演会等の申込集計 (paper forms, AI-OCR → Excel): 2 = tallying entries/applications/
        # questionnaires (応募集計, アンケート集計); 1 = OCR of other entry or sign-up forms for events and contests
        both(ai_rpa, named(r"(申込|応募|アンケート)集計")),
        both(ai_rpa, is_ocr, says(r"アンケート|応募|出品|利用申込書")))),
    ("ai_rpa-028", graded(  # 自動車税 送付先の住所変更届 入力: 2 = the same 自動車税 address-change entry;
        # 1 = other 自動車税 work (inquiries, 催告, 税額照会, 個車情報)
        both(says(r"自動車税"), says(r"住所")),
        says(r"自動車税|自動車取得税|個車情報"))),
    # --- pair 2: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-244", graded(  # 特定医療費(指定難病)支給認定申請書の入力: 2 = 難病/小児慢性 benefit applications
        # entered into the system; 1 = the 療養費 claims of the same office, and other health/welfare
        # application forms read by AI-OCR (手帳, 自立支援医療, 特別児童扶養手当, 肝炎 …)
        both(says(INTRACTABLE), says(r"申請|認定|おたずね票"), no(says(r"請求書"))),
        either(says(INTRACTABLE), both(field(WELFARE_FIELD), is_ocr, says(r"医療|手帳|手当|扶助費|支給|給付"))))),
    ("ai_rpa-087", graded(  # 通勤手当審査業務 (distance by map, RPA): 2 = the certification of 通勤手当 (経路, 距離,
        # 通勤届, 再認定); 1 = other 通勤手当 work and the same distance/map measuring for 旅費 or 参集
        named(r"通勤"),
        says(r"通勤|旅費の走行距離|道のり距離|諸手当認定|認定系手当"))),
    # --- pair 3: shared systems ----------------------------------------------------------------------
    ("shared_system-083", graded(  # 岩手県情報セキュリティクラウド: 2 = every prefecture's セキュリティクラウド;
        # 1 = other shared internet-connection / network / sanitising infrastructure
        named(r"セキュリティクラウド"),
        both(shared_system, says(SECURITY_NET)))),
    ("shared_system-031", graded(  # 施設案内予約システム (Kyoto): 2 = shared facility booking systems;
        # 1 = other shared booking (library reservations)
        both(shared_system, says(r"施設"), says(r"予約")),
        both(shared_system, says(r"予約|抽選")))),
    # --- pair 4: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-100", graded(  # 時間外勤務時間の集計: 2 = tallying/reporting overtime; 1 = other overtime data work
        # (checking it against PC logs, entering it)
        both(says(OVERTIME_WORK), says(r"集計|取りまとめ|とりまとめ|資料作成|報告")),
        says(OVERTIME_WORK))),
    ("ai_rpa-227", graded(  # 生活保護費の支給事務 (財務会計 input): 2 = paying 生活保護費 through 財務会計;
        # 1 = other 生活保護 work, other welfare payments keyed into 財務会計
        both(says(r"生活保護"), says(r"財務会計|支給|支払|支出")),
        either(says(r"生活保護"), both(field(WELFARE_FIELD), says(r"財務会計"))))),
    # --- pair 5: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-142", graded(  # 法人二税電子申告データ取込: 2 = loading corporate-tax (e-)returns into the tax system,
        # eLTAX data; 1 = other corporate-tax processing and other tax-return data intake
        either(both(says(CORPORATE_TAXES), says(r"電子申告|取込|取り込|転記入力|確定")), says(r"eLTAX")),
        says(CORPORATE_TAXES + r"|申告データ|電子申告"))),
    ("ai_rpa-138", graded(  # 自動車税納税の問合せ AI chatbot: 2 = chatbots answering tax questions;
        # 1 = general chatbots/FAQ answering residents' questions
        both(answers, says(r"税")),
        both(answers, says(RESIDENT_FAQ)))),
    # --- pair 6: digital talent ----------------------------------------------------------------------
    ("digital_talent-016", graded(  # CIO補佐官 (Shimane): 2 = external IT experts assisting the CIO or optimising
        # the prefecture's systems; 1 = other senior information-policy roles
        both(talent, category(EXTERNAL), either(says(CIO_SUPPORT), desc(r"最適化"))),
        both(talent, field("総務分野"), either(says(CIO_SUPPORT), desc(r"情報システム|情報化|ICT戦略|情報戦略|最適化"))))),
    ("digital_talent-033", graded(  # デジタルマーケティングアドバイザー (Tochigi): 2 = roles whose job is digital
        # marketing; 1 = roles/bodies recruited from or promoting digital marketing
        both(talent, either(named(r"マーケティング"), desc(r"マーケティング|ウェブ解析"))),
        says(r"マーケティング"))),
    # --- pair 7: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-346", graded(  # AIによる災害情報(被害状況)のマッピング: 2 = collecting and sharing damage reports in a
        # disaster; 1 = other disaster/evacuation information systems (same 避難行動促進事業 included)
        says(DAMAGE_REPORTS),
        says(DISASTER_INFO))),
    ("ai_rpa-217", graded(  # 産業廃棄物処理業許可申請 (AI-OCR → system): 2 = industrial-waste paperwork;
        # 1 = the neighbouring environmental permits/reports (フロン, 浄化槽, 特定施設, 不法投棄)
        both(ai_rpa, says(r"産業廃棄物|廃棄物処理")),
        says(r"フロン|浄化槽|特定施設|不法投棄"))),
    # --- pair 8: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-353", graded(  # 選挙公営関係請求書 (AI-OCR): 2 = election-expense claims (選挙公営, 不在者投票);
        # 1 = other election-office work
        says(r"選挙公営|不在者投票"),
        says(r"選挙|投票|政治団体"))),
    ("ai_rpa-286", graded(  # 外国人旅行者向け観光案内 AI chatbot: 2 = tourist guidance chatbots (none other);
        # 1 = the airport-visitor chatbot and help for foreign visitors
        both(ai_rpa, says(r"観光"), says(r"案内")),
        both(ai_rpa, says(r"空港の利用|外国人|外国語|旅行者")))),
    # --- pair 9: shared systems ----------------------------------------------------------------------
    ("shared_system-046", graded(  # 電子入札共同運営システム (Hyogo): 2 = shared e-bidding/e-procurement systems;
        # 1 = automation of bidding paperwork (入札情報, 入札参加資格)
        group(E_BIDDING),
        says(r"入札"))),
    ("shared_system-108", graded(  # 統合型GIS (Kyoto): 2 = shared integrated GIS; 1 = other shared map systems
        # (forest/farmland maps, 不法投棄 mapping) and hazard-map overlays
        both(shared_system, says(GIS_MAPS), no(says(r"森林"))),
        either(both(shared_system, says(MAPS)), says(r"ハザード")))),
    # --- pair 10: organizations ----------------------------------------------------------------------
    ("organization-040", graded(  # 山梨県5G推進本部 (governor-headed, all department heads): 2 = cross-department
        # headquarters headed by the governor, and the 5G working team; 1 = other top-level cross-department
        # headquarters/committees of department heads, and bodies that discuss 5G
        either(both(group(CROSS_DEPARTMENT), overview(GOVERNOR_HEADED)), both(organization, named(r"5G"))),
        either(both(group(CROSS_DEPARTMENT), either(named(r"本部|推進会議|委員会"), overview(r"部局長|部署長"))),
               both(organization, says(r"5G"))))),
    ("organization-061", graded(  # 千葉県地域IT化推進協議会: 2 = public–private regional IT councils holding seminars
        # and sharing cases; 1 = other public–private councils
        both(group(WITH_PRIVATE), says(r"セミナー|講演会|事例紹介|地域情報化|IT化|地域づくり")),
        group(WITH_PRIVATE))),
    # --- pair 11: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-301", graded(  # AIカメラによる道路の利用状況把握: 2 = AI camera monitoring of roads/parks;
        # 1 = other road-infrastructure technology (自動運転支援, 橋梁点検)
        both(says(r"カメラ"), says(r"利用状況|モニタリング")),
        says(r"自動運転|橋梁|道路インフラ"))),
    ("ai_rpa-328", graded(  # 教員採用選考試験願書 (AI-OCR): 2 = teacher-recruitment exam paperwork (願書, 成績一覧);
        # 1 = other recruitment-exam applications and teacher appointment forms
        says(r"教員採用"),
        both(ai_rpa, says(r"採用選考|採用試験|志願書|願書|任用履歴書")))),
    # --- pair 12: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-091", graded(  # 旅費計算システムへの入力: 2 = entering travel claims/orders into the travel or finance
        # system; 1 = other travel-expense work (審査, 支払, 案内, 科目更正)
        both(named(TRAVEL), says(r"入力|登録"), no(says(r"支払"))),
        says(TRAVEL))),
    ("ai_rpa-043", graded(  # 予算令達入力: 2 = budget allotments (令達, 予算配当) keyed into 財務会計;
        # 1 = checking allotments against the budget system, other budget data entry
        says(BUDGET_ALLOTMENT),
        says(r"財政配当|予算編成システムへの|予算執行計画|年間執行計画"))),
    # --- pair 13: digital talent ---------------------------------------------------------------------
    ("digital_talent-040", graded(  # サイバー犯罪捜査官 (Okinawa police): 2 = cyber-crime investigators/analysts;
        # 1 = other police IT roles
        says(r"サイバー犯罪"),
        both(talent, desc(r"警察")))),
    ("digital_talent-038", graded(  # 京都府データサイエンティスト: 2 = roles doing data analysis for policy;
        # 1 = staff trained in-house for digital work, bodies promoting data use
        both(talent, desc(DATA_POLICY)),
        both(talent, desc(r"(?<!オープン)データ|分析|統計|解析|課題解決|社会課題")))),
    # --- pair 14: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-199", graded(  # 競争入札参加資格(物品等)申請 (AI-OCR → system): 2 = bid-qualification applications;
        # 1 = bidding paperwork and shared e-procurement that takes qualification applications
        both(ai_rpa, says(BID_QUALIFICATION)),
        either(says(BID_QUALIFICATION + r"|競争参加資格|業者名簿"), both(ai_rpa, says(r"入札"))))),
    ("ai_rpa-111", graded(  # システム操作・規程の照会 (staff-facing AI chatbot): 2 = chatbots/FAQ answering staff's
        # questions about systems and rules; 1 = other chatbots that also serve staff
        both(answers, says(STAFF_HELPDESK)),
        both(answers, says(r"職員")))),
    # --- pair 15: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-017", meeting_minutes),  # AIを活用した議事録等作成: 2 = the meeting-minutes cases; 1 = mentions
    ("ai_rpa-096", graded(  # 固定資産税 相続関係説明図作成 (戸籍 AI-OCR): 2 = 相続関係説明図 from 戸籍 (none other);
        # 1 = the other 固定資産税 tasks of the same municipal office
        says(r"戸籍|相続関係"),
        says(r"固定資産税"))),
    # --- pair 16: shared systems ----------------------------------------------------------------------
    ("shared_system-102", graded(  # 被災者生活再建支援システム (Tokyo): 2 = 被災者台帳/罹災証明/生活再建 systems;
        # 1 = other shared disaster information systems
        says(RELIEF),
        both(shared_system, says(DISASTER_INFO + r"|防災|災害")))),
    ("shared_system-076", graded(  # 校務支援システム (Yamanashi): 2 = shared school-affairs systems;
        # 1 = other shared systems for schools and teachers (学力, 教職員給与)
        both(shared_system, says(SCHOOL_AFFAIRS)),
        both(shared_system, says(r"小中学校|教職員|学校")))),
    # --- pair 17: organizations ----------------------------------------------------------------------
    ("organization-029", graded(  # 北海道ICT・IoT推進プロジェクトチーム (庁内有志): 2 = volunteer/young-staff cross-
        # department teams; 1 = other cross-department project/working teams, the volunteer study group
        both(organization, says(r"有志|若手")),
        either(both(group(CROSS_DEPARTMENT), named(r"チーム|ワーキング|グループ|PT|プロジェクト")), says(r"庁内有志")))),
    ("organization-009", graded(  # 長野県情報政策課情報システム係 (RPA導入の技術的サポート): 2 = organizations
        # pushing RPA adoption; 1 = RPA training for in-house development, units for office efficiency/AI
        both(organization, says(r"RPA")),
        either(both(ai_rpa, says(r"RPA"), says(r"内製|操作研修")), both(organization, says(r"業務効率化|庁内のスマート化|県庁のスマート化"))))),
    # --- pair 18: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-319", graded(  # 授業料口座振替届出の電子化 (紙→AI-OCR→Excel): 2 = 口座振替 notification forms read by
        # AI-OCR; 1 = other school-fee / student-support paperwork
        both(ai_rpa, says(r"口座振替"), says(r"届出")),
        both(ai_rpa, says(r"授業料|学校徴収金|就学支援金|奨学金"), no(answers)))),
    ("ai_rpa-279", graded(  # 感染拡大防止協力金申請書 (AI-OCR): 2 = COVID cooperation money/business-support
        # payment processing; 1 = other COVID/benefit application forms and business-support paperwork
        says(COVID_BUSINESS),
        both(ai_rpa, says(r"給付金|補助金申請書|中小企業等に対する支援策"), no(says(AUTO_ANSWER))))),
    # --- pair 19: AI・RPA -----------------------------------------------------------------------------
    ("ai_rpa-246", graded(  # 身体障害者手帳交付等申請書 (AI-OCR): 2 = disability handbook applications;
        # 1 = other disability-benefit applications (自立支援医療, 特別児童扶養手当, 扶養共済)
        both(ai_rpa, named(r"手帳")),
        both(ai_rpa, says(r"障害|自立支援医療|特別児童扶養手当")))),
    ("ai_rpa-292", graded(  # 鳥獣捕獲実績の集計 (short description): 2 = wildlife-capture records;
        # 1 = hunting licences of the same office
        says(r"捕獲"),
        says(r"狩猟|鳥獣"))),
    # --- pair 20: shared systems ----------------------------------------------------------------------
    ("shared_system-112", graded(  # 総合オンラインストレージDECO: 2 = shared large-file exchange / file sharing;
        # 1 = shared intranet and web-meeting systems
        both(shared_system, says(BIG_FILES)),
        both(shared_system, says(MEETING_SHARE)))),
    ("shared_system-039", graded(  # 熊本県 電子申請受付システム (filed under 施設予約): 2 = shared online application
        # systems; 1 = shared facility-booking systems (the same online-service family)
        both(shared_system, named(r"電子申請")),
        both(shared_system, says(r"施設"), says(r"予約")))),
]

# dev/test split: alternate test, dev, test, dev… in file order
SIMILAR: list[tuple[str, str, Judge]] = [(cid, "test" if i % 2 == 0 else "dev", j) for i, (cid, j) in enumerate(SIMILAR_SOURCES)]
