"""A twelfth batch of judged queries: 26 natural requests, 8 filter queries and 6 notation variants,
written and graded by explicit rules over each case's own text and fields before any engine was run
on them.

The natural requests are pasted task descriptions as a prefectural or municipal clerk types them, in
colloquial Japanese (〜したい, 〜はないか, 〜が大変, 〜で困っている, 〜を知りたい). Half are one sentence of
about 12–35 characters; half are two or three sentences with context that is not the point (5月に通知を
送ると, 毎年12月は, 2年に1度まとめて来る, 選挙の夜, 紙で年に何百件も, 人手が足りない …). They come in the
order short, long, long, short… so that each split gets both. About half ask in everyday words rather
than the cases' own: 出張精算 for 旅費, ネット経由の法人の申告 for 法人二税の電子申告, 道路占用 where the case
writes 道路占有, 家を新築したとき for 家屋の評価額決定, 公費負担の請求書 for 選挙公営関係請求書, お年寄り for
高齢者, 体力テスト for 体力データ, 民泊 for 住宅宿泊事業, 開票の結果を集める for 投開票速報, 原発の周りの放射線
for 環境放射線テレメータ, まとめて探せるサイト for オープンデータポータル/カタログサイト, 被害の写真を地図上に
まとめる for AIによる災害情報のマッピング, RPAの作り方 for シナリオ作成・内製. None names a place or status.
Topics were picked by reading the survey (data/survey-r2.txt): 18 AI・RPA・chatbot/OCR tasks over many
fields (hunting licences, car-tax inquiries, teachers' travel expenses, welfare payments, child-abuse
decisions, disaster damage reports, year-end tax adjustment, corporate tax e-filing, tourist guidance,
road-occupancy permits, property-tax building appraisal, election expense claims, police crime
statistics, bidder qualification forms, fitness-test tallies, private-lodging inquiries, fluorocarbon
reports, pregnancy counselling), 5 systems shared with the municipalities (construction cost estimating,
open data, election-night counts, missing people with dementia, radiation monitoring) and 3 talent or
organisation requests (cyber-crime investigators for the police, a cross-department 5G forum, technical
support for departments adopting RPA).

The filter queries join a topic to place and status words the way people type them (東北で…実証している
ところ, 関西, 中国地方, 実証予定や検討中, 北海道と東北, 中部 … 共同利用可能, 静岡県, 兵庫県). 関西 is read as
the survey's 近畿 region (三重県 included, as in the survey's own grouping). Grade 2 needs the place or
status and the topic to hold; grade 1 is the topic done otherwise (or a close neighbour of it) within
the same place and status; nothing outside the place or status earns a grade.

The variant queries write a word the survey really uses in another notation users type: half-width
katakana (ｽｸｰﾙｶｳﾝｾﾗｰ), full-width Latin (ＬＩＮＥ), a hiragana reading (りさいしょうめい for 罹災証明 / り災証明),
an okurigana variant (口座振り込み for 口座振込), a long-vowel variant (ケアマネージャー for ケアマネジャー) and a
common abbreviation (特養 for 特別養護老人ホーム).

They were written without seeing any engine output and without reading the queries of the earlier
batches. Each rule was written by reading the cases that use the task's words, their synonyms and
their near misses; the only thing run was these rules over the records, to read and count each
query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — OCR,
chatbot, AI, RPA, shared with the municipalities — was asked); 1 = clearly related (the same task done
otherwise, or a neighbouring task the writer would want to see); a shared generic word (業務, 入力,
システム, 自動化, 集計, 推進, 人材, 育成, 効率化 …) earns nothing by itself. Splits alternate test, dev, test,
dev… within each kind in file order (`_alternate`).
"""
from __future__ import annotations

