import type { Locale } from '../i18n';
import type { TextEncoding } from '../xlsx/csv/encoding';
import type { SpreadsheetFormat } from '../xlsx/spreadsheet';
import type { UsageProblem } from './args';

/** The CLI's own strings (issue messages come from src/i18n). Both catalogues have the same keys (tested). */
export interface CliMessages {
  usageProblem(p: UsageProblem): string;
  seeHelp(command: string | null): string;
  badLang(value: string): string;
  badToday(value: string): string;
  badFormat(value: string): string;
  departmentsUnreadable(path: string, reason: string): string;
  outIsInput(out: string, input: string): string;
  outExists(out: string): string;
  writeFailed(out: string, reason: string): string;
  sheetTooLarge(out: string, sheet: string, rows: number, columns: number): string;
  templateWritten(out: string, sheet: string): string;
  summaryWritten(out: string): string;
  sameFile(path: string, first: string): string;
  staleTempRemoved(path: string): string;
  counts(error: number, warning: number, info: number): string;
  noIssues: string;
  /** `readAs`: how a file that is not .xlsx was read (null for .xlsx and unreadable files). */
  fileHeader(path: string, ledgers: number, readAs: string | null): string;
  readAs(format: SpreadsheetFormat | null, encoding: TextEncoding | null): string | null;
  ledgerLine(sheet: string, department: string | null, layout: string, assets: number): string;
  severity: Record<'error' | 'warning' | 'info', string>;
}

const ja: CliMessages = {
  usageProblem(p) {
    switch (p.kind) {
      case 'noCommand':
        return 'コマンドを指定してください（template, validate, consolidate）。';
      case 'unknownCommand':
        return `不明なコマンドです: ${p.command}`;
      case 'unknownOption':
        return `${p.command}: 不明なオプションです: ${p.option}`;
      case 'missingValue':
        return `${p.command}: ${p.option} には値が必要です。`;
      case 'unexpectedValue':
        return `${p.command}: ${p.option} は値を取りません。`;
      case 'missingOption':
        return `${p.command}: ${p.option} を指定してください。`;
      case 'badValue':
        return `${p.command}: ${p.option} の値が正しくありません: ${p.value}`;
      case 'noFiles':
        return `${p.command}: 対象のファイル（.xlsx, .xlsm, .ods, .csv）を指定してください。`;
      case 'unexpectedArgument':
        return `${p.command}: 余分な引数です: ${p.value}`;
      case 'conflictingOptions':
        return `${p.command}: ${p.option} と ${p.other} は一緒に使えません。`;
      case 'requiresOption':
        return `${p.command}: ${p.option} は ${p.needs} と一緒に使います。`;
    }
  },
  seeHelp: (c) => `使い方は「ledger help${c ? ` ${c}` : ''}」で確認できます。`,
  badLang: (v) => `--lang は ja か en です: ${v}`,
  badToday: (v) => `--today は実在する日付を YYYY-MM-DD で指定してください: ${v}`,
  badFormat: (v) => `--format は text か json です: ${v}`,
  departmentsUnreadable: (p, r) => `課の一覧ファイルを読めません: ${p}（${r}）`,
  outIsInput: (o, i) => `出力先 ${o} は入力ファイル ${i} と同じです。入力は上書きしません。別の出力先を指定してください。`,
  outExists: (o) => `${o} は既に存在します。上書きする場合は --force を付けてください。`,
  writeFailed: (o, r) => `${o} を書き出せませんでした（${r}）。出力先のフォルダと権限を確認してください。`,
  sheetTooLarge: (o, s, r, c) =>
    `${o} を書き出しませんでした。シート「${s}」が ${r.toLocaleString('ja-JP')} 行${c > 0 ? ` × ${c.toLocaleString('ja-JP')} 列` : ''}になり、Excel の上限（1,048,576 行 × 16,384 列）を超えます。入力ファイルを分けて集計してください。`,
  templateWritten: (o, s) => `台帳のひな形を書き出しました: ${o}（シート「${s}」）`,
  summaryWritten: (o) => `集計を書き出しました: ${o}`,
  sameFile: (p, f) => `${p} は ${f} と同じファイルです。1 回だけ読みます。`,
  staleTempRemoved: (p) => `中断された書き出しが残した一時ファイルを削除しました: ${p}`,
  counts: (e, w, i) => `エラー ${e} 件、警告 ${w} 件、情報 ${i} 件`,
  noIssues: '指摘事項はありません。',
  fileHeader: (p, n, r) => `${p}: 台帳 ${n} 件${r ? `（${r}）` : ''}`,
  readAs: (f, e) =>
    f === 'csv' ? `CSV、文字コード ${e ?? '不明'} として読み込み` : f === 'ods' || f === 'fods' ? `OpenDocument 表計算 .${f} として読み込み` : null,
  ledgerLine: (s, d, l, a) => `  シート「${s}」 課: ${d ?? '（不明）'} 形式: ${l === 'form' ? '別記様式' : 'ひな形'} 資産 ${a} 件`,
  severity: { error: 'エラー', warning: '警告', info: '情報' },
};

