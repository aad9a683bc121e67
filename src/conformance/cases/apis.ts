/**
 * APIs the adapter uses only where the host has them (each member's "API set" remark), and the workbook rules it
 * relies on (sheet names, quoted addresses, tables, validations, names).
 */
import type { ConformanceCase } from '../types';
import { outcomeOf, run, sheetOf } from '../helpers';

const gated = (id: string, title: string, version: string, source: string, call: (context: Excel.RequestContext, sheet: string, x: { scratchName(t: string): string }) => void): ConformanceCase => ({
  id,
  title,
  source,
  run: (x) =>
    run(async (context) => {
      call(context, x.sheet, x);
      return { expected: x.has(version) ? 'ok' : 'ApiNotFound', observed: await outcomeOf(context.sync()) };
    }),
});

export const apiCases: ConformanceCase[] = [
  gated('api.customProperties', 'Worksheet.customProperties は ExcelApi 1.12 から', '1.12', 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-customproperties-member', (context, sheet) =>
    void sheetOf(context, sheet).customProperties.add('DiagTag', 'x'),
  ),
  gated('api.pageBreaks', 'horizontalPageBreaks は ExcelApi 1.9 から', '1.9', 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-horizontalpagebreaks-member', (context, sheet) =>
    void sheetOf(context, sheet).horizontalPageBreaks.add('A10'),
  ),
  gated('api.copy', 'Worksheet.copy は ExcelApi 1.10 から', '1.10', 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-copy-member(1)', (context, sheet) =>
    void sheetOf(context, sheet).copy('End'),
  ),
  gated('api.dataValidation', '入力規則（ドロップダウン）は ExcelApi 1.8 から', '1.8', 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation', (context, sheet) => {
    const v = sheetOf(context, sheet).getRange('D2:D5').dataValidation;
    v.rule = { list: { inCellDropDown: true, source: 'A群,B群' } };
  }),
  {
    id: 'api.insertFromBase64',
    title: 'insertWorksheetsFromBase64 は ExcelApi 1.13 から（壊れたデータは失敗する）',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)',
    run: (x) =>
      run(async (context) => {
        context.workbook.insertWorksheetsFromBase64('AAAA');
        const code = await outcomeOf(context.sync());
        if (!x.has('1.13')) return { expected: 'ApiNotFound', observed: code };
        return { expected: 'fails', observed: code === 'ok' ? 'ok' : 'fails', note: code };
      }),
  },
  {
    id: 'sheet.badName',
    title: '使えない文字を含むシート名は InvalidArgument',
    source: 'https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9',
    run: (x) =>
      run(async (context) => {
        context.workbook.worksheets.add(x.scratchName('a[b]'));
        return { expected: 'InvalidArgument', observed: await outcomeOf(context.sync()) };
      }),
  },
  {
    id: 'sheet.duplicateName',
    title: '大文字小文字だけ違う同名のシートは ItemAlreadyExists',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)',
    run: (x) =>
      run(async (context) => {
        context.workbook.worksheets.add(x.scratchName('Dup'));
        await context.sync();
        context.workbook.worksheets.add(x.scratchName('DUP'));
        return { expected: 'ItemAlreadyExists', observed: await outcomeOf(context.sync()) };
      }),
  },
  {
    id: 'address.quoted',
    title: "空白や ' を含むシート名は address で引用符に囲まれ、' は二重になる",
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-address-member',
    run: (x) =>
      run(async (context) => {
        const name = x.scratchName("It's 課");
        const ws = context.workbook.worksheets.add(name);
        const r = ws.getRange('B2').load('address');
        await context.sync();
        return { expected: `'${name.replace(/'/g, "''")}'!B2`, observed: r.address };
      }),
  },
  {
    id: 'table.headerOnly',
    title: '見出しだけの範囲からテーブルを作ると空のデータ行が 1 行できる',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)',
    run: (x) =>
      run(async (context) => {
        const ws = sheetOf(context, x.sheet);
        ws.getRange('A1:C1').values = [['番号', '情報資産名', '内容']];
        const table = ws.tables.add(`'${x.sheet}'!A1:C1`, true);
        const body = table.getDataBodyRange().load('rowCount');
        await context.sync();
        const rows = body.rowCount;
        table.convertToRange();
        await context.sync();
        return { expected: 1, observed: rows };
      }),
  },
  {
    id: 'validation.readBack',
    title: 'リストの入力規則は rule.list.source で読み戻せる',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-rule-member',
    run: async (x) => {
      if (!x.has('1.8')) return { skipped: 'ExcelApi 1.8 がない' };
      return run(async (context) => {
        const v = sheetOf(context, x.sheet).getRange('D2:D5').dataValidation;
        v.rule = { list: { inCellDropDown: true, source: 'A群,B群' } };
        await context.sync();
        v.load('rule');
        await context.sync();
        const source = v.rule.list?.source;
        return { expected: 'A群,B群', observed: typeof source === 'string' ? source : null };
      });
    },
  },
  {
    id: 'names.constant',
    title: 'ブックの名前は add した後 getItemOrNullObject で見つかる',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)',
    run: (x) =>
      run(async (context) => {
        const name = `_診断名前_${x.sheet.slice(-6).replace(/[^A-Za-z0-9]/g, '')}`;
        context.workbook.names.add(name, `='${x.sheet}'!$A$1`, 'diagnostics');
        await context.sync();
        const found = context.workbook.names.getItemOrNullObject(name).load('name');
        await context.sync();
        const ok = !found.isNullObject && found.name === name;
        if (!found.isNullObject) found.delete();
        await context.sync();
        return { expected: true, observed: ok };
      }),
  },
];
