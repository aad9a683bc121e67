/** @jest-environment jsdom */
// The task pane's five actions, each found by its accessible name, with Excel replaced at the module boundary
// (src/taskpane/operations): button → operation called with what the user entered → result shown.
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import * as ops from '../../src/taskpane/operations';
import { checked, groupInvalid, installFileArrayBuffer, level1Suspected, untrimmed, SHEET } from './support';
import { openRole } from './roles';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.mock factories run before imports; require is how they reach a helper
jest.mock('../../src/taskpane/operations', () => require('./support').operationsMock());
const mocked = jest.mocked(ops);
// Typing through user-event is slow on a shared 2-core machine; these are behaviour tests, not timings.
jest.setTimeout(30_000);
// In jsdom (no layout) Fluent's focus manager marks an open dialog aria-hidden once the pane has a TabList;
// Chromium does not (test/e2e opens these dialogs by role). The buttons are found regardless.
const JSDOM_DIALOG = true;

installFileArrayBuffer();

const renderPane = () => render(<TaskPane locale="ja" theme={webLightTheme} insideExcel />);

beforeEach(() => {
  jest.resetAllMocks();
  localStorage.clear(); // each test starts on the clerk's tab
  mocked.showFindings.mockResolvedValue({ status: 'shown', markers: 3, removed: 0 });
});

test('台帳を挿入 inserts the template for the 課名 typed, with the 拡張列 switch, and says where', async () => {
  mocked.insertTemplate.mockResolvedValue({ status: 'inserted', sheet: SHEET });
  renderPane();
  await userEvent.type(screen.getByRole('textbox', { name: '課名' }), '総務課');
  await userEvent.click(screen.getByRole('switch', { name: /拡張列/ }));
  await userEvent.click(screen.getByRole('button', { name: '台帳を挿入' }));
  expect(mocked.insertTemplate).toHaveBeenCalledWith({ department: '総務課', extended: true });
  expect(await screen.findByText('シート「台帳_総務課」に台帳を挿入しました。')).toBeInTheDocument();
});

test('台帳を挿入 with the protection switch on asks for structure protection', async () => {
  mocked.insertTemplate.mockResolvedValue({ status: 'inserted', sheet: SHEET });
  renderPane();
  await userEvent.type(screen.getByRole('textbox', { name: '課名' }), '総務課');
  await userEvent.click(screen.getByRole('switch', { name: /表題と見出しを保護する/ }));
  await userEvent.click(screen.getByRole('button', { name: '台帳を挿入' }));
  expect(mocked.insertTemplate).toHaveBeenCalledWith({ department: '総務課', extended: false, protectStructure: true });
});

test('台帳を挿入 without a 課名 asks for one and calls nothing', async () => {
  renderPane();
  await userEvent.click(screen.getByRole('button', { name: '台帳を挿入' }));
  expect(await screen.findByText('課名を入力してください。')).toBeInTheDocument();
  expect(mocked.insertTemplate).not.toHaveBeenCalled();
});

test('台帳を挿入 for a 課 that has a ledger says it was shown instead', async () => {
  mocked.insertTemplate.mockResolvedValue({ status: 'exists', sheet: SHEET });
  renderPane();
  await userEvent.type(screen.getByRole('textbox', { name: '課名' }), '総務課{Enter}');
  expect(await screen.findByText('この課の台帳はすでにあります。シート「台帳_総務課」を表示しました。')).toBeInTheDocument();
  expect(mocked.insertTemplate).toHaveBeenCalledWith({ department: '総務課', extended: false });
});

test('検証する lists the findings by severity with cell and Japanese message, marks them in the sheet, and selects a chosen cell', async () => {
  mocked.checkWorkbook.mockResolvedValue(checked([untrimmed, level1Suspected, groupInvalid]));
  mocked.selectCell.mockResolvedValue({ status: 'selected' });
  renderPane();
  await userEvent.click(screen.getByRole('button', { name: '検証する' }));
  expect(await screen.findByText('検証しました: エラー 1 件、警告 1 件、情報 1 件。')).toBeInTheDocument();
  expect(mocked.showFindings).toHaveBeenCalledWith({ issues: [untrimmed, level1Suspected, groupInvalid] });

  const panel = screen.getByRole('region', { name: '指摘事項' });
  const groups = within(panel).getAllByRole('region').map((r) => r.querySelector('h3')?.textContent);
  expect(groups).toEqual(['エラー 1', '警告 1', '情報 1']);
  const error = within(screen.getByRole('region', { name: 'エラー 1' })).getByRole('button', { name: /台帳_総務課!D7/ });
  expect(error).toHaveTextContent('群「C群」は使えません。一覧から「A群」か「B群」を選んでください。');
  await userEvent.click(error);
  expect(mocked.selectCell).toHaveBeenCalledWith({ sheet: SHEET, cell: 'D7' });
});

