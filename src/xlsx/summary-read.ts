/**
 * Reading back a summary this tool wrote (for `ledger template --from` and `ledger consolidate --previous`): its
 * asset list, recognised by structure, not by sheet name or position — a header row with 課, 番号, 情報資産名,
 * 内容, 群 and レベル (in the summary's Japanese or English labels, or any of the pack's header variants), on
 * any sheet, within its first rows. The CLI summary has it on 資産一覧 at row 1; the add-in's 集計 below the
 * matrix; a layout that moves it elsewhere is still found. The pack's optional columns (管理責任者, …) are read
 * too when the list has them. Pure: engine shapes in, plain data out.
 */
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import { Grid } from '../ledger/grid';
import { columnForLabel, labelKey } from '../ledger/header';
import { normalizeNumber } from '../ledger/normalize';
import { cellText, isBlank } from '../ledger/text';
import { UNKNOWN_DEPARTMENT } from '../ledger/consolidate';
import type { ListedAsset } from '../ledger/carry';
import type { ColumnKey, SheetInput, WorkbookInput } from '../ledger/types';
import { SUMMARY_LABELS } from './summary-labels';

/** Rows searched for the list's header (the add-in's list starts below a matrix of one row per 課). */
export const SUMMARY_HEADER_SEARCH_ROWS = 2000;

/** A summary's asset list. */
export interface SummaryAssetList {
  readonly sheet: string;
  /** Excel row number of the list's header. */
  readonly headerRow: number;
  /** The columns found (besides 課). */
  readonly keys: readonly ColumnKey[];
  /** One per row of the list, in order; `department` is '' for a row without a 課 (（課名なし）). */
  readonly assets: readonly ListedAsset[];
}

const REQUIRED: readonly ColumnKey[] = ['number', 'name', 'content', 'group', 'level'];

/** Label → column, from both locales' summary labels. */
function summaryLabels(): { department: Set<string>; columns: Map<string, ColumnKey> } {
  const department = new Set<string>();
  const columns = new Map<string, ColumnKey>();
  for (const l of Object.values(SUMMARY_LABELS)) {
    department.add(labelKey(l.department));
    const pairs: [string, ColumnKey][] = [[l.number, 'number'], [l.name, 'name'], [l.content, 'content'], [l.group, 'group'], [l.level, 'level']];
    for (const [label, key] of pairs) columns.set(labelKey(label), key);
  }
  return { department, columns };
}

/** Department texts that stand for "no 課" in a summary. */
function noDepartmentTexts(): Set<string> {
  return new Set([UNKNOWN_DEPARTMENT, ...Object.values(SUMMARY_LABELS).map((l) => l.noDepartment)].map(labelKey));
}

interface ListHeader {
  readonly row: number;
  readonly department: number;
  readonly columns: Partial<Record<ColumnKey, number>>;
}

function matchHeader(grid: Grid, row: number, policy: PolicyPack, labels: ReturnType<typeof summaryLabels>): ListHeader | null {
  let department = -1;
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (let col = grid.left; col <= grid.rowEnd(row); col++) {
    const v = grid.get(row, col);
    if (isBlank(v) || typeof v === 'number') continue;
    const text = cellText(v);
    if (text.length > 40) continue;
    const key = labelKey(text);
    if (department < 0 && labels.department.has(key)) {
      department = col;
      continue;
    }
    const column = labels.columns.get(key) ?? columnForLabel(text, policy);
    if (column !== undefined && columns[column] === undefined) columns[column] = col;
  }
  if (department < 0 || REQUIRED.some((k) => columns[k] === undefined)) return null;
  return { row, department, columns };
}

function findListHeader(sheet: SheetInput, policy: PolicyPack): { grid: Grid; header: ListHeader } | null {
  if (sheet.tag) return null; // a tagged ledger is a ledger, whatever its columns
  const grid = new Grid(sheet);
  const labels = summaryLabels();
  const last = Math.min(grid.lastRow, grid.top + SUMMARY_HEADER_SEARCH_ROWS - 1);
  for (let row = grid.top; row <= last; row++) {
    const header = matchHeader(grid, row, policy, labels);
    if (header) return { grid, header };
  }
  return null;
}

/**
 * The asset list of a summary workbook: the first sheet (in order) with the list's header, read down to its
 * first blank row. Null when no sheet has one — the workbook is not a summary. Never throws on odd input.
 */
export function readSummaryAssets(workbook: WorkbookInput, policy: PolicyPack = hanamaki): SummaryAssetList | null {
  const sheets: unknown = workbook && typeof workbook === 'object' ? workbook.sheets : null;
  if (!Array.isArray(sheets)) return null;
  for (const sheet of sheets as SheetInput[]) {
    if (!sheet || typeof sheet !== 'object') continue;
    const found = findListHeader(sheet, policy);
    if (found) return readList(String(sheet.name), found.grid, found.header);
  }
  return null;
}

function readList(sheet: string, grid: Grid, header: ListHeader): SummaryAssetList {
  const keys = (Object.keys(header.columns) as ColumnKey[]).filter((k) => k !== 'remarks');
  const none = noDepartmentTexts();
  const assets: ListedAsset[] = [];
  for (let row = header.row + 1; row <= grid.lastRow; row++) {
    const texts = new Map<ColumnKey, string>();
    for (const k of keys) texts.set(k, cellText(grid.get(row, header.columns[k] ?? -1)));
    const departmentText = cellText(grid.get(row, header.department)).trim();
    if (departmentText === '' && keys.every((k) => (texts.get(k) ?? '').trim() === '')) break;
    const values: Partial<Record<ColumnKey, string>> = {};
    for (const k of keys) if (k !== 'number') values[k] = texts.get(k) ?? '';
    assets.push({
      department: none.has(labelKey(departmentText)) ? '' : departmentText,
      number: normalizeNumber(grid.get(row, header.columns.number ?? -1)).value,
      values,
    });
  }
  return { sheet, headerRow: header.row + 1, keys, assets };
}
