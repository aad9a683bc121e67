/**
 * Read the whole workbook for the engine in the fewest round trips (SPEC §9):
 *  sync 1 — the sheet list and the workbook names (where the ledger tags point);
 *  sync 2 — per sheet: the used range's extent, its first 30 rows (where titles, meta and the header are; with
 *           number formats, so 更新日 is a date), the tag, the merged areas of those rows; and the registries;
 *  sync 3… — the rest of every used range, values, value types and merged areas, in batches of at most 4 MB.
 * Merged areas are asked for per block of rows (Excel fails the call beyond 512 areas): a sync that fails while
 * asking for them is repeated without them, so one heavily merged sheet costs its merges, never the check.
 * Used ranges are values-only, so a million rows of formatting cost nothing. Everything refers to this one
 * snapshot: a user typing meanwhile changes the next check, not this one.
 */
import type { CellRange, CellValue, LedgerTag, SheetInput, WorkbookInput } from '../ledger/types';
import { parseBox } from './address';
import { gridBytes, toCellRows } from './cellValues';
import type { Features } from './requirements';
import { readBodies } from './chunkedRead';
import { errorCode, failureKind } from './failure';
import { OPERATION_LIMIT } from './sizing';
import type { Slice } from './chunkedRead';
import type { ProgressListener } from './progress';
import { TAG_CELL, TAG_PROPERTY, decodeTag, tagCellsByName } from './tags';
import { IMPORT_SHEET, REVIEW_SHEET, isToolSheetName } from './toolSheets';

/** Rows read with their number formats (a header must lie in the first 30 rows, SPEC §1.2; meta is above it). */
export const HEAD_ROWS = 30;
/** Sheets whose heads one sync reads: about 13 operations each, under OPERATION_LIMIT (sizing.ts). */
const HEAD_SHEETS = Math.floor(OPERATION_LIMIT / 14);
/** Columns read: A:AY. The tag column AZ (hidden, far right) is read on its own, not with every row. */
export const READ_COLUMNS = 'A:AY';
const HEAD_BOX = `A1:AY${HEAD_ROWS}`;

export interface Snapshot {
  /** The open workbook as the engine reads it (the sheets the tool owns by name are not even read). */
  readonly workbook: WorkbookInput;
  /** Every sheet name, in tab order. */
  readonly sheetNames: readonly string[];
  /** All workbook names (for picking a free LedgerTag_<n>). */
  readonly nameList: readonly string[];
  /** Rows of the add-in's hidden registries (empty when the sheet does not exist). */
  readonly registries: { readonly reviews: readonly (readonly unknown[])[]; readonly imports: readonly (readonly unknown[])[] };
  /** Estimated bytes of cell data read (UTF-8 JSON). */
  readonly readBytes: number;
}

interface SheetPlan {
  name: string;
  used: Excel.Range;
  head: Excel.Range;
  tagProperty: Excel.WorksheetCustomProperty | null;
  tagCell: Excel.Range;
  merges: Excel.RangeAreas | null;
}

/** Ask for merges only where the host has them (1.13) and the method exists (the preview may lack it). */
function mergedAreasOf(range: Excel.Range, features: Features): Excel.RangeAreas | null {
  if (!features.mergedAreas || typeof range.getMergedAreasOrNullObject !== 'function') return null;
  return range.getMergedAreasOrNullObject().load('address');
}



