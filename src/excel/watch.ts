/**
 * Checking edits as they happen (SPEC §1.1: a list validation only fires on typed entries; a paste bypasses it).
 * While the task pane is open, a change to a sheet — typed or pasted — rechecks that sheet after a short pause,
 * and the pane gets its findings at once instead of at the next full check. Our own writes are ignored.
 */
import { applyReviews, checkWorkbooks } from '../ledger';
import type { Issue, Ledger, ReviewMark } from '../ledger';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { parseReviewMarks } from './registry';
import { detectFeatures } from './requirements';
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
  /** Called when a recheck could not run (e.g. cell-edit mode); the next edit tries again. */
  readonly onFailure?: (failure: Failure) => void;
  readonly today?: string;
  /** Pause after the last edit before rechecking (a paste fires several events). */
  readonly debounceMs?: number;
}

export interface EditWatch {
  /** Stop listening (one Excel.run). */
  stop(): Promise<void>;
}

/**
 * Recheck the given sheets (one Excel.run) and report each; `edits` (sheet id → last edited address) says where
 * the user was typing (the names ride on the snapshot's first sync).
 */
export async function checkSheets(sheetIds: ReadonlySet<string>, options: WatchOptions, edits: ReadonlyMap<string, string> = new Map()): Promise<SheetFindings[] | Failure> {
  return runOperation(async (context) => {
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
  });
}

/** Start watching every worksheet's edits. */
export async function watchLedgerEdits(options: WatchOptions): Promise<{ readonly status: 'watching'; readonly watch: EditWatch } | Failure> {
  const pending = new Set<string>();
  /** The last edited address per sheet id (where the user is typing): the pane judges that row once it is left. */
  const lastEdited = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = async () => {
    timer = null;
    const ids = new Set(pending);
    pending.clear();
    const result = await checkSheets(ids, options, lastEdited);
    if (Array.isArray(result)) result.forEach((update) => options.onFindings(update));
    else options.onFailure?.(result);
  };
  const onChanged = async (args: Excel.WorksheetChangedEventArgs) => {
    if (args.triggerSource === 'ThisLocalAddin') return;
    pending.add(args.worksheetId);
    lastEdited.set(args.worksheetId, args.address);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void flush(), options.debounceMs ?? 300);
  };
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  const started = await runOperation(async (context) => {
    registration = context.workbook.worksheets.onChanged.add(onChanged);
    await context.sync();
    return { status: 'watching' } as const;
  });
  if (started.status !== 'watching') return started;
  const watch: EditWatch = {
    stop: async () => {
      if (timer !== null) clearTimeout(timer);
      const r = registration;
      registration = null;
      if (!r) return;
      await Excel.run(r.context, async (context) => {
        r.remove();
        await context.sync();
      });
    },
  };
  return { status: 'watching', watch };
}
