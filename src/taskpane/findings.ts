import type { CheckResult, Issue, ReviewMark } from './operations';

/** What the last check found: open findings, reviewed keyword warnings (kept apart), and the check itself. */
export interface Findings {
  open: Issue[];
  reviewed: { issue: Issue; mark: ReviewMark }[];
  result: CheckResult;
}

/** A check result with nothing in it (findings that came from an import or an edit, before any check). */
export function emptyResult(): CheckResult {
  return { policy: { id: '', version: '' }, ledgers: [], issues: [], counts: { error: 0, warning: 0, info: 0 } };
}
