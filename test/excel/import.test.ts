import ExcelJS from 'exceljs';
import { importWorkbooks } from '../../src/excel/importWorkbooks';
import type { ImportResult } from '../../src/excel/importWorkbooks';
import { fixture } from '../xlsx/fixture-files';
import { book, MB4, valuesOf } from './support';
import type { TestBook } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

const now = new Date(2026, 10, 25, 9, 0, 0);

/** A department file: one canonical ledger sheet (plus any extra sheets), as exceljs writes it. */
async function departmentFile(department: string, assets: (string | number)[][], extra: Record<string, (string | number)[][]> = {}, sheetName = `台帳_${department}`): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRows([[`情報資産台帳（${department}）`], ['課名', department], [], [], ['番号', '情報資産名', '内容', '群', 'レベル', '備考'], ...assets]);
  for (const [name, rows] of Object.entries(extra)) wb.addWorksheet(name).addRows(rows);
  const buffer = await wb.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

/** The bytes as the picker hands them over (an ArrayBuffer of their own). */
const toBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

function imported(r: ImportResult) {
  if (r.status !== 'imported') throw new Error(JSON.stringify(r));
  return r;
}

describe.each([
  ['natively (ExcelApi 1.13: insertWorksheetsFromBase64)', '1.13', true],
  ['by parsing in the task pane (ExcelApi 1.12)', '1.12', false],
])('部署ファイルを取り込む %s', (_label, version, native) => {
  test('brings in only the ledger sheets; a clash with the user’s own sheet gets a suffix, never overwrites it', async () => {
    t = book({ 台帳_総務課: [['私のシート']] }, { ExcelApi: version });
    const file = await departmentFile('総務課', [[1, '会議録', '=課内会議の記録', 'A群', 'レベル2']], { メモ: [['番号なし']] });
    const r = imported(await importWorkbooks({ files: [{ name: '総務課.xlsx', data: file }], now }));
    expect(r.native).toBe(native);
    expect(r.imported).toEqual([{ file: '総務課.xlsx', sourceSheet: '台帳_総務課', sheet: '台帳_総務課(2)', department: '総務課', replaced: null }]);
    expect(r.issues).toEqual([]);
    expect(valuesOf(t.runtime, '台帳_総務課')).toEqual([['私のシート']]);
    expect(valuesOf(t.runtime, '台帳_総務課(2)')[5]).toEqual([1, '会議録', '=課内会議の記録', 'A群', 'レベル2']);
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['台帳_総務課', '台帳_総務課(2)', '_取込記録']);
    expect(valuesOf(t.runtime, '_取込記録')).toEqual([
      ['シート', '元ファイル', '元シート', '課', '取込日時'],
      ['台帳_総務課(2)', '総務課.xlsx', '台帳_総務課', '総務課', '2026-11-25 09:00:00'],
    ]);
  });

  test('re-importing a 課 replaces only the copy the earlier import made, and only after confirmation', async () => {
    t = book({ Sheet1: [['メモ']] }, { ExcelApi: version });
    await importWorkbooks({ files: [{ name: '総務課.xlsx', data: await departmentFile('総務課', [[1, '会議録', '古い内容', 'A群', 'レベル2']]) }], now });
    const newer = await departmentFile('総務課', [[1, '会議録', '新しい内容', 'A群', 'レベル2']]);
    const ask = await importWorkbooks({ files: [{ name: '総務課_改訂.xlsx', data: newer }], now });
    expect(ask).toMatchObject({ status: 'needsConfirmation', replacements: [{ sheet: '台帳_総務課', department: '総務課', file: '総務課.xlsx' }] });
    expect(valuesOf(t.runtime, '台帳_総務課')[5]?.[2]).toBe('古い内容');

    const r = imported(await importWorkbooks({ files: [{ name: '総務課_改訂.xlsx', data: newer }], confirmReplace: true, now }));
    expect(r.imported).toEqual([{ file: '総務課_改訂.xlsx', sourceSheet: '台帳_総務課', sheet: '台帳_総務課', department: '総務課', replaced: '台帳_総務課' }]);
    expect(valuesOf(t.runtime, '台帳_総務課')[5]?.[2]).toBe('新しい内容');
    expect(t.runtime.workbook.sheets.map((s) => s.name).sort()).toEqual(['Sheet1', '_取込記録', '台帳_総務課']);
    expect(valuesOf(t.runtime, '_取込記録').slice(1).map((row) => row.slice(0, 2))).toEqual([['台帳_総務課', '総務課_改訂.xlsx']]);
  });

  test('unreadable files and files without a ledger are issues; the other files still come in', async () => {
    t = book({ Sheet1: [] }, { ExcelApi: version });
    const noLedger = new ExcelJS.Workbook();
    noLedger.addWorksheet('メモ').addRow(['ただのメモ']);
    const r = imported(
      await importWorkbooks({
        files: [
          { name: '壊れた.xlsx', data: new TextEncoder().encode('これは Excel ではありません').buffer as ArrayBuffer },
          { name: 'メモ.xlsx', data: (await noLedger.xlsx.writeBuffer()) as ArrayBuffer },
          { name: '財政課.xlsx', data: await departmentFile('財政課', [[1, '予算書', '当初予算', 'B群', 'レベル2']]) },
        ],
        now,
      }),
    );
    expect(r.issues.map((i) => [i.code, i.location.file, i.params['reason'] ?? null])).toEqual([
      ['FILE_UNREADABLE', '壊れた.xlsx', 'text-misnamed'],
      ['LEDGER_NOT_FOUND', 'メモ.xlsx', null],
    ]);
    expect(r.imported.map((x) => x.sheet)).toEqual(['台帳_財政課']);
  });
});

