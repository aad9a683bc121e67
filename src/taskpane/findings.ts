import type { CheckResult, Issue, ReviewMark, SheetFindings } from './operations';

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

function counted(issues: readonly Issue[]): CheckResult['counts'] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/**
 * The findings with one sheet's replaced by a fresh recheck of that sheet — open and reviewed alike (a warning
 * whose mark lapsed is open, never also 確認済み), and the check result's rows and issues for that sheet (fixes and
 * marks work on the current rows). `held` are findings of the recheck not shown yet (the row being typed in).
 */
export function withSheetUpdate(findings: Findings | null, update: SheetFindings, held: readonly Issue[] = []): Findings | null {
  const onSheet = (i: Issue) => i.location.sheet === update.sheet && i.location.file === null;
  const open = [...update.issues, ...(findings?.open ?? []).filter((i) => !onSheet(i))];
  const reviewed = [...update.reviewed, ...(findings?.reviewed ?? []).filter((r) => !onSheet(r.issue))];
  if (!findings && open.length === 0 && reviewed.length === 0 && held.length === 0) return null;
  const base = findings?.result ?? emptyResult();
  const issues = [...update.issues, ...held, ...update.reviewed.map((r) => r.issue), ...base.issues.filter((i) => !onSheet(i))];
  const ledgers = [...base.ledgers.filter((l) => l.sheet !== update.sheet || l.file !== null), ...update.ledgers];
  return { open, reviewed, result: { ...base, ledgers, issues, counts: counted(issues) } };
}

/** Findings shown after all (the row they wait for was left). */
export function withReleased(findings: Findings | null, released: readonly Issue[]): Findings | null {
  if (released.length === 0) return findings;
  const base = findings ?? { open: [], reviewed: [], result: emptyResult() };
  return { ...base, open: [...released, ...base.open] };
}

const ROWS = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/;

/**
 * A row is judged for empty required cells when the user leaves it, as Excel validates a cell on leaving it —
 * not on its first typed cell (issue 10 item 14). While the last edit of a recheck lay in one row, that row's
 * REQUIRED_EMPTY findings wait; a paste over several rows is judged at once. 検証する shows everything.
 */
export function holdEditedRow(update: SheetFindings): { shown: Issue[]; held: Issue[] } {
  const m = update.lastEdited === undefined ? null : ROWS.exec(update.lastEdited);
  const row = m && (m[2] === undefined || m[2] === m[1]) ? Number(m[1]) : null;
  if (row === null) return { shown: [...update.issues], held: [] };
  const waits = (i: Issue) => i.code === 'REQUIRED_EMPTY' && ROWS.exec(i.location.cell ?? '')?.[1] === String(row);
  return { shown: update.issues.filter((i) => !waits(i)), held: update.issues.filter(waits) };
}
