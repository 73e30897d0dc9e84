"""A fourteenth batch of judged queries: 30 natural requests and 10 notation variants, written and
graded by explicit rules over each case's own text and fields before any engine was run on them.

The natural requests are pasted task descriptions as a prefectural or municipal clerk, a consultant or
a researcher types them, in several registers: colloquial (〜したい, 〜できないかな, 〜がきつい), formal
(〜の効率化を検討している, 〜の先進事例を調査している, 〜について), questions (〜している県は？, 〜例は
ありますか, 〜を教えてください) and long requests with context that is not the point (毎年5月の時期になると,
担当が一人, 議会で質問された, 繁忙期, 紙で何百枚も, 人口5千人の村, 予算もない). A third are 12–30
characters, a third 30–60 and a third 60–150; they come in the order short, middle, long, short… so that
each split gets five of each length. Over half ask in everyday words rather than the cases' own:
予算の数字の突き合わせ for 予算編成システムとのデータ突合・整合性チェック, 税金を滞納している人への催促状 for
催告通知書, 引っ越した人から送り先を変えてほしいという届け for 送付先の住所変更届出, ネット公売の落札結果 for
官公庁オークション結果のリスト化, 言葉づかいや表記のばらつき for 表記のゆれ, 学童保育 for 放課後児童クラブ
(放課後児童健全育成事業), スマートスピーカー for AIスピーカー, 子どもの絵や標語のコンクール for 環境美化
ポスター・標語 / お絵かき・川柳の応募, 講師謝金の源泉徴収票 for 法定調書, 土地取引の届出 for 国土利用計画法
23条に基づく届出, 空港の路線ごとの便数 for 就航路線の便数, たばこの煙のルール for 受動喫煙防止対策, 田んぼや
畑の作付け for 作付状況・農地利用計画 (水土里情報システム), 学力テスト for 診断テスト, 移住したい人向けの
サイト for 移住・定住ポータルサイト, 検針データ for スマートメータのデータ, 歩数や健診のデータ for ビッグデータ
(健康寿命). Some name the technology (RPA, OCR, AI-OCR, チャットボット), most do not; none names a place or
status. Seven ask who already does it (〜している県があれば, 〜例はありますか, 〜使っている県は？, 〜の体制を
参考にしたい …); for them grade 2 also needs the case to be in use (導入(実施)済).

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the eleventh,
twelfth and thirteenth batches' docstrings: 20 AI・RPA・chatbot/OCR/voice tasks over many fields
(budget: checking the budget-compilation data; finance: municipal bond consultations, statutory payment
records for lecturers' fees; tax: reminder notices to delinquent taxpayers, car-tax address changes,
public auctions of seized cars; documents: checking wording consistency, the electronic official seal;
welfare and health: accident reports from care services, pathogen test sheets, passive-smoking
inquiries, fertility-treatment grants, after-school childcare; animals: a reception robot; education:
school club surveys; disaster: an AI speaker for evacuation information; environment: children's
poster and slogan contests; commerce: a chatbot on COVID support for small firms; land: Land Use
Planning Act notifications; transport: daily flight counts at airports), 6 systems shared with the
municipalities (a library system, farmland maps, an NPO database, a migration portal, school
achievement tests, core municipal systems) and 4 talent or organisation requests (a water-utility ICT
liaison group, an agricultural IoT office, smart-city departments and forums, a health-data digital
coordinator).

The variant queries write a word the survey really uses in another notation: half-width katakana
(ｸﾞﾙｰﾌﾟｳｪｱ), full-width Latin and digits (ＣＳＶ, ＬＧＷＡＮ, ５Ｇ), hiragana for a kanji word (せいかつほご for
生活保護), an okurigana variant (振分け for 振り分け), long-vowel variants (プリンター for プリンタ, サーバー
for サーバ), a common abbreviation (住基ネット for 住民基本台帳ネットワーク) and an English spelling of a katakana
word (chatbot for チャットボット).

They were written without seeing any engine output and without reading the queries of the earlier
batches. Each rule was written by reading the cases that use the task's words, their synonyms and
their near misses; the only thing run was these rules over the records, to read and count each
query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — OCR,
chatbot, AI, RPA, shared with the municipalities — was asked; for a question asking which prefectures
already do it, a case in use); 1 = clearly related (the same task done otherwise, or a neighbouring task
the writer would want to see; a planned or trial case answering a question about who already does it);
a shared generic word (業務, 入力, システム, 自動化, 集計, 推進, 人材, 育成, 効率化, 作成, 管理 …) earns
nothing by itself. For variants, grade 2 is every case using the word itself
(in the survey's notation), grade 1 a case using only a close neighbour of it. Splits alternate test,
dev, test, dev… within each kind in file order (`_alternate`).
"""
from __future__ import annotations

