/** Shared set-up for the runtime tests: a runtime over a workbook built from inline 2-D arrays. */
import { createExcelRuntime } from '../../src/preview/runtime';
import type { ExcelRuntime, RequirementSets } from '../../src/preview/runtime';
import { SimWorkbook } from '../../src/preview/runtime/model';
import { writeInput } from '../../src/preview/runtime/cells';

/** A runtime whose workbook holds the given sheets (name → rows of values, written from A1). */
export function runtimeWith(sheets: Record<string, unknown[][]>, requirementSets?: RequirementSets): ExcelRuntime {
  const wb = new SimWorkbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = wb.addSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => writeInput(sheet, r, c, v, 'test')));
  }
  return requirementSets ? createExcelRuntime(wb, { requirementSets }) : createExcelRuntime(wb);
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected the promise to reject');
}
