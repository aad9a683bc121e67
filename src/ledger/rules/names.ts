/**
 * An index of 情報資産名 shared by the name rules (ASSET_NAME_DUPLICATE, CLASSIFICATION_CONFLICT): one map
 * operation per row for the whole check instead of several per rule, and only repeated names are kept.
 *
 * Occurrences are positions (numbers), not objects: names repeat across 課 (会議録, 職員名簿…), so a check of
 * 1,000 ledgers can hold half a million of them while the collection rules run, and an `{ sheet, asset }`
 * object each (plus its array slot) was about 50 bytes against 8 for a small integer in a packed array.
 */
import type { CollectedSheet } from '../reader';
import type { Asset } from '../types';

/** Excel's row limit: a row's index within its sheet always fits below it. A position is sheet × ROWS + row. */
const ROWS = 1_048_576;

/** Where a repeated name occurs: the sheet's index in the check × 2^20 + the asset's index in its ledger. */
export type Position = number;

/** The index in the check's sheets of an occurrence's sheet. */
export function sheetIndex(pos: Position): number {
  return Math.floor(pos / ROWS);
}

/** The sheet of an occurrence. */
export function sheetAt(sheets: readonly CollectedSheet[], pos: Position): CollectedSheet {
  return sheets[sheetIndex(pos)] as CollectedSheet;
}

/** The asset of an occurrence. */
export function assetAt(sheets: readonly CollectedSheet[], pos: Position): Asset {
  return sheetAt(sheets, pos).ledger.assets[pos % ROWS] as Asset;
}

const memo = new WeakMap<readonly CollectedSheet[], readonly (readonly Position[])[]>();

/**
 * Rows whose 情報資産名 key occurs more than once among classified rows (non-empty name, 群 and レベル known),
 * grouped by key, each group in sheet and row order (positions ascend). Computed once per check.
 */
export function repeatedNames(sheets: readonly CollectedSheet[]): readonly (readonly Position[])[] {
  const known = memo.get(sheets);
  if (known) return known;
  // Positions are numbers (sheet * ROWS + row), so the first pass allocates nothing per row.
  const seen = new Map<string, Position | Position[]>();
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
  const groups: Position[][] = [];
  for (const positions of seen.values()) if (typeof positions !== 'number') groups.push(positions);
  memo.set(sheets, groups);
  return groups;
}