describe.each([
  ['1.13', 'native insert available'],
  ['1.12', 'parsing only'],
])('部署ファイルを取り込む .csv and .ods (ExcelApi %s, %s): always by parsing', (version) => {
  test('a Shift_JIS CSV: its values land as text (0007 stays 0007), and the result says how it was read', async () => {
    t = book({ Sheet1: [] }, { ExcelApi: version });
    const r = imported(await importWorkbooks({ files: [{ name: '人事課.csv', data: toBuffer(fixture('jinji-csv-sjis.csv')) }], now }));
    expect(r.native).toBe(false);
    expect(r.imported).toEqual([{ file: '人事課.csv', sourceSheet: '人事課', sheet: '人事課', department: '人事課', replaced: null }]);
    expect(r.readAs).toEqual([{ file: '人事課.csv', format: 'csv', encoding: 'Shift_JIS' }]);
    expect(valuesOf(t.runtime, '人事課').slice(3, 6)).toEqual([
      ['番号', '情報資産名', '内容', '群', 'レベル', '備考'],
      // 備考 is empty here; its column run is formatted '@' (a cell with a format and no value reads as '').
      ['0007', '職員名簿（髙橋・山﨑を含む）', '氏名, 所属', 'A群', 'レベル1', ''],
      ['8', 'ｶﾞｲﾌﾞ委託契約書', '契約書の原本\n（紙）', 'B群', 'レベル１', '①注記'],
    ]);
    expect(t.runtime.workbook.sheets.find((x) => x.name === '人事課')?.numberFormatOf(4, 0)).toBe('@');
  });

  test('an .ods beside an .xlsx: the .ods by values with its merges, the .xlsx natively where the host can', async () => {
    t = book({ Sheet1: [] }, { ExcelApi: version });
    const files = [
      { name: '環境課.ods', data: toBuffer(fixture('merges-kankyo.ods')) },
      { name: '財政課.xlsx', data: await departmentFile('財政課', [[1, '予算書', '当初予算', 'B群', 'レベル2']]) },
    ];
    const r = imported(await importWorkbooks({ files, now }));
    expect(r.native).toBe(false);
    expect(r.readAs).toEqual([{ file: '環境課.ods', format: 'ods', encoding: null }]);
    expect(r.imported.map((x) => x.sheet)).toEqual(['台帳_環境課', '台帳_財政課']);
    expect(valuesOf(t.runtime, '台帳_環境課')[4]).toEqual([1, 'ごみ収集台帳', '収集の記録（紙の簿冊）', 'B群', 'レベル2', '']);
    expect(t.runtime.workbook.sheets.find((x) => x.name === '台帳_環境課')?.merges).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 5 },
      { r0: 4, c0: 3, r1: 5, c1: 3 },
      { r0: 6, c0: 5, r1: 8, c1: 5 },
    ]);
    expect(valuesOf(t.runtime, '台帳_財政課')[5]).toEqual([1, '予算書', '当初予算', 'B群', 'レベル2']);
  });

  test('.xls, .xlsb and HTML are refused with their reasons; the CSV beside them still comes in', async () => {
    t = book({ Sheet1: [] }, { ExcelApi: version });
    const r = imported(
      await importWorkbooks({
        files: [
          { name: '古い.xls', data: toBuffer(fixture('canonical-somu-libreoffice.xls')) },
          { name: 'web.xls', data: toBuffer(new TextEncoder().encode('<html><body><table><tr><td>1</td></tr></table></body></html>')) },
          { name: '人事課.csv', data: toBuffer(fixture('jinji-csv-utf8.csv')) },
        ],
        now,
      }),
    );
    expect(r.issues.map((i) => [i.code, i.location.file, i.params['reason'] ?? null])).toEqual([
      ['FILE_UNREADABLE', '古い.xls', 'xls'],
      ['FILE_UNREADABLE', 'web.xls', 'html'],
    ]);
    expect(r.readAs).toEqual([{ file: '人事課.csv', format: 'csv', encoding: 'UTF-8' }]);
  });
});

