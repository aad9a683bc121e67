import type { SheetInput, WorkbookInput } from '../../ledger/types';
import { NotSure } from '../direct/not-sure';
import { dropMerged } from '../direct/merges';
import { XlsxReadError } from '../errors';
import { cellAt, clearCell } from '../sheet-rows';
import { decodeTag, tagCellFor } from '../tag';
import type { Inflate } from '../direct/zip-parts';
import { OdsTooLarge } from './cell';
import { parseOdsContent } from './content';
import type { OdsContent } from './content';
import { entriesOf, entryBytes, inflaterFor } from './parts';

/**
 * An OpenDocument spreadsheet (.ods, LibreOffice's own format; also a flat .fods) read into the same
 * WorkbookInput the .xlsx readers give, so the engine sees no difference: every sheet in document order
 * (hidden ones too, as in .xlsx), values, merges, and the ledger tag through its `LedgerTag_*` named range.
 */

/** Inflated content.xml beyond this is refused (a real ledger's is a few MB; LibreOffice's own limit is far above). */
export const MAX_CONTENT_BYTES = 200 * 1024 * 1024;
/** META-INF/manifest.xml beyond this is not a manifest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether the manifest declares encrypted entries (the file was saved with a password). */
function encrypted(manifest: string): boolean {
  return /<(?:[\w.-]+:)?encryption-data[\s>/]/.test(manifest);
}

/** The package's own media type from the manifest's `/` entry (null when it does not say). */
function packageType(manifest: string): string | null {
  for (const entry of manifest.match(/<(?:[\w.-]+:)?file-entry\s[^>]*>/g) ?? []) {
    if (!/full-path\s*=\s*["']\/["']/.test(entry)) continue;
    return /media-type\s*=\s*["']([^"']*)["']/.exec(entry)?.[1] ?? null;
  }
  return null;
}

/** The manifest's text, refusing encrypted packages and packages of another kind (a text document, …). */
function checkManifest(manifest: Uint8Array | null, file: string | null): void {
  if (manifest === null) return;
  let text: string;
  try {
    text = utf8.decode(manifest);
  } catch {
    return; // an unreadable manifest: let content.xml decide
  }
  if (encrypted(text)) throw new XlsxReadError('ods-encrypted', file);
  const type = packageType(text);
  if (type !== null && !/^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/.test(type)) throw new XlsxReadError('not-xlsx', file, type);
}

/** The parsed document as a workbook; refusals as XlsxReadError. */
export function odsWorkbook(content: OdsContent, file: string | null): WorkbookInput {
  if (!content.spreadsheet) throw new XlsxReadError('not-xlsx', file, 'an OpenDocument file without a spreadsheet');
  if (content.sheets.length === 0) throw new XlsxReadError('not-xlsx', file, 'no sheet');
  const sheets: SheetInput[] = content.sheets.map(({ name, rows, merges }) => {
    if (merges.length > 0) dropMerged(rows, merges);
    const cell = tagCellFor(name, content.names);
    const tag = cell === null ? null : decodeTag(cellAt(rows, cell));
    if (cell !== null && tag !== null) clearCell(rows, cell);
    return { name, rows, ...(merges.length > 0 ? { merges } : {}), tag };
  });
  return { file, sheets };
}

/** Parse document text, mapping the parser's refusals to reasons. */
export function parseOrRefuse(xml: string, file: string | null): OdsContent {
  try {
    return parseOdsContent(xml);
  } catch (e) {
    if (e instanceof OdsTooLarge) throw new XlsxReadError('sheet-too-large', file, e.message);
    if (e instanceof NotSure) throw new XlsxReadError('corrupt', file, `content.xml: ${e.message}`);
    throw e;
  }
}

/**
 * Read .ods bytes (a zip whose `mimetype` says spreadsheet; the caller has checked that). `inflate` is a native
 * raw-DEFLATE inflater (the CLI's zlib); without it DecompressionStream is used. Throws XlsxReadError:
 * `ods-encrypted` (saved with a password), `corrupt` (damaged package or XML), `sheet-too-large`, `not-xlsx`.
 */
export async function readOds(bytes: Uint8Array, file: string | null, inflate?: Inflate): Promise<WorkbookInput> {
  const entries = entriesOf(bytes);
  if (entries === null) throw new XlsxReadError('corrupt', file, 'zip directory');
  const inflater = inflaterFor(inflate, MAX_CONTENT_BYTES);
  if (inflater === null) throw new XlsxReadError('corrupt', file, 'no inflater in this runtime');
  const manifestEntry = entries.get('META-INF/manifest.xml');
  const manifest = manifestEntry ? await entryBytes(bytes, manifestEntry, inflater, MAX_MANIFEST_BYTES) : null;
  checkManifest(manifest, file);
  const contentEntry = entries.get('content.xml');
  if (!contentEntry) throw new XlsxReadError('corrupt', file, 'no content.xml');
  if (contentEntry.size > MAX_CONTENT_BYTES) throw new XlsxReadError('sheet-too-large', file, `content.xml of ${contentEntry.size} bytes`);
  const content = await entryBytes(bytes, contentEntry, inflater, MAX_CONTENT_BYTES);
  if (content === null) throw new XlsxReadError('corrupt', file, 'content.xml damaged');
  let xml: string;
  try {
    xml = utf8.decode(content);
  } catch {
    throw new XlsxReadError('corrupt', file, 'content.xml is not UTF-8');
  }
  return odsWorkbook(parseOrRefuse(xml, file), file);
}

/** Read a flat OpenDocument spreadsheet (.fods: the whole document as one XML text). */
export function readFods(xml: string, file: string | null): WorkbookInput {
  return odsWorkbook(parseOrRefuse(xml, file), file);
}
