/** A1 addresses: parsing, formatting and Excel's quoting of sheet names. Rows and columns are 0-based. */
import { invalidArgument } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** An inclusive block of cells. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

/** 0 → 'A', 26 → 'AA'. */
export function columnName(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export const A1Like = /^[A-Za-z]{1,3}[0-9]+$/;
const R1C1_LIKE = /^[Rr][0-9]*([Cc][0-9]*)?$|^[Cc][0-9]*$/;
const PLAIN_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/** Excel quotes a sheet name unless it is a plain identifier that cannot be read as a cell reference. */
export function quoteSheetName(name: string): string {
  if (PLAIN_NAME.test(name) && !A1Like.test(name) && !R1C1_LIKE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'A1', 'A1:B2', 'A:A' (whole columns) or '5:5' (whole rows), without the sheet. */
export function formatRect(rect: Rect): string {
  const wholeCols = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
  if (wholeCols && !wholeRows) return `${columnName(rect.c0)}:${columnName(rect.c1)}`;
  if (wholeRows && !wholeCols) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = `${columnName(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${columnName(rect.c1)}${rect.r1 + 1}`;
}

/** Like formatRect but with `$` anchors, as named items and print titles show them. */
export function formatAbsolute(rect: Rect): string {
  return formatRect(rect).replace(/([A-Z]+)?(\d+)?/g, (m, col?: string, row?: string) =>
    m === '' ? '' : `${col ? `$${col}` : ''}${row ? `$${row}` : ''}`,
  );
}

export const qualified = (sheet: string, rect: Rect): string => `${quoteSheetName(sheet)}!${formatRect(rect)}`;

type Part = { col?: number; row?: number };

function parsePart(p: string): Part | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/.exec(p);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const part: Part = {};
  if (m[1] !== undefined) part.col = columnIndex(m[1]);
  if (m[2] !== undefined) part.row = Number(m[2]) - 1;
  return part;
}

/** Splits "'It''s'!A1" into the unquoted sheet name and the cell part. */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const a = address.trim();
  if (a.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < a.length) {
      if (a[i] === "'") {
        if (a[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += a[i];
      i++;
    }
    if (a[i + 1] !== '!') throw invalidArgument('address', address);
    return { sheet: name, cells: a.slice(i + 2) };
  }
  const bang = a.lastIndexOf('!');
  return bang < 0 ? { sheet: null, cells: a } : { sheet: a.slice(0, bang), cells: a.slice(bang + 1) };
}

/** Parses an A1 address (optionally sheet-qualified); InvalidArgument when it is not one. */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, cells } = splitSheet(address);
  const [a, b, extra] = cells.split(':');
  if (a === undefined || extra !== undefined) throw invalidArgument('address', address);
  const p = parsePart(a);
  const q = b === undefined ? p : parsePart(b);
  if (!p || !q) throw invalidArgument('address', address);
  const hasCols = p.col !== undefined && q.col !== undefined;
  const hasRows = p.row !== undefined && q.row !== undefined;
  let rect: Rect;
  if (hasCols && hasRows) rect = { r0: p.row!, c0: p.col!, r1: q.row!, c1: q.col! };
  else if (hasCols && p.row === undefined && q.row === undefined && b !== undefined)
    rect = { r0: 0, c0: p.col!, r1: MAX_ROWS - 1, c1: q.col! };
  else if (hasRows && p.col === undefined && q.col === undefined && b !== undefined)
    rect = { r0: p.row!, c0: 0, r1: q.row!, c1: MAX_COLS - 1 };
  else throw invalidArgument('address', address);
  rect = normalize(rect);
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) throw invalidArgument('address', address);
  return { sheet, rect };
}

export function normalize(r: Rect): Rect {
  return { r0: Math.min(r.r0, r.r1), c0: Math.min(r.c0, r.c1), r1: Math.max(r.r0, r.r1), c1: Math.max(r.c0, r.c1) };
}

export const rectRows = (r: Rect): number => r.r1 - r.r0 + 1;
export const rectCols = (r: Rect): number => r.c1 - r.c0 + 1;

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}

export function inBounds(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLS && r.r0 <= r.r1 && r.c0 <= r.c1;
}

/** The common part of two rects, or null. */
export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
}
