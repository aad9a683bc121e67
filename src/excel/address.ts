/**
 * A1 addresses for Office.js calls. Sheet names are always quoted the way Excel writes them
 * (`'It''s 課'!A1`), so names with spaces, quotes or 31 characters never break a reference (SPEC §10).
 */

import { columnLetter } from '../ledger/address';

/** 0-based column index → letters (0 → A, 26 → AA): the engine's own, so both sides name cells alike. */
export const columnLetters = columnLetter;

/** Letters → 0-based column index (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row/column → `B7`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 0-based inclusive box → `A1:F20` (or a single cell). */
export function boxAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

/** `B7` → 0-based {row, col}; null when it is not a plain A1 cell. */
export function parseCell(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** `A1:C3` (or `A1`) → 0-based inclusive box; null when unreadable. */
export function parseBox(a1: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to] = a1.split(':');
  const a = from === undefined ? null : parseCell(from);
  const b = to === undefined ? a : parseCell(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** A sheet name quoted for a reference: always in single quotes, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'It''s 課'!A1` — a reference usable in formulas and hyperlinks' documentReference. */
export function sheetReference(sheet: string, a1: string): string {
  return `${quoteSheet(sheet)}!${a1}`;
}

/**
 * Strip the sheet part of an address Office.js returns (`'It''s 課'!A1:C3` or `Sheet1!A1`) → `A1:C3`.
 * The sheet part may itself contain `!` inside quotes, so split on the last one.
 */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}
