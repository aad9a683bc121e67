/**
 * Random access to one sheet's cells in absolute 0-based coordinates, with merged areas resolved: every cell
 * of a merge reads as the merge's top-left value, whether the source left the other cells empty (Excel) or
 * repeated the value (LibreOffice). Works only from the rows that have content, so a used range of a million
 * formatted-but-empty rows costs one backward scan.
 */
import { isBlank } from './text';
import type { CellRange, CellValue, SheetInput } from './types';

export class Grid {
  readonly top: number;
  readonly left: number;
  /** Absolute index of the last row with content (top - 1 when the sheet is empty). */
  readonly lastRow: number;
  private readonly rows: readonly (readonly CellValue[])[];
  /** Merges by absolute row, only for rows within the content range. */
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(sheet: SheetInput) {
    const rows: unknown = sheet.rows;
    this.rows = Array.isArray(rows) ? (rows as CellValue[][]) : [];
    const origin = sheet.origin;
    this.top = origin && Number.isSafeInteger(origin.row) && origin.row >= 0 ? origin.row : 0;
    this.left = origin && Number.isSafeInteger(origin.col) && origin.col >= 0 ? origin.col : 0;
    let last = this.rows.length - 1;
    while (last >= 0 && !rowHasValue(this.rows[last])) last--;
    this.lastRow = this.top + last;
    const merges: unknown = sheet.merges;
    if (Array.isArray(merges)) for (const m of merges as unknown[]) this.addMerge(m);
    // By left column, for a binary search: a row may be crossed by thousands of merges (one per column).
    for (const list of this.mergesByRow.values()) if (list.length > 1) list.sort((a, b) => a.left - b.left);
  }

  private addMerge(m: unknown): void {
    if (typeof m !== 'object' || m === null) return;
    const r = m as CellRange;
    if (![r.top, r.left, r.bottom, r.right].every((x) => Number.isSafeInteger(x) && x >= 0)) return;
    if (r.bottom < r.top || r.right < r.left || (r.bottom === r.top && r.right === r.left)) return;
    const from = Math.max(r.top, this.top);
    const to = Math.min(r.bottom, this.lastRow);
    for (let row = from; row <= to; row++) {
      const list = this.mergesByRow.get(row);
      if (list) list.push(r);
      else this.mergesByRow.set(row, [r]);
    }
  }

  /** The value stored at the absolute cell itself (no merge resolution). */
  raw(row: number, col: number): CellValue {
    const r = this.rows[row - this.top];
    if (!Array.isArray(r)) return null;
    const v = (r as CellValue[])[col - this.left];
    return v === undefined ? null : v;
  }

  /**
   * The stored cells of an absolute row, indexed by column - `left` (no merge resolution: with no merges, what
   * `get` gives cell by cell), or null when the row holds none. A slot may be undefined: read it as null.
   */
  rowCells(row: number): readonly CellValue[] | null {
    const r = this.rows[row - this.top];
    return Array.isArray(r) ? r : null;
  }

  /** Whether any merge touches the content rows (else every cell is its own anchor). */
  get hasMerges(): boolean {
    return this.mergesByRow.size > 0;
  }

  /**
   * The merge containing the cell, if any: the one with the greatest left column ≤ `col` on the row (merges
   * never overlap in Excel; where a source gives overlapping ones, one of those containing the cell).
   */
  mergeAt(row: number, col: number): CellRange | null {
    const list = this.mergesByRow.get(row);
    if (!list) return null;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid]?.left ?? 0) <= col) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const m = list[i];
      if (m && col <= m.right) return m;
      if (lo - 1 - i >= 8) break; // overlapping merges only: look a few back, never the whole row
    }
    return null;
  }

  /** The cell's value, merges resolved to their top-left value. */
  get(row: number, col: number): CellValue {
    const m = this.mergesByRow.size === 0 ? null : this.mergeAt(row, col);
    if (m) return this.raw(m.top, m.left);
    return this.raw(row, col);
  }

  /** Whether the cell belongs to a merge whose anchor lies on another row. */
  continuesFromAbove(row: number, col: number): boolean {
    const m = this.mergesByRow.size === 0 ? null : this.mergeAt(row, col);
    return m !== null && m.top !== row;
  }

  /** Absolute coordinates of the cell holding the value (the merge anchor, or the cell itself). */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergesByRow.size === 0 ? null : this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Rightmost absolute column with a stored value on this row (left - 1 when none). */
  rowEnd(row: number): number {
    const r = this.rows[row - this.top];
    if (!Array.isArray(r)) return this.left - 1;
    let c = r.length - 1;
    while (c >= 0 && isBlank(r[c] as CellValue)) c--;
    let end = this.left + c;
    const list = this.mergesByRow.get(row);
    if (list) for (const m of list) end = Math.max(end, m.right);
    return end;
  }
}

function rowHasValue(row: unknown): boolean {
  if (!Array.isArray(row)) return false;
  for (const v of row as CellValue[]) if (!isBlank(v)) return true;
  return false;
}
