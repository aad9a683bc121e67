import type { CellValue } from '../../ledger/types';

/**
 * A copy of a cell's text that does not keep the part's XML alive. V8 makes a substring of 13 or more
 * characters a view into its parent string, so a single cell text sliced from a 90 MB worksheet would hold
 * all of it (as UTF-16, up to twice its size) for as long as the workbook lives. Flattening a concatenation
 * copies the characters; the slice that follows is a view into that copy only.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

/** `detach` for a cell value's texts (strings and rich-text runs); other values as they are. */
export function detachValue(v: CellValue): CellValue {
  if (typeof v === 'string') return detach(v);
  if (v !== null && typeof v === 'object' && v.kind === 'rich') return { kind: 'rich', runs: v.runs.map(detach) };
  return v;
}
