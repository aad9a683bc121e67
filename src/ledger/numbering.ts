/**
 * 番号 for rows brought into a new ledger table (様式を台帳に変換, the hand-out's carried assets). SPEC §2 wants
 * them whole numbers ≥ 1, unique per sheet: they are kept when every one is valid and none repeats, otherwise
 * all of them become 1..n in row order — never a mix of kept and new numbers, which would read as kept.
 */
export function keepOrRenumber(numbers: readonly (number | null)[]): { numbers: number[]; renumbered: boolean } {
  const keep = numbers.every((n) => n !== null) && new Set(numbers).size === numbers.length;
  return { numbers: numbers.map((n, i) => (keep && n !== null ? n : i + 1)), renumbered: !keep };
}
