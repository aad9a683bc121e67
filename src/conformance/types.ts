/**
 * A conformance case: one documented behaviour of Excel's JavaScript API that the add-in relies on, written once
 * and run on any host — the in-memory runtime (`npm run conformance`, test/conformance) and real Excel (the
 * diagnostics page, 診断). A case works only in the scratch sheets the harness gives it, never in the user's sheets.
 */

/** What a case may use: the host's API level and platform, Excel.run, and its scratch sheets. */
export interface CaseContext {
  /** ExcelApi `version` is supported (Office.context.requirements.isSetSupported). */
  has(version: string): boolean;
  /** Office.context.platform: 'OfficeOnline' (Excel on the web), 'PC', 'Mac', … ('unknown' when not told). */
  readonly platform: string;
  /** The scratch sheet every case may write to (cleared before each case). */
  readonly sheet: string;
  /** A further scratch sheet name (created by the case itself; removed by the harness at the end). */
  scratchName(tag: string): string;
}

/** JSON-able values only: the report carries them as they are. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Outcome =
  /** `expected: null` = not documented for this host: the observation is reported, never judged. */
  | { readonly expected: Json; readonly observed: Json; readonly note?: string }
  | { readonly skipped: string };

export interface ConformanceCase {
  readonly id: string;
  /** One line in Japanese for the report. */
  readonly title: string;
  /** Where the behaviour is documented (Microsoft's page, or the office-js issue that shows it). */
  readonly source: string;
  run(x: CaseContext): Promise<Outcome>;
}

export type CaseStatus = 'passed' | 'failed' | 'observed' | 'skipped';

export interface CaseResult {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly status: CaseStatus;
  readonly expected?: Json;
  readonly observed?: Json;
  readonly note?: string;
}
