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
  const tempName = `${plan.name}${BUILDING_SUFFIX}`;
  const sheets = context.workbook.worksheets;
  // A leftover from a run that failed earlier goes first.
  if (plan.sheetNames.includes(tempName)) sheets.getItem(tempName).delete();
  const temp = sheets.add(tempName);
  const ops = plan.writes(() => temp);
  try {
    await queueWrites(context, ops);
    plan.finish?.(temp);
    if (plan.sheetNames.includes(plan.name)) sheets.getItem(plan.name).delete();
    temp.name = plan.name;
    temp.activate();
    await context.sync();
  } catch (error) {
    // Best effort: remove the half-built sheet; the old one was never touched.
    try {
      await deleteIfPresent(context, tempName);
    } catch {
      /* the original error is the one to report */
    }
    throw error;
  }
}
