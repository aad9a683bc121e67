/**
 * The CLI as users run it (issue 11): whole processes, interleaved in one run with the floors, over 100
 * department files × 500 rows (bench/cli-files.ts):
 * - the inflate floor (bench/inflate-floor.cjs: read each file, inflate every zip entry, nothing more),
 * - exceljs reading the files (bench/exceljs-read.cjs, the old floor of SPEC §9),
 * - `ledger validate FILE… --format json` and `ledger consolidate FILE… --out …` (bin/ledger.cjs, the compiled CLI).
 * Medians of 5 rounds; ratios to the inflate floor; peak RSS per process; the CLI's phases. Budgets (printed
 * verdicts): consolidate ≤ 3× the floor, validate ≤ 2.5×, consolidate's peak RSS ≤ 150 MB. Every process runs
 * without the variables of `LEFT_OUT` (processes.ts); an empty Node process, with and without them, shows what
 * start-up is in every figure and what they would add.
 *
 * With `--scale`: consolidate (and the floor) over 10, 100 and 1,000 files × 500 rows and 100 files × 5,000 rows:
 * time should grow linearly with the rows and peak memory stay bounded (≤ 300 MB at 1,000 files).
 *
 * Run alone: `npx tsx bench/cli.ts [--scale]`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { benchFiles } from './cli-files';
import { LEFT_OUT, ROOT, interleaved } from './processes';
import type { Command, Summary } from './processes';

const TODAY = ['--today', '2025-06-01'];
const SUMMARY_OUT = join(ROOT, '.bench', 'cli-summary.xlsx');
const log = (s: string) => console.error(s);

export const BUDGET = { consolidateRatio: 3, validateRatio: 2.5, consolidateRssMb: 150, scaleRssMb: 300, helpCpuMs: 250 } as const;

/**
 * The `npx` a user's shell would run: the first on PATH (Debian's package, NodeSource's and nvm's all put one there),
 * or null. Not on Windows, where it is a .cmd the bench does not start.
 */
function npxOnPath(): string | null {
  if (process.platform === 'win32') return null;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const path = join(dir, 'npx');
    try {
      accessSync(path, constants.X_OK); // as a shell looks: the first executable of that name
      return path;
    } catch {
      // not here
    }
  }
  return null;
}

/** The variables of `LEFT_OUT` this environment sets. */
const leftOutHere = () => LEFT_OUT.filter((name) => (process.env[name] ?? '') !== '');

function commands(
  files: readonly string[],
  npx: string | null,
): Record<'floor' | 'exceljs' | 'validate' | 'consolidate' | 'consolidateOneWorker' | 'emptyNode' | 'emptyNodeAsSet' | 'help' | 'npxHelp', Command> {
  const consolidateArgs = ['consolidate', ...files, '--out', SUMMARY_OUT, '--format', 'json', ...TODAY];
  return {
    floor: { label: 'inflate floor', script: 'bench/inflate-floor.cjs', args: files },
    exceljs: { label: 'exceljs read', script: 'bench/exceljs-read.cjs', args: files },
    validate: { label: 'ledger validate', script: 'bin/ledger.cjs', args: ['validate', ...files, '--format', 'json', ...TODAY], ok: [0, 1] },
    consolidate: { label: 'ledger consolidate', script: 'bin/ledger.cjs', args: consolidateArgs, ok: [0, 1] },
    // For comparison only (no verdict): the same without worker threads, which pay off only with a core to spare.
    consolidateOneWorker: { label: 'consolidate, 1 worker', script: 'bin/ledger.cjs', args: consolidateArgs, env: { LEDGER_READ_WORKERS: '1' }, ok: [0, 1] },
    emptyNode: { label: 'empty node', script: 'bench/empty.cjs', args: [] },
    emptyNodeAsSet: { label: 'empty node, env as set', script: 'bench/empty.cjs', args: [], keepEnv: true },
    help: { label: 'ledger --help', script: 'bin/ledger.cjs', args: ['--help'] },
    // What the README's `npx ledger` costs on top: npm starts and reads the project's whole node_modules tree first.
    // On a fresh clone the warm-up round's npx also links the project into npm's cache (~/.npm/_npx), running
    // its prepare script once; the measured rounds find it there.
    npxHelp: { label: 'npx ledger --help', script: '', program: npx ?? 'npx', args: ['ledger', '--help'] },
  };
}

