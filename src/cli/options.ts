import { departmentList } from '../ledger/departments';
import type { CommandName, CommandOptions, UsageProblem } from './args';
import { listLines } from './department-list';

export type Format = 'text' | 'json';

/** `YYYY-MM-DD` naming a real calendar date. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The local calendar date of `now` as `YYYY-MM-DD` (a clerk's "today" is the machine's local day). */
export function localIsoDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Reads the options shared by validate and consolidate; a problem means exit status 2. */
export function readCheckOptions(
  command: CommandName,
  options: CommandOptions,
  now: Date,
): { format: Format; today: string; departments: string | null } | { problem: UsageProblem } {
  const format = options['format'] ?? 'text';
  if (format !== 'text' && format !== 'json') {
    return { problem: { kind: 'badValue', command, option: '--format', value: String(format) } };
  }
  const today = readToday(command, options, now);
  if (typeof today !== 'string') return today;
  const departments = options['departments'];
  return { format, today, departments: typeof departments === 'string' ? departments : null };
}

export function readToday(
  command: CommandName,
  options: CommandOptions,
  now: Date,
): string | { problem: UsageProblem } {
  const today = options['today'];
  if (today === undefined) return localIsoDate(now);
  if (typeof today !== 'string' || !isIsoDate(today)) {
    return { problem: { kind: 'badValue', command, option: '--today', value: String(today) } };
  }
  return today;
}

/**
 * The expected-department list's text: one 課 per line, blank lines and `#` comments ignored, BOM and spaces
 * trimmed, a 課 listed twice (ignoring width and spaces) kept once. Reading the file (encodings, duplicates
 * reported) is department-list.ts.
 */
export function parseDepartmentList(text: string): string[] {
  return [...departmentList(listLines(text).map((l) => l.name)).departments];
}
