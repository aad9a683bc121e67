import type { CellValue, SheetInput, WorkbookInput } from '../ledger/types';

/**
 * A workbook as it crosses a thread boundary: only non-empty rows, with their index. Structured cloning the
 * plain `rows` would turn the reader's shared empty row into one new array per gap row (a million for a
 * sheet whose used range reaches the last row).
 */
export interface PackedWorkbook {
  file: string | null;
  sheets: (Omit<SheetInput, 'rows'> & { rowCount: number; filled: [number, CellValue[]][] })[];
}

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

export function packWorkbook(wb: WorkbookInput): PackedWorkbook {
  return {
    file: wb.file,
    sheets: wb.sheets.map(({ rows, ...rest }) => {
      const filled: [number, CellValue[]][] = [];
      // The rows as they are: posting the message copies them anyway.
      rows.forEach((r, i) => {
        if (r.length > 0) filled.push([i, r as CellValue[]]);
      });
      return { ...rest, rowCount: rows.length, filled };
    }),
  };
}

export function unpackWorkbook(p: PackedWorkbook): WorkbookInput {
  return {
    file: p.file,
    sheets: p.sheets.map(({ rowCount, filled, ...rest }) => {
      const rows: CellValue[][] = new Array<CellValue[]>(rowCount).fill(EMPTY_ROW);
      for (const [i, r] of filled) rows[i] = r;
      return { ...rest, rows };
    }),
  };
}
