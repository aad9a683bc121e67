import { useCallback, useRef, useState } from 'react';
import * as ops from './operations';
import type { Failure, ImportFile, Issue, PreviousYear, Progress } from './operations';
import { useEditWatch } from './useEditWatch';
import { emptyResult } from './findings';
import type { Findings } from './findings';
import { fill } from './i18n';
import type { UiCatalogue } from './i18n';
import { checkNotice, consolidateNotice, formsNotice, importText, reviewedPart, upgradeNotice } from './paneNotices';
import { INITIAL, ended, unexpected } from './paneState';
import type { AuditComparison, Notice, PaneState } from './paneState';

export type { AuditComparison, Findings, Notice, PaneState };

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
    return { findings: { open: [...checked.open], reviewed: [...checked.reviewed], result: checked.result }, notice: checkNotice(t, checked) };
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
        const notice: Notice = { intent: r.imported.length > 0 && fileIssues.length === 0 ? 'success' : 'warning', text: importText(t, r) };
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
        return ops.isFailure(r) ? r : { notice: consolidateNotice(t, r) };
      }),

    upgradeForms: () =>
      run(async () => {
        const r = await ops.upgradeForms();
        return ops.isFailure(r) ? r : { notice: upgradeNotice(t, r) };
      }),

    exportForms: () =>
      run(async () => {
        const r = await ops.exportForms({ onProgress });
        return ops.isFailure(r) ? r : { notice: formsNotice(t, r) };
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
