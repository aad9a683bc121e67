/** Info-level sheet rules about tidiness: untrimmed text, blank rows inside the table. */
import { assetCell } from '../address';
import type { Issue } from '../types';
import type { SheetRule } from './context';
import { columnHeader } from './context';

/** Whether a UTF-16 code is whitespace for JavaScript's `\s` (and so for `trim`). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff
  );
}

/** Leading or trailing spaces (half- or full-width) in 情報資産名 or 内容. */
export const textUntrimmed: SheetRule = {
  code: 'TEXT_UNTRIMMED',
  scope: 'sheet',
  fix: (issue) => (typeof issue.params['value'] === 'string' ? issue.params['value'].trim() : null),
  check: ({ sheet, policy, issue }) => {
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      for (const key of ['name', 'content'] as const) {
        // Numbers, dates, booleans and error codes never show edge spaces: only typed text can.
        const text = r.asset.text[key];
        if (text === undefined || text.length === 0) continue;
        if (!(isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))) || text.trim() === '') continue;
        const cell = assetCell(sheet.ledger.columns, r.asset, key);
        if (cell !== undefined) out.push(issue(cell, { column: columnHeader(policy, key), value: text }));
      }
    }
    return out;
  },
};

/** Blank rows between asset rows: one finding at the first blank row of each gap. */
export const rowGap: SheetRule = {
  code: 'ROW_GAP',
  scope: 'sheet',
  check: ({ sheet, issue }) => sheet.gaps.map((g) => issue(g.cell, { count: g.count, from: g.row, to: g.row + g.count - 1 })),
};
