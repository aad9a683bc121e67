/**
 * The number of assets per 群－レベル as a plain record — what 監査チェック keeps beside its counts so that two
 * records can be compared, and what the year-over-year comparison reports as the matrix's change. An asset
 * whose 群 or レベル is empty or invalid is counted under 未分類, so the record always adds up to the number
 * of assets.
 */
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import type { Ledger } from './types';

/** The key for assets without a valid 群 and レベル. */
export const UNCLASSIFIED = '未分類';

/** Assets per category: `A群－レベル1` … (the pack's 群 × レベル, in its order), then `未分類`. */
export type ClassMatrix = Record<string, number>;

/** What is counted: an asset's canonical 群 and レベル (null when empty or invalid). */
export interface Classified {
  readonly group: string | null;
  readonly level: string | null;
}

/** The pack's categories in order (`A群－レベル1`, `A群－レベル2`, `B群－レベル1`, `B群－レベル2`), then 未分類. */
export function matrixCategories(policy: PolicyPack = hanamaki): string[] {
  return [...policy.groups.flatMap((g) => policy.levels.map((l) => categoryName(g.code, l.code))), UNCLASSIFIED];
}

/** `A群－レベル1` (the dash of the 別記様式 title). */
export function categoryName(group: string, level: string): string {
  return `${group}－${level}`;
}

/** The category an asset is counted in: its 群－レベル when both are codes of the pack, else 未分類. */
export function categoryOf(asset: Classified, policy: PolicyPack = hanamaki): string {
  const { group, level } = asset;
  if (group === null || level === null) return UNCLASSIFIED;
  if (!policy.groups.some((g) => g.code === group) || !policy.levels.some((l) => l.code === level)) return UNCLASSIFIED;
  return categoryName(group, level);
}

/**
 * Count assets per category. Takes the assets themselves or a check's ledgers (a CheckResult or anything with
 * `ledgers`). Every category of the pack is present, with 0 when empty; the values add up to the number of
 * assets. Never throws on odd input (a non-object counts as 未分類).
 */
export function auditMatrix(input: readonly Classified[] | { readonly ledgers: readonly Ledger[] }, policy: PolicyPack = hanamaki): ClassMatrix {
  const assets: readonly Classified[] = Array.isArray(input)
    ? input
    : ((input as { ledgers?: readonly Ledger[] }).ledgers ?? []).flatMap((l) => (l && Array.isArray(l.assets) ? l.assets : []));
  const out: ClassMatrix = {};
  for (const c of matrixCategories(policy)) out[c] = 0;
  for (const a of assets) {
    const c = a && typeof a === 'object' ? categoryOf(a, policy) : UNCLASSIFIED;
    out[c] = (out[c] ?? 0) + 1;
  }
  return out;
}

/**
 * `after − before` per category, over the categories of both (those of `after` first, in its order; a key missing
 * on one side counts as 0, so a record of another pack or an older layout still compares). Zero changes are kept:
 * the result has one entry per category.
 */
export function matrixDifference(after: Readonly<ClassMatrix>, before: Readonly<ClassMatrix>): ClassMatrix {
  const out: ClassMatrix = {};
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  for (const key of new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])) {
    out[key] = num(after?.[key]) - num(before?.[key]);
  }
  return out;
}
