/**
 * Further Office.js behaviours the adapter relies on.
 * - Excel.run({ delayForCellEdit: true }) waits for the user to leave cell-edit mode:
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
 * - Range.getMergedAreasOrNullObject (ExcelApi 1.13): https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1);
 *   "if the merged areas count in this range is more than 512, then this method will fail to return the result";
 *   RangeAreas.address as documented ("Sheet1!A1:B4, Sheet1!D1:D4"): https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeareas
 * - Worksheet.copy (ExcelApi 1.10, default position 'None' = at the beginning):
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-copy-member(1)
 * - Text number format '@' keeps typed text as text: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 * - Excel.* enums at run time, OfficeExtension.Error: https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error
 */
import { SimOfficeError, installExcelGlobals, loadXlsx, saveXlsx } from '../../src/preview/runtime';
import { rejection, runtimeWith } from './helpers';

test('delayForCellEdit: the sync waits until the user leaves cell-edit mode, then applies', async () => {
  const rt = runtimeWith({ S: [] });
  rt.setCellEditMode(true);
  let done = false;
  const run = rt
    .run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['after edit']];
      await context.sync();
    })
    .then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done).toBe(false);
  expect(rt.workbook.sheets[0]!.cell(0, 0)).toBeUndefined();
  rt.setCellEditMode(false);
  await run;
  expect(rt.workbook.sheets[0]!.cell(0, 0)?.v).toBe('after edit');
});

test('a whole column formatted as text keeps formula-looking input as text without becoming "used"', async () => {
  const rt = runtimeWith({ S: [] });
  await rt.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('S');
    (ws.getRange('B:B') as unknown as { numberFormat: unknown }).numberFormat = '@';
    const empty = ws.getUsedRangeOrNullObject();
    await context.sync();
    expect(empty.isNullObject).toBe(true);
    ws.getRange('B3:B4').values = [['=1+1'], ['-5']];
    const r = ws.getRange('B3:B4').load('values, valueTypes, numberFormat');
    await context.sync();
    expect(r.values).toEqual([['=1+1'], ['-5']]);
    expect(r.valueTypes).toEqual([['String'], ['String']]);
    expect(r.numberFormat).toEqual([['@'], ['@']]);
  });
  const back = await loadXlsx(await saveXlsx(rt.workbook));
  expect(back.sheets[0]!.numberFormatOf(2, 1)).toBe('@');
});

test('getMergedAreasOrNullObject lists the merges touching a range', async () => {
  const rt = runtimeWith({ S: [] });
  await rt.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('S');
    ws.getRange('A1:C1').merge();
    ws.getRange('B5:B6').merge();
    const some = ws.getRange('A1:D10').getMergedAreasOrNullObject().load('address, areaCount');
    const none = ws.getRange('E1:E5').getMergedAreasOrNullObject();
    await context.sync();
    expect([some.address, some.areaCount, none.isNullObject]).toEqual(['S!A1:C1, S!B5:B6', 2, true]);
  });
});

test('more than 512 merged areas: the sync carrying getMergedAreasOrNullObject fails and loads nothing; 512 pass', async () => {
  const rows = (n: number) => Array.from({ length: n }, () => ['x']);
  const rt = runtimeWith({ S: rows(1100) });
  await rt.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('S');
    for (let i = 0; i < 513; i++) ws.getRange(`A${2 * i + 1}:B${2 * i + 1}`).merge();
    await context.sync();
  });
  await rt.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('S');
    const used = ws.getUsedRange(true).load('rowCount');
    const areas = ws.getRange('A:B').getMergedAreasOrNullObject().load('areaCount');
    await rejection(context.sync());
    expect(() => used.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    const fewer = ws.getRange('A1:B1024').getMergedAreasOrNullObject().load('areaCount');
    await context.sync();
    expect(fewer.areaCount).toBe(512);
    void areas;
  });
});

test('Worksheet.copy duplicates cells, validations and tables under new names', async () => {
  const rt = runtimeWith({ 台帳: [['番号', '群'], [1, 'A群']] });
  await rt.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('台帳');
    ws.tables.add('A1:B2', true);
    ws.getRange('B2').dataValidation.rule = { list: { inCellDropDown: true, source: 'A群,B群' } };
    const copy = ws.copy('End');
    copy.load('name, position');
    const values = copy.getRange('A1:B2').load('values');
    const dv = copy.getRange('B2').dataValidation.load('type');
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    expect([copy.name, copy.position, values.values, dv.type]).toEqual(['台帳 (2)', 1, [['番号', '群'], [1, 'A群']], 'List']);
    expect(tables.items).toHaveLength(2);
  });
});