test('a file whose base64 would pass the sync limit is written by values even where native insert is available', async () => {
  t = book({ Sheet1: [] }, { ExcelApi: '1.13' });
  // Random text does not compress: about 4 MB of it makes an .xlsx of about 3 MB.
  let seed = 7;
  const noise = (n: number) => Array.from({ length: n }, () => ((seed = (seed * 48271) % 2147483647), String.fromCharCode(33 + (seed % 90)))).join('');
  const assets = Array.from({ length: 1300 }, (_, i) => [i + 1, `資産${i + 1}`, noise(3000), 'A群', 'レベル2']);
  const big = await departmentFile('財政課', assets);
  expect(big.byteLength).toBeGreaterThan(2_900_000);
  const small = await departmentFile('総務課', [[1, '会議録', '課内会議の記録', 'A群', 'レベル2']]);
  const r = imported(await importWorkbooks({ files: [{ name: '財政課.xlsx', data: big }, { name: '総務課.xlsx', data: small }], now }));
  expect(r.native).toBe(false);
  expect(r.imported.map((x) => x.sheet)).toEqual(['台帳_財政課', '台帳_総務課']);
  expect(valuesOf(t.runtime, '台帳_財政課')[1304]?.slice(0, 2)).toEqual([1300, '資産1300']);
  expect(Math.max(...t.runtime.stats.syncBytes)).toBeLessThanOrEqual(MB4);
}, 60_000);


