"""A seventeenth batch of judged queries: 28 natural requests, 6 short keyword queries and 6 notation
variants, written and graded by explicit rules over each case's own text and fields before any engine was
run on them.

The natural requests are pasted task descriptions as a municipal or prefectural clerk, a section chief
(personnel, accounting, information policy, disaster, commerce), a consultant, a university researcher, a
board-of-education ICT officer or a newly appointed DX officer types them, in several registers:
colloquial (〜したい, 〜が手間で何とかしたい, 〜で困っています, 〜が大変, 〜を楽にしたい), formal (〜を検討して
います, 〜を調べています, 〜と考えています), questions (〜している県はありますか, 〜している県は？, 〜県があれば
教えてください), a bullet-like note (課題：… / 目的：…) and long requests with context that is not the point
(月末は残業続き, 議会で指摘された, 職員が数千人, 担当二人で毎月何百件, 年度替わりは特に, 30キロ圏内, 一人一台の
端末が一気に, 一日に数十件). A third are 12–30 characters (10), a third 30–60 (9) and a third 60–200 (9); they
come in the order short, middle, long, short… so that each split gets every length (test: 5 short, 4
middle, 5 long; dev: 5, 5, 4). Over half ask in everyday words or the writer's own office words rather
than the cases' own: 収入証紙を売ってくれているお店から毎月来る報告 for 証紙売りさばき人の証紙出納計算書,
会社の機械や設備にかかる固定資産税 for 償却資産, 施設に入っている子どもが病院にかかった医療費 … 病院からの請求
明細 for 児童福祉施設入所児童等の医療費 … レセプト, 採用した人の前職の経歴を書いた書類 for 任用履歴書, 付け替える
for 科目更正, パソコンを起動・終了した記録 for パソコンの利用記録, 治療費助成 for 肝炎扶助費, 非常勤のパートさん
for 会計年度任用職員, 返済の状況 … 残りの額 for 回収金 … 残額, 漁業や海の分野 for 水産 / マリンイノベーション,
まとめて発注 for 航空写真撮影の共同化, 障害のある子どもを育てている家庭への手当 … お医者さんの診断書 for
特別児童扶養手当認定診断書, 辞める職員 for 退職予定者, たんの吸引 for 痰吸引, 原発 … 画面越しに会議 for
原子力防災 … TV会議, 美術展 for 芸術祭, 税務署から回ってくる所得税の申告データ for 国税連携システム, 普段から
情報交換できる会議体 for 協議会 … 常時意見交換, ベテラン職員の頭の中にある知識 for 暗黙知, 国への報告様式への
写し間違い for 総務省提供のチェック用…への転記, 特勤手当 for 特殊勤務手当, 心の病気で通院している人の医療費を
軽くする制度 for 自立支援医療(精神通院), 提案から予算取り for 提案から企画立案・予算化, 窓口での相談をネットで
予約 for 相談業務のオンライン予約, 県内で就職したい学生向けの情報メール for 就活情報提供サービス, 物品の購入依頼
for 物品要求, 県の出先機関と市町村を結ぶ独自の通信網 for 県機関や市町村等を結ぶ情報通信ネットワーク, 割高な契約
… 調達コストの削減 for 調達に関するコスト削減. Some name the technology (AI, OCR, AI-OCR, RPA, チャットボット),
most do not; none names a place or status. Five ask who already does it (〜RPAでやっている県はありますか,
〜自動で照合している県があれば, 〜実際に運用している県はありますか, 〜自動でそろえている県は？, 〜効率化している
県はありますか); for them grade 2 also needs the case to be in use (導入(実施)済). The others ask for examples
to learn from, so a planned or trial case answers them.

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twelfth to
sixteenth batches' docstrings: 20 AI・RPA・chatbot/OCR tasks over many fields (finance and accounting:
revenue-stamp sellers' accounts, moving payments to the right budget item, purchase requests from the
sections, the prefecture's loan scheme for small firms; tax: AI checks of depreciable-asset returns for
the municipal property tax, a chatbot holding veteran staff's knowledge, income-tax data from the tax
offices for the individual enterprise tax, the municipalities' tax-status survey; personnel: resumes of
newly appointed staff, social-insurance forms for part-time staff, PC logs checked against overtime
claims, retirement-allowance material, teachers' special duty allowances; welfare and health: medical costs
of children in children's homes, hepatitis treatment subsidies, medical certificates for the special
child-rearing allowance, certification of care workers for sputum suction, outpatient mental-health
care; culture: entries to the art festival; labour: sign-ups for job-hunting information), 4 systems shared
with the municipalities (nuclear-emergency networks, joint aerial photography, online booking of counter
consultations, a prefectural network linking offices and municipalities) and 4 talent or organisation
requests (a fisheries innovation office, an ICT-education council with the municipalities and firms,
committees and officers reviewing IT budgets and procurement, growing staff into digital planners).

Six requests use a word that also names a wrong topic, so that word-matching alone misleads: 申告
(depreciable-asset returns, not corporate e-filing, year-end adjustment forms or income-tax returns), 医療費
(children's homes, not intractable-disease, elderly or mental-health medical costs), 保険 (social-insurance
enrolment, not insurance-premium deductions in year-end adjustment or police pay), 手当 twice (the special
child-rearing allowance and teachers' special duty allowance, not the child allowance, commuting or
bonus allowances) and 物品 (purchase requests, not bidder qualifications for goods or shared
e-procurement systems). None of those wrong topics earns a grade.

The short queries are one word or two separated by a space, on topics no earlier batch named: ペーパーレス,
CDO, 無害化, 出勤簿, 債権者登録, 人件費 RPA. For a pair, both words must hold for grade 2 (an AI・RPA case that
states no technology counts as done by RPA); a case holding the task word only, or a close neighbour of the
task (CIO posts for CDO, electronic approval for ペーパーレス), is graded 1.

The variant queries write a word the survey really uses in another notation users type: half-width
katakana (ﾏｲﾅﾝﾊﾞｰ), hiragana for a kanji word (じどうてあて for 児童手当), an okurigana variant (読込み for
読み込み), full-width Latin (ＩｏＴ), a common abbreviation (スマホ for スマートフォン) and a long-vowel variant
(データーベース for データベース). Grade 2 is every case using the word itself (in the survey's notation),
grade 1 a case using only a close neighbour of it (読み取り for 読み込み, 特別児童扶養手当 for 児童手当, 統合宛名
for マイナンバー, a tablet for スマホ).

They were written without seeing any engine output and without reading the queries of the earlier
batches. Each rule was written by reading the cases that use the task's words, their synonyms and their
near misses; the only thing run was these rules over the records, to read and count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — OCR,
AI-OCR, AI, RPA, chatbot, shared with the municipalities — was asked; for a question asking which
prefectures already do it, a case in use); 1 = clearly related (the same task done otherwise, or a
neighbouring task the writer would want to see; a planned or trial case answering a question about who
already does it); a shared generic word (業務, 入力, システム, 自動化, 集計, 推進, 人材, 育成, 効率化, 作成,
管理, 通知, 照会 …) earns nothing by itself. When RPA is named, a case of the AI・RPA section that states no
technology counts as done the way asked (such cases are scripted automation). Splits alternate test, dev,
test, dev… within each kind in file order (`_alternate`).
"""
from __future__ import annotations

