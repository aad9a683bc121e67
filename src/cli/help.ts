import type { Locale } from '../i18n';
import type { CommandName } from './args';

type HelpTexts = { overview: string } & Record<CommandName, string>;

const ja: HelpTexts = {
  overview: `ledger — 情報資産台帳（花巻市情報セキュリティ基本方針）のコマンドライン

使い方:
  ledger template --department 課名 [--extended] --out ファイル.xlsx [--force]
  ledger validate ファイル... [--format text|json] [--today YYYY-MM-DD] [--departments 一覧.txt]
  ledger consolidate ファイル... --out 集計.xlsx [--format text|json] [--today YYYY-MM-DD] [--departments 一覧.txt]
  ledger help コマンド

読み込む形式: Excel ブック（.xlsx, .xlsm）、OpenDocument 表計算（.ods）、CSV（UTF-8 か Shift_JIS）。
古い .xls、.xlsb、パスワード付きのファイルは読めない理由と変換のしかたを FILE_UNREADABLE で示します。

共通オプション:
  --lang ja|en   表示言語（既定: 日本語。環境変数 LANG 等が日本語以外を示すときは英語）
  --help, -h     この説明を表示

終了コード: 0 エラーなし（警告は可）、1 エラーあり、2 使い方の誤り
`,
  template: `ledger template --department 課名 [--extended] --out ファイル.xlsx [--force] [--today YYYY-MM-DD]

入力規則（ドロップダウン）付きの台帳ひな形を .xlsx で書き出します。アドインなしで記入できます。
  --department 課名   台帳の課（必須）
  --extended          管理責任者・媒体・保管場所・個人情報・保存期間の列を加える
  --out ファイル       出力先（必須）。既にあるファイルは --force なしでは上書きしません
  --today 日付         更新日に入れる日付（既定: 今日）
`,
  validate: `ledger validate ファイル... [--format text|json] [--today YYYY-MM-DD] [--departments 一覧.txt]

台帳を方針のルールで検査し、指摘事項を表示します。ファイルは変更しません。
  --format text|json   出力形式（既定: text）。json は標準出力に1つのオブジェクト
  --today 日付          年度の判定に使う日付（既定: 今日）
  --departments 一覧    提出されるべき課の一覧（1行に1課。# で始まる行は注釈）
読めないファイルは FILE_UNREADABLE として報告し、他のファイルの検査は続けます。
CSV は1シート（シート名はファイル名）として、値はすべて文字列のまま読みます（0001 は 0001 のまま）。
読み込んだ形式と CSV の文字コードは、ファイルごとの行（json では files の format と encoding）に示します。
`,
  consolidate: `ledger consolidate ファイル... --out 集計.xlsx [--format text|json] [--today YYYY-MM-DD] [--departments 一覧.txt]

全台帳を検査し、集計（課×群－レベルの件数、課ごとのエラー・警告数、資産一覧、指摘事項）を書き出します。
  --out ファイル        出力先（必須）。入力ファイルは決して上書きしません。一時ファイルに書いてから置き換えます
  ほかのオプションは validate と同じです。
`,
};

const en: HelpTexts = {
  overview: `ledger — information-asset ledgers (Hanamaki City information security basic policy)

Usage:
  ledger template --department NAME [--extended] --out FILE.xlsx [--force]
  ledger validate FILE... [--format text|json] [--today YYYY-MM-DD] [--departments LIST.txt]
  ledger consolidate FILE... --out SUMMARY.xlsx [--format text|json] [--today YYYY-MM-DD] [--departments LIST.txt]
  ledger help COMMAND

Formats read: Excel workbooks (.xlsx, .xlsm), OpenDocument spreadsheets (.ods), CSV (UTF-8 or Shift_JIS).
Old .xls, .xlsb and password-protected files get FILE_UNREADABLE saying why and how to convert them.

Common options:
  --lang ja|en   output language (default Japanese; English when LC_ALL/LC_MESSAGES/LANG names another language)
  --help, -h     show this help

Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 wrong usage
`,
  template: `ledger template --department NAME [--extended] --out FILE.xlsx [--force] [--today YYYY-MM-DD]

Writes a ledger template (.xlsx) with working dropdowns; no add-in is needed to fill it.
  --department NAME   the department (required)
  --extended          add the columns 管理責任者, 媒体・保管場所, 個人情報, 保存期間
  --out FILE          where to write (required); an existing file is kept unless --force is given
  --today DATE        the date put in 更新日 (default: today)
`,
  validate: `ledger validate FILE... [--format text|json] [--today YYYY-MM-DD] [--departments LIST.txt]

Checks the ledgers against the policy's rules and lists the findings. Files are not changed.
  --format text|json   output format (default text); json prints one object on stdout
  --today DATE         the date that decides the fiscal year (default: today)
  --departments LIST   departments expected to submit (one per line, # starts a comment)
An unreadable file is reported as FILE_UNREADABLE; the other files are still checked.
A CSV is read as one sheet named after the file, every value as text (0001 stays 0001). The format read and a
CSV's encoding are shown on each file's line (in json: the file's format and encoding).
`,
  consolidate: `ledger consolidate FILE... --out SUMMARY.xlsx [--format text|json] [--today YYYY-MM-DD] [--departments LIST.txt]

Checks every ledger and writes the summary (counts per department × group–level, errors and warnings per
department, the asset list, the findings).
  --out FILE   where to write (required); never an input file; written to a temporary file, then renamed
  Other options as for validate.
`,
};

/** The help text for one command, or the overview. */
export function helpText(command: CommandName | null, locale: Locale): string {
  const texts = locale === 'ja' ? ja : en;
  return command === null ? texts.overview : texts[command];
}

/**
 * `ledger --help` without `--lang`: the chosen language first, then the other, so a clerk and a vendor's engineer
 * read the same screen. With `--lang`, only that language.
 */
export function helpTextFor(command: CommandName | null, locale: Locale, explicit: boolean): string {
  if (explicit) return helpText(command, locale);
  const other: Locale = locale === 'ja' ? 'en' : 'ja';
  return `${helpText(command, locale).trimEnd()}\n\n----\n\n${helpText(command, other)}`;
}
