import { runAudit } from '../../src/excel/audit';
import type { AuditResult } from '../../src/excel/audit';
import { checkWorkbook } from '../../src/excel/check';
import { exportForms } from '../../src/excel/forms';
import { markReviewed } from '../../src/excel/reviews';
import { SimContext } from '../../src/preview/runtime/proxy/context';
import { WorksheetCollectionProxy } from '../../src/preview/runtime/proxy/worksheets';
import { SimOfficeError } from '../../src/preview/runtime/errors';
import { book, deleteSheetAsUser, ledgerRows, MB4, measure, valuesOf } from './support';
import type { TestBook } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

const TODAY = '2026-11-25';
const UPDATED = 46174;

function audited(r: AuditResult) {
  if (r.status !== 'audited') throw new Error(`${r.kind}: ${r.detail}`);
  return r;
}

const sample = () =>
  book({
    台帳_総務課: ledgerRows(
      '総務課',
      [
        [1, '会議録', '課内会議の記録', 'Ａ群', 'レベル2'],
        [2, '住民基本台帳', '住民の記録', 'A群', 'レベル2'],
      ],
      UPDATED,
    ),
  });

describe('監査チェックを実行', () => {
  test('writes a dated record: run time, policy, counts by severity and by code, each finding linked to its cell', async () => {
    t = sample();
    const before = valuesOf(t.runtime, '台帳_総務課');
    t.runtime.stats.reset();
    const r = audited(await runAudit({ today: TODAY, now: new Date(2026, 10, 25, 15, 30, 0) }));
    expect(r.sheet).toBe('監査結果_2026-11-25_1530');
    expect(r.result.issues.map((i) => [i.code, i.location.cell])).toEqual([
      ['VALUE_NOT_CANONICAL', 'D6'],
      ['LEVEL1_SUSPECTED', 'E7'],
    ]);
    const v = valuesOf(t.runtime, r.sheet);
    expect(v.slice(0, 4).map((row) => row.slice(0, 2))).toEqual([['監査結果'], ['実行日時', '2026-11-25 15:30:00'], ['ポリシー', `hanamaki ${r.result.policy.version}`], ['台帳シート数', 1]]);
    expect(v.slice(5, 9)).toEqual([['重大度', '件数'], ['エラー', 0], ['警告', 2], ['情報', 0]]);
    // The assets per 群－レベル beside the counts (issue 12), 未分類 included, adding up to 計.
    expect(v.slice(10, 17).map((row) => row.slice(0, 2))).toEqual([['群－レベル', '資産数'], ['A群－レベル1', 0], ['A群－レベル2', 2], ['B群－レベル1', 0], ['B群－レベル2', 0], ['未分類', 0], ['計', 2]]);
    expect(r.matrix).toEqual({ 'A群－レベル1': 0, 'A群－レベル2': 2, 'B群－レベル1': 0, 'B群－レベル2': 0, 未分類: 0 });
    expect(r.previous).toBeNull();
    // The rule's name beside each code (issue 10, item 16).
    expect(v.slice(18, 21)).toEqual([['重大度', 'コード', '規則', '件数'], ['警告', 'LEVEL1_SUSPECTED', 'レベル1の可能性', 1], ['警告', 'VALUE_NOT_CANONICAL', '正式な書き方でない', 1]]);
    expect(v[22]).toEqual(['重大度', 'コード', '規則', '内容', '課', 'シート', 'セル', '確認済み']);
    expect(v[23]?.slice(0, 6)).toEqual(['警告', 'VALUE_NOT_CANONICAL', '正式な書き方でない', expect.stringContaining('A群'), '総務課', '台帳_総務課']);
    const record = t.runtime.workbook.sheetByName(r.sheet)!;
    expect(record.cell(23, 6)?.f).toBe(`=HYPERLINK("#'台帳_総務課'!D6","台帳_総務課!D6")`);
    // Code columns wide enough to read; A4, one page wide, the findings header repeated on every printed page.
    expect(record.colWidths.get(1)).toBeGreaterThanOrEqual(26 * 5);
    expect(record.pageLayout).toMatchObject({ paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { r0: 22, r1: 22 } });
    expect(valuesOf(t.runtime, '台帳_総務課')).toEqual(before);
    const m = measure(t.runtime);
    expect(m.syncs).toBeLessThanOrEqual(4);
    expect(m.maxBytes).toBeLessThanOrEqual(MB4);
  });

  test('keeps earlier runs: a second audit in the same minute gets its own sheet, and records are not read as ledgers', async () => {
    t = sample();
    const now = new Date(2026, 10, 25, 15, 30, 0);
    const a = audited(await runAudit({ today: TODAY, now }));
    const b = audited(await runAudit({ today: TODAY, now }));
    expect([a.sheet, b.sheet]).toEqual(['監査結果_2026-11-25_1530', '監査結果_2026-11-25_1530(2)']);
    expect(b.result.ledgers.map((l) => l.sheet)).toEqual(['台帳_総務課']);
  });

  describe('the previous record deleted by the user while the audit runs', () => {
    // Office.js batches are not transactions: between two syncs the user may delete a sheet, and a getItem on it
    // then fails its sync with ItemNotFound (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)).
    // The audit queues that lookup last in its final sync; Excel keeps what ran before a failing instruction
    // (the runtime's failure semantics; conformance case proxy.batchStopsAtFailure checks it in real Excel).
    const first = new Date(2026, 10, 25, 15, 30, 0);
    const second = new Date(2026, 10, 25, 16, 0, 0);

    /** Run `audit` with the earlier record deleted right after the first sync (the audit's read of the workbook). */
    async function withRecordDeleted<T>(record: string, audit: () => Promise<T>): Promise<T> {
      let syncs = 0;
      const stop = t.runtime.subscribe(() => {
        if (++syncs === 1) deleteSheetAsUser(t.runtime, record);
      });
      try {
        return await audit();
      } finally {
        stop();
      }
    }

    /** The sync that carries the lookup of `record` (the audit's final sync) fails as `fail` decides. */
    function failFinalSync(record: string, fail: (ctx: SimContext, run: () => Promise<unknown>) => Promise<never>) {
      const lookup = WorksheetCollectionProxy.prototype.getItem;
      const sync = SimContext.prototype.sync;
      let armed = false;
      const spies = [
        jest.spyOn(WorksheetCollectionProxy.prototype, 'getItem').mockImplementation(function (this: WorksheetCollectionProxy, key: string) {
          if (key === record) armed = true;
          return lookup.call(this, key);
        }),
        jest.spyOn(SimContext.prototype, 'sync').mockImplementation(async function (this: SimContext, value?: unknown) {
          if (!armed) return sync.call(this, value);
          armed = false;
          return fail(this, () => sync.call(this, value));
        }),
      ];
      return { mockRestore: () => spies.forEach((s) => s.mockRestore()) };
    }

    test('the new record is still written and active, with nothing to compare', async () => {
      t = sample();
      const a = audited(await runAudit({ today: TODAY, now: first }));
      const b = audited(await withRecordDeleted(a.sheet, () => runAudit({ today: TODAY, now: second })));
      expect(t.runtime.workbook.sheetByName(a.sheet)).toBeUndefined();
      expect(b.previous).toBeNull();
      expect(valuesOf(t.runtime, b.sheet)[0]).toEqual(['監査結果']);
      expect(t.runtime.workbook.activeSheet?.name).toBe(b.sheet);
    });

    /** A second audit, the first one's record deleted after its first sync, its final sync failing as `fail` decides. */
    async function secondAuditFailing(fail: Parameters<typeof failFinalSync>[1]) {
      t = sample();
      const a = audited(await runAudit({ today: TODAY, now: first }));
      const spy = failFinalSync(a.sheet, fail);
      try {
        return await withRecordDeleted(a.sheet, () => runAudit({ today: TODAY, now: second }));
      } finally {
        spy.mockRestore();
      }
    }

    test('a final sync that failed otherwise still fails the audit', async () => {
      const r = await secondAuditFailing(async (_ctx, run) => {
        await run().catch(() => undefined);
        throw new SimOfficeError('GeneralException', 'An internal error has occurred.');
      });
      expect(r.status).toBe('failed');
    });

    test('an ItemNotFound after which the final batch is not there (had Excel undone it) fails the audit', async () => {
      const r = await secondAuditFailing(async (ctx) => {
        (ctx as unknown as { queue: unknown[] }).queue = []; // sent, nothing applied
        throw new SimOfficeError('ItemNotFound', "The requested resource doesn't exist.");
      });
      expect(r.status).toBe('failed');
    });
  });
});

