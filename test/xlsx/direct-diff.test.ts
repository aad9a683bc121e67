/**
 * The direct reader (src/xlsx/direct) against the exceljs path it replaces: for every workbook here it must
 * give exactly what `readViaExcelJs` gives — and it must actually read them (a reader that always gives up
 * would pass the comparison, so the count of files it read is checked too).
 */
import { readdirSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { nodeInflate } from '../../src/cli/deflate';
import type { CheckResult, Consolidation } from '../../src/ledger';
import { buildXlsx } from '../../src/xlsx/book-xml';
import { readDirect, readDirectWhy } from '../../src/xlsx/direct';
import { readViaExcelJs } from '../../src/xlsx/read';
import { writeSummary } from '../../src/xlsx/summary';
import { TAG_CELL, encodeTag, tagReference } from '../../src/xlsx/tag';
import { writeTemplate } from '../../src/xlsx/template';
import { damageEntry, randomBytes, truncated } from './bad-files';
import { FIXTURES, fixture } from './fixture-files';
import { fill, xlsxOf } from './helpers';
import { sampleTemplateModel } from './sample-model';
import { xstringBook } from './xstring-book';
import { excelIsh } from './excel-ish';

/** Direct and exceljs agree on the file; the direct result must exist (with the reason when it does not). */
async function expectSame(bytes: Uint8Array, name: string): Promise<void> {
  const viaExcelJs = await readViaExcelJs(bytes, name, { inflate: nodeInflate });
  const direct = await readDirectWhy(bytes, name, nodeInflate);
  expect({ name, direct: typeof direct === 'string' ? `gave up: ${direct}` : 'read' }).toEqual({ name, direct: 'read' });
  expect(direct).toEqual(viaExcelJs);
  // Without the native inflater (DecompressionStream, as in the browser): the same.
  expect(await readDirect(bytes, name)).toEqual(viaExcelJs);
}

/** A bench ledger (bench/cli.ts `departmentFile`): title, 課名, 更新日 (yyyy/m/d), header, 500 rows. */
async function benchFile(d: number): Promise<Uint8Array> {
  return xlsxOf((wb) => {
    const dept = `部署${String(d).padStart(3, '0')}課`;
    const ws = wb.addWorksheet(`台帳_${dept}`);
    ws.addRow([`情報資産台帳（${dept}）`]);
    ws.addRow(['課名', dept, '更新日', 45748]).getCell(4).numFmt = 'yyyy/m/d';
    ws.addRow([]);
    ws.addRow(['番号', '情報資産名', '内容', '群', 'レベル', '備考']);
    for (let i = 1; i <= 500; i++) ws.addRow([i, `会議録${i}`, `紙で保管する庁内会議の記録（${dept}）`, i % 97 === 0 ? 'Ａ群' : 'B群', i % 211 === 0 ? 'レベル3' : 'レベル2', i % 10 === 0 ? '要確認' : null]);
  });
}

const MIXED: ExcelJS.CellValue[][] = [
  ['番号', '情報資産名', 1.5, true, false, null, '', -0.25, 1e-7],
  [{ formula: 'A9*0', result: 0 }, { formula: '"x"', result: 'x' }, { error: '#N/A' } as ExcelJS.CellErrorValue, { formula: 'NA()', result: { error: '#DIV/0!' } } as ExcelJS.CellValue],
  [],
  [null, { richText: [{ text: 'リッチ' }, { text: 'テキスト', font: { bold: true } }] }, new Date(Date.UTC(2024, 3, 1, 12, 30))],
  [{ formula: 'TODAY()' } as ExcelJS.CellValue, { sharedFormula: 'A2', result: 3 } as ExcelJS.CellValue, 'a & <b> "c"'],
];

const CATEGORIES = ['A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2'];
const consolidation: Consolidation = {
  policy: { id: 'hanamaki', version: '1' },
  generatedAt: '2025-06-01T00:00:00.000Z',
  categories: CATEGORIES,
  rows: [
    { department: '企画課', counts: [1, 0, 2, 0], unclassified: 0, total: 3, errors: 1, warnings: 0 },
    { department: '', counts: [0, 4, 0, 5], unclassified: 0, total: 9, errors: 0, warnings: 2 },
  ],
  totals: { counts: [1, 4, 2, 5], unclassified: 0, total: 12, errors: 1, warnings: 2 },
  assets: [],
};
const noIssues = { policy: { id: 'hanamaki', version: '1' }, ledgers: [], issues: [], counts: { error: 0, warning: 0, info: 0 } } as CheckResult;

/** Workbooks generated here (by exceljs, by our writers, by hand): the direct reader must read every one. */
const GENERATED: [string, () => Promise<Uint8Array>][] = [
  ['exceljs: numbers, booleans, formulas (cached 0, no result, shared), errors, rich text, a date', () => xlsxOf((wb) => fill(wb.addWorksheet('S'), MIXED))],
  [
    'exceljs: merges, a hidden sheet, a row far down',
    () =>
      xlsxOf((wb) => {
        const ws = wb.addWorksheet('台帳');
        fill(ws, [['見出し', 'x', 'y'], ['a', 'b', 'c'], [1, 2, 3]]);
        ws.mergeCells('A1:C1');
        ws.mergeCells('A2:A3');
        ws.getCell('B40000').value = '遠く';
        const hidden = wb.addWorksheet('隠し');
        hidden.state = 'hidden';
        fill(hidden, [['h']]);
      }),
  ],
  [
    'exceljs: a 1904 date system book, date and time formats',
    () =>
      xlsxOf((wb) => {
        wb.properties.date1904 = true;
        const ws = wb.addWorksheet('S');
        ws.getCell('A1').value = new Date(Date.UTC(2025, 0, 2));
        ws.getCell('B1').value = 45000.5;
        ws.getCell('B1').numFmt = 'h:mm';
        ws.getCell('C1').value = 12.5;
        ws.getCell('C1').numFmt = '0.00';
        ws.getCell('D1').value = 45000;
        ws.getCell('D1').numFmt = '[Red]"y"0';
      }),
  ],
  [
    'exceljs: leap-year serials, a hyperlink, formula-looking text, gaps, a styled last row, a long cell, emoji and 異体字',
    () =>
      xlsxOf((wb) => {
        const ws = wb.addWorksheet('S');
        for (const [i, serial] of [59, 60, 61].entries()) {
          ws.getCell(1, i + 1).value = serial;
          ws.getCell(1, i + 1).numFmt = 'yyyy/m/d';
        }
        ws.getCell('A2').value = { text: '共有フォルダ', hyperlink: 'file://server/share' };
        fill(ws, [[], [], ['=SUM(A1)', '+81', '-1-', '@user'], [], ['あ'.repeat(32767), '🗄️サーバ', '髙橋󠄁']]);
        ws.getCell('Z10').style = { font: { bold: true } };
        ws.getCell('A1048576').numFmt = '0';
        ws.getRow(1048576).height = 20;
      }),
  ],
  [
    'exceljs: tags through defined names (quoted name after a rename, a broken tag, a tag-looking cell without a name)',
    () =>
      xlsxOf((wb) => {
        const tag = { policyId: 'hanamaki', templateVersion: '1', department: '総務課' };
        const ws = wb.addWorksheet('台帳_総務課');
        fill(ws, [['番号', '情報資産名', '内容']]);
        ws.getCell(TAG_CELL).value = encodeTag(tag);
        wb.definedNames.add(tagReference('台帳_総務課'), 'LedgerTag_1');
        wb.addWorksheet("総務 '22").getCell(TAG_CELL).value = encodeTag({ ...tag, department: null });
        wb.definedNames.add(tagReference("総務 '22"), 'LedgerTag_7');
        fill(wb.addWorksheet('S'), [['LEDGER-TAG {broken']]);
        wb.definedNames.add(tagReference('S', 'A1'), 'LedgerTag_2');
        fill(wb.addWorksheet('T'), [[encodeTag(tag)]]);
      }),
  ],
  ['template (writeTemplate)', () => writeTemplate(sampleTemplateModel())],
  ['extended template (writeTemplate)', () => writeTemplate(sampleTemplateModel(true))],
  ['summary (writeSummary)', () => writeSummary(consolidation, noIssues, 'ja')],
  [
    'our book writer (buildXlsx): texts, numbers, a link cell, a frozen bold header',
    () =>
      buildXlsx([
        {
          name: 'S',
          rows: [['a\u0001b', 1, null, ' x '], ['_x0041_', -2.5, { text: 'リンク', target: null, location: "'S'!A1" }]],
          rowStyles: new Map([[0, 1]]),
          freeze: { rows: 1, cols: 0 },
        },
      ]),
  ],
  ['_xHHHH_ escapes everywhere (xstring-book.ts)', () => xstringBook()],
  ['canonical-somu.xlsx with what Japanese Excel adds (excel-ish.ts: mc blocks, ルビ, print titles)', () => excelIsh(fixture('canonical-somu.xlsx'))],
  ['bench ledger 1', () => benchFile(1)],
  ['bench ledger 2', () => benchFile(2)],
  ['bench ledger 3', () => benchFile(3)],
];

describe('direct reader = exceljs path', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));

  test('there are LibreOffice fixtures to compare on', () => expect(fixtures.length).toBeGreaterThanOrEqual(7));

  // exceljs takes seconds on the fixtures with whole-column validations.
  test.each(fixtures)('LibreOffice fixture %s: read directly, same result', async (name) => {
    await expectSame(fixture(name), name);
  }, 60_000);

  test.each(GENERATED)('%s: read directly, same result', async (name, make) => {
    await expectSame(await make(), name);
  });

  test('every fixture and generated book was read directly (not left to exceljs)', async () => {
    let read = 0;
    for (const name of fixtures) if ((await readDirect(fixture(name), name, nodeInflate)) !== null) read++;
    for (const [, make] of GENERATED) if ((await readDirect(await make(), null, nodeInflate)) !== null) read++;
    expect(read).toBe(fixtures.length + GENERATED.length);
  }, 30_000);
});

