import ExcelJS from 'exceljs';
import { importWorkbooks } from '../../src/excel/importWorkbooks';
import type { ImportResult } from '../../src/excel/importWorkbooks';
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
      ['FILE_UNREADABLE', '壊れた.xlsx', 'not-zip'],
      ['LEDGER_NOT_FOUND', 'メモ.xlsx', null],
    ]);
    expect(r.imported.map((x) => x.sheet)).toEqual(['台帳_財政課']);
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
