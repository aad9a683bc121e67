/**
 * `ledger consolidate` killed with SIGKILL while it writes: the old summary is intact and the temporary file it
 * leaves (ledger content) is removed by the next run, which says so (issue 9 item 5). The kill lands the moment
 * the temporary file appears in the folder (fs.watch), before the rename.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/xlsx/read';
import { LEDGER_ROWS, bookEntries, worksheet } from '../hostile/book';
import { craftZip } from '../hostile/zip-craft';

jest.setTimeout(240_000);

const ROOT = join(__dirname, '..', '..');
const CLI = [join(ROOT, 'bin', 'ledger.cjs')];
const ENV = { ...process.env, LANG: 'ja_JP.UTF-8', LEDGER_READ_WORKERS: '0' };

/** A ledger of `rows` assets (a summary of several MB from a few of them; all name 台帳_総務課, which is an error, not a problem here). */
function ledger(dept: string, rows: number): Uint8Array {
  const body: string[] = [LEDGER_ROWS.slice(0, LEDGER_ROWS.indexOf('<row r="2">'))];
  for (let r = 2; r <= rows + 1; r++) {
    body.push(`<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>${dept}の資産${r}</t></is></c><c r="C${r}" t="inlineStr"><is><t>${'内容'.repeat(30)}</t></is></c><c r="D${r}" t="inlineStr"><is><t>B群</t></is></c><c r="E${r}" t="inlineStr"><is><t>レベル2</t></is></c></row>`);
  }
  return craftZip(bookEntries({ sheets: [worksheet(`<sheetData>${body.join('')}</sheetData>`)] }));
}

const temps = (dir: string) => readdirSync(dir).filter((n) => /^\.集計\.xlsx\.ledger-.*\.tmp$/.test(n));

/** Run consolidate and SIGKILL it as soon as its temporary file appears; whether it was caught before the rename. */
function killWhileWriting(dir: string, inputs: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, 'consolidate', ...inputs, '--out', join(dir, '集計.xlsx'), '--format', 'json'], { env: ENV, stdio: 'ignore' });
    let caught = false;
    const watcher = watch(dir, (_event, name) => {
      if (!caught && typeof name === 'string' && name.includes('.ledger-') && name.endsWith('.tmp')) {
        caught = child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      watcher.close();
      resolve(signal === 'SIGKILL');
    });
  });
}

test('killed while writing: the old summary stays whole; the next run removes the temporary file and says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-kill-'));
  try {
    const inputs = ['総務課', '企画課', '財政課'].map((d) => {
      const path = join(dir, `${d}.xlsx`);
      writeFileSync(path, ledger(d, 15_000));
      return path;
    });
    const first = spawnSync(process.execPath, [...CLI, 'consolidate', ...inputs, '--out', join(dir, '集計.xlsx')], { env: ENV, encoding: 'utf8' });
    expect(first.stdout).toContain(`集計を書き出しました: ${join(dir, '集計.xlsx')}`);
    let killedWriting = 0;
    for (let attempt = 0; attempt < 8 && temps(dir).length === 0; attempt++) {
      const before = readFileSync(join(dir, '集計.xlsx'));
      if (await killWhileWriting(dir, inputs)) killedWriting++;
      // Killed before the rename: the old summary, byte for byte. (Where the kill came after it, the new one, whole.)
      const after = readFileSync(join(dir, '集計.xlsx'));
      if (temps(dir).length > 0) expect(after.equals(before)).toBe(true);
      else expect((await readXlsx(after, '集計.xlsx')).sheets.find((x) => x.name === '集計_資産一覧')?.rows.length).toBe(45_001);
    }
    expect(killedWriting).toBeGreaterThan(0);
    const left = temps(dir);
    expect(left.length).toBeGreaterThan(0);

    const next = spawnSync(process.execPath, [...CLI, 'consolidate', ...inputs, '--out', join(dir, '集計.xlsx')], { env: ENV, encoding: 'utf8' });
    expect(next.stdout).toContain(`集計を書き出しました: ${join(dir, '集計.xlsx')}`);
    expect(next.stderr).toBe(left.map((n) => `ledger: 中断された書き出しが残した一時ファイルを削除しました: ${join(dir, n)}\n`).join(''));
    expect(temps(dir)).toEqual([]);
    const book = await readXlsx(readFileSync(join(dir, '集計.xlsx')), '集計.xlsx');
    expect(book.sheets.find((s) => s.name === '集計_資産一覧')?.rows.length).toBe(45_001);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
