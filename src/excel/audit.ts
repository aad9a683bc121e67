/**
 * 監査チェックを実行 (SPEC §6, policy 第9): run every rule and write a new dated record 監査結果_YYYY-MM-DD_HHMM —
 * run time, policy id and version, counts by severity and by code, and every finding with a link to its cell.
 * Earlier records are kept (one sheet per run); no ledger is changed. Budget: 4 syncs plus one per 4 MB.
 */
import type { CheckResult, Issue, Severity } from '../ledger';
import { renderIssue, severityLabel } from '../i18n';
import { sanitizeSheetName } from '../ledger';
import { sheetReference } from './address';
import { checkInContext } from './check';
import type { CheckWorkbookOptions } from './check';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { queueWrites } from './sizing';
import { localTimestamp, sheetStamp } from './time';
import { AUDIT_PREFIX } from './toolSheets';
import { blockWrites, linkFormula } from './writing';
import type { OutCell } from './writing';

export interface AuditOptions extends CheckWorkbookOptions {
  readonly now?: Date;
}

export type AuditResult =
  | { readonly status: 'audited'; readonly sheet: string; readonly result: CheckResult; readonly reviewed: number }
  | Failure;

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

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
  return [
    ['監査結果'],
    ['実行日時', ranAt],
    ['ポリシー', `${result.policy.id} ${result.policy.version}`],
    ['台帳シート数', result.ledgers.length],
    [],
    ['重大度', '件数'],
    ...SEVERITIES.map((s) => [severityLabel(s, 'ja'), result.counts[s]]),
    [],
    ['コード', '重大度', '件数'],
    ...[...byCode.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, e]) => [code, severityLabel(e.severity, 'ja'), e.count]),
    [],
    ['重大度', 'コード', '内容', '課', 'シート', 'セル', '確認済み'],
    ...result.issues.map((i) => {
      const mark = reviewOf.get(i);
      return [
        severityLabel(i.severity, 'ja'),
        i.code,
        renderIssue(i, 'ja'),
        i.department,
        i.location.sheet,
        link(i),
        mark ? `${mark.reviewedAt} ${mark.reason}` : null,
      ];
    }),
  ];
}

/** Run the audit and write its record (one Excel.run). */
export async function runAudit(options: AuditOptions = {}): Promise<AuditResult> {
  const now = options.now ?? new Date();
  return runOperation(async (context) => {
    const { snapshot, check } = await checkInContext(context, options);
    const sheet = sanitizeSheetName(`${AUDIT_PREFIX}${sheetStamp(now)}`, snapshot.sheetNames);
    const ws = context.workbook.worksheets.add(sheet);
    const ops = blockWrites(() => ws, 0, 0, auditCells(check.result, check.reviewed, localTimestamp(now)));
    await queueWrites(context, ops);
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('C:C').format.columnWidth = 300;
    ws.activate();
    await context.sync();
    return { status: 'audited', sheet, result: check.result, reviewed: check.reviewed.length } as const;
  });
}
