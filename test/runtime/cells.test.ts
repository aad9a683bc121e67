/**
 * Cell values as Office.js reports them.
 * - Range.values / valueTypes / text / formulas / numberFormat:
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.range
 * - "If the value of a cell is null, it is not changed" when values are set (null entries leave cells alone):
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 * - Dates are serial numbers; errors read as '#N/A' with valueType 'Error':
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangevaluetype
 * - getUsedRange(valuesOnly): https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
 */
import { rejection, runtimeWith } from './helpers';

describe('values, valueTypes, text', () => {
  test('typed input is read the way Excel reads it', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:G1');
      r.values = [['12', 'TRUE', '#N/A', "'=not a formula", '=F1', 'テキスト', 3.5]];
      r.load('values, valueTypes, formulas');
      await context.sync();
      expect(r.values).toEqual([[12, true, '#N/A', '=not a formula', 'テキスト', 'テキスト', 3.5]]);
      expect(r.valueTypes).toEqual([['Double', 'Boolean', 'Error', 'String', 'String', 'String', 'Double']]);
      expect(r.formulas).toEqual([[12, true, '#N/A', '=not a formula', '=F1', 'テキスト', 3.5]]);
    });
  });

  test('with number format "@" set first, formula-looking text stays text', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      r.numberFormat = [['@', '@']];
      r.values = [['=SUM(A1)', '007']];
      r.load('values, valueTypes, formulas');
      await context.sync();
      expect(r.values).toEqual([['=SUM(A1)', '007']]);
      expect(r.formulas).toEqual([['=SUM(A1)', '007']]);
    });
  });

  test('null entries leave cells unchanged; "" clears them', async () => {
    const rt = runtimeWith({ S: [['a', 'b', 'c']] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:C1');
      r.values = [[null, '', 'z']] as unknown as string[][];
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([['a', '', 'z']]);
    });
  });

  test('one value assigned to a multi-cell range fills every cell', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:B2');
      (r as unknown as { values: unknown }).values = 'x';
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([['x', 'x'], ['x', 'x']]);
    });
  });

  test('dates are serial numbers; text follows the number format', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:D1');
      r.numberFormat = [['yyyy/mm/dd', '#,##0', '0.0%', 'General']];
      r.values = [[45292, 1234567, 0.125, true]];
      r.load('values, text');
      await context.sync();
      expect(r.values).toEqual([[45292, 1234567, 0.125, true]]);
      expect(r.text).toEqual([['2024/01/01', '1,234,567', '12.5%', 'TRUE']]);
    });
  });

  test('trivial formulas are evaluated: literals, references, HYPERLINK', async () => {
    const rt = runtimeWith({ S: [['src', 5]], 'T 2': [['other']] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A2:D2');
      r.formulas = [['=B1', "='T 2'!A1", '=HYPERLINK("#S!A1","元へ")', '=SUM(B1:B9)']];
      r.load('values, formulas, valueTypes');
      await context.sync();
      expect(r.values).toEqual([[5, 'other', '元へ', '']]);
      expect(r.formulas).toEqual([['=B1', "='T 2'!A1", '=HYPERLINK("#S!A1","元へ")', '=SUM(B1:B9)']]);
      // Not evaluated: no cached value, reads as Empty (documented limitation).
      expect(r.valueTypes[0]![3]).toBe('Empty');
    });
  });

  test('text over 32,767 characters is InvalidArgument', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(32_768)]];
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(32_767)]];
      await context.sync();
    });
  });
});

describe('used range', () => {
  test('valuesOnly ignores formatting; formatting counts otherwise', async () => {
    const rt = runtimeWith({ S: [[], ['', 'v']] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('E9').format.fill.color = '#FFFF00';
      const values = ws.getUsedRange(true).load('address');
      const all = ws.getUsedRange().load('address');
      await context.sync();
      expect([values.address, all.address]).toEqual(['S!B2', 'S!B2:E9']);
    });
  });

  test('an empty sheet: getUsedRange is A1, getUsedRangeOrNullObject is a null object', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      const used = ws.getUsedRange().load('address');
      const maybe = ws.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe('S!A1');
      expect(maybe.isNullObject).toBe(true);
    });
  });
});

describe('range operations', () => {
  test('clear(Contents) keeps formats; clear() removes both', async () => {
    const rt = runtimeWith({ S: [['a', 'b']] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A1:B1').format.font.bold = true;
      ws.getRange('A1').clear('Contents');
      ws.getRange('B1').clear();
      const r = ws.getRange('A1:B1').load('values');
      const a = ws.getRange('A1').load('format/font/bold');
      const b = ws.getRange('B1').load('format/font/bold');
      await context.sync();
      expect([r.values, a.format.font.bold, b.format.font.bold]).toEqual([[['', '']], true, false]);
    });
  });

  test('insert(Down) shifts cells and delete(Up) brings them back', async () => {
    const rt = runtimeWith({ S: [['h'], ['1'], ['2']] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('2:2').insert('Down');
      const after = ws.getRange('A1:A4').load('values');
      await context.sync();
      expect(after.values).toEqual([['h'], [''], [1], [2]]);
      ws.getRange('A2').delete('Up');
      const back = ws.getRange('A1:A3').load('values');
      await context.sync();
      expect(back.values).toEqual([['h'], [1], [2]]);
    });
  });

  test('merge keeps the top-left value; a partly overlapping merge is refused', async () => {
    const rt = runtimeWith({ S: [['a', 'b'], ['c', 'd']] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A1:B1').merge();
      const r = ws.getRange('A1:B2').load('values');
      await context.sync();
      expect(r.values).toEqual([['a', ''], ['c', 'd']]);
      ws.getRange('B1:B2').merge();
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
    expect(rt.workbook.sheets[0]!.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
  });

  test('hyperlink sets the link and the displayed text', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1');
      r.hyperlink = { documentReference: "'総務 課'!B3", textToDisplay: '元データ' };
      r.load('values, hyperlink');
      await context.sync();
      expect(r.values).toEqual([['元データ']]);
      expect(r.hyperlink).toEqual({ documentReference: "'総務 課'!B3", textToDisplay: '元データ' });
    });
  });

  test('select records the selection for getSelectedRange', async () => {
    const rt = runtimeWith({ A: [], B: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('B').getRange('C3:D4').select();
      const sel = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(sel.address).toBe('B!C3:D4');
    });
  });

  test('format: widths, wrap, alignment, font and fill read back; mixed values read as null', async () => {
    const rt = runtimeWith({ S: [['長い長い長い内容のテキスト']] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('B:B').format.columnWidth = 120;
      ws.getRange('C:C').format.wrapText = true;
      ws.getRange('A1').format.horizontalAlignment = 'Center';
      ws.getRange('A1').format.font.color = '#ff0000';
      ws.getRange('A1').format.autofitColumns();
      const b = ws.getRange('B1').load('format/columnWidth');
      const c = ws.getRange('C100').load('format/wrapText');
      const a = ws.getRange('A1').load('format/horizontalAlignment, format/font/color, format/columnWidth');
      const mixed = ws.getRange('A1:B1').load('format/columnWidth, format/font/color');
      await context.sync();
      expect([b.format.columnWidth, c.format.wrapText, a.format.horizontalAlignment, a.format.font.color]).toEqual([120, true, 'Center', '#FF0000']);
      expect(a.format.columnWidth).toBeGreaterThan(48);
      expect([mixed.format.columnWidth, mixed.format.font.color]).toEqual([null, null]);
    });
  });

  test('a bad colour is InvalidArgument', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = '#12';
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });
});
