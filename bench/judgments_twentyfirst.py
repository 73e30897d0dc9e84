"""A twenty-first batch of judged queries: 30 natural requests, 6 short keyword queries and 4 particle
queries, written and graded by explicit rules over each case's own text and fields before any engine was
run on them.

The natural requests are pasted task descriptions as a prefectural clerk or section chief (tax collection,
finance, personnel, health and welfare, environment, police statistics, school offices, commerce and
industry), an information-policy officer, a consultant or a researcher types them, in several registers:
colloquial (〜を楽にしたい, 〜したい, 〜できないでしょうか, 〜答えられないか), formal (〜を探しています,
〜と考えています, 〜例を知りたいです, 〜教えてください), questions (〜している県はありますか ×3), memo-like
fragments (〜作業を自動化した例。…転記ミスも多い。, 【課題】…【知りたいこと】…), four titles of nouns
joined by particles with no verb, as people paste a task's title (特養の入所待ちの名簿の重複の洗い出しと人数
の集計, 原子力災害時の放射線の測定データや防災情報の県と市町村での共有, 学校の先生やスクールカウンセラーの勤務
実績の報告の読み取りと入力, 農業や漁業の現場へのIoT導入の専任の部署) and long requests with context that is
not the point (保健所から回ってくる, 更新の時期には数人がかり, 年に一度の試験のたびに, 臨時の職員と一緒に,
前任者が異動してから, 差押えの前に, 数百件になると何週間も, 毎年何日も, 月初めは担当が一人で残業続き,
新入生の分だけで毎年数百枚, 人事異動の内示のあと, 電話やメールでばらばらに, 更新のたびに費用と手間). A third
are 12–30 characters (10), a third 30–60 (10) and a third 60–200 (10); they come in the order short,
middle, long, short… so that each split gets every length (test: 5 short, 5 middle, 5 long; dev: 5, 5,
5). Most ask in everyday words or the writer's own office words rather than the cases' own: 体力テストや
部活動の調査 for 体力データ / 運動部活動調査, 難病の医療費助成 for 特定医療費(指定難病)支給認定, 特養の入所
待ちの名簿の重複の洗い出し for 特別養護老人ホームからの入所申込者等の情報…重複者チェック, 備品を買う前の予定
価格をネット通販の相場を調べて for 物品について、Webで実勢価格を調査し、予定価格を作成, 資格試験の受験申請書
や免許の申請書 for 登録販売者試験申請書 / 第二種電気工事士免状申請書, 表記のばらつき for 表記のゆれ…用語集と
比較, 残業時間の集計やチェック for 時間外勤務時間…照合 / 超過勤務, 滞納者の預金を金融機関に照会 for 預金照会
/ 預貯金調査, 一人暮らしのお年寄りの様子を家の電話とAIで毎日確かめる for 家庭の電話とAI…毎日、高齢者の状況を
把握…安否確認, 予算案を発表するときの説明用の冊子 for 「予算の概要」冊子, 水道の使い始めや断水工事の問い
合わせ for 水道の申込み手続きや工事情報, 届出の出し方や書き方 for 届出の方法…様式への記載要領, 授業料や学校で
集めるお金を口座から引き落とすための届出用紙 for 授業料口座振替届出 / 学校徴収金口座振替届出, 数万人分の職員
名簿 for 職員名簿(約48,000人分), 原子力災害時の放射線の測定データ for 環境放射線テレメータ / 原子力防災,
不法投棄…地図の上で記録して分析 for 不法投棄マッピングシステム…蓄積・分析, 子ども向けのプログラミング教室
for 子ども向けのロボットやプログラミング講座 / 出前プログラミング講座, 先生やスクールカウンセラーの勤務実績の
報告 for 各校から報告された各職員の実績 / 勤務状況報告書, 住民記録や税、国保…基幹のシステム for 基幹業務支援
システム (住記、税、国保), 農業や漁業の現場へのIoT導入の専任の部署 for 農業イノベーション推進課IoT推進室 /
高知マリンイノベーション推進業務, 総務省から出向者を迎えて for a post whose background is 総務省, 中小企業…
基礎から学べる講座や気軽に相談できる窓口 for AIの実践的な知識・技術を…学習する講座 / IoT・AIの相談窓口. Some
name the technology (AI, AI-OCR, RPA, チャットボット, IoT), most do not.

Three ask who already does it (不動産取得税の課税の情報を…取り込んでいる県, ドローンを操縦できる職員を育てて
いる県, 総務省から出向者を迎えて…任せている県); for them grade 2 also needs the case to be in use (導入(実施)
済) and the same thing planned or on trial is graded 1 (`asked_in_use` of the twentieth batch). The others
ask for examples to learn from, so a planned, trial or considered case answers them. Five name a place or
status the way people write it: 四国の県で (the survey's 四国), 北陸の県で (富山, 石川, 福井, which the survey
files under 中部), 東海の県で (静岡, 愛知, 岐阜, 三重, cut across the survey's 中部 and 近畿), 首都圏の都県で
(東京, 神奈川, 埼玉, 千葉: the 一都三県 the word commonly means) and 検討中のものも含めて (a status that loosens
rather than restricts: any status answers). For the place requests the rule is the twentieth batch's
`placed`: grade 2 = the asked thing within the place; grade 1 = the same thing outside the place (still
worth seeing for a writer who names a region as where to look first) or a related case within the place
(the bidding tasks done by AI・RPA within 東海, the call-up staff list for disasters within 首都圏); a
neighbour outside the place earns nothing.

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twentieth and
nineteenth batches' docstrings (the twentieth is the model for this file's structure): 20 AI・RPA/OCR/
chatbot tasks over many fields (schools: fitness-test and sports-club surveys tallied, part-time teachers'
pay keyed, teachers' and counsellors' work reports read by AI-OCR, direct-debit forms for school fees
read by AI-OCR; tax: real-estate acquisition tax data imported, bank-deposit inquiries about tax debtors;
health and welfare: intractable-disease aid applications, special-nursing-home waiting lists, AI calling
the elderly at home; finance and purchasing: the budget-overview booklet, estimated prices of goods from
market prices on the web; personnel: overtime checked and tallied, the staff directory; general affairs:
notation variants in documents, notices of the official gazette; environment: fluorocarbon reports and
registrations; licences: licence-exam and licence applications; police: monthly crime statistics;
chatbots: water-supply inquiries, how to file notifications), 5 systems shared with the municipalities
(electronic bidding, missing people with dementia, radiation and nuclear-disaster information, illegal
dumping mapped, the small municipalities' core systems) and 5 talent or organisation requests (staff
trained to fly drones, officials seconded from the 総務省, programming classes for children, units for IoT
in farming and fisheries, courses and consultation desks on AI and IoT for local firms).

Seven requests use a word that also names a wrong topic, so that word-matching alone misleads: 不動産取得税
(the tax data imported, not the car-tax and real-estate-tax chatbot 045), 試験 (licence exams, not the
recruitment-exam papers 107, 190, 328 — the last in 香川, within 四国 — and 330), 水道 (water-supply
inquiries, not the water-saving questionnaire with water-meter records 168), 犯罪 (crime statistics, not
the cyber-crime investigators of the talent table), 口座振替 (school-fee direct debits, not the facility
booking paid by direct debit, shared 036), 名簿 (the staff directory, not the bidders' register, the
voters' register or the labour-survey list) and 廃棄物 (illegal dumping mapped with the municipalities, not
the AI・RPA cases about industrial waste). None of those wrong topics earns a grade. The context 残業続き
in the part-time teachers' request is not its point: the overtime cases earn nothing there.

The short queries are one word or two separated by a space, on topics neither the twentieth nor the
nineteenth batch named: Society5.0, CIO補佐官, スマートシティ, LINE, AI-OCR 奨学金, チャットボット 観光. A single
word is grade 2 where it is the case's subject (its name says it; for CIO補佐官 the post of assistant to the
CIO, named so or described as CIOを補佐 / CIOの補佐; for LINE every case using LINE as its channel) and grade 1
where it is one duty among others or only a background (a unit naming Society5.0 among its duties, an
officer whose background lists CIO補佐官, the bodies led by a chief information officer). For the pairs,
both words must hold for grade 2; a case holding one word with a close neighbour of the other (a
scholarship named by a chatbot, other student aid read by AI-OCR, an airport chatbot) is graded 1.

The particle queries join words with の and による, as the first batch describes them: place and status
words are filters (和歌山県 and 大分県 prefectures, 近畿 a region, 検討中 and 導入予定 statuses, 共同利用できる
the shared-use answers 共同利用可能 / さらなる共同利用可能) and the content words must all hold for grade 2;
grade 1 is a related case within the place and status (another AI・RPA case of 和歌山県, automatic answering in
近畿 already shared — 共同利用中, related only as in bench/judgments.py — or shareable without being a chatbot,
an AI・RPA case under consideration and meant to be shared).

They were written without seeing any engine output and without reading the queries of any other batch
(other than the twentieth, the model for this file's structure; of the nineteenth only its docstring was
read, to avoid its topics); reading the grading helpers at the top of bench/judgments.py, the writer saw
its first 32 tuned queries and none of their topics is asked here. Each rule was written before looking at
what it selects, then checked by reading every case it selects and the cases using the task's words, their
synonyms and their near misses (for example 056, whose 応援参集職員名簿 holds 職員名簿, was moved from grade 2
to related; 212, an industrial-waste case sending inquiries to the 県警本部, 151, a budget-item correction
naming 嘱託員等の報酬, 280, a business grant matching 応援給付金, dt-038, a data scientist using programming,
org-066, an experts' panel naming IoT, and the GIS 108 were taken out of grades they had been given by a
word; 350, an AI FAQ already shared in 近畿 but not called a chatbot, was added as related). The only thing
run was these rules over the records, to read and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — OCR,
AI-OCR, AI, RPA, a chatbot, shared with the municipalities — was asked; for a question asking which
prefectures already do it, a case in use; for a request naming a place, a case within it); 1 = clearly
related (the same task done otherwise, or a neighbouring task the writer would want to see; a planned or
trial case answering a question about who already does it; the asked thing outside a named place); a
shared generic word (業務, 入力, システム, 自動化, 集計, 作成, 管理, 効率化, 申請書, 報告, 一覧 …) earns
nothing by itself. When RPA is named, a case of the AI・RPA section that states no technology counts as
done the way asked (such cases are scripted automation). A case listing several tasks (ai_rpa-051) is
graded by the task that matches. Splits alternate test, dev, test, dev… within each kind in file order
(`_alternate`).
"""

