import type { CellRange, CellValue } from '../../ledger/types';
import { EMPTY_ROW } from '../sheet-rows';
import { notSure } from './not-sure';
import { decodeRange } from './address';
import { CLOSE, OPEN } from './xml-scan';
import type { XmlScanner } from './xml-scan';

/**
 * `<mergeCells>` of a worksheet, as exceljs applies them: each merge listed 0-based (in document order, as
 * read.ts lists exceljs' merge map), and the cells of a merge other than its top-left one emptied.
 */

/** `<mergeCells>` just opened: its merges (single-cell, reversed or overlapping ones are not ours). */
export function readMergeCells(s: XmlScanner): CellRange[] {
  const out: CellRange[] = [];
  for (let k = s.next(); k !== CLOSE; k = s.next()) {
    if (k !== OPEN) continue;
    const ref = s.name === 'mergeCell' ? s.attrs['ref'] : undefined;
    if (ref === undefined || !ref.includes(':')) return notSure('merge ref');
    const r = decodeRange(ref);
    if (r.top > r.bottom || r.left > r.right || (r.top === r.bottom && r.left === r.right)) notSure('merge ref');
    const m = { top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 };
    // exceljs refuses to merge cells already merged (the whole load fails).
    if (out.some((o) => o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right)) notSure('overlapping merges');
    out.push(m);
    s.skip();
  }
  return out;
}

/** Drop the cells of each merge but its top-left one (from rows already built). */
export function dropMerged(rows: CellValue[][], merges: readonly CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const row = rows[r];
      if (!row || row === EMPTY_ROW) continue;
      for (let c = m.left; c <= m.right && c < row.length; c++) if (r !== m.top || c !== m.left) row[c] = null;
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
    }
  }
  // A row left with no value is left out, as exceljs' reader leaves it (trailing ones dropped).
  for (let r = 0; r < rows.length; r++) if (rows[r]?.length === 0) rows[r] = EMPTY_ROW;
  while (rows.length > 0 && rows[rows.length - 1] === EMPTY_ROW) rows.pop();
}

