/** Excel.RangeAreas (ExcelApi 1.9): what Worksheet.getRanges and Range.getMergedAreasOrNullObject return. */
import type { Rect } from '../address';
import { qualified, rectCols, rectRows } from '../address';
import type { SimSheet } from '../model';
import { SimObject } from './base';
import { SimCollection } from './collection';
import type { RangeEntity } from './range';
import { RangeProxy } from './range';
import { ConditionalFormatCollectionProxy } from './conditionalFormats';

export interface AreasEntity {
  sheet: SimSheet;
  rects: Rect[];
}

const AREA_SCALARS = ['address', 'areaCount', 'cellCount'];

export class RangeCollectionProxy extends SimCollection<RangeEntity, RangeProxy> {
  protected _list(owner: object): RangeEntity[] {
    const a = owner as AreasEntity;
    return a.rects.map((rect) => ({ sheet: a.sheet, rect }));
  }
  protected _make(e: RangeEntity): RangeProxy {
    return new RangeProxy(this._ctx, () => e);
  }
}

export class RangeAreasProxy extends SimObject<AreasEntity> {
  #areas?: RangeCollectionProxy;
  #cf?: ConditionalFormatCollectionProxy;
  /** Conditional formats touching any area; `add` makes one format over all the areas. */
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this.#cf ??= new ConditionalFormatCollectionProxy(this._ctx, () => this._resolve()));
  }
  protected get _scalars(): readonly string[] {
    return AREA_SCALARS;
  }
  protected _read(e: AreasEntity, prop: string): unknown {
    // The documented form: "Sheet1!A1:B4, Sheet1!D1:D4".
    if (prop === 'address') return e.rects.map((r) => qualified(e.sheet.name, r)).join(', ');
    if (prop === 'areaCount') return e.rects.length;
    return e.rects.reduce((n, r) => n + rectRows(r) * rectCols(r), 0);
  }
  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    return prop === 'areas' ? (this.areas as unknown as SimObject<unknown>) : undefined;
  }
  declare readonly address: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
  get areas(): RangeCollectionProxy {
    return (this.#areas ??= new RangeCollectionProxy(this._ctx, () => this._resolve()));
  }
}
for (const p of AREA_SCALARS) {
  Object.defineProperty(RangeAreasProxy.prototype, p, {
    get(this: { _get(x: string): unknown }) {
      return this._get(p);
    },
  });
}
