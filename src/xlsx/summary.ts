import type { CheckResult, Consolidation } from '../ledger';
import type { Issue } from '../ledger/types';
import { severityLabel } from '../i18n';
import { renderFinding } from './render';
import type { Locale } from '../i18n';
import { quoteSheet } from './address';
import { buildXlsx } from './book-xml';
import type { Deflate } from './zip';
import { STYLE } from './sheet-xml';
import type { OutCell, OutSheet, RowSource } from './sheet-xml';
import { SUMMARY_LABELS, SUMMARY_SHEETS } from './summary-labels';
import type { SummaryLabels } from './summary-labels';

export interface SummaryOptions {
  /**
   * The hyperlink target of a source file, as seen from where the summary will be saved (the CLI passes a
   * path relative to the output folder). Default: the file as recorded. A null file links inside the workbook.
   */
  linkTarget?: (file: string) => string;
  /** How to compress the parts (the CLI passes Node's zlib); default: the platform's CompressionStream. */
  deflate?: Deflate;
}

function matrixSheet(c: Consolidation, l: SummaryLabels): OutSheet {
  const rows: OutCell[][] = [
    [l.title],
    [l.madeAt, c.generatedAt, l.policy, `${c.policy.id} ${c.policy.version}`],
    [],
    [l.department, ...c.categories, l.total, l.errors, l.warnings],
  ];
  for (const r of c.rows) rows.push([r.department || l.noDepartment, ...r.counts, r.total, r.errors, r.warnings]);
  rows.push([l.grandTotal, ...c.totals.counts, c.totals.total, c.totals.errors, c.totals.warnings]);
  const rowStyles = new Map<number, number>([
    [0, STYLE.title],
    [3, STYLE.bold],
    [rows.length - 1, STYLE.bold],
  ]);
  return { name: SUMMARY_SHEETS.summary, rows, rowStyles, widths: [24, ...c.categories.map(() => 16), 10, 10, 10], freeze: { rows: 4, cols: 1 } };
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
    target: file === null ? null : options.linkTarget ? options.linkTarget(file) : file,
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
    rows.push([severityLabel(i.severity, locale), i.code, i.department, i.location.file, i.location.sheet, i.location.cell, renderFinding(i, locale)]);
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
  return buildXlsx([matrixSheet(c, l), assetSheet(c, l, options), findingsSheet(result.issues, l, locale)], options.deflate);
}
