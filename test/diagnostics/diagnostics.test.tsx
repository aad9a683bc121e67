/** @jest-environment jsdom */
// 診断 (issue 8): the page runs the conformance cases and the operation probe on whatever Excel the globals are —
// here the in-memory runtime as ExcelApi 1.13 — shows a Japanese summary and the JSON report, and leaves the user's
// sheets, names and active sheet as they were.
import './jsdom-globals';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DiagnosticsPage } from '../../src/diagnostics/DiagnosticsPage';
import type { DiagnosticsReport } from '../../src/diagnostics/report';
import { createExcelRuntime, installExcelGlobals } from '../../src/preview/runtime';
import { SimWorkbook } from '../../src/preview/runtime/model';
import { writeInput } from '../../src/preview/runtime/cells';

jest.setTimeout(120_000);

function userBook(): SimWorkbook {
  const wb = new SimWorkbook();
  const ledger = wb.addSheet('台帳_総務課');
  const rows = [['情報資産台帳（総務課）'], ['課名', '総務課'], [], [], ['番号', '情報資産名', '内容', '群', 'レベル'], [1, '会議録', '課内会議の記録', 'A群', 'レベル2']];
  rows.forEach((row, r) => row.forEach((v, c) => writeInput(ledger, r, c, v, 'setup')));
  writeInput(wb.addSheet('集計'), 0, 0, '情報資産台帳 集計', 'setup');
  return wb;
}

test('runs every case and the probe, reports them, and changes nothing of the user’s', async () => {
  const wb = userBook();
  const before = JSON.stringify(wb.sheets.map((s) => [s.name, s.rows, s.conditionalFormats]));
  const runtime = createExcelRuntime(wb, { requirementSets: { ExcelApi: '1.13' } });
  const uninstall = installExcelGlobals(runtime);
  try {
    render(<DiagnosticsPage insideExcel options={{ office: (globalThis as unknown as { Office: typeof Office }).Office, userAgent: 'jsdom', today: '2026-11-25' }} />);
    await userEvent.click(screen.getByRole('button', { name: '診断を実行' }));
    const json = await screen.findByRole('textbox', { name: '診断結果（JSON）' }, { timeout: 100_000 });
    const report = JSON.parse((json as HTMLTextAreaElement).value) as DiagnosticsReport;
    expect(report.host).toMatchObject({ host: 'Excel', platform: 'OfficeOnline', excelApi: '1.13' });
    expect(report.cases.filter((c) => c.status === 'failed').map((c) => [c.id, c.expected, c.observed])).toEqual([]);
    expect(report.cases.length).toBeGreaterThanOrEqual(40);
    expect(report.cases.every((c) => c.status === 'passed' || c.status === 'skipped')).toBe(true);
    // The adapter's operations, counted on the scratch ledger (the runtime counts Excel.run's implicit sync too);
    // every sheet here ends within row 30, so reading takes 2 syncs (src/excel/README.md).
    expect(report.operations.map((o) => [o.operation.replace(/（.*$/, ''), o.syncs])).toEqual([
      ['insertTemplate', 2],
      ['checkWorkbook', 2],
      ['checkSheets', 2],
      ['showFindings', 3],
      ['showFindings', 2],
      ['selectCell', 1],
      ['clearFindings', 3],
      ['runAudit', 3],
    ]);
    expect(screen.getByText(/Excel on the web（ExcelApi 1\.13）で \d+ 項目を確かめました: 期待どおり \d+、食い違い 0/)).toBeInTheDocument();
    // Nothing left behind: the user's sheets as they were, no scratch sheet, no added name, the same active sheet.
    expect(wb.sheets.map((s) => s.name)).toEqual(['台帳_総務課', '集計']);
    expect(JSON.stringify(wb.sheets.map((s) => [s.name, s.rows, s.conditionalFormats]))).toBe(before);
    expect(wb.names).toEqual([]);
    expect(wb.activeSheet?.name).toBe('台帳_総務課');
    expect(wb.eventsEnabled).toBe(true);
  } finally {
    uninstall();
  }
});

test('outside Excel the page explains and offers nothing to run', () => {
  render(<DiagnosticsPage insideExcel={false} options={{ office: undefined, userAgent: 'jsdom' }} />);
  expect(screen.getByText('Excel の中で開いたときだけ実行できます。')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '診断を実行' })).toBeDisabled();
});
