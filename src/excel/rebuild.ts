/**
 * Atomic rebuild of a sheet the add-in owns (集計, 別記様式): the new content is written into a temporary
 * sheet; only then, at the end of the same final batch, the old sheet is deleted and the new one renamed.
 * Excel runs a batch in order and stops at the first failure, so if anything before the swap fails the old
 * sheet is still there; the half-built temporary sheet is then removed.
 */
import { queueWrites } from './sizing';
import type { WriteOp } from './writing';
import { BUILDING_SUFFIX } from './toolSheets';

export interface RebuildPlan {
  /** Final name (e.g. 集計). */
  readonly name: string;
  /** Sheet names before the rebuild (from the snapshot). */
  readonly sheetNames: readonly string[];
  /** Writes onto the new sheet; `sheet()` gives the temporary sheet. */
  readonly writes: (sheet: () => Excel.Worksheet) => WriteOp[];
  /** Last touches on the new sheet in the final batch (charts, page setup…). */
  readonly finish?: (sheet: Excel.Worksheet) => void;
}

/** Delete a sheet by name if it exists (two syncs; used only on a failure path). */
export async function deleteIfPresent(context: Excel.RequestContext, name: string): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (ws.isNullObject) return;
  ws.delete();
  await context.sync();
}

/** Build `plan.name` atomically; resolves when the swap has been synced. */
export async function rebuildSheet(context: Excel.RequestContext, plan: RebuildPlan): Promise<void> {
  await rebuildSheets(context, plan.sheetNames, [plan]);
}

/**
 * Build several sheets atomically together (集計 and its asset and findings lists): every new sheet is written
 * aside first; only in the final batch are the old ones deleted and the new ones renamed, in order. If anything
 * fails before that, every old sheet is still there and the half-built ones are removed.
 */
export async function rebuildSheets(context: Excel.RequestContext, sheetNames: readonly string[], plans: readonly Omit<RebuildPlan, 'sheetNames'>[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  const temps = plans.map((plan) => {
    const tempName = `${plan.name}${BUILDING_SUFFIX}`;
    // A leftover from a run that failed earlier goes first.
    if (sheetNames.includes(tempName)) sheets.getItem(tempName).delete();
    return { plan, tempName, sheet: sheets.add(tempName) };
  });
  const ops = temps.flatMap(({ plan, sheet }) => plan.writes(() => sheet));
  try {
    await queueWrites(context, ops);
    for (const { plan, sheet } of temps) plan.finish?.(sheet);
    for (const { plan, sheet } of temps) {
      if (sheetNames.includes(plan.name)) sheets.getItem(plan.name).delete();
      sheet.name = plan.name;
    }
    temps[0]?.sheet.activate();
    await context.sync();
  } catch (error) {
    // Best effort: remove the half-built sheets; the old ones were never touched.
    for (const { tempName } of temps) {
      try {
        await deleteIfPresent(context, tempName);
      } catch {
        /* the original error is the one to report */
      }
    }
    throw error;
  }
}
