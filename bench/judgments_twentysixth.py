"""A twenty-sixth batch of judged queries: 30 natural requests and 10 notation variants, written and
graded by explicit rules over each case's own text and fields before any engine was run on them.

The natural requests are pasted task descriptions as a prefectural clerk or section chief (personnel and
pay, accounts, tax, local finance, statistics, public relations, environment, special-needs education,
commerce and industry, disaster management, welfare grants, municipal affairs, administrative reform,
information policy) types them, in several registers: colloquial (〜したい, 〜を自動にしたい, 〜できないか,
〜を一緒に使いたい, 〜をつくりたい), formal (〜例を探しています, 〜例を教えてください, 〜例を知りたいです, 〜と
考えています), questions (〜している県はありますか ×4, and 中国地方の県で…例はありますか), memo-like fragments
(〜を会計システムへ入れる作業, 〜の数字の取りまとめ, 〜を拾う作業, 〜にまとめる仕組み, 〜の集計と変更額の算定,
〜を帳票へ書き写す作業, 〜外部の専門家, 〜民間出身の統括役) and long requests with context that is not the point
(年に何回も, 毎年…年度末は残業, 一校ずつ…何十校分も, 毎日のように…夜まで残業, 24時間, メールや電話がばら
ばら, 各課から). A third are 12–30 characters (10), a third 30–60 (10) and a third 60–200 (10); they come
in the order short, middle, long, short… so that each split gets every length (test: 5 short, 5 middle, 5
long; dev: 5, 5, 5). Most ask in everyday words rather than the cases' own: 給料とボーナスの支払い for 支出
命令書作成業務(給与・期末勤勉手当), 支払いの伺いの伝票 for 支出負担行為決議票・支出票 / 支出負担行為兼支払命令書,
講演会…紙の申込書を読み取って集計 for 講演会等の申込集計 (AI-OCR, RPAでエクセルに入力), 電子申請された手当の
書類をまとめて印刷 for 認定系手当申請書類(添付書類含む)をRPAによりまとめて印刷, 企業にかかる県民税と事業税…
調定 for 法人県民税・法人事業税課税業務, 調査員の旅費 for 調査員旅費入力業務, 交付税の基礎になる市町村の数字
for 地方交付税基礎数値集計, 補助金の内示の通知を、各市町村にメールで for 補助金内示通知等の市町村への連絡, 特定
の施設を設けるときの許可の申請や届出 for 特定施設設置許可等申請・届出処理業務, 国の厚生労働統計から県の過去の
数字 for 厚生労働統計の過去集計業務 (県統計のバックデータ), 出張の旅費を記録したエクセルの帳簿 for 旅費補助簿(エクセル), 特別支援学校あての通知
for 支援学校宛通知業務, 住民一人ひとりの避難計画を地域の計画に for 個人の避難計画を地域の避難計画にまとめる
(MYまっぷラン+), 給与から住民税を天引きする事業者の一覧 for 特別徴収義務者リスト, 対象の業務を決めずに…全庁で
for AI-OCR (対象の作業を限定せずに全庁で利用), 福祉の交付金の…交付額の集計と変更額の算定 for 普通交付金交付
額の集計作業, 相手先のコードと金額 for 債権者又は債務者コード及び金額, 休業や時短をお願いしたお店に協力金 for
感染拡大防止協力金等支給事務, 支給額を帳票へ書き写す for 支給額等の情報を関係帳票へ入力, パッケージの税務システム
でカスタマイズできない機能 for 税務システム(パッケージ製品)においてカスタマイズで実装できない…機能, 実証をしな
がら、対象にする事務を探していく for 実証を通じて具体的な事務等を検討中, 整理した収入の額 for 予め整理した歳入
額等の情報, 窓口や相談の予約 for 受付窓口や各種相談業務のオンライン予約, 資料を共有して、やりとりもできる共通の
仕組み for とっとり行政イントラシステム (自治体間の資料共有、コミュニケーション), 学校教育のデジタル化の施策を
考える外部の専門家 for デジタルコーディネーター (教育のデジタル化), 離島をITで元気にする構想や次世代の移動サー
ビス for 姫島ITアイランド構想…次世代モビリティサービス, 大手IT企業の元役員…情報化のトップ for 最高情報統括監
(元日本アイ・ビー・エム(株)取締役副社長), 県内の市町の新しい技術の活用も手伝う…統括役 for 未来技術活用統括監
(県内市町の未来技術活用支援), RPAや電子申請、ペーパーレスをまとめて進める…プロジェクトチーム for デジタル化推進
プロジェクトチーム, DXなどのテーマで講演会を開く…協議会 for かがわ情報化推進協議会. Three name a technology for
the task (AI-OCRを, request 15; RPAで, request 20; AIの議事録やRPA、AI-OCR, request 21, which asks for a way of
choosing tasks, not for any of them), and one names RPA among a team's duties (request 29); the others ask for the task done
automatically (自動化したい, 自動でしている, 自動にしたい) or for a shared system, a post, a team or a council.

Four ask who already does it (電子申請された手当の書類をまとめて印刷している県, 出張の旅費を記録したエクセルの帳簿から…入力する
作業を自動化している県, 事業者の一覧を一つにまとめる作業を自動化している県, 大手IT企業の元役員を…
迎えている県); for them grade 2 also needs the case to be in use (導入(実施)済) and the same thing planned or
on trial is graded 1 (`asked_in_use`, imported from the twentieth batch; none of the four has a planned or trial case of the
same thing). The others ask for examples to learn from, so a planned, trial or considered case answers them. Four
name a place the way people write it: 北関東の県で (茨城, 栃木, 群馬: the three the phrase commonly means),
中国地方の県で (the survey's 中国), 九州・沖縄の県で (the survey's 九州, 沖縄 included) and 九州の県で (the seven
prefectures of the island; 沖縄, which the survey files under 九州, left out). For them the rule is the
twentieth batch's `placed`: grade 2 = the asked thing within the place; grade 1 = the same thing outside the
place (熊本's special-allocation-tax base figures, 193, outside 北関東) or a related case within the place
(山口's other permit applications read by AI・OCR, 217 and 289, within 中国); a neighbour outside the place
earns nothing (the cooperation-money applications read by AI-OCR in 茨城 339, 香川 279 and 愛媛 281 outside
九州・沖縄).

Topics were picked by reading the survey (data/survey-r2.txt), avoiding those named in the twentieth to
twenty-fifth batches' docstrings (the twenty-fifth is the model for this file's structure) whether as asked
topics, short queries or named near misses: every asked case is one whose number none of those docstrings
gives, and whose topic words (支出負担行為, 講演会, 調査員, 内示, 特定施設, 厚生労働統計, 支援学校, 避難計画,
特別徴収, 普通交付金, 債権者又は債務者コード, 歳入, 資料共有, 姫島, 教育のデジタル化, 取締役, 未来技術, かが
わ情報化…) none of them uses (so not the short queries' ふるさと納税, 児童手当, 浄化槽, 就活, 社会保険, 年末調整,
nor the named 嘱託員等の報酬, the commuting allowance, the teachers' travel, the overtime tallies, the
bidders' register, the programming classes of org-059, the volunteer teams of org-029): 22 AI・RPA/OCR/
chatbot tasks over many fields (personnel and pay: pay and bonus expenditure orders, amounts paid copied
into forms, allowance applications printed; accounts: payment vouchers, creditor codes and amounts,
revenue amounts, the coronavirus cooperation money paid; tax: corporate-tax assessment entries, withholding
employers' lists merged, a packaged tax system supplemented by RPA; local finance: the allocation tax's base
figures, national subsidies' notices passed on to the municipalities; statistics: enumerators' travel
expenses, back data from the health and labour statistics; public relations: lecture applications on paper;
environment: specified-facility permits; travel: claims kept in an Excel book; welfare: a grant's payments
tallied; education: notices to special-needs schools; disaster management: residents' evacuation plans;
information policy: AI-OCR for every section, a trial to find tasks for AI and RPA), 2 systems shared with
the municipalities (online booking of counters and consultations, a shared intranet for documents and
communication) and 6 talent or organisation requests (a digital coordinator for education, an IT-strategy
officer leading an IT island and next-generation mobility, a former IT-firm executive as chief information
officer, a chief for future technologies supporting the municipalities, a project team for RPA,
e-application and paperless work, a council holding DX lectures for firms). In file order the 22 AI・RPA
requests come first, then the shared systems, then talent and organisation; `_alternate` splits each group
11/11, 1/1 and 3/3 (test/dev).

Thirteen requests use a word that also names a wrong topic, so that word-matching alone misleads: 申込 (lecture
applications on paper, not the e-application systems other than the two taking lecture and course
applications), 印刷 (the allowance papers, not the exam papers 190, the donation mails 115 or the tax data
197), 旅費 (twice: the enumerators and the Excel travel book, not the teachers' travel 308, 309), 補助金 (the provisional notices, not the
subsidy payments), 統計 (the health and labour statistics, not the settlement or port statistics), 避難 (the
evacuation plans, not the disaster chatbots), AI-OCR (AI-OCR for every section, not the AI-OCR of single
tasks), 交付金 / 交付税 (the welfare grant 240, not the allocation tax 040, 106, 187, 193), コロナ (the
cooperation money paid, not the applications read by AI-OCR or the chatbots), 議事録 (the trial to find
tasks, not the meeting-minutes cases), メール (the shared intranet, not the mailing cases) and 24時間 (the
booking request, not the security cloud). None of those wrong topics earns a grade.

The variants are a short keyword typed in another notation than the survey's, on words no earlier batch
used as a variant: half-width katakana (ﾀﾞｳﾝﾛｰﾄﾞ, ﾎﾟｰﾀﾙｻｲﾄ), full-width Latin (ＤＸ, ＣＩＯ), the hiragana
reading of a kanji word (こうふぜい for 交付税, つうきんてあて for 通勤手当), okurigana variants (貼り付け: the
survey writes 貼り付け and 張り付け; 受け付け: the survey writes 受付 and 受け付け), a long-vowel variant
(カウンター: the survey writes カウンタ) and a word written with ・ (データ・サイエンティスト). Grade 2 is
every case using the word in any of the survey's notations (DX also spelt out as デジタルトランスフォーメーション,
and once as デジタルトランスフォーマーション; CIO also written 最高情報統括責任者 / 情報統括責任者); grade 1 is a
close neighbour where there is one (the digital shift for ＤＸ, the other shared sites for ﾎﾟｰﾀﾙｻｲﾄ, posts
named 最高情報… or 情報統括… without CIO for ＣＩＯ, other commuting cases — 通勤届 — for つうきんてあて).

They were written without seeing any engine output and without reading the engine's code or any other
batch's queries beyond these (of the twentieth to twenty-fourth the docstrings, read to avoid their topics;
the twenty-fifth's file as the model, whose requests were seen while reading its structure; of bench/
judgments.py and the twelfth, fourteenth, seventeenth, eighteenth, nineteenth and twenty-third batches the
variant items, and a grep's lines of the other batches' variant queries, to avoid their words and follow
their style; the definitions of the helpers used here, in bench/judgments.py, the nineteenth (`placed`,
`asked_in_use`) and the tenth (`never`)). Each rule was written before looking at what it selects, then
checked by reading every case it selects and the cases using the task's words, their synonyms and their near
misses (for example the booking request's related cases were narrowed to facility booking, so that the
library system's book reservations, shared 068, earn nothing). One request, on chatbots answering
coronavirus questions, was replaced before any engine was run by the question on the Excel travel book
(request 11), when its in-use answers (343, 276) turned out to be near misses named in the twenty-second
and twenty-fourth batches' docstrings. The only thing run was these rules over the records, to read and
count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done the way asked if a way was asked;
for a question asking which prefectures already do it, a case in use; for a request naming a place, a case
within it; for a variant, a case using the word); 1 = clearly related (the same task done otherwise, or a
neighbouring task the writer would want to see; a planned or trial case answering a question about who
already does it; a related case within a named place); a shared generic word (業務, 入力, システム, 自動化,
集計, 作成, 申請書, 通知, 会計システム, 協議会 …) earns nothing by itself. Case numbers like 068 refer to
ids ai_rpa-068; shared 035 is shared_system-035, dt- digital_talent- and org- organization-. Splits alternate
test, dev, test, dev… within each kind in file order (`_alternate`).
"""