describe('native import, one file per sync (insertWorksheetsFromBase64 requests add up)', () => {
  // Random text does not compress: about 1,000 rows of 2,300 characters make an .xlsx of about 2.3 MB.
  const noisyFile = async (department: string, seedStart: number) => {
    let seed = seedStart;
    const noise = (n: number) => Array.from({ length: n }, () => ((seed = (seed * 48271) % 2147483647), String.fromCharCode(33 + (seed % 90)))).join('');
    return departmentFile(department, Array.from({ length: 1000 }, (_, i) => [i + 1, `資産${i + 1}`, noise(2300), 'A群', 'レベル2']));
  };

  test('two department files of about 2.3 MB each come in natively, each in its own sync under the limit', async () => {
    t = book({ Sheet1: [] }, { ExcelApi: '1.13' });
    const a = await noisyFile('総務課', 11);
    const b = await noisyFile('財政課', 29);
    for (const f of [a, b]) expect(f.byteLength).toBeGreaterThan(2_000_000);
    const r = imported(await importWorkbooks({ files: [{ name: '総務課.xlsx', data: a }, { name: '財政課.xlsx', data: b }], now }));
    expect(r.native).toBe(true);
    expect(r.imported.map((x) => x.sheet)).toEqual(['台帳_総務課', '台帳_財政課']);
    expect(valuesOf(t.runtime, '台帳_財政課')[1004]?.slice(0, 2)).toEqual([1000, '資産1000']);
    expect(Math.max(...t.runtime.stats.syncBytes)).toBeLessThanOrEqual(MB4);
  }, 120_000);

  test('an insert Excel applies while its sync rejects (office-js #3179) is reconciled by id, not written twice', async () => {
    t = book({ 台帳_総務課: [['私のシート']] }, { ExcelApi: '1.13' });
    const a = await departmentFile('総務課', [[1, '会議録', '課内会議の記録', 'A群', 'レベル2']]);
    const b = await departmentFile('財政課', [[1, '予算書', '当初予算', 'A群', 'レベル2']]);
    t.runtime.rejectAfterApplying('insertWorksheetsFromBase64');
    const r = imported(await importWorkbooks({ files: [{ name: '総務課.xlsx', data: a }, { name: '財政課.xlsx', data: b }], now }));
    expect(r.imported.map((x) => x.sheet)).toEqual(['台帳_総務課(2)', '台帳_財政課']);
    expect(t.runtime.workbook.sheets.map((s) => s.name)).toEqual(['台帳_総務課', '台帳_総務課(2)', '台帳_財政課', '_取込記録']);
    expect(valuesOf(t.runtime, '台帳_総務課(2)')[5]).toEqual([1, '会議録', '課内会議の記録', 'A群', 'レベル2']);
    expect(valuesOf(t.runtime, '_取込記録').slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['台帳_総務課(2)', '総務課.xlsx', '台帳_総務課'],
      ['台帳_財政課', '財政課.xlsx', '台帳_財政課'],
    ]);
  });

  test('a form-layout 課 with several sheets: each inserted sheet is matched by its name, not by position', async () => {
    t = book({ Sheet1: [] }, { ExcelApi: '1.13' });
    const form = (category: string, name: string): (string | number)[][] => [[`情報資産台帳（企画課）（${category}）`], ['番号', '情報資産名', '内容'], [1, name, '説明']];
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A1').addRows(form('Ａ群―レベル１', '住民記録'));
    wb.addWorksheet('B2').addRows(form('Ｂ群―レベル２', '広報誌'));
    const file = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    const r = imported(await importWorkbooks({ files: [{ name: '企画課.xlsx', data: file }], now }));
    expect(r.native).toBe(true);
    expect(r.imported.map((x) => [x.sourceSheet, x.sheet])).toEqual([['A1', '企画課_A1'], ['B2', '企画課_B2']]);
    expect(valuesOf(t.runtime, '企画課_A1')[2]?.[1]).toBe('住民記録');
    expect(valuesOf(t.runtime, '企画課_B2')[2]?.[1]).toBe('広報誌');
  });
});

test.each(['1.12', '1.13'])('imported form sheets keep their 課 in the name; a sheet whose name has it is left as it is (ExcelApi %s)', async (version) => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  t = book({ Sheet1: [] }, { ExcelApi: version });
  const form = readFileSync(join(__dirname, '..', 'fixtures', 'form-kikaku.xlsx'));
  const r = imported(
    await importWorkbooks({
      files: [
        { name: 'form-kikaku.xlsx', data: form.buffer.slice(form.byteOffset, form.byteOffset + form.byteLength) },
        { name: '総務課.xlsx', data: await departmentFile('総務課', [[1, '会議録', '内容', 'B群', 'レベル2']]) },
      ],
      now,
    }),
  );
  expect(r.imported.map((i) => [i.sourceSheet, i.sheet])).toEqual([
    ['A群－レベル1', '企画課_A群－レベル1'],
    ['A群－レベル2', '企画課_A群－レベル2'],
    ['B群－レベル1', '企画課_B群－レベル1'],
    ['B群－レベル2', '企画課_B群－レベル2'],
    ['台帳_総務課', '台帳_総務課'],
  ]);
  expect(t.runtime.workbook.sheets.map((s) => s.name).filter((n) => !n.startsWith('_'))).toEqual([
    'Sheet1',
    '企画課_A群－レベル1',
    '企画課_A群－レベル2',
    '企画課_B群－レベル1',
    '企画課_B群－レベル2',
    '台帳_総務課',
  ]);
});
