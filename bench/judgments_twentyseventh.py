"""A twenty-seventh batch of judged queries: 30 natural requests and 10 short keyword queries, written and
graded by explicit rules over each case's own text and fields before any engine was run on them.

The natural requests are pasted task descriptions as a prefectural or municipal clerk or section chief
(tax, personnel and pay, finance and budget, contracts, public works, the board of education, public
relations, general affairs, disaster management, information policy, planning) types them, in several
registers: colloquial (〜を自動にしたい, 〜をAIで楽にしたい, 〜を楽にしたい, 〜で答えたい, 〜で受けたい, 〜がほし
い, 〜を探している, 〜流せないか), formal (〜例を教えてください ×4, 〜例を探しています ×2, 〜例を知りたいです),
questions (〜している県はありますか ×5, and 四国の県で…例はありますか), memo-like fragments (〜の確認, 〜の資料づ
くり, 〜の読み取り, 〜で済む仕組み, 〜を受け持つ部署, 〜の幹部, 〜室の例) and long requests with context that is
not the point (毎年いくつも…年度末は残業, 毎日いろいろな用件のメール, 毎年たくさん…手書きと印字が混ざった,
課の数も事業の数も多く…何日も, どの課も手間に困って, 夜中でも電話が鳴りやみません, ホワイトボード, 3年目, 中身の
議論が進まない). A third are 12–30 characters (10), a third 30–60 (10) and a third 60–200 (10); they come
in the order short, middle, long, short… so that each split gets every length (test: 5 short, 5 middle, 5
long; dev: 5, 5, 5). Most ask in everyday words rather than the cases' own: 県税のいろんな質問 for 都税の一般
的な問合せ / 県税業務への問合せ, 一人ずつ個別に案内を送る for 該当職員に対してグループウェアでの個別案内,
市町村ごとのフォルダを作って保存 for 市町村ごとのフォルダを作成の上、該当フォルダに保存 (財政関連調査), 補正予算と
来年度の予算の数字が合っているか for 2月補正と当初予算等の整合性のチェック, 主な施策の成果をまとめた冊子 for
主要施策の成果…冊子案, 用件ごとに担当者へ振り分けて送る for 所属宛のメールを業務ごとに担当者に転送, 何年分もの予算
と決算の移り変わりの資料 for 予算の推移資料, 何百もの学校からネットで出てくる非常勤さんの勤務の記録 for 道立学校約
300校から電子申請で提出される勤務実績データ, 入札に参加したい業者…資格の申請書…決算書と突き合わせて for 入札参加資格
申請審査 (添付書類(登記事項証明書、企業の決算書等)との突合), 物品の入札の資格の申請書の読み取り for 競争入札参加資格
(物品等)…申請書をAI・OCRで読み取り, 知事の定例の記者会見 for 知事定例会見のテープ起こし, 議事録をAIで要約 for HP
で公開した議事録は…AIが要約, 公共事業の進み具合の調査…当初予算と合っているか for 公共事業施行状況調査…当初予算が一致
しているか, どこに聞けばよいか分からない県民の質問に、総合案内として for AIチャットボットによる総合案内サービス,
会議録を作るAIの仕組みを全庁で for 会議録作成支援システムを全庁的に導入, 公文書を渡すまでネットで for 申請受付、公
文書交付の処理, 照会の回答を…ネットの申請の仕組みで for 各種照会回答等をオンラインで, 何人態勢で動いているか、避難
所がどこに開いたか for 配備体制・避難所情報, ホームページとメールで一度に流す for ホームページ・メール配信システム,
採用試験の申込み for 採用試験等の申請, 新しいシステムを入れるときの審査の委員会 for 情報システム導入審査委員会, 地元の
IT企業を育てる for 地場情報・通信事業者等の育成・支援, 情報セキュリティの事故に対応するチーム for CSIRT, どの課から
も最低一人は推進の担当 for 庁内各部署各所属から1名以上 (推進員), 科学技術と地域の情報化を一緒に for 科学技術の振興、
地域情報化の推進, 相談に乗り、情報提供や人づくりも for 情報提供、人材育成…相談対応, 計画の進み具合を…大学の先生や
IT企業、市町村 for ICT利活用推進計画の進捗状況の管理 (県、学識経験者、ICT関連事業者、市町村等), 企業と組んで県の課題を
デジタルで解く for 企業等との連携による課題解決, デジタル戦略をこれからつくるために…今年度新しく立ち上げた for デジ
タル戦略(仮称)の具体的検討 (R2年4月1日設置), 本部の下に…委員会や部会 for 本部・委員会 / 戦略本部…部会 / 本部…幹事会.
Five name a technology (チャットで, AIで ×2, 会議録を作るAI, AIのチャット) and one asks for a machine's help
(機械で); the others ask for the task done automatically or for a shared system, a post, a team or a body.

Five ask who already does it (県税のいろんな質問にチャットで答えている県, 会議録を作るAIの仕組みを全庁で使えるよう
にしている県, 電子申請の仕組みで…採用試験の申込みを受け付けている県, セキュリティの事故に対応するチームの責任者を…
任せている県, 各課から推進員を出す形の委員会を実際に置いている県); for them grade 2 also needs the case to be in use
(導入(実施)済) and the same thing planned or on trial is graded 1 (`asked_in_use`, imported from the twentieth
batch: 栃木's planned whole-office minutes, 008, and the tax chatbots on trial, 050 and 138). The others ask
for examples to learn from, so a planned, trial or considered case answers them. Three name a place the way
people write it: 四国の県で (the survey's 四国), 九州の県で (the seven prefectures of the island; 沖縄, which the
survey files under 九州, left out) and 東北の県で (the survey's 東北). For them the rule is the twentieth batch's
`placed`: grade 2 = the asked thing within the place; grade 1 = the same thing outside the place (静岡's
bidding-qualification applications read by AI-OCR, 092, outside 九州) or a related case within the place
(岩手's other science bodies, org-031 and org-058, within 東北); a neighbour outside the place earns nothing
(the mails sorted by RPA in 岐阜 090 and 福井 317 outside 四国).

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twentieth to
twenty-sixth batches' docstrings (the twenty-sixth is the model for this file's structure), whether as
asked topics, short queries or named near misses: every request is built around a case whose number none
of those docstrings gives and whose topic none of them names (near misses they name reappear here only where
they answer: 045, the twenty-first's car-tax and real-estate-tax chatbot, is a chatbot on the prefecture's
taxes in general beside 054; 302, 107, 190 and 328 are graded 1; so not the car-tax chatbots as asked cases, the
budget allotments, the settlement statistics, the fiscal handbook, the overtime tallies, the commuting
allowance, the bidders' register 302, the e-bidding and facility-booking systems, the security cloud,
CIO補佐官, the digital-marketing posts, the Society5.0 and 5G bodies). 15 AI・RPA/OCR/chatbot tasks over many
fields (tax: a chatbot on the prefecture's taxes in general; personnel and pay: procedures announced to each
member of staff; finance and budget: the municipalities' reply files saved per municipality, the
supplementary budget checked against the initial one, the booklet of the main policies' results, budgets
over the years, the public works' progress survey checked against the budget; general affairs: a section's
mails forwarded to the staff in charge; education: part-time staff's work records from 300 schools;
contracts: bidding-qualification applications checked, and read by AI・OCR; public relations: the governor's
press conferences transcribed, minutes summarised for the web, a general-guide chatbot; information policy:
AI minutes for every section), 5 systems shared with the municipalities (public documents issued online,
replies to inquiries gathered online, staffing and shelters shared in disasters, disaster information sent
out on the web and by mail, recruitment-exam applications) and 10 talent or organisation requests (a
deputy director from an IT vendor running the system-review committee, a policy chief fostering local IT
firms, a CSIRT led by an engineer from a telecom firm, a committee of ICT promoters from every section, an
office for science and information policy, a DX team answering consultations, a council of experts checking
the ICT plan's progress, a DX section solving issues with firms, a new digital-strategy office, a
headquarters with committees below it). In file order the 15 AI・RPA requests come first, then the shared
systems, then talent and organisation; `_alternate` splits each group 8/7, 2/3 and 5/5 (test/dev). Two
requests were dropped before any rule was run, when a grep for candidate short words showed their cases
asked in earlier batches outside those docstrings (the supplies account's ledger 200, in the nineteenth; a
request on dialect in minutes, 012, beside the eighteenth's short query 方言 AI).

Twelve requests use a word that also names a wrong topic, so that word-matching alone misleads: 旅費 / 給与
(procedures announced to staff, not the travel claims 091, 137, 308, 309 or the pay entries), 決算 (the
main policies' booklet, not the settlement statistics 089, 110, 191 or the settlement forecast 136),
電子申請 / 非常勤 (the schools' work records, not the e-application systems or the part-time teachers' pay
311, 318), 入札 / 決算書 (the qualification check, not the e-bidding systems or the bid data keyed into them
065), 公共事業 (the progress survey, not the design-cost systems, shared 073, 075, or 297's public-works
system), 要約 / ホームページ (minutes summarised, not the web articles summarised for Twitter 351), 案内 (a
general-guide chatbot, not the tourist-guide chatbot 286, the robot guiding visitors 241 or the facility
guide, shared 031), 全庁 (AI minutes for every section, not the AI-OCR for every section 048), 照会 (replies
gathered online, not the bank inquiries 035 or the tax-amount inquiries 024), 避難 / 電話 (staffing and
shelters shared, not the AI evacuation cases 346–348 or the AI calling the elderly 257), ホームページ /
メール (disaster information sent out, not the web-page updates 175 or the mail cases) and 試験 (recruitment
exams, not the licence exams 262, 290, 291 or the test fees 275). None of those wrong topics earns a grade.

The short queries are one word or two separated by a space, on words no earlier batch's short query uses
(checked with a grep for each candidate word): ロボット, 虐待, 人材育成, 重複チェック, 見守り (an everyday word
for 安否確認), 審議会, RPA 内製, ワークショップ, 補正予算 (131, also asked in natural words above) and グラフ. A
single word is grade 2 where it is the case's subject or duty (241's robot terminal, 242's AI for abuse
cases, posts and bodies whose duties name developing people, the three cases checking duplicates, 051's
library task among them, 257's daily check on the elderly, 011's councils transcribed, org-068's workshops,
131's supplementary budget, 036's charts) and grade 1 where it is only mentioned or a close neighbour (robot
classes org-018, the child-guidance centre's risk sheets 233, 242's staff developed as a side effect and the
RPA training of 141, missing people with dementia (shared 064), the other meeting-minutes cases for 審議会,
workshops funded by org-059). For RPA 内製 both words must hold for grade 2 (141); the unit giving
technical support to sections introducing RPA (org-009) is graded 1.

They were written without seeing any engine output and without reading the engine's code or any other
batch's queries beyond these: of the twentieth to twenty-fifth the docstrings, read to avoid their topics;
the twenty-sixth's file as the model, whose requests were seen while reading its structure; of the
twenty-fourth its SHORT_ITEMS, for their style; the definitions of the helpers used here, in
bench/judgments.py (whose first tuned queries and last absent queries were seen around them), the
nineteenth (`placed`, `asked_in_use`, imported through the twentieth) and the tenth (`never`); and greps for
candidate short words over bench/judgments*.py, whose few matching lines showed other batches' queries on
those words (so 方言, メール 振り分け, ノウハウ and the supplies account were left alone). Each rule was written
before looking at what it selects, then checked by reading every case it selects and the cases using the
task's words, their synonyms and their near misses (for example 356, a trial naming AI議事録 among its tools,
was taken out of the meeting-minutes cases by requiring 議事録作成 rather than 議事録; the nuclear-disaster
networks, shared 097 and 098, and the GIS 111, matching 防災情報, were taken out of the disaster systems
related to staffing and shelters). The only thing run was these rules over the records, to read and count
each query's grades; no engine (no dxsearch command, no SearchIndex, no bench/relevance.py run) was run.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way was asked;
for a question asking which prefectures already do it, a case in use; for a request naming a place, a case
within it; for a short query, a case about the word); 1 = clearly related (the same task done otherwise, or
a neighbouring task the writer would want to see; a planned or trial case answering a question about who
already does it; the asked thing outside a named place; a related case within it); a shared generic word
(業務, 入力, システム, 自動化, 集計, 作成, 申請書, 通知, メール, 委員会, 本部 …) earns nothing by itself. Case
numbers like 123 refer to ids ai_rpa-123; shared 114 is shared_system-114, dt- digital_talent- and org-
organization-. Splits alternate test, dev, test, dev… within each kind in file order (`_alternate`).
"""

