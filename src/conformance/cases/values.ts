/**
 * How Excel reads text written to `values` (what the adapter must guard with number format '@'), and number
 * formats written as one value for a whole range.
 * https://support.microsoft.com/en-us/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 */
import type { ConformanceCase, Json } from '../types';
import { run, sheetOf } from '../helpers';

const TYPING = 'https://support.microsoft.com/en-us/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8';
const SET_VALUES = 'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values';

/** Write one text to A1 of the scratch sheet (optionally formatted first) and read value and type back. */
async function typed(sheet: string, text: string, format?: string): Promise<[Json, string]> {
  return run(async (context) => {
    const cell = sheetOf(context, sheet).getRange('A1');
    if (format !== undefined) cell.numberFormat = [[format]];
    cell.values = [[text]];
    cell.load('values, valueTypes');
    await context.sync();
    return [cell.values[0]?.[0] as Json, String(cell.valueTypes[0]?.[0])];
  });
}

const reread = (id: string, title: string, text: string, expected: [Json, string]): ConformanceCase => ({
  id,
  title,
  source: TYPING,
  run: async (x) => ({ expected, observed: await typed(x.sheet, text) }),
});

export const valueCases: ConformanceCase[] = [
  reread('values.number', "'12' は数値 12 になる", '12', [12, 'Double']),
  reread('values.exponent', "'1e5' は指数表記の数値 100000 になる", '1e5', [100000, 'Double']),
  reread('values.boolean', "'TRUE' は真偽値になる", 'TRUE', [true, 'Boolean']),
  reread('values.apostrophe', "先頭のアポストロフィ（'x）は消えて文字列 x になる", "'x", ['x', 'String']),
  reread('values.date', "'2024/4/1' は日付のシリアル値 45383 になる", '2024/4/1', [45383, 'Double']),
  reread('values.time', "'12:30' は時刻 0.5208… になる", '12:30', [0.5208333333333334, 'Double']),
  reread('values.error', "'#N/A' はエラー値になる", '#N/A', ['#N/A', 'Error']),
  {
    id: 'values.formula',
    title: "'=' で始まる文字列は数式になる",
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member',
    run: (x) =>
      run(async (context) => {
        const cell = sheetOf(context, x.sheet).getRange('A1');
        cell.values = [['=SUM(B1)']];
        cell.load('formulas');
        await context.sync();
        return { expected: '=SUM(B1)', observed: cell.formulas[0]?.[0] as Json };
      }),
  },
  {
    id: 'values.textFormatKeeps',
    title: "書式 '@' のセルでは '=1+1', '0012', '2024/4/1', '1e5', 'TRUE', '12:30' が文字列のまま",
    source: SET_VALUES,
    run: (x) =>
      run(async (context) => {
        const texts = ['=1+1', '0012', '2024/4/1', '1e5', 'TRUE', '12:30'];
        const r = sheetOf(context, x.sheet).getRange('A1:F1');
        r.numberFormat = [texts.map(() => '@')];
        r.values = [texts];
        r.load('values, valueTypes');
        await context.sync();
        return { expected: [texts, texts.map(() => 'String')], observed: [r.values[0] as Json, r.valueTypes[0] as Json] };
      }),
  },
  {
    id: 'values.numberInTextCell',
    title: "書式 '@' のセルに数値(number)を書くと数値のまま",
    source: SET_VALUES,
    run: (x) =>
      run(async (context) => {
        const cell = sheetOf(context, x.sheet).getRange('A1');
        cell.numberFormat = [['@']];
        cell.values = [[12]];
        cell.load('values, valueTypes');
        await context.sync();
        return { expected: [12, 'Double'], observed: [cell.values[0]?.[0] as Json, String(cell.valueTypes[0]?.[0])] };
      }),
  },
  {
    id: 'format.singleValueFillsRange',
    title: "numberFormat に '@' を一つ書くと範囲の全セルに効く（列の範囲ごとの書式設定）",
    source: SET_VALUES,
    run: (x) =>
      run(async (context) => {
        const r = sheetOf(context, x.sheet).getRange('B2:C4');
        (r as unknown as { numberFormat: unknown }).numberFormat = '@';
        r.values = [['=1+1', '0012'], ['2024/4/1', '1e5'], ['TRUE', '-会議']];
        r.load('numberFormat, valueTypes');
        await context.sync();
        const formats: unknown[][] = r.numberFormat;
        const types: string[][] = r.valueTypes;
        return { expected: [3, true, true], observed: [formats.length, formats.flat().every((f) => f === '@'), types.flat().every((t) => t === 'String')] };
      }),
  },
  {
    id: 'values.singleValueFillsRange',
    title: 'values に値を一つ書くと範囲の全セルに入る',
    source: SET_VALUES,
    run: (x) =>
      run(async (context) => {
        const r = sheetOf(context, x.sheet).getRange('A1:B2');
        (r as unknown as { values: unknown }).values = 'x';
        r.load('values');
        await context.sync();
        return { expected: [['x', 'x'], ['x', 'x']], observed: r.values as Json };
      }),
  },
];
