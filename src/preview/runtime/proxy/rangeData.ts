/** Range data at sync time: reading values/formulas/formats/text and applying writes, with Excel's shape rules. */
import type { Rect } from '../address';
import { MAX_COLS, MAX_ROWS, qualified, rectCols, rectRows } from '../address';
import { formulaOf, textOf, valueOf, valueTypeOf, writeFormula, writeInput } from '../cells';
import { accessDenied, invalidArgument, responseTooLarge } from '../errors';
import type { Hyperlink, SimSheet, SimWorkbook } from '../model';
import { PAYLOAD_LIMIT } from './context';

export interface RangeEntity {
  sheet: SimSheet;
  rect: Rect;
}

/** Throws AccessDenied when a protected sheet would change a locked cell (cells are locked by default). */
export function checkEditable(sheet: SimSheet, rect: Rect, where: string): void {
  if (!sheet.protection.protected) return;
  const r1 = Math.min(rect.r1, rect.r0 + 10_000);
  for (let r = rect.r0; r <= r1; r++)
    for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 1000); c++)
      if (sheet.formatOf(r, c, 'locked') !== false) throw accessDenied(where);
}

/** A Range scalar as Office.js reports it (2-D arrays for cell properties). */
export function readRangeProp(wb: SimWorkbook, e: RangeEntity, prop: string): unknown {
  const { sheet, rect } = e;
  const grid = <T>(fn: (r: number, c: number) => T): T[][] => {
    const rows = rectRows(rect);
    const cols = rectCols(rect);
    if (rows * cols * 3 > PAYLOAD_LIMIT) throw responseTooLarge(rows * cols * 3);
    const out: T[][] = new Array<T[]>(rows);
    for (let i = 0; i < rows; i++) {
      const row = new Array<T>(cols);
      for (let j = 0; j < cols; j++) row[j] = fn(rect.r0 + i, rect.c0 + j);
      out[i] = row;
    }
    return out;
  };
  switch (prop) {
    case 'address':
    case 'addressLocal':
      return qualified(sheet.name, rect);
    case 'rowIndex':
      return rect.r0;
    case 'columnIndex':
      return rect.c0;
    case 'rowCount':
      return rectRows(rect);
    case 'columnCount':
      return rectCols(rect);
    case 'cellCount':
      return rectRows(rect) * rectCols(rect);
    case 'values':
      return grid((r, c) => valueOf(wb, sheet, r, c));
    case 'formulas':
    case 'formulasLocal':
      return grid((r, c) => formulaOf(wb, sheet, r, c));
    case 'numberFormat':
    case 'numberFormatLocal':
      return grid((r, c) => sheet.numberFormatOf(r, c));
    case 'valueTypes':
      return grid((r, c) => valueTypeOf(wb, sheet, r, c));
    case 'text':
      return grid((r, c) => textOf(wb, sheet, r, c));
    case 'isEntireColumn':
      return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
    case 'isEntireRow':
      return rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
    case 'hyperlink': {
      const link = sheet.cell(rect.r0, rect.c0)?.link;
      return link ? { ...link } : null;
    }
    default:
      return undefined;
  }
}

/** Applies a Range property write at sync; false when the property is not one of these. */
export function writeRangeProp(wb: SimWorkbook, e: RangeEntity, prop: string, value: unknown): boolean {
  const { sheet, rect } = e;
  const where = `Range.${prop}`;
  if (prop === 'values' || prop === 'formulas' || prop === 'formulasLocal' || prop === 'numberFormat' || prop === 'numberFormatLocal') {
    const at = shaped(value, rect, where);
    if (prop.startsWith('numberFormat')) {
      if (typeof value === 'string' && (isWholeCols(rect) || isWholeRows(rect))) {
        // A format for whole columns/rows is kept on them (Excel does not make those cells 'used').
        setLineNumberFormat(sheet, rect, value);
        return true;
      }
      eachCell(rect, (r, c, i, j) => {
        const nf = at(i, j);
        if (nf === null || nf === undefined) return;
        if (typeof nf !== 'string') throw invalidArgument(where);
        sheet.ensure(r, c).nf = nf;
      });
      return true;
    }
    checkEditable(sheet, rect, where);
    const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
    // A single-cell change carries its value before and after (WorksheetChangedEventArgs.details, ExcelApi 1.9).
    const before = single ? { value: valueOf(wb, sheet, rect.r0, rect.c0), type: valueTypeOf(wb, sheet, rect.r0, rect.c0) } : undefined;
    const write = prop === 'values' ? writeInput : writeFormula;
    eachCell(rect, (r, c, i, j) => write(sheet, r, c, at(i, j), where));
    wb.noteChange(sheet, rect, 'RangeEdited', before);
    return true;
  }
  if (prop === 'hyperlink') {
    const link = value as Hyperlink | null;
    eachCell(rect, (r, c) => {
      if (!link) {
        const cell = sheet.cell(r, c);
        if (cell) delete cell.link;
        return;
      }
      if (typeof link !== 'object') throw invalidArgument(where);
      const cell = sheet.ensure(r, c);
      cell.link = { ...link };
      if (link.textToDisplay !== undefined) {
        cell.v = link.textToDisplay;
        delete cell.f;
      }
    });
    wb.noteChange(sheet, rect);
    return true;
  }
  return false;
}

const isWholeCols = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;
const isWholeRows = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLS - 1;

function setLineNumberFormat(sheet: SimSheet, rect: Rect, nf: string): void {
  const cols = isWholeCols(rect);
  const map = cols ? sheet.colFormats : sheet.rowFormats;
  const [a, b] = cols ? [rect.c0, rect.c1] : [rect.r0, rect.r1];
  for (let i = a; i <= b; i++) map.set(i, { ...map.get(i), numberFormat: nf });
  sheet.rows.forEach((row, r) => {
    if (r < rect.r0 || r > rect.r1) return;
    row.forEach((cell, c) => {
      if (cell?.nf !== undefined && c >= rect.c0 && c <= rect.c1) cell.nf = nf;
    });
  });
}

function eachCell(rect: Rect, fn: (r: number, c: number, i: number, j: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c, r - rect.r0, c - rect.c0);
}

/** Accessor for a 2-D input of the range's exact shape, or one value for every cell; InvalidArgument otherwise. */
function shaped(value: unknown, rect: Rect, where: string): (i: number, j: number) => unknown {
  if (!Array.isArray(value)) {
    if (rectRows(rect) * rectCols(rect) > 5_000_000) throw invalidArgument(where, 'range too large');
    return () => value;
  }
  const rows = rectRows(rect);
  const cols = rectCols(rect);
  if (value.length !== rows) throw invalidArgument(where, `${value.length} rows for a range of ${rows}`);
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== cols) throw invalidArgument(where, `row of ${Array.isArray(row) ? row.length : 'non-array'} for ${cols} columns`);
  }
  const grid = value as unknown[][];
  return (i, j) => grid[i]![j];
}
