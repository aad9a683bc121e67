/**
 * Caps on what reading one file may cost, enforced while the file is inflated and parsed (never after), so
 * that a hostile or broken file — a zip bomb, a sheet of a billion cells, amplified shared strings, a merge
 * list of millions — ends as FILE_UNREADABLE with the numbers, and the rest of the run goes on. Shared by the
 * CLI, the add-in's import and the preview (the same src/xlsx code runs in the browser).
 *
 * The defaults sit far above a real ledger (a large one: 5,000 rows, a sheet part of a few MB) and far below
 * what would take a process past 500 MB or 10 s. Tests lower them through `limitsWith` instead of building
 * gigabyte files.
 */
export interface ReadLimits {
  /** Bytes of the file itself. */
  readonly inputBytes: number;
  /** Records in the zip's central directory (a valid zip may hold 65,535 and more). */
  readonly entries: number;
  /** Inflated bytes of any one part that is read. */
  readonly partBytes: number;
  /** Inflated bytes of all the parts read from one file, together. */
  readonly totalBytes: number;
  /** Non-empty cells, all sheets together. */
  readonly cells: number;
  /**
   * Rows holding a value, all sheets together. Every rule's findings grow with the rows (up to five on a row
   * holding one cell), and so do the check's memory and time: this cap is what bounds them.
   */
  readonly rows: number;
  /** Characters of cell text, all cells together; a shared string counts at every cell that uses it. */
  readonly textChars: number;
  /** Entries (`<si>`) of the shared-strings part. */
  readonly sharedStrings: number;
  /** Merged ranges, all sheets together. */
  readonly merges: number;
  /** Rows the merged ranges span within each sheet's rows that hold values, all merges together (the engine indexes merges by row). */
  readonly mergeRows: number;
  /** Element nesting in any part read. */
  readonly depth: number;
  /** A whole file handed to exceljs (the preview's runtime): entries (it makes streams for each, about 0.4 ms apiece). */
  readonly fallbackEntries: number;
  /** The exceljs fallback (which builds an object per cell and per merged cell): inflated bytes of the parts it is given. */
  readonly fallbackBytes: number;
  /** The exceljs fallback: cells (`<c>` elements), all sheets. */
  readonly fallbackCells: number;
  /** The exceljs fallback: merged ranges (it compares each with all earlier ones). */
  readonly fallbackMerges: number;
  /** The exceljs fallback: cells covered by merged ranges (it creates every one of them). */
  readonly fallbackMergedCells: number;
}

const MB = 1_000_000;

export const DEFAULT_LIMITS: ReadLimits = {
  inputBytes: 100 * MB,
  entries: 100_000,
  partBytes: 64 * MB,
  totalBytes: 100 * MB,
  cells: 2_000_000,
  rows: 50_000,
  textChars: 50_000_000,
  sharedStrings: 2_000_000,
  merges: 100_000,
  mergeRows: 2_000_000,
  depth: 1_000,
  fallbackEntries: 10_000,
  fallbackBytes: 50 * MB,
  fallbackCells: 300_000,
  fallbackMerges: 2_000,
  fallbackMergedCells: 1_000_000,
};

/** The defaults with some caps replaced (tests; a caller with other needs). */
export function limitsWith(changes: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_LIMITS, ...changes };
}

export type LimitName = keyof ReadLimits;

/**
 * A cap was passed. `max` is the cap, `actual` what the file has or declares when known (null when reading
 * stopped at the cap), `part` the zip entry concerned when there is one.
 */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    readonly actual: number | null,
    readonly part: string | null,
  ) {
    super(`over the ${limit} limit of ${max}${actual !== null ? ` (${actual})` : ''}${part ? ` in ${part}` : ''}`);
    this.name = 'LimitExceeded';
  }
}

export function isLimitExceeded(e: unknown): e is LimitExceeded {
  return e instanceof LimitExceeded || (e instanceof Error && e.name === 'LimitExceeded' && 'limit' in e);
}

/**
 * The running counts of one file's reading, checked against its limits as they grow. One per read of a file
 * (the exceljs fallback starts its own).
 */
export class Budget {
  private inflatedBytes = 0;
  private cellCount = 0;
  private rowCount = 0;
  private chars = 0;
  private mergeCount = 0;
  private mergeRowCount = 0;

  constructor(readonly limits: ReadLimits = DEFAULT_LIMITS) {}

  /** Before inflating `part`, which declares `size` bytes: the part and file caps still allow it. */
  allowPart(part: string, size: number): void {
    if (size > this.limits.partBytes) throw new LimitExceeded('partBytes', this.limits.partBytes, size, part);
    if (this.inflatedBytes + size > this.limits.totalBytes) throw new LimitExceeded('totalBytes', this.limits.totalBytes, this.inflatedBytes + size, part);
  }

  /** After inflating `size` bytes of `part`. */
  inflated(part: string, size: number): void {
    this.allowPart(part, size);
    this.inflatedBytes += size;
  }

  /** A row holding at least one value. */
  row(): void {
    if (++this.rowCount > this.limits.rows) throw new LimitExceeded('rows', this.limits.rows, null, null);
  }

  /** A non-empty cell whose text (0 for numbers and such) has `chars` characters. */
  cell(chars: number): void {
    if (++this.cellCount > this.limits.cells) throw new LimitExceeded('cells', this.limits.cells, null, null);
    this.chars += chars;
    if (this.chars > this.limits.textChars) throw new LimitExceeded('textChars', this.limits.textChars, null, null);
  }

  /**
   * `cells` non-empty cells holding `chars` characters in all, over `rows` rows, charged at once when every
   * count stays within its cap (true); otherwise nothing is charged (false) and the caller charges them one
   * by one, so the limit reported is the one reached first. (The counts only grow, so totals within the caps
   * mean no cap was passed on the way.)
   */
  bulk(cells: number, chars: number, rows: number): boolean {
    const l = this.limits;
    if (this.cellCount + cells > l.cells || this.chars + chars > l.textChars || this.rowCount + rows > l.rows) return false;
    this.cellCount += cells;
    this.chars += chars;
    this.rowCount += rows;
    return true;
  }

  /** The `n`-th shared string (1-based) of `part`. */
  sharedString(n: number, part: string | null): void {
    if (n > this.limits.sharedStrings) throw new LimitExceeded('sharedStrings', this.limits.sharedStrings, null, part);
  }

  /** One more merged range. */
  merge(): void {
    if (++this.mergeCount > this.limits.merges) throw new LimitExceeded('merges', this.limits.merges, null, null);
  }

  /** Merged ranges of a sheet whose rows with values end at `rowCount`: the rows they span there. */
  mergeRows(merges: readonly { readonly top: number; readonly bottom: number }[], rowCount: number): void {
    for (const m of merges) {
      const span = Math.min(m.bottom, rowCount - 1) - m.top + 1;
      if (span > 0) this.mergeRowCount += span;
      if (this.mergeRowCount > this.limits.mergeRows) throw new LimitExceeded('mergeRows', this.limits.mergeRows, null, null);
    }
  }
}

/** The characters of a cell value's text (strings and rich-text runs; 0 for anything else). */
export function textLength(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'rich') {
    let n = 0;
    for (const run of (v as { runs: readonly string[] }).runs) n += run.length;
    return n;
  }
  return 0;
}