test('部署ファイルを取り込む opens the picker (.xlsx, .xlsm, .ods, .csv; .xls and .xlsb to say why not) and imports every file picked', async () => {
  mocked.importWorkbooks.mockResolvedValue({
    status: 'imported',
    native: true,
    issues: [],
    imported: [
      { file: '総務課.xlsx', sourceSheet: '台帳_総務課', sheet: '台帳_総務課', department: '総務課', replaced: null },
      { file: '企画課.xlsx', sourceSheet: '台帳_企画課', sheet: '台帳_企画課', department: '企画課', replaced: null },
    ],
  });
  mocked.checkWorkbook.mockResolvedValue(checked([]));
  renderPane();
  await openRole('情報システム担当');
  const picker = screen.getByLabelText('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)') as HTMLInputElement;
  expect(picker).toHaveAttribute('multiple');
  expect(picker.accept.split(',').filter((a) => a.startsWith('.'))).toEqual(['.xlsx', '.xlsm', '.ods', '.csv', '.txt', '.xls', '.xlsb']);
  const click = jest.spyOn(picker, 'click');
  await userEvent.click(screen.getByRole('button', { name: '部署ファイルを取り込む' }));
  expect(click).toHaveBeenCalled();

  const files = [new File(['PK1'], '総務課.xlsx'), new File(['PK2'], '企画課.xlsx')];
  await userEvent.upload(picker, files);
  await waitFor(() => expect(mocked.importWorkbooks).toHaveBeenCalledTimes(1));
  const sent = mocked.importWorkbooks.mock.calls[0]?.[0];
  expect(sent?.files.map((f) => f.name)).toEqual(['総務課.xlsx', '企画課.xlsx']);
  expect(sent?.files.map((f) => f.data.byteLength)).toEqual([3, 3]);
  expect(await screen.findByText('2 枚の台帳シートを取り込みました。')).toBeInTheDocument();
});

test('部署ファイルを取り込む says which files were read as CSV (with the encoding) or as .ods', async () => {
  mocked.importWorkbooks.mockResolvedValue({
    status: 'imported',
    native: false,
    issues: [],
    imported: [
      { file: '総務課.csv', sourceSheet: '総務課', sheet: '総務課', department: '総務課', replaced: null },
      { file: '企画課.ods', sourceSheet: '台帳_企画課', sheet: '台帳_企画課', department: '企画課', replaced: null },
    ],
    readAs: [
      { file: '総務課.csv', format: 'csv', encoding: 'Shift_JIS' },
      { file: '企画課.ods', format: 'ods', encoding: null },
    ],
  });
  renderPane();
  await openRole('情報システム担当');
  await userEvent.upload(screen.getByLabelText('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)'), [new File(['a'], '総務課.csv'), new File(['PK'], '企画課.ods')]);
  expect(
    await screen.findByText('2 枚の台帳シートを取り込みました。 Excel ブック以外の形式から読み込んだファイル: 総務課.csv（CSV、文字コード Shift_JIS）、企画課.ods（OpenDocument 表計算）。'),
  ).toBeInTheDocument();
});

