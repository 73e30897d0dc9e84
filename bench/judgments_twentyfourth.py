"""A twenty-fourth batch of judged queries: 30 natural requests and 10 short keyword queries, written and
graded by explicit rules over each case's own text and fields before any engine was run on them.

The natural requests are pasted task descriptions as a prefectural clerk or section chief (resident
records, finance and accounts, personnel, disability and mental-health welfare, infectious-disease
surveillance, animal welfare, private lodging, roads, elderly-care facilities, commerce and industry,
hepatitis aid, high-school tuition support, general affairs, public-health statistics, the call centre,
the board of education, NPOs, migration, health policy, industrial promotion, planning), an
information-policy officer, a consultant or a researcher types them, in several registers: colloquial
(〜したい, 〜を楽にしたい, 〜を探している, 〜できないか), formal (〜例を探しています, 〜教えてください, 〜例
を知りたい, 〜と考えています), questions (〜している県はありますか ×5), memo-like fragments (〜の登録者数の
集計, 〜の取り出し作業, 〜を、紙から入力する作業, 〜メールマガジン, 〜話し合う会議, 〜専門の人材) and long
requests with context that is not the point (毎年何百件もあって数週間, 毎月何百件も, 毎月何十件も紙で, 年度
末は残業, 各課から頼まれて…二人で確かめていて…半日, 夜間も含め24時間, 表計算で…更新が追いつきません, 市町村
ごとにばらばらに, 有識者の会議とは別に). A third are 12–30 characters (10), a third 30–60 (10) and a
third 60–200 (10); they come in the order short, middle, long, short… so that each split gets every
length (test: 5 short, 5 middle, 5 long; dev: 5, 5, 5). Most ask in everyday words rather than the
cases' own: 住民票を取られたら本人に知らせる制度 for 本人通知制度, 講師への謝金の振込先を…登録 for 外部講師等
への謝金支払に係る口座振込依頼書(支払相手方)の…入力 / 債権債務者登録, 障害のある子どもの将来に備えて保護者
が掛金を納める共済制度…現況 for 心身障害者扶養共済制度加入者現況調査, 感染症の検査結果の用紙 for 感染症発生動
向調査事業病原体検査票, 精神科に通院している人の医療費の負担を軽くする制度 for 自立支援医療(精神通院), 動物の
保護施設で、来た人の受付や案内 for 動物愛護推進センターでの来所者の受付…所内案内, 民泊 for 住宅宿泊事業,
電柱や看板、工事の足場などで道路を使うための許可 for 道路占有許可, 退職金の計算に使う履歴データの取り出し
for 退職金計算のため、人事システムから人事履歴等のデータを取出し, 空きベッド for 空床情報, 県が中小企業や小
規模事業者とどれだけ契約したかを調べる調査 for 官公需契約実績額等の調査, 肝炎の治療費の助成 for 肝炎扶助費,
高校の授業料を支援するお金 for 高等学校等就学支援金, 宛先ごとに違う添付ファイルを付けたメール for メールの送
信(宛先、添付ファイルのみ変更) / 分割し、メール送信, 保健の統計をまとめた年報 for 公衆衛生年鑑, 予算を配る
for 予算令達 / 予算配当, 通話の内容から回答の候補を画面に出して for AIがオペレータとお客さまとの会話や回答候補
を画面上に表示, 各校で先生の給与を入力する共通システム for 市町村立小中学校の給与システムオンライン化…県費負担
教職員の給与データ入力, 出先機関と市町村をすべて結ぶ通信ネットワーク for 全ての県機関や市町村等を結ぶ情報通信
ネットワーク, 閲覧・縦覧 … データベース for NPO法人の閲覧・縦覧情報…データベース, 市町村長との会議をオンライ
ンで for 首長会議のオンライン会議, 県に移り住みたい人向け…一つのサイト for 移住・定住ポータルサイト, 健康づく
りにアプリやデータを生かす専門の人材 for アプリやビッグデータ活用による健康寿命の延伸…デジタルコーディネー
ター, RPAを入れたい課を技術面で手伝う係 for RPAを導入しようとする所属担当者の技術的サポート, IT産業を伸ばす
ことを専門にする部署 for 情報通信関連産業の育成・誘致 / ICT関連産業の振興, 光回線の整備 for 超高速ブロード
バンド整備, 市町村のデジタル化を手伝う専任のグループ for 行政の情報化に係る市町村の支援…市町村連携グループ,
コロナのあとの経済や暮らし…庁内…検討するチーム for アフターコロナ時代を見据えた経済社会構想検討会議庁内プロ
ジェクトチーム. Three name a technology (AI-OCRで, request 5; RPAで, request 17; RPAを入れたい課, request
26); the others ask for the task done automatically (自動化したい, 読み取ってデータにできないか, 自動で答えてい
る, 自動で抜き出している, 送り分けを自動で) or for a shared system, a role, a unit or a council.

Five ask who already does it (政治団体の届出をAI-OCRで読み取っている県, 民泊の届出の問い合わせに自動で答えて
いる県, 回答の候補を画面に出して応対を手助けする仕組みを実際に使っている県, 各校で先生の給与を入力する共通シス
テムがある県, RPAを入れたい課を技術面で手伝う係を置いている県); for them grade 2 also needs the case to be in
use (導入(実施)済) and the same thing planned or on trial is graded 1 (`asked_in_use`, imported from the
twentieth batch). The others ask for examples to learn from, so a planned, trial or considered case
answers them. Five name a place the way people write it: 東日本の県で (the survey's 北海道, 東北 and 関東
with 甲信越 — 新潟, 山梨, 長野 — and without 静岡), 北部九州の県で (福岡, 佐賀, 長崎, 大分: the phrase's
common use, 熊本 left out), 山陽の県で (岡山, 広島, 山口; 兵庫 left out), 九州・沖縄の県で (the survey's 九州,
沖縄 included) and 瀬戸内の県で (兵庫, 岡山, 広島, 山口, 徳島, 香川, 愛媛: the seven prefectures the
瀬戸内 tourism region commonly means). For them the rule is the twentieth batch's `placed`: grade 2 = the
asked thing within the place; grade 1 = the same thing outside the place (the payees registered in 滋賀
outside 東日本, the allotments keyed by RPA in 茨城 and 福岡 outside 山陽, the ICT-industry units of 秋田
and 高知 outside 瀬戸内) or a related case within the place (lecturers' fees keyed in 茨城 within 東日本,
the mental-health certificates of 大分 within 北部九州, the marriage and child-rearing portal of 福岡
within 九州・沖縄, 香川's units advising local firms on AI and IoT within 瀬戸内); a neighbour outside
the place earns nothing.

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twentieth,
twenty-first, twenty-second and twenty-third batches' docstrings (the twenty-third is the model for this
file's structure) and choosing cases no earlier request the writer saw was about: 18 AI・RPA/OCR/chatbot
tasks over many fields (resident records: the 本人通知制度 registrations; finance: payees registered,
budget allotments keyed, one mail per addressee; personnel: retirement records; welfare: the disabled
dependants' mutual-aid survey, psychiatric outpatients' medical aid, vacant beds in facilities;
health: pathogen test slips, hepatitis aid, the public-health yearbook; animal welfare: visitors received
by a robot terminal; tourism and housing: a private-lodging chatbot; roads: road-occupancy permits;
commerce: the survey of public contracts with small firms; elections: political organisations'
notifications; education: high-school tuition support; the call centre: AI helping operators), 6
systems shared with the municipalities (teachers' payroll keyed at the schools, a network joining every
office and municipality, an NPO database, a mail magazine, online meetings with the mayors, a
migration portal) and 6 talent or organisation requests (a digital coordinator for health policy, a
section supporting RPA, a unit for the ICT industry, a council on broadband, a unit supporting the
municipalities, a team planning for after the pandemic). In file order the 18 AI・RPA requests come
first, then the shared systems, then talent and organisation; `_alternate` splits each group 9/9, 3/3
and 3/3.

Twenty requests use a word that also names a wrong topic, so that word-matching alone misleads: 住民票
(the 本人通知 registrations, not the waste firms' officers' records 212 or the resident-register network,
shared 053), 振込 (payees registered, not the transfer accounts 172, 194, 281, 319), 台帳 / 突き合わせ (the
mutual-aid survey, not the medical-bill ledger checks 250), 感染症 (test slips, not the coronavirus cases),
医療費 (psychiatric outpatients, not the intractable-disease aid 267 and others), 看板 / 工事 (road
occupancy, not the outdoor-advertising permits 296), 空き (vacant beds, not the facility-booking
systems), 中小企業 / 契約 / 残業 (the public-contracts survey, not the small-firm support chatbot 276, the
subsidies 170, the fuel contracts 332 or the overtime cases), 治療費 / 助成 (hepatitis aid, not the
intractable-disease or fertility aid), 授業料 (tuition support, not the tuition direct debits 319), 統計
(the public-health yearbook, not the other statistics), 電話 / 24時間 (the call centre, not the AI calling
the elderly 257 or the 24-hour FAQ systems 182, 350), ネットワーク (the prefectural network, not the
resident-register or nuclear-disaster networks), ホームページ (the NPO database, not the web-page
cases), 会議 (online meetings, not the meeting-minutes cases or the councils), サイト (the migration
portal, not the open-data portal, shared 100), アプリ / 健康 (a health coordinator, not the health-points
app, shared 065), 講座 (an ICT-industry unit, not the children's programming classes org-018), 会議 / 大学
(the broadband council, not the other councils with universities) and コロナ (the after-pandemic team,
not the coronavirus cases). None of those wrong topics earns a grade.

The short queries are one word or two separated by a space, on topics no earlier batch's docstring the
writer read names: 浄化槽, マニフェスト, 会計年度任用職員, レセプト, 就活, スマートオフィス, 相続, 無害化, RPA
社会保険, AI-OCR 補助金. A single word is grade 2 where it is the case's subject (its name says it, or the
case's task is about it: 209, whose name gives the manifest's formal name 産業廃棄物管理票; 034 and 321,
tasks for 会計年度任用職員 named by what is done for them; 250, whose medical-fee payments are tallied from
the レセプト; the two cases making files harmless, 113 and shared 121) and grade 1 where only mentioned or
a close neighbour (other reports of waste producers for マニフェスト, the part-time staff under the older
names 嘱託員 and 非常勤職員 and an adviser employed as 会計年度任用職員, medical invoices for レセプト,
work-style reform and paperless offices for スマートオフィス, the internet reached from the LGWAN side for
無害化). For the pairs, both words must hold for grade 2 (an AI・RPA case that states no technology counts
as done by RPA, `rpa_way`); a close neighbour (insurance premiums deducted from the police's pay; other
grant applications, 協力金 and 給付金, read by AI-OCR) is graded 1.

They were written without seeing any engine output and without reading the engine's code or any other
batch's queries beyond these (of the twentieth to twenty-third the docstrings, read to avoid their
topics; the twenty-third's file as the model, whose first requests and notation variants were seen
while reading its structure; of the twenty-second its SHORT_ITEMS, for their style; the definitions of
the helpers used here, in bench/judgments.py, the nineteenth (`placed`, `asked_in_use`), the fifteenth
(`rpa_way`) and the tenth (`never`), with the few rules printed around them). Each rule
was written before looking at what it selects, then checked by reading every case it selects and the
cases using the task's words, their synonyms and their near misses (for example 113, whose received
mails' attachments are saved, was taken out of the mails sent per addressee by requiring the file to be
attached to a mail sent; the nuclear-disaster TV-meeting network, shared 098, was moved from grade 2 to
related by requiring a meeting system named for web or online meetings; 222 and 317, notices and check
results mailed to each body or claimant, were added as related; 188, which mails the allotment papers to
the schools, was left out of the allotments keyed into the finance system). The only thing run was
these rules over the records, to read and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — AI-OCR,
RPA, automatic answering, shared with the municipalities — was asked; for a question asking which
prefectures already do it, a case in use; for a request naming a place, a case within it); 1 = clearly
related (the same task done otherwise, or a neighbouring task the writer would want to see; a planned or
trial case answering a question about who already does it; the asked thing outside a named place); a
shared generic word (業務, 入力, システム, 自動化, 集計, 作成, 管理, 台帳, 申請書, 報告, 一覧 …) earns
nothing by itself. A case listing several tasks (ai_rpa-186: year-end adjustment, travel, subsidies and
allotments) is graded by the task that matches. Case numbers like 118 refer to ids ai_rpa-118; shared 053
is shared_system-053, dt- digital_talent- and org- organization-. Splits alternate test, dev, test, dev…
within each kind in file order (`_alternate`).
"""

