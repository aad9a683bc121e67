/**
 * Every reader agrees on what a ledger is (issue 10, item 1): a workbook the add-in has worked on — a ledger, a 課's
 * four forms imported, then 集計, 別記様式, 監査, 自動修正 and 確認済み — saved as .xlsx and given to the CLI gives
 * the counts the task pane showed; a summary the CLI wrote, fed back in, counts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, checkWorkbook, consolidateWorkbook, exportForms, importWorkbooks, isFailure, markReviewed, runAudit } from '../../src/excel';
import type { CheckWorkbookResult } from '../../src/excel';
import { proposeFixes } from '../../src/ledger';
import { SimWorkbook } from '../../src/preview/runtime/model';
import { readXlsx } from '../../src/xlsx/read';
import { createExcelRuntime, installExcelGlobals } from '../../src/preview/runtime/runtime';
import { saveXlsx } from '../../src/preview/runtime/xlsx';
import { insertSample } from '../../src/preview/workbookFiles';
import { MemoryFs, memoryIo } from './memory-io';
import { runJson } from './run';

const TODAY = '2025-06-01';
const fixture = (name: string) => {
  const b = readFileSync(join(__dirname, '../fixtures', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

function checked(r: CheckWorkbookResult | { status: 'failed' }): CheckWorkbookResult {
  if (r.status !== 'checked') throw new Error(JSON.stringify(r));
  return r;
}

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/** The add-in's whole round: every sheet it can write is in the workbook when it is saved. */
async function workedOn(): Promise<{ bytes: Uint8Array; pane: CheckWorkbookResult; assets: number; sheets: Record<string, unknown[][]> }> {
  const wb = new SimWorkbook();
  wb.addSheet('Sheet1');
  const runtime = createExcelRuntime(wb);
  uninstall = installExcelGlobals(runtime);
  expect(await insertSample(runtime)).toMatchObject({ sheet: '台帳_総務課' });
  expect((await importWorkbooks({ files: [{ name: 'form-kikaku.xlsx', data: fixture('form-kikaku.xlsx') }] })).status).toBe('imported');
  const first = checked(await checkWorkbook({ today: TODAY }));
  const fixed = await applyFixes({ fixes: proposeFixes(first.result) });
  if (isFailure(fixed)) throw new Error(fixed.detail);
  expect(fixed.applied.length).toBeGreaterThan(0); // so 変更履歴 exists
  const before = checked(await checkWorkbook({ today: TODAY }));
  const reviewable = before.open.find((i) => i.code === 'LEVEL1_SUSPECTED' || i.code === 'GROUP_SUSPECTED');
  if (!reviewable) throw new Error('the sample has no keyword warning to review');
  expect((await markReviewed({ issue: reviewable, reason: '紙の簿冊で確認', reviewer: '情報政策課 佐藤', result: before.result })).status).toBe('marked');
  const summary = await consolidateWorkbook({ today: TODAY });
  if (summary.status !== 'consolidated') throw new Error(JSON.stringify(summary));
  expect((await exportForms({ today: TODAY })).status).toBe('exported');
  expect((await runAudit({ today: TODAY })).status).toBe('audited');
  const pane = checked(await checkWorkbook({ today: TODAY }));
  const names = runtime.workbook.sheets.map((s) => s.name);
  for (const own of ['集計', '集計_資産一覧', '集計_指摘事項', '別記様式', '変更履歴', '_確認済み', '_取込記録']) expect(names).toContain(own);
  expect(names.some((n) => n.startsWith('監査結果_'))).toBe(true);
  // Read through the API, as Excel shows them (the links are HYPERLINK formulas; the runtime evaluates those).
  const sheets = await Excel.run(async (context) => {
    const ranges = ['集計', '集計_資産一覧', '集計_指摘事項'].map((n) => [n, context.workbook.worksheets.getItem(n).getUsedRange(true).load('values')] as const);
    await context.sync();
    return Object.fromEntries(ranges.map(([n, r]) => [n, trimmed(r.values)]));
  });
  return { bytes: await saveXlsx(runtime.workbook), pane, assets: summary.summary.assets.length, sheets };
}