from bench.judgments import (
    AI,
    CONSIDERING,
    RPA,
    TRIAL,
    TRIAL_PLANNED,
    Judged,
    _alternate,
    ai_rpa,
    answers,
    both,
    either,
    graded,
    is_chatbot,
    is_ocr,
    is_rpa,
    latin_word,
    mentions,
    named,
    no,
    organization,
    pref,
    region,
    says,
    shareable,
    shared_system,
    status,
    talent,
    within,
)
from bench.judgments_more import group
from bench.judgments_sixth import desc  # the case's own description (a talent's former employer is not its job)
from bench.judgments_tenth import never  # a query with no grade-1 tier

# --- local helpers ---------------------------------------------------------------------------------


is_ai = says(AI)  # AI proper: AI-OCR alone does not count
TAX_WORDS = r"自動車税|県税|都税|固定資産税|不動産取得税|納税|課税"
# School staff's travel: the school word right next to the travel word, so that a list naming 学校 in
# one item and 旅費 in another (千葉県's ten RPA candidates) does not count as teachers' travel.
TEACHERS_TRAVEL = (r"(学校|教員|教職員|スクールカウンセラー)[^。、]{0,15}(旅費|旅行|出張)"
                   r"|(旅費|旅行|出張)[^。、]{0,15}(学校|教員|教職員)")
# Travel-expense work itself, not 旅費 as one item in a list of budget items or procedures.
TRAVEL_CLAIMS = r"旅費(計算|システム|支払|申請|代理|審査|入力|請求|情報|関係|経路)|旅行命令|旅行管理|出張旅費|特殊旅費"
# Damage and disaster information gathered and shared (not the nuclear-disaster TV conference network).
DISASTER_INFO = r"被害状況|被害の状況|災害情報|防災情報(?!ネットワーク)"
ELECTION = r"選挙|投票|開票|政治団体"
POLICE = r"警察|県警|犯罪|安全運転管理者"
E_FILING = r"電子申告|eLTAX|申告データ|国税連携"
CORPORATE_TAX = r"法人二税|法人2税|法人県民税|法人事業税|法人住民税"

