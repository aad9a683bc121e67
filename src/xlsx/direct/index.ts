import type { SheetInput, WorkbookInput } from '../../ledger/types';
import { cellAt, clearCell, position } from '../sheet-rows';
import { decodeTag, tagCellFor } from '../tag';
import { XlsxReadError } from '../errors';
import { Budget, DEFAULT_LIMITS, isLimitExceeded } from '../limits';
import type { ReadLimits } from '../limits';
import { NotSure, Refusal, notSure } from './not-sure';
import { locateParts } from './locate';
import { partText } from './part-text';
import { parseSharedStrings } from './shared-strings';
import { readSheetPart } from './sheet-part';
import { parseDateStyles } from './styles';
import { ZipParts, platformInflate } from './zip-parts';
import type { Crc32, Inflate } from './zip-parts';
import { isZipDamaged } from './zip-read';

/**
 * The direct reader: an .xlsx file's values read from the few parts the engine needs (workbook, its
 * relationships, styles, shared strings, worksheets) with a small tokenizer — a worksheet's rows of the usual
 * shapes straight from its bytes (sheet-part.ts) — several times faster than exceljs, which builds a full
 * object model. Where both read a file it gives exactly what read.ts' exceljs
 * path gives (the differential tests and the corpus test hold it to that); it also reads what Excel opens
 * and exceljs does not (namespace prefixes, parts found through the relationships, UTF-16 parts, …), and
 * refuses a package Excel would not open even where exceljs would read it. Anything else it is not sure
 * of gives null, and read.ts uses the exceljs path.
 */

/** The part's XML text (UTF-8 or UTF-16, part-text.ts), or null when the package has no such entry. */
async function text(parts: ZipParts, name: string | null): Promise<string | null> {
  const data = name === null ? null : await parts.read(name);
  return data === null ? null : partText(data);
}

/** What the direct reader may be given besides the inflater. */
export interface DirectOptions {
  readonly crc32?: Crc32;
  /** Caps on the cost of reading the file (limits.ts); default `DEFAULT_LIMITS`. */
  readonly limits?: ReadLimits;
  /** Read every worksheet as text, token by token, never from its bytes (sheet-part.ts): the tests' reference. */
  readonly textOnly?: boolean;
}

/**
 * `readDirect`, with the reason when it gives up (for tests and debugging). A file past a cap (`LimitExceeded`),
 * a damaged or deceptive zip (`ZipDamaged`) and a package that shows it is no workbook Excel opens (no main part
 * through its relationships: `XlsxReadError`) are not given up but refused: those throw.
 */
export async function readDirectWhy(bytes: Uint8Array, file: string | null, inflate?: Inflate, options: DirectOptions = {}): Promise<WorkbookInput | string> {
  try {
    const inflater = inflate ?? platformInflate();
    if (inflater === null) return 'no inflater';
    const budget = new Budget(options.limits ?? DEFAULT_LIMITS);
    // Only the parts read below are ever inflated (never media or other entries), each under the caps.
    const parts = ZipParts.open(bytes, { inflate: inflater, budget, ...(options.crc32 ? { crc32: options.crc32 } : {}) });
    if (parts.names().length === 0) notSure('zip directory');
    if (parts.names().some((n) => n.startsWith('/'))) notSure('entry name');
    // The parts are found through the package's relationships, never by their names (locate.ts).
    const { book, styles: stylesPart, sharedStrings } = await locateParts(parts.names(), (name) => text(parts, name));
    // Without a styles part, any cell with a style index is left to exceljs (`styles[n]` is undefined).
    const stylesXml = await text(parts, stylesPart);
    const styles = stylesXml === null ? [] : parseDateStyles(stylesXml);
    const sharedXml = await text(parts, sharedStrings);
    const ctx = { shared: sharedXml === null ? null : parseSharedStrings(sharedXml, budget), date1904: book.date1904, budget };
    const sheets: SheetInput[] = [];
    for (const sheet of book.sheets) {
      const { rows, merges } = readSheetPart((await parts.read(sheet.part)) ?? notSure(`missing ${sheet.part}`), styles, ctx, options.textOnly);
      const cell = tagCellFor(sheet.name, book.names);
      const tag = cell === null ? null : decodeTag(cellAt(rows, cell));
      const p = cell === null ? null : position(cell);
      // exceljs reads a merged cell other than the top-left one as the top-left's value: not copied here.
      if (p && merges.some((m) => p.row >= m.top && p.row <= m.bottom && p.col >= m.left && p.col <= m.right)) notSure('tag cell in a merge');
      if (cell !== null && tag !== null) clearCell(rows, cell);
      sheets.push({ name: sheet.name, rows, ...(merges.length > 0 ? { merges } : {}), tag });
    }
    return { file, sheets };
  } catch (e) {
    if (isLimitExceeded(e) || isZipDamaged(e)) throw e;
    if (e instanceof Refusal) throw new XlsxReadError(e.reason, file, e.message);
    if (e instanceof NotSure) return e.message;
    // The tokenizer or a decoder failing on damaged data: the exceljs path reports it properly.
    return e instanceof Error ? `error: ${e.message}` : 'error';
  }
}

/**
 * The workbook read directly from the .xlsx bytes, or null when the file holds anything this reader does
 * not handle with certainty (`t="d"` cells, odd structure, …): read it with exceljs then. Throws
 * `LimitExceeded` or `ZipDamaged` for a file to refuse. `inflate` is a native raw-DEFLATE inflater (the CLI's
 * zlib); without it DecompressionStream is used where the runtime has one, else null.
 */
export async function readDirect(bytes: Uint8Array, file: string | null, inflate?: Inflate, options: DirectOptions = {}): Promise<WorkbookInput | null> {
  const out = await readDirectWhy(bytes, file, inflate, options);
  return typeof out === 'string' ? null : out;
}
