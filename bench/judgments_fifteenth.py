"""A fifteenth batch of judged queries: 30 natural requests and 10 filter queries, written and graded by
explicit rules over each case's own text and fields before any engine was run on them.

The natural requests are pasted task descriptions as a prefectural or municipal clerk, a consultant or
a researcher types them, in several registers: colloquial (〜したい, 〜できないかな, 〜が大変, 〜で困る, 〜を
やめたい), formal (〜の効率化を検討している, 〜できないか検討している, 〜を調べている), questions (〜している
県は？, 〜ないでしょうか, 〜例を教えてください) and long requests with context that is not the point (毎年
春になると, 年度初めは残業続き, 担当が一人, 遠い町村からは移動だけで半日, 毎月のように値段が変わる, CDに焼いて
郵送, 100か所以上). A third are 12–30 characters, a third 30–60 and a third 60–150; they come in the order
short, middle, long, short… so that each split gets five of each length. Over half ask in everyday
words rather than the cases' own: 一人暮らしのお年寄りの見守り for 高齢者の安否確認, 外国の方と言葉が通じない
… 通訳の代わり for 音声認識・自動翻訳, 産廃業者の役員や車両を台帳に写す … 警察などへの問い合わせ文書 for
欠格照会, 資格試験の合格証 for 技能検定の合格証書, お医者さんの人数 for 診療科別の医師数, 工場の生産量 … 指数
for 鉱工業指数, 給料から住民税を天引きしている会社 for 特別徴収義務者, コンビニで払われた税金 for コンビニ
収納データ, 山の持ち主や植林の計画 for 森林資源情報, 施設の空きベッド for 空床情報, 成績や出席 for 校務支援,
授業料を国が肩代わりする支援金 for 就学支援金, SNSやウェブの閲覧データ for デジタルマーケティング, 本業を
持ったまま for 兼業・副業, IT専門の職員 for 情報職, 操作記録 for 操作ログ, 大きなファイル for 大容量の電子
データ, 知事と市町村長が集まる会議 for 首長会議, ガソリンや灯油 for 自動車用・暖房用燃料, 若手の職員が
自分たちで for 若手職員を中心とした有志. Some name the technology (AI, OCR, RPA, チャットボット), most do not;
none names a place or status. Five ask who already does it (〜している県は？, 〜ところがあれば参考にしたい,
〜使っている例を知りたい, 〜運用している例を探しています, 〜作っている県の例を教えてください); for them grade 2
also needs the case to be in use (導入(実施)済).

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twelfth,
thirteenth and fourteenth batches' docstrings: 21 AI・RPA・chatbot/OCR tasks over many fields (welfare
and health: an AI phone service watching over elderly people, child-allowance status reports staff
have not returned, audits of social-welfare corporations, hospital doctor counts, vacant-bed reports
from welfare facilities; environment: industrial-waste licence holders' officers and vehicles, septic-tank
notifications; tax: a speech-translation tablet for foreign visitors at the tax office, lists of
employers withholding resident tax, convenience-store payment data; HR and general affairs: individual
notices to staff about pay and travel procedures, splitting system logs per department; procurement:
fuel unit-price contract changes; statistics: municipal population reports, the index of industrial
production; elections: political-organisation notifications, an election chatbot; commerce: skills-test
certificates, testing fees; education: high-school tuition support; public relations: AI summaries of
long texts), 4 systems shared with the municipalities (forest information, school-affairs systems,
exchanging large files, web meetings of the governor and mayors) and 5 talent or organisation requests
(side-job digital experts, digital-marketing advisers, hiring IT-specialist staff, a cross-department
volunteer team of young staff, an AI/IoT help desk for local firms).

The filter queries join a topic to place, status and shareability words the way people type them:
a region (東北, 関西 = the survey's 近畿, 九州, 四国), two prefectures joined by や (静岡や愛知), a status
(実証中, 導入済み, 予定, 検討中) and 共同利用できる (the survey's 共同利用可能 / さらなる共同利用可能). Topics:
meeting transcription by AI, commuting allowances by RPA, intractable-disease application forms by AI-OCR,
hometown-tax donations, COVID cooperation-money and benefit forms by AI-OCR, industrial-waste forms by
AI-OCR, AI-OCR in general, shared electronic bidding, a Society 5.0 headquarters, a residents' chatbot.
Grade 2 needs the place, status or shareability and the topic to hold; grade 1 is the topic done
otherwise (or a close neighbour of it) within the same place, status or shareability; nothing outside
them earns a grade. Each filter query was checked by reading the survey to have a grade-2 case.

They were written without seeing any engine output and without reading the queries of the earlier
batches. Each rule was written by reading the cases that use the task's words, their synonyms and
their near misses; the only thing run was these rules over the records, to read and count each
query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way — OCR,
chatbot, AI, RPA, shared with the municipalities — was asked; for a question asking which prefectures
already do it, a case in use); 1 = clearly related (the same task done otherwise, or a neighbouring task
the writer would want to see; a planned or trial case answering a question about who already does it);
a shared generic word (業務, 入力, システム, 自動化, 集計, 推進, 人材, 育成, 効率化, 作成, 管理 …) earns
nothing by itself. When RPA is named, a case of the AI・RPA section that states no technology counts as
done the way asked (such cases are scripted automation). Splits alternate test, dev, test, dev… within
each kind in file order (`_alternate`).
"""
from __future__ import annotations

