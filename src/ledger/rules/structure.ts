/** Structural sheet rules: header, columns, 課, emptiness. They are the reader's own findings. */
import type { SheetRule } from './context';
import { columnHeader } from './context';

/** A tagged ledger sheet without a header row holding 番号, 情報資産名 and 内容. */
export const ledgerHeaderInvalid: SheetRule = {
  code: 'LEDGER_HEADER_INVALID',
  scope: 'sheet',
  structural: true,
  check: ({ sheet, issue }) => (sheet.ledger.headerRow === null ? [issue(null)] : []),
};

/** A template ledger lacking 群 or レベル; a form sheet lacking its （X群－レベルN） line. */
export const columnMissing: SheetRule = {
  code: 'COLUMN_MISSING',
  scope: 'sheet',
  structural: true,
  check: ({ sheet, policy, issue }) => {
    if (sheet.lineMissing) return [issue(null, { column: `${columnHeader(policy, 'group')}－${columnHeader(policy, 'level')}`, layout: 'form' })];
    return sheet.missingColumns.map((key) => issue(null, { column: columnHeader(policy, key), layout: 'template' }));
  },
};

/** No 課 from the tag, a 課名 cell, the title or the sheet name. */
export const departmentMissing: SheetRule = {
  code: 'DEPARTMENT_MISSING',
  scope: 'sheet',
  structural: true,
  check: ({ sheet, issue }) => (sheet.ledger.department === null ? [issue(null)] : []),
};

/** A ledger (with a header) that has no asset rows. */
export const ledgerEmpty: SheetRule = {
  code: 'LEDGER_EMPTY',
  scope: 'sheet',
  check: ({ sheet, issue }) => (sheet.ledger.headerRow !== null && sheet.rows.length === 0 ? [issue(null)] : []),
};
