/**
 * 集計する with the yearly cycle's inputs (issue 12), on the in-memory runtime: a 課 list gives 提出状況, last year's
 * summary gives 前年度比較 and its 明細 — the layout the CLI writes — within the consolidation's sync budget; the list
 * can be read from a sheet, last year's summary from a picked file.
 */
import { consolidateWorkbook } from '../../src/excel/consolidate';
import type { ConsolidateResult } from '../../src/excel/consolidate';
import { readDepartmentSheet } from '../../src/excel/departmentSheet';
import { readPreviousYear } from '../../src/excel/previousYear';
import { consolidate, checkWorkbooks } from '../../src/ledger';
import { writeSummary } from '../../src/xlsx/summary';
import { fill, xlsxOf } from '../xlsx/helpers';
import { book, ledgerRows, MB4, measure, valuesOf } from './support';
import type { TestBook } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

const TODAY = '2026-06-01';
const now = new Date(2026, 5, 1, 10, 0, 0);
/** 2026-04-01 and 2026-03-31 as Excel serials. */
const APRIL = 46113;
const MARCH = 46112;

/** A sheet's values without the empty cells the add-in writes to the right of a short row (a block is written whole). */
const trimmed = (rows: (string | number | boolean)[][]) =>
  rows.map((row) => {
    const out = [...row];
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  });

function done(r: ConsolidateResult) {
  if (r.status !== 'consolidated') throw new Error(JSON.stringify(r));
  return r;
}

function cycleBook(): TestBook {
  return book({
    台帳_総務課: ledgerRows('総務課', [[1, '住民基本台帳', '住民の記録', 'A群', 'レベル1'], [2, '会議録', '=製本した会議録', 'B群', 'レベル2'], [3, '新システム', 'クラウド', 'A群', 'レベル2']], APRIL),
    台帳_企画課: ledgerRows('企画課', [[1, '予算書', '紙', 'B群', 'レベル1']], MARCH),
    台帳_税務課: ledgerRows('税務課', [[1, '課税台帳', 'システム', 'A群', 'レベル1']], APRIL),
    // What 部署ファイルを取り込む records: 企画課's sheet came from its file.
    _取込記録: [['シート', '元ファイル', '元シート', '課', '取込日時'], ['台帳_企画課', '企画課_R8.xlsx', '台帳_企画課', '企画課', '2026-05-20 09:00:00']],
  });
}

const lastYear = {
  label: '前年度の集計.xlsx',
  assets: [
    { department: '総務課', number: 1, name: '住民基本台帳', content: '住民の記録', group: 'A群', level: 'レベル1' },
    { department: '総務課', number: 2, name: '会議録', content: '紙の会議録', group: 'B群', level: 'レベル2' },
    { department: '企画課', number: 1, name: '予算書', content: '紙', group: 'B群', level: 'レベル1' },
    { department: '企画課', number: 2, name: '旧システム', content: 'サーバ', group: 'A群', level: 'レベル2' },
  ],
};

