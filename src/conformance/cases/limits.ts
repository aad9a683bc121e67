/**
 * Limits the adapter plans around: Excel on the web's 5 MB per request and response (counting operations, not
 * only values), more than 512 merged areas, long getRanges addresses. The 5 MB limit is documented for Excel on
 * the web only: on other platforms these cases report what happens without judging it.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
import type { ConformanceCase } from '../types';
import { okOrFails, outcomeOf, run, sheetOf } from '../helpers';

const LIMITS = 'https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins';
const PAYLOAD = 'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices';
const MERGES = 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)';

const web = (platform: string) => platform === 'OfficeOnline';

/** rows × 10 cells of 30 characters ≈ rows × 340 bytes of JSON. */
const block = (rows: number) => Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => `r${String(r).padStart(8, '0')}c${c}-xxxxxxxxxxxxxxxxxx`));

export const limitCases: ConformanceCase[] = [
  {
    id: 'payload.request',
    title: '約 6 MB を一度に書くと RequestPayloadSizeLimitExceeded（Excel on the web）',
    source: LIMITS,
    run: async (x) => {
      const code = await outcomeOf(
        run(async (context) => {
          sheetOf(context, x.sheet).getRange('A1:J18000').values = block(18000);
          await context.sync();
        }),
      );
      return { expected: web(x.platform) ? 'RequestPayloadSizeLimitExceeded' : null, observed: code };
    },
  },
  {
    id: 'payload.response',
    title: '約 6 MB を一度に読むと ResponsePayloadSizeLimitExceeded（Excel on the web）',
    source: LIMITS,
    run: async (x) => {
      // Written in three requests of about 2 MB, then read in one.
      const write = (top: number) =>
        run(async (context) => {
          sheetOf(context, x.sheet).getRange(`A${top}:J${top + 5999}`).values = block(6000);
          await context.sync();
        });
      await write(1);
      await write(6001);
      await write(12001);
      const code = await outcomeOf(
        run(async (context) => {
          sheetOf(context, x.sheet).getRange('A1:J18000').load('values');
          await context.sync();
        }),
      );
      return { expected: web(x.platform) ? 'ResponsePayloadSizeLimitExceeded' : null, observed: code };
    },
  },
  {
    id: 'payload.operations',
    title: 'Microsoft の例: 1 セルずつ 10,000 回書く 1 回の sync は 5 MB を超える（Excel on the web）',
    source: PAYLOAD,
    run: async (x) => {
      const code = await outcomeOf(
        run(async (context) => {
          const ws = sheetOf(context, x.sheet);
          for (let row = 1; row < 10000; row++) ws.getRangeByIndexes(row, 1, 1, 1).values = [['1']];
          await context.sync();
        }),
      );
      return { expected: web(x.platform) ? 'RequestPayloadSizeLimitExceeded' : null, observed: code };
    },
  },
  {
    id: 'payload.operationsHalved',
    title: '同じ書き込みを 2 回の sync に分ければ通る',
    source: PAYLOAD,
    run: async (x) => {
      const code = await outcomeOf(
        run(async (context) => {
          const ws = sheetOf(context, x.sheet);
          for (let row = 1; row < 5000; row++) ws.getRangeByIndexes(row, 1, 1, 1).values = [['1']];
          await context.sync();
          for (let row = 5001; row < 10000; row++) ws.getRangeByIndexes(row, 1, 1, 1).values = [['1']];
          await context.sync();
        }),
      );
      return { expected: 'ok', observed: code };
    },
  },
  {
    id: 'merges.address',
    title: 'getMergedAreasOrNullObject の address は「シート!A1:C1, シート!B5:B6」（ExcelApi 1.13）',
    source: MERGES,
    run: (x) =>
      run(async (context) => {
        const ws = sheetOf(context, x.sheet);
        ws.getRange('A1:C1').merge();
        ws.getRange('B5:B6').merge();
        const areas = ws.getRange('A1:D10').getMergedAreasOrNullObject().load('address, areaCount');
        const code = await outcomeOf(context.sync());
        if (!x.has('1.13')) return { expected: 'ApiNotFound', observed: code };
        return { expected: [`${x.sheet}!A1:C1, ${x.sheet}!B5:B6`, 2], observed: code === 'ok' ? [areas.address, areas.areaCount] : code };
      }),
  },
  {
    id: 'merges.over512',
    title: '結合範囲が 512 を超えると getMergedAreasOrNullObject の sync は失敗する',
    source: MERGES,
    run: async (x) => {
      if (!x.has('1.13')) return { skipped: 'ExcelApi 1.13 がない' };
      await run(async (context) => {
        const ws = sheetOf(context, x.sheet);
        for (let i = 0; i < 513; i++) ws.getRange(`A${2 * i + 1}:B${2 * i + 1}`).merge();
        await context.sync();
      });
      const at513 = await okOrFails(
        run(async (context) => {
          sheetOf(context, x.sheet).getRange('A:B').getMergedAreasOrNullObject().load('areaCount');
          await context.sync();
        }),
      );
      const at512 = await okOrFails(
        run(async (context) => {
          sheetOf(context, x.sheet).getRange('A1:B1024').getMergedAreasOrNullObject().load('areaCount');
          await context.sync();
        }),
      );
      return { expected: ['fails', 'ok'], observed: [at513.result, at512.result], note: `513 areas: ${at513.code}` };
    },
  },
  {
    id: 'ranges.longAddress',
    title: 'getRanges の住所が 8,192 文字を超えると失敗する（office-js #5198、ExcelApi 1.9）',
    source: 'https://github.com/OfficeDev/office-js/issues/5198',
    run: async (x) => {
      if (!x.has('1.9')) return { skipped: 'ExcelApi 1.9 がない' };
      const cells = Array.from({ length: 1400 }, (_, i) => `C${2 * i + 1}`).join(', ');
      const long = await okOrFails(
        run(async (context) => {
          sheetOf(context, x.sheet).getRanges(cells).load('areaCount');
          await context.sync();
        }),
      );
      const short = await okOrFails(
        run(async (context) => {
          sheetOf(context, x.sheet).getRanges(cells.slice(0, cells.lastIndexOf(',', 2000))).load('areaCount');
          await context.sync();
        }),
      );
      return { expected: ['fails', 'ok'], observed: [long.result, short.result], note: `${cells.length} characters: ${long.code}` };
    },
  },
];
