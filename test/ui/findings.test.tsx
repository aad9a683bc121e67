/** @jest-environment jsdom */
// Findings after a check: markers cleared on request, fixes only after confirmation, keyword warnings marked
// 確認済み with a reason and listed apart, progress while running, failures in plain Japanese.
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import * as ops from '../../src/taskpane/operations';
import type { Fix } from '../../src/ledger';
import type { SheetFindings } from '../../src/taskpane/operations';
import { checked, groupInvalid, installFileArrayBuffer, issue, level1Suspected, SHEET } from './support';
import { openRole } from './roles';

installFileArrayBuffer();

// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.mock factories run before imports; require is how they reach a helper
jest.mock('../../src/taskpane/operations', () => require('./support').operationsMock());
const mocked = jest.mocked(ops);
// Typing through user-event is slow on a shared 2-core machine; these are behaviour tests, not timings.
jest.setTimeout(30_000);
// In jsdom (no layout) Fluent's focus manager marks an open dialog aria-hidden once the pane has a TabList;
// Chromium does not (test/e2e opens these dialogs by role). The buttons are found regardless.
const JSDOM_DIALOG = true;

const notCanonical = issue('VALUE_NOT_CANONICAL', 'warning', 'D8', { column: '群', value: 'Ａ', canonical: 'A群' });
const fix: Fix = { file: null, sheet: SHEET, cell: 'D8', code: 'VALUE_NOT_CANONICAL', oldText: 'Ａ', newValue: 'A群' };

async function checkWith(...open: Parameters<typeof checked>[0]) {
  mocked.checkWorkbook.mockResolvedValue(checked(open));
  render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
  await userEvent.click(screen.getByRole('button', { name: '検証する' }));
  await screen.findByText(/^検証しました/);
}

beforeEach(() => {
  jest.resetAllMocks();
  localStorage.clear(); // each test starts on the clerk's tab
  mocked.showFindings.mockResolvedValue({ status: 'shown', markers: 1, removed: 0 });
});

test('表示をクリア removes the in-sheet markers', async () => {
  mocked.clearFindings.mockResolvedValue({ status: 'shown', markers: 0, removed: 2 });
  await checkWith(groupInvalid);
  await userEvent.click(screen.getByRole('button', { name: '表示をクリア' }));
  expect(mocked.clearFindings).toHaveBeenCalledTimes(1);
  expect(await screen.findByText('シート上の指摘の表示を消しました。')).toBeInTheDocument();
});

test('自動修正 shows the proposed change and applies nothing until confirmed', async () => {
  mocked.proposeFixes.mockReturnValue([fix]);
  await checkWith(notCanonical);
  await userEvent.click(screen.getByRole('button', { name: '自動修正' }));
  const dialog = await screen.findByRole('alertdialog', { name: '次のセルを修正しますか', hidden: JSDOM_DIALOG });
  expect(dialog).toHaveTextContent('台帳_総務課!D8 「Ａ」 → 「A群」');
  await userEvent.click(within(dialog).getByRole('button', { name: 'キャンセル', hidden: JSDOM_DIALOG }));
  await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
  expect(mocked.applyFixes).not.toHaveBeenCalled();
});

test('自動修正, once confirmed, applies exactly the proposed fixes and checks again', async () => {
  mocked.proposeFixes.mockReturnValue([fix]);
  mocked.applyFixes.mockResolvedValue({ status: 'applied', applied: [fix], skipped: [], loggedAt: '2026-11-25 10:00' });
  await checkWith(notCanonical);
  mocked.checkWorkbook.mockResolvedValue(checked([]));
  await userEvent.click(screen.getByRole('button', { name: '自動修正' }));
  await userEvent.click(within(await screen.findByRole('alertdialog', { hidden: JSDOM_DIALOG })).getByRole('button', { name: '修正する', hidden: JSDOM_DIALOG }));
  await waitFor(() => expect(mocked.applyFixes).toHaveBeenCalledWith({ fixes: [fix] }));
  expect(await screen.findByText('1 件を修正しました。')).toBeInTheDocument();
  expect(screen.queryByText(/0 件は内容が変わっていたため/)).toBeNull();
  expect(mocked.checkWorkbook).toHaveBeenCalledTimes(2);
});

