import { consolidateWorkbook } from '../../src/excel/consolidate';
import type { ConsolidateResult } from '../../src/excel/consolidate';
import { book, ledgerRows, MB4, measure, valuesOf } from './support';
import type { TestBook } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

const TODAY = '2026-11-25';
const UPDATED = 46174;
const now = new Date(2026, 10, 25, 15, 30, 0);

function done(r: ConsolidateResult) {
  if (r.status !== 'consolidated') throw new Error(JSON.stringify(r));
  return r;
}

function twoDepartments(): TestBook {
  return book({
    台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'A群', 'レベル2'], [2, '=1+1', '-危険な内容', 'B群', 'レベル1']], UPDATED),
    "It's 課": ledgerRows('企画課', [[1, '計画書', '@内部', 'A群', 'レベル1']], UPDATED),
  });
}

describe('集計する', () => {
  test('builds 集計: made-at and policy, the matrix with 未分類, totals and issue counts, and the chart below it', async () => {
    t = twoDepartments();
    t.runtime.stats.reset();
    const r = done(await consolidateWorkbook({ today: TODAY, now }));
    const v = valuesOf(t.runtime, '集計');
    expect(v.slice(0, 3).map((row) => row.slice(0, 2))).toEqual([['情報資産台帳 集計'], ['作成日時', '2026-11-25 15:30:00'], ['ポリシー', `hanamaki ${r.summary.policy.version}`]]);
    expect(v.slice(4)).toEqual([
      ['課', 'A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', '未分類', '計', 'エラー', '警告'],
      ['企画課', 1, 0, 0, 0, 0, 1, 0, 0],
      ['総務課', 0, 1, 1, 0, 0, 2, 0, 0],
      ['合計', 1, 1, 1, 0, 0, 3, 0, 0],
    ]);
    const sheet = t.runtime.workbook.sheetByName('集計')!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]?.source).toEqual({ r0: 4, c0: 0, r1: 6, c1: 4 });
    const m = measure(t.runtime);
    expect(m.syncs).toBeLessThanOrEqual(4);
    expect(m.maxBytes).toBeLessThanOrEqual(MB4);
  });

  test('集計_資産一覧: every asset, text kept as text, and a link that names the sheet and the cell', async () => {
    t = twoDepartments();
    done(await consolidateWorkbook({ today: TODAY, now }));
    const v = valuesOf(t.runtime, '集計_資産一覧');
    expect(v[0]).toEqual(['課', '番号', '情報資産名', '内容', '群', 'レベル', '元のセル']);
    expect(v.slice(1).map((row) => row.slice(0, 6))).toEqual([
      ['総務課', 1, '会議録', '課内会議の記録', 'A群', 'レベル2'],
      ['総務課', 2, '=1+1', '-危険な内容', 'B群', 'レベル1'],
      ['企画課', 1, '計画書', '@内部', 'A群', 'レベル1'],
    ]);
    const sheet = t.runtime.workbook.sheetByName('集計_資産一覧')!;
    // Text that looks like a formula lands as text, never as a formula.
    expect(sheet.cell(2, 2)?.f).toBeUndefined();
    expect(sheet.cell(2, 3)?.f).toBeUndefined();
    // Links back to the source cells, with the quoted sheet name; the label names the sheet too (issue 10, item 16).
    expect(sheet.cell(1, 6)?.f).toBe(`=HYPERLINK("#'台帳_総務課'!B6","台帳_総務課!B6")`);
    expect(sheet.cell(3, 6)?.f).toBe(`=HYPERLINK("#'It''s 課'!B6","It's 課!B6")`);
  });

  test('集計_指摘事項: every finding with its rule name beside the code and a link to its cell', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'C群', 'レベル2']], UPDATED) });
    done(await consolidateWorkbook({ today: TODAY, now }));
    const v = valuesOf(t.runtime, '集計_指摘事項');
    expect(v[0]).toEqual(['重大度', 'コード', '規則', '課', 'ファイル', 'シート', 'セル', '内容']);
    expect(v[1]?.slice(0, 6)).toEqual(['エラー', 'GROUP_INVALID', '群が正しくない', '総務課', '', '台帳_総務課']);
    expect(t.runtime.workbook.sheetByName('集計_指摘事項')!.cell(1, 6)?.f).toBe(`=HYPERLINK("#'台帳_総務課'!D6","D6")`);
    // The asset with an invalid 群 is counted under 未分類, so the row adds up (issue 10, item 2).
    expect(valuesOf(t.runtime, '集計')[5]).toEqual(['総務課', 0, 0, 0, 0, 1, 1, 1, 0]);
  });

  test('a workbook without a ledger: no 集計 is written, and the result says there is no ledger', async () => {
    t = book({ Sheet1: [['メモ']] });
    expect(await consolidateWorkbook({ today: TODAY, now })).toEqual({ status: 'noLedger' });
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('a 番号 typed as text stays text in 集計_資産一覧: 0000022200, never the number 22200', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[{ text: '0000022200' }, '交流センター', '施設の記録', 'B群', 'レベル2'], [3, '会議録', '紙', 'B群', 'レベル2']], UPDATED) });
    done(await consolidateWorkbook({ today: TODAY, now }));
    const cells = valuesOf(t.runtime, '集計_資産一覧').flat();
    expect(cells).toContain('0000022200');
    expect(cells).not.toContain(22200);
    expect(cells).toContain(3);
  });

  test('never changes the sources; running twice gives the same summary except its timestamp', async () => {
    t = twoDepartments();
    const before = [valuesOf(t.runtime, '台帳_総務課'), valuesOf(t.runtime, "It's 課")];
    done(await consolidateWorkbook({ today: TODAY, now }));
    const first = valuesOf(t.runtime, '集計');
    done(await consolidateWorkbook({ today: TODAY, now: new Date(2026, 10, 26, 9, 0, 0) }));
    const second = valuesOf(t.runtime, '集計');
    expect([valuesOf(t.runtime, '台帳_総務課'), valuesOf(t.runtime, "It's 課")]).toEqual(before);
    expect(second[1]).toEqual(['作成日時', '2026-11-26 09:00:00']);
    expect(second.filter((_, i) => i !== 1)).toEqual(first.filter((_, i) => i !== 1));
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['台帳_総務課', "It's 課", '集計', '集計_資産一覧', '集計_指摘事項']);
  });

  test('atomic: when the build fails, the old 集計 stays and no half-built sheet is left', async () => {
    t = twoDepartments();
    done(await consolidateWorkbook({ today: TODAY, now }));
    const old = valuesOf(t.runtime, '集計');
    // Excel refuses the chart (as it would for an invalid source): the failure comes after the new sheet was written.
    // The runtime's chart collection, found through the API (its module layout is the runtime's business).
    const sheetProto = (await t.runtime.run(async (context) => Object.getPrototypeOf(context.workbook.worksheets.getItem('集計').charts))) as { add: unknown };
    const add = sheetProto.add;
    sheetProto.add = () => {
      throw Object.assign(new Error('chart refused'), { code: 'InvalidArgument' });
    };
    try {
      const r = await consolidateWorkbook({ today: TODAY, now: new Date(2026, 10, 26) });
      expect(r).toMatchObject({ status: 'failed' });
    } finally {
      sheetProto.add = add;
    }
    expect(valuesOf(t.runtime, '集計')).toEqual(old);
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['台帳_総務課', "It's 課", '集計', '集計_資産一覧', '集計_指摘事項']);
  });

  test('in cell-edit mode nothing is built and the user is told to finish editing', async () => {
    t = twoDepartments();
    t.runtime.setCellEditMode(true);
    expect(await consolidateWorkbook({ today: TODAY, now })).toMatchObject({ status: 'failed', kind: 'cellEditMode' });
    t.runtime.setCellEditMode(false);
    expect(t.runtime.workbook.sheetByName('集計')).toBeUndefined();
  });
});
