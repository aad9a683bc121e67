/**
 * Range.conditionalFormats / RangeAreas.conditionalFormats (ExcelApi 1.9): the collection and ConditionalFormat
 * (type, *OrNullObject parts, getRange/getRanges, delete). A format added through a RangeAreas applies to all its
 * areas, as Excel's "Applies to" does.
 */
import type { Rect } from '../address';
import { intersects } from '../address';
import { generalException, invalidOperation } from '../errors';
import type { SimConditionalFormat, SimSheet } from '../model';
import { cfAreas, newId } from '../model';
import { SimObject, defineProps, defineReadonly, requireSet } from './base';
import { RangeAreasProxy } from './areas';
import { SimCollection } from './collection';
import { CfCustomProxy, CfKindProxy } from './conditionalFormatParts';
import { RangeProxy } from './range';

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
  /** The range it applies to (ExcelApi 1.6); InvalidOperation when it applies to several areas. */
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const e = this._resolve();
      if (e.areas && e.areas.length > 1) throw invalidOperation('ConditionalFormat.getRange', 'applies to several areas');
      return { sheet: sheetOf(this._ctx.host.wb.sheets, e), rect: e.rect };
    })._enqueueRequire(8);
  }
  /** Every area it applies to (ExcelApi 1.9). */
  getRanges(): RangeAreasProxy {
    return new RangeAreasProxy(this._ctx, () => {
      requireSet(this._ctx.host, 'ExcelApi', '1.9', 'ConditionalFormat.getRanges');
      const e = this._resolve();
      return { sheet: sheetOf(this._ctx.host.wb.sheets, e), rects: cfAreas(e) };
    })._enqueueRequire(9);
  }
  delete(): void {
    this._call('delete', [], (e) => {
      for (const s of this._ctx.host.wb.sheets) s.conditionalFormats = s.conditionalFormats.filter((x) => x !== e);
    });
  }
}
defineProps(ConditionalFormatProxy, ['stopIfTrue']);
defineReadonly(ConditionalFormatProxy, ['id', 'type', 'priority']);

/** What a collection hangs off: a range, or the areas of a RangeAreas. */
type CfOwner = { sheet: SimSheet; rect: Rect } | { sheet: SimSheet; rects: Rect[] };
const ownerRects = (o: CfOwner): Rect[] => ('rects' in o ? o.rects : [o.rect]);
const touches = (cf: SimConditionalFormat, o: CfOwner): boolean => cfAreas(cf).some((a) => ownerRects(o).some((r) => intersects(a, r)));
const sheetOf = (sheets: SimSheet[], cf: SimConditionalFormat): SimSheet => {
  const s = sheets.find((x) => x.conditionalFormats.includes(cf));
  if (!s) throw generalException('ConditionalFormat', 'deleted');
  return s;
};

export class ConditionalFormatCollectionProxy extends SimCollection<SimConditionalFormat, ConditionalFormatProxy> {
  protected _list(owner: object): SimConditionalFormat[] {
    const o = owner as CfOwner;
    return o.sheet.conditionalFormats.filter((cf) => touches(cf, o));
  }
  protected _make(cf: SimConditionalFormat): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, () => {
      if (cf.unreadable) throw generalException('ConditionalFormat', 'a rule Office.js cannot read');
      return cf;
    });
  }
  /** Adds a format of the given type (Custom, CellValue, ContainsText…) over the range or every area. */
  add(type: string): ConditionalFormatProxy {
    let created: SimConditionalFormat | null = null;
    this._call('add', [type], (owner) => {
      const o = owner as CfOwner;
      const rects = ownerRects(o).map((r) => ({ ...r }));
      created = { id: newId('CF00'), rect: rects[0]!, ...(rects.length > 1 ? { areas: rects } : {}), type, rule: {}, format: {}, stopIfTrue: false };
      o.sheet.conditionalFormats.push(created);
    });
    return new ConditionalFormatProxy(this._ctx, () => created);
  }
  clearAll(): void {
    this._call('clearAll', [], (owner) => {
      const o = owner as CfOwner;
      o.sheet.conditionalFormats = o.sheet.conditionalFormats.filter((cf) => !touches(cf, o));
    });
  }
}
