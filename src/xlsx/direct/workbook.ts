import { notSure } from './not-sure';
import { TAG_NAME_PREFIX, parseReference } from '../tag';
import { RELATIONSHIP_ATTRIBUTES } from './namespaces';
import { resolveTarget } from './package';
import type { Relationship } from './package';
import { END, OPEN, XmlScanner } from './xml-scan';

/** One sheet of workbook.xml, with the part its relationship points at. */
export interface BookSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Name of the worksheet part its relationship points at, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

/** What the direct reader needs from workbook.xml and its relationships. */
export interface BookInfo {
  sheets: BookSheet[];
  /** Defined names in document order: name and reference text (`'台帳'!$AZ$1`). */
  names: { name: string; reference: string }[];
  date1904: boolean;
}

/** Sheet kinds without cells (charts, dialogs, Excel 4 macros): no ledger there, so not read. */
const SHEETS_WITHOUT_CELLS = new Set(['chartsheet', 'dialogsheet', 'xlMacrosheet', 'xlIntlMacrosheet']);

/** Sheet names exceljs' Worksheet accepts unchanged (it throws on, or truncates, the others). */
function plainSheetName(name: string): boolean {
  return name !== '' && name !== 'History' && name.length <= 31 && !/[*?:/\\[\]]/.test(name) && !/(^')|('$)/.test(name);
}

/**
 * The sheets (in workbook order), defined names and date system of the workbook part `part`, each sheet's
 * part found through `rels`, the workbook part's relationships. Chart, dialog and macro sheets are left out.
 */
export function parseWorkbook(xml: string, rels: readonly Relationship[], part: string): BookInfo {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const s = new XmlScanner(xml);
  const info: BookInfo = { sheets: [], names: [], date1904: false };
  const ids = new Set<number>();
  const lowerNames = new Set<string>();
  const nameKeys = new Set<string>();
  let root = false;
  let listed = 0;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (!root) {
      if (s.name !== 'workbook') notSure('workbook root');
      root = true;
      continue;
    }
    if (s.name === 'workbookPr') {
      // xsd:boolean: "1" and "true" (exceljs only reads "1", and misdates such a book: see the corpus test).
      const d = s.attrs['date1904'];
      if (d !== undefined && !['0', '1', 'true', 'false'].includes(d)) notSure('date1904');
      info.date1904 = d === '1' || d === 'true';
    } else if (s.name === 'sheet') {
      listed++;
      const { name, sheetId, state } = s.attrs;
      // Whatever prefix the producer bound to the relationships namespace (`r:id`, `relationships:id`).
      const rId = s.attrNs(RELATIONSHIP_ATTRIBUTES, 'id');
      if (name === undefined || sheetId === undefined || rId === undefined || !/^\d+$/.test(sheetId)) notSure('sheet attributes');
      // exceljs keeps worksheets by numeric id (and drops id 0): only distinct, positive ids are plain.
      const id = Number(sheetId);
      if (id === 0 || ids.has(id) || lowerNames.has(name.toLowerCase()) || !plainSheetName(name)) notSure('sheet name or id');
      ids.add(id);
      lowerNames.add(name.toLowerCase());
      const rel = byId.get(rId);
      if (rel === undefined || rel.external) return notSure('sheet relationship');
      if (SHEETS_WITHOUT_CELLS.has(rel.kind)) continue;
      const target = rel.kind === 'worksheet' ? resolveTarget(part, rel.target) : null;
      if (target === null) notSure('sheet relationship');
      if (state !== undefined && state !== 'visible' && state !== 'hidden' && state !== 'veryHidden') notSure('sheet state');
      info.sheets.push({ name, state: state ?? 'visible', part: target });
    } else if (s.name === 'definedName') {
      const name = s.attrs['name'];
      if (name === undefined) return notSure('defined name');
      // exceljs merges names that differ only in scope; for tags, keep to the plain case it lists as written.
      const reference = s.textContent();
      if (name.startsWith(TAG_NAME_PREFIX)) {
        // exceljs keeps only absolute references (`…!$AZ$1`): a relative or `=`-prefixed one is not a tag there.
        const absolute = /!\$[A-Z]{1,3}\$\d+$/.test(reference.trim()) && !reference.trim().startsWith('=');
        if (nameKeys.has(name) || reference.includes(',') || !absolute || parseReference(reference) === null) notSure('tag name');
        nameKeys.add(name);
      }
      info.names.push({ name, reference });
    }
  }
  // ECMA-376 asks for at least one sheet (Excel does not open a book without one); one of only chart sheets has no cells.
  if (!root || listed === 0) notSure('no sheets');
  if (new Set(info.sheets.map((x) => x.part.toLowerCase())).size !== info.sheets.length) notSure('two sheets, one part');
  return info;
}

