/**
 * What the grid's cell editor starts from and whether a cell may be edited at all, as Excel decides both:
 * the editor shows what the formula bar shows (the formula, the value as typed, the quote prefix of text that
 * would otherwise read as a number, a formula…), and a locked cell of a protected sheet refuses to be edited.
 */
import { cellText } from './runtime';
import type { SimSheet, SimWorkbook } from './runtime';
import { writeInput } from './runtime/cells';
import { SimSheet as ProbeSheet } from './runtime/model';

/** True when typing `text` into a plain (General) cell would keep it as exactly that text. */
function staysText(text: string): boolean {
  const probe = new ProbeSheet('probe');
  writeInput(probe, 0, 0, text, 'probe');
  const cell = probe.cell(0, 0);
  return cell?.f === undefined && cell?.error !== true && cell?.v === text;
}

/** Whether the number format shows a date or time (the editor then shows it as displayed, as Excel does). */
const isDateFormat = (nf: string) => /[ymdhs]/i.test(nf.replace(/"[^"]*"|\[[^\]]*\]/g, ''));

/**
 * The text the in-cell editor opens with (F2, double-click): typed back unchanged, it gives the same cell.
 * Text such as `=SUM(1,2)` or `007` that is text only thanks to a quote prefix gets its `'` back.
 */
export function editTextOf(wb: SimWorkbook, sheet: SimSheet, r: number, c: number): string {
  const cell = sheet.cell(r, c);
  if (!cell) return '';
  if (cell.f !== undefined) return cell.f;
  const v = cell.v;
  if (v === undefined) return '';
  if (cell.error === true || typeof v === 'boolean') return cellText(wb, sheet, r, c);
  if (typeof v === 'number') return isDateFormat(sheet.numberFormatOf(r, c)) ? cellText(wb, sheet, r, c) : String(Number(v.toPrecision(15)));
  if (sheet.numberFormatOf(r, c) === '@' || staysText(v)) return v;
  return `'${v}`;
}

/** Excel refuses to edit a locked cell (cells are locked unless unlocked) while its sheet is protected. */
export function isLocked(sheet: SimSheet, r: number, c: number): boolean {
  return sheet.protection.protected && sheet.formatOf(r, c, 'locked') !== false;
}

/** Clipboard text as cells: rows by line, cells by tab (how Excel and browsers copy cells), a rectangle. */
export function pastedRows(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}
