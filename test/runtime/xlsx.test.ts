/**
 * xlsx round trip (exceljs) and Workbook.insertWorksheetsFromBase64.
 * - insertWorksheetsFromBase64 (ExcelApi 1.13; options sheetNamesToInsert / positionType / relativeTo):
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)
 *   and https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheets#insert-worksheets-from-another-workbook
 * - Dates read back as serial numbers: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 */
import { createExcelRuntime, loadXlsx, saveXlsx } from '../../src/preview/runtime';
import type { ExcelRuntime } from '../../src/preview/runtime';
import { rejection, runtimeWith } from './helpers';

const HEADER = ['番号', '情報資産名', '内容', '群', 'レベル', '備考'];

/** A ledger-like workbook built through the API, as the adapter would. */
async function buildLedger(rt: ExcelRuntime): Promise<void> {
  await rt.run(async (context) => {
    const ws = context.workbook.worksheets.add('台帳_総務 課');
    ws.getRange('A1:B3').values = [['情報資産台帳（総務課）', ''], ['更新日', 45292], ['記入者', "O'Brien"]];
    ws.getRange('B2').numberFormat = [['yyyy/mm/dd']];
    ws.getRange('A1:F1').merge();
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('A1').format.fill.color = '#DDEBF7';
    ws.getRange('A5:F5').values = [HEADER];
    ws.getRange('A6:F6').values = [[1, '住民基本台帳', '=LEN(B6)', 'A群', 'レベル1', '']];
    const t = ws.tables.add('A5:F6', true);
    t.name = 'Ledger_Soumu';
    ws.getRange('D6:D6').dataValidation.rule = { list: { inCellDropDown: true, source: 'A群,B群' } };
    ws.getRange('D6:D6').dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: '群', message: 'A群かB群' };
    ws.getRange('D6:D6').dataValidation.prompt = { showPrompt: true, title: '群', message: '第5' };
    ws.getRange('A6:A6').dataValidation.rule = { wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } };
    ws.getRange('C:C').format.columnWidth = 150;
    ws.getRange('C:C').format.wrapText = true;
    ws.freezePanes.freezeRows(5);
    ws.pageLayout.orientation = 'Landscape';
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.setPrintTitleRows('$5:$5');
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.customProperties.add('LedgerTemplate', 'hanamaki@1');
    ws.tabColor = '#FF0000';
    ws.getRange('H1').hyperlink = { documentReference: "'台帳_総務 課'!A5", textToDisplay: '表へ' };
    ws.getRange('H2').hyperlink = { address: 'https://www.city.hanamaki.iwate.jp/', textToDisplay: '花巻市' };
    ws.getRange('A6:F6').conditionalFormats.add('Custom').custom.rule.formula = '=$D6=""';
    context.workbook.names.add('LedgerHeader', ws.getRange('A5:F5'));
    context.workbook.settings.add('lastAudit', { at: '2024-01-01' });
    const hidden = context.workbook.worksheets.add('hidden sheet');
    hidden.visibility = 'Hidden';
    await context.sync();
  });
}

