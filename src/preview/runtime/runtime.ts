/**
 * The runtime: Excel.run over an in-memory workbook, sync statistics, cell-edit mode, events and user edits.
 * `installExcelGlobals` makes it the `Excel` / `Office` / `OfficeExtension` globals the production adapter uses.
 */
import { formatRect, parseAddress } from './address';
import { valueOf, valueTypeOf, writeInput } from './cells';
import * as enums from './enums';
import { SimOfficeError, invalidArgument, itemNotFound } from './errors';
import type { Rect } from './address';
import { SimWorkbook } from './model';
import type { SimSheet } from './model';
import type { Host } from './proxy/base';
import { ClientResult, SimContext, SimObject, atLeast } from './proxy/base';
import { EventRegistry } from './proxy/events';
import { checkEditable } from './proxy/range';
import { WorkbookProxy } from './proxy/workbook';

export interface RuntimeStats {
  /** Number of context.sync() round trips (including the implicit one at the end of Excel.run). */
  syncs: number;
  /** Per sync: request + response size in UTF-8 bytes, each operation charged OPERATION_BYTES besides its arguments. */
  syncBytes: number[];
  /** Per sync: the operations it carried (method calls, property sets, loads — every queued instruction). */
  syncOperations: number[];
  reset(): void;
}

/** Requirement sets and their highest supported version, e.g. { ExcelApi: '1.13' }. */
export type RequirementSets = Record<string, string>;

export interface ExcelRuntime {
  run: typeof Excel.run;
  workbook: SimWorkbook;
  stats: RuntimeStats;
  /**
   * While on, every sync that carries instructions fails with InvalidOperationInCellEditMode — or, in an
   * Excel.run({ delayForCellEdit: true }, …), waits until it is switched off.
   */
  setCellEditMode(on: boolean): void;
  /**
   * A cell edit made by "the user" (the preview grid): no proxy, fires onChanged (triggerSource 'Others' from
   * ExcelApi 1.14, details from 1.9 for a single cell). A 2-D value is a paste.
   */
  userEdit(sheetName: string, address: string, value: unknown): void;
  /** The same edit made by a co-author in another client: onChanged with source 'Remote'. */
  remoteEdit(sheetName: string, address: string, value: unknown): void;
  /**
   * The next call of `method` takes effect and its sync still fails with GeneralException — as Excel on the web
   * does with insertWorksheetsFromBase64, which "places the file properly … but then fails" (office-js #3179,
   * https://github.com/OfficeDev/office-js/issues/3179). Supported: 'insertWorksheetsFromBase64'.
   */
  rejectAfterApplying(method: 'insertWorksheetsFromBase64'): void;
  /** Called after every sync or user edit that may have changed the workbook (the preview grid redraws). */
  subscribe(listener: () => void): () => void;
  requirementSets: RequirementSets;
  isSetSupported(name: string, minVersion?: string): boolean;
}

export const DEFAULT_REQUIREMENT_SETS: RequirementSets = { ExcelApi: '1.13' };

interface Change {
  sheet: SimSheet;
  rect: Rect;
  changeType: string;
  trigger: 'ThisLocalAddin' | 'Others';
  source: 'Local' | 'Remote';
  before?: { value: unknown; type: string } | undefined;
}

/**
 * WorksheetChangedEventArgs as the configured Excel gives them: `triggerSource` only from ExcelApi 1.14 and
 * `details` only from 1.9 and only for a single cell — "If the changed event is triggered on multiple cells, this
 * property cannot be retrieved" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs).
 */
function changedArgs(wb: SimWorkbook, has: (v: string) => boolean, c: Change): Excel.WorksheetChangedEventArgs {
  const { sheet, rect } = c;
  const address = formatRect(rect);
  const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
  const details =
    single && c.before && has('1.9')
      ? {
          valueBefore: c.before.value,
          valueTypeBefore: c.before.type,
          valueAfter: valueOf(wb, sheet, rect.r0, rect.c0),
          valueTypeAfter: valueTypeOf(wb, sheet, rect.r0, rect.c0),
        }
      : undefined;
  const args = {
    ...(details ? { details } : {}),
    type: 'WorksheetChanged',
    worksheetId: sheet.id,
    address,
    changeType: c.changeType,
    source: c.source,
    ...(has('1.14') ? { triggerSource: c.trigger } : {}),
    getRange: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
    getRangeOrNullObject: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
  };
  return args as unknown as Excel.WorksheetChangedEventArgs;
}

