import { useEffect, useRef } from 'react';
import * as ops from './operations';
import type { Issue, SheetFindings } from './operations';
import { holdEditedRow, withReleased, withSheetUpdate } from './findings';
import type { Findings } from './findings';

/**
 * While the pane is open inside Excel, edits — typed or pasted, which a list validation cannot stop — are
 * rechecked as they happen (SPEC §1.1): the edited sheet's findings replace its old ones (open and 確認済み),
 * markers included. Empty required cells of the row being typed in wait until the user leaves that row.
 */
export function useEditWatch(enabled: boolean, findings: Findings | null, onChange: (findings: Findings | null) => void): void {
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });
  /** The findings as last rendered, for the edit watch's callback (it outlives renders). */
  const latest = useRef<Findings | null>(null);
  /** Findings of the row being typed in, not shown yet. */
  const held = useRef<{ sheet: string; issues: Issue[] } | null>(null);
  useEffect(() => {
    // Findings from elsewhere (検証する, an import) are a whole check: nothing waits any more.
    if (findings !== latest.current) held.current = null;
    latest.current = findings;
  }, [findings]);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let watch: { stop(): Promise<void> } | null = null;
    const onFindings = (update: SheetFindings) => {
      const { shown, held: waiting } = holdEditedRow(update);
      let next = withSheetUpdate(latest.current, { ...update, issues: shown }, waiting);
      // An edit elsewhere: the row that was being typed in on another sheet has been left.
      if (held.current && held.current.sheet !== update.sheet) next = withReleased(next, held.current.issues);
      held.current = waiting.length > 0 ? { sheet: update.sheet, issues: waiting } : null;
      latest.current = next;
      changed.current(next);
      // Refresh the in-sheet markers too (our own writes do not trigger another recheck).
      void ops.showFindings({ issues: next?.open ?? [] });
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
