/**
 * Conditional formats as the findings markers use them: a custom rule read back by its formula, customOrNullObject
 * for other kinds, one format over several areas (RangeAreas, 1.9), deleting one leaves the others.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
 */
import type { ConformanceCase } from '../types';
import { outcomeOf, run, sheetOf } from '../helpers';

const CF = 'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting';
const MARKER = '=N("ledger-check:error:diag")=0';

export const formatCases: ConformanceCase[] = [
  {
    id: 'cf.customFormula',
    title: 'ユーザー設定の条件付き書式は規則の数式で読み戻せる',
    source: CF,
    run: (x) =>
      run(async (context) => {
        const cf = sheetOf(context, x.sheet).getRange('B2:B4').conditionalFormats.add('Custom');
        cf.custom.rule.formula = MARKER;
        cf.custom.format.fill.color = '#FFC7CE';
        await context.sync();
        const all = sheetOf(context, x.sheet).getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
        await context.sync();
        return { expected: [MARKER], observed: all.items.map((c) => c.customOrNullObject.rule.formula) };
      }),
  },
  {
    id: 'cf.otherKindIsNull',
    title: '値の比較などユーザー設定以外の書式では customOrNullObject が null オブジェクト',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-customornullobject-member',
    run: (x) =>
      run(async (context) => {
        const cf = sheetOf(context, x.sheet).getRange('A1:A3').conditionalFormats.add('CellValue');
        cf.cellValue.rule = { formula1: '=1', operator: 'GreaterThan' };
        await context.sync();
        const all = sheetOf(context, x.sheet).getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
        await context.sync();
        return { expected: [true], observed: all.items.map((c) => c.customOrNullObject.isNullObject) };
      }),
  },
  {
    id: 'cf.deleteOne',
    title: '一つを delete しても他の条件付き書式は残る',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-delete-member(1)',
    run: (x) =>
      run(async (context) => {
        const ws = sheetOf(context, x.sheet);
        const mine = ws.getRange('A1').conditionalFormats.add('Custom');
        mine.custom.rule.formula = MARKER;
        const theirs = ws.getRange('A1:C3').conditionalFormats.add('Custom');
        theirs.custom.rule.formula = '=A1>1';
        await context.sync();
        mine.delete();
        await context.sync();
        const all = ws.getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
        await context.sync();
        return { expected: ['=A1>1'], observed: all.items.map((c) => c.customOrNullObject.rule.formula) };
      }),
  },
  {
    id: 'cf.overRangeAreas',
    title: 'getRanges の RangeAreas に追加した条件付き書式は一つで、すべての範囲に効く（ExcelApi 1.9）',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-conditionalformats-member',
    run: (x) =>
      run(async (context) => {
        if (!x.has('1.9')) {
          sheetOf(context, x.sheet).getRanges('A1:A3, C5');
          return { expected: 'ApiNotFound', observed: await outcomeOf(context.sync()) };
        }
        const cf = sheetOf(context, x.sheet).getRanges('A1:A3, C5, E7:F8').conditionalFormats.add('Custom');
        cf.custom.rule.formula = MARKER;
        await context.sync();
        const all = sheetOf(context, x.sheet).getRange().conditionalFormats.load('items/type');
        const areas = cf.getRanges().load('areaCount');
        await context.sync();
        return { expected: [1, 3], observed: [all.items.length, areas.areaCount] };
      }),
  },
  {
    id: 'cf.getRangeSeveralAreas',
    title: '複数の範囲に効く条件付き書式の getRange は失敗する（getRanges を使う）',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-getrange-member(1)',
    run: async (x) => {
      if (!x.has('1.9')) return { skipped: 'ExcelApi 1.9 がない' };
      return run(async (context) => {
        const cf = sheetOf(context, x.sheet).getRanges('A1, C3').conditionalFormats.add('Custom');
        cf.custom.rule.formula = MARKER;
        await context.sync();
        cf.getRange().load('address');
        const code = await outcomeOf(context.sync());
        return { expected: 'fails', observed: code === 'ok' ? 'ok' : 'fails', note: code };
      });
    },
  },
];