from bench.judgments import (
    AI,
    AUTO_ANSWER,
    CHATBOT,
    CONSIDERING,
    DONE,
    INTRACTABLE_DISEASE,
    MEETING_GROUP,
    OCR,
    PLANNED,
    RPA,
    TRIAL,
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
    shareable,
    shared_system,
    status,
    talent,
    within,
)
from bench.judgments_more import field, group
from bench.judgments_tenth import never

# --- named patterns --------------------------------------------------------------------------------
is_chatbot = says(CHATBOT)
auto_answer = says(AUTO_ANSWER)
uses_ocr = says(OCR)
is_ai = says(AI)
is_rpa = says(RPA)
in_use = status(DONE)  # for questions asking who already does it: a case in use


def rpa_way(r) -> bool:
    """Done by RPA, or an AI・RPA case that names no other technology (scripted automation)."""
    return is_rpa(r) or (ai_rpa(r) and not (uses_ocr(r) or is_ai(r) or auto_answer(r)))


# Meeting minutes: the survey's own group (and 198) or a case that transcribes meetings.
MINUTES = either(lambda r: r.id in MEETING_GROUP, says(r"議事録|会議録|文字起こし|文字おこし|テープ起こし"))

# Residents' general inquiries answered automatically (not a single-topic chatbot).
GENERAL_FAQ = both(auto_answer, says(r"住民からのよくある|住民からの問い合わせをAI|県民からの問い合わせ等|県民及び職員からの"
                                      r"|制度や各種手続き"))

# Individual notices or reminders mailed to staff (the neighbours of a personal procedure notice).
STAFF_NOTICE = says(r"現況届未提出|年末調整審査結果|ストレスチェック実施結果個別通知")

# Templated mail to many addressees with only the address or attachment changed.
BULK_MAIL = says(r"宛先、添付ファイルのみ変更|件名・内容が共通の定型メール")

# Shared systems that handle forests, or maps shared with the municipalities.
FOREST = says(r"森林|林業|林道")
SHARED_MAPS = both(shared_system, says(r"GIS|地理空間|航空写真|地図情報"))

# Exchanging large files with the municipalities.
FILE_EXCHANGE = says(r"大容量|ファイル共有|オンラインストレージ|電子データのやりとり")

# School-affairs systems (grades, attendance, pupils' records) run for the municipalities' schools.
SCHOOL_AFFAIRS = says(r"校務|学校業務支援")

# Web meetings between the prefecture and the municipalities.
WEB_MEETING = says(r"Web会議|ウェブ会議|オンライン会議|TV会議")

