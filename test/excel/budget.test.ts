import { runAudit } from '../../src/excel/audit';
import { checkWorkbook } from '../../src/excel/check';
import { consolidateWorkbook } from '../../src/excel/consolidate';
import { isFailure } from '../../src/excel/failure';
import { exportForms } from '../../src/excel/forms';
import { insertTemplate } from '../../src/excel/insertTemplate';
import { applyFixes } from '../../src/excel/fixes';
import { importWorkbooks } from '../../src/excel/importWorkbooks';
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

function workbookOf(sheets: number, rows: number, rowOf: (s: number, i: number) => TestCell[]): Record<string, TestCell[][]> {
  const out: Record<string, TestCell[][]> = {};
  for (let s = 0; s < sheets; s++) out[`台帳_第${s + 1}課`] = ledgerRows(`第${s + 1}課`, Array.from({ length: rows }, (_, i) => rowOf(s, i)), 46174);
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

async function syncsOf(sheets: number, rows: number, pad = 0, rowOf?: (s: number, i: number) => TestCell[]): Promise<Record<string, { syncs: number; maxBytes: number; maxOperations: number }>> {
  const current = book(rowOf ? workbookOf(sheets, rows, rowOf) : workbook(sheets, rows, pad));
  t = current;
  const out: Record<string, { syncs: number; maxBytes: number; maxOperations: number }> = {};
  for (const [name, op] of operations) {
    current.runtime.stats.reset();
    const result = await op();
    if (isFailure(result)) throw new Error(`${name}: ${result.detail}`);
    const m = measure(current.runtime);
    out[name] = { syncs: m.syncs, maxBytes: m.maxBytes, maxOperations: Math.max(0, ...current.runtime.stats.syncOperations) };
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

describe('operations per sync (Microsoft counts calls and objects, not only bytes)', () => {
  test('text Excel would re-read (dates, -…, 0012, 1e5) in every row: 集計, 別記様式 and 監査 stay under 5,000 operations a sync', async () => {
    const tricky = ['2024/4/1', '-会議', '0012', '1e5', '12:30', "'引用", '(100)', 'TRUE'];
    const r = await syncsOf(6, 1500, 0, (s, i) => [i + 1, tricky[i % tricky.length] as string, `${tricky[(i + s) % tricky.length]}`, 'A群', i % 3 ? 'レベル2' : 'レベル1', tricky[(i + 3) % 8] as string]);
    for (const [name, m] of Object.entries(r)) expect([name, m.maxOperations <= 5000]).toEqual([name, true]);
  }, 120_000);

  test('the summary keeps such text as written: each column run formatted "@" before its values', async () => {
    const tricky = ['2024/4/1', '-会議', '0012', '1e5', '12:30', '(100)', 'TRUE', '$100', '1 1/2', '50%'];
    t = book(workbookOf(1, tricky.length, (_s, i) => [i + 1, `資産${i}`, { text: tricky[i] as string }, 'A群', 'レベル2']));
    const r = await consolidateWorkbook({ today: TODAY, now });
    if (isFailure(r)) throw new Error(r.detail);
    // The asset list is 集計_資産一覧 (the layout the CLI shares): 課, 番号, 情報資産名, 内容, ….
    const ws = t.runtime.workbook.sheetByName('集計_資産一覧')!;
    const contentCol = 3;
    const top = ws.rows.findIndex((row) => row?.[contentCol]?.v === '内容');
    expect(Array.from({ length: tricky.length }, (_, i) => ws.cell(top + 1 + i, contentCol)?.v)).toEqual(tricky);
  });

  test('400 sheets: the heads are read in two syncs, none over 5,000 operations', async () => {
    t = book(workbookOf(400, 3, (s, i) => [i + 1, `資産${s}-${i}`, '記録', 'A群', 'レベル2']));
    t.runtime.stats.reset();
    const r = await checkWorkbook({ today: TODAY });
    expect(r).toMatchObject({ status: 'checked', sheetsRead: 400 });
    expect(Math.max(...t.runtime.stats.syncOperations)).toBeLessThanOrEqual(5000);
    expect(t.runtime.stats.syncs).toBe(3);
  }, 60_000);

  test('6,000 confirmed fixes: applied and logged, never more than 5,000 operations in one sync', async () => {
    t = book(workbookOf(3, 2000, (s, i) => [i + 1, `資産${s}-${i}`, '記録', 'Ａ', 'レベル2']));
    const fixes = [1, 2, 3].flatMap((s) =>
      Array.from({ length: 2000 }, (_, i) => ({ file: null, sheet: `台帳_第${s}課`, cell: `D${i + 6}`, code: 'VALUE_NOT_CANONICAL', oldText: 'Ａ', newValue: 'A群' })),
    );
    t.runtime.stats.reset();
    const r = await applyFixes({ fixes });
    expect(r).toMatchObject({ status: 'applied' });
    expect(r.status === 'applied' && r.applied.length).toBe(6000);
    expect(Math.max(...t.runtime.stats.syncOperations)).toBeLessThanOrEqual(5000);
    expect(t.runtime.workbook.sheetByName('台帳_第3課')!.cell(2004, 3)?.v).toBe('A群');
  }, 60_000);

  test('import by parsing (ExcelApi 1.12): a file whose cells Excel would re-read stays under 5,000 operations a sync', async () => {
    t = book({ Sheet1: [] }, { ExcelApi: '1.12' });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台帳_総務課');
    ws.addRows([['情報資産台帳（総務課）'], ['課名', '総務課'], [], [], ['番号', '情報資産名', '内容', '群', 'レベル', '備考']]);
    for (let i = 0; i < 3000; i++) ws.addRow([i + 1, `資産${i}`, i % 2 ? '-会議' : '2024/4/1', 'A群', 'レベル2', '0012']);
    const data = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    t.runtime.stats.reset();
    const r = await importWorkbooks({ files: [{ name: '総務課.xlsx', data }], now });
    expect(r).toMatchObject({ status: 'imported' });
    expect(Math.max(...t.runtime.stats.syncOperations)).toBeLessThanOrEqual(5000);
    expect(t.runtime.workbook.sheetByName('台帳_総務課')!.cell(6, 2)?.v).toBe('-会議');
    expect(t.runtime.workbook.sheetByName('台帳_総務課')!.cell(5, 2)?.v).toBe('2024/4/1');
  }, 60_000);
});
