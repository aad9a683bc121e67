/**
 * `ledger consolidate --departments … --previous …` writes the yearly cycle's sheets into the summary (issue 12):
 * 提出状況 from the list, 前年度比較 and 前年度比較_明細 from last year — the same comparison as the JSON `changes`.
 */
import type { ChangesJson } from '../../src/cli/changes';
import type { JsonReport } from '../../src/cli/report';
import { readXlsx } from '../../src/xlsx/read';
import { fill, xlsxOf } from '../xlsx/helpers';
import { zipPart } from '../xlsx/zip-part';
import { MemoryFs, memoryIo } from './memory-io';
import { run } from './run';

jest.setTimeout(30_000);

const HEADER = ['番号', '情報資産名', '内容', '群', 'レベル', '備考'];
const ledgerFile = (dept: string, rows: (string | number | null)[][], updated: string) =>
  xlsxOf((wb) => fill(wb.addWorksheet(`台帳_${dept}`), [[`情報資産台帳（${dept}）`], ['課名', dept, '更新日', updated], HEADER, ...rows]));

const SOMU = [0x91, 0x8d, 0x96, 0xb1, 0x89, 0xdb];
const KIKAKU = [0x8a, 0xe9, 0x89, 0xe6, 0x89, 0xdb];
const ZAISEI = [0x8d, 0xe0, 0x90, 0xad, 0x89, 0xdb];
const CRLF = [0x0d, 0x0a];
/** `# R7` / 総務課 / 企画課 / 財政課 / 総務 課, saved as Shift_JIS by Notepad ("ANSI"): a 課 twice. */
const LIST = new Uint8Array([0x23, 0x20, 0x52, 0x37, ...CRLF, ...SOMU, ...CRLF, ...KIKAKU, ...CRLF, ...ZAISEI, ...CRLF, ...SOMU.slice(0, 4), 0x20, ...SOMU.slice(4), ...CRLF]);

async function files(): Promise<MemoryFs> {
  const fs = new MemoryFs()
    .put('R6/総務課.xlsx', await ledgerFile('総務課', [[1, '住民基本台帳', '住民の記録', 'A群', 'レベル1'], [2, '会議録', '紙の会議録', 'B群', 'レベル2'], [3, '職員名簿', '人事の名簿', 'A群', 'レベル2']], '2025/4/1'))
    .put('R6/企画課.xlsx', await ledgerFile('企画課', [[1, '予算書', '紙', 'B群', 'レベル1']], '2025/4/1'))
    .put('R7/総務課.xlsx', await ledgerFile('総務課', [[1, '住民基本台帳', '住民の記録', 'A群', 'レベル1'], [2, '会議録', '=製本した会議録', 'B群', 'レベル2'], [3, '職員名簿', '人事の名簿', 'A群', 'レベル1'], [4, '新システム', 'クラウド', 'A群', 'レベル2']], '2026/4/1'))
    .put('R7/企画課.xlsx', await ledgerFile('企画課', [[1, '予算書', '紙', 'B群', 'レベル1']], '2026/3/31'))
    .put('R7/税務課.xlsx', await ledgerFile('税務課', [[1, '課税台帳', 'システム', 'A群', 'レベル1']], '2026/5/1'))
    .put('課一覧.txt', LIST);
  const last = await run(memoryIo(fs), 'consolidate', 'R6/総務課.xlsx', 'R6/企画課.xlsx', '--out', '前年度の集計.xlsx', '--today', '2025-06-01');
  expect(last.status).toBe(0);
  return fs;
}

async function consolidated(fs: MemoryFs, ...extra: string[]) {
  const r = await run(memoryIo(fs), 'consolidate', 'R7/総務課.xlsx', 'R7/企画課.xlsx', 'R7/税務課.xlsx', '--out', 'out/集計.xlsx', '--today', '2026-06-01', ...extra);
  const bytes = fs.files.get('out/集計.xlsx');
  if (!bytes) throw new Error(`no summary: ${r.err}`);
  return { r, bytes, book: await readXlsx(bytes, null) };
}

