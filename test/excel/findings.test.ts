import { clearFindings, selectCell, showFindings } from '../../src/excel/findings';
import type { Issue } from '../../src/ledger/types';
import { book, measure } from './support';
import type { TestBook } from './support';

const issue = (code: string, severity: Issue['severity'], sheet: string, cell: string | null): Issue => ({
  code,
  severity,
  location: { file: null, sheet, cell },
  department: '総務課',
  params: {},
});

let t: TestBook;
afterEach(() => t.uninstall());

describe('findings in the sheet', () => {
  test('each finding cell gets a marker; vertical runs share one; the user fill stays as it was', async () => {
    t = book({ "It's 課": [['番号'], [1], [2], [3]] });
    const sheet = t.runtime.workbook.sheetByName("It's 課");
    sheet!.ensure(1, 0).fmt = { fill: '#00FF00' };
    t.runtime.stats.reset();
    const result = await showFindings({
      issues: [
        issue('NUMBER_DUPLICATE', 'error', "It's 課", 'A2'),
        issue('NUMBER_DUPLICATE', 'error', "It's 課", 'A3'),
        issue('ROW_GAP', 'info', "It's 課", 'A3'), // less severe than the error already on A3
        issue('LEDGER_EMPTY', 'warning', "It's 課", null), // sheet-level: no cell to mark
        issue('GROUP_INVALID', 'error', '消えたシート', 'D6'), // sheet gone since the check
      ],
    });
    expect(result).toEqual({ status: 'shown', markers: 1, removed: 0, refreshed: 1, unchanged: 0, unreadable: [] });
    expect(sheet!.conditionalFormats.map((cf) => cf.rect)).toEqual([{ r0: 1, c0: 0, r1: 2, c1: 0 }]);
    expect(sheet!.cell(1, 0)?.fmt?.fill).toBe('#00FF00');
    expect(measure(t.runtime).syncs).toBe(3);
  });

  test('showing again replaces the markers; clearing removes exactly ours and keeps the user’s own format', async () => {
    t = book({ 台帳_総務課: [['番号'], [1], [2]] });
    const sheet = t.runtime.workbook.sheetByName('台帳_総務課')!;
    await t.runtime.run(async (context) => {
      const cf = context.workbook.worksheets.getItem('台帳_総務課').getRange('A1:A3').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=A1>1';
      cf.custom.format.fill.color = '#0000FF';
      await context.sync();
    });
    await showFindings({ issues: [issue('NUMBER_INVALID', 'error', '台帳_総務課', 'A2')] });
    const again = await showFindings({ issues: [issue('NUMBER_INVALID', 'error', '台帳_総務課', 'A3')] });
    expect(again).toEqual({ status: 'shown', markers: 1, removed: 1, refreshed: 1, unchanged: 0, unreadable: [] });
    expect(sheet.conditionalFormats).toHaveLength(2);
    const cleared = await clearFindings();
    expect(cleared).toEqual({ status: 'shown', markers: 0, removed: 1, refreshed: 1, unchanged: 0, unreadable: [] });
    expect(sheet.conditionalFormats.map((cf) => cf.rect)).toEqual([{ r0: 0, c0: 0, r1: 2, c1: 0 }]);
  });

  test('one format per sheet and severity over all its cells (ExcelApi 1.9); a second show with the same findings writes nothing', async () => {
    t = book({ 台帳_A: [['番号']], 台帳_B: [['番号']] });
    const issues = [
      ...Array.from({ length: 400 }, (_, i) => issue('GROUP_INVALID', 'error', '台帳_A', `D${2 * i + 6}`)),
      ...Array.from({ length: 400 }, (_, i) => issue('LEVEL1_SUSPECTED', 'warning', '台帳_A', `E${2 * i + 6}`)),
      issue('NUMBER_INVALID', 'error', '台帳_B', 'A7'),
    ];
    const first = await showFindings({ issues });
    // 400 areas of 'D6, D8, …' exceed one address list of ADDRESS_LIMIT characters: two formats per severity on A.
    expect(first).toMatchObject({ status: 'shown', markers: 5, refreshed: 2, unchanged: 0 });
    const a = t.runtime.workbook.sheetByName('台帳_A')!.conditionalFormats;
    const signature = /:([0-9a-z]+)"\)=0$/.exec(a[0]!.rule.formula ?? '')?.[1];
    expect(a.map((cf) => [cf.rule.formula, (cf.areas ?? [cf.rect]).length])).toEqual([
      [`=N("ledger-check:error:${signature}")=0`, 341],
      [`=N("ledger-check:error:${signature}")=0`, 59],
      [`=N("ledger-check:warning:${signature}")=0`, 341],
      [`=N("ledger-check:warning:${signature}")=0`, 59],
    ]);
    t.runtime.stats.reset();
    const again = await showFindings({ issues });
    expect(again).toMatchObject({ status: 'shown', markers: 5, removed: 0, refreshed: 0, unchanged: 2 });
    expect(t.runtime.stats.syncs).toBe(2);
    // Only the sheet whose findings changed is rewritten.
    t.runtime.stats.reset();
    const changed = await showFindings({ issues: [...issues.slice(0, -1), issue('NUMBER_INVALID', 'error', '台帳_B', 'A8')] });
    expect(changed).toMatchObject({ refreshed: 1, unchanged: 1, removed: 1 });
    expect(Math.max(...t.runtime.stats.syncOperations)).toBeLessThan(20);
  });

  test('12,500 findings on 50 sheets: no sync carries more than 5,000 operations, on ExcelApi 1.9 and on 1.8', async () => {
    for (const version of ['1.13', '1.8']) {
      const sheets = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`台帳_${i + 1}`, [['番号']]]));
      t = book(sheets, { ExcelApi: version });
      const issues = Object.keys(sheets).flatMap((name) =>
        Array.from({ length: 250 }, (_, i) => issue('GROUP_INVALID', i % 3 === 0 ? 'warning' : 'error', name, `${'DEFG'[i % 4]}${6 + 2 * i}`)),
      );
      t.runtime.stats.reset();
      const r = await showFindings({ issues });
      expect(r).toMatchObject({ status: 'shown', refreshed: 50 });
      const cfs = t.runtime.workbook.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0);
      expect([version, Math.max(...t.runtime.stats.syncOperations) <= 5000]).toEqual([version, true]);
      if (version === '1.8') expect(cfs).toBe(12_500);
      else expect(cfs).toBeLessThan(300);
      const cleared = await clearFindings();
      expect([version, cleared.status === 'shown' && cleared.removed]).toEqual([version, cfs]);
      expect(Math.max(...t.runtime.stats.syncOperations) <= 5000).toBe(true);
      t.uninstall();
    }
    t = book({ Sheet1: [] });
  });

  test('a user rule Excel cannot read (office-js #6835) keeps its sheet as it is; every other sheet is cleared', async () => {
    t = book({ 台帳_A: [['番号']], 台帳_B: [['番号']], 台帳_C: [['番号']] });
    await showFindings({ issues: ['台帳_A', '台帳_B', '台帳_C'].map((s) => issue('NUMBER_INVALID', 'error', s, 'A2')) });
    await t.runtime.run(async (context) => {
      const cf = context.workbook.worksheets.getItem('台帳_B').getRange('C1:C9').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=C1>1';
      await context.sync();
    });
    t.runtime.workbook.sheetByName('台帳_B')!.conditionalFormats[1]!.unreadable = true;
    const cleared = await clearFindings();
    expect(cleared).toMatchObject({ status: 'shown', removed: 2, unreadable: ['台帳_B'] });
    expect(['台帳_A', '台帳_B', '台帳_C'].map((s) => t.runtime.workbook.sheetByName(s)!.conditionalFormats.length)).toEqual([0, 2, 0]);
  });

  test('selecting a finding activates its sheet and selects the cell', async () => {
    t = book({ Sheet1: [[1]], "It's 課": [['番号']] });
    t.runtime.stats.reset();
    expect(await selectCell({ sheet: "It's 課", cell: 'E7' })).toEqual({ status: 'selected' });
    expect(t.runtime.workbook.activeSheet?.name).toBe("It's 課");
    expect(t.runtime.workbook.selection?.rect).toEqual({ r0: 6, c0: 4, r1: 6, c1: 4 });
    expect(measure(t.runtime).syncs).toBe(1);
  });

  test('a sheet deleted since the check is reported, not thrown', async () => {
    t = book({ Sheet1: [[1]] });
    const result = await selectCell({ sheet: '台帳_総務課', cell: 'A1' });
    expect(result).toMatchObject({ status: 'missing' });
  });

  test('Excel in cell-edit mode gives the message to finish editing first (SPEC §10)', async () => {
    t = book({ Sheet1: [[1]] });
    t.runtime.setCellEditMode(true);
    expect(await selectCell({ sheet: 'Sheet1', cell: 'A1' })).toMatchObject({
      status: 'failed',
      kind: 'cellEditMode',
      message: 'セルの編集を終えてから、もう一度実行してください',
    });
  });
});
