/**
 * Change events for the task pane's live checks.
 * - Worksheet.onChanged / WorksheetCollection.onChanged, registered with add() and effective after sync:
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events
 * - WorksheetChangedEventArgs {worksheetId, address, changeType, source, triggerSource}:
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs
 */
import { runtimeWith } from './helpers';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('onChanged', () => {
  test('a user edit fires the sheet and workbook handlers with the address and source', async () => {
    const rt = runtimeWith({ 台帳: [], Other: [] });
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

  test('a sync that writes cells fires one event per write, after the sync', async () => {
    const rt = runtimeWith({ S: [] });
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
