/** Task pane UI strings, Japanese (the default). Engine issue messages live in src/i18n, not here. */
export const ja = {
  'app.title': '情報資産台帳',
  'app.subtitle': '情報セキュリティ基本方針に沿って、台帳の作成・検証・集計・監査を行います。',
  'app.outsideExcel': 'このページは Excel の外で開かれています。操作するには Excel の [ホーム] タブの [台帳パネル] から開いてください。',
  'section.clerk.title': '各課の職員',
  'section.clerk.hint': '台帳を作り、提出する前に内容を確認します。',
  'section.it.title': '情報システム担当',
  'section.it.hint': '各課の台帳を取り込み、まとめて確認して集計します。',
  'section.audit.title': '監査',
  'section.audit.hint': '方針どおりに管理されているかを点検し、日付入りで記録します。',
  'action.insertTemplate': '台帳を挿入',
  'action.validate': '検証する',
  'action.importDepartments': '部署ファイルを取り込む',
  'action.consolidate': '集計する',
  'action.audit': '監査チェックを実行',
  'action.notReady': '準備中',
  'officeUnavailable.title': 'Office に接続できませんでした',
  'officeUnavailable.body':
    'Office の機能 (office.js) を読み込めませんでした。ネットワークに接続されているか、Microsoft の配信サーバー (appsforoffice.microsoft.com) へ接続できるかを確認し、作業ウィンドウを開き直してください。',
  'officeUnavailable.next': '解決しない場合は、情報システム担当に「office.js を読み込めない」とお伝えください。',
} satisfies Record<string, string>;

export type UiKey = keyof typeof ja;
export type UiCatalogue = Record<UiKey, string>;