test('自動修正 says how many cells it skipped, when it skipped some', async () => {
  mocked.proposeFixes.mockReturnValue([fix, { ...fix, cell: 'D9' }]);
  mocked.applyFixes.mockResolvedValue({ status: 'applied', applied: [fix], skipped: [{ fix: { ...fix, cell: 'D9' }, reason: 'changed', current: 'B群' }], loggedAt: '2026-11-25 10:00' });
  await checkWith(notCanonical);
  await userEvent.click(screen.getByRole('button', { name: '自動修正' }));
  await userEvent.click(within(await screen.findByRole('alertdialog', { hidden: JSDOM_DIALOG })).getByRole('button', { name: '修正する', hidden: JSDOM_DIALOG }));
  expect(await screen.findByText('1 件を修正しました。 1 件は内容が変わっていたため修正しませんでした。')).toBeInTheDocument();
});

test('自動修正 with nothing to fix says so and opens no dialog', async () => {
  mocked.proposeFixes.mockReturnValue([]);
  await checkWith(groupInvalid);
  await userEvent.click(screen.getByRole('button', { name: '自動修正' }));
  expect(await screen.findByText('自動で直せる指摘はありません。')).toBeInTheDocument();
  expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
});

test('a keyword warning is marked 確認済み with who and why, and then listed apart with who, when and why', async () => {
  mocked.markReviewed.mockResolvedValue({
    status: 'marked',
    mark: { sheet: SHEET, row: 8, code: 'LEVEL1_SUSPECTED', fingerprint: 'x', reason: '住民向け広報で個人情報なし', reviewedAt: '2026-11-25 10:00', reviewer: '花巻 太郎' },
  });
  await checkWith(groupInvalid, level1Suspected);
  // Only the keyword warning offers the mark.
  expect(screen.getAllByRole('button', { name: '確認済みにする' })).toHaveLength(1);
  await userEvent.click(screen.getByRole('button', { name: '確認済みにする' }));
  await userEvent.type(screen.getByRole('textbox', { name: '確認済みにする理由' }), '住民向け広報で個人情報なし');
  // Without a name the mark cannot be recorded: an audit record says who.
  expect(screen.getByRole('button', { name: '確認済みとして記録' })).toHaveAttribute('aria-disabled', 'true');
  await userEvent.type(screen.getByRole('textbox', { name: '確認者（あなたの名前）' }), '花巻 太郎');
  await userEvent.click(screen.getByRole('button', { name: '確認済みとして記録' }));
  await waitFor(() => expect(mocked.markReviewed).toHaveBeenCalledTimes(1));
  expect(mocked.markReviewed.mock.calls[0]?.[0]).toMatchObject({ issue: level1Suspected, reason: '住民向け広報で個人情報なし', reviewer: '花巻 太郎' });
  const reviewed = await screen.findByRole('region', { name: '確認済みの警告 1' });
  expect(reviewed).toHaveTextContent('確認者 花巻 太郎・2026-11-25 10:00・理由: 住民向け広報で個人情報なし');
  expect(screen.queryByRole('region', { name: '警告 1' })).toBeNull();
});

test('the reviewer\'s name is offered again for the next mark, and never put in browser storage', async () => {
  const second = issue('GROUP_SUSPECTED', 'warning', 'D9', { column: '内容', indicator: 'システム', group: 'B群', suggested: 'A群' });
  mocked.markReviewed.mockImplementation(async ({ issue: i, reason, reviewer }) => ({
    status: 'marked',
    mark: { sheet: SHEET, row: 8, code: i.code, fingerprint: 'x', reason, reviewedAt: '2026-11-25 10:00', reviewer },
  }));
  await checkWith(level1Suspected, second);
  const [first] = screen.getAllByRole('button', { name: '確認済みにする' });
  await userEvent.click(first!);
  await userEvent.type(screen.getByRole('textbox', { name: '確認済みにする理由' }), '公開資料');
  await userEvent.type(screen.getByRole('textbox', { name: '確認者（あなたの名前）' }), '花巻 太郎');
  await userEvent.click(screen.getByRole('button', { name: '確認済みとして記録' }));
  await screen.findByRole('region', { name: '確認済みの警告 1' });
  await userEvent.click(screen.getByRole('button', { name: '確認済みにする' }));
  expect(screen.getByRole('textbox', { name: '確認者（あなたの名前）' })).toHaveValue('花巻 太郎');
  expect(Object.keys(localStorage).filter((k) => k !== 'joho-shisan-daicho.role')).toEqual([]);
  expect(sessionStorage.length).toBe(0);
  expect(JSON.stringify(Object.values(localStorage))).not.toContain('花巻');
});