/** `1 warning`, `0 warnings`: English counts with the word that fits them. */
const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const en: CliMessages = {
  usageProblem(p) {
    switch (p.kind) {
      case 'noCommand':
        return 'Give a command (template, validate, consolidate).';
      case 'unknownCommand':
        return `Unknown command: ${p.command}`;
      case 'unknownOption':
        return `${p.command}: unknown option: ${p.option}`;
      case 'missingValue':
        return `${p.command}: ${p.option} needs a value.`;
      case 'unexpectedValue':
        return `${p.command}: ${p.option} takes no value.`;
      case 'missingOption':
        return `${p.command}: ${p.option} is required.`;
      case 'badValue':
        return `${p.command}: invalid value for ${p.option}: ${p.value}`;
      case 'noFiles':
        return `${p.command}: give the files to process (.xlsx, .xlsm, .ods, .csv).`;
      case 'unexpectedArgument':
        return `${p.command}: unexpected argument: ${p.value}`;
      case 'conflictingOptions':
        return `${p.command}: ${p.option} and ${p.other} cannot be used together.`;
      case 'requiresOption':
        return `${p.command}: ${p.option} needs ${p.needs}.`;
    }
  },
  seeHelp: (c) => `See "ledger help${c ? ` ${c}` : ''}".`,
  badLang: (v) => `--lang is ja or en: ${v}`,
  badToday: (v) => `--today must be a real date as YYYY-MM-DD: ${v}`,
  badFormat: (v) => `--format is text or json: ${v}`,
  departmentsUnreadable: (p, r) => `Cannot read the department list: ${p} (${r})`,
  outIsInput: (o, i) => `The output ${o} is the input file ${i}. Inputs are never overwritten; choose another output.`,
  outExists: (o) => `${o} already exists. Add --force to overwrite it.`,
  writeFailed: (o, r) => `Could not write ${o} (${r}). Check the output folder and its permissions.`,
  sheetTooLarge: (o, s, r, c) =>
    `Did not write ${o}: sheet "${s}" would have ${r.toLocaleString('en-US')} rows${c > 0 ? ` × ${c.toLocaleString('en-US')} columns` : ''}, past Excel's limit of 1,048,576 rows by 16,384 columns. Consolidate the files in smaller groups.`,
  templateWritten: (o, s) => `Wrote the ledger template: ${o} (sheet "${s}")`,
  summaryWritten: (o) => `Wrote the summary: ${o}`,
  sameFile: (p, f) => `${p} is the same file as ${f}; it is read once.`,
  staleTempRemoved: (p) => `Removed a temporary file left by an interrupted write: ${p}`,
  counts: (e, w, i) => `${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}, ${plural(i, 'note', 'notes')}`,
  noIssues: 'No findings.',
  fileHeader: (p, n, r) => `${p}: ${plural(n, 'ledger', 'ledgers')}${r ? ` (${r})` : ''}`,
  readAs: (f, e) => (f === 'csv' ? `read as CSV in ${e ?? 'an unknown encoding'}` : f === 'ods' || f === 'fods' ? `read as OpenDocument spreadsheet .${f}` : null),
  ledgerLine: (s, d, l, a) => `  sheet "${s}" department: ${d ?? '(unknown)'} layout: ${l} assets: ${a}`,
  severity: { error: 'error', warning: 'warning', info: 'info' },
};

export const CLI_MESSAGES: Record<Locale, CliMessages> = { ja, en };
