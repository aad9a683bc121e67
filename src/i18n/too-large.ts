/**
 * FILE_UNREADABLE with reason `too-large`: which cap of src/xlsx/limits.ts the file passed, with the numbers,
 * in each locale. The file may be a real workbook far larger than any ledger, or built to exhaust the reader
 * (a zip bomb); the message says both, and what to do.
 */
import type { LimitName } from '../xlsx/limits';
import type { IssueParams, Locale } from './types';
import { str } from './types';

const LOCALE_TAG: Record<Locale, string> = { ja: 'ja-JP', en: 'en-US' };

function num(p: IssueParams, key: string, locale: Locale): string | null {
  const v = p[key];
  return typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString(LOCALE_TAG[locale]) : null;
}

/** Bytes in MB, one decimal — or as many as it takes (up to six) not to read the same as `unlike` (the cap). */
function megabytes(p: IssueParams, key: string, locale: Locale, unlike: string | null = null): string | null {
  const v = p[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  let text = '';
  for (let digits = 1; digits <= 6; digits++) {
    text = `${(v / 1_000_000).toLocaleString(LOCALE_TAG[locale], { maximumFractionDigits: digits })} MB`;
    if (text !== unlike) break;
  }
  return text;
}

type Phrase = (max: string, actual: string | null, part: string) => string;

const JA: Record<LimitName, Phrase> = {
  inputBytes: (max, actual) => `ファイルの大きさ${actual ? ` ${actual} ` : ''}が上限の ${max} を超えています`,
  entries: (max, actual) => `zip の中の項目数${actual ? ` ${actual} ` : ''}が上限の ${max} を超えています`,
  partBytes: (max, actual, part) => `${part ? `${part} ` : '中の部品'}を展開すると${actual ? ` ${actual} になり、` : ''}1 つの部品の上限 ${max} を超えます`,
  totalBytes: (max) => `展開した合計が 1 ファイルの上限 ${max} を超えます`,
  cells: (max) => `値のあるセルが上限の ${max} 個を超えています`,
  rows: (max) => `値のある行が上限の ${max} 行を超えています`,
  textChars: (max) => `長い文字列を多数のセルで繰り返すなどして、セルの文字数の合計が上限の ${max} 文字を超えています`,
  sharedStrings: (max) => `共有文字列が上限の ${max} 個を超えています`,
  merges: (max) => `結合セルの範囲が上限の ${max} 個を超えています`,
  mergeRows: (max) => `結合セルが値のある行にまたがる行数の合計が上限の ${max} 行を超えています`,
  depth: (max, _a, part) => `${part ? `${part} の ` : ''}XML の入れ子が上限の ${max} 段を超えています`,
  fallbackEntries: (max, actual) => `ブック全体を読み込む方法（プレビュー）で扱える zip の項目数（${max}）を${actual ? ` ${actual} 個で` : ''}超えています`,
  fallbackBytes: (max) => `このブックは互換の読み取り方法でしか読めず、その方法で扱える大きさ（展開後 ${max}）を超えています`,
  fallbackCells: (max) => `このブックは互換の読み取り方法でしか読めず、その方法で扱えるセル数（${max} 個）を超えています`,
  fallbackMerges: (max) => `このブックは互換の読み取り方法でしか読めず、その方法で扱える結合セルの範囲の数（${max} 個）を超えています`,
  fallbackMergedCells: (max) => `このブックは互換の読み取り方法でしか読めず、その方法で扱える結合セルの広さ（合計 ${max} セル）を超えています`,
};

const EN: Record<LimitName, Phrase> = {
  inputBytes: (max, actual) => `the file${actual ? ` (${actual})` : ''} is larger than the limit of ${max}`,
  entries: (max, actual) => `the zip holds more entries${actual ? ` (${actual})` : ''} than the limit of ${max}`,
  partBytes: (max, actual, part) => `${part || 'a part'} inflates to more than the limit of ${max} for one part${actual ? ` (${actual})` : ''}`,
  totalBytes: (max) => `its parts inflate to more than the limit of ${max} for one file`,
  cells: (max) => `it holds more than ${max} cells with values`,
  rows: (max) => `it holds more than ${max} rows with values`,
  textChars: (max) => `its cells hold more than ${max} characters in all, a long text repeated in many cells perhaps`,
  sharedStrings: (max) => `it holds more than ${max} shared strings`,
  merges: (max) => `it holds more than ${max} merged ranges`,
  mergeRows: (max) => `its merged ranges span more than ${max} rows with values in all`,
  depth: (max, _a, part) => `the XML${part ? ` of ${part}` : ''} is nested deeper than ${max} levels`,
  fallbackEntries: (max, actual) => `it holds more zip entries${actual ? ` (${actual})` : ''} than loading a whole workbook (the preview) handles (${max})`,
  fallbackBytes: (max) => `only the compatible reading method can read this workbook, and it is larger than that method handles (${max} inflated)`,
  fallbackCells: (max) => `only the compatible reading method can read this workbook, and it holds more cells than that method handles (${max})`,
  fallbackMerges: (max) => `only the compatible reading method can read this workbook, and it holds more merged ranges than that method handles (${max})`,
  fallbackMergedCells: (max) => `only the compatible reading method can read this workbook, and its merged ranges cover more cells than that method handles (${max})`,
};

const BYTE_LIMITS: ReadonlySet<string> = new Set(['inputBytes', 'partBytes', 'totalBytes', 'fallbackBytes']);

/** The sentence for a `too-large` FILE_UNREADABLE (params: limit, max, actual, part). */
export function tooLargeText(p: IssueParams, locale: Locale): string {
  const limit = str(p, 'limit');
  const phrases = locale === 'ja' ? JA : EN;
  const phrase = (phrases as Record<string, Phrase | undefined>)[limit];
  const bytes = BYTE_LIMITS.has(limit);
  const max = bytes ? megabytes(p, 'max', locale) : num(p, 'max', locale);
  const actual = bytes ? megabytes(p, 'actual', locale, max) : num(p, 'actual', locale);
  const detail = phrase && max !== null ? phrase(max, actual, str(p, 'part')) : null;
  if (locale === 'ja') {
    return `ファイルが大きすぎるか、壊れている可能性があります${detail ? `（${detail}）` : ''}。台帳としては大きすぎるため読み込みませんでした。Excel で開いて内容を確かめ、台帳のシートだけを新しいブックにコピーして保存し直してください。`;
  }
  return `The file is too large, or may be damaged${detail ? ` (${detail})` : ''}. It is far larger than a ledger, so it was not read. Open it in Excel, check it, and copy the ledger sheet alone into a new workbook.`;
}
