/**
 * Issue 9's bounds, measured on real processes: `ledger validate` on a true-size hostile file peaks at no
 * more than 500 MB and 10 s of CPU. Two cases run here (the full set, a few minutes: `npx tsx
 * test/hostile/measure-all.ts`): the most a readable file may cost (a ledger just under the caps on rows and
 * part size) and a gigabyte zip bomb in a media entry; and Apache POI's 57893-many-merges.xlsx from the
 * corpus (50,000 merges), where ../shared/corpus is present.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonReport } from '../../src/cli/report';
import { HOSTILE_CASES } from './cases';
import { BOUNDS, measureValidate } from './measure';

jest.setTimeout(240_000);

const POI = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'files', 'apache+poi__57893-many-merges.xlsx');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-bounds-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function trueSize(name: string): string {
  const c = HOSTILE_CASES.find((x) => x.name.startsWith(name));
  if (!c?.trueSize) throw new Error(`no true-size case ${name}`);
  const file = join(dir, 'hostile.xlsx');
  writeFileSync(file, c.trueSize());
  return file;
}

test.each([
  ['a ledger just under the caps', 49_999],
  ['zip bomb in a media entry', 2],
])('%s: read within 500 MB and 10 s of CPU', (name, assets) => {
  const m = measureValidate(trueSize(name));
  const report = JSON.parse(m.stdout) as JsonReport;
  expect(report.files[0]?.ledgers[0]?.assets).toBe(assets);
  expect(report.issues.map((i) => i.code)).not.toContain('FILE_UNREADABLE');
  expect(m.maxRssMb).toBeLessThanOrEqual(BOUNDS.maxRssMb);
  expect(m.cpuSeconds).toBeLessThanOrEqual(BOUNDS.cpuSeconds);
});

(existsSync(POI) ? test : test.skip)('Apache POI 57893-many-merges.xlsx (50,000 merges): read within the bounds', () => {
  const m = measureValidate(POI);
  expect(m.status).toBe(0); // read: no ledger in it (LEDGER_NOT_FOUND, a warning)
  expect((JSON.parse(m.stdout) as JsonReport).issues.map((i) => i.code)).toEqual(['LEDGER_NOT_FOUND']);
  expect(m.maxRssMb).toBeLessThanOrEqual(BOUNDS.maxRssMb);
  expect(m.cpuSeconds).toBeLessThanOrEqual(BOUNDS.cpuSeconds);
});
