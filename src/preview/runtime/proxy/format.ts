/** Range formatting: RangeFormat (widths, heights, wrap, alignment, autofit), fill, font and cell protection. */
import type { Rect } from '../address';
import { MAX_COLS, MAX_ROWS } from '../address';
import { textOf } from '../cells';
import { invalidArgument } from '../errors';
import type { CellFormat, SimSheet } from '../model';
import type { SimContext } from './base';
import { SimObject, defineProps } from './base';
import type { RangeEntity } from './range';
import { RangeBorderCollectionProxy } from './borders';

/** Excel's defaults for an unformatted cell (Office.js reports these, not null). */
const DEFAULTS: Required<Omit<CellFormat, 'fill' | 'numberFormat' | 'borders'>> & { fill: string; numberFormat: string; borders: undefined } = {
  fill: '#FFFFFF',
  bold: false,
  italic: false,
  fontColor: '#000000',
  fontSize: 11,
  fontName: 'Calibri',
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  locked: true,
  numberFormat: 'General',
  borders: undefined,
};
/** Excel's default column width (8.43 characters = 64 px) and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

const wholeCols = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;
const wholeRows = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLS - 1;

/** The common value of a format property over a range, or null when cells differ (as Office.js reports). */
function readUniform<K extends keyof CellFormat>(sheet: SimSheet, rect: Rect, key: K): unknown {
  const dflt = DEFAULTS[key];
  let first: unknown;
  let set = false;
  const seen = (v: unknown): boolean => {
    if (!set) {
      first = v;
      set = true;
      return true;
    }
    return first === v;
  };
  if (wholeCols(rect)) {
    for (let c = rect.c0; c <= rect.c1; c++) if (!seen(sheet.colFormats.get(c)?.[key] ?? dflt)) return null;
    return first;
  }
  if (wholeRows(rect)) {
    for (let r = rect.r0; r <= rect.r1; r++) if (!seen(sheet.rowFormats.get(r)?.[key] ?? dflt)) return null;
    return first;
  }
  const r1 = Math.min(rect.r1, rect.r0 + 100_000);
  for (let r = rect.r0; r <= r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++) if (!seen(sheet.formatOf(r, c, key) ?? dflt)) return null;
  return first;
}

function writeFormat<K extends keyof CellFormat>(sheet: SimSheet, rect: Rect, key: K, value: CellFormat[K] | undefined): void {
  const apply = (fmt: CellFormat): void => {
    if (value === undefined) delete fmt[key];
    else fmt[key] = value;
  };
  if (wholeCols(rect) || wholeRows(rect)) {
    const map = wholeCols(rect) ? sheet.colFormats : sheet.rowFormats;
    const [a, b] = wholeCols(rect) ? [rect.c0, rect.c1] : [rect.r0, rect.r1];
    for (let i = a; i <= b; i++) {
      const fmt = map.get(i) ?? {};
      apply(fmt);
      map.set(i, fmt);
    }
    // Cells that carry their own format take the new value too.
    sheet.rows.forEach((row, r) => {
      if (r < rect.r0 || r > rect.r1) return;
      row.forEach((cell, c) => {
        if (cell?.fmt && c >= rect.c0 && c <= rect.c1) apply(cell.fmt);
      });
    });
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++) {
      const cell = sheet.ensure(r, c);
      cell.fmt ??= {};
      apply(cell.fmt);
    }
}

function checkColor(v: unknown, where: string): string {
  if (typeof v !== 'string' || !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(v)) throw invalidArgument(where, 'color');
  return v.startsWith('#') ? v.toUpperCase() : v;
}

/** A proxy over one format key set of a range. */
abstract class FormatPart extends SimObject<RangeEntity> {
  protected abstract readonly _keys: Record<string, keyof CellFormat>;
  protected get _scalars(): readonly string[] {
    return Object.keys(this._keys);
  }
  protected _read(e: RangeEntity, prop: string): unknown {
    return readUniform(e.sheet, e.rect, this._keys[prop]!);
  }
  protected override _write(e: RangeEntity, prop: string, value: unknown): void {
    const key = this._keys[prop]!;
    const where = `${this.constructor.name}.${prop}`;
    let v: unknown = value;
    if (key === 'fill' || key === 'fontColor') v = checkColor(value, where);
    else if (['bold', 'italic', 'wrapText', 'locked'].includes(key) && typeof value !== 'boolean') throw invalidArgument(where);
    writeFormat(e.sheet, e.rect, key, v as never);
  }
}

export class RangeFillProxy extends FormatPart {
  protected readonly _keys = { color: 'fill' } as const;
  declare color: string;
  clear(): void {
    this._call('clear', [], (e) => writeFormat(e.sheet, e.rect, 'fill', undefined));
  }
}
defineProps(RangeFillProxy, ['color']);

