import { boxAddress, columnIndex, columnLetters, parseBox, parseCell, quoteSheet, sheetReference } from '../../src/excel/address';
import { parseAreas } from '../../src/excel/snapshot';

describe('A1 addresses', () => {
  test('column letters both ways', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
    expect(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA'].map(columnIndex)).toEqual([0, 25, 26, 51, 701, 702]);
  });

  test('cells and boxes', () => {
    expect(boxAddress(6, 4, 6, 4)).toBe('E7');
    expect(boxAddress(0, 0, 19, 5)).toBe('A1:F20');
    expect(parseCell('$E$7')).toEqual({ row: 6, col: 4 });
    expect(parseCell('7E')).toBeNull();
    expect(parseBox('B2:A1')).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });

  test('sheet names with spaces, quotes and 31 characters are always quoted (SPEC §10)', () => {
    expect(sheetReference("It's 課", 'A1')).toBe("'It''s 課'!A1");
    expect(quoteSheet('台帳 総務課')).toBe("'台帳 総務課'");
    const long = 'あ'.repeat(31);
    expect(sheetReference(long, 'B3')).toBe(`'${long}'!B3`);
  });

  test('merged areas are parsed from a RangeAreas address, also when the sheet name holds a comma or !', () => {
    expect(parseAreas("'a,b!c'!A1:F1, 'a,b!c'!B3")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 1, bottom: 2, right: 1 },
    ]);
    expect(parseAreas('Sheet1!$A$1:$C$2')).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
  });
});
