import { checkWorkbook } from '../../src/excel/check';
import { applyFixes } from '../../src/excel/fixes';
import { insertTemplate } from '../../src/excel/insertTemplate';
import { markReviewed } from '../../src/excel/reviews';
import { watchLedgerEdits } from '../../src/excel/watch';
import type { SheetFindings } from '../../src/excel/watch';
import { book, ledgerRows } from './support';
import type { TestBook } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

const waitFor = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('edits are checked as they happen (SPEC §1.1)', () => {
  test('a pasted invalid 群 is flagged at once; fixing it clears the finding', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'A群', 'レベル2']], 46174), メモ: [['メモ']] });
    const updates: SheetFindings[] = [];
    const started = await watchLedgerEdits({ onFindings: (u) => updates.push(u), today: '2026-11-25', debounceMs: 10 });
    if (started.status !== 'watching') throw new Error(started.detail);

    t.runtime.userEdit('台帳_総務課', 'D6', 'C群');
    await waitFor(() => updates.length === 1);
    expect(updates.map((u) => [u.sheet, u.ledger, u.issues.map((i) => [i.code, i.location.cell])])).toEqual([['台帳_総務課', true, [['GROUP_INVALID', 'D6']]]]);

    t.runtime.userEdit('台帳_総務課', 'D6', 'B群');
    await waitFor(() => updates.length === 2);
    expect(updates[1]?.issues).toEqual([]);

    t.runtime.userEdit('メモ', 'A1', '番号');
    await waitFor(() => updates.length === 3);
    expect(updates[2]).toEqual({ sheet: 'メモ', ledger: false, issues: [], reviewed: [], ledgers: [], lastEdited: 'A1' });
    await started.watch.stop();
  });

  test('an update says where the user was typing, and carries the sheet’s ledger and its 確認済み warnings', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '住民説明会の案内', '広報用チラシ', 'B群', 'レベル2']], 46174) });
    const first = await checkWorkbook({ today: '2026-11-25' });
    if (first.status !== 'checked') throw new Error(first.detail);
    const warning = first.open.find((i) => i.code === 'LEVEL1_SUSPECTED')!;
    await markReviewed({ issue: warning, reason: '公開資料', reviewer: '花巻 太郎', result: first.result });
    const updates: SheetFindings[] = [];
    const started = await watchLedgerEdits({ onFindings: (u) => updates.push(u), today: '2026-11-25', debounceMs: 10 });
    if (started.status !== 'watching') throw new Error(started.detail);

    t.runtime.userEdit('台帳_総務課', 'A7:E7', [[2, '会議録', '', '', '']]);
    await waitFor(() => updates.length === 1);
    expect(updates[0]?.lastEdited).toBe('A7:E7');
    expect(updates[0]?.reviewed.map((r) => [r.issue.code, r.issue.location.cell, r.mark.reviewer])).toEqual([['LEVEL1_SUSPECTED', 'E6', '花巻 太郎']]);
    expect(updates[0]?.ledgers.map((l) => [l.sheet, l.assets.length])).toEqual([['台帳_総務課', 2]]);

    // The reviewed row changes: its mark lapses, and the warning is open again — not also 確認済み.
    t.runtime.userEdit('台帳_総務課', 'C6', '住民向けの広報用チラシ');
    await waitFor(() => updates.length === 2);
    expect(updates[1]?.lastEdited).toBe('C6');
    expect(updates[1]?.reviewed).toEqual([]);
    expect(updates[1]?.issues.filter((i) => i.code === 'LEVEL1_SUSPECTED').map((i) => i.location.cell)).toEqual(['E6']);
    await started.watch.stop();
  });

  test('the add-in’s own writes do not trigger a recheck; after stop nothing is reported', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'Ａ', 'レベル2']], 46174) });
    const updates: SheetFindings[] = [];
    const started = await watchLedgerEdits({ onFindings: (u) => updates.push(u), today: '2026-11-25', debounceMs: 10 });
    if (started.status !== 'watching') throw new Error(started.detail);
    await applyFixes({ fixes: [{ file: null, sheet: '台帳_総務課', cell: 'D6', code: 'VALUE_NOT_CANONICAL', oldText: 'Ａ', newValue: 'A群' }] });
    await new Promise((r) => setTimeout(r, 60));
    expect(updates).toEqual([]);
    await started.watch.stop();
    t.runtime.userEdit('台帳_総務課', 'D6', 'C群');
    await new Promise((r) => setTimeout(r, 60));
    expect(updates).toEqual([]);
  });
});

