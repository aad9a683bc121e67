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
  /** Per sync: request + response size in JSON characters. */
  syncBytes: number[];
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
  /** A cell edit made by "the user" (the preview grid): no proxy, fires onChanged with triggerSource 'Others'. */
  userEdit(sheetName: string, address: string, value: unknown): void;
  /** Called after every sync or user edit that may have changed the workbook (the preview grid redraws). */
  subscribe(listener: () => void): () => void;
  requirementSets: RequirementSets;
  isSetSupported(name: string, minVersion?: string): boolean;
}

export const DEFAULT_REQUIREMENT_SETS: RequirementSets = { ExcelApi: '1.13' };

function changedArgs(
  sheet: SimSheet,
  rect: Rect,
  changeType: string,
  trigger: 'ThisLocalAddin' | 'Others',
  details?: Record<string, unknown>,
): Excel.WorksheetChangedEventArgs {
  const address = formatRect(rect);
  const args = {
    ...(details ? { details } : {}),
    type: 'WorksheetChanged',
    worksheetId: sheet.id,
    address,
    changeType,
    source: 'Local',
    triggerSource: trigger,
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
    reset() {
      stats.syncs = 0;
      stats.syncBytes = [];
    },
  };
  const requirementSets: RequirementSets = { ...(options.requirementSets ?? DEFAULT_REQUIREMENT_SETS) };
  let editWaiters: (() => void)[] = [];
  const host: Host = {
    wb,
    requirementSets,
    events,
    cellEditMode: false,
    cellEditEnded: () => new Promise<void>((resolve) => editWaiters.push(resolve)),
    recordSync(bytes) {
      stats.syncs += 1;
      stats.syncBytes.push(bytes);
    },
    afterSync() {
      const changes = wb.changes;
      wb.changes = [];
      for (const c of changes) events.fire(changedArgs(c.sheet, c.rect, c.changeType, 'ThisLocalAddin'));
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
    }
    const result: unknown = await (batch as (c: Excel.RequestContext) => Promise<unknown>)(ctx as unknown as Excel.RequestContext);
    // Excel.run sends what the batch left queued.
    if (ctx.queue.length > 0) await ctx.sync();
    return result;
  }) as unknown as typeof Excel.run;

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
    userEdit(sheetName, address, value) {
      const sheet = wb.sheetByName(sheetName);
      if (!sheet) throw itemNotFound(`userEdit('${sheetName}')`);
      const { rect } = parseAddress(address);
      checkEditable(sheet, rect, 'userEdit');
      const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
      const before = single ? { valueBefore: valueOf(wb, sheet, rect.r0, rect.c0), valueTypeBefore: valueTypeOf(wb, sheet, rect.r0, rect.c0) } : null;
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) {
          const v = Array.isArray(value) ? (value as unknown[][])[r - rect.r0]?.[c - rect.c0] : value;
          writeInput(sheet, r, c, v, 'userEdit');
        }
      // Like Excel, a single-cell edit carries details (values before and after).
      const details = before
        ? { ...before, valueAfter: valueOf(wb, sheet, rect.r0, rect.c0), valueTypeAfter: valueTypeOf(wb, sheet, rect.r0, rect.c0) }
        : undefined;
      events.fire(changedArgs(sheet, rect, 'RangeEdited', 'Others', details));
      notify();
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
    context: { requirements: { isSetSupported: (name: string, v?: string) => runtime.isSetSupported(name, v) } },
  };
  return () => {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  };
}