/** Creates a runtime over `workbook` (a new workbook with one 'Sheet1' when omitted). */
export function createExcelRuntime(workbook?: SimWorkbook, options: { requirementSets?: RequirementSets } = {}): ExcelRuntime {
  const wb = workbook ?? new SimWorkbook();
  if (wb.sheets.length === 0) wb.addSheet('Sheet1');
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((l) => l());
  const events = new EventRegistry();
  const stats: RuntimeStats = {
    syncs: 0,
    syncBytes: [],
    syncOperations: [],
    reset() {
      stats.syncs = 0;
      stats.syncBytes = [];
      stats.syncOperations = [];
    },
  };
  const requirementSets: RequirementSets = { ...(options.requirementSets ?? DEFAULT_REQUIREMENT_SETS) };
  const has = (version: string): boolean => requirementSets['ExcelApi'] !== undefined && atLeast(requirementSets['ExcelApi'], version);
  let editWaiters: (() => void)[] = [];
  const fire = (c: Change): void => events.fire(changedArgs(wb, has, c));
  const host: Host = {
    wb,
    requirementSets,
    events,
    cellEditMode: false,
    faults: new Set<string>(),
    cellEditEnded: () => new Promise<void>((resolve) => editWaiters.push(resolve)),
    recordSync(bytes, operations) {
      stats.syncs += 1;
      stats.syncBytes.push(bytes);
      stats.syncOperations.push(operations);
    },
    afterSync() {
      const changes = wb.changes;
      wb.changes = [];
      const added = wb.added;
      wb.added = [];
      for (const s of added) events.fireAdded({ type: 'WorksheetAdded', worksheetId: s.id, source: 'Local' } as Excel.WorksheetAddedEventArgs);
      for (const c of changes) fire({ ...c, trigger: 'ThisLocalAddin', source: 'Local' });
      notify();
    },
  };

  const run = (async (...args: unknown[]) => {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') throw invalidArgument('Excel.run', 'batch');
    // Excel.run(context | object | objects, batch) continues with that context, as Office does.
    const first = args.length > 1 ? (Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0]) : undefined;
    let ctx: SimContext;
    if (first instanceof SimContext) ctx = first;
    else if (first instanceof SimObject) ctx = first._ctx;
    else {
      ctx = new SimContext(host);
      const options = args.length > 1 ? (args[0] as { delayForCellEdit?: boolean } | undefined) : undefined;
      ctx.delayForCellEdit = options?.delayForCellEdit === true;
      const book = new WorkbookProxy(ctx);
      ctx.workbook = book;
      ctx.application = book.application;
      ctx.runtime = book.runtime;
    }
    // A continued context starts a new batch: proxies of the earlier one are stale unless tracked.
    if (ctx.released) {
      ctx.generation += 1;
      ctx.released = false;
    }
    try {
      const result: unknown = await (batch as (c: Excel.RequestContext) => Promise<unknown>)(ctx as unknown as Excel.RequestContext);
      // Excel.run sends what the batch left queued.
      if (ctx.queue.length > 0) await ctx.sync();
      return result;
    } finally {
      ctx.queue = [];
      ctx.released = true;
    }
  }) as unknown as typeof Excel.run;

  /** An edit outside the add-in: applied at once, then reported like Excel reports it. */
  const edit = (sheetName: string, address: string, value: unknown, source: 'Local' | 'Remote'): void => {
    const sheet = wb.sheetByName(sheetName);
    if (!sheet) throw itemNotFound(`userEdit('${sheetName}')`);
    const { rect } = parseAddress(address);
    checkEditable(sheet, rect, 'userEdit');
    const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
    const before = single ? { value: valueOf(wb, sheet, rect.r0, rect.c0), type: valueTypeOf(wb, sheet, rect.r0, rect.c0) } : undefined;
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        const v = Array.isArray(value) ? (value as unknown[][])[r - rect.r0]?.[c - rect.c0] : value;
        writeInput(sheet, r, c, v, 'userEdit');
      }
    if (wb.eventsEnabled) fire({ sheet, rect, changeType: 'RangeEdited', trigger: 'Others', source, before });
    notify();
  };

  return {
    run,
    workbook: wb,
    stats,
    requirementSets,
    setCellEditMode(on) {
      host.cellEditMode = on;
      if (!on) {
        const waiting = editWaiters;
        editWaiters = [];
        waiting.forEach((resolve) => resolve());
      }
    },
    userEdit: (sheetName, address, value) => edit(sheetName, address, value, 'Local'),
    remoteEdit: (sheetName, address, value) => edit(sheetName, address, value, 'Remote'),
    rejectAfterApplying(method) {
      host.faults.add(method);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isSetSupported(name, minVersion) {
      const have = requirementSets[name];
      return have !== undefined && (minVersion === undefined || atLeast(have, minVersion));
    },
  };
}

/**
 * Defines globalThis.Excel (run, ErrorCodes and the enums), OfficeExtension (Error, ClientResult) and a minimal
 * Office (onReady, context.requirements.isSetSupported). Returns a function restoring the previous globals.
 */
export function installExcelGlobals(runtime: ExcelRuntime): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Excel = { ...enums, run: runtime.run };
  g.OfficeExtension = { Error: SimOfficeError, ClientResult, ErrorCodes: { generalException: 'GeneralException' } };
  g.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      requirements: { isSetSupported: (name: string, v?: string) => runtime.isSetSupported(name, v) },
    },
  };
  return () => {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  };
}

