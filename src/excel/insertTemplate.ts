/**
 * 台帳を挿入 (SPEC §1.1): render the engine's TemplateModel with Office.js in one Excel.run and two syncs —
 * one to learn what exists, one to write. It never overwrites: when a ledger for the 課 already exists the user
 * is taken there instead.
 */
import { templateModel } from '../ledger';
import type { TemplateModel } from '../ledger';
import { boxAddress, columnLetters, sheetReference } from './address';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { detectFeatures, supportsExcelApi } from './requirements';
import { freeTagName, queueTag, taggedDepartments } from './tags';
import { todayIso } from './time';
import { departmentFromSheetName, normalizeDepartment } from './departments';
import { deleteIfPresent } from './rebuild';
import { charsToPoints, queuePrintSetup } from './printSetup';
import { muteEvents, notifyOwnSheetsAdded, unmuteEvents } from './ownWrites';

export interface InsertTemplateOptions {
  readonly department: string;
  readonly extended?: boolean;
  /** 'YYYY-MM-DD' for 更新日; default today (local time). */
  readonly today?: string;
  /**
   * Ledgers the pane already knows from its last check (`result.ledgers`): an untagged ledger recognised by its
   * content counts as existing too. Without them, an existing ledger is found by its tag or a 台帳_{課} name —
   * what the first of the two syncs can see.
   */
  readonly knownLedgers?: readonly { readonly sheet: string; readonly department: string | null }[];
  /**
   * SPEC §1.1's optional setting (off by default): lock the title, meta labels, legend and header so the structure
   * cannot be broken, while the data rows stay editable. No password is set, so nothing secret is stored.
   */
  readonly protectStructure?: boolean;
}

export type InsertTemplateResult =
  | { readonly status: 'inserted'; readonly sheet: string }
  | { readonly status: 'exists'; readonly sheet: string }
  | { readonly status: 'invalid'; readonly message: string }
  | Failure;

/** Excel caps validation titles at 32 and messages at 255 characters. */
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

function queueValidation(range: Excel.Range, v: TemplateModel['validations'][number]): void {
  range.dataValidation.clear();
  if (v.kind === 'list') {
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.values.join(',') } };
  } else {
    range.dataValidation.rule = {
      wholeNumber: { formula1: v.min, operator: 'GreaterThanOrEqualTo' },
    };
  }
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: 'Stop',
    title: cut(v.errorTitle, 32),
    message: cut(v.errorMessage, 255),
  };
  range.dataValidation.prompt = { showPrompt: true, title: cut(v.promptTitle, 32), message: cut(v.prompt, 255) };
  range.dataValidation.ignoreBlanks = true;
}

/**
 * Lock everything above the data rows. The meta values (課名, 更新日, 記入者) and every row from the first data row
 * down stay unlocked, so clerks type and paste as before; rows can still be inserted, deleted, formatted and sorted.
 */
function queueStructureProtection(ws: Excel.Worksheet, model: TemplateModel): void {
  for (const meta of model.meta) ws.getRange(meta.valueCell).format.protection.locked = false;
  ws.getRange(`${model.headerRow + 1}:${EXCEL_ROWS}`).format.protection.locked = false;
  ws.protection.protect({
    allowInsertRows: true,
    allowDeleteRows: true,
    allowFormatCells: true,
    allowFormatColumns: true,
    allowFormatRows: true,
    allowSort: true,
    allowAutoFilter: true,
  });
}

/** The last row number of an Excel sheet. */
const EXCEL_ROWS = 1048576;

/** What the host allows the template to use (see insertTemplate). */
export interface TemplateFeatures {
  readonly customProperties: boolean;
  readonly pageLayout: boolean;
  readonly protect: boolean;
}

/**
 * Queue the whole template onto a new sheet and return it; nothing is synced. Its table has `model.bodyRows` data
 * rows, left empty for the caller to fill (convert-to-template writes the converted rows there). `activate` takes
 * the user to the new sheet's first data cell.
 */
