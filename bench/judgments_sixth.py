"""A sixth batch of judged queries: 30 natural task descriptions and 12 notation variants, written
and graded by explicit rules over each case's own text before any engine was run on them.

The natural queries are pasted the way a prefectural or municipal clerk types a need into a search
box: colloquial, with context that is not the point (毎月, 人手が足りない, 24時間, 夜や休日 …), and in
everyday words rather than the case's own (たばこが吸えるかどうかのルール where the case says 受動喫煙
防止対策, 看板を出す許可 where it says 屋外広告物の許認可, 揺れの大きさ where it says 震度, 住民票のシステムを
誰がいつ使ったかの記録 where it says 住民基本台帳システム操作ログ …). They ask about tasks no earlier batch
asked about, across the survey's four sections (AI・RPA, shared systems, digital talent,
organizations). A first list of needs written from experience asked mostly about tasks the survey
does not have (健康診断, 新聞記事, 営業許可 …), so the topics were then picked from the survey's case
names, and each rule written afterwards by reading the cases' own text and their near misses.

The variants are what a user types that differs in notation or wording from the cases' text:
full-width Latin (ＬＧＷＡＮ, ＣＳＶ), hiragana for a kanji word (たん吸引), clerks' abbreviations
(生保, マイナカード, 電決), a long vowel the cases drop (プリンター), a common mis-voicing (ビックデータ),
okurigana (読取り, 振込み), and synonyms (スマートスピーカー for AIスピーカー, クラウドストレージ for オンラインストレージ); one is two words
separated by a space (手書き 読取り).

Grades, filters and splits as in bench/judgments_fifth.py: 2 asked for, 1 related; place and
status words are filters; within each kind test and dev alternate (the fourth argument).
"""
from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    GIS,
    OCR,
    Judged,
    Test,
    ai_rpa,
    both,
    either,
    graded,
    has,
    is_ocr,
    organization,
    says,
    shared_system,
    talent,
)
from bench.judgments_more import field, group

# --- local helpers ---------------------------------------------------------------------------------


def desc(pattern: str) -> Test:
    """The case's own description (not the skill area: a talent's former employer is not its job)."""
    return lambda r: has(pattern, r.description or "")


def category(*values: str) -> Test:
    """The survey's own kind of digital talent (外部人材の登用/採用, 都道府県職員の育成, その他)."""
    return lambda r: r.category in values


def employment(*values: str) -> Test:
    """常勤 or 非常勤, for digital talent."""
    return lambda r: r.employment in values


# --- named patterns --------------------------------------------------------------------------------
EXTERNAL = "外部人材の登用/採用"
CROSS_DEPARTMENT, WITH_PRIVATE = "庁内横断的な体制", "民間も含んだ協議会等"
HEALTH_WELFARE, ENVIRONMENT = "保健・福祉分野", "環境分野"
SCHOOL_STAFF = r"小中学校|教職員|教員|非常勤講師|県立学校|スクールカウンセラー"
PAY = r"給与|報酬|謝金|手当"
MUNICIPAL = r"市町村|市町(?!内)"  # the prefecture's municipalities (市内 in a talent's text is a typo for 庁内)
DATA_USE = r"ビッグデータ|官民データ|データ利活用|データ活用|データの活用"


