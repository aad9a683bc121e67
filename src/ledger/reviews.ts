/**
 * Review marks (SPEC §6): a keyword warning marked 確認済み is kept apart, never hidden, and the mark lapses
 * as soon as the row's content changes (its fingerprint no longer matches).
 */
import type { CheckResult } from './check';
import { RULES } from './rules';
import type { Asset, Issue, Ledger } from './types';

/** Codes a user may mark as reviewed: those of the keyword rules, which will sometimes be wrong. */
export const REVIEWABLE_CODES: readonly string[] = RULES.filter((r) => r.scope === 'sheet' && r.reviewable === true).map((r) => r.code);

export interface ReviewMark {
  sheet: string;
  row: number;
  code: string;
  fingerprint: string;
  reason: string;
  reviewedAt: string;
  /** Who reviewed it, as they typed their name (absent on marks made before names were recorded). */
  reviewer?: string;
}

function fnv(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** A stable hash of the row's content (every column's text, and a form sheet's 群－レベル). */
export function rowFingerprint(ledger: Ledger, asset: Asset): string {
  const keys = Object.keys(asset.text).sort() as (keyof Asset['text'])[];
  const content = JSON.stringify([ledger.group, ledger.level, ...keys.map((k) => [k, asset.text[k] ?? ''])]);
  return fnv(content, 0x811c9dc5) + fnv(content, 0x01234567);
}

function rowOf(cell: string | null): number | null {
  const m = cell === null ? null : /(\d+)$/.exec(cell);
  return m ? Number(m[1]) : null;
}

/**
 * Split the result's issues into open and reviewed ones; marks that no longer match an issue have lapsed.
 * `marks` are oldest first: a mark that matches nothing and was followed by a later mark on the same sheet, row
 * and code is history (its row was marked again for new content), not a lapse to report again and again.
 * A mark holds for the warning of its code on a row whose content still has the mark's fingerprint: first on the
 * row it was made on, else on another row of the same sheet with exactly that content (the table was sorted, or
 * rows were inserted above), each mark for one warning only. A changed row never keeps its mark.
 */
export function applyReviews(
  result: CheckResult,
  marks: readonly ReviewMark[],
): { open: Issue[]; reviewed: { issue: Issue; mark: ReviewMark }[]; lapsed: ReviewMark[] } {
  const sheets = new Map<string, { ledger: Ledger; rows: Map<number, Asset> | null }>();
  for (const l of result.ledgers) if (!sheets.has(l.sheet)) sheets.set(l.sheet, { ledger: l, rows: null });
  /** The reviewable issue's sheet, row and content fingerprint (null when the row is not an asset row). */
  const place = (issue: Issue): { sheet: string; row: number; fingerprint: string } | null => {
    const row = rowOf(issue.location.cell);
    const entry = issue.location.sheet !== null ? sheets.get(issue.location.sheet) : undefined;
    if (!entry || row === null || !REVIEWABLE_CODES.includes(issue.code)) return null;
    entry.rows ??= new Map(entry.ledger.assets.map((a) => [a.row, a]));
    const asset = entry.rows.get(row);
    return asset ? { sheet: entry.ledger.sheet, row, fingerprint: rowFingerprint(entry.ledger, asset) } : null;
  };
  const atRow = new Map<string, ReviewMark>();
  const byContent = new Map<string, ReviewMark[]>();
  for (const m of marks) {
    atRow.set(`${m.sheet}\u0000${m.row}\u0000${m.code}`, m);
    const key = `${m.sheet}\u0000${m.code}\u0000${m.fingerprint}`;
    byContent.set(key, [...(byContent.get(key) ?? []), m]);
  }
  const used = new Set<ReviewMark>();
  const found = new Map<Issue, ReviewMark>();
  const places = result.issues.map((issue) => ({ issue, at: place(issue) }));
  // Marks on their own row first, so that a moved row never takes a mark from a row that did not move.
  for (const { issue, at } of places) {
    const mark = at ? atRow.get(`${at.sheet}\u0000${at.row}\u0000${issue.code}`) : undefined;
    if (at && mark && mark.fingerprint === at.fingerprint && !used.has(mark)) {
      found.set(issue, mark);
      used.add(mark);
    }
  }
  for (const { issue, at } of places) {
    if (!at || found.has(issue)) continue;
    const mark = byContent.get(`${at.sheet}\u0000${issue.code}\u0000${at.fingerprint}`)?.find((m) => !used.has(m));
    if (mark) {
      found.set(issue, mark);
      used.add(mark);
    }
  }
  const open: Issue[] = [];
  const reviewed: { issue: Issue; mark: ReviewMark }[] = [];
  for (const issue of result.issues) {
    const mark = found.get(issue);
    if (mark) reviewed.push({ issue, mark });
    else open.push(issue);
  }
  const last = new Map<string, ReviewMark>();
  for (const m of marks) last.set(`${m.sheet}\u0000${m.row}\u0000${m.code}`, m);
  const superseded = (m: ReviewMark) => last.get(`${m.sheet}\u0000${m.row}\u0000${m.code}`) !== m;
  return { open, reviewed, lapsed: marks.filter((m) => !used.has(m) && !superseded(m)) };
}
