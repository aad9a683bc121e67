/** A1 addresses from 0-based coordinates, and the address of an asset's cell. */
import type { Asset, ColumnKey, Ledger } from './types';

const letters: string[] = [];

/** 0-based column index → `A`, `B`, … `XFD`. */
export function columnLetter(col: number): string {
  const cached = letters[col];
  if (cached !== undefined) return cached;
  let n = Math.max(0, Math.floor(col)) + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (col >= 0 && col < 1024) letters[col] = s;
  return s;
}

/** 0-based (row, col) → `B7`. */
export function a1(row: number, col: number): string {
  return columnLetter(col) + String(row + 1);
}

/** A1 address of the cell of column `key` on an asset's row (the merge anchor when it is merged); undefined when the table has no such column. */
export function assetCell(columns: Ledger['columns'], asset: Pick<Asset, 'row' | 'anchors'>, key: ColumnKey): string | undefined {
  const col = columns[key];
  if (col === undefined) return undefined;
  return asset.anchors?.[key] ?? a1(asset.row - 1, col);
}
