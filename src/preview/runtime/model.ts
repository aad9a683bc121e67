/**
 * The in-memory workbook the runtime's proxies act on (and the preview grid draws). Plain data plus small helpers;
 * all Office.js semantics (queuing, loading, errors at sync) live in ./proxy.
 */
import type { Rect } from './address';
import { LineSet } from './lineSet';

/** A cell's stored value: Excel's scalar kinds. Errors are kept as their text ('#N/A') with `error: true`. */
export type Scalar = string | number | boolean;

export type BorderSide = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';
/** A border line as Office.js describes it (style 'Continuous'…, weight 'Thin'…). */
export interface BorderLine {
  style: string;
  color: string;
  weight: string;
}

/** Per-cell (or per-column/row) formatting that the runtime understands. */
export interface CellFormat {
  borders?: Partial<Record<BorderSide, BorderLine>>;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  locked?: boolean;
  /** Only on whole rows/columns; a cell's own number format is SimCell.nf. */
  numberFormat?: string;
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface SimCell {
  /** Value, or cached result of a formula; undefined = empty. */
  v?: Scalar;
  /** True when `v` is an error text such as '#N/A'. */
  error?: boolean;
  /** Formula including its leading '='. */
  f?: string;
  nf?: string;
  fmt?: CellFormat;
  link?: Hyperlink;
}

export interface ValidationRule {
  list?: { inCellDropDown: boolean; source: string };
  wholeNumber?: { formula1: number | string; formula2?: number | string; operator: string };
  decimal?: { formula1: number | string; formula2?: number | string; operator: string };
  textLength?: { formula1: number | string; formula2?: number | string; operator: string };
  custom?: { formula: string };
}

export interface SimValidation {
  rect: Rect;
  rule?: ValidationRule;
  ignoreBlanks: boolean;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
}

export interface SimConditionalFormat {
  id: string;
  /** The range it applies to; with `areas`, the first of them. */
  rect: Rect;
  /** Every area when it applies to more than one (a format added through RangeAreas, ExcelApi 1.9). */
  areas?: Rect[];
  /**
   * A rule Office.js cannot read: loading any property of it fails (office-js #6835, #6827, #5222 — e.g. a rule the
   * user duplicated in Manage Rules). Set by tests; never by the API.
   */
  unreadable?: boolean;
  type: string;
  /** custom: formula; cellValue: formula1/formula2/operator; containsText: operator/text. */
  rule: { formula?: string; formula1?: string; formula2?: string; operator?: string; text?: string };
  format: { fill?: string; fontColor?: string; bold?: boolean };
  stopIfTrue: boolean;
}

/** The areas a conditional format applies to. */
export const cfAreas = (cf: SimConditionalFormat): Rect[] => cf.areas ?? [cf.rect];

export interface SimTable {
  id: string;
  name: string;
  sheet: SimSheet;
  /** Header row included (when shown) — data body is everything below it. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export interface SimChart {
  id: string;
  name: string;
  type: string;
  title: string;
  source: Rect;
  seriesBy: string;
}

export interface SimName {
  name: string;
  /** Formula text with the leading '=' ("=Sheet1!$A$1" or '="text"'). */
  formula: string;
  comment: string;
  visible: boolean;
}

/** PageLayout.zoom: fit to pages wide/tall (0 tall = automatic, as the file format's fitToHeight="0"), or a scale. */
export interface PageZoom {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

export interface PageLayout {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  printTitleRows: Rect | null;
  zoom: PageZoom;
}

let idCounter = 0;
/** Excel's worksheet ids look like '{GUID}'; ours are stable and unique within the process. */
export function newId(prefix = ''): string {
  idCounter += 1;
  const hex = idCounter.toString(16).toUpperCase().padStart(12, '0');
  return `{${prefix || '00000000'}-0000-4000-8000-${hex}}`;
}

/** One worksheet: sparse rows of cells plus sheet-level settings. */
export class SimSheet {
  readonly id = newId('5EE7');
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  showGridlines = true;
  /** Manual page breaks: 0-based index of the first row of each new page. */
  rowBreaks: number[] = [];
  rows: (SimCell | undefined)[][] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  colFormats = new Map<number, CellFormat>();
  rowFormats = new Map<number, CellFormat>();
  /** Hidden columns and rows (Range.columnHidden / rowHidden). */
  hiddenCols = new LineSet();
  hiddenRows = new LineSet();
  merges: Rect[] = [];
  validations: SimValidation[] = [];
  conditionalFormats: SimConditionalFormat[] = [];
  charts: SimChart[] = [];
  freeze = { rows: 0, cols: 0 };
  protection: { protected: boolean; password: string; options?: Record<string, unknown> } = { protected: false, password: '' };
  customProps = new Map<string, { key: string; value: string }>();
  pageLayout: PageLayout = { orientation: 'Portrait', paperSize: 'Letter', printTitleRows: null, zoom: { scale: 100 } };
  deleted = false;

