"""An eighth batch of judged queries: 40 natural task descriptions, written and graded by explicit
rules over each case's own text before any engine was run on them.

The queries are pasted the way a prefectural or municipal clerk types a need into a search box: a
sentence or two of colloquial Japanese (〜したい, 〜できないか, 〜が大変, 〜を探している) with context
that is not the point (毎月, 年度末に, 紙で届く, 人手が足りず, 夜は閉まってしまう …), and in everyday
words rather than the cases' own (引っ越しした人 where the case says 住所変更届, 猟銃やわなの免許 where it
says 狩猟免許, 休業に協力してくれたお店 where it says 感染拡大防止協力金, インターネットの出入口 where it says
インターネット接続口, 一人暮らしのお年寄りが元気にしているか where it says 安否確認 …). A few name a
technology (スマートスピーカー, AI, RPA); most do not. None names a prefecture or a status.

They were written without seeing any engine output and without reading the queries of the earlier
batches. Topics were picked by reading the survey's case names and descriptions across its four
sections: 24 about AI・RPA cases (tax, welfare, health, finance, procurement, personnel, education,
hunting, disaster, tourism, environment, elections, business support, inquiries), 8 about shared
systems, 4 about digital talent and 4 about organizations. Each rule was then written by reading the
cases that use the task's words and their synonyms, and their near misses; the only thing run was
these rules over the records, to count each query's grades.

Grades: 2 = the case is what the writer asked for (the same task, done in the way asked if a way
was asked); 1 = clearly related (the same task done otherwise, or a neighbouring task of the same
office that the writer would want to see). Splits alternate test, dev, test, dev… in file order
(`_alternate`).
"""
from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    GIS,
    INTRACTABLE_DISEASE,
    OCR,
    Judge,
    Judged,
    Test,
    _alternate,
    ai_rpa,
    both,
    either,
    graded,
    has,
    is_chatbot,
    named,
    no,
    organization,
    says,
    shared_system,
    talent,
)
from bench.judgments_more import group
from bench.judgments_sixth import category, desc

# --- local helpers ---------------------------------------------------------------------------------


def overview(pattern: str) -> Test:
    """An organization's make-up (who heads it, who sits in it)."""
    return lambda r: has(pattern, r.overview or "")



# --- named patterns --------------------------------------------------------------------------------
EXTERNAL, TRAINED = "外部人材の登用/採用", "都道府県職員の育成"
CROSS_DEPARTMENT, WITH_PRIVATE = "庁内横断的な体制", "民間も含んだ協議会等"
E_BIDDING = "電子入札・電子調達システム"
CAR_TAX = r"自動車税"
BANK_INQUIRY = r"預金照会|預貯金調査"
WELFARE_PAY = r"生活保護"
ABUSE = r"虐待|リスクアセスメント"
BUDGET_CHECK = r"チェック|突合|一致|相違|整合|乖離"
HUNTING = r"狩猟|鳥獣"
INDUSTRIAL_WASTE = r"産業廃棄物|廃棄物処理"
ENV_PERMITS = r"フロン|浄化槽|特定施設"
BID_QUALIFICATION = r"入札(参加)?資格"
ELECTION_BILLS = r"選挙公営|不在者投票"
ELECTION = r"選挙|投票|政治団体"
COOPERATION_MONEY = r"協力金"
MAIL_REPLIES = r"メール添付|回答メール|メールの添付|返送されたメール"
SURVEY_SENDERS = r"照会|調査|市町村|市町|学校"
SURVEY_TALLY = r"照会.*(集計|とりまとめ|取りまとめ)|(市町村|市町)から送付.*(集計|とりまとめ|取りまとめ)"
GOVERNOR_HEADED = r"^知事、|本部長[::(（]知事|知事を(本部長|トップ)|本部長を知事"
DISASTER_REPORTS = r"被害状況|被害の状況|災害情報|防災情報|防災関連情報"
RELIEF_CERTIFICATE = r"罹災|り災|被災者"
FOREST = r"森林|林業"
SCHOOL_AFFAIRS = r"校務|成績|出欠"
BIG_FILES = r"大容量|ファイル共有|電子データのやりとり|オンラインストレージ"
SYSTEM_BUYING = r"調達|投資|最適化"
MARKETING = r"マーケティング|ウェブ解析"