from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    CHATBOT,
    CONSIDERING,
    OCR,
    PLANNED,
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
    shareable,
    shared_system,
    status,
    talent,
    within,
)
from bench.judgments_fifteenth import rpa_way  # done by RPA, or an AI・RPA case naming no other technology
from bench.judgments_tenth import never
from bench.judgments_twentieth import asked_in_use, placed, uses_ai

# --- named patterns --------------------------------------------------------------------------------
answers = says(AUTO_ANSWER)
is_chatbot = says(CHATBOT)
uses_ocr = says(OCR)


def shared_now(r) -> bool:
    """Already shared (共同利用中): related only, as in bench/judgments.py."""
    return r.shared_use == "共同利用中"


# places as people write them (the survey's regions are wider or cut otherwise)
HOKURIKU = pref("富山県", "石川県", "福井県")
TOKAI = pref("静岡県", "愛知県", "岐阜県", "三重県")
SHUTOKEN = pref("東京都", "神奈川県", "埼玉県", "千葉県")  # 一都三県, as the word is commonly used
SHIKOKU = region("四国")

OVERTIME_WORK = r"超過勤務|残業|長時間勤務|時間外勤務|時間外実績|時間外集計"  # not 勤務時間外 (056)


def post(pattern: str) -> Test:
    """A talent entry's post or duties (name, description) say it, not only its background."""
    return lambda r: has(pattern, f"{r.name} {r.description}")


