/** One diagnostics run: the conformance cases in a scratch area, then the adapter's operations on a scratch ledger. */
import { conformanceCases, runConformance, SCRATCH_PREFIX } from '../conformance';
import { cleanUp, currentNames } from '../conformance/harness';
import { todayIso } from '../excel/time';
import { probeOperations } from './probe';
import { buildReport, hostInfo } from './report';
import type { DiagnosticsReport } from './report';

export interface DiagnosticsOptions {
  readonly office: typeof Office | undefined;
  readonly userAgent: string;
  readonly today?: string;
  readonly now?: () => Date;
  onProgress?(done: number, total: number): void;
}

export async function runDiagnostics(options: DiagnosticsOptions): Promise<DiagnosticsReport> {
  const host = hostInfo(options.office, options.userAgent);
  const token = Math.random().toString(36).slice(2, 8);
  const namesBefore = await currentNames();
  const total = conformanceCases.length + 1;
  try {
    const cases = await runConformance(conformanceCases, {
      has: (v) => host.excelApiSupported.includes(v),
      platform: host.platform,
      token,
      onProgress: (done) => options.onProgress?.(done, total),
    });
    const operations = await probeOperations(token, options.today ?? todayIso());
    options.onProgress?.(total, total);
    return buildReport(host, cases, operations, (options.now ?? (() => new Date()))());
  } finally {
    // The probe's ledger tag name and anything a case left: gone, as the scratch sheets are.
    await cleanUp(`${SCRATCH_PREFIX}${token}`, namesBefore);
  }
}
