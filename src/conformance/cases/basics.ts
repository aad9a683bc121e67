/**
 * The proxy model the whole adapter stands on: load before read, writes at sync, errors at sync, null objects, a
 * batch that stops at its first failure, proxies that live as long as their Excel.run.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model
 */
import type { ConformanceCase } from '../types';
import { outcomeOf, run, sheetOf, thrownBy } from '../helpers';

const MODEL = 'https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model';
const ERRORS = 'https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling';

export const basicCases: ConformanceCase[] = [
  {
    id: 'proxy.propertyNotLoaded',
    title: '読み込み(load)していないプロパティを読むと PropertyNotLoaded',
    source: MODEL,
    run: (x) =>
      run(async (context) => {
        const r = sheetOf(context, x.sheet).getRange('A1');
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading before load is the case
        return { expected: 'PropertyNotLoaded', observed: thrownBy(() => r.values) };
      }),
  },
  {
    id: 'proxy.writeThenLoad',
    title: '書いた値は sync の後に load で読める',
    source: MODEL,
    run: (x) =>
      run(async (context) => {
        sheetOf(context, x.sheet).getRange('A1:B1').values = [['台帳', 12]];
        await context.sync();
        const r = sheetOf(context, x.sheet).getRange('A1:B1').load('values');
        await context.sync();
        return { expected: [['台帳', 12]], observed: r.values };
      }),
  },
  {
    id: 'proxy.valueNotLoaded',
    title: 'メソッドの戻り値(ClientResult)は sync の前に読むと ValueNotLoaded',
    source: 'https://learn.microsoft.com/en-us/javascript/api/office/officeextension.clientresult',
    run: (x) =>
      run(async (context) => {
        const count = context.workbook.worksheets.getCount();
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading before sync is the case
        const before = thrownBy(() => count.value);
        await context.sync();
        void x;
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load, only the sync above
        return { expected: ['ValueNotLoaded', true], observed: [before, count.value > 0] };
      }),
  },
  {
    id: 'proxy.itemNotFound',
    title: 'ない名前の getItem は sync で ItemNotFound',
    source: ERRORS,
    run: (x) =>
      run(async (context) => {
        sheetOf(context, x.scratchName('none'));
        return { expected: 'ItemNotFound', observed: await outcomeOf(context.sync()) };
      }),
  },
  {
    id: 'proxy.nullObject',
    title: 'getItemOrNullObject は見つからないとき isNullObject = true',
    source: 'https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties',
    run: (x) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(x.scratchName('none'));
        await context.sync();
        return { expected: true, observed: ws.isNullObject };
      }),
  },
  {
    id: 'proxy.batchStopsAtFailure',
    title: '失敗した命令でバッチは止まり、それより前の書き込みは残る',
    source: ERRORS,
    run: (x) =>
      run(async (context) => {
        sheetOf(context, x.sheet).getRange('A1').values = [['前']];
        sheetOf(context, x.scratchName('none')).getRange('A1').values = [['x']];
        sheetOf(context, x.sheet).getRange('A2').values = [['後']];
        const code = await outcomeOf(context.sync());
        const r = sheetOf(context, x.sheet).getRange('A1:A2').load('values');
        await context.sync();
        return { expected: ['ItemNotFound', [['前'], ['']]], observed: [code, r.values] };
      }),
  },
  {
    id: 'proxy.shapeMismatch',
    title: '範囲と形の違う values は InvalidArgument',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member',
    run: (x) =>
      run(async (context) => {
        sheetOf(context, x.sheet).getRange('A1:A2').values = [[1, 2]];
        return { expected: 'InvalidArgument', observed: await outcomeOf(context.sync()) };
      }),
  },
  {
    id: 'proxy.badAddress',
    title: '読めないアドレスは InvalidArgument',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrange-member(1)',
    run: (x) =>
      run(async (context) => {
        sheetOf(context, x.sheet).getRange('A0').load('address');
        return { expected: 'InvalidArgument', observed: await outcomeOf(context.sync()) };
      }),
  },
  {
    id: 'proxy.otherRun',
    title: '別の Excel.run で作ったプロキシを使うと InvalidObjectPath',
    source: 'https://learn.microsoft.com/en-us/javascript/api/office/officeextension.trackedobjects',
    run: async (x) => {
      let kept: Excel.Range | null = null;
      await run(async (context) => {
        kept = sheetOf(context, x.sheet).getRange('A1');
        kept.load('address');
        await context.sync();
      });
      const code = await outcomeOf(
        run(async (context) => {
          (kept as unknown as Excel.Range).values = [['x']];
          await context.sync();
        }),
      );
      return { expected: 'InvalidObjectPath', observed: code };
    },
  },
  {
    id: 'proxy.tracked',
    title: 'trackedObjects に加えたプロキシは同じ context を続ける Excel.run で使える',
    source: 'https://learn.microsoft.com/en-us/javascript/api/office/officeextension.trackedobjects',
    run: async (x) => {
      let kept: Excel.Range | null = null;
      let ctx: Excel.RequestContext | null = null;
      await run(async (context) => {
        ctx = context;
        kept = sheetOf(context, x.sheet).getRange('B2');
        context.trackedObjects.add(kept);
        await context.sync();
      });
      const code = await outcomeOf(
        Excel.run(ctx as unknown as Excel.RequestContext, async (context) => {
          (kept as unknown as Excel.Range).values = [['追跡']];
          await context.sync();
          context.trackedObjects.remove(kept as unknown as Excel.Range);
          await context.sync();
        }),
      );
      return { expected: 'ok', observed: code };
    },
  },
  {
    id: 'range.usedValuesOnly',
    title: '書式だけのセルは getUsedRangeOrNullObject(true) に入らない',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)',
    run: (x) =>
      run(async (context) => {
        sheetOf(context, x.sheet).getRange('C3:D4').format.fill.color = '#FFFF00';
        const used = sheetOf(context, x.sheet).getUsedRangeOrNullObject(true);
        await context.sync();
        return { expected: true, observed: used.isNullObject };
      }),
  },
  {
    id: 'range.nullLeavesCell',
    title: 'values の null はそのセルを変えない',
    source: 'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values',
    run: (x) =>
      run(async (context) => {
        sheetOf(context, x.sheet).getRange('A1:B1').values = [['a', 'b']];
        await context.sync();
        sheetOf(context, x.sheet).getRange('A1:B1').values = [[null, 'z']] as unknown as string[][];
        const r = sheetOf(context, x.sheet).getRange('A1:B1').load('values');
        await context.sync();
        return { expected: [['a', 'z']], observed: r.values };
      }),
  },
  {
    id: 'range.textLimit',
    title: '32,767 文字は書け、32,768 文字は InvalidArgument',
    source: 'https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3',
    run: (x) =>
      run(async (context) => {
        sheetOf(context, x.sheet).getRange('A1').values = [['あ'.repeat(32767)]];
        const fits = await outcomeOf(context.sync());
        sheetOf(context, x.sheet).getRange('A2').values = [['あ'.repeat(32768)]];
        const over = await outcomeOf(context.sync());
        return { expected: ['ok', 'InvalidArgument'], observed: [fits, over] };
      }),
  },
];
