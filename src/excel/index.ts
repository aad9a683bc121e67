/**
 * The Excel adapter: every add-in operation as ONE Excel.run with batched reads and writes (SPEC §9).
 * Each returns plain data for the task pane; errors the user can act on come back as `Failure`, not thrown.
 */
export { insertTemplate } from './insertTemplate';
export type { InsertTemplateOptions, InsertTemplateResult } from './insertTemplate';
export { checkWorkbook } from './check';
export type { CheckWorkbookOptions, CheckWorkbookResult } from './check';
export { showFindings, clearFindings, selectCell } from './findings';
export type { FindingsResult, SelectResult } from './findings';
export { applyFixes, CHANGE_LOG_HEADER } from './fixes';
export type { ApplyFixesResult, SkippedFix } from './fixes';
export { markReviewed, REVIEWABLE_CODES } from './reviews';
export type { MarkReviewedOptions, MarkReviewedResult } from './reviews';
export { importWorkbooks } from './importWorkbooks';
export type { ImportOptions, ImportResult, ImportedSheet } from './importWorkbooks';
export type { ImportFile } from './importPlan';
export { consolidateWorkbook } from './consolidate';
export type { ConsolidateOptions, ConsolidateResult, PreviousYear } from './consolidate';
export { readDepartmentSheet } from './departmentSheet';
export type { ReadDepartmentSheetResult } from './departmentSheet';
export { readPreviousYear } from './previousYear';
export type { ReadPreviousYearResult } from './previousYear';
export { exportForms } from './forms';
export type { ExportFormsResult } from './forms';
export { upgradeForms } from './upgrade';
export type { ConvertedLedger, UpgradeFormsOptions, UpgradeFormsResult } from './upgrade';
export { runAudit } from './audit';
export type { AuditOptions, AuditResult } from './audit';
export { isFailure } from './failure';
export type { Progress } from './progress';
export type { Failure, FailureKind } from './failure';
export { SUMMARY_SHEET, FORMS_SHEET, CHANGE_LOG_SHEET, REVIEW_SHEET, IMPORT_SHEET, AUDIT_PREFIX } from './toolSheets';
export { watchLedgerEdits, checkSheets } from './watch';
export type { EditWatch, SheetFindings, WatchOptions } from './watch';
