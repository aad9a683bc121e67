import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, LedgerTag, SheetInput, WorkbookInput } from '../ledger/types';
import { toCellValue } from './cells';
import { XlsxReadError, asReadError, isXlsxReadError } from './errors';
import { VALUE_TYPE, plainRows } from './plain-rows';
import type { SheetModel } from './plain-rows';
import { EMPTY_ROW, cellAt, clearCell } from './sheet-rows';
import { sniffContainer } from './sniff';
import { decodeTag, tagCellFor } from './tag';
import { decodeXstrings } from './xstring-exceljs';
import { readDirect } from './direct';
import { platformInflate } from './direct/zip-parts';
import type { Crc32, Inflate } from './direct/zip-parts';
import { fallbackCopy } from './fallback';
import { Budget, DEFAULT_LIMITS, LimitExceeded, textLength } from './limits';
import type { ReadLimits } from './limits';
import { openEncrypted } from './encrypted';

/**
 * Worksheet parts the engine never looks at. Skipping them is most of what we can save over a plain
 * `load`: exceljs expands every data-validation and conditional-format range cell by cell (a validation on
 * a whole column is a million entries), and hyperlink targets, column widths and page setup are irrelevant
 * to the rules — a hyperlink cell still yields its display text from `sheetData`.
 */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'cols',
  'sheetViews',
  'sheetFormatPr',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'rowBreaks',
  'colBreaks',
  'autoFilter',
  'sheetProtection',
  'picture',
  'drawing',
  'legacyDrawing',
  'tableParts',
];

/** exceljs keeps merges in a private map (the public `model.merges` rebuilds the whole sheet model). */
interface MergeMap {
  _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } } | undefined>;
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const merges = (ws as unknown as MergeMap)._merges ?? {};
  const out: CellRange[] = [];
  for (const m of Object.values(merges)) {
    const r = m?.model;
    if (r) out.push({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 });
  }
  return out;
}

/**
 * The sheet's values as rows from A1. Only cells that hold a value are visited (exceljs skips empty ones), so
 * a used range spanning a million formatted-only rows costs nothing here; trailing empty rows are dropped.
 * Non-master cells of a merge are left empty, like Office.js' `values` (exceljs would repeat the master).
 */
