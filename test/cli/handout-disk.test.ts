/** The hand-out on the real file system (Node's fs through nodeIo): folders made, names as planned, nothing overwritten. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/node-io';

// Several workbooks are written and read per test: generous under a loaded machine, never a speed assertion.
jest.setTimeout(30_000);

async function ledger(cwd: string, ...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { ...nodeIo(), env: { LANG: 'ja_JP.UTF-8' }, stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t) };
  const abs = argv.map((a) => (a.startsWith('@') ? join(cwd, a.slice(1)) : a));
  return { status: await main(abs, io), out, err };
}

describe('hand-out on disk', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-handout-'));
    writeFileSync(join(dir, '課一覧.txt'), '\uFEFF総務課\r\n企画/広報課\r\nCON\r\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('creates the nested output folder and one file per 課, no temporary file left; a second run keeps them', async () => {
    const r = await ledger(dir, 'template', '--departments', '@課一覧.txt', '--out-dir', '@令和8年度/配布', '--today', '2026-04-01');
    expect(r.status).toBe(0);
    const out = join(dir, '令和8年度', '配布');
    expect(readdirSync(out).sort()).toEqual(['台帳_CON.xlsx', '台帳_企画／広報課.xlsx', '台帳_総務課.xlsx'].sort());
    expect(readFileSync(join(out, '台帳_総務課.xlsx')).subarray(0, 2).toString()).toBe('PK');
    writeFileSync(join(out, '台帳_総務課.xlsx'), 'edited by the clerk');
    const again = await ledger(dir, 'template', '--departments', '@課一覧.txt', '--out-dir', '@令和8年度/配布');
    expect(again.status).toBe(0);
    expect(again.out).toContain('課 3 件: 書き出し 0 件、既存のまま 3 件、失敗 0 件');
    expect(readFileSync(join(out, '台帳_総務課.xlsx'), 'utf8')).toBe('edited by the clerk');
  });

  test('an output folder that is a file: nothing written, exit 1', async () => {
    writeFileSync(join(dir, '配布'), 'a file');
    const r = await ledger(dir, 'template', '--departments', '@課一覧.txt', '--out-dir', '@配布');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/出力先のフォルダー .*配布 を作れませんでした（(EEXIST|ENOTDIR)）/);
    expect(readdirSync(dir).sort()).toEqual(['配布', '課一覧.txt'].sort());
  });
});