/** Parse `S!A1:B2, S!C3` (RangeAreas.address) into 0-based boxes. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of address.matchAll(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g)) {
    const box = m[1] === undefined ? null : parseBox(m[1].replace(/\$/g, ''));
    if (box) out.push(box);
  }
  return out;
}


function tagOf(plan: SheetPlan): LedgerTag | null {
  if (plan.tagProperty && !plan.tagProperty.isNullObject) {
    const tag = decodeTag(plan.tagProperty.value);
    if (tag) return tag;
  }
  return decodeTag(plan.tagCell.values[0]?.[0]);
}

/** The merged areas of several RangeAreas addresses, each once (a merge across two blocks is listed by both). */
function uniqueAreas(addresses: readonly string[]): CellRange[] {
  const seen = new Set<string>();
  return addresses.flatMap(parseAreas).filter((m) => {
    const key = `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Read the workbook (see the module comment); `sheetIds` limits the read to those sheets. */
export async function readSnapshot(
  context: Excel.RequestContext,
  features: Features,
  options: { readonly sheetIds?: ReadonlySet<string>; readonly onProgress?: ProgressListener } = {},
): Promise<Snapshot> {
  const worksheets = context.workbook.worksheets.load('items/name,items/id');
  const names = context.workbook.names.load('items/name,items/formula');
  await context.sync();

  const sheetNames = worksheets.items.map((w) => w.name);
  const tagCells = tagCellsByName(names.items.map((n) => ({ name: n.name, formula: String(n.formula) })));
  const wanted = options.sheetIds;
  const ledgerSheets = worksheets.items.filter((w) => !isToolSheetName(w.name) && (!wanted || wanted.has(w.id)));
  const queueHeads = (sheets: readonly Excel.Worksheet[], withMerges: boolean): SheetPlan[] =>
    sheets.map((ws) => ({
      name: ws.name,
      used: ws.getRange(READ_COLUMNS).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
      head: ws.getRange(HEAD_BOX).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,values,valueTypes,numberFormat'),
      tagProperty: features.customProperties ? ws.customProperties.getItemOrNullObject(TAG_PROPERTY).load('value') : null,
      tagCell: ws.getRange(tagCells.get(ws.name) ?? TAG_CELL).load('values'),
      merges: withMerges ? mergedAreasOf(ws.getRange(HEAD_BOX), features) : null,
    }));
  const registry = (name: string) =>
    sheetNames.includes(name) ? context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('values') : null;
  const reviews = registry(REVIEW_SHEET);
  const imports = registry(IMPORT_SHEET);
  // Sync 2 (and one more per further HEAD_SHEETS sheets, so no sync carries more than OPERATION_LIMIT operations).
  const groups: Excel.Worksheet[][] = [];
  for (let i = 0; i < ledgerSheets.length; i += HEAD_SHEETS) groups.push(ledgerSheets.slice(i, i + HEAD_SHEETS));
  if (groups.length === 0) groups.push([]);
  const readHeads = async (index: number, out: SheetPlan[]): Promise<SheetPlan[]> => {
    const group = groups[index];
    if (!group) return out;
    let heads = queueHeads(group, true);
    try {
      await context.sync();
    } catch (error) {
      if (!features.mergedAreas || failureKind(errorCode(error)) === 'cellEditMode') throw error;
      // Perhaps a head with more than 512 merged areas: read these heads again without merges (one more sync).
      heads = queueHeads(group, false);
      if (index === 0) {
        reviews?.load('values');
        imports?.load('values');
      }
      await context.sync();
    }
    return readHeads(index + 1, [...out, ...heads]);
  };
  const plans = await readHeads(0, []);

  // Lay the heads into per-sheet grids and queue the bodies (rows below the head) for chunked reading.
  let headBytes = 0;
  let headCells = 0;
  const queue: Slice[] = [];
  const grids = plans.map((plan, i) => {
    if (plan.used.isNullObject) return null;
    const top = plan.used.rowIndex;
    const left = plan.used.columnIndex;
    // Rows are filled by the head and body reads; rows neither touched (none, normally) stay empty.
    const grid: CellValue[][] = Array.from({ length: plan.used.rowCount }, () => []);
    if (!plan.head.isNullObject) {
      const rows = toCellRows(plan.head.values, plan.head.valueTypes, plan.head.numberFormat);
      headBytes += gridBytes(plan.head.values) + gridBytes(plan.head.valueTypes);
      rows.forEach((row, r) => {
        headCells += row.length;
        const target = grid[plan.head.rowIndex + r - top];
        if (!target) return;
        row.forEach((v, c) => {
          target[plan.head.columnIndex + c - left] = v;
        });
        // A head narrower than the used range (it starts further right) leaves holes on the left: make them empty.
        for (let c = 0; c < target.length; c++) target[c] ??= null;
      });
    }
    const bodyTop = Math.max(top, HEAD_ROWS);
    const bottom = top + plan.used.rowCount - 1;
    if (bodyTop <= bottom) queue.push({ sheet: i, top: bodyTop, bottom, left, cols: plan.used.columnCount });
    return grid;
  });

  const bodies = new Map<number, { slice: Slice; rows: CellValue[][] }[]>();
  const total = { bytes: headBytes };
  const firstEstimate = Math.max(16, headCells > 0 ? (headBytes / headCells) * 1.3 : 40);
  const bodyMerges = new Map<number, string[]>();
  // Sheets are read in order: every sheet before the first one still queued is complete.
  const report = () => options.onProgress?.({ done: queue[0]?.sheet ?? plans.length, total: plans.length, unit: 'sheet' });
  report();
  await readBodies(context, ledgerSheets, queue, firstEstimate, bodies, total, features.mergedAreas ? bodyMerges : null, features.mergedAreas, report);

  const sheets: SheetInput[] = [];
  plans.forEach((plan, i) => {
    const grid = grids[i];
    const tag = tagOf(plan);
    if (!grid) {
      sheets.push({ name: plan.name, rows: [], tag });
      return;
    }
    for (const { slice, rows } of bodies.get(i) ?? []) {
      rows.forEach((row, r) => {
        grid[slice.top - plan.used.rowIndex + r] = row;
      });
    }
    const merges = uniqueAreas([...(plan.merges && !plan.merges.isNullObject ? [plan.merges.address] : []), ...(bodyMerges.get(i) ?? [])]);
    sheets.push({
      name: plan.name,
      rows: grid,
      origin: { row: plan.used.rowIndex, col: plan.used.columnIndex },
      ...(merges.length > 0 ? { merges } : {}),
      tag,
    });
  });

  const rowsOf = (r: Excel.Range | null) => (r && !r.isNullObject ? r.values : []);
  return {
    workbook: { file: null, sheets },
    sheetNames,
    nameList: names.items.map((n) => n.name),
    registries: { reviews: rowsOf(reviews), imports: rowsOf(imports) },
    readBytes: total.bytes,
  };
}

