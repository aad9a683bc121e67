import type ExcelJS from 'exceljs';
import type { CellValue } from '../ledger/types';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a 1900-system serial. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A Date that exceljs built from a serial, back to that 1900-system serial.
 *
 * exceljs turns a serial `v` into `new Date(Math.round((v - 25569 [+ 1462 in the 1904 system]) * 86400000))`,
 * i.e. a UTC instant, never local time; so the exact inverse is `ms / 86400000 + 25569`, and a 1904-system
 * workbook comes out in the 1900 system for free. Serials below 61 (Jan–Feb 1900, where Excel counts the
 * non-existent 1900-02-29 as serial 60) come back to the serial stored in the file, which is what Excel
 * itself shows; we never go through the calendar date, so the leap-year bug cannot shift anything.
 */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Undo float noise from the division (times are kept to the millisecond).
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/** The inverse of `dateToSerial` (what exceljs would build for the serial in a 1900-system workbook). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function richRuns(v: Record<string, unknown>): string[] | null {
  const runs = v['richText'];
  if (!Array.isArray(runs)) return null;
  return runs.map((r: unknown) => (isRecord(r) && typeof r['text'] === 'string' ? r['text'] : ''));
}

/**
 * One exceljs cell value as the engine's `CellValue`. Formulas give their cached result (no result: empty),
 * hyperlinks their text, rich text its runs, shared strings are already resolved by exceljs.
 */
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return v;
    case 'boolean':
      return v;
    default:
      break;
  }
  if (v instanceof Date) {
    // An invalid Date (NaN time) can come from absurd serials; keep the cell non-empty but visibly wrong.
    return Number.isNaN(v.getTime()) ? { kind: 'error', code: '#VALUE!' } : { kind: 'date', serial: dateToSerial(v) };
  }
  if (!isRecord(v)) return null;
  if (typeof v['error'] === 'string') return { kind: 'error', code: v['error'] };
  const runs = richRuns(v);
  if (runs) return { kind: 'rich', runs };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v['result'];
    return result === undefined ? null : toCellValue(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in v || 'text' in v) {
    const text = v['text'];
    if (typeof text === 'string') return text;
    if (isRecord(text)) {
      const linkRuns = richRuns(text);
      if (linkRuns) return { kind: 'rich', runs: linkRuns };
    }
    return null;
  }
  return null;
}
