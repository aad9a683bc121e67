/**
 * The engine's boundary: plain data in (cell grids), plain data out (ledgers, issues, consolidation).
 * Nothing here knows about Office.js, React or Node I/O; the Excel adapter and the CLI both map to and
 * from these shapes. Every field is JSON-serialisable.
 */

/** Excel 1900-system date serial (what Office.js `values` returns for a date-formatted cell). */
export interface DateCell {
  readonly kind: 'date';
  readonly serial: number;
}

/** An Excel error value such as `#REF!`, `#N/A`, `#DIV/0!`. */
export interface ErrorCell {
  readonly kind: 'error';
  readonly code: string;
}

/** Rich text: the runs' texts in order (formatting is irrelevant to the rules). */
export interface RichTextCell {
  readonly kind: 'rich';
  readonly runs: readonly string[];
}

/** One cell's value as the engine sees it. `null` and `''` are both empty. */
export type CellValue = null | string | number | boolean | DateCell | ErrorCell | RichTextCell;

/** 0-based, inclusive, absolute sheet coordinates. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What the template writes onto a ledger sheet so it is recognised after a rename. */
export interface LedgerTag {
  readonly policyId: string;
  readonly templateVersion: string;
  readonly department: string | null;
}

/** One worksheet as read from Excel or from an .xlsx file. */
export interface SheetInput {
  readonly name: string;
  /** Rows of cells; `rows[0][0]` is the cell at `origin` (A1 when absent). Rows may be ragged. */
  readonly rows: readonly (readonly CellValue[])[];
  /** 0-based position of `rows[0][0]` on the sheet (a used range need not start at A1). */
  readonly origin?: { readonly row: number; readonly col: number };
  /** Merged areas; only the top-left cell of each holds the value (readers may also repeat it). */
  readonly merges?: readonly CellRange[];
  readonly tag?: LedgerTag | null;
}

/** One workbook: an .xlsx file for the CLI (`file` is its path), or the open workbook in Excel (`file` null). */
export interface WorkbookInput {
  readonly file: string | null;
  readonly sheets: readonly SheetInput[];
}

export type Severity = 'error' | 'warning' | 'info';
export type ParamValue = string | number | boolean | null;

/** Where an issue points. `sheet`/`cell` are null for file-level issues; `cell` is null for sheet-level ones. */
export interface IssueLocation {
  readonly file: string | null;
  readonly sheet: string | null;
  /** A1 address on the sheet, without the sheet name (e.g. `E7`). */
  readonly cell: string | null;
}

/**
 * A finding. Messages are not stored here: they are rendered per locale from `code` and `params`
 * at the edge (CLI, task pane, sheets).
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly location: IssueLocation;
  readonly department: string | null;
  readonly params: Readonly<Record<string, ParamValue>>;
}

/** Logical columns of a ledger table. The optional ones come from the policy pack's extended columns. */
export type ColumnKey =
  | 'number'
  | 'name'
  | 'content'
  | 'group'
  | 'level'
  | 'manager'
  | 'medium'
  | 'personalInfo'
  | 'retention'
  | 'remarks';

export type Layout = 'template' | 'form';

/** One asset row, with both the raw display text and the normalised codes. */
export interface Asset {
  /** Excel row number (1-based). */
  readonly row: number;
  /** Display text of each present column (what the user typed, rich text joined, errors as their code). */
  readonly text: Readonly<Partial<Record<ColumnKey, string>>>;
  /**
   * Cells of this row that belong to a merged area anchored elsewhere: column key → the anchor's A1 address.
   * Null in the usual case, where each present column's cell is its column (`Ledger.columns`) on `row`.
   * `assetCell` gives the address either way; addresses are not stored per row because a check of 100,000
   * rows would build (and collect) half a million strings that only the few rows with findings need.
   */
  readonly anchors: Readonly<Partial<Record<ColumnKey, string>>> | null;
  /** The normalised 番号, or null when empty or invalid. */
  readonly number: number | null;
  /** A canonical 番号 typed as text (`0000022200`, `007`), as text: outputs show this, never the number. Else null. */
  readonly numberText: string | null;
  /** Canonical 群 (`A群`/`B群`) — for a form sheet, the sheet's line — or null when empty or invalid. */
  readonly group: string | null;
  /** Canonical レベル (`レベル1`/`レベル2`), or null when empty or invalid. */
  readonly level: string | null;
  /** 情報資産名 normalised for comparison (NFKC, no spaces, lower case). */
  readonly nameKey: string;
}

/** A sheet recognised as a ledger, in either layout. */
export interface Ledger {
  readonly file: string | null;
  readonly sheet: string;
  readonly department: string | null;
  readonly layout: Layout;
  /** For a form sheet, the 群/レベル of its `（X群－レベルN）` line; null for the template layout. */
  readonly group: string | null;
  readonly level: string | null;
  readonly tagged: boolean;
  /** Excel row number of the header row, or null when none was found (tagged sheet without header). */
  readonly headerRow: number | null;
  /** 0-based absolute column index of each column found in the header. */
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  /** 更新日 as ISO `YYYY-MM-DD`, or null when missing or unreadable. */
  readonly updatedOn: string | null;
  readonly assets: readonly Asset[];
}

/** Policy id and version, carried into every report. */
export interface PolicyRef {
  readonly id: string;
  readonly version: string;
}
