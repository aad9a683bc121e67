import type { CellRange, CellValue } from '../../ledger/types';
import { notSure } from './not-sure';
import { decodeRange } from './address';
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
    if (ref === undefined || !ref.includes(':')) return notSure('merge ref');
    const r = decodeRange(ref);
    if (r.top > r.bottom || r.left > r.right || (r.top === r.bottom && r.left === r.right)) notSure('merge ref');
    budget?.merge();
    out.push({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 });
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
