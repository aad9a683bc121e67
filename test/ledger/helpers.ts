import { checkWorkbooks } from '../../src/ledger';
import type { CellValue, CheckOptions, CheckResult, Issue, SheetInput, WorkbookInput } from '../../src/ledger';

export type Grid = readonly (readonly CellValue[])[];

/** The header of the canonical template. */
export const HEADER: CellValue[] = ['番号', '情報資産名', '内容', '群', 'レベル', '備考'];

/** A canonical ledger sheet for 総務課 with 更新日 2024/4/1: title, meta, blank row, header (row 4), then `body` from row 5. */
export function templateSheet(body: Grid, name = '台帳_総務課', header: readonly CellValue[] = HEADER): SheetInput {
  return {
    name,
    rows: [['情報資産台帳（総務課）'], ['課名', '総務課', '更新日', { kind: 'date', serial: 45383 }], [], header, ...body],
  };
}

/** A 別記様式 sheet: title in A1, line in A2, header (番号/情報資産名/内容) in row 3, body from row 4. */
export function formSheet(body: Grid, line: string | null = '（A群－レベル1）', name = '様式', title = '情報資産台帳（総務課）'): SheetInput {
  return { name, rows: [[title], [line], ['番号', '情報資産名', '内容'], ...body] };
}

export const TODAY = '2024-05-01';

/** Check sheets of one workbook `book.xlsx`. */
export function check(sheets: readonly SheetInput[], options: CheckOptions = {}, file: string | null = 'book.xlsx'): CheckResult {
  return checkWorkbooks([{ file, sheets }], { today: TODAY, ...options });
}

export function checkBooks(books: readonly WorkbookInput[], options: CheckOptions = {}): CheckResult {
  return checkWorkbooks(books, { today: TODAY, ...options });
}

/** Issues of one code as `{cell, params}` (sheet too when `withSheet`). */
export function found(result: CheckResult | { issues: Issue[] }, code: string): { cell: string | null; params: Issue['params'] }[] {
  return result.issues.filter((i) => i.code === code).map((i) => ({ cell: i.location.cell, params: i.params }));
}

/** Codes of all issues (sorted as the engine returns them). */
export function codes(result: CheckResult | { issues: Issue[] }): string[] {
  return result.issues.map((i) => i.code);
}

/** Codes, leaving out LEDGER_STALE (the helper sheets' 更新日 is fine, but form sheets have none). */
export function codesBut(result: CheckResult, ...skip: string[]): string[] {
  return codes(result).filter((c) => !skip.includes(c));
}
