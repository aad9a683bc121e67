/**
 * Heights of rows whose wrapped cells take several lines, for the files we write.
 *
 * Why: a row written without a height (`ht`) is sized by Excel when it draws it, but LibreOffice (7.4, here) keeps
 * it one line high, so a long 内容 prints cut to its first line. LibreOffice takes a row's `ht` as given, with or
 * without `customHeight` (checked by converting summaries to PDF), so rows that need several lines say how high
 * they are, without `customHeight`: Excel still treats the row as sized to its contents (an edit re-fits it).
 *
 * The line count is an estimate from the text and the column width, without the font: a full-width character
 * (kana, kanji, full-width forms, and the symbols a Japanese font draws wide) takes two character widths, any
 * other one; a column `width` wide holds `width − 1` of them per line (the cell's padding). Text with spaces wraps
 * at words, which wastes part of each line: it is given a tenth less per line. A line is 18.75 pt, Excel's row
 * for 11-point Yu Gothic (the font our styles name), so a row is never cut short where the font is available; with
 * another font a few points are left over per line.
 */

/** Points per line of 11-point Yu Gothic (Excel's standard row height for that font). */
export const LINE_HEIGHT_PT = 18.75;

/** How many character widths one UTF-16 unit takes: 2 for what a Japanese font draws full-width, else 1. */
function charWidth(code: number): number {
  // Latin and the like; half-width katakana; each half of a surrogate pair (so a pair takes 2).
  return code < 0x2010 || (code >= 0xff61 && code <= 0xff9f) || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
}

/** Lines a text takes in a wrapped cell of a column `width` characters wide (at least 1). */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, width - 1);
  // At most perLine / 2 characters on one line fit whatever they are: most cells, not measured.
  if (text.length * 2 <= perLine && !text.includes('\n')) return 1;
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    let units = 0;
    let words = false;
    for (let i = start; i < stop; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x20) words = true;
      if (code !== 0x0d) units += charWidth(code);
    }
    lines += Math.max(1, Math.ceil(units / (words ? perLine * 0.9 : perLine)));
    if (end < 0) return lines;
    start = end + 1;
  }
}
