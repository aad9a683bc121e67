/**
 * The add-in's own writes must not look like the user's edits to the live check (watch.ts). From ExcelApi 1.14 a
 * change event says who made it (`triggerSource: 'ThisLocalAddin'`); below that it does not, so the add-in switches
 * its events off around its writes with Runtime.enableEvents (ExcelApi 1.8: "Toggle JavaScript events in the current
 * task pane or content add-in"; https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events#enable-and-disable-events).
 * Both toggles ride the syncs that carry the writes, so no sync is added; a failed operation switches them back on
 * in an Excel.run of its own that waits out cell-edit mode.
 */
import { supportsExcelApi } from './requirements';

/** Per context: whether events are queued off now; present once they were switched off (so a failure can restore). */
const muted = new WeakMap<Excel.RequestContext, boolean>();

/** True where events cannot tell the add-in's writes apart and Runtime.enableEvents exists (1.8 ≤ host < 1.14). */
export function mutesOwnWrites(): boolean {
  return !supportsExcelApi('1.14') && supportsExcelApi('1.8');
}

/** Queue switching this add-in's events off (nothing on hosts with triggerSource, nothing when already off). */
export function muteEvents(context: Excel.RequestContext): void {
  if (muted.get(context) === true || !mutesOwnWrites()) return;
  context.runtime.enableEvents = false;
  muted.set(context, true);
}

/** Queue switching them back on, after the writes queued so far. */
export function unmuteEvents(context: Excel.RequestContext): void {
  if (muted.get(context) !== true) return;
  context.runtime.enableEvents = true;
  muted.set(context, false);
}

/** True when this operation switched events off at some point. */
export function wasMuted(context: Excel.RequestContext): boolean {
  return muted.has(context);
}

/** After a failure: switch events back on in an Excel.run of its own, waiting out cell-edit mode. */
export async function restoreEvents(): Promise<void> {
  try {
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.runtime.enableEvents = true;
      await context.sync();
    });
  } catch {
    /* best effort: the next successful operation switches them on again */
  }
}

/** Listeners told when an operation of the add-in added sheets (events about that are muted below 1.14). */
const addedListeners = new Set<() => void>();

/** Be told when the add-in itself added sheets (the live check on ExcelApi 1.8 then watches them too). */
export function onOwnSheetsAdded(listener: () => void): () => void {
  addedListeners.add(listener);
  return () => addedListeners.delete(listener);
}

/** Called by the operations that add sheets, after their final sync. */
export function notifyOwnSheetsAdded(): void {
  for (const l of [...addedListeners]) l();
}
