"""A third batch of dev queries: written and graded by rules before any engine was run on them; all dev."""
from __future__ import annotations

from bench.judgments import (
    TRIAL,
    Judged,
    Test,
    ai_rpa,
    answers,
    both,
    either,
    graded,
    has,
    is_ocr,
    is_rpa,
    meeting_minutes,
    mentions,
    named,
    organization,
    pref,
    region,
    says,
    status,
    talent,
    text,
    within,
)
from bench.judgments_more import TAX, field, group

# --- local helpers ---------------------------------------------------------------------------------


def desc(pattern: str) -> Test:
    """The case's own description (not the skill area: a talent's former employer is not its job)."""
    return lambda r: has(pattern, r.description or "")


def lacks(pattern: str) -> Test:
    return lambda r: not has(pattern, text(r))


VIRUS = r"(?<!コロナ)ウイルス|ウィルス"  # computer viruses, not the novel coronavirus
COVID = r"コロナウイルス|新型コロナ|コロナ禍|感染拡大防止協力金|持続化応援給付金"
SECURITY = r"サイバーセキュリティ|情報セキュリティ|セキュリティ対策|セキュリティ監視|CSIRT"
COPY = r"コピー|貼り付け|張り付け|貼付|転記"
EXCEL = r"Excel|エクセル"
SCHOOLS = r"県立学校|府立支援学校|支援学校|道立学校|高校|各学校"
CARE_DISABILITY = r"介護|ケアマネ|障害|自立支援医療\(精神"
FEES = r"使用料|受講料|手数料|入居料"
OCR_ANY = r"OCR|読み取|読み込|紙"  # from paper: transcription, not copy and paste