from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    OCR,
    WEB_MEETING,
    Judge,
    Judged,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    named,
    organization,
    pref,
    region,
    says,
    shared_system,
    talent,
)
from bench.judgments_fifteenth import rpa_way
from bench.judgments_tenth import never
from bench.judgments_twentieth import asked_in_use, placed

# --- named patterns --------------------------------------------------------------------------------
answers = says(AUTO_ANSWER)
uses_ocr = says(OCR)

# Budget allotments (令達, 予算配当, 予算配付) keyed into the finance system; 188, which mails the
# allotment papers to the schools without keying anything, is not this task.
ALLOTMENT_INPUT = both(ai_rpa, says(r"令達|予算配当|予算配付"), says(r"入力"))

# Payees registered in the finance system (支払相手方, 債権(債務)者登録): the lecturers' fees of 046, the
# creditors' list of 079, the creditors read from invoices (243) or grant applications (274).
PAYEE_REGISTRATION = both(ai_rpa, says(r"支払相手方|債権債務者登録|債権者登録|債権者の氏名、住所等の情報を財務会計システムに登録"))

# One mail per addressee, each with its own attachment or notice: the template mails (080, 124), the
# files split per municipality or section and mailed (025, 126), the notices mailed to each municipality
# (140) or school (322).
MAIL_PER_ADDRESSEE = both(ai_rpa, either(
    says(r"添付ファイルを添付|メールに添付して"),
    says(r"分割し.{0,12}メール"),
    says(r"メールによる連絡|通知文のメール送付"),
))
# Mails sent one by one with per-person content, without a file per addressee: reminders, results and
# notices to each person or body (102, 192, 195, 207, the audit appointments 222, the travel-claim checks
# 317), the inquiry mails sent to each school (316).
MAIL_TO_EACH = both(ai_rpa, says(r"本人宛に通知|申告者へ向けた電子メール|個別案内|催促メール|照会メールを自動で送信"
                                 r"|法人等へメール送信|チェック結果の自動送信"))