def natural_queries() -> list[tuple[str, Judge]]:
    return [
        # --- ① AI・RPA cases -------------------------------------------------------------------------
        ("引っ越しした人から、自動車税の通知書の送り先を変えてほしいという届けがネットで毎日のように来る。"
         "これを税のシステムに打ち直す作業をなくしたい",
         graded(both(says(CAR_TAX), says(r"住所")), says(CAR_TAX))),
        ("税金を滞納している人の預金を調べるのに、銀行へ紙で問い合わせていて返事の入力にも時間がかかる。まとめて電子でできないか",
         graded(says(BANK_INQUIRY), says(r"滞納|催告"))),
        ("生活保護のお金を毎月払うとき、保護のシステムで計算した額を会計のシステムにもう一度手で入れている。二度手間をやめたい",
         graded(both(says(WELFARE_PAY), says(r"財務会計|支出|支払")), says(WELFARE_PAY))),
        ("児童相談所で虐待の通告があったとき、一時保護するかどうかの判断を過去の事例をもとに手助けしてくれる仕組みを探している",
         graded(says(ABUSE), says(r"児童相談所"))),
        ("一人暮らしのお年寄りが元気にしているか毎日確かめる方法がほしい。スマホを使えない人が多いので、家の電話でできると助かる",
         graded(both(says(r"高齢者"), says(r"電話")), says(r"高齢者|認知症"))),
        ("指定難病の医療費の申請書が紙でどっさり届く。更新の時期は特にひどく、全部手で打ち込んでいて残業続きなので、"
         "書類を読み取って自動でシステムに入れられるようにできないか",
         graded(both(says(r"難病"), says(OCR), says(r"申請")), says(INTRACTABLE_DISEASE + r"|特定疾病"))),
        ("看護師や保健師などの免許の申請が年度末に集中する。申請書の内容をデータにする作業を楽にしたい",
         graded(both(says(r"医療従事者"), says(r"免許")), says(r"登録販売者"))),
        ("予算編成の時期に、各課から出てきた資料の数字と予算のシステムの数字が合っているか一つずつ確かめていて、何日もかかる。"
         "補正予算のときも同じことをしているので、突き合わせを機械にやらせたい",
         graded(both(ai_rpa, says(r"予算"), says(BUDGET_CHECK)), both(ai_rpa, says(r"予算編成|予算査定")))),
        ("物品を買う前に、ネットで今の値段を調べて基準になる価格を決めている。件数が多くて手が回らない",
         graded(says(r"予定価格|実勢価格"), says(r"単価表|市場価格|価格実態"))),
        ("年末調整の季節になると、職員から出された申告書を確認して、直しが必要な人に一人ずつ連絡するのが本当に大変",
         graded(both(named(r"年末調整"), says(r"申告|審査|検証")), says(r"年末調整"))),
        ("教員の採用試験の願書が毎年何千通も届く。受験する人の名前や住所、志望する教科などをパソコンに入れるのに人手が足りず、"
         "毎年ほかの係から応援を頼んでいる",
         graded(both(says(r"教員採用"), says(r"願書"), says(r"データ化|入力|OCR")),
                both(says(r"採用(試験|選考)"), says(r"申込|願書|志願|成績")))),
        ("学校でやっている体力テストの結果を、小学校・中学校別や学年別に集計するのに毎年時間をとられている",
         graded(says(r"体力"), says(r"部活動|診断テスト"))),
        ("猟銃やわなの免許の試験や更新の申込みが紙で届くので、それをシステムに入れる作業を減らしたい",
         graded(both(says(r"狩猟免許"), says(r"申請|OCR")), says(HUNTING))),
        ("大雨のとき消防団や現場の人から写真つきで被害の報告が送られてくる。それを地図の上にまとめて、本部で一目でわかるようにしたい",
         graded(both(says(r"被害"), says(r"地図|マッピング")), desc(DISASTER_REPORTS))),
        ("お年寄りでも、スマートスピーカーに話しかけるだけで避難の情報がわかるようにできないか。離れて住む家族にも伝わると安心",
         graded(both(says(r"避難"), says(r"スピーカー|音声")), says(r"避難"))),
        ("外国から個人で来る旅行者に、食事や体験ができるところをスマホで案内したい。観光案内所は夜は閉まってしまう",
         graded(both(says(r"観光"), says(r"外国")), both(ai_rpa, says(r"観光|外国人|空港の利用")))),
        ("年度末になると、産廃の業者から届く許可の申請書や処理の報告書の中身を、エクセルやシステムに打ち込む作業に追われる",
         graded(both(ai_rpa, says(INDUSTRIAL_WASTE)), either(both(ai_rpa, says(ENV_PERMITS)), says(r"不法投棄")))),
        ("入札に参加したい業者から出てくる資格の申請書類を確認して、名簿に登録するのが毎回大仕事。"
         "受付の時期には何百社分も重なるので、確認と入力を少しでも自動にしたい",
         graded(both(ai_rpa, says(BID_QUALIFICATION)), either(says(BID_QUALIFICATION), both(ai_rpa, says(r"入札"))))),
        ("民泊を始めたい人から、届け出のやり方や必要な書類について同じことを電話で何度も聞かれる。自動で答えられる仕組みがほしい",
         graded(says(r"住宅宿泊|民泊"), both(says(AUTO_ANSWER), says(r"届出|手続")))),
        ("コールセンターでオペレーターが答えに詰まったとき、回答の候補を画面に出してくれるようなAIはないか",
         graded(says(r"オペレータ"), says(r"FAQ|暗黙知"))),
        ("選挙が終わると、候補者のポスターや車の費用の請求書、不在者投票の経費の請求がどっと来る。その処理を早く片付けたい",
         graded(says(ELECTION_BILLS), says(ELECTION))),
        ("休業に協力してくれたお店への協力金の申請書が紙で山のように届き、入力と振込が全然追いつかない",
         graded(says(COOPERATION_MONEY), both(says(r"給付金|コロナ禍"), no(is_chatbot)))),
        ("窓口に日本語が話せない外国の方が来ることが増えた。話した言葉をその場で訳して画面に出せる道具はないか",
         graded(says(r"翻訳"), says(r"外国"))),
        ("国から来た調査を市町村に回して、メールで返ってくるエクセルをフォルダに保存して一覧にまとめる作業を、毎回手でやっている。"
         "年に何十回もあるし、まだ出していない所への催促も面倒",
         graded(both(says(MAIL_REPLIES), says(SURVEY_SENDERS), says(r"保存|集計")),
                either(says(SURVEY_TALLY), says(r"添付されたファイルの保存")))),
        # --- ② shared systems ------------------------------------------------------------------------
        ("体育館やホールの空き具合を住民がネットで確かめて、そのまま予約できるようにしたい。市町村と一緒に使える仕組みがあれば",
         graded(both(shared_system, says(r"施設"), says(r"予約")), both(shared_system, says(r"予約")))),
        ("工事の入札を、業者が役所に来なくてもネットで参加できるようにしたい。いまは紙の入札書を持ってきてもらっていて、"
         "開札の日は会議室がいっぱいになる。県内の市町村もまとめて使えるとありがたい",
         graded(both(shared_system, group(E_BIDDING)), says(r"電子入札"))),
        ("小さな町や村ではインターネットの出入口を自分たちだけで守るのは無理なので、県と市町村でまとめて24時間見張ってもらえるような仕組みを考えている",
         graded(both(shared_system, says(r"セキュリティ"), says(r"接続|出口|通信")), both(shared_system, says(r"セキュリティ")))),
        ("地震や台風のあと、家の被害を調べた結果を記録して、罹災証明書をすぐ出せるようにしておきたい",
         graded(says(RELIEF_CERTIFICATE), both(shared_system, desc(DISASTER_REPORTS)))),
        ("防災や土地利用の地図データを県と市町村で共有して、いろいろな情報を重ねて見られるようにしたい",
         graded(both(shared_system, says(GIS), no(says(FOREST))), both(shared_system, says(r"地図|地理|航空写真|地形図")))),
        ("山林の持ち主や木の量などの情報を、市町村や林業の会社と一緒に見たり更新したりできるようにしたい",
         graded(both(shared_system, says(FOREST)), both(shared_system, says(r"農地")))),
        ("小中学校の成績や出席の管理が市町村ごとにばらばら。県内の学校で同じシステムを使えないか検討している",
         graded(both(shared_system, says(SCHOOL_AFFAIRS)), both(shared_system, says(r"小中学校")))),
        ("市町村と大きなデータをやりとりしたいが、メールだと容量の制限で送れない。一緒に使える置き場所がほしい",
         graded(both(shared_system, says(BIG_FILES)), both(shared_system, says(r"資料共有")))),
        # --- ③ digital talent ------------------------------------------------------------------------
        ("民間のIT企業でシステムを作ってきた人に来てもらい、システムを買うときの仕様や費用が妥当かを見てほしい",
         graded(both(talent, category(EXTERNAL), desc(SYSTEM_BUYING)), both(talent, desc(SYSTEM_BUYING)))),
        ("災害の現場や橋の点検でドローンを使いたいので、職員の中で飛ばせる人を育てたい。飛ばすための許可の手続きも自分たちでできるようにしておきたい",
         graded(both(talent, says(r"ドローン")), says(r"ドローン"))),
        ("統計やデータを分析して、根拠をもとに政策を考えられる職員を庁内で育てていきたい。外部の業者に頼りきりにはしたくない",
         graded(both(talent, category(TRAINED), desc(r"データ|統計")), both(talent, desc(r"ビッグデータ|データ連携|データに基づ|分析|解析|統計|人材を育成")))),
        ("県のPRをネットでもっと効果的にしたい。アクセスのデータを見ながら助言してくれる専門家を外から呼べないか",
         graded(both(talent, category(EXTERNAL), desc(MARKETING)), says(MARKETING))),
        # --- ④ organizations -------------------------------------------------------------------------
        ("大学や地元の企業と一緒に、デジタル技術で地域の困りごとを解決していく協議会のような場をつくりたい。ほかではどんなメンバーで何をしているのか知りたい",
         graded(both(group(WITH_PRIVATE), says(r"地域課題|課題解決|地域づくり|社会課題")),
                both(group(WITH_PRIVATE), says(r"大学|学識|産学官|研究機関")))),
        ("知事がトップになって部局長がみんな入る推進本部を立ち上げ、デジタル化を全庁で進めたい",
         graded(both(group(CROSS_DEPARTMENT), overview(GOVERNOR_HEADED)),
                both(group(CROSS_DEPARTMENT), either(named(r"本部"), overview(r"部局長|部署長"))))),
        ("若手の職員が部署の垣根を越えて集まり、新しい技術をどう仕事に活かすか話し合うチームを作りたい",
         graded(both(organization, says(r"若手|有志")), either(both(group(CROSS_DEPARTMENT), named(r"チーム|ワーキング|グループ")), says(r"有志")))),
        ("各課がRPAを入れるとき、作り方や設定で困ったら相談に乗ってくれる専門の係を置きたい。職員が自分で作れるようになるまで支えてほしい",
         graded(both(organization, says(r"RPA")), both(says(r"RPA"), says(r"内製|操作研修")))),
    ]


EIGHTH: list[Judged] = _alternate("natural", natural_queries())
