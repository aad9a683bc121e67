/**
 * Change events as the live check uses them: which collection raises them from which API level, what the
 * arguments carry (triggerSource 1.14, details 1.9 and only for one cell, source), switching them off around the
 * add-in's writes, and removing a handler in its own context.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs
 */
import type { ConformanceCase, Json } from '../types';
import { outcomeOf, run, settle, sheetOf, waitFor } from '../helpers';

const EVENTS = 'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events';
const ARGS = 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs';

/**
 * Register a handler on the scratch sheet (Worksheet.onChanged, ExcelApi 1.7), run `write` in a new Excel.run,
 * wait for the events and remove the handler in its own context. Returns the events seen.
 */
async function eventsOf(sheet: string, write: (context: Excel.RequestContext) => void, expectCount: number): Promise<Excel.WorksheetChangedEventArgs[]> {
  const seen: Excel.WorksheetChangedEventArgs[] = [];
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  await run(async (context) => {
    handler = sheetOf(context, sheet).onChanged.add(async (e) => {
      seen.push(e);
    });
    await context.sync();
  });
  await run(async (context) => {
    write(context);
    await context.sync();
  });
  if (expectCount > 0) await waitFor(() => seen.length >= expectCount);
  await settle(expectCount > 0 ? 200 : 800);
  const h = handler as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  await Excel.run(h.context, async (context) => {
    h.remove();
    await context.sync();
  });
  return seen;
}

const details = (e: Excel.WorksheetChangedEventArgs | undefined): Json => {
  const d = (e as { details?: Excel.ChangedEventDetail } | undefined)?.details;
  return d ? { valueAfter: d.valueAfter as Json, valueTypeAfter: String(d.valueTypeAfter) } : 'absent';
};

export const eventCases: ConformanceCase[] = [
  {
    id: 'events.collectionOnChanged',
    title: 'WorksheetCollection.onChanged は ExcelApi 1.9 から（それより前は ApiNotFound）',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onchanged-member',
    run: async (x) => {
      let added: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
      const code = await outcomeOf(
        run(async (context) => {
          added = context.workbook.worksheets.onChanged.add(async () => undefined);
          await context.sync();
        }),
      );
      const h = added as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null;
      if (code === 'ok' && h) {
        await Excel.run(h.context, async (context) => {
          h.remove();
          await context.sync();
        });
      }
      return { expected: x.has('1.9') ? 'ok' : 'ApiNotFound', observed: code };
    },
  },
  {
    id: 'events.sheetOnChanged',
    title: 'Worksheet.onChanged（ExcelApi 1.7）はアドインの書き込みでも発生し、source は Local',
    source: EVENTS,
    run: async (x) => {
      const seen = await eventsOf(x.sheet, (context) => void (sheetOf(context, x.sheet).getRange('C3').values = [['x']]), 1);
      return { expected: [1, 'C3', 'Local', 'RangeEdited'], observed: [seen.length, seen[0]?.address ?? null, seen[0]?.source ?? null, seen[0]?.changeType ?? null] };
    },
  },
  {
    id: 'events.triggerSource',
    title: 'triggerSource は ExcelApi 1.14 から（自分の書き込みは ThisLocalAddin、それより前は無い）',
    source: ARGS,
    run: async (x) => {
      const seen = await eventsOf(x.sheet, (context) => void (sheetOf(context, x.sheet).getRange('A1').values = [['x']]), 1);
      const trigger = (seen[0] as { triggerSource?: string } | undefined)?.triggerSource ?? 'absent';
      return { expected: x.has('1.14') ? 'ThisLocalAddin' : 'absent', observed: trigger };
    },
  },
  {
    id: 'events.detailsSingleCell',
    title: 'details は ExcelApi 1.9 から、1 セルの変更にだけ付く',
    source: ARGS,
    run: async (x) => {
      const seen = await eventsOf(x.sheet, (context) => void (sheetOf(context, x.sheet).getRange('A1').values = [['台帳']]), 1);
      return { expected: x.has('1.9') ? { valueAfter: '台帳', valueTypeAfter: 'String' } : 'absent', observed: details(seen[0]) };
    },
  },
  {
    id: 'events.detailsMultiCell',
    title: '複数セルの変更には details が付かない（office-js #5347）',
    source: 'https://github.com/OfficeDev/office-js/issues/5347',
    run: async (x) => {
      const seen = await eventsOf(x.sheet, (context) => void (sheetOf(context, x.sheet).getRange('A1:B2').values = [[1, 2], [3, 4]]), 1);
      return { expected: [1, 'absent'], observed: [seen.length, details(seen[0])] };
    },
  },
  {
    id: 'events.disabled',
    title: 'runtime.enableEvents = false の間の書き込みではイベントが来ない（ExcelApi 1.8）',
    source: 'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events#enable-and-disable-events',
    run: async (x) => {
      await run(async (context) => {
        context.runtime.enableEvents = false;
        await context.sync();
      });
      const quiet = await eventsOf(x.sheet, (context) => void (sheetOf(context, x.sheet).getRange('A1').values = [['静か']]), 0);
      await run(async (context) => {
        context.runtime.enableEvents = true;
        await context.sync();
      });
      const heard = await eventsOf(x.sheet, (context) => void (sheetOf(context, x.sheet).getRange('A2').values = [['聞こえる']]), 1);
      return { expected: [0, 1], observed: [quiet.length, heard.length] };
    },
  },
  {
    id: 'events.disabledWithinOneSync',
    title: '1 回の sync の中で enableEvents を切って書いて戻すと、その書き込みのイベントは来ない（アドインが頼る前提）',
    source: 'https://learn.microsoft.com/en-us/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member',
    run: async (x) => {
      const seen = await eventsOf(
        x.sheet,
        (context) => {
          context.runtime.enableEvents = false;
          sheetOf(context, x.sheet).getRange('A1').values = [['静か']];
          context.runtime.enableEvents = true;
          sheetOf(context, x.sheet).getRange('B1').values = [['聞こえる']];
        },
        1,
      );
      return { expected: ['B1'], observed: seen.map((e) => e.address) };
    },
  },
  {
    id: 'events.remove',
    title: 'ハンドラーは登録した context で remove して sync すると止まる',
    source: EVENTS,
    run: async (x) => {
      const seen: string[] = [];
      let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
      await run(async (context) => {
        handler = sheetOf(context, x.sheet).onChanged.add(async (e) => {
          seen.push(e.address);
        });
        await context.sync();
      });
      const h = handler as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
      const removed = await outcomeOf(
        Excel.run(h.context, async (context) => {
          h.remove();
          await context.sync();
        }),
      );
      await run(async (context) => {
        sheetOf(context, x.sheet).getRange('D4').values = [['x']];
        await context.sync();
      });
      await settle();
      return { expected: ['ok', 0], observed: [removed, seen.length] };
    },
  },
];
