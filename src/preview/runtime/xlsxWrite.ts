/**
 * SimWorkbook → .xlsx with exceljs (Uint8Array out). Worksheet custom properties, settings and constant-valued
 * names have no exceljs representation, so they go to a very hidden sheet `_xlsim_meta` (kind, sheet, key, value)
 * that loadXlsx reads back and hides from the model. Charts are not written (exceljs cannot).
 */
import type ExcelJS from 'exceljs';
import { withRowHeights } from '../../xlsx/exceljs-heights';
import { rowHeight, wrappedLines } from '../../xlsx/row-height';
import { encodeXstring } from '../../xlsx/xstring';
import { contains, formatRect } from './address';
import type { CellFormat, SimCell, SimSheet, SimWorkbook, SimValidation } from './model';
import { cfAreas } from './model';
import { DEFAULT_COLUMN_WIDTH } from './proxy/format';
import { ALERT_STYLES, CF_OPERATORS, DV_OPERATORS, DV_TYPES, H_ALIGN, META_SHEET, PAPER_CODES, V_ALIGN, borderToXlsx, loadExcelJs, pointsToChars, toArgb } from './xlsxMaps';

function cellValue(cell: SimCell): ExcelJS.CellValue {
  const v = typeof cell.v === 'string' ? encodeXstring(cell.v) : cell.v;
  const plain: ExcelJS.CellValue = cell.error ? ({ error: cell.v } as ExcelJS.CellErrorValue) : (v ?? null);
  if (cell.f) return { formula: cell.f.slice(1), result: plain ?? undefined } as ExcelJS.CellFormulaValue;
  if (cell.link) {
    const target = cell.link.address ?? `#${cell.link.documentReference ?? ''}`;
    const link: ExcelJS.CellHyperlinkValue = { text: encodeXstring(String(cell.v ?? cell.link.textToDisplay ?? '')), hyperlink: target };
    if (cell.link.screenTip) link.tooltip = cell.link.screenTip;
    return link;
  }
  return plain;
}

function applyFormat(x: ExcelJS.Cell, f: CellFormat): void {
  if (f.bold || f.italic || f.fontColor || f.fontSize || f.fontName) {
    const font: Partial<ExcelJS.Font> = {};
    if (f.bold) font.bold = true;
    if (f.italic) font.italic = true;
    if (f.fontColor) font.color = { argb: toArgb(f.fontColor) };
    if (f.fontSize) font.size = f.fontSize;
    if (f.fontName) font.name = f.fontName;
    x.font = font;
  }
  if (f.fill) x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(f.fill) } };
  if (f.wrapText || f.horizontalAlignment || f.verticalAlignment) {
    const al: Partial<ExcelJS.Alignment> = {};
    if (f.wrapText) al.wrapText = true;
    if (f.horizontalAlignment && H_ALIGN[f.horizontalAlignment]) al.horizontal = H_ALIGN[f.horizontalAlignment] as ExcelJS.Alignment['horizontal'];
    if (f.verticalAlignment && V_ALIGN[f.verticalAlignment]) al.vertical = V_ALIGN[f.verticalAlignment] as ExcelJS.Alignment['vertical'];
    x.alignment = al;
  }
  if (f.locked === false) x.protection = { locked: false };
  if (f.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const [side, line] of Object.entries(f.borders)) {
      const style = line && borderToXlsx(line.style, line.weight);
      if (!style) continue;
      const key = side === 'diagonalDown' || side === 'diagonalUp' ? 'diagonal' : side;
      (border as Record<string, unknown>)[key] = { style, color: { argb: toArgb(line.color) } };
      if (key === 'diagonal') (border as Record<string, unknown>).diagonal = { ...(border.diagonal ?? {}), style, color: { argb: toArgb(line.color) }, [side === 'diagonalDown' ? 'down' : 'up']: true };
    }
    if (Object.keys(border).length > 0) x.border = border;
  }
}

function validationModel(v: SimValidation): ExcelJS.DataValidation | null {
  const base = {
    allowBlank: v.ignoreBlanks,
    showErrorMessage: v.errorAlert.showAlert,
    errorStyle: ALERT_STYLES[v.errorAlert.style] ?? 'stop',
    errorTitle: v.errorAlert.title,
    error: v.errorAlert.message,
    showInputMessage: v.prompt.showPrompt,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
  };
  const rule = v.rule;
  if (!rule) return v.prompt.showPrompt ? ({ ...base, type: 'any' } as unknown as ExcelJS.DataValidation) : null;
  if (rule.list) {
    const src = rule.list.source;
    const formula = src.startsWith('=') ? src.slice(1) : `"${src}"`;
    const m = { ...base, type: 'list', formulae: [formula] } as ExcelJS.DataValidation;
    if (!rule.list.inCellDropDown) (m as unknown as Record<string, unknown>).showDropDown = true;
    return m;
  }
  if (rule.custom) return { ...base, type: 'custom', formulae: [rule.custom.formula.replace(/^=/, '')] } as ExcelJS.DataValidation;
  const key = (['wholeNumber', 'decimal', 'textLength'] as const).find((k) => rule[k]);
  const b = key && rule[key];
  if (!key || !b) return null;
  const formulae = [b.formula1, ...(b.formula2 !== undefined ? [b.formula2] : [])];
  return { ...base, type: DV_TYPES[key], operator: DV_OPERATORS[b.operator], formulae } as ExcelJS.DataValidation;
}

