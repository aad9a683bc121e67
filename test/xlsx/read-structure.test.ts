import { readXlsx } from '../../src/xlsx/read';
import { TAG_CELL, encodeTag, tagCellFor, tagReference } from '../../src/xlsx/tag';
import { fill, xlsxOf } from './helpers';

const TAG = { policyId: 'hanamaki', templateVersion: '1', department: '総務課' };

describe('readXlsx: sheets, merges and the ledger tag', () => {
  test('every worksheet in order, with its name', async () => {
    const bytes = await xlsxOf((wb) => {
      fill(wb.addWorksheet('表紙'), [['x']]);
      fill(wb.addWorksheet("台帳 'A' 31文字までのとても長いシート名です"), [['y']]);
      wb.addWorksheet('空');
    });
    const book = await readXlsx(bytes, 'a.xlsx');
    expect(book.file).toBe('a.xlsx');
    expect(book.sheets.map((s) => [s.name, s.rows])).toEqual([
      ['表紙', [['x']]],
      ["台帳 'A' 31文字までのとても長いシート名です", [['y']]],
      ['空', []],
    ]);
  });

  test('merges are listed 0-based and only their top-left cell holds the value', async () => {
    const bytes = await xlsxOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '情報資産台帳（総務課）';
      ws.mergeCells('A1:F1');
      ws.getCell('B3').value = '内容';
      ws.mergeCells('B3:C4');
    });
    const sheet = (await readXlsx(bytes, null)).sheets[0];
    expect(sheet?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 1, bottom: 3, right: 2 },
    ]);
    expect(sheet?.rows).toEqual([['情報資産台帳（総務課）'], [], [null, '内容']]);
  });

  test('the tag is read through its defined name, and its cell is hidden from the engine', async () => {
    const bytes = await xlsxOf((wb) => {
      const ws = wb.addWorksheet('台帳_総務課');
      fill(ws, [['番号', '情報資産名', '内容']]);
      ws.getCell(TAG_CELL).value = encodeTag(TAG);
      wb.definedNames.add(tagReference('台帳_総務課'), 'LedgerTag_1');
      wb.addWorksheet('other');
    });
    const book = await readXlsx(bytes, null);
    expect(book.sheets.map((s) => s.tag)).toEqual([TAG, null]);
    expect(book.sheets[0]?.rows).toEqual([['番号', '情報資産名', '内容']]);
  });

  test('after a rename the name still points at the tag cell', async () => {
    const bytes = await xlsxOf((wb) => {
      const ws = wb.addWorksheet("総務 '22");
      ws.getCell(TAG_CELL).value = encodeTag({ ...TAG, department: null });
      wb.definedNames.add(tagReference("総務 '22"), 'LedgerTag_7');
    });
    expect((await readXlsx(bytes, null)).sheets[0]?.tag).toEqual({ ...TAG, department: null });
  });

  test('a tag-looking cell without the defined name is ordinary text', async () => {
    const text = encodeTag(TAG);
    const bytes = await xlsxOf((wb) => fill(wb.addWorksheet('S'), [[text]]));
    const sheet = (await readXlsx(bytes, null)).sheets[0];
    expect(sheet?.tag).toBeNull();
    expect(sheet?.rows).toEqual([[text]]);
  });

  test('a defined name pointing at a cell that is no tag gives no tag', async () => {
    const bytes = await xlsxOf((wb) => {
      fill(wb.addWorksheet('S'), [['LEDGER-TAG {broken']]);
      wb.definedNames.add(tagReference('S', 'A1'), 'LedgerTag_1');
    });
    const sheet = (await readXlsx(bytes, null)).sheets[0];
    expect(sheet?.tag).toBeNull();
    expect(sheet?.rows).toEqual([['LEDGER-TAG {broken']]);
  });
});

describe('tagCellFor (shared with the Office.js adapter)', () => {
  const names = [
    { name: 'Print_Area', reference: "'台帳_総務課'!$A$1:$F$20" },
    { name: 'LedgerTag_1', reference: "'台帳_総務課'!$AZ$1" },
    { name: 'LedgerTag_2', reference: '=台帳_企画課!$AZ$1' },
  ];
  test('finds the tag cell of a sheet through a quoted exceljs range or an Office.js formula', () => {
    expect(tagCellFor('台帳_総務課', names)).toBe('AZ1');
    expect(tagCellFor('台帳_企画課', names)).toBe('AZ1');
    expect(tagCellFor('集計', names)).toBeNull();
  });
});
