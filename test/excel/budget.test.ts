import { runAudit } from '../../src/excel/audit';
import { checkWorkbook } from '../../src/excel/check';
import { consolidateWorkbook } from '../../src/excel/consolidate';
import { isFailure } from '../../src/excel/failure';
import { exportForms } from '../../src/excel/forms';
import { insertTemplate } from '../../src/excel/insertTemplate';
import { book, ledgerRows, MB4, measure } from './support';
import type { TestBook, TestCell } from './support';

let t: TestBook | null = null;
afterEach(() => t?.uninstall());

const TODAY = '2026-11-25';
const now = new Date(2026, 10, 25, 15, 30, 0);

function workbook(sheets: number, rows: number, pad = 0): Record<string, TestCell[][]> {
  const out: Record<string, TestCell[][]> = {};
  for (let s = 0; s < sheets; s++) {
    out[`台帳_第${s + 1}課`] = ledgerRows(
      `第${s + 1}課`,
      Array.from({ length: rows }, (_, i) => [i + 1, `資産${s}-${i}`, `業務の記録 ${i}${'あ'.repeat(pad)}`, i % 2 ? 'A群' : 'B群', i % 3 ? 'レベル2' : 'レベル1']),
      46174,
    );
  }
  return out;
}

const operations: [string, () => Promise<unknown>][] = [
  ['insertTemplate', () => insertTemplate({ department: '新設課', today: TODAY })],
  ['check', () => checkWorkbook({ today: TODAY })],
  ['consolidate', () => consolidateWorkbook({ today: TODAY, now })],
  // With the yearly cycle's inputs: 提出状況 and 前年度比較 (+ 明細) are written in the same syncs.
  [
    'consolidateCycle',
    () =>
      consolidateWorkbook({
        today: TODAY,
        now,
        expectedDepartments: ['第1課', '第2課', '未提出課'],
        previous: { label: '前年度.xlsx', assets: [{ department: '第1課', number: 1, name: '資産0-0', content: '前年度の内容', group: 'A群', level: 'レベル1' }] },
      }),
  ],
  ['audit', () => runAudit({ today: TODAY, now })],
  ['forms', () => exportForms({ today: TODAY })],
];

async function syncsOf(sheets: number, rows: number, pad = 0): Promise<Record<string, { syncs: number; maxBytes: number }>> {
  const current = book(workbook(sheets, rows, pad));
  t = current;
  const out: Record<string, { syncs: number; maxBytes: number }> = {};
  for (const [name, op] of operations) {
    current.runtime.stats.reset();
    const result = await op();
    if (isFailure(result)) throw new Error(`${name}: ${result.detail}`);
    const m = measure(current.runtime);
    out[name] = { syncs: m.syncs, maxBytes: m.maxBytes };
  }
  current.uninstall();
  t = null;
  return out;
}

describe('sync budget (SPEC §9)', () => {
  test('round trips do not depend on the number of sheets or rows while the data is under 4 MB', async () => {
    const few = await syncsOf(3, 40);
    const many = await syncsOf(40, 120);
    const syncs = (r: Record<string, { syncs: number }>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.syncs]));
    expect(syncs(many)).toEqual(syncs(few));
    expect(syncs(few)).toEqual({ insertTemplate: 2, check: 3, consolidate: 4, consolidateCycle: 4, audit: 4, forms: 4 });
  });

  test('on a big workbook no sync carries more than 4 MB, whatever the operation', async () => {
    const big = await syncsOf(12, 2000, 60);
    for (const [name, m] of Object.entries(big)) expect([name, m.maxBytes <= MB4]).toEqual([name, true]);
    expect(big['check']!.syncs).toBeGreaterThan(3);
  });
});
