import { notSure } from './not-sure';

/** The last row and column of a sheet (XFD1048576). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** 1-based row and column of a plain `A1` address (hand-written: this runs for every cell). */
export function decode(a1: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < a1.length && i < 4; i++) {
    const c = a1.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  let row = 0;
  const digits = a1.length - i;
  if (i === 0 || digits === 0 || digits > 7 || a1.charCodeAt(i) === 48 /* leading 0 */) notSure(`address ${a1}`);
  for (; i < a1.length; i++) {
    const c = a1.charCodeAt(i);
    if (c < 48 || c > 57) notSure(`address ${a1}`);
    row = row * 10 + (c - 48);
  }
  if (col > MAX_COL || row > MAX_ROW) notSure(`address ${a1}`);
  return { row, col };
}

/**
 * A range reference as 1-based corners: `A1:B2`, or whole columns `A:C` and whole rows `2:4` (Excel writes
 * a merge over whole columns that way: PhpSpreadsheet's issue.2501.b.xlsx). A single cell is a range of one.
 */
export function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a = '', b = a, extra] = ref.split(':');
  if (extra !== undefined) notSure(`range ${ref}`);
  if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b)) {
    return { top: 1, left: decode(`${a}1`).col, bottom: MAX_ROW, right: decode(`${b}1`).col };
  }
  if (/^[1-9]\d{0,6}$/.test(a) && /^[1-9]\d{0,6}$/.test(b)) {
    return { top: decode(`A${a}`).row, left: 1, bottom: decode(`A${b}`).row, right: MAX_COL };
  }
  const p = decode(a);
  const q = decode(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}
