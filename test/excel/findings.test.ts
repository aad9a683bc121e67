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
    expect(result).toEqual({ status: 'shown', markers: 1, removed: 0 });
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
    expect(again).toEqual({ status: 'shown', markers: 1, removed: 1 });
    expect(sheet.conditionalFormats).toHaveLength(2);
    const cleared = await clearFindings();
    expect(cleared).toEqual({ status: 'shown', markers: 0, removed: 1 });
    expect(sheet.conditionalFormats.map((cf) => cf.rect)).toEqual([{ r0: 0, c0: 0, r1: 2, c1: 0 }]);
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
