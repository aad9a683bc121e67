/**
 * The ledger tag in Excel. The same mechanism as src/xlsx/tag.ts (the CLI's template and the reader):
 * a tag cell (AZ1, hidden column) holding `LEDGER-TAG {json}`, a workbook name `LedgerTag_<n>` pointing at it
 * (it follows renames and column inserts), and — where ExcelApi 1.12 allows — a worksheet custom property,
 * which is read first.
 */
import type { LedgerTag } from '../ledger/types';
import { TAG_CELL, TAG_COLUMN, TAG_NAME_PREFIX, decodeTag, encodeTag, parseReference, tagName, tagReference } from '../xlsx/tag';

/** Key of the worksheet custom property (ExcelApi 1.12). */
export const TAG_PROPERTY = 'LedgerTag';

export { TAG_CELL, TAG_COLUMN, decodeTag, encodeTag };

/** Sheet → tag cell, from the loaded workbook names (`LedgerTag_*` → `'sheet'!$AZ$1`). */
export function tagCellsByName(names: readonly { name: string; formula: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names) {
    if (!n.name.startsWith(TAG_NAME_PREFIX)) continue;
    const ref = parseReference(n.formula.replace(/^=/, ''));
    if (ref && !out.has(ref.sheet)) out.set(ref.sheet, ref.cell);
  }
  return out;
}

/**
 * Sheet → 課 from the names' comments: the add-in writes the tag into the comment of the `LedgerTag_<n>` name
 * too, so a renamed ledger is still found by its 課 with the names alone (one sync, SPEC §9's budget for
 * inserting). Names written by the CLI have no comment; those sheets are found by their tag cell on a check.
 */
export function taggedDepartments(names: readonly { name: string; formula: string; comment: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names) {
    if (!n.name.startsWith(TAG_NAME_PREFIX)) continue;
    const ref = parseReference(n.formula.replace(/^=/, ''));
    const tag = decodeTag(n.comment);
    if (ref && tag?.department) out.set(ref.sheet, tag.department);
  }
  return out;
}

/** The first `LedgerTag_<n>` not yet used. */
export function freeTagName(names: readonly string[]): string {
  const used = new Set(names);
  let n = 1;
  while (used.has(tagName(n))) n++;
  return tagName(n);
}

/** Operations queueTag queues (for batch planning). */
export const TAG_OPERATIONS = 8;

/** Queue everything that tags `sheet` as a ledger. */
export function queueTag(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  tag: LedgerTag,
  nameForTag: string,
  customProperties: boolean,
): void {
  const text = encodeTag(tag);
  const cell = sheet.getRange(TAG_CELL);
  cell.numberFormat = [['@']];
  cell.values = [[text]];
  sheet.getRange(`${TAG_COLUMN}:${TAG_COLUMN}`).columnHidden = true;
  context.workbook.names.add(nameForTag, `=${tagReference(sheetName)}`, text);
  if (customProperties) sheet.customProperties.add(TAG_PROPERTY, text);
}
