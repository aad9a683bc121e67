/** Range.conditionalFormats: the collection and ConditionalFormat (type, *OrNullObject parts, delete). */
import { intersects } from '../address';
import type { SimConditionalFormat } from '../model';
import { newId } from '../model';
import { SimObject, defineProps, defineReadonly } from './base';
import { SimCollection } from './collection';
import { CfCustomProxy, CfKindProxy } from './conditionalFormatParts';
import type { RangeEntity } from './range';

const CF_SCALARS = ['id', 'type', 'priority', 'stopIfTrue'];

export class ConditionalFormatProxy extends SimObject<SimConditionalFormat> {
  #kind?: CfKindProxy;
  #custom?: CfCustomProxy;
  readonly #orNull = new Map<string, SimObject<SimConditionalFormat>>();
  protected get _scalars(): readonly string[] {
    return CF_SCALARS;
  }
  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    const nav: Record<string, () => unknown> = {
      custom: () => this.custom,
      cellValue: () => this.cellValue,
      textComparison: () => this.textComparison,
      customOrNullObject: () => this.customOrNullObject,
      cellValueOrNullObject: () => this.cellValueOrNullObject,
      textComparisonOrNullObject: () => this.textComparisonOrNullObject,
    };
    return nav[prop]?.() as SimObject<unknown> | undefined;
  }
  /** The typed part when this format is of that type, else a null object (ExcelApi 1.6). */
  #typed<T extends SimObject<SimConditionalFormat>>(type: string, make: (resolver: () => SimConditionalFormat | null) => T): T {
    let p = this.#orNull.get(type) as T | undefined;
    if (!p) {
      p = make(() => {
        const e = this._tryResolve();
        return e && e.type === type ? e : null;
      });
      this.#orNull.set(type, p);
    }
    return p;
  }
  get customOrNullObject(): CfCustomProxy {
    return this.#typed('Custom', (r) => new CfCustomProxy(this._ctx, r));
  }
  get cellValueOrNullObject(): CfKindProxy {
    return this.#typed('CellValue', (r) => new CfKindProxy(this._ctx, r));
  }
  get textComparisonOrNullObject(): CfKindProxy {
    return this.#typed('ContainsText', (r) => new CfKindProxy(this._ctx, r));
  }
  protected _read(e: SimConditionalFormat, prop: string): unknown {
    if (prop === 'priority') return 0;
    return prop === 'id' ? e.id : prop === 'type' ? e.type : e.stopIfTrue;
  }
  protected override _write(e: SimConditionalFormat, prop: string, value: unknown): void {
    if (prop !== 'stopIfTrue') super._write(e, prop, value);
    e.stopIfTrue = value === true;
  }
  declare readonly id: string;
  declare readonly type: string;
  declare readonly priority: number;
  declare stopIfTrue: boolean;
  #part(): CfKindProxy {
    return (this.#kind ??= new CfKindProxy(this._ctx, () => this._resolve()));
  }
  get custom(): CfCustomProxy {
    return (this.#custom ??= new CfCustomProxy(this._ctx, () => this._resolve()));
  }
  get cellValue(): CfKindProxy {
    return this.#part();
  }
  get textComparison(): CfKindProxy {
    return this.#part();
  }
  delete(): void {
    this._call('delete', [], (e) => {
      for (const s of this._ctx.host.wb.sheets) s.conditionalFormats = s.conditionalFormats.filter((x) => x !== e);
    });
  }
}
defineProps(ConditionalFormatProxy, ['stopIfTrue']);
defineReadonly(ConditionalFormatProxy, ['id', 'type', 'priority']);

export class ConditionalFormatCollectionProxy extends SimCollection<SimConditionalFormat, ConditionalFormatProxy> {
  protected _list(owner: object): SimConditionalFormat[] {
    const e = owner as RangeEntity;
    return e.sheet.conditionalFormats.filter((cf) => intersects(cf.rect, e.rect));
  }
  protected _make(cf: SimConditionalFormat): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, () => cf);
  }
  /** Adds a format of the given type (Custom, CellValue, ContainsText…) over the range. */
  add(type: string): ConditionalFormatProxy {
    let created: SimConditionalFormat | null = null;
    this._call('add', [type], (owner) => {
      const e = owner as RangeEntity;
      created = { id: newId('CF00'), rect: { ...e.rect }, type, rule: {}, format: {}, stopIfTrue: false };
      e.sheet.conditionalFormats.push(created);
    });
    return new ConditionalFormatProxy(this._ctx, () => created);
  }
  clearAll(): void {
    this._call('clearAll', [], (owner) => {
      const e = owner as RangeEntity;
      e.sheet.conditionalFormats = e.sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, e.rect));
    });
  }
}
