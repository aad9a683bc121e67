/** The bench says when its host was too busy for its wall times to count (bench/cli.ts `noiseLine`). */
import { noiseLine } from '../../bench/cli';
import type { Summary } from '../../bench/processes';

const floor = (wallsMs: number[], wallMs: number): Summary => ({ label: 'inflate floor', runs: wallsMs.length, wallMs, cpuMs: null, maxRssMb: null, wallsMs, phases: null });

describe('noiseLine', () => {
  test('steady rounds (TESTING §7, 06:57 UTC)', () => {
    expect(noiseLine(floor([201, 191, 194, 191, 195, 193, 202], 194))).toBe(
      "cli: the floor's 5 of its 7 rounds (the extremes left out) took 191–201 ms (spread 5 % of the median): steady",
    );
  });

  test('one odd round is left out: it does not move a median', () => {
    expect(noiseLine(floor([203, 207, 241, 197, 198, 203, 208], 203))).toMatch(/took 198–208 ms \(spread 5 % of the median\): steady$/);
  });

  test('a busy host (the full run at 06:49 UTC) is said to be noisy', () => {
    expect(noiseLine(floor([225, 236, 210, 268, 204], 225))).toBe(
      "cli: the floor's 3 of its 5 rounds (the extremes left out) took 210–236 ms (spread 12 % of the median): NOISY — the host was busy; take the figures again on a quiet machine",
    );
  });

  test('fewer than five rounds: all of them count', () => {
    expect(noiseLine(floor([200, 260, 205], 205))).toMatch(/^cli: the floor's 3 rounds took 200–260 ms \(spread 29 % of the median\): NOISY/);
  });
});
