/**
 * Year-over-year comparison (前年度比較) of two consolidations: per 課, which assets were added, removed,
 * reclassified or had their 内容 changed, with counts and the change of the 群－レベル matrix.
 *
 * How assets are matched (within one 課 only; 課 names compared ignoring width and spaces):
 * - by 情報資産名 as the engine compares names (`nameKey`: NFKC, no spaces, lower case), so `ＰＣ 台帳` and
 *   `pc台帳` are the same asset; 内容 is compared the same way, so a changed space or width is no change;
 * - a name may legitimately occur more than once in a 課 (the same name on paper and on a system, SPEC §3). The
 *   occurrences of one name are paired in three passes, each in list order: first same 群, レベル and 内容
 *   (unchanged), then same 群 and レベル (内容 changed), then whatever is left, in order (reclassified — with
 *   `contentChanged` telling whether the 内容 changed too). Occurrences left over are added or removed;
 * - an asset without a name is matched like any other under the empty name;
 * - 番号 plays no part (a renumbered ledger is no change). An asset whose 群 or レベル is invalid counts as
 *   未分類 in the matrix, and as a class of its own (null) when pairing.
 */
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import { departmentKey } from './departments';
import { auditMatrix, matrixDifference } from './matrix';
import type { ClassMatrix } from './matrix';
import { nameKey } from './text';

/** An asset as both years' consolidations list it (a `Consolidation['assets']` entry qualifies). */
export interface ComparedAsset {
  readonly department: string;
  /** A number, or the text as typed when it was text (`007`). */
  readonly number: number | string | null;
  readonly name: string;
  readonly content: string;
  readonly group: string | null;
  readonly level: string | null;
  /** Where it is (this year's source cell); absent or null when not known (e.g. read from a summary). */
  readonly source?: { readonly file: string | null; readonly sheet: string; readonly cell: string } | null;
}

/** One pair of the same asset in both years. */
export interface AssetChange {
  readonly before: ComparedAsset;
  readonly after: ComparedAsset;
  /** 内容 differs (always true in `contentChanged`; for a reclassified asset, whether 内容 changed too). */
  readonly contentChanged: boolean;
}

export interface ChangeCounts {
  readonly added: number;
  readonly removed: number;
  readonly reclassified: number;
  readonly contentChanged: number;
  readonly unchanged: number;
}

export interface DepartmentChanges {
  /** This year's spelling, or last year's for a 課 that is gone. */
  readonly department: string;
  /** `continued`: assets in both years; `new`: assets only this year; `gone`: assets only last year (its ledger may be empty or missing). */
  readonly status: 'continued' | 'new' | 'gone';
  /** Number of assets last year and this year. */
  readonly before: number;
  readonly after: number;
  readonly counts: ChangeCounts;
  /** This year's matrix minus last year's, per category (with 未分類). */
  readonly matrix: ClassMatrix;
  /** In this year's order. */
  readonly added: readonly ComparedAsset[];
  /** In last year's order. */
  readonly removed: readonly ComparedAsset[];
  /** Same name, another 群 or レベル; in this year's order. */
  readonly reclassified: readonly AssetChange[];
  /** Same name, same 群 and レベル, another 内容; in this year's order. */
  readonly contentChanged: readonly AssetChange[];
}

export interface YearComparison {
  /** The matrix's categories: the pack's 群－レベル, then 未分類. */
  readonly categories: readonly string[];
  /** Every 課 of either year, sorted like the summary (ja collation). */
  readonly departments: readonly DepartmentChanges[];
  readonly totals: {
    readonly before: number;
    readonly after: number;
    readonly counts: ChangeCounts;
    /** This year's matrix minus last year's. */
    readonly matrix: ClassMatrix;
    /** Last year's and this year's matrix themselves (the change's two sides). */
    readonly matrixBefore: ClassMatrix;
    readonly matrixAfter: ClassMatrix;
  };
}

/**
 * Made on first use: building a Japanese collator costs tens of milliseconds, which every `ledger` process paid
 * at start-up when this module made it on load (only a comparison with last year's summary sorts with it).
 */
let collator: Intl.Collator | null = null;

interface Indexed {
  readonly asset: ComparedAsset;
  readonly index: number;
  readonly name: string;
  readonly content: string;
}

const sameClass = (a: ComparedAsset, b: ComparedAsset) => a.group === b.group && a.level === b.level;

function indexed(assets: readonly ComparedAsset[]): Indexed[] {
  return assets.map((asset, index) => ({ asset, index, name: nameKey(String(asset.name ?? '')), content: nameKey(String(asset.content ?? '')) }));
}

function byName(list: readonly Indexed[]): Map<string, Indexed[]> {
  const out = new Map<string, Indexed[]>();
  for (const x of list) {
    const l = out.get(x.name);
    if (l) l.push(x);
    else out.set(x.name, [x]);
  }
  return out;
}

