import type { Locale } from '../i18n';
import type { CommandName } from './args';

type HelpTexts = { overview: string } & Record<CommandName, string>;

const ja: HelpTexts = {
  overview: `ledger — 情報資産台帳（花巻市情報セキュリティ基本方針）のコマンドライン

使い方:
  ledger template --department 課名 [--extended] --out ファイル.xlsx [--force]
  ledger template --departments 課一覧.txt --out-dir フォルダー [--from ファイル.xlsx...] [--extended] [--force]
  ledger validate ファイル... [--format text|json] [--today YYYY-MM-DD] [--departments 一覧.txt]
  ledger consolidate ファイル... --out 集計.xlsx [--format text|json] [--today YYYY-MM-DD] [--departments 一覧.txt]
                     [--previous 前年度の集計.xlsx]
  ledger help コマンド

読み込む形式: Excel ブック（.xlsx, .xlsm）、OpenDocument 表計算（.ods）、CSV（UTF-8 か Shift_JIS）。
古い .xls、.xlsb、パスワード付きのファイルは読めない理由と変換のしかたを FILE_UNREADABLE で示します。

共通オプション:
  --lang ja|en   表示言語（既定: 日本語。環境変数 LANG 等が日本語以外を示すときは英語）
  --help, -h     この説明を表示

終了コード: 0 エラーなし（警告は可）、1 エラーあり、2 使い方の誤り
`,
  template: `ledger template --department 課名 [--extended] --out ファイル.xlsx [--force] [--today YYYY-MM-DD]
ledger template --departments 課一覧.txt --out-dir フォルダー [--from ファイル.xlsx...] [--extended] [--force] [--today YYYY-MM-DD]

入力規則（ドロップダウン）付きの台帳ひな形を .xlsx で書き出します。アドインなしで記入できます。
  --department 課名       台帳の課（1 課だけ書き出すとき）
  --out ファイル           その出力先。既にあるファイルは --force なしでは上書きしません
  --departments 一覧       一覧の課ごとに 1 つずつ書き出す（年度初めの配布）。一覧は 1 行に 1 課、
                          # で始まる行は注釈。UTF-8（BOM の有無を問わず）、Shift_JIS、UTF-16 を読みます
  --out-dir フォルダー     配布の出力先（なければ作ります）。ファイル名は「台帳_課名.xlsx」
                          （ファイル名に使えない文字は全角に置き換えます）
  --from ファイル...       前年度の集計（このツールで作ったもの）か、前年度の各課の台帳ファイル。
                          各課の資産（番号・情報資産名・内容・群・レベル・拡張列）を新しい台帳に引き継ぎます。
                          --from の後に並べたファイルもすべて読みます。同じ課が複数のファイルにあるときは
                          先に指定したファイルから引き継ぎます。読めないファイルがあっても他の課は書き出します
  --extended              管理責任者・媒体・保管場所・個人情報・保存期間の列を加える
                          （--from の元にこれらの列があればその課は自動で加えます）
  --force                 既にあるファイルも上書きする
  --today 日付             更新日に入れる日付（既定: 今日）
配布では、読んだファイルと課ごとの結果を 1 行ずつ表示します。終了コード: 0 すべての課のファイルがある
（既にあったものを含む）、1 読めない --from のファイルや書き出せなかった課がある、2 使い方の誤り。
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
  --departments 一覧    提出されるべき課の一覧。集計にシート「提出状況」（課ごとの提出済み・未提出、ファイル、
                       更新日、今年度か）を加えます
  --previous ファイル   前年度の集計（このツールで作ったもの）か前年度の各課の台帳と比べ、課ごとの追加・削除・
                       分類変更（群・レベル）・内容変更と、群－レベル別の増減を集計のシート「前年度比較」と
                       「前年度比較_明細」に書き、表示します（json では changes）。
                       ファイルごとに --previous を付けます。使えないファイルがあれば何もせずに終了します（終了コード 2）
  ほかのオプションは validate と同じです。
`,
};

const en: HelpTexts = {
  overview: `ledger — information-asset ledgers (Hanamaki City information security basic policy)

Usage:
  ledger template --department NAME [--extended] --out FILE.xlsx [--force]
  ledger template --departments LIST.txt --out-dir FOLDER [--from FILE.xlsx...] [--extended] [--force]
  ledger validate FILE... [--format text|json] [--today YYYY-MM-DD] [--departments LIST.txt]
  ledger consolidate FILE... --out SUMMARY.xlsx [--format text|json] [--today YYYY-MM-DD] [--departments LIST.txt]
                     [--previous LAST-YEAR.xlsx]
  ledger help COMMAND

Formats read: Excel workbooks (.xlsx, .xlsm), OpenDocument spreadsheets (.ods), CSV (UTF-8 or Shift_JIS).
Old .xls, .xlsb and password-protected files get FILE_UNREADABLE saying why and how to convert them.

Common options:
  --lang ja|en   output language (default Japanese; English when LC_ALL/LC_MESSAGES/LANG names another language)
  --help, -h     show this help

Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 wrong usage
`,
  template: `ledger template --department NAME [--extended] --out FILE.xlsx [--force] [--today YYYY-MM-DD]
ledger template --departments LIST.txt --out-dir FOLDER [--from FILE.xlsx...] [--extended] [--force] [--today YYYY-MM-DD]

Writes a ledger template (.xlsx) with working dropdowns; no add-in is needed to fill it.
  --department NAME      the department, to write one template
  --out FILE             where to write it; an existing file is kept unless --force is given
  --departments LIST     one template per department of the list (the yearly hand-out): one department per
                         line, # starts a comment; UTF-8 (with or without BOM), Shift_JIS or UTF-16
  --out-dir FOLDER       where the hand-out goes (created if missing); files are named 台帳_NAME.xlsx
                         (characters not allowed in file names become their full-width forms)
  --from FILE...         last year's summary (written by this tool) or last year's department ledgers: each
                         department's assets (番号, 情報資産名, 内容, 群, レベル, extended columns) are carried
                         into its new ledger. Files listed after --from are read too; a department found in
                         several files is taken from the first. An unreadable file does not stop the others
  --extended             add the columns 管理責任者, 媒体・保管場所, 個人情報, 保存期間
                         (automatic for a department whose --from source has them)
  --force                overwrite existing files
  --today DATE           the date put in 更新日 (default: today)
The hand-out prints one line per file read and per department. Exit status: 0 every department has its file
(including ones that existed), 1 a --from file could not be used or a file could not be written, 2 wrong usage.
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
  --departments LIST   departments expected to submit; the summary gets a sheet 提出状況 (per department:
               submitted or not, its file, 更新日, whether that is in the current fiscal year)
  --previous FILE   compare with last year's summary (written by this tool) or last year's department ledgers:
               per department the assets added, removed, reclassified (群 or レベル) or with new content, and the
               change per group–level, written to the sheets 前年度比較 and 前年度比較_明細 and reported (in JSON:
               changes). One --previous per file. A file that cannot be used stops the run before any work (exit 2)
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
