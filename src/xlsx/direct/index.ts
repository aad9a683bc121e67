import type { SheetInput, WorkbookInput } from '../../ledger/types';
import { cellAt, clearCell, position } from '../sheet-rows';
import { decodeTag, tagCellFor } from '../tag';
import type { Inflate } from '../unpack';
import { XlsxReadError } from '../errors';
import { NotSure, Refusal, notSure } from './not-sure';
import { locateParts } from './locate';
import { partText } from './part-text';
import { parseSharedStrings } from './shared-strings';
import { parseSheet } from './sheet';
import { parseDateStyles } from './styles';
import { centralDirectory, storedBytes } from './zip-read';

/**
 * The direct reader: an .xlsx file's values read from the few parts the engine needs (workbook, its
 * relationships, styles, shared strings, worksheets) with a small tokenizer, several times faster than
 * exceljs, which builds a full object model. Where both read a file it gives exactly what read.ts' exceljs
 * path gives (the differential tests and the corpus test hold it to that); it also reads what Excel opens
 * and exceljs does not (namespace prefixes, parts found through the relationships, UTF-16 parts, …), and
 * refuses a package Excel would not open even where exceljs would read it. Anything else it is not sure
 * of gives null, and read.ts uses the exceljs path.
 */

type AsyncInflate = (raw: Uint8Array) => Promise<Uint8Array>;

/** Raw DEFLATE in the browser (DecompressionStream), or null where the runtime has none. */
function streamInflate(): AsyncInflate | null {
  if (typeof DecompressionStream === 'undefined') return null;
  return async (raw) => {
    const stream = new Blob([raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  };
}

/**
 * Every entry of the archive, inflated (all of them, not only the parts read: a damaged entry anywhere
 * makes exceljs reject the file, and then the exceljs path must be the one that answers).
 */
async function unzip(bytes: Uint8Array, inflate: AsyncInflate): Promise<Map<string, Uint8Array>> {
  const entries = centralDirectory(bytes);
  if (!entries || entries.length === 0) notSure('zip directory');
  const parts = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (parts.has(e.name) || e.name.startsWith('/')) notSure('entry name');
    const raw = storedBytes(bytes, e);
    if (raw === null || (e.method !== 0 && e.method !== 8)) return notSure('entry');
    const data = e.method === 0 ? raw : await inflate(raw);
    if (data.length !== e.size) notSure('entry size');
    parts.set(e.name, data);
  }
  return parts;
}

/** The part's XML text, or null when the package has no such entry. */
function text(parts: ReadonlyMap<string, Uint8Array>, name: string | null): string | null {
  const data = name === null ? undefined : parts.get(name);
  return data === undefined ? null : partText(data);
}

function required(parts: ReadonlyMap<string, Uint8Array>, name: string): string {
  return text(parts, name) ?? notSure(`missing ${name}`);
}

/**
 * `readDirect`, with the reason when it gives up (for tests and debugging). A package that shows it is no
 * workbook Excel opens (no main part through its relationships) is not given up but refused: `XlsxReadError`.
 */
export async function readDirectWhy(bytes: Uint8Array, file: string | null, inflate?: Inflate): Promise<WorkbookInput | string> {
  try {
    const native = inflate;
    const inflater: AsyncInflate | null = native ? (raw) => Promise.resolve(native(raw)) : streamInflate();
    if (inflater === null) return 'no inflater';
    const parts = await unzip(bytes, inflater);
    const { book, styles: stylesPart, sharedStrings } = await locateParts(parts.keys(), (name) => Promise.resolve(text(parts, name)));
    // Without a styles part, any cell with a style index is left to exceljs (`styles[n]` is undefined).
    const stylesXml = text(parts, stylesPart);
    const styles = stylesXml === null ? [] : parseDateStyles(stylesXml);
    const sharedXml = text(parts, sharedStrings);
    const ctx = { shared: sharedXml === null ? null : parseSharedStrings(sharedXml), date1904: book.date1904 };
    const sheets: SheetInput[] = book.sheets.map((sheet) => {
      const { rows, merges } = parseSheet(required(parts, sheet.part), styles, ctx);
      const cell = tagCellFor(sheet.name, book.names);
      const tag = cell === null ? null : decodeTag(cellAt(rows, cell));
      const p = cell === null ? null : position(cell);
      // exceljs reads a merged cell other than the top-left one as the top-left's value: not copied here.
      if (p && merges.some((m) => p.row >= m.top && p.row <= m.bottom && p.col >= m.left && p.col <= m.right)) notSure('tag cell in a merge');
      if (cell !== null && tag !== null) clearCell(rows, cell);
      return { name: sheet.name, rows, ...(merges.length > 0 ? { merges } : {}), tag };
    });
    return { file, sheets };
  } catch (e) {
    if (e instanceof Refusal) throw new XlsxReadError(e.reason, file, e.message);
    if (e instanceof NotSure) return e.message;
    // The tokenizer or a decoder failing on damaged data: the exceljs path reports it properly.
    return e instanceof Error ? `error: ${e.message}` : 'error';
  }
}

/**
 * The workbook read directly from the .xlsx bytes, or null when the file holds anything this reader does
 * not handle with certainty (zip64, encryption, `t="d"` cells, odd structure, …): read it with exceljs then.
 * `inflate` is a native raw-DEFLATE inflater (the CLI's zlib); without it DecompressionStream is used where
 * the runtime has one, else null.
 */
export async function readDirect(bytes: Uint8Array, file: string | null, inflate?: Inflate): Promise<WorkbookInput | null> {
  const out = await readDirectWhy(bytes, file, inflate);
  return typeof out === 'string' ? null : out;
}
