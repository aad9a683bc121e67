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
    // Fast path: text that cannot read as a number, boolean, error, formula or quote prefix.
    const special = ch <= 0x40 || ch === 0x54 || ch === 0x74 || ch === 0x46 || ch === 0x66;
    if (!special || sheet.numberFormatOf(r, c) === '@') cell.v = input;
    else coerceText(cell, input);
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

/** Excel's reading of typed text: "'x" is text, '=…' a formula, '12' a number, 'TRUE' a boolean, '#N/A' an error. */
function coerceText(cell: SimCell, input: string): void {
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
  } else cell.v = input;
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
