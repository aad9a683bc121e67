import type { CellRange, CellValue } from '../../ledger/types';
import { notSure } from './not-sure';
import { decode } from './address';
import { CLOSE, OPEN } from './xml-scan';
import type { XmlScanner } from './xml-scan';
import type { Budget } from '../limits';
import { anyOverlap, emptyMergedCells } from './merge-index';

/**
 * `<mergeCells>` of a worksheet, as exceljs applies them: each merge listed 0-based (in document order, as
 * read.ts lists exceljs' merge map), and the cells of a merge other than its top-left one emptied.
 */

/** `<mergeCells>` just opened: its merges (single-cell, reversed or overlapping ones are not ours), counted in `budget`. */
export function readMergeCells(s: XmlScanner, budget?: Budget): CellRange[] {
  const out: CellRange[] = [];
  for (let k = s.next(); k !== CLOSE; k = s.next()) {
    if (k !== OPEN) continue;
    const ref = s.name === 'mergeCell' ? s.attrs['ref'] : undefined;
    const parts = ref?.split(':');
    if (parts?.length !== 2) return notSure('merge ref');
    const a = decode(parts[0] ?? '');
    const b = decode(parts[1] ?? '');
    if (a.row > b.row || a.col > b.col || (a.row === b.row && a.col === b.col)) notSure('merge ref');
    budget?.merge();
    out.push({ top: a.row - 1, left: a.col - 1, bottom: b.row - 1, right: b.col - 1 });
    s.skip();
  }
  // exceljs refuses to merge cells already merged (the whole load fails). Checked through an index, never pair by pair.
  if (anyOverlap(out)) notSure('overlapping merges');
  return out;
}

/** Drop the cells of each merge but its top-left one (from rows already built). */
export function dropMerged(rows: CellValue[][], merges: readonly CellRange[]): void {
  emptyMergedCells(rows, merges);
}
