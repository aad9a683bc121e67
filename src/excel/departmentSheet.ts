/**
 * The expected-department list (課の一覧) kept in a sheet, for 提出状況 (issue 12): the task pane reads it into its
 * list when the user asks, from the cells they selected — several cells: the first column of the selection — or,
 * with a single cell selected, the first column in use on that sheet. Cells become 課 as a typed list does
 * (`columnListLines`: blank cells and `#` comments skipped, a heading such as 課名 in the first cell left out).
 * Only reads. Two syncs: where the selection and the sheet's data are, then the column's values (bounded).
 */
import { columnListLines } from '../ledger/departments';
import { boxAddress } from './address';
import { runOperation } from './failure';
import type { Failure } from './failure';

/** Rows read at most (a 課 list has tens to a few hundred; this keeps the read small on a wrong sheet). */
export const LIST_ROWS = 2000;

export type ReadDepartmentSheetResult =
  | {
      readonly status: 'read';
      readonly sheet: string;
      /** The cells read, e.g. `A2:A40`. */
      readonly address: string;
      /** The 課 as listed, in order (duplicates left for the pane to report, as it does for pasted text). */
      readonly names: readonly string[];
      /** More rows were in use than LIST_ROWS; only the first were read. */
      readonly truncated: boolean;
    }
  /** Nothing to read: an empty sheet or a selection outside its data. */
  | { readonly status: 'empty'; readonly sheet: string }
  | Failure;

/** Read the 課 of the selected cells (or of the sheet's first used column); one Excel.run. */
export async function readDepartmentSheet(): Promise<ReadDepartmentSheetResult> {
  return runOperation(async (context) => {
    const selected = context.workbook.getSelectedRange().load('rowIndex,columnIndex,rowCount,columnCount');
    const ws = selected.worksheet.load('name');
    const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return { status: 'empty', sheet: ws.name } as const;
    const usedBottom = used.rowIndex + used.rowCount - 1;
    const several = selected.rowCount > 1 || selected.columnCount > 1;
    // A whole column selected (A:A) is a million rows: only the part with data counts.
    const column = several ? selected.columnIndex : used.columnIndex;
    const top = several ? Math.max(selected.rowIndex, used.rowIndex) : used.rowIndex;
    const bottom = several ? Math.min(selected.rowIndex + selected.rowCount - 1, usedBottom) : usedBottom;
    if (bottom < top) return { status: 'empty', sheet: ws.name } as const;
    const last = Math.min(bottom, top + LIST_ROWS - 1);
    const address = boxAddress(top, column, last, column);
    const cells = ws.getRange(address).load('values');
    await context.sync();
    const names = columnListLines(cells.values.map((row) => row[0])).map((l) => l.name);
    if (names.length === 0) return { status: 'empty', sheet: ws.name } as const;
    return { status: 'read', sheet: ws.name, address, names, truncated: last < bottom } as const;
  });
}
