/**
 * 集計する (SPEC §4): check every ledger, then rebuild 集計 atomically — when and by which policy it was made,
 * the 課 × 群－レベル matrix with a total row and each 課's errors and warnings, every asset with a link back to
 * its source cell, and a chart of the matrix. Sources are only read. Budget: 4 syncs plus one per further 4 MB.
 */
import { consolidate } from '../ledger';
import type { Consolidation } from '../ledger';
import { boxAddress, sheetReference } from './address';
import { checkInContext } from './check';
import type { CheckWorkbookOptions } from './check';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { rebuildSheet } from './rebuild';
import { localTimestamp } from './time';
import { SUMMARY_SHEET } from './toolSheets';
import { blockWrites, linkFormula } from './writing';
import type { OutCell, WriteOp } from './writing';

export interface ConsolidateOptions extends CheckWorkbookOptions {
  readonly now?: Date;
}

export type ConsolidateResult =
  | { readonly status: 'consolidated'; readonly sheet: string; readonly summary: Consolidation; readonly counts: Record<'error' | 'warning' | 'info', number> }
  | Failure;

/** Where the blocks of 集計 go (0-based rows), so tests and the chart agree on the layout. */
export function summaryLayout(summary: Consolidation): { matrixTop: number; matrixBottom: number; assetsTop: number; width: number } {
  const matrixTop = 4;
  const matrixBottom = matrixTop + summary.rows.length + 1; // header + rows + total
  return { matrixTop, matrixBottom, assetsTop: matrixBottom + 3, width: summary.categories.length + 4 };
}

/** The summary as cells (plain data; links as formulas the add-in builds). */
export function summaryCells(summary: Consolidation): { top: number; rows: OutCell[][] }[] {
  const layout = summaryLayout(summary);
  const head: OutCell[][] = [
    ['情報資産台帳 集計'],
    ['作成日時', summary.generatedAt],
    ['ポリシー', `${summary.policy.id} ${summary.policy.version}`],
  ];
  const matrix: OutCell[][] = [
    ['課', ...summary.categories, '計', 'エラー', '警告'],
    ...summary.rows.map((r) => [r.department, ...r.counts, r.total, r.errors, r.warnings]),
    ['合計', ...summary.totals.counts, summary.totals.total, summary.totals.errors, summary.totals.warnings],
  ];
  const assetHead: OutCell[][] = [['資産一覧'], ['課', '番号', '情報資産名', '内容', '群', 'レベル', '元のセル']];
  const assets: OutCell[][] = [
    ...summary.assets.map((a) => {
      const ref = sheetReference(a.source.sheet, a.source.cell);
      // Labelled with the cell only: the 課 (and 群/レベル) name the sheet, the link's target holds it, and the
      // label is a tenth of this block's bytes on a large summary.
      const link: OutCell = a.source.file === null ? { formula: linkFormula(ref, a.source.cell) } : `${a.source.file} ${a.source.sheet}!${a.source.cell}`;
      return [a.department, a.number, a.name, a.content, a.group, a.level, link];
    }),
  ];
  return [
    { top: 0, rows: head },
    { top: layout.matrixTop, rows: matrix },
    { top: layout.assetsTop - 1, rows: assetHead },
    // Apart from its header, so the link column travels once, as formulas (see blockWrites).
    { top: layout.assetsTop + 1, rows: assets },
  ];
}

function summaryWrites(sheet: () => Excel.Worksheet, summary: Consolidation): WriteOp[] {
  const layout = summaryLayout(summary);
  const ops = summaryCells(summary).flatMap((block) => blockWrites(sheet, block.top, 0, block.rows));
  ops.push({
    bytes: 400,
    ops: 14,
    queue: () => {
      const ws = sheet();
      ws.getRange('A1').format.font.bold = true;
      ws.getRange('A1').format.font.size = 14;
      ws.getRange(boxAddress(layout.matrixTop, 0, layout.matrixTop, layout.width - 1)).format.font.bold = true;
      ws.getRange(boxAddress(layout.matrixBottom, 0, layout.matrixBottom, layout.width - 1)).format.font.bold = true;
      ws.getRange(boxAddress(layout.assetsTop, 0, layout.assetsTop, 6)).format.font.bold = true;
      ws.getRange('A:A').format.columnWidth = 90;
      ws.getRange('C:D').format.columnWidth = 180;
    },
  });
  return ops;
}

function addChart(ws: Excel.Worksheet, summary: Consolidation): void {
  if (summary.rows.length === 0) return;
  const layout = summaryLayout(summary);
  // 課 and the four 群－レベル columns, without the total row and the 計 column.
  const source = ws.getRange(boxAddress(layout.matrixTop, 0, layout.matrixBottom - 1, summary.categories.length));
  const chart = ws.charts.add('ColumnClustered', source, 'Columns');
  chart.title.text = '課別・群－レベル別の資産数';
  chart.setPosition(boxAddress(0, layout.width + 1, 0, layout.width + 1));
}

/** Consolidate the open workbook into 集計 (one Excel.run). */
export async function consolidateWorkbook(options: ConsolidateOptions = {}): Promise<ConsolidateResult> {
  const generatedAt = localTimestamp(options.now);
  return runOperation(async (context) => {
    const { snapshot, check } = await checkInContext(context, options);
    const summary = consolidate(check.result, { generatedAt });
    await rebuildSheet(context, {
      name: SUMMARY_SHEET,
      sheetNames: snapshot.sheetNames,
      writes: (sheet) => summaryWrites(sheet, summary),
      finish: (ws) => addChart(ws, summary),
    });
    return { status: 'consolidated', sheet: SUMMARY_SHEET, summary, counts: check.result.counts } as const;
  });
}