/** Pair `after` with `before` (same name) in the three passes of the module comment. */
function pairName(before: Indexed[], after: Indexed[]) {
  const free = new Set(before);
  const pairs: { b: Indexed; a: Indexed }[] = [];
  const left: Indexed[] = [];
  const pass = (items: readonly Indexed[], accept: (b: Indexed, a: Indexed) => boolean, rest: Indexed[]) => {
    for (const a of items) {
      const b = [...free].find((x) => accept(x, a));
      if (b === undefined) rest.push(a);
      else {
        free.delete(b);
        pairs.push({ b, a });
      }
    }
  };
  const afterFirst: Indexed[] = [];
  pass(after, (b, a) => sameClass(b.asset, a.asset) && b.content === a.content, afterFirst);
  const afterSecond: Indexed[] = [];
  pass(afterFirst, (b, a) => sameClass(b.asset, a.asset), afterSecond);
  pass(afterSecond, () => true, left);
  return { pairs, added: left, removed: [...free] };
}

function compareDepartment(department: string, before: readonly ComparedAsset[], after: readonly ComparedAsset[], policy: PolicyPack): DepartmentChanges {
  const b = byName(indexed(before));
  const a = byName(indexed(after));
  const added: Indexed[] = [];
  const removed: Indexed[] = [];
  const reclassified: { change: AssetChange; index: number }[] = [];
  const contentChanged: { change: AssetChange; index: number }[] = [];
  let unchanged = 0;
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const r = pairName(b.get(name) ?? [], a.get(name) ?? []);
    // One by one: a spread passes one argument per item (a RangeError past about 125,000 of one name).
    for (const x of r.added) added.push(x);
    for (const x of r.removed) removed.push(x);
    for (const { b: x, a: y } of r.pairs) {
      const change: AssetChange = { before: x.asset, after: y.asset, contentChanged: x.content !== y.content };
      if (!sameClass(x.asset, y.asset)) reclassified.push({ change, index: y.index });
      else if (change.contentChanged) contentChanged.push({ change, index: y.index });
      else unchanged++;
    }
  }
  const byIndex = <T extends { index: number }>(list: T[]) => list.sort((p, q) => p.index - q.index);
  const counts: ChangeCounts = {
    added: added.length,
    removed: removed.length,
    reclassified: reclassified.length,
    contentChanged: contentChanged.length,
    unchanged,
  };
  return {
    department,
    status: before.length === 0 ? 'new' : after.length === 0 ? 'gone' : 'continued',
    before: before.length,
    after: after.length,
    counts,
    matrix: matrixDifference(auditMatrix(after, policy), auditMatrix(before, policy)),
    added: byIndex(added).map((x) => x.asset),
    removed: byIndex(removed).map((x) => x.asset),
    reclassified: byIndex(reclassified).map((x) => x.change),
    contentChanged: byIndex(contentChanged).map((x) => x.change),
  };
}

function assetsOf(input: { readonly assets: readonly ComparedAsset[] } | null | undefined): readonly ComparedAsset[] {
  const list: unknown = input && typeof input === 'object' ? input.assets : null;
  return Array.isArray(list) ? (list as unknown[]).filter((a): a is ComparedAsset => typeof a === 'object' && a !== null) : [];
}

/**
 * Compare this year's consolidation with last year's (each a `Consolidation`, or anything listing `assets` with
 * 課, 番号, 情報資産名, 内容, 群 and レベル). See the module comment for how assets are matched. Deterministic;
 * never throws on odd input.
 */
export function compareYears(
  current: { readonly assets: readonly ComparedAsset[] },
  previous: { readonly assets: readonly ComparedAsset[] },
  policy: PolicyPack = hanamaki,
): YearComparison {
  const groups = new Map<string, { department: string; before: ComparedAsset[]; after: ComparedAsset[] }>();
  const add = (a: ComparedAsset, side: 'before' | 'after') => {
    const name = String(a.department ?? '').trim();
    const key = departmentKey(name);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { department: name, before: [], after: [] }));
    if (side === 'after' && g.after.length === 0) g.department = name; // this year's spelling wins
    g[side].push(a);
  };
  for (const a of assetsOf(previous)) add(a, 'before');
  for (const a of assetsOf(current)) add(a, 'after');
  const departments = [...groups.values()]
    .map((g) => compareDepartment(g.department, g.before, g.after, policy))
    .sort((p, q) => (collator ??= new Intl.Collator('ja')).compare(p.department, q.department));
  const sum = (k: keyof ChangeCounts) => departments.reduce((s, d) => s + d.counts[k], 0);
  const before = assetsOf(previous);
  const after = assetsOf(current);
  const matrixBefore = auditMatrix(before, policy);
  const matrixAfter = auditMatrix(after, policy);
  return {
    categories: Object.keys(auditMatrix([], policy)),
    departments,
    totals: {
      before: before.length,
      after: after.length,
      counts: { added: sum('added'), removed: sum('removed'), reclassified: sum('reclassified'), contentChanged: sum('contentChanged'), unchanged: sum('unchanged') },
      matrix: matrixDifference(matrixAfter, matrixBefore),
      matrixBefore,
      matrixAfter,
    },
  };
}
