/**
 * Who has sent their ledger back (提出状況): per 課 on the expected-department list, whether a ledger of it was
 * found, where, its 更新日 and whether that is in the current 年度. The rules DEPARTMENT_NOT_SUBMITTED and
 * LEDGER_STALE are computed from this module's functions, so the table and the findings always agree.
 */
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import { departmentKey, departmentList } from './departments';
import { fiscalYearStart, isCurrentFiscalYear, judgedDates } from './fiscal';
import type { Layout, Ledger } from './types';

/** One ledger sheet counted for a 課. */
export interface SubmittedLedger {
  readonly file: string | null;
  readonly sheet: string;
  readonly layout: Layout;
  /** A form sheet's 群－レベル; null for the template layout. */
  readonly group: string | null;
  readonly level: string | null;
  /**
   * 更新日 as `YYYY-MM-DD`, or null when missing or unreadable. A form sheet (no 更新日 cell of its own) carries the
   * latest 更新日 of its 課's sheets, as LEDGER_STALE judges it.
   */
  readonly updatedOn: string | null;
  /** 更新日 in the current 年度 (false exactly when LEDGER_STALE fires for this sheet). */
  readonly current: boolean;
}

/** One 課 of the list. */
export interface SubmissionRow {
  /** As written on the list (trimmed). */
  readonly department: string;
  /** 提出済み: at least one ledger names this 課 (false exactly when DEPARTMENT_NOT_SUBMITTED fires). */
  readonly submitted: boolean;
  /** The files its ledgers came from, in input order, each once (null: the open workbook). */
  readonly files: readonly (string | null)[];
  readonly ledgers: readonly SubmittedLedger[];
  /**
   * The 更新日 that decides: the oldest among its ledgers, null when one has none (or when not submitted). A
   * 課 with four form sheets is only as current as its oldest one.
   */
  readonly updatedOn: string | null;
  /** Every ledger of the 課 is of the current 年度; null when not submitted. */
  readonly current: boolean | null;
}

export interface SubmissionStatus {
  /** First day of the current 年度 (`YYYY-MM-DD`). */
  readonly since: string;
  /** One row per 課 of the list, in list order (a repeated 課 once). */
  readonly rows: readonly SubmissionRow[];
  /** 課 that sent a ledger but are not on the list (a misspelt list, or a new 課), sorted as they appear. */
  readonly unlisted: readonly SubmissionRow[];
}

export interface SubmissionOptions {
  /** `YYYY-MM-DD`: decides the current 年度. */
  readonly today: string;
  /** Default: hanamaki (its first month of the 年度). */
  readonly policy?: PolicyPack;
}

/** The first day of the 年度 `today` falls in, by the pack's first month. */
export function currentYearStart(today: string, policy: PolicyPack = hanamaki): string {
  return fiscalYearStart(today, policy.fiscalYearStartMonth);
}

function submitted(ledger: Ledger, updatedOn: string | null, since: string): SubmittedLedger {
  return {
    file: ledger.file,
    sheet: ledger.sheet,
    layout: ledger.layout,
    group: ledger.group,
    level: ledger.level,
    updatedOn,
    current: isCurrentFiscalYear(updatedOn, since),
  };
}

function row(department: string, ledgers: readonly SubmittedLedger[]): SubmissionRow {
  if (ledgers.length === 0) return { department, submitted: false, files: [], ledgers, updatedOn: null, current: null };
  const dates = ledgers.map((l) => l.updatedOn);
  const oldest = dates.includes(null) ? null : ((dates as string[]).sort()[0] ?? null);
  return {
    department,
    submitted: true,
    files: [...new Set(ledgers.map((l) => l.file))],
    ledgers,
    updatedOn: oldest,
    current: ledgers.every((l) => l.current),
  };
}

/**
 * The submission status of every 課 on `expected` (compared ignoring width and spaces, as DEPARTMENT_NOT_SUBMITTED
 * does), from the ledgers of a check (a CheckResult, or the ledgers themselves). Ledgers without a 課 count for
 * no 課. Never throws on odd input.
 */
export function submissionStatus(
  input: { readonly ledgers: readonly Ledger[] } | readonly Ledger[],
  expected: readonly string[],
  options: SubmissionOptions,
): SubmissionStatus {
  const since = currentYearStart(options.today, options.policy ?? hanamaki);
  const ledgers: readonly Ledger[] = Array.isArray(input) ? input : ((input as { ledgers?: readonly Ledger[] }).ledgers ?? []);
  const named = ledgers.filter((l) => l && typeof l === 'object' && typeof l.department === 'string');
  const judged = judgedDates(named, departmentKey);
  const byKey = new Map<string, { department: string; ledgers: SubmittedLedger[] }>();
  for (const ledger of named) {
    if (typeof ledger.department !== 'string') continue;
    const key = departmentKey(ledger.department);
    if (key === '') continue;
    const entry = byKey.get(key) ?? { department: ledger.department.trim(), ledgers: [] };
    entry.ledgers.push(submitted(ledger, judged.get(ledger)?.updatedOn ?? ledger.updatedOn, since));
    byKey.set(key, entry);
  }
  const listed = departmentList(expected).departments;
  const keys = new Set(listed.map(departmentKey));
  return {
    since,
    rows: listed.map((name) => row(name, byKey.get(departmentKey(name))?.ledgers ?? [])),
    unlisted: [...byKey.entries()].filter(([key]) => !keys.has(key)).map(([, e]) => row(e.department, e.ledgers)),
  };
}
