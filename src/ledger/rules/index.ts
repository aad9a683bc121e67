/** The rule registry: every rule of SPEC §3, in catalogue order. The engine only iterates this list. */
import type { Rule } from './context';
import { assetNameDuplicate, classificationConflict, departmentDuplicate, departmentNotSubmitted, ledgerNotFound, ledgerStale } from './collection';
import { groupSuspected, level1Suspected } from './keywords';
import { columnMissing, departmentMissing, ledgerEmpty, ledgerHeaderInvalid } from './structure';
import { rowGap, textUntrimmed } from './text';
import { cellError, groupInvalid, levelInvalid, numberDuplicate, numberInvalid, requiredEmpty, valueNotCanonical } from './values';

export const RULES: readonly Rule[] = [
  ledgerHeaderInvalid,
  columnMissing,
  departmentMissing,
  requiredEmpty,
  numberInvalid,
  numberDuplicate,
  groupInvalid,
  levelInvalid,
  cellError,
  valueNotCanonical,
  level1Suspected,
  groupSuspected,
  assetNameDuplicate,
  ledgerEmpty,
  textUntrimmed,
  rowGap,
  departmentDuplicate,
  classificationConflict,
  departmentNotSubmitted,
  ledgerStale,
  ledgerNotFound,
];

export type { Rule, SheetRule, CollectionRule, SheetRuleContext, CollectionRuleContext } from './context';
