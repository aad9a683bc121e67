/**
 * Addresses as Excel reports and accepts them.
 * - Range.address is sheet-qualified ("Sheet1!A1:B2"), with the sheet name quoted when it is not a plain
 *   identifier: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-address-member
 * - Worksheet.getRange accepts "A1:F10", whole columns "A:A" and whole rows "5:5":
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrange-member(1)
 */
import { parseAddress, quoteSheetName } from '../../src/preview/runtime';
import { rejection, runtimeWith } from './helpers';

describe('sheet-name quoting', () => {
  test.each([
    ['Sheet1', 'Sheet1'],
    ['台帳_総務課', '台帳_総務課'],
    ['総務 課', "'総務 課'"],
    ["O'Brien", "'O''Brien'"],
    ['台帳_総務課(2)', "'台帳_総務課(2)'"],
    ['A1', "'A1'"],
    ['R1C1', "'R1C1'"],
    ['2024年度', "'2024年度'"],
  ])('%s → %s', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

describe('parsing', () => {
  test.each([
    ['A1', null, { r0: 0, c0: 0, r1: 0, c1: 0 }],
    ['$B$2:$C$10', null, { r0: 1, c0: 1, r1: 9, c1: 2 }],
    ['A:A', null, { r0: 0, c0: 0, r1: 1_048_575, c1: 0 }],
    ['5:5', null, { r0: 4, c0: 0, r1: 4, c1: 16_383 }],
    ["'総務 課'!A1", '総務 課', { r0: 0, c0: 0, r1: 0, c1: 0 }],
    ["'O''Brien'!B2:C3", "O'Brien", { r0: 1, c0: 1, r1: 2, c1: 2 }],
    ['Sheet1!XFD1048576', 'Sheet1', { r0: 1_048_575, c0: 16_383, r1: 1_048_575, c1: 16_383 }],
  ])('%s', (address, sheet, rect) => {
    expect(parseAddress(address)).toEqual({ sheet, rect });
  });

  test.each(['', 'A0', 'XFE1', 'A1:B2:C3', '1A', "'open!A1"])('rejects %p', (address) => {
    expect(() => parseAddress(address)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });
});

describe('Range.address through the API', () => {
  const thirtyOne = "課'名 が三十一文字の長いシートの名前です。ＡＢＣＤＥＦＧＨＩＪ".slice(0, 31);

  test('names with spaces, quotes and 31 characters come back quoted and re-parse to the same sheet', async () => {
    expect(thirtyOne).toHaveLength(31);
    const rt = runtimeWith({ '総務 課': [], "O'Brien": [], [thirtyOne]: [] });
    await rt.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const a = sheets.getItem('総務 課').getRange("'総務 課'!A1:B2").load('address');
      const b = sheets.getItem("O'Brien").getRange('C3').load('address');
      const c = sheets.getItem(thirtyOne).getRange('A:A').load('address');
      const d = sheets.getItem(thirtyOne).getRange('5:5').load('address');
      await context.sync();
      expect([a.address, b.address, c.address, d.address]).toEqual([
        "'総務 課'!A1:B2",
        "'O''Brien'!C3",
        `'${thirtyOne.replace(/'/g, "''")}'!A:A`,
        `'${thirtyOne.replace(/'/g, "''")}'!5:5`,
      ]);
      expect(parseAddress(c.address).sheet).toBe(thirtyOne);
    });
  });

  test('getRange with another sheet’s name is InvalidArgument', async () => {
    const rt = runtimeWith({ A: [], B: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('B!A1').load('address');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });

  test('navigation: getCell, getOffsetRange, getResizedRange, rows, columns, entire rows and columns', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      const base = context.workbook.worksheets.getItem('S').getRange('B2:D5');
      const got = [
        base.getCell(1, 2),
        base.getOffsetRange(1, 1),
        base.getResizedRange(1, -1),
        base.getRow(3),
        base.getColumn(0),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getLastRow(),
        base.getRowsBelow(2),
        base.getAbsoluteResizedRange(1, 1),
      ].map((r) => r.load('address'));
      await context.sync();
      expect(got.map((r) => r.address)).toEqual([
        'S!D3', 'S!C3:E6', 'S!B2:C6', 'S!B5:D5', 'S!B2:B5', 'S!2:5', 'S!B:D', 'S!B5:D5', 'S!B6:D7', 'S!B2',
      ]);
    });
  });

  test('getCell outside the sheet is InvalidArgument', async () => {
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').getOffsetRange(-1, 0).load('address');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });
});