export interface CliBench {
  files: number;
  rowsPerFile: number;
  rounds: number;
  floor: Summary;
  exceljs: Summary;
  validate: Summary;
  consolidate: Summary;
  /** consolidate with LEDGER_READ_WORKERS=1 (one worker thread), for comparison with the default (none on 2 CPUs). */
  consolidateOneWorker: Summary;
  /** Node's start-up alone, as every process above runs. */
  emptyNode: Summary;
  /** The same with the `LEFT_OUT` variables this environment sets (`leftOut`); null when it sets none. */
  emptyNodeAsSet: Summary | null;
  leftOut: string[];
  /** `node bin/ledger.cjs --help`, and the same through npx (null where npx is not found). */
  help: Summary;
  npxHelp: Summary | null;
  validateRatio: number;
  consolidateRatio: number;
  exceljsRatio: number;
}

const ratio = (a: Summary, floor: Summary) => Number((a.wallMs / floor.wallMs).toFixed(2));
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

/** Compile the CLI from the current sources (scripts/build-cli.mjs): the bench measures what `npm ci` builds. */
function buildCli(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench: building the CLI failed');
}

/** 100 files × 500 rows: the floors, validate and consolidate, 5 interleaved rounds. */
export async function benchCli(rounds = Number(process.env['BENCH_ROUNDS'] ?? 5)): Promise<CliBench> {
  buildCli();
  const files = await benchFiles(100, 500, log);
  const npx = npxOnPath();
  const c = commands(files, npx);
  const leftOut = leftOutHere();
  const run = [c.floor, c.exceljs, c.validate, c.consolidate, c.consolidateOneWorker, c.emptyNode, c.help];
  if (leftOut.length > 0) run.push(c.emptyNodeAsSet);
  if (npx !== null) run.push(c.npxHelp);
  const summaries = interleaved(run, rounds, log); // in the order of `run`
  const find = (cmd: Command) => summaries[run.indexOf(cmd)] ?? null; // indexOf −1: not run
  const must = (cmd: Command) => {
    const m = find(cmd);
    if (!m) throw new Error(`bench: ${cmd.label} was not measured`);
    return m;
  };
  const [floor, exceljs, validate, consolidate, consolidateOneWorker, emptyNode, help] = [c.floor, c.exceljs, c.validate, c.consolidate, c.consolidateOneWorker, c.emptyNode, c.help].map(must) as [
    Summary,
    Summary,
    Summary,
    Summary,
    Summary,
    Summary,
    Summary,
  ];
  return {
    files: files.length,
    rowsPerFile: 500,
    rounds,
    floor,
    exceljs,
    validate,
    consolidate,
    consolidateOneWorker,
    emptyNode,
    emptyNodeAsSet: find(c.emptyNodeAsSet),
    leftOut,
    help,
    npxHelp: find(c.npxHelp),
    validateRatio: ratio(validate, floor),
    consolidateRatio: ratio(consolidate, floor),
    exceljsRatio: ratio(exceljs, floor),
  };
}

const cpuRatio = (a: Summary, floor: Summary) => (a.cpuMs !== null && floor.cpuMs ? `${(a.cpuMs / floor.cpuMs).toFixed(2)}×` : '?');

function row(s: Summary, floor: Summary): string {
  const cpu = s.cpuMs !== null ? `${s.cpuMs} ms CPU (${cpuRatio(s, floor)})` : 'CPU ?';
  const rss = s.maxRssMb !== null ? `${s.maxRssMb} MB peak RSS` : 'RSS ?';
  return `  ${s.label.padEnd(20)} ${String(s.wallMs).padStart(6)} ms  ${ratio(s, floor).toFixed(2).padStart(5)}× floor  ${cpu.padStart(22)}  ${rss}`;
}

const PHASES = ['startup', 'read', 'check', 'model', 'summary', 'report'] as const; // read's CPU is in checkCpu (see src/cli/timings.ts)

