/**
 * The one layout of the summary (SPEC §4), rendered by the CLI (`ledger consolidate`, book-xml.ts) and by the
 * add-in (集計する, src/excel/consolidate.ts) alike — the same sheets, rows, columns, widths and print setup:
 *  集計           — title, when and by which policy it was made, the matrix 課 × 群－レベル with 未分類, 計 and
 *                   each 課's errors and warnings, a total row; the chart of the matrix below it;
 *  集計_資産一覧  — every asset with a link back to its source cell (sheet and cell, and the file for the CLI);
 *  集計_指摘事項  — every finding: severity, code and rule name, 課, file, sheet, cell (linked), message;
 * and, when asked for, the yearly cycle's sheets (issue 12):
 *  提出状況       — per 課 of the expected-department list, submitted or not (submission-layout.ts);
 *  前年度比較 and 前年度比較_明細 — what changed since last year's summary (comparison-layout.ts).
 * Rows are made on demand (`row(i)`): the CLI streams 50,000 asset rows without holding them (SPEC §9).
 */
import type { Consolidation, Issue } from '../ledger';
import { TOOL_SHEETS } from '../ledger/toolSheets';
import { renderIssue, ruleName, severityLabel } from '../i18n';
import type { Locale } from '../i18n';
import type { SubmissionStatus } from '../ledger/submission';
import { baseName } from './address';
import { changesSheet, comparisonSheet } from './comparison-layout';
import type { ComparisonInput } from './comparison-layout';
import { submissionSheet } from './submission-layout';
import { SUMMARY_LABELS } from './summary-labels';

/** A cell of the layout; `L` is the writer's own hyperlink cell (a hyperlink part, or a HYPERLINK formula). */
export type LayoutCell<L> = null | string | number | L;

/** Makes a writer's link to a source cell, labelled `text`. `file` is null for a sheet of the same workbook. */
export type MakeLink<L> = (file: string | null, sheet: string, cell: string, text: string) => L;

/** Print setup every sheet we write gets: A4, one page wide, its header repeated (issue 10, item 6). */
export interface LayoutPrint {
  readonly orientation: 'portrait' | 'landscape';
  /** 0-based row repeated at the top of every printed page (the table header). */
  readonly titleRow: number;
}

export interface LayoutSheet<L> {
  readonly name: string;
  readonly count: number;
  row(index: number): readonly LayoutCell<L>[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Row styles by 0-based row (rows absent are plain). */
  readonly styles: ReadonlyMap<number, 'title' | 'bold'>;
  readonly freeze: { readonly rows: number; readonly cols: number };
  /** 0-based columns whose text wraps. */
  readonly wrap: readonly number[];
  /** A filter on the header row (0-based row and column count). */
  readonly filter: { readonly row: number; readonly cols: number } | null;
  readonly print: LayoutPrint;
  /**
   * 0-based columns whose texts repeat (課, 群, codes…): a writer may store them once (the CLI's shared string
   * table: a third of the asset list's bytes the compressor no longer has to eat).
   */
  readonly repeated?: readonly number[];
}

/**
 * The asset list, read by index in order: `Consolidation.assets`, or the same entries made one by one from the
 * ledgers (`consolidatedAssetAt`) when the model was built without them — the CLI, to keep memory flat.
 */
export interface AssetSource {
  readonly count: number;
  at(index: number): Consolidation['assets'][number] | undefined;
}

/** Where the matrix and its chart sit on 集計 (0-based rows and columns). */
export interface MatrixPlace {
  readonly header: number;
  /** First and last 課 row (last < first when there is no 課); the total row follows. */
  readonly first: number;
  readonly last: number;
  readonly total: number;
  /** Columns of the 群－レベル categories: 1..categories. */
  readonly categories: number;
  /** The chart's box, below the matrix. */
  readonly chart: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number } | null;
  readonly chartTitle: string;
}

export interface SummaryLayout<L> {
  readonly summary: LayoutSheet<L> & { readonly matrix: MatrixPlace };
  readonly assets: LayoutSheet<L>;
  readonly findings: LayoutSheet<L>;
  /** 提出状況, with an expected-department list; else null. */
  readonly submission: LayoutSheet<L> | null;
  /** 前年度比較 and 前年度比較_明細, with last year's summary; else null. */
  readonly comparison: LayoutSheet<L> | null;
  readonly changes: LayoutSheet<L> | null;
}

/** What the yearly cycle adds to a summary (issue 12); each absent or null leaves its sheets out. */
export interface SummaryExtras {
  /** The submission status against the expected-department list (`submissionStatus`). */
  readonly submission?: SubmissionStatus | null;
  /** The comparison with last year (`compareYears`) and what it was made against. */
  readonly comparison?: ComparisonInput | null;
}

const MATRIX_HEADER = 4;

const pad = (n: number) => String(n).padStart(2, '0');

