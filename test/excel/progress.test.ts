// Long operations say how far they are (issue 10 item 17): sheets read of the workbook's, files parsed of those
// picked. Reported between round trips, so the count moves as the 4 MB batches come back.
import { checkWorkbook } from '../../src/excel/check';
import { importWorkbooks } from '../../src/excel/importWorkbooks';
import type { Progress } from '../../src/excel/progress';
import { runAudit } from '../../src/excel/audit';
import { book, ledgerRows } from './support';
import type { TestBook, TestCell } from './support';
import ExcelJS from 'exceljs';

let t: TestBook | null = null;
afterEach(() => t?.uninstall());

function sheets(count: number, rows: number, pad: number): Record<string, TestCell[][]> {
  const out: Record<string, TestCell[][]> = { メモ: [['メモ']] };
  for (let s = 0; s < count; s++) {
    out[`台帳_第${s + 1}課`] = ledgerRows(
      `第${s + 1}課`,
      Array.from({ length: rows }, (_, i) => [i + 1, `資産${s}-${i}`, `記録 ${i}${'あ'.repeat(pad)}`, 'B群', 'レベル2']),
      46174,
    );
  }
  return out;
}

/** A department's file as exceljs writes it: one canonical ledger sheet. */
async function sampleFileBytes(department: string): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(`台帳_${department}`).addRows([[`情報資産台帳（${department}）`], ['課名', department], [], [], ['番号', '情報資産名', '内容', '群', 'レベル', '備考'], [1, '会議録', '内容', 'B群', 'レベル2']]);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

test('検証する counts the sheets read, batch by batch, up to all of them', async () => {
  t = book(sheets(12, 2000, 60));
  const seen: Progress[] = [];
  const r = await checkWorkbook({ today: '2026-11-25', onProgress: (p) => seen.push(p) });
  expect(r.status).toBe('checked');
  expect(new Set(seen.map((p) => `${p.unit}/${p.total}`))).toEqual(new Set(['sheet/13']));
  const done = seen.map((p) => p.done);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(done.at(-1)).toBe(13);
  // More than one batch: the count moves in steps between 0 and all, not only at the end.
  expect(done.filter((d) => d > 0 && d < 13).length).toBeGreaterThan(0);
});

test('a small workbook reports once, everything read', async () => {
  t = book(sheets(2, 5, 0));
  const seen: Progress[] = [];
  await runAudit({ today: '2026-11-25', onProgress: (p) => seen.push(p) });
  expect(seen).toEqual([{ done: 3, total: 3, unit: 'sheet' }]);
});

test('部署ファイルを取り込む counts the files parsed, an unreadable one included', async () => {
  t = book({ Sheet1: [] });
  const seen: Progress[] = [];
  const files = [
    { name: '総務課.xlsx', data: await sampleFileBytes('総務課') },
    { name: '壊れた.xlsx', data: new TextEncoder().encode('not a workbook').buffer },
    { name: '企画課.xlsx', data: await sampleFileBytes('企画課') },
  ];
  const r = await importWorkbooks({ files, onProgress: (p) => seen.push(p) });
  expect(r.status).toBe('imported');
  expect(seen).toEqual([0, 1, 2, 3].map((done) => ({ done, total: 3, unit: 'file' })));
});
