/**
 * Tables, data validation, conditional formats and charts.
 * - Tables (hasHeaders=false: "Excel will automatically generate a header and shift the data down"; a table keeps
 *   at least one data row): https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
 *   and https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables
 * - Data validation: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation
 * - Conditional formats: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
 * - Charts: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-charts
 */
import { rejection, runtimeWith } from './helpers';

const HEADER = ['番号', '情報資産名', '内容', '群', 'レベル', '備考'];

describe('tables', () => {
  test('a header-only range becomes a table with one empty data row', async () => {
    const rt = runtimeWith({ L: [[], [], HEADER] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('L');
      const t = ws.tables.add('A3:F3', true);
      t.name = 'Ledger_1';
      const header = t.getHeaderRowRange().load('address, values');
      const body = t.getDataBodyRange().load('address');
      t.load('name');
      await context.sync();
      expect([t.name, header.address, body.address]).toEqual(['Ledger_1', 'L!A3:F3', 'L!A4:F4']);
      expect(header.values).toEqual([HEADER]);
    });
  });

  test('hasHeaders=false inserts generated headers above the data', async () => {
    const rt = runtimeWith({ L: [['a', 'b'], ['c', 'd']] });
    await rt.run(async (context) => {
      const t = context.workbook.worksheets.getItem('L').tables.add('A1:B2', false);
      const all = t.getRange().load('address, values');
      await context.sync();
      expect(all.address).toBe('L!A1:B3');
      expect(all.values).toEqual([['Column1', 'Column2'], ['a', 'b'], ['c', 'd']]);
    });
  });

  test('rows.add appends, growing the table and validations that covered its body', async () => {
    const rt = runtimeWith({ L: [HEADER, [1, '住民台帳', '', 'A群', 'レベル1', '']] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('L');
      const t = ws.tables.add('A1:F2', true);
      t.getDataBodyRange().getColumn(3).dataValidation.rule = { list: { inCellDropDown: true, source: 'A群,B群' } };
      t.rows.add(undefined, [[2, '税務システム', '', 'B群', 'レベル2', ''], [3, 'x', '', 'A群', 'レベル1', '']]);
      const body = t.getDataBodyRange().load('address, values');
      const rows = t.rows.getCount();
      const dv = ws.getRange('D2:D4').dataValidation.load('type, rule');
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, it has no load()
      expect([body.address, rows.value, dv.type]).toEqual(['L!A2:F4', 3, 'List']);
      expect(body.values[2]).toEqual([3, 'x', '', 'A群', 'レベル1', '']);
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: 'A群,B群' } });
    });
  });

  test('a table overlapping another is refused; a missing table is ItemNotFound, getItemOrNullObject null', async () => {
    const rt = runtimeWith({ L: [HEADER] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('L');
      ws.tables.add('A1:F2', true);
      await context.sync();
      ws.tables.add('B1:C3', true);
      expect((await rejection(context.sync())).code).toBe('InvalidOperation');
      const none = context.workbook.tables.getItemOrNullObject('Nope');
      await context.sync();
      expect(none.isNullObject).toBe(true);
      context.workbook.tables.getItem('Nope').load('name');
      expect((await rejection(context.sync())).code).toBe('ItemNotFound');
    });
  });

  test('columns by name', async () => {
    const rt = runtimeWith({ L: [HEADER, [1, 'a', 'b', 'A群', 'レベル1', '']] });
    await rt.run(async (context) => {
      const t = context.workbook.worksheets.getItem('L').tables.add('A1:F2', true);
      const col = t.columns.getItem('群').getDataBodyRange().load('address');
      t.columns.load('items/name');
      await context.sync();
      expect(col.address).toBe('L!D2');
      expect(t.columns.items.map((c) => c.name)).toEqual(HEADER);
    });
  });
});

describe('data validation', () => {
  test('list rule with stop alert and prompt, read back as set', async () => {
    const rt = runtimeWith({ L: [] });
    await rt.run(async (context) => {
      const dv = context.workbook.worksheets.getItem('L').getRange('D2:D100').dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: 'A群,B群' } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: '入力エラー', message: 'A群かB群を選んでください' };
      dv.prompt = { showPrompt: true, title: '群', message: '第5: A群は…' };
      dv.load('type, rule, errorAlert, prompt');
      await context.sync();
      expect(dv.type).toBe('List');
      expect(dv.errorAlert).toEqual({ showAlert: true, style: 'Stop', title: '入力エラー', message: 'A群かB群を選んでください' });
      expect(dv.prompt).toEqual({ showPrompt: true, title: '群', message: '第5: A群は…' });
    });
  });

  test('wholeNumber ≥ 1; an incomplete rule is InvalidArgument; clear removes it', async () => {
    const rt = runtimeWith({ L: [] });
    await rt.run(async (context) => {
      const dv = context.workbook.worksheets.getItem('L').getRange('A2:A100').dataValidation;
      dv.rule = { wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } };
      dv.load('rule');
      await context.sync();
      expect(dv.rule).toEqual({ wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } });
      dv.rule = { wholeNumber: { operator: 'GreaterThanOrEqualTo' } } as unknown as Excel.DataValidationRule;
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      dv.clear();
      dv.load('type');
      await context.sync();
      expect(dv.type).toBe('None');
    });
  });

  test('a range partly covered reads as Inconsistent', async () => {
    const rt = runtimeWith({ L: [] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('L');
      ws.getRange('A1:A5').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,y' } };
      const dv = ws.getRange('A1:B5').dataValidation.load('type');
      await context.sync();
      expect(dv.type).toBe('Inconsistent');
    });
  });
});

describe('conditional formats and charts', () => {
  test('a custom highlight rule', async () => {
    const rt = runtimeWith({ L: [] });
    await rt.run(async (context) => {
      const range = context.workbook.worksheets.getItem('L').getRange('A2:F100');
      const cf = range.conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=$D2=""';
      cf.custom.format.fill.color = '#FFC7CE';
      const count = range.conditionalFormats.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, it has no load()
      expect(count.value).toBe(1);
      expect(rt.workbook.sheets[0]!.conditionalFormats[0]).toMatchObject({ type: 'Custom', rule: { formula: '=$D2=""' }, format: { fill: '#FFC7CE' } });
      range.conditionalFormats.clearAll();
      const after = range.conditionalFormats.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, it has no load()
      expect(after.value).toBe(0);
    });
  });

  test('charts.add with a title', async () => {
    const rt = runtimeWith({ S: [['課', 'A群'], ['総務課', 3]] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      const chart = ws.charts.add('ColumnClustered', ws.getRange('A1:B2'), 'Auto');
      chart.title.text = '群－レベル別';
      chart.load('name, chartType');
      chart.title.load('text');
      await context.sync();
      expect([chart.name, chart.chartType, chart.title.text]).toEqual(['Chart 1', 'ColumnClustered', '群－レベル別']);
    });
  });
});