describe('集計する with a 課 list: 提出状況', () => {
  test('per listed 課: submitted or not, 更新日, current 年度, the imported file and the sheet; unlisted 課 apart; ≤ 4 syncs', async () => {
    t = cycleBook();
    t.runtime.stats.reset();
    const r = done(await consolidateWorkbook({ today: TODAY, now, expectedDepartments: ['総務課', '企画課', '財政課'] }));
    expect(r.submission?.rows.map((x) => [x.department, x.submitted])).toEqual([['総務課', true], ['企画課', true], ['財政課', false]]);
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['台帳_総務課', '台帳_企画課', '台帳_税務課', '_取込記録', '集計', '集計_資産一覧', '集計_指摘事項', '提出状況']);
    expect(trimmed(valuesOf(t.runtime, '提出状況'))).toEqual([
      ['提出状況'],
      ['作成日時', '2026-06-01 10:00:00'],
      ['今年度の始まり', '2026-04-01'],
      ['提出済み', 2],
      ['未提出', 1],
      ['更新日が今年度でない', 1],
      [],
      ['課', '状況', '更新日', '今年度', 'ファイル', 'シート'],
      ['総務課', '提出済み', '2026-04-01', 'はい', '', '台帳_総務課'],
      ['企画課', '提出済み', '2026-03-31', 'いいえ', '企画課_R8.xlsx', '台帳_企画課'],
      ['財政課', '未提出'],
      [],
      ['課の一覧にない課（一覧の書き誤りか、新しい課）'],
      ['税務課', '提出済み', '2026-04-01', 'はい', '', '台帳_税務課'],
    ]);
    // The same check said so: DEPARTMENT_NOT_SUBMITTED for 財政課 and LEDGER_STALE for 企画課 are in 集計_指摘事項.
    const findings = valuesOf(t.runtime, '集計_指摘事項').map((row) => `${String(row[1])} ${String(row[3])}`);
    expect(findings).toEqual(expect.arrayContaining(['DEPARTMENT_NOT_SUBMITTED 財政課', 'LEDGER_STALE 企画課']));
    const sheet = t.runtime.workbook.sheetByName('提出状況')!;
    // Dates written as text stay text (format @), A4 landscape, one page wide, the table header repeated.
    expect(sheet.cell(8, 2)?.nf).toBe('@');
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { r0: 7, r1: 7 } });
    const m = measure(t.runtime);
    expect(m.syncs).toBeLessThanOrEqual(4);
    expect(m.maxBytes).toBeLessThanOrEqual(MB4);
  });

  test('a later 集計 without the list removes the old 提出状況 (it would describe another run)', async () => {
    t = cycleBook();
    done(await consolidateWorkbook({ today: TODAY, now, expectedDepartments: ['総務課'], previous: lastYear }));
    expect(t.runtime.workbook.sheetByName('提出状況')).toBeDefined();
    t.runtime.stats.reset();
    done(await consolidateWorkbook({ today: TODAY, now }));
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['台帳_総務課', '台帳_企画課', '台帳_税務課', '_取込記録', '集計', '集計_資産一覧', '集計_指摘事項']);
    expect(measure(t.runtime).syncs).toBeLessThanOrEqual(4);
  });

  test('atomic: when the build fails, the old 提出状況 stays with the old 集計 and nothing half-built is left', async () => {
    t = cycleBook();
    done(await consolidateWorkbook({ today: TODAY, now, expectedDepartments: ['総務課'] }));
    const old = valuesOf(t.runtime, '提出状況');
    const names = t.runtime.workbook.sheets.map((s) => s.name);
    const proto = (await t.runtime.run(async (context) => Object.getPrototypeOf(context.workbook.worksheets.getItem('集計').charts))) as { add: unknown };
    const add = proto.add;
    proto.add = () => {
      throw Object.assign(new Error('chart refused'), { code: 'InvalidArgument' });
    };
    try {
      expect(await consolidateWorkbook({ today: TODAY, now, expectedDepartments: ['企画課'] })).toMatchObject({ status: 'failed' });
    } finally {
      proto.add = add;
    }
    expect(valuesOf(t.runtime, '提出状況')).toEqual(old);
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(names);
  });
});