test('a progress bar shows while an operation runs, and the buttons wait', async () => {
  let finish: (v: Awaited<ReturnType<typeof ops.checkWorkbook>>) => void = () => undefined;
  mocked.checkWorkbook.mockReturnValue(new Promise((resolve) => (finish = resolve)));
  render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
  await userEvent.click(screen.getByRole('button', { name: '検証する' }));
  expect(await screen.findByRole('progressbar', { name: '処理しています…' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '台帳を挿入' })).toHaveAttribute('aria-disabled', 'true');
  finish(checked([]));
  expect(await screen.findByText('指摘はありません。')).toBeInTheDocument();
  expect(screen.queryByRole('progressbar')).toBeNull();
});

test('a failure is shown in plain Japanese with the next step, its technical detail folded away', async () => {
  mocked.checkWorkbook.mockResolvedValue({ status: 'failed', kind: 'cellEditMode', message: 'x', detail: 'InvalidOperationInCellEditMode: The operation is not allowed' });
  render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
  await userEvent.click(screen.getByRole('button', { name: '検証する' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('処理を完了できませんでした');
  expect(alert).toHaveTextContent('セルの編集を終えて（Enter キーを押して）から、もう一度実行してください。');
  const detail = within(alert).getByRole('button', { name: '技術的な詳細' });
  expect(within(alert).queryByText(/InvalidOperationInCellEditMode/)).toBeNull();
  await userEvent.click(detail);
  expect(within(alert).getByText(/InvalidOperationInCellEditMode/)).toBeVisible();
});

test('an exception from the host becomes the same plain-Japanese failure, not a broken pane', async () => {
  mocked.consolidateWorkbook.mockRejectedValue(new TypeError('Cannot read properties of undefined'));
  render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
  await openRole('情報システム担当');
  await userEvent.click(screen.getByRole('button', { name: '集計する' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('もう一度実行してください。続く場合は、下の詳細を情報システム担当に伝えてください。');
  expect(screen.getByRole('button', { name: '集計する' })).not.toHaveAttribute('aria-disabled');
});

test('in English the same findings read in English', async () => {
  mocked.checkWorkbook.mockResolvedValue(checked([groupInvalid]));
  render(<TaskPane locale="en" theme={webLightTheme} insideExcel />);
  await userEvent.click(screen.getByRole('button', { name: 'Check' }));
  const errors = await screen.findByRole('region', { name: 'Error 1' });
  expect(errors).toHaveTextContent('Group "C群" is not allowed. Choose A群 or B群.');
});

test('an edit in Excel is rechecked at once: the edited sheet’s findings appear without pressing 検証する', async () => {
  let report: ((update: SheetFindings) => void) | undefined;
  mocked.watchLedgerEdits.mockImplementation(async (options) => {
    report = options.onFindings;
    return { status: 'watching', watch: { stop: jest.fn(async () => undefined) } };
  });
  const { unmount } = render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
  await waitFor(() => expect(report).toBeDefined());
  act(() => report?.({ sheet: SHEET, ledger: true, issues: [groupInvalid], reviewed: [], ledgers: [], lastEdited: 'D7' }));
  const errors = await screen.findByRole('region', { name: 'エラー 1' });
  expect(errors).toHaveTextContent('台帳_総務課!D7群「C群」は使えません。');
  expect(within(errors).getByRole('button', { name: '台帳_総務課!D7：群「C群」は使えません。一覧から「A群」か「B群」を選んでください。' })).toBeInTheDocument();
  expect(mocked.showFindings).toHaveBeenLastCalledWith({ issues: [groupInvalid] });
  // The user fixes the cell: that sheet's findings go, markers too.
  act(() => report?.({ sheet: SHEET, ledger: true, issues: [], reviewed: [], ledgers: [], lastEdited: 'D7' }));
  await waitFor(() => expect(screen.queryByRole('region', { name: 'エラー 1' })).toBeNull());
  expect(mocked.showFindings).toHaveBeenLastCalledWith({ issues: [] });
  unmount();
});

test('outside Excel nothing is watched', () => {
  render(<TaskPane locale="ja" theme={webLightTheme} insideExcel={false} />);
  expect(mocked.watchLedgerEdits).not.toHaveBeenCalled();
});

test('each finding names its rule beside its code, for the auditor and the clerk alike', async () => {
  await checkWith(groupInvalid, level1Suspected);
  const warning = within(screen.getByRole('region', { name: '警告 1' })).getByRole('button', { name: /^台帳_総務課!E8：/ });
  expect(warning).toHaveTextContent('レベル1の可能性（LEVEL1_SUSPECTED）');
  expect(warning).toHaveAccessibleDescription('レベル1の可能性（LEVEL1_SUSPECTED）');
  expect(within(screen.getByRole('region', { name: 'エラー 1' })).getByRole('button', { name: /^台帳_総務課!D7：/ })).toHaveAccessibleDescription('群が正しくない（GROUP_INVALID）');
});

test('the counts include the 確認済み warnings and say how many: 「うち確認済み」', async () => {
  const mark = { sheet: SHEET, row: 8, code: 'LEVEL1_SUSPECTED', fingerprint: 'x', reason: '公開資料', reviewedAt: '2026-11-25 10:00', reviewer: '花巻 太郎' };
  mocked.checkWorkbook.mockResolvedValue({ ...checked([groupInvalid]), result: checked([groupInvalid, level1Suspected]).result, reviewed: [{ issue: level1Suspected, mark }] });
  render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
  await userEvent.click(screen.getByRole('button', { name: '検証する' }));
  expect(await screen.findByText('検証しました: エラー 1 件、警告 1 件（うち確認済み 1 件）、情報 0 件。')).toBeInTheDocument();

  mocked.runAudit.mockResolvedValue({ status: 'audited', sheet: '監査結果_2026-11-25_1000', reviewed: 1, result: checked([groupInvalid, level1Suspected]).result, matrix: {}, previous: null });
  await openRole('監査');
  await userEvent.click(screen.getByRole('button', { name: '監査チェックを実行' }));
  expect(await screen.findByText('監査結果をシート「監査結果_2026-11-25_1000」に記録しました（エラー 1 件、警告 1 件（うち確認済み 1 件）、情報 0 件）。')).toBeInTheDocument();
});

test('in English the reviewed count reads naturally', async () => {
  const mark = { sheet: SHEET, row: 8, code: 'LEVEL1_SUSPECTED', fingerprint: 'x', reason: 'public', reviewedAt: '2026-11-25 10:00', reviewer: 'Taro' };
  mocked.checkWorkbook.mockResolvedValue({ ...checked([]), result: checked([level1Suspected]).result, reviewed: [{ issue: level1Suspected, mark }] });
  render(<TaskPane locale="en" theme={webLightTheme} insideExcel />);
  await userEvent.click(screen.getByRole('button', { name: 'Check' }));
  expect(await screen.findByText('Checked: 0 errors, 1 warning (1 of them reviewed), 0 notes.')).toBeInTheDocument();
});

test('long work says how far it is: 「シート 4 / 50」, 「3 / 12 ファイル」', async () => {
  let finish: (v: Awaited<ReturnType<typeof ops.checkWorkbook>>) => void = () => undefined;
  mocked.checkWorkbook.mockImplementation((options) => {
    options?.onProgress?.({ done: 4, total: 50, unit: 'sheet' });
    return new Promise((resolve) => (finish = resolve));
  });
  render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);
  await userEvent.click(screen.getByRole('button', { name: '検証する' }));
  const bar = await screen.findByRole('progressbar', { name: '処理しています…' });
  expect(screen.getByText('処理しています… シート 4 / 50')).toBeInTheDocument();
  expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuetext')]).toEqual(['4', '50', 'シート 4 / 50']);
  finish(checked([]));
  await screen.findByText('指摘はありません。');
  mocked.checkWorkbook.mockResolvedValue(checked([])); // the check after the import

  let imported: () => void = () => undefined;
  mocked.importWorkbooks.mockImplementation((options) => {
    options.onProgress?.({ done: 3, total: 12, unit: 'file' });
    return new Promise((resolve) => (imported = () => resolve({ status: 'imported', native: true, issues: [], imported: [] })));
  });
  await openRole('情報システム担当');
  await userEvent.upload(screen.getByLabelText('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)'), [new File(['PK'], '総務課.xlsx')]);
  expect(await screen.findByText('処理しています… 3 / 12 ファイル')).toBeInTheDocument();
  imported();
  await screen.findByText('取り込める台帳シートはありませんでした。');
  expect(screen.queryByRole('progressbar')).toBeNull();
});
