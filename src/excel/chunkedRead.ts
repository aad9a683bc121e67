/**
 * Reading big used ranges in batches of at most 4 MB (SPEC §9). Each batch is sized from the bytes per cell
 * measured so far; a batch Excel still rejects as too large is split and retried.
 */
import type { CellValue } from '../ledger/types';
import { boxAddress } from './address';
import { gridBytes, toCellRows } from './cellValues';
import { errorCode, failureKind } from './failure';
import { PLAN_LIMIT } from './sizing';

/** What Excel on the web rejects (request or response). */
const EXCEL_LIMIT = 5 * 1024 * 1024;

/** Rows [top, bottom] (0-based, inclusive) of one sheet's used columns. */
export interface Slice {
  sheet: number;
  top: number;
  bottom: number;
  left: number;
  cols: number;
}

/** Take slices from the front of `queue` until the batch's estimate reaches the limit (splitting by rows). */
function takeBatch(queue: Slice[], bytesPerCell: number): Slice[] {
  const batch: Slice[] = [];
  let budget = PLAN_LIMIT;
  while (queue.length > 0) {
    const s = queue[0] as Slice;
    const rowBytes = Math.max(1, s.cols * bytesPerCell);
    const fits = Math.floor(budget / rowBytes);
    const rows = s.bottom - s.top + 1;
    if (fits >= rows) {
      batch.push(s);
      queue.shift();
      budget -= rows * rowBytes;
      continue;
    }
    if (fits >= 1 || batch.length === 0) {
      const take = Math.max(1, fits);
      batch.push({ ...s, bottom: s.top + take - 1 });
      queue[0] = { ...s, top: s.top + take };
    }
    break;
  }
  return batch;
}

/**
 * Read body slices batch by batch. Each batch is sized from the bytes per cell measured so far; a batch Excel
 * still rejects as too large is split and retried. With `merges`, each slice's merged areas come along (addresses
 * per sheet index); a batch that fails otherwise is read again without them (Excel fails the call beyond 512
 * areas). Recursion, not a loop around sync: the number of syncs is the payload over 4 MB, not the number of
 * sheets or rows.
 */
export async function readBodies(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  queue: Slice[],
  bytesPerCell: number,
  grids: Map<number, { slice: Slice; rows: CellValue[][] }[]>,
  total: { bytes: number },
  merges: Map<number, string[]> | null = null,
  withMerges = merges !== null,
  /** Called after each batch that was read (the queue then holds what is left). */
  onBatch?: () => void,
): Promise<void> {
  if (queue.length === 0) return;
  const batch = takeBatch(queue, bytesPerCell);
  const blocks = batch.map((s) => (sheets[s.sheet] as Excel.Worksheet).getRange(boxAddress(s.top, s.left, s.bottom, s.left + s.cols - 1)));
  const ranges = blocks.map((b) => b.load('values,valueTypes'));
  const areas = withMerges ? blocks.map((b) => b.getMergedAreasOrNullObject().load('address')) : null;
  try {
    await context.sync();
  } catch (error) {
    const tooLarge = failureKind(errorCode(error)) === 'payloadTooLarge';
    if (!tooLarge && areas !== null && failureKind(errorCode(error)) !== 'cellEditMode') {
      // Perhaps more than 512 merged areas in a slice: this batch again, without merges.
      queue.unshift(...batch);
      await readBodies(context, sheets, queue.splice(0, batch.length), bytesPerCell, grids, total, merges, false);
      return readBodies(context, sheets, queue, bytesPerCell, grids, total, merges, merges !== null);
    }
    if (!tooLarge || bytesPerCell > 1e6) throw error;
    // The rejected batch carried more than Excel's 5 MB: its cells weigh at least that much.
    queue.unshift(...batch);
    const cells = batch.reduce((n, s) => n + (s.bottom - s.top + 1) * s.cols, 0);
    return readBodies(context, sheets, queue, Math.max(bytesPerCell * 2, (EXCEL_LIMIT / Math.max(1, cells)) * 1.1), grids, total, merges, withMerges, onBatch);
  }
  areas?.forEach((a, i) => {
    if (a.isNullObject || !merges) return;
    const sheet = (batch[i] as Slice).sheet;
    merges.set(sheet, [...(merges.get(sheet) ?? []), a.address]);
  });
  let bytes = 0;
  let cells = 0;
  batch.forEach((s, i) => {
    const r = ranges[i] as Excel.Range;
    bytes += gridBytes(r.values) + gridBytes(r.valueTypes);
    cells += (s.bottom - s.top + 1) * s.cols;
    const list = grids.get(s.sheet) ?? [];
    list.push({ slice: s, rows: toCellRows(r.values, r.valueTypes, null) });
    grids.set(s.sheet, list);
  });
  total.bytes += bytes;
  onBatch?.();
  const measured = cells > 0 ? (bytes / cells) * 1.05 : bytesPerCell;
  return readBodies(context, sheets, queue, Math.max(measured, bytesPerCell * 0.8), grids, total, merges, merges !== null, onBatch);
}

