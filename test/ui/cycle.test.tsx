/** @jest-environment jsdom */
// 集計する's inputs for the yearly cycle (課の一覧 for 提出状況, 前年度の集計 for 前年度比較) and the audit's difference from
// the previous record (issue 12), with Excel replaced at the module boundary (src/taskpane/operations).
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import * as ops from '../../src/taskpane/operations';
import type { CheckResult } from '../../src/ledger';
import { checked, checkResult, installFileArrayBuffer } from './support';
import { openRole } from './roles';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.mock factories run before imports; require is how they reach a helper
jest.mock('../../src/taskpane/operations', () => require('./support').operationsMock());
const mocked = jest.mocked(ops);
jest.setTimeout(30_000);

installFileArrayBuffer();

/** The pane, on the role tab whose section the test is about. */
async function renderPane(locale: 'ja' | 'en' = 'ja', role = '情報システム担当'): Promise<void> {
  render(<TaskPane locale={locale} theme={webLightTheme} insideExcel />);
  await openRole(role);
}

const summary = {
  policy: { id: 'hanamaki', version: '1' },
  generatedAt: '2026-06-01 10:00:00',
  categories: [],
  rows: [{ department: '総務課', counts: [1, 0, 0, 0], unclassified: 0, total: 1, errors: 0, warnings: 0 }],
  totals: { counts: [1, 0, 0, 0], unclassified: 0, total: 1, errors: 0, warnings: 0 },
  assets: [],
};
const row = (department: string, submitted: boolean) => ({ department, submitted, files: [], ledgers: [], updatedOn: null, current: submitted ? true : null });
const lastYear = { label: '前年度の集計.xlsx', assets: [{ department: '総務課', number: 1, name: '会議録', content: '紙', group: 'B群', level: 'レベル2' }] };

beforeEach(() => {
  jest.resetAllMocks();
  mocked.showFindings.mockResolvedValue({ status: 'shown', markers: 0, removed: 0 });
  mocked.consolidateWorkbook.mockResolvedValue({ status: 'consolidated', sheet: '集計', counts: { error: 0, warning: 0, info: 0 }, summary, submission: null, comparison: null });
});

describe('課の一覧 (提出状況)', () => {
  test('pasted: counted as typed, a repeated 課 named with its lines, and given to 集計する; the result says who is missing', async () => {
    mocked.consolidateWorkbook.mockResolvedValue({
      status: 'consolidated',
      sheet: '集計',
      counts: { error: 0, warning: 1, info: 0 },
      summary,
      submission: { since: '2026-04-01', rows: [row('総務課', true), row('企画課', true), row('財政課', false)], unlisted: [] },
      comparison: null,
    });
    await renderPane();
    const list = screen.getByRole('textbox', { name: '課の一覧（提出状況）' });
    await userEvent.click(list);
    await userEvent.paste('# 本庁\n総務課\t山田\n企画課\n財政課\n総務 課');
    expect(screen.getByText('3 課')).toBeInTheDocument();
    expect(screen.getByText('5 行目「総務 課」は 2 行目「総務課」と同じ課です（1 つとして扱います）。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '集計する' }));
    expect(mocked.consolidateWorkbook).toHaveBeenCalledWith({ expectedDepartments: ['総務課', '企画課', '財政課'], onProgress: expect.any(Function) });
    expect(await screen.findByText('シート「集計」に集計しました（1 課、資産 0 件）。 提出状況: 提出済み 2 課、未提出 1 課。')).toBeInTheDocument();
  });

  test('read from the selected cells into the list, which can then be edited', async () => {
    mocked.readDepartmentSheet.mockResolvedValue({ status: 'read', sheet: '課一覧', address: 'A2:A4', names: ['総務課', '企画課', '財政課'], truncated: false });
    await renderPane();
    await userEvent.click(screen.getByRole('button', { name: '選択したセルから読み込む' }));
    expect(await screen.findByText('シート「課一覧」の A2:A4 から 3 課を読み込みました。')).toBeInTheDocument();
    const list = screen.getByRole('textbox', { name: '課の一覧（提出状況）' });
    expect(list).toHaveValue('総務課\n企画課\n財政課');
    await userEvent.type(list, '\n市民課');
    await userEvent.click(screen.getByRole('button', { name: '集計する' }));
    expect(mocked.consolidateWorkbook).toHaveBeenCalledWith({ expectedDepartments: ['総務課', '企画課', '財政課', '市民課'], onProgress: expect.any(Function) });
  });

  test('nothing in the selected cells: the list is left as it was and the user is told what to select', async () => {
    mocked.readDepartmentSheet.mockResolvedValue({ status: 'empty', sheet: 'Sheet1' });
    await renderPane();
    await userEvent.type(screen.getByRole('textbox', { name: '課の一覧（提出状況）' }), '総務課');
    await userEvent.click(screen.getByRole('button', { name: '選択したセルから読み込む' }));
    expect(await screen.findByText('シート「Sheet1」の選んだセルに課がありません。課の一覧のセルを選んでから、もう一度押してください。')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '課の一覧（提出状況）' })).toHaveValue('総務課');
  });

  test('reading the cells fails in cell-edit mode: the failure is shown, the list untouched', async () => {
    mocked.readDepartmentSheet.mockResolvedValue({ status: 'failed', kind: 'cellEditMode', message: '', detail: 'InvalidOperationInCellEditMode' });
    await renderPane();
    await userEvent.click(screen.getByRole('button', { name: '選択したセルから読み込む' }));
    expect(await screen.findByText('セルの編集を終えて（Enter キーを押して）から、もう一度実行してください。')).toBeInTheDocument();
  });

  test('empty, or comments only: 集計する gets no list (no 提出状況)', async () => {
    await renderPane();
    await userEvent.type(screen.getByRole('textbox', { name: '課の一覧（提出状況）' }), '# まだ');
    await userEvent.click(screen.getByRole('button', { name: '集計する' }));
    expect(mocked.consolidateWorkbook).toHaveBeenCalledWith({ onProgress: expect.any(Function) });
  });
});

