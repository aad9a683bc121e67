/**
 * 集計する (SPEC §4): check every ledger, then rebuild the summary atomically in the layout the CLI's summary
 * shares (src/xlsx/summary-layout.ts): 集計 — when and by which policy it was made, the 課 × 群－レベル matrix with
 * 未分類, 計, each 課's errors and warnings and a total row, and a chart of the matrix; 集計_資産一覧 — every asset
 * with a link back to its source cell; 集計_指摘事項 — every finding. With an expected-department list, 提出状況 (who has
 * sent their ledger, from which file — the import's record names it —, its 更新日); with last year's summary,
 * 前年度比較 and 前年度比較_明細 (issue 12). A cycle sheet this run does not write is removed in the same final batch,
 * so the summary never mixes runs. Sources are only read.
 * Budget: 4 syncs plus one per further 4 MB.
 */
import { consolidate } from '../ledger';
import type { CheckResult, Consolidation, Ledger } from '../ledger';
import { compareYears } from '../ledger/compare';
import type { ComparedAsset, YearComparison } from '../ledger/compare';
import { submissionStatus } from '../ledger/submission';
import type { SubmissionStatus } from '../ledger/submission';
import { TOOL_SHEETS } from '../ledger/toolSheets';
import type { LayoutSheet, MakeLink, SummaryLayout } from '../xlsx/summary-layout';
import { boxAddress, columnLetters, sheetReference } from './address';
import { checkInContext } from './check';
import type { CheckWorkbookOptions } from './check';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { canSetupPrint, charsToPoints, queuePrintSetup } from './printSetup';
import { rebuildSheets } from './rebuild';
import { parseImportRecords } from './registry';
import { todayIso } from './time';
import { SUMMARY_SHEET } from './toolSheets';
import { blockWrites, linkFormula } from './writing';
import type { OutCell, WriteOp } from './writing';

/** Last year, for 前年度比較: its assets (read from the file the user picked) and that file's name. */
export interface PreviousYear {
  readonly label: string;
  readonly assets: readonly ComparedAsset[];
}

export interface ConsolidateOptions extends CheckWorkbookOptions {
  readonly now?: Date;
  /** With `expectedDepartments` (a list, even empty) 提出状況 is written; with `previous`, 前年度比較 and its 明細. */
  readonly previous?: PreviousYear | null;
}

export type ConsolidateResult =
  | {
      readonly status: 'consolidated';
      readonly sheet: string;
      readonly summary: Consolidation;
      readonly counts: Record<'error' | 'warning' | 'info', number>;
      /** 提出状況 as written (null without a list). */
      readonly submission: SubmissionStatus | null;
      /** 前年度比較 as written (null without last year). */
      readonly comparison: YearComparison | null;
    }
  /** The workbook holds no ledger: nothing is written (an empty 集計 would read as a clean bill). */
  | { readonly status: 'noLedger' }
  | Failure;

/** A link to a source cell as the add-in writes it: a HYPERLINK formula into this workbook (sources are its sheets). */
const makeLink: MakeLink<OutCell> = (file, sheet, cell, text) => (file === null ? { formula: linkFormula(sheetReference(sheet, cell), text) } : text);

/**
 * The summary's layout (src/xlsx/summary-layout.ts, shared with the CLI), loaded when 集計する runs: with the cycle's
 * sheets it is several KB that the pane's first paint does not need (SPEC §9: initial JavaScript ≤ 200 KB).
 */
const loadLayout = () => import('../xlsx/summary-layout');

/** The cycle's sheets: each is removed when a run does not write it (a 提出状況 of an earlier list would mislead). */
const CYCLE_SHEETS: readonly string[] = [TOOL_SHEETS.submission, TOOL_SHEETS.comparison, TOOL_SHEETS.changes];

/**
 * The ledgers as 提出状況 names them: a sheet that 部署ファイルを取り込む brought in carries the file it came from
 * (its record in _取込記録); the rest are this workbook's own (no file).
 */
function withSourceFiles(result: CheckResult, importRows: readonly (readonly unknown[])[]): Ledger[] {
  const fileOf = new Map(parseImportRecords(importRows).map((r) => [r.sheet, r.file]));
  return result.ledgers.map((l) => (l.file === null && fileOf.has(l.sheet) ? { ...l, file: fileOf.get(l.sheet) ?? null } : l));
}

/** A layout sheet's rows as cells (plain data; links as formulas the add-in builds). */
export function sheetCells(sheet: LayoutSheet<OutCell>): OutCell[][] {
  return Array.from({ length: sheet.count }, (_, i) => [...sheet.row(i)]);
}

