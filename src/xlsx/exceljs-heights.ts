/**
 * Row heights for rows of wrapped text, written into a package exceljs made (the CLI's templates, the preview's saved
 * workbooks).
 *
 * Why here and not through exceljs: a carried 内容 of several lines needs its row's height for LibreOffice, which
 * keeps a row without one a line high (row-height.ts), but exceljs writes every height with `customHeight="1"`, the
 * mark of a height set by hand, which Excel then keeps: the clerk's edits would no longer re-fit the row. So the
 * sheet part is rewritten with `ht` alone on those rows, and every other entry is copied as it is, still compressed.
 */
import { platformInflate } from './direct/zip-parts';
import { centralDirectory, storedBytes } from './direct/zip-read';
import type { Compressed } from './zip';
import { zip } from './zip-writer';
import type { ZipEntry } from './zip-writer';

/** A row's start tag as exceljs writes it: `<row r="8" spans="1:6" …>`. */
const ROW_OPEN = /<row r="(\d+)"([^>]*)>/g;

/** The sheet XML with ` ht="…"` after the row number of each row (1-based) in `heights` that has no height yet. */
export function addRowHeights(xml: string, heights: ReadonlyMap<number, number>): string {
  return xml.replace(ROW_OPEN, (open: string, row: string, rest: string) => {
    const height = heights.get(Number(row));
    // A second ht on one element would be malformed XML, which Excel repairs rather than opens.
    return height === undefined || / ht="/.test(rest) ? open : `<row r="${row}" ht="${height}"${rest}>`;
  });
}

/**
 * The package with heights (points by 1-based row) given to rows of its sheet parts (`heights` by part name). The
 * package comes back as it was when there is nothing to give, or anything in it is not as exceljs writes it (a
 * compression method other than stored or DEFLATE), or the platform cannot inflate DEFLATE (DecompressionStream's
 * 'deflate-raw' is missing from early Node 20 releases): the heights are for LibreOffice's sake, never worth a failed
 * file.
 */
export async function withRowHeights(xlsx: Uint8Array, heights: ReadonlyMap<string, ReadonlyMap<number, number>>): Promise<Uint8Array> {
  const inflate = platformInflate();
  if (inflate === null || ![...heights.values()].some((rows) => rows.size > 0)) return xlsx;
  try {
    const entries: ZipEntry[] = [];
    for (const e of centralDirectory(xlsx)) {
      if (e.name.endsWith('/')) continue; // a folder entry: no part of the package
      if (e.method !== 0 && e.method !== 8) return xlsx;
      const raw = storedBytes(xlsx, e);
      const rows = heights.get(e.name);
      if (rows === undefined || rows.size === 0) {
        const kept: Compressed = { deflated: e.method === 8, raw, crc: e.crc, size: e.size };
        entries.push({ name: e.name, compressed: Promise.resolve(kept) });
        continue;
      }
      const data = e.method === 8 ? await inflate(raw, Math.max(e.size, 1)) : raw;
      if (data === null) return xlsx;
      entries.push({ name: e.name, data: new TextEncoder().encode(addRowHeights(new TextDecoder().decode(data), rows)) });
    }
    return await zip(entries);
  } catch {
    return xlsx;
  }
}
