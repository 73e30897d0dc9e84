"""A nineteenth batch of judged queries: 28 natural requests, 6 short keyword queries and 6 notation
variants, written and graded by explicit rules over each case's own text and fields before any engine was
run on them.

The natural requests are pasted task descriptions as a municipal or prefectural clerk, a section chief
(finance, personnel, pay, statistics, disaster, child-rearing support), a board-of-education officer, an
information-policy officer drafting senior appointments, a consultant or a researcher types them, in
several registers: colloquial (〜したい, 〜が手間, 〜を楽にしたい, 〜できないでしょうか), formal (〜と考えて
います, 〜を探しています, 〜の例を知りたい), questions (〜している県はありますか, 〜迎えている県はありますか,
〜自動でやっている県はありますか), memo style (【課題】…【目的】…) and long requests with context that is not
the point (毎月半日以上, 提出が集中する春, 照合に三日, 年度初めは百人以上, 給与日前は毎回残業, 前回の災害では
何週間も, 若い世代から探しにくいと言われ). A third are 12–30 characters (10), a third 30–60 (9) and a third
60–200 (9); they come in the order short, middle, long, short… so that each split gets every length (test: 5
short, 4 middle, 5 long; dev: 5, 5, 4). Over half ask in everyday words or the writer's own office words
rather than the cases' own: 地図で確かめる for 地図ソフトを利用した計測, 課の共通アドレスに届くメール … 担当者
ごとに転送 for 所属宛のメールを業務ごとに担当者に転送, 景気や雇用の動き … 国の省庁や日銀のホームページ for
経済・雇用情勢の調査 … 国HP等から資料を収集, 市町村に出す交付金 for 普通交付金交付額, 引っ越し費用 for 特殊
旅費 (移転料、扶養親族移転料), 事業者向けの補助金 for 前向きに頑張る事業者を応援する総合補助金, 大手IT企業で
役員まで務めた方 for 元日本アイ・ビー・エム(株)取締役副社長, 各課共通の同じ事務を一か所に集めて for 多くの
所属において共通で行っている業務 … 集約, メルマガ for メールマガジン, 決算の見込み額 … 予算額とどれだけずれる
か for 決算見込み … 予算額との乖離, 新公会計の財務書類 for 財務諸表, 光回線など超高速ブロードバンド for 超高速
ブロードバンド整備, 新しく雇った人の … 基本情報を … 計算書に書き写す for 雇用情報の自動取り込み, 資料室の本が
県立図書館と重複していないか for 県立図書館との重複資料調査, 大学の先生など外部の有識者 for 学識経験者 /
有識者会議, 家の被害の調査 … 支援金 for 住家被害認定調査 … 被災者生活再建支援, 用品をまとめて買う特別会計 for
用品調達特別会計, 給与やボーナスの支出命令書 for 支出命令書作成業務(給与・期末勤勉手当), 離島のIT活用や次世代の
移動サービス for 姫島ITアイランド構想 … 次世代モビリティサービス. Some name the technology (RPA, AI-OCR, AI),
most do not.

Five ask who already does it (〜自動でやっている県はありますか ×2, 〜一つのサイトで発信している県はありますか,
〜元役員クラスを実際に迎えている県はありますか, 〜これを自動化している県はありますか); for them grade 2
also needs the case to be in use (導入(実施)済) and the same thing planned or on trial is graded 1. The others
ask for examples to learn from, so a planned or trial case answers them. Six name a place or status the way
people write it: 関西の府県で (read as the survey's 近畿, 三重県 included), 東北の県で … 予定段階のものでもいい,
中国地方の県で (the survey's 中国), 九州の県で, 四国で, and 検討段階の県でも構いません (a status that loosens rather
than restricts: any status answers). For the place requests the rule is: grade 2 = the asked thing within the
place; grade 1 = the same thing outside the place (still worth seeing for a writer who names a region as where
to look first) or a related case within the place; a neighbour outside the place earns nothing.

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twelfth to
eighteenth batches' docstrings: 18 AI・RPA/OCR tasks over many fields (travel: mileage of trips by private car
checked on map software, moving allowances on transfer; mail: mail to a section's shared address forwarded to
the person in charge; statistics: economic and employment figures collected from the state's web pages;
finance and accounting: monthly grant amounts paid to the municipalities (普通交付金), settlement forecasts
gathered from the sections and compared with the budget, the public-works progress survey checked against the
initial budget, expenditure orders and contract amounts keyed from the annual execution plan, pay and bonus
expenditure orders keyed from the payroll results, the financial statements, the cash ledger of the supplies
special account; personnel: allowance registers searched and printed, basic data of newly hired non-regular
staff copied into the pay and commuting-allowance sheets; schools: plans sent by the primary schools read by
AI-OCR; commerce: subsidy applications from firms read by AI-OCR; libraries: duplicates with the prefectural
library; tax: functions a packaged tax system lacks supplied by RPA; organisation of the work: common tasks of
many sections gathered and run by RPA in one place), 4 systems shared with the municipalities (a joint mail
magazine, one portal for meeting, marriage and child-rearing information, facility booking with usage fees
paid by account transfer, life-rebuilding support after a disaster — the eighteenth batch names the last only
among the related cases of another topic, and the twelfth uses 罹災証明 only as a notation variant) and 6 talent
or organisation requests (a former IT-firm executive as a part-time top information officer, an outside
engineer leading island IT and next-generation mobility, a unit dedicated to bringing AI into the
prefecture's work, a council on ultra-fast broadband with carriers and universities, a panel of outside
experts on AI and IoT, a council of industry, academia and government on ITS).

Six requests use a word that also names a wrong topic, so that word-matching alone misleads: 計画書 (plans
sent by primary schools, not companies' global-warming plans, waste-treatment plans or hunting plans), 補助金
(subsidy applications from firms, not subsidy allocation notices, municipal subsidy reports or surveys about
subsidies), 決算 (settlement forecasts against the budget, not the settlement statistics 決算統計 or the
finance handbook drawn from them), 交付 (grants paid to the municipalities, 普通交付金, not the local allocation
tax 普通交付税 / 特別交付税 / 地方交付税), 図書館 (duplicates with the prefectural library, not the shared
library system) and 通勤手当 (copying new hires' data into pay and commuting-allowance sheets, not the many
commuting-allowance route, distance and station checks). None of those wrong topics earns a grade.

The short queries are one word or two separated by a space, on topics no earlier batch named: 情報化計画,
民間交流員, コンソーシアム, 共同研究, デザイン思考, ダウンロード RPA. For the pair, both words must hold for grade
2 (an AI・RPA case that states no technology counts as done by RPA); a case holding the task word only, or a
close neighbour of the task (data collected from web pages for ダウンロード, 交流職員 for 民間交流員, other
industry–academia–government councils and platforms for コンソーシアム, research and development turned into
business for 共同研究, the bodies and posts planning informatisation policy without a plan named for
情報化計画), is graded 1. 情報化計画 takes as grade 2 every case drafting or running the prefecture's
informatisation, ICT, IT or digital plan or strategy (情報化プラン, 高度情報化基本計画, ICT利活用推進計画, IT戦略の
策定, デジタル戦略(仮称), デジタル総合戦略の策定, 情報システム最適化計画).

The variant queries write a word the survey really uses in another notation users type: half-width katakana
(ﾎｰﾑﾍﾟｰｼﾞ), hiragana for a kanji word (りょひ for 旅費), an okurigana variant (届け出 for 届出, which is the only
form the survey writes), full-width Latin (ＦＡＱ), a common abbreviation (産廃 for 産業廃棄物) and a long-vowel
variant (ベンダー for ベンダ, as in 民間ITベンダ出身). Grade 2 is every case using the word itself (in the survey's
notation), grade 1 a case using only a close neighbour of it (HP and Webサイト for ホームページ, 出張 and 旅行命令
for 旅費, other 届 forms such as 通勤届 and 現況届 for 届出, chatbots and automatic answering for FAQ, 廃棄物
alone for 産業廃棄物, other words for an IT firm as a talent entry's former employer for ベンダ).

They were written without seeing any engine output and without reading the queries of the twelfth to
eighteenth batches (other than the eighteenth, the model for this file's structure, whose topics were
avoided); reading the grading helpers at the top of bench/judgments.py and locating its `_alternate`, the
writer saw the first four of its tuned queries (会議録, RPA 通勤手当, AI-OCR, チャットボット) and none of their
topics is asked here (通勤手当 appears only as a trap word whose cases earn nothing). Each rule was written by
reading the cases that use the task's words, their synonyms and their near misses; the only thing run was
these rules over the records, to read and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — OCR, AI-OCR,
AI, RPA, shared with the municipalities — was asked; for a question asking which prefectures already do it, a
case in use; for a request naming a place, a case within it); 1 = clearly related (the same task done
otherwise, or a neighbouring task the writer would want to see; a planned or trial case answering a question
about who already does it; the asked thing outside a named place); a shared generic word (業務, 入力,
システム, 自動化, 集計, 推進, 人材, 育成, 効率化, 作成, 管理, 通知, 照会, 印刷, 支払 …) earns nothing by itself.
When RPA is named, a case of the AI・RPA section that states no technology counts as done the way asked (such
cases are scripted automation). A case listing several tasks (ai_rpa-051, -163, -186) is graded by the task
that matches. Splits alternate test, dev, test, dev… within each kind in file order (`_alternate`).
"""

