import { insertTemplate } from '../../src/excel/insertTemplate';
import { checkWorkbook } from '../../src/excel/check';
import { book, measure, valuesOf } from './support';
import type { TestBook } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

describe('台帳を挿入', () => {
  test('renders the template: title, meta, header table, dropdowns, number rule, freeze, print, tag — in 2 syncs', async () => {
    t = book({ Sheet1: [] });
    t.runtime.stats.reset();
    const result = await insertTemplate({ department: '総務課', today: '2026-11-25' });
    expect(result).toEqual({ status: 'inserted', sheet: '台帳_総務課' });
    expect(measure(t.runtime).syncs).toBe(2);

    const wb = t.runtime.workbook;
    const sheet = wb.sheetByName('台帳_総務課')!;
    const values = valuesOf(t.runtime, '台帳_総務課');
    expect(values[0]?.[0]).toBe('情報資産台帳（総務課）');
    expect(values[1]?.slice(0, 4)).toEqual(['課名', '総務課', '更新日', 46351]);
    expect(sheet.cell(1, 3)?.nf).toBe('yyyy/m/d');
    expect(values[6]?.slice(0, 6)).toEqual(['番号', '情報資産名', '内容', '群', 'レベル', '備考']);

    const table = wb.tables.find((x) => x.sheet === sheet)!;
    expect(table.rect).toEqual({ r0: 6, c0: 0, r1: 26, c1: 5 });
    const rules = sheet.validations.map((v) => ({ col: v.rect.c0, top: v.rect.r0, rule: v.rule, style: v.errorAlert.style, prompt: v.prompt.showPrompt }));
    expect(rules).toEqual([
      { col: 0, top: 7, rule: { wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } }, style: 'Stop', prompt: true },
      { col: 3, top: 7, rule: { list: { inCellDropDown: true, source: 'A群,B群' } }, style: 'Stop', prompt: true },
      { col: 4, top: 7, rule: { list: { inCellDropDown: true, source: 'レベル1,レベル2' } }, style: 'Stop', prompt: true },
    ]);
    expect(sheet.validations[1]?.prompt.message).toContain('情報システム上の情報資産');
    expect(sheet.freeze).toEqual({ rows: 7, cols: 0 });
    // A4 landscape, one page wide as the CLI's template, the header row repeated (issue 10, item 6).
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { r0: 6, r1: 6 } });
    // Column D holds 更新日 as yyyy/m/d: 11 characters, Excel's 82 px.
    expect(sheet.colWidths.get(3)).toBe(61.5);
    expect(sheet.customProps.get('ledgertag')?.value).toBe('LEDGER-TAG {"policyId":"hanamaki","templateVersion":"1","department":"総務課"}');
    expect(sheet.cell(0, 51)?.v).toBe(sheet.customProps.get('ledgertag')?.value);
    // The tag column AZ is hidden (and so neither shown nor printed, also after the preview saves the file).
    expect(sheet.hiddenCols.spans()).toEqual([[51, 51]]);
    expect(wb.activeSheet).toBe(sheet);
  });

  test('the extended option adds the four optional columns and the 個人情報 dropdown', async () => {
    t = book({ Sheet1: [] });
    await insertTemplate({ department: '総務課', extended: true, today: '2026-11-25' });
    const values = valuesOf(t.runtime, '台帳_総務課');
    expect(values[6]?.slice(0, 10)).toEqual(['番号', '情報資産名', '内容', '群', 'レベル', '管理責任者', '媒体・保管場所', '個人情報', '保存期間', '備考']);
    const sheet = t.runtime.workbook.sheetByName('台帳_総務課')!;
    expect(sheet.validations.map((v) => v.rect.c0)).toEqual([0, 3, 4, 7]);
  });

  test('the inserted sheet is recognised by a check as an empty ledger of its 課', async () => {
    t = book({ Sheet1: [] });
    await insertTemplate({ department: '総務課', today: '2026-11-25' });
    const check = await checkWorkbook({ today: '2026-11-25' });
    if (check.status !== 'checked') throw new Error(check.detail);
    expect(check.result.ledgers.map((l) => [l.sheet, l.department, l.tagged, l.headerRow])).toEqual([['台帳_総務課', '総務課', true, 7]]);
    expect(check.result.issues.map((i) => i.code)).toEqual(['LEDGER_EMPTY']);
  });

  test('never overwrites: a second insert for the same 課 goes to the existing ledger, even after a rename', async () => {
    t = book({ Sheet1: [] });
    await insertTemplate({ department: '総務課', today: '2026-11-25' });
    // Renaming the sheet as the user would: Excel also rewrites the names that refer to it (the runtime does not).
    t.runtime.workbook.sheetByName('台帳_総務課')!.name = '総務課の台帳';
    for (const n of t.runtime.workbook.names) n.formula = n.formula.replace("'台帳_総務課'!", "'総務課の台帳'!");
    t.runtime.workbook.activeSheet = t.runtime.workbook.sheetByName('Sheet1')!;
    t.runtime.stats.reset();
    const again = await insertTemplate({ department: '総務課', today: '2026-11-25' });
    expect(again).toEqual({ status: 'exists', sheet: '総務課の台帳' });
    expect(measure(t.runtime).syncs).toBe(2);
    expect(t.runtime.workbook.activeSheet?.name).toBe('総務課の台帳');
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', '総務課の台帳']);
  });

  test('an untagged sheet named 台帳_{課} counts as that 課’s ledger', async () => {
    t = book({ 台帳_総務課: [['情報資産台帳（総務課）']] });
    expect(await insertTemplate({ department: '総務課', today: '2026-11-25' })).toEqual({ status: 'exists', sheet: '台帳_総務課' });
  });

  test('a ledger recognised by its content in the last check counts as existing (knownLedgers)', async () => {
    t = book({ 総務のリスト: [['情報資産台帳（総務課）'], [], [], [], ['番号', '情報資産名', '内容', '群', 'レベル']] });
    const check = await checkWorkbook({ today: '2026-11-25' });
    if (check.status !== 'checked') throw new Error(check.detail);
    expect(check.result.ledgers.map((l) => [l.sheet, l.department])).toEqual([['総務のリスト', '総務課']]);
    const r = await insertTemplate({ department: '総務課', today: '2026-11-25', knownLedgers: check.result.ledgers });
    expect(r).toEqual({ status: 'exists', sheet: '総務のリスト' });
  });

  test('a 課 name with characters sheet names forbid is sanitised; a second 課 gets its own table name', async () => {
    t = book({ Sheet1: [] });
    const a = await insertTemplate({ department: '総務/企画課', today: '2026-11-25' });
    const b = await insertTemplate({ department: '財政課', today: '2026-11-25' });
    expect([a, b]).toMatchObject([{ status: 'inserted', sheet: '台帳_総務／企画課' }, { status: 'inserted', sheet: '台帳_財政課' }]);
    const names = t.runtime.workbook.tables.map((x) => x.name);
    expect(new Set(names).size).toBe(2);
  });

  test('without ExcelApi 1.12 the tag is the tag cell and the workbook name only', async () => {
    t = book({ Sheet1: [] }, { ExcelApi: '1.11' });
    await insertTemplate({ department: '総務課', today: '2026-11-25' });
    const sheet = t.runtime.workbook.sheetByName('台帳_総務課')!;
    expect(sheet.customProps.size).toBe(0);
    expect(String(sheet.cell(0, 51)?.v)).toContain('"department":"総務課"');
    expect(t.runtime.workbook.names.map((n) => n.name)).toEqual(['LedgerTag_1']);
  });

  test('when Excel refuses part of the template, no half-made sheet is left behind', async () => {
    t = book({ Sheet1: [] });
    const proto = (await t.runtime.run(async (context) => Object.getPrototypeOf(context.workbook.worksheets.getItem('Sheet1').tables))) as { add: unknown };
    const add = proto.add;
    proto.add = () => {
      throw Object.assign(new Error('refused'), { code: 'InvalidArgument' });
    };
    try {
      expect(await insertTemplate({ department: '総務課', today: '2026-11-25' })).toMatchObject({ status: 'failed', kind: 'unexpected' });
    } finally {
      proto.add = add;
    }
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('an empty 課 name is refused before touching Excel', async () => {
    t = book({ Sheet1: [] });
    expect(await insertTemplate({ department: '　 ' })).toEqual({ status: 'invalid', message: '課名を入力してください' });
    expect(t.runtime.stats.syncs).toBe(0);
  });

  test('cell-edit mode is reported as the message to finish editing', async () => {
    t = book({ Sheet1: [] });
    t.runtime.setCellEditMode(true);
    expect(await insertTemplate({ department: '総務課' })).toMatchObject({ status: 'failed', kind: 'cellEditMode', message: 'セルの編集を終えてから、もう一度実行してください' });
  });
});