# places as people write them
EAST_JAPAN = either(region("北海道", "東北", "関東"), pref("新潟県", "山梨県", "長野県"))  # 東日本: 甲信越 included, 静岡 not
NORTH_KYUSHU = pref("福岡県", "佐賀県", "長崎県", "大分県")  # 北部九州, as the phrase is commonly used
SANYO = pref("岡山県", "広島県", "山口県")  # 山陽: 兵庫 left out
SETOUCHI = pref("兵庫県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県")  # the 瀬戸内 7 prefectures
KYUSHU_OKINAWA = region("九州")  # the survey's 九州, 沖縄 included

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short…
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short, memo, trap (住民票). The registrations under the 本人通知制度 (residents told when a
    # copy of their resident record is issued to someone else) tallied from the municipalities (125). No
    # neighbour; 212 (the waste firms' officers' 住民票 read for a ledger), the resident-register
    # network (shared 053) and the voters' register counts tallied the same way (127) earn nothing.
    ("住民票を取られたら本人に知らせる制度の登録者数の集計",
     graded(says(r"本人通知"), never)),
    # 2 middle, place, trap (振込). Payees registered in the finance system (046 茨城, 079 山梨, 274
    # 栃木 within 東日本; 243 滋賀 outside, related). Related within the place: the lecturers' fees
    # otherwise keyed (311 茨城). The transfer-account cases (194 口座振込照会, 172, 319, 320 口座振替,
    # 281 振込データ) earn nothing.
    ("講師への謝金の振込先を財務会計システムに登録する作業、東日本の県で自動化した例を探している",
     placed(EAST_JAPAN, PAYEE_REGISTRATION, both(ai_rpa, says(r"謝金")))),
    # 3 long, trap (台帳, 突き合わせ). The yearly survey of members of the 心身障害者扶養共済制度 checked
    # against the members' ledger (236). No neighbour; other ledger checks (250's 台帳突合 of medical
    # bills) earn nothing.
    ("障害福祉課です。障害のある子どもの将来に備えて保護者が掛金を納める共済制度があり、毎年、加入者の現況を調べ"
     "て台帳と一件ずつ突き合わせています。何百件もあって数週間かかるので、この突き合わせを自動でしている例を教え"
     "てください。",
     graded(says(r"扶養共済"), never)),
    # 4 short, trap (感染症). The pathogen test slips of the infectious-disease surveillance read by
    # AI-OCR (263). No neighbour; the coronavirus cases (266, 276, 281, 284, 300, 301, 339, 343) earn
    # nothing.
    ("感染症の検査結果の用紙を読み取ってデータにできないか",
     graded(says(r"病原体|検査票"), never)),
    # 5 middle, question, names AI-OCR. Notifications of political organisations founded, changed or
    # dissolved read by AI-OCR, in use (354). Related: the election commission's other papers read by
    # AI-OCR (absentee-voting costs 352, public-expense claims 353).
    ("政治団体の設立や解散の届出をAI-OCRで読み取っている県はありますか",
     asked_in_use(says(r"政治団体"), both(ai_rpa, uses_ocr, says(r"不在者投票|選挙公営")))),
    # 6 long, place, trap (医療費). Medical aid for psychiatric outpatients (自立支援医療(精神通院)) read
    # by AI-OCR and keyed by RPA (269 大分, within 北部九州). Related within the place: the mental-health
    # certificates handled the same way (270 大分). The intractable-disease aid (267 大分 and others)
    # and the designation of medical institutions (248 大阪) earn nothing.
    ("精神科に通院している人の医療費の負担を軽くする制度の担当です。申請書が毎月何百件も届き、内容を業務システ"
     "ムへ手で書き写しています。北部九州の県で、申請書を読み取って転記まで自動でしている例を探しています。",
     placed(NORTH_KYUSHU, says(r"精神通院"), says(r"精神障害者保健福祉手帳"))),
    # 7 short. Visitors received and guided by a robot terminal at the animal-welfare centre (241).
    # Related: a tablet terminal helping at a counter (the tax office's translation 103).
    ("動物の保護施設で、来た人の受付や案内を自動でしたい",
     graded(says(r"動物愛護"), says(r"タブレット端末を介して"))),
    # 8 middle, question. A chatbot on notifications of private lodging (住宅宿泊事業, 民泊), in use
    # (226). Related: a chatbot on how to file another notification (338).
    ("民泊を始めたい人からの届出の問い合わせに、自動で答えている県はありますか",
     asked_in_use(says(r"住宅宿泊"), both(answers, says(r"届出")))),
    # 9 long, trap (看板, 工事). Road-occupancy permits read by AI-OCR (303). Related: the port-occupancy
    # permits read the same way (305). The outdoor-advertising permits (296) and the works cases earn
    # nothing.
    ("道路管理の担当です。電柱や看板、工事の足場などで道路を使うための許可の申請が毎月何十件も紙で届き、申請書の"
     "内容を一件ずつシステムに打ち込んでいます。申請書を読み取って入力まで自動化している例を探しています。",
     graded(says(r"道路占有|道路占用"), both(ai_rpa, says(r"占用許可")))),
    # 10 short, memo. Personnel records taken out for retirement allowances (152). No neighbour.
    ("退職する職員の退職金の計算に使う履歴データの取り出し作業",
     graded(says(r"退職"), never)),
    # 11 middle, trap (空き). Vacant beds reported by facilities pasted into one sheet (264). Related:
    # the nursing homes' waiting lists tallied (265). The facility-booking systems showing free slots
    # (空き状況, shared 025–037) earn nothing.
    ("老人ホームなどの施設から届く空きベッドの情報を、一つの表にまとめる作業を自動化したい",
     graded(says(r"空床"), says(r"入所申込"))),
    # 12 long, trap (中小企業, 契約, 残業). The national survey of public contracts with small firms
    # (官公需), its cases picked from the finance system (278). No neighbour; the small-firm support
    # chatbot (276), the subsidies (170), the fuel contracts (332) and the overtime cases earn nothing.
    ("商工の担当です。毎年、国から、県が中小企業や小規模事業者とどれだけ契約したかを調べる調査が来ます。財務シス"
     "テムから対象の契約を一件ずつ拾い出していて、年度末は残業になります。対象の案件を自動で抜き出している例を探"
     "しています。",
     graded(says(r"官公需"), never)),
    # 13 short, trap (治療費, 助成). Hepatitis aid reported on paper, read by AI-OCR (238). No neighbour;
    # the intractable-disease and fertility-treatment aids earn nothing.
    ("肝炎の治療費の助成の報告を、紙から入力する作業",
     graded(says(r"肝炎"), never)),
    # 14 middle, trap (授業料). High-school tuition support (就学支援金) data transcribed by RPA (329). No
    # neighbour; the tuition direct debits (319) earn nothing.
    ("高校の授業料を支援するお金の申請データを、業務システムへ書き写す作業を自動化したい",
     graded(says(r"就学支援金"), never)),
    # 15 long. One mail per addressee with its own file or notice (MAIL_PER_ADDRESSEE). Related: mails
    # with per-person content sent one by one (MAIL_TO_EACH). Mails received, sorted or saved (090, 113,
    # 123, 174, 253) earn nothing.
    ("総務課です。毎月、各課から頼まれて、出先機関や市町村など何十か所へ、同じ文面で宛先ごとに違う添付ファイルを"
     "付けたメールを一通ずつ送っています。宛先とファイルを取り違えないよう二人で確かめていて、それだけで半日かか"
     "ります。送り分けを自動でしている例を教えてください。",
     graded(MAIL_PER_ADDRESSEE, MAIL_TO_EACH)),
    # 16 short, trap (統計). The public-health yearbook compiled by RPA (268). Related: the
    # health-and-labour statistics tallied for the prefecture's figures (254). Other statistics earn
    # nothing.
    ("保健の統計をまとめた年報を毎年作る作業を楽にしたい",
     graded(says(r"公衆衛生年鑑"), says(r"厚生労働統計"))),
    # 17 middle, place, names RPA. Budget allotments keyed into the finance system by RPA: 143 岡山
    # within 山陽; 043, 310 茨城 and 186 福岡 outside, related. 188 (allotment papers mailed to the
    # schools) and 135 (allotment slips checked against the budget system) key nothing and earn nothing.
    ("各課や出先に予算を配るときの財務会計システムへの入力を、RPAでしている山陽の県の例",
     placed(SANYO, both(ALLOTMENT_INPUT, rpa_way), never)),
    # 18 long, question, trap (電話, 24時間). AI showing answer candidates to call-centre operators, in
    # use (342). Related: a chatbot carrying veteran staff's knowledge for staff and residents (099). The
    # AI calling the elderly (257) and the 24-hour FAQ systems (182, 350) earn nothing.
    ("県民からの電話の相談窓口を担当しています。夜間も含め24時間受け付けていて問い合わせが多く、経験の浅い職員では"
     "すぐに答えられないことがあります。通話の内容から回答の候補を画面に出して応対を手助けする仕組みを、実際に使"
     "っている県はありますか。",
     asked_in_use(says(r"オペレータ"), says(r"暗黙知"))),
    # --- systems shared with the municipalities ---
    # 19 short, question. Teachers' pay keyed at each municipal school into a shared payroll system, in
    # use (shared 080). Related: the teachers' allowances reported by each school read by AI-OCR (314).
    ("各校で先生の給与を入力する共通システムがある県はありますか",
     asked_in_use(both(shared_system, says(r"給与")), both(ai_rpa, says(r"各校から報告された")))),
    # 20 middle, trap (ネットワーク). A network joining every prefectural office and municipality
    # (shared 105). Related: an intranet shared by the municipalities (shared 055). The resident-register
    # network (053) and the nuclear-disaster network (097, 098) earn nothing.
    ("県の出先機関と市町村をすべて結ぶ通信ネットワークを、県が整備して一緒に使っている例",
     graded(both(shared_system, says(r"結ぶ")), both(shared_system, says(r"イントラ")))),
    # 21 long, trap (ホームページ). A database of NPO corporations published on the web (shared 117). No
    # neighbour; the web-page cases and the councils with NPO members (org-061) earn nothing.
    ("県民活動の担当です。県内のNPO法人の事業報告書や定款を閲覧・縦覧できるようにし、団体のプロフィールもホームペ"
     "ージで公開しています。いまは表計算で管理していて更新が追いつきません。市町村も使えるデータベースで管理して"
     "いる例を探しています。",
     graded(says(r"NPO法人"), never)),
    # 22 short. A mail magazine of the prefecture's and the municipalities' news (shared 104). Related:
    # the match-making mail magazine sent jointly by the prefectures of 九州・山口 (shared 067).
    ("県と市町村の情報をまとめて届けるメールマガジン",
     graded(both(shared_system, says(r"メールマガジン"), says(r"市町")), says(r"メールマガジン"))),
    # 23 middle, trap (会議). Online meetings with the municipalities on a shared system (shared 113,
    # 120). Related: web or TV meetings as one feature of another shared system (Teams file sharing 103,
    # the nuclear-disaster TV meetings 098). The meeting-minutes cases and the councils earn nothing.
    ("市町村長との会議をオンラインで開けるよう、県と市町村で共通の会議システムを使っている例",
     graded(both(shared_system, named(r"ウェブ会議|オンライン会議")), both(shared_system, says(WEB_MEETING)))),
    # 24 long, place, trap (サイト). A portal for people moving to the prefecture (shared 118 福岡, within
    # 九州・沖縄). Related within the place: another portal shared there (066, on meeting, marriage and
    # child-rearing). The open-data portal (shared 100) earns nothing.
    ("移住・定住の担当です。県に移り住みたい人向けに、相談会などのイベントや支援の制度を紹介していますが、市町村ご"
     "とにばらばらに発信していて探しにくいと言われます。九州・沖縄の県で、県と市町村の情報を一つのサイトにまとめ"
     "ている例を探しています。",
     placed(KYUSHU_OKINAWA, says(r"移住"), both(shared_system, says(r"ポータル")))),
    # --- talent and organisation ---
    # 25 short, trap (アプリ, 健康). A digital coordinator for health policy using apps and big data
    # (dt-028). Related: the same prefecture's digital coordinators for other fields (dt-022, dt-030).
    # The health-points app (shared 065) earns nothing.
    ("健康づくりにアプリやデータを生かす専門の人材",
     graded(both(talent, says(r"健康")), both(talent, named(r"デジタルコーディネーター")))),
    # 26 middle, question, names RPA. A section giving technical support to sections introducing RPA,
    # in use (org-009). Related: a project team promoting RPA among other things (org-033), staff trained
    # to build RPA in-house (141).
    ("RPAを入れたい課を技術面で手伝う係を、情報部門に置いている県はありますか",
     asked_in_use(both(organization, says(r"RPAを導入しようとする")),
                  either(both(organization, says(r"RPA")), both(ai_rpa, says(r"内製"))))),
    # 27 long, place, trap (講座). A unit promoting the ICT industry: org-017 香川 within 瀬戸内; org-003
    # 秋田 and org-022 高知 outside, related. Related within the place: 香川's units supporting local
    # firms on AI and IoT (org-019, org-020). The children's programming classes (org-018) earn nothing.
    ("産業振興の担当です。IT企業の誘致や、情報通信の仕事で活躍できる人を育てる講座の開催など、IT産業を伸ばすことを"
     "専門にする部署をつくりたいと考えています。瀬戸内の県で、そうした室や課を置いている例を教えてください。",
     placed(SETOUCHI, both(organization, says(r"ICT関連産業|情報通信関連産業|IT・コンテンツ産業")),
            both(organization, says(r"県内企業|企業等への助言")))),
    # 28 short, trap (会議, 大学). A council with carriers and universities on ultra-fast broadband
    # (org-071). No neighbour; the other councils with universities earn nothing.
    ("光回線の整備を通信会社や大学と話し合う会議",
     graded(says(r"ブロードバンド"), never)),
    # 29 middle. A unit supporting the municipalities' digitalisation (org-012, its 市町村連携グループ).
    # Related: posts or teams whose duties include helping the municipalities (dt-020, dt-025, org-014)
    # and the council preparing joint procurement with them (org-063).
    ("市町村のデジタル化を手伝う専任のグループを、県の情報部門に置いている例を知りたい",
     graded(both(organization, says(r"市町村の支援|市町村連携")),
            either(both(talent, says(r"県内市町の|市町の情報化支援")),
                   both(organization, says(r"あらゆる主体に対し|市町村間で共通的に利用"))))),
    # 30 long, trap (コロナ). A cross-department team planning the economy and society after the
    # pandemic, digital government among its groups (org-037). No neighbour; the coronavirus cases earn
    # nothing.
    ("企画課です。コロナのあとの経済や暮らしをどう立て直すかを考える有識者の会議とは別に、庁内でも経済、観光、行"
     "政のデジタル化といった分野ごとに検討するチームをつくることになりました。ほかの県の同じような庁内の検討チー"
     "ムの例を探しています。",
     graded(says(r"アフターコロナ"), never)),
]

