/**
 * Findings in the sheet (SPEC §8): each finding's cell gets a conditional format the add-in owns — never a
 * change to the cell's own fill, font or borders, so the user's formatting is untouched and comes back as soon
 * as the marker goes. Our formats are recognised by their rule formula (MARKER), which is the inventory:
 * clearFindings removes exactly those, whatever happened to the sheets in between, and nothing else.
 */
import type { Issue, Severity } from '../ledger';
import { boxAddress, parseCell } from './address';
import { errorCode, runOperation } from './failure';
import type { Failure } from './failure';

/** Always-true rule formulas that identify the add-in's markers, one per severity. */
export const MARKER: Record<Severity, string> = {
  error: '=N("ledger-check:error")=0',
  warning: '=N("ledger-check:warning")=0',
  info: '=N("ledger-check:info")=0',
};
const FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export function isMarkerFormula(formula: string): boolean {
  return Object.values(MARKER).includes(formula);
}

/** Cells per sheet and severity, merged into vertical runs (E7:E9) so a column of findings is one format. */
export function markerRanges(issues: readonly Issue[]): { sheet: string; severity: Severity; address: string }[] {
  const cells = new Map<string, { sheet: string; severity: Severity; row: number; col: number }>();
  for (const issue of issues) {
    const { sheet, cell, file } = issue.location;
    const at = cell ? parseCell(cell) : null;
    if (file !== null || sheet === null || !at) continue;
    const key = `${sheet}\u0000${at.row}\u0000${at.col}`;
    const prior = cells.get(key);
    // One marker per cell: the most severe finding colours it.
    if (!prior || SEVERITY_ORDER.indexOf(issue.severity) < SEVERITY_ORDER.indexOf(prior.severity)) {
      cells.set(key, { sheet, severity: issue.severity, row: at.row, col: at.col });
    }
  }
  const sorted = [...cells.values()].sort((a, b) =>
    a.sheet === b.sheet ? (a.severity === b.severity ? (a.col === b.col ? a.row - b.row : a.col - b.col) : a.severity < b.severity ? -1 : 1) : a.sheet < b.sheet ? -1 : 1,
  );
  const out: { sheet: string; severity: Severity; address: string }[] = [];
  let run: { sheet: string; severity: Severity; col: number; top: number; bottom: number } | null = null;
  const flush = () => {
    if (run) out.push({ sheet: run.sheet, severity: run.severity, address: boxAddress(run.top, run.col, run.bottom, run.col) });
  };
  for (const c of sorted) {
    if (run && run.sheet === c.sheet && run.severity === c.severity && run.col === c.col && run.bottom + 1 === c.row) {
      run.bottom = c.row;
      continue;
    }
    flush();
    run = { sheet: c.sheet, severity: c.severity, col: c.col, top: c.row, bottom: c.row };
  }
  flush();
  return out;
}

/** Load every sheet's conditional formats (sync 1: the sheets; sync 2: their formats) and queue deleting ours. */
async function queueClear(context: Excel.RequestContext): Promise<{ removed: number; sheets: string[] }> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const perSheet = worksheets.items.map((ws) => ws.getRange().conditionalFormats.load('items/customOrNullObject/rule/formula'));
  await context.sync();
  let removed = 0;
  perSheet.forEach((cfs) => {
    for (const cf of cfs.items) {
      // Only custom formats have a rule formula; for any other kind customOrNullObject is a null object.
      if (cf.customOrNullObject.isNullObject) continue;
      if (!isMarkerFormula(cf.customOrNullObject.rule.formula)) continue;
      cf.delete();
      removed++;
    }
  });
  return { removed, sheets: worksheets.items.map((w) => w.name) };
}

export type FindingsResult = { readonly status: 'shown'; readonly markers: number; readonly removed: number } | Failure;

/** Replace the markers with those for `issues` (refreshable: earlier markers go first). One Excel.run, 3 syncs. */
export async function showFindings(options: { readonly issues: readonly Issue[] }): Promise<FindingsResult> {
  return runOperation(async (context) => {
    const { removed, sheets } = await queueClear(context);
    const present = new Set(sheets);
    const ranges = markerRanges(options.issues).filter((r) => present.has(r.sheet));
    for (const r of ranges) {
      const cf = context.workbook.worksheets.getItem(r.sheet).getRange(r.address).conditionalFormats.add('Custom');
      cf.custom.rule.formula = MARKER[r.severity];
      cf.custom.format.fill.color = FILL[r.severity];
    }
    await context.sync();
    return { status: 'shown', markers: ranges.length, removed } as const;
  });
}

/** Remove every marker the add-in added, and nothing else. */
export async function clearFindings(): Promise<FindingsResult> {
  return runOperation(async (context) => {
    const { removed } = await queueClear(context);
    await context.sync();
    return { status: 'shown', markers: 0, removed } as const;
  });
}

export type SelectResult = { readonly status: 'selected' } | { readonly status: 'missing'; readonly message: string } | Failure;

/** Take the user to a finding's cell (the sheet may have been renamed or deleted since the check). */
export async function selectCell(options: { readonly sheet: string; readonly cell: string }): Promise<SelectResult> {
  const result = await runOperation(async (context) => {
    const ws = context.workbook.worksheets.getItem(options.sheet);
    ws.activate();
    ws.getRange(options.cell).select();
    try {
      await context.sync();
    } catch (error) {
      if (errorCode(error) === 'ItemNotFound') return { status: 'missing', message: `シート「${options.sheet}」が見つかりません。もう一度検証してください` } as const;
      throw error;
    }
    return { status: 'selected' } as const;
  });
  return result;
}