from bench.judgments import (
    AI,
    AUTO_ANSWER,
    CHATBOT,
    DONE,
    OCR,
    OVERTIME,
    Judge,
    Judged,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    latin_word,
    no,
    organization,
    says,
    shared_system,
    status,
    talent,
)
from bench.judgments_fifteenth import rpa_way  # done by RPA, or an AI・RPA case naming no other technology
from bench.judgments_tenth import never

# --- named patterns --------------------------------------------------------------------------------
is_ai = says(AI)  # AI proper: AI-OCR alone does not count
is_chatbot = says(CHATBOT)
answers = says(AUTO_ANSWER)
uses_ocr = says(OCR)
in_use = status(DONE)  # for questions asking who already does it: a case in use

# Property tax (固定資産税) tasks of the municipalities' joint trial (095 land, 096 inheritance charts,
# 097 buildings, 098 depreciable assets, 099 the knowledge chatbot).
PROPERTY_TAX = says(r"固定資産税")

# Medical-cost subsidies for specified diseases whose forms are read by OCR (intractable diseases,
# chronic paediatric diseases): the neighbours of the hepatitis subsidy.
DISEASE_SUBSIDY = says(r"医療費助成|特定医療|小児慢性|難病医療")

# Shared disaster-information systems (sharing damage, evacuation and shelter information) and the
# radiation monitoring systems: the neighbours of the nuclear-emergency network.
DISASTER_SHARING = says(r"災害情報|防災情報|防災関連情報|被害状況|放射線|モニタリング情報")