export function queueTemplate(context: Excel.RequestContext, model: TemplateModel, tableName: string, tagName: string, features: TemplateFeatures, activate = true): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(model.sheetName);
  const title = ws.getRange('A1');
  title.values = [[model.title]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  for (const meta of model.meta) {
    const label = ws.getRange(meta.labelCell);
    label.values = [[meta.label]];
    label.format.font.bold = true;
    const cell = ws.getRange(meta.valueCell);
    if (meta.numberFormat !== undefined) cell.numberFormat = [[meta.numberFormat]];
    else if (typeof meta.value === 'string') cell.numberFormat = [['@']];
    cell.values = [[meta.value ?? '']];
  }
  for (const line of model.legend) {
    const cell = ws.getRange(line.cell);
    cell.numberFormat = [['@']];
    cell.values = [[line.text]];
    cell.format.font.size = 9;
    cell.format.font.color = '#595959';
  }

  const last = model.headers.length - 1;
  const bodyRows = Math.max(1, model.bodyRows);
  const header = model.headerRow - 1;
  const tableAddress = boxAddress(header, 0, header + bodyRows, last);
  const table = ws.tables.add(sheetReference(model.sheetName, tableAddress), true);
  table.name = tableName;
  table.getHeaderRowRange().values = [model.headers];
  table.getHeaderRowRange().format.font.bold = true;
  // A column's data body by address (the same cells as table.columns.getItemAt(c).getDataBodyRange()).
  const body = (c: number) => ws.getRange(boxAddress(header + 1, c, header + bodyRows, c));
  for (const v of model.validations) queueValidation(body(v.column), v);
  model.wrapColumns.forEach((c) => {
    const body = ws.getRange(boxAddress(header + 1, c, header + bodyRows, c));
    body.format.wrapText = true;
    body.format.verticalAlignment = 'Top';
  });
  model.columnWidths.forEach((w, c) => {
    const col = columnLetters(c);
    ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
  });
  ws.freezePanes.freezeRows(model.freezeRows);
  // A4 landscape, one page wide (as the CLI's template), the header repeated on every page.
  queuePrintSetup(ws, { orientation: model.print.orientation, titleRows: { first: model.headerRow, last: model.headerRow } }, features.pageLayout);
  queueTag(context, ws, model.sheetName, model.tag, tagName, features.customProperties);
  // Last, after every write to the structure: a protected sheet refuses changes to its locked cells.
  if (features.protect) queueStructureProtection(ws, model);
  if (activate) {
    ws.activate();
    ws.getRange(boxAddress(header + 1, 0, header + 1, 0)).select();
  }
  return ws;
}

/** A table name not yet used in the workbook (table names are workbook-wide). */
export function freeTableName(wanted: string, existing: readonly string[]): string {
  const used = new Set(existing.map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  const base = wanted.replace(/_\d+$/, '');
  let n = 1;
  while (used.has(`${base}_${n}`.toLowerCase())) n++;
  return `${base}_${n}`;
}

/** Insert the ledger template for `department` (see the module comment). */
export async function insertTemplate(options: InsertTemplateOptions): Promise<InsertTemplateResult> {
  const department = normalizeDepartment(options.department);
  if (department === '') return { status: 'invalid', message: '課名を入力してください' };
  const features = { ...detectFeatures(), pageLayout: supportsExcelApi('1.9'), protect: options.protectStructure === true };
  return runOperation(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name,items/formula,items/comment');
    const tables = context.workbook.tables.load('items/name');
    await context.sync();

    const sheetNames = worksheets.items.map((w) => w.name);
    const model = templateModel(department, {
      extended: options.extended === true,
      today: options.today ?? todayIso(),
      existingSheetNames: sheetNames,
    });
    // An existing ledger for this 課: a sheet tagged with it (renamed or not), or a sheet named 台帳_{課}.
    const tagged = taggedDepartments(names.items.map((n) => ({ name: n.name, formula: String(n.formula), comment: n.comment ?? '' })));
    const known = (options.knownLedgers ?? []).filter((l) => l.department !== null && normalizeDepartment(l.department) === department);
    const existing =
      sheetNames.find((s) => tagged.get(s) === department) ??
      sheetNames.find((s) => departmentFromSheetName(s) === department) ??
      sheetNames.find((s) => known.some((l) => l.sheet === s));
    if (existing !== undefined) {
      context.workbook.worksheets.getItem(existing).activate();
      await context.sync();
      return { status: 'exists', sheet: existing } as const;
    }
    try {
      muteEvents(context);
      queueTemplate(context, model, freeTableName(model.tableName, tables.items.map((t) => t.name)), freeTagName(names.items.map((n) => n.name)), features);
      unmuteEvents(context);
      await context.sync();
    } catch (error) {
      // Excel stops a batch at the first failure and keeps what ran before it: remove the half-made sheet
      // (its name was new, so it can only be ours) rather than leave a broken ledger behind.
      await deleteIfPresent(context, model.sheetName).catch(() => undefined);
      throw error;
    }
    notifyOwnSheetsAdded();
    return { status: 'inserted', sheet: model.sheetName } as const;
  });
}
