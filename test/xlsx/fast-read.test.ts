import ExcelJS from 'exceljs';
import { nodeInflate } from '../../src/cli/deflate';
import type { CellValue } from '../../src/ledger/types';
import { toCellValue } from '../../src/xlsx/cells';
import { VALUE_TYPE, plainRows } from '../../src/xlsx/plain-rows';
import { readViaExcelJs, readXlsx } from '../../src/xlsx/read';
import { centralDirectory } from '../../src/xlsx/direct/zip-read';
import { fallbackCopy } from '../../src/xlsx/fallback';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';
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

describe('fallbackCopy (what exceljs is given: the parts bearing on values, stored)', () => {
  const copyOf = (bytes: Uint8Array) => fallbackCopy(bytes, { inflate: nodeInflate, limits: DEFAULT_LIMITS });

  test('stores the workbook, its relationships, styles, shared strings and sheets only, and reads back to the same workbook', async () => {
    const bytes = await xlsxOf((wb) => fill(wb.addWorksheet('台帳 総務課'), MIXED));
    const copy = await copyOf(bytes);
    const entries = centralDirectory(copy);
    expect(entries.map((e) => e.name).sort()).toEqual(['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(entries.every((e) => e.method === 0)).toBe(true);
    expect(centralDirectory(bytes).map((e) => e.name)).toContain('xl/theme/theme1.xml'); // left out of the copy
    expect(await readViaExcelJs(copy, 'b.xlsx')).toEqual(await readViaExcelJs(bytes, 'b.xlsx', { inflate: nodeInflate }));
    expect(await readXlsx(bytes, 'b.xlsx', { inflate: nodeInflate })).toEqual(await readXlsx(bytes, 'b.xlsx'));
  });

  test('an entry whose data does not inflate is refused as damaged, not handed on', async () => {
    const bytes = await xlsxOf((wb) => fill(wb.addWorksheet('S'), [['x']]));
    const broken = bytes.slice();
    const first = centralDirectory(broken).find((e) => e.name === 'xl/workbook.xml');
    const view = new DataView(broken.buffer);
    const data = (first?.localOffset ?? 0) + 30 + view.getUint16((first?.localOffset ?? 0) + 26, true) + view.getUint16((first?.localOffset ?? 0) + 28, true);
    for (let i = data; i < data + 8; i++) broken[i] = 0xff;
    await expect(copyOf(broken)).rejects.toMatchObject({ name: 'ZipDamaged' });
    await expect(readXlsx(broken, 'b.xlsx', { inflate: nodeInflate })).rejects.toMatchObject({ reason: 'corrupt' });
  });
});
