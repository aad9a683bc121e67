/**
 * readXlsx decodes OOXML's `_xHHHH_` escapes (ECMA-376 Part 1, §22.9.2.19 ST_Xstring) wherever a cell text
 * comes from, so a control character Excel or LibreOffice wrote reaches the engine as itself (SPEC §10).
 */
import ExcelJS from 'exceljs';
import { buildXlsx } from '../../src/xlsx/book-xml';
import { readViaExcelJs, readXlsx } from '../../src/xlsx/read';
import type { WorkbookInput } from '../../src/ledger/types';
import { fill, xlsxOf } from './helpers';
import { xstringBook } from './xstring-book';

const EXPECTED_S1 = [
  ['a\u0001b', '_x0041_', 'c\u001fd', '_x0041_', '😀', '_x12_ _xZZZZ_ _x0041 _X0041_', { kind: 'rich', runs: ['r\u0002', '_x0042_'] }],
  ['i\u0003', '_x0041_', { kind: 'rich', runs: ['j\u0004', 'k\u001f'] }, 'f\u0005', 'g\u0006', 41],
];
const EXPECTED_S2 = [['a\u0001b', 'm\u0007', '_x0041_']];

function expectDecoded(book: WorkbookInput): void {
  expect(book.sheets.map((s) => s.name)).toEqual(['S1', 'S2']);
  expect(book.sheets[0]?.rows).toEqual(EXPECTED_S1);
  expect(book.sheets[1]?.rows).toEqual(EXPECTED_S2);
}

/** Counts exceljs `load` calls (the real one still runs). */
function countLoads(): jest.SpyInstance {
  const xlsx = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: (...args: unknown[]) => Promise<unknown> };
  return jest.spyOn(xlsx, 'load');
}

describe('readXlsx and _xHHHH_ escapes', () => {
  afterEach(() => jest.restoreAllMocks());

  // Jest gives each test file its own exceljs, so this is the first file it reads: exceljs can only be made
  // to decode exactly once it has parsed one, so a first file with `_x` in its texts is read twice.
  // (readXlsx reads these files with the direct reader; the counts are about its exceljs path.)
  test('the direct reader decodes them too (no exceljs load)', async () => {
    const loads = countLoads();
    expectDecoded(await readXlsx(await xstringBook(), 'd.xlsx'));
    expect(loads).toHaveBeenCalledTimes(0);
  });

  test('shared, inline, rich and str texts are decoded: first file (read twice), then the next (once)', async () => {
    const loads = countLoads();
    const bytes = await xstringBook();
    expectDecoded(await readViaExcelJs(bytes, 'a.xlsx'));
    expect(loads).toHaveBeenCalledTimes(2);
    expectDecoded(await readViaExcelJs(bytes, 'b.xlsx'));
    expect(loads).toHaveBeenCalledTimes(3);
  });

  test('a file without `_x` is read once', async () => {
    const loads = countLoads();
    const bytes = await xlsxOf((wb) => fill(wb.addWorksheet('S'), [['台帳', 'a_b'], [1, 'x']]));
    expect((await readViaExcelJs(bytes, 'plain.xlsx')).sheets[0]?.rows).toEqual([['台帳', 'a_b'], [1, 'x']]);
    expect(loads).toHaveBeenCalledTimes(1);
  });

  test('with the native inflater (as the CLI reads)', async () => {
    const { inflateRawSync } = await import('node:zlib');
    expectDecoded(await readXlsx(await xstringBook(), 'c.xlsx', { inflate: (raw) => inflateRawSync(raw) }));
  });

  test('our writer and reader agree: every text comes back as written', async () => {
    const texts = ['a\u0001b', '_x0041_', '_x005F_x0041_', '_x00a1_', 'x\u001fy\u0008', '😀 _xD83D_'];
    const bytes = await buildXlsx([{ name: 'S', rows: [texts] }]);
    expect((await readXlsx(bytes, null)).sheets[0]?.rows).toEqual([texts]);
  });
});
