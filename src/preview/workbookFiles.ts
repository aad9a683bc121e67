/**
 * The preview's workbook: a fresh in-memory runtime installed as the Excel/Office globals, opened from or saved
 * to a real .xlsx (exceljs loads only then), and a sample ledger. Nothing is kept in browser storage (SPEC §11).
 */
import { insertTemplate, isFailure } from '../excel';
import { renderIssue } from '../i18n';
import { fileUnreadableIssue, templateModel } from '../ledger';
import { isXlsxReadError } from '../xlsx/errors';
import { createExcelRuntime, installExcelGlobals, loadXlsx, saveXlsx } from './runtime';
import type { ExcelRuntime, SimWorkbook } from './runtime';

let uninstall: (() => void) | null = null;

/** A runtime over `workbook` (a new book when omitted), made the page's Excel; the previous one is removed. */
export function startRuntime(workbook?: SimWorkbook): ExcelRuntime {
  uninstall?.();
  const runtime = createExcelRuntime(workbook);
  uninstall = installExcelGlobals(runtime);
  return runtime;
}

/**
 * Opens an .xlsx file picked by the user as the preview's workbook. A file refused before loading (too
 * large, damaged: src/xlsx/fallback.ts) rejects with the FILE_UNREADABLE message as the error's text.
 */
export async function openWorkbook(file: Blob): Promise<ExcelRuntime> {
  const name = 'name' in file && typeof file.name === 'string' ? file.name : null;
  let workbook: SimWorkbook;
  try {
    workbook = await loadXlsx(await file.arrayBuffer());
  } catch (e) {
    if (!isXlsxReadError(e)) throw e;
    throw new Error(renderIssue(fileUnreadableIssue(name, e.reason, undefined, e.params), 'ja'));
  }
  return startRuntime(workbook);
}

/** Saves the workbook and hands it to the browser as a download. */
export async function downloadWorkbook(runtime: ExcelRuntime, fileName: string): Promise<void> {
  const bytes = await saveXlsx(runtime.workbook);
  const blob = new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; free the object URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Rows the sample ledger gets: one per kind of asset a 課 typically holds, plus one for the checks to find. */
export const SAMPLE_ROWS: readonly (readonly (string | number)[])[] = [
  [1, '住民記録データベース', '住民基本台帳システムの住民記録', 'A群', 'レベル1'],
  [2, '課内会議録', '課内会議の記録（紙の簿冊）', 'B群', 'レベル2'],
  [3, '窓口受付簿', '来庁者の受付記録（紙）', 'B群', 'レベル2'],
  [4, '広報原稿', '共有フォルダの広報誌原稿', 'Ａ', 'レベル2'],
];

export type SampleResult =
  | { readonly status: 'inserted' | 'exists'; readonly sheet: string; readonly department: string }
  | { readonly status: 'failed'; readonly detail: string };

/**
 * 台帳を挿入 for `department` through the real adapter, then the sample rows typed in as a user would
 * (runtime.userEdit). Says where the sample went, that the 課 already has a ledger, or why it failed.
 */
export async function insertSample(runtime: ExcelRuntime, department = '総務課'): Promise<SampleResult> {
  const inserted = await insertTemplate({ department });
  if (isFailure(inserted)) return { status: 'failed', detail: inserted.message };
  if (inserted.status === 'invalid') return { status: 'failed', detail: inserted.message };
  if (inserted.status === 'exists') return { status: 'exists', sheet: inserted.sheet, department };
  const model = templateModel(department, { today: '2000-01-01' });
  SAMPLE_ROWS.forEach((row, i) => {
    const excelRow = model.headerRow + 1 + i;
    const last = String.fromCharCode(65 + row.length - 1);
    runtime.userEdit(inserted.sheet, `A${excelRow}:${last}${excelRow}`, [row]);
  });
  return { status: 'inserted', sheet: inserted.sheet, department };
}