describe('the live check on every host it can run on (issue 8)', () => {
  const ledger = () => ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'A群', 'レベル2']], 46174);
  const start = async (updates: SheetFindings[], extra: Partial<Parameters<typeof watchLedgerEdits>[0]> = {}) => {
    const started = await watchLedgerEdits({ onFindings: (u) => updates.push(u), today: '2026-11-25', debounceMs: 10, ...extra });
    if (started.status !== 'watching') throw new Error(started.detail);
    return started;
  };

  test('ExcelApi 1.8 (no WorksheetCollection.onChanged): each sheet is watched, also one the add-in inserts later', async () => {
    t = book({ 台帳_総務課: ledger() }, { ExcelApi: '1.8' });
    const updates: SheetFindings[] = [];
    const started = await start(updates);
    expect(started.mode).toBe('sheets');
    t.runtime.userEdit('台帳_総務課', 'D6', 'C群');
    await waitFor(() => updates.length === 1);
    expect(updates.map((u) => [u.sheet, u.issues.map((i) => i.code)])).toEqual([['台帳_総務課', ['GROUP_INVALID']]]);
    expect(await insertTemplate({ department: '財政課', today: '2026-11-25' })).toMatchObject({ status: 'inserted' });
    await new Promise((r) => setTimeout(r, 30));
    t.runtime.userEdit('台帳_財政課', 'D6', 'Z群');
    await waitFor(() => updates.length === 2);
    expect(updates[1]?.sheet).toBe('台帳_財政課');
    await started.watch.stop();
  });

  test('ExcelApi 1.14: the add-in’s own writes are told apart by triggerSource, without switching events off', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'Ａ', 'レベル2']], 46174) }, { ExcelApi: '1.14' });
    const updates: SheetFindings[] = [];
    const started = await start(updates);
    expect(started.mode).toBe('workbook');
    await applyFixes({ fixes: [{ file: null, sheet: '台帳_総務課', cell: 'D6', code: 'VALUE_NOT_CANONICAL', oldText: 'Ａ', newValue: 'A群' }] });
    await new Promise((r) => setTimeout(r, 60));
    expect(updates).toEqual([]);
    expect(t.runtime.workbook.eventsEnabled).toBe(true);
    await started.watch.stop();
  });

  test('a co-author’s edit (source Remote) is not rechecked here; a pasted block is, once', async () => {
    t = book({ 台帳_総務課: ledger() }, { ExcelApi: '1.14' });
    const updates: SheetFindings[] = [];
    const started = await start(updates);
    t.runtime.remoteEdit('台帳_総務課', 'D6', 'C群');
    await new Promise((r) => setTimeout(r, 60));
    expect(updates).toEqual([]);
    // A paste of 20 rows: one event without details, one recheck that reads the pasted cells.
    const rows = Array.from({ length: 20 }, (_, i) => [i + 2, `資産${i + 2}`, '内容', i === 7 ? 'C群' : 'A群', 'レベル2']);
    t.runtime.userEdit('台帳_総務課', 'A7:E26', rows);
    await waitFor(() => updates.length === 1);
    await new Promise((r) => setTimeout(r, 40));
    expect(updates.map((u) => u.issues.map((i) => [i.code, i.location.cell]))).toEqual([[['GROUP_INVALID', 'D6'], ['GROUP_INVALID', 'D14']]]);
    await started.watch.stop();
  });

  test('a single-cell edit that changed nothing (details before = after) is not rechecked', async () => {
    t = book({ 台帳_総務課: ledger() }, { ExcelApi: '1.9' });
    const updates: SheetFindings[] = [];
    const started = await start(updates);
    t.runtime.userEdit('台帳_総務課', 'D6', 'A群');
    await new Promise((r) => setTimeout(r, 60));
    expect(updates).toEqual([]);
    await started.watch.stop();
  });

  test('a recheck during cell-edit mode waits for the user to finish instead of being dropped', async () => {
    t = book({ 台帳_総務課: ledger() }, { ExcelApi: '1.13' });
    const updates: SheetFindings[] = [];
    const failures: unknown[] = [];
    const started = await start(updates, { onFailure: (f) => failures.push(f) });
    t.runtime.userEdit('台帳_総務課', 'D6', 'C群');
    t.runtime.setCellEditMode(true);
    await new Promise((r) => setTimeout(r, 80));
    expect([updates.length, failures.length]).toEqual([0, 0]);
    t.runtime.setCellEditMode(false);
    await waitFor(() => updates.length === 1);
    expect(updates[0]?.issues.map((i) => i.code)).toEqual(['GROUP_INVALID']);
    await started.watch.stop();
  });

  test('a recheck that fails is queued again; after the last attempt the failure is reported and the sheet stays queued', async () => {
    t = book({ 台帳_総務課: ledger() }, { ExcelApi: '1.13' });
    const updates: SheetFindings[] = [];
    const failures: unknown[] = [];
    const started = await start(updates, { onFailure: (f) => failures.push(f), attempts: 2 });
    // A host failing every request for a while (e.g. busy): the adapter's Excel.run rejects.
    const g = globalThis as unknown as { Excel: { run: (...a: unknown[]) => Promise<unknown> } };
    const real = g.Excel.run;
    let refuse = 2;
    g.Excel.run = (...a: unknown[]) => (refuse-- > 0 ? Promise.reject(Object.assign(new Error('busy'), { code: 'GeneralException' })) : real(...a));
    t.runtime.userEdit('台帳_総務課', 'D6', 'C群');
    await waitFor(() => failures.length === 1);
    expect(updates).toEqual([]);
    // The next edit finds the earlier sheet still queued and checks it.
    t.runtime.userEdit('台帳_総務課', 'F6', 'メモ');
    await waitFor(() => updates.length === 1);
    expect(updates[0]?.issues.map((i) => i.code)).toEqual(['GROUP_INVALID']);
    g.Excel.run = real;
    await started.watch.stop();
  });
});
