"""Field-by-field expectations for records read by hand against data/survey-r2.txt.

Each entry names the source line and the quirk it covers. The expected values are the survey's
text after the documented cleaning (NFKC width, spaced letters joined, layout spaces dropped, list
items as `・item`), nothing more.
"""

from __future__ import annotations

import pytest

GENERAL = "総務分野"
MEETING = "会議録作成・テープおこし"

EXPECTED: dict[str, dict] = {
    # line 23: first record; number glued to the name; group heading (23) under 総務分野 (207)
    "ai_rpa-001": dict(
        number=1, field=GENERAL, group=MEETING, name="会議録等作成システム",
        description="会議で録音した音声データを音声変換システムで自動的にテキストデータへ変換し、会議録の作成に係る負担を軽減。",
        status="導入(実施)済", status_order=1, shared_use="共同利用不可", shared_use_order=3,
        shared_use_reason="専用回線を使用しているため、そのまま共同利用することは困難だが、LGWAN-ASPを利用することが出来れば可能となる。",
        prefecture="北海道", prefecture_code=1, region="北海道",
        category=None, employment=None, skill_area=None, overview=None, source="survey-r2.txt", page=1),
    # line 42: empty reason cell between two tabs
    "ai_rpa-016": dict(
        name="議事録の作成事務", description="AIを搭載したシステムにより議事録の作成を自動化。",
        status="導入(実施)済", shared_use="共同利用可能", shared_use_order=2, shared_use_reason="",
        prefecture="和歌山県", prefecture_code=30, region="近畿", group=MEETING),
    # line 49: last of the 会議録 group; 実証中 and その他
    "ai_rpa-023": dict(
        name="AIを活用した議事録等作成", status="実証中", status_order=3, shared_use="その他", shared_use_order=4,
        shared_use_reason="市町村による導入に向けた情報提供を予定", prefecture="熊本県", region="九州",
        field=GENERAL, group=MEETING),
    # line 53: first row after the heading その他 (184), on a page whose header is letter-spaced
    "ai_rpa-024": dict(
        name="自動車取得税の税額照会に係る回答業務",
        description="電子申請で受け付けた税額照会の情報を自動収集し、回答票を作成する作業をRPAで自動化。",
        field=GENERAL, group="その他", prefecture="北海道", page=3),  # the third header row: page 3
    # line 72: `RPA 不動産…` (a technology label before the name, kept a word of its own) and a status
    # printed `①導入(実施) 済`
    "ai_rpa-039": dict(
        name="RPA 不動産取得税登録", description="不動産取得税課税に係る課税情報を税務オンラインシステム入力",
        status="導入(実施)済", status_order=1,
        shared_use_reason="本県用システムと連携しており、転用は不可(シナリオ参照は可)", prefecture="茨城県"),
    # line 139: spaced-out letters `A I - O C R`, `C S V`
    "ai_rpa-092": dict(
        name="入札参加資格申請書管理データの作成",
        description="AI-OCRを活用して、業者から提出された申請書の内容を読み取り、CSVファイルに出力する。",
        status="導入(実施)予定", status_order=2, prefecture="静岡県"),
    # line 142: full-width colon, 【 kept apart as printed, `A I や R P A`
    "ai_rpa-095": dict(
        name="固定資産税関連業務(市町) 【土地:登記申請】",
        description="航空写真を基にした目視確認、手計算及び基幹システムへの入力作業について、AIやRPAによって効率化する。",
        status="実証予定", status_order=4, shared_use="共同利用可能",
        shared_use_reason="4市町において、現行の業務プロセスの団体間比較を行い、共同利用可能なモデル構築を目指した実証を予定。",
        prefecture="三重県"),
    # line 157: `・` list items inside running text, wrapped-line spaces between Japanese
    "ai_rpa-106": dict(
        name="普通交付税地域社会再生事業費の算定における市町村別メッシュ人口データの整理",
        description="総務省交付税課より送付される市町村別メッシュ人口データは、 ・メッシュの中心点が属する市町村に誤りがある"
                    " ・三重県内に中心点のあるメッシュが抜け落ちている ・隣接他県に中心点のあるメッシュが含まれている"
                    "状況であるこれらを正しい状態にしたうえで市町へ照会する必要がある。そのため、RPAにより中心点が属する"
                    "市町村を特定し、当該メッシュ人口データを修正した。",
        shared_use="共同利用可能",
        shared_use_reason="5年に1回の臨時的な業務ではあるが、WinActorを利用している県であれば流用可能"),
    # line 159: lines of a wrapped cell joined without spaces
    "ai_rpa-108": dict(
        name="時間外集計報告業務",
        description="これまで各所属グループ長が、自所属職員の残業時間を管理するために行っていた作業(システムからのデータ抽出、"
                    "Excel転記・集計等)を、人事担当課で集約して一元自動化し、各所属グループ長へのメール送付まで自動化",
        prefecture="大阪府"),
    # line 200: number in its own cell; shared use and reason in one cell
    "ai_rpa-141": dict(
        number=141, name="内製に向けたRPA・AI-OCR操作研修会",
        description="職員自らがRPAのシナリオ作成・修正及びそのためのBPRやAI-OCRの操作を習得し内製することができるよう操作研修会を実施",
        status="導入(実施)予定", shared_use="共同利用不可", shared_use_order=3,
        shared_use_reason="県において研修会を実施することとしている。", prefecture="岡山県"),
    # line 213: `④その他 理論上…` in one cell
    "ai_rpa-154": dict(
        name="通勤手当認定経路確認業務", status="実証中", shared_use="その他", shared_use_order=4,
        shared_use_reason="理論上は可能だが、各団体間で業務プロセスやシステム等を統一する必要がある。",
        prefecture="山口県", region="中国"),
    # line 280: last row of 総務分野
    "ai_rpa-207": dict(
        name="現況届未提出者への催促メール送信", field=GENERAL, group="その他",
        prefecture="沖縄県", prefecture_code=47, region="九州"),
    # line 284: first row of 環境分野 (no group), number in its own cell
    "ai_rpa-208": dict(
        name="事業活動温暖化対策計画書等データベース登録業務", field="環境分野", group=None,
        status="導入(実施)予定", shared_use_reason="県の情報システム基盤内に設置", prefecture="神奈川県"),
    # line 322: `<ul>` markup whose items have no bullets
    "ai_rpa-239": dict(
        name="信州パーキングパーミット制度に関する業務", field="保健・福祉分野", group=None,
        description="・申請者のデータ入力 ・申請者の登録番号の管理 ・協力事業者のデータ入力 ・協力事業者の一覧作成、ホームページへの掲載",
        shared_use="その他", prefecture="長野県"),
    # line 363: after a header row with an extra empty cell
    "ai_rpa-270": dict(
        name="精神障害者保健福祉手帳の判定・交付に関する事務", field="保健・福祉分野", status="実証予定",
        shared_use_reason="オンプレ型のため", prefecture="大分県"),
    # line 382: half-width commas
    "ai_rpa-285": dict(
        name="チャットボット 茨城空港の利用に関する問い合わせ対応", field="観光・スポーツ分野",
        description="茨城空港のフライトスケジュール,アクセス,キャンペーン等", prefecture="茨城県"),
    # line 383: the rare 共同利用中
    "ai_rpa-286": dict(
        name="観光案内", shared_use="共同利用中", shared_use_order=1,
        shared_use_reason="各観光案内所等のWebサイトにウィジェットを設置することが可能", prefecture="三重県"),
    # line 385: a one-row 分野
    "ai_rpa-287": dict(name="芸術祭一覧表作成", field="文化振興分野", group=None, prefecture="静岡県"),
    # line 401: ⑤検討中
    "ai_rpa-299": dict(
        name="道路インフラ側からの自動運転支援", field="土木建築分野", status="検討中", status_order=5,
        shared_use="その他", shared_use_reason="共同利用の可否について検討中"),
    # line 453: `L I N E`, `A I`
    "ai_rpa-343": dict(
        name="相談・情報提供サービス「もしサポ@東京」(もしもの時のサポートシステム@東京)", field="その他分野",
        description="LINEの専用ページ上において、新型コロナウイルス感染症に関する問合せに対し、AIが自動で応答。",
        prefecture="東京都"),
    # line 471: last row of table ①
    "ai_rpa-357": dict(
        number=357, name="犯罪統計資料作成業務", field="その他分野", status="導入(実施)予定",
        shared_use_reason="利用拡大に向けて検討中。", prefecture="宮崎県"),

    # line 478: reason and prefecture in one cell; ` - ` between Japanese
    "shared_system-001": dict(
        number=1, name="北海道電子自治体共同システム-電子申請システム", field=GENERAL, group="電子申請・届出システム",
        description="行政手続等の申請・届出に係る様式の作成・受付。", status="導入(実施)済",
        shared_use="さらなる共同利用可能", shared_use_order=1,
        shared_use_reason="共同利用団体:北海道及び道内121市町村", prefecture="北海道"),
    # line 479: `A S P` and reason+prefecture
    "shared_system-002": dict(
        name="みやぎ電子申請サービス", description="ASPサービスにより申請・申出等の行政手続をオンライン化",
        shared_use_reason="県内25自治体により共同運営", prefecture="宮城県"),
    # line 484: the survey's own misprint 县 is kept
    "shared_system-007": dict(
        name="埼玉县市町村電子申請サービス",
        shared_use_reason="県内の自治体の中に独自のサービスを利用しているなど、未利用の団体が残っているため。",
        prefecture="埼玉県"),
    # line 497
    "shared_system-016": dict(
        name="電子申請共同運営システム", description="申請の受付等",
        shared_use_reason="県内自治体で共同利用可能(協議会形式で運用)", prefecture="兵庫県"),
    # line 528: empty reason; group 施設予約システム
    "shared_system-038": dict(
        name="公共施設予約システム", group="施設予約システム", shared_use_reason="", prefecture="熊本県"),
    # line 546: spaced digits `2 1 / 4 5`
    "shared_system-051": dict(
        name="熊本県電子入札共同利用システム(工事・コンサル)", group="電子入札・電子調達システム",
        shared_use_reason="未導入市町村に導入を依頼中。(導入市町村数:21/45)", prefecture="熊本県"),
    # line 549: `L GWAN` in full-width parentheses; さらなる共同利用不可
    "shared_system-053": dict(
        name="住民基本台帳ネットワークシステム", group="その他",
        description="都道府県、全国の市町村、指定情報処理機関を専用回線(LGWAN)で接続し、本人情報確認",
        shared_use="さらなる共同利用不可", shared_use_order=2, prefecture="茨城県"),
    # line 601: a reason that is only `-`; セキュリティ分野 printed with full-width parentheses
    "shared_system-086": dict(
        name="自治体情報セキュリティクラウド", field="セキュリティ分野", group=None,
        shared_use_reason="-", prefecture="東京都"),
    # line 627: Latin words next to Japanese
    "shared_system-103": dict(
        name="ファイル共有システム", field="その他分野", status="実証中",
        description="Microsoft365のTeamsを使用した、ファイル共有やチャット、Web会議等を行う。", prefecture="福井県"),
    # line 651: ` ・ ` list items with spaces on both sides; last row of table ②
    "shared_system-123": dict(
        number=123, name="インターネット系仮想基盤環境システム(仮想クラウドシステム)",
        description="仮想化システムによる ・LGWAN系からのインターネット閲覧 ・LGWAN系からの一部インターネット系アプリケーションの利用環境提供",
        shared_use="その他", shared_use_order=3,
        shared_use_reason="現在は、県内市町村と共同利用中。将来的には、三層分離モデルの見直しにより再検討を要する。",
        prefecture="大分県"),

    # line 657: table ③-1 columns; `I T`, `C I O`; full-width parentheses in the status
    "digital_talent-001": dict(
        number=1, name="IT専門監", field=GENERAL, group="外部人材の登用/採用", category="外部人材の登用/採用", employment="常勤",
        skill_area="民間企業において情報システムの開発・運用等の業務に従事するとともに、管理職等としてマネジメント業務を経験(ICT関連企業出身)",
        description="CIO(最高情報責任者)を補佐するとともに、庁内情報システムに関する最適化、情報セキュリティ対策等について専門的技術的見地からの指導・助言",
        status="導入(実施)済", status_order=1, prefecture="青森県",
        shared_use=None, shared_use_order=None, shared_use_reason=None, overview=None),
    # line 665: repeated as row 27
    "digital_talent-009": dict(
        name="経済産業局情報通信(ICT)政策推進監", skill_area="総務省", prefecture="愛知県", field=GENERAL),
    # line 673: cells that hold only `-`
    "digital_talent-013": dict(name="-", category="その他", employment="常勤", skill_area="-", prefecture="大阪府"),
    # line 690: the 26th row under 総務分野, whose heading prints 25
    "digital_talent-026": dict(
        name="情報政策審議監", field=GENERAL, skill_area="SE(システム事業者出身)", prefecture="熊本県"),
    # line 692
    "digital_talent-027": dict(
        name="経済産業局情報通信(ICT)政策推進監", field="産業振興分野", prefecture="愛知県"),
    # line 704: ※ note kept apart; spaces around half-width parentheses
    "digital_talent-031": dict(
        name="医療情報 ※試験区分名であり、役職名とは異なる", field="その他分野",
        skill_area="情報システム開発等業務(システム開発、開発に係る調査業務、保守管理業務等)従事経験者",
        description="医療情報システム(電子カルテシステム、オーダリングシステム等)の運用、整備に関する企画や病院内外の調整の業務等",
        prefecture="山形県"),
    # line 708: a word wrapped inside the name (`トランスフォーマー ション`); 非常勤
    "digital_talent-035": dict(
        name="CDO (チーフ・デジタルトランスフォーマーション・オフィサー)", employment="非常勤",
        skill_area="マーケティング、政策渉外(IT関連企業出身)", prefecture="群馬県"),
    # line 719: last row of table ③-1
    "digital_talent-042": dict(number=42, name="情報処理技術者", skill_area="SE(システム開発)", prefecture="沖縄県"),

    # line 725: table ③-2; its headings are groups, it has no 分野
    "organization-001": dict(
        number=1, name="情報政策課IoT推進", field=None, group="組織(部・課・室等)", overview="選任3名",
        description="・北海道Society5.0及びIoTの推進に関する事など", status="導入(実施)済", prefecture="北海道",
        shared_use=None, category=None, employment=None, skill_area=None),
    # line 741: `<ul>` with `・` items; ※ in the overview
    "organization-013": dict(
        name="総務部スマート改革推進課", overview="4班、25名 ※課長、副課長2名含む",
        description="・スマート改革の推進に関すること。 ・庁内のスマート化推進に関すること。 ・情報化の推進及び調整に関すること。"
                    " ・情報通信基盤の整備及び運用に関すること。 ・情報セキュリティ対策に関すること。",
        prefecture="三重県"),
    # line 760: last of the first group
    "organization-028": dict(name="情報政策課情報化戦略班", group="組織(部・課・室等)", overview="専任2名、兼務1名",
                             prefecture="熊本県"),
    # line 762: first of 庁内横断的な体制
    "organization-029": dict(name="ICT、IoT推進プロジェクトチーム", group="庁内横断的な体制", overview="庁内有志メンバー"),
    # line 775: a name that starts with a digit, glued to the number
    "organization-038": dict(number=38, name="5G利活用検討ワーキング・チーム", overview="各部の企画調整室次長等",
                             description="県の行政課題における5G利活用策の検討", status="導入(実施)予定",
                             prefecture="石川県"),
    # line 798: first of 民間も含んだ協議会等
    "organization-056": dict(
        name="北海道Society5.0推進会議", group="民間も含んだ協議会等",
        overview="学識経験者4名、民間事業者3名、行政機関3名",
        description="「北海道Society5.0」の推進に向けて官民が連携した取組を展開するために助言等を行う。"),
    # line 818: last row of the survey
    "organization-072": dict(
        number=72, name="ながさきSociety5.0推進プラットフォーム(仮称)",
        overview="企業(団体)、金融、大学、アドバイザー、市町、県",
        description="・長崎県版Society5.0実現に必要な不可欠な情報通信基盤の充実 ・県内産学官金の連携によるSociety5.0等に"
                    "対応したサービスの提供、活用等の効果的かつ効率的な推進や地域課題の解決 ・Society5.0の時代に対応する"
                    "県内産業の育成、強化 ・長崎県版Society5.0推進に向けた意識啓発",
        status="導入(実施)予定", prefecture="長崎県"),
}


def test_at_least_forty_records_across_all_tables():
    assert len(EXPECTED) >= 40
    assert {key.split("-")[0] for key in EXPECTED} == {"ai_rpa", "shared_system", "digital_talent", "organization"}


@pytest.mark.parametrize("record_id", sorted(EXPECTED))
def test_record_matches_hand_reading(records_by_id, record_id):
    record = records_by_id[record_id].to_dict()
    for key, value in EXPECTED[record_id].items():
        assert record[key] == value, f"{record_id}.{key}"
    section, number = record_id.split("-")
    assert record["section"] == section and record["number"] == int(number)


@pytest.mark.parametrize("record_id", sorted(EXPECTED))
def test_same_record_from_both_pdf_renderings(pdf_results, record_id):
    for name, result in pdf_results.items():
        record = next(r for r in result.records if r.id == record_id).to_dict()
        for key, value in EXPECTED[record_id].items():
            if key in ("source", "page"):
                continue
            assert record[key] == value, f"{name}: {record_id}.{key}"
