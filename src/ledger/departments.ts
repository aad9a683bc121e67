/**
 * 課 names as lists compare them: the key (NFKC, no spaces) that DEPARTMENT_DUPLICATE, DEPARTMENT_NOT_SUBMITTED,
 * the summary's rows and the submission status all use, and the expected-department list read once for all of
 * them, so the rule and the tables built beside it can never disagree about which 課 are on the list.
 */
import { squash } from './text';

/** Comparison key of a 課 name (ignores width and spaces). */
export function departmentKey(name: string): string {
  return squash(name);
}

/** A 課 of the list that repeats an earlier one (same key): `index` and `firstIndex` are 0-based entries of the list. */
export interface DepartmentDuplicate {
  readonly name: string;
  readonly index: number;
  readonly first: string;
  readonly firstIndex: number;
}

/** The expected-department list, one entry per 課 in list order. */
export interface DepartmentList {
  /** Trimmed names, the first spelling of each 課. */
  readonly departments: readonly string[];
  /** Later entries naming a 課 already listed; they are left out of `departments`. */
  readonly duplicates: readonly DepartmentDuplicate[];
}

/**
 * Read an expected-department list given as names: trimmed, empty entries (and non-strings) skipped, a 課
 * repeated under the same key (`総務課`, `総務 課`, `総務課` in full width…) kept once and reported. Never throws.
 */
export function departmentList(names: readonly unknown[] | null | undefined): DepartmentList {
  const departments: string[] = [];
  const duplicates: DepartmentDuplicate[] = [];
  const firstAt = new Map<string, number>();
  (Array.isArray(names) ? names : []).forEach((raw: unknown, index) => {
    if (typeof raw !== 'string') return;
    const name = raw.trim();
    const key = departmentKey(name);
    if (key === '') return;
    const seen = firstAt.get(key);
    if (seen === undefined) {
      firstAt.set(key, index);
      departments.push(name);
      return;
    }
    duplicates.push({ name, index, first: String(names?.[seen] ?? '').trim(), firstIndex: seen });
  });
  return { departments, duplicates };
}

/**
 * The 課 of a list typed or pasted as text, with their 1-based line numbers: one 課 per line; blank lines and lines
 * starting with `#` (or `＃`) are comments. A line with tabs (cells copied from a spreadsheet row) names its first
 * cell. CRLF, CR and a BOM are all fine. Never throws.
 */
export function listLines(text: string): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  String(text ?? '')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const name = (raw.split('\t')[0] ?? '').trim();
      if (name === '' || name.startsWith('#') || name.startsWith('＃')) return;
      out.push({ name, line: i + 1 });
    });
  return out;
}

/** Headings a list kept in a sheet column starts with (compared ignoring width and spaces). */
const LIST_HEADINGS = new Set(['課', '課名', '課の一覧', '課一覧', '部署', '部署名', '所属', '所属名', '部課名', '担当課'].map(departmentKey));

/**
 * The 課 of a list kept in a spreadsheet column (cells top to bottom), with 1-based positions in the column: as
 * `listLines`, and a first filled cell that is a heading (`課名`, `部署`, `所属`…) is skipped. Numbers and other
 * values are taken as their text; empty cells and `#` comments are skipped. Never throws.
 */
export function columnListLines(cells: readonly unknown[]): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  let first = true;
  (Array.isArray(cells) ? cells : []).forEach((cell: unknown, i) => {
    const text = typeof cell === 'string' ? cell : typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '';
    const name = text.trim();
    if (name === '' || name.startsWith('#') || name.startsWith('＃')) return;
    const heading = first && LIST_HEADINGS.has(departmentKey(name));
    first = false;
    if (!heading) out.push({ name, line: i + 1 });
  });
  return out;
}
