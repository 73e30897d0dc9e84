"""A twenty-ninth batch of judged queries: 30 natural requests and 10 short keyword queries, written and
graded by explicit rules over each case's own text and fields before any engine was run on them.

The natural requests are pasted task descriptions as a prefectural clerk (statistics, health, personnel and
pay, purchasing, election commission, tax stamps, public hearing, general affairs, the board of education,
commerce and industry, land, culture, disaster management, municipal affairs, information policy, police,
planning, waterworks, administrative reform) types them, in several registers: colloquial (〜を自動化したい,
〜をRPAでやりたい, 〜を機械でできないか, 〜台帳にしたい, 〜が手作業, 〜に置き換え), formal (〜例を教えてください ×3,
〜例を知りたいです ×2, 〜例を探しています), questions (〜している県はありますか ×2, 〜答えている県は？, 〜例はあり
ますか ×3, one of them 四国の県で…), memo-like fragments (〜の転記, 〜を調べる作業, 〜を集める仕組み, 〜で入力,
〜メルマガ配信, 〜顧問, 〜を話し合う場, 〜検討チーム, 九州の県で…例, 〜を生かしている例, 〜仕組み) and long requests
with context that is not the point (月末はこれだけで半日, 年末の収支報告の時期と重なると, 新人のオペレーター, 書き写し
の間違いも心配, 電話が何百件も, 遠い町からは片道で何時間も, 台風や大雪のときは, 費用も管理の手間も, 今後の見直しの参考,
役職の名前の付け方も, 検針の自動化に向けて, 横のつながりがありません; and in middle ones 毎年の, 何日もかかる). A third
are 12–30 characters (10: 16–24), a third 30–60 (10: 36–51) and a third 60–200 (10: 113–139); they come in the order short, middle, long,
short… so that each split gets every length (test: 5 short, 5 middle, 5 long; dev: 5, 5, 5). Most ask in
everyday words rather than the cases' own: 工場の生産の指数 for 鉱工業指数, 病院調査、診療科が増えた減った、医師が
何人か for 診療科の異動状況や診療科別の医師数 (地域医療動向調査), 差し引いた健康保険や年金の保険料…振り替えて for 社会保険料の
振替更生, 店のたばこのルール for 受動喫煙防止対策, 備品や消耗品の購入の依頼 for 物品要求 (発注決裁書), 政治団体を
つくったときや代表者が変わったとき、解散したときの届出 for 政治団体設立(異動、解散)届, 証紙の販売所の月報 for 証紙売り
さばき人から提出される証紙出納計算書, 賞与の支給割合を出すのに欠勤や休職の期間を数える for 期末勤勉手当の除算期間, 回答の候補を
AIが画面に出して、受け手を手伝って for AIオペレータ業務支援 (回答候補を画面上に表示), プリンターの印刷枚数 for
プリンタの印刷カウンタ, 先生の名簿 for 教職員名簿, 中小企業向けの県の融資の制度…返済の情報 for 県制度融資回収金,
土地売買の届出書 for 国土利用計画法23条に基づく届出, 県の芸術の祭典…出品の申込書 for 芸術祭 (出品者), 選挙についての問い
合わせにAIのチャット for 参議院議員通常選挙に係る問合せチャットボット, 各地の震度を県庁へ自動で集める for 震度情報
ネットワーク, 市町村が管理している橋の点検の記録…台帳 for 市町村橋梁台帳 (You点検), 知事と市長・町長が集まる会議を
…オンラインで for 首長会議のオンライン会議, 小中学校の先生の給与を学校からネットで for 県費負担教職員の給与データ入力
(給与システムオンライン化), NPO法人の情報を県民が見られるように for NPO法人の閲覧・縦覧情報…HP上に公開, 県の機関と
市町村をまとめて結んでいる通信の網 for 全ての県機関や市町村等を結ぶ情報通信ネットワーク (IBN), 市町のイベントも載せた合同のメルマガ for 県および市町の情報を
メールマガジン登録者に通知, 警察のシステムを作ったり動かしたりする技術者 for 情報処理技術者 (警察情報システムの開発・
運用管理), 外資系などの大きなIT企業で副社長や役員を務めた人…情報化を統括 for 最高情報統括監 (元日本アイ・ビー・エム(株)取締役副社長), 外から助言してくれる
顧問 for ICT戦略顧問 (大学教授), 民間から来た人や民間出身の職員 for 民間公募トップや民間交流員…SE出身者, 水道事業者と
企業が課題や新しい技術を持ち寄る集まり for 水道ICT情報連絡会, 学校のICT機器の整備を話し合う場 for ICT教育推進協議会,
感染症の流行が収まったあと…部局をまたいだ検討チーム for アフターコロナ時代を見据えた…庁内プロジェクト
チーム, まとめて一緒に進める庁内のプロジェクトチーム for デジタル化推進プロジェクトチーム
(RPA・電子申請・ペーパーレス・電子公印). Five name a technology (AIで, AIのチャット, AI-OCR, RPA, AIが画面に出して)
and one asks for a machine's help (機械で); the others ask for the task done automatically, read into data, or
for a shared system, a post or a body.

Three ask who already does it (店のたばこのルールの質問にAIで答えている県, 選挙についての問い合わせにAIのチャットで
答えている県, 警察のシステムを…技術者を職員として採っている県); for them grade 2 also needs the case to be in use
(導入(実施)済) and the same thing planned or on trial is graded 1 (`asked_in_use`, imported from the twentieth
batch; here all three asked cases, 231, 349 and dt-042, are in use, and the police's cyber-crime posts
dt-040 and dt-041 are the related cases). The others ask for examples to learn from, so a planned, trial or
considered case answers them (287, 072, 104, the メルマガ considered by 福井, among them). Two name a place the
way people write it: 四国の県で (the survey's 四国) and 九州の県で (the seven prefectures of the island; 沖縄, which
the survey files under 九州, left out). For them the rule is the twentieth batch's `placed`: grade 2 = the
asked thing within the place (香川's political-group notifications 354; 長崎's deduction periods 189); grade 1
= the same thing outside (none exists) or a related case within (none); a neighbour outside earns nothing
(山梨's pay and bonus payments keyed into the finance system, 068, name 期末勤勉手当 but compute no
deduction period: the content was narrowed from 期末勤勉|除算期間 to 除算期間 after reading it).

Topics. Twenty-eight batches have covered the survey's 594 cases closely, and the survey is exhausted: a grep
over bench/judgments*.py for each candidate word found every one of them in some earlier batch's rules or
queries (鉱工業, 医師数, 社会保険料, 物品要求, 証紙, 官公需, 国土利用計画, 芸術祭 and 扶養共済 in one to three files
each, 受動喫煙, プリンタ, 制度融資, 痰 and 岸壁 in three to five, 選挙 in fourteen). The cases were picked by reading
the survey beside a list marking the case numbers the twentieth to twenty-eighth docstrings give; none of the
cases graded 2 here is numbered there, but reading those docstrings again after writing showed that the
twenty-second to twenty-fifth name nearly all of them in everyday words as asked cases (for example 工場の
生産の動きを表す指数 for 鉱工業指数, 先生の名簿 for 教職員名簿, 物品の購入の依頼の受付, 収入証紙を売ってくれて
いるお店, 市町村長との会議をオンラインで, 政治団体の届出をAI-OCRで読み取っている県, 大学の先生を顧問に). So
these requests are new strings and new combinations on cases asked before, not new cases: each was compared
(difflib ratio) with every earlier natural request, and the ten closest (ratios 0.60–0.83: the stamp
vendors, the joint mail magazine, the tobacco and land requests, the bonus, the art festival, the hospital
survey, the police engineers, the former executive, the after-coronavirus team) were rewritten before any
rule was rerun, to new wording, register or length (the closest left are 0.57–0.59); the places (四国,
九州), the in-use questions and the contexts are new combinations. The short queries are new strings,
checked against every earlier batch's query strings of all kinds (collected from the batch modules' lists:
none equal). 15 AI・RPA/OCR/chatbot tasks over many fields
(statistics: the industrial production index; health: the regional medical survey of departments and
doctors; pay: social-insurance premiums moved in the finance system, the bonus deduction periods;
purchasing: sections' goods requests printed and checked; elections: political-group notifications read
by AI-OCR, an election chatbot; tax stamps: the stamp vendors' accounts tallied; health: a passive-smoking
chatbot; public hearing: AI supporting call-centre operators; general affairs: printer counters surveyed;
education: the teachers' directory drafted after transfers; commerce: the prefecture's loan-scheme repayments
transcribed; land: land-transaction notifications read by AI-OCR; culture: art-festival entries listed), 7
systems shared with the municipalities (seismic intensities collected, the municipal bridge register, the
heads' meetings online, teachers' pay entered from the schools, NPO information published, one network for
all prefectural offices and municipalities, a joint mail magazine) and 8 talent or organisation requests
(police information-system engineers, a former IT-firm executive as chief information officer, an ICT
strategy adviser, private-sector people used without special recruitment; a waterworks ICT liaison group,
a council on school ICT, an after-coronavirus project team, a digital project team joining RPA, e-application,
paperless work and electronic seals). In file order the 15 AI・RPA requests come first, then the shared
systems, then talent and organisation; `_alternate` splits each group 8/7, 3/4, 2/2 and 2/2 (test/dev).

Eight requests use a word that also names a wrong topic, so that word-matching alone misleads: 報告 / 転記
(the index, not the settlement statistics 089, 110, 191, the fiscal handbook 059 or the statistics book
109), 保険料 (the premiums moved, not the year-end insurance-deduction declarations 155), 購入 / 印刷 (goods
requests, not the printer survey 176), 名簿 (the teachers' directory, not the call-up roster 056, the voters'
lists 127 or the bidders' register 302), 選挙 (the election chatbot, not the voters' lists 127 or the
public-expense claims 353), 届出 (political groups, land transactions: not the other notifications), 会議
(the heads' meetings, not the meeting-minutes cases) and 警察 (the police's engineers, not the police pay
335, 336 or a post whose holder came from the 警察庁, dt-003). None of those wrong topics earns a grade.

The short queries are one word or two separated by a space, as typed in a search box: a task word (官公需,
扶養共済, 港湾統計, 痰吸引, 温暖化対策, コンビニ収納, 放課後児童クラブ, 資材単価), an everyday notation for the survey's
(道路占用: the survey writes 道路占有許可) and a task with a technology (障害者手帳 OCR). A single word is grade 2
where it is the case's subject (278's public-procurement survey, 236's mutual-aid survey, 293's port
statistics, 255's sputum-suction certificates, 208's warming-countermeasure plans, 085's convenience-store
payments, 235's after-school clubs, 295's building-material prices, 303's road-occupation permits) and grade
1 for a close neighbour (305's port-occupation permits for 道路占用; 294's quay usage records for 港湾統計).
For 障害者手帳 OCR both must hold for grade 2 (246's physical-disability and 270's mental-health certificates,
both read by AI-OCR; the survey writes 障害者保健福祉手帳 for the latter); 051, listing the mental-health
certificates among tasks chosen for RPA, is graded 1. Kept out: 共済費 in 151 (扶養共済), the port permits 304,
305 (港湾統計), the fluorocarbon registrations 213 (温暖化対策), 163's 収納データ (コンビニ収納) and 332's fuel
unit prices (資材単価).

They were written without seeing any engine output and without reading the engine's code or any other
batch's queries beyond these: of the twentieth to twenty-eighth the docstrings, read to avoid their topics
(those of the twenty-second to twenty-sixth at first only in part, as printed, then searched for the
chosen topics' words); the twenty-seventh's file as the model for
this file's structure, whose requests were seen while reading it; the definitions of the helpers used here,
in bench/judgments.py (whose first tuned queries were seen around them), the nineteenth (`placed`,
`asked_in_use`, imported through the twentieth) and the tenth (`never`); greps for candidate words over
bench/judgments*.py, whose matching lines showed other batches' queries and rule patterns on those words;
and every batch's query strings, collected to check the short queries are new and to compare the natural
requests with the earlier ones. Each rule was written before
looking at what it selects, then checked by reading every case it selects and greps of the records for the
task's words, synonyms and near misses. Fixes after reading: the statistics related to the index were
narrowed from any AI・RPA case naming 統計 to those compiling reported or published figures (the settlement
statistics, the statistics book and the education chatbot naming 各種統計 taken out; 057, 067, 254, 277,
293, 331, 357 kept); the premiums' related cases from 保険料控除|れい入 to pay figures from the personnel-pay
system keyed into the finance system (068, 071) and the police pay deductions (335), so that 155 went out;
the goods requests were given related cases (030's estimated prices, 147's goods payments, 163 listing
物品調達業務); the teachers' directory's related cases from 職員名簿 anywhere to a case named so (056's
call-up roster out); the executive's related cases were added (posts filled from private IT vendors: dt-001,
006, 007, 014), as were the adviser's (dt-025, supporting the next ICT strategy) and the private-sector
people's (org-011, a department with 民間交流員); the school-ICT council's related rule (any body naming 教育)
picked only org-041 for its member 教育長 and was dropped; 港湾統計's related rule was narrowed from 港湾|岸壁
to 岸壁. The only thing run was these rules over the records, to read and count each query's grades; no
engine (no dxsearch command, no SearchIndex, no bench/relevance.py or bench/similar.py run, no tests) was
run.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way was asked;
for a question asking which prefectures already do it, a case in use; for a request naming a place, a case
within it; for a short query, a case about the word); 1 = clearly related (the same task done otherwise, or
a neighbouring task the writer would want to see; a planned or trial case answering a question about who
already does it; the asked thing outside a named place; a related case within it); a shared generic word
(業務, 入力, システム, 自動化, 集計, 転記, 申請書, 届出, メール, 会議, 名簿, 統計 …) earns nothing by itself. Case
numbers like 112 refer to ids ai_rpa-112; shared 099 is shared_system-099, dt- digital_talent- and org-
organization-. Splits alternate test, dev, test, dev… within each kind in file order (`_alternate`):
natural 15/15, short 5/5 (test/dev).
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
answers = says(AUTO_ANSWER)
uses_ocr = says(OCR)
SHIKOKU = region("四国")  # 四国の県で: the survey's 四国
KYUSHU = pref("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県")  # 九州: the seven, 沖縄 left out
# Systems shared with the municipalities that carry disaster information.
# Statistics compiled by RPA from reported or published figures (not the settlement statistics of finance, the
# statistics book published as open data, nor the education chatbot naming 各種統計 among its topics).
STATISTICS = both(ai_rpa, says(r"統計|経済・雇用情勢"), no(says(r"決算統計|統計書|チャットボット")))
DISASTER_SHARED = both(shared_system, says(r"防災情報|防災関連情報|災害情報|災害対応活動|震度"), no(says(r"原子力|GIS")))

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short…
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short.
    ("工場の生産の指数を出すときの報告の数字の転記",
     graded(says(r"鉱工業指数"), STATISTICS)),
    # 2 middle.
    ("保健医療課の毎年の病院調査、診療科が増えた減った、医師が何人かの回答を集計表にするのに何日もかかる",
     graded(says(r"診療科|医師数"), never)),
    # 3 long.
    ("人事課の給与担当です。毎月の給与の支払いのたびに、職員の給与から差し引いた健康保険や年金の保険料を、人事給与の"
     "システムの計算結果を見ながら、財務会計のシステムに一件ずつ打ち込んで振り替えています。月末はこれだけで半日つぶれ"
     "ます。この振替の入力を自動でしている例を教えてください。",
     graded(says(r"社会保険料"), either(both(ai_rpa, says(r"人事給与システムの計算結果")), says(r"保険料控除の抽出")))),
    # 4 short, question.
    ("店のたばこのルールの質問にAIで答えている県は？",
     asked_in_use(both(answers, says(r"受動喫煙")), never)),
    # 5 middle.
    ("各課から回ってくる備品や消耗品の購入の依頼を、一件ずつ印刷して確かめる作業を自動化したい",
     graded(says(r"物品要求"), both(ai_rpa, says(r"物品購入|物品について|物品調達業務")))),
    # 6 long, place.
    ("選挙管理委員会の事務局です。政治団体をつくったときや代表者が変わったとき、解散したときの届出が紙で出てきて、"
     "毎回その中身を台帳に打ち込んでいます。年末の収支報告の時期と重なると手が回りません。四国の県で、この届出を読み"
     "取ってデータにしている例はありますか。",
     placed(SHIKOKU, says(r"政治団体"), never)),
    # 7 short.
    ("証紙の販売所の月報、集計が手作業",
     graded(says(r"証紙"), never)),
    # 8 middle, place.
    ("九州の県で、賞与の支給割合を出すのに欠勤や休職の期間を数える作業を自動化した例",
     placed(KYUSHU, says(r"除算期間"), never)),
    # 9 long.
    ("県民相談のコールセンターを持つ課です。電話で受ける質問の幅が広く、新人のオペレーターは答えを探すのに時間がかかって"
     "お客様を待たせてしまいます。通話を聞きながら、話している内容に合った回答の候補をAIが画面に出して、受け手を手伝って"
     "くれる仕組みの例を知りたいです。",
     graded(says(r"オペレータ"), says(r"コールセンター"))),
    # 10 short.
    ("庁内のプリンターの印刷枚数を調べる作業",
     graded(says(r"プリンタ"), never)),
    # 11 middle.
    ("人事異動が決まったあと、学校ごとに先生の名簿の原稿をつくる作業をRPAでやりたい",
     graded(says(r"教職員名簿"), named(r"職員名簿"))),
    # 12 long.
    ("商工課です。中小企業向けの県の融資の制度で、金融機関から毎月届く返済の情報を、借りている会社ごとのエクセルに"
     "一件ずつ書き写して、残っている額を確かめています。件数が多く、書き写しの間違いも心配です。この作業を自動で"
     "している例を探しています。",
     graded(says(r"制度融資"), never)),
    # 13 short.
    ("土地売買の届出書の手入力をAI-OCRに置き換え",
     graded(both(says(r"国土利用計画法"), uses_ocr), says(r"国土利用計画法"))),
    # 14 middle.
    ("毎年の県の芸術の祭典で、出品の申込書を一枚ずつ見て出品者の一覧を作っている。読み取りを機械でできないか",
     graded(says(r"芸術祭"), both(ai_rpa, uses_ocr, says(r"応募用紙")))),
    # 15 long, question.
    ("選挙管理委員会です。選挙のたびに、投票所の場所や期日前投票のやり方、入場券をなくしたときのことなど、同じような"
     "問い合わせの電話が何百件も来て、職員が対応に追われます。選挙についての問い合わせにAIのチャットで答えている県は"
     "ありますか。",
     asked_in_use(both(answers, says(r"選挙")), never)),
    # --- systems shared with the municipalities ---
    # 16 short.
    ("地震のときに各地の震度を県庁へ自動で集める仕組み",
     graded(both(shared_system, says(r"震度")), DISASTER_SHARED)),
    # 17 middle.
    ("市町村が管理している橋の点検の記録を、県と市町村で一緒に使える台帳にしたい",
     graded(both(shared_system, says(r"橋梁")), never)),
    # 18 long.
    ("市町村課です。知事と市長・町長が集まる会議を年に何回か開いていますが、遠い町からは片道で何時間もかかり、"
     "台風や大雪のときは集まれません。県と市町村をつないで、トップが集まる会議を移動せずにオンラインで開けるように"
     "している例を教えてください。",
     graded(both(shared_system, says(r"首長会議")), both(shared_system, says(WEB_MEETING)))),
    # 19 short.
    ("小中学校の先生の給与を学校からネットで入力",
     graded(both(shared_system, says(r"給与")), never)),
    # 20 middle.
    ("NPO法人の情報を、県民が見られるように県と市町村でまとめて載せる仕組み",
     graded(both(shared_system, says(r"NPO|特定非営利")), never)),
    # 21 long.
    ("情報政策課です。県の出先機関や市町村をつなぐ回線を、それぞれが別々に契約していて、費用も管理の手間もかかって"
     "います。県が自前で通信の網を用意して、県の機関と市町村をまとめて結んでいる例はありますか。今後の見直しの"
     "参考にしたいです。",
     graded(both(shared_system, says(r"県機関や市町村等を結ぶ")), both(shared_system, says(r"行政イントラ")))),
    # 22 short.
    ("市町のイベントも載せた合同のメルマガ配信",
     graded(both(shared_system, named(r"メールマガジン"), says(r"市町")), both(shared_system, says(r"メールマガジン")))),
    # --- talent and organisation ---
    # 23 middle, question.
    ("県警で、警察のシステムを作ったり動かしたりする技術者を職員として採っている県は実際にありますか",
     asked_in_use(both(talent, says(r"警察情報システム")), both(talent, says(r"サイバー犯罪")))),
    # 24 long.
    ("企画部です。県庁の業務改革を任せるトップとして、外資系などの大きなIT企業で副社長や役員を務めた人を迎えたいと"
     "考えています。そうした人が県の情報化を統括している例を、迎えるときの役職の名前の付け方も参考にしたいので"
     "教えてください。",
     graded(both(talent, says(r"取締役|副社長|役員")), both(talent, says(r"民間ITベンダ出身|管理職等としてマネジメント")))),
    # 25 short.
    ("県のICT戦略に外から助言してくれる顧問",
     graded(both(talent, named(r"顧問")), both(talent, says(r"ICT戦略の策定")))),
    # 26 middle.
    ("SEやAIエンジニアに限った採用はせず、民間から来た人や民間出身の職員を生かしている例",
     graded(both(talent, says(r"民間公募|民間交流員")), both(organization, says(r"民間交流員")))),
    # 27 long.
    ("水道局の企画担当です。検針の自動化に向けてスマートメーターのデータをどう使うか検討していますが、水道の現場の"
     "悩みをIT企業に伝える場も、企業の技術を知る場もありません。水道事業者と企業が課題や新しい技術を持ち寄る集まりを"
     "県がつくっている例はありますか。",
     graded(both(organization, says(r"水道")), never)),
    # 28 short.
    ("県と市町で学校のICT機器の整備を話し合う場",
     graded(both(organization, says(r"ICT教育")), never)),
    # 29 middle.
    ("感染症の流行が収まったあとの県の経済や暮らしの姿を描き、成長の戦略を練るための部局をまたいだ検討チーム",
     graded(both(organization, says(r"アフターコロナ")), never)),
    # 30 long.
    ("行政改革の担当です。RPAは情報政策課、電子申請は別の課、ペーパーレスや電子公印は文書の担当と、ばらばらに進んで"
     "いて横のつながりがありません。これらをまとめて一緒に進める庁内のプロジェクトチームをつくった県の例を知り"
     "たいです。",
     graded(both(organization, says(r"RPA"), says(r"ペーパーレス")), both(organization, says(r"ペーパーレス|電子申請の推進")))),
]

# --- short keyword queries -------------------------------------------------------------------------
SHORT_ITEMS: list[tuple[str, Judge]] = [
    ("官公需", graded(says(r"官公需"), never)),
    ("道路占用", graded(says(r"道路占[有用]"), says(r"占用許可"))),
    ("扶養共済", graded(says(r"扶養共済"), never)),
    ("港湾統計", graded(says(r"港湾統計"), both(ai_rpa, says(r"岸壁")))),
    ("痰吸引", graded(says(r"痰"), never)),
    ("温暖化対策", graded(says(r"温暖化"), never)),
    ("コンビニ収納", graded(says(r"コンビニ"), never)),
    ("放課後児童クラブ", graded(says(r"放課後"), never)),
    ("障害者手帳 OCR", graded(both(says(r"障害者(保健福祉)?手帳"), uses_ocr), says(r"障害者(保健福祉)?手帳"))),
    ("資材単価", graded(says(r"資材"), never)),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
SHORT: list[Judged] = _alternate("short", SHORT_ITEMS)

TWENTYNINTH: list[Judged] = NATURAL + SHORT
