// 様式を台帳に変換 (SPEC §1.3) on the in-memory runtime: the new 台帳_{課} sheet as 台帳を挿入 makes it, filled with
// the forms' rows; the forms untouched; the round trips counted.
import { checkWorkbook } from '../../src/excel/check';
import { upgradeForms } from '../../src/excel/upgrade';
import type { SimSheet } from '../../src/preview/runtime/model';
import { book, ledgerRows, MB4, measure, valuesOf } from './support';
import type { TestBook, TestCell } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

const TODAY = '2026-11-25';

/** A 別記様式 sheet: title, the 群－レベル line, the three-column header, the rows. */
function form(department: string, line: string | null, rows: readonly (readonly TestCell[])[]): TestCell[][] {
  return [[`情報資産台帳（${department}）`], [line], ['番号', '情報資産名', '内容'], ...rows.map((r) => [...r])];
}

/** Everything of a sheet a conversion could change, as one comparable value. */
function state(sheet: SimSheet | undefined): string {
  if (!sheet) return 'missing';
  const { name, rows, merges, validations, conditionalFormats, freeze, protection, colWidths, colFormats, customProps } = sheet;
  return JSON.stringify({ name, rows, merges, validations, conditionalFormats, freeze, protection, colWidths: [...colWidths], colFormats: [...colFormats], customProps: [...customProps] });
}

const SOUMU = {
  総務A2: form('総務課', '（A群－レベル2）', [[1, '文書管理システム', '=庁内文書の電子決裁']]),
  総務A1: form('総務課', '（A群－レベル1）', [
    [1, '住民記録システム', '住民基本台帳'],
    [2, '人事給与システム', { text: '0012' }],
  ]),
  総務B2: form('総務課', '（B群－レベル2）', [[1, '会議録綴り', '庁内会議の記録']]),
};