function sheetWrites(ws: () => Excel.Worksheet, sheet: LayoutSheet<OutCell>, print: boolean): WriteOp[] {
  const rows = sheetCells(sheet);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const ops = blockWrites(ws, 0, 0, rows);
  ops.push({
    bytes: 400,
    // Operations (method calls and property sets) the formatting queues, for the per-sync bound.
    ops: sheet.styles.size * 3 + sheet.widths.length * 2 + sheet.wrap.length * 3 + 12,
    queue: () => queueSheetFormat(ws(), sheet, width, print),
  });
  return ops;
}

/** Styles, widths, wrapping, frozen rows and print setup of a layout sheet (the same the CLI writes). */
function queueSheetFormat(ws: Excel.Worksheet, sheet: LayoutSheet<OutCell>, width: number, print: boolean): void {
  for (const [row, style] of sheet.styles) {
    const range = ws.getRange(boxAddress(row, 0, row, style === 'title' ? 0 : Math.max(0, width - 1)));
    range.format.font.bold = true;
    if (style === 'title') range.format.font.size = 14;
  }
  sheet.widths.forEach((chars, c) => {
    ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = charsToPoints(chars);
  });
  for (const c of sheet.wrap) {
    const column = ws.getRange(boxAddress(0, c, Math.max(0, sheet.count - 1), c));
    column.format.wrapText = true;
    column.format.verticalAlignment = 'Top';
  }
  ws.freezePanes.freezeRows(sheet.freeze.rows);
  const title = sheet.print.titleRow + 1;
  queuePrintSetup(ws, { orientation: sheet.print.orientation, titleRows: { first: title, last: title } }, print);
}

function addChart(ws: Excel.Worksheet, sheet: SummaryLayout<OutCell>['summary']): void {
  const m = sheet.matrix;
  if (!m.chart) return;
  // 課 and the 群－レベル columns, without the total row and 未分類, 計, エラー, 警告.
  const source = ws.getRange(boxAddress(m.header, 0, m.last, m.categories));
  const chart = ws.charts.add('ColumnClustered', source, 'Columns');
  chart.title.text = m.chartTitle;
  // Below the matrix, so that the sheet prints one page wide.
  chart.setPosition(boxAddress(m.chart.top, m.chart.left, m.chart.top, m.chart.left), boxAddress(m.chart.bottom, m.chart.right, m.chart.bottom, m.chart.right));
}

/** Consolidate the open workbook into 集計 (one Excel.run). */
export async function consolidateWorkbook(options: ConsolidateOptions = {}): Promise<ConsolidateResult> {
  const now = options.now ?? new Date();
  const today = options.today ?? todayIso(now);
  const layoutModule = loadLayout(); // fetched while the workbook is read
  layoutModule.catch(() => undefined); // a failed load is reported where it is awaited; unawaited (no ledger), it is moot
  const expected = options.expectedDepartments ?? null;
  return runOperation(async (context) => {
    const { snapshot, check } = await checkInContext(context, { ...options, today });
    if (check.result.ledgers.length === 0) return { status: 'noLedger' } as const;
    const { layoutSheets, madeAt, summaryLayout } = await layoutModule;
    const summary = consolidate(check.result, { generatedAt: madeAt(now) });
    const submission = expected === null ? null : submissionStatus(withSourceFiles(check.result, snapshot.registries.imports), expected, { today });
    const previous = options.previous ?? null;
    const comparison = previous === null ? null : compareYears(summary, { assets: previous.assets });
    const layout: SummaryLayout<OutCell> = summaryLayout<OutCell>(summary, check.result.issues, 'ja', makeLink, {
      submission,
      comparison: comparison === null || previous === null ? null : { comparison, previous: [previous.label] },
    });
    const sheets = layoutSheets(layout);
    const stale = CYCLE_SHEETS.filter((name) => snapshot.sheetNames.includes(name) && !sheets.some((s) => s.name === name));
    const print = canSetupPrint();
    await rebuildSheets(
      context,
      snapshot.sheetNames,
      sheets.map((sheet) =>
        sheet === layout.summary
          ? {
              name: sheet.name,
              writes: (ws) => sheetWrites(ws, sheet, print),
              finish: (ws) => {
                addChart(ws, layout.summary);
                for (const name of stale) context.workbook.worksheets.getItem(name).delete();
              },
            }
          : { name: sheet.name, writes: (ws) => sheetWrites(ws, sheet, print) },
      ),
    );
    return { status: 'consolidated', sheet: SUMMARY_SHEET, summary, counts: check.result.counts, submission, comparison } as const;
  });
}