describe('台帳を挿入: optional structure protection (SPEC §1.1)', () => {
  test('off by default: the sheet is not protected', async () => {
    t = book({ Sheet1: [] });
    await insertTemplate({ department: '総務課', today: '2026-11-25' });
    expect(t.runtime.workbook.sheetByName('台帳_総務課')!.protection.protected).toBe(false);
  });

  test('on: title and header are locked, meta values and data rows stay editable, no password, still 2 syncs', async () => {
    t = book({ Sheet1: [] });
    t.runtime.stats.reset();
    await insertTemplate({ department: '総務課', today: '2026-11-25', protectStructure: true });
    expect(measure(t.runtime).syncs).toBe(2);
    const sheet = t.runtime.workbook.sheetByName('台帳_総務課')!;
    expect(sheet.protection).toMatchObject({ protected: true, password: '' });

    const write = (address: string, value: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('台帳_総務課').getRange(address).values = [[value]];
        await context.sync();
      });
    await expect(write('A1', '壊す')).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(write('B7', '壊す')).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(write('B2', '企画課')).resolves.toBeUndefined();
    await expect(write('B8', '住民基本台帳システム')).resolves.toBeUndefined();
    await expect(write('B500', '追加した行')).resolves.toBeUndefined();
    expect(valuesOf(t.runtime, '台帳_総務課')[7]?.[1]).toBe('住民基本台帳システム');
  });
});
