/**
 * Request size limit and sync accounting.
 * - Excel on the web rejects requests/responses over 5 MB ("Resource limits and performance optimization",
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)
 *   with RequestPayloadSizeLimitExceeded
 *   (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 * - context.sync() is one round trip (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.clientrequestcontext).
 * - The payload "combines the number of API calls, the number of objects … and the length of the value"; Microsoft's
 *   sample of 10,000 single-cell writes "would likely exceed the 5MB payload size limit", the same split in two halves
 *   passes (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 * - A proxy used outside the Excel.run batch that made it raises InvalidObjectPath unless tracked
 *   (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.trackedobjects).
 */
import { OPERATION_BYTES, PAYLOAD_LIMIT } from '../../src/preview/runtime';
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
    // Sync 1: getItem, getRange, load — three operations; request: getItem's argument '["Sheet1"]' (10) + 'getItem' (7),
    // getRange's '["A1:B1"]' (9) + 'getRange' (8), the load option '"values"' (8); response '[["abc",12]]' (12) + 'values' (6).
    // Sync 2: getItem, getRange ('["A2:B2"]'), the values set '[["xyz",3456]]' (14) + 'values' (6).
    const lookups = 10 + 7 + 9 + 8;
    expect(rt.stats.syncOperations).toEqual([3, 3]);
    expect(rt.stats.syncBytes).toEqual([3 * OPERATION_BYTES + lookups + 8 + 12 + 6, 3 * OPERATION_BYTES + lookups + 14 + 6]);
    rt.stats.reset();
    expect([rt.stats.syncs, rt.stats.syncBytes, rt.stats.syncOperations]).toEqual([0, [], []]);
  });
});

describe('operations count, not only values (Microsoft’s payload sample)', () => {
  test('10,000 single-cell writes in one sync exceed 5 MB; the two halves of the documented fix pass', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    // The sample as Microsoft wrote it: rows 1..9999, getRangeByIndexes and a values set per row.
    const failed = await rt
      .run(async (context) => {
        const worksheet = context.workbook.worksheets.getActiveWorksheet();
        for (let row = 1; row < 10000; row++) worksheet.getRangeByIndexes(row, 1, 1, 1).values = [['1']];
        await context.sync();
      })
      .catch((e: { code: string }) => e.code);
    expect(failed).toBe('RequestPayloadSizeLimitExceeded');
    expect(rt.workbook.sheets[0]!.cell(1, 1)).toBeUndefined();
    expect(rt.stats.syncOperations).toEqual([1 + 2 * 9999]);
    rt.stats.reset();
    await rt.run(async (context) => {
      const worksheet = context.workbook.worksheets.getActiveWorksheet();
      for (let row = 1; row < 5000; row++) worksheet.getRangeByIndexes(row, 1, 1, 1).values = [['1']];
      await context.sync();
      for (let row = 5001; row < 10000; row++) worksheet.getRangeByIndexes(row, 1, 1, 1).values = [['1']];
      await context.sync();
    });
    expect(rt.stats.syncOperations).toEqual([1 + 2 * 4999, 2 * 4999]);
    expect(Math.max(...rt.stats.syncBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(rt.workbook.sheets[0]!.cell(9999, 1)?.v).toBe(1);
  });

  test('one write of the same 10,000 values as an array is a few operations and a few kilobytes', async () => {
    const rt = runtimeWith({ Sheet1: [] });
    await rt.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:A10000').values = Array.from({ length: 10000 }, () => [1]);
      await context.sync();
    });
    expect(rt.stats.syncOperations).toEqual([3]);
    expect(rt.stats.syncBytes[0]).toBeLessThan(3 * OPERATION_BYTES + 50_000);
  });
});

describe('proxies live as long as their Excel.run batch', () => {
  test('a range made in one Excel.run and used in another raises InvalidObjectPath', async () => {
    const rt = runtimeWith({ S: [['a']] });
    let kept: Excel.Range | null = null;
    await rt.run(async (context) => {
      kept = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await context.sync();
    });
    const code = await rt
      .run(async (context) => {
        kept!.values = [['b']];
        await context.sync();
      })
      .catch((e: { code: string }) => e.code);
    expect(code).toBe('InvalidObjectPath');
    expect(rt.workbook.sheets[0]!.cell(0, 0)?.v).toBe('a');
  });

  test('continuing a context with Excel.run(context, …): its untracked proxies fail at sync, tracked ones work', async () => {
    const rt = runtimeWith({ S: [['a']] });
    let stale: Excel.Range | null = null;
    let tracked: Excel.Range | null = null;
    let ctx: Excel.RequestContext | null = null;
    await rt.run(async (context) => {
      ctx = context;
      stale = context.workbook.worksheets.getItem('S').getRange('A1');
      tracked = context.workbook.worksheets.getItem('S').getRange('B1');
      context.trackedObjects.add(tracked);
      await context.sync();
    });
    await rt.run(ctx!, async (context) => {
      tracked!.values = [['tracked']];
      await context.sync();
      stale!.values = [['stale']];
      expect((await rejection(context.sync())).code).toBe('InvalidObjectPath');
    });
    expect([rt.workbook.sheets[0]!.cell(0, 0)?.v, rt.workbook.sheets[0]!.cell(0, 1)?.v]).toEqual(['a', 'tracked']);
  });
});
