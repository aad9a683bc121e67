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

/** Split the result's issues into open and reviewed ones; marks that no longer match an issue have lapsed. */
export function applyReviews(
  result: CheckResult,
  marks: readonly ReviewMark[],
): { open: Issue[]; reviewed: { issue: Issue; mark: ReviewMark }[]; lapsed: ReviewMark[] } {
  const ledgers = new Map<string, Ledger>();
  for (const l of result.ledgers) if (!ledgers.has(l.sheet)) ledgers.set(l.sheet, l);
  const byKey = new Map<string, ReviewMark>();
  for (const m of marks) byKey.set(`${m.sheet}\u0000${m.row}\u0000${m.code}`, m);
  const used = new Set<ReviewMark>();
  const open: Issue[] = [];
  const reviewed: { issue: Issue; mark: ReviewMark }[] = [];
  for (const issue of result.issues) {
    const row = rowOf(issue.location.cell);
    const mark = issue.location.sheet !== null && row !== null ? byKey.get(`${issue.location.sheet}\u0000${row}\u0000${issue.code}`) : undefined;
    const ledger = issue.location.sheet !== null ? ledgers.get(issue.location.sheet) : undefined;
    const asset = ledger?.assets.find((a) => a.row === row);
    if (mark && ledger && asset && REVIEWABLE_CODES.includes(issue.code) && rowFingerprint(ledger, asset) === mark.fingerprint) {
      reviewed.push({ issue, mark });
      used.add(mark);
    } else open.push(issue);
  }
  return { open, reviewed, lapsed: marks.filter((m) => !used.has(m)) };
}
