/** Model operations on blocks of cells: clearing, merging, inserting and deleting with shifts. */
import type { Rect } from './address';
import { MAX_COLS, MAX_ROWS, contains, intersects } from './address';
import type { SimCell, SimSheet } from './model';
import { cfAreas } from './model';

/** Calls fn for every stored cell inside rect (sparse: empty cells are skipped). */
export function forEachStored(sheet: SimSheet, rect: Rect, fn: (cell: SimCell, r: number, c: number) => void): void {
  const r1 = Math.min(rect.r1, sheet.rows.length - 1);
  for (let r = rect.r0; r <= r1; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const c1 = Math.min(rect.c1, row.length - 1);
    for (let c = rect.c0; c <= c1; c++) {
      const cell = row[c];
      if (cell) fn(cell, r, c);
    }
  }
}

export type ClearWhat = 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks';

export function clearRect(sheet: SimSheet, rect: Rect, what: ClearWhat): void {
  forEachStored(sheet, rect, (cell, r, c) => {
    if (what === 'All') {
      delete sheet.rows[r]![c];
      return;
    }
    if (what === 'Contents') {
      delete cell.v;
      delete cell.f;
      delete cell.error;
    }
    if (what === 'Formats') {
      delete cell.fmt;
      delete cell.nf;
    }
    if (what === 'Hyperlinks' || what === 'RemoveHyperlinks') delete cell.link;
  });
  if (what === 'All' || what === 'Formats') {
    if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) for (let c = rect.c0; c <= rect.c1; c++) sheet.colFormats.delete(c);
    if (rect.c0 === 0 && rect.c1 === MAX_COLS - 1) for (let r = rect.r0; r <= rect.r1; r++) sheet.rowFormats.delete(r);
  }
}

/** The parts of `a` outside `b` (at most four rectangles). */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  if (a.r0 < b.r0) out.push({ r0: a.r0, c0: a.c0, r1: b.r0 - 1, c1: a.c1 });
  if (a.r1 > b.r1) out.push({ r0: b.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  if (a.c0 < b.c0) out.push({ r0, c0: a.c0, r1, c1: b.c0 - 1 });
  if (a.c1 > b.c1) out.push({ r0, c0: b.c1 + 1, r1, c1: a.c1 });
  return out;
}

/** Moves one span [a, b] for an insert (n > 0) or delete (n < 0) of |n| lines at `at`; null when deleted. */
function shiftSpan(a: number, b: number, at: number, n: number): [number, number] | null {
  if (n > 0) {
    if (a >= at) return [a + n, b + n];
    if (b >= at) return [a, b + n];
    return [a, b];
  }
  const end = at - n - 1;
  const a2 = a < at ? a : a > end ? a + n : at;
  const b2 = b < at ? b : b > end ? b + n : at - 1;
  return b2 < a2 ? null : [a2, b2];
}

function shiftRect(rect: Rect, band: Rect, dr: number, dc: number): Rect | null {
  // Only rects lying across the whole band move: Excel shifts what is beside the inserted cells.
  if (dr !== 0) {
    if (rect.c0 < band.c0 || rect.c1 > band.c1) return rect;
    const s = shiftSpan(rect.r0, rect.r1, band.r0, dr);
    return s ? { ...rect, r0: s[0], r1: s[1] } : null;
  }
  if (rect.r0 < band.r0 || rect.r1 > band.r1) return rect;
  const s = shiftSpan(rect.c0, rect.c1, band.c0, dc);
  return s ? { ...rect, c0: s[0], c1: s[1] } : null;
}

function shiftAll(sheet: SimSheet, band: Rect, dr: number, dc: number, tables: { rect: Rect }[]): void {
  const move = <T extends { rect: Rect }>(list: T[]): T[] =>
    list.flatMap((x) => {
      const r = shiftRect(x.rect, band, dr, dc);
      if (!r) return [];
      x.rect = r;
      return [x];
    });
  sheet.validations = move(sheet.validations);
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
    const areas = cfAreas(cf).flatMap((a) => {
      const r = shiftRect(a, band, dr, dc);
      return r ? [r] : [];
    });
    if (areas.length === 0) return [];
    cf.rect = areas[0]!;
    if (areas.length > 1) cf.areas = areas;
    else delete cf.areas;
    return [cf];
  });
  move(tables);
  sheet.merges = sheet.merges.flatMap((m) => {
    const r = shiftRect(m, band, dr, dc);
    return r ? [r] : [];
  });
}

/**
 * Inserts (count > 0) or deletes (count < 0) `|count|` rows at band.r0 within the columns of band
 * ('Down'/'Up'), or columns at band.c0 within its rows ('Right'/'Left').
 */
export function shiftCells(sheet: SimSheet, band: Rect, axis: 'rows' | 'cols', count: number, tables: { rect: Rect }[]): void {
  if (axis === 'rows') {
    const wholeRows = band.c0 === 0 && band.c1 === MAX_COLS - 1;
    if (wholeRows) {
      if (count > 0) sheet.rows.splice(band.r0, 0, ...new Array<SimCell[]>(count).fill([]).map(() => []));
      else sheet.rows.splice(band.r0, -count);
    } else {
      const last = sheet.rows.length - 1;
      if (count > 0) {
        for (let r = last; r >= band.r0; r--) moveCells(sheet, r, r + count, band.c0, band.c1);
      } else {
        for (let r = band.r0; r <= last; r++) moveCells(sheet, r - count, r, band.c0, band.c1);
      }
    }
    shiftAll(sheet, band, count, 0, tables);
    return;
  }
  sheet.rows.forEach((row, r) => {
    if (r < band.r0 || r > band.r1) return;
    if (count > 0) row.splice(band.c0, 0, ...new Array<SimCell | undefined>(count).fill(undefined));
    else row.splice(band.c0, -count);
  });
  shiftAll(sheet, band, 0, count, tables);
}

function moveCells(sheet: SimSheet, from: number, to: number, c0: number, c1: number): void {
  const src = sheet.rows[from];
  for (let c = c0; c <= c1; c++) {
    const cell = src?.[c];
    if (cell) {
      sheet.ensure(to, c);
      sheet.rows[to]![c] = cell;
      delete src![c];
    } else if (sheet.rows[to]?.[c]) delete sheet.rows[to]![c];
  }
}

/** Merges rect; like Excel, only the top-left value survives. */
export function mergeRect(sheet: SimSheet, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
  sheet.merges.push(rect);
  forEachStored(sheet, rect, (cell, r, c) => {
    if (r === rect.r0 && c === rect.c0) return;
    delete cell.v;
    delete cell.f;
    delete cell.error;
  });
}
