import ExcelJS from 'exceljs';
import { nodeInflate } from '../../src/cli/deflate';
import type { CellValue } from '../../src/ledger/types';
import { toCellValue } from '../../src/xlsx/cells';
import { VALUE_TYPE, plainRows } from '../../src/xlsx/plain-rows';
import { readXlsx } from '../../src/xlsx/read';
import { storedCopy } from '../../src/xlsx/unpack';
import { fill, xlsxOf } from './helpers';

/** What exceljs' own objects hold: every non-empty, non-merge cell through `toCellValue` (the slow path). */
async function viaObjects(bytes: Uint8Array): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out: CellValue[][] = [];
  wb.worksheets[0]?.eachRow((row, n) => {
    row.eachCell((cell, col) => {
      const v = cell.type === ExcelJS.ValueType.Merge ? null : toCellValue(cell.value);
      if (v === null || v === '') return;
      const r = (out[n - 1] ??= []);
      while (r.length < col - 1) r.push(null);
      r[col - 1] = v;
    });
  });
  return Array.from(out, (r) => r ?? []);
}

const MIXED: ExcelJS.CellValue[][] = [
  ['番号', '情報資産名', 1.5, true, null, ''],
  [{ formula: 'A9*0', result: 0 }, { formula: '"x"', result: 'x' }, { error: '#N/A' } as ExcelJS.CellErrorValue],
  [],
  [null, { richText: [{ text: 'リッチ' }, { text: 'テキスト' }] }, new Date(Date.UTC(2024, 3, 1))],
];

describe('reading from the parsed model (plain-rows.ts)', () => {
  test("VALUE_TYPE is exceljs' ValueType (kept as numbers so that reading does not load exceljs)", () => {
    expect(VALUE_TYPE).toEqual(ExcelJS.ValueType);
  });

  test('gives exactly what exceljs objects hold: formulas (a cached 0 reads as no value), errors, rich text, dates', async () => {
    const bytes = await xlsxOf((wb) => fill(wb.addWorksheet('S'), MIXED));
    const book = await readXlsx(bytes, 'b.xlsx');
    expect(book.sheets[0]?.rows).toEqual(await viaObjects(bytes));
    expect(book.sheets[0]?.rows[1]).toEqual([null, 'x', { kind: 'error', code: '#N/A' }]);
  });

  test('a sheet with merges is left to exceljs', () => {
    expect(plainRows({ rows: [], mergeCells: ['A1:B1'] })).toBeNull();
  });

  test('cells out of column order, or rows out of order, are left to exceljs', () => {
    const cell = (address: string) => ({ address, type: ExcelJS.ValueType.Number, value: 1 });
    expect(plainRows({ rows: [{ number: 1, cells: [cell('B1'), cell('A1')] }] })).toBeNull();
    expect(plainRows({ rows: [{ number: 2, cells: [] }, { number: 1, cells: [] }] })).toBeNull();
    expect(plainRows({ rows: [{ number: 1, cells: [{ type: ExcelJS.ValueType.Number, value: 1 }] }] })).toBeNull();
  });

  test('a merged sheet still reads as before (non-master cells empty)', async () => {
    const bytes = await xlsxOf((wb) => {
      const ws = wb.addWorksheet('S');
      fill(ws, [['a', 'b'], ['c', 'd']]);
      ws.mergeCells('A1:B1');
    });
    const book = await readXlsx(bytes, 'b.xlsx');
    expect(book.sheets[0]?.rows).toEqual([['a'], ['c', 'd']]);
    expect(book.sheets[0]?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe('storedCopy (native inflate before the library reads)', () => {
  test('stores every entry and reads back to the same workbook', async () => {
    const bytes = await xlsxOf((wb) => fill(wb.addWorksheet('台帳 総務課'), MIXED));
    const copy = await storedCopy(bytes, nodeInflate);
    expect(copy).not.toBe(bytes);
    expect(new DataView(copy.buffer, copy.byteOffset).getUint16(8, true)).toBe(0); // first entry: method STORE
    expect(await readXlsx(copy, 'b.xlsx')).toEqual(await readXlsx(bytes, 'b.xlsx'));
    expect(await readXlsx(bytes, 'b.xlsx', { inflate: nodeInflate })).toEqual(await readXlsx(bytes, 'b.xlsx'));
  });

  test('a truncated archive is handed on untouched (so it fails as before)', async () => {
    const bytes = await xlsxOf((wb) => fill(wb.addWorksheet('S'), [['x']]));
    const cut = bytes.subarray(0, bytes.length - 40);
    expect(await storedCopy(cut, nodeInflate)).toBe(cut);
  });

  test('an entry whose data does not inflate is handed on untouched', async () => {
    const bytes = await xlsxOf((wb) => fill(wb.addWorksheet('S'), [['x']]));
    const broken = bytes.slice();
    const view = new DataView(broken.buffer);
    const data = 30 + view.getUint16(26, true) + view.getUint16(28, true); // the first entry's compressed data
    for (let i = data; i < data + 8; i++) broken[i] = 0xff;
    expect(await storedCopy(broken, nodeInflate)).toBe(broken);
  });
});
