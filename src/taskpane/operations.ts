/**
 * The task pane's boundary to Excel: every operation it calls, in one place, so tests can replace this module
 * (jest.mock) and the preview runs the real ones on the in-memory runtime. Heavy parts stay lazy: the xlsx parser
 * is imported by importWorkbooks only when files are imported.
 */
export {
  insertTemplate,
  checkWorkbook,
  showFindings,
  clearFindings,
  selectCell,
  applyFixes,
  markReviewed,
  importWorkbooks,
  consolidateWorkbook,
  exportForms,
  upgradeForms,
  runAudit,
  readDepartmentSheet,
  readPreviousYear,
  isFailure,
  REVIEWABLE_CODES,
  watchLedgerEdits,
} from '../excel';
export type { Failure, CheckWorkbookResult, ImportFile, Progress, SheetFindings, PreviousYear, AuditResult } from '../excel';
export { proposeFixes } from '../ledger';
export type { CheckResult, Fix, Issue, ReviewMark, Severity } from '../ledger';