function phaseLine(s: Summary): string {
  const p = s.phases;
  if (!p) return `  ${s.label}: no phases reported`;
  const parts = PHASES.filter((k) => (p[k] ?? 0) > 0 || (p[`${k}Cpu`] ?? 0) > 0).map((k) =>
    k === 'read' ? `read ${p[k] ?? 0}` : k === 'check' ? `check ${p[k] ?? 0} (read+check CPU ${p['checkCpu'] ?? '?'})` : `${k} ${p[k] ?? 0}/${p[`${k}Cpu`] ?? '?'}`,
  );
  return `  ${s.label} phases, ms wall/CPU (medians): ${parts.join(', ')}; total ${p['total'] ?? '?'}/${p['cpu'] ?? '?'}`;
}

/**
 * How steady the machine was: the floor does the same work every round, so its spread is the host's noise. Past a
 * tenth of its median the wall times of the run are inflated (another process, a busy host) and worth taking again.
 * From five rounds on, the fastest and the slowest are left out: one odd round does not move a median.
 */
export function noiseLine(floor: Summary): string {
  const sorted = [...floor.wallsMs].sort((a, b) => a - b);
  const kept = sorted.length >= 5 ? sorted.slice(1, -1) : sorted;
  const low = kept[0] ?? 0;
  const high = kept[kept.length - 1] ?? 0;
  const spread = (high - low) / floor.wallMs;
  const steady = spread <= 0.1;
  const which = kept.length < sorted.length ? `${kept.length} of its ${sorted.length} rounds (the extremes left out)` : `${sorted.length} rounds`;
  return `cli: the floor's ${which} took ${low}–${high} ms (spread ${Math.round(spread * 100)} % of the median): ${steady ? 'steady' : 'NOISY — the host was busy; take the figures again on a quiet machine'}`;
}

/** What Node's start-up is in every figure, and what the environment's left-out variables would add to each. */
export function startupLine(r: Pick<CliBench, 'emptyNode' | 'emptyNodeAsSet' | 'leftOut'>): string {
  const bare = `cli: an empty node process takes ${r.emptyNode.wallMs} ms (${r.emptyNode.cpuMs ?? '?'} ms CPU), inside every figure above`;
  if (!r.emptyNodeAsSet) return `${bare}.`;
  const names = r.leftOut.join(', ');
  const extra = r.emptyNodeAsSet.wallMs - r.emptyNode.wallMs;
  const signed = extra >= 0 ? `+${extra}` : `${extra}`;
  return `${bare}; with ${names} as this environment sets it, ${r.emptyNodeAsSet.wallMs} ms (${signed} ms in every process, the floor included): left out of every figure above.`;
}

/** `ledger --help` against its budget (issue 11: ≤ 0.25 s CPU), and what starting it through npx costs. */
export function helpLine(r: Pick<CliBench, 'help' | 'npxHelp'>): string {
  const cpu = r.help.cpuMs;
  const own = `cli: ledger --help ${r.help.wallMs} ms, ${cpu ?? '?'} ms CPU (budget ≤ ${BUDGET.helpCpuMs} ms CPU): ${cpu === null ? 'not measured' : verdict(cpu <= BUDGET.helpCpuMs)}`;
  if (!r.npxHelp) return `${own}; npx not found on PATH.`;
  return `${own}; through npx ${r.npxHelp.wallMs} ms, ${r.npxHelp.cpuMs ?? '?'} ms CPU (npm reads the whole node_modules tree before it starts ledger; README: npm install --global .).`;
}

/** The lines `npm run bench` prints for the 100 × 500 comparison. */
export function cliLines(r: CliBench): string[] {
  const rss = r.consolidate.maxRssMb;
  return [
    `cli: ${r.files} files × ${r.rowsPerFile} rows, whole processes, medians of ${r.rounds} interleaved rounds:`,
    row(r.floor, r.floor),
    row(r.exceljs, r.floor),
    row(r.validate, r.floor),
    row(r.consolidate, r.floor),
    row(r.consolidateOneWorker, r.floor),
    phaseLine(r.validate),
    phaseLine(r.consolidate),
    noiseLine(r.floor),
    startupLine(r),
    helpLine(r),
    `cli: validate ${r.validateRatio}× the inflate floor (budget ≤ ${BUDGET.validateRatio}×): ${verdict(r.validateRatio <= BUDGET.validateRatio)}`,
    `cli: consolidate ${r.consolidateRatio}× the inflate floor (budget ≤ ${BUDGET.consolidateRatio}×): ${verdict(r.consolidateRatio <= BUDGET.consolidateRatio)}`,
    `cli: consolidate peak RSS ${rss ?? '?'} MB (budget ≤ ${BUDGET.consolidateRssMb} MB): ${rss === null ? 'not measured' : verdict(rss <= BUDGET.consolidateRssMb)}`,
  ];
}

