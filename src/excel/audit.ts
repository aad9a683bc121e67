/**
 * 監査チェックを実行 (SPEC §6, policy 第9): run every rule and write a new dated record 監査結果_YYYY-MM-DD_HHMM —
 * run time, policy id and version, counts by severity, the number of assets per 群－レベル (auditMatrix.ts), counts
 * by code, and every finding with a link to its cell. Earlier records are kept (one sheet per run); the latest one's
 * matrix is read back in the final sync, so the pane can show the change since. No ledger is changed.
 * Budget: 4 syncs plus one per 4 MB.
 */
import type { CheckResult, Issue, Severity } from '../ledger';
import { auditMatrix } from '../ledger/matrix';
import type { ClassMatrix } from '../ledger/matrix';
import { renderIssue, ruleName, severityLabel } from '../i18n';
import { sanitizeSheetName } from '../ledger';
import { columnLetters, sheetReference } from './address';
import { checkInContext } from './check';
import type { CheckWorkbookOptions } from './check';
import { errorCode, runOperation } from './failure';
import type { Failure } from './failure';
import { RECORD_HEAD, latestRecord, matrixRows, readRecordedAudit } from './auditMatrix';
import type { RecordedAudit } from './auditMatrix';
import { canSetupPrint, charsToPoints, queuePrintSetup } from './printSetup';
import { queueWrites } from './sizing';
import { localTimestamp, sheetStamp } from './time';
import { AUDIT_PREFIX } from './toolSheets';
import { blockWrites, linkFormula } from './writing';
import type { OutCell } from './writing';

export interface AuditOptions extends CheckWorkbookOptions {
  readonly now?: Date;
}

export type AuditResult =
  | {
      readonly status: 'audited';
      readonly sheet: string;
      readonly result: CheckResult;
      readonly reviewed: number;
      /** Assets per 群－レベル, as recorded. */
      readonly matrix: ClassMatrix;
      /** The latest earlier record and what it says; null when this is the first. */
      readonly previous: (RecordedAudit & { readonly sheet: string }) | null;
    }
  | Failure;

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The header of the record's findings table; it is repeated on every printed page. */
export const AUDIT_FINDINGS_HEADER = ['重大度', 'コード', '規則', '内容', '課', 'シート', 'セル', '確認済み'] as const;
/** Column widths in characters: A–C hold 重大度 (and 群－レベル), コード and 規則 in both tables; 内容 wraps. */
const AUDIT_WIDTHS = [14, 26, 20, 60, 12, 18, 24, 28];

/** The record as rows of cells. Reviewed keyword warnings are listed with their mark, never dropped. */
export function auditCells(
  result: CheckResult,
  reviewed: readonly { issue: Issue; mark: { reason: string; reviewedAt: string } }[],
  ranAt: string,
): OutCell[][] {
  const byCode = new Map<string, { severity: Severity; count: number }>();
  for (const i of result.issues) {
    const entry = byCode.get(i.code) ?? { severity: i.severity, count: 0 };
    entry.count++;
    byCode.set(i.code, entry);
  }
  const reviewOf = new Map(reviewed.map((r) => [r.issue, r.mark]));
  const link = (i: Issue): OutCell => {
    const { sheet, cell, file } = i.location;
    if (file !== null || sheet === null) return file ?? '';
    const target = cell ?? 'A1';
    return { formula: linkFormula(sheetReference(sheet, target), cell ? `${sheet}!${cell}` : sheet) };
  };
  // Both tables put 重大度, コード and 規則 in columns A–C, so the code columns are wide enough in both.
  return [
    ['監査結果'],
    ['実行日時', ranAt],
    ['ポリシー', `${result.policy.id} ${result.policy.version}`],
    ['台帳シート数', result.ledgers.length],
    [],
    ['重大度', '件数'],
    ...SEVERITIES.map((s) => [severityLabel(s, 'ja'), result.counts[s]]),
    [],
    // Beside the counts, so that two records can be compared (read back by auditMatrix.ts).
    ...matrixRows(auditMatrix(result)),
    [],
    ['重大度', 'コード', '規則', '件数'],
    ...[...byCode.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, e]) => [severityLabel(e.severity, 'ja'), code, ruleName(code, 'ja'), e.count]),
    [],
    [...AUDIT_FINDINGS_HEADER],
    ...result.issues.map((i) => {
      const mark = reviewOf.get(i);
      return [
        severityLabel(i.severity, 'ja'),
        i.code,
        ruleName(i.code, 'ja'),
        renderIssue(i, 'ja'),
        i.department,
        i.location.sheet,
        link(i),
        mark ? `${mark.reviewedAt} ${mark.reason}` : null,
      ];
    }),
  ];
}

