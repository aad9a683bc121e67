/**
 * Proxy semantics of the runtime, each pinned to the Office.js documentation it imitates:
 * - load/sync model: https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model
 * - RequestContext: https://learn.microsoft.com/en-us/javascript/api/office/officeextension.clientrequestcontext
 * - ClientResult: https://learn.microsoft.com/en-us/javascript/api/office/officeextension.clientresult
 * - error codes: https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
 * - Range.values: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   this file pins what the runtime does when an add-in breaks exactly these rules (reads before load/sync). */
import { rejection, runtimeWith } from './helpers';

describe('load and sync', () => {
  // "You must call context.sync() before reading the properties" — reading before load+sync throws PropertyNotLoaded.
  test('reading a scalar before load and sync throws PropertyNotLoaded', async () => {
    const rt = runtimeWith({ Sheet1: [['a']] });
    await rt.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['a']]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('load accepts a comma list, an array and {select}', async () => {
    const rt = runtimeWith({ Sheet1: [[1, 2], [3, 4]] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const a = ws.getRange('A1:B2').load('address, rowCount');
      const b = ws.getRange('A1:B2').load(['columnCount']);
      const c = ws.getRange('A1:B2').load({ select: 'values' });
      await context.sync();
      expect([a.address, a.rowCount, b.columnCount, c.values]).toEqual(['Sheet1!A1:B2', 2, 2, [[1, 2], [3, 4]]]);
      expect(c.toJSON()).toEqual({ values: [[1, 2], [3, 4]] });
    });
  });

  test('navigation paths load nested objects (format/fill/color)', async () => {
    const rt = runtimeWith({ Sheet1: [['x']] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.format.fill.color = '#FF0000';
      const read = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('format/fill/color, format/font/bold');
      await context.sync();
      expect(read.format.fill.color).toBe('#FF0000');
      expect(read.format.font.bold).toBe(false);
    });
  });

  // Writes are queued and applied at sync: another proxy sees the old value until then.
  test('a value written is applied only at sync', async () => {
    const rt = runtimeWith({ Sheet1: [['old']] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const reader = ws.getRange('A1').load('values');
      await context.sync();
      ws.getRange('A1').values = [['new']];
      expect(reader.values).toEqual([['old']]);
      expect(rt.workbook.sheets[0]!.cell(0, 0)?.v).toBe('old');
      reader.load('values');
      await context.sync();
      expect(reader.values).toEqual([['new']]);
    });
  });

  test('queued instructions run in the order they were made', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [['first']];
      const mid = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      r.values = [['second']];
      const end = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      expect([mid.values, end.values]).toEqual([[['first']], [['second']]]);
    });
  });

  test('a method result is a ClientResult readable after sync', async () => {
    const rt = runtimeWith({ A: [], B: [] });
    await rt.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  test('collection items need load; load("items/name") and load("name") both load every item', async () => {
    const rt = runtimeWith({ A: [], B: [] });
    await rt.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['A', 'B']);
      const again = context.workbook.worksheets.load('name, position');
      await context.sync();
      expect(again.items.map((s) => [s.name, s.position])).toEqual([['A', 0], ['B', 1]]);
      expect(again.toJSON()).toEqual({ items: [{ name: 'A', position: 0 }, { name: 'B', position: 1 }] });
    });
  });

  test('Excel.run sends what the batch left queued', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['late']];
    });
    expect(rt.workbook.sheets[0]!.cell(1, 1)?.v).toBe('late');
    expect(rt.stats.syncs).toBe(1);
  });
});

describe('errors at sync', () => {
  test('getItem of a missing sheet fails with ItemNotFound at sync, not at the call', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('なし');
      ws.load('name');
      expect((await rejection(context.sync())).code).toBe('ItemNotFound');
    });
  });

  // "*OrNullObject methods": isNullObject is readable after sync.
  test('getItemOrNullObject gives a null object instead of an error', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await rt.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('なし');
      const found = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      found.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect(found.name).toBe('Sheet1');
    });
  });

  test('an error stops the batch: earlier writes stay, later ones are not applied', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['before']];
      context.workbook.worksheets.getItem('missing').getRange('A1').values = [['x']];
      ws.getRange('A2').values = [['after']];
      expect((await rejection(context.sync())).code).toBe('ItemNotFound');
    });
    expect(rt.workbook.sheets[0]!.cell(0, 0)?.v).toBe('before');
    expect(rt.workbook.sheets[0]!.cell(1, 0)).toBeUndefined();
  });

  test('a values array whose shape does not match the range is InvalidArgument', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['a', 'b']];
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['a'], ['b']];
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });

  test('an invalid address is InvalidArgument at sync', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A0').load('address');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });

  // InvalidOperationInCellEditMode: "Excel is in cell-editing mode".
  test('while the user edits a cell every sync fails with InvalidOperationInCellEditMode and changes nothing', async () => {
    const rt = runtimeWith({ Sheet1: [['keep']] });
    rt.setCellEditMode(true);
    const err = await rejection(
      rt.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['lost']];
        await context.sync();
      }),
    );
    expect(err.code).toBe('InvalidOperationInCellEditMode');
    expect(rt.workbook.sheets[0]!.cell(0, 0)?.v).toBe('keep');
    rt.setCellEditMode(false);
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['written']];
      await context.sync();
    });
    expect(rt.workbook.sheets[0]!.cell(0, 0)?.v).toBe('written');
  });
});
