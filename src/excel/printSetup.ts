/**
 * Print setup of every sheet the add-in writes (issue 10, item 6): A4 (Japan's default paper, where Excel's own
 * default is often Letter), one page wide and as many pages down as needed, the header row repeated on every
 * page. PageLayout is ExcelApi 1.9: below it the sheet keeps Excel's defaults and still prints, only less well.
 */
import { supportsExcelApi } from './requirements';

export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** 1-based Excel rows repeated at the top of each page (e.g. 5 → `$5:$5`), or null for none. */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
}

/**
 * A column width in characters (as the file format and the CLI's summary give it) in points (as Office.js sets it):
 * Excel's pixels for Calibri 11, `trunc(chars × 7 + 5)`, at 0.75 pt a pixel.
 */
export function charsToPoints(chars: number): number {
  return Math.trunc(chars * 7 + 5) * 0.75;
}

/** Whether the host has PageLayout (ExcelApi 1.9). Read once per operation, like the other features. */
export function canSetupPrint(): boolean {
  return supportsExcelApi('1.9');
}

/** Queue the print setup onto a sheet (nothing synced); does nothing where PageLayout is missing. */
export function queuePrintSetup(ws: Excel.Worksheet, setup: PrintSetup, available: boolean): void {
  if (!available) return;
  const layout = ws.pageLayout;
  layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // One page wide; 0 pages tall is "automatic", as in the file format's fitToHeight="0".
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.titleRows) layout.setPrintTitleRows(`$${setup.titleRows.first}:$${setup.titleRows.last}`);
}
