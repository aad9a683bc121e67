/**
 * Cell values as Office.js reports them.
 * - Range.values / valueTypes / text / formulas / numberFormat:
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.range
 * - "If the value of a cell is null, it is not changed" when values are set (null entries leave cells alone):
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 * - Dates are serial numbers; errors read as '#N/A' with valueType 'Error':
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangevaluetype
 * - getUsedRange(valuesOnly): https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
 * - Text is entered as Excel enters what is typed: "Excel is preprogrammed to make it easier to enter dates. For
 *   example, 12/2 changes to 2-Dec"; "Format cells as Text before you enter numbers" or "type an apostrophe (')"
 *   to keep them as typed (https://support.microsoft.com/en-us/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8);
 *   dates are serial numbers from 1900-01-01 with 1900-03-01 = 61
 *   (https://support.microsoft.com/en-us/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487).
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

  test('numbers (exponent, thousands, percent, currency, parentheses, fractions), dates and times are re-interpreted', async () => {
    const rt = runtimeWith({ S: [] });
    const year = new Date().getFullYear();
    const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25569;
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:N1');
      r.values = [['1e5', '-2.5E-3', '1,000', '50%', '$100', '(100)', '1 1/2', '2024/4/1', '2024-04-01', '2024年4月1日', '4/1', '12:30', '2024/4/1 9:15', 'false']];
      r.load('values, valueTypes, numberFormat');
      await context.sync();
      expect(r.values).toEqual([
        [100000, -0.0025, 1000, 0.5, 100, -100, 1.5, 45383, 45383, 45383, serial(year, 4, 1), 0.5208333333333334, 45383 + (9 * 60 + 15) / 1440, false],
      ]);
      expect(r.valueTypes[0]!.every((t) => t === 'Double' || t === 'Boolean')).toBe(true);
      expect(r.numberFormat[0]!.slice(7, 12)).toEqual(['yyyy/m/d', 'yyyy/m/d', 'yyyy/m/d', 'm"月"d"日"', 'h:mm']);
    });
  });

  test('what Excel keeps as text: a leading apostrophe, impossible dates, other text', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:F1');
      r.values = [["'2024/4/1", "'0012", '2024/2/30', '13:75', 'A-12', '1.2.3']];
      r.load('values, valueTypes');
      await context.sync();
      expect(r.values).toEqual([['2024/4/1', '0012', '2024/2/30', '13:75', 'A-12', '1.2.3']]);
      expect(r.valueTypes).toEqual([['String', 'String', 'String', 'String', 'String', 'String']]);
    });
  });

  test('under number format "@" none of them is re-interpreted', async () => {
    const rt = runtimeWith({ S: [] });
    const typed = ['1e5', '1,000', '50%', '$100', '(100)', '1 1/2', '2024/4/1', '4/1', '12:30', 'TRUE', "'x", '0012'];
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:L1');
      r.numberFormat = [typed.map(() => '@')];
      r.values = [typed];
      r.load('values, valueTypes');
      await context.sync();
      expect(r.values).toEqual([typed]);
      expect(r.valueTypes[0]!.every((t) => t === 'String')).toBe(true);
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
