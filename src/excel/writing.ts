/**
 * Writing plain data into sheets the add-in owns, safely: text that Excel would turn into something else
 * (a formula for `=…`, `+…`, `-…`, `@…`; a number for `0012`; a date for `4/1`) is written into a cell
 * formatted as text ('@') first, so it lands exactly as the source had it (SPEC §4).
 */
import { boxAddress } from './address';
import { cellBytes } from './cellValues';
import { SLICE_BYTES, sliceRows } from './sizing';
import type { Sized } from './sizing';

/** A cell the add-in writes: a plain value, or a formula it built itself (never user text). */
export type OutCell = string | number | boolean | null | { readonly formula: string } | { readonly date: number };

/**
 * A sheet resolved when the write is queued, not before: a sheet added earlier in the same batch is then
 * already in the queue ahead of the writes to it.
 */
export type SheetRef = () => Excel.Worksheet;

/** A SheetRef for a sheet by name, looked up once. */
export function sheetByName(context: Excel.RequestContext, name: string): SheetRef {
  let ws: Excel.Worksheet | null = null;
  return () => (ws ??= context.workbook.worksheets.getItem(name));
}

/** One queued write with its payload estimate. */
export interface WriteOp extends Sized {
  readonly queue: () => void;
}

const FORMULA_START = /^[=+\-@]/;
const COERCIBLE = /^\s*([-+]?[\d.,]+%?|\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?|true|false|\d{1,2}:\d{2}(:\d{2})?)\s*$/i;

/** True when assigning this string to `values` would not store the same text. */
export function needsTextFormat(text: string): boolean {
  return FORMULA_START.test(text) || COERCIBLE.test(text);
}

function isFormula(c: OutCell): c is { readonly formula: string } {
  return typeof c === 'object' && c !== null && 'formula' in c;
}
function isDate(c: OutCell): c is { readonly date: number } {
  return typeof c === 'object' && c !== null && 'date' in c;
}

/**
 * Writes for a block of rows starting at 0-based (top, left): values in row slices under the size limit,
 * then per-cell formats for guarded text and dates, and formulas. Returned as ops for `groupBySize`.
 */
export function blockWrites(sheetOf: SheetRef, top: number, left: number, rows: readonly (readonly OutCell[])[]): WriteOp[] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width === 0 || rows.length === 0) return [];
  const ops: WriteOp[] = [];
  // Columns right of the last plain value (e.g. a link column) go only as formulas, not also as ''.
  const valueWidth = rows.reduce((w, r) => {
    for (let c = r.length - 1; c >= w; c--) {
      const v = r[c] ?? null;
      if (v !== null && !isFormula(v)) return c + 1;
    }
    return w;
  }, 0);
  const plain = rows.map((r) => {
    const out: (string | number | boolean)[] = [];
    for (let c = 0; c < valueWidth; c++) {
      const v = r[c] ?? null;
      if (v === null || isFormula(v)) out.push('');
      else if (isDate(v)) out.push(v.date);
      else out.push(v);
    }
    return out;
  });
  // Formats go first: a text format must be in place before the text arrives.
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      const format = typeof v === 'string' && needsTextFormat(v) ? '@' : v !== null && isDate(v) ? 'yyyy/m/d' : null;
      if (format === null) return;
      const address = boxAddress(top + ri, left + ci, top + ri, left + ci);
      ops.push({ bytes: address.length + 12, queue: () => void (sheetOf().getRange(address).numberFormat = [[format]]) });
    });
  });
  // Small slices, so groupBySize can fill every batch close to the limit.
  for (const slice of valueWidth === 0 ? [] : sliceRows(plain, SLICE_BYTES)) {
    const address = boxAddress(top + slice.start, left, top + slice.start + slice.rows.length - 1, left + valueWidth - 1);
    const values = slice.rows as (string | number | boolean)[][];
    ops.push({ bytes: slice.bytes + address.length, queue: () => void (sheetOf().getRange(address).values = values) });
  }
  // Formulas in runs down a column, one write per run (a link column is one write, not one per row).
  for (let c = 0; c < width; c++) {
    let run: { start: number; formulas: string[][]; bytes: number } | null = null;
    const flush = () => {
      if (!run) return;
      const address = boxAddress(top + run.start, left + c, top + run.start + run.formulas.length - 1, left + c);
      const formulas = run.formulas;
      const bytes = run.bytes + address.length;
      ops.push({ bytes, queue: () => void (sheetOf().getRange(address).formulas = formulas) });
      run = null;
    };
    rows.forEach((r, ri) => {
      const v = r[c] ?? null;
      if (v !== null && isFormula(v)) {
        if (!run) run = { start: ri, formulas: [], bytes: 0 };
        run.formulas.push([v.formula]);
        run.bytes += cellBytes(v.formula) + 4;
        if (run.bytes > SLICE_BYTES) flush();
      } else flush();
    });
    flush();
  }
  return ops;
}

/** `=HYPERLINK("#'sheet'!A7","sheet!A7")`: a bulk-writable link to a cell; quotes are doubled for the formula. */
export function linkFormula(reference: string, label: string): string {
  const q = (s: string) => s.replace(/"/g, '""');
  return `=HYPERLINK("#${q(reference)}","${q(label)}")`;
}
