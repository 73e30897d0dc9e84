"""A fifth batch of judged queries: 30 natural task descriptions and 10 particle-joined queries,
written and graded by explicit rules over each case's own text before any engine was run on them.

The natural queries are pasted the way a prefectural or municipal clerk types a need into a search
box: colloquial, with context that is not the point (毎年, 各課から, 人手が足りない …), and in
everyday words rather than the case's own (書き間違い where cases say 誤記, 引き落とし where they
say 口座振替, インターネットの出入口 where they say 接続口 …). They cover tasks no earlier batch asked
about, across the survey's four sections (AI・RPA, shared systems, digital talent, organizations).

Grade 2: the case is what was asked for; grade 1: it is related (meets part of the need, or the
same task without the asked technology). Place and status words are filters, as in
bench/judgments.py.

Splits: within each kind the queries alternate test, dev, test, dev… in file order (written
explicitly as the fourth argument), so half of each kind is held out as "test".
"""
from __future__ import annotations

from bench.judgments import (
    AUTO_ANSWER,
    CHATBOT,
    GIS,
    Judged,
    Test,
    ai_rpa,
    both,
    either,
    graded,
    has,
    is_ocr,
    named,
    no,
    organization,
    region,
    says,
    shared_system,
    talent,
    within,
)
from bench.judgments_more import TAX, field, group

# --- local helpers ---------------------------------------------------------------------------------



def skill(pattern: str) -> Test:
    """A talent's background (its former employer or qualification), not its job."""
    return lambda r: has(pattern, r.skill_area or "")


def desc(pattern: str) -> Test:
    """The case's own description (not the skill area: a talent's former employer is not its job)."""
    return lambda r: has(pattern, r.description or "")


def category(*values: str) -> Test:
    """The survey's own kind of digital talent (外部人材の登用/採用, 都道府県職員の育成, その他)."""
    return lambda r: r.category in values


# --- named patterns --------------------------------------------------------------------------------
EXTERNAL, TRAINED = "外部人材の登用/採用", "都道府県職員の育成"
DEPARTMENT = "組織(部・課・室等)"
SUBSIDY = r"補助金|給付金|協力金|支援金"
CORONA_NOVEL = r"新型コロナ|コロナウイルス|コロナ禍"  # the disease itself, not a grant named after it
DIRECT_DEBIT = r"口座振替|口座振り替え|振替払"
CARE_MANAGER = r"ケアマネ|介護支援専門員"
SECURITY_CLOUD = r"セキュリティクラウド|インターネット接続口|インターネットとの接続口|インターネットへの接続口|接続ポイント|インターネット出口"
BIG_FILES = r"大容量|オンラインストレージ|ファイル共有|電子データのやりとり"
MAP_TOOL = r"地図|マップ|経路検索|計測ソフト"
MAIL_SENT = r"メール(送信|送付|通知|連絡)|メールで送付(?!され)|メールを送|メールに添付して|メールによる連絡"  # sent, not received
LINE = r"(?<![A-Za-z])LINE(?![A-Za-z])"


