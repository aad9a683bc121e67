/**
 * A workbook saved from the preview gives the rows Excel would size itself a height when their wrapped text takes
 * several lines (src/preview/runtime/xlsxWrite.ts `autoRowHeights`): LibreOffice keeps a row without one a line high.
 * Excel grows such a row only when the row has no height of its own, and not for a merged cell (Excel does not
 * auto-fit rows to merged cells, a limitation spreadsheet makers document, e.g. ZK's KEIKAI-535); a formula's text is
 * not known before Excel computes it, so it gives no height here.
 */
import { loadXlsx, saveXlsx } from '../../src/preview/runtime';
import { LINE_HEIGHT_PT } from '../../src/xlsx/row-height';
import { zipPart } from '../xlsx/zip-part';
import { runtimeWith } from './helpers';

const LONG = '住民基本台帳システムに記録された住民の氏名・住所・生年月日・世帯の情報と、その異動の履歴（転入・転出・転居・出生・死亡）';

/** The `<row …>` start tags of a saved sheet part, by row number. */
function rowTags(bytes: Uint8Array, part: string): Record<number, string> {
  const out: Record<number, string> = {};
  for (const m of zipPart(bytes, part).matchAll(/<row r="(\d+)"[^>]*>/g)) out[Number(m[1])] = m[0];
  return out;
}

describe('saveXlsx: heights for rows of wrapped text', () => {
  test('each sheet gets its own rows’ heights; the wrapped cell counts whatever sets the wrap (cell, row or column)', async () => {
    const rt = runtimeWith({ A: [['見出し'], [LONG], ['短い'], [LONG]], B: [['x', LONG], ['y', LONG]] });
    await rt.run(async (context) => {
      const a = context.workbook.worksheets.getItem('A');
      a.getRange('A:A').format.columnWidth = 300; // 56.4 characters: LONG is 120 widths, 3 lines
      a.getRange('A2').format.wrapText = true;
      a.getRange('4:4').format.wrapText = true;
      const b = context.workbook.worksheets.getItem('B');
      b.getRange('B:B').format.wrapText = true; // the default width, 8.43 characters: 3 full-width ones a line
      b.getRange('B2').format.wrapText = false; // a cell's own format wins over its column's
      await context.sync();
    });
    const bytes = await saveXlsx(rt.workbook);
    const a = rowTags(bytes, 'xl/worksheets/sheet1.xml');
    const b = rowTags(bytes, 'xl/worksheets/sheet2.xml');
    expect([a[1], a[2], a[3], a[4]].map((t) => / ht="([\d.]+)"/.exec(t ?? '')?.[1] ?? null)).toEqual([null, String(3 * LINE_HEIGHT_PT), null, String(3 * LINE_HEIGHT_PT)]);
    expect(b[1]).toContain(` ht="${20 * LINE_HEIGHT_PT}"`); // 60 full-width characters, 3 a line
    expect(b[2]).not.toContain('ht=');
    expect(zipPart(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('customHeight');
  });

  test('a row with a height of its own keeps it; a merged cell and a formula give none', async () => {
    const rt = runtimeWith({ S: [[LONG, null], [LONG], ['=REPT("あ",100)']] });
    await rt.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('A:A').format.wrapText = true;
      s.getRange('A1:B1').merge();
      s.getRange('2:2').format.rowHeight = 30;
      await context.sync();
    });
    const rows = rowTags(await saveXlsx(rt.workbook), 'xl/worksheets/sheet1.xml');
    expect(rows[1]).not.toContain('ht=');
    expect(rows[2]).toContain(' ht="30"');
    expect(rows[2]).toContain('customHeight="1"');
    expect(rows[3]).not.toContain('ht=');
  });

  test('saved, loaded and saved again, an estimated height stays Excel’s to size (never a custom one)', async () => {
    const rt = runtimeWith({ S: [[LONG]] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A:A').format.wrapText = true;
      await context.sync();
    });
    const first = await saveXlsx(rt.workbook);
    const loaded = await loadXlsx(first);
    expect(loaded.sheetByName('S')?.rowHeights.size).toBe(0);
    const again = rowTags(await saveXlsx(loaded), 'xl/worksheets/sheet1.xml');
    expect(again[1]).toMatch(/ ht="[\d.]+"/);
    expect(again[1]).not.toContain('customHeight');
  });
});
