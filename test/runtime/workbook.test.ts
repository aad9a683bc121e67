/**
 * Workbook and worksheet objects.
 * - Worksheets: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheets
 * - Worksheet.name rules (31 characters, no : \ / ? * [ ]): https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member
 * - Named items: https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection
 * - Settings: https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection
 * - Worksheet custom properties (ExcelApi 1.12, keys case-insensitive, add overwrites):
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcustompropertycollection
 * - Freeze panes: https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes
 * - Protection: https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection
 * - Page layout: https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout
 * - Requirement sets / isSetSupported: https://learn.microsoft.com/en-us/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 */
import { installExcelGlobals } from '../../src/preview/runtime';
import { rejection, runtimeWith } from './helpers';

describe('worksheets', () => {
  test('add, rename, move, hide, tab colour, activate and delete', async () => {
    const rt = runtimeWith({ A: [], B: [] });
    await rt.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const c = sheets.add('台帳_総務課');
      c.tabColor = '#00aa00';
      c.position = 0;
      sheets.getItem('A').name = 'A2';
      sheets.getItem('B').visibility = 'Hidden';
      c.activate();
      sheets.load('items/name, items/position, items/visibility, items/tabColor');
      const active = sheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility, s.tabColor])).toEqual([
        ['台帳_総務課', 0, 'Visible', '#00AA00'],
        ['A2', 1, 'Visible', ''],
        ['B', 2, 'Hidden', ''],
      ]);
      expect(active.name).toBe('台帳_総務課');
      sheets.getItem('A2').delete();
      const count = sheets.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, it has no load()
      expect(count.value).toBe(2);
    });
  });

  test.each([['a/b'], ['x'.repeat(32)], [''], ["'quoted'"], ['[1]']])('an invalid sheet name %p is InvalidArgument', async (name) => {
    const rt = runtimeWith({ A: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.add(name);
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });

  test('a name already used (in any case) is ItemAlreadyExists', async () => {
    const rt = runtimeWith({ Ledger: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.add('ledger');
      expect((await rejection(context.sync())).code).toBe('ItemAlreadyExists');
    });
  });

  test('the last visible sheet can be neither hidden nor deleted', async () => {
    const rt = runtimeWith({ A: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('A').visibility = 'Hidden';
      expect((await rejection(context.sync())).code).toBe('InvalidOperation');
      context.workbook.worksheets.getItem('A').delete();
      expect((await rejection(context.sync())).code).toBe('InvalidOperation');
    });
  });

  test('freeze panes: freezeRows and getLocationOrNullObject', async () => {
    const rt = runtimeWith({ A: [] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('A');
      const none = ws.freezePanes.getLocationOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      ws.freezePanes.freezeRows(6);
      const loc = ws.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      expect(loc.address).toBe('A!1:6');
    });
  });

  test('protection: protect, then writes to locked cells fail while unlocked cells stay editable', async () => {
    const rt = runtimeWith({ A: [] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('A');
      ws.getRange('A5:F100').format.protection.locked = false;
      const protection = context.workbook.worksheets.getItem('A').protection;
      protection.protect();
      protection.load('protected');
      await context.sync();
      expect(protection.protected).toBe(true);
      ws.getRange('A6').values = [['data']];
      await context.sync();
      ws.getRange('A1').values = [['title']];
      expect((await rejection(context.sync())).code).toBe('AccessDenied');
      ws.protection.unprotect();
      ws.getRange('A1').values = [['title']];
      await context.sync();
    });
  });

  test('page layout: orientation, paper size and print title rows', async () => {
    const rt = runtimeWith({ A: [] });
    await rt.run(async (context) => {
      const pl = context.workbook.worksheets.getItem('A').pageLayout;
      pl.orientation = 'Landscape';
      pl.paperSize = 'A4';
      pl.setPrintTitleRows('$5:$5');
      const titles = pl.getPrintTitleRowsOrNullObject().load('address');
      pl.load('orientation, paperSize');
      await context.sync();
      expect([pl.orientation, pl.paperSize, titles.address]).toEqual(['Landscape', 'A4', 'A!5:5']);
    });
  });
});

describe('custom properties (ExcelApi 1.12)', () => {
  test('add, case-insensitive lookup, overwrite, items', async () => {
    const rt = runtimeWith({ A: [] });
    await rt.run(async (context) => {
      const props = context.workbook.worksheets.getItem('A').customProperties;
      props.add('LedgerPolicy', 'hanamaki');
      props.add('ledgerpolicy', 'hanamaki@2');
      const one = props.getItem('LEDGERPOLICY').load('key, value');
      const none = props.getItemOrNullObject('other');
      props.load('items/key, items/value');
      await context.sync();
      expect([one.key, one.value, none.isNullObject]).toEqual(['ledgerpolicy', 'hanamaki@2', true]);
      expect(props.items.map((p) => p.toJSON())).toEqual([{ key: 'ledgerpolicy', value: 'hanamaki@2' }]);
    });
  });

  test('a key over 255 characters is InvalidArgument', async () => {
    const rt = runtimeWith({ A: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('A').customProperties.add('k'.repeat(256), 'v');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });

  test('below ExcelApi 1.12 the API is not found, and isSetSupported says so', async () => {
    const rt = runtimeWith({ A: [] }, { ExcelApi: '1.11' });
    const uninstall = installExcelGlobals(rt);
    try {
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(false);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.11')).toBe(true);
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('A').customProperties.add('k', 'v');
        expect((await rejection(context.sync())).code).toBe('ApiNotFound');
      });
    } finally {
      uninstall();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});

describe('names and settings', () => {
  test('a name for a range and a name for a constant', async () => {
    const rt = runtimeWith({ '総務 課': [['x']] });
    await rt.run(async (context) => {
      const names = context.workbook.names;
      names.add('LedgerTitle', context.workbook.worksheets.getItem('総務 課').getRange('A1:B2'));
      names.add('PolicyVersion', '="1.0"');
      const a = names.getItem('ledgertitle').load('name, type, value, formula');
      const b = names.getItemOrNullObject('PolicyVersion').load('type, value');
      const c = names.getItemOrNullObject('missing');
      const target = names.getItem('LedgerTitle').getRange().load('address');
      await context.sync();
      expect([a.name, a.type, a.value, a.formula]).toEqual(['LedgerTitle', 'Range', "'総務 課'!$A$1:$B$2", "='総務 課'!$A$1:$B$2"]);
      expect([b.type, b.value, c.isNullObject]).toEqual(['String', '1.0', true]);
      expect(target.address).toBe("'総務 課'!A1:B2");
    });
  });

  test('settings hold JSON values', async () => {
    const rt = runtimeWith({ A: [] });
    await rt.run(async (context) => {
      context.workbook.settings.add('reviewed', { rows: [1, 2] });
      const s = context.workbook.settings.getItem('reviewed').load('value');
      const none = context.workbook.settings.getItemOrNullObject('nope');
      await context.sync();
      expect([s.value, none.isNullObject]).toEqual([{ rows: [1, 2] }, true]);
      context.workbook.settings.getItem('nope').load('value');
      expect((await rejection(context.sync())).code).toBe('ItemNotFound');
    });
  });
});
