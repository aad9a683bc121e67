/**
 * The engine's entry points: read workbooks into ledgers, run the rule registry, sort the findings.
 * Nothing here throws on bad data; a sheet that cannot be read is skipped rather than failing the check.
 */
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import type { IssueCode } from './codes';
import { readSheet } from './reader';
import type { CollectedSheet, SheetRead } from './reader';
import { RULES } from './rules';
import type { CollectionRuleContext } from './rules';
import { makeIssue, sheetContext } from './rules/context';
import { sortIssues } from './sort';
import { isToolSheet } from './toolSheets';
import type { Issue, Ledger, PolicyRef, Severity, WorkbookInput } from './types';

export interface CheckOptions {
  /** Default: hanamaki. */
  policy?: PolicyPack;
  /** `YYYY-MM-DD`, for LEDGER_STALE; default: the real date. */
  today?: string;
  /** For DEPARTMENT_NOT_SUBMITTED. */
  expectedDepartments?: readonly string[] | null;
}

export interface CheckResult {
  policy: PolicyRef;
  /** All ledgers of all workbooks. */
  ledgers: Ledger[];
  /** Every sheet rule + the consolidation/audit rules, deterministically sorted. */
  issues: Issue[];
  counts: Record<Severity, number>;
}

const enabled = (policy: PolicyPack, code: IssueCode) => policy.severities[code] !== undefined;

function sheetsOf(workbook: WorkbookInput): readonly unknown[] {
  const sheets: unknown = workbook && typeof workbook === 'object' ? workbook.sheets : null;
  return Array.isArray(sheets) ? sheets : [];
}

function fileOf(workbook: WorkbookInput): string | null {
  return workbook && typeof workbook.file === 'string' ? workbook.file : null;
}

/**
 * Read every ledger sheet of one workbook, handing each to `onRead` as soon as it is read, passing over the tool's
 * own sheets (集計, 別記様式, 監査結果_*, …: never ledgers); tolerant of malformed sheets. Returns how many of the
 * tool's sheets it passed over.
 */
function eachLedger(workbook: WorkbookInput, policy: PolicyPack, order: Map<string, number>, onRead: (read: SheetRead) => void): number {
  const file = fileOf(workbook);
  let toolSheets = 0;
  sheetsOf(workbook).forEach((sheet, index) => {
    if (typeof sheet !== 'object' || sheet === null) return;
    if (isToolSheet(sheet as WorkbookInput['sheets'][number])) {
      toolSheets++;
      return;
    }
    let read: SheetRead | null = null;
    try {
      read = readSheet(sheet as WorkbookInput['sheets'][number], file, index, policy);
    } catch {
      // A sheet so malformed that reading it failed is no ledger; the check goes on with the others.
    }
    if (!read) return;
    if (!order.has(`${file ?? ''}\u0000${read.ledger.sheet}`)) order.set(`${file ?? ''}\u0000${read.ledger.sheet}`, order.size);
    onRead(read);
  });
  return toolSheets;
}

/** Read every ledger sheet of one workbook. */
function readAll(workbook: WorkbookInput, policy: PolicyPack, order: Map<string, number>): SheetRead[] {
  const out: SheetRead[] = [];
  eachLedger(workbook, policy, order, (read) => out.push(read));
  return out;
}

function runSheetRules(reads: readonly SheetRead[], policy: PolicyPack, structuralOnly: boolean): Issue[] {
  const out: Issue[] = [];
  for (const rule of RULES) {
    if (rule.scope !== 'sheet' || !enabled(policy, rule.code) || (structuralOnly && !rule.structural)) continue;
    for (const read of reads) {
      try {
        out.push(...rule.check(sheetContext(read, policy, rule.code)));
      } catch {
        // A rule must never take the whole check down; its silence is visible in tests.
      }
    }
  }
  return out;
}

