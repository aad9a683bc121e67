/** .xlsx → SimWorkbook with exceljs (Uint8Array in; no Node I/O, so the browser preview can use it). */
import type ExcelJS from 'exceljs';
import type { Rect } from './address';
import { parseAddress } from './address';
import { dateToSerial } from './cells';
import type { CellFormat, SimCell, SimSheet, SimValidation, ValidationRule } from './model';
import { SimWorkbook, newId } from './model';
import { checkBeforeFullLoad } from '../../xlsx/fallback';
import { decodeXstrings } from '../../xlsx/xstring-exceljs';
import type { Reconciling } from '../../xlsx/xstring-exceljs';
import { ALERT_STYLES, BORDERS_FROM_XLSX, CF_OPERATORS, DV_OPERATORS, DV_TYPES, H_ALIGN, META_SHEET, PAPER_CODES, V_ALIGN, charsToPoints, fromArgb, invert, loadExcelJs } from './xlsxMaps';

type XCell = ExcelJS.Cell;

function plainText(v: unknown): string {
  if (v && typeof v === 'object' && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  return v === null || v === undefined ? '' : String(v);
}

/** A formula result or plain value as the runtime stores it. */
function scalarInto(cell: SimCell, v: unknown): void {
  if (v === null || v === undefined) return;
  if (v instanceof Date) cell.v = dateToSerial(v);
  else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') cell.v = v;
  else if (typeof v === 'object' && 'error' in v) {
    cell.v = String((v as { error: string }).error);
    cell.error = true;
  } else if (typeof v === 'object' && 'richText' in v) cell.v = plainText(v);
}

function formatOf(x: XCell): CellFormat | undefined {
  const f: CellFormat = {};
  const font = x.font;
  if (font?.bold) f.bold = true;
  if (font?.italic) f.italic = true;
  const fc = fromArgb(font?.color?.argb);
  if (fc && fc !== '#000000') f.fontColor = fc;
  const fill = x.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const c = fromArgb(fill.fgColor?.argb);
    if (c) f.fill = c;
  }
  const al = x.alignment;
  if (al?.wrapText) f.wrapText = true;
  if (al?.horizontal && String(al.horizontal) !== 'general') f.horizontalAlignment = invert(H_ALIGN)[al.horizontal] ?? 'General';
  if (al?.vertical) f.verticalAlignment = invert(V_ALIGN)[al.vertical] ?? 'Bottom';
  if (x.protection?.locked === false) f.locked = false;
  const border = x.border as Partial<ExcelJS.Borders> | undefined;
  if (border) {
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const b = border[side];
      const mapped = b?.style ? BORDERS_FROM_XLSX[b.style] : undefined;
      if (!mapped) continue;
      f.borders ??= {};
      f.borders[side] = { style: mapped[0], weight: mapped[1], color: fromArgb(b?.color?.argb) ?? '#000000' };
    }
  }
  return Object.keys(f).length > 0 ? f : undefined;
}

function readCell(sheet: SimSheet, x: XCell, r: number, c: number): void {
  const cell: SimCell = {};
  const value = x.value as unknown;
  const type = x.type as number;
  // exceljs ValueType: 1 Merge, 5 Hyperlink, 6 Formula.
  if (type === 6) {
    cell.f = `=${x.formula}`;
    scalarInto(cell, x.result);
  } else if (type === 5) {
    const h = value as { text: unknown; hyperlink: string; tooltip?: string };
    cell.v = plainText(h.text);
    cell.link = h.hyperlink.startsWith('#') ? { documentReference: h.hyperlink.slice(1), textToDisplay: cell.v } : { address: h.hyperlink, textToDisplay: cell.v };
    if (h.tooltip) cell.link.screenTip = h.tooltip;
  } else if (type !== 1) scalarInto(cell, value);
  if (x.numFmt && x.numFmt !== 'General') cell.nf = x.numFmt;
  const fmt = formatOf(x);
  if (fmt) cell.fmt = fmt;
  if (Object.keys(cell).length > 0) {
    sheet.ensure(r, c);
    sheet.rows[r]![c] = cell;
  }
}

/** exceljs expands a validation range into single cells; rebuild column runs of identical rules. */
function readValidations(sheet: SimSheet, model: Record<string, ExcelJS.DataValidation>): void {
  const groups = new Map<string, { dv: ExcelJS.DataValidation; cells: Rect[] }>();
  for (const [addr, dv] of Object.entries(model)) {
    if (!dv) continue;
    const key = JSON.stringify(dv);
    const g = groups.get(key) ?? { dv, cells: [] };
    const clean = addr.replace(/^range:/, '');
    for (const part of clean.split(' ')) g.cells.push(parseAddress(part).rect);
    groups.set(key, g);
  }
  for (const { dv, cells } of groups.values()) {
    cells.sort((a, b) => a.c0 - b.c0 || a.r0 - b.r0);
    const runs: Rect[] = [];
    for (const r of cells) {
      const last = runs[runs.length - 1];
      if (last && last.c0 === r.c0 && last.c1 === r.c1 && last.r1 + 1 === r.r0) last.r1 = r.r1;
      else runs.push({ ...r });
    }
    for (const rect of runs) sheet.validations.push(validationOf(dv, rect));
  }
}

