/**
 * Checking edits as they happen (SPEC §1.1: a list validation only fires on typed entries; a paste bypasses it).
 * While the task pane is open, a change to a sheet — typed or pasted — rechecks that sheet after a short pause,
 * and the pane gets its findings at once instead of at the next full check.
 *
 * What the host offers decides how (each gated on its requirement set, never assumed):
 * - ExcelApi 1.9+: one handler for every sheet, WorksheetCollection.onChanged.
 * - ExcelApi 1.7–1.8: Worksheet.onChanged on each sheet, and WorksheetCollection.onAdded (plus the add-in's own
 *   notice, ownWrites.ts) for sheets added later.
 * - The add-in's own writes: ignored by `triggerSource: 'ThisLocalAddin'` from 1.14; below, they raise no events
 *   (the add-in switches its events off around them, ownWrites.ts).
 * - A co-author's edit (`source: 'Remote'`) is theirs to check: every open client rebuilding shared markers for it
 *   would fight over them.
 * - `details` (1.9) exists only for a single cell (office-js #5347, #5308): a single-cell event whose value did not
 *   change is skipped; any other event — a paste, a multi-cell edit, no details — rechecks the sheet, which re-reads
 *   the changed range with the rest.
 * - A recheck waits out cell-edit mode (delayForCellEdit) and, if it still fails, is queued again; after the last
 *   attempt the failure is reported and the sheets stay queued for the next edit — never dropped silently.
 */
import { applyReviews, checkWorkbooks } from '../ledger';
import type { Issue, Ledger, ReviewMark } from '../ledger';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { onOwnSheetsAdded } from './ownWrites';
import { parseReviewMarks } from './registry';
import { detectFeatures, supportsExcelApi } from './requirements';
import { readSnapshot } from './snapshot';

export interface SheetFindings {
  readonly sheet: string;
  /** False when the changed sheet is not (or no longer) a ledger. */
  readonly ledger: boolean;
  /** Open findings on that sheet (reviewed keyword warnings left out, as in a full check). */
  readonly issues: readonly Issue[];
  /** The sheet's reviewed warnings with their marks (a mark whose row changed is not here: its warning is open). */
  readonly reviewed: readonly { readonly issue: Issue; readonly mark: ReviewMark }[];
  /** The sheet's ledger as this recheck read it (the pane's fixes and marks need the current rows). */
  readonly ledgers: readonly Ledger[];
  /** Where the last edit before this recheck was (an A1 address on the sheet), when an edit caused it. */
  readonly lastEdited?: string;
}

export interface WatchOptions {
  readonly onFindings: (update: SheetFindings) => void;
  /** Called when a recheck could not run after its retries; the sheets are checked again at the next edit. */
  readonly onFailure?: (failure: Failure) => void;
  readonly today?: string;
  /** Pause after the last edit before rechecking (a paste fires several events). */
  readonly debounceMs?: number;
  /** Attempts of a recheck before its failure is reported (default 3). */
  readonly attempts?: number;
}

export interface EditWatch {
  /** Stop listening (one Excel.run per registration context). */
  stop(): Promise<void>;
}

/** How the edits are watched: one workbook handler (1.9+) or one handler per sheet (1.7–1.8). */
export type WatchMode = 'workbook' | 'sheets';

/**
 * Recheck the given sheets (one Excel.run, waiting out cell-edit mode) and report each; `edits` (sheet id → last
 * edited address) says where the user was typing (the names ride on the snapshot's first sync).
 */
export async function checkSheets(
  sheetIds: ReadonlySet<string>,
  options: Pick<WatchOptions, 'today'>,
  edits: ReadonlyMap<string, string> = new Map(),
): Promise<SheetFindings[] | Failure> {
  return runOperation(
    async (context) => {
      const edited = [...edits].filter(([id]) => sheetIds.has(id)).map(([id, address]) => ({ sheet: context.workbook.worksheets.getItemOrNullObject(id).load('name'), address }));
      const snapshot = await readSnapshot(context, detectFeatures(), { sheetIds });
      const lastEdited = new Map(edited.filter((e) => !e.sheet.isNullObject).map((e) => [e.sheet.name, e.address]));
      const result = checkWorkbooks([snapshot.workbook], options.today !== undefined ? { today: options.today } : {});
      const { open, reviewed } = applyReviews(result, parseReviewMarks(snapshot.registries.reviews));
      return snapshot.workbook.sheets.map((s) => {
        const address = lastEdited.get(s.name);
        return {
          sheet: s.name,
          ledger: result.ledgers.some((l) => l.sheet === s.name),
          issues: open.filter((i) => i.location.sheet === s.name),
          reviewed: reviewed.filter((r) => r.issue.location.sheet === s.name),
          ledgers: result.ledgers.filter((l) => l.sheet === s.name),
          ...(address !== undefined ? { lastEdited: address } : {}),
        };
      });
    },
    { delayForCellEdit: true },
  );
}