export interface ScalePoint {
  files: number;
  rowsPerFile: number;
  rows: number;
  floor: Summary;
  consolidate: Summary;
}

const SCALE: readonly [number, number][] = [
  [10, 500],
  [100, 500],
  [1000, 500],
  [100, 5000],
];

/** `--scale`: consolidate and the floor over each size, 3 interleaved rounds each. */
export async function benchScale(rounds = 3): Promise<ScalePoint[]> {
  buildCli();
  const points: ScalePoint[] = [];
  for (const [count, rows] of SCALE) {
    const files = await benchFiles(count, rows, log);
    const c = commands(files, null);
    // Warm-up: the floor alone brings the files into the page cache (a warm-up consolidate of 1,000 files costs more).
    const [floor, consolidate] = interleaved([c.floor, c.consolidate], rounds, log, [c.floor]) as [Summary, Summary];
    points.push({ files: count, rowsPerFile: rows, rows: count * rows, floor, consolidate });
  }
  return points;
}

/** The curve, and verdicts: linear time, bounded memory. */
export function scaleLines(points: readonly ScalePoint[]): string[] {
  const lines = ['scale: ledger consolidate, whole processes, medians of 3 interleaved rounds with the floor (ms per 1,000 rows includes start-up)'];
  lines.push(`  ${'files × rows'.padEnd(14)} ${'rows'.padStart(8)} ${'floor ms'.padStart(9)} ${'consolidate ms'.padStart(15)} ${'× floor'.padStart(8)} ${'ms/1k rows'.padStart(11)} ${'peak RSS'.padStart(9)}`);
  for (const p of points) {
    lines.push(
      `  ${`${p.files} × ${p.rowsPerFile}`.padEnd(14)} ${String(p.rows).padStart(8)} ${String(p.floor.wallMs).padStart(9)} ${String(p.consolidate.wallMs).padStart(15)} ${(p.consolidate.wallMs / p.floor.wallMs).toFixed(2).padStart(8)} ${(p.consolidate.wallMs / (p.rows / 1000)).toFixed(1).padStart(11)} ${`${p.consolidate.maxRssMb ?? '?'} MB`.padStart(9)}`,
    );
  }
  const at = (files: number, rows: number) => points.find((p) => p.files === files && p.rowsPerFile === rows);
  const small = at(10, 500);
  const mid = at(100, 500);
  const big = at(1000, 500);
  const tall = at(100, 5000);
  if (small && mid && big) {
    // The cost of each further row, from 10 to 100 files and from 100 to 1,000: equal when time is linear.
    const slopeLow = (mid.consolidate.wallMs - small.consolidate.wallMs) / (mid.rows - small.rows);
    const slopeHigh = (big.consolidate.wallMs - mid.consolidate.wallMs) / (big.rows - mid.rows);
    const growth = slopeHigh / slopeLow;
    lines.push(
      `scale: ms per further 1,000 rows ${(slopeLow * 1000).toFixed(1)} (10→100 files) and ${(slopeHigh * 1000).toFixed(1)} (100→1,000 files), ratio ${growth.toFixed(2)} (linear: ≤ 1.25): ${verdict(growth <= 1.25)}`,
    );
  }
  for (const p of [big, tall]) {
    if (!p) continue;
    const rss = p.consolidate.maxRssMb;
    lines.push(`scale: peak RSS at ${p.files} × ${p.rowsPerFile} ${rss ?? '?'} MB (budget ≤ ${BUDGET.scaleRssMb} MB): ${rss === null ? 'not measured' : verdict(rss <= BUDGET.scaleRssMb)}`);
  }
  if (big && tall) {
    const same = tall.consolidate.wallMs / big.consolidate.wallMs;
    lines.push(`scale: 100 × 5,000 takes ${same.toFixed(2)}× the time of 1,000 × 500 (the same rows in fewer, larger files)`);
  }
  return lines;
}

if (require.main === module) {
  (async () => {
    const r = await benchCli();
    for (const line of cliLines(r)) console.log(line);
    console.log(`cli: ${JSON.stringify(r)}`);
    if (process.argv.includes('--scale')) for (const line of scaleLines(await benchScale())) console.log(line);
  })().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
