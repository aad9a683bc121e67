/**
 * The preview runtime's xlsx I/O and OOXML's `_xHHHH_` escapes (ECMA-376 Part 1, §22.9.2.19 ST_Xstring):
 * loadXlsx decodes them wherever a cell text comes from; saveXlsx writes control characters and literal
 * `_xHHHH_` texts escaped (exceljs alone would drop the former and leave the latter to be decoded on read).
 */
import { loadXlsx, saveXlsx } from '../../src/preview/runtime';
import type { SimWorkbook } from '../../src/preview/runtime/model';
import { xstringBook } from '../xlsx/xstring-book';
import { zipPart } from '../xlsx/zip-part';
import { runtimeWith } from './helpers';

const values = (wb: SimWorkbook, sheet: number): unknown[][] => wb.sheets[sheet]!.rows.map((row) => row.map((c) => c?.v));

describe('loadXlsx and _xHHHH_ escapes', () => {
  // Jest gives each test file its own exceljs: the first load here is the first file it reads (read twice).
  test.each(['first', 'next'])('shared, inline, rich and str texts are decoded (%s file)', async () => {
    const wb = await loadXlsx(await xstringBook());
    expect(wb.sheets.map((s) => s.name)).toEqual(['S1', 'S2']);
    expect(values(wb, 0)).toEqual([
      ['a\u0001b', '_x0041_', 'c\u001fd', '_x0041_', '😀', '_x12_ _xZZZZ_ _x0041 _X0041_', 'r\u0002_x0042_'],
      ['i\u0003', '_x0041_', 'j\u0004k\u001f', 'f\u0005', 'g\u0006', 41],
    ]);
    expect(wb.sheets[0]!.rows[1]![3]).toEqual({ f: '="f"&CHAR(5)', v: 'f\u0005' });
    expect(values(wb, 1)).toEqual([['a\u0001b', 'm\u0007', '_x0041_']]);
  });
});

describe('saveXlsx and _xHHHH_ escapes', () => {
  const texts = ['a\u0001b', '_x0041_', '_x005F_x0041_', '_x00a1_', 'x\u001fy'];

  test('control characters and literal escapes are written escaped, upper-case hex', async () => {
    const bytes = await saveXlsx(runtimeWith({ S: [texts] }).workbook);
    const shared = zipPart(bytes, 'xl/sharedStrings.xml');
    for (const t of ['a_x0001_b', '_x005F_x0041_', '_x005F_x005F_x005F_x0041_', '_x005F_x00a1_', 'x_x001F_y']) expect(shared).toContain(`>${t}<`);
  });

  test('cells, table headers and the kept settings come back as written', async () => {
    const rt = runtimeWith({ S: [['h\u0001', '_x0041_'], texts.slice(0, 2)] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').tables.add('A1:B2', true);
      await context.sync();
    });
    rt.workbook.settings.set('k_x0041_', { key: 'k_x0041_', value: '_x0042_\u0001' });
    const wb = await loadXlsx(await saveXlsx(rt.workbook));
    expect(values(wb, 0)).toEqual([['h\u0001', '_x0041_'], ['a\u0001b', '_x0041_']]);
    expect(wb.settings.get('k_x0041_')).toEqual({ key: 'k_x0041_', value: '_x0042_\u0001' });
  });
});
