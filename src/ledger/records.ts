/**
 * Per-row records (`Asset.text`, `Asset.cells`) built as object literals for the usual column sets. Storing
 * properties under computed keys is several times slower in V8 than a literal of fixed shape, and a check
 * builds two such records per row: for 100,000 rows this is a visible part of the budget (SPEC §9).
 * Unusual column sets fall back to computed keys.
 */
import type { ColumnKey } from './types';

type Rec = Partial<Record<ColumnKey, string>>;
type Vals = readonly string[];

/** Canonical key order; builders take their values in this order. */
const ORDER: readonly ColumnKey[] = ['number', 'name', 'content', 'group', 'level', 'manager', 'medium', 'personalInfo', 'retention', 'remarks'];

const v = (vals: Vals, i: number) => vals[i] as string;

const SHAPES: ReadonlyMap<string, (vals: Vals) => Rec> = new Map<string, (vals: Vals) => Rec>([
  ['number,name,content', (x) => ({ number: v(x, 0), name: v(x, 1), content: v(x, 2) })],
  ['number,name,content,remarks', (x) => ({ number: v(x, 0), name: v(x, 1), content: v(x, 2), remarks: v(x, 3) })],
  ['number,name,content,group,level', (x) => ({ number: v(x, 0), name: v(x, 1), content: v(x, 2), group: v(x, 3), level: v(x, 4) })],
  [
    'number,name,content,group,level,remarks',
    (x) => ({ number: v(x, 0), name: v(x, 1), content: v(x, 2), group: v(x, 3), level: v(x, 4), remarks: v(x, 5) }),
  ],
  [
    ORDER.join(','),
    (x) => ({
      number: v(x, 0), name: v(x, 1), content: v(x, 2), group: v(x, 3), level: v(x, 4),
      manager: v(x, 5), medium: v(x, 6), personalInfo: v(x, 7), retention: v(x, 8), remarks: v(x, 9),
    }),
  ],
]);

export interface RecordPlan {
  /** The sheet's keys in the order the builder takes values. */
  readonly keys: readonly ColumnKey[];
  readonly build: (vals: Vals) => Rec;
}

/** How to build records for a sheet whose table has `keys`. */
export function recordPlan(keys: readonly ColumnKey[]): RecordPlan {
  const ordered = ORDER.filter((k) => keys.includes(k));
  const literal = ordered.length === keys.length ? SHAPES.get(ordered.join(',')) : undefined;
  if (literal) return { keys: ordered, build: literal };
  return {
    keys: [...keys],
    build: (vals) => {
      const rec: Rec = {};
      keys.forEach((k, i) => (rec[k] = v(vals, i)));
      return rec;
    },
  };
}