const operand = (v: unknown): number | string => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : (v as number | string));

function validationOf(dv: ExcelJS.DataValidation, rect: Rect): SimValidation {
  const d = dv as ExcelJS.DataValidation & Record<string, unknown>;
  const f = (d.formulae ?? []) as unknown[];
  let rule: ValidationRule | undefined;
  const kind = invert(DV_TYPES)[d.type];
  if (kind === 'list') {
    const src = String(f[0] ?? '');
    rule = { list: { inCellDropDown: d.showDropDown !== true, source: src.startsWith('"') ? src.slice(1, -1) : `=${src}` } };
  } else if (kind === 'custom') rule = { custom: { formula: `=${String(f[0] ?? '')}` } };
  else if (kind) {
    const basic: { formula1: number | string; formula2?: number | string; operator: string } = {
      formula1: operand(f[0]),
      operator: invert(DV_OPERATORS)[String(d.operator ?? 'between')] ?? 'Between',
    };
    if (f[1] !== undefined) basic.formula2 = operand(f[1]);
    rule = { [kind]: basic } as ValidationRule;
  }
  const v: SimValidation = {
    rect,
    ignoreBlanks: d.allowBlank === true,
    errorAlert: { showAlert: d.showErrorMessage === true, style: invert(ALERT_STYLES)[String(d.errorStyle ?? 'stop')] ?? 'Stop', title: String(d.errorTitle ?? ''), message: String(d.error ?? '') },
    prompt: { showPrompt: d.showInputMessage === true, title: String(d.promptTitle ?? ''), message: String(d.prompt ?? '') },
  };
  if (rule) v.rule = rule;
  return v;
}

function readConditionalFormats(sheet: SimSheet, list: ExcelJS.ConditionalFormattingOptions[]): void {
  for (const cf of list) {
    for (const ruleAny of cf.rules) {
      const rule = ruleAny as unknown as Record<string, unknown> & { style?: Partial<ExcelJS.Style> };
      const style = rule.style ?? {};
      const fill = style.fill as ExcelJS.FillPattern | undefined;
      const format: { fill?: string; fontColor?: string; bold?: boolean } = {};
      const fc = fromArgb(fill?.bgColor?.argb ?? fill?.fgColor?.argb);
      if (fc) format.fill = fc;
      const font = fromArgb(style.font?.color?.argb);
      if (font) format.fontColor = font;
      if (style.font?.bold) format.bold = true;
      const formulae = (rule.formulae as string[] | undefined) ?? [];
      let type = 'Custom';
      const r: Record<string, string> = {};
      if (rule.type === 'expression') r.formula = `=${formulae[0] ?? ''}`;
      else if (rule.type === 'cellIs') {
        type = 'CellValue';
        r.operator = invert(CF_OPERATORS)[String(rule.operator)] ?? 'EqualTo';
        if (formulae[0] !== undefined) r.formula1 = `=${formulae[0]}`;
        if (formulae[1] !== undefined) r.formula2 = `=${formulae[1]}`;
      } else if (rule.type === 'containsText') {
        type = 'ContainsText';
        r.operator = 'Contains';
        r.text = String(rule.text ?? '');
      } else continue;
      // One rule over several areas ("A1:A3 C5") stays one format, as Excel keeps it.
      const areas = String(cf.ref).split(' ').filter((x) => x !== '').map((ref) => parseAddress(ref).rect);
      if (areas.length === 0) continue;
      sheet.conditionalFormats.push({ id: newId('CF00'), rect: areas[0]!, ...(areas.length > 1 ? { areas } : {}), type, rule: r, format, stopIfTrue: false });
    }
  }
}

