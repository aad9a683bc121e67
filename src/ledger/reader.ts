/**
 * Recognise and read ledger sheets (SPEC §1.2): both layouts, header variants, 課 sources, the 群－レベル
 * line, merged cells (either representation), blank rows and the note rows that end the table. The result
 * keeps, beside the public `Ledger`, what the rules need (raw values, normalisation states, gaps, errors).
 */
import type { PolicyPack } from '../policy/types';
import { Grid } from './grid';
import { Interner } from './intern';
import { findHeader, HEADER_SEARCH_ROWS } from './header';
import { readBody } from './body';
import type { AssetRow, ErrorCellRef } from './body';
import { parseDate } from './normalize';
import { cellText, isErrorCell } from './text';
import { ledgerSheetName, readTitle } from './title';
import type { DepartmentSource, TitleInfo } from './title';
import type { ColumnKey, Ledger, SheetInput } from './types';

export type { AssetRow, ErrorCellRef } from './body';

/** A ledger sheet as read, with everything the rules need. */
export interface SheetRead {
  readonly ledger: Ledger;
  readonly index: number;
  readonly rows: readonly AssetRow[];
  /** First blank row (Excel number) and length of each gap between asset rows. */
  readonly gaps: readonly { readonly row: number; readonly cell: string; readonly count: number }[];
  readonly errors: readonly ErrorCellRef[];
  /** Required columns missing from a template-layout header. */
  readonly missingColumns: readonly ColumnKey[];
  /** A form-layout sheet without its 群－レベル line. */
  readonly lineMissing: boolean;
  readonly departmentSource: DepartmentSource | null;
  /** The 更新日 value cell, when a label was found. */
  readonly updatedCell: string | null;
  /** Header label of each column key present (as written on the sheet). */
  readonly headerLabels: Partial<Record<ColumnKey, string>>;
  /** The check's shared texts and keys (the keyword rules key 内容 through it). */
  readonly intern: Interner;
}

/**
 * A ledger sheet as the collection rules see it, once its sheet rules have run: without its rows, which a
 * check of many files would otherwise hold to the end (the assets are on `ledger`).
 */
export type CollectedSheet = Omit<SheetRead, 'rows' | 'intern'>;

/**
 * Read one sheet; null when it is not a ledger. Never throws on bad data. `intern` shares repeated texts among
 * the assets of one check (pass the check's own; by default the sheet's texts are shared within it only).
 */
export function readSheet(
  sheet: SheetInput,
  file: string | null,
  index: number,
  policy: PolicyPack,
  intern: Interner = new Interner(),
): SheetRead | null {
  const grid = new Grid(sheet);
  const tag = sheet.tag && typeof sheet.tag === 'object' ? sheet.tag : null;
  const header = findHeader(grid, policy);
  if (!header && !tag) return null;
  const name = typeof sheet.name === 'string' ? sheet.name : String(sheet.name);
  const titleEnd = header ? header.row - 1 : Math.min(grid.lastRow, HEADER_SEARCH_ROWS - 1);
  const title = readTitle(grid, name, tag, titleEnd, policy);
  const cols = header?.columns ?? {};
  const form = !tag && cols.group === undefined && cols.level === undefined;
  // 番号, 名称 and 説明 head many a list (a city's facility list names its columns so): without 群 and レベル a
  // sheet is a 別記様式 form only when it says so — its 群－レベル line or the ledger's title above the header,
  // or a ledger's sheet name.
  if (form && title.line === null && !title.titled && !ledgerSheetName(name, policy)) return null;
  const layout = form ? 'form' : 'template';
  const group = form ? (title.line?.group ?? null) : null;
  const level = form ? (title.line?.level ?? null) : null;
  const body = header ? readBody(grid, header, policy, group, level, intern) : { rows: [], gaps: [], errors: [] };
  const errors = [...metaErrors(title, policy), ...body.errors];
  const required = policy.columns.filter((c) => c.required && c.core && (c.key === 'group' || c.key === 'level'));
  const headerLabels: Partial<Record<ColumnKey, string>> = {};
  if (header) for (const [key, col] of Object.entries(cols) as [ColumnKey, number][]) headerLabels[key] = header.labels.get(col) ?? key;
  const ledger: Ledger = {
    file,
    sheet: name,
    department: title.department,
    layout,
    group,
    level,
    tagged: tag !== null,
    headerRow: header ? header.row + 1 : null,
    columns: { ...cols },
    updatedOn: title.updated ? parseDate(title.updated.value) : null,
    assets: body.rows.map((r) => r.asset),
  };
  return {
    ledger,
    index,
    rows: body.rows,
    gaps: body.gaps,
    errors,
    missingColumns: header && !form ? required.filter((c) => cols[c.key] === undefined).map((c) => c.key) : [],
    lineMissing: form && header !== null && title.line === null,
    departmentSource: title.departmentSource,
    updatedCell: title.updated?.cell ?? null,
    headerLabels,
    intern,
  };
}

/** Error values in the meta cells (課名, 更新日), labelled with the sheet's own label text. */
function metaErrors(title: TitleInfo, policy: PolicyPack): ErrorCellRef[] {
  const out: ErrorCellRef[] = [];
  const t = policy.template;
  if (title.departmentError) out.push({ cell: title.departmentError.cell, value: title.departmentError.value, column: t.departmentLabels[0] ?? null });
  const v = title.updated?.value;
  if (title.updated && isErrorCell(v)) out.push({ cell: title.updated.cell, value: cellText(v), column: t.updatedLabels[0] ?? null });
  return out;
}

