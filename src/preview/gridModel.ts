/**
 * What the preview grid draws, computed from the runtime's model: how many rows and columns, and how each cell
 * looks (its own fill and font, overlaid by the task pane's finding markers, which are conditional formats).
 */
import type { CSSProperties } from 'react';
import type { SimSheet } from './runtime';
import { cfAreas } from './runtime/model';

/** Rects as the runtime keeps them (0-based, inclusive). */
interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Columns beyond Z hold the ledger tag (AZ1) and nothing a user edits: the grid stops at Z. */
export const MAX_GRID_COLUMNS = 26;
export const MAX_GRID_ROWS = 1000;

/** Rows and columns to draw: the used range plus some room to type, at least a screenful. */
export function gridExtent(sheet: SimSheet, selection: Rect | null): { rows: number; cols: number } {
  const used = sheet.usedRect(false);
  const lastRow = Math.max(used?.r1 ?? 0, selection?.r1 ?? 0);
  const lastCol = Math.max(used ? Math.min(used.c1, MAX_GRID_COLUMNS - 1) : 0, selection?.c1 ?? 0);
  return {
    rows: Math.min(MAX_GRID_ROWS, Math.max(30, lastRow + 6)),
    cols: Math.min(MAX_GRID_COLUMNS, Math.max(8, lastCol + 2)),
  };
}

/** Column width in CSS pixels (the model keeps points; Excel's default is 48 pt = 64 px). */
export function columnPixels(sheet: SimSheet, c: number): number {
  const points = sheet.colWidths.get(c) ?? 48;
  return Math.min(360, Math.max(24, Math.round((points * 4) / 3)));
}

const inside = (rect: Rect, r: number, c: number) => r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;

/** The severity of a task pane marker (its always-true rule formula names it), else null. */
export function markerSeverity(formula: string | undefined): string | null {
  const m = /ledger-check:(\w+)/.exec(formula ?? '');
  return m ? (m[1] ?? null) : null;
}

/** The cell's style and, when a finding marks it, that finding's severity. */
export function cellLook(sheet: SimSheet, r: number, c: number): { style: CSSProperties; marker: string | null } {
  const style: CSSProperties = {};
  const fill = sheet.formatOf(r, c, 'fill');
  if (fill) style.backgroundColor = fill;
  if (sheet.formatOf(r, c, 'bold')) style.fontWeight = 'bold';
  const color = sheet.formatOf(r, c, 'fontColor');
  if (color) style.color = color;
  const align = sheet.formatOf(r, c, 'horizontalAlignment');
  if (align === 'Center') style.textAlign = 'center';
  else if (align === 'Right') style.textAlign = 'right';
  let marker: string | null = null;
  // Only the add-in's own markers are always true; other conditional formats are not evaluated here.
  for (const cf of sheet.conditionalFormats) {
    const severity = markerSeverity(cf.rule.formula);
    if (severity && cfAreas(cf).some((a) => inside(a, r, c))) {
      marker = severity;
      if (cf.format.fill) style.backgroundColor = cf.format.fill;
    }
  }
  return { style, marker };
}
