/** Excel.Range: values, formulas, number formats, text and navigation to other ranges. */
import type { Rect } from '../address';
import { MAX_COLS, MAX_ROWS, contains, inBounds, intersection, intersects, rectCols, rectRows } from '../address';
import { generalException, invalidArgument } from '../errors';
import type { Hyperlink } from '../model';
import type { ClearWhat } from '../rangeOps';
import { clearRect, mergeRect, shiftCells } from '../rangeOps';
import type { SimContext } from './base';
import { SimObject, defineProps, requireSet } from './base';
import type { RangeEntity } from './rangeData';
import { checkEditable, readRangeProp, writeRangeProp } from './rangeData';
import { ConditionalFormatCollectionProxy, DataValidationProxy } from './validation';
import { RangeFormatProxy } from './format';
import { WorksheetProxy } from './worksheet';
import { RangeAreasProxy } from './areas';
import { HIDDEN_PROPS, isHiddenProp, readHidden, writeHidden } from './hidden';

export { checkEditable } from './rangeData';
export type { RangeEntity } from './rangeData';

/** The most merged areas getMergedAreasOrNullObject returns (see there). */
export const MAX_MERGED_AREAS = 512;

const SCALARS = [
  'address', 'addressLocal', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'values', 'formulas',
  'formulasLocal', 'numberFormat', 'numberFormatLocal', 'valueTypes', 'text', 'isEntireColumn', 'isEntireRow', 'hyperlink',
  ...HIDDEN_PROPS,
] as const;

/** Excel.Range over a block of cells, resolved at sync (its rect is fixed once resolved). */
export class RangeProxy extends SimObject<RangeEntity> {
  #format?: RangeFormatProxy;
  #validation?: DataValidationProxy;
  #cf?: ConditionalFormatCollectionProxy;
  #worksheet?: WorksheetProxy;

  constructor(ctx: SimContext, resolver: () => RangeEntity | null) {
    super(ctx, resolver);
  }

