/**
 * How Excel reads and writes one cell: input coercion (a string '=…' becomes a formula, '123' a number, 'TRUE' a
 * boolean, "'…" stays text), values/valueTypes/text as Office.js reports them, and a tiny formula evaluator.
 *
 * Formulas: the runtime evaluates only trivial ones — literals, a single cell reference (optionally
 * sheet-qualified) and HYPERLINK(link, text). Anything else keeps the cached result from the xlsx file, or none
 * (the cell then reads as '' / 'Empty' — real Excel would compute it).
 */
import { parseAddress } from './address';
import { invalidArgument } from './errors';
import type { Scalar, SimCell, SimSheet, SimWorkbook } from './model';

export const MAX_CELL_CHARS = 32_767;
const ERROR_TEXTS = new Set(['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);
const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export type CellValue = Scalar; // '' for empty

/** Applies one input value the way Excel does when a value array is assigned. null/undefined leaves the cell as it is. */
export function writeInput(sheet: SimSheet, r: number, c: number, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  const existing = sheet.cell(r, c);
  if (input === '') {
    if (existing) clearValue(existing);
    return;
  }
  const cell = existing ?? sheet.ensure(r, c);
  // Only delete what is there: deleting absent keys would turn every cell object into a slow dictionary.
  if (cell.f !== undefined || cell.error !== undefined) clearValue(cell);
  if (typeof input === 'string') {
    if (input.length > MAX_CELL_CHARS) throw invalidArgument(where, 'text longer than 32,767 characters');
    const ch = input.charCodeAt(0);
    // Fast path: text that cannot read as a number, date, time, boolean, error, formula or quote prefix.
    const special = ch <= 0x40 || ch === 0x54 || ch === 0x74 || ch === 0x46 || ch === 0x66 || ch === 0xa5 || ch === 0xffe5;
    if (!special || sheet.numberFormatOf(r, c) === '@') cell.v = input;
    else coerceText(sheet, r, c, cell, input);
    return;
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(where, 'number');
    cell.v = input;
    return;
  }
  if (typeof input === 'boolean') {
    cell.v = input;
    return;
  }
  throw invalidArgument(where, `unsupported value ${typeof input}`);
}

function clearValue(cell: SimCell): void {
  if (cell.v !== undefined) delete cell.v;
  if (cell.f !== undefined) delete cell.f;
  if (cell.error !== undefined) delete cell.error;
}

/**
 * Excel's reading of typed text (what `Range.values` does with a string, unless the cell is formatted '@'): "'x" is
 * the text x, '=…' a formula, '12' / '1e5' / '1,000' / '50%' / '$100' / '(100)' / '1 1/2' numbers, 'TRUE' a boolean,
 * '#N/A' an error, '2024/4/1' / '2024-04-01' / '2024年4月1日' / '4/1' dates and '12:30' times (serial numbers with a
 * date or time format, as Japanese Excel enters them).
 */
function coerceText(sheet: SimSheet, r: number, c: number, cell: SimCell, input: string): void {
  if (input.startsWith("'")) {
    cell.v = input.slice(1);
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.f = input;
    if (cell.v !== undefined) delete cell.v;
    return;
  }
  const trimmed = input.trim();
  const upper = trimmed.toUpperCase();
  if (NUMERIC.test(trimmed)) cell.v = Number(trimmed);
  else if (upper === 'TRUE' || upper === 'FALSE') cell.v = upper === 'TRUE';
  else if (ERROR_TEXTS.has(upper)) {
    cell.v = upper;
    cell.error = true;
  } else {
    const read = readTyped(trimmed);
    if (read === null) {
      cell.v = input;
      return;
    }
    cell.v = read.value;
    // Excel gives a General cell the format the entry implied; a cell with its own format keeps it.
    const nf = sheet.numberFormatOf(r, c);
    if (nf === 'General' || nf === '') cell.nf = read.format;
  }
}

/** 1900-system serial of a calendar date (valid from 1900-03-01, as every date typed here is). */
function dateSerial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000 + 25569;
}
function timeFraction(h: number, mi: number, se: number): number | null {
  if (h > 23 || mi > 59 || se > 59) return null;
  return (h * 3600 + mi * 60 + se) / 86_400;
}

const DATE_YMD = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/;
const DATE_KANJI = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const DATE_MD = /^(\d{1,2})[/-](\d{1,2})$/;
const DATE_MD_KANJI = /^(\d{1,2})月(\d{1,2})日$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/;
const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([-+]?(?:\d+\.?\d*|\.\d+))%$/;
const CURRENCY = /^([$¥￥])\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)$/;
const PARENS = /^\((\d+(?:\.\d+)?)\)$/;
const FRACTION = /^(\d+) (\d+)\/(\d+)$/;

