/**
 * 検証する: read every sheet in one batch (chunked by size), run every rule, set reviewed warnings apart.
 * Budget (SPEC §9): 3 syncs, plus one per further 4 MB read.
 */
import { applyReviews, checkWorkbooks } from '../ledger';
import type { CheckResult, Issue, ReviewMark } from '../ledger';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { parseReviewMarks } from './registry';
import { detectFeatures } from './requirements';
import type { ProgressListener } from './progress';
import { readSnapshot } from './snapshot';
import type { Snapshot } from './snapshot';

export interface CheckWorkbookOptions {
  /** 'YYYY-MM-DD' for LEDGER_STALE; default the real date. */
  readonly today?: string;
  readonly expectedDepartments?: readonly string[] | null;
  /** How many sheets have been read (the pane's progress bar). */
  readonly onProgress?: ProgressListener;
}

export interface CheckWorkbookResult {
  readonly status: 'checked';
  readonly result: CheckResult;
  /** Issues still open (reviewed ones removed), those reviewed with their marks, and marks that lapsed. */
  readonly open: readonly Issue[];
  readonly reviewed: readonly { readonly issue: Issue; readonly mark: ReviewMark }[];
  readonly lapsed: readonly ReviewMark[];
  /** Sheets looked at (every sheet but the add-in's own). */
  readonly sheetsRead: number;
  readonly bytesRead: number;
}

/** Read the workbook and check it, inside an Excel.run the caller owns (shared by consolidate, audit…). */
export async function checkInContext(
  context: Excel.RequestContext,
  options: CheckWorkbookOptions = {},
): Promise<{ snapshot: Snapshot; check: CheckWorkbookResult }> {
  const snapshot = await readSnapshot(context, detectFeatures(), options.onProgress ? { onProgress: options.onProgress } : {});
  const result = checkWorkbooks([snapshot.workbook], {
    ...(options.today !== undefined ? { today: options.today } : {}),
    ...(options.expectedDepartments !== undefined ? { expectedDepartments: options.expectedDepartments } : {}),
  });
  const marks = parseReviewMarks(snapshot.registries.reviews);
  const { open, reviewed, lapsed } = applyReviews(result, marks);
  return {
    snapshot,
    check: { status: 'checked', result, open, reviewed, lapsed, sheetsRead: snapshot.workbook.sheets.length, bytesRead: snapshot.readBytes },
  };
}

/** Check the whole open workbook (one Excel.run). */
export async function checkWorkbook(options: CheckWorkbookOptions = {}): Promise<CheckWorkbookResult | Failure> {
  return runOperation(async (context) => (await checkInContext(context, options)).check);
}
