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

/**
 * A `str` text, its entities expanded once, as XML says. exceljs runs its `xmlDecode` over it again (so a
 * literal `&lt;` typed in a cell becomes `<` there); the corpus test names the files where that differs.
 */
function strText(v: string): string {
  return decodeXstring(v);
}

/** A number read from a cell's `<v>`: the number, or the date it is under a date style. */
export function numberValue(n: number, date: boolean, ctx: CellContext): CellValue {
  return date ? dateValue(n, ctx.date1904) : n;
}

function formulaValue(c: RawCell, ctx: CellContext): CellValue {
  // A formula whose cached result is an inline string (LibreOffice writes these): the string.
  if (c.inline !== null) {
    if (c.t !== 'inlineStr') notSure('inline string with a formula');
    return typeof c.inline === 'string' ? c.inline : { kind: 'rich', runs: c.inline };
  }
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?Z?)?$/;

/**
 * A `t="d"` value as a 1900-system date serial (what a date cell of the same day and time reads as). Only
 * a calendar date, optionally with a time (UTC or none), is ours; an offset or a time alone is not.
 */
function isoDate(v: string): CellValue {
  const m = ISO_DATE.exec(v.trim());
  if (!m) return notSure(`t="d" value ${v}`);
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || h > 23 || mi > 59 || sec > 59) notSure(`t="d" value ${v}`);
  const ms = day.getTime() + ((h * 60 + mi) * 60 + sec) * 1000 + Math.round(Number(m[7] ?? 0) * 1000);
  let serial = dateToSerial(new Date(ms));
  // Excel counts the fictitious 1900-02-29 as serial 60: days before 1900-03-01 are one lower than the calendar says.
  if (serial < 61) serial -= 1;
  if (serial < 1) return notSure(`t="d" value ${v} before 1900`);
  return { kind: 'date', serial };
}

function boolean(v: string): boolean {
  if (v !== '0' && v !== '1') notSure(`boolean ${v}`);
  return v === '1';
}

/**
 * A shared string index: digits only (what `/^\d+$/` accepts), as a number; -1 otherwise. A loop rather than the
 * regular expression: every text cell of a sheet has one.
 */
function sharedIndex(v: string): number {
  const n = v.length;
  if (n === 0) return -1;
  let i = 0;
  for (let k = 0; k < n; k++) {
    const c = v.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return -1;
    i = i * 10 + (c - 0x30);
  }
  // Past 2^53 the digits no longer add up exactly: such an index is out of range whatever its value.
  return i > Number.MAX_SAFE_INTEGER ? Number(v) : i;
}

/** The cell's value (null or '' are both empty to the caller). */
export function cellValue(c: RawCell, ctx: CellContext): CellValue {
  if (c.formula === 'empty') return null;
  if (c.formula === 'cached') return formulaValue(c, ctx);
  if (c.inline !== null) {
    // The text of an inline string is its `<is>` (§18.3.1.53); a `<v>` beside it (calamine's
    // inlineStr_with_value.xlsx) is not its value. exceljs fails on such a cell.
    if (c.t !== 'inlineStr') notSure('inline string');
    return typeof c.inline === 'string' ? c.inline : { kind: 'rich', runs: c.inline };
  }
  const v = c.v;
  if (v === null) return null;
  switch (c.t) {
    case 's': {
      const i = ctx.shared === null ? -1 : sharedIndex(v);
      if (i < 0 || ctx.shared === null) return notSure('shared string index');
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
    case 'd':
      // An ISO 8601 date (§18.18.11 ST_CellType): a date whatever its style. exceljs reads it as a number.
      return isoDate(v);
    case undefined:
    case 'n': {
      return numberValue(number(v), c.date, ctx);
    }
    default:
      return notSure(`cell type ${c.t}`);
  }
}