test('phonetic readings (ルビ) Japanese Excel stores with a shared string are not part of the cell text', async () => {
  const book = await readDirect(await excelIsh(fixture('canonical-somu.xlsx')), null, nodeInflate);
  expect(book?.sheets[0]?.rows[1]?.slice(0, 2)).toEqual(['課名', '総務課']);
});

describe('both readers refuse a damaged zip; neither looks at a part it does not read', () => {
  const good = () => xlsxOf((wb) => fill(wb.addWorksheet('台帳'), [['番号', '情報資産名'], [1, '住民基本台帳']]));

  test('a truncated file', async () => expect(readDirect(truncated(await good()), 'x.xlsx', nodeInflate)).rejects.toMatchObject({ name: 'ZipDamaged' }));

  test('a damaged sheet (garbage over its compressed data): refused by both', async () => {
    const damaged = damageEntry(await good(), 'xl/worksheets/sheet1.xml');
    await expect(readViaExcelJs(damaged, 'x.xlsx')).rejects.toMatchObject({ reason: 'corrupt' });
    await expect(readDirect(damaged, 'x.xlsx', nodeInflate)).rejects.toMatchObject({ name: 'ZipDamaged' });
  });

  test('a damaged theme, a part no reader needs, is never inflated: both read the values', async () => {
    const bytes = await good();
    const damaged = damageEntry(bytes, 'xl/theme/theme1.xml');
    const expected = await readViaExcelJs(bytes, 'x.xlsx');
    expect(await readViaExcelJs(damaged, 'x.xlsx')).toEqual(expected);
    expect(await readDirect(damaged, 'x.xlsx', nodeInflate)).toEqual(expected);
  });

  test('random bytes', async () => expect(readDirect(randomBytes(3000), 'x.xlsx', nodeInflate)).rejects.toMatchObject({ name: 'ZipDamaged' }));
});