/** True when an event is one the live check must look at (see the module comment). */
export function needsRecheck(args: Excel.WorksheetChangedEventArgs): boolean {
  if (args.source === 'Remote') return false;
  if (args.triggerSource === 'ThisLocalAddin') return false;
  const d = (args as { details?: Excel.ChangedEventDetail }).details;
  if (d && d.valueBefore === d.valueAfter && d.valueTypeBefore === d.valueTypeAfter) return false;
  return true;
}

/** Start watching every worksheet's edits. */
export async function watchLedgerEdits(
  options: WatchOptions,
): Promise<{ readonly status: 'watching'; readonly watch: EditWatch; readonly mode?: WatchMode } | Failure> {
  const debounce = options.debounceMs ?? 300;
  const attempts = options.attempts ?? 3;
  const pending = new Set<string>();
  /** The last edited address per sheet id (where the user is typing): the pane judges that row once it is left. */
  const lastEdited = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let failures = 0;
  let stopped = false;

  const schedule = (delay: number) => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };
  const flush = async (): Promise<void> => {
    timer = null;
    if (running || stopped || pending.size === 0) return;
    running = true;
    const ids = new Set(pending);
    pending.clear();
    const result = await checkSheets(ids, options, lastEdited);
    running = false;
    if (Array.isArray(result)) {
      failures = 0;
      if (!stopped) result.forEach((update) => options.onFindings(update));
    } else {
      // Back into the queue (edits made meanwhile join them); tried again later, reported after the last attempt.
      for (const id of ids) pending.add(id);
      failures++;
      if (failures >= attempts) {
        failures = 0;
        options.onFailure?.(result);
        return;
      }
      schedule(debounce * 2 ** failures);
      return;
    }
    if (pending.size > 0) schedule(debounce);
  };
  const onChanged = async (args: Excel.WorksheetChangedEventArgs) => {
    if (!needsRecheck(args)) return;
    pending.add(args.worksheetId);
    lastEdited.set(args.worksheetId, args.address);
    if (!running) schedule(debounce);
  };

  const registrations: OfficeExtension.EventHandlerResult<unknown>[] = [];
  const watched = new Set<string>();
  const mode: WatchMode = supportsExcelApi('1.9') ? 'workbook' : 'sheets';
  /** 1.7–1.8: a handler on every sheet not yet watched (one Excel.run). */
  const watchNewSheets = () =>
    runOperation(async (context) => {
      const sheets = context.workbook.worksheets.load('items/id');
      await context.sync();
      for (const ws of sheets.items) {
        if (watched.has(ws.id)) continue;
        watched.add(ws.id);
        registrations.push(ws.onChanged.add(onChanged) as OfficeExtension.EventHandlerResult<unknown>);
      }
      await context.sync();
    });
  const started = await runOperation(async (context) => {
    if (mode === 'workbook') {
      registrations.push(context.workbook.worksheets.onChanged.add(onChanged) as OfficeExtension.EventHandlerResult<unknown>);
      await context.sync();
      return { status: 'watching' } as const;
    }
    registrations.push(context.workbook.worksheets.onAdded.add(async () => void (await watchNewSheets())) as OfficeExtension.EventHandlerResult<unknown>);
    await context.sync();
    return { status: 'watching' } as const;
  });
  if (started.status !== 'watching') return started;
  let unlisten: (() => void) | null = null;
  if (mode === 'sheets') {
    const first = await watchNewSheets();
    if (first !== undefined) return first;
    unlisten = onOwnSheetsAdded(() => void watchNewSheets());
  }
  const watch: EditWatch = {
    stop: async () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      unlisten?.();
      const all = registrations.splice(0);
      const contexts = [...new Set(all.map((r) => r.context))];
      // The documented way: remove() in each registration's own context, then sync it.
      await Promise.all(
        contexts.map((ctx) =>
          Excel.run(ctx, async (context) => {
            for (const r of all) if (r.context === ctx) r.remove();
            await context.sync();
          }).catch(() => undefined),
        ),
      );
    },
  };
  return { status: 'watching', watch, mode };
}