test('部署ファイルを取り込む asks before replacing an earlier imported copy', async () => {
  mocked.importWorkbooks
    .mockResolvedValueOnce({ status: 'needsConfirmation', issues: [], replacements: [{ sheet: '台帳_総務課', file: '総務課.xlsx', sourceSheet: '台帳_総務課', department: '総務課', importedAt: '2026-11-01 10:00' }] })
    .mockResolvedValueOnce({ status: 'imported', native: true, issues: [], imported: [{ file: '総務課.xlsx', sourceSheet: '台帳_総務課', sheet: '台帳_総務課', department: '総務課', replaced: '台帳_総務課' }] });
  mocked.checkWorkbook.mockResolvedValue(checked([]));
  renderPane();
  await openRole('情報システム担当');
  await userEvent.upload(screen.getByLabelText('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)'), [new File(['PK'], '総務課.xlsx')]);
  const dialog = await screen.findByRole('alertdialog', { name: '前回取り込んだシートを置き換えますか', hidden: JSDOM_DIALOG });
  expect(within(dialog).getByText('台帳_総務課')).toBeInTheDocument();
  expect(mocked.importWorkbooks).toHaveBeenCalledTimes(1);
  await userEvent.click(within(dialog).getByRole('button', { name: '置き換えて取り込む', hidden: JSDOM_DIALOG }));
  await waitFor(() => expect(mocked.importWorkbooks).toHaveBeenCalledTimes(2));
  expect(mocked.importWorkbooks.mock.calls[1]?.[0].confirmReplace).toBe(true);
  expect(await screen.findByText('1 枚の台帳シートを取り込みました。')).toBeInTheDocument();
});

test('集計する rebuilds 集計 and reports how many 課 and assets', async () => {
  mocked.consolidateWorkbook.mockResolvedValue({
    status: 'consolidated',
    sheet: '集計',
    counts: { error: 0, warning: 0, info: 0 },
    submission: null,
    comparison: null,
    summary: {
      policy: { id: 'hanamaki', version: '1' },
      generatedAt: '2026-11-25T10:00:00',
      categories: [],
      rows: [
        { department: '企画課', counts: [1, 0, 0, 0], unclassified: 0, total: 1, errors: 0, warnings: 0 },
        { department: '総務課', counts: [1, 1, 0, 0], unclassified: 0, total: 2, errors: 0, warnings: 0 },
      ],
      totals: { counts: [2, 1, 0, 0], unclassified: 0, total: 3, errors: 0, warnings: 0 },
      assets: [],
    },
  });
  renderPane();
  await openRole('情報システム担当');
  await userEvent.click(screen.getByRole('button', { name: '集計する' }));
  expect(mocked.consolidateWorkbook).toHaveBeenCalledTimes(1);
  expect(await screen.findByText('シート「集計」に集計しました（2 課、資産 0 件）。')).toBeInTheDocument();
});

test('検証する, 集計する and 別記様式を出力 on a workbook without a ledger say so, never 「指摘はありません。」', async () => {
  const notFound: ops.Issue = { code: 'LEDGER_NOT_FOUND', severity: 'warning', location: { file: null, sheet: null, cell: null }, department: null, params: { file: null, toolSheets: 0 } };
  mocked.checkWorkbook.mockResolvedValue(checked([notFound]));
  mocked.consolidateWorkbook.mockResolvedValue({ status: 'noLedger' });
  mocked.exportForms.mockResolvedValue({ status: 'noLedger' });
  renderPane();
  await userEvent.click(screen.getByRole('button', { name: '検証する' }));
  expect(await screen.findByText('このブックには台帳シートがありません。［台帳を挿入］で台帳を作るか、［部署ファイルを取り込む］で各課の台帳を取り込んでから検証してください。')).toBeInTheDocument();
  expect(screen.queryByText('指摘はありません。')).not.toBeInTheDocument();
  await openRole('情報システム担当');
  await userEvent.click(screen.getByRole('button', { name: '集計する' }));
  expect(await screen.findByText(/台帳シートがないため、集計しませんでした。/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '別記様式を出力' }));
  expect(await screen.findByText('このブックには台帳シートがないため、別記様式を出力しませんでした。')).toBeInTheDocument();
});

test('監査チェックを実行 writes the dated record, reports its counts and lists the findings', async () => {
  mocked.runAudit.mockResolvedValue({ status: 'audited', sheet: '監査結果_2026-11-25_1000', reviewed: 0, result: checked([groupInvalid]).result, matrix: {}, previous: null });
  mocked.checkWorkbook.mockResolvedValue(checked([groupInvalid]));
  renderPane();
  await openRole('監査');
  await userEvent.click(screen.getByRole('button', { name: '監査チェックを実行' }));
  expect(mocked.runAudit).toHaveBeenCalledTimes(1);
  expect(await screen.findByText('監査結果をシート「監査結果_2026-11-25_1000」に記録しました（エラー 1 件、警告 0 件、情報 0 件）。')).toBeInTheDocument();
  // The findings are listed in the pane as well.
  expect(screen.getByRole('region', { name: 'エラー 1' })).toHaveTextContent('台帳_総務課!D7');
});