describe('様式を台帳に変換', () => {
  test('three forms of 総務課 become 台帳_総務課: A1, A2, B2 order, 群 and レベル carried, renumbered, as text — in 3 syncs', async () => {
    t = book(SOUMU);
    const before = Object.keys(SOUMU).map((n) => state(t.runtime.workbook.sheetByName(n)));
    t.runtime.stats.reset();
    const r = await upgradeForms({ today: TODAY });
    expect(measure(t.runtime).syncs).toBe(3);
    expect(r).toEqual({
      status: 'converted',
      created: [{ department: '総務課', sheet: '台帳_総務課', sources: ['総務A1', '総務A2', '総務B2'], rows: 4, renumbered: true, unclassified: 0 }],
      existing: [],
      skipped: [],
    });

    const values = valuesOf(t.runtime, '台帳_総務課');
    expect(values[0]?.[0]).toBe('情報資産台帳（総務課）');
    expect(values[1]?.slice(0, 4)).toEqual(['課名', '総務課', '更新日', 46351]);
    expect(values.slice(6, 11).map((row) => row.slice(0, 6))).toEqual([
      ['番号', '情報資産名', '内容', '群', 'レベル', '備考'],
      [1, '住民記録システム', '住民基本台帳', 'A群', 'レベル1', ''],
      [2, '人事給与システム', '0012', 'A群', 'レベル1', ''],
      [3, '文書管理システム', '=庁内文書の電子決裁', 'A群', 'レベル2', ''],
      [4, '会議録綴り', '庁内会議の記録', 'B群', 'レベル2', ''],
    ]);
    expect(values.length).toBe(11);
    const sheet = t.runtime.workbook.sheetByName('台帳_総務課')!;
    // Formula-looking text stays text: no formula, a text format.
    expect(sheet.cell(9, 2)).toMatchObject({ v: '=庁内文書の電子決裁', nf: '@' });
    expect(sheet.cell(9, 2)?.f).toBeUndefined();
    expect(sheet.cell(7, 0)?.nf).toBeUndefined();

    // Made as 台帳を挿入 makes it: the table over the rows, the dropdowns on them, frozen header, the tag.
    const table = t.runtime.workbook.tables.find((x) => x.sheet === sheet)!;
    expect(table.rect).toEqual({ r0: 6, c0: 0, r1: 10, c1: 5 });
    expect(sheet.validations.map((v) => [v.rect.c0, v.rect.r0, v.rect.r1, v.rule])).toEqual([
      [0, 7, 10, { wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } }],
      [3, 7, 10, { list: { inCellDropDown: true, source: 'A群,B群' } }],
      [4, 7, 10, { list: { inCellDropDown: true, source: 'レベル1,レベル2' } }],
    ]);
    expect(sheet.freeze).toEqual({ rows: 7, cols: 0 });
    expect(sheet.customProps.get('ledgertag')?.value).toBe('LEDGER-TAG {"policyId":"hanamaki","templateVersion":"1","department":"総務課"}');
    expect(t.runtime.workbook.activeSheet).toBe(sheet);

    // The originals: same sheets, same order, same content.
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['総務A2', '総務A1', '総務B2', '台帳_総務課']);
    expect(Object.keys(SOUMU).map((n) => state(t.runtime.workbook.sheetByName(n)))).toEqual(before);
  });

  test('the converted ledger checks as a template ledger of 総務課 with every asset classified', async () => {
    t = book(SOUMU);
    await upgradeForms({ today: TODAY });
    const check = await checkWorkbook({ today: TODAY });
    if (check.status !== 'checked') throw new Error(check.detail);
    const converted = check.result.ledgers.find((l) => l.sheet === '台帳_総務課')!;
    expect([converted.layout, converted.department, converted.tagged]).toEqual(['template', '総務課', true]);
    expect(converted.assets.map((a) => [a.number, a.text.name, a.group, a.level])).toEqual([
      [1, '住民記録システム', 'A群', 'レベル1'],
      [2, '人事給与システム', 'A群', 'レベル1'],
      [3, '文書管理システム', 'A群', 'レベル2'],
      [4, '会議録綴り', 'B群', 'レベル2'],
    ]);
    const onConverted = check.result.issues.filter((i) => i.location.sheet === '台帳_総務課').map((i) => i.code);
    expect(onConverted.filter((c) => ['NUMBER_DUPLICATE', 'GROUP_INVALID', 'LEVEL_INVALID', 'REQUIRED_EMPTY', 'NUMBER_INVALID'].includes(c))).toEqual([]);
  });

  test('forms of two 課: each gets its own ledger sheet, table and tag name; the first made is shown', async () => {
    t = book({
      ...SOUMU,
      企画A1: form('企画課', '（A群－レベル1）', [[1, '統計システム', '人口統計']]),
    });
    t.runtime.stats.reset();
    const r = await upgradeForms({ today: TODAY });
    expect(measure(t.runtime).syncs).toBe(3);
    if (r.status !== 'converted') throw new Error(r.status);
    expect(r.created.map((c) => [c.department, c.sheet, c.rows, c.renumbered])).toEqual([
      ['総務課', '台帳_総務課', 4, true],
      ['企画課', '台帳_企画課', 1, false],
    ]);
    expect(valuesOf(t.runtime, '台帳_企画課')[7]?.slice(0, 6)).toEqual([1, '統計システム', '人口統計', 'A群', 'レベル1', '']);
    const wb = t.runtime.workbook;
    expect(new Set(wb.tables.map((x) => x.name)).size).toBe(2);
    expect(wb.names.map((n) => n.name)).toEqual(['LedgerTag_1', 'LedgerTag_2']);
    expect(wb.activeSheet?.name).toBe('台帳_総務課');
  });

  test('a 課 that already has a template ledger is not overwritten: reported and shown; another 課 is still converted', async () => {
    const ledger = ledgerRows('総務課', [[1, '既存の資産', '手入力', 'A群', 'レベル1']]);
    t = book({ ...SOUMU, 台帳_総務課: ledger, 企画A1: form('企画課', '（A群－レベル1）', [[1, '統計システム', '人口統計']]) });
    const before = state(t.runtime.workbook.sheetByName('台帳_総務課'));
    const r = await upgradeForms({ today: TODAY });
    expect(r).toMatchObject({
      status: 'converted',
      created: [{ department: '企画課', sheet: '台帳_企画課' }],
      existing: [{ department: '総務課', sheet: '台帳_総務課' }],
    });
    expect(state(t.runtime.workbook.sheetByName('台帳_総務課'))).toBe(before);
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['総務A2', '総務A1', '総務B2', '台帳_総務課', '企画A1', '台帳_企画課']);
  });

  test('when every 課 already has a ledger nothing is written and the user is taken to it', async () => {
    t = book({ ...SOUMU, 総務課の台帳: ledgerRows('総務課', [[1, '既存の資産', '手入力', 'A群', 'レベル1']]) });
    t.runtime.stats.reset();
    const r = await upgradeForms({ today: TODAY });
    expect(r).toEqual({ status: 'converted', created: [], existing: [{ department: '総務課', sheet: '総務課の台帳' }], skipped: [] });
    expect(measure(t.runtime).syncs).toBe(3);
    expect(t.runtime.workbook.sheets).toHaveLength(4);
    expect(t.runtime.workbook.activeSheet?.name).toBe('総務課の台帳');
  });

  test('a form already named 台帳_{課} is not taken for a ledger: the new one gets (2); a second run finds it and makes nothing', async () => {
    t = book({
      台帳_総務課: [['情報資産台帳（総務課）'], ['更新日', { date: 45748 }], ['（A群－レベル1）'], ['番号', '情報資産名', '内容'], [1, '住民記録システム', '住民基本台帳']],
    });
    const first = await upgradeForms({ today: TODAY });
    expect(first).toMatchObject({ status: 'converted', created: [{ sheet: '台帳_総務課(2)', rows: 1, renumbered: false }], existing: [] });
    // 更新日 is the form's (the content is as of then), not the day of the conversion.
    expect(valuesOf(t.runtime, '台帳_総務課(2)')[1]?.slice(2, 4)).toEqual(['更新日', 45748]);
    const second = await upgradeForms({ today: TODAY });
    expect(second).toEqual({ status: 'converted', created: [], existing: [{ department: '総務課', sheet: '台帳_総務課(2)' }], skipped: [] });
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['台帳_総務課', '台帳_総務課(2)']);
  });

  test('no form sheets: nothing to convert; a form whose 課 is unknown is named', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '資産', '内容', 'A群', 'レベル1']]) });
    t.runtime.stats.reset();
    expect(await upgradeForms({ today: TODAY })).toEqual({ status: 'none', skipped: [] });
    expect(measure(t.runtime).syncs).toBe(2);
    t.uninstall();
    t = book({ 様式: form('　　課', '（A群－レベル1）', [[1, '資産', '内容']]) });
    expect(await upgradeForms({ today: TODAY })).toEqual({ status: 'none', skipped: ['様式'] });
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['様式']);
  });

  test('forms longer than 30 rows cost one read sync more; big forms are written in batches under 4 MB', async () => {
    const rows = (n: number, pad: number) => Array.from({ length: n }, (_, i): TestCell[] => [i + 1, `資産${i}`, `業務の記録${i}${'あ'.repeat(pad)}`]);
    t = book({ A1: form('総務課', '（A群－レベル1）', rows(40, 0)) });
    t.runtime.stats.reset();
    await upgradeForms({ today: TODAY });
    expect(measure(t.runtime).syncs).toBe(4);
    expect(valuesOf(t.runtime, '台帳_総務課')[46]?.slice(0, 5)).toEqual([40, '資産39', '業務の記録39', 'A群', 'レベル1']);
    t.uninstall();

    t = book({ A1: form('総務課', '（A群－レベル1）', rows(6000, 400)), B2: form('総務課', '（B群－レベル2）', rows(6000, 400)) });
    t.runtime.stats.reset();
    const r = await upgradeForms({ today: TODAY });
    const m = measure(t.runtime);
    expect(r).toMatchObject({ status: 'converted', created: [{ rows: 12000, renumbered: true }] });
    expect(m.maxBytes).toBeLessThanOrEqual(MB4);
    // The read and the write each move about 15 MB: a handful of syncs, not one per sheet or row.
    expect(m.syncs).toBeGreaterThan(4);
    expect(m.syncs).toBeLessThanOrEqual(4 + Math.ceil(m.bytes / MB4));
    expect(valuesOf(t.runtime, '台帳_総務課')[7 + 11999]?.slice(0, 5)).toEqual([12000, '資産5999', `業務の記録5999${'あ'.repeat(400)}`, 'B群', 'レベル2']);
  });

  test('when Excel refuses part of the write, no half-made ledger or tag name is left and the forms are as they were', async () => {
    t = book(SOUMU);
    const before = Object.keys(SOUMU).map((n) => state(t.runtime.workbook.sheetByName(n)));
    const proto = (await t.runtime.run(async (context) => Object.getPrototypeOf(context.workbook.worksheets.getItem('総務A1').tables))) as { add: unknown };
    const add = proto.add;
    proto.add = () => {
      throw Object.assign(new Error('refused'), { code: 'InvalidArgument' });
    };
    try {
      expect(await upgradeForms({ today: TODAY })).toMatchObject({ status: 'failed', kind: 'unexpected' });
    } finally {
      proto.add = add;
    }
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['総務A2', '総務A1', '総務B2']);
    expect(t.runtime.workbook.names).toEqual([]);
    expect(Object.keys(SOUMU).map((n) => state(t.runtime.workbook.sheetByName(n)))).toEqual(before);
  });

  test('cell-edit mode is reported as the message to finish editing', async () => {
    t = book(SOUMU);
    t.runtime.setCellEditMode(true);
    expect(await upgradeForms({ today: TODAY })).toMatchObject({ status: 'failed', kind: 'cellEditMode' });
  });
});
