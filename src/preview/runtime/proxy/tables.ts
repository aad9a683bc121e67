/** Excel tables: TableCollection (worksheet or workbook) and Table. Rows and columns are in ./tableParts. */
import type { Rect } from '../address';
import { A1Like, intersects, parseAddress, rectCols } from '../address';
import { valueOf, writeInput } from '../cells';
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from '../errors';
import type { SimSheet, SimTable, SimWorkbook } from '../model';
import { SimSheet as SheetClass, newId } from '../model';
import { shiftCells } from '../rangeOps';
import { SimObject, defineProps } from './base';
import { SimCollection } from './collection';
import type { RangeEntity } from './range';
import { RangeProxy, checkEditable } from './range';
import { TableColumnCollectionProxy, TableRowCollectionProxy, bodyRect } from './tableParts';
import { WorksheetProxy } from './worksheet';

// Charts used to live here; other modules import them from this path.
export { ChartCollectionProxy, ChartProxy } from './charts';

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

function checkTableName(wb: SimWorkbook, name: unknown, self?: SimTable): string {
  if (typeof name !== 'string' || name.length > 255 || !TABLE_NAME.test(name) || A1Like.test(name) || /^[rc]$/i.test(name))
    throw invalidArgument('Table.name', String(name));
  const lower = name.toLowerCase();
  if (wb.tables.some((t) => t !== self && t.name.toLowerCase() === lower) || wb.names.some((n) => n.name.toLowerCase() === lower))
    throw itemAlreadyExists('Table.name');
  return name;
}


/** Header texts, with Excel's Column1… for blanks and a numeric suffix for duplicates. */
function fixHeaders(wb: SimWorkbook, t: SimTable): void {
  const seen = new Set<string>();
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    let text = String(valueOf(wb, t.sheet, t.rect.r0, c));
    if (text === '') text = `Column${c - t.rect.c0 + 1}`;
    let candidate = text;
    for (let i = 2; seen.has(candidate.toLowerCase()); i++) candidate = `${text}${i}`;
    seen.add(candidate.toLowerCase());
    const cell = t.sheet.ensure(t.rect.r0, c);
    delete cell.f;
    cell.v = candidate;
  }
}

const TABLE_SCALARS = ['id', 'name', 'showHeaders', 'showTotals', 'style'];

export class TableProxy extends SimObject<SimTable> {
  #rows?: TableRowCollectionProxy;
  #columns?: TableColumnCollectionProxy;
  #worksheet?: WorksheetProxy;
  protected get _scalars(): readonly string[] {
    return TABLE_SCALARS;
  }
  protected _read(t: SimTable, prop: string): unknown {
    return (t as unknown as Record<string, unknown>)[prop];
  }
  protected override _write(t: SimTable, prop: string, value: unknown): void {
    const wb = this._ctx.host.wb;
    if (prop === 'name') t.name = checkTableName(wb, value, t);
    else if (prop === 'style') t.style = String(value);
    else if (prop === 'showTotals') t.showTotals = value === true;
    else if (prop === 'showHeaders') t.showHeaders = value !== false;
    else super._write(t, prop, value);
  }
  declare readonly id: string;
  declare name: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare style: string;

