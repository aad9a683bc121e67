/**
 * Findings in the sheet (SPEC §8): each finding's cell is covered by a conditional format the add-in owns — never a
 * change to the cell's own fill, font or borders, so the user's formatting is untouched and comes back as soon as
 * the marker goes. Our formats are recognised by their rule formula (markers.ts), which is the inventory: clearing
 * removes exactly those, whatever happened to the sheets in between, and nothing else.
 * One Excel.run: sync 1 — the sheets; sync 2 — their conditional formats, sheet by sheet isolated (a rule Excel
 * cannot read, office-js #6835 #6827 #5222, makes that sheet "unreadable", not the operation fail: a failed sync
 * is split in halves until the sheet is found); then the writes, only on sheets whose markers change, bounded by
 * operations per sync (sizing.ts) — none when nothing changed.
 */
import type { Issue } from '../ledger';
import { errorCode, failureKind, runOperation } from './failure';
import type { Failure } from './failure';
import { FILL, markerFormula, planMarkers, readMarker } from './markers';
import type { SheetMarkers } from './markers';
import { supportsExcelApi } from './requirements';
import { OPERATION_LIMIT, queueWrites } from './sizing';
import type { WriteOp } from './writing';

export { isMarkerFormula, markerRanges } from './markers';

/** Sheets whose conditional formats one sync loads (3 operations each, under OPERATION_LIMIT). */
const INVENTORY_SHEETS = Math.floor(OPERATION_LIMIT / 3);

/** Our markers found on one sheet: their formats (to delete) and signatures. */
interface SheetInventory {
  readonly ours: Excel.ConditionalFormat[];
  readonly signatures: (string | null)[];
}

/**
 * Load the conditional formats of `sheets` (one sync when every rule is readable). A sync that fails otherwise
 * than by cell-edit mode is split in halves and each half loaded again; a single sheet that still fails is
 * unreadable. Recursion on failure only, so the usual cost is one sync.
 */
async function inventory(context: Excel.RequestContext, sheets: readonly string[], found: Map<string, SheetInventory>, unreadable: string[]): Promise<void> {
  if (sheets.length === 0) return;
  const loads = sheets.map((name) => context.workbook.worksheets.getItem(name).getRange().conditionalFormats.load('items/customOrNullObject/rule/formula'));
  try {
    await context.sync();
  } catch (error) {
    if (failureKind(errorCode(error)) === 'cellEditMode') throw error;
    if (sheets.length === 1) {
      unreadable.push(sheets[0] as string);
      return;
    }
    const half = Math.ceil(sheets.length / 2);
    await inventory(context, sheets.slice(0, half), found, unreadable);
    return inventory(context, sheets.slice(half), found, unreadable);
  }
  sheets.forEach((name, i) => {
    const ours: Excel.ConditionalFormat[] = [];
    const signatures: (string | null)[] = [];
    for (const cf of (loads[i] as Excel.ConditionalFormatCollection).items) {
      // Only custom formats have a rule formula; for any other kind customOrNullObject is a null object.
      if (cf.customOrNullObject.isNullObject) continue;
      const marker = readMarker(cf.customOrNullObject.rule.formula);
      if (!marker) continue;
      ours.push(cf);
      signatures.push(marker.signature);
    }
    found.set(name, { ours, signatures });
  });
}

/** True when a sheet's markers are already what is planned (no write needed). */
function upToDate(current: SheetInventory, planned: SheetMarkers | undefined): boolean {
  if (!planned) return current.ours.length === 0;
  return current.ours.length === planned.rules.length && current.signatures.every((s) => s === planned.signature);
}

