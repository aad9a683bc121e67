/**
 * The task pane's boundary to Excel: every operation it calls, in one place, so tests can replace this module
 * (jest.mock) and the preview runs the real ones on the in-memory runtime. What the pane needs at once (the check,
 * the markers, the live check) is imported here; the operations that write sheets or read files come from
 * heavyOperations.ts, loaded on the first call (the xlsx parser and exceljs load later still, with the files).
 */
import type * as Heavy from './heavyOperations';

export { checkWorkbook } from '../excel/check';
export { showFindings, clearFindings, selectCell } from '../excel/findings';
export { markReviewed, REVIEWABLE_CODES } from '../excel/reviews';
export { isFailure } from '../excel/failure';
export { watchLedgerEdits } from '../excel/watch';
export type { Failure, CheckWorkbookResult, ImportFile, Progress, SheetFindings, PreviousYear, AuditResult } from '../excel';
export { proposeFixes } from '../ledger';
export type { CheckResult, Fix, Issue, ReviewMark, Severity } from '../ledger';

type HeavyName = keyof typeof Heavy;
let heavy: Promise<typeof Heavy> | null = null;

/** The operation `name`, loading its chunk on the first call of any of them. */
function later<K extends HeavyName>(name: K): (typeof Heavy)[K] {
  const call = async (...args: unknown[]): Promise<unknown> => {
    heavy ??= import(/* webpackChunkName: "operations" */ './heavyOperations');
    const operation = (await heavy)[name] as (...a: unknown[]) => Promise<unknown>;
    return operation(...args);
  };
  return call as unknown as (typeof Heavy)[K];
}

export const insertTemplate = later('insertTemplate');
export const applyFixes = later('applyFixes');
export const importWorkbooks = later('importWorkbooks');
export const consolidateWorkbook = later('consolidateWorkbook');
export const readDepartmentSheet = later('readDepartmentSheet');
export const readPreviousYear = later('readPreviousYear');
export const exportForms = later('exportForms');
export const upgradeForms = later('upgradeForms');
export const runAudit = later('runAudit');
