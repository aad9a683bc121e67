/**
 * `npm run conformance`: the conformance suite (src/conformance) on the in-memory runtime configured as three
 * hosts — ExcelApi 1.8, 1.13 and 1.14 — each over a workbook with a user's ledger that must come out unchanged.
 * Prints every case, a line per host, and last exactly `N passed, M failed`; exits 1 when anything failed.
 */
import { conformanceCases, runConformance } from '../src/conformance';
import type { CaseResult } from '../src/conformance';
import { createExcelRuntime, installExcelGlobals } from '../src/preview/runtime';
import { SimWorkbook } from '../src/preview/runtime/model';
import { writeInput } from '../src/preview/runtime/cells';

const HOSTS = ['1.8', '1.13', '1.14'] as const;

/** A user's workbook: a ledger and a summary the run must not touch. */
function userWorkbook(): SimWorkbook {
  const wb = new SimWorkbook();
  const rows: Record<string, unknown[][]> = {
    台帳_総務課: [['情報資産台帳（総務課）'], ['課名', '総務課'], [], [], ['番号', '情報資産名', '内容', '群', 'レベル'], [1, '会議録', '課内会議の記録', 'A群', 'レベル2']],
    集計: [['情報資産台帳 集計']],
  };
  for (const [name, grid] of Object.entries(rows)) {
    const sheet = wb.addSheet(name);
    grid.forEach((row, r) => row.forEach((v, c) => writeInput(sheet, r, c, v, 'setup')));
  }
  return wb;
}

const fingerprint = (wb: SimWorkbook): string =>
  JSON.stringify({ sheets: wb.sheets.map((s) => ({ name: s.name, rows: s.rows, cf: s.conditionalFormats, merges: s.merges })), names: wb.names.map((n) => n.name) });

export async function conformanceOnRuntime(version: string): Promise<{ results: CaseResult[]; untouched: boolean }> {
  const wb = userWorkbook();
  const before = fingerprint(wb);
  const runtime = createExcelRuntime(wb, { requirementSets: { ExcelApi: version } });
  const uninstall = installExcelGlobals(runtime);
  try {
    const results = await runConformance(conformanceCases, { has: (v) => runtime.isSetSupported('ExcelApi', v), platform: 'OfficeOnline', token: 'rt' });
    return { results, untouched: fingerprint(wb) === before };
  } finally {
    uninstall();
  }
}

async function main(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const version of HOSTS) {
    const { results, untouched } = await conformanceOnRuntime(version);
    for (const r of results) {
      const mark = r.status === 'passed' ? '✓' : r.status === 'failed' ? '✗' : r.status === 'skipped' ? '-' : '?';
      console.log(`${mark} [ExcelApi ${version}] ${r.id} ${r.title}${r.status === 'failed' ? ` — expected ${JSON.stringify(r.expected)}, observed ${JSON.stringify(r.observed)}` : r.note && r.status === 'skipped' ? ` (${r.note})` : ''}`);
    }
    const count = (s: string) => results.filter((r) => r.status === s).length;
    console.log(`conformance: ExcelApi ${version}: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped, ${count('observed')} observed; the user's sheets ${untouched ? 'untouched' : 'CHANGED'}`);
    passed += count('passed') + (untouched ? 1 : 0);
    failed += count('failed') + (untouched ? 0 : 1);
  }
  console.log(`conformance: ${conformanceCases.length} cases on ${HOSTS.length} hosts (each host also checks that the user's sheets are untouched)`);
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('scripts/conformance.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