# --- natural requests ------------------------------------------------------------------------------
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short. Physical-fitness test results and sports-club surveys from the schools tallied (315,
    # 307). Related: other surveys collected from the schools (進学の流動 325, 県立学校への照会 316, 324,
    # and 051 naming 各学校からの活動報告 among its ten tasks).
    ("学校から届く体力テストや部活動の調査の集計を楽にしたい",
     graded(both(ai_rpa, says(r"体力|運動部|部活")),
            both(ai_rpa, says(r"進学の流動|県立学校.{0,10}照会|学校からの活動報告")))),
    # 2 middle, question, trap (不動産取得税). Real-estate acquisition tax data keyed or imported into
    # the tax system, in use (039; 181, registration notices read by OCR into the tax system). Related:
    # the same planned (104, 実証予定). The car-tax and real-estate-tax chatbot (045) earns nothing.
    ("不動産取得税の課税の情報を、税務システムに自動で取り込んでいる県はありますか",
     asked_in_use(both(ai_rpa, says(r"不動産取得税"), no(answers)), never)),
    # 3 long, status (検討中のものも含めて: a status that loosens, so any status answers). Applications
    # for intractable-disease (指定難病, 特定医療費) medical aid keyed by AI-OCR or RPA (228 検討中, 230,
    # 244, 245, 260, 267, 271 by RPA alone). Related: the children's chronic-disease aid (小児慢性 229,
    # 261), the aid's invoices (243) and its income-class check (259).
    ("保健所から回ってくる難病の医療費助成の申請書を、更新の時期には数人がかりで手入力しています。AI-OCRやRPAで"
     "システムへの入力を自動化した例を、検討中のものも含めて知りたいです。",
     graded(both(ai_rpa, says(r"指定難病|特定医療|難病医療"), says(r"申請"), says(r"入力|データ化|読み取|転記|登録")),
            says(r"難病|小児慢性"))),
    # 4 short, particle-joined title. Waiting lists of special nursing homes (特養 for 特別養護老人ホーム)
    # tallied with duplicates checked (265). Related: care-facility vacancies gathered (264).
    ("特養の入所待ちの名簿の重複の洗い出しと人数の集計",
     graded(both(ai_rpa, says(r"特別養護老人ホーム|特養")), both(ai_rpa, says(r"入所情報|空床|入所申込")))),
    # 5 middle. The estimated price (予定価格) of goods drafted from market prices on the web (030).
    # Related: the unit-price tables of construction materials (295).
    ("備品を買う前の予定価格を、ネット通販の相場を調べて決める作業を自動化したい",
     graded(says(r"予定価格|実勢価格"), both(ai_rpa, says(r"単価表|資材価格")))),
    # 6 long, place (四国), trap (試験). Licence-exam and licence applications read by AI-OCR within 四国
    # (登録販売者試験 262, 電気工事士免状 171, both 香川). The same outside 四国 (医療従事者の免許 256, 狩猟
    # 免許 290, 291) is related. Recruitment-exam papers (教員採用選考試験願書 328 in 香川, 107, 190, 330)
    # earn nothing.
    ("四国の県で、資格試験の受験申請書や免許の申請書をAI-OCRで読み取っている例を探しています。年に一度の試験のたびに窓口と"
     "郵送で届く申請書を臨時の職員と一緒に入力していて、前任者が異動してから手順もあいまいになっています。",
     placed(SHIKOKU, both(ai_rpa, uses_ocr, says(r"試験|免許|免状"), no(says(r"採用")), says(r"申請")), never)),
    # 7 short. Notation variants in documents checked against a glossary (077). No neighbour.
    ("通知や資料の表記のばらつきを自動でチェックしたい",
     graded(says(r"表記のゆれ|表記ゆれ|表記揺れ|用語集"), never)),
    # 8 middle, place (北陸 = 富山, 石川, 福井). Staff overtime checked or tallied by automation within
    # 北陸 (061, overtime claims checked against PC logs, 富山). The same outside 北陸 (036, 037, 100, 108,
    # 146, 148) is related; the call-up list for disasters outside working hours (056) earns nothing.
    ("北陸の県で、職員の残業時間の集計やチェックを自動化している例を探しています",
     placed(HOKURIKU, both(ai_rpa, says(OVERTIME_WORK)), never)),
    # 9 long. Bank-deposit inquiries about tax debtors made online or keyed by RPA (035, 105). Related:
    # other delinquent-tax or bank-account paperwork (reminder notices 116, refund-account inquiries 194).
    ("税務課の滞納整理担当です。差押えの前に滞納者の預金を金融機関に照会していますが、紙の照会書を郵送して回答を手で"
     "入力しているので、数百件になると何週間もかかります。オンラインで照会したり、回答の入力を自動化した例を探して"
     "います。",
     graded(says(r"預金照会|預貯金調査|預金調査"), both(ai_rpa, says(r"滞納|口座振込照会")))),
    # 10 short. Notices in the official gazette (官報) collected and mailed to the sections (333). No
    # neighbour.
    ("官報に載る公告を毎日確認して関係課に知らせたい",
     graded(says(r"官報"), never)),
    # 11 middle. AI calling elderly people on their home phones every day (257). Related: other AI
    # for the elderly (the AI speakers for evacuation 347).
    ("一人暮らしのお年寄りの様子を、家の電話とAIで毎日確かめる仕組みをつくりたい",
     graded(both(uses_ai, says(r"高齢者"), says(r"電話|安否")), both(uses_ai, says(r"高齢者")))),
    # 12 long. The budget-overview booklet (予算の概要) drafted and checked against the sections' data
    # (132, 133). Related: other checks on the budget-compilation system (129, 130, 131, 134, 135).
    ("財政課です。予算案を発表するときの説明用の冊子を、前の年の冊子と各課から出てきたデータを見比べながら作って"
     "いて、数字の食い違いのチェックに毎年何日もかかっています。冊子の案づくりや突き合わせを自動化した例があれば"
     "教えてください。",
     graded(says(r"予算の概要|冊子"), both(ai_rpa, says(r"予算編成システム|当初予算等の整合性")))),
    # 13 short, trap (水道). A chatbot answering water-supply inquiries (341). Related: AI supporting
    # call-centre operators (342). The water-saving questionnaire with water-meter records (168) earns
    # nothing.
    ("水道の使い始めや断水工事の問い合わせに自動で答えたい",
     graded(both(answers, says(r"水道")), says(r"コールセンター|オペレータ"))),
    # 14 middle, trap (犯罪). Monthly crime statistics drafted by RPA (357). Related: other police
    # paperwork done by RPA (335, 336). The cyber-crime investigators of the talent table (dt-040, -041)
    # earn nothing.
    ("県警の統計担当です。毎月の犯罪の統計資料をシステムのデータから作る作業を自動化したい",
     graded(says(r"犯罪統計"), both(ai_rpa, named(r"県警|警察")))),
    # 15 long. Part-time teachers' pay (非常勤講師の報酬) keyed into the finance system (311, 318, and 051
    # among its ten tasks). Related: other pay of non-regular staff or lecturers keyed (046, 064, 145) and
    # the part-time teachers' withholding slips (156, 157).
    ("県立学校や小中学校の非常勤講師の報酬を毎月支払っています。勤務した時間数の表を見ながら財務会計システムに一人ずつ"
     "打ち込んでいて、月初めは担当が一人で残業続きです。この入力を自動化している例を知りたい。",
     graded(both(ai_rpa, says(r"非常勤講師"), says(r"報酬|謝金|支払|給与"), no(says(r"法定調書|源泉"))),
            both(ai_rpa, says(r"非常勤講師|嘱託員等の報酬賃金|講師等への謝金|報酬支払")))),
    # 16 short. Fluorocarbon (フロン) reports and business registrations keyed (213, 215). Related: other
    # waste reports of businesses keyed or tallied (209, 214).
    ("フロンの回収の報告や業者の登録の書類の入力を減らしたい",
     graded(both(ai_rpa, says(r"フロン")), both(ai_rpa, says(r"産業廃棄物管理票交付等状況報告|排出事業者からの報告")))),
    # 17 middle. Chatbots answering how to file a notification (住宅宿泊事業の届出 226, 安全運転管理者等
    # 届出 338). Related: chatbots answering questions on other procedures (341, shared 116).
    ("事業者からの届出の出し方や書き方の問い合わせに、チャットボットで答えられないか",
     graded(both(answers, says(r"届出")), both(answers, says(r"手続")))),
    # 18 long, trap (口座振替). Direct-debit forms for school fees read by AI-OCR (授業料 319, 学校徴収金
    # 320). Related: the payee account forms read the same way (預金口座振替払い 172). The facility booking
    # paid by direct debit (shared 036) earns nothing.
    ("学校の事務室です。授業料や学校で集めるお金を口座から引き落とすための届出用紙が、新入生の分だけで毎年数百枚"
     "あり、口座番号などを手で打ち込んでいます。紙の用紙を読み取って入力できないでしょうか。",
     graded(both(ai_rpa, says(r"口座振替"), says(r"授業料|学校徴収金"), uses_ocr),
            both(ai_rpa, says(r"口座振替|口座振込"), uses_ocr))),
    # 19 short, shared. Missing people with dementia shared with the municipalities (064). Related:
    # the AI phone checking on elderly people's safety (257).
    ("認知症で行方不明になった人の情報を市町村と共有したい",
     graded(both(shared_system, says(r"認知症|行方不明")), says(r"安否確認|見守り"))),
    # 20 middle, shared, place (東海 = 静岡, 愛知, 岐阜, 三重). Electronic bidding shared with the
    # municipalities within 東海 (043, 044, 愛知). The same outside 東海 (042, 045–051) is related, and so
    # are bidding tasks done by AI・RPA within 東海 (092, 297, 298, 302).
    ("東海の県で、市町村と一緒に電子入札のシステムを使っている例を探しています",
     placed(TOKAI, both(shared_system, says(r"電子入札|電子調達")), both(ai_rpa, says(r"入札")))),
    # 21 long, place (首都圏 = 東京, 神奈川, 埼玉, 千葉), trap (名簿). The staff directory drafted by RPA
    # within 首都圏 (053, 東京). The same outside (teachers' directory 184, 高知) is related, and so is the
    # call-up staff list for disasters within 首都圏 (056). Other 名簿 (the bidders' register 302, the
    # voters' register 127, the labour-survey list 334) earn nothing.
    ("首都圏の都県で、毎年度の職員名簿を各課に確認してもらいながら作る作業を自動化した例。人事異動の内示のあと短い"
     "期間で数万人分をまとめるので、転記ミスも多い。",
     placed(SHUTOKEN, both(ai_rpa, says(r"(?<!参集)職員名簿|教職員名簿")), both(ai_rpa, says(r"参集職員名簿")))),
    # 22 short, talent, question. Staff trained to fly drones (dt-037, in use). No neighbour.
    ("ドローンを操縦できる職員を育てている県はありますか",
     asked_in_use(both(talent, says(r"ドローン")), never)),
    # 23 middle, shared, particle-joined title. Radiation data and nuclear-disaster information shared
    # with the municipalities (061, 062, 097, 098). Related: other shared systems passing on disaster
    # information (059, 099, 101, 107, 114); the victims' register (095) and the GIS (108) earn nothing.
    ("原子力災害時の放射線の測定データや防災情報の県と市町村での共有",
     graded(both(shared_system, says(r"原子力|放射線")),
            both(shared_system, says(r"防災|災害|震度"), says(r"共有|伝達"), no(says(r"被災者|GIS"))))),
    # 24 long, shared, trap (廃棄物). Illegal dumping mapped with the municipalities (063). Related:
    # other map systems shared with the municipalities (GIS 106, 108, 111, 122). The AI・RPA cases about
    # industrial waste (209, 212, 214, 217, 219–221) earn nothing.
    ("環境部局です。山林や空き地への不法投棄の通報が市町村から電話やメールでばらばらに届き、場所や廃棄物の種類を一覧"
     "で持てていません。市町村と一緒に地図の上で記録して分析できる仕組みを使っている例を探しています。",
     graded(says(r"不法投棄"), both(shared_system, says(r"GIS|マッピング")))),
    # 25 short, organisation. Programming classes for children (org-018, org-059). Related: bodies
    # training programmers or IT workers otherwise (org-017, org-026).
    ("子ども向けのプログラミング教室を県で開きたい",
     graded(both(either(organization, talent), says(r"プログラミング講座|プログラミング教室")),
            both(organization, says(r"プログラミング|人材育成のための各種講座")))),
    # 26 middle, particle-joined title. Teachers' and school counsellors' work reports read by AI-OCR
    # (314, 327). Related: the same reports collected otherwise (306) and counsellors' trip records (321).
    ("学校の先生やスクールカウンセラーの勤務実績の報告の読み取りと入力",
     graded(both(ai_rpa, uses_ocr, says(r"勤務状況報告|各職員の実績|勤務実績")),
            both(ai_rpa, says(r"勤務実績|スクールカウンセラー")))),
    # 27 long, shared, memo (【課題】…【知りたいこと】). The municipalities' core systems (住記, 税, 国保)
    # shared under the prefecture (110). Related: the resident-register network (053) and the council
    # preparing joint procurement of common systems (org-063).
    ("【課題】小さな町村は住民記録や税、国保のシステムをそれぞれ単独で調達していて、更新のたびに費用と手間がかかる。"
     "【知りたいこと】県がまとめ役になって、市町村の基幹のシステムを共同で使っている例。",
     graded(both(shared_system, says(r"基幹業務|住記")),
            either(both(shared_system, says(r"住民基本台帳")), both(organization, says(r"共同調達"))))),
    # 28 short, organisation, particle-joined title. Units for IoT and innovation in farming and
    # fisheries (org-023, org-024). Related: other IoT units or teams (org-001, org-029).
    ("農業や漁業の現場へのIoT導入の専任の部署",
     graded(both(organization, says(r"農業|水産|漁業")), both(organization, named(r"IoT推進")))),
    # 29 middle, talent, question. Officials seconded from the 総務省 in the information posts (dt-009,
    # -010, -019, -027, all in use). Related: an official from another national agency (警察庁, dt-003).
    ("国の総務省から出向者を迎えて、情報政策やICTの施策を任せている県はありますか",
     asked_in_use(both(talent, says(r"総務省")), both(talent, says(r"警察庁")))),
    # 30 long, organisation. Courses and consultation desks on AI and IoT for local firms (org-019,
    # org-020). Related: other bodies bringing digital technology to local industry (org-003, -022, -026,
    # -041, -060; dt-009, -027 promoting ICT in small firms).
    ("商工労働部です。県内の中小企業から、AIやIoTを使いたいが何から始めればよいか分からないという声が多く、基礎から"
     "学べる講座や気軽に相談できる窓口を県として用意したいと考えています。同じような取組をしている部署の例を知りたい。",
     graded(both(organization, says(r"AI|IoT"), says(r"講座|相談窓口|講習会")),
            either(both(organization, says(r"中小企業|県内企業|県内産業|産業DX|産業創出"),
                        says(r"デジタル|ICT|AI|IoT|先端技術")),
                   both(talent, says(r"中小企業のICT化"))))),
]

