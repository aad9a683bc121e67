/**
 * An index of 情報資産名 shared by the name rules (ASSET_NAME_DUPLICATE, CLASSIFICATION_CONFLICT): one map
 * operation per row for the whole check instead of several per rule, and only repeated names are kept.
 */
import type { CollectedSheet } from '../reader';
import type { Asset } from '../types';

export interface Occurrence {
  readonly sheet: CollectedSheet;
  readonly asset: Asset;
}

/** Excel's row limit: a row's index within its sheet always fits below it. */
const ROWS = 1_048_576;

const memo = new WeakMap<readonly CollectedSheet[], readonly (readonly Occurrence[])[]>();

/**
 * Rows whose 情報資産名 key occurs more than once among classified rows (non-empty name, 群 and レベル known),
 * grouped by key, each group in sheet and row order. Computed once per check.
 */
export function repeatedNames(sheets: readonly CollectedSheet[]): readonly (readonly Occurrence[])[] {
  const known = memo.get(sheets);
  if (known) return known;
  // Positions are numbers (sheet * ROWS + row), so the first pass allocates nothing per row.
  const seen = new Map<string, number | number[]>();
  sheets.forEach((s, si) => {
    if (s.ledger.columns.name === undefined) return;
    s.ledger.assets.forEach((a, ri) => {
      if (a.nameKey === '' || a.group === null || a.level === null) return;
      const pos = si * ROWS + ri;
      const prev = seen.get(a.nameKey);
      if (prev === undefined) seen.set(a.nameKey, pos);
      else if (typeof prev === 'number') seen.set(a.nameKey, [prev, pos]);
      else prev.push(pos);
    });
  });
  const groups: Occurrence[][] = [];
  for (const positions of seen.values()) {
    if (typeof positions === 'number') continue;
    groups.push(
      positions.map((pos) => {
        const sheet = sheets[Math.floor(pos / ROWS)] as CollectedSheet;
        return { sheet, asset: sheet.ledger.assets[pos % ROWS] as Asset };
      }),
    );
  }
  memo.set(sheets, groups);
  return groups;
}
