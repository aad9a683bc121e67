import type { CellValue } from '../ledger/types';

/**
 * Helpers on a sheet's rows (`CellValue[][]` from A1) shared by the exceljs reader (read.ts) and the
 * direct reader (direct/), so both find and clear the tag cell the same way.
 */

/** One shared, frozen empty row for gaps, so a lone cell far down costs a pointer per row, not an array. */
export const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/** 0-based row and column of a plain A1 address. */
export function position(a1: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The value at a plain A1 address (null outside the rows). */
export function cellAt(rows: readonly (readonly CellValue[])[], a1: string): CellValue {
  const p = position(a1);
  return p ? (rows[p.row]?.[p.col] ?? null) : null;
}

/** Empty the cell at a plain A1 address (the tag cell), trimming the trailing empties of its row. */
export function clearCell(rows: CellValue[][], a1: string): void {
  const p = position(a1);
  if (!p) return;
  const row = rows[p.row];
  if (!row || p.col >= row.length) return;
  row[p.col] = null;
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
}
