import type { CellValue } from '../../ledger/types';
import { dateToSerial } from '../cells';
import { decodeXstring } from '../xstring';
import { notSure } from './not-sure';

/**
 * One `<c>` element's parts, as sheet.ts collects them, to the engine's `CellValue` — exactly what exceljs'
 * CellXform (parse + reconcile) followed by `toCellValue` gives, or `NotSure` where exceljs does something
 * odd that is not worth copying (a `t="s"` formula, `&` in a `str` text, which it decodes twice, …).
 */
export interface RawCell {
  /** The `t` attribute (undefined: a number). */
  t: string | undefined;
  /** Text of `<v>` (null: none, or empty: exceljs sees no text event for it). */
  v: string | null;
  /**
   * The cell's formula in exceljs' sense (`<f>` with text or with a `t` attribute): 'none'; 'cached' —
   * its cached `<v>` is the value; 'empty' — exceljs reads the cell as empty whatever `<v>` holds (a formula
   * without text that is not the follower of a shared formula seen earlier in the sheet).
   */
  formula: 'none' | 'cached' | 'empty';
  /** Inline string (`<is>`): its text, or its rich runs (null: no `<is>` or nothing in it). */
  inline: string | string[] | null;
  /** The cell's style makes numbers dates. */
  date: boolean;
}

/** What the cell resolves to beyond the raw parts: the shared strings and the workbook's date system. */
export interface CellContext {
  shared: readonly CellValue[] | null;
  date1904: boolean;
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function number(v: string): number {
  if (!NUMBER.test(v)) notSure(`number ${v}`);
  return parseFloat(v);
}

/** exceljs' `excelToDate` then `toCellValue`: the instant exceljs builds, back to a 1900-system serial. */
function dateValue(serial: number, date1904: boolean): CellValue {
  // Same expression as exceljs (the order of the multiplications matters for the last bit).
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? { kind: 'error', code: '#VALUE!' } : { kind: 'date', serial: dateToSerial(d) };
}

/** A `str` text: exceljs runs its `xmlDecode` over it (a second entity pass), so any `&` is not ours. */
function strText(v: string): string {
  if (v.includes('&')) notSure('& in a str value');
  return decodeXstring(v);
}

function formulaValue(c: RawCell, ctx: CellContext): CellValue {
  if (c.inline !== null) notSure('inline string with a formula');
  if (c.v === null) return null;
  let result: string | number | boolean | CellValue;
  if (c.t === 'str') result = strText(c.v);
  else if (c.t === 'b') result = boolean(c.v);
  else if (c.t === 'e') result = { kind: 'error', code: c.v };
  else if (c.t === undefined || c.t === 'n') result = number(c.v);
  else return notSure(`formula with t="${c.t}"`);
  if (c.date) {
    if (typeof result !== 'number') notSure('date-styled non-number result');
    return dateValue(result, ctx.date1904);
  }
  // exceljs' FormulaValue copies only truthy results: a cached 0 (or false) reads as no result.
  return result === 0 || result === false || Number.isNaN(result) ? null : result;
}

function boolean(v: string): boolean {
  if (v !== '0' && v !== '1') notSure(`boolean ${v}`);
  return v === '1';
}

/** The cell's value (null or '' are both empty to the caller). */
export function cellValue(c: RawCell, ctx: CellContext): CellValue {
  if (c.formula === 'empty') return null;
  if (c.formula === 'cached') return formulaValue(c, ctx);
  if (c.inline !== null) {
    if (c.t !== 'inlineStr' || c.v !== null) notSure('inline string');
    return typeof c.inline === 'string' ? c.inline : { kind: 'rich', runs: c.inline };
  }
  const v = c.v;
  if (v === null) return null;
  switch (c.t) {
    case 's': {
      if (!/^\d+$/.test(v) || ctx.shared === null) return notSure('shared string index');
      const i = Number(v);
      if (i >= ctx.shared.length) return notSure('shared string index');
      return ctx.shared[i] ?? null;
    }
    case 'str':
      return strText(v);
    case 'inlineStr':
      return decodeXstring(v);
    case 'b':
      return boolean(v);
    case 'e':
      return { kind: 'error', code: v };
    case undefined:
    case 'n': {
      const n = number(v);
      return c.date ? dateValue(n, ctx.date1904) : n;
    }
    default:
      return notSure(`cell type ${c.t}`);
  }
}
