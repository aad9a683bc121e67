import ExcelJS from 'exceljs';
import type { TemplateModel } from '../ledger';
import { columnLetter } from './address';
import { wrappedColumns, wrappedRowHeight } from './row-height';
import { withRowHeights } from './exceljs-heights';
import { encodeXstring } from './xstring';
import { TAG_CELL, TAG_COLUMN, encodeTag, tagName, tagReference } from './tag';

/** Validations reach this row at least, so rows typed below the table (which then grows) keep them. */
export const VALIDATION_LAST_ROW = 1000;
/** Excel rejects a file whose validation titles exceed 32 or whose messages exceed 255 characters. */
const TITLE_MAX = 32;
const MESSAGE_MAX = 255;
const A4 = 9;
const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'middle', horizontal: 'center' };

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

type Validation = TemplateModel['validations'][number];

function toExcelValidation(v: Validation): ExcelJS.DataValidation {
  const messages = {
    showErrorMessage: true,
    errorStyle: 'stop', // the entry is refused (OOXML's default, written explicitly)
    errorTitle: cut(v.errorTitle, TITLE_MAX),
    error: cut(v.errorMessage, MESSAGE_MAX),
    showInputMessage: true,
    promptTitle: cut(v.promptTitle, TITLE_MAX),
    prompt: cut(v.prompt, MESSAGE_MAX),
  } as const;
  if (v.kind === 'list') {
    const list = v.values.map((s) => s.replace(/"/g, '""')).join(',');
    return { type: 'list', allowBlank: true, formulae: [`"${list}"`], ...messages };
  }
  return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [v.min], ...messages };
}

/**
 * The i-th data row: a carried asset or an empty row. exceljs writes strings as they are, so text that looks like
 * an OOXML escape (`_x0041_`) or holds a character XML cannot carry is escaped first (xstring.ts); a string is
 * never a formula for exceljs, so `=SUM(A1)` stays text.
 */
function tableRow(model: TemplateModel, i: number): (string | number | null)[] {
  const row = model.rows[i];
  if (row === undefined) return model.headers.map(() => null);
  return model.headers.map((_, c) => {
    const v = row[c];
    if (typeof v === 'number') return v;
    return v === undefined || v === '' ? null : encodeXstring(v);
  });
}

function renderTable(ws: ExcelJS.Worksheet, model: TemplateModel): void {
  ws.addTable({
    name: model.tableName,
    ref: `A${model.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: model.headers.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: Math.max(1, model.bodyRows) }, (_, i) => tableRow(model, i)),
  });
  const header = ws.getRow(model.headerRow);
  header.font = { bold: true };
  header.alignment = HEADER_ALIGNMENT;
}

/**
 * Render the engine's `TemplateModel` as an .xlsx workbook with one ledger sheet: title, meta cells, legend,
 * the table, dropdowns and whole-number rule reaching row `VALIDATION_LAST_ROW`, frozen header, widths,
 * wrapping, A4 landscape with the header repeated, and the tag (see tag.ts).
 */
export async function writeTemplate(model: TemplateModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ledger';
  const ws = wb.addWorksheet(model.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: model.freezeRows, topLeftCell: `A${model.freezeRows + 1}` }],
    pageSetup: {
      orientation: model.print.orientation,
      paperSize: A4,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: model.print.titleRows.replace(/\$/g, ''),
    },
  });

  const title = ws.getCell('A1');
  title.value = model.title;
  title.font = { bold: true, size: 14 };
  for (const meta of model.meta) {
    const label = ws.getCell(meta.labelCell);
    label.value = meta.label;
    label.font = { bold: true };
    const cell = ws.getCell(meta.valueCell);
    // A date goes in as its serial plus a date format (never a JS Date, whose time zone would shift it).
    cell.value = meta.value;
    if (meta.numberFormat !== undefined) cell.numFmt = meta.numberFormat;
  }
  for (const line of model.legend) {
    const cell = ws.getCell(line.cell);
    cell.value = line.text;
    cell.font = { size: 9, color: { argb: 'FF595959' } };
  }

  renderTable(ws, model);
  model.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Every table column reads from the top of a row several lines high (wrapped 内容, 備考); the header stays centred
  // (a column's alignment reaches the header cell too, so the header's is set again after).
  model.headers.forEach((_, i) => {
    ws.getColumn(i + 1).alignment = model.wrapColumns.includes(i) ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
  });
  ws.getRow(model.headerRow).alignment = HEADER_ALIGNMENT;

  const first = model.headerRow + 1;
  const last = Math.max(VALIDATION_LAST_ROW, model.headerRow + model.bodyRows);
  // exceljs has `dataValidations.add(range, rule)` at run time but its typings omit it.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of model.validations) {
    const col = columnLetter(v.column);
    validations.add(`${col}${first}:${col}${last}`, toExcelValidation(v));
  }

  ws.getCell(TAG_CELL).value = encodeTag(model.tag);
  ws.getColumn(TAG_COLUMN).hidden = true;
  wb.definedNames.add(tagReference(model.sheetName), tagName(1));

  const buffer = await wb.xlsx.writeBuffer();
  // exceljs names its first sheet's part sheet1.xml.
  return withRowHeights(new Uint8Array(buffer as ArrayBuffer), new Map([['xl/worksheets/sheet1.xml', carriedHeights(model)]]));
}

/** Heights (points by 1-based row) of the carried rows whose wrapped texts take several lines (row-height.ts). */
function carriedHeights(model: TemplateModel): Map<number, number> {
  const wrapped = wrappedColumns(model.wrapColumns, model.columnWidths);
  const heights = new Map<number, number>();
  model.rows.forEach((row, i) => {
    const height = wrappedRowHeight(row, wrapped);
    if (height !== null) heights.set(model.headerRow + 1 + i, height);
  });
  return heights;
}
