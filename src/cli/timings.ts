
/**
 * Where a run's time goes, for `npm run bench` (issue 11): with `LEDGER_TIMINGS=1` in the environment the CLI
 * prints one line `ledger-timings {…}` to stderr when it ends. Phases are wall-clock milliseconds on the main
 * thread, added up over the run (reading and checking alternate file by file), each with the CPU time of the
 * whole process (all threads) meanwhile as `<phase>Cpu` — on a busy machine the steadier figure. Reading and
 * checking alternate per file, so their CPU time is only known together (`readCheckCpu`; asking the system
 * twice per file would cost more than it tells):
 * - `startup`: from the process's start to the CLI's first line (Node, then loading the compiled CLI);
 * - `read`: reading and parsing files, or waiting for a worker thread to hand one over;
 * - `check`: the engine (each file's sheet rules as it arrives, then the collection rules and the sort);
 *   `checkCpu` is the CPU time of reading and checking together;
 * - `model`: the consolidation model; `summary`: writing the summary workbook (XML, compression, file);
 * - `report`: the report on stdout.
 * Also `total` (process start to the end), `cpu` (all threads, whole run) and `maxRssKb` (peak resident memory).
 */
export type Phase = 'read' | 'check' | 'model' | 'summary' | 'report';

interface Clock {
  wall: number;
  cpu: number;
}

const spent: Record<Phase, Clock> = { read: zero(), check: zero(), model: zero(), summary: zero(), report: zero() };
let startup: Clock | null = null;

function zero(): Clock {
  return { wall: 0, cpu: 0 };
}

/**
 * Milliseconds since the process started (high resolution; perf_hooks would cost ~2 ms of start-up to load). Its
 * origin is ~1.5–2 ms later than `performance.timeOrigin`, so `startup` reads that much less than it did with
 * `performance.now()`.
 */
export function sinceStart(): number {
  return process.uptime() * 1000;
}

/** Now, as wall and CPU milliseconds. */
export function clock(): Clock {
  const c = process.cpuUsage();
  return { wall: sinceStart(), cpu: (c.user + c.system) / 1000 };
}

/** Note the end of start-up (called first thing by the entry point). */
export function markStarted(): void {
  startup ??= clock();
}

/** Add the time since `from` to `phase`. */
export function addSince(phase: Phase, from: Clock): void {
  const now = clock();
  spent[phase].wall += now.wall - from.wall;
  spent[phase].cpu += now.cpu - from.cpu;
}

/** Add wall time only (see `readCheckCpu`). */
export function addWall(phase: Phase, ms: number): void {
  spent[phase].wall += ms;
}

let readCheckCpu = 0;

/** The CPU time of reading and checking together. */
export function addReadCheckCpu(ms: number): void {
  readCheckCpu += ms;
}

/** Run `fn`, adding its time to `phase`. */
export function timed<T>(phase: Phase, fn: () => T): T {
  const from = clock();
  try {
    return fn();
  } finally {
    addSince(phase, from);
  }
}

/** `timed` for a promise: the time until it settles. */
export async function timedAsync<T>(phase: Phase, fn: () => Promise<T>): Promise<T> {
  const from = clock();
  try {
    return await fn();
  } finally {
    addSince(phase, from);
  }
}

/** The line printed when `LEDGER_TIMINGS` is set. */
export function timingsLine(): string {
  const end = clock();
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const out: Record<string, number> = { startup: round(startup?.wall ?? 0), startupCpu: round(startup?.cpu ?? 0) };
  for (const [phase, c] of Object.entries(spent)) {
    out[phase] = round(c.wall);
    if (phase !== 'read') out[`${phase}Cpu`] = round(phase === 'check' ? readCheckCpu + c.cpu : c.cpu);
  }
  return `ledger-timings ${JSON.stringify({ ...out, total: round(end.wall), cpu: round(end.cpu), maxRssKb: process.resourceUsage().maxRSS })}\n`;
}