# A talent or organisation entry.
talent_or_org = either(talent, organization)


def staff_grown(r) -> bool:
    """A talent entry of the survey's kind 都道府県職員の育成 (staff grown inside the prefecture)."""
    return talent(r) and r.category == "都道府県職員の育成"


# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short… The shared-system and
# talent/organisation requests are spread over both splits (four each).
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 S, colloquial, everyday words (収入証紙を売ってくれているお店 … 毎月来る報告 for 証紙売りさばき人 …
    # 証紙出納計算書). 2: 094; nothing else handles revenue stamps.
    ("収入証紙を売ってくれているお店から毎月来る報告の集計",
     graded(says(r"証紙"), never)),
    # 2 M, consultant, formal, AI named, everyday words (機械や設備の固定資産税 for 償却資産); trap word 申告
    # (corporate e-filing, year-end adjustment forms, income-tax returns earn nothing). 2: the AI checking
    # depreciable-asset returns (098); 1: the other property-tax tasks of the same joint trial (095–097, 099).
    ("コンサルの者です。会社の機械や設備にかかる固定資産税の申告書を、記載ミスがないかAIでチェックする例を調べています",
     graded(both(says(r"償却資産"), is_ai), both(PROPERTY_TAX, no(says(r"償却資産"))))),
    # 3 L, clerk, long with context (月末は残業続き), everyday words (病院からの請求明細 for レセプト, 施設に入って
    # いる子ども for 児童福祉施設入所児童); trap word 医療費 (intractable-disease, elderly and mental-health medical
    # costs earn nothing). 2: 250; 1: the commission paid to the same children's homes (225).
    ("子ども家庭課で施設に入っている子どもの担当をしています。児童養護施設などの子どもが病院にかかった医療費は県が払って"
     "いて、毎月届く病院からの請求明細を集計して台帳と突き合わせています。件数が多くて月末は残業続きなので、この確認"
     "作業を自動化した事例を教えてください。",
     graded(says(r"児童福祉施設入所児童|レセプト"), says(r"児童福祉入所施設"))),
    # 4 S, OCR named, everyday words (採用した人の前職の経歴を書いた書類 for 任用履歴書). 2: 326 (AI-OCR); 1: the
    # recruitment application forms read by AI-OCR (107, 328).
    ("採用した人の前職の経歴を書いた書類をOCRでデータにしたい",
     graded(both(says(r"任用履歴書"), uses_ocr), both(uses_ocr, says(r"採用選考申込書|採用選考試験願書")))),
    # 5 M, question (who already does it), RPA named, everyday words (付け替える for 科目更正). 2: 151, in use;
    # 1: the planned one (033) and the transfer correction of social-insurance premiums (072).
    ("仮の科目で支払ったものを後から正しい予算科目に付け替える作業、RPAでやっている県はありますか",
     graded(both(in_use, says(r"科目更正"), rpa_way), says(r"科目更正|振替更生"))),
    # 6 L, section chief, long with context (議会で指摘, 職員が数千人), question (who already does it),
    # everyday words (パソコンを起動・終了した記録 for パソコンの利用記録). 2: 061, in use; 1: the other
    # overtime checks and tallies (036, 037, 100, 108, 146, 148), not the disaster roster (056) nor the
    # seconded trainees' overtime entry (082).
    ("人事課の者です。議会で、申請されていない残業があるのではと指摘され、職員のパソコンを起動・終了した記録と時間外"
     "勤務の申請を突き合わせて差がないか確かめることになりました。職員が数千人いて手作業では無理なので、これを自動で"
     "照合している県があれば教えてください。",
     graded(both(in_use, says(r"利用記録"), says(OVERTIME)),
            both(ai_rpa, says(r"超過勤務|時間外実績|時間外勤務時間|残業時間|長時間勤務")))),
    # 7 S, AI-OCR named, everyday words (治療費助成 for 扶助費). 2: 238 (AI-OCR); 1: other medical-cost
    # subsidies for specified diseases read by OCR (intractable and chronic paediatric diseases).
    ("肝炎の治療費助成の紙の一覧をAI-OCRで入力したい",
     graded(both(says(r"肝炎"), uses_ocr), both(uses_ocr, DISEASE_SUBSIDY))),
    # 8 M, colloquial (何とかしたい), everyday words (非常勤のパートさん for 会計年度任用職員); trap word 保険
    # (insurance-premium deductions in year-end adjustment, 155, and police pay, 335, earn nothing).
    # 2: 034; 1: the transfer correction of social-insurance premiums (072).
    ("非常勤のパートさんを雇うたびに、社会保険に入るための届出の書類を作るのが手間で何とかしたい",
     graded(says(r"社会保険届出|社会保険に係る"), says(r"社会保険料"))),
    # 9 L, commerce section, long with context (担当二人で毎月何百件), question (who already does it),
    # everyday words (返済の状況 … 残りの額 for 回収金 … 残額). 2: 273, in use.
    ("商工部で金融を担当しています。中小企業向けの県の制度融資について、金融機関から毎月届く返済の状況を借り手ごとの"
     "エクセルに書き写し、残りの額を確認しています。紙の報告も多く、担当二人で毎月何百件も手入力しているのですが、"
     "これを自動化して実際に運用している県はありますか。",
     graded(both(in_use, says(r"制度融資")), says(r"制度融資"))),
    # 10 S, new DX officer, terse, everyday words (漁業や海の分野 for 水産 / マリンイノベーション): organisation.
    # 2: organization-024; 1: the agricultural innovation and IoT office (023), the other sector office.
    ("漁業や海の分野のイノベーションを進める部署",
     graded(both(organization, says(r"水産|マリン")), both(organization, says(r"農業イノベーション")))),
    # 11 M, researcher, formal (〜を調べています), everyday words (まとめて発注 for 共同化): shared system.
    # 2: the integrated GIS with aerial photography done jointly (108); 1: other shared systems with aerial
    # photographs or an integrated GIS (070, 106).
    ("地理情報の研究室です。航空写真の撮影を県と市町村でまとめて発注し、費用を抑えている例を調べています",
     graded(both(shared_system, says(r"航空写真撮影")), both(shared_system, says(r"航空写真|統合型GIS")))),
    # 12 L, clerk, long with context (年度替わりは特に), everyday words (障害のある子どもを育てている家庭への手当
    # for 特別児童扶養手当, お医者さんの診断書); trap word 手当 (child allowance, commuting and other staff
    # allowances earn nothing). 2: 249; 1: other disability-related forms read by OCR (246, 248, 269, 270).
    ("障害のある子どもを育てている家庭への手当の事務をしています。申請に付いてくるお医者さんの診断書が手書きで、内容を"
     "一件ずつシステムに打ち込んでいます。字の癖が強いものも多く、年度替わりは特に時間がかかるので、読み取りを機械化"
     "した例を探しています。",
     graded(says(r"特別児童扶養手当"),
            both(uses_ocr, says(r"障害者手帳|障害者保健福祉手帳|自立支援医療")))),
    # 13 S, question (who already does it), everyday words (辞める職員 for 退職予定者). 2: 152, in use.
    ("辞める職員の退職金の計算資料を自動でそろえている県は？",
     graded(both(in_use, says(r"退職金|退職手当")), says(r"退職金|退職手当"))),
    # 14 M, question (who already does it), everyday words (介護職員がたんの吸引をするための認定 for 痰吸引等に
    # 係る認定). 2: 255, in use; 1: the care-manager registrations (223, 224), the neighbouring care
    # qualification entered from paper.
    ("介護職員がたんの吸引をするための認定や事業所の登録の事務を、紙から脱却して効率化している県はありますか",
     graded(both(in_use, says(r"痰吸引")), says(r"痰吸引|ケアマネ"))),
    # 15 L, disaster section, long with context (30キロ圏内, 普段の訓練), everyday words (原発 for 原子力防災,
    # 画面越しに会議 for TV会議): shared system. 2: the nuclear-emergency networks (097, 098); 1: other shared
    # disaster-information and radiation-monitoring systems (052, 059, 061, 062, 101, 107, 114; not the
    # GIS that merely overlays disaster information on maps).
    ("原発から30キロ圏内に市町村を抱える県の防災担当です。事故が起きたときに国や市町村と状況をすぐに共有し、画面越し"
     "に会議ができる仕組みを、普段の訓練でも使える形で整えたいと考えています。市町村と一緒に使っている例を知りたいです。",
     graded(both(shared_system, says(r"原子力")), both(shared_system, DISASTER_SHARING, no(says(r"GIS"))))),
    # 16 S, colloquial, everyday words (美術展 for 芸術祭). 2: 287; 1: the contest entry forms read by AI-OCR
    # (posters, slogans, drawings: 210, 211).
    ("美術展の出品申込書から出品者の一覧を作りたい",
     graded(says(r"芸術祭|出品者"), both(uses_ocr, says(r"応募用紙")))),
    # 17 M, colloquial (楽にしたい), everyday words (税務署から回ってくる for 国税連携システム). 2: 197; 1: tax
    # returns taken in from eLTAX (084, 178, 179), the neighbouring intake of returns filed elsewhere.
    ("税務署から回ってくる所得税の申告データを、個人事業税の課税に使うためにシステムへ移す作業を楽にしたい",
     graded(says(r"国税連携|個人事業税"), says(r"eLTAX|電子申告データ"))),
    # 18 L, board of education, long with context (一人一台の端末が一気に), everyday words (会議体 … 普段から
    # 情報交換 for 協議会 … 常時意見交換): organisation. 2: the ICT-education council with the municipalities
    # and firms (organization-064); 1: the digital coordinator for education (digital_talent-030).
    ("教育委員会でICTを担当しています。一人一台の端末が一気に入り、市町村ごとに設定やトラブル対応がばらばらで困って"
     "います。県と市町村の担当者、それに業者も入って普段から情報交換できる会議体を作りたいので、参考になる例を教えて"
     "ください。",
     graded(both(organization, says(r"ICT教育")), both(talent, says(r"教育のデジタル化")))),
    # 19 S, chatbot named, everyday words (ベテラン職員の頭の中にある知識 for 暗黙知). 2: 099; 1: other chatbots and
    # FAQ systems answering staff questions (038, 060, 111, 162, 182).
    ("ベテラン職員の頭の中にある知識をチャットボットに",
     graded(both(says(r"暗黙知|ベテラン"), is_chatbot),
            both(answers, says(r"職員からの|庁内から|職員向け|システム操作の照会")))),
    # 20 M, notes (課題：… / 目的：…), everyday words (国への報告様式への写し間違い for 総務省提供のチェック用
    # アクセス及びエクセルに転記). 2: 070; 1: the other municipal tax reports tallied (119, 120, 128).
    ("課題：市町村から届く税の課税状況の調査票のとりまとめ。目的：国への報告様式への写し間違いをなくしたい",
     graded(says(r"課税状況調査"), both(says(r"市町村から"), says(r"賦課状況|徴収状況|徴収計画実績")))),
    # 21 L, information-policy section, long with context (議会で指摘): talent or organisation. 2: the
    # committee reviewing IT budgets and procurement (organization-045) and the roles reviewing IT
    # procurement or introduction (digital_talent-005, 006, 007, 024); 1: other roles or bodies optimising
    # systems or procuring jointly (IT and CIO advisers 001, 004, 014, 016, 017, the IT-specialist post 018,
    # the joint-procurement council 063).
    ("情報政策課の者です。各部局がばらばらに情報システムを入れたり更新したりしていて、重複投資や割高な契約を議会で"
     "指摘されました。システムの予算要求や調達の中身を全庁で審査する会議体や、調達コストの削減を専門に見る人を置いて"
     "いる事例を教えてください。",
     graded(both(talent_or_org, says(r"情報システム"), says(r"調達|導入審査")),
            both(talent_or_org, says(r"最適化|投資判断|共同調達")))),
    # 22 S, office word (特勤手当 for 特殊勤務手当); trap word 手当 (teachers' commuting and child allowances
    # earn nothing). 2: 314; 1: work records of part-time school staff gathered for pay (306).
    ("先生たちの特勤手当の実績を給与システムに入れる作業が大変",
     graded(says(r"特殊勤務手当"), says(r"勤務実績データ"))),
    # 23 M, colloquial, everyday words (心の病気で通院している人の医療費を軽くする制度 for 自立支援医療(精神通院)).
    # 2: 269; 1: the same scheme's designation of medical institutions (248) and the mental-health
    # certificate handled alongside it (270, and 051's list).
    ("心の病気で通院している人の医療費を軽くする制度の申請書を、手入力せずに読み取りたい",
     graded(says(r"精神通院"), says(r"自立支援医療|精神障害者保健福祉手帳"))),
    # 24 L, personnel section, long with context, everyday words (デジタルを前提に仕事を組み立て直し … 予算取り
    # for デジタルを前提として業務やサービスを構想 … 予算化): talent. 2: the prefecture's smart-staff
    # programme (digital_talent-012, planned); 1: the other staff grown inside the prefecture into digital
    # roles (the data scientists 038, the volunteer web-analytics study group 034), not the drone pilots nor
    # the IT-specialist hiring.
    ("人事課で職員の育成を担当しています。外部から専門家を招くだけでなく、普通の職員の中から、デジタルを前提に仕事を"
     "組み立て直し、提案から予算取り、プロジェクトの進行管理まで回せる人を計画的に育てたいと考えています。そうした"
     "育成に取り組む事例を教えてください。",
     graded(both(talent, says(r"デジタルを前提")),
            both(staff_grown, says(r"育成|研究会|データサイエンティスト"), no(says(r"ドローン"))))),
    # 25 S, colloquial, everyday words (役所の窓口での相談をネットで予約 for 受付窓口や各種相談業務のオンライン予約):
    # shared system. 2: 035; 1: the shared facility-booking systems (not the library system).
    ("役所の窓口での相談をネットで予約できるようにしたい",
     graded(both(shared_system, says(r"相談業務のオンライン予約")),
            both(shared_system, says(r"予約"), no(says(r"図書館"))))),
    # 26 M, colloquial, everyday words (県内で就職したい学生向けの情報メール for 就活情報提供サービス). 2: 169.
    ("県内で就職したい学生向けの情報メールの申込用紙が紙で届き、毎回手で入力している",
     graded(says(r"就活"), never)),
    # 27 L, accounting section, long with context (一日に数十件), RPA named; trap word 物品 (bidder
    # qualifications for goods and shared e-procurement systems earn nothing). 2: purchase requests
    # processed by RPA (144); 1: the neighbouring purchase steps (030 estimated prices, 147 paying for goods,
    # 163's list with goods procurement).
    ("会計課の者です。各課が財務会計システムで出してくる物品の購入依頼の決裁書と添付資料を毎日印刷して中身を確認し、"
     "処理状況を更新しています。一日に数十件ある単純作業なので、RPAでの自動化を検討しています。",
     graded(both(says(r"物品要求"), rpa_way), says(r"物品購入予定価格|物品について、請求書|物品調達業務"))),
    # 28 S, terse, everyday words (県の出先機関と市町村を結ぶ独自の通信網 for 全ての県機関や市町村等を結ぶ情報
    # 通信ネットワーク): shared system. 2: 105; 1: the resident-register network on dedicated lines (053).
    ("県の出先機関と市町村を結ぶ独自の通信網",
     graded(both(shared_system, says(r"県機関や市町村等を結ぶ")), both(shared_system, says(r"専用回線")))),
]

