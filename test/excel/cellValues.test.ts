import { cellBytes, isDateFormat, toCellValue, utf8Length } from '../../src/excel/cellValues';
import { needsTextFormat, linkFormula } from '../../src/excel/writing';
import { OPERATION_BYTES, OPERATION_LIMIT, groupBySize, sliceRows } from '../../src/excel/sizing';

describe('Office values → engine CellValue', () => {
  test('date formats make a number a date; other number formats do not', () => {
    for (const f of ['yyyy/m/d', 'm/d/yyyy', '[$-411]ggge"年"m"月"d"日"', 'yyyy"年"m"月"d"日"', 'd-mmm-yy', 'yyyy/m/d h:mm']) {
      expect([f, isDateFormat(f)]).toEqual([f, true]);
    }
    for (const f of ['General', '0', '0.00', '#,##0', '0%', '0.00E+00', '@', 'h:mm', '[h]:mm:ss', '"年"0', '#,##0"円"']) {
      expect([f, isDateFormat(f)]).toEqual([f, false]);
    }
  });

  test('valueTypes tell errors and empties apart', () => {
    expect(toCellValue(46113, 'Double', 'yyyy/m/d')).toEqual({ kind: 'date', serial: 46113 });
    expect(toCellValue(12, 'Double', 'General')).toBe(12);
    expect(toCellValue('#REF!', 'Error', 'General')).toEqual({ kind: 'error', code: '#REF!' });
    expect(toCellValue('#REF!', 'String', '@')).toBe('#REF!');
    expect(toCellValue('', 'Empty', 'General')).toBeNull();
    expect(toCellValue(true, 'Boolean', 'General')).toBe(true);
    expect(toCellValue(12, 'Double', undefined)).toBe(12);
  });

  test('sizes are UTF-8 bytes (what travels), so Japanese text counts three bytes a character', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('課')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(cellBytes('課')).toBe(6);
    expect(cellBytes(null)).toBe(5);
  });
});

describe('writing text that Excel would reinterpret', () => {
  test('formula-looking and coercible text is guarded; plain text is not', () => {
    const guarded = ['=SUM(A1)', '+81', '-abc', '@user', '0012', '4/1', '2024-04-01', 'TRUE', '12:30', '1,000',
      '1e5', "'quoted", '2024/4/1', '2024年4月1日', '4月1日', '9:15 AM', '2024/4/1 12:30', '$100', '¥1,000', '(100)', '1 1/2', '50%', 'false', '#N/A'];
    for (const t of guarded) expect([t, needsTextFormat(t)]).toEqual([t, true]);
    for (const t of ['住民基本台帳', 'A群', 'レベル1', 'メール=連絡', 'No.1', 'R6年度', '第5条', '1件', '']) expect([t, needsTextFormat(t)]).toEqual([t, false]);
  });

  test('link formulas double the quotes of sheet names', () => {
    expect(linkFormula("'a\"b'!A1", 'a"b!A1')).toBe('=HYPERLINK("#\'a""b\'!A1","a""b!A1")');
  });
});

describe('size-bounded batches', () => {
  test('groups never exceed the limit unless one item alone does (operations charged OPERATION_BYTES each)', () => {
    const op = OPERATION_BYTES;
    const groups = groupBySize([{ bytes: 3, ops: 1 }, { bytes: 3, ops: 1 }, { bytes: 5, ops: 1 }, { bytes: 1, ops: 1 }, { bytes: 9, ops: 1 }], 6 + 2 * op);
    expect(groups.map((g) => g.map((i) => i.bytes))).toEqual([[3, 3], [5, 1], [9]]);
  });

  test('groups never carry more than OPERATION_LIMIT operations, however small their data', () => {
    const items = Array.from({ length: 10_000 }, () => ({ bytes: 1, ops: 2 }));
    const groups = groupBySize(items);
    expect(groups.map((g) => g.reduce((n, i) => n + i.ops, 0))).toEqual(Array.from({ length: 20_000 / OPERATION_LIMIT }, () => OPERATION_LIMIT));
  });

  test('row slices cover every row once, in order', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]);
    const slices = sliceRows(rows, 200);
    expect(slices.flatMap((s) => s.rows)).toEqual(rows);
    expect(slices.every((s) => s.bytes <= 200)).toBe(true);
    expect(slices.length).toBeGreaterThan(1);
  });
});
