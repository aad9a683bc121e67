/**
 * Payload sizing. Excel on the web rejects a request or response over 5 MB, and Microsoft counts "the number of API
 * calls" and "the number of objects" besides the values in it (10,000 single-cell writes "would likely exceed the 5MB
 * payload size limit", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 * So every planned sync is bounded twice: at most SYNC_LIMIT bytes (UTF-8 JSON of the values, plus OPERATION_BYTES
 * per operation) and at most OPERATION_LIMIT operations.
 */
import { cellBytes } from './cellValues';
import { muteEvents, unmuteEvents } from './ownWrites';

/** The most data one sync may move (SPEC §9: 4 MB). */
export const SYNC_LIMIT = 4 * 1024 * 1024;
/** What a planned batch aims at: the limit less room for addresses and the other queued instructions. */
export const PLAN_LIMIT = Math.floor(SYNC_LIMIT * 0.94);
/**
 * What one operation (method call, property set, load) is assumed to add to a request besides its arguments: an
 * action and an object path in Office's wire format. The in-memory runtime charges the same, calibrated on
 * Microsoft's example (its README); TESTING.md asks for the real figure from Excel on the web.
 */
export const OPERATION_BYTES = 300;
/**
 * The most operations one planned sync carries. Below 5,000 with room for what a caller adds to the last batch
 * (formatting, the swap of a rebuilt sheet, a registry row). Syncs added by this bound are counted like those the
 * 4 MB limit adds: one more per further OPERATION_LIMIT operations (SPEC §9's "+1 per further 4 MB", TESTING §7).
 */
export const OPERATION_LIMIT = 4000;

/** Granularity of big writes: batches are packed from pieces this size, so each is filled to within 2%. */
export const SLICE_BYTES = 64 * 1024;

/** A unit of queued work with its estimated payload: bytes of data and the operations it queues. */
export interface Sized {
  readonly bytes: number;
  readonly ops: number;
}

/** What a unit weighs in a request: its data plus the fixed cost of each operation. */
export const requestBytes = (item: Sized): number => item.bytes + item.ops * OPERATION_BYTES;

/**
 * Split items into consecutive groups of at most `limit` bytes (operations charged) and `opLimit` operations
 * (an item over either stands alone).
 */
export function groupBySize<T extends Sized>(items: readonly T[], limit: number = PLAN_LIMIT, opLimit: number = OPERATION_LIMIT): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  let ops = 0;
  for (const item of items) {
    const weight = requestBytes(item);
    if (current.length > 0 && (size + weight > limit || ops + item.ops > opLimit)) {
      groups.push(current);
      current = [];
      size = 0;
      ops = 0;
    }
    current.push(item);
    size += weight;
    ops += item.ops;
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
 * syncs is the payload divided by the limits — never the number of sheets, rows or cells.
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

/**
 * Queue writes in batches bounded by bytes and operations (see groupBySize), with this add-in's events off around
 * them where Excel cannot tell its own writes apart (ownWrites.ts). The last batch — and switching events back on —
 * is left queued for the caller's final sync.
 */
export async function queueWrites(context: Excel.RequestContext, ops: readonly (Sized & { readonly queue: () => void })[]): Promise<void> {
  if (ops.length === 0) return;
  muteEvents(context);
  await queueInBatches(context, groupBySize(ops).map((g) => g.map((op) => op.queue)));
  unmuteEvents(context);
}
