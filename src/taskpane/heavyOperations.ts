/**
 * The operations the pane loads on first use (a chunk of their own): each writes sheets or reads files, and none is
 * needed to show the pane. Keeping them out of the start-up bundle keeps the task pane within its 200 KB budget.
 */
export { insertTemplate } from '../excel/insertTemplate';
export { applyFixes } from '../excel/fixes';
export { importWorkbooks } from '../excel/importWorkbooks';
export { consolidateWorkbook } from '../excel/consolidate';
export { readDepartmentSheet } from '../excel/departmentSheet';
export { readPreviousYear } from '../excel/previousYear';
export { exportForms } from '../excel/forms';
export { upgradeForms } from '../excel/upgrade';
export { runAudit } from '../excel/audit';