from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    MEETING_GROUP,
    OCR,
    RPA,
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
    pref,
    region,
    says,
    shared_system,
    talent,
)
from bench.judgments_tenth import never
from bench.judgments_twentieth import asked_in_use, placed

# --- named patterns --------------------------------------------------------------------------------
uses_ocr = says(OCR)
answers = says(AUTO_ANSWER)
# Meeting minutes: the survey's own group (and 198) or a case that transcribes meetings (not 356, a trial
# naming AI議事録 among the tools it may try).
MINUTES = either(lambda r: r.id in MEETING_GROUP, says(r"議事録作成|会議録|文字起こし|文字おこし|テープ起こし"))
# The budget checks run by RPA against other budget data (和歌山's budget-compilation tasks and the like).
BUDGET_CHECK = both(ai_rpa, says(r"予算"), says(r"チェック|突合|一致しているか|相違がないか|乖離"))
# Developing people, as a duty.
TRAINING = r"人材育成|人材の育成|人材を育成|職員を育成|職員の育成"

# places as people write them
SHIKOKU = region("四国")  # 四国の県で: the survey's 四国
KYUSHU = pref("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県")  # 九州: the seven, 沖縄 left out
TOHOKU = region("東北")  # 東北の県で: the survey's 東北

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short…
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short, question. A chatbot answering questions on the prefecture's taxes in general, in use
    # (054 都税, 045 県税業務). Related: chatbots on one tax (050, 138 car tax; 099 fixed-asset tax), and
    # the two general ones if they were planned or on trial.
    ("県税のいろんな質問にチャットで答えている県はありますか",
     asked_in_use(both(answers, says(r"都税|県税")), both(answers, says(r"自動車税|不動産取得税|固定資産税")))),
    # 2 middle, trap (旅費 / 給与). Pay and travel procedures announced to each member of staff
    # concerned through the groupware (102). Related: other notices sent by RPA to each member of staff
    # (192 stress-check results, 195 year-end adjustment corrections, 207 reminders to those who have not
    # filed). The travel-claim and pay-entry cases earn nothing.
    ("給与や旅費の手続きが必要な職員に、一人ずつ個別に案内を送る作業を自動にしたい",
     graded(says(r"個別案内"), both(ai_rpa, says(r"本人宛に通知|申告者へ向けた電子メール|未提出の職員へ")))),
    # 3 long. Attachments of the municipalities' replies saved into a folder per
    # municipality (123). Related: other attachments saved automatically (253 the municipalities'
    # subsidy files, 090 replies sorted into folders, 316 the schools' replies, 113 mails from outside
    # the administrative network, 174 a section's mails forwarded with their attachments). Replies
    # tallied without saving the files (323–325) earn nothing.
    ("財政課です。毎年いくつも市町村に調査をお願いしていて、回答は各市町村からメールの添付ファイルで返ってきます。"
     "担当が一通ずつ開いて、市町村ごとのフォルダを作って保存していて、年度末は残業です。添付ファイルを市町村ごとに"
     "分けて保存するところを自動にした例を教えてください。",
     graded(says(r"市町村ごとのフォルダ"),
            both(ai_rpa, says(r"添付ファイルの保存|添付ファイルを所定のフォルダに保存|指定フォルダに保存"
                              r"|添付ファイルや本文をダウンロード|添付ファイルは無害化し")))),
    # 4 short. The February supplementary budget checked against the initial budget (131). Related:
    # other budget checks by RPA (130, 132, 133, 134, 135, 136).
    ("補正予算と来年度の予算の数字が合っているかの確認",
     graded(says(r"2月補正"), BUDGET_CHECK)),
    # 5 middle, trap (決算). The booklet of the main policies' results drafted (133). Related: the
    # other booklets drafted by RPA (132 the budget overview, 059 the fiscal handbook). The settlement
    # statistics (089, 110, 191) and the settlement forecast (136) earn nothing.
    ("決算の時期に出す、主な施策の成果をまとめた冊子の原稿を自動で作りたい",
     graded(says(r"主要施策の成果"), says(r"予算の概要|財政要覧"))),
    # 6 long, place. A section's mails forwarded to the staff in charge by
    # subject: 174 香川 within 四国. No related case inside; mails sorted elsewhere (090, 317) and the
    # mail-sending cases earn nothing.
    ("総務課です。課の共通のメールアドレスに、毎日いろいろな用件のメールがたくさん届きます。今は担当が一通ずつ読んで、"
     "用件ごとに担当者へ転送し、添付ファイルも保存しています。四国の県で、届いたメールを用件ごとに担当者へ振り分けて"
     "送る作業を自動化した例はありますか。",
     placed(SHIKOKU, says(r"担当者に転送"), never)),
    # 7 short. A sheet of budgets over the years made from the budget and settlement data
    # (203). Related: the fiscal handbook (059). The settlement statistics earn nothing.
    ("何年分もの予算と決算の移り変わりの資料づくり",
     graded(says(r"予算推移|予算の推移"), says(r"財政要覧"))),
    # 8 middle, trap (電子申請 / 非常勤). Part-time staff's work records sent online by some 300
    # schools, gathered into one folder (306). Related: other work reports from the schools (314, 327).
    # The e-application systems and the part-time teachers' pay earn nothing.
    ("何百もの学校からネットで出てくる非常勤さんの勤務の記録を、一か所に集める作業を楽にしたい",
     graded(says(r"勤務実績データ"), says(r"各校から報告された各職員の実績|勤務状況報告書"))),
    # 9 long, trap (入札 / 決算書). Bidding-qualification applications checked against their
    # attachments and earlier applications (345). Related: the other bidding-qualification tasks (092,
    # 199 read by AI-OCR, 297 reflected into another system, 302 changes to the list). The
    # e-procurement systems and bid data keyed into them (065) earn nothing.
    ("契約課です。入札に参加したい業者から毎年たくさんの資格の申請書が届き、手書きと印字が混ざった申請書を、登記の"
     "証明書や会社の決算書と一つずつ突き合わせて、書き方の誤りや前回の申請との食い違いを確かめています。この申請書の"
     "チェックを機械で手伝ってもらっている例を探しています。",
     graded(both(ai_rpa, says(r"入札参加資格申請審査")), both(ai_rpa, says(r"入札参加資格|入札資格審査")))),
    # 10 short, place. Bidding-qualification applications for goods read by AI・OCR: 199 大分 within
    # 九州; 静岡's (092) outside is the same thing (1).
    ("九州の県で、物品の入札の資格の申請書の読み取り",
     placed(KYUSHU, both(ai_rpa, uses_ocr, says(r"入札参加資格")), never)),
    # 11 middle. The governor's press conferences transcribed by AI (014).
    # Related: the other meeting-minutes cases. Public relations by AI (351) earns nothing.
    ("知事の定例の記者会見の録音から、文字に起こす作業をAIで楽にしたい",
     graded(says(r"会見"), MINUTES)),
    # 12 long, trap (公共事業). The public works' progress survey checked against the initial budget
    # (134). Related: other budget checks by RPA (130–133, 135, 136). The design-cost systems (shared
    # 073, 075) and the public-works system of 297 earn nothing.
    ("土木部の企画担当です。毎年、公共事業の進み具合の調査をしていて、各課から出てくる資料の金額が、当初予算と合って"
     "いるかを一件ずつ見比べています。課の数も事業の数も多く、数字の食い違いを探すだけで何日もかかります。この見比べ"
     "を自動でしている例を探しています。",
     graded(says(r"公共事業施行状況"), BUDGET_CHECK)),
    # 13 short, trap (要約 / ホームページ). Minutes published on the web with an AI summary (019).
    # Related: the other meeting-minutes cases. Web articles summarised for Twitter (351) earn nothing.
    ("ホームページに載せる議事録をAIで要約したい",
     graded(both(MINUTES, says(r"要約")), MINUTES)),
    # 14 middle, trap (案内). A general guide answering residents' questions by AI chatbot (355), and
    # the other chatbots or AI-FAQ answering residents on anything (344, 350, 182, shared 116). Related:
    # chatbots covering a whole field (258 child-rearing, 313 education). The tourist-guide chatbot
    # (286) and the robot guiding visitors (241) earn nothing.
    ("どこに聞けばよいか分からない県民の質問に、総合案内としてAIのチャットで答えたい",
     graded(both(answers, says(r"総合案内|住民からのよくある問合せ|県民からの問い合わせ等|県民及び職員からの軽微な質問"
                               r"|県・市町が所管する制度")),
            both(answers, says(r"全般")))),
    # 15 long, question, trap (全庁). Meeting minutes by AI for every section, in use (020); 008
    # (planned) is graded 1, as are the other meeting-minutes cases. AI-OCR for every section (048)
    # earns nothing.
    ("広報広聴課です。審議会や庁内の会議のたびに、各課の担当が録音を聞き直して会議録を作っていて、どの課も手間に困って"
     "います。課ごとにばらばらに入れるのではなく、会議録を作るAIの仕組みを全庁で使えるようにしている県はありますか。",
     asked_in_use(both(MINUTES, says(r"全庁")), MINUTES)),
    # --- systems shared with the municipalities ---
    # 16 short. A shared e-application system that also issues the public documents
    # (shared 019). No neighbour; document management (shared 054) and the electronic seal (041, 042)
    # earn nothing.
    ("申請を受けてから公文書を渡すまでネットで済む仕組み",
     graded(both(shared_system, says(r"公文書交付")), never)),
    # 17 middle, trap (照会). Replies to inquiries gathered through the shared e-application system
    # (shared 011). Related: shared e-application systems gathering reports or questionnaires (013, 017,
    # 023, 060), and the municipalities' replies gathered by RPA from mails (090, 123, 251, 323). Bank
    # and tax-amount inquiries (035, 024) earn nothing.
    ("市町村への照会の回答を、メールで集めるのではなく、ネットの申請の仕組みで受けたい",
     graded(both(shared_system, says(r"照会回答")),
            either(both(shared_system, says(r"申請"), says(r"実績報告|アンケート")),
                   both(ai_rpa, says(r"照会|調査"),
                        says(r"市町村からの回答|市町等からのメール|市町村から送付されるメールの添付"))))),
    # 18 long, trap (避難 / 電話). Staffing and shelters shared between the prefecture and the
    # municipalities in disasters (shared 114). Related: the other shared disaster-information systems
    # (052, 059, 101, 107; not the nuclear-disaster networks 097, 098 nor the GIS 111). The evacuation
    # cases by AI (346–348) and the AI calling the elderly (257) earn nothing.
    ("危機管理課です。大きな災害のたびに、どの市町村が何人態勢で動いているか、避難所がどこに開いたかを電話とファクス"
     "で聞き取り、ホワイトボードに書き出しています。夜中でも電話が鳴りやみません。県と市町村で、職員の態勢や避難所の"
     "開設状況をすぐに共有できる仕組みの例を教えてください。",
     graded(both(shared_system, says(r"避難所情報|配備体制")),
            both(shared_system, says(r"防災情報|防災関連情報|災害情報|災害対応活動"), no(says(r"原子力|GIS"))))),
    # 19 short, trap (ホームページ / メール). Disaster information sent out on the web and by mail
    # (shared 107). Related: other shared systems sending disaster information out (052, 059). Web-page
    # updates (175) and the mail cases earn nothing.
    ("防災の情報をホームページとメールで一度に流せないか",
     graded(both(shared_system, says(r"ホームページ・メール配信")),
            both(shared_system, says(r"防災|災害"), says(r"配信|情報発信")))),
    # 20 middle, question, trap (試験). Recruitment-exam applications taken by the shared
    # e-application system, in use (shared 023; 011 takes exam applications too). Related: exam
    # applications handled otherwise (190 printed after e-application, 107 and 328 read by AI-OCR).
    # Licence exams (262, 290) earn nothing.
    ("市町村と一緒に使う電子申請の仕組みで、職員の採用試験の申込みを受け付けている県はありますか",
     asked_in_use(both(shared_system, says(r"試験")),
                  both(ai_rpa, says(r"採用選考申込書|採用選考試験願書|採用試験の志願書|採用試験志願書")))),
    # --- talent and organisation ---
    # 21 long. A deputy director from an IT vendor running the system-introduction review
    # committee (dt-007). Related: outside experts advising on system investment (dt-004, dt-006). The
    # committees of the organisation table earn nothing.
    ("情報企画課です。各課が新しいシステムを入れるときの審査の委員会を回しつつ、県全体の情報化の計画づくりとセキュリ"
     "ティも見てもらえる人を、部の次長くらいの立場で迎えたいと考えています。システムの会社から来た人をそうした幹部に"
     "置いている例を知りたいです。",
     graded(both(talent, says(r"導入審査委員会")), both(talent, says(r"投資判断|投資の最適化")))),
    # 22 short. An SE-born policy chief who also fosters local IT firms (dt-026). Related: the posts
    # fostering the ICT industry (dt-009, dt-027).
    ("地元のIT企業を育てる仕事も持つ、SE出身の情報政策の幹部",
     graded(both(talent, says(r"地場情報・通信事業者")), both(talent, says(r"ICT産業の育成")))),
    # 23 middle, question. The CSIRT led by an engineer from a telecom firm, in use
    # (dt-002). Related: an outside expert on cyber security (dt-024). Care-service accident reports
    # (237) earn nothing.
    ("情報セキュリティの事故に対応するチームの責任者を、通信会社から来た技術者に任せている県はありますか",
     asked_in_use(both(talent, says(r"CSIRT")), both(talent, says(r"サイバーセキュリティ|統括情報セキュリティ責任者")))),
    # 24 long, question. A committee of ICT promoters, one or more from every section, in
    # use (org-036). Related: bodies made of one manager per department (org-031, org-045, org-048,
    # org-051). The IT-strategy committee of department heads (org-030) earns nothing.
    ("情報政策課です。ICTの活用が課によってばらばらなので、どの課からも最低一人は推進の担当を出してもらい、職場にICTを"
     "広めて事務の効率化を進める庁内の委員会をつくろうと考えています。各課から推進員を出す形の委員会を実際に置いている"
     "県はありますか。",
     asked_in_use(both(organization, says(r"推進員")),
                  both(organization, says(r"各部局の企画課長|各部署総務課長|各部局政策主幹|各部局主管課長")))),
    # 25 short, place. An office for science and technology together with local informatisation: org-002
    # 岩手 within 東北. Related within the place: 岩手's other science bodies (org-031, org-058).
    ("東北の県で、科学技術と地域の情報化を一緒に受け持つ部署",
     placed(TOHOKU, both(organization, says(r"科学技術の振興")), both(organization, says(r"科学")))),
    # 26 middle. A DX team advising municipalities, firms and others and answering their consultations
    # (org-014). Related: a consultation desk for firms (org-020) and a unit supporting the
    # municipalities (org-012).
    ("市町や企業からのデジタル化の相談に乗り、情報提供や人づくりもする県のチームがほしい",
     graded(both(organization, says(r"相談対応"), says(r"デジタルトランスフォーメーション|DX")),
            both(organization, says(r"相談窓口|市町村の支援")))),
    # 27 long. A council of experts, firms and municipalities managing the ICT plan's
    # progress (org-057). Related: bodies managing a plan's progress with experts or for the same plan
    # (org-031, org-058). The councils with universities as members (org-060, 061, 062, 071) earn nothing.
    ("企画課です。県のICT活用の計画をつくって3年目になりますが、進み具合を庁内だけで確かめていて、外の目が入っていません。"
     "大学の先生やIT企業、市町村にも入ってもらい、計画の進み具合を見て施策の見直しまで話し合う会議を置いている例を"
     "教えてください。",
     graded(both(organization, says(r"ICT利活用推進計画の進捗"), says(r"学識経験者")),
            both(organization, says(r"進捗"), either(says(r"学識経験者|有識者"), says(r"ICT利活用推進計画"))))),
    # 28 short. A section solving the prefecture's issues with firms by digital technology
    # (org-005). Related: other bodies solving issues with firms, industry and academia (org-022,
    # org-060, org-072). The units fostering the ICT industry (org-003, org-017) earn nothing.
    ("企業と組んで県の課題をデジタルで解く専任の課を探している",
     graded(both(organization, says(r"企業等との連携による課題解決")),
            both(organization, says(r"課題の?解決"), says(r"企業|産学官|民間")))),
    # 29 middle. An office set up this year to draft the digital strategy (org-004).
    # Related: others drafting a digital strategy (dt-032, org-034, org-052) and the other offices named
    # デジタル戦略室 (org-021). The IT-strategy bodies (org-030, dt-029) earn nothing.
    ("県のデジタル戦略をこれからつくるために、今年度新しく立ち上げた専任の室の例",
     graded(both(organization, says(r"デジタル戦略[(（]仮称[)）]の具体的検討")),
            either(says(r"デジタル戦略[(（]仮称[)）]|デジタル総合戦略の策定"), both(organization, named(r"デジタル戦略室"))))),
    # 30 long. A headquarters with a committee or sections below it (org-032,
    # org-034, org-045). Related: bodies set up under another body (org-037, org-048). A headquarters
    # alone and the IT-strategy committee (org-030) earn nothing.
    ("総務部です。情報化を進める体制を見直しています。知事がトップの本部だけだと中身の議論が進まないので、その下に"
     "各部局の幹部で具体的な中身を詰める委員会や部会を置く、二段構えの形を考えています。本部と、その下の委員会や部会を"
     "組み合わせている県の例を教えてください。",
     graded(both(organization, says(r"本部"), says(r"委員会|部会|幹事会")),
            both(organization, says(r"下部組織|の下に設置|庁内検討組織")))),
]

