/**
 * The ledger engine's public API: pure TypeScript, cell grids in, ledgers + issues out. Never throws on bad
 * data. See /work/shared/SPEC.md §1–§6.
 */
export * from './types';
export { hanamaki } from '../policy/hanamaki';
export type { PolicyPack } from '../policy/types';
export { ENGINE_CODES, ISSUE_CODES, isIssueCode } from './codes';
export type { IssueCode } from './codes';
export { readWorkbook, checkWorkbooks, fileUnreadableIssue } from './check';
export type { CheckOptions, CheckResult } from './check';
export { consolidate, UNKNOWN_DEPARTMENT } from './consolidate';
export type { Consolidation } from './consolidate';
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
