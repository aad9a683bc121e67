import { useCallback, useRef, useState } from 'react';
import * as ops from './operations';
import type { AuditResult, Failure, Fix, ImportFile, Issue, PreviousYear, Progress } from './operations';
import { useEditWatch } from './useEditWatch';
import { emptyResult } from './findings';
import type { Findings } from './findings';

export type { Findings };
import { fill } from './i18n';
import type { UiCatalogue } from './i18n';

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

const INITIAL: PaneState = {
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
function ended(s: PaneState, p: Partial<PaneState>): PaneState {
  return { ...s, ...p, busy: false, progress: null, outcome: p.notice || p.failure ? s.outcome + 1 : s.outcome };
}

/** A thrown error (a host quirk, a bug) shown like any Failure: never a crashed pane. */
function unexpected(error: unknown): Failure {
  return { status: 'failed', kind: 'unexpected', message: '', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** 「（うち確認済み N 件）」 after the warnings' count, or nothing when none is reviewed. */
function reviewedPart(t: UiCatalogue, count: number): string {
  return count > 0 ? fill(t['check.reviewed'], { count }) : '';
}

/**
 * The pane's state and the handlers of its actions; each handler is one user action, run one at a time.
 * While the pane is open (inside Excel), edits — typed or pasted — are rechecked as they happen (SPEC §1.1).
 */
export function usePane(t: UiCatalogue, watchEdits = true) {
  const [state, setState] = useState<PaneState>(INITIAL);
  const running = useRef(false);
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);
  useEditWatch(watchEdits, state.findings, (findings) => setState((s) => ({ ...s, findings })));

  /** Runs one action with the progress bar on; a Failure (returned or thrown) is shown instead of a notice. */
  const run = useCallback(
    async (body: () => Promise<Failure | Partial<PaneState> | void>) => {
      if (running.current) return;
      running.current = true;
      patch({ busy: true, progress: null, failure: null, notice: null });
      let outcome: Failure | Partial<PaneState> | void;
      try {
        outcome = await body();
      } catch (error) {
        outcome = unexpected(error);
      }
      running.current = false;
      const result: Partial<PaneState> = outcome && ops.isFailure(outcome) ? { failure: outcome } : (outcome ?? {});
      setState((s) => ended(s, result));
    },
    [patch],
  );

  /** Progress reports of the running operation (ignored once it has ended). */
  const onProgress = useCallback((progress: Progress) => setState((s) => (s.busy ? { ...s, progress } : s)), []);

  const check = useCallback(async (): Promise<Failure | Partial<PaneState>> => {
    const checked = await ops.checkWorkbook({ onProgress });
    if (ops.isFailure(checked)) return checked;
    const shown = await ops.showFindings({ issues: checked.open });
    if (ops.isFailure(shown)) return shown;
    // Counted over every finding, the 確認済み ones included and said as such (「警告 3 件（うち確認済み 2 件）」).
    const counts = checked.result.counts;
    // The engine's LEDGER_NOT_FOUND for the open workbook: say so plainly, never 「指摘はありません」.
    const noLedger = checked.open.some((i) => i.code === 'LEDGER_NOT_FOUND' && i.location.file === null);
    const text = noLedger
      ? t['check.noLedger']
      : checked.result.issues.length === 0
        ? t['check.clean']
        : fill(t['check.done'], { ...counts, reviewed: reviewedPart(t, checked.reviewed.length) });
    const lapsed = checked.lapsed.length > 0 ? ` ${fill(t['review.lapsed'], { count: checked.lapsed.length })}` : '';
    return {
      findings: { open: [...checked.open], reviewed: [...checked.reviewed], result: checked.result },
      notice: { intent: counts.error > 0 || noLedger ? 'warning' : 'success', text: text + lapsed },
    };
  }, [t, onProgress]);

  const handlers = {
    insertTemplate: (department: string, extended: boolean, protectStructure = false) =>
      run(async () => {
        if (department.trim() === '') return { departmentError: t['insert.departmentRequired'] };
        patch({ departmentError: null });
        const known = state.findings?.result.ledgers.map((l) => ({ sheet: l.sheet, department: l.department }));
        const r = await ops.insertTemplate({
          department,
          extended,
          ...(protectStructure ? { protectStructure } : {}),
          ...(known ? { knownLedgers: known } : {}),
        });
        if (ops.isFailure(r)) return r;
        if (r.status === 'invalid') return { departmentError: t['insert.departmentRequired'] };
        const key = r.status === 'inserted' ? 'insert.inserted' : 'insert.exists';
        return { notice: { intent: r.status === 'inserted' ? 'success' : 'info', text: fill(t[key], { sheet: r.sheet }) } };
      }),

    validate: () => run(check),

    importFiles: (files: ImportFile[], confirmReplace = false) =>
      run(async () => {
        const r = await ops.importWorkbooks({ files, confirmReplace, onProgress });
        if (ops.isFailure(r)) return r;
        const fileIssues = [...r.issues];
        if (r.status === 'needsConfirmation') return { pendingImport: { files, replacements: r.replacements.map((x) => x.sheet) } };
        const done = r.imported.length > 0 ? fill(t['import.done'], { count: r.imported.length }) : t['import.none'];
        // Say which files were read as CSV (and in which encoding) or OpenDocument, so a wrong guess shows.
        const readAs = (r.readAs ?? []).map((x) =>
          x.format === 'csv' ? fill(t['import.readAsCsv'], { file: x.file, encoding: x.encoding ?? '?' }) : fill(t['import.readAsOds'], { file: x.file }),
        );
        const text = readAs.length > 0 ? `${done} ${fill(t['import.readAs'], { files: readAs.join(t['list.separator']) })}` : done;
        const notice: Notice = { intent: r.imported.length > 0 && fileIssues.length === 0 ? 'success' : 'warning', text };
        // The findings shown are one consistent check: the workbook as it now is (imported sheets included), plus
        // this import's unreadable files and files without a ledger (FILE_UNREADABLE, LEDGER_NOT_FOUND) — never
        // an earlier import's, never stale rows beside fresh marks.
        let checked: Failure | Partial<PaneState>;
        try {
          checked = await check();
        } catch (error) {
          checked = unexpected(error);
        }
        if (ops.isFailure(checked)) {
          return { pendingImport: null, notice, failure: checked, findings: { open: fileIssues, reviewed: [], result: emptyResult() } };
        }
        const findings = checked.findings ?? null;
        return {
          pendingImport: null,
          notice,
          findings: findings ? { ...findings, open: [...fileIssues, ...findings.open] } : { open: fileIssues, reviewed: [], result: emptyResult() },
        };
      }),

    cancelImport: () => patch({ pendingImport: null }),

    /** The 課名 was changed: its message goes until the next try. */
    departmentEdited: () => patch({ departmentError: null }),

    /** 集計する; with a 課 list it writes 提出状況, with last year's summary 前年度比較 (useCycleInputs). */
    consolidate: (options: { expectedDepartments?: string[]; previous?: PreviousYear } = {}) =>
      run(async () => {
        const r = await ops.consolidateWorkbook({ ...options, onProgress });
        if (ops.isFailure(r)) return r;
        if (r.status === 'noLedger') return { notice: { intent: 'warning', text: t['consolidate.noLedger'] } };
        const lines = [fill(t['consolidate.done'], { sheet: r.sheet, departments: r.summary.rows.length, assets: r.summary.assets.length })];
        const missing = r.submission ? r.submission.rows.filter((x) => !x.submitted).length : 0;
        if (r.submission) lines.push(fill(t['consolidate.submission'], { submitted: r.submission.rows.length - missing, missing }));
        if (r.comparison) lines.push(fill(t['consolidate.comparison'], { ...r.comparison.totals.counts }));
        return { notice: { intent: missing > 0 ? 'warning' : 'success', text: lines.join(' ') } };
      }),

    upgradeForms: () =>
      run(async () => {
        const r = await ops.upgradeForms();
        if (ops.isFailure(r)) return r;
        const list = (items: readonly string[]) => items.join(t['list.separator']);
        const skipped = r.skipped.length > 0 ? [fill(t['upgrade.skipped'], { sheets: list(r.skipped) })] : [];
        if (r.status === 'none') return { notice: { intent: skipped.length > 0 ? 'warning' : 'info', text: [t['upgrade.none'], ...skipped].join(' ') } };
        const lines: string[] = [];
        let unclassified = 0;
        for (const c of r.created) {
          lines.push(fill(t['upgrade.created'], { department: c.department, sources: list(c.sources), sheet: c.sheet, rows: c.rows }));
          // Told, because a number the clerk knew an asset by may have changed.
          if (c.renumbered) lines.push(fill(t['upgrade.renumbered'], { sheet: c.sheet, rows: c.rows }));
          if (c.unclassified > 0) lines.push(fill(t['upgrade.unclassified'], { sheet: c.sheet, count: c.unclassified }));
          unclassified += c.unclassified;
        }
        for (const e of r.existing) lines.push(fill(t['upgrade.exists'], { department: e.department, sheet: e.sheet }));
        lines.push(...skipped);
        if (r.created.length > 0) lines.push(t['upgrade.kept']);
        const intent: Notice['intent'] = unclassified > 0 || skipped.length > 0 ? 'warning' : r.created.length > 0 ? 'success' : 'info';
        return { notice: { intent, text: lines.join(' ') } };
      }),

    exportForms: () =>
      run(async () => {
        const r = await ops.exportForms({ onProgress });
        if (ops.isFailure(r)) return r;
        if (r.status === 'noLedger') return { notice: { intent: 'warning', text: t['forms.noLedger'] } };
        if (r.status === 'empty') return { notice: { intent: 'warning', text: t['forms.empty'] } };
        const done = fill(t['forms.exported'], { sheet: r.sheet, forms: r.forms });
        if (r.unclassified === 0) return { notice: { intent: 'success', text: done } };
        return { notice: { intent: 'warning', text: `${done} ${fill(t['forms.unclassified'], { count: r.unclassified })}` } };
      }),

    audit: () =>
      run(async () => {
        const r = await ops.runAudit({ onProgress });
        if (ops.isFailure(r)) return r;
        const notice: Notice = { intent: 'success', text: fill(t['audit.done'], { sheet: r.sheet, ...r.result.counts, reviewed: reviewedPart(t, r.reviewed) }) };
        const audit: AuditComparison = { sheet: r.sheet, matrix: r.matrix, previous: r.previous };
        // The auditor reviews the findings in the pane too: check again to list them (reviewed ones apart).
        const listed = await check();
        return ops.isFailure(listed) ? { notice, failure: listed, audit } : { ...listed, notice, audit };
      }),

    clearMarkers: () =>
      run(async () => {
        const r = await ops.clearFindings();
        if (ops.isFailure(r)) return r;
        return { notice: { intent: 'info', text: t['findings.cleared'] } };
      }),

    select: (issue: Issue) =>
      run(async () => {
        const { sheet, cell, file } = issue.location;
        if (file !== null || sheet === null) return;
        const r = await ops.selectCell({ sheet, cell: cell ?? 'A1' });
        if (ops.isFailure(r)) return r;
        if (r.status === 'missing') return { notice: { intent: 'warning', text: t['findings.missing'] } };
      }),

    proposeFixes: () => {
      const result = state.findings?.result;
      const fixes = result ? ops.proposeFixes(result) : [];
      if (fixes.length === 0) setState((s) => ended(s, { notice: { intent: 'info', text: t['fixes.none'] } }));
      else patch({ proposedFixes: fixes, notice: null });
    },

    cancelFixes: () => patch({ proposedFixes: null }),

    applyFixes: () =>
      run(async () => {
        const fixes = state.proposedFixes ?? [];
        patch({ proposedFixes: null });
        const r = await ops.applyFixes({ fixes });
        if (ops.isFailure(r)) return r;
        // The skipped cells are told only when there are some (「0 件は…」 says nothing).
        const skipped = r.skipped.length > 0 ? ` ${fill(t['fixes.skipped'], { skipped: r.skipped.length })}` : '';
        const done = fill(t['fixes.done'], { applied: r.applied.length }) + skipped;
        const rechecked = await check();
        if (ops.isFailure(rechecked)) return { notice: { intent: 'success', text: done }, failure: rechecked };
        return { ...rechecked, notice: { intent: 'success', text: done } };
      }),

    markReviewed: (issue: Issue, reason: string, reviewer: string) =>
      run(async () => {
        const findings = state.findings;
        if (!findings) return;
        const r = await ops.markReviewed({ issue, reason, reviewer, result: findings.result });
        if (ops.isFailure(r)) return r;
        if (r.status === 'notReviewable') return { notice: { intent: 'warning', text: r.message } };
        return {
          notice: { intent: 'success', text: t['review.done'] },
          findings: { ...findings, open: findings.open.filter((i) => i !== issue), reviewed: [...findings.reviewed, { issue, mark: r.mark }] },
        };
      }),

    dismissFailure: () => patch({ failure: null }),

    /** A failure outside an operation (e.g. a picked file that cannot be read). */
    fail: (error: unknown) => patch({ failure: unexpected(error) }),

    /** Runs any other pane action the same way (busy bar, one at a time, failures shown): the cycle's inputs. */
    perform: run,
  };

  return { state, handlers };
}
