/**
 * Request size limit and sync accounting.
 * - Excel on the web rejects requests/responses over 5 MB ("Resource limits and performance optimization",
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)
 *   with RequestPayloadSizeLimitExceeded
 *   (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 * - context.sync() is one round trip (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.clientrequestcontext).
 */
import { PAYLOAD_LIMIT } from '../../src/preview/runtime';
import { rejection, runtimeWith } from './helpers';

/** rows × 10 cells of 30-character text ≈ rows × 340 characters of JSON. */
const block = (rows: number, tag: string): string[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => `${tag}-${String(r).padStart(8, '0')}-${c}-xxxxxxxxxxxxxxxxxx`));

describe('the 5 MB request limit', () => {
  test('a ~6 MB write in one sync fails with RequestPayloadSizeLimitExceeded and applies nothing of that batch', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    const big = block(18_000, 'big');
    expect(JSON.stringify(big).length).toBeGreaterThan(6_000_000);
    const err = await rejection(
      rt.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        ws.getRange('L1').values = [['small write in the same batch']];
        ws.getRange('A1:J18000').values = big;
        await context.sync();
      }),
    );
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(rt.workbook.sheets[0]!.usedRect(false)).toBeNull();
  });

  test('the same data in chunks under the limit succeeds', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    const big = block(18_000, 'big');
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      for (let start = 0; start < big.length; start += 6000) {
        ws.getRange(`A${start + 1}:J${start + 6000}`).values = big.slice(start, start + 6000);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunking by sync is what this test measures
        await context.sync();
      }
    });
    expect(rt.stats.syncs).toBe(3);
    expect(rt.stats.syncBytes.every((b) => b < PAYLOAD_LIMIT)).toBe(true);
    expect(rt.workbook.sheets[0]!.cell(17_999, 9)?.v).toBe(big[17_999]![9]);
  });

  test('a read whose response exceeds the limit fails with ResponsePayloadSizeLimitExceeded and loads nothing', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    const big = block(9000, 'r');
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:J9000').values = big;
      await context.sync();
      ws.getRange('A9001:J18000').values = big;
      await context.sync();
    });
    await rt.run(async (context) => {
      const all = context.workbook.worksheets.getItem('Sheet1').getRange('A1:J18000').load('values');
      expect((await rejection(context.sync())).code).toBe('ResponsePayloadSizeLimitExceeded');
      expect(() => all.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});

describe('sync statistics', () => {
  test('each sync is counted with its request + response size in UTF-8 bytes of its JSON form', async () => {
    const rt = runtimeWith({ Sheet1: [['abc', 12]] });
    await rt.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values');
      await context.sync();
      expect(r.values).toEqual([['abc', 12]]);
      context.workbook.worksheets.getItem('Sheet1').getRange('A2:B2').values = [['xyz', 3456]];
      await context.sync();
    });
    expect(rt.stats.syncs).toBe(2);
    // Response: '[["abc",12]]' (12) + 'values' (6); request: '[["xyz",3456]]' (14) + 'values' (6) + the load option '"values"' (8).
    expect(rt.stats.syncBytes).toEqual([12 + 6 + 8, 14 + 6]);
    rt.stats.reset();
    expect([rt.stats.syncs, rt.stats.syncBytes]).toEqual([0, []]);
  });
});
