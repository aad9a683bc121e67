import type { SheetInput, WorkbookInput } from '../../ledger/types';
import { cellAt, clearCell, position } from '../sheet-rows';
import { decodeTag, tagCellFor } from '../tag';
import { XML_INVALID_CHAR } from '../xstring';
import type { Inflate } from '../unpack';
import { NotSure, notSure } from './not-sure';
import { parseSharedStrings } from './shared-strings';
import { parseSheet } from './sheet';
import { parseDateStyles } from './styles';
import { parseWorkbook, parseWorkbookRels } from './workbook';
import { centralDirectory, storedBytes } from './zip-read';

/**
 * The direct reader: an .xlsx file's values read from the few parts the engine needs (workbook, its
 * relationships, styles, shared strings, worksheets) with a small tokenizer, several times faster than
 * exceljs, which builds a full object model. It gives exactly what read.ts' exceljs path gives, or null
 * when the file holds anything it does not handle with certainty; read.ts then uses that path.
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A character XML 1.0 forbids, or `]]>` outside CDATA: a part holding one is malformed to exceljs. */
const notXml = (xml: string) => XML_INVALID_CHAR.test(xml) || xml.includes(']]>');

function text(parts: ReadonlyMap<string, Uint8Array>, name: string): string | null {
  const data = parts.get(name);
  if (data === undefined) return null;
  // UTF-16 parts (allowed by XML, never written by Excel or LibreOffice) are not ours.
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) notSure('UTF-16 part');
  const xml = utf8.decode(data);
  if (notXml(xml)) notSure('a character XML does not allow');
  // A declared encoding other than UTF-8 (legal, never written by Excel or LibreOffice): not ours.
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']*)["']/.exec(xml.slice(0, 200));
  if (declared && declared[1]?.toLowerCase() !== 'utf-8') notSure(`encoding ${declared[1] ?? ''}`);
  return xml;
}

function required(parts: ReadonlyMap<string, Uint8Array>, name: string): string {
  return text(parts, name) ?? notSure(`missing ${name}`);
}

/** `readDirect`, with the reason when it gives up (for tests and debugging). */
export async function readDirectWhy(bytes: Uint8Array, file: string | null, inflate?: Inflate): Promise<WorkbookInput | string> {
  try {
    const native = inflate;
    const inflater: AsyncInflate | null = native ? (raw) => Promise.resolve(native(raw)) : streamInflate();
    if (inflater === null) return 'no inflater';
    const parts = await unzip(bytes, inflater);
    const book = parseWorkbook(required(parts, 'xl/workbook.xml'), parseWorkbookRels(required(parts, 'xl/_rels/workbook.xml.rels')));
    // Without a styles part, any cell with a style index is left to exceljs (`styles[n]` is undefined).
    const stylesXml = text(parts, 'xl/styles.xml');
    const styles = stylesXml === null ? [] : parseDateStyles(stylesXml);
    const sharedXml = text(parts, 'xl/sharedStrings.xml');
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