/** Reads an .xlsx file. Charts are not read (exceljs does not read them). Rejects with XlsxReadError past a cap. */
export async function loadXlsx(data: Uint8Array | ArrayBuffer): Promise<SimWorkbook> {
  // exceljs inflates every entry and builds every cell and merged cell: within bounded caps only (issue 9).
  await checkBeforeFullLoad(data, null);
  const ExcelJSmod = await loadExcelJs();
  const buffer = data instanceof Uint8Array ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : data;
  // `_xHHHH_` escapes are decoded while exceljs parses; the first file with `_x` in its shared strings is
  // read twice (see src/xlsx/xstring-exceljs.ts).
  const parse = async (): Promise<{ x: ExcelJS.Workbook; again: boolean }> => {
    const x = new ExcelJSmod.Workbook();
    const xstrings = decodeXstrings(x.xlsx as unknown as Reconciling);
    await x.xlsx.load(buffer as ArrayBuffer);
    return { x, again: xstrings.again() };
  };
  let parsed = await parse();
  if (parsed.again) parsed = await parse();
  const { x } = parsed;
  const wb = new SimWorkbook();
  let meta: ExcelJS.Worksheet | undefined;
  for (const ws of x.worksheets) {
    if (ws.name === META_SHEET) {
      meta = ws;
      continue;
    }
    const sheet = wb.addSheet(ws.name);
    sheet.visibility = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    sheet.tabColor = fromArgb(ws.properties.tabColor?.argb) ?? '';
    const view = ws.views?.[0] as (ExcelJS.WorksheetView & { xSplit?: number; ySplit?: number }) | undefined;
    if (view?.state === 'frozen') sheet.freeze = { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 };
    if (view?.showGridLines === false) sheet.showGridlines = false;
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined) sheet.colWidths.set(i, charsToPoints(col.width));
      if (col.hidden) sheet.hiddenCols.set(i, i, true);
      const style: CellFormat = {};
      if (col.numFmt && col.numFmt !== 'General') style.numberFormat = col.numFmt;
      if (col.alignment?.wrapText) style.wrapText = true;
      if (col.protection?.locked === false) style.locked = false;
      if (Object.keys(style).length > 0) sheet.colFormats.set(i, style);
    });
    // Not ws.eachRow: it skips rows whose cells carry only formatting (fills, unlocked cells).
    for (const row of (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows) {
      if (!row) continue;
      const rn = row.number;
      if (row.height !== undefined) sheet.rowHeights.set(rn - 1, row.height);
      if (row.hidden) sheet.hiddenRows.set(rn - 1, rn - 1, true);
      row.eachCell({ includeEmpty: true }, (cell, cn) => readCell(sheet, cell, rn - 1, cn - 1));
    }
    const merges = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
    for (const m of Object.values(merges)) if (m) sheet.merges.push({ r0: m.top - 1, c0: m.left - 1, r1: m.bottom - 1, c1: m.right - 1 });
    const xws = ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> }; conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
    readValidations(sheet, xws.dataValidations.model);
    readConditionalFormats(sheet, xws.conditionalFormattings ?? []);
    const ps = ws.pageSetup;
    sheet.pageLayout.orientation = ps.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    sheet.pageLayout.paperSize = Object.entries(PAPER_CODES).find(([, code]) => code === ps.paperSize)?.[0] ?? 'Letter';
    sheet.pageLayout.zoom = ps.fitToPage
      ? { horizontalFitToPages: ps.fitToWidth ?? 1, verticalFitToPages: ps.fitToHeight ?? 1 }
      : { scale: typeof ps.scale === 'number' ? ps.scale : 100 };
    if (ps.printTitlesRow) {
      const [a, b] = ps.printTitlesRow.replace(/\$/g, '').split(':');
      sheet.pageLayout.printTitleRows = { r0: Number(a) - 1, c0: 0, r1: Number(b ?? a) - 1, c1: 16_383 };
    }
    const prot = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    if (prot?.sheet) sheet.protection = { protected: true, password: '' };
    for (const t of ws.getTables()) {
      const m = (t as unknown as { table: { name: string; ref: string; headerRow?: boolean; totalsRow?: boolean; tableRef?: string; style?: { theme?: string } } }).table;
      const ref = m.tableRef ?? m.ref;
      const rect = parseAddress(ref).rect;
      wb.tables.push({ id: newId('7AB1'), name: m.name, sheet, rect, showHeaders: m.headerRow !== false, showTotals: m.totalsRow === true, style: m.style?.theme ?? 'TableStyleMedium2' });
    }
  }
  for (const dn of (x.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model) {
    if (dn.name.startsWith('_xlnm.') || dn.ranges.length === 0) continue;
    wb.names.push({ name: dn.name, formula: `=${dn.ranges.join(',')}`, comment: '', visible: true });
  }
  if (meta) readMeta(wb, meta);
  const active = (x.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  wb.activeSheet = wb.sheets[active] ?? wb.sheets[0] ?? null;
  return wb;
}

/** Custom properties, settings, constant names and estimated row heights, kept by saveXlsx in a very hidden sheet. */
function readMeta(wb: SimWorkbook, meta: ExcelJS.Worksheet): void {
  meta.eachRow((row, rn) => {
    if (rn === 1) return;
    const [kind, sheetName, key, value] = [2, 3, 4, 5].map((i) => plainText(row.getCell(i - 1).value));
    if (kind === 'customProperty') wb.sheetByName(sheetName!)?.customProps.set(key!.toLowerCase(), { key: key!, value: value! });
    else if (kind === 'setting') wb.settings.set(key!, { key: key!, value: JSON.parse(value!) as unknown });
    else if (kind === 'rowBreaks') {
      const sheet = wb.sheetByName(sheetName!);
      if (sheet) sheet.rowBreaks = JSON.parse(value!) as number[];
    } else if (kind === 'name') wb.names.push({ name: key!, formula: value!, comment: '', visible: true });
    else if (kind === 'autoRowHeights') {
      // Heights saveXlsx estimated for rows Excel sizes itself: such rows have none of their own.
      const sheet = wb.sheetByName(sheetName!);
      for (const row of JSON.parse(value!) as number[]) sheet?.rowHeights.delete(row - 1);
    }
  });
}
