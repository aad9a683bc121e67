/**
 * 前年度比較 — what changed since last year — as two sheets of the summary (issue 12), from the engine's
 * `compareYears` (the same comparison as the CLI's JSON `changes`):
 *  前年度比較       — title, when, against which summary; one row per 課 (either year): 継続/新規/今年度なし, assets
 *                     last year and this year, added, removed, reclassified, 内容 changed, unchanged, and the change
 *                     per 群－レベル (with 未分類); a total row; below it, per 群－レベル last year, this year and the
 *                     change;
 *  前年度比較_明細  — every asset behind those counts: 課, the change, 番号, 情報資産名, 群－レベル and 内容 of both
 *                     years, and a link to this year's cell (last year's for a removed one read from its file).
 * The detail's header deliberately has no plain 群 / レベル / 内容 column: a summary is read back next year by
 * its asset list's header (summary-read.ts), and this list must never be taken for it.
 */
import type { ComparedAsset, DepartmentChanges, YearComparison } from '../ledger/compare';
import { UNCLASSIFIED, categoryOf } from '../ledger/matrix';
import { TOOL_SHEETS } from '../ledger/toolSheets';
import type { Locale } from '../i18n';
import { baseName } from './address';
import { CYCLE_LABELS } from './cycle-labels';
import { SUMMARY_LABELS } from './summary-labels';
import type { LayoutCell, LayoutSheet, MakeLink } from './summary-layout';

/** 0-based row of 前年度比較's per-課 header. */
export const COMPARISON_HEADER = 4;
/** Columns before the matrix change: 課, 状況, 前年度, 今年度, 追加, 削除, 分類変更, 内容変更, 変更なし. */
const FIXED_COLUMNS = 9;

/** What a comparison was made against, for the sheet's third line. */
export interface ComparisonInput {
  readonly comparison: YearComparison;
  /** The files or summary it was compared with, as the user named them. */
  readonly previous: readonly string[];
}

function categoryLabel(category: string, locale: Locale): string {
  return category === UNCLASSIFIED ? SUMMARY_LABELS[locale].unclassified : category;
}

/** 前年度比較: per 課 counts and the matrix's change, the totals, and both years' matrix below. */
export function comparisonSheet<L>(input: ComparisonInput, generatedAt: string, locale: Locale): LayoutSheet<L> {
  const l = SUMMARY_LABELS[locale];
  const y = CYCLE_LABELS[locale];
  const { comparison: c } = input;
  const status = { continued: y.continued, new: y.new, gone: y.gone } as const;
  const counts = (d: Pick<DepartmentChanges, 'counts' | 'matrix'> & { before: number; after: number }) => [
    d.before,
    d.after,
    d.counts.added,
    d.counts.removed,
    d.counts.reclassified,
    d.counts.contentChanged,
    d.counts.unchanged,
    ...c.categories.map((k) => d.matrix[k] ?? 0),
  ];
  const caption: LayoutCell<L>[] = Array.from({ length: FIXED_COLUMNS }, () => null);
  caption.push(y.matrixCaption);
  const rows: LayoutCell<L>[][] = [
    [y.comparisonTitle],
    [l.madeAt, generatedAt],
    [y.previous, input.previous.join('\n')],
    caption,
    [l.department, y.status, y.before, y.after, y.added, y.removed, y.reclassified, y.contentChanged, y.unchanged, ...c.categories.map((k) => categoryLabel(k, locale))],
    ...c.departments.map((d) => [d.department, status[d.status], ...counts(d)]),
  ];
  const total = rows.length;
  rows.push([l.grandTotal, null, ...counts(c.totals)]);
  rows.push([]);
  const block = rows.length;
  rows.push([y.category, y.before, y.after, y.change]);
  for (const k of c.categories) rows.push([categoryLabel(k, locale), c.totals.matrixBefore[k] ?? 0, c.totals.matrixAfter[k] ?? 0, c.totals.matrix[k] ?? 0]);
  rows.push([l.total, c.totals.before, c.totals.after, c.totals.after - c.totals.before]);
  return {
    name: TOOL_SHEETS.comparison,
    count: rows.length,
    row: (i) => rows[i] ?? [],
    widths: [22, 10, 8, 8, 7, 7, 9, 9, 9, ...c.categories.map(() => 13)],
    styles: new Map<number, 'title' | 'bold'>([
      [0, 'title'],
      [COMPARISON_HEADER, 'bold'],
      [total, 'bold'],
      [block, 'bold'],
    ]),
    freeze: { rows: COMPARISON_HEADER + 1, cols: 1 },
    wrap: [],
    filter: null,
    print: { orientation: 'landscape', titleRow: COMPARISON_HEADER },
  };
}

/** One line of the detail list. */
interface Change {
  readonly department: string;
  readonly kind: string;
  readonly before: ComparedAsset | null;
  readonly after: ComparedAsset | null;
}

function changesOf(c: YearComparison, locale: Locale): Change[] {
  const y = CYCLE_LABELS[locale];
  return c.departments.flatMap((d) => [
    ...d.added.map((a) => ({ department: d.department, kind: y.added, before: null, after: a })),
    ...d.removed.map((a) => ({ department: d.department, kind: y.removed, before: a, after: null })),
    ...d.reclassified.map((x) => ({ department: d.department, kind: x.contentChanged ? y.reclassifiedAndContent : y.reclassified, before: x.before, after: x.after })),
    ...d.contentChanged.map((x) => ({ department: d.department, kind: y.contentChanged, before: x.before, after: x.after })),
  ]);
}

/** 前年度比較_明細: every added, removed, reclassified and content-changed asset, per 課 in that order. */
export function changesSheet<L>(input: ComparisonInput, locale: Locale, link: MakeLink<L>): LayoutSheet<L> {
  const l = SUMMARY_LABELS[locale];
  const y = CYCLE_LABELS[locale];
  const changes = changesOf(input.comparison, locale);
  const header: LayoutCell<L>[] = [l.department, y.kind, l.number, l.name, y.beforeClass, y.afterClass, y.beforeContent, y.afterContent, l.source];
  const where = (a: ComparedAsset | null): LayoutCell<L> => {
    const s = a?.source;
    if (!s) return null;
    return link(s.file, s.sheet, s.cell, `${s.file !== null ? `${baseName(s.file)} ` : ''}${s.sheet}!${s.cell}`);
  };
  const row = (i: number): readonly LayoutCell<L>[] => {
    const x = changes[i - 1];
    if (i === 0 || x === undefined) return header;
    const shown = x.after ?? x.before;
    return [
      x.department,
      x.kind,
      shown?.number ?? null,
      shown?.name ?? '',
      x.before ? categoryLabel(categoryOf(x.before), locale) : null,
      x.after ? categoryLabel(categoryOf(x.after), locale) : null,
      x.before ? x.before.content : null,
      x.after ? x.after.content : null,
      where(x.after ?? x.before),
    ];
  };
  return {
    name: TOOL_SHEETS.changes,
    count: changes.length + 1,
    row,
    widths: [14, 10, 6, 26, 13, 13, 32, 32, 26],
    styles: new Map([[0, 'bold']]),
    freeze: { rows: 1, cols: 0 },
    wrap: [6, 7],
    filter: { row: 0, cols: header.length },
    print: { orientation: 'landscape', titleRow: 0 },
  };
}
