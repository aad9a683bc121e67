/** @jest-environment jsdom */
// The findings shown are always those of one consistent check (issue 10, item 13), and a row's empty required
// cells are judged when the user leaves the row, not on its first typed cell (item 14). Excel is replaced at the
// module boundary (src/taskpane/operations); the live check's updates are fed in as the adapter sends them.
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import * as ops from '../../src/taskpane/operations';
import type { Issue, SheetFindings } from '../../src/taskpane/operations';
import { checked, checkResult, groupInvalid, installFileArrayBuffer, issue, level1Suspected, SHEET } from './support';
import { openRole } from './roles';

installFileArrayBuffer();

// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.mock factories run before imports; require is how they reach a helper
jest.mock('../../src/taskpane/operations', () => require('./support').operationsMock());
const mocked = jest.mocked(ops);
jest.setTimeout(30_000);

const mark = { sheet: SHEET, row: 8, code: 'LEVEL1_SUSPECTED', fingerprint: 'x', reason: '公開資料', reviewedAt: '2026-11-25 10:00', reviewer: '花巻 太郎' };
const unreadable: Issue = { code: 'FILE_UNREADABLE', severity: 'error', location: { file: '壊れた.xlsx', sheet: null, cell: null }, department: null, params: { reason: 'truncated' } };
const empty = (cell: string, column: string) => issue('REQUIRED_EMPTY', 'error', cell, { column });

/** A check with these open findings and 総務課's reviewed warning. */
const withReviewed = (open: Issue[]) => ({ ...checked(open), result: checkResult([...open, level1Suspected]), reviewed: [{ issue: level1Suspected, mark }] });

let report: ((update: SheetFindings) => void) | undefined;
const update = (issues: Issue[], lastEdited: string, reviewed: SheetFindings['reviewed'] = []): SheetFindings => ({ sheet: SHEET, ledger: true, issues, reviewed, ledgers: [], lastEdited });

beforeEach(() => {
  jest.resetAllMocks();
  localStorage.clear();
  report = undefined;
  mocked.showFindings.mockResolvedValue({ status: 'shown', markers: 1, removed: 0 });
  mocked.watchLedgerEdits.mockImplementation(async (options) => {
    report = options.onFindings;
    return { status: 'watching', watch: { stop: jest.fn(async () => undefined) } };
  });
});

const region = (name: string) => screen.queryByRole('region', { name });
const errorsText = () => region('エラー 1')?.textContent ?? region('エラー 2')?.textContent ?? '';

async function importFiles(names: string[]): Promise<void> {
  await openRole('情報システム担当');
  await userEvent.upload(screen.getByLabelText('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)'), names.map((n) => new File(['PK'], n)));
}

describe('item 13: one consistent check', () => {
  test('an import with a broken file keeps 総務課’s open findings beside its 確認済み one, and adds the file’s', async () => {
    mocked.checkWorkbook.mockResolvedValue(withReviewed([groupInvalid]));
    render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
    await userEvent.click(screen.getByRole('button', { name: '検証する' }));
    await screen.findByRole('region', { name: 'エラー 1' });

    mocked.importWorkbooks.mockResolvedValue({ status: 'imported', native: true, issues: [unreadable], imported: [] });
    await importFiles(['壊れた.xlsx']);
    await screen.findByText('取り込める台帳シートはありませんでした。');
    // The workbook was checked again with the import: its findings and the file's, from that one check.
    expect(mocked.checkWorkbook).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(region('エラー 2')).not.toBeNull());
    expect(errorsText()).toContain('台帳_総務課!D7');
    expect(errorsText()).toContain('壊れた.xlsx');
    expect(region('確認済みの警告 1')).toHaveTextContent('確認者 花巻 太郎');
    expect(mocked.showFindings).toHaveBeenLastCalledWith({ issues: [groupInvalid] }); // a file has no cells to mark
  });

  test('the next good import no longer lists the earlier broken file', async () => {
    mocked.checkWorkbook.mockResolvedValue(withReviewed([groupInvalid]));
    mocked.importWorkbooks.mockResolvedValueOnce({ status: 'imported', native: true, issues: [unreadable], imported: [] });
    render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
    await importFiles(['壊れた.xlsx']);
    await waitFor(() => expect(errorsText()).toContain('壊れた.xlsx'));

    mocked.importWorkbooks.mockResolvedValueOnce({
      status: 'imported',
      native: true,
      issues: [],
      imported: [{ file: '企画課.xlsx', sourceSheet: '台帳_企画課', sheet: '台帳_企画課', department: '企画課', replaced: null }],
    });
    await userEvent.upload(screen.getByLabelText('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)'), [new File(['PK'], '企画課.xlsx')]);
    await screen.findByText('1 枚の台帳シートを取り込みました。');
    await waitFor(() => expect(errorsText()).not.toContain('壊れた.xlsx'));
    expect(errorsText()).toContain('台帳_総務課!D7');
  });

  test('after a live edit a lapsed warning is open — and no longer also listed as 確認済み', async () => {
    mocked.checkWorkbook.mockResolvedValue(withReviewed([]));
    render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
    await userEvent.click(screen.getByRole('button', { name: '検証する' }));
    await screen.findByRole('region', { name: '確認済みの警告 1' });
    await waitFor(() => expect(report).toBeDefined());
    // The reviewed row changed: the recheck has the warning open and no mark for it.
    act(() => report?.(update([level1Suspected], 'C8')));
    await screen.findByRole('region', { name: '警告 1' });
    expect(region('確認済みの警告 1')).toBeNull();
    // A recheck that still has the mark keeps it apart, not open.
    act(() => report?.(update([], 'C9', [{ issue: level1Suspected, mark }])));
    await screen.findByRole('region', { name: '確認済みの警告 1' });
    expect(region('警告 1')).toBeNull();
  });
});