/** A number, date or time Excel would read from the text, with the format it would give the cell; else null. */
function readTyped(text: string): { value: number; format: string } | null {
  const t = text;
  let m: RegExpExecArray | null;
  if ((m = THOUSANDS.exec(t))) return { value: Number(t.replace(/,/g, '')), format: '#,##0' };
  if ((m = PERCENT.exec(t))) return { value: Number(m[1]) / 100, format: '0%' };
  if ((m = CURRENCY.exec(t))) return { value: Number(m[2]!.replace(/,/g, '')), format: m[1] === '$' ? '"$"#,##0' : '"¥"#,##0' };
  if ((m = PARENS.exec(t))) return { value: -Number(m[1]), format: '#,##0;(#,##0)' };
  if ((m = FRACTION.exec(t))) {
    const den = Number(m[3]);
    if (den === 0 || Number(m[2]) >= den) return null;
    return { value: Number(m[1]) + Number(m[2]) / den, format: '# ?/?' };
  }
  const [datePart, timePart] = t.includes(' ') ? [t.slice(0, t.indexOf(' ')), t.slice(t.indexOf(' ') + 1).trim()] : [t, null];
  const date = (s: string): { serial: number; format: string } | null => {
    const ymd = DATE_YMD.exec(s) ?? DATE_KANJI.exec(s);
    if (ymd) {
      const v = dateSerial(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
      return v === null ? null : { serial: v, format: 'yyyy/m/d' };
    }
    const md = DATE_MD.exec(s) ?? DATE_MD_KANJI.exec(s);
    if (md) {
      const v = dateSerial(new Date().getFullYear(), Number(md[1]), Number(md[2]));
      return v === null ? null : { serial: v, format: 'm"月"d"日"' };
    }
    return null;
  };
  const time = (s: string): { fraction: number; format: string } | null => {
    const tm = TIME.exec(s);
    if (!tm) return null;
    let h = Number(tm[1]);
    const ampm = tm[4]?.toUpperCase();
    if (ampm) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (ampm === 'P' ? 12 : 0);
    }
    const f = timeFraction(h, Number(tm[2]), Number(tm[3] ?? 0));
    return f === null ? null : { fraction: f, format: tm[3] !== undefined ? 'h:mm:ss' : 'h:mm' };
  };
  if (timePart !== null) {
    const d = date(datePart);
    const tm = time(timePart);
    return d && tm ? { value: d.serial + tm.fraction, format: 'yyyy/m/d h:mm' } : null;
  }
  const d = date(t);
  if (d) return { value: d.serial, format: d.format };
  const tm = time(t);
  if (tm) return { value: tm.fraction, format: tm.format };
  return null;
}

/** Assigns a formula (or, for non-'=' input, a value) as `range.formulas` does. */
export function writeFormula(sheet: SimSheet, r: number, c: number, input: unknown, where: string): void {
  writeInput(sheet, r, c, input, where);
}

interface Evaluated {
  v: Scalar | undefined;
  error: boolean;
}

