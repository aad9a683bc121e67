/** The task pane's state: what it shows besides its static sections, and how an action's outcome is applied. */
import type { AuditResult, Failure, Progress, Fix, ImportFile } from './operations';
import type { Findings } from './findings';

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: string;
}

/** Everything the pane shows besides its static sections. */
export interface PaneState {
  busy: boolean;
  /** How far the running operation is (files parsed, sheets read), when it can tell. */
  progress: Progress | null;
  notice: Notice | null;
  failure: Failure | null;
  findings: Findings | null;
  /** Fixes waiting for the user's confirmation (the dialog is open while non-null). */
  proposedFixes: Fix[] | null;
  /** An import waiting for confirmation to replace earlier imported copies. */
  pendingImport: { files: ImportFile[]; replacements: string[] } | null;
  /** Why 台帳を挿入 needs another 課名, shown under the field. */
  departmentError: string | null;
  /** Counts the actions that ended with a notice or a failure (the pane moves focus to the outcome on each). */
  outcome: number;
  /** The last audit's assets per 群－レベル and the previous record's, for the difference (issue 12). */
  audit: AuditComparison | null;
}

/** What the pane shows after 監査チェックを実行: this record's matrix beside the previous record's. */
export type AuditComparison = Pick<Extract<AuditResult, { status: 'audited' }>, 'sheet' | 'matrix' | 'previous'>;

export const INITIAL: PaneState = {
  busy: false,
  progress: null,
  notice: null,
  failure: null,
  findings: null,
  proposedFixes: null,
  pendingImport: null,
  departmentError: null,
  outcome: 0,
  audit: null,
};

/** The state after an action: its outcome applied, and the outcome counted when there is something to read. */
export function ended(s: PaneState, p: Partial<PaneState>): PaneState {
  return { ...s, ...p, busy: false, progress: null, outcome: p.notice || p.failure ? s.outcome + 1 : s.outcome };
}

/** A thrown error (a host quirk, a bug) shown like any Failure: never a crashed pane. */
export function unexpected(error: unknown): Failure {
  return { status: 'failed', kind: 'unexpected', message: '', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

