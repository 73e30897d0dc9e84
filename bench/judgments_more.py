"""More dev queries: written and graded by rules before any engine was run on them; all dev (tuned on)."""
from __future__ import annotations

from bench.judgments import (AGGREGATE, CORONA, DISASTER, HOMEPAGE, PLANNED, RPA, Judged, Test, ai_rpa, answers,
                             both, either, graded, is_ai, is_ocr, is_rpa, latin_word, mentions, named, organization,
                             pref, region, says, shared_system, status, talent, within)

# --- local helpers ---------------------------------------------------------------------------------


def field(*values: str) -> Test:
    """The survey's own 分野 (総務分野, 教育分野, 保健・福祉分野 …)."""
    return lambda r: r.field in values


def group(*values: str) -> Test:
    """The survey's 区分・グループ (for organizations: 組織(部・課・室等), 庁内横断的な体制, 民間も含んだ協議会等)."""
    return lambda r: r.group in values


# Tax administration proper: not 地方交付税 (a grant) nor ふるさと納税 (a donation), nor staff payroll tax.
TAX = (r"県税|都税|自動車税|自動車取得税|不動産取得税|法人県民税|法人事業税|法人住民税|法人二税|法人2税|固定資産税"
       r"|個人県民税|個人事業税|市町村税|所得税の申告|税務(?!署)|課税|(?<!ふるさと)納税|eLTAX|税額|特別徴収|徴収状況|徴収実績")
WELFARE = r"福祉|子育て|児童|高齢者|妊娠|障害|介護|虐待|生活保護"
MYNUMBER = r"マイナンバー|個人番号|統合宛名"
SCHOOL = r"(小中|県立|道立|支援)学校|教職員|教員|スクールカウンセラー"  # not 各学校 in a list of a whole rollout
TRAVEL = r"旅費|旅行命令|出張"

