import type { CellRange, CellValue } from '../../ledger/types';
import { concatBytes } from '../bytes';
import { FastMiss } from './not-sure';
import { partText } from './part-text';
import { parseSheet } from './sheet';
import type { SheetContext } from './sheet';
import { sheetDataBytes } from './sheet-bytes';

/**
 * A worksheet part's bytes to rows and merges. Most of a sheet is its `<sheetData>`, and most of the reading
 * time went into decoding it to text and tokenizing it: sheet-bytes.ts reads the usual shapes of it from
 * the bytes instead. The rest of the part (root, views, merges, page setup…) is still decoded and read by
 * the tokenizer, with `<sheetData/>` standing where the rows were, so every check on it stays where it
 * was. Where the byte path does not apply, the whole part is read as text, exactly as before.
 */

const STAND_IN = new TextEncoder().encode('<sheetData/>');

/** UTF-16 code units of valid UTF-8 bytes (what their decoded text's `length` is). */
function codeUnits(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) {
    if ((b & 0xc0) !== 0x80) n++;
    if (b >= 0xf0) n++;
  }
  return n;
}

/** The rows and merges of one worksheet part's bytes (`textOnly`: read as text, the byte path's reference). */
export function readSheetPart(data: Uint8Array, styles: readonly boolean[], ctx: SheetContext, textOnly = false): { rows: CellValue[][]; merges: CellRange[] } {
  const read = textOnly ? null : sheetDataBytes(data, styles, ctx);
  if (read !== null) {
    const after = data.subarray(read.end);
    const rest = concatBytes([data.subarray(0, read.start), STAND_IN, after]);
    // The text of the rest passes partText's checks iff the part's does: the bytes left out are printable ASCII.
    const xml = partText(rest);
    try {
      return parseSheet(xml, styles, ctx, { ...read, at: xml.length - codeUnits(after) });
    } catch (e) {
      if (!(e instanceof FastMiss)) throw e;
    }
  }
  return parseSheet(partText(data), styles, ctx);
}
