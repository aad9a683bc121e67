import type { CellValue, LedgerTag } from '../ledger/types';

/**
 * How a ledger sheet is tagged in an .xlsx file (SPEC §1.1), shared by the exceljs template writer,
 * the exceljs reader and the Office.js adapter.
 *
 * exceljs neither writes nor reads worksheet custom properties, and it drops defined names whose value
 * is a constant (`="…"`), so the tag lives in a cell of the ledger sheet itself — `TAG_CELL`, in a hidden
 * column far right of the table — and a workbook-level defined name `LedgerTag_<n>` points at that cell.
 * The name follows the sheet through renames (Excel rewrites the reference), survives LibreOffice, and
 * lets a reader find the cell without scanning. The cell holds `TAG_PREFIX` followed by compact JSON.
 *
 * In Excel (Office.js) the adapter writes `Worksheet.customProperties` when ExcelApi 1.12 is available and
 * also this name + cell, and reads customProperties first, then any `LedgerTag_*` name (workbook or sheet
 * scope) whose range lies on the sheet.
 */
export const TAG_NAME_PREFIX = 'LedgerTag_';
export const TAG_CELL = 'AZ1';
export const TAG_COLUMN = 'AZ';
export const TAG_PREFIX = 'LEDGER-TAG ';

/** The cell text that encodes a tag. */
export function encodeTag(tag: LedgerTag): string {
  return TAG_PREFIX + JSON.stringify({ policyId: tag.policyId, templateVersion: tag.templateVersion, department: tag.department });
}

/**
 * The tag a cell value encodes, or null when it is not a well-formed tag. Rich text counts by its joined
 * runs: LibreOffice saves the tag (Latin JSON around a Japanese 課名) as rich text with one run per script.
 */
export function decodeTag(value: CellValue): LedgerTag | null {
  const text = typeof value === 'object' && value !== null && value.kind === 'rich' ? value.runs.join('') : value;
  if (typeof text !== 'string' || !text.startsWith(TAG_PREFIX)) return null;
  try {
    const data: unknown = JSON.parse(text.slice(TAG_PREFIX.length));
    if (typeof data !== 'object' || data === null) return null;
    const { policyId, templateVersion, department } = data as Record<string, unknown>;
    if (typeof policyId !== 'string' || typeof templateVersion !== 'string') return null;
    if (department !== null && typeof department !== 'string') return null;
    return { policyId, templateVersion, department: department ?? null };
  } catch {
    return null;
  }
}

/** The defined name for the n-th tagged sheet of a workbook (names are workbook-unique). */
export function tagName(n: number): string {
  return `${TAG_NAME_PREFIX}${n}`;
}

/** A defined-name reference such as `'台帳_総務課'!$AZ$1` split into sheet and A1 cell. */
export function parseReference(ref: string): { sheet: string; cell: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!'][^!]*))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return { sheet, cell: `${m[3] ?? ''}${m[4] ?? ''}` };
}

/** `'sheet name'!$AZ$1`: always quoted, so names with spaces, quotes or non-ASCII letters work. */
export function tagReference(sheet: string, cell: string = TAG_CELL): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  const abs = m ? `$${m[1] ?? ''}$${m[2] ?? ''}` : cell;
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

/**
 * The A1 cell holding a sheet's tag, from the workbook's defined names as any host lists them — exceljs'
 * `definedNames.model` ranges here, Office.js' `NamedItem.formula` (`=台帳_総務課!$AZ$1`) in the adapter.
 * Null when no `LedgerTag_*` name points into that sheet.
 */
export function tagCellFor(sheet: string, names: readonly { name: string; reference: string }[]): string | null {
  for (const n of names) {
    if (!n.name.startsWith(TAG_NAME_PREFIX)) continue;
    const ref = parseReference(n.reference.replace(/^=/, ''));
    if (ref && ref.sheet === sheet) return ref.cell;
  }
  return null;
}
