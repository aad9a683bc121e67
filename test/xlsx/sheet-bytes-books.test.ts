/**
 * Whole workbooks read by the direct reader with worksheets from their bytes (sheet-bytes.ts) and wholly as
 * text: the bench's department files (exceljs), the LibreOffice fixtures, and books written here with the
 * values a ledger holds — the same result each time, and the byte path used where the test says it must be.
 */
import { readdirSync } from 'node:fs';
import { departmentFile } from '../../bench/cli-files';
import { nodeInflate } from '../../src/cli/deflate';
import { readDirectWhy } from '../../src/xlsx/direct';
import * as sheetModule from '../../src/xlsx/direct/sheet';
import { FIXTURES, fixture } from './fixture-files';
import { fill, xlsxOf } from './helpers';

/** The book read both ways: the same outcome; returns it with the number of sheets read from their bytes. */
async function bothWays(bytes: Uint8Array, name: string): Promise<{ out: unknown; fromBytes: number }> {
  const viaText = await readDirectWhy(bytes, name, nodeInflate, { textOnly: true });
  const spy = jest.spyOn(sheetModule, 'parseSheet');
  try {
    const viaDefault = await readDirectWhy(bytes, name, nodeInflate);
    expect(viaDefault).toEqual(viaText);
    return { out: viaDefault, fromBytes: spy.mock.calls.filter((call, k) => call[3] !== undefined && spy.mock.results[k]?.type === 'return').length };
  } finally {
    spy.mockRestore();
  }
}

test('the bench department files (exceljs, 5 and 500 rows): the same rows, read from the bytes', async () => {
  for (const [d, rows] of [[1, 5], [2, 500], [7, 500]] as const) {
    const { out, fromBytes } = await bothWays(await departmentFile(d, rows), `dept-${d}`);
    expect([typeof out, fromBytes]).toEqual(['object', 1]);
  }
});

test('the LibreOffice fixtures: the same sheets either way', async () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));
  let fromBytes = 0;
  for (const f of files) fromBytes += (await bothWays(fixture(f), f)).fromBytes;
  // Counted when the byte path was added: 13 sheets of the 8 books come from the bytes (the others hold
  // formulas or inline strings, or have no rows).
  expect([files.length, fromBytes]).toEqual([8, 13]);
});

test('a book of every value a ledger cell holds (exceljs): numbers, dates, booleans, errors, gaps, merges, far rows', async () => {
  const bytes = await xlsxOf((wb) => {
    const ws = wb.addWorksheet('台帳');
    fill(ws, [
      ['番号', '名前', '日付', '真偽', '数'],
      [1, '共有', new Date(Date.UTC(2025, 3, 1)), true, 0.1 + 0.2],
      [2, '共有', new Date(Date.UTC(2024, 1, 29, 12)), false, -12.5],
      [null, null, null, null, 1e-3],
      [4, { error: '#N/A' }, null, null, 2 ** 53 + 2],
    ]);
    ws.getCell('C2').numFmt = 'yyyy/m/d';
    ws.getCell('C3').numFmt = 'yyyy/m/d h:mm';
    ws.mergeCells('A7:C7');
    ws.getCell('A7').value = '結合';
    ws.getCell('F1048576').value = 'last';
    wb.addWorksheet('空');
  });
  const { out, fromBytes } = await bothWays(bytes, 'values.xlsx');
  // The empty sheet is written `<sheetData/>`: nothing to read from the bytes there.
  expect(fromBytes).toBe(1);
  const sheet = (out as { sheets: { rows: unknown[][]; merges?: unknown }[] }).sheets[0];
  expect(sheet?.rows.slice(0, 7)).toEqual([
    ['番号', '名前', '日付', '真偽', '数'],
    [1, '共有', { kind: 'date', serial: 45748 }, true, 0.30000000000000004],
    [2, '共有', { kind: 'date', serial: 45351.5 }, false, -12.5],
    [null, null, null, null, 0.001],
    [4, { kind: 'error', code: '#N/A' }, null, null, 9007199254740994],
    [],
    ['結合'],
  ]);
  expect([sheet?.rows.length, sheet?.rows[1048575], sheet?.merges]).toEqual([1048576, [null, null, null, null, null, 'last'], [{ top: 6, left: 0, bottom: 6, right: 2 }]]);
});
