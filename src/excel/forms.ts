/**
 * 別記様式出力 (SPEC §4, policy 第7): every 課's ledger as the policy's form — per 群－レベル a block titled
 * 情報資産台帳（課）（群－レベル） with the columns 番号, 情報資産名, 内容 — on one sheet 別記様式, each block
 * starting a new printed page (A4, one page wide). Rebuilt atomically like 集計; sources are only read.
 */
import type { CheckResult } from '../ledger';
import { boxAddress } from './address';
import { checkInContext } from './check';
import type { CheckWorkbookOptions } from './check';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { rebuildSheet } from './rebuild';
import { canSetupPrint, queuePrintSetup } from './printSetup';
import { FORMS_SHEET } from './toolSheets';
import { blockWrites } from './writing';
import type { OutCell, WriteOp } from './writing';

const GROUPS = ['A群', 'B群'];
const LEVELS = ['レベル1', 'レベル2'];

export interface FormBlock {
  readonly department: string;
  readonly category: string;
  readonly title: string;
  readonly rows: readonly (readonly [number | string | null, string, string])[];
}

export type ExportFormsResult =
  | { readonly status: 'exported'; readonly sheet: string; readonly forms: number; readonly unclassified: number }
  | { readonly status: 'empty'; readonly message: string }
  /** The workbook holds no ledger: nothing is written. */
  | { readonly status: 'noLedger' }
  | Failure;

/** The forms: one per (課, 群－レベル) that has assets, in 課 order then A1, A2, B1, B2. */
export function formBlocks(result: CheckResult): { blocks: FormBlock[]; unclassified: number } {
  const byKey = new Map<string, FormBlock['rows'][number][]>();
  let unclassified = 0;
  for (const ledger of result.ledgers) {
    for (const asset of ledger.assets) {
      const department = ledger.department;
      if (department === null || asset.group === null || asset.level === null) {
        unclassified++;
        continue;
      }
      const key = `${department}\u0000${asset.group}\u0000${asset.level}`;
      const rows = byKey.get(key) ?? [];
      rows.push([asset.number ?? asset.text.number ?? null, asset.text.name ?? '', asset.text.content ?? '']);
      byKey.set(key, rows);
    }
  }
  const departments = [...new Set([...byKey.keys()].map((k) => k.split('\u0000')[0] as string))].sort((a, b) => a.localeCompare(b, 'ja'));
  const blocks: FormBlock[] = [];
  for (const department of departments) {
    for (const group of GROUPS) {
      for (const level of LEVELS) {
        const rows = byKey.get(`${department}\u0000${group}\u0000${level}`);
        if (!rows) continue;
        const category = `${group}－${level}`;
        blocks.push({ department, category, title: `情報資産台帳（${department}）（${category}）`, rows });
      }
    }
  }
  return { blocks, unclassified };
}

function formWrites(sheet: () => Excel.Worksheet, blocks: readonly FormBlock[], pageBreaks: boolean): WriteOp[] {
  const ops: WriteOp[] = [];
  let top = 0;
  for (const block of blocks) {
    const start = top;
    const cells: OutCell[][] = [[block.title], ['番号', '情報資産名', '内容'], ...block.rows.map((r) => [...r])];
    ops.push(...blockWrites(sheet, start, 0, cells));
    const last = start + cells.length - 1;
    ops.push({
      bytes: 200,
      ops: 18,
      queue: () => {
        const ws = sheet();
        ws.getRange(boxAddress(start, 0, start, 0)).format.font.bold = true;
        const table = ws.getRange(boxAddress(start + 1, 0, last, 2));
        for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
          table.format.borders.getItem(edge).style = 'Continuous';
        }
        ws.getRange(boxAddress(start + 1, 0, start + 1, 2)).format.font.bold = true;
        if (pageBreaks && start > 0) ws.horizontalPageBreaks.add(boxAddress(start, 0, start, 0));
      },
    });
    top = last + 2;
  }
  ops.push({
    bytes: 200,
    ops: 12,
    queue: () => {
      const ws = sheet();
      ws.getRange('A:A').format.columnWidth = 40;
      ws.getRange('B:B').format.columnWidth = 180;
      ws.getRange('C:C').format.columnWidth = 300;
      ws.getRange('B:C').format.wrapText = true;
      // A4 portrait, one page wide: the 内容 column no longer prints on pages of its own. Each block starts a page
      // with its own title and header (Excel repeats one title range per sheet, so no print titles here).
      queuePrintSetup(ws, { orientation: 'portrait', titleRows: null }, pageBreaks);
    },
  });
  return ops;
}

/** Write 別記様式 for every 課 (one Excel.run). */
export async function exportForms(options: CheckWorkbookOptions = {}): Promise<ExportFormsResult> {
  const pageSetup = canSetupPrint();
  return runOperation(async (context) => {
    const { snapshot, check } = await checkInContext(context, options);
    if (check.result.ledgers.length === 0) return { status: 'noLedger' } as const;
    const { blocks, unclassified } = formBlocks(check.result);
    if (blocks.length === 0) return { status: 'empty', message: '群とレベルが分類された資産がありません' } as const;
    await rebuildSheet(context, { name: FORMS_SHEET, sheetNames: snapshot.sheetNames, writes: (sheet) => formWrites(sheet, blocks, pageSetup) });
    return { status: 'exported', sheet: FORMS_SHEET, forms: blocks.length, unclassified } as const;
  });
}
