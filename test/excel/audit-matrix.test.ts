/**
 * The assets per 群－レベル in a 監査結果 record (issue 12): written beside the counts, read back from the latest
 * earlier record — also after the workbook was saved and reopened, after a user inserted rows above it, or from a
 * record written before the block existed — so the pane can show the change since the last audit.
 */
import { auditCells, runAudit } from '../../src/excel/audit';
import type { AuditResult } from '../../src/excel/audit';
import { latestRecord, matrixRows, readRecordedAudit } from '../../src/excel/auditMatrix';
import { createExcelRuntime, installExcelGlobals, loadXlsx, saveXlsx } from '../../src/preview/runtime';
import { auditMatrix } from '../../src/ledger/matrix';
import { checkWorkbooks } from '../../src/ledger';
import type { SheetInput } from '../../src/ledger';
import { book, fillSheet, ledgerRows, measure, valuesOf } from './support';
import type { TestBook } from './support';

const TODAY = '2026-11-25';
const UPDATED = 46174;

/** What a formula cell reads back as: its label (the runtime evaluates HYPERLINK to it). */
const asValues = (cells: ReturnType<typeof auditCells>) => cells.map((row) => row.map((c) => (c !== null && typeof c === 'object' ? '' : c)));

describe('the record’s matrix, pure', () => {
  const sheet = { name: '台帳_総務課', rows: ledgerRows('総務課', [[1, '会議録', '紙', 'B群', 'レベル2'], [2, '住民基本台帳', 'システム', 'A群', 'レベル1'], [3, '不明', '', 'C群', 'レベル1']]) } as unknown as SheetInput;
  const result = checkWorkbooks([{ file: null, sheets: [sheet] }], { today: TODAY });

  test('round trip: what auditCells writes, readRecordedAudit reads back as auditMatrix', () => {
    const matrix = auditMatrix(result);
    expect(matrix).toEqual({ 'A群－レベル1': 1, 'A群－レベル2': 0, 'B群－レベル1': 0, 'B群－レベル2': 1, 未分類: 1 });
    expect(readRecordedAudit(asValues(auditCells(result, [], '2026-11-25 15:30:00')))).toEqual({ ranAt: '2026-11-25 15:30:00', matrix });
  });

  test('the block: a header, one row per category in the matrix’s order, then 計', () => {
    expect(matrixRows({ 'A群－レベル1': 2, 未分類: 1 })).toEqual([['群－レベル', '資産数'], ['A群－レベル1', 2], ['未分類', 1], ['計', 3]]);
  });

  test('found by its labels wherever it is, with width, spaces and numbers as text tolerated', () => {
    const rows = [
      ['監査結果'],
      ['実行日時', '2026-04-01 09:00:00'],
      ['（担当者のメモ）'],
      ['群 － レベル', '資産 数'],
      ['Ａ群－レベル１', '12'],
      ['A群-レベル2', '1,234'],
      ['b群－レベル1', 3],
      ['未分類', '０'],
      ['計', 1249],
      ['B群－レベル2', 99], // after 計: not part of the block
    ];
    expect(readRecordedAudit(rows)).toEqual({ ranAt: '2026-04-01 09:00:00', matrix: { 'A群－レベル1': 12, 'A群－レベル2': 1234, 'B群－レベル1': 3, 未分類: 0 } });
  });

  test('a category the pack does not know is kept as written; a row without a number is skipped; a blank row ends the block', () => {
    const rows = [['群－レベル', '資産数'], ['C群－レベル3', 2], ['A群－レベル1', 'たくさん'], ['B群－レベル2', 4], [], ['A群－レベル2', 7]];
    expect(readRecordedAudit(rows).matrix).toEqual({ 'C群－レベル3': 2, 'B群－レベル2': 4 });
  });

  test('a record without the block (written before it existed) has no matrix; odd input does not throw', () => {
    expect(readRecordedAudit([['監査結果'], ['実行日時', '2025-11-01 10:00:00'], [], ['重大度', '件数'], ['エラー', 0]])).toEqual({ ranAt: '2025-11-01 10:00:00', matrix: null });
    expect(readRecordedAudit([['群－レベル', '資産数'], ['計', 0]])).toEqual({ ranAt: null, matrix: null });
    expect(readRecordedAudit(null as unknown as unknown[][])).toEqual({ ranAt: null, matrix: null });
  });

  test('the latest record by the time in its name (and its (2)), wherever its tab is; other sheets ignored', () => {
    expect(latestRecord(['台帳_総務課', '監査結果_2026-12-01_0900', '監査結果_2026-11-25_1530', '監査結果_2026-11-25_1530(2)', '集計'])).toBe('監査結果_2026-12-01_0900');
    expect(latestRecord(['監査結果_2026-11-25_1530(2)', '監査結果_2026-11-25_1530'])).toBe('監査結果_2026-11-25_1530(2)');
    expect(latestRecord(['監査結果_メモ', '監査結果_2026-11-25_1530'])).toBe('監査結果_2026-11-25_1530');
    expect(latestRecord(['監査結果', '台帳_総務課'])).toBeNull();
  });
});