describe('前年度の集計 (前年度比較)', () => {
  const pick = async (file: File) => userEvent.upload(screen.getByLabelText('前年度の集計ファイル (.xlsx, .ods)'), file);

  test('picked: read once, named in the pane, given to 集計する, and can be removed again', async () => {
    mocked.readPreviousYear.mockResolvedValue({ status: 'read', kind: 'summary', sheet: '集計_資産一覧', departments: 1, previous: lastYear });
    mocked.consolidateWorkbook.mockResolvedValue({
      status: 'consolidated',
      sheet: '集計',
      counts: { error: 0, warning: 0, info: 0 },
      summary,
      submission: null,
      comparison: {
        categories: [],
        departments: [],
        totals: { before: 1, after: 2, counts: { added: 2, removed: 1, reclassified: 1, contentChanged: 0, unchanged: 0 }, matrix: {}, matrixBefore: {}, matrixAfter: {} },
      },
    });
    await renderPane();
    await pick(new File(['PK'], '前年度の集計.xlsx'));
    expect(await screen.findByText('前年度の集計 前年度の集計.xlsx から 1 課・資産 1 件を読み込みました。［集計する］で前年度比較を書きます。')).toBeInTheDocument();
    expect(mocked.readPreviousYear.mock.calls[0]?.[0].name).toBe('前年度の集計.xlsx');
    expect(screen.getByText('前年度の集計.xlsx（1 課、資産 1 件）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '集計する' }));
    expect(mocked.consolidateWorkbook).toHaveBeenLastCalledWith({ previous: lastYear, onProgress: expect.any(Function) });
    expect(await screen.findByText(/前年度比較: 追加 2 件、削除 1 件、分類変更 1 件、内容変更 0 件。/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '前年度の集計を外す' }));
    expect(screen.queryByText('前年度の集計.xlsx（1 課、資産 1 件）')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '集計する' }));
    await waitFor(() => expect(mocked.consolidateWorkbook).toHaveBeenLastCalledWith({ onProgress: expect.any(Function) }));
  });

  test('a file that is not a workbook (a PDF saved as .xlsx): its reason in plain Japanese, nothing kept', async () => {
    mocked.readPreviousYear.mockResolvedValue({
      status: 'unreadable',
      file: 'memo.xlsx',
      issue: { code: 'FILE_UNREADABLE', severity: 'error', location: { file: 'memo.xlsx', sheet: null, cell: null }, department: null, params: { reason: 'not-zip' } },
    });
    await renderPane();
    await pick(new File(['%PDF'], 'memo.xlsx'));
    const { renderIssue } = await import('../../src/i18n');
    const reason = renderIssue({ code: 'FILE_UNREADABLE', severity: 'error', location: { file: 'memo.xlsx', sheet: null, cell: null }, department: null, params: { reason: 'not-zip' } }, 'ja');
    expect(await screen.findByText(`memo.xlsx を前年度の集計として読めません。${reason}`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '集計する' }));
    expect(mocked.consolidateWorkbook).toHaveBeenCalledWith({ onProgress: expect.any(Function) });
  });

  test('a workbook with neither a summary nor a ledger is refused with what to pick instead', async () => {
    mocked.readPreviousYear.mockResolvedValue({ status: 'empty', file: '売上.xlsx' });
    await renderPane();
    await pick(new File(['PK'], '売上.xlsx'));
    expect(await screen.findByText('売上.xlsx には台帳も集計の資産一覧も見つかりません。このツールで作った前年度の集計を選んでください。')).toBeInTheDocument();
  });

  test('the list and last year stay in the pane’s memory: nothing goes to browser storage (SPEC §11)', async () => {
    const local = jest.spyOn(Storage.prototype, 'setItem');
    mocked.readPreviousYear.mockResolvedValue({ status: 'read', kind: 'summary', sheet: '集計_資産一覧', departments: 1, previous: lastYear });
    await renderPane();
    await userEvent.type(screen.getByRole('textbox', { name: '課の一覧（提出状況）' }), '総務課');
    await pick(new File(['PK'], '前年度の集計.xlsx'));
    await screen.findByText('前年度の集計.xlsx（1 課、資産 1 件）');
    expect(local.mock.calls.filter(([key, value]) => /総務課|前年度|会議録/.test(`${key} ${value}`))).toEqual([]);
    local.mockRestore();
  });
});

