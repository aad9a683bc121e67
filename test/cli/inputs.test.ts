/**
 * Only regular files are read: a device, a FIFO or a directory gets a clear FILE_UNREADABLE at once (nothing
 * blocks on /dev/zero or a FIFO without a writer), a file over the input cap is refused before it is read,
 * and the same real file given twice (the same path, a symlink, a hard link) is read once.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonReport } from '../../src/cli/report';
import { nodeFs } from '../../src/cli/node-io';
import { fill, xlsxOf } from '../xlsx/helpers';
import { MemoryFs, memoryIo } from './memory-io';
import { brief, runJson } from './run';

const ROOT = join(__dirname, '..', '..');

const ledger = (dept: string) =>
  xlsxOf((wb) => fill(wb.addWorksheet(`台帳_${dept}`), [[`情報資産台帳（${dept}）`], ['課名', dept, '更新日', '2025/4/1'], ['番号', '情報資産名', '内容', '群', 'レベル'], [1, '会議録', '紙の会議録', 'B群', 'レベル2']]));

let dir = '';
let fifo = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-inputs-'));
  fifo = join(dir, 'pipe.xlsx');
  execFileSync('mkfifo', [fifo]);
  mkdirSync(join(dir, 'folder.xlsx'));
  writeFileSync(join(dir, '総務課.xlsx'), await ledger('総務課'));
  symlinkSync(join(dir, '総務課.xlsx'), join(dir, 'link.xlsx'));
  linkSync(join(dir, '総務課.xlsx'), join(dir, 'hard.xlsx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const code = (p: Promise<unknown>) => p.then(() => 'read', (e: { code?: string }) => e.code);

describe('nodeFs.readFile', () => {
  test('a device, a FIFO without a writer and a directory fail at once, with their codes', async () => {
    expect(await code(nodeFs.readFile('/dev/zero'))).toBe('ENOTREG');
    expect(await code(nodeFs.readFile(fifo))).toBe('ENOTREG');
    expect(await code(nodeFs.readFile(join(dir, 'folder.xlsx')))).toBe('EISDIR');
  });
  test('a file over maxBytes fails before it is read (EFBIG, with its size); at the cap it is read', async () => {
    const size = (await nodeFs.readFile(join(dir, '総務課.xlsx'))).length;
    await expect(nodeFs.readFile(join(dir, '総務課.xlsx'), { maxBytes: size - 1 })).rejects.toMatchObject({ code: 'EFBIG', size });
    expect((await nodeFs.readFile(join(dir, '総務課.xlsx'), { maxBytes: size })).length).toBe(size);
  });
});

describe('node bin/ledger.cjs validate', () => {
  test('/dev/zero, a FIFO and a folder: each a FILE_UNREADABLE that says what it is; the ledger is still checked; the same file through a symlink and a hard link is read once', () => {
    const files = ['/dev/zero', fifo, join(dir, 'folder.xlsx'), join(dir, '総務課.xlsx'), join(dir, 'link.xlsx'), join(dir, 'hard.xlsx'), join(dir, '総務課.xlsx')];
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'ledger.cjs'), 'validate', ...files, '--format', 'json', '--today', '2025-06-01'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'ja_JP.UTF-8' },
      timeout: 60_000,
    });
    expect(r.signal).toBeNull(); // not killed by the timeout: nothing blocked
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => f.path)).toEqual(files.slice(0, 4));
    expect(report.issues.map((i) => [i.file, i.code, i.message])).toEqual([
      ['/dev/zero', 'FILE_UNREADABLE', '通常のファイルではありません（デバイスや名前付きパイプなど）。台帳のファイルを指定してください。'],
      [fifo, 'FILE_UNREADABLE', '通常のファイルではありません（デバイスや名前付きパイプなど）。台帳のファイルを指定してください。'],
      [join(dir, 'folder.xlsx'), 'FILE_UNREADABLE', 'フォルダーが指定されています。ファイルを指定してください。'],
    ]);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
      `ledger: ${join(dir, 'link.xlsx')} は ${join(dir, '総務課.xlsx')} と同じファイルです。1 回だけ読みます。`,
      `ledger: ${join(dir, 'hard.xlsx')} は ${join(dir, '総務課.xlsx')} と同じファイルです。1 回だけ読みます。`,
      `ledger: ${join(dir, '総務課.xlsx')} は ${join(dir, '総務課.xlsx')} と同じファイルです。1 回だけ読みます。`,
    ]);
    expect(r.status).toBe(1);
  });

  test('--departments /dev/zero is refused at once', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'ledger.cjs'), 'validate', join(dir, '総務課.xlsx'), '--departments', '/dev/zero'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'ja_JP.UTF-8' },
      timeout: 60_000,
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('課の一覧ファイルを読めません: /dev/zero');
  });
});

describe('the same file twice (in-process)', () => {
  test('read once: no DEPARTMENT_DUPLICATE against itself, the repeat named on stderr', async () => {
    const fs = new MemoryFs().put('a/総務課.xlsx', await ledger('総務課'));
    fs.links.set('b/総務課.xlsx', 'a/総務課.xlsx');
    const c = memoryIo(fs);
    const { status, report, err } = await runJson(c, 'validate', 'a/総務課.xlsx', 'b/総務課.xlsx', '--today', '2025-06-01');
    expect(brief(report)).toEqual([]);
    expect(report.files.map((f) => f.path)).toEqual(['a/総務課.xlsx']);
    expect(err).toBe('ledger: b/総務課.xlsx は a/総務課.xlsx と同じファイルです。1 回だけ読みます。\n');
    expect(status).toBe(0);
  });
});