describe('監査チェックを実行 compares with the previous record', () => {
  let t: TestBook;
  afterEach(() => t.uninstall());

  function audited(r: AuditResult) {
    if (r.status !== 'audited') throw new Error(`${r.kind}: ${r.detail}`);
    return r;
  }

  const rows = [
    [1, '会議録', '課内会議の記録', 'B群', 'レベル2'],
    [2, '住民基本台帳', '住民の記録', 'A群', 'レベル1'],
  ];

  test('the second audit returns the first record’s matrix and time; the read rides on the final sync (≤ 4 syncs)', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', rows, UPDATED) });
    const first = audited(await runAudit({ today: TODAY, now: new Date(2026, 10, 25, 15, 30, 0) }));
    // An asset added and one reclassified between the audits.
    fillSheet(t.runtime.workbook.sheetByName('台帳_総務課')!, [[3, 'ファイルサーバ', '共有フォルダ', 'A群', 'レベル2']], 7);
    fillSheet(t.runtime.workbook.sheetByName('台帳_総務課')!, [['B群', 'レベル1']], 5, 3);
    t.runtime.stats.reset();
    const second = audited(await runAudit({ today: TODAY, now: new Date(2026, 11, 1, 9, 0, 0) }));
    expect(second.previous).toEqual({ sheet: first.sheet, ranAt: '2026-11-25 15:30:00', matrix: first.matrix });
    expect(first.matrix).toEqual({ 'A群－レベル1': 1, 'A群－レベル2': 0, 'B群－レベル1': 0, 'B群－レベル2': 1, 未分類: 0 });
    expect(second.matrix).toEqual({ 'A群－レベル1': 1, 'A群－レベル2': 1, 'B群－レベル1': 1, 'B群－レベル2': 0, 未分類: 0 });
    expect(measure(t.runtime).syncs).toBeLessThanOrEqual(4);
  });

  test('the record survives saving and reopening the workbook, and rows a user inserted above the block', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', rows, UPDATED) });
    const first = audited(await runAudit({ today: TODAY, now: new Date(2026, 10, 25, 15, 30, 0) }));
    const bytes = await saveXlsx(t.runtime.workbook);
    t.uninstall();
    const reopened = await loadXlsx(bytes);
    // A user inserts two rows of notes at the top of the record.
    const record = reopened.sheetByName(first.sheet)!;
    const shifted = valuesOf({ workbook: reopened } as never, first.sheet);
    record.rows.length = 0;
    fillSheet(record, [['点検メモ'], ['特になし'], ...shifted]);
    const runtime = createExcelRuntime(reopened);
    t = { runtime, uninstall: installExcelGlobals(runtime) };
    const second = audited(await runAudit({ today: TODAY, now: new Date(2026, 11, 1, 9, 0, 0) }));
    expect(second.previous).toEqual({ sheet: first.sheet, ranAt: '2026-11-25 15:30:00', matrix: first.matrix });
  });

  test('a record from before the block: the previous record is named, its matrix is null (never a guess)', async () => {
    t = book({
      台帳_総務課: ledgerRows('総務課', rows, UPDATED),
      '監査結果_2025-11-01_1000': [['監査結果'], ['実行日時', '2025-11-01 10:00:00'], ['ポリシー', 'hanamaki 1'], ['台帳シート数', 1], [], ['重大度', '件数'], ['エラー', 0]],
    });
    const r = audited(await runAudit({ today: TODAY, now: new Date(2026, 10, 25, 15, 30, 0) }));
    expect(r.previous).toEqual({ sheet: '監査結果_2025-11-01_1000', ranAt: '2025-11-01 10:00:00', matrix: null });
  });
});