# --- short keyword queries -------------------------------------------------------------------------
SHORT_ITEMS: list[tuple[str, Judge]] = [
    # One word, an organisation topic. 2: the organisations promoting paperless work (organization-006,
    # 033, 043); 1: cases of electronic approval, document digitisation or the electronic official seal.
    ("ペーパーレス", graded(says(r"ペーパーレス"), says(r"電子決裁|文書電子化|電子公印"))),
    # An abbreviation as typed. 2: the chief digital officer (digital_talent-035) and the council headed by
    # a CDO (organization-041); 1: the chief information officers and their advisers (CIO, 最高情報…).
    ("CDO", graded(says(latin_word("CDO")), says(latin_word("CIO") + r"|最高情報"))),
    # One word. 2: attachments made harmless (113) and the shared large-mail system that does it (121);
    # 1: the LGWAN-side browsing of the internet through a virtual environment (123).
    ("無害化", graded(says(r"無害化"), says(r"インターネット系仮想基盤"))),
    # One word, an office word. 2: attendance records taken out of the systems (150); 1: work records or
    # work-status reports gathered for pay (306, 327).
    ("出勤簿", graded(says(r"出勤簿"), says(r"勤務実績|勤務状況報告"))),
    # An office word. 2: registering payees and creditors in the accounting system (046, 079, 243, 274);
    # 1: entering creditor codes (027) and payments to several creditors (078).
    ("債権者登録", graded(says(r"債権者登録|債権債務者登録|支払相手方登録|債権者の氏名"),
                     says(r"債権者又は債務者コード|複数債権者"))),
    # Two words. 2: personnel-cost work done by RPA (183 the personnel-cost estimate, 129 personnel costs
    # entered into the budget system); 1: personnel costs handled otherwise (none beyond those).
    ("人件費 RPA", graded(both(says(r"人件費"), rpa_way), says(r"人件費"))),
]