# --- short keyword queries -------------------------------------------------------------------------
# One word, or two separated by a space (both must hold for grade 2).
SHORT_ITEMS: list[tuple[str, Judge]] = [
    # Society5.0 as the body's subject, in its name (org-016, -034, -044, -049, -053, -056, -072);
    # related: a unit naming it among its duties (org-001).
    ("Society5.0", graded(named(r"Society5\.0"), says(r"Society5\.0"))),
    # The post of assistant to the CIO (dt-001, -002, -004, -014, -016); related: other entries naming
    # the CIO or a chief information officer (dt-021, dt-024 as its background, org-030, org-050).
    ("CIO補佐官", graded(both(talent, post(r"CIO.{0,15}補佐")), says(r"CIO|最高情報"))),
    # The smart-city bodies of 大阪 (org-011, -012, -068). No other case uses the word.
    ("スマートシティ", graded(named(r"スマートシティ"), says(r"スマートシティ"))),
    # LINE as the channel (232, 343 consultations answered by AI, 346 damage reports); no neighbour.
    # (276 names LINE only in its reason for sharing, which a reader of the case text does not see.)
    ("LINE", graded(says(r"(?<![A-Za-z])LINE(?![A-Za-z])"), never)),
    # Scholarship loan applications read by AI-OCR (164); related: scholarships otherwise (the education
    # chatbot 313) and other student aid (大学生等応援給付金 166, 就学支援金 329).
    ("AI-OCR 奨学金", graded(both(uses_ocr, says(r"奨学金")), says(r"奨学金|就学支援金|大学生等応援給付金"))),
    # A chatbot for tourist information (286); related: the airport chatbot (285).
    ("チャットボット 観光", graded(both(is_chatbot, says(r"観光")), both(is_chatbot, says(r"空港|旅行者")))),
]

