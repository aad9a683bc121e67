/**
 * Hidden columns and rows, and the print zoom: what a ledger relies on so that its tag column AZ stays hidden and
 * unprinted after the preview saves the workbook (issue 10, item 7), and every sheet prints one page wide (item 6).
 * - Range.columnHidden / rowHidden (ExcelApi 1.2): "Represents if all columns in the current range are hidden. Value
 *   is true when all columns in a range are hidden. Value is false when no columns in the range are hidden. Value is
 *   null when some columns in a range are hidden and other columns in the same range are not hidden."
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member
 * - PageLayout.zoom (ExcelApi 1.9), set as a whole object; scale 10–400:
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
 */
import ExcelJS from 'exceljs';
import { loadXlsx, saveXlsx } from '../../src/preview/runtime';
import { rejection, runtimeWith } from './helpers';

describe('Range.columnHidden and Range.rowHidden', () => {
  test('writing hides every column (row) the range spans; reading is true, false or null (mixed)', async () => {
    const rt = runtimeWith({ S: [['a', 'b', 'c']] });
    const read = await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('AZ:AZ').columnHidden = true;
      ws.getRange('B1').columnHidden = true; // a cell hides its whole column
      ws.getRange('3:4').rowHidden = true;
      const cols = ['AZ:AZ', 'B:B', 'A:C', 'C:C', 'C5'].map((a) => ws.getRange(a).load('columnHidden'));
      const rows = ['3:4', 'A3', '2:3', '5:5', 'AZ:AZ'].map((a) => ws.getRange(a).load('rowHidden'));
      await context.sync();
      return [cols.map((x) => x.columnHidden), rows.map((x) => x.rowHidden)];
    });
    // A whole column spans the hidden rows 3:4 too, so its rowHidden is mixed.
    expect(read).toEqual([
      [true, true, null, false, false],
      [true, true, null, false, null],
    ]);
    expect(rt.workbook.sheetByName('S')?.hiddenCols.spans()).toEqual([[1, 1], [51, 51]]);
    // Showing again.
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A:AZ').columnHidden = false;
      await context.sync();
    });
    expect(rt.workbook.sheetByName('S')?.hiddenCols.size).toBe(0);
  });

  test('read before load is PropertyNotLoaded; a non-boolean is InvalidArgument at sync', async () => {
    const rt = runtimeWith({ S: [['a']] });
    await rt.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A:A');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading unloaded is what this test pins
      expect(() => range.columnHidden).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      (range as unknown as { columnHidden: unknown }).columnHidden = 'yes';
      expect(await rejection(context.sync())).toMatchObject({ code: 'InvalidArgument' });
    });
  });
});

describe('the xlsx round trip keeps hidden columns and rows, and the print zoom', () => {
  test('saveXlsx writes them, exceljs and loadXlsx read them back', async () => {
    const rt = runtimeWith({ S: [['a'], ['b'], ['c']] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('AZ1').values = [['LEDGER-TAG {}']];
      ws.getRange('AZ:AZ').columnHidden = true;
      ws.getRange('2:2').rowHidden = true;
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await context.sync();
    });
    const bytes = await saveXlsx(rt.workbook);
    const x = new ExcelJS.Workbook();
    await x.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = x.getWorksheet('S');
    expect([ws?.getColumn(52).hidden, ws?.getColumn(1).hidden, ws?.getRow(2).hidden, ws?.getRow(1).hidden]).toEqual([true, false, true, false]);
    expect(ws?.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const back = (await loadXlsx(bytes)).sheetByName('S');
    expect(back?.hiddenCols.spans()).toEqual([[51, 51]]);
    expect(back?.hiddenRows.spans()).toEqual([[1, 1]]);
    expect(back?.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });
});

describe('PageLayout.zoom', () => {
  test('set as a whole object and read back; a scale outside 10–400 or a negative page count is InvalidArgument', async () => {
    const rt = runtimeWith({ S: [['a']] });
    const zoom = await rt.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('S').pageLayout;
      layout.zoom = { scale: 80 };
      const read = layout.load('zoom');
      await context.sync();
      return read.zoom;
    });
    expect(zoom).toEqual({ scale: 80 });
    const refused = await Promise.all(
      [{ scale: 5 }, { horizontalFitToPages: -1 }, { verticalFitToPages: 1.5 }, {}].map((bad) =>
        rt.run(async (context) => {
          context.workbook.worksheets.getItem('S').pageLayout.zoom = bad;
          return (await rejection(context.sync())).code;
        }),
      ),
    );
    expect(refused).toEqual(['InvalidArgument', 'InvalidArgument', 'InvalidArgument', 'InvalidArgument']);
  });
});