# --- natural: pasted task descriptions ---------------------------------------------------------------
NATURAL = _alternate("natural", [
    # Hunting licences: the two 狩猟免許 (exam, renewal) OCR cases; other hunting/wildlife paperwork
    # (狩猟カレンダー, 鳥獣捕獲実績) is the neighbouring task.
    ("狩猟免許の申請書を手で打ち込むのをやめたい",
     graded(says("狩猟免許"), both(ai_rpa, says(r"狩猟|鳥獣")))),
    # Car-tax inquiries by chatbot: 2 = a chatbot answering 自動車税 questions; 1 = a chatbot or FAQ
    # answering other tax questions (都税 general, 固定資産税).
    ("5月に自動車税の通知を送ると、問い合わせの電話が鳴りっぱなしになる。よくある質問はチャットボットに答えさせたい。",
     graded(both(is_chatbot, says("自動車税")), both(answers, says(TAX_WORDS)))),
    # Teachers' travel expenses (出張精算 = 旅費): 2 = school staff's 旅費 / 旅行命令 keyed in by RPA;
    # 1 = other travel-expense handling, and the shared school system that manages 旅行管理.
    ("学校の先生の出張精算を、事務のほうでシステムに入れ直している。件数が多いのでRPAで自動化したい。",
     graded(both(says(TEACHERS_TRAVEL), is_rpa), says(TRAVEL_CLAIMS))),
    # Hiring cyber-crime specialists for the police: the two サイバー犯罪 posts; the police's own
    # systems engineer (情報処理技術者) is a neighbouring hire.
    ("サイバー犯罪を捜査できる技術者を警察で採用したい",
     graded(both(talent, says("サイバー犯罪")), both(talent, desc("警察")))),
    # Welfare payments entered into the accounting system each month; the 生活保護 monthly report
    # (月報) is the neighbouring welfare task.
    ("生活保護費の支払いデータを毎月自動で会計システムに入れたい",
     graded(both(says("生活保護"), says(r"財務会計|支払|支給")), says("生活保護"))),
    # An open-data site searching the municipalities' data too (everyday words for ポータル/カタログ):
    # 2 = the shared open-data sites; 1 = other cases that publish open data.
    ("県と市町村のオープンデータをまとめて探せるサイトを作りたい。今は各市町村のホームページにばらばらに置かれている。",
     graded(both(shared_system, says("オープンデータ"), says(r"ポータル|カタログ")),
            both(no(talent), says("オープンデータ")))),
    # Damage photos from the field put on a map: the AI mapping case (LINE photos → map); 1 = systems
    # that gather and share damage and disaster information with the municipalities.
    ("大雨のとき、消防団や住民から被害の写真がばらばらに送られてくる。地図の上にまとめて、すぐに状況がわかるようにしたい。",
     graded(both(says(r"被害|災害情報"), says(r"地図|マッピング")), says(DISASTER_INFO))),
    # Child-abuse protective custody decisions helped by AI; the child-guidance risk-assessment app is
    # the same decision supported otherwise.
    ("虐待の一時保護の判断をAIに手伝ってほしい",
     graded(both(says(r"虐待|一時保護"), is_ai), says(r"虐待|児童相談所"))),
    # Construction cost estimating shared with the municipalities: the two shared 積算 systems; the
    # RPA that builds the materials unit-price table (単価表) is the neighbouring task.
    ("市町村と一緒に使える工事の積算システムはないか",
     graded(both(shared_system, says("積算")), says(r"積算|単価表"))),
    # Year-end tax adjustment (年末調整): every 年末調整 task; withholding slips / statutory reports
    # (源泉徴収, 法定調書) are the neighbouring payroll-tax tasks.
    ("毎年12月は年末調整で人事の係がパンクする。申告書の出力やチェック、結果の通知など、機械的な作業を自動化できないか。",
     graded(says("年末調整"), says(r"源泉徴収|法定調書|扶養控除"))),
    # Corporate tax returns filed online, imported into the tax system: 2 = 法人二税 e-filing data
    # imports; 1 = other e-filing imports (eLTAX 届出, 国税連携) and corporate tax keyed in otherwise.
    ("法人の県税の申告がネット経由で増えてきた。届いた申告データを税のシステムに取り込むのを手作業でやっているので、自動にしたい。",
     graded(both(says(r"電子申告(?!分を除く)|eLTAX"), says(CORPORATE_TAX)), says(E_FILING + "|" + CORPORATE_TAX))),
    # Tourist guidance for foreign visitors by AI: the AI chatbot 観光案内; 1 = the airport chatbot and
    # the machine translation for foreign visitors at a tax office.
    ("外国人旅行者向けにAIで観光案内をしたい",
     graded(both(says("観光"), either(is_ai, is_chatbot)),
            both(ai_rpa, either(says(r"外国人|外国語|旅行者"), both(is_chatbot, says("空港")))))),
    # Road-occupancy permits read by OCR (the case writes 占有): 2 = that case; 1 = the other
    # construction-field permits read by OCR (港湾占用, 港湾施設, 屋外広告物).
    ("道路占用の許可申請をOCRで読み取りたい",
     graded(both(says(r"道路占[用有]"), is_ocr),
            both(says(r"占用|占有|許可|許認可"), is_ocr, lambda r: r.field == "土木建築分野"))),
    # A cross-department forum on 5G: the three organisations that name 5G; 1 = other cross-department
    # groups about emerging technology (未来技術, 先端技術, IoT).
    ("5Gを行政でどう使えるか、部局をまたいで検討する場を作りたい。まずは庁内で情報を共有するところから始めたい。",
     graded(both(organization, says("5G")),
            both(group("庁内横断的な体制"), says(r"未来技術|先端技術|IoT")))),
    # Property-tax appraisal of new buildings from hand-drawn plans: the 家屋 case (OCR + RPA); the
    # other municipal 固定資産税 cases of the same project are neighbouring tasks.
    ("家を新築したときの固定資産税の評価が大変。手書きの図面を読み取って評価ソフトに入れられないか。",
     graded(both(says("固定資産税"), says(r"図面|家屋")), says("固定資産税"))),
    # Election public-expense claims (公費負担 = 選挙公営): 2 = 選挙公営関係請求書; 1 = the other paper
    # claims and notifications the election commission turns into data (不在者投票経費, 政治団体届).
    ("選挙で候補者から出てくる公費負担の請求書を早く処理したい",
     graded(says("選挙公営"), both(ai_rpa, says(ELECTION), says(r"請求|届")))),
    # Missing people with dementia, shared with the municipalities; the AI phone check on elderly
    # people living alone (安否確認) is a neighbouring service.
    ("認知症で行方不明になったお年寄りの情報を市町村と共有したい",
     graded(both(says("認知症"), says("行方不明")), says(r"認知症|安否確認"))),
    # Monthly crime statistics at police headquarters: 2 = 犯罪統計; 1 = the police's other automated
    # chores (県警 pay and allowances, 安全運転管理者 chatbot).
    ("警察本部で毎月の犯罪統計の資料づくりに何日もかかっている。システムから出したデータを手で表にしている。",
     graded(says("犯罪統計"), both(ai_rpa, named(POLICE)))),
    # Bidder qualification forms read by OCR: 2 = OCR of 入札参加資格 applications; 1 = the same forms
    # handled otherwise (RPA updates, manual checks, the shared e-procurement system's 入札参加資格申請).
    ("入札参加資格の申請が2年に1度まとめて来る。紙の書類から業者の情報を打ち込むのに人手が足りないので、OCRで読めないか。",
     graded(both(says("入札参加資格"), is_ocr), says(r"入札参加資格|入札資格"))),
    # Fitness-test results tallied by grade (体力テスト = 体力データ); 1 = the sports-club survey tally and
    # the shared test-results (診断テスト) analysis for schools.
    ("体力テストの結果を学年ごとに集計したい",
     graded(says("体力"), says(r"運動部活動|診断テスト"))),
    # Private-lodging (民泊 = 住宅宿泊事業) inquiries by chatbot; 1 = a chatbot on another 届出.
    ("民泊の届出の問い合わせにチャットボットで答えたい",
     graded(both(says(r"住宅宿泊|民泊"), answers), both(is_chatbot, says("届出")))),
    # Election-night counts from the municipalities: the shared 投開票速報 system; 1 = the RPA tally of
    # 選挙人名簿 figures the municipalities send.
    ("選挙の夜、市町村から開票の結果を早く集めたい。今は電話とFAXで受けて手で集計している。",
     graded(says(r"投開票|開票"), both(says(ELECTION), says(r"集計|とりまとめ|取りまとめ")))),
    # Fluorocarbon recovery reports read into the system: 2 = フロン reports; 1 = フロン registrations
    # keyed in from paper (same desk, neighbouring form).
    ("業者から届くフロンの回収量の報告が、紙で年に何百件もある。読み取ってシステムに入れる作業を自動化したい。",
     graded(both(says("フロン"), says("報告")), says("フロン"))),
    # Radiation readings around a nuclear plant shared with neighbouring prefectures: the two
    # radiation-monitoring systems; 1 = the nuclear-disaster information networks.
    ("原発の周りの放射線の測定データを集めて、隣の県とも共有したい",
     graded(says("放射線"), says("原子力"))),
    # Pregnancy worries over LINE: the LINE chatbot; 1 = a child-rearing chatbot and another LINE
    # consultation answered by AI.
    ("妊娠の不安をLINEで気軽に相談できる窓口を作りたい",
     graded(says("妊娠"), both(answers, either(says("子育て"), says(latin_word("LINE")))))),
    # Technical help for departments adopting RPA (担当 or 研修, both asked): 2 = the RPA support desk
    # and the in-house RPA training; 1 = a cross-department team promoting RPA adoption.
    ("各課からRPAを入れたいという声は多いが、作り方がわからず止まっている。技術的にサポートする担当や研修の事例を知りたい。",
     graded(either(both(organization, says(RPA), says("サポート|支援")), both(says(RPA), says("研修会"))),
            both(either(organization, talent), says(RPA)))),
])