from bench.judgments import (
    AI,
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
    named,
    no,
    organization,
    says,
    shared_system,
    status,
    talent,
)
from bench.judgments_more import field, group

# --- named patterns --------------------------------------------------------------------------------
is_chatbot = says(CHATBOT)
auto_answer = says(AUTO_ANSWER)
uses_ocr = says(OCR)
is_ai = says(AI)
in_use = status(DONE)  # for questions asking who already does it: a case in use

# Checking budget data against the budget-compilation system (Wakayama's 予算 RPA suite): a check, a
# 突合, 整合性, 一致, 相違 or 乖離 of 予算 figures.
BUDGET = says(r"予算|決算見込")
BUDGET_CHECK = both(BUDGET, says(r"チェック|突合|整合|一致|相違|乖離"))
# Other work on budget data proper (compilation, allotment, 令達, trend tables); not payments that merely
# name a 予算科目.
BUDGET_WORK = says(r"予算編成|予算の概要|予算令達|予算情報|予算管理表|予算の推移|予算・決算|予算配当|予算配付|予算執行計画")

# Municipal bonds: 地方債 / 起債協議書 / 〜事業債 gathered from the municipalities; 起債 alone (a bond
# approval among other tallies, or bond paperwork) is the neighbouring task.
BOND_TALLY = says(r"地方債|起債協議|事業債")
BOND = says(r"起債")

# Statutory payment records (法定調書, 源泉徴収票) for lecturers' and part-timers' fees.
STATUTORY = says(r"法定調書|源泉徴収票")
FEES = says(r"謝金|非常勤講師")

