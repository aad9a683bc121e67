import type { CheckResult } from '../ledger';
import type { Issue, PolicyRef, Severity } from '../ledger/types';
import { renderIssue } from '../i18n';
import type { Locale } from '../i18n';
import type { Ledger } from '../ledger/types';
import type { TextEncoding } from '../xlsx/csv/encoding';
import type { SpreadsheetFormat } from '../xlsx/spreadsheet';
import type { FileStatus } from './check';
import type { CliIo } from './io';
import { CLI_MESSAGES } from './messages';
import { jsonTerminalSafe, terminalSafe } from './terminal';

/** Findings written per piece of output: a run with a million findings is never one string in memory. */
const CHUNK = 2_000;

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

/** The report without its issues: what is small. */
function reportHead(files: readonly FileStatus[], result: CheckResult): Pick<JsonReport, 'policy' | 'files'> {
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
  };
}

function countsOf(result: CheckResult): JsonReport['counts'] {
  return { error: result.counts.error, warning: result.counts.warning, info: result.counts.info };
}

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * Write the report to stdout — the JSON of SPEC §7 (as `JSON.stringify(report, null, 2)` and a line feed) or
 * the text form (per file its ledgers, then one line per finding, then the counts) — in pieces of CHUNK
 * findings rendered as they are written: the whole never exists as one string. Characters a terminal would
 * act on are escaped (terminal.ts).
 */
export function writeReport(
  io: Pick<CliIo, 'stdout'>,
  files: readonly FileStatus[],
  result: CheckResult,
  locale: Locale,
  format: 'text' | 'json',
  /** Keys the JSON carries after `counts` (consolidate's `changes`); the text form prints its own after the report. */
  more: Readonly<Record<string, unknown>> = {},
): void {
  const issues = result.issues;
  if (format === 'text') {
    writeText(io, files, result, locale);
    return;
  }
  const head = reportHead(files, result);
  let out = `{\n  "policy": ${nested(head.policy, 1)},\n  "files": ${nested(head.files, 1)},\n  "issues": [`;
  for (let at = 0; at < issues.length; at += CHUNK) {
    const piece = issues.slice(at, at + CHUNK).map((i) => `    ${nested(issueJson(i, locale), 2)}`);
    out += `${at === 0 ? '\n' : ',\n'}${piece.join(',\n')}`;
    io.stdout(jsonTerminalSafe(out));
    out = '';
  }
  out += `${issues.length > 0 ? '\n  ' : ''}],\n  "counts": ${nested(countsOf(result), 1)}`;
  for (const [key, value] of Object.entries(more)) out += `,\n  ${JSON.stringify(key)}: ${nested(value, 1)}`;
  out += '\n}\n';
  io.stdout(jsonTerminalSafe(out));
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

/** One finding as a line of text: every part from a file escaped, so one finding is one line. */
function issueLine(i: JsonReport['issues'][number], m: (typeof CLI_MESSAGES)[Locale]): string {
  const loc = terminalSafe(where(i));
  return `${loc ? `${loc}: ` : ''}[${m.severity[i.severity]}] ${i.code} ${terminalSafe(i.message)}`;
}

function writeText(io: Pick<CliIo, 'stdout'>, files: readonly FileStatus[], result: CheckResult, locale: Locale): void {
  const m = CLI_MESSAGES[locale];
  const lines: string[] = [];
  for (const f of reportHead(files, result).files) {
    lines.push(m.fileHeader(terminalSafe(f.path), f.ledgers.length, m.readAs(f.format, f.encoding)));
    for (const l of f.ledgers) lines.push(m.ledgerLine(terminalSafe(l.sheet), l.department === null ? null : terminalSafe(l.department), l.layout, l.assets));
  }
  lines.push('');
  if (result.issues.length === 0) lines.push(m.noIssues);
  io.stdout(`${lines.join('\n')}\n`);
  for (let at = 0; at < result.issues.length; at += CHUNK) {
    io.stdout(`${result.issues.slice(at, at + CHUNK).map((i) => issueLine(issueJson(i, locale), m)).join('\n')}\n`);
  }
  io.stdout(`${m.counts(result.counts.error, result.counts.warning, result.counts.info)}\n`);
}