/** Rows as a reader gives them: empty cells null, trailing empties dropped. */
function trimmed(values: unknown[][]): unknown[][] {
  return values.map((row) => {
    const cells = row.map((v) => (v === '' ? null : v));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
}

describe('a workbook saved by the add-in, read by the CLI', () => {
  test('validate and consolidate count what the pane counted: the tool’s own sheets are no ledgers', async () => {
    const { bytes, pane, assets } = await workedOn();
    expect(pane.result.ledgers.map((l) => l.sheet)).toEqual(['台帳_総務課', '企画課_A群－レベル1', '企画課_A群－レベル2', '企画課_B群－レベル1', '企画課_B群－レベル2']);
    expect(assets).toBe(pane.result.ledgers.reduce((n, l) => n + l.assets.length, 0));

    const fs = new MemoryFs().put('saved.xlsx', bytes);
    const validate = await runJson(memoryIo(fs), 'validate', 'saved.xlsx', '--today', TODAY);
    expect(validate.report.counts).toEqual(pane.result.counts);
    expect(validate.report.files[0]?.ledgers.map((l) => l.sheet)).toEqual(pane.result.ledgers.map((l) => l.sheet));
    expect(validate.report.issues.map((i) => `${i.code} ${i.sheet ?? '-'}!${i.cell ?? '-'}`)).toEqual(
      pane.result.issues.map((i) => `${i.code} ${i.location.sheet ?? '-'}!${i.location.cell ?? '-'}`),
    );

    const consolidate = await runJson(memoryIo(fs), 'consolidate', 'saved.xlsx', '--out', 'summary.xlsx', '--today', TODAY);
    expect(consolidate.report.counts).toEqual(pane.result.counts);
    expect(consolidate.report.files[0]?.ledgers.reduce((n, l) => n + l.assets, 0)).toBe(assets);
  });

  test('the CLI’s summary and the add-in’s 集計 lay out the same facts in the same cells (one layout, issue 10 item 5)', async () => {
    const { bytes, sheets } = await workedOn();
    const fs = new MemoryFs().put('saved.xlsx', bytes);
    await runJson(memoryIo(fs), 'consolidate', 'saved.xlsx', '--out', 'summary.xlsx', '--today', TODAY);
    const cli = await readXlsx(fs.files.get('summary.xlsx') ?? new Uint8Array(), null);
    expect(cli.sheets.map((x) => x.name)).toEqual(['集計', '集計_資産一覧', '集計_指摘事項']);
    const cliRows = (name: string) => (cli.sheets.find((x) => x.name === name)?.rows ?? []).map((r) => [...r]);
    const addin = (name: string) => sheets[name] ?? [];
    // 集計: everything but the time it was made.
    const made = (rows: unknown[][]) => rows.map((r, i) => (i === 1 ? r.slice(0, 1) : r));
    expect(made(cliRows('集計'))).toEqual(made(addin('集計')));
    // The asset list: the same rows; the link names the sheet and cell, and for the CLI also the file.
    expect(cliRows('集計_資産一覧').map((r) => r.slice(0, 6))).toEqual(addin('集計_資産一覧').map((r) => r.slice(0, 6)));
    expect(addin('集計_資産一覧')[1]?.[6]).toBe('台帳_総務課!B8');
    expect(cliRows('集計_資産一覧')[1]?.[6]).toBe('saved.xlsx 台帳_総務課!B8');
    // The findings: the same rows but for the file column (the CLI names it; the add-in's sources are its own sheets).
    const noFile = (rows: unknown[][]) => rows.map((r) => [...r.slice(0, 4), ...r.slice(5)]);
    expect(noFile(cliRows('集計_指摘事項'))).toEqual(noFile(addin('集計_指摘事項')));
  });

  test('the CLI’s own summary fed back in holds no ledger, and says why', async () => {
    const { bytes } = await workedOn();
    const fs = new MemoryFs().put('saved.xlsx', bytes);
    await runJson(memoryIo(fs), 'consolidate', 'saved.xlsx', '--out', 'summary.xlsx', '--today', TODAY);
    const again = await runJson(memoryIo(fs), 'validate', 'summary.xlsx', '--today', TODAY);
    expect(again.report.files).toEqual([{ path: 'summary.xlsx', format: 'xlsx', encoding: null, ledgers: [] }]);
    expect(again.report.issues.map((i) => [i.code, i.file, i.message])).toEqual([
      ['LEDGER_NOT_FOUND', 'summary.xlsx', 'このファイルには台帳シートがありません（集計・別記様式・監査結果など、このツールが書いたシートは台帳として数えません）。各課の台帳のファイルか確認してください。'],
    ]);
  });
});