# --- short keyword queries -------------------------------------------------------------------------
SHORT_ITEMS: list[tuple[str, Judge]] = [
    # Septic tanks (218, the only case); no neighbour.
    ("浄化槽", graded(says(r"浄化槽"), never)),
    # Industrial-waste manifests (219 names マニフェスト; 209 its formal name 産業廃棄物管理票); related:
    # other reports of waste producers (214, 220).
    ("マニフェスト", graded(says(r"マニフェスト|産業廃棄物管理票|産業廃棄物管理表"), says(r"排出事業者"))),
    # Fiscal-year appointed staff: the tasks about them (034, 069, 321); related: an adviser employed
    # so (org-027) and the part-time staff under the older names (嘱託員, 非常勤職員).
    ("会計年度任用職員", graded(both(ai_rpa, says(r"会計年度任用職員")),
                                either(says(r"会計年度任用職員"), says(r"嘱託員|非常勤職員")))),
    # Medical-fee claims (レセプト) tallied for children in welfare facilities (250); related: medical
    # invoices registered for the intractable-disease aid (243).
    ("レセプト", graded(says(r"レセプト"), says(r"療養費請求書"))),
    # Job-hunting information service applications read by AI-OCR (169); no neighbour.
    ("就活", graded(says(r"就活"), never)),
    # The smart office as a digital coordinator's remit (dt-022); related: work-style reform and
    # paperless offices among a body's duties.
    ("スマートオフィス", graded(says(r"スマートオフィス"), says(r"ワークスタイル|ペーパーレス"))),
    # Inheritance diagrams drawn from family registers for the fixed-asset tax (096); no neighbour.
    ("相続", graded(says(r"相続"), never)),
    # Files made harmless (無害化) before they reach the administrative network (113, shared 121);
    # related: the internet reached from the LGWAN side through a virtual platform (shared 123).
    ("無害化", graded(says(r"無害化"), says(r"LGWAN系からのインターネット"))),
    # Social insurance by RPA (034, 072); related: insurance premiums deducted from the police's pay (335).
    ("RPA 社会保険", graded(both(ai_rpa, rpa_way, says(r"社会保険")), both(ai_rpa, says(r"保険料控除の抽出")))),
    # Subsidy applications read by AI-OCR (170, 274); related: other grant applications read by AI-OCR
    # (協力金, 給付金).
    ("AI-OCR 補助金", graded(both(uses_ocr, says(r"補助金")), both(uses_ocr, says(r"協力金|給付金")))),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
SHORT: list[Judged] = _alternate("short", SHORT_ITEMS)

TWENTYFOURTH: list[Judged] = NATURAL + SHORT