from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    DONE,
    OCR,
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
    region,
    says,
    shared_system,
    status,
    talent,
)
from bench.judgments_eighteenth import council, external, unit  # the survey's sub-tables
from bench.judgments_fifteenth import rpa_way  # done by RPA, or an AI・RPA case naming no other technology
from bench.judgments_tenth import never

# --- named patterns --------------------------------------------------------------------------------
answers = says(AUTO_ANSWER)
uses_ocr = says(OCR)
in_use = status(DONE)  # for questions asking who already does it: a case in use


def placed(place, content, related) -> Judge:
    """A request naming a place: 2 = the content within the place; 1 = the same content outside the
    place (still worth seeing), or a related case within the place; neighbours outside it earn nothing."""
    return graded(both(place, content), either(content, both(place, related)))


def asked_in_use(content, related) -> Judge:
    """A question asking who already does it: 2 = the content in use; 1 = the content planned or on
    trial, or a related case."""
    return graded(both(content, in_use), either(content, related))


# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short… The shared-system requests
# (4) and the talent/organisation requests (6) are spread over both splits.
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short. Mileage of business trips by private car checked on map software (101). Related: the
    # same distance measurement for commuting allowances, and trip routes computed for lecturers (186).
    ("自家用車の出張の走行距離を地図で確かめる作業を自動化したい",
     graded(both(ai_rpa, says(r"走行距離"), says(r"旅費|出張")),
            either(both(ai_rpa, says(r"通勤"), says(r"距離")), both(ai_rpa, says(r"旅費経路"))))),
    # 2 middle, question. Mail to a section's shared address forwarded to the person in charge of each
    # task (174, in use). Related: other incoming mail sorted automatically (replies from the
    # municipalities, travel-claim mails) or its attachments saved into folders.
    ("課の共通アドレスに届くメールを、内容を見て担当者ごとに転送する作業を自動でやっている県はありますか",
     asked_in_use(both(ai_rpa, says(r"メール"), says(r"転送")),
                  either(both(ai_rpa, says(r"メール"), says(r"振り分け|振分")),
                         both(ai_rpa, says(r"メール"), says(r"添付.{0,40}保存"), no(says(r"送信先|メールに添付して")))))),
    # 3 long, place (関西 = the survey's 近畿). Economic and employment figures collected from the
    # state's web pages into tallies (277, 兵庫). Related within 近畿: other figures copied from the
    # state's statistics (254).
    ("県の統計課で、景気や雇用の動きをまとめた月例の資料を作っています。国の省庁や日銀のホームページを一つずつ"
     "開いて、新しく公表された数字をエクセルに貼り付けるだけで毎月半日以上かかります。関西の府県で、こうした"
     "収集作業を自動化した例を探しています。",
     placed(region("近畿"), both(ai_rpa, says(r"経済|雇用情勢"), says(r"国HP|ホームページ|収集")),
            both(ai_rpa, says(r"厚生労働統計")))),
    # 4 short, trap (交付). Grant amounts paid to the municipalities each month and quarter tallied and
    # the changed amounts computed (240). Related: checking municipal reports for a subsidy's amounts
    # (247). The local allocation tax (交付税) cases earn nothing.
    ("市町村に出す交付金の額を毎月集計して変更額を計算するのが手間",
     graded(both(says(r"交付金"), says(r"交付額")),
            both(ai_rpa, says(r"市町村"), says(r"補助金"), says(r"実績|金額確認")))),
    # 5 middle, organisation. A unit dedicated to bringing AI into the prefecture's own work (org-006).
    # Related: units or cross-department bodies for AI or other new technology (先端技術, IoT) and the
    # RPA support unit.
    ("AIの導入を専門に進める担当（係や班）を庁内に置きたいと考えています。組織の参考例を探しています。",
     graded(both(unit, says(r"(?<![A-Za-z])AI(?![-・]?OCR)"), says(r"県庁|庁内|行政")),
            either(both(organization, no(council), says(r"(?<![A-Za-z])AI(?![-・]?OCR)"), no(says(r"産業|企業"))),
                   both(unit, says(r"先端技術|IoT推進|RPAを導入"), no(says(r"農業")))))),
    # 6 long, trap (計画書). Plans sent by the primary schools read by AI-OCR (167). Related: other
    # paper reports from schools digitised by AI-OCR (counsellors' work reports, staff records from each
    # school). Companies' warming plans, waste plans and hunting plans earn nothing.
    ("教育委員会の担当です。県内の小学校から毎年、事業の実施計画書が紙で提出され、それを一枚ずつエクセルに手で"
     "打ち込んでいます。学校数が多く、提出が集中する春は他の仕事が止まってしまいます。紙の計画書を読み取って"
     "データにできないでしょうか。",
     graded(both(says(r"小学校"), says(r"計画書")),
            both(ai_rpa, uses_ocr, says(r"学校|各校|スクールカウンセラー"), says(r"報告|実績")))),
    # 7 short, organisation. A council of industry, academia and government for IT in transport (ITS)
    # (org-062). Related: the outside post leading next-generation mobility (dt-029) and road-side
    # support for self-driving cars (299).
    ("ITSなど交通分野のIT活用を産学官で進める協議会",
     graded(both(organization, says(r"ITS")),
            either(both(talent, says(r"モビリティ")), says(r"自動運転")))),
    # 8 middle, place (東北) and status (planned is fine). Allowance registers searched and printed by RPA
    # (032, 山形, 実証予定). The same printing outside 東北 (205, 206) is related.
    ("東北の県で、職員の手当の認定簿を検索して印刷する作業をRPAにした例。予定段階のものでもいい",
     placed(region("東北"), both(ai_rpa, says(r"手当"), says(r"認定簿|認定系手当"), says(r"印刷")), never)),
    # 9 long, shared, question. One portal for meeting, marriage and child-rearing information run with
    # the municipalities (066, in use). Related: the shared marriage-event mail magazine, the shared
    # migration portal and the child-rearing chatbot.
    ("子育て支援課の者です。出会いや結婚のイベント、妊娠・出産、子育ての支援制度の情報が、県と市町村のホーム"
     "ページにばらばらに載っていて、若い世代から探しにくいと言われます。県と市町村が一緒に一つのサイトで発信"
     "している県はありますか。",
     asked_in_use(both(shared_system, says(r"子育て|結婚"), says(r"ポータル|サイト")),
                  either(both(shared_system, says(r"婚活|移住")), both(answers, says(r"子育て"))))),
    # 10 short. Moving allowances (移転料, 扶養親族移転料) checked and paid on transfer (051, one of its
    # ten tasks). Related: other travel-expense checks.
    ("転勤する職員の引っ越し費用の確認と支給を楽にしたい",
     graded(says(r"移転料"),
            both(ai_rpa, says(r"旅費"), says(r"審査|確認|チェック|算定"), no(says(r"移転料"))))),
    # 11 middle, trap (補助金). Subsidy application forms from firms read by AI-OCR (170, 274).
    # Related: COVID cooperation money and benefit forms from firms read by AI-OCR. The subsidy
    # allocation notices, municipal subsidy reports and subsidy surveys earn nothing.
    ("事業者向けの補助金の申請書が紙で何千件も届く。AI-OCRで読み取って入力を減らしたい",
     graded(both(ai_rpa, says(r"補助金"), says(r"申請書"), uses_ocr),
            both(ai_rpa, uses_ocr, says(r"協力金|持続化|事業者支援")))),
    # 12 long, talent, question. A former executive of a large IT firm as a part-time top information
    # officer (dt-021, in post). Related: other people from the IT industry in senior posts.
    ("情報政策課で幹部人事の案を練っています。県のIT施策全体を見てもらえるよう、大手IT企業で役員まで務めた方に"
     "非常勤でトップの立場をお願いできないかと考えています。民間企業の元役員クラスを実際に迎えている県は"
     "ありますか。",
     asked_in_use(both(external, says(r"取締役|副社長|役員")),
                  both(external, says(r"企業|ベンダ|事業者|コンサル|SE"),
                       says(r"最高|CIO|CDO|統括|次長|総括官|審議監|戦略監|専門監")))),
    # 13 short. Common tasks of many sections gathered in one place and run by RPA (186, 108). Related:
    # a directory once compiled by every section, now drafted by RPA centrally (053).
    ("各課共通の同じ事務を一か所に集めてまとめてRPAで処理したい",
     graded(both(ai_rpa, says(r"集約"), says(r"所属")),
            both(ai_rpa, says(r"各局各課"), says(r"RPA")))),
    # 14 middle, shared, status (a case under consideration is fine). A mail magazine of the prefecture
    # and the towns (104, 検討中). Related: the marriage-event mail magazine shared by prefectures and
    # the disaster mail distribution shared with disaster bodies.
    ("県と市町のイベントやお知らせを、一つのメルマガで一緒に配信できる仕組みを探しています。検討段階の県でも"
     "構いません。",
     graded(both(shared_system, says(r"メールマガジン"), says(r"市町")),
            both(shared_system, says(r"メールマガジン|メール配信")))),
    # 15 long, trap (決算), question. Forecasts of the year's settlement gathered from every section and
    # compared with the budget (136, in use). Related: other checks of sections' figures against the
    # budget system. The settlement statistics (決算統計) and the finance handbook earn nothing.
    ("財政課の者です。毎年度末、各課から今年度の決算の見込み額を出してもらい、予算額とどれだけずれるかを全庁分"
     "エクセルで集計しています。課ごとに様式がばらばらで、照合に三日はかかります。これを自動化している県は"
     "ありますか。",
     asked_in_use(says(r"決算見込"),
                  both(ai_rpa, says(r"予算編成システム|当初予算"), says(r"チェック|一致|突合|整合")))),
    # 16 short. The public-works progress survey: sections' material checked against the initial budget
    # (134). Related: other checks of sections' figures against the budget system.
    ("公共事業の施行状況調査と当初予算の突き合わせ",
     graded(says(r"公共事業施行状況"),
            both(ai_rpa, says(r"予算編成システム|当初予算|予算額"), says(r"チェック|一致|突合|整合|乖離")))),
    # 17 middle, place (中国地方 = the survey's 中国). Functions a packaged tax system lacks supplied by RPA
    # (139, 鳥取). No neighbour.
    ("中国地方の県で、税務のパッケージシステムでカスタマイズできない部分をRPAで補っている例を知りたい",
     placed(region("中国"), both(ai_rpa, says(r"パッケージ|カスタマイズ")), never)),
    # 18 long, memo. Expenditure orders and contract amounts over several budget items keyed from the
    # annual execution plan (076, 083). Related: the other expenditure-order series keyed from Excel
    # lists (many creditors, pay) and commitments keyed for many sections (186).
    ("【課題】年間執行計画表（エクセル）をもとに、複数の予算科目にまたがる支出命令や契約額を、会計担当が財務"
     "会計システムへ一件ずつ入力している。年度初めに数百件が集中し、入力ミスも出る。【目的】計画表からの入力を"
     "RPA等で自動化したい。",
     graded(both(ai_rpa, says(r"執行計画"), says(r"予算科目")),
            both(ai_rpa, named(r"支出命令書作成|支出負担行為")))),
    # 19 short. The financial statements of the new public accounting (財務書類 for 財務諸表) (163).
    # Related: the finance handbook drafted from the settlement statistics (059).
    ("新公会計の財務書類づくりを自動化したい",
     graded(says(r"財務諸表|財務書類"), says(r"財政要覧"))),
    # 20 middle, organisation. A council with carriers and universities on ultra-fast broadband
    # (org-071). Related: other bodies or posts dealing with the communication infrastructure.
    ("光回線など超高速ブロードバンドの整備について、通信事業者や大学と県が話し合う会議体をつくりたい",
     graded(both(organization, says(r"ブロードバンド")),
            both(either(organization, talent), says(r"情報通信基盤|インターネット環境の強靱化")))),
    # 21 long, trap (通勤手当). Basic data of newly hired staff copied into the pay and commuting
    # allowance calculation sheets (058). Related: other pay paperwork for non-regular staff. Commuting
    # allowance checks (routes, distances, stations) earn nothing.
    ("人事課で非常勤職員の採用事務を担当しています。新しく雇った人の住所や勤務日数などの基本情報を、報酬と通勤"
     "手当の計算書に一人ずつ書き写していて、年度初めは百人以上になります。転記ミスも怖いので、この書き写しを"
     "自動化できないでしょうか。",
     graded(both(ai_rpa, says(r"計算書"), says(r"報酬")),
            both(ai_rpa, says(r"会計年度任用職員|非常勤|嘱託員"), says(r"報酬|賃金|社会保険"),
                 no(says(r"法定調書|源泉徴収|年末調整"))))),
    # 22 short, trap (図書館). Materials checked for duplicates with the prefectural library (051, one
    # of its ten tasks). No neighbour; the shared library system earns nothing.
    ("資料室の本が県立図書館と重複していないか調べる作業をRPAで",
     graded(both(says(r"図書館"), says(r"重複")), never)),
    # 23 middle, organisation. A panel of outside experts (有識者, 学識経験者) on AI, IoT or ICT (org-066,
    # -057, -056, -069). Related: other councils hearing universities or experts, and outside professors
    # as advisers.
    ("AIやIoTの活用について、大学の先生など外部の有識者から意見を聞く会議を設けたい。構成や所掌の例を探して"
     "います。",
     graded(both(council, says(r"有識者|学識経験者"), says(r"AI|IoT|ICT|Society")),
            either(both(organization, says(r"有識者|学識経験者")),
                   both(council, says(r"大学"), says(r"意見|提言|助言|見直し|検証")),
                   both(talent, says(r"大学教授|名誉教授"))))),
    # 24 long, shared. Life-rebuilding support shared with the municipalities: house-damage surveys,
    # disaster certificates, support money (102, 109). Related: the shared ledger of disaster-stricken
    # households (095).
    ("防災担当です。大きな地震のあと、市町村は家の被害の調査、罹災証明書の発行、支援金の受付をそれぞれ別の表"
     "計算で管理していて、前回の災害では証明書の発行まで何週間もかかりました。県と市町村で共通のシステムを使って"
     "処理している例を探しています。",
     graded(both(shared_system, says(r"生活再建支援|罹災証明|り災証明")),
            both(shared_system, says(r"被災")))),
    # 25 short, shared, place (四国). Facility booking with usage fees paid by account transfer, shared
    # with the municipalities (036, 香川). Related within 四国: the other shared booking service (035).
    ("四国で施設予約と使用料の口座振替を市町と共同で",
     placed(region("四国"), both(shared_system, says(r"使用料|決済"), says(r"予約")),
            both(shared_system, says(r"予約")))),
    # 26 middle, place (九州). The cash ledger of the supplies special account (200, 大分, 実証予定).
    # No neighbour.
    ("九州の県で、用品をまとめて買う特別会計の出納整理簿づくりを自動化しようとしている事例を探しています",
     placed(region("九州"), says(r"出納整理簿|用品調達"), never)),
    # 27 long, question. Pay and bonus expenditure orders keyed from the payroll system's results (068,
    # in use). Related: the other entries keyed from the payroll results (refunds, social-insurance
    # transfers, pay forms) and pay input among the payroll tasks (029).
    ("給与係です。毎月の給与やボーナスの支出命令書を、人事給与システムの計算結果のエクセルを見ながら財務会計"
     "システムに打ち込んでいます。所属ごと・科目ごとに分けるので件数が多く、給与日前は毎回残業です。この入力を"
     "自動でやっている県はありますか。",
     asked_in_use(both(ai_rpa, says(r"給与"), says(r"支出命令")),
                  both(ai_rpa, says(r"人事給与システムの計算結果|給与帳票|給与基本資料")))),
    # 28 short, talent. An outside engineer leading island IT and next-generation mobility (dt-029).
    # Related: the ITS council (org-062) and road-side support for self-driving cars (299).
    ("離島のIT活用や次世代の移動サービスを統括する民間出身の幹部",
     graded(both(talent, says(r"アイランド|モビリティ")), either(both(organization, says(r"ITS")), says(r"自動運転")))),
]