# --- filter: a topic with place and status words --------------------------------------------------------
TOHOKU, KINKI, CHUGOKU = region("東北"), region("近畿"), region("中国")

FILTER = _alternate("filter", [
    # 東北 and 実証中 and RPA; 1 = other AI・RPA trials in 東北 (meeting minutes, an inquiry chatbot).
    ("東北でRPAを実証しているところ",
     within(both(TOHOKU, status(TRIAL)), is_rpa, ai_rpa)),
    # 関西 read as the survey's 近畿 region (三重県 included). 2 = a chatbot; 1 = auto-answering done
    # otherwise (FAQ learnt by AI, an AI speaker answering evacuation questions).
    ("関西 チャットボット",
     within(KINKI, is_chatbot, answers)),
    # 中国 region, 難病 (intractable-disease subsidy) forms, by OCR; 1 = 難病 work automated otherwise.
    ("中国地方 難病 OCR",
     within(CHUGOKU, both(says(r"難病|特定医療|小児慢性"), is_ocr), says(r"難病|特定医療|小児慢性"))),
    # Status words only: AI proper in cases planned for trial or under consideration; 1 = AI-OCR alone
    # at the same statuses (the AI of AI-OCR is not AI use in its own right).
    ("実証予定や検討中のAI活用",
     within(status(TRIAL_PLANNED, CONSIDERING), is_ai, is_ocr)),
    # 北海道・東北 electronic application systems (shared section); 1 = AI・RPA cases there working on
    # what arrives by 電子申請.
    ("北海道と東北の電子申請システム",
     within(region("北海道", "東北"), both(shared_system, says("電子申請")), says("電子申請"))),
    # 中部, facility booking, open to shared use; 1 = a shareable 中部 system taking other bookings or
    # applications (申込) online.
    ("中部 施設予約 共同利用可能",
     within(both(region("中部"), shareable), says("施設予約|施設の予約|施設.*予約"), says("予約|申込|申し込"))),
    # 静岡県 and AI-OCR; 1 = 静岡県 cases keying in paper forms by other means.
    ("静岡県 AI-OCR",
     within(pref("静岡県"), is_ocr, both(ai_rpa, says(r"紙|手書き|申請書")))),
    # 兵庫県, files attached to mail, tallied; 1 = 兵庫県's other automated tallies (集計表, 集計データ).
    ("兵庫県 メールの添付ファイル 集計",
     within(pref("兵庫県"), both(says("添付ファイル"), says("集計")), both(ai_rpa, says("集計")))),
])

