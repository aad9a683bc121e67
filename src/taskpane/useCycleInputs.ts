import { useCallback, useMemo, useState } from 'react';
import { departmentList, listLines } from '../ledger/departments';
import { renderIssue } from '../i18n';
import type { Locale } from '../i18n';
import * as ops from './operations';
import type { Failure, ImportFile, PreviousYear } from './operations';
import { fill } from './i18n';
import type { UiCatalogue } from './i18n';

/** Last year's summary as picked: what 集計する compares with, and what the pane says about it. */
export interface PickedPreviousYear {
  readonly previous: PreviousYear;
  readonly departments: number;
}

/** A 課 of the list repeating an earlier one, with 1-based line numbers of the text. */
export interface ListDuplicateLine {
  readonly name: string;
  readonly line: number;
  readonly first: string;
  readonly firstLine: number;
}

/** Runs one pane action (usePane's runner): busy bar, one at a time, failures shown. */
export type RunAction = (body: () => Promise<Failure | { notice?: { intent: 'success' | 'info' | 'warning'; text: string } } | void>) => Promise<void>;

/**
 * The yearly cycle's inputs of 集計する (issue 12): the expected-department list — typed, pasted, or read from the
 * selected cells — and last year's summary, picked as a file. Both live only in this pane's memory for the session
 * (SPEC §11: nothing in browser storage); closing the pane forgets them.
 */
export function useCycleInputs(t: UiCatalogue, locale: Locale, run: RunAction) {
  const [listText, setListText] = useState('');
  const [previous, setPrevious] = useState<PickedPreviousYear | null>(null);

  const list = useMemo(() => {
    const lines = listLines(listText);
    const parsed = departmentList(lines.map((l) => l.name));
    const duplicates: ListDuplicateLine[] = parsed.duplicates.map((d) => ({ name: d.name, line: lines[d.index]?.line ?? 0, first: d.first, firstLine: lines[d.firstIndex]?.line ?? 0 }));
    return { departments: parsed.departments, duplicates };
  }, [listText]);

  const readListFromSheet = useCallback(
    () =>
      run(async () => {
        const r = await ops.readDepartmentSheet();
        if (ops.isFailure(r)) return r;
        if (r.status === 'empty') return { notice: { intent: 'warning', text: fill(t['cycle.listEmpty'], { sheet: r.sheet }) } };
        setListText(r.names.join('\n'));
        const loaded = fill(t['cycle.listLoaded'], { sheet: r.sheet, address: r.address, count: r.names.length });
        return { notice: { intent: r.truncated ? 'warning' : 'success', text: r.truncated ? `${loaded} ${t['cycle.listTruncated']}` : loaded } };
      }),
    [run, t],
  );

  const pickPrevious = useCallback(
    (file: ImportFile) =>
      run(async () => {
        const r = await ops.readPreviousYear(file);
        if (r.status === 'unreadable') return { notice: { intent: 'warning', text: fill(t['cycle.previousUnreadable'], { file: r.file, reason: renderIssue(r.issue, locale) }) } };
        if (r.status === 'empty') return { notice: { intent: 'warning', text: fill(t['cycle.previousEmpty'], { file: r.file }) } };
        setPrevious({ previous: r.previous, departments: r.departments });
        const params = { file: file.name, departments: r.departments, assets: r.previous.assets.length };
        return { notice: { intent: 'success', text: fill(t[r.kind === 'summary' ? 'cycle.previousLoaded' : 'cycle.previousFromLedgers'], params) } };
      }),
    [run, t, locale],
  );

  /** What 集計する is given: the list when it names a 課, last year when picked. */
  const consolidateOptions = useCallback(
    (): { expectedDepartments?: string[]; previous?: PreviousYear } => ({
      ...(list.departments.length > 0 ? { expectedDepartments: [...list.departments] } : {}),
      ...(previous ? { previous: previous.previous } : {}),
    }),
    [list, previous],
  );

  return { listText, setListText, list, previous, pickPrevious, clearPrevious: () => setPrevious(null), readListFromSheet, consolidateOptions };
}

export type CycleInputs = ReturnType<typeof useCycleInputs>;
