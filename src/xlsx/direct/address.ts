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
