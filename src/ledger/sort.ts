/** Deterministic issue order: file, sheet, row, column, code (file-less issues last). */
import type { Issue } from './types';

const CELL = /^([A-Z]+)(\d+)$/;

function cellOrder(cell: string | null): [number, number] {
  if (cell === null) return [-1, -1];
  const m = CELL.exec(cell);
  if (!m) return [-1, -1];
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

/**
 * Sort issues. `order` ranks (file, sheet) pairs as the inputs listed them (key: `file\0sheet`, and `file\0`
 * for a file's own issues); unknown pairs sort after known ones by name.
 */
export function sortIssues(issues: readonly Issue[], order: ReadonlyMap<string, number>): Issue[] {
  const keyed = issues.map((issue) => {
    const { file, sheet, cell } = issue.location;
    const fileRank = file === null && sheet === null ? Number.MAX_SAFE_INTEGER : (order.get(`${file ?? ''}\u0000`) ?? Number.MAX_SAFE_INTEGER - 1);
    const sheetRank = sheet === null ? -1 : (order.get(`${file ?? ''}\u0000${sheet}`) ?? Number.MAX_SAFE_INTEGER);
    const [row, col] = cellOrder(cell);
    return { issue, fileRank, file: file ?? '', sheetRank, sheet: sheet ?? '', row, col };
  });
  keyed.sort(
    (a, b) =>
      a.fileRank - b.fileRank ||
      cmp(a.file, b.file) ||
      a.sheetRank - b.sheetRank ||
      cmp(a.sheet, b.sheet) ||
      a.row - b.row ||
      a.col - b.col ||
      cmp(a.issue.code, b.issue.code) ||
      cmp(String(a.issue.department ?? ''), String(b.issue.department ?? '')),
  );
  return keyed.map((k) => k.issue);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