describe('監査チェックを実行: the difference from the previous record', () => {
  const result: CheckResult = checkResult([]);
  const now = { 'A群－レベル1': 3, 'A群－レベル2': 1, 'B群－レベル1': 0, 'B群－レベル2': 2, 未分類: 0 };

  test('a table per 群－レベル: the previous record, this one, and the change', async () => {
    mocked.runAudit.mockResolvedValue({
      status: 'audited',
      sheet: '監査結果_2026-12-01_0900',
      reviewed: 0,
      result,
      matrix: now,
      previous: { sheet: '監査結果_2026-11-25_1530', ranAt: '2026-11-25 15:30:00', matrix: { 'A群－レベル1': 2, 'A群－レベル2': 1, 'B群－レベル1': 1, 'B群－レベル2': 2, 未分類: 0 } },
    });
    mocked.checkWorkbook.mockResolvedValue(checked([]));
    await renderPane('ja', '監査');
    await userEvent.click(screen.getByRole('button', { name: '監査チェックを実行' }));
    const region = await screen.findByRole('region', { name: '前回の監査からの資産数の変化' });
    expect(within(region).getByText('前回: 監査結果_2026-11-25_1530（2026-11-25 15:30:00）')).toBeInTheDocument();
    const rows = within(region)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['群－レベル', '前回', '今回', '増減'],
      ['A群－レベル1', '2', '3', '+1'],
      ['A群－レベル2', '1', '1', '±0'],
      ['B群－レベル1', '1', '0', '−1'],
      ['B群－レベル2', '2', '2', '±0'],
      ['未分類', '0', '0', '±0'],
    ]);
  });

  test('the first audit, and a previous record written before the counts existed, say so plainly', async () => {
    mocked.checkWorkbook.mockResolvedValue(checked([]));
    mocked.runAudit.mockResolvedValueOnce({ status: 'audited', sheet: '監査結果_2026-12-01_0900', reviewed: 0, result, matrix: now, previous: null });
    await renderPane('ja', '監査');
    await userEvent.click(screen.getByRole('button', { name: '監査チェックを実行' }));
    expect(await screen.findByText('前回の監査記録はありません。次の監査から、今回との差をここに表示します。')).toBeInTheDocument();
    mocked.runAudit.mockResolvedValueOnce({ status: 'audited', sheet: '監査結果_2026-12-01_0901', reviewed: 0, result, matrix: now, previous: { sheet: '監査結果_2025-11-01_1000', ranAt: '2025-11-01 10:00:00', matrix: null } });
    await userEvent.click(screen.getByRole('button', { name: '監査チェックを実行' }));
    expect(await screen.findByText('前回の記録「監査結果_2025-11-01_1000」には群－レベル別の資産数がありません（この機能より前の記録です）。')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('in English', async () => {
    mocked.checkWorkbook.mockResolvedValue(checked([]));
    mocked.runAudit.mockResolvedValue({ status: 'audited', sheet: 'x', reviewed: 0, result, matrix: now, previous: { sheet: 'y', ranAt: null, matrix: { 'A群－レベル1': 4 } } });
    await renderPane('en', 'Audit');
    await userEvent.click(screen.getByRole('button', { name: 'Run audit checks' }));
    const region = await screen.findByRole('region', { name: 'Assets since the previous audit' });
    expect(within(region).getByRole('row', { name: /A群－レベル1/ })).toHaveTextContent('A群－レベル143−1');
  });
});
