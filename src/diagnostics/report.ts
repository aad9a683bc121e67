/**
 * The diagnostics report: what host this is, which API sets it has, every conformance case with expected and
 * observed, and the sync counts of the adapter's operations — as JSON to paste into an issue, and as a short
 * summary in Japanese.
 */
import type { CaseResult } from '../conformance';
import type { OperationCount } from './probe';
import { NOT_PROBED } from './probe';

export interface HostInfo {
  readonly host: string;
  readonly platform: string;
  /** Office's version where it tells (Office.context.diagnostics.version). */
  readonly version: string | null;
  /** The highest ExcelApi version supported, and every one checked. */
  readonly excelApi: string | null;
  readonly excelApiSupported: readonly string[];
  readonly userAgent: string;
}

export interface DiagnosticsReport {
  readonly tool: '情報資産台帳 診断';
  readonly ranAt: string;
  readonly host: HostInfo;
  readonly counts: Record<'passed' | 'failed' | 'observed' | 'skipped', number>;
  readonly cases: readonly CaseResult[];
  readonly operations: readonly OperationCount[];
  readonly notProbed: typeof NOT_PROBED;
}

/** ExcelApi versions checked with isSetSupported (1.1 … 1.20). */
export const EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

/** What Office tells about the host (missing parts read 'unknown'). */
export function hostInfo(office: typeof Office | undefined, userAgent: string): HostInfo {
  const context = office?.context as (Partial<Office.Context> & { diagnostics?: Partial<Office.ContextInformation> }) | undefined;
  const supports = (v: string) => {
    try {
      return context?.requirements?.isSetSupported('ExcelApi', v) === true;
    } catch {
      return false;
    }
  };
  const supported = EXCEL_API_VERSIONS.filter(supports);
  const platform = context?.diagnostics?.platform ?? context?.platform;
  return {
    host: String(context?.diagnostics?.host ?? context?.host ?? 'unknown'),
    platform: platform === undefined ? 'unknown' : String(platform),
    version: context?.diagnostics?.version ?? null,
    excelApi: supported[supported.length - 1] ?? null,
    excelApiSupported: supported,
    userAgent,
  };
}

export function buildReport(host: HostInfo, cases: readonly CaseResult[], operations: readonly OperationCount[], ranAt: Date): DiagnosticsReport {
  const count = (s: CaseResult['status']) => cases.filter((c) => c.status === s).length;
  return {
    tool: '情報資産台帳 診断',
    ranAt: ranAt.toISOString(),
    host,
    counts: { passed: count('passed'), failed: count('failed'), observed: count('observed'), skipped: count('skipped') },
    cases,
    operations,
    notProbed: NOT_PROBED,
  };
}

const PLATFORM: Record<string, string> = { OfficeOnline: 'Excel on the web', PC: 'Windows 版 Excel', Mac: 'Mac 版 Excel', iOS: 'iPad 版 Excel', Android: 'Android 版 Excel' };

/** The report in a few Japanese lines. */
export function summaryLines(report: DiagnosticsReport): string[] {
  const { host, counts } = report;
  const where = `${PLATFORM[host.platform] ?? host.platform}${host.version ? ` ${host.version}` : ''}（ExcelApi ${host.excelApi ?? '不明'}）`;
  const lines = [
    `${where}で ${report.cases.length} 項目を確かめました: 期待どおり ${counts.passed}、食い違い ${counts.failed}、記録のみ ${counts.observed}、対象外 ${counts.skipped}。`,
  ];
  for (const c of report.cases.filter((x) => x.status === 'failed')) {
    lines.push(`食い違い: ${c.title}（期待 ${JSON.stringify(c.expected)}、実際 ${JSON.stringify(c.observed)}）`);
  }
  for (const o of report.operations) lines.push(`${o.operation}: context.sync ${o.syncs === null ? '数えられません' : `${o.syncs} 回`}（${o.outcome}）`);
  lines.push('下の JSON をコピーして、情報システム担当（開発者）に渡してください。台帳は変更していません。');
  return lines;
}