  #range(fn: (t: SimTable) => Rect | null): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const t = this._resolve();
      const rect = fn(t);
      if (!rect) throw itemNotFound('Table range');
      return { sheet: t.sheet, rect };
    })._enqueueRequire();
  }
  getRange(): RangeProxy {
    return this.#range((t) => t.rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.#range((t) => (t.showHeaders ? { ...t.rect, r1: t.rect.r0 } : null));
  }
  getDataBodyRange(): RangeProxy {
    return this.#range((t) => bodyRect(t));
  }
  get rows(): TableRowCollectionProxy {
    return (this.#rows ??= new TableRowCollectionProxy(this._ctx, () => this._resolve()));
  }
  get columns(): TableColumnCollectionProxy {
    return (this.#columns ??= new TableColumnCollectionProxy(this._ctx, () => this._resolve()));
  }
  get worksheet(): WorksheetProxy {
    return (this.#worksheet ??= new WorksheetProxy(this._ctx, () => this._resolve().sheet));
  }
  delete(): void {
    this._call('delete', [], (t) => {
      const wb = this._ctx.host.wb;
      wb.tables = wb.tables.filter((x) => x !== t);
      for (const cell of t.sheet.rows.slice(t.rect.r0, t.rect.r1 + 1)) cell?.splice(t.rect.c0, rectCols(t.rect), ...new Array(rectCols(t.rect)).fill(undefined));
    });
  }
  convertToRange(): RangeProxy {
    const r = this.getRange();
    this._call('convertToRange', [], (t) => {
      const wb = this._ctx.host.wb;
      wb.tables = wb.tables.filter((x) => x !== t);
    });
    return r;
  }
}
defineProps(TableProxy, TABLE_SCALARS.filter((p) => p !== 'id'));
Object.defineProperty(TableProxy.prototype, 'id', {
  get(this: { _get(p: string): unknown }) {
    return this._get('id');
  },
});

/** worksheet.tables (owner: a sheet) or workbook.tables (owner: the workbook). */
export class TableCollectionProxy extends SimCollection<SimTable, TableProxy> {
  protected _list(owner: object): SimTable[] {
    const wb = this._ctx.host.wb;
    return owner instanceof SheetClass ? wb.tables.filter((t) => t.sheet === owner) : wb.tables;
  }
  protected _make(t: SimTable): TableProxy {
    return new TableProxy(this._ctx, () => t);
  }
  #find(key: string): SimTable | null {
    const owner = this._resolve();
    return this._list(owner).find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key) ?? null;
  }
  getItem(key: string): TableProxy {
    return new TableProxy(this._ctx, () => {
      const t = this.#find(key);
      if (!t) throw itemNotFound(`TableCollection.getItem('${key}')`);
      return t;
    })._enqueueRequire();
  }
  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this._ctx, () => this.#find(key))._enqueueResolve();
  }
  getItemAt(index: number): TableProxy {
    return new TableProxy(this._ctx, () => {
      const t = this._list(this._resolve())[index];
      if (!t) throw invalidArgument('TableCollection.getItemAt');
      return t;
    })._enqueueRequire();
  }

  /**
   * Creates a table over `address`. With hasHeaders=false Excel generates a header row and shifts the data down;
   * a header-only range gets one empty data row, as Excel always keeps one.
   */
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let created: SimTable | null = null;
    this._call('add', [typeof address === 'string' ? address : '', hasHeaders], (owner) => {
      const wb = this._ctx.host.wb;
      let target: RangeEntity;
      if (typeof address === 'string') {
        const { sheet: name, rect } = parseAddress(address);
        const sheet: SimSheet | undefined = name !== null ? wb.sheetByName(name) : owner instanceof SheetClass ? owner : (wb.activeSheet ?? undefined);
        if (!sheet || (owner instanceof SheetClass && sheet !== owner)) throw invalidArgument('TableCollection.add', address);
        target = { sheet, rect };
      } else target = address._resolve();
      const { sheet } = target;
      const rect = { ...target.rect };
      if (wb.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) throw invalidOperation('TableCollection.add', 'overlaps a table');
      checkEditable(sheet, rect, 'TableCollection.add');
      let i = wb.tables.length + 1;
      while (wb.tables.some((t) => t.name === `Table${i}`)) i++;
      const t: SimTable = { id: String(i), name: `Table${i}`, sheet, rect, showHeaders: true, showTotals: false, style: 'TableStyleMedium2' };
      if (!hasHeaders) {
        shiftCells(sheet, { ...rect, r1: 1_048_575 }, 'rows', 1, wb.tables.filter((x) => x.sheet === sheet));
        rect.r1 += 1;
        for (let c = rect.c0; c <= rect.c1; c++) writeInput(sheet, rect.r0, c, '', 'TableCollection.add');
      } else if (rect.r0 === rect.r1) rect.r1 += 1;
      t.id = newId('7AB1');
      wb.tables.push(t);
      fixHeaders(wb, t);
      wb.noteChange(sheet, rect);
      created = t;
    });
    return new TableProxy(this._ctx, () => created);
  }
}