from __future__ import annotations

from bench.judgments import (
    OCR,
    Judge,
    Judged,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    latin_word,
    named,
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

# places as people write them
KITAKANTO = pref("茨城県", "栃木県", "群馬県")  # 北関東: the three inland prefectures of the survey's 関東
CHUGOKU = region("中国")  # 中国地方: the survey's 中国
KYUSHU_OKINAWA = region("九州")  # 九州・沖縄: the survey's 九州, 沖縄 included
KYUSHU = pref("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県")  # 九州: the seven, 沖縄 left out

# --- natural requests ------------------------------------------------------------------------------
# Written in the order short (12–30), middle (30–60), long (60–200), short…
NATURAL_ITEMS: list[tuple[str, Judge]] = [
    # 1 short. Staff pay and bonuses: the expenditure orders keyed into the finance system from the
    # pay system's results (068). Related: the pay system's other results keyed so (071 refunds of pay,
    # 072 social-insurance transfers).
    ("給料とボーナスの支払いを会計システムへ入れる作業",
     graded(both(says(r"人事給与システムの計算結果"), says(r"支出")), says(r"人事給与システムの計算結果"))),
    # 2 middle. Payment vouchers (支出負担行為決議票・支出票, 支出負担行為兼支払命令書) keyed into the finance
    # system for every section (047, 064). Related: other vouchers keyed into the finance system
    # (支出負担行為 among 186's tasks, the expenditure orders and expenditure entries of 068, 069, 076,
    # 078, 274).
    ("各課から回ってくる支払いの伺いの伝票を、会計システムへ代わりに入力する作業を自動化したい",
     graded(says(r"支出負担行為決議票|支出負担行為兼支払命令書"),
            either(says(r"支出負担行為"),
                   both(ai_rpa, says(r"支出命令書|支出登録|支出票"), says(r"財務会計"))))),
    # 3 long, trap (申込). Paper applications for lectures read by AI-OCR and tallied in Excel (075).
    # Related: the shared e-application systems that take lecture and course applications (shared
    # 012, 060). The other e-application systems earn nothing.
    ("県民課の者です。県民向けの講演会を年に何回も開いていて、参加の申込みは今も紙の用紙で届きます。毎回、担当が"
     "申込書を見ながらエクセルに打ち込んで人数を数えています。紙の申込書を読み取って集計まで自動でしている例を"
     "教えてください。",
     graded(both(ai_rpa, says(r"講演会"), says(r"申込")), says(r"講演会等の申込|講座申し込み"))),
    # 4 short, question, trap (印刷). Allowance applications filed online, printed with their
    # attachments, in use (206). Related: the staff allowance ledgers searched and printed (032). The
    # other printing (115, 190, 197) earns nothing.
    ("電子申請された手当の書類をまとめて印刷している県はありますか",
     asked_in_use(says(r"手当申請書類"), says(r"手当認定簿"))),
    # 5 middle. The assessment entries (調定) of the corporate prefectural and enterprise taxes (158).
    # Related: the other corporate-tax tasks (e-filing data imported and confirmed 142, 178, 179; the
    # paper returns keyed 180).
    ("企業にかかる県民税と事業税について、税額を確定させる調定の処理をシステム上で自動でやりたい",
     graded(both(says(r"法人県民税|法人事業税"), says(r"調定")),
            both(ai_rpa, says(r"法人県民税|法人事業税|法人2税|法人二税")))),
    # 6 long, trap (旅費). Travel expenses of the many survey enumerators keyed into the travel system
    # (137). Related: other travel claims keyed into the travel system (091, 321). The teachers'
    # travel (308, 309) earns nothing.
    ("統計課です。毎年、調査のために大勢の調査員に家庭や事業所を回ってもらっていて、その旅費を旅費のシステムに一人"
     "ずつ入力しています。件数が多く、年度末は残業になります。調査員の旅費の入力を自動化している例を探しています。",
     graded(says(r"調査員旅費"), both(ai_rpa, says(r"旅費システム|旅費計算システム")))),
    # 7 short, place. The municipalities' base figures for the allocation tax tallied and copied into
    # the national forms: 040 茨城 within 北関東; 熊本's special-allocation-tax figures (193) outside
    # are the same thing elsewhere (1). The mesh population data (106) earns nothing.
    ("北関東の県で、交付税の基礎になる市町村の数字の取りまとめ",
     placed(KITAKANTO, both(says(r"交付税"), says(r"基礎数値")), says(r"交付税"))),
    # 8 middle, trap (補助金). The national subsidies' provisional notices passed on to the
    # municipalities by mail (140). Related: other mail sent out in bulk by RPA to many recipients (124
    # staff sent out, 322 the special-needs schools). Other subsidy cases earn nothing.
    ("国から届く補助金の内示の通知を、各市町村にメールで知らせる作業を自動化できないか",
     graded(says(r"内示通知"), says(r"派遣者等へのメール連絡|支援学校宛通知"))),
    # 9 long, place. Applications to set up specified facilities read by AI・OCR and keyed by RPA: 216
    # 山口 within 中国. Related within the place: other permit applications read by AI・OCR in 山口
    # (217 waste firms, 289 beehive moves).
    ("環境保全課です。工場などで特定の施設を設けるときの許可の申請や届出が紙で届き、内容をシステムに手で打ち込ん"
     "でいます。中国地方の県で、申請書を読み取ってシステムに入れるところまで自動でしている例はありますか。",
     placed(CHUGOKU, says(r"特定施設"), both(ai_rpa, uses_ocr, says(r"許可")))),
    # 10 short, trap (統計). Back data of the prefecture's statistics made from the national health
    # and labour statistics (254). No neighbour; the settlement and port statistics earn nothing.
    ("国の厚生労働統計から県の過去の数字を拾う作業",
     graded(says(r"厚生労働統計"), never)),
    # 11 middle, question, trap (旅費). Travel claims kept in an Excel book (旅費補助簿) keyed into the
    # travel system, in use (091). Related: other travel claims keyed into the travel system (137
    # enumerators, 321 school counsellors). The teachers' travel (308, 309) earns nothing.
    ("出張の旅費を記録したエクセルの帳簿から、旅費のシステムへ入力する作業を自動化している県はありますか",
     asked_in_use(says(r"旅費補助簿"), both(ai_rpa, says(r"旅費システム|旅費計算システム")))),
    # 12 long. Notices to the special-needs schools drafted and mailed (322). Related: other mail sent
    # out in bulk by RPA (140 to the municipalities, 124 to staff sent out).
    ("支援教育課です。特別支援学校あてに出す通知が多く、そのたびに学校ごとの通知文を作って、一校ずつメールで送っ"
     "ています。同じ作業を何十校分も繰り返しているので、通知文の作成から送付までを自動化した例を知りたいです。",
     graded(says(r"支援学校宛通知"), says(r"内示通知|派遣者等へのメール連絡"))),
    # 13 short, trap (避難). Residents' own evacuation plans gathered into the district's plan (348).
    # Related: 三重's other evacuation projects (346 damage mapped by AI, 347 AI speakers). Other
    # disaster cases earn nothing.
    ("住民一人ひとりの避難計画を地域の計画にまとめる仕組み",
     graded(says(r"避難計画"), both(ai_rpa, says(r"避難行動")))),
    # 14 middle, question. The municipalities' lists of employers withholding residents' tax
    # (特別徴収義務者) merged into one, in use (086). No neighbour.
    ("市町村ごとに届く、給与から住民税を天引きする事業者の一覧を一つにまとめる作業を自動化している県はありますか",
     asked_in_use(says(r"特別徴収義務者"), never)),
    # 15 long, trap (AI-OCR). AI-OCR offered to every section for any form (048). Related: AI-OCR for
    # handwritten applications not tied to one task (114). The AI-OCR cases of single tasks earn
    # nothing.
    ("情報政策課です。課ごとにAI-OCRを入れるのではなく、対象の業務を決めずに、どの課の申請書でも読み取ってデータ"
     "にできる仕組みを全庁で用意したいと考えています。庁内で共通に使っている例を探しています。",
     graded(both(uses_ocr, says(r"対象の作業を限定せずに")), both(uses_ocr, says(r"手書き申請書等")))),
    # 16 short, trap (交付金 / 交付税). A welfare grant's payments tallied monthly, quarterly and at
    # year end, the changed amount computed and registered (240). No neighbour; the allocation-tax
    # cases earn nothing.
    ("福祉の交付金の毎月の交付額の集計と変更額の算定",
     graded(says(r"普通交付金"), never)),
    # 17 middle. Creditor or debtor codes and amounts keyed into the finance system (027). Related:
    # creditors registered in the finance system (079, 243, 274).
    ("会計システムで伝票を作るとき、相手先のコードと金額を打ち込む作業を自動にしたい",
     graded(says(r"債権者又は債務者コード"), both(ai_rpa, says(r"債権者登録|債権債務者")))),
    # 18 long, place, trap (コロナ). Payments of the coronavirus cooperation money keyed into the finance
    # system: 284 沖縄 within 九州・沖縄. No related case inside; the cooperation-money applications
    # read by AI-OCR outside (339 茨城, 279 香川, 281 愛媛) and 佐賀's chatbot (266) earn nothing.
    ("商工の担当です。新型コロナで休業や時短をお願いしたお店に協力金を払っていて、支払いの情報を毎日のように会計"
     "システムへ入力しています。申請が集中した時期は夜まで残業でした。九州・沖縄の県で、この支払いの入力を自動化"
     "した例を探しています。",
     placed(KYUSHU_OKINAWA, both(says(r"協力金"), says(r"財務会計システム")), never)),
    # 19 short. Amounts paid, output from the pay system, copied into the related forms (161).
    # Related: the pay system's results keyed into the finance system (068, 071, 072).
    ("給与システムから出した支給額を帳票へ書き写す作業",
     graded(says(r"支給額等の情報を関係帳票"), says(r"人事給与システムの計算結果"))),
    # 20 middle. Functions a packaged tax system lacks, supplied by RPA (139). No neighbour.
    ("パッケージの税務システムでカスタマイズできない機能を、RPAで補っている例",
     graded(says(r"カスタマイズで実装できない"), never)),
    # 21 long, trap (議事録). A trial to find which tasks AI minutes, RPA and AI-OCR suit (356).
    # Related: ten tasks selected for RPA after reviewing them (051). The meeting-minutes cases earn
    # nothing.
    ("行政改革担当です。AIの議事録やRPA、AI-OCRなどを入れたいのですが、どの事務に効くのかまだ分かりません。まずは"
     "実証をしながら、対象にする事務を探していくという進め方をしている県の例があれば教えてください。",
     graded(says(r"実証を通じて"), says(r"導入効果が見込まれる業務"))),
    # 22 short. Revenue amounts prepared beforehand keyed into the system (160). Related: revenue and
    # expenditure corrections keyed (033).
    ("整理した収入の額を会計システムへ入れる作業",
     graded(says(r"歳入額等の情報"), both(ai_rpa, says(r"歳入")))),
    # --- systems shared with the municipalities ---
    # 23 middle. Online booking of counters and consultations, shared (shared 035). Related: the
    # shared facility-booking systems (not the library system's book reservations, shared 068).
    ("窓口や相談の予約を24時間ネットで受けられる仕組みを、市町村と一緒に使いたい",
     graded(both(shared_system, says(r"相談業務のオンライン予約")),
            both(shared_system, says(r"施設予約|施設案内予約|公共施設の予約|施設の予約|施設の利用予約|施設等の空き状況|施設の空き状況|体育施設の予約")))),
    # 24 long, trap (メール). A shared intranet for documents and communication between the prefecture
    # and the municipalities (shared 055). Related: the shared file-exchange systems (103, 119).
    ("市町村課です。県と市町村の担当者の間で、資料を送ったり連絡を取り合ったりするのに、メールや電話がばらばらで"
     "困っています。県と市町村の職員が資料を共有して、やりとりもできる共通の仕組みを使っている例を探しています。",
     graded(both(shared_system, says(r"資料共有")), both(shared_system, says(r"ファイル共有")))),
    # --- talent and organisation ---
    # 25 short. A digital coordinator for education (dt-030). Related: the other digital coordinators
    # (dt-022, dt-028).
    ("学校教育のデジタル化の施策を考える外部の専門家",
     graded(both(talent, says(r"教育のデジタル化")), both(talent, says(r"デジタルコーディネーター")))),
    # 26 middle, place. An IT-strategy officer leading an IT-island project and next-generation
    # mobility: dt-029 大分 within 九州. No neighbour.
    ("九州の県で、離島をITで元気にする構想や次世代の移動サービスを率いる民間出身の幹部",
     placed(KYUSHU, both(talent, says(r"姫島|次世代モビリティ")), never)),
    # 27 long, question. A former executive of a large IT firm as the chief information officer, in use
    # (dt-021). Related: other senior posts filled from outside (dt-017, dt-019, dt-020, dt-029, dt-035).
    ("情報政策課です。県庁のデジタル化を進めるにあたり、大手のIT企業で経営に携わった人を、非常勤で情報化のトップに"
     "迎えたいと考えています。大手IT企業の元役員をそうした立場に迎えている県はありますか。",
     asked_in_use(both(talent, says(r"取締役|副社長")),
                  both(talent, named(r"最高|CDO|統括監|総括官|IT戦略監")))),
    # 28 short. A chief for future technologies who also helps the municipalities (dt-020). Related:
    # another outside post supporting future technologies (dt-032).
    ("県内の市町の新しい技術の活用も手伝う、民間出身の統括役",
     graded(both(talent, says(r"市町の未来技術")), both(talent, says(r"未来技術")))),
    # 29 middle. A cross-section project team for RPA, e-application and paperless work (org-033).
    # Related: other bodies with paperless work among their duties (org-006, org-043).
    ("RPAや電子申請、ペーパーレスをまとめて進める、庁内の課を横断したプロジェクトチームをつくりたい",
     graded(both(organization, says(latin_word("RPA")), says(r"ペーパーレス")),
            both(organization, says(r"ペーパーレス")))),
    # 30 long. A council holding lectures for firms on DX and other topics (org-070). Related: other
    # councils holding seminars or lectures (org-059, org-061, org-065).
    ("情報政策課です。県内の企業のデジタル化を後押ししたく、企業の関心が高いDXなどのテーマで講演会を開く場を"
     "つくりたいと考えています。企業や市町村が会員になって、こうした講演会を開いている協議会の例を教えてください。",
     graded(both(organization, says(r"講演会"), says(latin_word("DX"))),
            both(organization, says(r"協議会|会議"), says(r"講演会|セミナー")))),
]

# --- notation variants -----------------------------------------------------------------------------
VARIANT_ITEMS: list[tuple[str, Judge]] = [
    # Half-width katakana for ダウンロード; no neighbour.
    ("ﾀﾞｳﾝﾛｰﾄﾞ", graded(says(r"ダウンロード"), never)),
    # Full-width Latin for DX (the survey also spells it out, and once as デジタルトランスフォーマーション);
    # related: the digital shift (dt-036).
    ("ＤＸ", graded(says(latin_word("DX") + r"|デジタルトランスフォー"), says(r"デジタルシフト"))),
    # Hiragana reading of 交付税; no neighbour.
    ("こうふぜい", graded(says(r"交付税"), never)),
    # Okurigana variant of 貼付け / 張り付け (the survey writes 貼り付け and 張り付け); no neighbour.
    ("貼り付け", graded(says(r"貼り?付|張り?付"), never)),
    # Long-vowel variant of カウンタ (the survey writes カウンタ, 176); no neighbour.
    ("カウンター", graded(says(r"カウンタ"), never)),
    # Half-width katakana for ポータルサイト; related: the other shared sites.
    ("ﾎﾟｰﾀﾙｻｲﾄ", graded(says(r"ポータル"), both(shared_system, says(r"サイト")))),
    # Full-width Latin for CIO (also written 最高情報統括責任者 / 情報統括責任者); related: the chief
    # information officer's posts named otherwise (dt-021 最高情報統括監).
    ("ＣＩＯ", graded(says(latin_word("CIO") + r"|最高情報統括責任者|情報統括責任者"), says(r"最高情報|情報統括"))),
    # Hiragana reading of 通勤手当; related: other commuting cases (通勤届, 通勤距離).
    ("つうきんてあて", graded(says(r"通勤手当"), says(r"通勤"))),
    # Okurigana variant of 受付 (the survey writes 受付 and 受け付け); no neighbour.
    ("受け付け", graded(says(r"受付|受け付け"), never)),
    # With ・ for データサイエンティスト; related: statistics and data analysis.
    ("データ・サイエンティスト", graded(says(r"データサイエンティスト"), says(r"統計学|データ分析"))),
]

NATURAL: list[Judged] = _alternate("natural", NATURAL_ITEMS)
VARIANT: list[Judged] = _alternate("variant", VARIANT_ITEMS)

TWENTYSIXTH: list[Judged] = NATURAL + VARIANT