function evaluate(wb: SimWorkbook | null, sheet: SimSheet, cell: SimCell, depth: number): Evaluated {
  const cached: Evaluated = { v: cell.v, error: cell.error === true };
  const body = (cell.f ?? '').slice(1).trim();
  if (depth > 20) return cached;
  if (NUMERIC.test(body)) return { v: Number(body), error: false };
  if (/^(TRUE|FALSE)$/i.test(body)) return { v: body.toUpperCase() === 'TRUE', error: false };
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return { v: str[1]!.replace(/""/g, '"'), error: false };
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (link) return { v: (link[2] ?? link[1]!).replace(/""/g, '"'), error: false };
  if (/^(('[^']*(?:''[^']*)*'|[^'!=(),&+\-*/ ]+)!)?\$?[A-Za-z]{1,3}\$?\d+$/.test(body)) {
    try {
      const { sheet: name, rect } = parseAddress(body);
      const target = name === null ? sheet : wb?.sheetByName(name);
      if (!target) return { v: '#REF!', error: true };
      const ref = target.cell(rect.r0, rect.c0);
      if (!ref) return { v: 0, error: false }; // Excel shows 0 for a reference to an empty cell
      return ref.f ? evaluate(wb, target, ref, depth + 1) : { v: ref.v ?? 0, error: ref.error === true };
    } catch {
      return cached;
    }
  }
  return cached;
}

/** The value Office.js reports in `values`: '' for empty, a formula's result for formulas. */
export function valueOf(wb: SimWorkbook | null, sheet: SimSheet, r: number, c: number): CellValue {
  const cell = sheet.cell(r, c);
  if (!cell) return '';
  if (cell.f) return evaluate(wb, sheet, cell, 0).v ?? '';
  return cell.v ?? '';
}

export function formulaOf(wb: SimWorkbook | null, sheet: SimSheet, r: number, c: number): CellValue {
  const cell = sheet.cell(r, c);
  return cell?.f ?? valueOf(wb, sheet, r, c);
}

export function valueTypeOf(wb: SimWorkbook | null, sheet: SimSheet, r: number, c: number): string {
  const cell = sheet.cell(r, c);
  if (!cell) return 'Empty';
  const ev = cell.f ? evaluate(wb, sheet, cell, 0) : { v: cell.v, error: cell.error === true };
  if (ev.v === undefined || ev.v === '') return 'Empty';
  if (ev.error) return 'Error';
  if (typeof ev.v === 'number') return 'Double';
  if (typeof ev.v === 'boolean') return 'Boolean';
  return 'String';
}

/** The displayed text: a small subset of Excel's number formats (General, 0.00, #,##0, %, dates, '@'). */
export function textOf(wb: SimWorkbook | null, sheet: SimSheet, r: number, c: number): string {
  const v = valueOf(wb, sheet, r, c);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  return formatNumber(v, sheet.numberFormatOf(r, c));
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

export function dateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25569;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatNumber(v: number, nf: string): string {
  const fmt = nf.split(';')[0]!.replace(/\[\$[^\]]*\]/g, '').replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  if (fmt === 'General' || fmt === '') return String(Number(v.toPrecision(11)));
  if (fmt === '@') return String(v);
  if (/[ymdhs]/i.test(fmt)) {
    const d = serialToDate(v);
    let seenHour = false;
    return fmt.replace(/yyyy|yy|mm|m|dd|d|hh|h|ss|s/gi, (tok) => {
      const t = tok.toLowerCase();
      if (t === 'yyyy') return String(d.getUTCFullYear());
      if (t === 'yy') return pad(d.getUTCFullYear() % 100);
      if (t === 'hh' || t === 'h') {
        seenHour = true;
        return t === 'hh' ? pad(d.getUTCHours()) : String(d.getUTCHours());
      }
      if (t === 'mm' || t === 'm') {
        if (seenHour) return pad(d.getUTCMinutes());
        return t === 'mm' ? pad(d.getUTCMonth() + 1) : String(d.getUTCMonth() + 1);
      }
      if (t === 'dd') return pad(d.getUTCDate());
      if (t === 'd') return String(d.getUTCDate());
      return t === 'ss' ? pad(d.getUTCSeconds()) : String(d.getUTCSeconds());
    });
  }
  const percent = fmt.includes('%');
  const decimals = /\.([0#]+)/.exec(fmt)?.[1]?.length ?? 0;
  const n = percent ? v * 100 : v;
  let s = Math.abs(n).toFixed(decimals);
  if (fmt.includes(',')) {
    const [int, frac] = s.split('.');
    s = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
  }
  return `${n < 0 ? '-' : ''}${s}${percent ? '%' : ''}`;
}