  constructor(name: string) {
    this.name = name;
  }

  cell(r: number, c: number): SimCell | undefined {
    return this.rows[r]?.[c];
  }

  /** The cell at (r, c), created when missing. */
  ensure(r: number, c: number): SimCell {
    let row = this.rows[r];
    if (!row) {
      row = [];
      this.rows[r] = row;
    }
    let cell = row[c];
    if (!cell) {
      cell = {};
      row[c] = cell;
    }
    return cell;
  }

  /** Effective format property: the cell's own, else its row's, else its column's. */
  formatOf<K extends keyof CellFormat>(r: number, c: number, key: K): CellFormat[K] | undefined {
    return this.cell(r, c)?.fmt?.[key] ?? this.rowFormats.get(r)?.[key] ?? this.colFormats.get(c)?.[key];
  }

  /** The cell's number format, else its row's, else its column's. */
  numberFormatOf(r: number, c: number): string {
    return this.cell(r, c)?.nf ?? this.rowFormats.get(r)?.numberFormat ?? this.colFormats.get(c)?.numberFormat ?? 'General';
  }

  /** Bounding box of cells holding a value or formula (valuesOnly) or anything at all; null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    this.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const used = cell.v !== undefined || cell.f !== undefined || (!valuesOnly && (cell.fmt || cell.nf || cell.link));
        if (!used) return;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      });
    });
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
}

/** A whole workbook: sheets in tab order, names, settings, tables, selection, change log for events. */
export class SimWorkbook {
  sheets: SimSheet[] = [];
  names: SimName[] = [];
  settings = new Map<string, { key: string; value: unknown }>();
  tables: SimTable[] = [];
  activeSheet: SimSheet | null = null;
  selection: { sheet: SimSheet; rect: Rect } | null = null;
  /** Cell changes not yet reported to onChanged listeners. */
  changes: { sheet: SimSheet; rect: Rect; changeType: string; before?: { value: Scalar; type: string } }[] = [];
  /** Sheets added by the add-in and not yet reported to onAdded listeners. */
  added: SimSheet[] = [];
  /** Runtime.enableEvents (ExcelApi 1.8): while false, changes raise no events for this add-in. */
  eventsEnabled = true;

  sheetByName(name: string): SimSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  sheetById(id: string): SimSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Appends a sheet (Excel names a new sheet 'SheetN' when no name is given). */
  addSheet(name?: string): SimSheet {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    const sheet = new SimSheet(n);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /** Removes `sheet` with its tables; the active sheet and the selection move off it (Worksheet.delete, or the user). */
  removeSheet(sheet: SimSheet): void {
    this.sheets = this.sheets.filter((o) => o !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    sheet.deleted = true;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((o) => o.visibility === 'Visible') ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  /** A deep copy of `sheet` named `name` (not yet in the workbook), with copies of its tables under fresh names. */
  cloneSheet(sheet: SimSheet, name: string): SimSheet {
    const copy = new SimSheet(name);
    const data = structuredClone({
      rows: sheet.rows, colWidths: sheet.colWidths, rowHeights: sheet.rowHeights, colFormats: sheet.colFormats, rowFormats: sheet.rowFormats,
      merges: sheet.merges, validations: sheet.validations, conditionalFormats: sheet.conditionalFormats, charts: sheet.charts,
      freeze: sheet.freeze, customProps: sheet.customProps, pageLayout: sheet.pageLayout, rowBreaks: sheet.rowBreaks,
    });
    Object.assign(copy, data, { tabColor: sheet.tabColor, showGridlines: sheet.showGridlines, visibility: sheet.visibility });
    for (const [a, b] of sheet.hiddenCols.spans()) copy.hiddenCols.set(a, b, true);
    for (const [a, b] of sheet.hiddenRows.spans()) copy.hiddenRows.set(a, b, true);
    for (const t of this.tables.filter((x) => x.sheet === sheet)) {
      let i = this.tables.length + 1;
      while (this.tables.some((x) => x.name === `Table${i}`)) i++;
      this.tables.push({ ...t, id: newId('7AB1'), name: `Table${i}`, sheet: copy, rect: { ...t.rect } });
    }
    return copy;
  }

  noteChange(sheet: SimSheet, rect: Rect, changeType = 'RangeEdited', before?: { value: Scalar; type: string }): void {
    if (!this.eventsEnabled) return;
    this.changes.push({ sheet, rect, changeType, ...(before ? { before } : {}) });
  }

  noteAdded(sheet: SimSheet): void {
    if (this.eventsEnabled) this.added.push(sheet);
  }
}
