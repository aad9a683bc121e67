import { encryptedXlsx, legacyXls, randomBytes, truncated } from '../xlsx/bad-files';
import { fill, xlsxOf } from '../xlsx/helpers';
import { MemoryFs, fixtureBytes, memoryIo } from './memory-io';
import { brief, run, runJson } from './run';

/** A small canonical ledger built in the test (rows from A1). */
const ledger = (dept: string, rows: (string | number | null)[][]) =>
  xlsxOf((wb) =>
    fill(wb.addWorksheet(`台帳_${dept}`), [
      [`情報資産台帳（${dept}）`],
      ['課名', dept, '更新日', '2025/4/1'],
      ['番号', '情報資産名', '内容', '群', 'レベル', '備考'],
      ...rows,
    ]),
  );

describe('ledger validate', () => {
  test('the JSON contract: one object with policy, files (with the format read), issues, counts and nothing else', async () => {
    const fs = new MemoryFs().put('総務課.xlsx', await ledger('総務課', [[1, '会議録', '紙の会議録', 'B群', 'レベル3']]));
    const { status, report } = await runJson(memoryIo(fs), 'validate', '総務課.xlsx', '--today', '2025-06-01');
    expect(status).toBe(1);
    expect(report).toEqual({
      policy: { id: 'hanamaki', version: expect.any(String) as string },
      files: [
        {
          path: '総務課.xlsx',
          format: 'xlsx',
          encoding: null,
          ledgers: [{ sheet: '台帳_総務課', department: '総務課', layout: 'template', group: null, level: null, assets: 1 }],
        },
      ],
      issues: [
        {
          code: 'LEVEL_INVALID',
          severity: 'error',
          file: '総務課.xlsx',
          sheet: '台帳_総務課',
          cell: 'E4',
          department: '総務課',
          message: 'レベル「レベル3」は使えません。一覧から「レベル1」か「レベル2」を選んでください。',
        },
      ],
      counts: { error: 1, warning: 0, info: 0 },
    });
  });

  test('exit 0 when there are only warnings', async () => {
    const fs = new MemoryFs().put('a.xlsx', await ledger('総務課', [[1, '職員給与データ', '給与の記録', 'A群', 'レベル2']]));
    const { status, report } = await runJson(memoryIo(fs), 'validate', 'a.xlsx', '--today', '2025-06-01');
    expect(brief(report)).toEqual(['LEVEL1_SUSPECTED warning a.xlsx 台帳_総務課!E4 総務課']);
    expect(status).toBe(0);
  });

  test('a bad file is FILE_UNREADABLE with its reason; the other files are still checked', async () => {
    const good = await ledger('総務課', [[1, '会議録', '紙の会議録', 'B群', 'レベル2']]);
    const fs = new MemoryFs()
      .put('truncated.xlsx', truncated(good))
      .put('random.xlsx', randomBytes(3000))
      .put('old.xls', legacyXls())
      .put('locked.xlsx', encryptedXlsx())
      .put('good.xlsx', good);
    const c = memoryIo(fs);
    const files = ['truncated.xlsx', 'random.xlsx', 'old.xls', 'locked.xlsx', 'missing.xlsx', 'good.xlsx'];
    const { status, report } = await runJson(c, 'validate', ...files, '--today', '2025-06-01');
    expect(status).toBe(1);
    expect(report.issues.map((i) => [i.code, i.file, i.sheet, i.cell])).toEqual([
      ['FILE_UNREADABLE', 'truncated.xlsx', null, null],
      ['FILE_UNREADABLE', 'random.xlsx', null, null],
      ['FILE_UNREADABLE', 'old.xls', null, null],
      ['FILE_UNREADABLE', 'locked.xlsx', null, null],
      ['FILE_UNREADABLE', 'missing.xlsx', null, null],
    ]);
    expect(report.issues.map((i) => i.message)).toEqual([
      'ファイルが途中で切れています（コピーやダウンロードが終わっていない可能性があります）。元のファイルをもう一度コピーしてください。',
      'Excel ブックでも CSV でもありません（PDF や画像など）。台帳のファイルを指定してください。',
      '古い Excel 形式（.xls）のファイルです。Excel で開き、「名前を付けて保存」で Excel ブック（.xlsx）として保存し直してください。パスワードがあれば先に解除してください。Excel がなければ LibreOffice で変換できます: soffice --headless --convert-to xlsx ファイル名.xls',
      'パスワードで保護されているため開けません。Excel で開いてパスワードを解除し、保存し直してください。',
      'ファイルが見つかりません。ファイル名と場所を確認してください。',
    ]);
    expect(report.files.map((f) => [f.path, f.ledgers.length])).toEqual(files.map((f) => [f, f === 'good.xlsx' ? 1 : 0]));
    expect(report.files.map((f) => f.format)).toEqual([null, null, null, null, null, 'xlsx']);
    expect(report.counts).toEqual({ error: 5, warning: 0, info: 0 });
  });

  test('a readable file without any ledger is LEDGER_NOT_FOUND (a warning)', async () => {
    const fs = new MemoryFs().put('no-ledger.xlsx', fixtureBytes('no-ledger.xlsx'));
    const { status, report } = await runJson(memoryIo(fs), 'validate', 'no-ledger.xlsx');
    expect(brief(report)).toEqual(['LEDGER_NOT_FOUND warning no-ledger.xlsx -!- -']);
    expect(status).toBe(0);
  });

  test('an empty workbook is LEDGER_NOT_FOUND, not a crash', async () => {
    const fs = new MemoryFs().put('empty.xlsx', await xlsxOf((wb) => wb.addWorksheet('Sheet1')));
    const { status, report } = await runJson(memoryIo(fs), 'validate', 'empty.xlsx');
    expect(brief(report)).toEqual(['LEDGER_NOT_FOUND warning empty.xlsx -!- -']);
    expect(status).toBe(0);
  });

  test('--departments: a 課 on the list without a ledger is DEPARTMENT_NOT_SUBMITTED', async () => {
    const fs = new MemoryFs().put('a.xlsx', await ledger('総務課', [[1, '会議録', '紙の会議録', 'B群', 'レベル2']])).put('list.txt', '# 提出対象\n総務課\n企画課\n');
    const { report } = await runJson(memoryIo(fs), 'validate', 'a.xlsx', '--departments', 'list.txt', '--today', '2025-06-01');
    expect(brief(report)).toEqual(['DEPARTMENT_NOT_SUBMITTED warning - -!- 企画課']);
  });

  test('--today decides LEDGER_STALE (更新日 2025/4/1 is stale in fiscal 2026)', async () => {
    const fs = new MemoryFs().put('a.xlsx', await ledger('総務課', [[1, '会議録', '紙の会議録', 'B群', 'レベル2']]));
    const { report } = await runJson(memoryIo(fs), 'validate', 'a.xlsx', '--today', '2026-04-01');
    expect(brief(report)).toEqual(['LEDGER_STALE warning a.xlsx 台帳_総務課!D2 総務課']);
  });

  test('formula-looking text stays text in the JSON', async () => {
    const fs = new MemoryFs().put(
      'a.xlsx',
      await ledger('総務課', [
        [1, '=HYPERLINK("http://x")', ' @SUM(1) ', 'B群', 'レベル2'],
        [2, '=HYPERLINK("http://x")', '-2+3', 'B群', 'レベル2'],
      ]),
    );
    const { report } = await runJson(memoryIo(fs), 'validate', 'a.xlsx', '--today', '2025-06-01');
    expect(brief(report)).toEqual(['TEXT_UNTRIMMED info a.xlsx 台帳_総務課!C4 総務課', 'ASSET_NAME_DUPLICATE warning a.xlsx 台帳_総務課!B5 総務課']);
    expect(report.issues[1]?.message).toContain('=HYPERLINK("http://x")');
  });

  test('text output: where, severity, code and message per finding, then the counts', async () => {
    const fs = new MemoryFs().put('a.xlsx', await ledger('総務課', [[1, '会議録', '紙の会議録', 'C群', 'レベル2']]));
    const { status, out } = await run(memoryIo(fs), 'validate', 'a.xlsx', '--today', '2025-06-01');
    expect(status).toBe(1);
    expect(out).toContain('a.xlsx › 台帳_総務課!D4: [エラー] GROUP_INVALID 群「C群」は使えません。');
    expect(out.trimEnd().split('\n').pop()).toBe('エラー 1 件、警告 0 件、情報 0 件');
  });

  test('--lang en, or an English LANG, gives English messages', async () => {
    const fs = new MemoryFs().put('a.xlsx', await ledger('総務課', [[1, '会議録', '紙の会議録', 'C群', 'レベル2']]));
    const en = await runJson(memoryIo(fs), 'validate', 'a.xlsx', '--lang', 'en', '--today', '2025-06-01');
    const byEnv = await runJson(memoryIo(fs, { LANG: 'en_US.UTF-8' }), 'validate', 'a.xlsx', '--today', '2025-06-01');
    expect(en.report.issues[0]?.message).toBe('Group "C群" is not allowed. Choose A群 or B群.');
    expect(byEnv.report.issues[0]?.message).toBe(en.report.issues[0]?.message);
  });
});

