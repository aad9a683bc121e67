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

/** What the 更新日 of a ledger sheet is judged by: its own, or (a form sheet) its 課's latest. */
export interface DatedLedger {
  readonly file: string | null;
  readonly sheet: string;
  readonly department: string | null;
  readonly layout: 'template' | 'form';
  readonly updatedOn: string | null;
}

/** The key a sheet's 更新日 is shared under: its 課 (ignoring width and spaces), or the sheet itself without one. */
export function dateKey(l: DatedLedger, departmentKey: (name: string) => string): string {
  return l.department !== null ? `d\u0000${departmentKey(l.department)}` : `s\u0000${l.file ?? ''}\u0000${l.sheet}`;
}

/**
 * The 別記様式 form has no 更新日 cell and a 課 keeps up to four form sheets: a form sheet is as current as the latest
 * 更新日 on any sheet of its 課 (a date written above one form, or the 課's template ledger). A template ledger is
 * judged by its own. Returns, per ledger (by identity), the 更新日 it is judged by and the sheet that date is on
 * (the ledger itself when it has none) — LEDGER_STALE and the submission status both use this, so they agree.
 */
export function judgedDates<T extends DatedLedger>(
  ledgers: readonly T[],
  departmentKey: (name: string) => string,
): Map<T, { readonly updatedOn: string | null; readonly from: T }> {
  const latest = new Map<string, T>();
  for (const l of ledgers) {
    const key = dateKey(l, departmentKey);
    const seen = latest.get(key);
    if (seen === undefined || (l.updatedOn !== null && (seen.updatedOn === null || l.updatedOn > seen.updatedOn))) latest.set(key, l);
  }
  const out = new Map<T, { updatedOn: string | null; from: T }>();
  for (const l of ledgers) {
    if (l.layout !== 'form') {
      out.set(l, { updatedOn: l.updatedOn, from: l });
      continue;
    }
    const best = latest.get(dateKey(l, departmentKey)) ?? l;
    out.set(l, best.updatedOn === null ? { updatedOn: null, from: l } : { updatedOn: best.updatedOn, from: best });
  }
  return out;
}
