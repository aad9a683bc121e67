import type ExcelJS from 'exceljs';
import type { CellValue } from '../ledger/types';
import { toCellValue } from './cells';

/**
 * Rows straight from exceljs' parsed worksheet model, without building its Worksheet/Row/Cell objects.
 *
 * Why: after parsing, exceljs turns every cell model into a Cell object (a third of `load`'s time on a
 * 500-row ledger), and `readRows` then walks those objects only to read each value back. For the sheets
 * where the two are provably the same — no merges, every cell addressed, rows and cells in ascending
 * order, only the value types listed below — we read the model instead. Any other sheet keeps exceljs'
 * own path, so behaviour is unchanged (exceljs still builds each worksheet, just with its rows taken out).
 */

/** The parts of exceljs' (internal) cell and row models read here. */
interface CellModel {
  address?: unknown;
  type?: unknown;
  value?: unknown;
  text?: unknown;
  hyperlink?: unknown;
  formula?: unknown;
  result?: unknown;
  ref?: unknown;
  shareType?: unknown;
  sharedFormula?: unknown;
}
interface RowModel {
  number?: unknown;
  cells?: unknown;
}
/** A worksheet model as exceljs' `reconcile` leaves it. */
export interface SheetModel {
  rows?: unknown;
  mergeCells?: unknown;
}

/**
 * exceljs' `ValueType` (lib/doc/enums.js), as numbers: a type-only import keeps exceljs unloaded until a file
 * needs it (the direct reader takes most files; loading exceljs is a third of a second). A test keeps them equal.
 */
export const VALUE_TYPE = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 } as const;
const T = VALUE_TYPE;
/** Value types whose `cell.value` is exactly `model.value` (exceljs' Value classes). */
const PLAIN = new Set<unknown>([T.Number, T.String, T.Date, T.RichText, T.Boolean, T.Error, T.SharedString]);

/** One shared, frozen empty row for gaps (as in read.ts). */
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/** `cell.value` as exceljs' Value class would return it from this model; undefined: not a type handled here. */
function modelValue(m: CellModel): ExcelJS.CellValue | undefined {
  if (m.type === T.Null) return null;
  if (PLAIN.has(m.type)) return m.value as ExcelJS.CellValue;
  if (m.type === T.Hyperlink) return { text: m.text, hyperlink: m.hyperlink } as ExcelJS.CellValue;
  if (m.type === T.Formula) {
    // FormulaValue's getter copies only the truthy fields (so a cached result of 0 reads as no result).
    const copy: Record<string, unknown> = {};
    for (const k of ['formula', 'result', 'ref', 'shareType', 'sharedFormula'] as const) if (m[k]) copy[k] = m[k];
    return copy as unknown as ExcelJS.CellValue;
  }
  return undefined;
}

/** 1-based column of a plain `A1` address; 0 when it is anything else. */
function columnOf(address: unknown): number {
  if (typeof address !== 'string') return 0;
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i === address.length) return 0;
  for (let j = i; j < address.length; j++) {
    const c = address.charCodeAt(j);
    if (c < 48 || c > 57) return 0;
  }
  return col;
}

/**
 * The sheet's values as rows from A1, exactly as `readRows` would read them from the worksheet exceljs builds
 * from `model` — or null when the sheet is outside the cases handled here.
 */
export function plainRows(model: SheetModel): CellValue[][] | null {
  if (Array.isArray(model.mergeCells) && model.mergeCells.length > 0) return null;
  if (!Array.isArray(model.rows)) return null;
  const rows: CellValue[][] = [];
  let lastRow = 0;
  for (const r of model.rows as (RowModel | null | undefined)[]) {
    if (!r) continue;
    const n = r.number;
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= lastRow || !Array.isArray(r.cells)) return null;
    lastRow = n;
    const cells: CellValue[] = [];
    let lastCol = 0;
    for (const m of r.cells as CellModel[]) {
      const col = columnOf(m.address);
      if (col <= lastCol) return null;
      lastCol = col;
      const raw = modelValue(m);
      if (raw === undefined) return null;
      const v = toCellValue(raw);
      if (v === null || v === '') continue;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = v;
    }
    if (cells.length === 0) continue;
    while (rows.length < n - 1) rows.push(EMPTY_ROW);
    rows[n - 1] = cells;
  }
  return rows;
}