describe('集計する with last year’s summary: 前年度比較', () => {
  test('the comparison and its 明細 in the CLI’s layout; text stays text; links to this year’s cells; ≤ 4 syncs', async () => {
    t = cycleBook();
    t.runtime.stats.reset();
    const r = done(await consolidateWorkbook({ today: TODAY, now, previous: lastYear }));
    expect(r.comparison?.totals.counts).toEqual({ added: 2, removed: 1, reclassified: 0, contentChanged: 1, unchanged: 2 });
    expect(trimmed(valuesOf(t.runtime, '前年度比較')).slice(2)).toEqual([
      ['前年度の集計', '前年度の集計.xlsx'],
      ['', '', '', '', '', '', '', '', '', '群－レベル別の増減（今年度－前年度）'],
      ['課', '状況', '前年度', '今年度', '追加', '削除', '分類変更', '内容変更', '変更なし', 'A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', '未分類'],
      ['企画課', '継続', 2, 1, 0, 1, 0, 0, 1, 0, -1, 0, 0, 0],
      ['税務課', '新規', 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0],
      ['総務課', '継続', 2, 3, 1, 0, 0, 1, 1, 0, 1, 0, 0, 0],
      ['合計', '', 4, 5, 2, 1, 0, 1, 2, 1, 0, 0, 0, 0],
      [],
      ['群－レベル', '前年度', '今年度', '増減'],
      ['A群－レベル1', 1, 2, 1],
      ['A群－レベル2', 1, 1, 0],
      ['B群－レベル1', 1, 1, 0],
      ['B群－レベル2', 1, 1, 0],
      ['未分類', 0, 0, 0],
      ['計', 4, 5, 1],
    ]);
    const changes = valuesOf(t.runtime, '前年度比較_明細');
    expect(trimmed(changes.map((row) => row.slice(0, 8)))).toEqual([
      ['課', '変更', '番号', '情報資産名', '前年度の群－レベル', '今年度の群－レベル', '前年度の内容', '今年度の内容'],
      ['企画課', '削除', 2, '旧システム', 'A群－レベル2', '', 'サーバ'],
      ['税務課', '追加', 1, '課税台帳', '', 'A群－レベル1', '', 'システム'],
      ['総務課', '追加', 3, '新システム', '', 'A群－レベル2', '', 'クラウド'],
      ['総務課', '内容変更', 2, '会議録', 'B群－レベル2', 'B群－レベル2', '紙の会議録', '=製本した会議録'],
    ]);
    const detail = t.runtime.workbook.sheetByName('前年度比較_明細')!;
    // Formula-looking source text lands as text; this year's assets link back to their cell.
    expect(detail.cell(4, 7)?.f).toBeUndefined();
    expect(detail.cell(4, 7)?.nf).toBe('@');
    expect(detail.cell(4, 8)?.f).toBe(`=HYPERLINK("#'台帳_総務課'!B7","台帳_総務課!B7")`);
    expect(detail.cell(1, 8)?.f).toBeUndefined(); // last year's asset from a summary: no cell to link to
    expect(detail.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: { r0: 0, r1: 0 } });
    expect(t.runtime.workbook.sheetByName('前年度比較')!.pageLayout).toMatchObject({ paperSize: 'A4', printTitleRows: { r0: 4, r1: 4 } });
    const m = measure(t.runtime);
    expect(m.syncs).toBeLessThanOrEqual(4);
    expect(m.maxBytes).toBeLessThanOrEqual(MB4);
  });

  test('the add-in and the CLI write the same 前年度比較 for the same ledgers and the same last year', async () => {
    t = cycleBook();
    const r = done(await consolidateWorkbook({ today: TODAY, now, previous: lastYear }));
    const { compareYears } = await import('../../src/ledger/compare');
    const { summaryLayout } = await import('../../src/xlsx/summary-layout');
    const cli = summaryLayout<string>(r.summary, [], 'ja', (_f, _s, _c, text) => text, { comparison: { comparison: compareYears(r.summary, lastYear), previous: [lastYear.label] } });
    const rows = cli.comparison ? Array.from({ length: cli.comparison.count }, (_, i) => cli.comparison!.row(i).map((c) => c ?? '')) : [];
    expect(rows).toHaveLength(17);
    expect(trimmed(valuesOf(t.runtime, '前年度比較'))).toEqual(trimmed(rows));
  });
});

