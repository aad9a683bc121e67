import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

/** The real process: bin/ledger.cjs running the compiled CLI (build/cli, built by jest's global setup), as `npx ledger` runs it. */
const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

function ledger(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'ledger.cjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'ja_JP.UTF-8', ...env }, timeout: 60_000 });
}

/** The files the process (and its worker threads) loaded, as Node's module debugging prints them. */
function loadedFiles(stderr: string): string[] {
  return [...new Set([...stderr.matchAll(/^MODULE \d+: load "([^"]+)"/gm)].map((m) => m[1] ?? ''))].map((f) => relative(ROOT, f).split(sep).join('/'));
}

describe('node bin/ledger.cjs', () => {
  let dir = '';
  let copiesRoot = ''; // apart from `dir`, whose listing a test checks
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
    copiesRoot = mkdtempSync(join(tmpdir(), 'ledger-copies-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(copiesRoot, { recursive: true, force: true });
  });

  test('exit 0: --help', () => {
    const r = ledger(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ledger validate');
  });

  test('--help runs the compiled JavaScript and loads nothing else: no tsx, no TypeScript, not exceljs', () => {
    const r = ledger(['--help'], ROOT, { NODE_DEBUG: 'module' });
    expect(r.status).toBe(0);
    expect(loadedFiles(r.stderr)).toEqual(['bin/ledger.cjs', 'build/cli/ledger.cjs']);
  });

  test('worker threads load the same compiled code (build/cli/read-worker.cjs)', () => {
    const files = ['canonical-somu.xlsx', 'form-kikaku.xlsx', 'misc.xlsx'].map((f) => join(FIXTURES, f));
    const r = ledger(['validate', ...files, '--format', 'json', '--today', '2025-06-01'], ROOT, { NODE_DEBUG: 'module', LEDGER_READ_WORKERS: '1' });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(3);
    expect(loadedFiles(r.stderr)).toEqual(['bin/ledger.cjs', 'build/cli/ledger.cjs', 'build/cli/read-worker.cjs']);
  });

  test('exit 0: warnings only, JSON on stdout', () => {
    const r = ledger(['validate', join(FIXTURES, 'form-kikaku.xlsx'), '--format', 'json', '--today', '2025-06-01']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { counts: unknown }).counts).toEqual({ error: 0, warning: 3, info: 0 });
  });

  test('exit 1: errors (and a file that cannot be read)', () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const r = ledger(['validate', bad, join(FIXTURES, 'canonical-somu.xlsx'), '--today', '2025-06-01']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('FILE_UNREADABLE');
  });

  /** 400 copies of a small ledger (a megabyte of JSON, more than a pipe holds), removed with the suite's folders. */
  function manyFiles(): string[] {
    const copies = mkdtempSync(join(copiesRoot, 'copies-'));
    return Array.from({ length: 400 }, (_, i) => {
      const file = join(copies, `misc-${i}.xlsx`);
      copyFileSync(join(FIXTURES, 'misc.xlsx'), file);
      return file;
    });
  }

  /** `ledger validate FILES --format json` as a child with piped output (LEDGER_TIMINGS off: nothing else on stderr). */
  function validateChild(files: string[], stderr: 'pipe' | 'ignore') {
    const args = [join(ROOT, 'bin', 'ledger.cjs'), 'validate', ...files, '--format', 'json', '--today', '2025-06-01'];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', stderr], env: { ...process.env, LEDGER_TIMINGS: '' } });
    const stdout = child.stdout;
    if (stdout === null) throw new Error('stdout is piped');
    return { child, stdout };
  }

  test('the process ends only once a slow reader has all of its output (a megabyte of JSON), with its exit status', async () => {
    const { child, stdout } = validateChild(manyFiles(), 'ignore');
    try {
      const chunks: Buffer[] = [];
      let paused = false;
      stdout.on('data', (c: Buffer) => {
        chunks.push(c);
        if (paused) return;
        // The reader stops for a while after its first chunk: the rest, more than the pipe holds, waits in the child.
        paused = true;
        stdout.pause();
        setTimeout(() => stdout.resume(), 700);
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      const out = Buffer.concat(chunks).toString('utf8');
      expect(out.length).toBeGreaterThan(1_000_000);
      expect(status).toBe(1); // the copies are one 課 submitted 400 times: errors
      expect((JSON.parse(out) as { files: unknown[] }).files).toHaveLength(400);
    } finally {
      child.kill();
    }
  }, 30_000);

  test('a reader that goes away early (`| head`): the run ends with its own status, no stack trace', async () => {
    const { child, stdout } = validateChild(manyFiles(), 'pipe');
    try {
      let stderr = '';
      child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      stdout.once('data', () => stdout.destroy());
      const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      // The status is the run's (1: errors; no status-0 input of this size is at hand). What fails without the fix is
      // stderr: Node's "Unhandled 'error' event" with the EPIPE stack.
      expect(status).toBe(1);
      expect(stderr).toBe('');
    } finally {
      child.kill();
    }
  }, 30_000);

  test('exit 2: an unknown option', () => {
    const r = ledger(['validate', join(FIXTURES, 'form-kikaku.xlsx'), '--frmat', 'json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  test('consolidate writes the summary next to nothing else (no temporary file left)', () => {
    const out = join(dir, 'summary.xlsx');
    const r = ledger(['consolidate', join(FIXTURES, 'form-kikaku.xlsx'), '--out', out, '--today', '2025-06-01']);
    expect(r.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((f) => f !== 'bad.xlsx')).toEqual(['summary.xlsx']);
    const again = ledger(['consolidate', out, '--out', out]);
    expect(again.status).toBe(2);
  });

  test('npx ledger resolves the package bin: exit 0 for help, 2 for a missing argument', () => {
    const npx = (args: string[]) =>
      spawnSync('npx', ['--no-install', 'ledger', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' }, timeout: 60_000 });
    const help = npx(['help', 'template']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--department NAME');
    const missing = npx(['consolidate', join(FIXTURES, 'form-kikaku.xlsx')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--out is required');
  }, 120_000);
});