MORE: list[Judged] = [
    # --- variant: notation variants and synonyms -------------------------------------------------
    Judged("variant", "個人番号", graded(named(MYNUMBER), says(MYNUMBER)), "dev"),
    Judged("variant", "５Ｇ", mentions(r"5G|第5世代|５Ｇ"), "dev"),
    Judged("variant", "ＬＩＮＥ", graded(says(latin_word("LINE")), says("Twitter|SNS")), "dev"),
    Judged("variant", "ケアマネージャー", graded(says("ケアマネ|介護支援専門員"), says("介護")), "dev"),
    Judged("variant", "住基", graded(says("住民基本台帳|住基"), says("住記|住民記録")), "dev"),
    Judged("variant", "エルタックス", graded(either(says("eLTAX|エルタックス"), named("電子申告")), says("電子申告|電子納税")), "dev"),
    Judged("variant", "デジタル変革",
           graded(says("DX|デジタルトランスフォーメーション|デジタルトランスフォーマーション|デジタル変革"),
                  says("デジタル化|デジタル戦略|スマート改革|スマート県庁")), "dev"),
    Judged("variant", "ソサエティ5.0", mentions(r"Society ?5\.0"), "dev"),
    Judged("variant", "表計算ソフト", graded(says("Excel|エクセル|表計算"), says("CSV|スプレッドシート")), "dev"),
    Judged("variant", "働き方改革",
           graded(says("働き方|ワークスタイル|テレワーク|在宅勤務"), says("スマートオフィス|ペーパーレス|業務プロセス改革")), "dev"),
    Judged("variant", "ペーパーレス化",
           graded(says("ペーパーレス|電子決裁|文書電子化"), says(r"紙.{0,15}(電子化|データ化)|電子公印|紙決裁")), "dev"),
    Judged("variant", "文字認識", graded(says("OCR|文字認識"), says("読み取|読取|手書き")), "dev"),
    Judged("variant", "よくある質問", graded(says("FAQ|よくある(質問|問合せ|問い合わせ)|Q&A"), answers), "dev"),
    Judged("variant", "罹災証明書", graded(says("罹災|り災"), says("被災者|被災世帯|被害認定")), "dev"),
    Judged("variant", "テレメーター", graded(says("テレメータ"), says("放射線|線量")), "dev"),
    Judged("variant", "申し込み書", graded(says("申込書|申し込み書|申込み書"), says("申込|申し込")), "dev"),
    Judged("variant", "データ取り込み",
           graded(says(r"データ.{0,25}(取込|取り込)|(取込|取り込).{0,5}データ|自動取込"), says("(?<!暗黙知を)(取込|取り込)|ダウンロード|読み込")), "dev"),
    Judged("variant", "突き合わせ", graded(says("突合|照合|突き合わせ|突き合せ"), both(ai_rpa, says("(?<!ストレス)チェック|整合|検証"))), "dev"),
    Judged("variant", "DB化", graded(says("データベース|DB"), says("台帳")), "dev"),
    Judged("variant", "スマホ アプリ", graded(says("スマートフォン|スマホ|健康ポイントアプリ"), says("(?<!系)アプリ")), "dev"),
    Judged("variant", "口座振り替え", graded(says("口座振替|口座振り替え|振替払"), says("振込|振り込|口座")), "dev"),
    Judged("variant", "こども医療費",
           graded(says(r"(子ども|子供|小児|児童).{0,30}医療|医療.{0,30}(子ども|子供|小児|児童)"), says("医療費|医療給付")), "dev"),
    Judged("variant", "法人２税", graded(says("法人二税|法人2税|法人県民税|法人事業税"), says("法人住民税|電子申告")), "dev"),

    # --- particle: words joined by particles, with place/status/field words -----------------------
    Judged("particle", "税務でのRPA活用", graded(both(is_rpa, says(TAX)), says(TAX)), "dev"),
    Judged("particle", "福祉と子育てのAI",
           graded(both(is_ai, says(WELFARE)), either(both(is_ai, field("保健・福祉分野")), both(answers, says(WELFARE)))), "dev"),
    Judged("particle", "教育分野のRPA",
           graded(both(is_rpa, either(field("教育分野"), says(SCHOOL))), both(ai_rpa, either(field("教育分野"), says(SCHOOL)))),
           "dev"),
    Judged("particle", "県警のRPA",
           graded(both(is_rpa, says("警察|県警")), both(talent, says("警察本部"))), "dev"),
    Judged("particle", "香川県の新型コロナ対応",
           within(pref("香川県"), says(CORONA), says("感染症|補助金|給付|協力金")), "dev"),
    Judged("particle", "保健・福祉分野のAI-OCR",
           graded(both(is_ocr, either(field("保健・福祉分野"), says(WELFARE + "|医療|難病|保健"))),
                  both(field("保健・福祉分野"), ai_rpa, says("申請書|入力"))), "dev"),
    Judged("particle", "中国地方の施設予約", within(region("中国"), named("予約"), says("予約")), "dev"),
    Judged("particle", "九州の共同利用システム",
           within(region("九州"), shared_system, lambda r: r.shared_use in ("共同利用中", "共同利用可能")), "dev"),
    Judged("particle", "導入予定のAI-OCR", within(status(PLANNED), is_ocr, ai_rpa), "dev"),
    Judged("particle", "RPAによる給与・手当の事務", graded(both(is_rpa, says("給与|手当")), says("給与|手当")), "dev"),
    Judged("particle", "山梨県のAI-OCRとRPA",
           within(pref("山梨県"), both(is_ocr, is_rpa), either(is_ocr, is_rpa)), "dev"),
    Judged("particle", "和歌山県の予算や決算のチェック",
           within(pref("和歌山県"), both(says("予算|決算|財政"), says("チェック|突合|照合|確認")), says("予算|決算|財政")), "dev"),
    Judged("particle", "茨城県のRPAによる支払事務",
           within(pref("茨城県"), both(is_rpa, says("支払|支出|支給")), is_rpa), "dev"),
    Judged("particle", "固定資産税へのAI活用",
           graded(both(says("固定資産税"), is_ai), either(says("固定資産税"), both(says(TAX), is_ai))), "dev"),
    Judged("particle", "近畿の庁内横断の推進体制",
           within(region("近畿"), both(organization, group("庁内横断的な体制")), organization), "dev"),

    # --- short: 1-3 keywords ---------------------------------------------------------------------
    Judged("short", "道路 点検",
           graded(both(says("道路|橋梁|インフラ"), says("点検|モニタリング|監視|台帳")), says("(?<!有料|高速)道路|橋梁")), "dev"),
    Judged("short", "人事 給与", graded(both(says("(?<![法個])人事"), says("給与")), says("(?<![法個])人事|給与")), "dev"),
    Judged("short", "固定資産税", mentions("固定資産税"), "dev"),
    Judged("short", "奨学金", graded(named("奨学金|就学支援金"), says("奨学金|就学支援金|授業料")), "dev"),
    Judged("short", "港湾", mentions("港湾|岸壁"), "dev"),
    Judged("short", "決算統計", graded(says("決算統計"), says("決算")), "dev"),
    Judged("short", "補助金 支払",
           graded(both(says("補助金|交付金|給付金|協力金"), says("支払|支出|振込|支給")), says("補助金|交付金|給付金|協力金")), "dev"),
    Judged("short", "ホームページ 更新",
           graded(both(says(HOMEPAGE), says("更新|掲載|発信|記事")), says(HOMEPAGE)), "dev"),
    Judged("short", "研修 受講",
           graded(both(says("研修"), says("受講|申込|修了|アンケート|受付")), says("研修|セミナー|講演会")), "dev"),
    Judged("short", "免許 更新", graded(both(says("免許|免状"), says("更新|申請")), says("免許|免状|登録販売者")), "dev"),
    Judged("short", "社会保険", mentions("社会保険"), "dev"),
    Judged("short", "公共工事 積算", graded(says("積算"), says("公共工事|公共事業|建設工事")), "dev"),
    Judged("short", "メール 振り分け", graded(both(says("メール"), says("振り分け|振分")), says("メール")), "dev"),

    # --- natural: pasted task descriptions --------------------------------------------------------
    Judged("natural", "毎月、市町村から届く税の徴収実績の報告をとりまとめて県全体の表を作っている。自動化できないか",
           graded(both(says(TAX), says("市町村|市町"), says(AGGREGATE + "|集計表")),
                  either(both(says(TAX), says(AGGREGATE)), both(says("市町村から|市町から"), says(AGGREGATE)))), "dev"),
    Judged("natural", "被災した家屋の調査結果をまとめて、罹災証明書をすぐに出せるようにしたい。市町村と一緒に使えるシステムを探している",
           graded(says("罹災|り災|被災者台帳|被災者生活再建"), both(shared_system, says(DISASTER))), "dev"),
    Judged("natural", "AIやIoTなどの先端技術を県の施策に取り入れるため、庁内で部局横断の検討チームを作りたい",
           graded(both(organization, group("庁内横断的な体制"), says(r"AI|IoT|先端技術|未来技術|5G|Society|DX|デジタルトランスフォーメーション|デジタル技術|次世代")),
                  both(organization, says(r"AI|IoT|先端技術|未来技術|5G"))), "dev"),
    Judged("natural", "民間企業や大学と一緒に、地域のデジタル化を進める協議会を立ち上げたいので他県の例を知りたい",
           graded(both(organization, group("民間も含んだ協議会等")), both(organization, says("民間|産学官|企業|大学"))), "dev"),
    Judged("natural", "職員のストレスチェックの結果を一人ずつ通知していて、封入やメール送信が手間になっている",
           graded(says("ストレスチェック"), both(ai_rpa, says("職員"), says("通知|メール送信|個別案内|催促"))), "dev"),
    Judged("natural", "県内の橋の点検データを市町村と一緒に管理できる台帳システムを探している",
           graded(says("橋梁|橋"), says("(?<!有料|高速)道路(?!占)|インフラ")), "dev"),
    Judged("natural", "統計の調査票を出力したり、過去の統計データを集計し直したりする作業がとにかく多い",
           graded(both(says("統計"), says(AGGREGATE + "|出力|作成|集計")), says("統計|調査票")), "dev"),
    Judged("natural", "入札参加資格の申請を受け付けて、審査して業者の名簿に登録するまでを効率化したい",
           graded(says("入札参加資格|参加資格"), says("入札|業者名簿")), "dev"),
    Judged("natural", "学校の先生の出張旅費の入力が各校から大量に来るので、自動で登録できるようにしたい",
           graded(both(says(SCHOOL), says(TRAVEL)), says(TRAVEL)), "dev"),
    Judged("natural", "庁内でRPAを自分たちで作れるよう、職員向けの研修やサポートの体制を作りたい",
           graded(both(says(RPA), says("内製|研修会|技術的サポート|職員自ら")),
                  either(both(talent, lambda r: r.category == "都道府県職員の育成"), says("研修会|人材育成|人材の育成"))), "dev"),
    Judged("natural", "選挙のたびに、市町村から投票や開票の結果を集めて集計している",
           graded(both(says("選挙|投開票|投票"), says(AGGREGATE + "|速報|報告|データ")), says("選挙|投開票|投票")), "dev"),
    Judged("natural", "市町村の財政状況の調査を毎年やっていて、各市町村から様式を集めて集計するのが大変",
           graded(both(says("財政|交付税|起債|地方債|決算|課税状況"), says(AGGREGATE + "|集計|整理|転記"), says("市町村|市町")),
                  both(ai_rpa, says("財政|交付税|起債|地方債|決算統計"))), "dev"),
]