test('an audit of a workbook without a ledger records that no ledger was found, not a clean bill', async () => {
  t = book({ Sheet1: [['メモ']] });
  const r = audited(await runAudit({ today: TODAY, now: new Date(2026, 10, 25, 15, 30, 0) }));
  expect(r.result.counts).toEqual({ error: 0, warning: 1, info: 0 });
  const v = valuesOf(t.runtime, r.sheet);
  expect(v[3]?.slice(0, 2)).toEqual(['台帳シート数', 0]);
  expect(v.flat()).toContain('このブックには台帳シートがありません。［台帳を挿入］で台帳を作るか、［部署ファイルを取り込む］で各課の台帳を取り込んでください。');
});

test('a reviewed keyword warning is still listed in the record, with when and why it was reviewed', async () => {
  t = sample();
  const first = await checkWorkbook({ today: TODAY });
  if (first.status !== 'checked') throw new Error(first.detail);
  const warning = first.open.find((i) => i.code === 'LEVEL1_SUSPECTED')!;
  await markReviewed({ issue: warning, reason: '公開資料', reviewer: '監査 花子', result: first.result, now: new Date(2026, 10, 20, 9, 0, 0) });
  const r = audited(await runAudit({ today: TODAY, now: new Date(2026, 10, 25, 15, 30, 0) }));
  expect(r.reviewed).toBe(1);
  const rows = valuesOf(t.runtime, r.sheet).slice(23);
  expect(rows.map((row) => [row[1], row[7] ?? ''])).toEqual([
    ['VALUE_NOT_CANONICAL', ''],
    ['LEVEL1_SUSPECTED', '2026-11-20 09:00:00 公開資料'],
  ]);
});

