/**
 * The preview page's own strings (toolbar, grid, Excel's alerts), in the language the task pane beside it uses:
 * the browser's language through the pane's own localeFor — Japanese unless it is known and not Japanese.
 * Excel's alert texts are those Japanese / English Excel shows.
 */
import type { Locale } from '../taskpane/i18n';

const ja = {
  'page.title': '情報資産台帳 — プレビューと読み込み手順',
  'bar.title': '情報資産台帳 プレビュー',
  'bar.open': 'ファイルを開く',
  'bar.openLabel': '開く Excel ブック (.xlsx)',
  'bar.save': '保存 (.xlsx)',
  'bar.sample': 'サンプルを入れる',
  'bar.guide': 'Excel への読み込み手順',
  'bar.about':
    'Excel のない PC 向けのプレビューです。ブックはこのブラウザーの中だけにあり、どこにも送信・保存されません。残すときは［保存］で .xlsx をダウンロードしてください。',
  'bar.opened': '「{name}」を開きました。',
  'bar.openFailed': '「{name}」を開けませんでした。Excel ブック (.xlsx) か確かめてください。（{detail}）',
  'bar.saveFailed': '保存できませんでした。（{detail}）',
  'bar.sampleDone': 'シート「{sheet}」にサンプルの台帳を入れました。',
  'bar.sampleExists': '「{department}」の台帳はすでにあります（シート「{sheet}」）。',
  'bar.sampleFailed': 'サンプルを入れられませんでした。（{detail}）',
  'book.label': 'ブック',
  'book.sheets': 'シート',
  'pane.label': '作業ウィンドウ',
  'guide.back': '← プレビューに戻る',
  'guide.title': '情報資産台帳 アドイン — 開発サーバー',
  'guide.intro':
    'この開発サーバーは Excel アドイン「情報資産台帳」を配信しています。アドインは Excel の中で動きます。下の手順で Excel に読み込んでから、[ホーム] タブの [台帳パネル] を押してください。',
  'guide.desktop': 'Windows / Mac のデスクトップ版 Excel に読み込む',
  'guide.desktop.certs': '初回だけ、開発用の証明書を信頼させます: {command}',
  'guide.desktop.start': 'この開発サーバー ({server}) を動かしたまま、別のターミナルで {command} を実行します。Excel が起動し、アドインが読み込まれます。',
  'guide.desktop.stop': '終わるときは {command} を実行します。',
  'guide.web': 'Excel on the web に読み込む',
  'guide.web.download': '{manifest} をダウンロードします。',
  'guide.web.open': 'Excel on the web でブックを開き、[ホーム] > [アドイン] > [その他のアドイン] を選びます。',
  'guide.web.upload': '[マイ アドイン] > [マイ アドインのアップロード] で manifest.xml を選びます。',
  'guide.web.certificate':
    'ブラウザーがこのページの証明書を信頼していないと、アドインは表示されません。先に https://localhost:3000/ を開いて警告が出ないことを確かめてください。',
  'guide.pages': 'このサーバーのページ',
  'guide.pages.taskpane': '作業ウィンドウ (taskpane.html)',
  'guide.pages.taskpaneNote': ' — Excel の外で開くと、その旨が表示されます。',
  'guide.pages.manifest': 'マニフェスト (manifest.xml)',
  'guide.preview': 'Excel のない PC でも、{preview}で台帳を作り、検証し、.xlsx として保存できます。',
  'guide.previewLink': 'ブラウザー内プレビュー',
  'grid.label': 'シート {sheet}',
  'grid.cell': 'セル {address}',
  'grid.value': '{address} の値',
  'grid.dropdown': '{address} の一覧から選ぶ',
  'grid.list': '{address} の一覧',
  'grid.keys': '矢印キー・Tab・Enter で移動、文字の入力か F2 で編集、Alt+↓ で一覧を開きます。表から出るには Esc のあと Tab を押します。',
  'alert.protected':
    '変更しようとしているセルやグラフは保護されているシート上にあります。変更するには、シートの保護を解除してください。パスワードの入力が必要な場合もあります。',
  'alert.defaultTitle': 'Microsoft Excel',
  'alert.defaultMessage': 'この値は、このセルに定義されているデータ入力規則の制限を満たしていません。',
  'alert.continue': '続けますか?',
  'alert.failed': 'セルを変更できませんでした。（{detail}）',
  'alert.retry': '再試行',
  'alert.cancel': 'キャンセル',
  'alert.yes': 'はい',
  'alert.no': 'いいえ',
  'alert.ok': 'OK',
} satisfies Record<string, string>;