describe('ledger consolidate --departments: 提出状況', () => {
  test('per listed 課 submitted or not, its 更新日, current 年度, file and sheet; the unlisted 課 apart', async () => {
    const fs = await files();
    const { r, book } = await consolidated(fs, '--departments', '課一覧.txt');
    expect(r.err).toContain('Shift_JIS');
    expect(r.err).toContain('5 行目「総務 課」は 2 行目「総務課」と同じ課です');
    expect(book.sheets.map((s) => s.name)).toEqual(['集計', '集計_資産一覧', '集計_指摘事項', '提出状況']);
    const rows = book.sheets[3]?.rows;
    expect(rows?.slice(2)).toEqual([
      ['今年度の始まり', '2026-04-01'],
      ['提出済み', 2],
      ['未提出', 1],
      ['更新日が今年度でない', 1],
      [],
      ['課', '状況', '更新日', '今年度', 'ファイル', 'シート'],
      ['総務課', '提出済み', '2026-04-01', 'はい', 'R7/総務課.xlsx', '台帳_総務課'],
      ['企画課', '提出済み', '2026-03-31', 'いいえ', 'R7/企画課.xlsx', '台帳_企画課'],
      ['財政課', '未提出'],
      [],
      ['課の一覧にない課（一覧の書き誤りか、新しい課）'],
      ['税務課', '提出済み', '2026-05-01', 'はい', 'R7/税務課.xlsx', '台帳_税務課'],
    ]);
    // The same facts as the findings: 財政課 not submitted, 企画課 stale.
    const findings = book.sheets[2]?.rows.slice(1).map((row) => `${String(row[1])} ${String(row[3])}`);
    expect(findings).toEqual(expect.arrayContaining(['DEPARTMENT_NOT_SUBMITTED 財政課', 'LEDGER_STALE 企画課']));
  });

  test('without --departments there is no 提出状況', async () => {
    const { book } = await consolidated(await files());
    expect(book.sheets.map((s) => s.name)).toEqual(['集計', '集計_資産一覧', '集計_指摘事項']);
  });
});

