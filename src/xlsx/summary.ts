import { consolidatedAssetAt } from '../ledger';
import type { CheckResult, Consolidation } from '../ledger';
import type { Locale } from '../i18n';
import { columnLetter, quoteSheet } from './address';
import { buildXlsx, writeXlsx } from './book-xml';
import { linkFromPath } from './link';
import { EXCEL_MAX_ROWS, splitRows } from './sheet-split';
import type { BookSheet } from './book-xml';
import type { OutChart } from './chart-xml';
import type { Deflate } from './zip';
import type { ZipOut } from './zip-writer';
import { STYLE } from './sheet-xml';
import type { OutCell, OutLink } from './sheet-xml';
import { layoutSheets, summaryLayout } from './summary-layout';
import type { AssetSource, LayoutSheet, SummaryExtras, SummaryLayout } from './summary-layout';
import { SUMMARY_LABELS } from './summary-labels';

export interface SummaryOptions {
  /**
   * The hyperlink target of a source file, as seen from where the summary will be saved: a URI reference made
   * by link.ts (the CLI passes its path relative to the output folder). Default: the file as recorded, as a
   * relative path. A null file links inside the workbook.
   */
  linkTarget?: (file: string) => string;
  /** How to compress the parts (the CLI passes Node's zlib); default: the platform's CompressionStream. */
  deflate?: Deflate;
  /** 提出状況 and 前年度比較 (issue 12): the sheets are written only when given. */
  extras?: SummaryExtras;
  /** Rows a sheet may hold: Excel's 1,048,576 (tests lower it to see the lists split). */
  maxRows?: number;
}

/**
 * The asset list: `c.assets`, or when the model was built without them (`consolidate(…, { assets: false })`,
 * the CLI) the same entries made one by one from the ledgers as the writer asks for them, in order.
 */
function assetList(c: Consolidation, result: CheckResult): AssetSource {
  const total = result.ledgers.reduce((n, l) => n + l.assets.length, 0);
  if (c.assets.length > 0 || total === 0) return { count: c.assets.length, at: (i) => c.assets[i] };
  return { count: total, at: consolidatedAssetAt(result) };
}

/**
 * A clustered column chart of the matrix: one group per 課 (not the 合計 row), one series per 群－レベル (not
 * 未分類, 計, エラー, 警告), below the matrix so that the sheet prints one page wide. None without 課.
 */
function matrixChart(c: Consolidation, layout: SummaryLayout<OutLink>['summary'], departments: readonly string[]): OutChart | null {
  const m = layout.matrix;
  if (!m.chart) return null;
  return {
    title: m.chartTitle,
    grouping: 'clustered',
    anchor: { from: { col: m.chart.left, row: m.chart.top }, to: { col: m.chart.right + 1, row: m.chart.bottom + 1 } },
    categories: departments,
    categoriesAt: { col: 0, row: m.first },
    series: c.categories.map((name, i) => ({
      name,
      nameAt: { col: i + 1, row: m.header },
      values: c.rows.map((r) => r.counts[i] ?? 0),
      valuesAt: { col: i + 1, row: m.first },
    })),
  };
}

const STYLES = { title: STYLE.title, bold: STYLE.bold } as const;

/** A layout sheet as book-xml writes it (rows stay on demand). */
function bookSheet(sheet: LayoutSheet<OutLink>, charts: readonly OutChart[] = []): BookSheet {
  const last = sheet.filter ? sheet.filter.cols - 1 : 0;
  return {
    name: sheet.name,
    rows: { count: sheet.count, row: (i) => sheet.row(i) as readonly OutCell[] },
    rowStyles: new Map([...sheet.styles].map(([r, s]) => [r, STYLES[s]])),
    colStyles: new Map(sheet.wrap.map((c) => [c, STYLE.wrap])),
    widths: sheet.widths,
    freeze: sheet.freeze,
    ...(sheet.filter ? { autoFilter: `A${sheet.filter.row + 1}:${columnLetter(last)}${sheet.count}` } : {}),
    print: sheet.print,
    ...(sheet.repeated ? { sharedColumns: sheet.repeated } : {}),
    charts,
  };
}

/**
 * The 集計 workbook (SPEC §4) in the layout the add-in's 集計 shares (summary-layout.ts): the matrix with 未分類,
 * totals and per-課 error/warning counts, the asset list with a link back to each source cell, and the findings;
 * with `extras`, 提出状況 and 前年度比較 (+ 明細) after them.
 * Every source text is written as a string cell (never a formula), so text starting with `=`, `+`, `-` or `@`
 * stays text. Deterministic apart from `generatedAt`. Written directly as XML (book-xml.ts): exceljs needs seconds
 * for 50,000 rows (SPEC §9).
 */
export async function writeSummary(c: Consolidation, result: CheckResult, locale: Locale, options: SummaryOptions = {}): Promise<Uint8Array> {
  return buildXlsx(summarySheets(c, result, locale, options), options.deflate);
}

/**
 * `writeSummary` into `out` as it is made (the CLI streams it into the file: a summary of 1,000 files is 26 MB
 * compressed that need not be held in memory), byte for byte the same workbook.
 */
export async function streamSummary(out: ZipOut, c: Consolidation, result: CheckResult, locale: Locale, options: SummaryOptions = {}): Promise<void> {
  await writeXlsx(summarySheets(c, result, locale, options), out, options.deflate);
}

/** The summary's sheets, rows on demand. */
function summarySheets(c: Consolidation, result: CheckResult, locale: Locale, options: SummaryOptions): BookSheet[] {
  // Per source file, its link target (one path computation per file, not per asset).
  const targets = new Map<string, string>();
  const targetOf = (file: string) => {
    let t = targets.get(file);
    if (t === undefined) targets.set(file, (t = options.linkTarget ? options.linkTarget(file) : linkFromPath(file, 'posix')));
    return t;
  };
  const quoted = new Map<string, string>();
  const quote = (sheet: string) => {
    let q = quoted.get(sheet);
    if (q === undefined) quoted.set(sheet, (q = `${quoteSheet(sheet)}!`));
    return q;
  };
  const layout = summaryLayout<OutLink>(
    c,
    result.issues,
    locale,
    (file, sheet, cell, text) => ({ text, target: file === null ? null : targetOf(file), location: { sheet: quote(sheet), cell } }),
    options.extras ?? {},
    assetList(c, result),
  );
  const noDepartment = SUMMARY_LABELS[locale].noDepartment;
  const chart = matrixChart(c, layout.summary, c.rows.map((r) => r.department || noDepartment));
  // The long lists go on over further sheets past Excel's last row (two files of a million assets each).
  const max = options.maxRows ?? EXCEL_MAX_ROWS;
  const long = new Set<LayoutSheet<OutLink>>([layout.assets, layout.findings]);
  return layoutSheets(layout).flatMap((sheet) =>
    sheet === layout.summary ? [bookSheet(sheet, chart ? [chart] : [])] : long.has(sheet) ? splitRows(bookSheet(sheet), 1, max) : [bookSheet(sheet)],
  );
}