# --- particle queries ------------------------------------------------------------------------------
# Words joined by particles. Place and status words are filters; the content words must all hold for
# grade 2; grade 1 is a related case within the place and status.
PARTICLE_ITEMS: list[tuple[str, Judge]] = [
    # 和歌山県 and tallies by RPA (an AI・RPA case naming no other technology counts: 119–128, 136);
    # related: 和歌山県's other AI・RPA cases.
    ("和歌山県のRPAによる集計",
     within(pref("和歌山県"), both(ai_rpa, rpa_way, says(r"集計|とりまとめ|取りまとめ")), ai_rpa)),
    # 近畿, shareable (共同利用可能) and a chatbot (099, 258); related: automatic answering in 近畿 that is
    # already shared (共同利用中: 286, 350) or shareable without being a chatbot (the AI speakers 347).
    ("近畿の共同利用できるチャットボット",
     graded(both(region("近畿"), shareable, is_chatbot),
            both(region("近畿"), answers, either(shareable, shared_now)))),
    # Shared systems under consideration (022, 104); related: an AI・RPA case under consideration and
    # meant to be shared (344).
    ("検討中の共同利用システム",
     within(status(CONSIDERING), shared_system, shareable)),
    # 大分県, planned (導入(実施)予定) and AI-OCR (199, 218–221, 267, 290, 291, 303); every other planned
    # AI・RPA case of 大分県 would be related, and there is none.
    ("大分県の導入予定のAI-OCR",
     within(both(pref("大分県"), status(PLANNED)), uses_ocr, ai_rpa)),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
SHORT: list[Judged] = _alternate("short", SHORT_ITEMS)
PARTICLE: list[Judged] = _alternate("particle", PARTICLE_ITEMS)

TWENTYFIRST: list[Judged] = NATURAL + SHORT + PARTICLE