/** The writes that replace one sheet's markers: delete ours, add the planned ones. */
function sheetWrites(context: Excel.RequestContext, sheet: string, current: SheetInventory, planned: SheetMarkers | undefined, areas: boolean): WriteOp[] {
  const ops: WriteOp[] = current.ours.map((cf) => ({ bytes: 10, ops: 1, queue: () => cf.delete() }));
  let ws: Excel.Worksheet | null = null;
  const worksheet = () => (ws ??= context.workbook.worksheets.getItem(sheet));
  for (const rule of planned?.rules ?? []) {
    const address = rule.addresses.join(', ');
    const formula = markerFormula(rule.severity, planned?.signature ?? '');
    ops.push({
      bytes: address.length + formula.length + 40,
      ops: 5,
      queue: () => {
        const target = areas ? worksheet().getRanges(address) : worksheet().getRange(address);
        const cf = target.conditionalFormats.add('Custom');
        cf.custom.rule.formula = formula;
        cf.custom.format.fill.color = FILL[rule.severity];
      },
    });
  }
  return ops;
}

export type FindingsResult =
  | {
      readonly status: 'shown';
      /** Formats the planned markers consist of (on every sheet, changed or not). */
      readonly markers: number;
      /** Our formats deleted. */
      readonly removed: number;
      /** Sheets whose markers were rewritten / left as they were (always set by showFindings and clearFindings). */
      readonly refreshed?: number;
      readonly unchanged?: number;
      /** Sheets whose conditional formats Excel could not read: their markers were left alone. */
      readonly unreadable?: readonly string[];
    }
  | Failure;

export interface FindingsOptions {
  readonly issues: readonly Issue[];
  /** Only these sheets (the diagnostics page's scratch sheets); default every sheet. */
  readonly sheets?: readonly string[];
}

/** Make the markers match `issues` (refreshable: a sheet whose markers are right is left alone). One Excel.run. */
export async function showFindings(options: FindingsOptions): Promise<FindingsResult> {
  const areas = supportsExcelApi('1.9');
  return runOperation(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const names = worksheets.items.map((w) => w.name).filter((n) => !options.sheets || options.sheets.includes(n));
    const found = new Map<string, SheetInventory>();
    const unreadable: string[] = [];
    // Three operations a sheet: more than INVENTORY_SHEETS sheets take further syncs (the operation bound).
    const groups = Array.from({ length: Math.ceil(names.length / INVENTORY_SHEETS) }, (_, i) => names.slice(i * INVENTORY_SHEETS, (i + 1) * INVENTORY_SHEETS));
    const readGroups = async (i: number): Promise<void> => {
      const group = groups[i];
      if (!group) return;
      await inventory(context, group, found, unreadable);
      await readGroups(i + 1);
    };
    await readGroups(0);
    const plans = planMarkers(options.issues, areas);
    const ops: WriteOp[] = [];
    let removed = 0;
    let refreshed = 0;
    let markers = 0;
    for (const name of names) {
      const current = found.get(name);
      const planned = plans.get(name);
      if (!current) continue;
      markers += planned?.rules.length ?? 0;
      if (upToDate(current, planned)) continue;
      refreshed++;
      removed += current.ours.length;
      ops.push(...sheetWrites(context, name, current, planned, areas));
    }
    if (ops.length > 0) {
      await queueWrites(context, ops);
      await context.sync();
    }
    return { status: 'shown', markers, removed, refreshed, unchanged: found.size - refreshed, unreadable } as const;
  });
}

/** Remove every marker the add-in added (on `sheets`, default all), and nothing else. */
export async function clearFindings(options: { readonly sheets?: readonly string[] } = {}): Promise<FindingsResult> {
  return showFindings({ issues: [], ...(options.sheets ? { sheets: options.sheets } : {}) });
}

export type SelectResult = { readonly status: 'selected' } | { readonly status: 'missing'; readonly message: string } | Failure;

/** Take the user to a finding's cell (the sheet may have been renamed or deleted since the check). */
export async function selectCell(options: { readonly sheet: string; readonly cell: string }): Promise<SelectResult> {
  const result = await runOperation(async (context) => {
    const ws = context.workbook.worksheets.getItem(options.sheet);
    ws.activate();
    ws.getRange(options.cell).select();
    try {
      await context.sync();
    } catch (error) {
      if (errorCode(error) === 'ItemNotFound') return { status: 'missing', message: `シート「${options.sheet}」が見つかりません。もう一度検証してください` } as const;
      throw error;
    }
    return { status: 'selected' } as const;
  });
  return result;
}