# --- short keyword queries -------------------------------------------------------------------------
# One word, or two separated by a space (both must hold for grade 2).
SHORT_ITEMS: list[tuple[str, Judge]] = [
    # The prefecture's informatisation / ICT / digital plan or strategy, drafted or run.
    ("情報化計画", graded(says(r"情報化プラン|情報化基本計画|情報化推進計画|ICT利活用推進計画|ICT戦略2018|ICT戦略の策定"
                           r"|IT戦略の策定|IT戦略の立案|デジタル戦略\(仮称\)|デジタル総合戦略の策定|最適化計画"),
                     says(r"情報化施策の基本方針|情報化施策の企画|高度情報化施策|デジタル総合戦略に掲げた"))),
    # Staff on exchange from private firms (民間交流員); related: other exchange staff.
    ("民間交流員", graded(says(r"民間交流員"), says(r"交流職員"))),
    # A consortium; related: other councils of industry, academia and government or platforms.
    ("コンソーシアム", graded(says(r"コンソーシアム"),
                        both(council, says(r"産学官|官民|プラットフォーム"), no(says(r"コンソーシアム"))))),
    # Joint research; related: research and development turned into business.
    ("共同研究", graded(says(r"共同研究"), says(r"研究開発"))),
    # Design thinking (org-026); no neighbour.
    ("デザイン思考", graded(says(r"デザイン思考"), never)),
    # Downloads done by RPA; related: downloads otherwise, or data collected from web pages.
    ("ダウンロード RPA", graded(both(says(r"ダウンロード"), rpa_way),
                              either(says(r"ダウンロード"),
                                     both(ai_rpa, says(r"国HP|webページ|WEB上|Webで|ホームページから")))))
]

