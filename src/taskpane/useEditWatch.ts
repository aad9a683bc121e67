import { useEffect, useRef } from 'react';
import * as ops from './operations';
import type { SheetFindings } from './operations';
import { emptyResult } from './findings';
import type { Findings } from './findings';

/** The open findings with one sheet's replaced by a fresh recheck of that sheet. */
export function withSheetUpdate(findings: Findings | null, update: SheetFindings): Findings | null {
  const others = (findings?.open ?? []).filter((i) => i.location.sheet !== update.sheet || i.location.file !== null);
  if (!findings && update.issues.length === 0) return null;
  return { open: [...update.issues, ...others], reviewed: findings?.reviewed ?? [], result: findings?.result ?? emptyResult() };
}

/**
 * While the pane is open inside Excel, edits — typed or pasted, which a list validation cannot stop — are
 * rechecked as they happen (SPEC §1.1): the edited sheet's findings replace its old ones, markers included.
 */
export function useEditWatch(enabled: boolean, findings: Findings | null, onChange: (findings: Findings | null) => void): void {
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });
  /** The findings as last rendered, for the edit watch's callback (it outlives renders). */
  const latest = useRef<Findings | null>(null);
  useEffect(() => {
    latest.current = findings;
  }, [findings]);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let watch: { stop(): Promise<void> } | null = null;
    const onFindings = (update: SheetFindings) => {
      const findings = withSheetUpdate(latest.current, update);
      latest.current = findings;
      changed.current(findings);
      // Refresh the in-sheet markers too (our own writes do not trigger another recheck).
      void ops.showFindings({ issues: findings?.open ?? [] });
    };
    void Promise.resolve(ops.watchLedgerEdits({ onFindings })).then((r) => {
      if (!r || ops.isFailure(r)) return; // no Excel (e.g. opened in a plain browser tab): nothing to watch
      if (stopped) void r.watch.stop();
      else watch = r.watch;
    });
    return () => {
      stopped = true;
      void watch?.stop();
    };
  }, [enabled]);
}
