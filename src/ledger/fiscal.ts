/** The 年度 (fiscal year) a date falls in, and whether a ledger's 更新日 belongs to the current one (LEDGER_STALE). */

/** The first day (`YYYY-MM-01` of the pack's first month, April for hanamaki) of the 年度 that `today` falls in. */
export function fiscalYearStart(today: string, startMonth: number): string {
  const [y = 1970, m = 1] = today.split('-').map(Number);
  const month = Math.min(12, Math.max(1, Math.floor(startMonth)));
  const year = m >= month ? y : y - 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/**
 * Whether an 更新日 (`YYYY-MM-DD`, or null when missing or unreadable) is in the 年度 starting `since`: the one
 * test behind LEDGER_STALE and the submission status. A missing date is never current.
 */
export function isCurrentFiscalYear(updatedOn: string | null, since: string): boolean {
  return updatedOn !== null && updatedOn >= since;
}
