import type { CheckResult } from '../ledger';
import type { Issue, PolicyRef, Severity } from '../ledger/types';
import { renderIssue } from '../i18n';
import type { Locale } from '../i18n';
import type { TextEncoding } from '../xlsx/csv/encoding';
import type { SpreadsheetFormat } from '../xlsx/spreadsheet';
import type { Ledger } from '../ledger/types';
import type { FileStatus } from './check';
import { CLI_MESSAGES } from './messages';


/**
 * The JSON contract of SPEC §7, exactly these keys; each file entry also says which format it was read as
 * (`xlsx` — .xlsx/.xlsm —, `ods`, `fods` or `csv`; null when it could not be read) and, for a CSV, which text
 * encoding (`UTF-8`, `UTF-8 BOM`, `Shift_JIS`, `EUC-JP`, `UTF-16LE`, `UTF-16BE`, `UTF-32LE`, `UTF-32BE`; else null).
 */
export interface JsonReport {
  policy: PolicyRef;
  files: {
    path: string;
    format: SpreadsheetFormat | null;
    encoding: TextEncoding | null;
    ledgers: { sheet: string; department: string | null; layout: 'template' | 'form'; group: string | null; level: string | null; assets: number }[];
  }[];
  issues: { code: string; severity: Severity; file: string | null; sheet: string | null; cell: string | null; department: string | null; message: string }[];
  counts: Record<Severity, number>;
}

export function buildReport(files: readonly FileStatus[], result: CheckResult, locale: Locale): JsonReport {
  const byFile = new Map<string | null, Ledger[]>();
  for (const l of result.ledgers) {
    const list = byFile.get(l.file);
    if (list) list.push(l);
    else byFile.set(l.file, [l]);
  }
  return {
    policy: { id: result.policy.id, version: result.policy.version },
    files: files.map((f) => ({
      path: f.path,
      format: f.format,
      encoding: f.encoding,
      ledgers: (byFile.get(f.path) ?? [])
        .map((l) => ({ sheet: l.sheet, department: l.department, layout: l.layout, group: l.group, level: l.level, assets: l.assets.length })),
    })),
    issues: result.issues.map((i) => issueJson(i, locale)),
    counts: { error: result.counts.error, warning: result.counts.warning, info: result.counts.info },
  };
}

function issueJson(i: Issue, locale: Locale): JsonReport['issues'][number] {
  return {
    code: i.code,
    severity: i.severity,
    file: i.location.file,
    sheet: i.location.sheet,
    cell: i.location.cell,
    department: i.department,
    message: renderIssue(i, locale),
  };
}

/** Where an issue is, as a reader finds it: `file` › `sheet`!`cell`. */
function where(i: JsonReport['issues'][number]): string {
  const parts = [i.file ?? ''];
  if (i.sheet !== null) parts.push(i.cell !== null ? `${i.sheet}!${i.cell}` : i.sheet);
  return parts.filter((p) => p !== '').join(' › ');
}

/** The human-readable form: per file its ledgers, then the findings, then the counts. */
export function formatText(report: JsonReport, locale: Locale): string {
  const m = CLI_MESSAGES[locale];
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(m.fileHeader(f.path, f.ledgers.length, m.readAs(f.format, f.encoding)));
    for (const l of f.ledgers) lines.push(m.ledgerLine(l.sheet, l.department, l.layout, l.assets));
  }
  lines.push('');
  if (report.issues.length === 0) lines.push(m.noIssues);
  for (const i of report.issues) {
    const loc = where(i);
    lines.push(`${loc ? `${loc}: ` : ''}[${m.severity[i.severity]}] ${i.code} ${i.message}`);
  }
  lines.push(m.counts(report.counts.error, report.counts.warning, report.counts.info));
  return `${lines.join('\n')}\n`;
}
