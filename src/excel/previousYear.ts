/**
 * Last year's summary for 集計する's 前年度比較 (issue 12): the file the user picks in the task pane is read there —
 * with the readers the CLI uses (src/xlsx/spreadsheet.ts, loaded only now) and its asset list found by structure
 * (src/xlsx/summary-read.ts), so `ledger consolidate --previous` and the add-in compare against the same list. A
 * department file of last year is taken too (its ledgers), as the CLI does. The file never leaves the pane and
 * nothing of it is stored: what is kept is the asset list, in the pane's memory, until the pane closes.
 */
import { fileUnreadableIssue } from '../ledger';
import type { Issue } from '../ledger';
import type { ImportFile } from './importPlan';
import type { PreviousYear } from './consolidate';

export type ReadPreviousYearResult =
  | {
      readonly status: 'read';
      readonly previous: PreviousYear;
      /** A summary's asset list (on `sheet`), or the ledgers of a department file. */
      readonly kind: 'summary' | 'ledgers';
      readonly sheet: string | null;
      readonly departments: number;
    }
  /** Not readable: FILE_UNREADABLE with its reason (an old .xls, a password, cut short…). */
  | { readonly status: 'unreadable'; readonly file: string; readonly issue: Issue }
  /** Readable, but neither a summary's asset list nor a ledger. */
  | { readonly status: 'empty'; readonly file: string };

/** Read the picked file as last year. Never throws: a bad file is a result the pane explains. */
export async function readPreviousYear(file: ImportFile): Promise<ReadPreviousYearResult> {
  const { readSpreadsheet } = await import('../xlsx/spreadsheet');
  const { isXlsxReadError } = await import('../xlsx/errors');
  const { previousAssets } = await import('../xlsx/previous-assets');
  let read;
  try {
    read = await readSpreadsheet(file.data, file.name);
  } catch (error) {
    return { status: 'unreadable', file: file.name, issue: fileUnreadableIssue(file.name, isXlsxReadError(error) ? error.reason : 'corrupt') };
  }
  const found = previousAssets(read.workbook);
  if (found.kind === 'empty') return { status: 'empty', file: file.name };
  return {
    status: 'read',
    previous: { label: file.name, assets: found.assets },
    kind: found.kind,
    sheet: found.kind === 'summary' ? found.sheet : null,
    departments: found.departments,
  };
}
