/** A1 addresses from 0-based coordinates. */

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