export type PreviewKey = keyof typeof ja;
export type PreviewStrings = Record<PreviewKey, string>;

const en: PreviewStrings = {
  'page.title': 'Information Asset Ledger — preview and sideloading guide',
  'bar.title': 'Information Asset Ledger preview',
  'bar.open': 'Open file',
  'bar.openLabel': 'Excel workbook to open (.xlsx)',
  'bar.save': 'Save (.xlsx)',
  'bar.sample': 'Insert sample',
  'bar.guide': 'How to load it into Excel',
  'bar.about':
    'A preview for computers without Excel. The workbook lives only in this browser and is neither sent nor stored anywhere. To keep it, download it with Save (.xlsx).',
  'bar.opened': 'Opened “{name}”.',
  'bar.openFailed': 'Could not open “{name}”. Check that it is an Excel workbook (.xlsx). ({detail})',
  'bar.saveFailed': 'Could not save. ({detail})',
  'bar.sampleDone': 'Inserted a sample ledger on sheet “{sheet}”.',
  'bar.sampleExists': '{department} already has a ledger (sheet “{sheet}”).',
  'bar.sampleFailed': 'Could not insert the sample. ({detail})',
  'book.label': 'Workbook',
  'book.sheets': 'Sheets',
  'pane.label': 'Task pane',
  'guide.back': '← Back to the preview',
  'guide.title': 'Information Asset Ledger add-in — development server',
  'guide.intro':
    'This development server serves the Excel add-in “Information Asset Ledger”. The add-in runs inside Excel: load it with the steps below, then press [Ledger Pane] on the [Home] tab.',
  'guide.desktop': 'Load it into Excel on Windows or Mac',
  'guide.desktop.certs': 'The first time only, trust the development certificate: {command}',
  'guide.desktop.start': 'Keep this development server ({server}) running and run {command} in another terminal. Excel starts with the add-in loaded.',
  'guide.desktop.stop': 'When you are done, run {command}.',
  'guide.web': 'Load it into Excel on the web',
  'guide.web.download': 'Download {manifest}.',
  'guide.web.open': 'Open a workbook in Excel on the web and choose [Home] > [Add-ins] > [More Add-ins].',
  'guide.web.upload': 'Under [My Add-ins], choose [Upload My Add-in] and select manifest.xml.',
  'guide.web.certificate':
    'If the browser does not trust this page’s certificate, the add-in does not show. Open https://localhost:3000/ first and make sure no warning appears.',
  'guide.pages': 'Pages of this server',
  'guide.pages.taskpane': 'Task pane (taskpane.html)',
  'guide.pages.taskpaneNote': ' — opened outside Excel, it says so.',
  'guide.pages.manifest': 'Manifest (manifest.xml)',
  'guide.preview': 'On a computer without Excel, the {preview} lets you make a ledger, check it and save it as .xlsx.',
  'guide.previewLink': 'in-browser preview',
  'grid.label': 'Sheet {sheet}',
  'grid.cell': 'Cell {address}',
  'grid.value': 'Value of {address}',
  'grid.dropdown': 'Choose from the list for {address}',
  'grid.list': 'List for {address}',
  'grid.keys': 'Arrow keys, Tab and Enter move; typing or F2 edits; Alt+Down opens the list. To leave the sheet, press Esc, then Tab.',
  'alert.protected':
    'The cell or chart you’re trying to change is on a protected sheet. To make a change, unprotect the sheet. You might be requested to enter a password.',
  'alert.defaultTitle': 'Microsoft Excel',
  'alert.defaultMessage': 'This value doesn’t match the data validation restrictions defined for this cell.',
  'alert.continue': 'Continue?',
  'alert.failed': 'The cell could not be changed. ({detail})',
  'alert.retry': 'Retry',
  'alert.cancel': 'Cancel',
  'alert.yes': 'Yes',
  'alert.no': 'No',
  'alert.ok': 'OK',
};

export const previewCatalogues: Readonly<Record<Locale, PreviewStrings>> = { ja, en };

export function previewStrings(locale: Locale): PreviewStrings {
  return previewCatalogues[locale];
}