describe('ledger consolidate --previous: 前年度比較', () => {
  test('per 課 counts and the matrix change, the same numbers as the JSON changes; 明細 lists each asset', async () => {
    const fs = await files();
    const { r, book } = await consolidated(fs, '--previous', '前年度の集計.xlsx', '--format', 'json');
    expect(book.sheets.map((s) => s.name)).toEqual(['集計', '集計_資産一覧', '集計_指摘事項', '前年度比較', '前年度比較_明細']);
    const [comparison, changes] = [book.sheets[3]?.rows ?? [], book.sheets[4]?.rows ?? []];
    expect(comparison.slice(2)).toEqual([
      ['前年度の集計', '前年度の集計.xlsx'],
      [null, null, null, null, null, null, null, null, null, '群－レベル別の増減（今年度－前年度）'],
      ['課', '状況', '前年度', '今年度', '追加', '削除', '分類変更', '内容変更', '変更なし', 'A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', '未分類'],
      ['企画課', '継続', 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
      ['税務課', '新規', 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0],
      ['総務課', '継続', 3, 4, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0],
      ['合計', null, 4, 6, 2, 0, 1, 1, 2, 2, 0, 0, 0, 0],
      [],
      ['群－レベル', '前年度', '今年度', '増減'],
      ['A群－レベル1', 1, 3, 2],
      ['A群－レベル2', 1, 1, 0],
      ['B群－レベル1', 1, 1, 0],
      ['B群－レベル2', 1, 1, 0],
      ['未分類', 0, 0, 0],
      ['計', 4, 6, 2],
    ]);
    // The sheet and the JSON say the same, 課 by 課.
    const json = (JSON.parse(r.out) as JsonReport & { changes: ChangesJson }).changes;
    const fromJson = json.departments.map((d) => [d.department, d.before, d.after, d.counts.added, d.counts.removed, d.counts.reclassified, d.counts.contentChanged, d.counts.unchanged, ...json.categories.map((k) => d.matrix[k])]);
    expect(comparison.slice(5, 8).map((row) => [row[0], ...row.slice(2)])).toEqual(fromJson);
    expect(json.categories.map((k) => [k, json.totals.matrixBefore[k], json.totals.matrixAfter[k], json.totals.matrix[k]])).toEqual(comparison.slice(11, 16));
    expect(changes).toEqual([
      ['課', '変更', '番号', '情報資産名', '前年度の群－レベル', '今年度の群－レベル', '前年度の内容', '今年度の内容', '元のセル'],
      ['税務課', '追加', 1, '課税台帳', null, 'A群－レベル1', null, 'システム', '税務課.xlsx 台帳_税務課!B4'],
      ['総務課', '追加', 4, '新システム', null, 'A群－レベル2', null, 'クラウド', '総務課.xlsx 台帳_総務課!B7'],
      ['総務課', '分類変更', 3, '職員名簿', 'A群－レベル2', 'A群－レベル1', '人事の名簿', '人事の名簿', '総務課.xlsx 台帳_総務課!B6'],
      ['総務課', '内容変更', 2, '会議録', 'B群－レベル2', 'B群－レベル2', '紙の会議録', '=製本した会議録', '総務課.xlsx 台帳_総務課!B5'],
    ]);
  });

  test('text stays text (no <f>), each new sheet prints A4 landscape one page wide with its header repeated', async () => {
    const fs = await files();
    const { bytes } = await consolidated(fs, '--previous', '前年度の集計.xlsx', '--departments', '課一覧.txt');
    for (const n of [4, 5, 6]) {
      const xml = zipPart(bytes, `xl/worksheets/sheet${n}.xml`);
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
      expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    }
    expect(zipPart(bytes, 'xl/worksheets/sheet6.xml')).toContain('<t>=製本した会議録</t>');
    const names = zipPart(bytes, 'xl/workbook.xml');
    expect(names).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="3">'提出状況'!$8:$8</definedName>`);
    expect(names).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="4">'前年度比較'!$5:$5</definedName>`);
    expect(names).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="5">'前年度比較_明細'!$1:$1</definedName>`);
  });

  test('next year, this summary (with its new sheets) is a usable --previous, and validate counts none of them as ledgers', async () => {
    const fs = await files();
    await consolidated(fs, '--previous', '前年度の集計.xlsx', '--departments', '課一覧.txt');
    fs.put('R8/総務課.xlsx', await ledgerFile('総務課', [[1, '住民基本台帳', '住民の記録', 'A群', 'レベル1']], '2027/4/1'));
    const next = await run(memoryIo(fs), 'consolidate', 'R8/総務課.xlsx', '--out', 'R8集計.xlsx', '--previous', 'out/集計.xlsx', '--today', '2027-06-01', '--format', 'json');
    const json = (JSON.parse(next.out) as { changes: ChangesJson }).changes;
    expect(json.totals).toMatchObject({ before: 6, after: 1, counts: { removed: 5, unchanged: 1 } });
    const validate = await run(memoryIo(fs), 'validate', 'out/集計.xlsx', '--format', 'json');
    expect((JSON.parse(validate.out) as JsonReport).issues.map((i) => i.code)).toEqual(['LEDGER_NOT_FOUND']);
  });

  test('English summary: the sheets keep their Japanese names, the labels are English', async () => {
    const fs = await files();
    const { book } = await consolidated(fs, '--previous', '前年度の集計.xlsx', '--departments', '課一覧.txt', '--lang', 'en');
    expect(book.sheets.map((s) => s.name).slice(3)).toEqual(['提出状況', '前年度比較', '前年度比較_明細']);
    expect(book.sheets[3]?.rows[0]).toEqual(['Submission status']);
    expect(book.sheets[4]?.rows[0]).toEqual(['Changes since last year']);
    expect(book.sheets[5]?.rows[1]?.slice(0, 2)).toEqual(['税務課', 'Added']);
  });
});