export class RangeFontProxy extends FormatPart {
  protected readonly _keys = { bold: 'bold', italic: 'italic', color: 'fontColor', size: 'fontSize', name: 'fontName' } as const;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  declare name: string;
}
defineProps(RangeFontProxy, ['bold', 'italic', 'color', 'size', 'name']);

export class FormatProtectionProxy extends FormatPart {
  protected readonly _keys = { locked: 'locked' } as const;
  declare locked: boolean;
}
defineProps(FormatProtectionProxy, ['locked']);

const FORMAT_SCALARS = ['columnWidth', 'rowHeight', 'wrapText', 'horizontalAlignment', 'verticalAlignment'];

export class RangeFormatProxy extends SimObject<RangeEntity> {
  #fill?: RangeFillProxy;
  #font?: RangeFontProxy;
  #protection?: FormatProtectionProxy;
  #borders?: RangeBorderCollectionProxy;

  constructor(ctx: SimContext, resolver: () => RangeEntity | null) {
    super(ctx, resolver);
  }
  protected get _scalars(): readonly string[] {
    return FORMAT_SCALARS;
  }
  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    const nav: Record<string, SimObject<unknown>> = {
      fill: this.fill as SimObject<unknown>,
      font: this.font as SimObject<unknown>,
      protection: this.protection as SimObject<unknown>,
      borders: this.borders as unknown as SimObject<unknown>,
    };
    return nav[prop] as SimObject<unknown> | undefined;
  }
  protected _read(e: RangeEntity, prop: string): unknown {
    const { sheet, rect } = e;
    if (prop === 'columnWidth') {
      const w = sheet.colWidths.get(rect.c0) ?? DEFAULT_COLUMN_WIDTH;
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 1000); c++) if ((sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) !== w) return null;
      return w;
    }
    if (prop === 'rowHeight') {
      const h = sheet.rowHeights.get(rect.r0) ?? DEFAULT_ROW_HEIGHT;
      for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100_000); r++) if ((sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT) !== h) return null;
      return h;
    }
    return readUniform(sheet, rect, prop as keyof CellFormat);
  }
  protected override _write(e: RangeEntity, prop: string, value: unknown): void {
    const { sheet, rect } = e;
    const where = `RangeFormat.${prop}`;
    if (prop === 'columnWidth' || prop === 'rowHeight') {
      if (typeof value !== 'number' || value < 0) throw invalidArgument(where);
      if (prop === 'columnWidth') for (let c = rect.c0; c <= rect.c1; c++) sheet.colWidths.set(c, value);
      else for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100_000); r++) sheet.rowHeights.set(r, value);
      return;
    }
    if (prop === 'wrapText' && typeof value !== 'boolean') throw invalidArgument(where);
    if (prop !== 'wrapText' && typeof value !== 'string') throw invalidArgument(where);
    writeFormat(sheet, rect, prop as keyof CellFormat, value as never);
  }

  declare columnWidth: number;
  declare rowHeight: number;
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;

  get fill(): RangeFillProxy {
    return (this.#fill ??= new RangeFillProxy(this._ctx, () => this._resolve()));
  }
  get font(): RangeFontProxy {
    return (this.#font ??= new RangeFontProxy(this._ctx, () => this._resolve()));
  }
  get borders(): RangeBorderCollectionProxy {
    return (this.#borders ??= new RangeBorderCollectionProxy(this._ctx, () => this._resolve()));
  }
  get protection(): FormatProtectionProxy {
    return (this.#protection ??= new FormatProtectionProxy(this._ctx, () => this._resolve()));
  }

  /** Widths from the longest displayed text (full-width characters count double), at least Excel's default. */
  autofitColumns(): void {
    this._call('autofitColumns', [], ({ sheet, rect }) => {
      const wb = this._ctx.host.wb;
      const used = sheet.usedRect(true);
      if (!used) return;
      const r0 = Math.max(rect.r0, used.r0);
      const r1 = Math.min(rect.r1, used.r1);
      for (let c = rect.c0; c <= Math.min(rect.c1, used.c1); c++) {
        let chars = 0;
        for (let r = r0; r <= r1; r++) {
          let n = 0;
          for (const ch of textOf(wb, sheet, r, c)) n += ch.charCodeAt(0) > 0xff ? 2 : 1;
          chars = Math.max(chars, n);
        }
        sheet.colWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, Math.round((chars * 7 + 10) * 0.75)));
      }
    });
  }

  autofitRows(): void {
    this._call('autofitRows', [], ({ sheet, rect }) => {
      for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100_000); r++) sheet.rowHeights.delete(r);
    });
  }
}
defineProps(RangeFormatProxy, FORMAT_SCALARS);