THIRD: list[Judged] = [
    # --- short: 1-3 keywords ---------------------------------------------------------------------
    Judged("short", "税 督促",
           graded(both(says(TAX), says("催告|滞納")),
                  either(both(says(TAX), says("督促|徴収|納付|納税|預金照会|預貯金")), says("預貯金調査"))), "dev"),
    Judged("short", "文書管理",
           graded(says("文書管理"), says("公印|電子決裁|文書電子化|ペーパーレス")), "dev"),
    Judged("short", "LGWAN",
           graded(says("LGWAN|総合行政ネットワーク"), says("行政ネットワーク|インターネット接続口|情報通信ネットワーク|イントラ")), "dev"),
    Judged("short", "人口 統計", graded(both(says("人口"), says("統計")), says("人口")), "dev"),
    Judged("short", "農林水産 RPA",
           graded(both(field("農林水産分野"), is_rpa), either(field("農林水産分野"), says("農業|林業|森林|水産振興|水産政策|鳥獣|狩猟"))), "dev"),
    Judged("short", "鳥獣 捕獲", graded(both(says("鳥獣"), says("捕獲")), says("狩猟|鳥獣|捕獲")), "dev"),
    Judged("short", "歳入 調定", graded(says("調定"), says("歳入|収入|納付通知書|収納")), "dev"),
    Judged("short", "物品 調達",
           graded(both(says("物品"), says("調達|購入|要求|発注")), says("物品|用品調達|電子調達")), "dev"),
    Judged("short", "フロン", mentions("フロン"), "dev"),
    Judged("short", "監査", mentions("監査"), "dev"),
    Judged("short", "契約事務", graded(says("契約(額|変更|管理|事務|締結)"), says("契約|入札|物品調達|電子調達|調達手続")), "dev"),
    Judged("short", "法定調書", graded(says("法定調書"), says("源泉徴収")), "dev"),
    Judged("short", "電子決裁", graded(says("電子決裁"), says("決裁|公印|文書管理|ペーパーレス")), "dev"),
    Judged("short", "情報セキュリティ 人材",
           graded(both(talent, says("セキュリティ|CSIRT")), either(talent, named("セキュリティ"))), "dev"),
    Judged("short", "水道", graded(says("水道(?!メーター)"), says("水道メーター|節水")), "dev"),

    # --- variant: notation variants, abbreviations, everyday words --------------------------------
    Judged("variant", "特養", graded(says("特別養護老人ホーム|特養"), says("介護|老人|ケアマネ")), "dev"),
    Judged("variant", "ｺﾝﾋﾞﾆ収納", graded(says("コンビニ"), says("収納|納付")), "dev"),
    Judged("variant", "ウィルス対策",
           graded(says(VIRUS), says("セキュリティ対策|セキュリティ監視|無害化|不正通信|脅威")), "dev"),
    Judged("variant", "サイバーセキュリティー", graded(says(SECURITY), says("セキュリティ|サイバー|" + VIRUS)), "dev"),
    Judged("variant", "ＰＤＦ変換", graded(says(r"PDF.{0,10}変換"), says("PDF")), "dev"),
    Judged("variant", "ツイッター", graded(says("Twitter|ツイッター|ツイート"), says(r"SNS|(?<![A-Za-z])LINE(?![A-Za-z])|要約")), "dev"),
    Judged("variant", "Googleマップ", graded(says("グーグルマップ|Google ?マップ|Googleマップ"), says("地図|経路検索")), "dev"),
    Judged("variant", "エクセルマクロ", graded(says("マクロ|VBA"), says(EXCEL)), "dev"),
    Judged("variant", "COVID-19", graded(says(COVID), says("コロナ|感染症|応援給付金")), "dev"),
    Judged("variant", "届け出 入力",
           graded(both(ai_rpa, says("届出|届け出|届(?=の|に|を|データ|書)"), says("入力|データ化|転記|登録|取込|取り込")),
                  says("届出|届け出|通勤届|変更届")), "dev"),
    Judged("variant", "ボーナス", graded(says("期末勤勉手当|期末手当|勤勉手当|賞与"), says("給与")), "dev"),
    Judged("variant", "引っ越し", graded(says("住所変更|住所等変更|転居"), says("移転料|人口移動|移住")), "dev"),
    Judged("variant", "脱ハンコ", graded(says("押印|公印|印鑑|ハンコ"), says("ペーパーレス|電子決裁")), "dev"),
    Judged("variant", "コピペ作業", graded(both(says(COPY), lacks(OCR_ANY)), either(says(COPY), says("単純入力|手入力"))), "dev"),
    Judged("variant", "特交", graded(says("特別交付税"), says("交付税")), "dev"),
    Judged("variant", "ｱﾝｹｰﾄ集計",
           graded(both(says("アンケート"), says("集計|入力|データ化")), says("アンケート")), "dev"),

    # --- particle: words joined by particles, with place/status/field words ------------------------
    Judged("particle", "警察におけるデジタル人材",
           graded(both(talent, desc("警察")), either(both(talent, says("警察")), named("警察|県警|犯罪"))), "dev"),
    Judged("particle", "道路や港湾の許可申請のOCR",
           graded(both(says("道路|港湾"), says("許可|許認可|占用|占有"), is_ocr),
                  either(both(says("道路|港湾"), says("許可|許認可|占用|占有")),
                         both(field("土木建築分野"), is_ocr), both(says("港湾"), ai_rpa))), "dev"),
    Judged("particle", "県立学校とのメールのやり取り",
           graded(both(says(SCHOOLS), says("メール")), both(says(SCHOOLS), says("照会|通知|配信|電子申請"))), "dev"),
    Judged("particle", "知事会見の文字起こし",
           graded(both(says("会見"), lambda r: meeting_minutes(r) > 0), lambda r: meeting_minutes(r) > 0), "dev"),
    Judged("particle", "介護や障害福祉の申請書のデータ化",
           graded(both(says(CARE_DISABILITY), says("申請書|申請情報"), says("OCR|データ化|入力|登録|転記")),
                  both(ai_rpa, says(CARE_DISABILITY + "|自立支援|特別児童扶養"))), "dev"),
    Judged("particle", "小中学校の成績管理システム",
           graded(both(says("成績"), says("小中|児童|生徒|校務"), lacks("採用")), says("校務|学力|診断テスト")), "dev"),
    Judged("particle", "Teamsを使った情報共有",
           graded(says("Teams"),
                  says("ファイル共有|Web会議|ウェブ会議|オンライン会議|TV会議|グループウェア|資料共有")), "dev"),
    Judged("particle", "航空写真を使った土地の確認",
           graded(both(says("航空写真"), says("固定資産|目視|登記")), says("航空写真|地形図|土地利用")), "dev"),
    Judged("particle", "福祉分野で実証中のRPA",
           within(status(TRIAL), both(field("保健・福祉分野"), is_rpa), field("保健・福祉分野")), "dev"),
    Judged("particle", "山梨県のExcelからシステムへの入力",
           within(pref("山梨県"), both(says(rf"({EXCEL}).{{0,20}}(システム|アクセス)"), says("入力|転記")), ai_rpa), "dev"),
    Judged("particle", "長野県の先端技術の推進体制",
           within(pref("長野県"), both(organization, says("先端技術")), either(organization, says("先端技術"))), "dev"),
    Judged("particle", "四国の情報化推進協議会",
           within(region("四国"), both(organization, group("民間も含んだ協議会等")), organization), "dev"),
    Judged("particle", "九州の県税事務のRPA",
           within(region("九州"), both(says(TAX), is_rpa), either(says(TAX), both(is_rpa, field("総務分野")))), "dev"),

    # --- natural: pasted task descriptions --------------------------------------------------------
    Judged("natural", "毎月、警察官の給与から保険料を差し引く処理を財務会計システムでやっているが、手間なので自動化したい",
           graded(both(says("警察"), says("給与|保険料")), either(says("保険料"), both(says("警察"), says("財務会計")))), "dev"),
    Judged("natural", "年度替わりの人事異動で、各課から集めた名簿を直して職員名簿を作るのが毎年大変",
           graded(says("(?<!参集)職員名簿|教職員名簿"), either(both(says("名簿"), says("職員")), says("人事異動"))), "dev"),
    Judged("natural", "宿泊施設や民泊の届出について問い合わせが多いので、ネットで24時間答えられる仕組みを入れたい",
           graded(both(says("住宅宿泊|民泊|旅館"), either(answers, says("問合せ|問い合わせ"))),
                  both(answers, says("届出|手続"))), "dev"),
    Judged("natural", "空港から出ている便数や路線を毎日数えて統計資料にしているのを何とかしたい",
           graded(both(says("空港|航空便|航空路線"), says("集計|統計")), says("空港|航空便|航空路線|港湾統計")), "dev"),
    Judged("natural", "国からの補助金の内示を市町村に知らせるメールを、一件ずつ手作業で送っている",
           graded(both(says("補助金"), says("内示|通知|連絡"), says("メール")),
                  both(says("市町村|市町|学校|事業者"), says("メール"), says("通知|連絡|送付|送信"))), "dev"),
    Judged("natural", "研修センターの受講料や施設の使用料の入金を確認して、システムに入力する作業が多い",
           graded(both(says(FEES + "|使用許可及び収入"), says("収入|徴収|調定|入力|転記")), says(FEES + "|収納")), "dev"),
    Judged("natural", "県内の病院ごとの医師の数を毎年調べて、集計表にまとめるのが大変",
           graded(both(says("医師|病院"), desc("集計|調査")), says("医師|病院|医療従事者|医療機関")), "dev"),
    Judged("natural", "技能検定の合格証書を何百枚も作っていて、手作業がつらい",
           graded(says("合格証書|技能検定"), says("登録証|免状|認定書|証書")), "dev"),
    Judged("natural", "AIに過去の事例やベテランのノウハウを覚えさせて、若手職員に引き継げるようにしたい",
           graded(both(says("暗黙知|ベテラン|過去の知見|過去事例"), says("AI|チャットボット")), says("ノウハウ|知見|継承")), "dev"),
    Judged("natural", "地震や台風のとき、お年寄りにも避難の情報が届くように、スマートスピーカーなどで知らせたい",
           graded(both(says("避難"), says("高齢者|スピーカー|音声")), says("避難|Lアラート|防災情報")), "dev"),
    Judged("natural", "介護施設で起きた事故の報告書が紙で届くので、入力や集計を楽にしたい",
           graded(both(says("介護"), says("事故")), says("介護|老人ホーム|ケアマネ|社会福祉法人")), "dev"),
    Judged("natural", "物品を買うときにネットで相場を調べて予定価格を決めているが、品目が多くて手が回らない",
           graded(says("予定価格|実勢価格"), says("単価|物品|市場価格|見積価額")), "dev"),
    Judged("natural", "県内の放課後児童クラブの運営状況を毎年市町村から集めて集計している",
           graded(says("放課後児童"), either(says("学童|児童クラブ"), both(says("子育て"), says("集計")))), "dev"),
    Judged("natural", "産廃業者の許可申請についてくる登記簿や車検証の内容を、台帳に手で書き写している",
           graded(both(says("登記簿|車検証"), says("台帳")),
                  either(both(says("台帳|登録簿"), says("転記|入力")), both(says("廃棄物"), says("許可")))), "dev"),
]
