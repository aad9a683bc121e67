/**
 * The number of assets per 群－レベル in a 監査結果 record (issue 12, 第9: an audit compares against the last record),
 * written beside the counts and read back from the previous record so the pane can show what changed.
 *
 * The block is found by its labels, not by its position, so a record stays readable when the layout above it grows
 * or a user inserts a row: a header row `群－レベル | 資産数`, then one row per category (`A群－レベル1` … `未分類`),
 * ended by `計` (or a blank row). Labels and categories are compared ignoring width, case and spaces, and a
 * category is mapped back to the pack's spelling; one the pack does not know is kept as written (another pack, an
 * older layout), and matrixDifference counts a key missing on one side as 0. Values may be numbers or numeric text
 * (a record pasted as values). A record from before this block has none: the reader says so (null), it never guesses.
 */
import { matrixCategories } from '../ledger/matrix';
import type { ClassMatrix } from '../ledger/matrix';
import { labelKey } from '../ledger/header';
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import { AUDIT_PREFIX } from './toolSheets';
import type { OutCell } from './writing';

/** The block's header: the labels it is found by. */
export const MATRIX_HEADER = ['群－レベル', '資産数'] as const;
const TOTAL = '計';
const RAN_AT = '実行日時';

/** Where a record's head is read back (the block sits in the first twenty rows; room for rows a user inserts). */
export const RECORD_HEAD = 'A1:B60';

/** The block's rows: header, one row per category in the matrix's order, then 計. */
export function matrixRows(matrix: Readonly<ClassMatrix>): OutCell[][] {
  const entries = Object.entries(matrix);
  return [[...MATRIX_HEADER], ...entries.map(([k, v]): OutCell[] => [k, v]), [TOTAL, entries.reduce((s, [, v]) => s + v, 0)]];
}

/** What an earlier record says. */
export interface RecordedAudit {
  /** 実行日時 as written, or null when absent. */
  readonly ranAt: string | null;
  /** Assets per category, or null when the record has no such block (written before it existed, or damaged). */
  readonly matrix: ClassMatrix | null;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function count(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = text(v).normalize('NFKC').replace(/[,\s]/g, '');
  return /^-?\d+$/.test(t) ? Number(t) : null;
}

/** Read a record's run time and matrix from its head (rows of values, as loaded from RECORD_HEAD). Never throws. */
export function readRecordedAudit(rows: readonly (readonly unknown[])[], policy: PolicyPack = hanamaki): RecordedAudit {
  const list = Array.isArray(rows) ? rows.filter(Array.isArray) : [];
  const ranAtRow = list.find((r) => labelKey(text(r[0])) === labelKey(RAN_AT));
  const ranAt = ranAtRow && text(ranAtRow[1]) !== '' ? text(ranAtRow[1]) : null;
  const start = list.findIndex((r) => labelKey(text(r[0])) === labelKey(MATRIX_HEADER[0]) && labelKey(text(r[1])) === labelKey(MATRIX_HEADER[1]));
  if (start < 0) return { ranAt, matrix: null };
  const known = new Map(matrixCategories(policy).map((c) => [labelKey(c), c]));
  const matrix: ClassMatrix = {};
  for (const row of list.slice(start + 1)) {
    const label = text(row[0]);
    if (label === '' || labelKey(label) === labelKey(TOTAL)) break;
    const n = count(row[1]);
    if (n === null) continue;
    const key = known.get(labelKey(label)) ?? label;
    matrix[key] = (matrix[key] ?? 0) + n;
  }
  return { ranAt, matrix: Object.keys(matrix).length > 0 ? matrix : null };
}

/** `監査結果_2026-11-25_1530(2)` → its stamp and suffix, for ordering; null for another name. */
function stampOf(name: string): { stamp: string; n: number } | null {
  if (!name.startsWith(AUDIT_PREFIX)) return null;
  const m = /^(\d{4}-\d{2}-\d{2}_\d{4})(?:\s*\((\d+)\))?$/.exec(name.slice(AUDIT_PREFIX.length));
  return m?.[1] ? { stamp: m[1], n: Number(m[2] ?? 1) } : { stamp: '', n: 0 };
}

/**
 * The latest 監査結果 record among the sheet names: by the time stamp its name carries (and its `(2)` suffix), the
 * later tab breaking a tie — so a record a user moved is still found. A renamed record is no record. Null for none.
 */
export function latestRecord(sheetNames: readonly string[]): string | null {
  let best: { name: string; stamp: string; n: number } | null = null;
  for (const name of sheetNames) {
    const s = stampOf(name);
    if (s === null) continue;
    if (best === null || s.stamp > best.stamp || (s.stamp === best.stamp && s.n >= best.n)) best = { name, ...s };
  }
  return best?.name ?? null;
}
