/**
 * A file past a cap is FILE_UNREADABLE with the numbers (ja and en), and the rest of the run goes on. True-size
 * bombs (a gigabyte once inflated) cost nothing here: the media one is never inflated, the sheet one is refused
 * on its declared size before any inflating.
 */
import { HOSTILE_CASES } from '../hostile/cases';
import { MemoryFs, memoryIo } from './memory-io';
import { brief, run, runJson } from './run';
import { fill, xlsxOf } from '../xlsx/helpers';

const trueSize = (name: string): Uint8Array => {
  const c = HOSTILE_CASES.find((x) => x.name.startsWith(name));
  const build = c?.trueSize ?? c?.small;
  if (!build) throw new Error(`no case ${name}`);
  return build();
};

const good = () =>
  xlsxOf((wb) =>
    fill(wb.addWorksheet('台帳_企画課'), [['情報資産台帳（企画課）'], ['課名', '企画課', '更新日', '2025/4/1'], ['番号', '情報資産名', '内容', '群', 'レベル'], [1, '会議録', '紙の会議録', 'B群', 'レベル2']]),
  );

describe('ledger validate: bounded cost, every other file still read', () => {
  let fs: MemoryFs;
  beforeAll(async () => {
    fs = new MemoryFs()
      .put('media-bomb.xlsx', trueSize('zip bomb in a media entry'))
      .put('sheet-bomb.xlsx', trueSize('zip bomb in a sheet, its size declared'))
      .put('amplified.xlsx', trueSize('amplified shared strings'))
      .put('企画課.xlsx', await good());
  });

  test('the media bomb is read (its media entry is never inflated), the sheet bomb and the amplified strings are refused with numbers', async () => {
    const { status, report } = await runJson(memoryIo(fs), 'validate', 'media-bomb.xlsx', 'sheet-bomb.xlsx', 'amplified.xlsx', '企画課.xlsx', '--today', '2025-06-01');
    expect(status).toBe(1);
    expect(brief(report)).toEqual([
      'LEDGER_STALE warning media-bomb.xlsx 台帳_総務課!- 総務課',
      'FILE_UNREADABLE error sheet-bomb.xlsx -!- -',
      'FILE_UNREADABLE error amplified.xlsx -!- -',
    ]);
    expect(report.files.map((f) => [f.path, f.ledgers.length])).toEqual([
      ['media-bomb.xlsx', 1],
      ['sheet-bomb.xlsx', 0],
      ['amplified.xlsx', 0],
      ['企画課.xlsx', 1],
    ]);
    const messages = report.issues.filter((i) => i.code === 'FILE_UNREADABLE').map((i) => i.message);
    expect(messages).toEqual([
      'ファイルが大きすぎるか、壊れている可能性があります（xl/worksheets/sheet1.xml を展開すると 1,073.7 MB になり、1 つの部品の上限 64 MB を超えます）。台帳としては大きすぎるため読み込みませんでした。Excel で開いて内容を確かめ、台帳のシートだけを新しいブックにコピーして保存し直してください。',
      'ファイルが大きすぎるか、壊れている可能性があります（長い文字列を多数のセルで繰り返すなどして、セルの文字数の合計が上限の 50,000,000 文字を超えています）。台帳としては大きすぎるため読み込みませんでした。Excel で開いて内容を確かめ、台帳のシートだけを新しいブックにコピーして保存し直してください。',
    ]);
  });

  test('in English', async () => {
    const { report } = await runJson(memoryIo(fs), 'validate', 'sheet-bomb.xlsx', '--lang', 'en');
    expect(report.issues.map((i) => i.message)).toEqual([
      'The file is too large, or may be damaged (xl/worksheets/sheet1.xml inflates to more than the limit of 64 MB for one part (1,073.7 MB)). It is far larger than a ledger, so it was not read. Open it in Excel, check it, and copy the ledger sheet alone into a new workbook.',
    ]);
  });

  test('a file over the input cap is refused before it is read, with its size', async () => {
    const { report } = await runJson(memoryIo(new MemoryFs().put('huge.xlsx', new Uint8Array(100_000_001))), 'validate', 'huge.xlsx');
    expect(report.issues.map((i) => i.message)).toEqual([
      'ファイルが大きすぎるか、壊れている可能性があります（ファイルの大きさ 100.000001 MB が上限の 100 MB を超えています）。台帳としては大きすぎるため読み込みませんでした。Excel で開いて内容を確かめ、台帳のシートだけを新しいブックにコピーして保存し直してください。',
    ]);
  });

  test('text output names the file and the limit', async () => {
    const { out } = await run(memoryIo(fs), 'validate', 'sheet-bomb.xlsx');
    expect(out).toContain('sheet-bomb.xlsx: [エラー] FILE_UNREADABLE ファイルが大きすぎるか、壊れている可能性があります（xl/worksheets/sheet1.xml を展開すると');
  });
});
