/**
 * Header-row detection (SPEC §1.2): the first row among the sheet's first 30 that holds at least the 番号,
 * 情報資産名 and 内容 labels, each label in any of the pack's variants, ignoring width, case and spaces.
 */
import type { PolicyPack } from '../policy/types';
import type { Grid } from './grid';
import { cellText, isBlank, squash } from './text';
import type { ColumnKey } from './types';

/** Rows (absolute, 0-based) searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderMatch {
  /** Absolute 0-based row of the header. */
  readonly row: number;
  readonly columns: Partial<Record<ColumnKey, number>>;
  /** Absolute column span of the table (recognised columns and any other labelled column right of them). */
  readonly left: number;
  readonly right: number;
  /** Header text of every labelled column in the span, for messages about unknown columns. */
  readonly labels: ReadonlyMap<number, string>;
}

const labelCache = new WeakMap<PolicyPack, ReadonlyMap<string, ColumnKey>>();

/** Header label → column key, compared ignoring width, case and spaces. */
export function labelKey(text: string): string {
  return squash(text).toLowerCase();
}

function labelMap(policy: PolicyPack): ReadonlyMap<string, ColumnKey> {
  let map = labelCache.get(policy);
  if (!map) {
    const m = new Map<string, ColumnKey>();
    for (const c of policy.columns) for (const l of [c.header, ...c.labels]) if (!m.has(labelKey(l))) m.set(labelKey(l), c.key);
    map = m;
    labelCache.set(policy, map);
  }
  return map;
}

/** The column key a header text names, if any. */
export function columnForLabel(text: string, policy: PolicyPack): ColumnKey | undefined {
  return labelMap(policy).get(labelKey(text));
}

/** Find the header row, or null when the sheet has none in its first 30 rows. */
export function findHeader(grid: Grid, policy: PolicyPack): HeaderMatch | null {
  const last = Math.min(HEADER_SEARCH_ROWS - 1, grid.lastRow);
  for (let row = grid.top; row <= last; row++) {
    const found = matchRow(grid, row, policy);
    if (found) return found;
  }
  return null;
}

function matchRow(grid: Grid, row: number, policy: PolicyPack): HeaderMatch | null {
  const end = grid.rowEnd(row);
  const columns: Partial<Record<ColumnKey, number>> = {};
  const labels = new Map<number, string>();
  for (let col = grid.left; col <= end; col++) {
    const v = grid.get(row, col);
    if (isBlank(v)) continue;
    const text = cellText(v);
    if (text.length > 200) continue; // a long text is never a header label
    labels.set(col, text.trim());
    const key = columnForLabel(text, policy);
    if (key !== undefined && columns[key] === undefined) columns[key] = col;
  }
  if (columns.number === undefined || columns.name === undefined || columns.content === undefined) return null;
  const left = Math.min(...Object.values(columns));
  let right = left;
  for (const col of labels.keys()) if (col > right) right = col;
  for (const col of labels.keys()) if (col < left) labels.delete(col);
  return { row, columns, left, right, labels };
}