describe('別記様式出力', () => {
  test('one form per 課 and 群－レベル with 番号, 情報資産名, 内容; sources untouched', async () => {
    t = book({
      台帳_総務課: ledgerRows(
        '総務課',
        [
          [1, '会議録', '課内会議の記録', 'A群', 'レベル2'],
          [2, '入札調書', '予定価格', 'B群', 'レベル1'],
          [3, '議事メモ', '打合せ', 'A群', 'レベル2'],
          [4, '分類なし', '群が空', null, 'レベル2'],
        ],
        UPDATED,
      ),
    });
    t.runtime.stats.reset();
    const r = await exportForms({ today: TODAY });
    expect(r).toEqual({ status: 'exported', sheet: '別記様式', forms: 2, unclassified: 1 });
    expect(valuesOf(t.runtime, '別記様式')).toEqual([
      ['情報資産台帳（総務課）（A群－レベル2）'],
      ['番号', '情報資産名', '内容'],
      [1, '会議録', '課内会議の記録'],
      [3, '議事メモ', '打合せ'],
      [],
      ['情報資産台帳（総務課）（B群－レベル1）'],
      ['番号', '情報資産名', '内容'],
      [2, '入札調書', '予定価格'],
    ]);
    // A4 portrait, one page wide (the 内容 column no longer prints on pages of its own).
    expect(t.runtime.workbook.sheetByName('別記様式')!.pageLayout).toMatchObject({ orientation: 'Portrait', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(measure(t.runtime).syncs).toBeLessThanOrEqual(4);
  });

  test('no classified asset: nothing is written and the user is told why', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '分類なし', '群が空', null, 'レベル2']], UPDATED) });
    expect(await exportForms({ today: TODAY })).toEqual({ status: 'empty', message: '群とレベルが分類された資産がありません' });
    expect(t.runtime.workbook.sheetByName('別記様式')).toBeUndefined();
  });

  test('no ledger at all: nothing is written, and the result says there is no ledger', async () => {
    t = book({ Sheet1: [] });
    expect(await exportForms({ today: TODAY })).toEqual({ status: 'noLedger' });
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});