/** Recognise ledger sheets in one workbook and read them (no rules besides the reader's structural ones). Never throws. */
export function readWorkbook(workbook: WorkbookInput, policy: PolicyPack = hanamaki): { ledgers: Ledger[]; issues: Issue[] } {
  const order = new Map<string, number>([[`${fileOf(workbook) ?? ''}\u0000`, 0]]);
  const reads = readAll(workbook, policy, order);
  return { ledgers: reads.map((r) => r.ledger), issues: dedupe(sortIssues(runSheetRules(reads, policy, true), order)) };
}

/** Today's date as `YYYY-MM-DD` in local time. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A check fed one workbook at a time (the CLI streams its files through one): `add` reads a workbook's ledgers
 * and runs the sheet rules on them, after which the caller may drop the workbook (nothing here keeps its cells);
 * `finish` runs the collection rules over everything added and sorts. The result is exactly `checkWorkbooks`'
 * for the same workbooks in the same order. Use once: `finish` ends the session.
 */
export interface CheckSession {
  /** Read and check one workbook; returns how many ledger sheets it holds. */
  add(workbook: WorkbookInput): number;
  finish(): CheckResult;
}

/** Start a check that takes its workbooks one by one (see `CheckSession`). */
export function startCheck(options: CheckOptions = {}): CheckSession {
  const policy = options.policy ?? hanamaki;
  const today = typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today) ? options.today : localToday();
  const order = new Map<string, number>();
  const reads: CollectedSheet[] = [];
  const files: { file: string | null; ledgers: number; toolSheets: number }[] = [];
  const issues: Issue[] = [];
  const add = (wb: WorkbookInput): number => {
    const file = fileOf(wb);
    if (!order.has(`${file ?? ''}\u0000`)) order.set(`${file ?? ''}\u0000`, order.size);
    let ledgers = 0;
    // Sheet by sheet: a sheet's rows serve its sheet rules and are let go before the next sheet is read (the
    // collection rules work from the ledgers' assets). The issues' order is the sort's, not this loop's.
    const toolSheets = eachLedger(wb, policy, order, (read) => {
      ledgers++;
      for (const issue of runSheetRules([read], policy, false)) issues.push(issue);
      const { rows: _rows, ...collected } = read;
      reads.push(collected);
    });
    files.push({ file, ledgers, toolSheets });
    return ledgers;
  };
  const finish = (): CheckResult => {
    for (const rule of RULES) {
      if (rule.scope !== 'collection' || !enabled(policy, rule.code)) continue;
      const ctx: CollectionRuleContext = {
        sheets: reads,
        files,
        policy,
        today,
        expectedDepartments: options.expectedDepartments ?? null,
        issue: (location, department, params = {}) => makeIssue(policy, rule.code, location, department, params),
      };
      try {
        issues.push(...rule.check(ctx));
      } catch {
        // See runSheetRules.
      }
    }
    const sorted = dedupe(sortIssues(issues, order));
    return { policy: { id: policy.id, version: policy.version }, ledgers: reads.map((r) => r.ledger), issues: sorted, counts: countBySeverity(sorted) };
  };
  return { add, finish };
}

/** Run every rule of the policy over all ledgers of all workbooks (sheet rules + consolidation/audit rules). */
export function checkWorkbooks(workbooks: readonly WorkbookInput[], options: CheckOptions = {}): CheckResult {
  const session = startCheck(options);
  for (const wb of Array.isArray(workbooks) ? workbooks : []) session.add(wb);
  return session.finish();
}

/** One finding per code and cell: a merged cell read on several rows is reported once. */
function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    if (i.location.cell === null) return true;
    const key = `${i.code}\u0000${i.location.file ?? ''}\u0000${i.location.sheet ?? ''}\u0000${i.location.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) if (i.severity in counts) counts[i.severity]++;
  return counts;
}

/** FILE_UNREADABLE for an input file that cannot be opened (raised by the CLI and the import). */
export function fileUnreadableIssue(file: string | null, reason: string, policy: PolicyPack = hanamaki): Issue {
  return makeIssue(policy, 'FILE_UNREADABLE', { file, sheet: null, cell: null }, null, { reason });
}
