/**
 * The yearly cycle end to end — hand out with last year's assets, clerks edit and return, consolidate with
 * `--previous` — and the `changes` of `ledger consolidate --previous` (JSON and text).
 */
import ExcelJS from 'exceljs';
import type { ChangesJson } from '../../src/cli/changes';
import type { JsonReport } from '../../src/cli/report';
import { fill, xlsxOf } from '../xlsx/helpers';
import { MemoryFs, memoryIo } from './memory-io';
import { run } from './run';

// Several workbooks are written and read per test: generous under a loaded machine, never a speed assertion.
jest.setTimeout(30_000);

const HEADER = ['番号', '情報資産名', '内容', '群', 'レベル', '備考'];
const ledgerFile = (dept: string, rows: (string | number | null)[][], updated = '2025/4/1') =>
  xlsxOf((wb) => fill(wb.addWorksheet(`台帳_${dept}`), [[`情報資産台帳（${dept}）`], ['課名', dept, '更新日', updated], HEADER, ...rows]));

/** Last year: two 課 consolidated into 前年度の集計.xlsx. */
async function lastYear(): Promise<MemoryFs> {
  const fs = new MemoryFs()
    .put('R6/総務課.xlsx', await ledgerFile('総務課', [[1, '住民基本台帳', '住民の記録', 'A群', 'レベル1'], [2, '会議録', '紙の会議録', 'B群', 'レベル2'], [3, '職員名簿', '人事の名簿', 'A群', 'レベル2']]))
    .put('R6/企画課.xlsx', await ledgerFile('企画課', [[1, '予算書', '紙', 'B群', 'レベル1']]));
  const r = await run(memoryIo(fs), 'consolidate', 'R6/総務課.xlsx', 'R6/企画課.xlsx', '--out', '前年度の集計.xlsx', '--today', '2025-06-01');
  expect(r.status).toBe(0);
  return fs;
}