# --- notation variants -----------------------------------------------------------------------------
# A word the survey uses, written as users type it. Grade 2: every case using the word itself (in the
# survey's notation); grade 1: a close neighbour.
VARIANT_ITEMS: list[tuple[str, Judge]] = [
    # Half-width katakana for ホームページ; related: HP, Webサイト.
    ("ﾎｰﾑﾍﾟｰｼﾞ", graded(says(r"ホームページ"), says(r"(?<![A-Za-z])HP(?![A-Za-z])|Webサイト|ウェブサイト"))),
    # Hiragana for 旅費; related: business trips and travel orders.
    ("りょひ", graded(says(r"旅費"), says(r"出張|旅行命令|旅行実績|旅行管理"))),
    # Okurigana variant of 届出 (the survey writes 届出 only); related: other 届 forms (通勤届, 現況届).
    ("届け出", graded(says(r"届出|届け出"), says(r"届"))),
    # Full-width Latin for FAQ; related: chatbots and automatic answering.
    ("ＦＡＱ", graded(says(r"FAQ"), says(r"チャットボット|自動応答|自動質疑応答"))),
    # Common abbreviation of 産業廃棄物; related: 廃棄物 alone.
    ("産廃", graded(says(r"産業廃棄物"), says(r"廃棄物"))),
    # Long-vowel variant of ベンダ; related: the other words for an IT firm as someone's former employer.
    ("ベンダー", graded(says(r"ベンダ"),
                      both(talent, says(r"IT企業|IT関連企業|ICT関連企業|システム事業者|電気通信事業者")))),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
SHORT: list[Judged] = _alternate("short", SHORT_ITEMS)
VARIANT: list[Judged] = _alternate("variant", VARIANT_ITEMS)

NINETEENTH: list[Judged] = NATURAL + SHORT + VARIANT