function readRows(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow((row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell((cell, col) => {
      if (cell.type === (VALUE_TYPE.Merge as number)) return;
      const v = toCellValue(cell.value);
      if (v === null || v === '') return;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = v;
    });
    if (cells.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push(EMPTY_ROW);
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

/**
 * Tags found through the `LedgerTag_*` defined names, per sheet name, with the cell holding each. A sheet
 * read from its model (`plain`) has no cells in exceljs: its tag cell is read from its rows, which hold the
 * same value (a cell the rows leave out is null or '', neither of which is a tag).
 */
function readTags(wb: ExcelJS.Workbook, plain: ReadonlyMap<number, CellValue[][]>): Map<string, { tag: LedgerTag; cell: string }> {
  const tags = new Map<string, { tag: LedgerTag; cell: string }>();
  const names = wb.definedNames.model.flatMap((dn) => dn.ranges.map((reference) => ({ name: dn.name, reference })));
  for (const ws of wb.worksheets) {
    const cell = tagCellFor(ws.name, names);
    const rows = plain.get(ws.id);
    const value = cell === null ? null : rows ? cellAt(rows, cell) : toCellValue(ws.getCell(cell).value);
    const tag = cell ? decodeTag(value) : null;
    if (cell && tag) tags.set(ws.name, { tag, cell });
  }
  return tags;
}

/** The internal hook used below: exceljs' `reconcile`, which runs between parsing and building the objects. */
interface Reconciling {
  reconcile(model: { worksheets?: (SheetModel & { id?: unknown })[] }, options: unknown): void;
}

/**
 * Take the rows of every sheet `plainRows` can read out of the parsed model before exceljs builds its
 * objects from it (see plain-rows.ts); the rows found, by worksheet id.
 */
function takePlainRows(wb: ExcelJS.Workbook): Map<number, CellValue[][]> {
  const taken = new Map<number, CellValue[][]>();
  const xlsx = wb.xlsx as unknown as Reconciling;
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    reconcile(model, options);
    const sheets = model.worksheets ?? [];
    const ids = sheets.map((ws) => ws.id);
    // exceljs keeps one worksheet per id: with duplicate (or odd) ids, leave everything to it.
    if (!ids.every((id) => typeof id === 'number') || new Set(ids).size !== ids.length) return;
    for (const ws of sheets) {
      const rows = plainRows(ws);
      if (rows === null) continue;
      taken.set(ws.id as number, rows);
      ws.rows = [];
    }
  };
  return taken;
}

let excelJs: Promise<typeof ExcelJS> | null = null;

/** exceljs, loaded on first use: a run whose files the direct reader takes never pays for loading it. */
function loadExcelJs(): Promise<typeof ExcelJS> {
  excelJs ??= import('exceljs').then((m: typeof ExcelJS & { default?: typeof ExcelJS }) => m.default ?? m);
  return excelJs;
}

/** exceljs' workbook for the bytes, with the rows taken by `takePlainRows` and `_xHHHH_` escapes decoded. */
async function load(bytes: Uint8Array, file: string | null): Promise<{ wb: ExcelJS.Workbook; plain: Map<number, CellValue[][]>; again: boolean }> {
  const wb = new (await loadExcelJs()).Workbook();
  // Before takePlainRows: its rows must be built from decoded texts.
  const xstrings = decodeXstrings(wb.xlsx as unknown as Reconciling);
  const plain = takePlainRows(wb);
  try {
    // exceljs types ask for a Node Buffer, but JSZip underneath takes any Uint8Array (also in the browser).
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch (e) {
    if (isXlsxReadError(e)) throw e;
    throw new XlsxReadError('corrupt', file, e instanceof Error ? e.message : String(e));
  }
  return { wb, plain, again: xstrings.again() };
}

export interface ReadOptions {
  /** A native raw-DEFLATE inflater (the CLI passes Node's zlib); without it the platform's DecompressionStream. */
  inflate?: Inflate;
  /** A native CRC-32 (the CLI passes zlib's); without it a JavaScript one. */
  crc32?: Crc32;
  /** Caps on what reading the file may cost (limits.ts); default `DEFAULT_LIMITS`. */
  limits?: ReadLimits;
  /** WebCrypto for files encrypted with Excel's default password (default: the platform's `crypto.subtle`; null: none). */
  subtle?: SubtleCrypto | null;
}

/**
 * Read an .xlsx file into the engine's `WorkbookInput` (no Node I/O: the task pane uses it in the browser).
 * A file encrypted with Excel's default password is decrypted first (encrypted.ts). Rejects with
 * `XlsxReadError` (reason: empty, encrypted, xls, ole, not-zip, truncated, not-xlsx, corrupt, too-large) when
 * the bytes are not a readable workbook, or reading them would pass a cap of limits.ts.
 *
 * The direct reader (direct/) answers first: several times faster, and equal to exceljs wherever both read a
 * file; it reads what Excel opens and exceljs does not, refuses what Excel would not open, and gives null for
 * anything it is not sure of — which then goes through exceljs, within its own caps.
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array, file: string | null, options: ReadOptions = {}): Promise<WorkbookInput> {
  const bytes = toBytes(data);
  const limits = options.limits ?? DEFAULT_LIMITS;
  try {
    if (bytes.length > limits.inputBytes) throw new LimitExceeded('inputBytes', limits.inputBytes, bytes.length, null);
    const plain = await openEncrypted(bytes, file, options.subtle);
    sniffContainer(plain, file);
    const direct = await readDirect(plain, file, options.inflate, { limits, ...(options.crc32 ? { crc32: options.crc32 } : {}) });
    if (direct !== null) return direct;
    return await readViaExcelJs(plain, file, options);
  } catch (e) {
    throw asReadError(e, file);
  }
}

/**
 * What exceljs read, counted against the caps the direct reader applies while parsing (rows, cells, their
 * text, merges and the rows they span): the engine's cost follows these, whichever reader produced them.
 */
function checkRead(book: WorkbookInput, limits: ReadLimits): void {
  const budget = new Budget(limits);
  for (const sheet of book.sheets) {
    for (const row of sheet.rows) {
      if (row.length > 0) budget.row();
      for (const v of row) if (v !== null && v !== '') budget.cell(textLength(v));
    }
    for (let i = 0; i < (sheet.merges?.length ?? 0); i++) budget.merge();
    budget.mergeRows(sheet.merges ?? [], sheet.rows.length);
  }
}

/**
 * The exceljs path of `readXlsx` (after the container sniff): exported so tests can compare the direct
 * reader with it. exceljs gets a copy of the parts that bear on values, checked against its caps first
 * (fallback.ts); only where the platform has no inflater at all does it get the file as it is.
 */
export async function readViaExcelJs(data: ArrayBuffer | Uint8Array, file: string | null, options: ReadOptions = {}): Promise<WorkbookInput> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let bytes = toBytes(data);
  const inflate = options.inflate ?? platformInflate();
  try {
    if (inflate) bytes = await fallbackCopy(bytes, { inflate, limits, ...(options.crc32 ? { crc32: options.crc32 } : {}) });
  } catch (e) {
    throw asReadError(e, file);
  }
  let read = await load(bytes, file);
  // The first file with `_x` in its shared strings is read twice (see xstring-exceljs.ts).
  if (read.again) read = await load(bytes, file);
  const { wb, plain } = read;
  if (wb.worksheets.length === 0) throw new XlsxReadError('not-xlsx', file, 'no worksheet');
  const tags = readTags(wb, plain);
  const sheets: SheetInput[] = wb.worksheets.map((ws) => {
    const rows = plain.get(ws.id) ?? readRows(ws);
    const found = tags.get(ws.name);
    if (found) clearCell(rows, found.cell);
    const merges = readMerges(ws);
    return { name: ws.name, rows, ...(merges.length > 0 ? { merges } : {}), tag: found?.tag ?? null };
  });
  const book = { file, sheets };
  try {
    checkRead(book, limits);
  } catch (e) {
    throw asReadError(e, file);
  }
  return book;
}
