/**
 * Several ranges at once, and conditional formats over them.
 * - Worksheet.getRanges (ExcelApi 1.9), "a string with comma-delimited range addresses"; setting a property on a
 *   RangeAreas sets it on every area: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-multiple-ranges
 * - RangeAreas.conditionalFormats (ExcelApi 1.9), ConditionalFormat.getRanges (1.9) and getRange, which "throws an
 *   error if the conditional format is applied to multiple ranges" (1.6):
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat
 * - A long getRanges address fails with "The argument is invalid or missing or has an incorrect format" (office-js
 *   #5198: failures from about 8,200 characters): https://github.com/OfficeDev/office-js/issues/5198
 * - A rule Office.js cannot read makes loading it fail (office-js #6835): https://github.com/OfficeDev/office-js/issues/6835
 */
import { loadXlsx, saveXlsx } from '../../src/preview/runtime';
import { rejection, runtimeWith } from './helpers';

test('a conditional format added over getRanges applies to every area as one format', async () => {
  const rt = runtimeWith({ S: [] });
  await rt.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('S');
    const cf = ws.getRanges('B2:B4, D7, F1:G1').conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=TRUE';
    cf.custom.format.fill.color = '#FFC7CE';
    await context.sync();
    const all = ws.getRange().conditionalFormats.load('items/type');
    const d7 = ws.getRange('D7').conditionalFormats.load('items/type');
    const areas = cf.getRanges().load('address, areaCount');
    await context.sync();
    expect([all.items.length, d7.items.length, areas.areaCount, areas.address]).toEqual([1, 1, 3, 'S!B2:B4, S!D7, S!F1:G1']);
    cf.getRange().load('address');
    expect((await rejection(context.sync())).code).toBe('InvalidOperation');
  });
});

test('getRanges needs ExcelApi 1.9 and refuses an address over 8,192 characters', async () => {
  const old = runtimeWith({ S: [] }, { ExcelApi: '1.8' });
  await old.run(async (context) => {
    context.workbook.worksheets.getItem('S').getRanges('A1, B2');
    expect((await rejection(context.sync())).code).toBe('ApiNotFound');
  });
  const rt = runtimeWith({ S: [] });
  const cells = Array.from({ length: 1400 }, (_, i) => `C${2 * i + 1}`).join(', ');
  expect(cells.length).toBeGreaterThan(8192);
  await rt.run(async (context) => {
    context.workbook.worksheets.getItem('S').getRanges(cells).load('areaCount');
    expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    const fewer = context.workbook.worksheets.getItem('S').getRanges(cells.slice(0, cells.lastIndexOf(',', 8000))).load('areaCount');
    await context.sync();
    expect(fewer.areaCount).toBeGreaterThan(1000);
  });
});

test('a rule Office.js cannot read fails the sync that loads it, and only that sync', async () => {
  const rt = runtimeWith({ A: [], B: [] });
  await rt.run(async (context) => {
    for (const name of ['A', 'B']) context.workbook.worksheets.getItem(name).getRange('A1').conditionalFormats.add('Custom').custom.rule.formula = '=TRUE';
    await context.sync();
  });
  rt.workbook.sheetByName('A')!.conditionalFormats[0]!.unreadable = true;
  await rt.run(async (context) => {
    const a = context.workbook.worksheets.getItem('A').getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
    const b = context.workbook.worksheets.getItem('B').getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
    expect((await rejection(context.sync())).code).toBe('GeneralException');
    expect(() => b.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    void a;
    const again = context.workbook.worksheets.getItem('B').getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
    await context.sync();
    expect(again.items.map((cf) => cf.customOrNullObject.rule.formula)).toEqual(['=TRUE']);
  });
});

test('a format over several areas survives saveXlsx/loadXlsx as one format', async () => {
  const rt = runtimeWith({ S: [['x']] });
  await rt.run(async (context) => {
    const cf = context.workbook.worksheets.getItem('S').getRanges('A1:A3, C5').conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=N("ledger-check:error")=0';
    cf.custom.format.fill.color = '#FFC7CE';
    await context.sync();
  });
  const back = await loadXlsx(await saveXlsx(rt.workbook));
  const cfs = back.sheetByName('S')!.conditionalFormats;
  expect(cfs.map((cf) => [cf.rule.formula, cf.areas?.length ?? 1])).toEqual([['=N("ledger-check:error")=0', 2]]);
});
