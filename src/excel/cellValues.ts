/**
 * Office.js cell data → the engine's CellValue. `values` alone is ambiguous: a date is a number, an error is
 * a string. `valueTypes` tells errors and empties apart; `numberFormat` tells dates from plain numbers.
 */
import type { CellValue } from '../ledger/types';

/** True when an Excel number format displays a date (or date-time): 'yyyy/m/d', 'ggge年m月d日', '[$-411]…'. */
export function isDateFormat(format: string): boolean {
  if (format === '' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '') // literal text
    .replace(/\\./g, '') // escaped characters
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '') // [Red], [$-411], [<100] — but not elapsed [h]
    .replace(/General/gi, '')
    .replace(/E[+-]/gi, ''); // scientific
  if (/\[(h|m|s)\]/i.test(bare)) return false; // a duration, not a date
  return /[ydg]/i.test(bare) || /e/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

/**
 * One cell. `type` is Office's valueTypes entry ('Empty', 'String', 'Double', 'Boolean', 'Error', …);
 * `format` its numberFormat (may be absent when only values were read).
 */
export function toCellValue(value: unknown, type: string | undefined, format: unknown): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { kind: 'error', code: String(value) };
  if (typeof value === 'number') {
    return typeof format === 'string' && isDateFormat(format) ? { kind: 'date', serial: value } : value;
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** A whole grid; `formats`/`types` may be missing (fallback reads). */
export function toCellRows(
  values: readonly (readonly unknown[])[],
  types: readonly (readonly string[])[] | null,
  formats: readonly (readonly unknown[])[] | null,
): CellValue[][] {
  return values.map((row, r) => row.map((v, c) => toCellValue(v, types?.[r]?.[c], formats?.[r]?.[c])));
}

/** Bytes of a string in UTF-8 (what travels over the wire). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Approximate JSON bytes of one cell value as Office.js sends it (string quoted, separator included). */
export function cellBytes(value: unknown): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === 'string') return utf8Length(value) + 3;
  if (typeof value === 'number') return String(value).length + 1;
  if (typeof value === 'boolean') return 6;
  return utf8Length(JSON.stringify(value)) + 1;
}

/** Approximate JSON bytes of a 2D array of cell values. */
export function gridBytes(grid: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of grid) {
    n += 2;
    for (const v of row) n += cellBytes(v);
  }
  return n;
}
