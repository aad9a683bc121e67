/** Table rows and columns, and the table geometry they share with ./tables. */
import type { Rect } from '../address';
import { rectCols } from '../address';
import { valueOf, writeInput } from '../cells';
import { invalidArgument, itemNotFound } from '../errors';
import type { SimTable, SimWorkbook } from '../model';
import { shiftCells } from '../rangeOps';
import { SimObject, defineProps } from './base';
import { SimCollection } from './collection';
import { RangeProxy } from './range';

/** The data body: everything below the header row. */
export const bodyRect = (t: SimTable): Rect => ({ ...t.rect, r0: t.rect.r0 + (t.showHeaders ? 1 : 0) });

/** Grows the table by n rows at body row `index` (end when null) and carries column validations along. */
function addRows(wb: SimWorkbook, t: SimTable, index: number | null, n: number): number {
  const body = bodyRect(t);
  const at = index === null ? t.rect.r1 + 1 : body.r0 + index;
  if (at < body.r0 || at > t.rect.r1 + 1) throw invalidArgument('TableRowCollection.add', 'index');
  const others = wb.tables.filter((o) => o.sheet === t.sheet && o !== t);
  const oldEnd = t.rect.r1;
  shiftCells(t.sheet, { r0: at, c0: t.rect.c0, r1: 1_048_575, c1: t.rect.c1 }, 'rows', n, [...others]);
  t.rect = { ...t.rect, r1: t.rect.r1 + n };
  if (at === oldEnd + 1) {
    // Appending: validations and conditional formats that covered the body's columns extend to the new rows.
    for (const x of [...t.sheet.validations, ...t.sheet.conditionalFormats]) {
      if (x.rect.r1 === oldEnd && x.rect.r0 >= t.rect.r0 && x.rect.c0 >= t.rect.c0 && x.rect.c1 <= t.rect.c1) x.rect = { ...x.rect, r1: oldEnd + n };
    }
  }
  return at;
}

class TableRowProxy extends SimObject<{ t: SimTable; index: number }> {
  protected get _scalars(): readonly string[] {
    return ['index', 'values'];
  }
  protected _read(e: { t: SimTable; index: number }, prop: string): unknown {
    if (prop === 'index') return e.index;
    const wb = this._ctx.host.wb;
    const r = bodyRect(e.t).r0 + e.index;
    const row: unknown[] = [];
    for (let c = e.t.rect.c0; c <= e.t.rect.c1; c++) row.push(valueOf(wb, e.t.sheet, r, c));
    return [row];
  }
  declare readonly index: number;
  declare readonly values: unknown[][];
}
defineProps(TableRowProxy, ['index', 'values']);

export class TableRowCollectionProxy extends SimCollection<{ t: SimTable; index: number }, TableRowProxy> {
  protected _list(owner: object): { t: SimTable; index: number }[] {
    const t = owner as SimTable;
    const body = bodyRect(t);
    return Array.from({ length: body.r1 - body.r0 + 1 }, (_, index) => ({ t, index }));
  }
  protected _make(e: { t: SimTable; index: number }): TableRowProxy {
    return new TableRowProxy(this._ctx, () => e);
  }
  /** Adds rows at `index` (end when null/undefined), writing `values` when given. */
  add(index?: number | null, values?: unknown[][]): TableRowProxy {
    let created: { t: SimTable; index: number } | null = null;
    this._call('add', [index ?? null, values ?? null], (owner) => {
      const t = owner as SimTable;
      const wb = this._ctx.host.wb;
      const cols = rectCols(t.rect);
      const rows = values ?? [new Array<unknown>(cols).fill('')];
      if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r) || r.length !== cols)) throw invalidArgument('TableRowCollection.add', 'values');
      const at = addRows(wb, t, index ?? null, rows.length);
      rows.forEach((row, i) => row.forEach((v, j) => writeInput(t.sheet, at + i, t.rect.c0 + j, v, 'TableRowCollection.add')));
      wb.noteChange(t.sheet, { r0: at, c0: t.rect.c0, r1: at + rows.length - 1, c1: t.rect.c1 });
      created = { t, index: at - bodyRect(t).r0 };
    });
    return new TableRowProxy(this._ctx, () => created);
  }
}

class TableColumnProxy extends SimObject<{ t: SimTable; index: number }> {
  protected get _scalars(): readonly string[] {
    return ['index', 'name'];
  }
  protected _read(e: { t: SimTable; index: number }, prop: string): unknown {
    if (prop === 'index') return e.index;
    return String(valueOf(this._ctx.host.wb, e.t.sheet, e.t.rect.r0, e.t.rect.c0 + e.index));
  }
  declare readonly index: number;
  declare readonly name: string;
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const { t, index } = this._resolve();
      const c = t.rect.c0 + index;
      return { sheet: t.sheet, rect: { ...bodyRect(t), c0: c, c1: c } };
    })._enqueueRequire();
  }
}
defineProps(TableColumnProxy, ['index', 'name']);

export class TableColumnCollectionProxy extends SimCollection<{ t: SimTable; index: number }, TableColumnProxy> {
  protected _list(owner: object): { t: SimTable; index: number }[] {
    const t = owner as SimTable;
    return Array.from({ length: rectCols(t.rect) }, (_, index) => ({ t, index }));
  }
  protected _make(e: { t: SimTable; index: number }): TableColumnProxy {
    return new TableColumnProxy(this._ctx, () => e);
  }
  #find(key: string | number): { t: SimTable; index: number } | null {
    const t = this._resolve() as SimTable;
    const list = this._list(t);
    if (typeof key === 'number') return list[key] ?? null;
    return list.find((e) => String(valueOf(this._ctx.host.wb, t.sheet, t.rect.r0, t.rect.c0 + e.index)) === key) ?? null;
  }
  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, () => {
      const e = this.#find(key);
      if (!e) throw itemNotFound(`TableColumnCollection.getItem('${key}')`);
      return e;
    })._enqueueRequire();
  }
  getItemOrNullObject(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, () => this.#find(key))._enqueueResolve();
  }
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, () => {
      const e = this.#find(index);
      if (!e) throw invalidArgument('TableColumnCollection.getItemAt');
      return e;
    })._enqueueRequire();
  }
}
