import type { CheckResult, Consolidation } from '../ledger';
import type { Issue } from '../ledger/types';
import { renderIssue, severityLabel } from '../i18n';
import type { Locale } from '../i18n';
import { quoteSheet } from './address';
import { buildXlsx } from './book-xml';
import { linkFromPath } from './link';
import { EXCEL_MAX_ROWS, splitRows } from './sheet-split';
import type { BookSheet } from './book-xml';
import type { OutChart } from './chart-xml';
import type { Deflate } from './zip';
import { STYLE } from './sheet-xml';
import type { OutCell, OutSheet, RowSource } from './sheet-xml';
import { SUMMARY_LABELS, SUMMARY_SHEETS } from './summary-labels';
import type { SummaryLabels } from './summary-labels';

export interface SummaryOptions {
  /**
   * The hyperlink target of a source file, as seen from where the summary will be saved: a URI reference made
   * by link.ts (the CLI passes its path relative to the output folder). Default: the file as recorded, as a
   * relative path. A null file links inside the workbook.
   */
  linkTarget?: (file: string) => string;
  /** How to compress the parts (the CLI passes Node's zlib); default: the platform's CompressionStream. */
  deflate?: Deflate;
  /** Rows a sheet may hold: Excel's 1,048,576 (tests lower it to see the lists split). */
  maxRows?: number;
}

/** Row index of the matrix header on 集計; the 課 rows follow it. */
const MATRIX_HEADER = 3;

/**
 * A clustered column chart of the matrix: one group per 課 (not the 合計 row), one series per 群－レベル (not
 * 計, エラー, 警告). Beside the table, below the frozen rows so that it scrolls as one piece; wider when there
 * are many 課. None without 課 or categories: an empty range has no reference.
 */
function matrixChart(c: Consolidation, l: SummaryLabels, departments: readonly string[]): OutChart | null {
  const n = departments.length;
  if (n === 0 || c.categories.length === 0) return null;
  const left = c.categories.length + 5; // the table's columns, then one empty column
  const top = MATRIX_HEADER + 1;
  return {
    title: l.chartTitle,
    grouping: 'clustered',
    anchor: { from: { col: left, row: top }, to: { col: left + Math.min(40, Math.max(10, n + 4)), row: top + 20 } },
    categories: departments,
    categoriesAt: { col: 0, row: top },
    series: c.categories.map((name, i) => ({
      name,
      nameAt: { col: i + 1, row: MATRIX_HEADER },
      values: c.rows.map((r) => r.counts[i] ?? 0),
      valuesAt: { col: i + 1, row: top },
    })),
  };
}

function matrixSheet(c: Consolidation, l: SummaryLabels): BookSheet {
  const rows: OutCell[][] = [
    [l.title],
    [l.madeAt, c.generatedAt, l.policy, `${c.policy.id} ${c.policy.version}`],
    [],
    [l.department, ...c.categories, l.total, l.errors, l.warnings],
  ];
  const departments = c.rows.map((r) => r.department || l.noDepartment);
  c.rows.forEach((r, i) => rows.push([departments[i] ?? null, ...r.counts, r.total, r.errors, r.warnings]));
  rows.push([l.grandTotal, ...c.totals.counts, c.totals.total, c.totals.errors, c.totals.warnings]);
  const rowStyles = new Map<number, number>([
    [0, STYLE.title],
    [MATRIX_HEADER, STYLE.bold],
    [rows.length - 1, STYLE.bold],
  ]);
  const chart = matrixChart(c, l, departments);
  return {
    name: SUMMARY_SHEETS.summary,
    rows,
    rowStyles,
    widths: [24, ...c.categories.map(() => 16), 10, 10, 10],
    freeze: { rows: MATRIX_HEADER + 1, cols: 1 },
    charts: chart ? [chart] : [],
  };
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Per source sheet, what every link into it shares (computed once per sheet, not once per asset). */
interface SheetLink {
  readonly location: string;
  readonly text: string;
  readonly target: string | null;
}

function sheetLink(file: string | null, sheet: string, options: SummaryOptions): SheetLink {
  return {
    location: `${quoteSheet(sheet)}!`,
    // The file's name, not its whole path: the link carries the path, the text stays short and readable.
    text: `${file !== null ? `${baseName(file)} ` : ''}${sheet}!`,
    target: file === null ? null : options.linkTarget ? options.linkTarget(file) : linkFromPath(file, 'posix'),
  };
}

function assetSheet(c: Consolidation, l: SummaryLabels, options: SummaryOptions): OutSheet {
  const header: OutCell[] = [l.department, l.number, l.name, l.content, l.group, l.level, l.source];
  const links = new Map<string | null, Map<string, SheetLink>>();
  const row = (i: number): OutCell[] => {
    const a = c.assets[i - 1];
    if (i === 0 || a === undefined) return header;
    const { file, sheet, cell } = a.source;
    let bySheet = links.get(file);
    if (!bySheet) links.set(file, (bySheet = new Map()));
    let link = bySheet.get(sheet);
    if (!link) bySheet.set(sheet, (link = sheetLink(file, sheet, options)));
    return [a.department, a.number, a.name, a.content, a.group, a.level, { text: link.text + cell, target: link.target, location: link.location + cell }];
  };
  const rows: RowSource = { count: c.assets.length + 1, row };
  return {
    name: SUMMARY_SHEETS.assets,
    rows,
    rowStyles: new Map([[0, STYLE.bold]]),
    widths: [16, 8, 28, 48, 8, 10, 40],
    freeze: { rows: 1, cols: 0 },
    autoFilter: `A1:G${rows.count}`,
  };
}

function findingsSheet(issues: readonly Issue[], l: SummaryLabels, locale: Locale): OutSheet {
  const rows: OutCell[][] = [[l.severity, l.code, l.department, l.file, l.sheet, l.cell, l.message]];
  for (const i of issues) {
    rows.push([severityLabel(i.severity, locale), i.code, i.department, i.location.file, i.location.sheet, i.location.cell, renderIssue(i, locale)]);
  }
  return {
    name: SUMMARY_SHEETS.findings,
    rows,
    rowStyles: new Map([[0, STYLE.bold]]),
    widths: [8, 26, 16, 28, 20, 8, 60],
    freeze: { rows: 1, cols: 0 },
    autoFilter: `A1:G${rows.length}`,
  };
}

/**
 * The 集計 workbook (SPEC §4): the matrix 課 × 群－レベル with totals and per-課 error/warning counts, the asset
 * list with a link back to each source cell, and the findings. Every source text is written as a string cell
 * (never a formula), so text starting with `=`, `+`, `-` or `@` stays text. Deterministic apart from
 * `generatedAt`. Written directly as XML (book-xml.ts): exceljs needs seconds for 50,000 rows (SPEC §9).
 */
export async function writeSummary(c: Consolidation, result: CheckResult, locale: Locale, options: SummaryOptions = {}): Promise<Uint8Array> {
  const l = SUMMARY_LABELS[locale];
  // The lists go on over further sheets past Excel's last row (two files of a million assets each).
  const max = options.maxRows ?? EXCEL_MAX_ROWS;
  return buildXlsx([matrixSheet(c, l), ...splitRows(assetSheet(c, l, options), 1, max), ...splitRows(findingsSheet(result.issues, l, locale), 1, max)], options.deflate);
}