describe('item 14: a row is judged when the user leaves it', () => {
  test('typing the first cell of a row does not redden the rest; moving to the next row does', async () => {
    render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
    await waitFor(() => expect(report).toBeDefined());
    const row8 = [empty('C8', '内容'), empty('D8', '群'), empty('E8', 'レベル')];
    act(() => report?.(update(row8, 'B8')));
    await waitFor(() => expect(mocked.showFindings).toHaveBeenLastCalledWith({ issues: [] }));
    expect(region('エラー 3')).toBeNull();

    // Still in row 8 (Tab to C8): still waiting.
    act(() => report?.(update(row8.slice(1), 'C8')));
    await waitFor(() => expect(mocked.showFindings).toHaveBeenCalledTimes(2));
    expect(mocked.showFindings).toHaveBeenLastCalledWith({ issues: [] });

    // Row 9 begins: row 8 is judged, row 9 waits in its turn.
    const row9 = [empty('C9', '内容'), empty('D9', '群'), empty('E9', 'レベル')];
    act(() => report?.(update([...row8.slice(1), ...row9], 'B9')));
    const errors = await screen.findByRole('region', { name: 'エラー 2' });
    expect(within(errors).getAllByRole('button').map((b) => b.getAttribute('aria-label')?.split('：')[0])).toEqual(['台帳_総務課!D8', '台帳_総務課!E8']);
    expect(mocked.showFindings).toHaveBeenLastCalledWith({ issues: row8.slice(1) });
  });

  test('a paste over several rows is judged at once', async () => {
    render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
    await waitFor(() => expect(report).toBeDefined());
    const pasted = [empty('E8', 'レベル'), empty('E9', 'レベル')];
    act(() => report?.(update(pasted, 'A8:D9')));
    await screen.findByRole('region', { name: 'エラー 2' });
  });

  test('leaving the row for another sheet judges it too; 検証する shows everything', async () => {
    mocked.checkWorkbook.mockResolvedValue(checked([empty('C8', '内容')]));
    render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
    await waitFor(() => expect(report).toBeDefined());
    act(() => report?.(update([empty('C8', '内容')], 'B8')));
    await waitFor(() => expect(mocked.showFindings).toHaveBeenCalledTimes(1));
    expect(region('エラー 1')).toBeNull();
    act(() => report?.({ sheet: 'メモ', ledger: false, issues: [], reviewed: [], ledgers: [], lastEdited: 'A1' }));
    await screen.findByRole('region', { name: 'エラー 1' });

    act(() => report?.(update([empty('C8', '内容')], 'B8')));
    await waitFor(() => expect(region('エラー 1')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: '検証する' }));
    await screen.findByRole('region', { name: 'エラー 1' });
  });
});
