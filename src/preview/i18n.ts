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
