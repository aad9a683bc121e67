import { zip } from '../../src/xlsx/zip-writer';

/** A hand-written .xlsx for the direct reader's tests: only the parts given, XML written inline. */
export interface InlineBook {
  /** Sheets in order: name and the children of `<worksheet>` (e.g. `<sheetData>…</sheetData>`). */
  sheets: readonly { name: string; body: string; state?: string }[];
  /** `<si>` elements, written as given (no sharedStrings part when absent). */
  shared?: readonly string[];
  /** The children of `<styleSheet>` (a minimal one with a single default style when absent). */
  styles?: string;
  /** Attributes of `<workbookPr>`, e.g. `date1904="1"`. */
  workbookPr?: string;
  /** `<definedName>` elements. */
  definedNames?: string;
  /** The XML declaration of every part (UTF-8, standalone, when absent). */
  declaration?: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const DEFAULT_STYLES = '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>';

/** The bytes of the workbook (entries deflated, as Excel writes them). */
export async function inlineBook(book: InlineBook): Promise<Uint8Array> {
  const XML = book.declaration ?? DECLARATION;
  const sheets = book.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const rels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const n = book.sheets.length;
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML}<workbook xmlns="${NS}" xmlns:r="${R}"><workbookPr ${book.workbookPr ?? ''}/><sheets>${sheets}</sheets>` +
      `${book.definedNames ? `<definedNames>${book.definedNames}</definedNames>` : ''}</workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${XML}<Relationships xmlns="${PR}">${rels}<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/>` +
      `${book.shared ? `<Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    'xl/styles.xml': `${XML}<styleSheet xmlns="${NS}">${book.styles ?? DEFAULT_STYLES}</styleSheet>`,
  };
  if (book.shared) parts['xl/sharedStrings.xml'] = `${XML}<sst xmlns="${NS}">${book.shared.join('')}</sst>`;
  book.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `${XML}<worksheet xmlns="${NS}" xmlns:r="${R}">${s.body}</worksheet>`;
  });
  const encoder = new TextEncoder();
  return zip(Object.entries(parts).map(([name, xml]) => ({ name, data: encoder.encode(xml) })));
}

/** One sheet's body from rows of `<c>` elements: `<sheetData><row r="1">…</row>…</sheetData>`. */
export function sheetData(rows: readonly string[], after = ''): string {
  return `<sheetData>${rows.map((cells, i) => `<row r="${i + 1}">${cells}</row>`).join('')}</sheetData>${after}`;
}
