/**
 * Change events for the task pane's live checks.
 * - Worksheet.onChanged (ExcelApi 1.7) / WorksheetCollection.onChanged (ExcelApi 1.9), registered with add() and
 *   effective after sync: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events,
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onchanged-member
 * - WorksheetChangedEventArgs {worksheetId, address, changeType, source (1.7); details (1.9, "can be retrieved when
 *   the changed event is triggered on a single cell"); triggerSource (1.14)}:
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs
 * - Runtime.enableEvents (ExcelApi 1.8) "Toggle JavaScript events in the current task pane or content add-in":
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events#enable-and-disable-events
 * - `source: 'Remote'` for a co-author's edit: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events#events-and-coauthoring
 */
import { runtimeWith } from './helpers';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('onChanged', () => {
  test('a user edit fires the sheet and workbook handlers with the address and source (ExcelApi 1.14)', async () => {
    const rt = runtimeWith({ 台帳: [], Other: [] }, { ExcelApi: '1.14' });
    const sheetEvents: Excel.WorksheetChangedEventArgs[] = [];
    const bookEvents: string[] = [];
    let id = '';
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('台帳').load('id');
      ws.onChanged.add(async (e) => {
        sheetEvents.push(e);
      });
      context.workbook.worksheets.onChanged.add(async (e) => {
        bookEvents.push(e.address);
      });
      await context.sync();
      id = ws.id;
    });
    rt.userEdit('台帳', 'D5', 'C群');
    rt.userEdit('Other', 'A1', 'x');
    await tick();
    expect(sheetEvents.map((e) => [e.worksheetId, e.address, e.changeType, e.source, e.triggerSource])).toEqual([[id, 'D5', 'RangeEdited', 'Local', 'Others']]);
    expect(bookEvents).toEqual(['D5', 'A1']);
    expect(rt.workbook.sheets[0]!.cell(4, 3)?.v).toBe('C群');
  });

  test('a single-cell user edit carries details with the values before and after', async () => {
    const rt = runtimeWith({ S: [['', 'A群']] });
    const details: unknown[] = [];
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        details.push(e.details);
      });
      await context.sync();
    });
    rt.userEdit('S', 'B1', 'C群');
    rt.userEdit('S', 'A1:A2', [['x'], ['y']]);
    await tick();
    expect(details).toEqual([{ valueBefore: 'A群', valueTypeBefore: 'String', valueAfter: 'C群', valueTypeAfter: 'String' }, undefined]);
  });

  test('a user edit of a locked cell on a protected sheet is refused and fires nothing', async () => {
    const rt = runtimeWith({ S: [] });
    const seen: string[] = [];
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.onChanged.add(async (e) => {
        seen.push(e.address);
      });
      ws.protection.protect();
      await context.sync();
    });
    expect(() => rt.userEdit('S', 'A1', 'x')).toThrow(expect.objectContaining({ code: 'AccessDenied' }));
    await tick();
    expect(seen).toEqual([]);
  });

  test('a sync that writes cells fires one event per write, after the sync (ExcelApi 1.14: ThisLocalAddin)', async () => {
    const rt = runtimeWith({ S: [] }, { ExcelApi: '1.14' });
    const seen: string[] = [];
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        seen.push(`${e.address}/${e.triggerSource}`);
      });
      await context.sync();
      context.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2], [3, 4]];
      context.workbook.worksheets.getItem('S').getRange('C3').values = [['x']];
      await context.sync();
    });
    expect(seen).toEqual([]);
    await tick();
    expect(seen).toEqual(['A1:B2/ThisLocalAddin', 'C3/ThisLocalAddin']);
  });

  test('a handler can read the changed range through a new Excel.run; remove() stops the events', async () => {
    const rt = runtimeWith({ S: [] });
    const read: unknown[] = [];
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
    await rt.run(async (context) => {
      handler = context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        await rt.run(async (ctx) => {
          const r = e.getRange(ctx).load('values');
          await ctx.sync();
          read.push(r.values);
        });
      });
      await context.sync();
    });
    rt.userEdit('S', 'B2', 'レベル3');
    await tick();
    expect(read).toEqual([[['レベル3']]]);
    // The documented way: remove() in the handler's own context, then sync it.
    await rt.run(handler!.context, async (context) => {
      handler!.remove();
      await context.sync();
    });
    rt.userEdit('S', 'B2', 'again');
    await tick();
    expect(read).toHaveLength(1);
  });

  test('below ExcelApi 1.14 the args carry no triggerSource: the add-in cannot tell its own writes apart', async () => {
    const rt = runtimeWith({ S: [] }, { ExcelApi: '1.13' });
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        seen.push(e);
      });
      await context.sync();
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
      await context.sync();
    });
    rt.userEdit('S', 'A2', 'y');
    await tick();
    expect(seen.map((e) => [e.address, 'triggerSource' in e])).toEqual([
      ['A1', false],
      ['A2', false],
    ]);
  });

  test('details come from ExcelApi 1.9 only, for single cells, also for the add-in’s own writes', async () => {
    const at18 = runtimeWith({ S: [['a']] }, { ExcelApi: '1.8' });
    const at19 = runtimeWith({ S: [['a']] }, { ExcelApi: '1.9' });
    const seen: unknown[][] = [[], []];
    const writeTwice = (rt: typeof at18, into: unknown[]) =>
      rt.run(async (context) => {
        context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
          into.push(e.details);
        });
        await context.sync();
        context.workbook.worksheets.getItem('S').getRange('A1').values = [['b']];
        context.workbook.worksheets.getItem('S').getRange('B1:B2').values = [['c'], ['d']];
        await context.sync();
      });
    await writeTwice(at18, seen[0]!);
    await writeTwice(at19, seen[1]!);
    at18.userEdit('S', 'A1', 'e');
    at19.userEdit('S', 'A1', 'e');
    await tick();
    expect(seen[0]).toEqual([undefined, undefined, undefined]);
    expect(seen[1]).toEqual([
      { valueBefore: 'a', valueTypeBefore: 'String', valueAfter: 'b', valueTypeAfter: 'String' },
      undefined,
      { valueBefore: 'b', valueTypeBefore: 'String', valueAfter: 'e', valueTypeAfter: 'String' },
    ]);
  });

  test('WorksheetCollection.onChanged is ApiNotFound below ExcelApi 1.9; Worksheet.onChanged works on 1.8', async () => {
    const rt = runtimeWith({ S: [] }, { ExcelApi: '1.8' });
    const seen: string[] = [];
    const failed = await rt
      .run(async (context) => {
        context.workbook.worksheets.onChanged.add(async () => undefined);
        await context.sync();
      })
      .catch((e: { code: string }) => e.code);
    expect(failed).toBe('ApiNotFound');
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        seen.push(e.address);
      });
      await context.sync();
    });
    rt.userEdit('S', 'C3', 'x');
    await tick();
    expect(seen).toEqual(['C3']);
  });

  test('Runtime.enableEvents = false: writes made meanwhile raise no events; user edits after it is back on do', async () => {
    const rt = runtimeWith({ S: [] }, { ExcelApi: '1.13' });
    const seen: string[] = [];
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        seen.push(e.address);
      });
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['quiet']];
      context.runtime.enableEvents = true;
      context.workbook.worksheets.getItem('S').getRange('A2').values = [['heard']];
      await context.sync();
    });
    rt.userEdit('S', 'A3', 'user');
    await tick();
    expect(seen).toEqual(['A2', 'A3']);
  });

  test('a co-author’s edit arrives with source Remote; a new sheet raises onAdded', async () => {
    const rt = runtimeWith({ S: [] }, { ExcelApi: '1.14' });
    const seen: string[] = [];
    await rt.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => {
        seen.push(`${e.address}/${e.source}`);
      });
      context.workbook.worksheets.onAdded.add(async (e) => {
        seen.push(`added/${e.source}`);
      });
      await context.sync();
      context.workbook.worksheets.add('New');
      await context.sync();
    });
    rt.remoteEdit('S', 'B2', 'x');
    await tick();
    expect(seen).toEqual(['added/Local', 'B2/Remote']);
  });

  test('handlers are not registered before the sync that carries add()', async () => {
    const rt = runtimeWith({ S: [] });
    const seen: string[] = [];
    await rt.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        seen.push(e.address);
      });
      rt.userEdit('S', 'A1', 'early');
      await context.sync();
    });
    rt.userEdit('S', 'A2', 'late');
    await tick();
    expect(seen).toEqual(['A2']);
  });
});
