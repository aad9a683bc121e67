/**
 * 自動修正 (SPEC §6): apply the fixes the user confirmed in the task pane. Each cell is re-read first and
 * changed only if it still holds what the check saw (the user may have edited it since); every change is
 * logged in 変更履歴 (time, sheet, cell, old, new) in the same batch as the change itself.
 */
import type { Fix } from '../ledger';
import { ruleName } from '../i18n';
import { canSetupPrint, charsToPoints, queuePrintSetup } from './printSetup';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { appendRegistryRows } from './registry';
import { groupBySize, queueWrites } from './sizing';
import { boxAddress, columnLetters, parseCell } from './address';
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

/** Column widths of 変更履歴 in characters (日時, シート, セル, 変更前, 変更後, 理由). */
const LOG_WIDTHS = [19, 18, 7, 24, 24, 36];

/** Widths and print setup of 変更履歴 (A4, one page wide, its header repeated), set on every append. */
function queueLogFormat(ws: Excel.Worksheet, print: boolean): void {
  LOG_WIDTHS.forEach((chars, c) => {
    ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = charsToPoints(chars);
  });
  queuePrintSetup(ws, { orientation: 'landscape', titleRows: { first: 1, last: 1 } }, print);
}

/** The fixes of one column of one sheet, read as one span of rows (one range, not one per cell). */
interface Span {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
  readonly fixes: readonly { readonly fix: Fix; readonly row: number }[];
}

function spansOf(candidates: readonly Fix[]): Span[] {
  const by = new Map<string, { sheet: string; col: number; fixes: { fix: Fix; row: number }[] }>();
  for (const fix of candidates) {
    const at = parseCell(fix.cell);
    if (!at) continue;
    const key = `${fix.sheet}\u0000${at.col}`;
    const span = by.get(key) ?? { sheet: fix.sheet, col: at.col, fixes: [] };
    span.fixes.push({ fix, row: at.row });
    by.set(key, span);
  }
  return [...by.values()].map((s) => ({ ...s, top: Math.min(...s.fixes.map((f) => f.row)), bottom: Math.max(...s.fixes.map((f) => f.row)) }));
}

/** Read the current values of the spans in batches bounded by bytes and operations (recursion, no loop of syncs). */
async function readSpans(context: Excel.RequestContext, batches: readonly Span[][], out: Map<Fix, unknown>, index = 0): Promise<void> {
  const batch = batches[index];
  if (!batch) return;
  const ranges = batch.map((s) => context.workbook.worksheets.getItem(s.sheet).getRange(boxAddress(s.top, s.col, s.bottom, s.col)).load('values'));
  await context.sync();
  batch.forEach((s, i) => {
    const values = (ranges[i] as Excel.Range).values;
    for (const { fix, row } of s.fixes) out.set(fix, values[row - s.top]?.[0]);
  });
  await readSpans(context, batches, out, index + 1);
}

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
    const logExists = present.has(CHANGE_LOG_SHEET);
    const logUsed = logExists ? context.workbook.worksheets.getItem(CHANGE_LOG_SHEET).getUsedRangeOrNullObject(true).load('rowCount') : null;
    // The cells as they are now, a column span per sheet and column (cells × ~40 bytes of JSON, 3 operations a span).
    const spans = spansOf(candidates);
    const current = new Map<Fix, unknown>();
    const batches = groupBySize(spans.map((s) => ({ bytes: (s.bottom - s.top + 1) * 40, ops: 3, span: s }))).map((g) => g.map((x) => x.span));
    if (batches.length === 0) await context.sync();
    else await readSpans(context, batches, current);

    const applied: Fix[] = [];
    const ops: WriteOp[] = [];
    for (const fix of candidates) {
      const now = display(current.get(fix));
      if (now !== fix.oldText) {
        skipped.push({ fix, reason: 'changed', current: now });
        continue;
      }
      applied.push(fix);
      const value = fix.newValue;
      const guard = typeof value === 'string' && needsTextFormat(value);
      ops.push({
        bytes: 40 + fix.cell.length * 2 + String(value).length * 3,
        ops: guard ? 5 : 3,
        queue: () => {
          const range = context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
          if (guard) range.numberFormat = [['@']];
          range.values = [[value]];
        },
      });
    }
    // 理由: the rule's name beside its code, so the log reads without the catalogue.
    const logRows = applied.map((f) => [loggedAt, f.sheet, f.cell, f.oldText, f.newValue, `${ruleName(f.code, 'ja')}（${f.code}）`]);
    const used = logUsed && !logUsed.isNullObject ? logUsed.rowCount : 0;
    if (logRows.length > 0) {
      ops.push(...appendRegistryRows(context, CHANGE_LOG_SHEET, CHANGE_LOG_HEADER, logExists, used, logRows, false));
      const print = canSetupPrint();
      ops.push({ bytes: 300, ops: LOG_WIDTHS.length * 2 + 12, queue: () => queueLogFormat(context.workbook.worksheets.getItem(CHANGE_LOG_SHEET), print) });
    }
    await queueWrites(context, ops);
    await context.sync();
    return { status: 'applied', applied, skipped, loggedAt } as const;
  });
}
