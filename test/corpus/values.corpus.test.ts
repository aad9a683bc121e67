/**
 * Corpus files only the direct reader reads, each in a way the canonical rewrite cannot hand to exceljs (parts
 * found through relationships, inline strings with values, the beta schema, encryption, …): their values,
 * checked against what LibreOffice 7.4.7 shows for the same file (soffice --headless --convert-to csv).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeInflate } from '../../src/cli/deflate';
import type { WorkbookInput } from '../../src/ledger/types';
import { readXlsx } from '../../src/xlsx/read';
import { CORPUS_FILES } from './manifest';

const read = (file: string): Promise<WorkbookInput> => readXlsx(new Uint8Array(readFileSync(join(CORPUS_FILES, file))), file, { inflate: nodeInflate });
const rowsOf = async (file: string, sheet = 0) => (await read(file)).sheets[sheet]?.rows;

test('SheetJS wtf_path.xlsx: the workbook part found through _rels/.rels (LibreOffice: 1,200%,3,14,1 / TRUE,FALSE,3,sheetjs …)', async () => {
  const book = await read('SheetJS+test_files__wtf_path.xlsx');
  expect(book.sheets[0]?.rows.slice(0, 2)).toEqual([[1, 2, 3], [true, false, null, 'sheetjs']]);
});

test('PhpSpreadsheet rootZipFiles.xlsx: parts at the zip root (LibreOffice: TEST CELL)', async () => {
  expect(await rowsOf('PHPOffice+PhpSpreadsheet__rootZipFiles.xlsx')).toEqual([['TEST CELL']]);
});

test('calamine issue221.xlsm: relationships:id on the sheet (LibreOffice: Cell_A1,Cell_B1 / Cell_A2,Cell_B2)', async () => {
  expect(await rowsOf('tafia+calamine__issue221.xlsm')).toEqual([['Cell_A1', 'Cell_B1'], ['Cell_A2', 'Cell_B2']]);
});

test('date1904="true" (LibreOffice: 2021-01-01, 2016-10-03)', async () => {
  expect((await rowsOf('tafia+calamine__date_1904.xlsx'))?.[0]?.[0]).toEqual({ kind: 'date', serial: 44197 });
  expect(await rowsOf('m-haketa+openpyxl-spill__mac_date.xlsx')).toEqual([[{ kind: 'date', serial: 42646 }]]);
});

test('POI 123233_charts.xlsx: worksheet parts named Sheet1.xml … (LibreOffice: 08/20/2013,,,,,,1,,,,,03:30:17 PM in row 45, the time 0.1 ms short of :18)', async () => {
  const book = await read('apache+poi__123233_charts.xlsx');
  expect(book.sheets.map((s) => s.name)).toEqual(['Page1_1', 'data_Page1_1_1', 'data_Page1_1_2', 'data_Page1_1_3', 'data_Page1_1_4']);
  const last = book.sheets[0]?.rows[44];
  expect([last?.[0], last?.[6], last?.[11]]).toEqual([{ kind: 'date', serial: 41506 }, 1, { kind: 'date', serial: expect.closeTo(55_817.9999 / 86_400, 6) as number }]);
  expect(book.sheets[2]?.rows.slice(0, 2)).toEqual([[null, 'Revenue'], ['Camping Equipment', 1589036664.03]]);
});

test("POI InlineString.xlsx: prefixed inline rich text without r attributes (LibreOffice: an emoji, then 'more text')", async () => {
  expect(await rowsOf('apache+poi__InlineString.xlsx')).toEqual([[{ kind: 'rich', runs: ['😜', 'more text'] }]]);
});

test('Hancom Office (POI style-alternate-content.xlsx): its title and its date-like text (LibreOffice: 2016.  .  .)', async () => {
  const rows = await rowsOf('apache+poi__style-alternate-content.xlsx');
  expect(rows?.[1]).toEqual(['사이버서당 무상 콘텐츠 이용 신청서']);
  expect(rows?.[29]).toEqual([null, null, '2016.  .  .']);
});

test('PhpSpreadsheet issue2109b.xlsx (LibreOffice: Channel Name = Cartoon Network RSE, …)', async () => {
  expect((await rowsOf('PHPOffice+PhpSpreadsheet__issue2109b.xlsx'))?.[0]).toEqual(['Channel Name = Cartoon Network RSE', 'Start Date = 2021-05-17', 'End Date = 2021-07-17', 'TimeZone = CET']);
});

test("POI 58616.xlsx, encrypted with Excel's default password (LibreOffice opens it without asking: EPQ Manual Template …, Daika, P&G)", async () => {
  const rows = await rowsOf('apache+poi__58616.xlsx');
  expect(rows?.[0]?.[0]).toBe('EPQ Manual Template v2.3.19 Daika');
  expect([rows?.[2]?.[3], rows?.[4]?.[3]]).toEqual(['Daika', 'P&G']);
});

// Read where LibreOffice shows nothing; the values are what the file's XML holds.
test('calamine inlineStr_with_value.xlsx: the inline text, not the <v> beside it', async () => {
  expect((await rowsOf('tafia+calamine__inlineStr_with_value.xlsx'))?.[1]?.slice(0, 5)).toEqual([1, { kind: 'rich', runs: ['+'] }, null, { kind: 'rich', runs: ['1.'] }, { kind: 'rich', runs: ['RQ11610'] }]);
});

test('POI sample-beta.xlsx: the Office 2007 beta schema (LibreOffice opens it but shows empty sheets)', async () => {
  expect((await rowsOf('apache+poi__sample-beta.xlsx'))?.slice(0, 2)).toEqual([['Lorem', 111], ['ipsum', 222]]);
});

test('PhpSpreadsheet issue.2501.b.xlsx: merges over whole columns and whole rows', async () => {
  const book = await read('PHPOffice+PhpSpreadsheet__issue.2501.b.xlsx');
  expect(book.sheets.map((s) => s.merges?.[0])).toEqual([{ top: 0, left: 0, bottom: 1_048_575, right: 0 }, { top: 0, left: 0, bottom: 0, right: 16_383 }]);
});