describe('ledger validate: wrong usage exits 2 and writes nothing to stdout', () => {
  const cases: [string, string[], string][] = [
    ['no file', ['validate'], '対象のファイル（.xlsx, .xlsm, .ods, .csv）を指定してください'],
    ['unknown option', ['validate', 'a.xlsx', '--strict'], '不明なオプションです: --strict'],
    ['missing value', ['validate', 'a.xlsx', '--today'], '--today には値が必要です'],
    ['bad date', ['validate', 'a.xlsx', '--today', '2025-02-30'], '--today の値が正しくありません: 2025-02-30'],
    ['bad format', ['validate', 'a.xlsx', '--format', 'csv'], '--format の値が正しくありません: csv'],
    ['missing department list', ['validate', 'a.xlsx', '--departments', 'nope.txt'], '課の一覧ファイルを読めません: nope.txt'],
    ['unknown command', ['check', 'a.xlsx'], '不明なコマンドです: check'],
    ['no command', [], 'コマンドを指定してください'],
    ['unknown language', ['validate', 'a.xlsx', '--lang', 'fr'], '--lang は ja か en です: fr'],
  ];
  test.each(cases)('%s', async (_name, argv, message) => {
    const c = memoryIo(new MemoryFs().put('a.xlsx', new Uint8Array([1])));
    const r = await run(c, ...argv);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
  });
});

describe('help', () => {
  test('ledger --help and ledger help CMD, Japanese by default and English on request', async () => {
    const ja = await run(memoryIo(), '--help');
    expect([ja.status, ja.out.split('\n')[0]]).toEqual([0, 'ledger — 情報資産台帳（花巻市情報セキュリティ基本方針）のコマンドライン']);
    const en = await run(memoryIo(), 'help', 'consolidate', '--lang', 'en');
    expect(en.status).toBe(0);
    expect(en.out).toContain('never an input file');
    expect(en.out).not.toContain('入力ファイル');
  });

  test('without --lang, help is bilingual: the chosen language first, then the other', async () => {
    const both = await run(memoryIo(), 'help', 'validate');
    expect(both.out.indexOf('台帳を方針のルールで検査')).toBeLessThan(both.out.indexOf('Checks the ledgers'));
    expect(both.out).toContain('Checks the ledgers');
  });
});
