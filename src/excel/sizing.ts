/**
 * Payload sizing. Excel on the web rejects a request or response over 5 MB; we plan every sync to move at
 * most SYNC_LIMIT bytes of cell data (SPEC §9), measured as UTF-8 JSON — what actually travels.
 */
import { cellBytes } from './cellValues';

/** The most cell data one sync may move (SPEC §9: 4 MB). */
export const SYNC_LIMIT = 4 * 1024 * 1024;
/** What a planned batch aims at: the limit less room for addresses and the other queued instructions. */
export const PLAN_LIMIT = Math.floor(SYNC_LIMIT * 0.94);

/** Granularity of big writes: batches are packed from pieces this size, so each is filled to within 2%. */
export const SLICE_BYTES = 64 * 1024;

/** A unit of queued work with its estimated payload. */
export interface Sized {
  readonly bytes: number;
}

/** Split items into consecutive groups whose bytes sum to at most `limit` (an oversized item stands alone). */
export function groupBySize<T extends Sized>(items: readonly T[], limit: number = PLAN_LIMIT): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.bytes > limit) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Row slices of a grid, each under `limit` bytes, for writing big blocks in several syncs. */
export function sliceRows<T>(rows: readonly (readonly T[])[], limit: number = PLAN_LIMIT): { start: number; rows: (readonly T[])[]; bytes: number }[] {
  const out: { start: number; rows: (readonly T[])[]; bytes: number }[] = [];
  let start = 0;
  let current: (readonly T[])[] = [];
  let size = 0;
  rows.forEach((row, i) => {
    let b = 2;
    for (const v of row) b += cellBytes(v);
    if (current.length > 0 && size + b > limit) {
      out.push({ start, rows: current, bytes: size });
      current = [];
      size = 0;
      start = i;
    }
    current.push(row);
    size += b;
  });
  if (current.length > 0) out.push({ start, rows: current, bytes: size });
  return out;
}

/**
 * Queue a list of writes in size-bounded batches. Every batch but the last is synced here; the last is left
 * queued so the caller's final sync carries it together with its other writes (one sync fewer).
 * Recursion rather than a loop: each sync must finish before the next batch is queued, and the number of
 * syncs is the payload divided by the limit — never the number of sheets, rows or cells.
 */
export async function queueInBatches(
  context: Excel.RequestContext,
  batches: readonly (readonly (() => void)[])[],
  index = 0,
): Promise<void> {
  const batch = batches[index];
  if (batch === undefined) return;
  for (const queue of batch) queue();
  if (index === batches.length - 1) return;
  await context.sync();
  await queueInBatches(context, batches, index + 1);
}