# --- short keyword queries -------------------------------------------------------------------------
SHORT_ITEMS: list[tuple[str, Judge]] = [
    # A robot terminal receiving visitors (241); related: robot classes for children (org-018).
    ("ロボット", graded(both(ai_rpa, says(r"ロボット")), says(r"ロボット"))),
    # AI supporting child-abuse cases (242); related: the child-guidance centre's risk sheets (233).
    ("虐待", graded(says(r"虐待"), says(r"児童相談所"))),
    # Developing people as a post's or a body's duty; related: the same words elsewhere, and staff
    # trained to build RPA (141).
    ("人材育成", graded(both(either(talent, organization), says(TRAINING)),
                        either(says(TRAINING), says(r"操作研修会")))),
    # Duplicates checked (265 waiting lists, 212 vehicles, 051 the library's duplicate holdings); no
    # neighbour.
    ("重複チェック", graded(says(r"重複"), never)),
    # Everyday word for 安否確認: the elderly checked on daily (257); related: missing people with
    # dementia (shared 064).
    ("見守り", graded(says(r"安否確認"), says(r"行方不明"))),
    # Councils' proceedings transcribed (011); related: the other meeting-minutes cases.
    ("審議会", graded(says(r"審議会"), MINUTES)),
    # RPA built in-house (141); related: the unit giving technical support to sections introducing RPA
    # (org-009).
    ("RPA 内製", graded(both(says(RPA), says(r"内製")), both(organization, says(RPA), says(r"技術的サポート")))),
    # Workshops held (org-068); related: workshops funded (org-059).
    ("ワークショップ", graded(says(r"ワークショップ・セミナーの開催"), says(r"ワークショップ"))),
    # The supplementary budget (131); no neighbour.
    ("補正予算", graded(says(r"補正"), never)),
    # Charts made (036); no neighbour.
    ("グラフ", graded(says(r"グラフ"), never)),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
SHORT: list[Judged] = _alternate("short", SHORT_ITEMS)

TWENTYSEVENTH: list[Judged] = NATURAL + SHORT