# Part-time external experts (the neighbours of a side-job expert).
PART_TIME_EXPERT = both(talent, lambda r: r.employment == "非常勤", lambda r: r.category == "外部人材の登用/採用")

# Digital marketing.
MARKETING = says(r"デジタルマーケティング")
MARKETING_NEIGHBOURS = says(r"マーケティング|ウェブ解析")

# IT-specialist staff hired as such (情報職, 行政事務(情報)); an IT option in the general exam (専門分野:
# 情報) and the hospital-systems exam category (医療情報) are the neighbours.
IT_STAFF = both(talent, says(r"情報職|行政事務\(情報\)"))
IT_EXAMS = both(talent, says(r"専門分野:情報|試験区分"))

# A cross-department team of volunteers or young staff, and other cross-department working teams.
VOLUNTEERS = says(r"有志|若手")
WORKING_TEAM = both(organization, group("庁内横断的な体制"),
                    says(r"プロジェクトチーム|ワーキング|検討チーム|連絡会議"))

# Help for local firms adopting AI/IoT: a consultation desk, courses and workshops.
FIRM_HELP_DESK = both(organization, says(r"相談窓口|体系的に学習する講座"))
FIRM_SUPPORT = both(organization, no(group("庁内横断的な体制")),
                    says(r"県内産業|県内企業|企業等への|企業のニーズ|産業DX|各種講座|情報化を進めるためのセミナー"
                         r"|IT利活用に関する各種セミナー"))

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–150), short… so each split gets five of
# each; the shared-system and talent requests are spread over both splits.
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 S, colloquial, everyday words (見守り for 安否確認), names AI. 2: the AI phone service checking on
    # elderly people daily (257); 1: other cases for elderly people's safety (the AI speaker for
    # evacuation, the shared site for missing people with dementia).
    ("一人暮らしのお年寄りの見守りにAIを使いたい",
     graded(says(r"安否確認|見守り"), says(r"高齢者"))),
    # 2 M, colloquial. 2: reminders to staff who have not returned the child-allowance status report
    # (207); 1: the child-allowance RPA covering the June status check (201) and other child-allowance
    # payments (074, 312, 336).
    ("児童手当の現況届をまだ出していない職員に、催促のメールを一斉に送りたい",
     graded(says(r"現況届"), says(r"児童手当"))),
    # 3 L, long with context, everyday words (役員や車両を台帳に写す, 警察などへの問い合わせの文書 for
    # 欠格照会). 2: officers and vehicles of industrial-waste licence holders entered in a ledger with
    # the disqualification inquiries (212), and the licence applications transcribed to inquiry
    # letters and the system (217); 1: other industrial-waste forms (manifests, reports, plans) and the
    # fluorocarbon / car-recycling registration ledger (213).
    ("産廃業者の許可申請が来るたびに、添付の登記簿や車検証を見ながら役員と車両をエクセルの台帳に写しています。"
     "役員が欠格に当たらないか警察などへ問い合わせる文書も作るので、担当一人では手が回りません。",
     graded(says(r"産業廃棄物処理業許可"), either(both(ai_rpa, says(r"廃棄物")), says(r"電子台帳")))),
    # 4 S, colloquial, names OCR. 2: septic-tank notifications read by AI-OCR (218); 1: the other
    # environmental facility notifications read by AI-OCR (特定施設, 216).
    ("浄化槽の設置届をOCRで読み取りたい",
     graded(both(says(r"浄化槽"), uses_ocr), either(says(r"浄化槽"), both(uses_ocr, says(r"特定施設"))))),
    # 5 M, colloquial question, everyday words (言葉が通じない, 通訳の代わり for 音声認識・自動翻訳).
    # 2: the translation tablet at the tax office counter (103); 1: the AI chatbot guiding foreign
    # tourists (286), the other service to foreigners.
    ("税の窓口に来た外国の方と言葉が通じなくて困る。通訳の代わりになるものはないか",
     graded(says(r"翻訳"), says(r"外国人"))),
    # 6 L, long with context (CDに焼いて郵送): shared system. 2: shared file exchange with the
    # municipalities (the online storage 112, the LGWAN file sharing 119, large mail 121, the Teams
    # trial 103); 1: the inter-municipal intranet for sharing documents (055).
    ("市町村と図面や写真などの大きなファイルをやりとりすることが多いが、メールだと容量の制限で送れず、"
     "毎回CDに焼いて郵送している。県と市町村で一緒に使えるファイルの受け渡しの仕組みはないでしょうか。",
     graded(both(shared_system, FILE_EXCHANGE), both(shared_system, says(r"資料共有")))),
    # 7 S, colloquial, everyday words (資格試験の合格証 for 技能検定の合格証書). 2: 283; 1: other
    # certificates made from the entered data (the fluorocarbon registration certificate 213, the
    # sputum-suction 認定書 255).
    ("資格試験の合格証を一枚ずつ作るのをやめたい",
     graded(says(r"合格証"), says(r"登録証を作成|認定書等を作成"))),
    # 8 M, colloquial, everyday words (お医者さんの人数 for 医師数). 2: the hospital survey of doctors
    # per department (252); 1: other tallies of health statistics (厚生労働統計 254, 公衆衛生年鑑 268).
    ("県内の病院ごとに診療科やお医者さんの人数を調べて表にまとめる作業を自動化したい",
     graded(says(r"医師数"), says(r"厚生労働統計|公衆衛生年鑑"))),
    # 9 L, talent, long with context, everyday words (本業を持ったまま for 兼業・副業). 2: the
    # side-job digital expert (011); 1: other part-time external experts (advisers, fellows,
    # coordinators).
    ("県のデジタル化を進めたいが、IT企業の第一線で働いている人をフルタイムで雇うのは予算的にも難しい。"
     "本業を持ったまま週に何日か手伝ってもらう形で、民間の専門家に来てもらう方法はないでしょうか。",
     graded(says(r"副業|兼業"), PART_TIME_EXPERT)),
    # 10 S, colloquial. 2: population reports from the municipalities tallied (057, 067); 1: the
    # per-municipality mesh population data tidied for the tax grant (106).
    ("市町村から毎月来る人口の報告をまとめたい",
     graded(says(r"人口統計調査報告|人口移動情報"), says(r"人口データ"))),
    # 11 M, plain statement, everyday words (工場の生産量の数字 … 指数 for 鉱工業指数). 2: 112; 1: the
    # economic and employment survey compiled from published data (277).
    ("工場から毎月メールで届く生産量の数字を、指数を計算する表に写す作業がある",
     graded(says(r"鉱工業指数"), says(r"経済・雇用情勢"))),
    # 12 L, formal with context. 2: individual notices on pay and travel procedures sent to the staff
    # concerned (102); 1: other individual notices or reminders mailed to staff (child-allowance
    # reminders 207, year-end adjustment results 195, stress-check results 192).
    ("給与や旅費の手続きで、扶養や住所が変わった職員にはそれぞれ必要な書類を案内しているが、対象者を探して"
     "一人ずつメールを書くのに毎月かなりの時間がかかっている。対象の職員に個別の案内を自動で送れないか検討している。",
     graded(says(r"個別案内"), STAFF_NOTICE)),
    # 13 S, colloquial, everyday words (政治団体をつくるときの届け). 2: 354; 1: the other election
    # commission forms read by AI-OCR (absentee voting 352, public election expenses 353).
    ("政治団体をつくるときの届けをデータ化したい",
     graded(says(r"政治団体"), says(r"不在者投票|選挙公営"))),
    # 14 M, colloquial, everyday words (給料から住民税を天引きしている会社 for 特別徴収義務者). 2: 086;
    # 1: other tax reports from the municipalities tallied (賦課状況 119, 徴収状況 120, 月次徴収実績
    # 128, 課税状況調査 070).
    ("給料から住民税を天引きしている会社の一覧が市町村ごとにバラバラなので一つにまとめたい",
     graded(says(r"特別徴収義務者"), says(r"個人県民税|市町村税月次徴収|課税状況調査"))),
    # 15 L, long with context, who already does it, everyday words (山の持ち主や植林の計画 for 森林資源
    # 情報): shared system. 2: forest-information systems shared with the municipalities, in use (069,
    # 071, 072, all 済); 1: other maps shared with the municipalities (GIS, the farmland map 070).
    ("市町村や森林組合とは、山の持ち主や植林の計画などをそれぞれの台帳で管理していて話がかみ合わないことがある。"
     "県と市町村、林業の事業者が同じ森林の情報を見られる仕組みを一緒に使っている例を知りたい。",
     graded(both(shared_system, FOREST, in_use), either(both(shared_system, FOREST), SHARED_MAPS))),
    # 16 S, terse, everyday words (コンビニで払われた税金). 2: convenience-store payment data fetched
    # for the tax system (085); 1: linking payment information in the tax system by RPA (139).
    ("コンビニで払われた税金のデータを毎朝取り込む",
     graded(says(r"コンビニ"), says(r"納税情報の紐付け"))),
    # 17 M, talent, colloquial, everyday words (SNSやウェブの閲覧データ for デジタルマーケティング).
    # 2: external digital-marketing advisers (032, 033, 039); 1: other digital-marketing staff, teams
    # and the marketing-background CDO (034 staff study group, 035, organisations 004 and 034).
    ("県のPRを、SNSやウェブの閲覧データを見ながら進められる専門家に助言してほしい",
     graded(both(talent, MARKETING, lambda r: r.category == "外部人材の登用/採用"), MARKETING_NEIGHBOURS)),
    # 18 L, long with context, who already does it, everyday words (ガソリンや灯油 for 自動車用・暖房用
    # 燃料). 2: the fuel unit-price contract changes mailed to suppliers by RPA, in use (332); 1: other
    # templated mail sent to many addressees (080, 124).
    ("ガソリンや灯油は毎月のように値段が変わるので、そのたびに単価契約の変更を何十社もの業者にメールで"
     "知らせています。文面はほとんど同じで宛先と金額だけが違うので、自動化しているところがあれば参考にしたい。",
     graded(both(in_use, says(r"燃料単価|単価契約")), either(says(r"燃料単価|単価契約"), BULK_MAIL))),
    # 19 S, colloquial (〜が大変), everyday words (空きベッド for 空床). 2: vacant-bed reports from facilities
    # pasted into a tally (264); 1: the nursing-home waiting-list tally (265).
    ("施設の空きベッドの数を毎日集計するのが大変",
     graded(says(r"空床"), says(r"入所申込"))),
    # 20 M, shared system, colloquial (〜できないかな), everyday words (成績や出席). 2: school-affairs
    # systems shared with the municipalities' schools (076–079, 082); 1: the teachers' pay system and
    # the achievement-test system for the same schools (080, 081).
    ("小中学校の成績や出席の管理を、県内の市町村で同じシステムにまとめられないかな",
     graded(both(shared_system, SCHOOL_AFFAIRS),
            both(shared_system, field("教育分野")))),
    # 21 L, long with context (毎年春になると, 残業続き), everyday words (授業料を国が肩代わりする支援金
    # for 就学支援金). 2: 329; 1: other tuition and scholarship forms (授業料 319, 学校徴収金 320,
    # 奨学金 164).
    ("高校の授業料を国が肩代わりする支援金の申請が、毎年春になると各高校から大量に上がってきます。"
     "そのデータを業務システムへ一件ずつ打ち直していて、学校からの問い合わせ対応と重なると残業続きです。",
     graded(says(r"就学支援金"), either(says(r"授業料|学校徴収金"), both(ai_rpa, says(r"奨学金貸付"))))),
    # 22 S, colloquial, names the chatbot. 2: the election inquiry chatbot (349); 1: general chatbots
    # answering residents' questions on any subject (350, 355, 344, 182, shared 116), not the
    # single-topic ones (car tax, property tax …).
    ("選挙についての問い合わせにチャットボットで答えたい",
     graded(both(says(r"選挙"), auto_answer), GENERAL_FAQ)),
    # 23 M, formal (〜調べている), names AI. 2: AI summarising texts published on the website (minutes
    # 019, website articles for Twitter 351); no neighbour summarises.
    ("ホームページに載せる長い文章をAIで短く要約できないか調べている",
     graded(both(is_ai, says(r"要約")), never)),
    # 24 L, organisation, long with context, who already does it. 2: cross-department teams of
    # volunteers or young staff, in use (029, 039, 046); 1: the volunteer staff study group on web
    # analytics (talent 034, 実証中) and other cross-department working teams (033, 037, 038, 048, 051).
    ("上からの指示を待つのではなく、若手の職員が自分たちで新しい技術を勉強したり、仕事のやり方の改善を提案したり"
     "する集まりを作りたい。部署を超えた有志のチームを作っている県の例を教えてください。",
     graded(both(in_use, VOLUNTEERS, either(organization, talent)),
            either(both(VOLUNTEERS, either(organization, talent)), WORKING_TEAM))),
    # 25 S, talent question, who already does it, everyday words (IT専門の職員 for 情報職). 2: hiring
    # IT-specialist staff, in use (015 情報職, 023 行政事務(情報)); 1: the planned 情報職 (018), the IT
    # option of the general exam (013) and the hospital-systems exam category (031).
    ("IT専門の職員を毎年採用している県は？",
     graded(both(IT_STAFF, in_use), either(IT_STAFF, IT_EXAMS))),
    # 26 M, formal (〜の効率化を検討している), everyday words (企業から頼まれた製品の試験 for 依頼試験).
    # 2: testing fees (275); 1: other fee income entered into the accounts (受講料 185, 訓練センターの
    # 使用料 282).
    ("企業から頼まれた製品の試験の手数料について、納付書の作成と会計システムへの入力の効率化を検討している",
     graded(says(r"依頼試験"), says(r"受講料|使用許可及び収入"))),
    # 27 L, shared system, long with context, who already does it, everyday words (知事と市町村長が集まる
    # 会議 for 首長会議). 2: web-meeting systems shared with the municipalities, in use (113, 120); 1: the
    # nuclear-disaster TV conference network (098) and the Teams trial with web meetings (103).
    ("年に数回、知事と市町村長が集まる会議を開いているが、遠い町村からは移動だけで半日かかる。感染症のことも"
     "あり、県と市町村で共通のオンライン会議の仕組みを用意したいので、共同で運用している例を探しています。",
     graded(both(shared_system, WEB_MEETING, in_use, no(says(r"原子力"))), both(shared_system, WEB_MEETING))),
    # 28 S, colloquial, everyday words (操作記録 for 操作ログ). 2: system logs split per department and
    # mailed (126); 1: other lists split and mailed to whom they concern (virus alerts 177, car data
    # per municipality 025).
    ("システムの操作記録を課ごとに分けて送りたい",
     graded(says(r"操作ログ"), says(r"ウイルスの検知|個車情報ファイルを分割"))),
    # 29 M, organisation, colloquial, names AI and IoT as the topic. 2: the AI/IoT consultation desk
    # and the AI course for local firms (020, 019); 1: other offices and councils helping local firms
    # go digital (003, 017, 026, 059, 060, 061, 070, 072) and the officials promoting small firms' ICT
    # (talent 009, 027). Not the children's programming courses (018) nor cross-department councils.
    ("地元の中小企業がAIやIoTを気軽に相談できる窓口や勉強の場を作りたい",
     graded(FIRM_HELP_DESK, either(FIRM_SUPPORT, both(talent, says(r"中小企業のICT化"))))),
    # 30 L, long with context (100か所以上, 年度初めは残業続き), names RPA. 2: the audit appointment and
    # notice letters of social-welfare corporations (222); nothing else schedules audits.
    ("社会福祉法人や福祉施設への監査で毎年100か所以上を回っている。日程調整の連絡と、監査の通知文づくりを"
     "全部手作業でやっていて、年度初めは担当が残業続き。RPAなどで楽にできる方法を知りたい。",
     graded(says(r"監査計画|監査通知"), never)),
]
NATURAL = _alternate("natural", NATURAL_ITEMS)

