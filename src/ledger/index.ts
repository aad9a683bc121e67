/**
 * The ledger engine's public API: pure TypeScript, cell grids in, ledgers + issues out. Never throws on bad
 * data. See /work/shared/SPEC.md §1–§6.
 */
export * from './types';
export { hanamaki } from '../policy/hanamaki';
export type { PolicyPack } from '../policy/types';
export { ENGINE_CODES, ISSUE_CODES, isIssueCode } from './codes';
export type { IssueCode } from './codes';
export { readWorkbook, checkWorkbooks, startCheck, fileUnreadableIssue } from './check';
export type { CheckOptions, CheckResult, CheckSession } from './check';
export { consolidate, consolidatedAssetAt, consolidatedAssets, UNKNOWN_DEPARTMENT } from './consolidate';
export type { ConsolidatedAsset, Consolidation } from './consolidate';
export { proposeFixes } from './fixes';
export type { Fix } from './fixes';
export { templateModel, TEMPLATE_VERSION } from './template';
export type { TemplateModel } from './template';
export { sanitizeSheetName } from './sheetName';
export { rowFingerprint, applyReviews, REVIEWABLE_CODES } from './reviews';
export type { ReviewMark } from './reviews';
export { normalizeGroup, normalizeLevel, normalizeNumber, normalizePersonalInfo, parseDate } from './normalize';
export { nameKey, serialToIso, isoToSerial } from './text';
export { assetCell, columnLetter } from './address';
export { planFormUpgrade } from './upgrade';
export type { FormUpgrade, UpgradeCell, UpgradeOptions, UpgradePlan, UpgradeSource } from './upgrade';
export { departmentKey, departmentList, listLines, columnListLines } from './departments';
export type { DepartmentList, DepartmentDuplicate } from './departments';
export { fiscalYearStart, isCurrentFiscalYear } from './fiscal';
export { submissionStatus, currentYearStart } from './submission';
export type { SubmissionStatus, SubmissionRow, SubmittedLedger, SubmissionOptions } from './submission';
export { auditMatrix, matrixDifference, matrixCategories, categoryOf, categoryName, UNCLASSIFIED } from './matrix';
export type { ClassMatrix, Classified } from './matrix';
export { compareYears } from './compare';
export type { YearComparison, DepartmentChanges, AssetChange, ChangeCounts, ComparedAsset } from './compare';
export { carryFromLedgers, carryFromList, carriedRows, carriedKeys } from './carry';
export type { CarriedAsset, CarriedDepartment, CarrySource, ListedAsset } from './carry';
export { TOOL_SHEETS, AUDIT_PREFIX, BUILDING_SUFFIX, isToolSheet, isToolSheetName } from './toolSheets';
