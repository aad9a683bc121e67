/** Excel.Worksheet and Excel.WorksheetCollection. */
import type { Rect } from '../address';
import { MAX_COLS, MAX_ROWS, inBounds, parseAddress } from '../address';
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from '../errors';
import type { SimSheet, SimWorkbook } from '../model';
import type { SimContext } from './base';
import { SimObject, defineProps, jsonBytes, requireSet } from './base';
import { SimEventHandlers } from './events';
import { RangeProxy } from './range';
import { RangeAreasProxy } from './areas';
import { CustomPropertyCollectionProxy, FreezePanesProxy, PageLayoutProxy, WorksheetProtectionProxy } from './sheetParts';
import { ChartCollectionProxy } from './charts';
import { TableCollectionProxy } from './tables';
import { PageBreakCollectionProxy } from './pageBreaks';

/** The longest address getRanges takes here (see getRanges). */
export const MAX_RANGES_ADDRESS = 8192;

const WS_SCALARS = ['id', 'name', 'position', 'visibility', 'tabColor', 'showGridlines'];
const BAD_NAME = /[:\\/?*[\]]/;

/** Excel's rules for a sheet name; InvalidArgument otherwise, ItemAlreadyExists on a clash. */
export function checkSheetName(wb: SimWorkbook, name: unknown, self?: SimSheet): string {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument('Worksheet.name', String(name));
  const clash = wb.sheetByName(name);
  if (clash && clash !== self) throw itemAlreadyExists('Worksheet.name');
  return name;
}

export class WorksheetProxy extends SimObject<SimSheet> {
  #parts = new Map<string, unknown>();

  constructor(ctx: SimContext, resolver: () => SimSheet | null) {
    super(ctx, () => {
      const s = resolver();
      if (s?.deleted) throw itemNotFound('Worksheet');
      return s;
    });
  }

