/**
 * A hand-out template's carried rows whose 内容 takes several lines get their height, as `ht` alone (exceljs would
 * add customHeight, which keeps Excel from re-fitting the row after a clerk's edit): src/xlsx/exceljs-heights.ts.
 */
import ExcelJS from 'exceljs';
import { centralDirectory, storedBytes } from '../../src/xlsx/direct/zip-read';
import { readXlsx } from '../../src/xlsx/read';
import { LINE_HEIGHT_PT } from '../../src/xlsx/row-height';
import { addRowHeights, withRowHeights } from '../../src/xlsx/exceljs-heights';
import { writeTemplate } from '../../src/xlsx/template';
import { zip } from '../../src/xlsx/zip-writer';
import { sampleTemplateModel } from './sample-model';
import { zipPart } from './zip-part';

const LONG = '住民基本台帳システムに記録された住民の氏名・住所・生年月日・世帯の情報と、その異動の履歴（転入・転出・転居・出生・死亡）';

describe('addRowHeights', () => {
  test('ht after the row number of the rows given, every other row as it was', () => {
    const xml = '<sheetData><row r="7" spans="1:6" x14ac:dyDescent="0.25"><c r="A7"/></row><row r="8" spans="1:6"/><row r="18"/></sheetData>';
    expect(addRowHeights(xml, new Map([[8, 37.5], [1, 99]]))).toBe(
      '<sheetData><row r="7" spans="1:6" x14ac:dyDescent="0.25"><c r="A7"/></row><row r="8" ht="37.5" spans="1:6"/><row r="18"/></sheetData>',
    );
  });

  test('a row that has a height already keeps it (a second ht would be malformed XML)', () => {
    expect(addRowHeights('<row r="8" ht="20" customHeight="1" spans="1:6"><c r="A8"/></row>', new Map([[8, 37.5]]))).toBe(
      '<row r="8" ht="20" customHeight="1" spans="1:6"><c r="A8"/></row>',
    );
  });
});

describe('writeTemplate: carried rows of several lines', () => {
  const model = () => {
    const sample = sampleTemplateModel();
    return { ...sample, rows: [[1, '住民記録', LONG, 'B群', 'レベル2', ''], [2, '短い記録', '業務の記録', 'A群', 'レベル1', '']] };
  };

  test('the long row has its height and no customHeight; the short one and the empty rows have none', async () => {
    const m = model();
    const sheet = zipPart(await writeTemplate(m), 'xl/worksheets/sheet1.xml');
    const first = m.headerRow + 1;
    const opening = (row: number) => new RegExp(`<row r="${row}"[^>]*>`).exec(sheet)?.[0] ?? '';
    const lines = Math.ceil(LONG.length / Math.floor(((m.columnWidths[2] ?? 0) - 1) / 2)); // full-width characters, 2 widths each
    expect(opening(first)).toContain(` ht="${lines * LINE_HEIGHT_PT}"`);
    expect(opening(first + 1)).not.toContain('ht=');
    expect(opening(first + 2)).not.toContain('ht=');
    expect(sheet).not.toContain('customHeight');
  });

  test('exceljs and our reader read the values and the height back', async () => {
    const m = model();
    const bytes = await writeTemplate(m);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws?.getCell(`C${m.headerRow + 1}`).value).toBe(LONG);
    expect(ws?.getRow(m.headerRow + 1).height).toBeGreaterThan(LINE_HEIGHT_PT);
    const [read] = (await readXlsx(bytes, null)).sheets;
    expect(read?.rows[m.headerRow]).toEqual([1, '住民記録', LONG, 'B群', 'レベル2']);
  });
});

describe('withRowHeights', () => {
  test('rewrites the sheet part only: every other entry keeps its compressed bytes and CRC, in the same order', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const image = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251);
    const input = await zip([
      { name: '[Content_Types].xml', data: enc('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: enc('<sheetData><row r="2"/><row r="3"/></sheetData>') },
      { name: 'xl/media/image1.png', data: image },
    ]);
    const out = await withRowHeights(input, new Map([['xl/worksheets/sheet1.xml', new Map([[3, 37.5]])]]));
    const before = centralDirectory(input);
    const after = centralDirectory(out);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    for (const name of ['[Content_Types].xml', 'xl/media/image1.png']) {
      const [a, b] = [before.find((e) => e.name === name), after.find((e) => e.name === name)];
      if (!a || !b) throw new Error(name);
      expect([b.crc, b.size, b.method]).toEqual([a.crc, a.size, a.method]);
      expect(storedBytes(out, b)).toEqual(storedBytes(input, a));
    }
    expect(zipPart(out, 'xl/worksheets/sheet1.xml')).toBe('<sheetData><row r="2"/><row r="3" ht="37.5"/></sheetData>');
  });

  test('on what exceljs writes: its folder entries (no parts) are left out, every part but the sheet kept byte for byte', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台帳_総務課');
    ws.addRow(['番号', '内容']);
    ws.addRow([1, LONG]);
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const out = await withRowHeights(input, new Map([['xl/worksheets/sheet1.xml', new Map([[2, 56.25]])]]));
    const before = centralDirectory(input);
    const after = centralDirectory(out);
    expect(before.some((e) => e.name.endsWith('/'))).toBe(true);
    expect(after.map((e) => e.name)).toEqual(before.filter((e) => !e.name.endsWith('/')).map((e) => e.name));
    for (const b of after) {
      const a = before.find((e) => e.name === b.name);
      if (!a) throw new Error(b.name);
      if (b.name === 'xl/worksheets/sheet1.xml') continue;
      expect([b.name, b.crc, b.size, b.method]).toEqual([a.name, a.crc, a.size, a.method]);
      expect(storedBytes(out, b)).toEqual(storedBytes(input, a));
    }
    expect(zipPart(out, 'xl/worksheets/sheet1.xml')).toMatch(/<row r="2" ht="56\.25"[^>]*>/);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(back.worksheets[0]?.getCell('B2').value).toBe(LONG);
  });

  test('a sheet part that does not inflate: the package comes back as it was, not a failed template', async () => {
    const broken = await zip([
      { name: 'xl/worksheets/sheet1.xml', compressed: Promise.resolve({ deflated: true, raw: new Uint8Array([0xff, 0xff, 0xff]), crc: 0, size: 10 }) },
    ]);
    expect(await withRowHeights(broken, new Map([['xl/worksheets/sheet1.xml', new Map([[2, 37.5]])]]))).toBe(broken);
  });

  test('without a row to give a height, the package is exceljs’s own', async () => {
    // A whole package (garbage would come back the same through the failure path, proving nothing).
    const bytes = await zip([{ name: 'xl/worksheets/sheet1.xml', data: new TextEncoder().encode('<sheetData><row r="2"/></sheetData>') }]);
    expect(await withRowHeights(bytes, new Map([['xl/worksheets/sheet1.xml', new Map()]]))).toBe(bytes);
  });
});
