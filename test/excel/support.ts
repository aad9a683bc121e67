/**
 * Test support for the Excel adapter: an in-memory runtime installed as the Office.js globals, with sheets
 * given as inline 2D arrays. Setup writes straight into the runtime's model (it is not what is under test);
 * everything the adapter does goes through Excel.run and is counted.
 */
import { createExcelRuntime, installExcelGlobals } from '../../src/preview/runtime/runtime';
import type { ExcelRuntime, RequirementSets } from '../../src/preview/runtime/runtime';
import type { SimSheet } from '../../src/preview/runtime/model';
import { SimWorkbook } from '../../src/preview/runtime/model';


/** A cell in a test sheet: a value, an error, a date (serial + format), or text kept as text. */
export type TestCell = string | number | boolean | null | { error: string } | { date: number } | { text: string };

export interface TestBook {
  runtime: ExcelRuntime;
  uninstall: () => void;
}

export function fillSheet(sheet: SimSheet, rows: readonly (readonly TestCell[])[], top = 0, left = 0): void {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = sheet.ensure(top + r, left + c);
      if (typeof v === 'object') {
        if ('error' in v) {
          cell.v = v.error;
          cell.error = true;
        } else if ('date' in v) {
          cell.v = v.date;
          cell.nf = 'yyyy/m/d';
        } else {
          cell.v = v.text;
          cell.nf = '@';
        }
      } else cell.v = v;
    }),
  );
}

/** A runtime over a workbook with these sheets, installed as the globals (call uninstall in afterEach). */
export function book(sheets: Record<string, readonly (readonly TestCell[])[]>, requirementSets?: RequirementSets): TestBook {
  const wb = new SimWorkbook();
  for (const [name, rows] of Object.entries(sheets)) fillSheet(wb.addSheet(name), rows);
  const runtime = createExcelRuntime(wb, requirementSets ? { requirementSets } : {});
  const uninstall = installExcelGlobals(runtime);
  return { runtime, uninstall };
}

/** Values of a sheet as a 2D array ('' for empty), from the model, for assertions. */
export function valuesOf(runtime: ExcelRuntime, name: string): (string | number | boolean)[][] {
  const sheet = runtime.workbook.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return Array.from(sheet.rows, (row) => Array.from(row ?? [], (cell) => cell?.v ?? ''));
}

export const MB4 = 4 * 1024 * 1024;

/** Syncs and the largest sync of what ran since the last reset. */
export function measure(runtime: ExcelRuntime): { syncs: number; maxBytes: number; bytes: number } {
  const s = runtime.stats;
  return { syncs: s.syncs, maxBytes: Math.max(0, ...s.syncBytes), bytes: s.syncBytes.reduce((a, b) => a + b, 0) };
}

/** A canonical ledger sheet as rows: title, meta, header at row 5, then the assets. */
export function ledgerRows(department: string, assets: readonly (readonly TestCell[])[], updated = 46000): TestCell[][] {
  return [
    [`情報資産台帳（${department}）`],
    ['課名', department],
    ['更新日', { date: updated }],
    [],
    ['番号', '情報資産名', '内容', '群', 'レベル', '備考'],
    ...assets.map((a) => [...a]),
  ];
}

/** The user deletes a sheet in Excel between two of the add-in's syncs (no proxy, no sync of the add-in's). */
export function deleteSheetAsUser(runtime: ExcelRuntime, name: string): void {
  const sheet = runtime.workbook.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  runtime.workbook.removeSheet(sheet);
}
