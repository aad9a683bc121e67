import type { CellRange, CellValue } from '../../ledger/types';
import { EMPTY_ROW } from '../sheet-rows';
import { CLOSE, END, OPEN } from '../direct/xml-scan';
import type { XmlScanner } from '../direct/xml-scan';
import { OdsTooLarge, count, odsCellValue } from './cell';
import type { OdsNames } from './names';

/**
 * One `<table:table>` as the engine's rows and merges, the shape the .xlsx readers give: rows from A1, empty
 * cells left out, gaps filled with the shared EMPTY_ROW, trailing empty rows dropped; a merge's value only in
 * its top-left cell (the covered cells' content, which LibreOffice keeps hidden, is not read).
 *
 * Repeats are bounded: `number-rows-repeated` / `number-columns-repeated` on empty rows and cells only move
 * the cursor (LibreOffice ends every sheet with an empty row repeated to row 1,048,576, which costs nothing);
 * repeated content is copied, counted against `Budget`, and refused past Excel's sheet size.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/**
 * Cells with a value, per file, once repeats are expanded: well above a real ledger (100,000 rows × 12 columns
 * is 1.2 million), well below what would exhaust memory (repeats make a small file expand without limit).
 */
export const MAX_CELLS = 5_000_000;
/** Merged areas per file (a merge costs an object; a real ledger has a handful). */
export const MAX_MERGES = 100_000;

/** What a file may still expand to, shared by its sheets. */
export class Budget {
  cells = MAX_CELLS;
  merges = MAX_MERGES;
  take(cells: number, merges: number): void {
    this.cells -= cells;
    this.merges -= merges;
    if (this.cells < 0) throw new OdsTooLarge(`more than ${MAX_CELLS} cells with a value`);
    if (this.merges < 0) throw new OdsTooLarge(`more than ${MAX_MERGES} merged areas`);
  }
}

interface RowRead {
  cells: CellValue[];
  /** Merges starting in this row, by column: [left, columns spanned, rows spanned]. */
  spans: [number, number, number][];
  values: number;
}

/** A `<table:table-row>` just opened: its cells (sparse by column) and the merges that start in it. */
function readRow(s: XmlScanner, n: OdsNames): RowRead {
  const cells: CellValue[] = [];
  const spans: [number, number, number][] = [];
  let col = 0;
  let values = 0;
  for (let t = s.next(); t !== CLOSE; t = s.next()) {
    if (t === END) break;
    if (t !== OPEN) continue;
    if (s.name === n.table.cell) {
      const repeat = count(s.attr(n.table.columnsRepeated));
      const colSpan = count(s.attr(n.table.columnsSpanned));
      const rowSpan = count(s.attr(n.table.rowsSpanned));
      const value = odsCellValue(s, n);
      if (colSpan > 1 || rowSpan > 1) {
        // A repeated spanning cell (no producer writes one) spans from its first copy only.
        if (col < MAX_COLS) spans.push([col, Math.min(colSpan, MAX_COLS - col), rowSpan]);
      }
      if (value !== null && value !== '') {
        if (col + repeat > MAX_COLS) throw new OdsTooLarge(`a value in column ${col + repeat}, past ${MAX_COLS}`);
        while (cells.length < col) cells.push(null);
        for (let k = 0; k < repeat; k++) cells[col + k] = value;
        values += repeat;
      }
      col += repeat;
    } else if (s.name === n.table.covered) {
      col += count(s.attr(n.table.columnsRepeated));
      s.skip();
    } else {
      s.skip();
    }
  }
  return { cells, spans, values };
}

/** The `<table:table>` just opened: its rows and merges (consumes it up to its close). */
export function readTable(s: XmlScanner, n: OdsNames, budget: Budget, onNames: (s: XmlScanner) => void): { rows: CellValue[][]; merges: CellRange[] } {
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  let rowIndex = 0;
  let depth = 1;
  while (depth > 0) {
    const t = s.next();
    if (t === END) break;
    if (t === CLOSE) {
      depth--;
      continue;
    }
    if (t !== OPEN) continue;
    if (n.table.rowGroups.has(s.name)) {
      depth++; // header rows and row groups hold rows: read through them
    } else if (s.name === n.table.row) {
      const repeat = count(s.attr(n.table.rowsRepeated));
      const row = readRow(s, n);
      if (row.values > 0 || row.spans.length > 0) {
        if (rowIndex + repeat > MAX_ROWS && row.values > 0) throw new OdsTooLarge(`a value in row ${rowIndex + repeat}, past ${MAX_ROWS}`);
        const copies = Math.min(repeat, MAX_ROWS - rowIndex);
        budget.take(row.values * copies, row.spans.length * copies);
        for (let r = 0; r < copies; r++) {
          const at = rowIndex + r;
          if (row.values > 0) {
            while (rows.length < at) rows.push(EMPTY_ROW);
            rows[at] = r === 0 ? row.cells : row.cells.slice();
          }
          for (const [left, cols, down] of row.spans) {
            merges.push({ top: at, left, bottom: Math.min(at + down, MAX_ROWS) - 1, right: left + cols - 1 });
          }
        }
      }
      rowIndex += repeat;
    } else if (s.name === n.table.namedExpressions) {
      onNames(s); // sheet-local names
    } else {
      s.skip(); // columns, shapes, forms, conditional formats, protection…
    }
  }
  return { rows, merges };
}
