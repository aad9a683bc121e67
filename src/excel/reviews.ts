/**
 * 確認済み (SPEC §6): a keyword warning a person has looked at and judged fine. The mark names the row by
 * sheet, row and a fingerprint of its content, so it lapses as soon as the row changes.
 */
import { REVIEWABLE_CODES, rowFingerprint } from '../ledger';
import type { CheckResult, Issue, ReviewMark } from '../ledger';
import { boxAddress, parseCell } from './address';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { REVIEW_HEADER, appendRegistryRows } from './registry';
import { queueWrites } from './sizing';
import { localTimestamp } from './time';
import type { WriteOp } from './writing';
import { REVIEW_SHEET } from './toolSheets';

/** The warnings a person may mark as reviewed (the keyword rules, which are sometimes wrong) — the engine's list. */
export { REVIEWABLE_CODES };

export interface MarkReviewedOptions {
  readonly issue: Issue;
  readonly reason: string;
  /** Who reviewed it: the name the person typed (an audit record says who, when and why). */
  readonly reviewer: string;
  /** The check the issue came from (its ledger rows give the fingerprint). */
  readonly result: CheckResult;
  readonly now?: Date;
}

export type MarkReviewedResult =
  | { readonly status: 'marked'; readonly mark: ReviewMark }
  | { readonly status: 'notReviewable'; readonly message: string }
  | Failure;

/** The mark for an issue, or a reason why there can be none. */
export function markFor(options: MarkReviewedOptions): ReviewMark | string {
  const { issue, result } = options;
  if (!REVIEWABLE_CODES.includes(issue.code)) return 'この指摘は確認済みにできません（キーワードによる警告だけが対象です）';
  const reason = options.reason.trim();
  if (reason === '') return '確認済みにする理由を入力してください';
  const reviewer = options.reviewer.trim();
  if (reviewer === '') return '確認者の名前を入力してください';
  const cell = issue.location.cell ? parseCell(issue.location.cell) : null;
  const ledger = result.ledgers.find((l) => l.sheet === issue.location.sheet && l.file === issue.location.file);
  const asset = cell ? ledger?.assets.find((a) => a.row === cell.row + 1) : undefined;
  if (!ledger || !asset || !cell) return '対象の行が見つかりません。もう一度検証してください';
  return {
    sheet: ledger.sheet,
    row: asset.row,
    code: issue.code,
    fingerprint: rowFingerprint(ledger, asset),
    reason,
    reviewedAt: localTimestamp(options.now),
    reviewer,
  };
}

/** Store a review mark in the workbook's hidden registry (one Excel.run, two syncs). */
export async function markReviewed(options: MarkReviewedOptions): Promise<MarkReviewedResult> {
  const mark = markFor(options);
  if (typeof mark === 'string') return { status: 'notReviewable', message: mark };
  return runOperation(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(REVIEW_SHEET);
    await context.sync();
    const used = ws.isNullObject ? null : ws.getUsedRangeOrNullObject(true).load('rowCount');
    await context.sync();
    const rows = used && !used.isNullObject ? used.rowCount : 0;
    // A registry written before 確認者 was recorded gets the column's heading with the first named mark.
    const heading: WriteOp[] = ws.isNullObject
      ? []
      : [{ bytes: 100, ops: 1, queue: () => void (ws.getRange(boxAddress(0, 0, 0, REVIEW_HEADER.length - 1)).values = [[...REVIEW_HEADER]]) }];
    const ops = [...heading, ...appendRegistryRows(context, REVIEW_SHEET, REVIEW_HEADER, !ws.isNullObject, rows, [
      [mark.sheet, mark.row, mark.code, mark.fingerprint, mark.reason, mark.reviewedAt, mark.reviewer ?? ''],
    ])];
    await queueWrites(context, ops);
    await context.sync();
    return { status: 'marked', mark } as const;
  });
}
