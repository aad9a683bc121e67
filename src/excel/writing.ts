/**
 * Writing plain data into sheets the add-in owns, safely: Excel re-reads text written to `values` — `=…`, `+…`, `-…`,
 * `@…` become formulas, `0012`, `1e5`, `1,000`, `$100`, `(100)`, `1 1/2` numbers, `2024/4/1`, `4/1`, `12:30` dates and
 * times, `TRUE` a boolean, a leading apostrophe disappears. So every column run that carries source text is formatted
 * '@' before its values arrive (SPEC §4): no per-cell guesswork and no per-cell operations — at most one format write
 * per column and row slice, whatever the number of cells.
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

/** One queued write with its payload estimate (bytes of data, operations queued). */
export interface WriteOp extends Sized {
  readonly queue: () => void;
}

/** The date format written with dates (Japanese Excel's short date). */
export const DATE_FORMAT = 'yyyy/m/d';

const FORMULA_START = /^[=+\-@']/;
/** Number-like text: digits with separators, signs, exponent, percent, currency, parentheses, fractions. */
const NUMBER_LIKE = /^\s*[-+(]?\s*[$¥￥]?\s*[\d.,]+(\s*\d+\/\d+)?([eE][-+]?\d+)?\s*%?\s*\)?\s*$/;
/** Date- and time-like text: 2024/4/1, 4-1, 2024年4月1日, 4月1日, 12:30, 9:15 AM, and combinations. */
const DATE_LIKE = /^\s*(\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?|\d{1,4}年\d{1,2}月(\d{1,2}日)?|\d{1,2}月\d{1,2}日)?\s*(\d{1,2}:\d{1,2}(:\d{1,2})?\s*([AaPp][Mm])?)?\s*$/;
const WORD_VALUES = /^\s*(true|false|#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA))\s*$/i;

/** True when assigning this string to `values` might not store the same text (used where one cell is written). */
export function needsTextFormat(text: string): boolean {
  if (text.trim() === '') return false;
  return FORMULA_START.test(text) || NUMBER_LIKE.test(text) || DATE_LIKE.test(text) || WORD_VALUES.test(text);
}

function isFormula(c: OutCell): c is { readonly formula: string } {
  return typeof c === 'object' && c !== null && 'formula' in c;
}
function isDate(c: OutCell): c is { readonly date: number } {
  return typeof c === 'object' && c !== null && 'date' in c;
}

type Kind = 'text' | 'date' | 'other' | null;
const kindOf = (v: OutCell | undefined): Kind =>
  v === null || v === undefined ? null : typeof v === 'string' ? (v === '' ? null : 'text') : isDate(v) ? 'date' : 'other';

/**
 * The number formats of one row slice, queued before its values: per column, one write — '@' (or the date
 * format) on the column's run when every filled cell in it is text (or a date), else a column of formats with
 * `null` for the cells to leave alone ("null input … is ignored"). Neighbouring all-text columns share one write.
 */
function formatWrites(sheetOf: SheetRef, top: number, left: number, rows: readonly (readonly OutCell[])[], width: number): WriteOp[] {
  const ops: WriteOp[] = [];
  const set = (address: string, format: string) =>
    ops.push({ bytes: address.length + format.length + 4, ops: 2, queue: () => void ((sheetOf().getRange(address) as { numberFormat: unknown }).numberFormat = format) });
  // '@' over neighbouring all-text columns whose text spans the same rows: one write for the lot.
  let textRun = null as { from: number; to: number; first: number; last: number } | null;
  const flushText = () => {
    if (textRun) set(boxAddress(top + textRun.first, left + textRun.from, top + textRun.last, left + textRun.to), '@');
    textRun = null;
  };
  for (let c = 0; c < width; c++) {
    const kinds = new Set<Kind>();
    let first = -1;
    let last = -1;
    rows.forEach((r, i) => {
      const k = kindOf(r[c]);
      if (k === null) return;
      kinds.add(k);
      if (first < 0) first = i;
      last = i;
    });
    if (kinds.size === 1 && kinds.has('text')) {
      if (textRun && textRun.to === c - 1 && textRun.first === first && textRun.last === last) textRun.to = c;
      else {
        flushText();
        textRun = { from: c, to: c, first, last };
      }
      continue;
    }
    flushText();
    if (!kinds.has('text') && !kinds.has('date')) continue;
    const address = boxAddress(top + first, left + c, top + last, left + c);
    if (kinds.size === 1) {
      set(address, DATE_FORMAT);
      continue;
    }
    const formats = rows.slice(first, last + 1).map((r) => {
      const k = kindOf(r[c]);
      return [k === 'text' ? '@' : k === 'date' ? DATE_FORMAT : null];
    });
    ops.push({ bytes: address.length + formats.length * 11, ops: 2, queue: () => void (sheetOf().getRange(address).numberFormat = formats) });
  }
  flushText();
  return ops;
}

/**
 * Writes for a block of rows starting at 0-based (top, left): per row slice under the size limit, its column
 * formats (see formatWrites) then its values; then formulas in runs down each column. Returned as ops for
 * `groupBySize`: operations per block grow with columns and slices, never with cells.
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
  // Small slices, so groupBySize can fill every batch close to the limit; a slice's formats go before its values.
  for (const slice of valueWidth === 0 ? [] : sliceRows(plain, SLICE_BYTES)) {
    const end = slice.start + slice.rows.length;
    ops.push(...formatWrites(sheetOf, top + slice.start, left, rows.slice(slice.start, end), valueWidth));
    const address = boxAddress(top + slice.start, left, top + end - 1, left + valueWidth - 1);
    const values = slice.rows as (string | number | boolean)[][];
    ops.push({ bytes: slice.bytes + address.length, ops: 2, queue: () => void (sheetOf().getRange(address).values = values) });
  }
  // Formulas in runs down a column, one write per run (a link column is one write, not one per row).
  for (let c = 0; c < width; c++) {
    let run: { start: number; formulas: string[][]; bytes: number } | null = null;
    const flush = () => {
      if (!run) return;
      const address = boxAddress(top + run.start, left + c, top + run.start + run.formulas.length - 1, left + c);
      const formulas = run.formulas;
      const bytes = run.bytes + address.length;
      ops.push({ bytes, ops: 2, queue: () => void (sheetOf().getRange(address).formulas = formulas) });
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
