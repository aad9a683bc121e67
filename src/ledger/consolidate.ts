/** The 集計 model (SPEC §4) as data, rendered by both the CLI (exceljs) and the add-in (Office.js). */
import { assetCell } from './address';
import type { CheckResult } from './check';
import { departmentKey } from './departments';
import type { Asset, Ledger, PolicyRef } from './types';

export interface Consolidation {
  policy: PolicyRef;
  /** ISO timestamp passed in (deterministic tests). */
  generatedAt: string;
  /** `['A群－レベル1','A群－レベル2','B群－レベル1','B群－レベル2']`. */
  categories: string[];
  /**
   * Sorted by department (ja collation). `total` counts every asset; `unclassified` those whose 群 or レベル is
   * empty or invalid, so that the categories and `unclassified` always add up to `total`.
   */
  rows: { department: string; counts: number[]; unclassified: number; total: number; errors: number; warnings: number }[];
  totals: { counts: number[]; unclassified: number; total: number; errors: number; warnings: number };
  assets: {
    department: string;
    /** The 番号: a number for a number cell, text for a text cell (`0000022200` stays text); null when invalid. */
    number: number | string | null;
    name: string;
    content: string;
    group: string | null;
    level: string | null;
    source: { file: string | null; sheet: string; cell: string };
  }[];
}

/** One entry of `Consolidation.assets`. */
export type ConsolidatedAsset = Consolidation['assets'][number];

/** Department label for a ledger without any 課 (DEPARTMENT_MISSING). */
export const UNKNOWN_DEPARTMENT = '（課名なし）';

/** Made on first use: creating it loads ICU's collation data, which `ledger validate` never needs. */
let collator: Intl.Collator | null = null;

/** Each ledger's 課 as `consolidate` labels its row: the first spelling met of the same 課, in ledger order. */
function departmentLabels(ledgers: readonly Ledger[]): string[] {
  const labels = new Map<string, string>();
  return ledgers.map((ledger) => {
    const name = ledger.department ?? UNKNOWN_DEPARTMENT;
    const key = ledger.department === null ? '\u0000' : departmentKey(name);
    let department = labels.get(key);
    if (department === undefined) labels.set(key, (department = name));
    return department;
  });
}

/**
 * The entries of `Consolidation.assets`, one by one in ledger order, without holding them all: a writer that
 * streams the asset list (the CLI's summary of 1,000 files) uses this instead of `assets`.
 */
export function* consolidatedAssets(result: CheckResult): Generator<ConsolidatedAsset> {
  const at = consolidatedAssetAt(result);
  for (let i = 0, entry = at(0); entry !== undefined; entry = at(++i)) yield entry;
}

/**
 * Entry `index` of `Consolidation.assets` (undefined past the last), made from the ledgers when asked for: what
 * `consolidatedAssets` gives, by index. Fast when asked in order (an earlier index starts again from the first
 * ledger), without a generator's result object per entry.
 */
export function consolidatedAssetAt(result: CheckResult): (index: number) => ConsolidatedAsset | undefined {
  const ledgers = result.ledgers;
  const labels = departmentLabels(ledgers);
  let at = 0; // the ledger holding `start`
  let start = 0; // index of its first asset
  return (index) => {
    if (index < start) at = start = 0;
    for (let l = ledgers[at]; l !== undefined && index >= start + l.assets.length; l = ledgers[++at]) start += l.assets.length;
    const ledger = ledgers[at];
    const asset = ledger?.assets[index - start];
    return ledger === undefined || asset === undefined ? undefined : assetEntry(ledger, asset, labels[at] ?? '');
  };
}

function assetEntry(ledger: Ledger, a: Asset, department: string): ConsolidatedAsset {
  return {
    department,
    number: a.numberText ?? a.number,
    name: a.text.name ?? '',
    content: a.text.content ?? '',
    group: a.group,
    level: a.level,
    source: { file: ledger.file, sheet: ledger.sheet, cell: assetCell(ledger.columns, a, 'name') ?? assetCell(ledger.columns, a, 'number') ?? `A${a.row}` },
  };
}

/**
 * Build the summary from a check result. Sources are untouched; text stays text (the writers keep it so).
 * `assets: false` leaves `assets` empty, for a writer that takes them from `consolidatedAssets`.
 */
export function consolidate(result: CheckResult, options: { generatedAt: string; assets?: boolean }): Consolidation {
  const groupSet = new Set<string>();
  const levelSet = new Set<string>();
  for (const l of result.ledgers) {
    for (const a of l.assets) {
      if (a.group !== null) groupSet.add(a.group);
      if (a.level !== null) levelSet.add(a.level);
    }
  }
  // Categories come from the canonical values in use, completed to the usual A/B × 1/2 order.
  const gs = [...new Set(['A群', 'B群', ...[...groupSet].sort()])];
  const ls = [...new Set(['レベル1', 'レベル2', ...[...levelSet].sort()])];
  const categories = gs.flatMap((g) => ls.map((l) => `${g}－${l}`));
  // Category index by 群 then レベル: two map lookups per asset instead of building a key string.
  const indexOf = new Map(gs.map((g, gi) => [g, new Map(ls.map((l, li) => [l, gi * ls.length + li]))]));

  const rows = new Map<string, Consolidation['rows'][number]>();
  const rowFor = (department: string | null) => {
    const name = department ?? UNKNOWN_DEPARTMENT;
    const key = department === null ? '\u0000' : departmentKey(name);
    let row = rows.get(key);
    if (!row) {
      row = { department: name, counts: categories.map(() => 0), unclassified: 0, total: 0, errors: 0, warnings: 0 };
      rows.set(key, row);
    }
    return row;
  };
  const assets: Consolidation['assets'] = [];
  for (const ledger of result.ledgers) {
    const row = rowFor(ledger.department);
    for (const a of ledger.assets) {
      row.total++;
      const i = a.group !== null && a.level !== null ? indexOf.get(a.group)?.get(a.level) : undefined;
      if (i !== undefined) row.counts[i] = (row.counts[i] ?? 0) + 1;
      else row.unclassified++;
      if (options.assets !== false) assets.push(assetEntry(ledger, a, row.department));
    }
  }
  for (const issue of result.issues) {
    if (issue.severity !== 'error' && issue.severity !== 'warning') continue;
    if (issue.department === null && issue.location.sheet === null) continue;
    const row = rowFor(issue.department);
    if (issue.severity === 'error') row.errors++;
    else row.warnings++;
  }
  const compare = (collator ??= new Intl.Collator('ja')).compare;
  const sorted = [...rows.values()].sort((a, b) => compare(a.department, b.department));
  const totals = {
    counts: categories.map((_, i) => sorted.reduce((s, r) => s + (r.counts[i] ?? 0), 0)),
    unclassified: sorted.reduce((s, r) => s + r.unclassified, 0),
    total: sorted.reduce((s, r) => s + r.total, 0),
    errors: sorted.reduce((s, r) => s + r.errors, 0),
    warnings: sorted.reduce((s, r) => s + r.warnings, 0),
  };
  return { policy: { ...result.policy }, generatedAt: options.generatedAt, categories, rows: sorted, totals, assets };
}