/** Title, widths, wrapping and print setup of a record whose findings header is at Excel row `headerRow`. */
function queueAuditFormat(ws: Excel.Worksheet, headerRow: number, lastRow: number, print: boolean): void {
  ws.getRange('A1').format.font.bold = true;
  ws.getRange('A1').format.font.size = 14;
  ws.getRange(`A${headerRow}:H${headerRow}`).format.font.bold = true;
  AUDIT_WIDTHS.forEach((chars, c) => {
    ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = charsToPoints(chars);
  });
  const message = ws.getRange(`D${headerRow}:D${Math.max(headerRow, lastRow)}`);
  message.format.wrapText = true;
  message.format.verticalAlignment = 'Top';
  queuePrintSetup(ws, { orientation: 'landscape', titleRows: { first: headerRow, last: headerRow } }, print);
}

/** Run the audit and write its record (one Excel.run). */
export async function runAudit(options: AuditOptions = {}): Promise<AuditResult> {
  const now = options.now ?? new Date();
  return runOperation(async (context) => {
    const { snapshot, check } = await checkInContext(context, options);
    const sheet = sanitizeSheetName(`${AUDIT_PREFIX}${sheetStamp(now)}`, snapshot.sheetNames);
    const ws = context.workbook.worksheets.add(sheet);
    const matrix = auditMatrix(check.result);
    const cells = auditCells(check.result, check.reviewed, localTimestamp(now));
    const ops = blockWrites(() => ws, 0, 0, cells);
    const print = canSetupPrint();
    // Formatting and print setup ride in the last batch; their operations count towards its bound.
    ops.push({ bytes: 400, ops: AUDIT_WIDTHS.length * 2 + 20, queue: () => queueAuditFormat(ws, cells.length - check.result.issues.length, cells.length, print) });
    await queueWrites(context, ops);
    ws.activate();
    // The previous record's head travels with the final sync (a few hundred cells): no sync of its own. It is
    // queued last: the user may have deleted that sheet since the workbook was read, and a getItem that fails
    // stops its batch but keeps what ran before it (Excel does not roll back), so the record is complete and
    // there is simply nothing to compare it with.
    const previousSheet = latestRecord(snapshot.sheetNames);
    const previousHead = previousSheet === null ? null : context.workbook.worksheets.getItem(previousSheet).getRange(RECORD_HEAD).load('values');
    let previous: (RecordedAudit & { readonly sheet: string }) | null = null;
    try {
      await context.sync();
      if (previousSheet !== null && previousHead !== null) previous = { sheet: previousSheet, ...readRecordedAudit(previousHead.values) };
    } catch (error) {
      if (previousHead === null || errorCode(error) !== 'ItemNotFound') throw error;
      // Only the previous record may be gone: the new record must be there with the final batch applied (its
      // title made bold is the batch's formatting, queued before the lookup); anything else is the failure it was.
      const title = ws.getRange('A1').format.font.load('bold');
      await context.sync();
      if (title.bold !== true) throw error;
    }
    return { status: 'audited', sheet, result: check.result, reviewed: check.reviewed.length, matrix, previous } as const;
  });
}
