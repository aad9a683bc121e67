/** Charts: name, type, title and source range (placement is not modelled; charts are not saved to xlsx). */
import { parseAddress } from '../address';
import { invalidArgument, itemNotFound } from '../errors';
import type { SimChart, SimSheet } from '../model';
import { newId } from '../model';
import { SimObject, defineProps, defineReadonly } from './base';
import { SimCollection } from './collection';
import type { RangeProxy } from './range';

class ChartTitleProxy extends SimObject<SimChart> {
  protected get _scalars(): readonly string[] {
    return ['text', 'visible'];
  }
  protected _read(c: SimChart, prop: string): unknown {
    return prop === 'text' ? c.title : c.title !== '';
  }
  protected override _write(c: SimChart, prop: string, value: unknown): void {
    if (prop === 'text') c.title = String(value);
  }
  declare text: string;
  declare visible: boolean;
}
defineProps(ChartTitleProxy, ['text', 'visible']);

export class ChartProxy extends SimObject<SimChart> {
  #title?: ChartTitleProxy;
  protected get _scalars(): readonly string[] {
    return ['id', 'name', 'chartType'];
  }
  protected _read(c: SimChart, prop: string): unknown {
    return prop === 'id' ? c.id : prop === 'name' ? c.name : c.type;
  }
  protected override _write(c: SimChart, prop: string, value: unknown): void {
    if (prop === 'name') c.name = String(value);
    else if (prop === 'chartType') c.type = String(value);
    else super._write(c, prop, value);
  }
  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    return prop === 'title' ? (this.title as unknown as SimObject<unknown>) : undefined;
  }
  declare readonly id: string;
  declare name: string;
  declare chartType: string;
  get title(): ChartTitleProxy {
    return (this.#title ??= new ChartTitleProxy(this._ctx, () => this._resolve()));
  }
  /** Placement is not modelled; the call is accepted and checked for a valid address. */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._call('setPosition', [typeof startCell === 'string' ? startCell : '', typeof endCell === 'string' ? endCell : ''], () => {
      if (typeof startCell === 'string') parseAddress(startCell);
    });
  }
  delete(): void {
    this._call('delete', [], (c) => {
      for (const s of this._ctx.host.wb.sheets) s.charts = s.charts.filter((x) => x !== c);
    });
  }
}
defineProps(ChartProxy, ['name', 'chartType']);
defineReadonly(ChartProxy, ['id']);

export class ChartCollectionProxy extends SimCollection<SimChart, ChartProxy> {
  protected _list(owner: object): SimChart[] {
    return (owner as SimSheet).charts;
  }
  protected _make(c: SimChart): ChartProxy {
    return new ChartProxy(this._ctx, () => c);
  }
  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    let created: SimChart | null = null;
    this._call('add', [type, seriesBy], (owner) => {
      const sheet = owner as SimSheet;
      const src = sourceData._resolve();
      if (typeof type !== 'string' || type === '') throw invalidArgument('ChartCollection.add', 'type');
      created = { id: newId('C4A7'), name: `Chart ${sheet.charts.length + 1}`, type, title: '', source: src.rect, seriesBy };
      sheet.charts.push(created);
    });
    return new ChartProxy(this._ctx, () => created);
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(this._ctx, () => {
      const c = (this._resolve() as SimSheet).charts.find((x) => x.name === name);
      if (!c) throw itemNotFound(`ChartCollection.getItem('${name}')`);
      return c;
    })._enqueueRequire();
  }
  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this._ctx, () => (this._tryResolve() as SimSheet | null)?.charts.find((x) => x.name === name) ?? null)._enqueueResolve();
  }
}