describe('xlsx round trip', () => {
  test('everything the ledger needs survives save and load', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await buildLedger(rt);
    const bytes = await saveXlsx(rt.workbook);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const wb = await loadXlsx(bytes);
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([['Sheet1', 'Visible'], ['台帳_総務 課', 'Visible'], ['hidden sheet', 'Hidden']]);
    const s = wb.sheetByName('台帳_総務 課')!;
    expect(s.cell(1, 1)).toMatchObject({ v: 45292, nf: 'yyyy/mm/dd' });
    expect(s.cell(2, 1)?.v).toBe("O'Brien");
    expect(s.cell(5, 2)?.f).toBe('=LEN(B6)');
    expect(s.cell(0, 0)?.fmt).toMatchObject({ bold: true, fill: '#DDEBF7' });
    expect(s.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 5 }]);
    expect(s.freeze).toEqual({ rows: 5, cols: 0 });
    expect(s.colWidths.get(2)).toBeCloseTo(150, 0);
    expect(s.colFormats.get(2)?.wrapText ?? s.cell(5, 2)?.fmt?.wrapText).toBe(true);
    expect(s.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      printTitleRows: { r0: 4, c0: 0, r1: 4, c1: 16_383 },
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect([...s.customProps.values()]).toEqual([{ key: 'LedgerTemplate', value: 'hanamaki@1' }]);
    expect(s.tabColor).toBe('#FF0000');
    expect(s.cell(0, 7)?.link).toMatchObject({ documentReference: "'台帳_総務 課'!A5" });
    expect(s.cell(1, 7)?.link).toMatchObject({ address: 'https://www.city.hanamaki.iwate.jp/' });
    expect(s.conditionalFormats.map((c) => [c.type, c.rule.formula])).toEqual([['Custom', '=$D6=""']]);
    expect(wb.tables.map((t) => [t.name, t.sheet.name, t.rect])).toEqual([['Ledger_Soumu', '台帳_総務 課', { r0: 4, c0: 0, r1: 5, c1: 5 }]]);
    expect(wb.names.map((n) => [n.name, n.formula])).toEqual([['LedgerHeader', "='台帳_総務 課'!$A$5:$F$5"]]);
    expect([...wb.settings.values()]).toEqual([{ key: 'lastAudit', value: { at: '2024-01-01' } }]);
  });

  test('data validations come back with rule, alert and prompt', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await buildLedger(rt);
    const wb = await loadXlsx(await saveXlsx(rt.workbook));
    const rt2 = createExcelRuntime(wb);
    await rt2.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('台帳_総務 課');
      const group = ws.getRange('D6').dataValidation.load('type, rule, errorAlert, prompt');
      const no = ws.getRange('A6').dataValidation.load('rule');
      await context.sync();
      expect(group.rule).toEqual({ list: { inCellDropDown: true, source: 'A群,B群' } });
      expect(group.errorAlert).toEqual({ showAlert: true, style: 'Stop', title: '群', message: 'A群かB群' });
      expect(group.prompt).toEqual({ showPrompt: true, title: '群', message: '第5' });
      expect(no.rule).toEqual({ wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } });
    });
  });

  // SPEC §10: control characters, emoji, 異体字 and 32,767-character cells lose nothing. OOXML escapes control
  // characters as _xHHHH_ (ECMA-376 Part 1, ST_Xstring), which exceljs would otherwise drop.
  test('control characters, emoji, 異体字, a literal "_x0041_" and 32,767 characters survive', async () => {
    const texts = ['a\u0001b\u0007c\u001F', '😀𠮷髙﨑', '_x0041_ literal', 'タブ\tと\n改行', 'x'.repeat(32_767)];
    const rt = runtimeWith({ S: [texts] });
    const wb = await loadXlsx(await saveXlsx(rt.workbook));
    expect(wb.sheets[0]!.rows[0]!.map((c) => c?.v)).toEqual(texts);
  });

  test('an error value and booleans round-trip', async () => {
    const rt = runtimeWith({ S: [['#N/A', true, false]] });
    const wb = await loadXlsx(await saveXlsx(rt.workbook));
    expect(wb.sheets[0]!.rows[0]).toEqual([{ v: '#N/A', error: true }, { v: true }, { v: false }]);
  });

  test('protection and unlocked cells survive', async () => {
    const rt = runtimeWith({ S: [['title']] });
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A2:B3').format.protection.locked = false;
      ws.protection.protect();
      await context.sync();
    });
    const s = (await loadXlsx(await saveXlsx(rt.workbook))).sheets[0]!;
    expect(s.protection.protected).toBe(true);
    expect([s.formatOf(1, 0, 'locked'), s.formatOf(0, 0, 'locked')]).toEqual([false, undefined]);
  });

  test('bytes that are not an xlsx file are rejected', async () => {
    await expect(loadXlsx(new TextEncoder().encode('not a zip'))).rejects.toThrow();
  });
});

describe('insertWorksheetsFromBase64', () => {
  const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

  test('inserts the chosen sheets, renaming on a clash, and returns their ids', async () => {
    const source = runtimeWith({ 台帳_税務課: [['番号'], [1]], 'Other': [['x']] });
    const base64 = toBase64(await saveXlsx(source.workbook));
    const rt = runtimeWith({ 台帳_税務課: [['existing']] });
    await rt.run(async (context) => {
      const ids = context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: ['台帳_税務課'], positionType: 'End' });
      const sheets = context.workbook.worksheets.load('items/name, items/id');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['台帳_税務課', '台帳_税務課 (2)']);
      expect(ids.value).toEqual([sheets.items[1]!.id]);
      const copied = context.workbook.worksheets.getItem('台帳_税務課 (2)').getRange('A1:A2').load('values');
      await context.sync();
      expect(copied.values).toEqual([['番号'], [1]]);
    });
  });

  test('below ExcelApi 1.13 it fails with ApiNotFound; garbage is InvalidArgument', async () => {
    const old = runtimeWith({ S: [] }, { ExcelApi: '1.12' });
    await old.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64('AAAA');
      expect((await rejection(context.sync())).code).toBe('ApiNotFound');
    });
    const rt = runtimeWith({ S: [] });
    await rt.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(Buffer.from('not xlsx').toString('base64'));
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });
});