# --- notation variants -----------------------------------------------------------------------------
VARIANT_ITEMS: list[tuple[str, Judge]] = [
    # Half-width katakana. 2: cases using マイナンバー; 1: the My Number plumbing named otherwise (the
    # unified address number 056, the resident-register network 053).
    ("ﾏｲﾅﾝﾊﾞｰ", graded(says(r"マイナンバー"), says(r"宛名番号|住民基本台帳ネットワーク"))),
    # Hiragana for 児童手当. 2: the child-allowance cases (074, 201, 207, 312, 336); 1: the special
    # child-rearing allowance (特別児童扶養手当, 249), a different allowance of a similar name.
    ("じどうてあて", graded(says(r"児童手当"), says(r"児童扶養手当"))),
    # Okurigana variant of 読み込み / 読込み. 2: cases reading forms or data in (読み込み, 読み込んだ); 1: cases
    # reading forms by OCR written 読み取り.
    ("読込み", graded(says(r"読み?込"), says(r"読み?取"))),
    # Full-width Latin. 2: cases using IoT.
    ("ＩｏＴ", graded(says(latin_word("IoT")), never)),
    # A common abbreviation (スマホ for スマートフォン). 2: cases using スマートフォン; 1: the tablet terminal (103).
    ("スマホ", graded(says(r"スマートフォン|スマホ"), says(r"タブレット"))),
    # A long-vowel variant (データーベース for データベース). 2: cases using データベース.
    ("データーベース", graded(says(r"データベース|データーベース"), never)),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
SHORT: list[Judged] = _alternate("short", SHORT_ITEMS)
VARIANT: list[Judged] = _alternate("variant", VARIANT_ITEMS)

SEVENTEENTH: list[Judged] = NATURAL + SHORT + VARIANT
