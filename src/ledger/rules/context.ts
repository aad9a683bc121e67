/**
 * What a rule sees. Rules are module objects `{ code, scope, check }` held in a registry (rules/index.ts):
 * the engine runs each one whose code the policy pack gives a severity, and never switches on a code.
 */
import type { PolicyPack } from '../../policy/types';
import type { IssueCode } from '../codes';
import type { CollectedSheet, SheetRead } from '../reader';
import type { Issue, IssueLocation, ParamValue } from '../types';

export type Params = Readonly<Record<string, ParamValue>>;

/** Context of a sheet rule: one ledger sheet. */
export interface SheetRuleContext {
  readonly sheet: SheetRead;
  readonly policy: PolicyPack;
  /** An issue of the rule's code at a cell of this sheet (null: the sheet as a whole). */
  issue(cell: string | null, params?: Params): Issue;
}

/** Context of a collection rule: every ledger of every workbook of one check. */
export interface CollectionRuleContext {
  readonly sheets: readonly CollectedSheet[];
  /** Every input workbook's file, how many ledgers were found in it and how many sheets this tool wrote. */
  readonly files: readonly { readonly file: string | null; readonly ledgers: number; readonly toolSheets: number }[];
  readonly policy: PolicyPack;
  /** `YYYY-MM-DD`. */
  readonly today: string;
  readonly expectedDepartments: readonly string[] | null;
  issue(location: IssueLocation, department: string | null, params?: Params): Issue;
}

export interface SheetRule {
  readonly code: IssueCode;
  readonly scope: 'sheet';
  /** Structural rules also run in `readWorkbook` (the reader's own findings). */
  readonly structural?: boolean;
  /** Keyword rules, which will sometimes be wrong: a user may mark their findings as reviewed (SPEC §6). */
  readonly reviewable?: boolean;
  /** The value that fixes one of this rule's findings, for rules that can be auto-fixed; null when it cannot. */
  fix?(issue: Issue): string | number | null;
  check(ctx: SheetRuleContext): Issue[];
}

export interface CollectionRule {
  readonly code: IssueCode;
  readonly scope: 'collection';
  check(ctx: CollectionRuleContext): Issue[];
}

export type Rule = SheetRule | CollectionRule;

/** Build an issue with the policy's severity for its code. */
export function makeIssue(
  policy: PolicyPack,
  code: IssueCode,
  location: IssueLocation,
  department: string | null,
  params: Params = {},
): Issue {
  return { code, severity: policy.severities[code] ?? 'warning', location, department, params };
}

/** The context for running sheet rule `code` over `sheet`. */
export function sheetContext(sheet: SheetRead, policy: PolicyPack, code: IssueCode): SheetRuleContext {
  const { file, sheet: name, department } = sheet.ledger;
  return {
    sheet,
    policy,
    issue: (cell, params = {}) => makeIssue(policy, code, { file, sheet: name, cell }, department, params),
  };
}

/** The pack's header text for a column key (`group` → `群`). */
export function columnHeader(policy: PolicyPack, key: string): string {
  return policy.columns.find((c) => c.key === key)?.header ?? key;
}
