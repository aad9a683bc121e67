/**
 * Range borders: format.borders.getItem('EdgeBottom').style = 'Continuous'. Each cell keeps its own four sides;
 * a shared edge set on one cell is not mirrored on its neighbour (Excel resolves that on display).
 */
import type { Rect } from '../address';
import { invalidArgument } from '../errors';
import type { BorderLine, BorderSide, SimSheet } from '../model';
import { SimObject, defineProps } from './base';
import { SimCollection } from './collection';
import type { RangeEntity } from './range';

const INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
type BorderIndex = (typeof INDEXES)[number];
const STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const DEFAULT: BorderLine = { style: 'None', color: '#000000', weight: 'Thin' };

/** The cells and the side of each that a border index stands for. */
function targets(rect: Rect, index: BorderIndex): { rect: Rect; side: BorderSide }[] {
  switch (index) {
    case 'EdgeTop':
      return [{ rect: { ...rect, r1: rect.r0 }, side: 'top' }];
    case 'EdgeBottom':
      return [{ rect: { ...rect, r0: rect.r1 }, side: 'bottom' }];
    case 'EdgeLeft':
      return [{ rect: { ...rect, c1: rect.c0 }, side: 'left' }];
    case 'EdgeRight':
      return [{ rect: { ...rect, c0: rect.c1 }, side: 'right' }];
    case 'InsideHorizontal':
      return rect.r1 > rect.r0 ? [{ rect: { ...rect, r1: rect.r1 - 1 }, side: 'bottom' }] : [];
    case 'InsideVertical':
      return rect.c1 > rect.c0 ? [{ rect: { ...rect, c1: rect.c1 - 1 }, side: 'right' }] : [];
    case 'DiagonalDown':
      return [{ rect, side: 'diagonalDown' }];
    default:
      return [{ rect, side: 'diagonalUp' }];
  }
}

function each(sheet: SimSheet, rect: Rect, fn: (r: number, c: number) => boolean | void): void {
  const r1 = Math.min(rect.r1, rect.r0 + 100_000);
  for (let r = rect.r0; r <= r1; r++) for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 16_383); c++) if (fn(r, c) === false) return;
}

interface BorderEntity {
  range: RangeEntity;
  index: BorderIndex;
}

export class RangeBorderProxy extends SimObject<BorderEntity> {
  protected get _scalars(): readonly string[] {
    return ['sideIndex', 'style', 'color', 'weight'];
  }
  protected _read(e: BorderEntity, prop: string): unknown {
    if (prop === 'sideIndex') return e.index;
    const key = prop as keyof BorderLine;
    let value: string | null | undefined;
    for (const t of targets(e.range.rect, e.index)) {
      each(e.range.sheet, t.rect, (r, c) => {
        const v = (e.range.sheet.cell(r, c)?.fmt?.borders?.[t.side] ?? DEFAULT)[key];
        if (value === undefined) value = v;
        else if (value !== v) {
          value = null;
          return false;
        }
        return true;
      });
    }
    return value ?? (value === null ? null : DEFAULT[key]);
  }
  protected override _write(e: BorderEntity, prop: string, value: unknown): void {
    const where = `RangeBorder.${prop}`;
    if (prop === 'style' && !STYLES.includes(String(value))) throw invalidArgument(where);
    if (prop === 'weight' && !WEIGHTS.includes(String(value))) throw invalidArgument(where);
    if (prop === 'color' && (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value))) throw invalidArgument(where);
    const v = prop === 'color' ? String(value).toUpperCase() : String(value);
    for (const t of targets(e.range.rect, e.index)) {
      each(e.range.sheet, t.rect, (r, c) => {
        const cell = e.range.sheet.ensure(r, c);
        cell.fmt ??= {};
        cell.fmt.borders ??= {};
        const line = { ...(cell.fmt.borders[t.side] ?? DEFAULT), [prop]: v };
        if (line.style === 'None') delete cell.fmt.borders[t.side];
        else cell.fmt.borders[t.side] = line;
      });
    }
  }
  declare readonly sideIndex: string;
  declare style: string;
  declare color: string;
  declare weight: string;
}
defineProps(RangeBorderProxy, ['style', 'color', 'weight']);
Object.defineProperty(RangeBorderProxy.prototype, 'sideIndex', {
  get(this: { _get(p: string): unknown }) {
    return this._get('sideIndex');
  },
});

export class RangeBorderCollectionProxy extends SimCollection<BorderEntity, RangeBorderProxy> {
  protected _list(owner: object): BorderEntity[] {
    return INDEXES.slice(0, 6).map((index) => ({ range: owner as RangeEntity, index }));
  }
  protected _make(e: BorderEntity): RangeBorderProxy {
    return new RangeBorderProxy(this._ctx, () => e);
  }
  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this._ctx, () => {
      if (!INDEXES.includes(index as BorderIndex)) throw invalidArgument('RangeBorderCollection.getItem', index);
      return { range: this._resolve() as RangeEntity, index: index as BorderIndex };
    })._enqueueRequire();
  }
}