  /** A rect on this sheet from an address that may be qualified with this sheet's name. */
  static rectFor(sheet: SimSheet, address: string): Rect {
    const { sheet: name, rect } = parseAddress(address);
    if (name !== null && name.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument('Worksheet.getRange', address);
    return rect;
  }

  protected get _scalars(): readonly string[] {
    return WS_SCALARS;
  }
  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    const nav: Record<string, () => unknown> = {
      protection: () => this.protection,
      pageLayout: () => this.pageLayout,
      tables: () => this.tables,
      charts: () => this.charts,
      customProperties: () => this.customProperties,
    };
    return nav[prop]?.() as SimObject<unknown> | undefined;
  }
  protected _read(s: SimSheet, prop: string): unknown {
    const wb = this._ctx.host.wb;
    switch (prop) {
      case 'id':
        return s.id;
      case 'name':
        return s.name;
      case 'position':
        return wb.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
      case 'tabColor':
        return s.tabColor;
      default:
        return s.showGridlines;
    }
  }
  protected override _write(s: SimSheet, prop: string, value: unknown): void {
    const wb = this._ctx.host.wb;
    const where = `Worksheet.${prop}`;
    if (prop === 'name') s.name = checkSheetName(wb, value, s);
    else if (prop === 'position') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= wb.sheets.length) throw invalidArgument(where);
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.sheets.splice(value, 0, s);
    } else if (prop === 'visibility') {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') throw invalidArgument(where);
      if (value !== 'Visible' && !wb.sheets.some((o) => o !== s && o.visibility === 'Visible')) throw invalidOperation(where, 'last visible sheet');
      s.visibility = value;
    } else if (prop === 'tabColor') {
      if (typeof value !== 'string' || !/^(#[0-9A-Fa-f]{6})?$/.test(value)) throw invalidArgument(where);
      s.tabColor = value.toUpperCase();
    } else if (prop === 'showGridlines') {
      if (typeof value !== 'boolean') throw invalidArgument(where);
      s.showGridlines = value;
    } else super._write(s, prop, value);
  }

  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: string;
  declare tabColor: string;
  declare showGridlines: boolean;

  #part<T>(key: string, make: () => T): T {
    let p = this.#parts.get(key) as T | undefined;
    if (!p) {
      p = make();
      this.#parts.set(key, p);
    }
    return p;
  }
  get freezePanes(): FreezePanesProxy {
    return this.#part('freeze', () => new FreezePanesProxy(this._ctx, () => this._resolve()));
  }
  get protection(): WorksheetProtectionProxy {
    return this.#part('protection', () => new WorksheetProtectionProxy(this._ctx, () => this._resolve()));
  }
  get pageLayout(): PageLayoutProxy {
    return this.#part('pageLayout', () => new PageLayoutProxy(this._ctx, () => this._resolve()));
  }
  get customProperties(): CustomPropertyCollectionProxy {
    return this.#part('customProperties', () => new CustomPropertyCollectionProxy(this._ctx, () => this._resolve()));
  }
  get tables(): TableCollectionProxy {
    return this.#part('tables', () => new TableCollectionProxy(this._ctx, () => this._resolve()));
  }
  get charts(): ChartCollectionProxy {
    return this.#part('charts', () => new ChartCollectionProxy(this._ctx, () => this._resolve()));
  }
  get horizontalPageBreaks(): PageBreakCollectionProxy {
    return this.#part('pageBreaks', () => new PageBreakCollectionProxy(this._ctx, () => this._resolve()));
  }
  get onChanged(): SimEventHandlers {
    const events = this._ctx.host.events;
    return this.#part('onChanged', () => new SimEventHandlers(this._ctx, () => events.setFor(this._resolve().id)));
  }

  #range(name: string, fn: (s: SimSheet) => Rect | null, nullable = false, args: unknown[] = []): RangeProxy {
    const p = new RangeProxy(this._ctx, () => {
      const sheet = this._resolve();
      const rect = fn(sheet);
      if (rect === null && nullable) return null;
      if (rect === null || !inBounds(rect)) throw invalidArgument(`Worksheet.${name}`);
      return { sheet, rect };
    });
    const req = jsonBytes(args) + name.length;
    return nullable ? p._enqueueResolve(req) : p._enqueueRequire(req);
  }

  /** 'A1', 'A1:F10', 'A:A', '5:5', or this sheet's qualified form; no address = the whole sheet. */
  getRange(address?: string): RangeProxy {
    return this.#range('getRange', (s) => (address === undefined || address === '' ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } : WorksheetProxy.rectFor(s, address)), false, [address]);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.#range(
      'getRangeByIndexes',
      () => (rowCount < 1 || columnCount < 1 ? null : { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 }),
      false,
      [startRow, startColumn, rowCount, columnCount],
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return this.#range('getCell', () => ({ r0: row, c0: column, r1: row, c1: column }));
  }
  /**
   * Several ranges at once, "a string with comma-delimited range addresses" (ExcelApi 1.9,
   * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-multiple-ranges). A long address
   * fails with InvalidArgument: office-js #5198 reports failures from about 8,200 characters; we refuse over 8,192.
   */
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this._ctx, () => {
      requireSet(this._ctx.host, 'ExcelApi', '1.9', 'Worksheet.getRanges');
      const sheet = this._resolve();
      if (typeof address !== 'string' || address.length > MAX_RANGES_ADDRESS) throw invalidArgument('Worksheet.getRanges', `address of ${String(address).length} characters`);
      const rects = address.split(/[,;]/).map((a) => WorksheetProxy.rectFor(sheet, a.trim()));
      return { sheet, rects };
    })._enqueueRequire(jsonBytes([address]) + 9);
  }

  /** Excel returns A1 for a sheet with nothing in it. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.#range('getUsedRange', (s) => s.usedRect(valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.#range('getUsedRangeOrNullObject', (s) => s.usedRect(valuesOnly === true), true);
  }

  /**
   * Copies the sheet (ExcelApi 1.10) as 'Name (2)'. positionType 'None' (the default) puts the copy first, as
   * documented; 'Before'/'After' need relativeTo.
   */
  copy(positionType: 'None' | 'Before' | 'After' | 'Beginning' | 'End' = 'None', relativeTo?: WorksheetProxy): WorksheetProxy {
    let created: SimSheet | null = null;
    this._call('copy', [positionType], (s) => {
      requireSet(this._ctx.host, 'ExcelApi', '1.10', 'Worksheet.copy');
      const wb = this._ctx.host.wb;
      let name = s.name;
      for (let i = 2; wb.sheetByName(name); i++) {
        const suffix = ` (${i})`;
        name = s.name.slice(0, 31 - suffix.length) + suffix;
      }
      const copy = wb.cloneSheet(s, name);
      let at = positionType === 'End' ? wb.sheets.length : 0;
      if (positionType === 'Before' || positionType === 'After') {
        if (!relativeTo) throw invalidArgument('Worksheet.copy', 'relativeTo');
        at = wb.sheets.indexOf(relativeTo._resolve()) + (positionType === 'After' ? 1 : 0);
      }
      wb.sheets.splice(at, 0, copy);
      wb.noteAdded(copy);
      created = copy;
    });
    return new WorksheetProxy(this._ctx, () => created);
  }

  activate(): void {
    this._call('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw invalidOperation('Worksheet.activate', 'hidden sheet');
      this._ctx.host.wb.activeSheet = s;
      this._ctx.host.wb.selection = { sheet: s, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  delete(): void {
    this._call('delete', [], (s) => {
      const wb = this._ctx.host.wb;
      if (!wb.sheets.some((o) => o !== s && o.visibility === 'Visible')) throw invalidOperation('Worksheet.delete', 'last visible sheet');
      wb.removeSheet(s);
    });
  }
}
defineProps(WorksheetProxy, WS_SCALARS.filter((p) => p !== 'id'));
Object.defineProperty(WorksheetProxy.prototype, 'id', {
  get(this: { _get(p: string): unknown }) {
    return this._get('id');
  },
});
