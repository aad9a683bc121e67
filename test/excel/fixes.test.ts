import { applyFixes, CHANGE_LOG_HEADER } from '../../src/excel/fixes';
import type { Fix } from '../../src/ledger';
import { book, ledgerRows, measure, valuesOf } from './support';
import type { TestBook } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

const fix = (cell: string, code: string, oldText: string, newValue: string | number, sheet = '台帳_総務課'): Fix => ({ file: null, sheet, cell, code, oldText, newValue });
const now = new Date(2026, 10, 25, 15, 30, 0);

describe('applying confirmed fixes', () => {
  test('writes the new values and logs each change in 変更履歴 in the same batch', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, ' 会議録 ', '課内会議の記録', 'Ａ', 'レベル２']]) });
    t.runtime.stats.reset();
    const result = await applyFixes({
      fixes: [fix('D6', 'VALUE_NOT_CANONICAL', 'Ａ', 'A群'), fix('E6', 'VALUE_NOT_CANONICAL', 'レベル２', 'レベル2'), fix('B6', 'TEXT_UNTRIMMED', ' 会議録 ', '会議録')],
      now,
    });
    expect(result).toMatchObject({ status: 'applied', skipped: [], loggedAt: '2026-11-25 15:30:00' });
    expect(valuesOf(t.runtime, '台帳_総務課')[5]).toEqual([1, '会議録', '課内会議の記録', 'A群', 'レベル2']);
    expect(valuesOf(t.runtime, '変更履歴')).toEqual([
      [...CHANGE_LOG_HEADER],
      // 理由: the rule's name beside its code (issue 10, item 16).
      ['2026-11-25 15:30:00', '台帳_総務課', 'D6', 'Ａ', 'A群', '正式な書き方でない（VALUE_NOT_CANONICAL）'],
      ['2026-11-25 15:30:00', '台帳_総務課', 'E6', 'レベル２', 'レベル2', '正式な書き方でない（VALUE_NOT_CANONICAL）'],
      ['2026-11-25 15:30:00', '台帳_総務課', 'B6', ' 会議録 ', '会議録', '前後の空白（TEXT_UNTRIMMED）'],
    ]);
    expect(measure(t.runtime).syncs).toBe(3);
    // Printed on A4, one page wide, its header repeated; the code column wide enough to read.
    const log = t.runtime.workbook.sheetByName('変更履歴')!;
    expect(log.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { r0: 0, r1: 0 } });
    expect(log.colWidths.get(5)).toBeGreaterThanOrEqual(36 * 5);
  });

  test('a cell the user changed since the check is skipped and reported, not overwritten', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'B群', 'レベル2']]) });
    const result = await applyFixes({ fixes: [fix('D6', 'VALUE_NOT_CANONICAL', 'Ｂ', 'B群')], now });
    expect(result).toMatchObject({ status: 'applied', applied: [], skipped: [{ reason: 'changed', current: 'B群' }] });
    expect(t.runtime.workbook.sheetByName('変更履歴')).toBeUndefined();
  });

  test('a later run appends below the earlier log; text that looks like a formula stays text', async () => {
    t = book({ "It's 課": ledgerRows('総務課', [[1, ' =1+1', '内容', 'A群', 'レベル2']]) });
    await applyFixes({ fixes: [fix('B6', 'TEXT_UNTRIMMED', ' =1+1', '=1+1', "It's 課")], now });
    await applyFixes({ fixes: [fix('C6', 'TEXT_UNTRIMMED', '内容', '内容2', "It's 課")], now });
    expect(valuesOf(t.runtime, "It's 課")[5]?.slice(1, 3)).toEqual(['=1+1', '内容2']);
    expect(t.runtime.workbook.sheetByName("It's 課")?.cell(5, 1)?.f).toBeUndefined();
    expect(valuesOf(t.runtime, '変更履歴').map((r) => r[2])).toEqual(['セル', 'B6', 'C6']);
  });

  test('fixes for a deleted sheet or another file are skipped', async () => {
    t = book({ Sheet1: [[1]] });
    const result = await applyFixes({ fixes: [fix('A1', 'X', '1', 2, '台帳_消えた課'), { ...fix('A1', 'X', '1', 2, 'Sheet1'), file: 'other.xlsx' }], now });
    expect(result).toMatchObject({ status: 'applied', applied: [], skipped: [{ reason: 'sheetMissing' }, { reason: 'otherFile' }] });
  });

  test('in cell-edit mode nothing is written and the user is told to finish editing', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '内容', 'Ａ', 'レベル2']]) });
    t.runtime.setCellEditMode(true);
    const result = await applyFixes({ fixes: [fix('D6', 'VALUE_NOT_CANONICAL', 'Ａ', 'A群')], now });
    expect(result).toMatchObject({ status: 'failed', kind: 'cellEditMode' });
    t.runtime.setCellEditMode(false);
    expect(valuesOf(t.runtime, '台帳_総務課')[5]?.[3]).toBe('Ａ');
  });

  test('on a protected sheet whose cells are locked, the user is told to lift the protection, and nothing is logged', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '内容', 'Ａ', 'レベル2']]) });
    t.runtime.workbook.sheetByName('台帳_総務課')!.protection = { protected: true, password: '' };
    const result = await applyFixes({ fixes: [fix('D6', 'VALUE_NOT_CANONICAL', 'Ａ', 'A群')], now });
    expect(result).toMatchObject({ status: 'failed', kind: 'sheetProtected' });
    expect((result as { message: string }).message).toContain('シート保護の解除');
    expect(valuesOf(t.runtime, '台帳_総務課')[5]?.[3]).toBe('Ａ');
    expect(t.runtime.workbook.sheetByName('変更履歴')?.cell(1, 0)?.v ?? null).toBeNull();
  });
});
