/**
 * 提出状況 — who has sent their ledger back — as a sheet of the summary (issue 12), from the engine's
 * `submissionStatus`, so the table says exactly what DEPARTMENT_NOT_SUBMITTED and LEDGER_STALE say:
 *   title; when it was made; the first day of the current 年度; the counts (submitted, not submitted, not updated
 *   this 年度); then one row per 課 of the list, in list order — 課, 提出済み/未提出, 更新日 (the oldest of its
 *   sheets; （なし） when one has none), whether that is in the current 年度, the file(s) and sheet(s) it came from —
 *   and apart, under a heading, the 課 that sent a ledger but are not on the list.
 * Rendered by the CLI (book-xml) and the add-in (src/excel/consolidate.ts) alike, through summary-layout.ts.
 */
import type { SubmissionRow, SubmissionStatus } from '../ledger/submission';
import { TOOL_SHEETS } from '../ledger/toolSheets';
import type { Locale } from '../i18n';
import { CYCLE_LABELS } from './cycle-labels';
import { SUMMARY_LABELS } from './summary-labels';
import type { LayoutCell, LayoutSheet } from './summary-layout';

/** 0-based row of the table's header (repeated on every printed page). */
export const SUBMISSION_HEADER = 7;

/** Several files or sheets of one 課, one per line (the column wraps). */
const lines = (items: readonly (string | null)[]): string | null => {
  const unique = [...new Set(items.filter((x): x is string => x !== null && x !== ''))];
  return unique.length > 0 ? unique.join('\n') : null;
};

/** The submission status as the summary's 提出状況 sheet. */
export function submissionSheet<L>(status: SubmissionStatus, generatedAt: string, locale: Locale): LayoutSheet<L> {
  const l = SUMMARY_LABELS[locale];
  const y = CYCLE_LABELS[locale];
  const submitted = status.rows.filter((r) => r.submitted).length;
  const notCurrent = status.rows.filter((r) => r.submitted && r.current === false).length;
  const line = (r: SubmissionRow): LayoutCell<L>[] => [
    r.department,
    r.submitted ? y.submitted : y.notSubmitted,
    r.submitted ? (r.updatedOn ?? y.noDate) : null,
    r.current === null ? null : r.current ? y.yes : y.no,
    lines(r.files),
    lines(r.ledgers.map((x) => x.sheet)),
  ];
  const rows: LayoutCell<L>[][] = [
    [y.submissionTitle],
    [l.madeAt, generatedAt],
    [y.yearStart, status.since],
    [y.submitted, submitted],
    [y.notSubmitted, status.rows.length - submitted],
    [y.notCurrent, notCurrent],
    [],
    [l.department, y.status, y.updatedOn, y.current, l.file, l.sheet],
    ...status.rows.map(line),
  ];
  const styles = new Map<number, 'title' | 'bold'>([
    [0, 'title'],
    [SUBMISSION_HEADER, 'bold'],
  ]);
  if (status.unlisted.length > 0) {
    rows.push([]);
    styles.set(rows.length, 'bold');
    rows.push([y.unlisted]);
    rows.push(...status.unlisted.map(line));
  }
  return {
    name: TOOL_SHEETS.submission,
    count: rows.length,
    row: (i) => rows[i] ?? [],
    widths: [22, 12, 12, 10, 36, 26],
    styles,
    freeze: { rows: SUBMISSION_HEADER + 1, cols: 1 },
    wrap: [4, 5],
    filter: null,
    print: { orientation: 'landscape', titleRow: SUBMISSION_HEADER },
  };
}
