/**
 * What an import will do, decided before anything is written: which sheets come in, under which names, and
 * which earlier imported copies they replace. A clash with a sheet the user made never overwrites it (the new
 * sheet gets a suffix); a 課 imported before replaces only the copy that import created.
 */
import { fileUnreadableIssue, hanamaki, readWorkbook, sanitizeSheetName } from '../ledger';
import type { Issue, Severity, WorkbookInput } from '../ledger';
import { normalizeDepartment } from './departments';
import type { ProgressListener } from './progress';
import type { ImportRecord } from './registry';
import type { TextEncoding } from '../xlsx/csv/encoding';
import type { SpreadsheetFormat } from '../xlsx/spreadsheet';

export interface ImportFile {
  readonly name: string;
  readonly data: ArrayBuffer;
}

/** A parsed file: its workbook, the format it was read as (and a CSV's encoding), and its ledger sheets (with their 課). */
export interface ParsedFile {
  readonly file: ImportFile;
  readonly workbook: WorkbookInput;
  /** `xlsx` (also .xlsm), `ods`, `fods` or `csv`: only an .xlsx/.xlsm can be inserted natively. */
  readonly format: SpreadsheetFormat;
  /** The text encoding a CSV was read in (null for the other formats). */
  readonly encoding: TextEncoding | null;
  readonly ledgers: readonly { readonly sheet: string; readonly department: string | null }[];
}

export interface PlannedSheet {
  readonly file: string;
  readonly sourceSheet: string;
  readonly department: string | null;
  /** Name it will have in this workbook. */
  readonly sheet: string;
  /** The earlier imported copy it replaces (deleted first), if any. */
  readonly replaces: ImportRecord | null;
}

/** LEDGER_NOT_FOUND for a readable file without any ledger sheet (severity from the policy pack). */
export function notFoundIssue(file: string): Issue {
  const severity: Severity = (hanamaki.severities as Partial<Record<string, Severity>>)['LEDGER_NOT_FOUND'] ?? 'warning';
  return { code: 'LEDGER_NOT_FOUND', severity, location: { file, sheet: null, cell: null }, department: null, params: {} };
}

/**
 * Parse every file in the task pane (.xlsx/.xlsm, .ods, CSV: the readers, and exceljs with them, load only now).
 * Unreadable files become issues.
 */
export async function parseFiles(files: readonly ImportFile[], onProgress?: ProgressListener): Promise<{ parsed: ParsedFile[]; issues: Issue[] }> {
  const { readSpreadsheet } = await import('../xlsx/spreadsheet');
  const { isXlsxReadError } = await import('../xlsx/errors');
  const parsed: ParsedFile[] = [];
  const issues: Issue[] = [];
  onProgress?.({ done: 0, total: files.length, unit: 'file' });
  for (const [i, file] of files.entries()) {
    if (i > 0) onProgress?.({ done: i, total: files.length, unit: 'file' });
    let workbook: WorkbookInput;
    let format: SpreadsheetFormat;
    let encoding: TextEncoding | null;
    try {
      ({ workbook, format, encoding } = await readSpreadsheet(file.data, file.name));
    } catch (error) {
      issues.push(isXlsxReadError(error) ? fileUnreadableIssue(file.name, error.reason, hanamaki, error.params) : fileUnreadableIssue(file.name, 'corrupt'));
      continue;
    }
    const { ledgers } = readWorkbook(workbook);
    if (ledgers.length === 0) {
      issues.push(notFoundIssue(file.name));
      continue;
    }
    parsed.push({ file, workbook, format, encoding, ledgers: ledgers.map((l) => ({ sheet: l.sheet, department: l.department })) });
  }
  onProgress?.({ done: files.length, total: files.length, unit: 'file' });
  return { parsed, issues };
}

/**
 * The name an incoming sheet gets: its own, with its 課 in front when the name does not say it — a department's
 * form sheets are named only `A群－レベル1` … in its file, and four 課 would bring four of each.
 */
export function importedName(sourceSheet: string, department: string | null): string {
  if (department === null || normalizeDepartment(sourceSheet).includes(normalizeDepartment(department))) return sourceSheet;
  return `${department}_${sourceSheet}`;
}

/** Names and replacements for every incoming ledger sheet. */
export function planImport(parsed: readonly ParsedFile[], sheetNames: readonly string[], records: readonly ImportRecord[]): PlannedSheet[] {
  const live = records.filter((r) => sheetNames.includes(r.sheet));
  const claimed = new Set<ImportRecord>();
  const plans: { file: string; sourceSheet: string; department: string | null; replaces: ImportRecord | null }[] = [];
  for (const p of parsed) {
    for (const l of p.ledgers) {
      const key = l.department === null ? null : normalizeDepartment(l.department);
      // A form-layout 課 has up to four sheets: match the earlier copy of the same source sheet first.
      const replaces =
        key === null
          ? null
          : (live.find((r) => !claimed.has(r) && normalizeDepartment(r.department) === key && r.sourceSheet === l.sheet) ??
            live.find((r) => !claimed.has(r) && normalizeDepartment(r.department) === key && r.file === p.file.name) ??
            null);
      if (replaces) claimed.add(replaces);
      plans.push({ file: p.file.name, sourceSheet: l.sheet, department: l.department, replaces });
    }
  }
  // Replaced copies keep their names, so every current name stays taken for the others.
  const taken = [...sheetNames];
  return plans.map((p) => {
    // A replacement keeps the old copy's name (links into it stay valid); anything else avoids every name.
    const sheet = p.replaces ? p.replaces.sheet : sanitizeSheetName(importedName(p.sourceSheet, p.department), taken);
    taken.push(sheet);
    return { ...p, sheet };
  });
}
