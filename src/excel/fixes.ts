/**
 * 自動修正 (SPEC §6): apply the fixes the user confirmed in the task pane. Each cell is re-read first and
 * changed only if it still holds what the check saw (the user may have edited it since); every change is
 * logged in 変更履歴 (time, sheet, cell, old, new) in the same batch as the change itself.
 */
import type { Fix } from '../ledger';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { appendRegistryRows } from './registry';
import { queueWrites } from './sizing';
import { localTimestamp } from './time';
import { CHANGE_LOG_SHEET } from './toolSheets';
import { needsTextFormat } from './writing';
import type { WriteOp } from './writing';

export const CHANGE_LOG_HEADER = ['日時', 'シート', 'セル', '変更前', '変更後', '理由'] as const;

export interface SkippedFix {
  readonly fix: Fix;
  readonly reason: 'changed' | 'sheetMissing' | 'otherFile';
  /** What the cell holds now (for 'changed'). */
  readonly current?: string;
}

export type ApplyFixesResult =
  | { readonly status: 'applied'; readonly applied: readonly Fix[]; readonly skipped: readonly SkippedFix[]; readonly loggedAt: string }
  | Failure;

const display = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Apply confirmed fixes (one Excel.run: sheet list, current values, then writes + log). */
export async function applyFixes(options: { readonly fixes: readonly Fix[]; readonly now?: Date }): Promise<ApplyFixesResult> {
  const loggedAt = localTimestamp(options.now);
  return runOperation(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const present = new Set(worksheets.items.map((w) => w.name));
    const skipped: SkippedFix[] = [];
    const candidates = options.fixes.filter((fix) => {
      if (fix.file !== null) skipped.push({ fix, reason: 'otherFile' });
      else if (!present.has(fix.sheet)) skipped.push({ fix, reason: 'sheetMissing' });
      else return true;
      return false;
    });
    const cells = candidates.map((fix) => context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell).load('values'));
    const logExists = present.has(CHANGE_LOG_SHEET);
    const logUsed = logExists ? context.workbook.worksheets.getItem(CHANGE_LOG_SHEET).getUsedRangeOrNullObject(true).load('rowCount') : null;
    await context.sync();

    const applied: Fix[] = [];
    const ops: WriteOp[] = [];
    candidates.forEach((fix, i) => {
      const range = cells[i] as Excel.Range;
      const current = display(range.values[0]?.[0]);
      if (current !== fix.oldText) {
        skipped.push({ fix, reason: 'changed', current });
        return;
      }
      applied.push(fix);
      const value = fix.newValue;
      ops.push({
        bytes: 40 + fix.cell.length + String(value).length * 3,
        ops: 2,
        queue: () => {
          if (typeof value === 'string' && needsTextFormat(value)) range.numberFormat = [['@']];
          range.values = [[value]];
        },
      });
    });
    const logRows = applied.map((f) => [loggedAt, f.sheet, f.cell, f.oldText, f.newValue, f.code]);
    const used = logUsed && !logUsed.isNullObject ? logUsed.rowCount : 0;
    if (logRows.length > 0) ops.push(...appendRegistryRows(context, CHANGE_LOG_SHEET, CHANGE_LOG_HEADER, logExists, used, logRows, false));
    await queueWrites(context, ops);
    await context.sync();
    return { status: 'applied', applied, skipped, loggedAt } as const;
  });
}
