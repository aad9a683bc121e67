import { notSure } from './not-sure';
import { TAG_NAME_PREFIX, parseReference } from '../tag';
import { END, OPEN, XmlScanner } from './xml-scan';

/** One sheet of workbook.xml, with the part its relationship points at. */
export interface BookSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Zip entry name of the worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

/** What the direct reader needs from workbook.xml and its relationships. */
export interface BookInfo {
  sheets: BookSheet[];
  /** Defined names in document order: name and reference text (`'台帳'!$AZ$1`). */
  names: { name: string; reference: string }[];
  date1904: boolean;
}

const WORKSHEET_REL = /\/relationships\/worksheet$/;

/** Id → target of the worksheet relationships in xl/_rels/workbook.xml.rels. */
export function parseWorkbookRels(xml: string): Map<string, string> {
  const rels = new Map<string, string>();
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN || s.name !== 'Relationship') continue;
    const { Id: id, Type: type, Target: target, TargetMode: mode } = s.attrs;
    if (id === undefined || rels.has(id)) notSure('relationship id');
    // Other relationships (styles, theme, chartsheets…) are kept too: a sheet pointing at one is not ours.
    rels.set(id, mode === 'External' ? '' : type !== undefined && WORKSHEET_REL.test(type) ? (target ?? '') : '');
  }
  return rels;
}

/**
 * The zip entry name exceljs would look the sheet up under (`xl/` + target without a leading `/xl/`), or
 * null when that is not a name exceljs reads as a worksheet (`xl/worksheets/sheetN.xml`).
 */
function sheetPart(target: string): string | null {
  const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
  return /^xl\/worksheets\/sheet\d+\.xml$/.test(part) ? part : null;
}

/** Sheet names exceljs' Worksheet accepts unchanged (it throws on, or truncates, the others). */
function plainSheetName(name: string): boolean {
  return name !== '' && name !== 'History' && name.length <= 31 && !/[*?:/\\[\]]/.test(name) && !/(^')|('$)/.test(name);
}

/** The sheets (in workbook order), defined names and date system of xl/workbook.xml. */
export function parseWorkbook(xml: string, rels: ReadonlyMap<string, string>): BookInfo {
  const s = new XmlScanner(xml);
  const info: BookInfo = { sheets: [], names: [], date1904: false };
  const ids = new Set<number>();
  const lowerNames = new Set<string>();
  const nameKeys = new Set<string>();
  let root = false;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (!root) {
      if (s.name !== 'workbook') notSure('workbook root');
      root = true;
      continue;
    }
    if (s.name === 'workbookPr') {
      info.date1904 = s.attrs['date1904'] === '1';
      if (s.attrs['date1904'] === 'true') notSure('date1904="true"'); // exceljs only reads "1"
    } else if (s.name === 'sheet') {
      const { name, sheetId, state } = s.attrs;
      const rId = s.attrs['r:id'];
      if (name === undefined || sheetId === undefined || rId === undefined || !/^\d+$/.test(sheetId)) notSure('sheet attributes');
      // exceljs keeps worksheets by numeric id (and drops id 0): only distinct, positive ids are plain.
      const id = Number(sheetId);
      if (id === 0 || ids.has(id) || lowerNames.has(name.toLowerCase()) || !plainSheetName(name)) notSure('sheet name or id');
      ids.add(id);
      lowerNames.add(name.toLowerCase());
      const target = rels.get(rId);
      const part = target ? sheetPart(target) : null;
      if (part === null) notSure('sheet relationship');
      if (state !== undefined && state !== 'visible' && state !== 'hidden' && state !== 'veryHidden') notSure('sheet state');
      info.sheets.push({ name, state: state ?? 'visible', part });
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
  if (!root || info.sheets.length === 0) notSure('no sheets');
  if (new Set(info.sheets.map((x) => x.part)).size !== info.sheets.length) notSure('two sheets, one part');
  return info;
}

