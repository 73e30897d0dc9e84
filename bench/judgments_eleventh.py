"""An eleventh batch of judged queries: 24 natural requests and 16 short keyword queries, written and
graded by explicit rules over each case's own text before any engine was run on them.

The natural requests are typed the way a prefectural or municipal official, or a DX consultant, puts
a need into a search box, in colloquial Japanese (〜したい, 〜を探している, 〜はないか, 〜が大変). Half are one
sentence of about 12–35 characters; half are two or three sentences with context that is not the point
(町村によっては情報担当が一人しかいない, 常勤で雇うほどの予算はない, 上からの指示ではなく, 電話とFAXで大変,
先生の事務の負担が重い, 毎月 …). Short and long come in the order short, long, long, short… so that each
split gets both. Several ask in everyday words rather than the cases' own: ネット広告やSNS分析に詳しい人
where the cases say デジタルマーケティング, 副業で関わってもらう / 週に何日か来てもらうアドバイザー where they
say 兼業・副業 and 非常勤, 旗振り役の組織 for a データ利活用推進本部, 大きなデータの受け渡し for 大容量の電子データ
の送受信 / ファイル共有システム, お年寄りの安否確認 for 高齢者支援システム, 産廃 for 産業廃棄物, ロボットに任せたい
for RPA, SNSで発信 for a Twitter post. None names a prefecture or a status.

Topics were picked by reading the survey (data/survey-r2.txt) across its four sections: 12 natural
requests about digital talent and DX organisations (a CIO-assisting expert, a council with the
municipalities, part-time advisers from the private sector, a team supporting the municipalities'
DX, a governor-led DX headquarters, a volunteer group of young staff, staff training, hiring IT
specialists by examination, a data-use organisation, a help desk for local firms' digitalisation,
school ICT with the municipal boards of education, digital-marketing experts), 6 about systems shared
with the municipalities (electronic bidding, disaster damage reports, large file exchange, disaster
victim certificates, forest data, school administration) and 6 about AI・RPA cases (watching over
elderly people living alone, industrial-waste applications read by OCR, an election chatbot, paper
questionnaires, monthly statistics, summarising web articles for SNS). The 16 short queries are one
compound word or two words separated by a space, over all four sections; some pairs were chosen
because few cases hold both words (図書館 RPA, チャットボット 水道, AI 道路), and are graded all the same.

They were written without seeing any engine output and without reading the queries of the earlier
batches. Each rule was written by reading the cases that use the task's words, their synonyms and
their near misses; the only thing run was these rules over the records, to read and count each
query's grades.

Grades: 2 = the case is what the writer asked for (the same task, role or kind of organisation, done
in the way asked if a way — OCR, chatbot, AI, shared with the municipalities — was asked); 1 = clearly
related (the same task done otherwise, or a neighbouring task or role the writer would want to see);
a shared generic word (業務, 入力, システム, 自動化, 集計, 推進, 人材, 育成, 本部 …) earns nothing by itself.
For short queries, a pair's words must both hold for grade 2 unless the case is plainly the thing
both words name (the three 統合宛名 systems for 宛名 マイナンバー). Splits alternate test, dev, test, dev…
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
    latin_word,
    named,
    no,
    organization,
    says,
    shared_system,
    talent,
)
from bench.judgments_more import field, group
from bench.judgments_sixth import category, employment
from bench.judgments_tenth import never

external = both(talent, category("外部人材の登用/採用"))
trained = both(talent, category("都道府県職員の育成"))
council = both(organization, group("民間も含んだ協議会等"))
cross_office = both(organization, group("庁内横断的な体制"))

# --- named patterns --------------------------------------------------------------------------------
# The CIO's assistant, however written: CIOを補佐, CIOの補佐, CIO補佐(情報主幹), CIO(情報統括責任者)補佐官;
# 佐賀's 情報監 names CIO補佐官 as the experience it asks for.
CIO_ASSISTANT = r"CIO.{0,10}補佐|CIOを補佐|CIOの補佐"
CHIEF_OFFICER = r"CIO|CDO|最高情報|最高デジタル|チーフ・デジタル"
# What an IT adviser to the prefecture does (not police investigators, medical IT or marketing).
IT_ADVICE = r"助言|指導|補佐|最適化|情報化施策|情報化推進|IT戦略|ICT戦略|e-県庁"
# A council or team that includes or supports the municipalities.
MUNICIPAL_MEMBERS = r"市町村|市町|地方自治体|自治体"
MUNICIPAL_SUPPORT = r"(市町村|市町)(の|への)?(支援|助言|情報化)|市町村情報化の推進・支援|市町村連携|県、市町、民間|市町村の情報システム最適化への支援|県内市町の未来技術活用支援"
YOUNG_VOLUNTEERS = r"若手|有志"
PROJECT_TEAM = r"チーム|ワーキング|WG|PT|プロジェクト"
# Training staff in digital skills (not courses for local firms or children).
STAFF_TRAINING = r"デジタル人材の育成|人材育成、官民|職員を育成|人材を育成|研究会を設置|操作研修会"
TRAINING_WORDS = r"人材育成|人材の育成|人材を育成|研修(?!生)|職員の育成"  # 市町村研修生 are trainees, not a scheme
# Hiring IT specialists as regular staff through an examination category.
IT_EXAM = r"試験|受験|定期採用|情報職|[（(]情報[）)]"
DATA_USE = r"データ(の)?(効果的な)?(利活用|活用)|官民データ|ビッグデータ"
DATA_ROLES = DATA_USE + r"|データサイエンティスト|データ連携基盤|AI分析"
# Organisations that help local firms take up digital technology (a help desk, courses, support).
FIRM_SUPPORT = r"相談窓口|企業等への助言|AIの実践的な知識|産業DX|県内産業のデジタル|先進技術の導入による県内産業|企業のニーズ"
FIRM_WORDS = r"中小企業|県内企業|県内産業|産業の育成|産業振興|産業の振興|産業創出|関連産業|企業等との連携"
MARKETING = r"マーケティング|ウェブ解析"
DISASTER_SHARING = r"災害情報|防災情報|防災関連情報|被害状況"
DISASTER_WORDS = r"災害|防災|被災|震度"
LARGE_FILES = r"大容量|ファイル共有|電子データのやりとり"
VICTIM_CERTIFICATE = r"罹災|り災"
SCHOOL_ADMIN = r"校務|成績|出欠"
WATCHING_OVER = r"安否|見守"
WASTE = r"廃棄物|産廃|マニフェスト|不法投棄"
ELECTION = r"選挙|投票|投開票|政治団体"
# Chatbots for residents' questions in general: the neighbours of a chatbot on one topic.
# (Not the fixed-asset-tax or car-tax chatbots, which also answer 住民/県民からの問い合わせ on one topic.)
GENERAL_FAQ = r"住民からのよくある問合せ|住民からの問い合わせをAI|県民からの問い合わせ等|県民及び職員からの|制度や各種手続き"
QUESTIONNAIRE = r"アンケート"
STATISTICS = r"統計|指数|年鑑"
# 決算統計 is the finance ministry's survey of accounts (a neighbour), 統計書 one a one-off upload of
# old statistics as open data, and the education chatbot only answers questions about statistics.
NOT_STATISTICS_WORK = r"決算統計|統計書|チャットボット"
STATISTICS_NEIGHBOURS = r"決算統計|統計書|労働力調査"
SOCIAL_MEDIA = r"Twitter|SNS|ツイート"
EXPERTS = r"有識者|学識経験者"
EXPERT_WORDS = EXPERTS + r"|学識|大学教授|名誉教授"
GIS_WORDS = r"GIS|地理情報|地理空間|マッピング|デジタル地図"
AI_PROPER = r"(?<![A-Za-z])AI(?![-・]?OCR)|人工知能"
ROAD = r"(?<!高速)(?<!有料)道路(?!認定者)|AIカメラ"  # 有料道路認定者, 高速道路利用認定: commuting allowances


# --- natural requests ------------------------------------------------------------------------------


def natural_queries() -> list[tuple[str, Judge]]:
    return [
        # digital talent and DX organisations ---------------------------------------------------
        # 2: an external hire whose post assists the CIO; 1: other external experts advising on IT
        # (not the police investigators, medical IT or marketing advisers), and CIO/CDO posts.
        ("CIOを補佐する専門家を民間から迎えたい",
         graded(both(external, says(CIO_ASSISTANT)),
                either(both(external, says(IT_ADVICE)), says(CHIEF_OFFICER)))),
        # 2: a council (民間も含んだ協議会等) whose members include the municipalities; 1: other councils
        # and organisations or posts supporting the municipalities.
        ("県内の市町村と一緒にデジタル化を話し合う協議会をつくりたい。町村によっては情報担当が一人しかいないところもある。",
         graded(both(council, says(MUNICIPAL_MEMBERS)),
                either(council, both(either(organization, talent), says(MUNICIPAL_SUPPORT))))),
        # 2: a part-time (非常勤) expert from outside; 1: a full-time one.
        ("民間のデジタル人材に副業で関わってもらいたい。常勤で雇うほどの予算はないので、週に何日か来てもらうアドバイザーのような形を考えている。",
         graded(both(external, employment("非常勤")), external)),
        # 2: an organisation whose remit is supporting the municipalities' digitalisation; 1: posts with
        # that duty, and councils with the municipalities.
        ("市町村のデジタル化を手伝う県のチームをつくりたい",
         graded(both(organization, says(MUNICIPAL_SUPPORT)),
                either(both(talent, says(MUNICIPAL_SUPPORT)), both(council, says(MUNICIPAL_MEMBERS))))),
        # 2: a cross-departmental 本部 for digitalisation (the 5G one is too narrow: 1); 1: other
        # cross-departmental committees and teams.
        ("知事をトップに全庁でDXを進める本部を立ち上げたい",
         graded(both(cross_office, named("本部"), no(says("5G"))), cross_office)),
        # 2: a group of young or volunteer staff; 1: other cross-departmental project teams.
        ("若手職員が部署を越えて新しい技術のアイデアを出し合う場をつくりたい。上からの指示ではなく、有志で集まれるような形の例を探している。",
         graded(both(either(organization, talent), says(YOUNG_VOLUNTEERS)),
                both(cross_office, either(named(PROJECT_TEAM), says(r"チーム|WG|PT"))))),
        # 2: training the prefecture's own staff in digital skills; 1: other training duties and courses,
        # and the other 都道府県職員の育成 entries (posts and hiring).
        ("職員のデジタルスキルを底上げしたい。研修をやっても単発で終わってしまうので、計画的に人材を育てる仕組みを知りたい。",
         graded(says(STAFF_TRAINING),
                either(trained, both(either(organization, talent), says(TRAINING_WORDS))))),
        # 2: IT specialists taken on as staff through an examination category; 1: other full-time
        # specialist hires.
        ("ITの専門職を採用試験で毎年とれるようにしたい",
         graded(both(talent, says(IT_EXAM)), both(external, employment("常勤")))),
        # 2: an organisation for the use of data (the water utilities' forum on smart-meter data: 1);
        # 1: data roles among the talent.
        ("県庁のデータを政策に活かす旗振り役の組織がほしい",
         graded(both(organization, says(DATA_USE), no(says("水道"))),
                either(both(organization, says(DATA_USE)), both(talent, says(DATA_ROLES))))),
        # 2: an organisation helping local firms take up AI/IoT (help desk, courses, support); 1: other
        # industry-promotion organisations and posts.
        ("地元の中小企業からAIやIoTを使いたいという相談が増えている。企業のデジタル化を後押しする窓口や講座をやっている例はないか。",
         graded(both(organization, says(FIRM_SUPPORT)),
                both(either(organization, talent), says(FIRM_WORDS)))),
        # 2: the council on school ICT with the municipal boards of education; 1: the education
        # coordinator, and the school systems shared with the municipalities.
        ("学校のICT環境の整備が市町村ごとにばらばらで進まない。県と市町村の教育委員会が情報を共有しながら進める体制を探している。",
         graded(both(organization, says("教育"), says("ICT")),
                either(both(talent, says(r"教育のデジタル化|ICT教育")), both(shared_system, field("教育分野"))))),
        # ネット広告やSNS分析 = digital marketing. 2: an outside marketing expert; 1: staff study groups and
        # organisations promoting digital marketing.
        ("ネット広告やSNS分析に詳しい人に手伝ってほしい",
         graded(both(external, says(MARKETING)), says(MARKETING))),
        # shared systems -------------------------------------------------------------------------
        # 2: the electronic bidding systems shared with the municipalities; 1: bidding cases among AI・RPA.
        ("入札の電子化を市町村と一緒にやりたい",
         graded(both(shared_system, group("電子入札・電子調達システム")), says("入札"))),
        # 2: shared systems for disaster information and damage reports (not the nuclear networks nor the
        # GIS, which are 1); 1: other shared disaster systems and the AI damage-mapping case.
        ("災害のたびに市町村からの被害報告が電話とFAXで大変。県と市町村で被害の状況をその場で共有できる仕組みはないか。",
         graded(both(shared_system, says(DISASTER_SHARING), no(says("原子力")), no(named("GIS"))),
                either(both(shared_system, says(DISASTER_WORDS)), says("災害情報のマッピング")))),
        # 2: large-file exchange or file sharing with the municipalities; 1: sharing documents between
        # authorities, and making mail attachments harmless.
        ("市町村とのファイルのやりとりで、メールの容量制限にいつも引っかかる。大きなデータを県と市町村の間で安全に受け渡しできるものを探している。",
         graded(both(shared_system, says(LARGE_FILES)), says(r"資料共有|無害化"))),
        # 2: the victim-support systems that issue the certificate; 1: the disaster-victim register.
        ("罹災証明の発行を市町村と同じシステムでやりたい",
         graded(both(shared_system, says(VICTIM_CERTIFICATE)), says("被災者|被災"))),
        # 2: forest data shared with the municipalities and foresters; 1: other shared map systems.
        ("森林の情報を市町村や林業者と共有したい",
         graded(both(shared_system, says("森林")),
                both(shared_system, says(r"GIS|地理情報|地理空間|航空写真|農地")))),
        # 2: school-administration systems (grades, attendance) shared with municipal schools; 1: the
        # other shared education systems (teachers' pay, test results).
        ("小中学校の成績や出欠の管理を県でまとめたシステムにできないか。先生の事務の負担が重いと言われていて、市町村立の学校も含めて考えたい。",
         graded(both(shared_system, says(SCHOOL_ADMIN)), both(shared_system, field("教育分野")))),
        # AI・RPA -----------------------------------------------------------------------------------
        # 2: daily check on elderly people by phone and AI; 1: AI speakers for elderly evacuation and the
        # missing-dementia-patient site.
        ("一人暮らしのお年寄りが増えていて、毎日の安否確認に手が回らない。電話やAIを使って見守りを自動化できないか。",
         graded(says(WATCHING_OVER), says(r"高齢者|認知症"))),
        # 2: industrial-waste applications read by OCR; 1: industrial-waste cases done otherwise.
        ("産廃の許可申請書をOCRで読み取って入力したい",
         graded(both(ai_rpa, says(WASTE), says(OCR)), says(WASTE))),
        # 2: a chatbot for election questions; 1: other election cases, and chatbots for residents'
        # questions in general.
        ("選挙の問い合わせにチャットボットで答えたい",
         graded(both(says(ELECTION), says(AUTO_ANSWER)),
                either(says(ELECTION), both(says(AUTO_ANSWER), says(GENERAL_FAQ))))),
        # 2: paper questionnaires read by OCR and tallied; 1: questionnaires tallied otherwise or taken
        # online, and paper entry forms read by OCR.
        ("研修やイベントのたびに紙のアンケートを回収している。手で打ち込んで集計するのが大変なので、読み取りから集計まで機械でやりたい。",
         graded(both(ai_rpa, says(QUESTIONNAIRE), says(OCR)),
                either(says(QUESTIONNAIRE), both(ai_rpa, says(r"応募|申込集計"))))),
        # ロボット = RPA. 2: statistics compiled by RPA; 1: the accounts survey (決算統計), the open-data
        # upload of old statistics books, the labour-force survey roster.
        ("毎月、統計の資料をつくるのに、システムから数字を出してエクセルに貼り付けている。この定型作業をロボットに任せたい。",
         graded(both(ai_rpa, says(STATISTICS), no(says(NOT_STATISTICS_WORK))),
                both(ai_rpa, says(STATISTICS_NEIGHBOURS)))),
        # 2: web articles summarised by AI and posted to Twitter; 1: AI summaries of minutes on the web
        # site, and updating the web site by RPA.
        ("ホームページの記事をAIで要約してSNSで発信したい",
         graded(both(says("要約"), says(SOCIAL_MEDIA)), either(says("要約"), named("HPの更新")))),
    ]


# --- short keyword queries -------------------------------------------------------------------------


def short_queries() -> list[tuple[str, Judge]]:
    return [
        # 1: CIO posts, the nearest thing.
        ("CDO", graded(says(r"CDO|最高デジタル責任者|チーフ・デジタル"), says(r"CIO|最高情報"))),
        # 1: other shared or mapped GIS.
        ("統合型GIS", graded(says("統合型GIS"), says(GIS_WORDS))),
        # Few cases hold both: 千葉's list of RPA candidates includes a check against the prefectural
        # library; the shared library system is 1.
        ("図書館 RPA", graded(both(says("図書館"), says(latin_word("RPA"))), says("図書館"))),
        # 2: a 本部 for Society 5.0; 1: other Society 5.0 organisations.
        ("Society5.0 本部", graded(both(says(r"Society ?5\.0"), named("本部")), says(r"Society ?5\.0"))),
        # 1: the other withholding-tax paperwork.
        ("年末調整", graded(says("年末調整"), says(r"源泉徴収|法定調書|扶養控除"))),
        # The three 統合宛名 systems are what both words name (one of them says only 宛名番号): 2;
        # other My Number cases: 1.
        ("宛名 マイナンバー", graded(says("宛名"), says("マイナンバー"))),
        # 2: a council chaired on experts' advice (有識者会議 and the like); 1: other bodies or posts with
        # experts or professors.
        ("有識者会議", graded(both(council, named("会議"), says(EXPERTS)), says(EXPERT_WORDS))),
        # 1: LINE used for disaster reports.
        ("LINE 相談", graded(both(says(latin_word("LINE")), says("相談")), says(latin_word("LINE")))),
        ("医療情報", graded(says("医療情報"), never)),
        # 2: shared web-meeting systems with the municipalities; 1: the nuclear-disaster TV conference
        # network and the education council that talks on Teams.
        ("ウェブ会議 市町村",
         graded(both(shared_system, says(r"Web会議|ウェブ会議|オンライン会議")), says(WEB_MEETING + r"|Teams"))),
        ("スマートシティ", graded(says("スマートシティ"), never)),
        # Few cases hold both: the water bureau's chatbot; 1: other water cases.
        ("チャットボット 水道", graded(both(says("チャットボット"), says("水道")), says("水道"))),
        # 2: the nuclear-disaster networks; 1: the radiation monitoring systems.
        ("原子力 防災", graded(says("原子力防災"), says(r"原子力|放射線"))),
        # 2: the cross-departmental working groups; 1: other cross-departmental project teams (not
        # standing units that happen to be called チーム).
        ("ワーキンググループ", graded(says(r"ワーキング|WG"), both(cross_office, named(PROJECT_TEAM)))),
        # Few cases hold both: AI cameras on roads; 1: the other road cases and AI cameras in parks
        # (AI-OCR on a road-occupancy form is not AI proper).
        ("AI 道路", graded(both(says(AI_PROPER), says(ROAD), no(says("公園"))), both(ai_rpa, says(ROAD)))),
        # 2: the health-point app and the coordinator for health apps; 1: the AI phone for elderly
        # people's health.
        ("健康 アプリ", graded(both(says("健康"), says("アプリ")), says("健康管理"))),
    ]


ELEVENTH: list[Judged] = _alternate("natural", natural_queries()) + _alternate("short", short_queries())
