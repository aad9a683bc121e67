import type { OutCell, OutSheet, RowSource } from './sheet-xml';

/** Excel's grid: 1,048,576 rows by 16,384 columns a worksheet ("Excel specifications and limits", Microsoft). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** A sheet we were about to write past Excel's grid (nothing is written). */
export class SheetTooLarge extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(`sheet ${sheet}: ${rows} rows, ${columns} columns; Excel allows ${EXCEL_MAX_ROWS} by ${EXCEL_MAX_COLUMNS}`);
    this.name = 'SheetTooLarge';
  }
}

function source(rows: OutSheet['rows']): RowSource {
  return Array.isArray(rows) ? { count: rows.length, row: (i) => rows[i] ?? [] } : (rows as RowSource);
}

/** `A1:G5000` for a part of `count` rows: the same columns, down to its last row. */
function filterFor(range: string | undefined, count: number): string | undefined {
  const m = range === undefined ? null : /^([A-Z]+\d+:[A-Z]+)\d+$/.exec(range);
  return m ? `${m[1] ?? ''}${count}` : range;
}

/**
 * A list sheet whose rows would pass Excel's last row, as several sheets: the first keeps the name, the next
 * are `name (2)`, `name (3)`, …, each starting with the same `header` rows (and their styles, panes, widths
 * and filter); the rows are taken in order, none lost or repeated. A sheet that fits is returned as it is.
 */
export function splitRows<S extends OutSheet>(sheet: S, header = 1, maxRows = EXCEL_MAX_ROWS): S[] {
  const all = source(sheet.rows);
  if (all.count <= maxRows) return [sheet];
  const per = maxRows - header;
  const parts: S[] = [];
  for (let from = header, n = 1; from < all.count; from += per, n++) {
    const start = from;
    const count = header + Math.min(per, all.count - start);
    const rows: RowSource = { count, row: (i: number): readonly OutCell[] => all.row(i < header ? i : start + i - header) };
    const styles = new Map<number, number>();
    for (const [i, s] of sheet.rowStyles ?? []) {
      if (i < header) styles.set(i, s);
      else if (i >= start && i < start + count - header) styles.set(i - start + header, s);
    }
    const filter = filterFor(sheet.autoFilter, count);
    parts.push({ ...sheet, name: n === 1 ? sheet.name : `${sheet.name} (${n})`, rows, rowStyles: styles, ...(filter ? { autoFilter: filter } : {}) });
  }
  return parts;
}

/** Throws `SheetTooLarge` for a sheet with more rows than Excel's grid, before anything is written (columns: sheet-xml.ts, row by row). */
export function checkRows(sheet: OutSheet): void {
  const count = source(sheet.rows).count;
  if (count > EXCEL_MAX_ROWS) throw new SheetTooLarge(sheet.name, count, 0);
}
