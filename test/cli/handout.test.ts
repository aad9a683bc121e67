/** `ledger template --departments 課一覧.txt --out-dir DIR [--from …]`: the yearly hand-out. */
import { checkWorkbooks, isoToSerial, readWorkbook } from '../../src/ledger';
import type { Ledger } from '../../src/ledger';
import { readXlsx } from '../../src/xlsx/read';
import { fill, xlsxOf } from '../xlsx/helpers';
import { MemoryFs, fixtureBytes, memoryIo } from './memory-io';
import { run } from './run';

// Several workbooks are written and read per test: generous under a loaded machine, never a speed assertion.
jest.setTimeout(30_000);

const HEADER = ['番号', '情報資産名', '内容', '群', 'レベル', '備考'];
const EXTENDED = ['番号', '情報資産名', '内容', '群', 'レベル', '管理責任者', '媒体・保管場所', '個人情報', '保存期間', '備考'];

/** A department file with one template-layout ledger. */
const ledgerFile = (dept: string, rows: (string | number | null)[][], header = HEADER) =>
  xlsxOf((wb) => fill(wb.addWorksheet(`台帳_${dept}`), [[`情報資産台帳（${dept}）`], ['課名', dept, '更新日', '2025/4/1'], header, ...rows]));

/** The ledger the hand-out wrote at `path`, read back as the engine reads it. */
async function handedOut(fs: MemoryFs, path: string): Promise<Ledger> {
  const bytes = fs.files.get(path);
  if (!bytes) throw new Error(`not written: ${path}`);
  const [ledger] = readWorkbook(await readXlsx(bytes, path)).ledgers;
  if (!ledger) throw new Error(`no ledger in ${path}`);
  return ledger;
}

const rowsOf = (l: Ledger) => l.assets.map((a) => [a.number, a.text.name, a.text.content, a.group, a.level]);

