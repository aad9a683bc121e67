import type { CellRange, CellValue } from '../../ledger/types';
import { EMPTY_ROW } from '../sheet-rows';

/**
 * Merged ranges swept down the rows: at any row, the ranges that contain it have disjoint columns (once
 * overlaps are ruled out), so they can be kept ordered by their left column and found by binary search.
 * Both the overlap check and the emptying of merged cells run in O(n log n) for n ranges (plus the cells
 * visited), never comparing each range with all earlier ones: 50,000 merges take milliseconds, a merge over
 * the whole sheet costs one range.
 */
class Sweep {
  /** Ranges that may contain the current row, by left column; ranges ending above it are dropped lazily. */
  private active: CellRange[] = [];
  private compactAt = 1024;

  /** Index of the last range whose left column is ≤ `col` (-1: none). */
  private before(col: number): number {
    let lo = 0;
    let hi = this.active.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.active[mid]?.left ?? 0) <= col) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Drop the ranges that end above `row` once the list has grown (their columns are free again). */
  private compact(row: number): void {
    if (this.active.length < this.compactAt) return;
    this.active = this.active.filter((m) => m.bottom >= row);
    this.compactAt = Math.max(1024, this.active.length * 2);
  }

  /** The live range (containing `row`) with the greatest left column ≤ `col`, and its index; null when none. */
  private liveBefore(row: number, col: number): { at: number; m: CellRange } | null {
    for (let i = this.before(col); i >= 0; i--) {
      const m = this.active[i];
      if (m && m.bottom >= row) return { at: i, m };
      this.active.splice(i, 1);
    }
    return null;
  }

  /** The range containing cell (row, col), or null. */
  at(row: number, col: number): CellRange | null {
    const found = this.liveBefore(row, col);
    return found && found.m.right >= col ? found.m : null;
  }

  /**
   * Add `m`, whose top row is the current row (ranges come in order of top row): false, and nothing added,
   * when it overlaps a range already there.
   */
  add(m: CellRange): boolean {
    this.compact(m.top);
    const prev = this.liveBefore(m.top, m.left);
    if (prev && prev.m.right >= m.left) return false;
    const next = (prev ? prev.at : -1) + 1;
    for (;;) {
      const n = this.active[next];
      if (n === undefined || n.bottom >= m.top) break;
      this.active.splice(next, 1);
    }
    const n = this.active[next];
    if (n && n.left <= m.right) return false;
    this.active.splice(next, 0, m);
    return true;
  }
}

/** The ranges ordered by top row, then left column (a copy: the caller's order is kept). */
function byTop(merges: readonly CellRange[]): CellRange[] {
  return [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Whether any two of the ranges share a cell. */
export function anyOverlap(merges: readonly CellRange[]): boolean {
  const sweep = new Sweep();
  for (const m of byTop(merges)) if (!sweep.add(m)) return true;
  return false;
}

/**
 * Empty every cell of each range but its top-left one (in rows already built; the ranges must not overlap),
 * visiting only the rows that hold values. A row left with no value is left out, as exceljs' reader leaves it
 * (the shared EMPTY_ROW; trailing ones dropped).
 */
export function emptyMergedCells(rows: CellValue[][], merges: readonly CellRange[]): void {
  const sorted = byTop(merges);
  const sweep = new Sweep();
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row || row === EMPTY_ROW) continue;
    for (let m = sorted[k]; m !== undefined && m.top <= r; m = sorted[++k]) if (m.bottom >= r) sweep.add(m);
    for (let c = 0; c < row.length; c++) {
      if (row[c] === null || row[c] === undefined) continue;
      const m = sweep.at(r, c);
      if (m && (r !== m.top || c !== m.left)) row[c] = null;
    }
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    if (row.length === 0) rows[r] = EMPTY_ROW;
  }
  while (rows.length > 0 && rows[rows.length - 1] === EMPTY_ROW) rows.pop();
}