# Medical-subsidy application forms read by OCR: the neighbour of a fertility-treatment grant form.
MEDICAL_FORM = both(says(r"医療費|医療給付|医療費助成|扶助費|療養費"), uses_ocr)

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–150), short… so each split gets five of
# each; the shared-system and talent requests are spread over both splits.
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 S, colloquial, everyday words. 2: a check of budget figures (Wakayama 130–136); 1: other RPA on
    # budget data proper (entering 令達 and 査定, budget trend tables …).
    ("予算の数字の突き合わせを自動でやりたい",
     graded(both(ai_rpa, BUDGET_CHECK), both(ai_rpa, BUDGET_WORK))),
    # 2 M, formal. 2: the reminder notices (催告書) printed one taxpayer at a time; 1: the bank-deposit
    # inquiries that are the next step of collecting from the same delinquent taxpayers.
    ("税金を滞納している人への催促状と納付書を一人ずつ検索して印刷する作業の効率化を検討している",
     graded(says(r"催告|滞納"), says(r"預金照会|預貯金調査"))),
    # 3 L, long with context, everyday words. 2: car-tax address-change notifications entered by RPA
    # and in use (028, 117, 204: the writer asks who already does it); 1: other car-tax cases (the same
    # office's other tasks, the May inquiry chatbots among them).
    ("毎年5月の自動車税の時期になると、引っ越した人から送り先を変えてほしいという届けが大量に来ます。"
     "担当が一人で、システムへの入力が追いつかないので、RPAなどで自動化している県があれば知りたいです。",
     graded(both(in_use, says(r"自動車税"), says(r"住所(等)?変更")), says(r"自動車税"))),
    # 4 S, colloquial, everyday words: ネット公売 for 官公庁オークション (118 only).
    ("ネット公売の落札結果を一覧表にしたい",
     graded(says(r"オークション|公売"), lambda r: False)),
    # 5 M, colloquial (〜できないかな), everyday words: 表記のばらつき for 表記のゆれ (077 only; no neighbour
    # checks wording).
    ("通知文の言葉づかいや表記のばらつきを機械的にチェックできないかな",
     graded(says(r"表記|用語集"), lambda r: False)),
    # 6 L, formal with irrelevant context (議会で質問された). 2: the electronic official seal by RPA
    # (041, 042); 1: the shared document-management system with electronic approval, and the
    # cross-department team whose programme includes extending the electronic seal.
    ("文書管理システムへの電子公印の導入に合わせて、公印の審査や押印といった定型作業をRPAで処理できないか"
     "検討している。文書担当は少人数で、議会で押印の廃止について質問されたこともあり、先行事例を調査中。",
     graded(both(ai_rpa, says(r"公印")), either(says(r"公印"), says(r"電子決裁")))),
    # 7 S, colloquial, everyday words. 2: care-service accident reports (237); 1: other RPA/OCR cases
    # of the long-term-care office (care-manager registration, training records).
    ("介護施設からの事故報告が紙で届くのをデータにしたい",
     graded(says(r"事故報告"), both(ai_rpa, says(r"介護サービス|ケアマネ")))),
    # 8 M, question, the survey's words. 2: pathogen test sheets read by AI-OCR, in use (263); nothing
    # else handles infectious-disease surveillance forms.
    ("感染症の病原体の検査票を手入力しているが、OCRで読み取っている例はありますか",
     graded(both(in_use, says(r"病原体|感染症発生動向"), uses_ocr), says(r"病原体|感染症発生動向"))),
    # 9 L, colloquial with context, everyday words (たばこの煙のルール). 2: the passive-smoking chatbot
    # (231); 1: other automatic answering of residents' health and welfare questions (COVID-19,
    # pregnancy, child-rearing, private lodging).
    ("保健所に、たばこの煙のルール（受動喫煙の防止）について飲食店や住民から同じような質問が毎日のように"
     "来ます。電話対応で手いっぱいなので、ホームページにチャットで自動で答えてくれる仕組みを置きたい。",
     graded(says(r"受動喫煙"), both(either(field("保健・福祉分野"), says(r"コロナ")), either(is_chatbot, auto_answer)))),
    # 10 S, terse. 2: the reception robot at the animal-welfare centre (241).
    ("動物愛護センターの受付をロボットで",
     graded(says(r"動物愛護|ロボット端末"), lambda r: False)),
    # 11 M, colloquial, everyday words: 学童保育 for 放課後児童クラブ. 2: 235; 1: the child-rearing
    # support subsidy (地域子ども・子育て支援事業, of which after-school clubs are one) tallied from the
    # municipalities' mail (253).
    ("学童保育の運営状況の調査を毎年集計しているけど、これを自動化したい",
     graded(says(r"放課後児童"), says(r"子ども・子育て支援事業"))),
    # 12 L, request for examples with context. 2: the school sports-club survey (307); 1: other tallies of school
    # surveys in education (fitness data, inquiries answered by schools by mail).
    ("部活動の実態調査を毎年各学校に出してもらっていて、集計と内容の確認に時間がかかっています。"
     "教育委員会の担当が一人なので、RPAで集計を自動化できないか、参考になる事例を教えてください。",
     graded(says(r"部活動"), both(ai_rpa, field("教育分野"), says(r"集計|体力データ")))),
    # 13 S, colloquial, everyday words (スマートスピーカー for AIスピーカー). 2: 347; 1: other AI for
    # evacuation (mapping damage reports) and the AI phone for elderly people
    # (voice, the same users).
    ("スマートスピーカーで避難情報を聞けるようにしたい",
     graded(says(r"スピーカー"), either(both(ai_rpa, is_ai, says(r"避難")), says(r"家庭の電話")))),
    # 14 M, colloquial with context, everyday words. 2: the poster/slogan and drawing/senryu contest
    # entry forms read by AI-OCR (210, 211); 1: art-festival entry forms (287) and other paper
    # sign-up forms read by OCR and tallied (075).
    ("子どもの絵や標語のコンクール、応募用紙が紙で何百枚も来るので読み取りを楽にしたい",
     graded(says(r"応募"), both(uses_ocr, says(r"出品|申込集計")))),
    # 15 L, formal with context (繁忙期). 2: bond consultations/planned amounts gathered from the
    # municipalities into one table (121, 122); 1: other bond work by RPA (187, 196).
    ("市町村から提出される地方債の起債協議書や事業債の予定額調査を一覧表に取りまとめる作業について、"
     "RPA等による効率化の先進事例を調査している。財政担当は例年この時期が繁忙期である。",
     graded(BOND_TALLY, BOND)),
    # 16 S, colloquial, everyday words. 2: 法定調書 / 源泉徴収票 (044, 156, 157); 1: paying the
    # lecturers' fees themselves by RPA.
    ("講師謝金の源泉徴収票づくりを自動化したい",
     graded(STATUTORY, both(ai_rpa, FEES))),
    # 17 M, formal (〜について). 2: fertility-treatment grant forms (256); 1: other medical-subsidy
    # application forms read by OCR (intractable diseases, hepatitis …).
    ("不妊治療費の助成の申請書を紙から手で入力している作業の省力化について",
     graded(says(r"不妊"), MEDICAL_FORM)),
    # 18 L, colloquial with context (予算もない). 2: the chatbot on support measures for small firms
    # (276); 1: other COVID-19 chatbots answering residents.
    ("コロナで売上が落ちた中小企業から、国や県のどの支援策が使えるのかという相談が多い。"
     "窓口に人を増やす予算もないので、チャットボットで案内できないかな。",
     graded(both(says(r"中小企業"), is_chatbot), both(says(r"コロナ"), either(is_chatbot, auto_answer)))),
    # 19 S, everyday words (土地取引の届出 for 国土利用計画法23条の届出). 2: 340; 1: other land
    # paperwork read or entered by AI/RPA (registration notices, land registration, inheritance).
    ("土地取引の届出をAI-OCRで入力したい",
     graded(says(r"国土利用計画法"), both(ai_rpa, says(r"土地|登記済通知")))),
    # 20 M, question, everyday words. 2: daily flight counts per route, in use (331); 1: the airport chatbot
    # (285), the same airport desk.
    ("空港の路線ごとの便数を毎日数えて統計にしている。自動化した例はありますか",
     graded(both(in_use, says(r"就航|便数")), says(r"空港|就航|便数"))),
    # 21 L, formal with context: shared system. 2: the shared NPO database (117); the one other case
    # naming NPOs only counts them among a council's members.
    ("県内のNPO法人の情報（設立や役員、事業報告など）を県と市町村で管理し、ホームページで閲覧できるようにする"
     "データベースを検討しています。権限移譲で市町村にも担当がいるため、共同で使える仕組みの事例を教えてください。",
     graded(both(shared_system, says(r"NPO|特定非営利")), lambda r: False)),
    # 22 S, question: shared system. 2: the shared library system, in use (068); the RPA plan that
    # checks holdings against the prefectural library (051) is not about a library system.
    ("図書館のシステムを市町村と一緒に使っている県は？",
     graded(both(in_use, shared_system, says(r"図書館")), lambda r: False)),
    # 23 M, colloquial, everyday words: shared system. 2: 水土里情報システム (070: aerial photos,
    # 作付状況, 農地利用計画); 1: other shared map systems (GIS, forest clouds).
    ("田んぼや畑の作付けの状況を、航空写真の地図で市町村と共有できるようにしたい",
     graded(both(shared_system, says(r"作付|農地")),
            both(shared_system, says(r"GIS|地理|地図|航空写真|森林")))),
    # 24 L, colloquial with context (人口5千人の村): shared system. 2: the shared core municipal
    # system (110: 住記, 税, 国保); 1: other systems shared for the resident register or unified
    # addresses.
    ("うちは人口5千人の村で、住民記録や税、国保のシステムを単独で持つのは予算的にきつい。"
     "府県が音頭をとって市町村の基幹システムをまとめて運用している例があれば知りたい。",
     graded(both(in_use, shared_system, says(r"基幹")), both(shared_system, says(r"基幹|住民基本台帳|宛名")))),
    # 25 S, colloquial, everyday words: shared system. 2: the migration portal (118); 1: the other
    # portal site sending out information on living in the prefecture (066).
    ("移住したい人向けのサイトを市町村と一緒に作りたい",
     graded(says(r"移住"), both(shared_system, says(r"ポータルサイト"), says(r"発信")))),
    # 26 M, formal, everyday words (学力テスト for 診断テスト): shared system. 2: 081; 1: other shared
    # school systems keeping grades or aimed at 学力向上 (not the teachers' payroll).
    ("県内小中学校の学力テストの結果を県と市町村で集計・分析できるシステムについて",
     graded(both(shared_system, says(r"学力テスト|診断テスト")), both(shared_system, says(r"学力|成績|校務")))),
    # 27 L, colloquial with context: talent. 2: the health-data digital coordinator (talent-028); 1:
    # the other digital coordinators of the same kind (part-time, by field).
    ("保健福祉部で健康寿命を延ばす施策をやっている。歩数や健診のデータ、アプリを使ったデジタルの施策を"
     "企画できる人が部内にいないので、非常勤でもいいので外部の専門家に来てもらえないか考えている。",
     graded(both(talent, says(r"健康")), both(talent, says(r"デジタルコーディネーター")))),
    # 28 S, everyday words (検針データ for スマートメータのデータ): organisation. 2: the water ICT
    # liaison group (organization-008).
    ("水道の検針データをICTで活用する事業者の集まり",
     graded(both(organization, says(r"水道")), lambda r: False)),
    # 29 M, formal: organisation. 2: the agricultural IoT office (organization-023); 1: the other
    # primary-industry innovation office (fisheries, 024).
    ("農業分野でIoTを推進する専任組織を設置している県の事例を調べている",
     graded(both(in_use, organization, says(r"農業"), says(r"IoT")), both(organization, says(r"農業|水産|林業|農林")))),
    # 30 L, colloquial with context: organisation. 2: smart-city departments in use (011, 012: the
    # writer asks how prefectures already do it); 1: the smart-city partners' forum, still planned
    # (068), and public–private Society 5.0 councils and platforms.
    ("スマートシティをやれと言われたが、庁内に専門の部署もないし民間とのつながりもない。"
     "スマートシティを担当する部を作ったり、企業や大学と一緒にフォーラムを立ち上げたりしている府県の体制を参考にしたい。",
     graded(both(in_use, organization, says(r"スマートシティ")),
            either(both(organization, says(r"スマートシティ")),
                   both(organization, group("民間も含んだ協議会等"), says(r"Society ?5\.0"))))),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)

