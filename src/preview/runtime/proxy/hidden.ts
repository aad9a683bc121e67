/**
 * Range.columnHidden and Range.rowHidden (ExcelApi 1.2), as Office.js documents them: reading gives true when every
 * column (row) of the range is hidden, false when none is, null when some are; writing hides or shows every column
 * (row) the range spans. A hidden column is not shown and not printed, and survives the xlsx round trip.
 */
import type { Rect } from '../address';
import { invalidArgument } from '../errors';
import type { SimSheet } from '../model';

export const HIDDEN_PROPS = ['columnHidden', 'rowHidden'] as const;

const linesOf = (sheet: SimSheet, prop: string, rect: Rect) =>
  prop === 'columnHidden' ? { set: sheet.hiddenCols, from: rect.c0, to: rect.c1 } : { set: sheet.hiddenRows, from: rect.r0, to: rect.r1 };

export function isHiddenProp(prop: string): boolean {
  return (HIDDEN_PROPS as readonly string[]).includes(prop);
}

export function readHidden(sheet: SimSheet, rect: Rect, prop: string): boolean | null {
  const { set, from, to } = linesOf(sheet, prop, rect);
  const n = set.countIn(from, to);
  return n === 0 ? false : n === to - from + 1 ? true : null;
}

export function writeHidden(sheet: SimSheet, rect: Rect, prop: string, value: unknown): void {
  if (typeof value !== 'boolean') throw invalidArgument(`Range.${prop}`);
  const { set, from, to } = linesOf(sheet, prop, rect);
  set.set(from, to, value);
}