describe('ledger template --departments (hand-out)', () => {
  test('writes one ready ledger per 課 of the list: tagged, 課名 and 更新日 filled, one line each', async () => {
    const fs = new MemoryFs().put('課一覧.txt', '# 本庁\n総務課\n企画課\n');
    const r = await run(memoryIo(fs), 'template', '--departments', '課一覧.txt', '--out-dir', '配布', '--today', '2026-04-01');
    expect(r.status).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      ['総務課: 配布/台帳_総務課.xlsx を書き出しました。', '企画課: 配布/台帳_企画課.xlsx を書き出しました。', '課 2 件: 書き出し 2 件、既存のまま 0 件、失敗 0 件', ''].join('\n'),
    );
    expect(fs.log.filter((l) => !l.startsWith('read'))).toEqual([
      'mkdir 配布',
      'write 配布/.台帳_総務課.xlsx.ledger-testhost-4242-r1.tmp',
      'rename 配布/.台帳_総務課.xlsx.ledger-testhost-4242-r1.tmp -> 配布/台帳_総務課.xlsx',
      'write 配布/.台帳_企画課.xlsx.ledger-testhost-4242-r2.tmp',
      'rename 配布/.台帳_企画課.xlsx.ledger-testhost-4242-r2.tmp -> 配布/台帳_企画課.xlsx',
    ]);
    const book = await readXlsx(fs.files.get('配布/台帳_総務課.xlsx') ?? new Uint8Array(), '配布/台帳_総務課.xlsx');
    expect(book.sheets[0]?.tag).toEqual({ policyId: 'hanamaki', templateVersion: '1', department: '総務課' });
    expect(book.sheets[0]?.rows[1]?.slice(0, 4)).toEqual(['課名', '総務課', '更新日', { kind: 'date', serial: isoToSerial('2026-04-01') }]);
    // Ready to fill: the check finds nothing but the empty table, and 更新日 is of the new 年度.
    const check = checkWorkbooks([book], { today: '2026-04-02' });
    expect(check.issues.map((i) => i.code)).toEqual(['LEDGER_EMPTY']);
  });

  test('file names are safe on Windows and unique; the 課名 inside stays as listed', async () => {
    const fs = new MemoryFs().put('list.txt', '総務/庶務課\nCON\n..\nIT課\nit課\n');
    const r = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out', '--today', '2026-04-01');
    expect(r.status).toBe(0);
    expect([...fs.files.keys()].filter((k) => k.startsWith('out/'))).toEqual([
      'out/台帳_総務／庶務課.xlsx',
      'out/台帳_CON.xlsx',
      'out/台帳_.xlsx',
      'out/台帳_IT課.xlsx',
      'out/台帳_it課(2).xlsx',
    ]);
    expect((await handedOut(fs, 'out/台帳_総務／庶務課.xlsx')).department).toBe('総務/庶務課');
    expect((await handedOut(fs, 'out/台帳_CON.xlsx')).department).toBe('CON');
  });

  test('never overwrites a file without --force: the 課 is reported as kept and the others are written', async () => {
    const fs = new MemoryFs().put('list.txt', '総務課\n企画課\n').put('out/台帳_総務課.xlsx', 'mine');
    const r = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out');
    expect(r.status).toBe(0);
    expect(r.out.split('\n')).toEqual([
      '総務課: out/台帳_総務課.xlsx は既にあるため、そのままにしました（上書きするには --force）。',
      '企画課: out/台帳_企画課.xlsx を書き出しました。',
      '課 2 件: 書き出し 1 件、既存のまま 1 件、失敗 0 件',
      '',
    ]);
    expect(new TextDecoder().decode(fs.files.get('out/台帳_総務課.xlsx'))).toBe('mine');
    const forced = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out', '--force');
    expect(forced.status).toBe(0);
    expect((await handedOut(fs, 'out/台帳_総務課.xlsx')).department).toBe('総務課');
  });

  test('--from last year’s summary: each listed 課 gets its assets; a 課 not on the list is reported', async () => {
    const fs = new MemoryFs()
      .put('last/総務課.xlsx', await ledgerFile('総務課', [[1, '住民基本台帳', '住民の記録', 'A群', 'レベル1', 'メモ'], [2, '=SUM(A1)', '0012', 'b', 'Lv2']]))
      .put('last/人事課.xlsx', await ledgerFile('人事課', [[1, '給与システム', '給与', 'A群', 'レベル1']]))
      .put('list.txt', '総務課\n企画課\n');
    expect((await run(memoryIo(fs), 'consolidate', 'last/総務課.xlsx', 'last/人事課.xlsx', '--out', '前年度の集計.xlsx', '--today', '2025-06-01')).status).toBe(0);
    const r = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out', '--from', '前年度の集計.xlsx', '--today', '2026-04-01');
    expect(r.status).toBe(0);
    expect(r.out.split('\n')).toEqual([
      '前年度の集計.xlsx: 集計の資産一覧（シート「集計_資産一覧」）から 2 課・3 件を読みました。',
      '前年度の集計.xlsx: 「人事課」は課の一覧にないため、1 件を引き継ぎません。',
      '総務課: out/台帳_総務課.xlsx を書き出しました（前年度の資産 2 件を 前年度の集計.xlsx から引き継ぎ）。',
      '企画課: out/台帳_企画課.xlsx を書き出しました（引き継ぐ資産なし）。',
      '課 2 件: 書き出し 2 件、既存のまま 0 件、失敗 0 件',
      '',
    ]);
    const somu = await handedOut(fs, 'out/台帳_総務課.xlsx');
    expect(rowsOf(somu)).toEqual([
      [1, '住民基本台帳', '住民の記録', 'A群', 'レベル1'],
      [2, '=SUM(A1)', '0012', 'B群', 'レベル2'],
    ]);
    expect(somu.assets.map((a) => a.text.remarks)).toEqual(['', '']);
    expect((await handedOut(fs, 'out/台帳_企画課.xlsx')).assets).toEqual([]);
  });

  test('--from department files (files after --from too): forms merged and renumbered, extended columns kept', async () => {
    const fs = new MemoryFs()
      .put('last/kikaku.xlsx', fixtureBytes('form-kikaku.xlsx'))
      .put('last/somu.xlsx', await ledgerFile('総務課', [[3, '住民票', '住民の記録', 'A群', 'レベル1', '市民課長', 'サーバ', '有', '5年', 'メモ']], EXTENDED))
      .put('list.txt', '総務課\n企画課\n');
    const r = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out', '--from', 'last/kikaku.xlsx', 'last/somu.xlsx');
    expect(r.status).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'last/kikaku.xlsx: 台帳から 1 課・7 件を読みました。',
      'last/somu.xlsx: 台帳から 1 課・1 件を読みました。',
      '総務課: out/台帳_総務課.xlsx を書き出しました（前年度の資産 1 件を last/somu.xlsx から引き継ぎ、拡張列つき）。',
      '企画課: out/台帳_企画課.xlsx を書き出しました（前年度の資産 7 件を last/kikaku.xlsx から引き継ぎ、番号を 1 から振り直し）。',
      '課 2 件: 書き出し 2 件、既存のまま 0 件、失敗 0 件',
      '',
    ]);
    const somu = await handedOut(fs, 'out/台帳_総務課.xlsx');
    expect(somu.assets[0]?.text).toEqual({
      number: '3', name: '住民票', content: '住民の記録', group: 'A群', level: 'レベル1', manager: '市民課長', medium: 'サーバ', personalInfo: 'あり', retention: '5年', remarks: '',
    });
    const kikaku = await handedOut(fs, 'out/台帳_企画課.xlsx');
    expect(kikaku.layout).toBe('template');
    expect(kikaku.assets.map((a) => [a.number, a.group, a.level])).toEqual([
      [1, 'A群', 'レベル1'], [2, 'A群', 'レベル1'], [3, 'A群', 'レベル2'], [4, 'A群', 'レベル2'], [5, 'B群', 'レベル1'], [6, 'B群', 'レベル2'], [7, 'B群', 'レベル2'],
    ]);
    expect(Object.keys(kikaku.columns)).not.toContain('manager');
  });

  test('one bad source does not stop the others: each is reported, every 課 is written, exit 1', async () => {
    const fs = new MemoryFs()
      .put('notes.pdf', '%PDF-1.4 これは台帳ではありません')
      .put('empty.xlsx', fixtureBytes('no-ledger.xlsx'))
      .put('somu.xlsx', await ledgerFile('総務課', [[1, '会議録', '紙', 'B群', 'レベル2']]))
      .put('list.txt', '総務課\n企画課\n');
    const r = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out', '--from', 'missing.xlsx', '--from', 'notes.pdf', '--from', 'empty.xlsx', '--from', 'somu.xlsx');
    expect(r.status).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'missing.xlsx: ファイルが見つかりません。ファイル名と場所を確認してください。',
      'notes.pdf: Excel ブックでも CSV でもありません（PDF や画像など）。台帳のファイルを指定してください。',
      'empty.xlsx: 台帳も集計の資産一覧も見つからないため、引き継げません。',
      'somu.xlsx: 台帳から 1 課・1 件を読みました。',
      '総務課: out/台帳_総務課.xlsx を書き出しました（前年度の資産 1 件を somu.xlsx から引き継ぎ）。',
      '企画課: out/台帳_企画課.xlsx を書き出しました（引き継ぐ資産なし）。',
      '課 2 件: 書き出し 2 件、既存のまま 0 件、失敗 0 件',
      '',
    ]);
  });

  test('a 課 in several sources comes from the first; its other ledgers in a file are named, not carried', async () => {
    const twice = await xlsxOf((wb) => {
      fill(wb.addWorksheet('台帳_総務課'), [['情報資産台帳（総務課）'], ['課名', '総務課'], HEADER, [1, '住民票', 'システム', 'A群', 'レベル1']]);
      fill(wb.addWorksheet('台帳_総務課(2)'), [['情報資産台帳（総務課）'], ['課名', '総務課'], HEADER, [1, '写し', 'x', 'A群', 'レベル1']]);
    });
    const fs = new MemoryFs().put('a.xlsx', twice).put('b.xlsx', await ledgerFile('総務課', [[1, '別', 'y', 'B群', 'レベル2']])).put('list.txt', '総務課\n');
    const r = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out', '--from', 'a.xlsx', 'b.xlsx');
    expect(r.status).toBe(0);
    expect(r.out.split('\n').slice(0, 5)).toEqual([
      'a.xlsx: 台帳から 1 課・1 件を読みました。',
      'b.xlsx: 台帳から 1 課・1 件を読みました。',
      'a.xlsx: 「総務課」のシート「台帳_総務課(2)」は使いません（「台帳_総務課」を引き継ぎます）。',
      'b.xlsx: 「総務課」は先に a.xlsx から引き継ぐため、こちらの 1 件は使いません。',
      '総務課: out/台帳_総務課.xlsx を書き出しました（前年度の資産 1 件を a.xlsx から引き継ぎ）。',
    ]);
    expect(rowsOf(await handedOut(fs, 'out/台帳_総務課.xlsx'))).toEqual([[1, '住民票', 'システム', 'A群', 'レベル1']]);
  });

  test('a list saved as Shift_JIS is read (and said so); a 課 listed twice is written once and reported', async () => {
    // 総務課 / 企画課 / 総務課 in Shift_JIS.
    const sjis = new Uint8Array([0x91, 0x8d, 0x96, 0xb1, 0x89, 0xdb, 0x0d, 0x0a, 0x8a, 0xe9, 0x89, 0xe6, 0x89, 0xdb, 0x0d, 0x0a, 0x91, 0x8d, 0x96, 0xb1, 0x89, 0xdb]);
    const fs = new MemoryFs().put('list.txt', sjis);
    const r = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out');
    expect(r.status).toBe(0);
    expect(r.err).toBe(
      'ledger: 課の一覧 list.txt を Shift_JIS として読みました。\nledger: 課の一覧 list.txt の 3 行目「総務課」は 1 行目「総務課」と同じ課です。1 つとして扱います。\n',
    );
    expect([...fs.files.keys()].filter((k) => k.startsWith('out/'))).toEqual(['out/台帳_総務課.xlsx', 'out/台帳_企画課.xlsx']);
  });

  test('a file that cannot be written is reported, the others still are, exit 1; an output folder that is a file stops the run', async () => {
    const fs = new MemoryFs().put('list.txt', '総務課\n企画課\n');
    fs.failRenameTo.add('out/台帳_総務課.xlsx');
    const r = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out');
    expect(r.status).toBe(1);
    expect(r.out.split('\n').slice(0, 3)).toEqual([
      '総務課: out/台帳_総務課.xlsx を書き出せませんでした（EACCES）。出力先のフォルダーと権限を確認してください。',
      '企画課: out/台帳_企画課.xlsx を書き出しました。',
      '課 2 件: 書き出し 1 件、既存のまま 0 件、失敗 1 件',
    ]);
    expect([...fs.files.keys()].filter((k) => k.startsWith('out/'))).toEqual(['out/台帳_企画課.xlsx']);

    const blocked = new MemoryFs().put('list.txt', '総務課\n').put('out', 'a file');
    const b = await run(memoryIo(blocked), 'template', '--departments', 'list.txt', '--out-dir', 'out');
    expect(b.status).toBe(1);
    expect(b.err).toBe('ledger: 出力先のフォルダー out を作れませんでした（EEXIST）。場所と権限を確認してください。\n');
  });

  test('speaks English with --lang en', async () => {
    const fs = new MemoryFs().put('list.txt', '総務課\n').put('somu.xlsx', await ledgerFile('総務課', [[1, '会議録', '紙', 'B群', 'レベル2']]));
    const r = await run(memoryIo(fs), 'template', '--departments', 'list.txt', '--out-dir', 'out', '--from', 'somu.xlsx', '--lang', 'en');
    expect(r.out.split('\n')).toEqual([
      'somu.xlsx: read 1 asset(s) of 1 department(s) from its ledgers.',
      '総務課: wrote out/台帳_総務課.xlsx (1 asset(s) of last year carried from somu.xlsx).',
      '1 department(s): 1 written, 0 kept as they were, 0 failed',
      '',
    ]);
  });

  test.each([
    [['--department', '総務課', '--departments', 'list.txt', '--out-dir', 'out'], 'template: --department と --departments は一緒に使えません。'],
    [['--departments', 'list.txt', '--out', 'x.xlsx'], 'template: --out と --departments は一緒に使えません。'],
    [['--department', '総務課', '--out', 'x.xlsx', '--out-dir', 'out'], 'template: --out と --out-dir は一緒に使えません。'],
    [['--department', '総務課', '--out', 'x.xlsx', '--from', 'last.xlsx'], 'template: --from は --departments と一緒に使います。'],
    [['--out-dir', 'out'], 'template: --out-dir は --departments と一緒に使います。'],
    [['--departments', 'list.txt'], 'template: --out-dir を指定してください。'],
    [['--departments', 'list.txt', '--out-dir', 'out', 'stray.xlsx'], 'template: 余分な引数です: stray.xlsx'],
    [['--departments', 'nope.txt', '--out-dir', 'out'], '課の一覧ファイルを読めません: nope.txt（ENOENT）'],
    [['--departments', 'comments.txt', '--out-dir', 'out'], '課の一覧 comments.txt に課がありません'],
    [['--departments', 'binary.txt', '--out-dir', 'out'], '課の一覧 binary.txt を読めません。UTF-8 か Shift_JIS のテキストファイル'],
    [['--departments', 'list.txt', '--out-dir', 'out', '--today', '2026-13-01'], 'template: --today の値が正しくありません: 2026-13-01'],
  ])('wrong usage %j exits 2 and writes nothing', async (argv, message) => {
    const fs = new MemoryFs().put('list.txt', '総務課\n').put('comments.txt', '# まだ空\n\n').put('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    const r = await run(memoryIo(fs), 'template', ...argv);
    expect(r.status).toBe(2);
    expect(r.err).toContain(message);
    expect(fs.log.filter((l) => !l.startsWith('read'))).toEqual([]);
  });
});