/** When a summary was made, as both writers put it on 集計: `YYYY-MM-DD HH:MM:SS` in the PC's local time. */
export function madeAt(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

/** `file sheet!` once per source sheet (a summary of 50,000 assets has a few hundred sheets). */
function prefixes(): (file: string | null, sheet: string) => string {
  const byFile = new Map<string | null, Map<string, string>>();
  return (file, sheet) => {
    let bySheet = byFile.get(file);
    if (!bySheet) byFile.set(file, (bySheet = new Map()));
    let p = bySheet.get(sheet);
    if (p === undefined) bySheet.set(sheet, (p = `${file !== null ? `${baseName(file)} ` : ''}${sheet}!`));
    return p;
  };
}

function summarySheet<L>(c: Consolidation, locale: Locale): SummaryLayout<L>['summary'] {
  const l = SUMMARY_LABELS[locale];
  const n = c.categories.length;
  const header: LayoutCell<L>[] = [l.department, ...c.categories, l.unclassified, l.total, l.errors, l.warnings];
  const first = MATRIX_HEADER + 1;
  const last = MATRIX_HEADER + c.rows.length;
  const total = last + 1;
  const width = header.length;
  const row = (i: number): readonly LayoutCell<L>[] => {
    if (i === 0) return [l.title];
    if (i === 1) return [l.madeAt, c.generatedAt];
    if (i === 2) return [l.policy, `${c.policy.id} ${c.policy.version}`];
    if (i === MATRIX_HEADER) return header;
    const r = c.rows[i - first];
    if (r) return [r.department || l.noDepartment, ...r.counts, r.unclassified, r.total, r.errors, r.warnings];
    if (i === total) return [l.grandTotal, ...c.totals.counts, c.totals.unclassified, c.totals.total, c.totals.errors, c.totals.warnings];
    return [];
  };
  const chart = c.rows.length > 0 && n > 0 ? { top: total + 2, left: 0, bottom: total + 2 + 18, right: Math.min(width - 1, Math.max(6, n + 2)) } : null;
  return {
    name: TOOL_SHEETS.summary,
    count: total + 1,
    row,
    widths: [24, ...c.categories.map(() => 14), 10, 8, 8, 8],
    styles: new Map([
      [0, 'title'],
      [MATRIX_HEADER, 'bold'],
      [total, 'bold'],
    ]),
    freeze: { rows: MATRIX_HEADER + 1, cols: 1 },
    wrap: [],
    filter: null,
    print: { orientation: 'landscape', titleRow: MATRIX_HEADER },
    matrix: { header: MATRIX_HEADER, first, last, total, categories: n, chart, chartTitle: l.chartTitle },
  };
}

function assetSheet<L>(assets: AssetSource, locale: Locale, link: MakeLink<L>): LayoutSheet<L> {
  const l = SUMMARY_LABELS[locale];
  const header: LayoutCell<L>[] = [l.department, l.number, l.name, l.content, l.group, l.level, l.source];
  const prefix = prefixes();
  const row = (i: number): readonly LayoutCell<L>[] => {
    const a = i === 0 ? undefined : assets.at(i - 1);
    if (a === undefined) return header;
    const { file, sheet, cell } = a.source;
    return [a.department, a.number, a.name, a.content, a.group, a.level, link(file, sheet, cell, prefix(file, sheet) + cell)];
  };
  return {
    name: TOOL_SHEETS.assets,
    count: assets.count + 1,
    row,
    widths: [14, 6, 28, 48, 7, 9, 30],
    styles: new Map([[0, 'bold']]),
    freeze: { rows: 1, cols: 0 },
    wrap: [3],
    filter: { row: 0, cols: header.length },
    print: { orientation: 'landscape', titleRow: 0 },
    repeated: [0, 3, 4, 5], // 課, 内容, 群, レベル; 情報資産名 and the links do not repeat
  };
}

function findingSheet<L>(issues: readonly Issue[], locale: Locale, link: MakeLink<L>): LayoutSheet<L> {
  const l = SUMMARY_LABELS[locale];
  const header: LayoutCell<L>[] = [l.severity, l.code, l.rule, l.department, l.file, l.sheet, l.cell, l.message];
  const row = (i: number): readonly LayoutCell<L>[] => {
    const f = issues[i - 1];
    if (i === 0 || f === undefined) return header;
    const { file, sheet, cell } = f.location;
    const at = sheet !== null && cell !== null ? link(file, sheet, cell, cell) : cell;
    return [severityLabel(f.severity, locale), f.code, ruleName(f.code, locale), f.department, file, sheet, at, renderIssue(f, locale)];
  };
  return {
    name: TOOL_SHEETS.findings,
    count: issues.length + 1,
    row,
    widths: [8, 26, 20, 12, 18, 18, 7, 60],
    styles: new Map([[0, 'bold']]),
    freeze: { rows: 1, cols: 0 },
    wrap: [7],
    filter: { row: 0, cols: header.length },
    print: { orientation: 'landscape', titleRow: 0 },
    repeated: [0, 1, 2, 3, 4, 5], // severity, code, rule, 課, file, sheet
  };
}

/**
 * The summary's sheets for a consolidation and the findings of the same check: 集計, 集計_資産一覧 and 集計_指摘事項,
 * and 提出状況 / 前年度比較 / 前年度比較_明細 when `extras` asks for them. `assets` gives the asset list's rows
 * (default `c.assets`; the CLI makes them one by one from the ledgers).
 */
export function summaryLayout<L>(
  c: Consolidation,
  issues: readonly Issue[],
  locale: Locale,
  link: MakeLink<L>,
  extras: SummaryExtras = {},
  assets: AssetSource = { count: c.assets.length, at: (i) => c.assets[i] },
): SummaryLayout<L> {
  const { submission, comparison } = extras;
  return {
    summary: summarySheet<L>(c, locale),
    assets: assetSheet(assets, locale, link),
    findings: findingSheet(issues, locale, link),
    submission: submission ? submissionSheet<L>(submission, c.generatedAt, locale) : null,
    comparison: comparison ? comparisonSheet<L>(comparison, c.generatedAt, locale) : null,
    changes: comparison ? changesSheet(comparison, locale, link) : null,
  };
}

/** Every sheet of a layout in workbook order (the three of every summary first: 集計 stays the first sheet). */
export function layoutSheets<L>(layout: SummaryLayout<L>): LayoutSheet<L>[] {
  return [layout.summary, layout.assets, layout.findings, layout.submission, layout.comparison, layout.changes].filter((s): s is LayoutSheet<L> => s !== null);
}
