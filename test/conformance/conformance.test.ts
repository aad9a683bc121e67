/**
 * The conformance suite (src/conformance, `npm run conformance`) on the in-memory runtime as an ExcelApi 1.8,
 * 1.13 and 1.14 host: every case passes (or is skipped where the host lacks the API), there are at least 40
 * distinct cases, and the user's sheets of the workbook come out unchanged with no scratch sheet or name left.
 */
import { conformanceCases, same } from '../../src/conformance';
import { conformanceOnRuntime } from '../../scripts/conformance';

describe('conformance suite on the runtime', () => {
  test('at least 40 distinct cases, each with a source', () => {
    expect(new Set(conformanceCases.map((c) => c.id)).size).toBe(conformanceCases.length);
    expect(conformanceCases.length).toBeGreaterThanOrEqual(40);
    for (const c of conformanceCases) expect([c.id, /^https:\/\//.test(c.source)]).toEqual([c.id, true]);
  });

  test.each(['1.8', '1.13', '1.14'])('as an ExcelApi %s host: no case fails; the user’s sheets are untouched', async (version) => {
    const { results, untouched } = await conformanceOnRuntime(version);
    expect(results.filter((r) => r.status === 'failed').map((r) => [r.id, r.expected, r.observed])).toEqual([]);
    expect(results.filter((r) => r.status === 'observed')).toEqual([]);
    expect(results.filter((r) => r.status === 'passed').length).toBeGreaterThanOrEqual(version === '1.8' ? 40 : 50);
    expect(untouched).toBe(true);
  }, 120_000);

  test('numbers compare to 1e-9, arrays and objects by content', () => {
    expect(same([0.5208333333333334, { a: 1 }], [0.520833333333333, { a: 1 }])).toBe(true);
    expect(same([1, 2], [1, 2, 3])).toBe(false);
    expect(same({ a: 'x' }, { a: 'y' })).toBe(false);
    expect(same('absent', null)).toBe(false);
  });
});