FIFTH: list[Judged] = [
    # --- natural: pasted task descriptions --------------------------------------------------------
    Judged("natural", "毎年やっている絵や標語のコンクールの応募用紙が紙で何百枚も届き、名前や作品名を手で打ち込んでいる。何とか読み取れないか",
           graded(both(is_ocr, says("応募|出品|コンクール")),
                  either(says("応募|出品|コンクール"), both(is_ocr, says("申込集計|アンケート")))), "test"),
    Judged("natural", "申告書に書き間違いや記入漏れがないか、職員が一枚ずつ目で確認している。AIで自動でチェックできないか",
           graded(says("誤記|エラーチェック|記載された内容のチェック|矛盾"),
                  both(ai_rpa, says("申告|申請書|届出|通勤届"), says("チェック|突合|審査|エラー"))), "dev"),
    Judged("natural", "特養の入所待ちの人数を施設ごとに集めて、同じ人が重複していないか手作業で消している。毎年大変",
           graded(both(says("特別養護老人ホーム|特養"), says("入所")), says("入所情報|空床|老人ホーム")), "test"),
    Judged("natural", "授業料を口座から引き落とすための届出用紙が保護者から紙で届き、一枚ずつパソコンに打ち込んでいるのが大変",
           graded(both(says(DIRECT_DEBIT), says("届出|届け出")), says(DIRECT_DEBIT + "|授業料|学校徴収金")), "dev"),
    Judged("natural", "派遣先にいる職員たちに、同じ文面のメールを添付ファイルだけ変えて一人ずつ送っている。まとめて自動で送れないか",
           graded(both(says("(定型|テンプレート).{0,10}メール|メール本文をテンプレート"), says("添付"), no(says("集計"))),
                  both(ai_rpa, says(MAIL_SENT))), "test"),
    Judged("natural", "官報に載る公告を毎日ネットで探して、関係しそうな課にメールで知らせている。人手が足りないので自動化したい",
           graded(says("官報"),
                  both(ai_rpa, says("web|HP|ホームページ"), says("収集|取得|調査|コピー|検索"))), "dev"),
    Judged("natural", "介護支援専門員の新規登録や研修修了の情報を、専用の管理システムに一件ずつ入力するのが大変",
           graded(says(CARE_MANAGER), both(ai_rpa, says("研修修了|登録簿|認定書"))), "test"),
    Judged("natural", "選挙のあと候補者のポスター代などの請求書が紙でどっと届き、打ち込みに追われる。何とかならないか",
           graded(says("選挙公営|不在者投票"), says("選挙|政治団体|投開票")), "dev"),
    Judged("natural", "税金を滞納している人の預金を調べるのに、銀行に一件ずつ紙で照会して、回答を手で入力している。この手間を減らしたい",
           graded(says("預金照会|預貯金調査"), both(says(TAX), says("滞納|催告"))), "test"),
    Judged("natural", "12月に職員から出てくる扶養や保険料の控除の申告を確認して、直しがある人に一人ずつ知らせるのが大変",
           graded(both(says("年末調整"), says("審査|検証|申告|帳票|通知")), says("年末調整")), "dev"),
    Judged("natural", "交付税の算定で市町村から集めた様式を、国に出す様式へ一つずつ書き写している。年度末は特に大変",
           graded(both(says("交付税"), says("様式|基礎数値")), says("交付税")), "test"),
    Judged("natural", "感染症の相談電話がつながりにくいと苦情が来ている。ネットやLINEで24時間自動で答えられないか",
           graded(both(says(CORONA_NOVEL), says(AUTO_ANSWER + "|AIが(自動で)?(応答|回答)")),
                  either(both(says(AUTO_ANSWER), says("相談|感染")), both(says(LINE), says("相談")))), "dev"),

    Judged("natural", "市町村ごとにあるインターネットの出入口を県でまとめて、ウイルスや不正な通信を24時間見張りたい",
           graded(says(SECURITY_CLOUD),
                  both(either(shared_system, ai_rpa), says("セキュリティ監視|セキュリティ対策|無害化|不正通信|(?<!コロナ)ウイルス"))), "test"),
    Judged("natural", "県と市町村がそれぞれ持っている統計や施設の一覧を一か所にまとめて、誰でもダウンロードできるようにしたい",
           graded(both(shared_system, says("オープンデータ")), says("オープンデータ")), "dev"),
    Judged("natural", "市町村がそれぞれ地図のシステムを買っていて無駄が多い。県と市町村で一つの地図の仕組みを一緒に使いたい",
           graded(both(shared_system, says("GIS")), both(shared_system, says(GIS + "|地図|航空写真"))), "test"),
    Judged("natural", "マイナンバーで国と情報をやりとりするために、業務ごとにばらばらな住民の番号を一つにひも付けたい",
           graded(says("統合宛名"), both(shared_system, says("マイナンバー|個人番号|住民基本台帳ネットワーク"))), "dev"),
    Judged("natural", "原発の周りで測っている放射線の値を集めて、隣の県や国ともすぐに共有できるようにしたい",
           graded(says("放射線|線量"), says("原子力")), "test"),
    Judged("natural", "結婚したい若い人向けに、出会いのイベントの情報を近くの県と一緒にメールで配信したい",
           graded(says("婚活|出会い"), says("メールマガジン|移住")), "dev"),
    Judged("natural", "歩いた歩数でポイントがたまるようなスマホのアプリを使って、県民の健康づくりを進めたい",
           graded(says("健康ポイント|健康寿命"), says("健康管理|健康づくり|健康増進")), "test"),
    Judged("natural", "市町村と重たいファイルをやりとりしたいが、メールだと容量の制限で送れない。いいやり方を探している",
           graded(says(BIG_FILES), both(shared_system, says("無害化|資料共有|Teams|LGWAN-ASP"))), "dev"),
    Judged("natural", "工事の設計金額を出す積算のソフトを町で単独で持つのは高いので、県のものを一緒に使えないか",
           graded(both(shared_system, says("積算")), says("積算|単価表")), "test"),

    Judged("natural", "外から人を呼ぶのではなく、今いる県の職員の中からITに強い人を計画的に育てたい",
           graded(both(talent, category(TRAINED)),
                  either(both(talent, says("人材育成|人材の育成|IT人材")), says("研修会"),
                         both(organization, says("デジタル人材|IT人材")))), "dev"),
    Judged("natural", "ITに詳しい人を毎年採用できるよう、情報の専門職の試験区分を設けている県を知りたい",
           graded(both(talent, says(r"情報職|試験区分|専門分野:情報|行政事務\(情報\)")),
                  both(talent, says("採用|情報処理技術者|試験"))), "test"),
    Judged("natural", "大学の先生に、県の情報化の計画づくりについて助言してもらう仕組みを作りたい",
           graded(both(talent, skill("教授")),
                  both(organization, says("学識経験者|有識者"), says("計画|戦略|助言|意見|提言|指針"))), "dev"),
    Judged("natural", "総務省から人に来てもらって、情報通信の施策を進めている県の例を知りたい",
           graded(both(talent, skill("総務省")), both(talent, skill("省|庁"))), "test"),
    Judged("natural", "ネットを使った詐欺や不正アクセスの捜査ができる、専門の知識を持った職員を採用したい",
           graded(says("サイバー犯罪"), both(talent, desc("警察"))), "dev"),
    Judged("natural", "県のホームページやSNSをどれだけの人が見ているか分析して、宣伝に生かせる人がほしい",
           graded(both(talent, says("デジタルマーケティング|ウェブ解析")), says("マーケティング|ウェブ解析")), "test"),
    Judged("natural", "子どもたちがロボットやプログラミングを体験できる講座を、県の事業として開きたい",
           graded(says("プログラミング講座|ロボットやプログラミング"), says("プログラミング")), "dev"),
    Judged("natural", "県内の中小企業がAIやIoTを使えるように、相談窓口や講座を用意したい",
           graded(both(organization, says("AI|IoT"), says("講座|相談窓口|講習|セミナー")),
                  both(organization, says("県内企業|中小企業|県内産業|産業の振興|産業振興|産業DX|産業創出|企業等への|企業等との"),
                       says("AI|IoT|デジタル|ICT|IT"), no(says("水道事業者|ICT教育")))), "test"),
    Judged("natural", "会議のたびに紙の資料を何十部も刷っている。庁内で紙を減らす取組を引っ張るチームを作りたい",
           graded(both(organization, says("ペーパーレス")), says("ペーパーレス|電子決裁|文書電子化")), "dev"),

    # --- particle: words joined by particles, with place and status words -------------------------
    Judged("particle", "AI-OCRを使った補助金・給付金の申請処理",
           graded(both(is_ocr, says(SUBSIDY), says("申請")), both(says(SUBSIDY), says("申請"))), "test"),
    Judged("particle", "LINEを使った相談対応",
           graded(both(says(LINE), says("相談|問合せ|問い合わせ|質問")), either(says(LINE), both(says(CHATBOT), says("相談")))),
           "dev"),
    Judged("particle", "九州の外部人材", within(region("九州"), both(talent, category(EXTERNAL)), talent), "test"),
    Judged("particle", "市町村立学校の校務支援システム",
           graded(both(shared_system, says("校務|学校業務支援|教育情報システム")), says("校務|学力向上|教職員の給与")), "dev"),
    Judged("particle", "防災とGISの共同利用",
           graded(both(shared_system, says(GIS), says("防災")), both(shared_system, says(GIS + "|防災情報"))), "test"),
    Judged("particle", "中国と四国のデジタル推進組織",
           within(region("中国", "四国"),
                  both(organization, group(DEPARTMENT), says("デジタル|DX|情報化|Society|IT推進|未来技術|ICT")), organization),
           "dev"),
    Judged("particle", "環境分野のAI-OCR",
           graded(both(field("環境分野"), is_ocr), either(both(field("環境分野"), ai_rpa), both(is_ocr, says("廃棄物|環境")))), "test"),
    Judged("particle", "九州の電子申請と施設予約",
           within(region("九州"),
                  both(shared_system, either(group("電子申請・届出システム", "施設予約システム"), named("電子申請|施設予約"))),
                  says("電子申請|予約")), "dev"),
    Judged("particle", "地図ソフトを使った距離の測定",
           graded(both(says(MAP_TOOL), says("距離")), both(says("距離|経路"), says("通勤|旅費|参集"))), "test"),
    Judged("particle", "関東の県税のチャットボット",
           within(region("関東"), both(says(TAX), says(CHATBOT)), either(says(CHATBOT), both(says(TAX), says(AUTO_ANSWER)))), "dev"),
]
