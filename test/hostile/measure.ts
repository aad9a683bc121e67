/**
 * `ledger validate FILE --format json` as a real process (bin/ledger.cjs, as `npx ledger` runs it), with its
 * peak memory and CPU time measured from inside (rss-report.cjs, preloaded): what issue 9 bounds per file
 * (≤ 500 MB, ≤ 10 s). CPU time rather than wall time, so that other work on the machine does not count.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface Measured {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly maxRssMb: number;
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
}

export const BOUNDS = { maxRssMb: 500, cpuSeconds: 10 } as const;

export function measureValidate(file: string, timeoutMs = 120_000): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-measure-'));
  const out = join(dir, 'usage.json');
  try {
    const r = spawnSync(process.execPath, ['--require', join(__dirname, 'rss-report.cjs'), join(ROOT, 'bin', 'ledger.cjs'), 'validate', file, '--format', 'json', '--today', '2025-06-01'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'ja_JP.UTF-8', LEDGER_MEASURE_OUT: out, LEDGER_READ_WORKERS: '0' },
      timeout: timeoutMs,
      maxBuffer: 1024 * 1024 * 1024,
    });
    let usage = { maxRssKb: Number.NaN, cpuMicros: Number.NaN, wallMs: Number.NaN };
    try {
      usage = JSON.parse(readFileSync(out, 'utf8')) as typeof usage;
    } catch {
      // killed (timeout) before it could report: NaN figures fail every bound
    }
    return {
      status: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      maxRssMb: Math.round(usage.maxRssKb / 1024),
      cpuSeconds: Math.round(usage.cpuMicros / 1e4) / 100,
      wallSeconds: Math.round(usage.wallMs / 10) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