# --- filter queries --------------------------------------------------------------------------------
FILTER = _alternate("filter", [
    # 東北 + meeting minutes by AI. 2: 002, 003, 004, 006; 1: the minutes case that names no AI (005).
    ("東北で会議の文字起こしにAIを使っている県",
     within(region("東北"), both(MINUTES, is_ai), MINUTES)),
    # 実証中 + commuting allowance by RPA. 2: 049, 052, 154; 1: other allowances on trial (特殊勤務手当
    # 314).
    ("通勤手当の確認をRPAで実証中のところ",
     within(status(TRIAL), both(says(r"通勤"), rpa_way), both(ai_rpa, says(r"手当")))),
    # 関西 (the survey's 近畿) + intractable-disease application forms by AI-OCR. 2: the Shiga forms
    # (244, 245); 1: the intractable-disease bill (243) and other medical application forms read by
    # AI-OCR in the region (248, 249, 256).
    ("関西で難病の申請書をAI-OCRで読み取っている例",
     within(region("近畿"), both(says(INTRACTABLE_DISEASE), uses_ocr, says(r"申請書|おたずね票")),
            either(says(INTRACTABLE_DISEASE), both(uses_ocr, says(r"医療|診断書"))))),
    # shareable + hometown-tax donations. 2: 066, 115 (共同利用可能); the Kagawa case (165) is not
    # shareable and earns nothing.
    ("共同利用できるふるさと納税の事務のRPA",
     within(shareable, both(says(r"ふるさと納税"), rpa_way), says(r"ふるさと納税|寄附|寄付"))),
    # 導入済み + cooperation-money and benefit forms by AI-OCR. 2: 166, 279, 280, 281, 339; 1: the
    # cooperation-money payments entered by RPA (284).
    ("協力金や給付金の申請書をAI-OCRで処理している導入済みの県",
     within(status(DONE), both(says(r"協力金|給付金"), uses_ocr), says(r"協力金|給付金"))),
    # 九州 + 予定 + industrial-waste forms by AI-OCR. 2: the Oita cases (219, 220, 221); 1: the planned
    # septic-tank forms read by AI-OCR (218), the neighbouring environmental form.
    ("九州で産廃の申請書をAI-OCRにする予定の県",
     within(both(region("九州"), status(PLANNED)), both(says(r"廃棄物"), uses_ocr),
            both(field("環境分野"), uses_ocr))),
    # two prefectures + AI-OCR. 2: Shizuoka's bidder forms, training questionnaires and art-festival
    # forms (092, 093, 287); 1: the other AI・RPA cases of Shizuoka and Aichi.
    ("静岡や愛知のAI-OCR活用事例",
     within(pref("静岡県", "愛知県"), uses_ocr, ai_rpa)),
    # 四国 + shared electronic bidding. 2: 047, 048, 049; no other bidding case in the region.
    ("四国の電子入札の共同システム",
     within(region("四国"), both(shared_system, says(r"入札")), never)),
    # 九州 + a Society 5.0 headquarters. 2: Nagasaki's Society5.0推進本部 (053); 1: the planned Society
    # 5.0 platform (072) and the other promotion headquarters (054, 055).
    ("九州でSociety5.0の推進本部を置いている県",
     within(region("九州"), both(organization, says(r"Society ?5\.0"), says(r"本部")),
            both(organization, either(says(r"Society ?5\.0"), named(r"推進本部"))))),
    # 検討中 + a chatbot for residents. 2: Fukui's chatbot under consideration (344); no other case under
    # consideration answers questions.
    ("住民の問い合わせにチャットボットを検討中の県",
     within(status(CONSIDERING), is_chatbot, auto_answer)),
])

FIFTEENTH: list[Judged] = NATURAL + FILTER