/**
 * Heights (points by 1-based row) for rows Excel sizes itself — no height of their own (set through the API or read
 * from a file) — whose wrapped texts take several lines: Excel grows such rows on its own, LibreOffice keeps them a
 * line high unless the file says otherwise (row-height.ts). Formulas and merged cells do not count (Excel does not
 * size rows to merged cells either); the font size is not taken into account.
 */
function autoRowHeights(sheet: SimSheet): Map<number, number> {
  const heights = new Map<number, number>();
  const merged = (r: number, c: number) => sheet.merges.some((m) => contains(m, { r0: r, c0: c, r1: r, c1: c }));
  sheet.rows.forEach((row, r) => {
    if (sheet.rowHeights.has(r)) return;
    let lines = 1;
    row.forEach((cell, c) => {
      if (typeof cell?.v !== 'string' || cell.f) return;
      if (!sheet.formatOf(r, c, 'wrapText')) return;
      const n = wrappedLines(cell.v, pointsToChars(sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH));
      // The merges are searched only for a cell that would make the row taller: most cells fit on one line.
      if (n > lines && !merged(r, c)) lines = n;
    });
    const height = rowHeight(lines);
    if (height !== null) heights.set(r + 1, height);
  });
  return heights;
}

function writeSheet(x: ExcelJS.Workbook, wb: SimWorkbook, sheet: SimSheet): ExcelJS.Worksheet {
  const state = sheet.visibility === 'Hidden' ? 'hidden' : sheet.visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
  const ws = x.addWorksheet(sheet.name, {
    state,
    properties: sheet.tabColor ? ({ tabColor: { argb: toArgb(sheet.tabColor) } } as Partial<ExcelJS.WorksheetProperties>) : {},
    views: [
      sheet.freeze.rows || sheet.freeze.cols
        ? { state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows, showGridLines: sheet.showGridlines }
        : { showGridLines: sheet.showGridlines },
    ],
  });
  for (const [c, w] of sheet.colWidths) ws.getColumn(c + 1).width = pointsToChars(w);
  for (const [r, h] of sheet.rowHeights) ws.getRow(r + 1).height = h;
  // Hidden columns and rows (the ledger's tag column AZ): exceljs writes them as <col hidden> and <row hidden>.
  for (const [a, b] of sheet.hiddenCols.spans()) for (let c = a; c <= Math.min(b, a + 16_383); c++) ws.getColumn(c + 1).hidden = true;
  for (const [a, b] of sheet.hiddenRows.spans()) for (let r = a; r <= Math.min(b, a + 100_000); r++) ws.getRow(r + 1).hidden = true;
  const inTable = new Set(wb.tables.filter((t) => t.sheet === sheet));
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      const xc = ws.getCell(r + 1, c + 1);
      xc.value = cellValue(cell);
      const nf = sheet.numberFormatOf(r, c);
      if (nf !== 'General') xc.numFmt = nf;
      const fmt = { ...sheet.colFormats.get(c), ...sheet.rowFormats.get(r), ...cell.fmt };
      applyFormat(xc, fmt);
    });
  });
  // Column formats for cells never written (e.g. a wrapped column): exceljs keeps them as column styles.
  for (const [c, f] of sheet.colFormats) {
    const column = ws.getColumn(c + 1);
    if (f.wrapText) column.alignment = { wrapText: true };
    if (f.locked === false) column.protection = { locked: false };
    if (f.numberFormat) column.numFmt = f.numberFormat;
  }
  for (const m of sheet.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  for (const v of sheet.validations) {
    const model = validationModel(v);
    if (model) (ws as unknown as { dataValidations: { add(a: string, m: ExcelJS.DataValidation): void } }).dataValidations.add(formatRect(v.rect), model);
  }
  for (const cf of sheet.conditionalFormats) {
    const style: Partial<ExcelJS.Style> = {};
    if (cf.format.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: toArgb(cf.format.fill) } };
    if (cf.format.fontColor || cf.format.bold) style.font = { ...(cf.format.fontColor ? { color: { argb: toArgb(cf.format.fontColor) } } : {}), ...(cf.format.bold ? { bold: true } : {}) };
    const strip = (f?: string): string => (f ?? '').replace(/^=/, '');
    let rule: Record<string, unknown>;
    if (cf.type === 'CellValue') rule = { type: 'cellIs', operator: CF_OPERATORS[cf.rule.operator ?? 'EqualTo'], formulae: [strip(cf.rule.formula1), ...(cf.rule.formula2 ? [strip(cf.rule.formula2)] : [])] };
    else if (cf.type === 'ContainsText') rule = { type: 'containsText', operator: 'containsText', text: cf.rule.text ?? '' };
    else rule = { type: 'expression', formulae: [strip(cf.rule.formula)] };
    ws.addConditionalFormatting({ ref: cfAreas(cf).map(formatRect).join(' '), rules: [{ ...rule, style, priority: 1 } as unknown as ExcelJS.ConditionalFormattingRule] });
  }
  ws.pageSetup.orientation = sheet.pageLayout.orientation === 'Landscape' ? 'landscape' : 'portrait';
  ws.pageSetup.paperSize = PAPER_CODES[sheet.pageLayout.paperSize] as ExcelJS.PageSetup['paperSize'];
  const zoom = sheet.pageLayout.zoom;
  if (zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = zoom.horizontalFitToPages ?? 1;
    ws.pageSetup.fitToHeight = zoom.verticalFitToPages ?? 1;
  } else if (zoom.scale !== undefined) ws.pageSetup.scale = zoom.scale;
  for (const row of sheet.rowBreaks) ws.getRow(row).addPageBreak();
  if (sheet.pageLayout.printTitleRows) ws.pageSetup.printTitlesRow = `${sheet.pageLayout.printTitleRows.r0 + 1}:${sheet.pageLayout.printTitleRows.r1 + 1}`;
  for (const t of inTable) {
    // exceljs writes the table's cells itself: hand it the current header and body so nothing changes.
    const headers: string[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) headers.push(encodeXstring(String(sheet.cell(t.rect.r0, c)?.v ?? `Column${c - t.rect.c0 + 1}`)));
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        const cell = sheet.cell(r, c);
        row.push(cell ? cellValue(cell) : null);
      }
      rows.push(row);
    }
    ws.addTable({
      name: t.name,
      ref: formatRect({ ...t.rect, r1: t.rect.r0, c1: t.rect.c0 }),
      headerRow: t.showHeaders,
      totalsRow: false,
      style: { theme: t.style, showRowStripes: true } as ExcelJS.TableStyleProperties,
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  return ws;
}

/** Writes the workbook as .xlsx bytes. */
export async function saveXlsx(wb: SimWorkbook): Promise<Uint8Array> {
  const ExcelJSmod = await loadExcelJs();
  const x = new ExcelJSmod.Workbook();
  const metaRows: string[][] = [];
  // exceljs names the parts sheet1.xml, sheet2.xml… in the order the sheets are added (the meta sheet last).
  const heights = new Map<string, Map<number, number>>();
  for (const [i, sheet] of wb.sheets.entries()) {
    const ws = writeSheet(x, wb, sheet);
    const auto = autoRowHeights(sheet);
    heights.set(`xl/worksheets/sheet${i + 1}.xml`, auto);
    // Reloaded, these heights stay Excel's to size (exceljs reads ht but not customHeight).
    if (auto.size > 0) metaRows.push(['autoRowHeights', sheet.name, '', JSON.stringify([...auto.keys()])]);
    if (sheet.protection.protected) await ws.protect(sheet.protection.password, {});
    for (const p of sheet.customProps.values()) metaRows.push(['customProperty', sheet.name, p.key, p.value]);
    // exceljs writes row breaks but does not read them back.
    if (sheet.rowBreaks.length > 0) metaRows.push(['rowBreaks', sheet.name, '', JSON.stringify(sheet.rowBreaks)]);
  }
  for (const s of wb.settings.values()) metaRows.push(['setting', '', s.key, JSON.stringify(s.value)]);
  for (const n of wb.names) {
    const ref = n.formula.slice(1);
    if (/^('[^']*(''[^']*)*'|[^'!"]+)!\$?[A-Z]+\$?\d*(:\$?[A-Z]+\$?\d*)?$/.test(ref)) x.definedNames.add(ref, n.name);
    else metaRows.push(['name', '', n.name, n.formula]);
  }
  if (metaRows.length > 0) {
    const meta = x.addWorksheet(META_SHEET, { state: 'veryHidden' });
    meta.addRow(['kind', 'sheet', 'key', 'value']);
    // exceljs writes texts as they are: escape them, or a literal `_x0041_` would come back as `A`.
    for (const row of metaRows) meta.addRow(row.map(encodeXstring));
  }
  const active = wb.activeSheet ? wb.sheets.indexOf(wb.activeSheet) : 0;
  x.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
  const out = await x.xlsx.writeBuffer();
  return withRowHeights(new Uint8Array(out as ArrayBuffer), heights);
}