# --- variant: the survey's words in another notation -------------------------------------------------
VARIANT = _alternate("variant", [
    # Half-width katakana for スクールカウンセラー: 2 = the counsellors' own report; 1 = their travel
    # expenses (named only in the description).
    ("ｽｸｰﾙｶｳﾝｾﾗｰ", mentions("スクールカウンセラー")),
    # Full-width Latin for LINE: every case that works through LINE (a chatbot, an AI answer page,
    # damage photos sent to the prefecture).
    ("ＬＩＮＥ", graded(says(latin_word("LINE")), never)),
    # Hiragana for 罹災証明 (the survey writes both 罹災 and り災): the two systems that issue it; the
    # disaster-victim register (被災者台帳) is the neighbouring system.
    ("りさいしょうめい", graded(says(r"罹災証明|り災証明"), says(r"被災者"))),
    # Okurigana variant of 口座振込: 2 = bank transfers (振込); 1 = direct-debit forms (口座振替).
    ("口座振り込み", graded(says(r"振込"), says(r"口座振替"))),
    # Long-vowel variant of ケアマネジャー (the survey also writes ケアマネ).
    ("ケアマネージャー", mentions(r"ケアマネ")),
    # 特養 = 特別養護老人ホーム: its admission-request tally; 1 = other care-facility admission data.
    ("特養 入所申込", graded(says("特別養護老人ホーム"), says(r"入所情報|入所申込|空床"))),
])

TWELFTH: list[Judged] = NATURAL + FILTER + VARIANT
