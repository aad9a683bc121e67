/**
 * The engine's entry points: read workbooks into ledgers, run the rule registry, sort the findings.
 * Nothing here throws on bad data. A rule (or the sheet reader) that fails all the same is never skipped in
 * silence: it gives a RULE_FAILED error naming the rule and the sheet, so the result says it is incomplete.
 */
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import type { IssueCode } from './codes';
import { Interner } from './intern';
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
 * Append `items` one by one: `push(...items)` passes one argument per item and throws a RangeError past about
 * 125,000 of them (a ledger of 33,000 incomplete rows gives 132,000 findings).
 */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** The error's text for RULE_FAILED's `detail`: its kind and message, one line, shortened. */
function errorDetail(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** RULE_FAILED: rule `rule` (a code, or 'reader') failed on a sheet (or, sheet null, over the collection). */
function ruleFailed(rule: string, file: string | null, sheet: string | null, department: string | null, e: unknown): Issue {
  return { code: 'RULE_FAILED', severity: 'error', location: { file, sheet, cell: null }, department, params: { rule, sheet, detail: errorDetail(e) } };
}

function sheetName(sheet: object): string | null {
  const name: unknown = (sheet as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

/**
 * Read every ledger sheet of one workbook, handing each to `onRead` as soon as it is read, passing over the tool's
 * own sheets (集計, 別記様式, 監査結果_*, …: never ledgers); tolerant of malformed sheets. A sheet whose reading
 * failed (a defect, not bad data) gives RULE_FAILED into `failures`. Returns how many of the tool's sheets it
 * passed over.
 */
function eachLedger(
  workbook: WorkbookInput,
  policy: PolicyPack,
  order: Map<string, number>,
  onRead: (read: SheetRead) => void,
  failures: Issue[],
  intern: Interner,
): number {
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
      read = readSheet(sheet as WorkbookInput['sheets'][number], file, index, policy, intern);
    } catch (e) {
      failures.push(ruleFailed('reader', file, sheetName(sheet), null, e));
    }
    if (!read) return;
    if (!order.has(`${file ?? ''}\u0000${read.ledger.sheet}`)) order.set(`${file ?? ''}\u0000${read.ledger.sheet}`, order.size);
    onRead(read);
  });
  return toolSheets;
}

/** Read every ledger sheet of one workbook. */
function readAll(workbook: WorkbookInput, policy: PolicyPack, order: Map<string, number>, failures: Issue[]): SheetRead[] {
  const out: SheetRead[] = [];
  eachLedger(workbook, policy, order, (read) => out.push(read), failures, new Interner());
  return out;
}

function runSheetRules(reads: readonly SheetRead[], policy: PolicyPack, structuralOnly: boolean): Issue[] {
  const out: Issue[] = [];
  for (const rule of RULES) {
    if (rule.scope !== 'sheet' || !enabled(policy, rule.code) || (structuralOnly && !rule.structural)) continue;
    for (const read of reads) {
      try {
        append(out, rule.check(sheetContext(read, policy, rule.code)));
      } catch (e) {
        // The other rules and sheets still run; the result says this one is missing.
        out.push(ruleFailed(rule.code, read.ledger.file, read.ledger.sheet, read.ledger.department, e));
      }
    }
  }
  return out;
}

/** Recognise ledger sheets in one workbook and read them (no rules besides the reader's structural ones). Never throws. */
export function readWorkbook(workbook: WorkbookInput, policy: PolicyPack = hanamaki): { ledgers: Ledger[]; issues: Issue[] } {
  const order = new Map<string, number>([[`${fileOf(workbook) ?? ''}\u0000`, 0]]);
  const failures: Issue[] = [];
  const reads = readAll(workbook, policy, order, failures);
  const issues = runSheetRules(reads, policy, true);
  append(issues, failures);
  return { ledgers: reads.map((r) => r.ledger), issues: dedupe(sortIssues(issues, order)) };
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
  // Shared texts of this check's assets; let go at `finish` (the assets keep the copies they use).
  let intern = new Interner();
  const add = (wb: WorkbookInput): number => {
    const file = fileOf(wb);
    if (!order.has(`${file ?? ''}\u0000`)) order.set(`${file ?? ''}\u0000`, order.size);
    let ledgers = 0;
    // Sheet by sheet: a sheet's rows serve its sheet rules and are let go before the next sheet is read (the
    // collection rules work from the ledgers' assets). The issues' order is the sort's, not this loop's.
    const toolSheets = eachLedger(
      wb,
      policy,
      order,
      (read) => {
        ledgers++;
        append(issues, runSheetRules([read], policy, false));
        const { rows: _rows, intern: _intern, ...collected } = read;
        reads.push(collected);
      },
      issues,
      intern,
    );
    files.push({ file, ledgers, toolSheets });
    return ledgers;
  };
  const finish = (): CheckResult => {
    intern = new Interner();
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
        append(issues, rule.check(ctx));
      } catch (e) {
        issues.push(ruleFailed(rule.code, null, null, null, e));
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

/**
 * FILE_UNREADABLE for an input file that cannot be opened (raised by the CLI and the import); `extra`: what
 * the reader adds to the reason (for 'too-large': limit, max, actual, part).
 */
export function fileUnreadableIssue(
  file: string | null,
  reason: string,
  policy: PolicyPack = hanamaki,
  extra: Readonly<Record<string, string | number | null>> = {},
): Issue {
  return makeIssue(policy, 'FILE_UNREADABLE', { file, sheet: null, cell: null }, null, { ...extra, reason });
}
