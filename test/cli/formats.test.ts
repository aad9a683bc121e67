import { readXlsx } from '../../src/xlsx/read';
import { MemoryFs, fixtureBytes, memoryIo } from './memory-io';
import { brief, run, runJson } from './run';

/** The CLI over the formats departments send besides .xlsx: CSV (here Shift_JIS, as LibreOffice exports it) and .ods. */

function departments(): MemoryFs {
  return new MemoryFs()
    .put('人事課.csv', fixtureBytes('jinji-csv-sjis.csv'))
    .put('環境課.ods', fixtureBytes('merges-kankyo.ods'))
    .put('old.xls', fixtureBytes('canonical-somu-libreoffice.xls'));
}

describe('ledger validate and consolidate read .csv and .ods', () => {
  test('validate: each file says the format it was read as (and a CSV its encoding); the findings as for .xlsx', async () => {
    const { status, report } = await runJson(memoryIo(departments()), 'validate', '人事課.csv', '環境課.ods', 'old.xls', '--today', '2025-06-01');
    expect(status).toBe(1);
    expect(report.files).toEqual([
      {
        path: '人事課.csv',
        format: 'csv',
        encoding: 'Shift_JIS',
        // The sheet is named after the file; the 課 comes from the title 情報資産台帳（人事課）.
        ledgers: [{ sheet: '人事課', department: '人事課', layout: 'template', group: null, level: null, assets: 4 }],
      },
      { path: '環境課.ods', format: 'ods', encoding: null, ledgers: [{ sheet: '台帳_環境課', department: '環境課', layout: 'template', group: null, level: null, assets: 5 }] },
      { path: 'old.xls', format: null, encoding: null, ledgers: [] },
    ]);
    expect(brief(report)).toEqual([
      // 0007 is a text 番号 of ASCII digits: canonical, no finding.
      'VALUE_NOT_CANONICAL warning 人事課.csv 人事課!E6 人事課',
      'LEVEL1_SUSPECTED warning 人事課.csv 人事課!E8 人事課',
      'VALUE_NOT_CANONICAL warning 環境課.ods 台帳_環境課!D9 環境課',
      'FILE_UNREADABLE error old.xls -!- -',
    ]);
    expect(report.issues.find((i) => i.file === 'old.xls')?.message).toContain('soffice --headless --convert-to xlsx ファイル名.xls');
  });

  test('validate, text output: the file’s line says how it was read', async () => {
    const { out } = await run(memoryIo(departments()), 'validate', '人事課.csv', '環境課.ods', '--today', '2025-06-01');
    expect(out.split('\n').filter((l) => l.includes(': 台帳'))).toEqual([
      '人事課.csv: 台帳 1 件（CSV、文字コード Shift_JIS として読み込み）',
      '環境課.ods: 台帳 1 件（OpenDocument 表計算 .ods として読み込み）',
    ]);
    const en = await run(memoryIo(departments()), 'validate', '人事課.csv', '環境課.ods', '--today', '2025-06-01', '--lang', 'en');
    expect(en.out.split('\n').filter((l) => /: \d+ ledgers? \(/.test(l))).toEqual([
      '人事課.csv: 1 ledger (read as CSV in Shift_JIS)',
      '環境課.ods: 1 ledger (read as OpenDocument spreadsheet .ods)',
    ]);
  });

  test('consolidate: the CSV’s and the .ods’ assets are in the summary with the rest', async () => {
    const c = memoryIo(departments().put('総務課.xlsx', fixtureBytes('canonical-somu.xlsx')));
    const { status } = await run(c, 'consolidate', '人事課.csv', '環境課.ods', '総務課.xlsx', '--out', '集計.xlsx', '--today', '2025-06-01');
    expect(status).toBe(1);
    const bytes = c.fs.files.get('集計.xlsx');
    if (!bytes) throw new Error('no summary written');
    const [matrix, assets] = (await readXlsx(bytes, null)).sheets;
    expect(matrix?.rows.slice(5).map((r) => [r[0], r[6]])).toEqual([
      ['環境課', 5],
      ['人事課', 4],
      ['総務課', 10],
      ['合計', 19],
    ]);
    // (The 番号 column is left out here: consolidate writes the engine's numeric 番号, so the CSV's text `0007`
    // comes out as 7 — issue 9's "text 番号 stays text in every output", not a reader matter.)
    const jinji = assets?.rows.filter((r) => r[0] === '人事課').map((r) => [r[2], r[6]]);
    expect(jinji).toEqual([
      ['職員名簿（髙橋・山﨑を含む）', '人事課.csv 人事課!B5'],
      ['ｶﾞｲﾌﾞ委託契約書', '人事課.csv 人事課!B6'],
      ['㈱花巻システム保守記録', '人事課.csv 人事課!B7'],
      ['給与明細', '人事課.csv 人事課!B8'],
    ]);
  });
});