/** What a clerk does in Excel with a handed-out ledger: edit cells by address, then save. */
async function edit(fs: MemoryFs, path: string, cells: Record<string, string | number>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.files.get(path) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error(path);
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  fs.put(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const json = (out: string) => JSON.parse(out) as JsonReport & { changes?: ChangesJson };

describe('the yearly cycle: hand out, collect, consolidate with --previous', () => {
  test('the 課 that changed something show it, the one that did not shows nothing, 未提出 is named', async () => {
    const fs = await lastYear();
    fs.put('課一覧.txt', '総務課\n企画課\n財政課\n');
    const handout = await run(memoryIo(fs), 'template', '--departments', '課一覧.txt', '--out-dir', '配布', '--from', '前年度の集計.xlsx', '--today', '2026-04-01');
    expect(handout.status).toBe(0);
    // 総務課 reviews its ledger (header on row 7, assets from row 8): 会議録 is now bound, 職員名簿 is
    // level 1, a new asset is added. 企画課 returns it as it was; 財政課 sends nothing.
    await edit(fs, '配布/台帳_総務課.xlsx', { C9: '製本した会議録', E10: 'レベル1', A11: 4, B11: 'ファイルサーバ', C11: '共有フォルダ', D11: 'A群', E11: 'レベル2' });
    const r = await run(memoryIo(fs), 'consolidate', '配布/台帳_総務課.xlsx', '配布/台帳_企画課.xlsx', '--out', '集計.xlsx', '--departments', '課一覧.txt', '--previous', '前年度の集計.xlsx', '--today', '2026-06-01', '--format', 'json');
    expect(r.status).toBe(0);
    const report = json(r.out);
    expect(report.issues.map((i) => `${i.code} ${i.department}`)).toEqual(['DEPARTMENT_NOT_SUBMITTED 財政課']);
    const changes = report.changes;
    expect(changes?.previous).toEqual(['前年度の集計.xlsx']);
    expect(changes?.categories).toEqual(['A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', '未分類']);
    expect(changes?.departments.map((d) => [d.department, d.status, d.before, d.after, d.counts])).toEqual([
      ['企画課', 'continued', 1, 1, { added: 0, removed: 0, reclassified: 0, contentChanged: 0, unchanged: 1 }],
      ['総務課', 'continued', 3, 4, { added: 1, removed: 0, reclassified: 1, contentChanged: 1, unchanged: 1 }],
    ]);
    const somu = changes?.departments[1];
    expect(somu?.added).toEqual([
      { number: 4, name: 'ファイルサーバ', content: '共有フォルダ', group: 'A群', level: 'レベル2', file: '配布/台帳_総務課.xlsx', sheet: '台帳_総務課', cell: 'B11' },
    ]);
    expect(somu?.reclassified.map((x) => [x.after.name, x.before.level, x.after.level, x.after.cell, x.contentChanged])).toEqual([['職員名簿', 'レベル2', 'レベル1', 'B10', false]]);
    expect(somu?.contentChanged.map((x) => [x.after.name, x.before.content, x.after.content, x.before.file])).toEqual([['会議録', '紙の会議録', '製本した会議録', null]]);
    expect(somu?.matrix).toEqual({ 'A群－レベル1': 1, 'A群－レベル2': 0, 'B群－レベル1': 0, 'B群－レベル2': 0, 未分類: 0 });
    expect(changes?.totals).toEqual({
      before: 4,
      after: 5,
      counts: { added: 1, removed: 0, reclassified: 1, contentChanged: 1, unchanged: 2 },
      matrix: { 'A群－レベル1': 1, 'A群－レベル2': 0, 'B群－レベル1': 0, 'B群－レベル2': 0, 未分類: 0 },
      matrixBefore: { 'A群－レベル1': 1, 'A群－レベル2': 1, 'B群－レベル1': 1, 'B群－レベル2': 1, 未分類: 0 },
      matrixAfter: { 'A群－レベル1': 2, 'A群－レベル2': 1, 'B群－レベル1': 1, 'B群－レベル2': 1, 未分類: 0 },
    });
  });

  test('the text report ends with the comparison: per changed 課 its assets, then the totals and the matrix', async () => {
    const fs = await lastYear();
    fs.put('R7/総務課.xlsx', await ledgerFile('総務課', [[1, '住民基本台帳', '住民の記録', 'A群', 'レベル1'], [2, '会議録', '電子の会議録', 'B群', 'レベル2'], [3, '職員名簿', '人事の名簿', 'A群', 'レベル1'], [4, '新', 'PC', 'A群', 'レベル2']], '2026/4/1'));
    fs.put('R7/企画課.xlsx', await ledgerFile('企画課', [], '2026/4/1'));
    const r = await run(memoryIo(fs), 'consolidate', 'R7/総務課.xlsx', 'R7/企画課.xlsx', '--out', '集計.xlsx', '--previous', '前年度の集計.xlsx', '--today', '2026-06-01');
    const tail = r.out.slice(r.out.indexOf('前年度比較'));
    expect(tail.split('\n')).toEqual([
      '前年度比較（前年度の集計.xlsx）:',
      '  企画課: 追加 0、削除 1、分類変更 0、内容変更 0（1 → 0 件、今年度は資産なし）',
      '    − 予算書（B群－レベル1）',
      '  総務課: 追加 1、削除 0、分類変更 1、内容変更 1（3 → 4 件）',
      '    + 新（A群－レベル2）',
      '    ~ 職員名簿: A群－レベル2 → A群－レベル1',
      '    * 会議録（B群－レベル2）: 内容が変わりました',
      '  変更のない課: 0 課',
      '  合計: 追加 1、削除 1、分類変更 1、内容変更 1（4 → 4 件）',
      '  群－レベル別の増減: A群－レベル1 +1、A群－レベル2 ±0、B群－レベル1 −1、B群－レベル2 ±0、未分類 ±0',
      '集計を書き出しました: 集計.xlsx',
      '',
    ]);
  });

  test('--previous takes last year’s department files too (one --previous each)', async () => {
    const fs = await lastYear();
    fs.put('R7/総務課.xlsx', await ledgerFile('総務課', [[1, '住民基本台帳', '住民の記録', 'A群', 'レベル1']], '2026/4/1'));
    const r = await run(memoryIo(fs), 'consolidate', 'R7/総務課.xlsx', '--out', '集計.xlsx', '--previous', 'R6/総務課.xlsx', '--previous', 'R6/企画課.xlsx', '--today', '2026-06-01', '--format', 'json');
    const changes = json(r.out).changes;
    expect(changes?.departments.map((d) => [d.department, d.status, d.counts.removed])).toEqual([['企画課', 'gone', 1], ['総務課', 'continued', 2]]);
    // Read from files, a removed asset says where it was last year.
    expect(changes?.departments[1]?.removed.map((a) => [a.name, a.file, a.sheet, a.cell])).toEqual([
      ['会議録', 'R6/総務課.xlsx', '台帳_総務課', 'B5'],
      ['職員名簿', 'R6/総務課.xlsx', '台帳_総務課', 'B6'],
    ]);
  });

  test('without --previous the JSON report is exactly SPEC §7’s', async () => {
    const fs = await lastYear();
    const r = await run(memoryIo(fs), 'consolidate', 'R6/総務課.xlsx', '--out', '集計.xlsx', '--format', 'json', '--today', '2025-06-01');
    expect(Object.keys(json(r.out))).toEqual(['policy', 'files', 'issues', 'counts']);
  });

  test.each([
    ['missing.xlsx', '前年度の比較に使えません: missing.xlsx（ファイルが見つかりません。ファイル名と場所を確認してください。）'],
    ['notes.pdf', '前年度の比較に使えません: notes.pdf（Excel ブックでも CSV でもありません（PDF や画像など）。台帳のファイルを指定してください。）'],
    ['plain.xlsx', '前年度の比較に使えません: plain.xlsx（台帳も集計の資産一覧も見つかりません。前年度の集計（このツールで作ったもの）か、前年度の各課の台帳ファイルを指定してください。）'],
  ])('a --previous file that cannot be used (%s) stops the run before anything is written (exit 2)', async (previous, message) => {
    const fs = await lastYear();
    fs.put('notes.pdf', '%PDF-1.4 前年度のメモ').put('plain.xlsx', await xlsxOf((wb) => fill(wb.addWorksheet('Sheet1'), [['売上'], [100]])));
    fs.log.length = 0;
    const r = await run(memoryIo(fs), 'consolidate', 'R6/総務課.xlsx', '--out', '集計.xlsx', '--previous', '前年度の集計.xlsx', '--previous', previous);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`ledger: ${message}\n`);
    expect(r.out).toBe('');
    expect(fs.log.filter((l) => !l.startsWith('read'))).toEqual([]);
  });

  test('the summary may not overwrite last year’s summary given as --previous', async () => {
    const fs = await lastYear();
    const before = fs.files.get('前年度の集計.xlsx');
    const r = await run(memoryIo(fs), 'consolidate', 'R6/総務課.xlsx', '--out', '前年度の集計.xlsx', '--previous', '前年度の集計.xlsx');
    expect(r.status).toBe(2);
    expect(r.err).toContain('出力先 前年度の集計.xlsx は入力ファイル 前年度の集計.xlsx と同じです。');
    expect(fs.files.get('前年度の集計.xlsx')).toBe(before);
  });
});
