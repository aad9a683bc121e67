/** @jest-environment jsdom */
// 様式を台帳に変換 (SPEC §1.3) and 別記様式を出力 (SPEC §4) in the task pane, Excel replaced at the module boundary
// (src/taskpane/operations): button → operation called → what was made (or why not) shown.
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import * as ops from '../../src/taskpane/operations';
import { openRole } from './roles';

jest.mock('../../src/taskpane/operations', () => ({
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.mock factories run before imports; require is how they reach a helper
  ...require('./support').operationsMock(),
}));
const mocked = jest.mocked(ops);
jest.setTimeout(30_000);

const renderPane = (locale: 'ja' | 'en' = 'ja') => render(<TaskPane locale={locale} theme={webLightTheme} insideExcel />);

beforeEach(() => {
  jest.resetAllMocks();
  localStorage.clear(); // each test starts on the clerk's tab
});

describe('様式を台帳に変換', () => {
  test('sits in the clerk section and says which sheet was made, from which forms, how many rows, and that it renumbered', async () => {
    mocked.upgradeForms.mockResolvedValue({
      status: 'converted',
      created: [{ department: '総務課', sheet: '台帳_総務課', sources: ['A1', 'A2', 'B2'], rows: 4, renumbered: true, unclassified: 0 }],
      existing: [],
      skipped: [],
    });
    renderPane();
    const clerk = screen.getByRole('region', { name: '各課の職員' });
    await userEvent.click(within(clerk).getByRole('button', { name: '様式を台帳に変換' }));
    expect(mocked.upgradeForms).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText(
        '総務課の様式（A1、A2、B2）から、シート「台帳_総務課」に台帳を作りました（資産 4 件）。 台帳_総務課 の番号は様式ごとに 1 から始まっていたため、1〜4 に振り直しました。 元の様式のシートは変更していません。確認が済んだら様式のシートは削除してください（残すと集計で資産が二重に数えられます）。',
      ),
    ).toBeInTheDocument();
  });

  test('several 課: every sheet made is named; a 課 with a ledger, rows without 群－レベル and forms without a 課 are told', async () => {
    mocked.upgradeForms.mockResolvedValue({
      status: 'converted',
      created: [{ department: '企画課', sheet: '台帳_企画課', sources: ['企画A1'], rows: 2, renumbered: false, unclassified: 1 }],
      existing: [{ department: '総務課', sheet: '台帳_総務課' }],
      skipped: ['様式1'],
    });
    renderPane();
    await userEvent.click(screen.getByRole('button', { name: '様式を台帳に変換' }));
    expect(
      await screen.findByText(
        [
          '企画課の様式（企画A1）から、シート「台帳_企画課」に台帳を作りました（資産 2 件）。',
          '台帳_企画課 の 1 件は、元の様式に「（A群－レベル1）」のような行がないため群とレベルが空です。一覧から選んでください。',
          '総務課の台帳はすでにあるため変換しませんでした（シート「台帳_総務課」）。',
          '課名が分からないため変換しなかった様式: 様式1。表題を「情報資産台帳（○○課）」にしてから、もう一度実行してください。',
          '元の様式のシートは変更していません。確認が済んだら様式のシートは削除してください（残すと集計で資産が二重に数えられます）。',
        ].join(' '),
      ),
    ).toBeInTheDocument();
  });

  test('nothing to convert says so', async () => {
    mocked.upgradeForms.mockResolvedValue({ status: 'none', skipped: [] });
    renderPane();
    await userEvent.click(screen.getByRole('button', { name: '様式を台帳に変換' }));
    expect(await screen.findByText('変換できる様式（別記様式）のシートがありません。')).toBeInTheDocument();
  });

  test('a failure is shown with its next step, not a notice', async () => {
    mocked.upgradeForms.mockResolvedValue({ status: 'failed', kind: 'cellEditMode', message: '', detail: 'InvalidOperationInCellEditMode' });
    renderPane();
    await userEvent.click(screen.getByRole('button', { name: '様式を台帳に変換' }));
    expect(await screen.findByText('セルの編集を終えて（Enter キーを押して）から、もう一度実行してください。')).toBeInTheDocument();
  });

  test('in English', async () => {
    mocked.upgradeForms.mockResolvedValue({
      status: 'converted',
      created: [{ department: '総務課', sheet: '台帳_総務課', sources: ['A1', 'B2'], rows: 3, renumbered: false, unclassified: 0 }],
      existing: [],
      skipped: [],
    });
    renderPane('en');
    await userEvent.click(screen.getByRole('button', { name: 'Convert forms to template' }));
    expect(
      await screen.findByText('Made the ledger on sheet “台帳_総務課” from the 総務課 forms (A1, B2): 3 assets. The original form sheets are unchanged. Once you have checked the new ledger, delete the form sheets (kept, their assets would be counted twice in the summary).'),
    ).toBeInTheDocument();
  });
});

describe('別記様式を出力', () => {
  test('sits in the information systems section and says where the forms went', async () => {
    mocked.exportForms.mockResolvedValue({ status: 'exported', sheet: '別記様式', forms: 3, unclassified: 0 });
    renderPane();
    await openRole('情報システム担当');
    const it = screen.getByRole('region', { name: '情報システム担当' });
    await userEvent.click(within(it).getByRole('button', { name: '別記様式を出力' }));
    expect(mocked.exportForms).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('シート「別記様式」に別記様式を出力しました（3 様式）。')).toBeInTheDocument();
  });

  test('assets left out for want of 群 or レベル are counted, with what to do', async () => {
    mocked.exportForms.mockResolvedValue({ status: 'exported', sheet: '別記様式', forms: 2, unclassified: 1 });
    renderPane();
    await openRole('情報システム担当');
    await userEvent.click(screen.getByRole('button', { name: '別記様式を出力' }));
    expect(
      await screen.findByText('シート「別記様式」に別記様式を出力しました（2 様式）。 群かレベルが空または正しくない 1 件は出力していません。検証して直してから、もう一度出力してください。'),
    ).toBeInTheDocument();
  });

  test('nothing classified: told why nothing was exported', async () => {
    mocked.exportForms.mockResolvedValue({ status: 'empty', message: '群とレベルが分類された資産がありません' });
    renderPane();
    await openRole('情報システム担当');
    await userEvent.click(screen.getByRole('button', { name: '別記様式を出力' }));
    expect(await screen.findByText('群とレベルが分類された資産がないため、別記様式を出力できませんでした。')).toBeInTheDocument();
  });
});

test('both buttons sit after the main actions of their role’s section, enabled', async () => {
  renderPane();
  const names = (region: string) =>
    within(screen.getByRole('region', { name: region }))
      .getAllByRole('button')
      .map((b) => b.textContent);
  expect(names('各課の職員')).toEqual(['台帳を挿入', '検証する', '様式を台帳に変換']);
  expect(screen.getByRole('button', { name: '様式を台帳に変換' })).toBeEnabled();
  await openRole('情報システム担当');
  // 集計する's inputs (課の一覧, 前年度の集計) come first, above the section's actions.
  expect(names('情報システム担当')).toEqual(['選択したセルから読み込む', '前年度の集計を選ぶ', '部署ファイルを取り込む', '集計する', '別記様式を出力']);
  expect(screen.getByRole('button', { name: '別記様式を出力' })).toBeEnabled();
});
