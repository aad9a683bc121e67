/**
 * The bench measures processes as a clerk's shell runs them: without this sandbox's NODE_EXTRA_CA_CERTS, which
 * costs every Node process ~50 ms of start-up and would pad the floor (bench/processes.ts `benchEnv`), and it
 * says what Node's start-up is in every figure (bench/cli.ts `startupLine`) and what `ledger --help` costs, alone and
 * through npx (`helpLine`).
 */
import { helpLine, startupLine } from '../../bench/cli';
import { benchEnv } from '../../bench/processes';
import type { Summary } from '../../bench/processes';

const run = (label: string, wallMs: number, cpuMs: number): Summary => ({ label, runs: 5, wallMs, cpuMs, maxRssMb: 40, wallsMs: [wallMs], phases: null });

describe('benchEnv', () => {
  const base = { PATH: '/usr/bin', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', LANG: 'C.UTF-8' };

  test('leaves NODE_EXTRA_CA_CERTS out and sets the locale and the timings', () => {
    expect(benchEnv(base, {})).toEqual({ PATH: '/usr/bin', LANG: 'ja_JP.UTF-8', LEDGER_TIMINGS: '1' });
  });

  test('keeps it for the process that measures what it costs', () => {
    expect(benchEnv(base, { keepEnv: true })).toEqual({ ...base, LANG: 'ja_JP.UTF-8', LEDGER_TIMINGS: '1' });
  });

  test("the command's own variables come last", () => {
    expect(benchEnv(base, { env: { LEDGER_READ_WORKERS: '1', LANG: 'en_US.UTF-8' } })).toEqual({
      PATH: '/usr/bin',
      LANG: 'en_US.UTF-8',
      LEDGER_TIMINGS: '1',
      LEDGER_READ_WORKERS: '1',
    });
  });

  test('does not change the environment it is given', () => {
    benchEnv(base, {});
    expect(base.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/certs/ca-certificates.crt');
  });
});

describe('startupLine', () => {
  test('with the variable set here (the run at 12:25 UTC)', () => {
    expect(startupLine({ emptyNode: run('empty node', 60, 61), emptyNodeAsSet: run('empty node, env as set', 110, 112), leftOut: ['NODE_EXTRA_CA_CERTS'] })).toBe(
      'cli: an empty node process takes 60 ms (61 ms CPU), inside every figure above; with NODE_EXTRA_CA_CERTS as this environment sets it, 110 ms (+50 ms in every process, the floor included): left out of every figure above.',
    );
  });

  test('without it', () => {
    expect(startupLine({ emptyNode: run('empty node', 58, 60), emptyNodeAsSet: null, leftOut: [] })).toBe(
      'cli: an empty node process takes 58 ms (60 ms CPU), inside every figure above.',
    );
  });
});

describe('helpLine', () => {
  test('the budget is CPU time; npx is shown beside it, with the way round it', () => {
    expect(helpLine({ help: run('ledger --help', 118, 120), npxHelp: run('npx ledger --help', 1560, 2062) })).toBe(
      'cli: ledger --help 118 ms, 120 ms CPU (budget ≤ 250 ms CPU): within budget; through npx 1560 ms, 2062 ms CPU (npm reads the whole node_modules tree before it starts ledger; README: npm install --global .).',
    );
  });

  test('over the budget, and without npx', () => {
    expect(helpLine({ help: run('ledger --help', 300, 260), npxHelp: null })).toBe(
      'cli: ledger --help 300 ms, 260 ms CPU (budget ≤ 250 ms CPU): OVER BUDGET; npx not found on PATH.',
    );
  });
});