# --- notation variants ----------------------------------------------------------------------------
VARIANT: list[Judged] = _alternate("variant", [
    # half-width katakana for グループウェア (102, 076, 078, 079).
    ("ｸﾞﾙｰﾌﾟｳｪｱ", graded(says(r"グループウェア"), lambda r: False)),
    # full-width Latin for CSV (the survey writes CSV and csv).
    ("ＣＳＶ", graded(says(r"CSV"), lambda r: False)),
    # full-width digit and Latin for 5G; 第5世代移動通信 is the same thing spelt out.
    ("５Ｇ", graded(says(r"5G|第5世代移動通信"), lambda r: False)),
    # hiragana reading of 生活保護: 2 when the case is about it (named), 1 when it only mentions it.
    ("せいかつほご", graded(named(r"生活保護"), says(r"生活保護"))),
    # okurigana variant: the survey writes 振り分け. 2: mail sorted by RPA (090, 174, 317); 1: sorting
    # forms (181) and other RPA that files incoming mail's attachments into folders (not sending mail).
    ("メール振分け", graded(both(says(r"振り?分け"), says(r"メール")),
                       either(says(r"振り?分け"),
                              both(ai_rpa, says(r"添付(された)?ファイルの保存|添付ファイルを所定のフォルダに保存|該当フォルダに保存"))))),
    # long-vowel variant: the survey writes プリンタ (176).
    ("プリンター", graded(says(r"プリンタ"), lambda r: False)),
    # full-width Latin for LGWAN (text only: the reasons for (not) sharing are not the case's own words).
    ("ＬＧＷＡＮ", graded(says(r"LGWAN"), lambda r: False)),
    # long-vowel variant: the survey writes サーバ (062, 094).
    ("サーバー", graded(says(r"サーバ"), lambda r: False)),
    # abbreviation: 住基ネット = 住民基本台帳ネットワーク (shared_system-053); 1: other 住民基本台帳 /
    # 住記 cases.
    ("住基ネット", graded(says(r"住民基本台帳ネットワーク"), says(r"住民基本台帳|住記"))),
    # English spelling of チャットボット: 2 every chatbot; 1 automatic answering not called a chatbot
    # (AI-FAQ, AIが回答 …).
    ("chatbot", graded(is_chatbot, both(auto_answer, no(is_chatbot)))),
])

FOURTEENTH: list[Judged] = NATURAL + VARIANT
