/**
 * Every hostile case at true size (and the corpus files given as arguments), each through `ledger validate`
 * as a process: outcome, peak memory, CPU and wall time, one line each. Run: `npx tsx test/hostile/measure-all.ts
 * [FILE…]`. Not part of `npm test` (a few minutes); bounds.test.ts runs two of these in the suite.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { HOSTILE_CASES } from './cases';
import { BOUNDS, measureValidate } from './measure';

function line(name: string, file: string): boolean {
  const m = measureValidate(file);
  let verdict = `exit ${m.status}`;
  try {
    const report = JSON.parse(m.stdout) as { issues: { code: string; message: string }[] };
    const unreadable = report.issues.find((i) => i.code === 'FILE_UNREADABLE');
    verdict = unreadable ? `refused: ${unreadable.message.slice(0, 110)}` : `read (${report.issues.length} findings)`;
  } catch {
    verdict += ` ${m.stderr.slice(0, 200)}`;
  }
  const within = m.maxRssMb <= BOUNDS.maxRssMb && m.cpuSeconds <= BOUNDS.cpuSeconds;
  console.log(`${within ? 'ok  ' : 'OVER'} ${m.maxRssMb} MB, ${m.cpuSeconds} s CPU, ${m.wallSeconds} s wall — ${name} — ${verdict}`);
  return within;
}

const dir = mkdtempSync(join(tmpdir(), 'ledger-hostile-'));
let all = true;
try {
  for (const c of HOSTILE_CASES) {
    const build = c.trueSize ?? (c.limits ? null : c.small);
    if (!build) continue;
    const file = join(dir, 'hostile.xlsx');
    writeFileSync(file, build());
    all = line(c.name, file) && all;
  }
  for (const file of process.argv.slice(2)) all = line(basename(file), file) && all;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = all ? 0 : 1;