// Borders: https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangebordercollection
test('borders: edges and inside lines read back, mixed reads null, and they survive xlsx', async () => {
  const rt = runtimeWith({ S: [] });
  await rt.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('S');
    const header = ws.getRange('A1:C1');
    header.format.borders.getItem('EdgeBottom').style = 'Double';
    const inner = ws.getRange('A3:C5').format.borders.getItem('InsideVertical');
    inner.style = 'Continuous';
    inner.color = '#ff0000';
    const bottom = ws.getRange('A1:C1').format.borders.getItem('EdgeBottom').load('style, color, weight');
    const inside = ws.getRange('A3:C5').format.borders.getItem('InsideVertical').load('style, color');
    const right = ws.getRange('A3:C5').format.borders.getItem('EdgeRight').load('style');
    const below = ws.getRange('A1:A2').format.borders.getItem('EdgeBottom').load('style');
    await context.sync();
    expect([bottom.style, bottom.color, bottom.weight, inside.style, inside.color, right.style, below.style]).toEqual([
      'Double', '#000000', 'Thin', 'Continuous', '#FF0000', 'None', 'None',
    ]);
    expect(below.style).toBe('None');
    const mixed = ws.getRange('B1:D1').format.borders.getItem('EdgeBottom').load('style');
    await context.sync();
    expect(mixed.style).toBeNull();
  });
  const s = (await loadXlsx(await saveXlsx(rt.workbook))).sheets[0]!;
  expect(s.cell(0, 1)?.fmt?.borders?.bottom).toEqual({ style: 'Double', weight: 'Thick', color: '#000000' });
  expect(s.cell(3, 1)?.fmt?.borders?.right).toEqual({ style: 'Continuous', weight: 'Thin', color: '#FF0000' });
});

test('showGridlines is kept and saved', async () => {
  const rt = runtimeWith({ S: [['x']] });
  await rt.run(async (context) => {
    context.workbook.worksheets.getItem('S').showGridlines = false;
    const ws = context.workbook.worksheets.getItem('S').load('showGridlines');
    await context.sync();
    expect(ws.showGridlines).toBe(false);
  });
  expect((await loadXlsx(await saveXlsx(rt.workbook))).sheets[0]!.showGridlines).toBe(false);
});

test('installed globals: Excel.run, the enums, OfficeExtension.Error and isSetSupported both ways', async () => {
  const rt = runtimeWith({ S: [] }, { ExcelApi: '1.13' });
  const uninstall = installExcelGlobals(rt);
  try {
    expect(Excel.ChartType.columnClustered).toBe('ColumnClustered');
    expect(Excel.ErrorCodes.itemNotFound).toBe('ItemNotFound');
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.14')).toBe(false);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('missing').load('name');
        await context.sync();
      }),
    );
    expect(err).toBeInstanceOf(OfficeExtension.Error);
    expect(err).toBeInstanceOf(SimOfficeError);
    expect(err.code).toBe(Excel.ErrorCodes.itemNotFound);
  } finally {
    uninstall();
  }
});

// ConditionalFormat.customOrNullObject (ExcelApi 1.6): https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat
test('conditional formats load through items/customOrNullObject/rule/formula; other types are null objects', async () => {
  const rt = runtimeWith({ S: [] });
  await rt.run(async (context) => {
    const range = context.workbook.worksheets.getItem('S').getRange('A2:F50');
    range.conditionalFormats.add('Custom').custom.rule.formula = '=$D2="C群"';
    const other = range.conditionalFormats.add('CellValue');
    other.cellValue.rule = { formula1: '=0', operator: 'GreaterThan' };
    const list = range.conditionalFormats.load('items/type, items/customOrNullObject/rule/formula');
    await context.sync();
    expect(list.items.map((cf) => [cf.type, cf.customOrNullObject.isNullObject])).toEqual([['Custom', false], ['CellValue', true]]);
    expect(list.items[0]!.customOrNullObject.rule.formula).toBe('=$D2="C群"');
  });
});

// Worksheet.horizontalPageBreaks (ExcelApi 1.9): https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagebreakcollection
test('horizontal page breaks are added above a row, listed, and kept in xlsx', async () => {
  const rt = runtimeWith({ S: [] });
  await rt.run(async (context) => {
    const breaks = context.workbook.worksheets.getItem('S').horizontalPageBreaks;
    breaks.add('A40:F40');
    breaks.add('A80');
    breaks.load('items/rowIndex');
    await context.sync();
    expect(breaks.items.map((b) => b.rowIndex)).toEqual([39, 79]);
    breaks.add('A1');
    expect((await rejection(context.sync())).code).toBe('InvalidArgument');
  });
  expect((await loadXlsx(await saveXlsx(rt.workbook))).sheets[0]!.rowBreaks).toEqual([39, 79]);
});

// Requirement sets per API (Worksheet.copy 1.10, horizontalPageBreaks 1.9, getMergedAreasOrNullObject 1.13):
// https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets
test('on an Excel limited to ExcelApi 1.8, newer APIs fail with ApiNotFound at sync', async () => {
  const rt = runtimeWith({ S: [] }, { ExcelApi: '1.8' });
  await rt.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('S');
    ws.copy();
    expect((await rejection(context.sync())).code).toBe('ApiNotFound');
    ws.horizontalPageBreaks.add('A5');
    expect((await rejection(context.sync())).code).toBe('ApiNotFound');
    ws.getRange('A1:B2').getMergedAreasOrNullObject().load('address');
    expect((await rejection(context.sync())).code).toBe('ApiNotFound');
  });
  expect(rt.workbook.sheets.map((s) => [s.name, s.rowBreaks])).toEqual([['S', []]]);
});