SIXTH: list[Judged] = [
    # --- natural: pasted task descriptions --------------------------------------------------------
    Judged("natural", "議会に出す資料や通知文の送り仮名のばらつきや言葉の不統一を、毎回何人もで読み合わせている。自動でチェックできないか",
           graded(says("表記のゆれ|表記ゆれ|表記揺れ|用語集"), says("誤記|誤字")), "test"),
    Judged("natural", "飲食店でたばこが吸えるかどうかのルールについて、お店や客からの問い合わせが多い。ネットで24時間答えられないか",
           graded(says("喫煙|たばこ|タバコ"), both(says(AUTO_ANSWER), field(HEALTH_WELFARE))), "dev"),
    Judged("natural", "動物の保護施設に来る人の受付や用件の聞き取り、館内の案内に人手が足りない。ロボットなどに任せられないか",
           graded(says("動物愛護"), both(ai_rpa, says("来所者|来庁者|窓口業務"))), "test"),
    Judged("natural", "体の不自由な人や妊婦さんが使う駐車場の利用証の申請を受けて、交付するまでの事務を楽にしたい",
           graded(says("パーキングパーミット|駐車"), both(ai_rpa, says("障害者手帳|障害者保健福祉手帳"))), "dev"),
    Judged("natural", "看板を出す許可や道路を使う許可の申請が紙で多く届き、受付と台帳への打ち込みに追われている",
           graded(says("屋外広告|道路占用|道路占有"), both(ai_rpa, says("許可|許認可"), says("申請"))), "test"),
    Judged("natural", "公用車のガソリンや暖房の灯油の値段が毎月変わるので、契約を変えるたびに業者に一件ずつ連絡している",
           graded(says("燃料"), both(ai_rpa, says("契約変更|単価|契約額"))), "dev"),
    Judged("natural", "住民票のシステムを誰がいつ使ったかの記録を、毎月各課に配って確かめてもらうのが手間になっている",
           graded(says("操作ログ|システムのログ"), both(ai_rpa, says("本人通知|住民基本台帳システム"))), "test"),
    Judged("natural", "使わなくなった公用車をネットオークションで売った結果を、一台ずつ書き写して一覧表にまとめている",
           graded(says("オークション|公売"), both(ai_rpa, says(r"web|ホームページ|(?<![A-Za-z])HP(?![A-Za-z])"), says("コピー|一覧表|リスト"))), "dev"),
    Judged("natural", "工場や事業所から出てくる温室効果ガスを減らす計画書の数字を、データベースに手で打ち込んでいる",
           graded(says("温暖化|温室効果"), both(ai_rpa, field(ENVIRONMENT), says("事業者"), says("計画|報告"))), "test"),
    Judged("natural", "学校ごとの部活動の活動時間や休みの日を毎年調べて集計しているが、学校の数が多くて確認が大変",
           graded(says("部活"), both(ai_rpa, says("学校"), says("調査|集計|照会"))), "dev"),
    Judged("natural", "水道の使い始めや引っ越しのときの手続きについて、夜や休日でも問い合わせに自動で答えられるようにしたい",
           graded(both(says("水道"), says(AUTO_ANSWER)),
                  either(both(organization, says("水道")), both(says(AUTO_ANSWER), says("申込|手続|届出")))), "test"),
    Judged("natural", "大雨のときに住民が自分の逃げるタイミングや行き先を前もって決めておけるよう、避難計画づくりを手伝いたい",
           graded(says("避難計画"), both(ai_rpa, says("避難"))), "dev"),
    Judged("natural", "不妊治療の助成の申請書が多く、書かれた内容を一件ずつシステムに入力するのが追いつかない",
           graded(says("不妊"), both(ai_rpa, field(HEALTH_WELFARE), says("医療費|医療給付|助成|扶助"), says("申請|入力"))), "test"),

    Judged("natural", "県内のどこの図書館にどの本があるかまとめて探せる仕組みを、市町村の図書館と一緒に使いたい",
           graded(both(shared_system, says("図書館")), says("図書館")), "dev"),
    Judged("natural", "認知症で行方がわからなくなったお年寄りの情報を、近くの市町村とすぐに共有できる仕組みがほしい",
           graded(says("認知症|行方不明"), both(says("高齢者"), says("安否|見守り"))), "test"),
    Judged("natural", "山や空き地へのごみの不法投棄の場所や量を記録して、市町村と一緒に地図で管理したい",
           graded(says("不法投棄"), both(shared_system, says(GIS + "|マッピング|地図"))), "dev"),
    Judged("natural", "県の機関と市町村を結ぶ行政の通信ネットワークを、県でまとめて整備して安く速くしたい",
           graded(says("県機関や市町村等を結ぶ|情報通信ネットワーク|ブロードウェイ"),
                  either(both(shared_system, says("回線|イントラ|セキュリティクラウド")), both(organization, says("総合行政ネットワーク")))),
           "test"),
    Judged("natural", "住民記録や税、国保などの基幹システムを、町ごとに持たずに県内で共同で運用して経費を減らしたい",
           graded(both(shared_system, says("基幹")), both(shared_system, says("住民基本台帳|統合宛名"))), "dev"),
    Judged("natural", "地震のとき県内各地の揺れの大きさを自動で集めて、すぐに国や市町村に伝えられるようにしたい",
           graded(says("震度"), both(shared_system, says("災害情報|防災情報|被害状況|地震"))), "test"),
    Judged("natural", "小中学校の先生の給料の計算を、各学校からネットで入力できるよう県と市町村で同じシステムにしたい",
           graded(both(shared_system, says(PAY), says(SCHOOL_STAFF)), both(says(SCHOOL_STAFF), says(PAY))), "dev"),

    Judged("natural", "県立病院の電子カルテなど、病院の情報システムに詳しい人を専門の職員として採用したい",
           graded(both(talent, says("医療情報|電子カルテ")), both(talent, says("医療|保健福祉"))), "test"),
    Judged("natural", "民間の会社に勤めたまま、副業で県のデジタル化を手伝ってくれる人に来てもらいたい",
           graded(both(talent, says("副業|兼業")), both(talent, category(EXTERNAL), employment("非常勤"))), "dev"),
    Judged("natural", "知事の下でデジタル化の旗振り役になる、民間出身の最高責任者を迎えたい。他県の例を知りたい",
           graded(both(talent, says("CDO|チーフ・デジタル|最高情報統括監|最高デジタル")),
                  either(both(talent, says("CIO|最高情報")), both(organization, says("CDO|最高デジタル責任者")))), "test"),
    Judged("natural", "小さな町ではIT担当が一人しかいない。市町村のシステムの相談に乗ってくれる県の専門人材の例を知りたい",
           graded(both(talent, desc(MUNICIPAL)), both(organization, says("市町村の支援|市町村連携|市町の情報化支援|相談対応"))), "dev"),
    Judged("natural", "サイバー攻撃などの情報セキュリティ事故に備えて、技術的な助言ができる専門家を県に置きたい",
           graded(both(talent, desc("セキュリティ|CSIRT"), desc("助言|指導|CSIRT|確保")),
                  either(both(talent, desc("セキュリティ|情報システム")), both(organization, says("セキュリティ")))),
           "test"),

    Judged("natural", "各課に一人ずつデジタル化の推進役を置いて、現場の業務にICTを取り入れていきたい",
           graded(both(organization, says("推進員|各所属から")),
                  either(both(organization, group(CROSS_DEPARTMENT), says("有志|担当者|課長|主幹|若手")),
                         both(organization, says("所属担当者")))), "dev"),
    Judged("natural", "県と市町村が一緒に行政のデジタル化を話し合い、システムを共同で調達する場を作りたい",
           graded(both(organization, says("共同調達|共通的に利用")), both(organization, says(MUNICIPAL))), "test"),
    Judged("natural", "農家の高齢化で人手が足りない。センサーなどIoTを使った農業を進める部署を県に作りたい",
           graded(both(organization, says("農業")), both(organization, says("IoT|水産"))), "dev"),
    Judged("natural", "街全体でデータを使って暮らしを便利にするスマートシティを、企業や大学と一緒に進める組織を作りたい",
           graded(both(organization, says("スマートシティ"), says("企業|民間|大学")),
                  either(both(organization, says("スマートシティ")), both(organization, group(WITH_PRIVATE), says("地域課題|社会")))),
           "test"),
    Judged("natural", "観光や交通のデータを、大学や企業と一緒に集めて使える官民の場を作りたい",
           graded(both(organization, says("ビッグデータ|官民データ"), either(group(WITH_PRIVATE), says("民間|企業|大学"))),
                  either(both(organization, says(DATA_USE)), both(talent, says("官民データ|データ連携")))), "dev"),

    # --- variant: notation variants, abbreviations, synonyms --------------------------------------
    Judged("variant", "ＬＧＷＡＮ", graded(says("LGWAN"), says("総合行政ネットワーク|行政ネットワーク")), "test"),
    Judged("variant", "生保", graded(says("生活保護|生保"), says("保護受給|被保護")), "dev"),
    Judged("variant", "たん吸引", graded(says("痰吸引|たん吸引|喀痰"), both(ai_rpa, says("介護|ケアマネ"), says("登録|認定"))), "test"),
    Judged("variant", "ビックデータ", graded(says("ビッグデータ|ビックデータ"), says("官民データ|データ利活用|データ活用")), "dev"),
    Judged("variant", "マイナカード", graded(says("マイナンバーカード|マイナカード|個人番号カード"), says("マイナンバー|個人番号")), "test"),
    Judged("variant", "プリンター", graded(says("プリンタ"), says("印刷カウンタ|印刷枚数|通信印刷|コピー機|複合機")), "dev"),
    Judged("variant", "手書き 読取り", graded(both(says(OCR + "|文字認識"), says("手書き")), is_ocr), "test"),
    Judged("variant", "振込み", graded(says("振込|振り込"), says("口座振替|口座振り替え|送金")), "dev"),
    Judged("variant", "ＣＳＶ出力", graded(says("CSV"), says("ダウンロード|データ出力|ファイル出力|帳票出力|出力した")), "test"),
    Judged("variant", "スマートスピーカー", graded(says("スピーカー"), both(ai_rpa, says("音声操作|電話|音声で"), says("AI"))), "dev"),
    Judged("variant", "クラウドストレージ", graded(says("ストレージ|ファイル共有"), says("大容量|資料共有|電子データのやりとり|Teams")), "test"),
    Judged("variant", "電決", graded(says("電子決裁|電決"), says("決裁")), "dev"),
]
