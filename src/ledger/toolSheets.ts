/**
 * Sheets the add-in and the `ledger` command write: the summary, the printed forms, audit records, the change log
 * and the hidden registries. They are never ledgers, whoever reads the workbook (the add-in, the CLI, an import,
 * the preview): 集計_資産一覧 and 別記様式 have ledger-like headers and would otherwise be counted twice, and a
 * summary fed back into `ledger validate` would count every asset again.
 */
import { cellText } from './text';
import type { SheetInput } from './types';

/** Names of the sheets this tool owns (SPEC §4, §6). The add-in rebuilds or appends to them by these names. */
export const TOOL_SHEETS = {
  /** The matrix 課 × 群－レベル with totals and finding counts (SPEC §4). */
  summary: '集計',
  /** Every asset with a link back to its source cell. */
  assets: '集計_資産一覧',
  /** Every finding of the check the summary was made from. */
  findings: '集計_指摘事項',
  /** Per 課 of the expected-department list: submitted or not, from which file, its 更新日 (issue 12). */
  submission: '提出状況',
  /** Per 課: assets added, removed, reclassified, 内容 changed since last year, and the matrix's change. */
  comparison: '前年度比較',
  /** Every asset behind the counts of 前年度比較. */
  changes: '前年度比較_明細',
  /** The policy's form (別記様式), for printing. */
  forms: '別記様式',
  /** Every auto-fix applied (SPEC §6). */
  changeLog: '変更履歴',
  /** Hidden registries (hidden, not very hidden, so an auditor can unhide and read them). */
  reviews: '_確認済み',
  imports: '_取込記録',
} as const;

/** Prefix of the dated audit records (監査結果_YYYY-MM-DD_HHMM). */
export const AUDIT_PREFIX = '監査結果_';
/** Suffix of a sheet a rebuild writes before it is swapped in (SPEC §4: atomic rebuild). */
export const BUILDING_SUFFIX = '_作成中';

const NAMES: ReadonlySet<string> = new Set(Object.values(TOOL_SHEETS));

/**
 * Sheets of summaries the CLI wrote before the summary took the add-in's layout: known by name *and* header
 * row, since a department may well call its own ledger sheet 資産一覧.
 */
const LEGACY_SUMMARY_HEADERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['資産一覧', ['課', '番号', '情報資産名', '内容', '群', 'レベル', '出典']],
  ['指摘事項', ['重要度', 'コード', '課', 'ファイル', 'シート', 'セル', '内容']],
]);

/** The summary's lists, which go on over `name (2)`, `name (3)`… past Excel's last row. */
const CONTINUED: ReadonlySet<string> = new Set([TOOL_SHEETS.assets, TOOL_SHEETS.findings]);

/**
 * True for a sheet name this tool owns, including a rebuild's temporary sheet (e.g. 集計_作成中) and the
 * continuation sheets of the summary's lists (集計_資産一覧 (2)).
 */
export function isToolSheetName(name: string): boolean {
  if (typeof name !== 'string') return false;
  if (NAMES.has(name) || name.startsWith(AUDIT_PREFIX)) return true;
  const continued = / \((\d+)\)$/.exec(name);
  if (continued && CONTINUED.has(name.slice(0, continued.index))) return true;
  return name.endsWith(BUILDING_SUFFIX) && NAMES.has(name.slice(0, -BUILDING_SUFFIX.length));
}

/** The first row of a sheet as texts, when it starts at A1. */
function firstRow(sheet: SheetInput): string[] {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  if (origin.row !== 0 || origin.col !== 0) return [];
  const row = Array.isArray(sheet.rows) ? sheet.rows[0] : undefined;
  return Array.isArray(row) ? row.map((v) => cellText(v).trim()) : [];
}

/**
 * True for a sheet this tool wrote: by name (see TOOL_SHEETS), or an older CLI summary's sheet by its name and
 * header row. Never throws.
 */
export function isToolSheet(sheet: SheetInput): boolean {
  if (typeof sheet?.name !== 'string') return false;
  if (isToolSheetName(sheet.name)) return true;
  const legacy = LEGACY_SUMMARY_HEADERS.get(sheet.name);
  if (!legacy) return false;
  const row = firstRow(sheet);
  return legacy.every((label, i) => row[i] === label);
}