describe('the pane’s inputs', () => {
  test('the list from selected cells: the first column of the selection, a heading left out, two syncs', async () => {
    t = book({ 課一覧: [['課名', '担当'], ['総務課', '山田'], ['企画課', '佐藤'], [''], ['# 支所'], ['財政課']] });
    const sheet = t.runtime.workbook.sheetByName('課一覧')!;
    t.runtime.workbook.selection = { sheet, rect: { r0: 0, c0: 0, r1: 5, c1: 1 } };
    t.runtime.stats.reset();
    expect(await readDepartmentSheet()).toEqual({ status: 'read', sheet: '課一覧', address: 'A1:A6', names: ['総務課', '企画課', '財政課'], truncated: false });
    expect(measure(t.runtime).syncs).toBe(2);
  });

  test('one cell selected: the first used column of that sheet; a whole column selected: only its rows with data', async () => {
    t = book({ Sheet1: [['メモ']], 課一覧: [[null, null], [null, '総務課'], [null, '企画課']] });
    const sheet = t.runtime.workbook.sheetByName('課一覧')!;
    t.runtime.workbook.selection = { sheet, rect: { r0: 9, c0: 4, r1: 9, c1: 4 } };
    expect(await readDepartmentSheet()).toMatchObject({ status: 'read', sheet: '課一覧', address: 'B2:B3', names: ['総務課', '企画課'] });
    t.runtime.workbook.selection = { sheet, rect: { r0: 0, c0: 1, r1: 1_048_575, c1: 1 } };
    expect(await readDepartmentSheet()).toMatchObject({ status: 'read', address: 'B2:B3', names: ['総務課', '企画課'] });
  });

  test('an empty sheet, or a selection beside the data, reads nothing', async () => {
    t = book({ 課一覧: [['総務課']], 空: [] });
    t.runtime.workbook.selection = { sheet: t.runtime.workbook.sheetByName('空')!, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    expect(await readDepartmentSheet()).toEqual({ status: 'empty', sheet: '空' });
    t.runtime.workbook.selection = { sheet: t.runtime.workbook.sheetByName('課一覧')!, rect: { r0: 5, c0: 0, r1: 9, c1: 0 } };
    expect(await readDepartmentSheet()).toEqual({ status: 'empty', sheet: '課一覧' });
  });

  test('last year’s summary written by the CLI is read as the comparison’s last year', async () => {
    t = book({ Sheet1: [['x']] });
    const result = checkWorkbooks([{ file: 'R7/総務課.xlsx', sheets: [{ name: '台帳_総務課', rows: ledgerRows('総務課', [[1, '会議録', '=紙', 'Ｂ群', 'レベル2']], APRIL) as never }] }], { today: TODAY });
    const bytes = await writeSummary(consolidate(result, { generatedAt: 'x' }), result, 'ja');
    const r = await readPreviousYear({ name: '前年度の集計.xlsx', data: bytes.slice().buffer });
    expect(r).toEqual({
      status: 'read',
      kind: 'summary',
      sheet: '集計_資産一覧',
      departments: 1,
      previous: { label: '前年度の集計.xlsx', assets: [{ department: '総務課', number: 1, name: '会議録', content: '=紙', group: 'B群', level: 'レベル2' }] },
    });
  });

  test('a file that is no summary and no ledger, and one that is no workbook, are said to be unusable', async () => {
    t = book({ Sheet1: [['x']] });
    const plain = await xlsxOf((wb) => fill(wb.addWorksheet('売上'), [['売上'], [100]]));
    expect(await readPreviousYear({ name: 'plain.xlsx', data: plain.slice().buffer })).toEqual({ status: 'empty', file: 'plain.xlsx' });
    const pdf = new TextEncoder().encode('%PDF-1.4 前年度').buffer;
    expect(await readPreviousYear({ name: 'notes.pdf', data: pdf })).toMatchObject({ status: 'unreadable', file: 'notes.pdf', issue: { code: 'FILE_UNREADABLE', location: { file: 'notes.pdf' } } });
  });
});
