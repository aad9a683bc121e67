import { main } from '../../src/cli/main';
import type { JsonReport } from '../../src/cli/report';
import type { Captured } from './memory-io';

/** Run the CLI in-process; resolves to the exit status with the captured output. */
export async function run(c: Captured, ...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  const status = await main(argv, c.io);
  return { status, out: c.out(), err: c.err() };
}

/** Run with `--format json` and parse stdout, which must be exactly one JSON object. */
export async function runJson(c: Captured, ...argv: string[]): Promise<{ status: number; report: JsonReport; err: string }> {
  const r = await run(c, ...argv, '--format', 'json');
  return { status: r.status, report: JSON.parse(r.out) as JsonReport, err: r.err };
}

/** Issues reduced to what the tests list explicitly: `CODE severity sheet!cell department`. */
export function brief(report: JsonReport): string[] {
  return report.issues.map((i) => `${i.code} ${i.severity} ${i.file ?? '-'} ${i.sheet ?? '-'}!${i.cell ?? '-'} ${i.department ?? '-'}`);
}