  protected get _scalars(): readonly string[] {
    return SCALARS;
  }

  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    if (prop === 'format') return this.format as unknown as SimObject<unknown>;
    if (prop === 'dataValidation') return this.dataValidation as unknown as SimObject<unknown>;
    if (prop === 'worksheet') return this.worksheet as unknown as SimObject<unknown>;
    return undefined;
  }

  protected _read(e: RangeEntity, prop: string): unknown {
    if (isHiddenProp(prop)) return readHidden(e.sheet, e.rect, prop);
    return readRangeProp(this._ctx.host.wb, e, prop);
  }

  protected override _write(e: RangeEntity, prop: string, value: unknown): void {
    if (isHiddenProp(prop)) return writeHidden(e.sheet, e.rect, prop, value);
    if (!writeRangeProp(this._ctx.host.wb, e, prop, value)) super._write(e, prop, value);
  }

  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare formulasLocal: unknown[][];
  declare numberFormat: unknown[][];
  declare numberFormatLocal: unknown[][];
  declare readonly valueTypes: string[][];
  declare readonly text: string[][];
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  declare hyperlink: Hyperlink | null;
  declare columnHidden: boolean;
  declare rowHidden: boolean;

  get format(): RangeFormatProxy {
    return (this.#format ??= new RangeFormatProxy(this._ctx, () => this._resolve()));
  }
  get dataValidation(): DataValidationProxy {
    return (this.#validation ??= new DataValidationProxy(this._ctx, () => this._resolve()));
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this.#cf ??= new ConditionalFormatCollectionProxy(this._ctx, () => this._resolve()));
  }
  get worksheet(): WorksheetProxy {
    return (this.#worksheet ??= new WorksheetProxy(this._ctx, () => this._resolve().sheet));
  }

  /** A range derived from this one at sync time; InvalidArgument when it falls off the sheet. */
  #derive(name: string, fn: (e: RangeEntity) => Rect | null, nullable = false): RangeProxy {
    const p = new RangeProxy(this._ctx, () => {
      const e = this._resolve();
      const rect = fn(e);
      if (rect === null && nullable) return null;
      if (rect === null || !inBounds(rect)) throw invalidArgument(`Range.${name}`);
      return { sheet: e.sheet, rect };
    });
    return nullable ? p._enqueueResolve() : p._enqueueRequire();
  }

  getCell(row: number, column: number): RangeProxy {
    return this.#derive('getCell', ({ rect }) => ({ r0: rect.r0 + row, c0: rect.c0 + column, r1: rect.r0 + row, c1: rect.c0 + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.#derive('getOffsetRange', ({ rect }) => ({ r0: rect.r0 + rowOffset, c0: rect.c0 + columnOffset, r1: rect.r1 + rowOffset, c1: rect.c1 + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.#derive('getResizedRange', ({ rect }) => ({ ...rect, r1: rect.r1 + deltaRows, c1: rect.c1 + deltaColumns }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.#derive('getAbsoluteResizedRange', ({ rect }) => ({ ...rect, r1: rect.r0 + numRows - 1, c1: rect.c0 + numColumns - 1 }));
  }
  getRow(row: number): RangeProxy {
    return this.#derive('getRow', ({ rect }) => (row < rectRows(rect) ? { ...rect, r0: rect.r0 + row, r1: rect.r0 + row } : null));
  }
  getColumn(column: number): RangeProxy {
    return this.#derive('getColumn', ({ rect }) => (column < rectCols(rect) ? { ...rect, c0: rect.c0 + column, c1: rect.c0 + column } : null));
  }
  getEntireRow(): RangeProxy {
    return this.#derive('getEntireRow', ({ rect }) => ({ ...rect, c0: 0, c1: MAX_COLS - 1 }));
  }
  getEntireColumn(): RangeProxy {
    return this.#derive('getEntireColumn', ({ rect }) => ({ ...rect, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getRowsBelow(count = 1): RangeProxy {
    return this.#derive('getRowsBelow', ({ rect }) => ({ ...rect, r0: rect.r1 + 1, r1: rect.r1 + count }));
  }
  getRowsAbove(count = 1): RangeProxy {
    return this.#derive('getRowsAbove', ({ rect }) => ({ ...rect, r0: rect.r0 - count, r1: rect.r0 - 1 }));
  }
  getColumnsAfter(count = 1): RangeProxy {
    return this.#derive('getColumnsAfter', ({ rect }) => ({ ...rect, c0: rect.c1 + 1, c1: rect.c1 + count }));
  }
  getColumnsBefore(count = 1): RangeProxy {
    return this.#derive('getColumnsBefore', ({ rect }) => ({ ...rect, c0: rect.c0 - count, c1: rect.c0 - 1 }));
  }
  getLastRow(): RangeProxy {
    return this.#derive('getLastRow', ({ rect }) => ({ ...rect, r0: rect.r1 }));
  }
  getLastColumn(): RangeProxy {
    return this.#derive('getLastColumn', ({ rect }) => ({ ...rect, c0: rect.c1 }));
  }
  getLastCell(): RangeProxy {
    return this.#derive('getLastCell', ({ rect }) => ({ ...rect, r0: rect.r1, c0: rect.c1 }));
  }
  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    return this.#derive('getBoundingRect', (e) => {
      const o = otherRect(this._ctx, e, anotherRange);
      return { r0: Math.min(e.rect.r0, o.r0), c0: Math.min(e.rect.c0, o.c0), r1: Math.max(e.rect.r1, o.r1), c1: Math.max(e.rect.c1, o.c1) };
    });
  }
  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    return this.#derive('getIntersectionOrNullObject', (e) => intersection(e.rect, otherRect(this._ctx, e, anotherRange)), true);
  }
  getIntersection(anotherRange: RangeProxy | string): RangeProxy {
    return this.#derive('getIntersection', (e) => intersection(e.rect, otherRect(this._ctx, e, anotherRange)));
  }
  /** The used part of this range; for an unused range Excel returns its top-left cell. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.#derive('getUsedRange', ({ sheet, rect }) => {
      const used = sheet.usedRect(valuesOnly === true);
      return (used && intersection(used, rect)) ?? { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.#derive('getUsedRangeOrNullObject', ({ sheet, rect }) => {
      const used = sheet.usedRect(valuesOnly === true);
      return used && intersection(used, rect);
    }, true);
  }

  clear(applyTo: ClearWhat | `${Excel.ClearApplyTo}` = 'All'): void {
    this._call('clear', [applyTo], ({ sheet, rect }) => {
      if (!['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks'].includes(applyTo)) throw invalidArgument('Range.clear');
      checkEditable(sheet, rect, 'Range.clear');
      clearRect(sheet, rect, applyTo as ClearWhat);
      this._ctx.host.wb.noteChange(sheet, rect);
    });
  }

  delete(shift: 'Up' | 'Left' | `${Excel.DeleteShiftDirection}`): void {
    this._call('delete', [shift], ({ sheet, rect }) => {
      const tables = this._ctx.host.wb.tables.filter((t) => t.sheet === sheet);
      if (shift === 'Up') shiftCells(sheet, { ...rect, r1: MAX_ROWS - 1 }, 'rows', -rectRows(rect), tables);
      else if (shift === 'Left') shiftCells(sheet, { ...rect, c1: MAX_COLS - 1 }, 'cols', -rectCols(rect), tables);
      else throw invalidArgument('Range.delete');
      this._ctx.host.wb.noteChange(sheet, rect, shift === 'Up' ? 'RowDeleted' : 'ColumnDeleted');
    });
  }

  insert(shift: 'Down' | 'Right' | `${Excel.InsertShiftDirection}`): RangeProxy {
    this._call('insert', [shift], ({ sheet, rect }) => {
      const tables = this._ctx.host.wb.tables.filter((t) => t.sheet === sheet);
      if (shift === 'Down') shiftCells(sheet, { ...rect, r1: MAX_ROWS - 1 }, 'rows', rectRows(rect), tables);
      else if (shift === 'Right') shiftCells(sheet, { ...rect, c1: MAX_COLS - 1 }, 'cols', rectCols(rect), tables);
      else throw invalidArgument('Range.insert');
      this._ctx.host.wb.noteChange(sheet, rect, shift === 'Down' ? 'RowInserted' : 'ColumnInserted');
    });
    return this.#derive('insert', ({ rect }) => rect);
  }

  merge(across = false): void {
    this._call('merge', [across], ({ sheet, rect }) => {
      if (sheet.merges.some((m) => intersects(m, rect) && !contains(rect, m))) throw invalidArgument('Range.merge', 'overlaps a merged area');
      if (across) for (let r = rect.r0; r <= rect.r1; r++) mergeRect(sheet, { ...rect, r0: r, r1: r });
      else mergeRect(sheet, rect);
    });
  }

  /**
   * The merged areas touching this range, or a null object when there are none (ExcelApi 1.13). "Note that if the
   * merged areas count in this range is more than 512, then this method will fail to return the result"
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
   * the sync carrying it fails.
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this._ctx, () => {
      requireSet(this._ctx.host, 'ExcelApi', '1.13', 'Range.getMergedAreasOrNullObject');
      const { sheet, rect } = this._resolve();
      const rects = sheet.merges.filter((m) => intersects(m, rect));
      if (rects.length > MAX_MERGED_AREAS) throw generalException('Range.getMergedAreasOrNullObject', `${rects.length} merged areas (at most ${MAX_MERGED_AREAS})`);
      return rects.length === 0 ? null : { sheet, rects };
    })._enqueueResolve(26);
  }

  unmerge(): void {
    this._call('unmerge', [], ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  /** Records the selection (the preview grid shows it). */
  select(): void {
    this._call('select', [], ({ sheet, rect }) => {
      const wb = this._ctx.host.wb;
      wb.selection = { sheet, rect };
      wb.activeSheet = sheet;
    });
  }

  calculate(): void {
    this._call('calculate', [], () => undefined);
  }
}

function otherRect(ctx: SimContext, e: RangeEntity, other: RangeProxy | string): Rect {
  if (typeof other !== 'string') {
    const o = other._resolve();
    if (o.sheet !== e.sheet) throw invalidArgument('Range', 'ranges on different sheets');
    return o.rect;
  }
  void ctx;
  return WorksheetProxy.rectFor(e.sheet, other);
}

defineProps(RangeProxy, SCALARS);
