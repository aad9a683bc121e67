/**
 * Heights of rows whose wrapped cells take several lines, for the files we write.
 *
 * Why: a row written without a height (`ht`) is sized by Excel when it draws it, but LibreOffice (7.4, here) keeps
 * it one line high, so a long 内容 prints cut to its first line. LibreOffice takes a row's `ht` as given, with or
 * without `customHeight` (checked by converting summaries to PDF), so rows that need several lines say how high
 * they are. `customHeight` is left out: it marks a height the user set by hand (ECMA-376 §18.3.1.73). Without it an
 * `ht` is a cached auto-height, which Excel measured on a Mac discards, sizing the row itself on load
 * (developer0hye/office2pdf #1151 and #1231; Excel on the web writes auto-height rows the same way, openspout
 * #412); a manual check in TESTING.md §5 records what Excel on Windows does.
 *
 * The line count is an estimate from the text and the column width, without the font, meant never to fall short:
 * a full-width character (kana, kanji, full-width forms, and what a Japanese font draws wide — Greek, Cyrillic, ×,
 * °, the general punctuation) takes two character widths, an upper-case Latin letter one and a half, anything else
 * one; lines are filled character by character up to `width − 1` widths (the cell's padding), and text with spaces,
 * which wraps at words, gets a tenth less per line. A line is 18.75 pt, Excel's row for 11-point Yu Gothic (the font
 * our styles name). Where the font is narrower (LibreOffice here, with Noto Sans CJK, fits 30 full-width characters
 * in a width of 48, against the 23 assumed), a long text is given blank lines below it: a quarter of its height.
 */

/** Points per line of 11-point Yu Gothic (Excel's standard row height for that font). */
export const LINE_HEIGHT_PT = 18.75;

/** Excel's highest row: 409 points ("Excel specifications and limits"); a taller `ht` is out of its range. */
export const MAX_ROW_HEIGHT_PT = 409;

/** How many character widths one UTF-16 unit takes (a surrogate pair's two halves make one wide character). */
function charWidth(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? 1.5 : 1;
  if (code < 0xa1) return 1; // C1 controls and the no-break space
  if (code >= 0xff61 && code <= 0xff9f) return 1; // half-width katakana
  if (code >= 0xd800 && code <= 0xdfff) return 1;
  return 2;
}

/** Lines a text takes in a wrapped cell of a column `width` characters wide (at least 1). */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(2, width - 1);
  // At most perLine / 2 characters fit on one line whatever they are (none wider than 2): most cells, not measured.
  if (text.length * 2 <= perLine && !text.includes('\n') && !text.includes('\r')) return 1;
  const room = text.includes(' ') ? perLine * 0.9 : perLine;
  let lines = 1;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      // CR LF is one break; a lone CR breaks the line too (LibreOffice does).
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      lines++;
      used = 0;
      continue;
    }
    const w = charWidth(code);
    if (used + w > room && used > 0) {
      lines++;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** The row height in points for `lines` lines: null for one (the sheet's default), at most Excel's highest row. */
export function rowHeight(lines: number): number | null {
  return lines > 1 ? Math.min(lines * LINE_HEIGHT_PT, MAX_ROW_HEIGHT_PT) : null;
}

/** A wrapped column of a sheet: its index (0-based) and width in characters. */
export interface WrappedColumn {
  readonly col: number;
  readonly width: number;
}

/** The wrapped columns among `cols` whose width is known (a column without one cannot be measured). */
export function wrappedColumns(cols: Iterable<number>, widths: readonly number[] | undefined): WrappedColumn[] {
  const out: WrappedColumn[] = [];
  for (const col of cols) {
    const width = widths?.[col];
    if (width !== undefined) out.push({ col, width });
  }
  return out;
}

/** The height in points of a row whose wrapped columns hold its texts: null when every one fits on one line. */
export function wrappedRowHeight(row: readonly unknown[], columns: readonly WrappedColumn[]): number | null {
  let lines = 1;
  for (const w of columns) {
    const v = row[w.col];
    if (typeof v === 'string') lines = Math.max(lines, wrappedLines(v, w.width));
  }
  return rowHeight(lines);
}
