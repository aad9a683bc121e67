/**
 * Whole processes as a user runs them: wall time (measured here), CPU time and peak resident memory (from
 * `/usr/bin/time`, which counts every thread of the process), and the CLI's own phases (`LEDGER_TIMINGS=1`,
 * see src/cli/timings.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = resolve(__dirname, '..');
const TIME = '/usr/bin/time';

export interface ProcessRun {
  wallMs: number;
  /** User + system CPU of the process, all threads (null without /usr/bin/time). */
  cpuMs: number | null;
  /** Peak resident set size (null without /usr/bin/time and without the CLI's own report). */
  maxRssKb: number | null;
  status: number | null;
  /** The CLI's `ledger-timings` line, when it printed one. */
  timings: Record<string, number> | null;
}

/** A command to measure: `node <script> args…`, or `<program> args…` (a program found on PATH, such as npx). */
export interface Command {
  readonly label: string;
  readonly script: string;
  /** Run this executable instead of `node <script>`. */
  readonly program?: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Exit statuses that count as success (validate exits 1 when the files hold errors). */
  readonly ok?: readonly number[];
  /** Run with the environment as given, `LEFT_OUT` included (only to measure what those variables cost). */
  readonly keepEnv?: boolean;
}

/**
 * Variables left out of every measured process's environment. NODE_EXTRA_CA_CERTS (this sandbox sets it for its
 * proxy) makes Node read and parse a whole certificate file at start-up, before any script runs: ~50 ms on this VM,
 * in every process alike, the floor included. No reader needs it, and it is no part of how a clerk's `ledger` runs;
 * left in, it pads the floor and flatters every ratio to it.
 */
export const LEFT_OUT = ['NODE_EXTRA_CA_CERTS'] as const;

/** The environment a measured process runs in: ours, less `LEFT_OUT` (unless kept), plus the command's. */
export function benchEnv(base: Readonly<Record<string, string | undefined>>, cmd: Pick<Command, 'env' | 'keepEnv'>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...base, LANG: 'ja_JP.UTF-8', LEDGER_TIMINGS: '1', ...cmd.env };
  if (!cmd.keepEnv) for (const name of LEFT_OUT) delete env[name];
  return env;
}

const scratch = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Run one command once; throws when it fails. stdout is discarded (the CLI still writes it, into /dev/null). */
export function runProcess(cmd: Command): ProcessRun {
  const timeOut = join(scratch, 'time.txt');
  const node = cmd.program !== undefined ? [cmd.program, ...cmd.args] : [process.execPath, resolve(ROOT, cmd.script), ...cmd.args];
  const useTime = existsSync(TIME);
  const argv = useTime ? [TIME, '-f', '%U %S %M', '-o', timeOut, ...node] : node;
  const t0 = performance.now();
  const r = spawnSync(argv[0] ?? '', argv.slice(1), {
    cwd: ROOT,
    env: benchEnv(process.env, cmd),
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  if (r.error) throw r.error;
  if (!(cmd.ok ?? [0]).includes(r.status ?? -1)) throw new Error(`${cmd.label}: exit ${String(r.status)}\n${r.stderr.slice(-2000)}`);
  const line = /^ledger-timings (\{.*\})$/m.exec(r.stderr);
  const timings = line ? (JSON.parse(line[1] ?? '{}') as Record<string, number>) : null;
  let cpuMs: number | null = null;
  let maxRssKb: number | null = timings?.['maxRssKb'] ?? null;
  if (useTime) {
    const last = readFileSync(timeOut, 'utf8').trim().split('\n').pop() ?? '';
    const [user, sys, rss] = last.split(' ').map(Number);
    cpuMs = Math.round(((user ?? 0) + (sys ?? 0)) * 1000);
    maxRssKb = rss ?? maxRssKb;
  }
  return { wallMs: Math.round(wallMs), cpuMs, maxRssKb, status: r.status, timings };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Medians over rounds of one command. */
export interface Summary {
  label: string;
  runs: number;
  wallMs: number;
  cpuMs: number | null;
  maxRssMb: number | null;
  /** Every round's wall time, in order. */
  wallsMs: number[];
  /** Median of each phase of the CLI (ms), when it reported them. */
  phases: Record<string, number> | null;
}

export function summarise(label: string, runs: readonly ProcessRun[]): Summary {
  const nums = (f: (r: ProcessRun) => number | null) => runs.map(f).filter((x): x is number => x !== null);
  const cpu = nums((r) => r.cpuMs);
  const rss = nums((r) => r.maxRssKb);
  let phases: Record<string, number> | null = null;
  const withTimings = runs.flatMap((r) => (r.timings ? [r.timings] : []));
  if (withTimings.length > 0) {
    phases = {};
    for (const key of Object.keys(withTimings[0] ?? {})) phases[key] = Math.round(median(withTimings.map((t) => t[key] ?? 0)));
  }
  return {
    label,
    runs: runs.length,
    wallMs: Math.round(median(runs.map((r) => r.wallMs))),
    cpuMs: cpu.length > 0 ? Math.round(median(cpu)) : null,
    maxRssMb: rss.length > 0 ? Math.round(median(rss) / 1024) : null,
    wallsMs: runs.map((r) => r.wallMs),
    phases,
  };
}

/**
 * Run the commands in interleaved rounds (so a busy machine slows all alike) after a warm-up run of `warmUp` (by
 * default each command once: the page cache and the files' first read are not a figure).
 */
export function interleaved(commands: readonly Command[], rounds: number, log: (s: string) => void = () => undefined, warmUp: readonly Command[] = commands): Summary[] {
  for (const c of warmUp) runProcess(c);
  const runs: ProcessRun[][] = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    commands.forEach((c, i) => runs[i]?.push(runProcess(c)));
    log(`bench: round ${round + 1}/${rounds}: ${commands.map((c, i) => `${c.label} ${runs[i]?.[round]?.wallMs ?? '?'} ms`).join(', ')}`);
  }
  return commands.map((c, i) => summarise(c.label, runs[i] ?? []));
}
