import { zip } from '../../src/xlsx/zip-writer';

/**
 * Hand-written packages for the direct reader's tests of what Excel opens: every part given as text (or bytes),
 * nothing added. `plainParts` is a small, ordinary workbook to start from: one sheet `S` with a shared
 * string, a number, a date (style 1, built-in format 14) and an inline string.
 */

export const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export type Parts = Record<string, string | Uint8Array>;

/** The values `plainParts` holds, as the reader gives them. */
export const PLAIN_ROWS = [['台帳', 1, { kind: 'date', serial: 45748 }, 'インライン']];

export function plainParts(): Parts {
  return {
    '[Content_Types].xml': `${DECL}<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECL}<workbook xmlns="${SML}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `${DECL}<styleSheet xmlns="${SML}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `${DECL}<sst xmlns="${SML}" count="1" uniqueCount="1"><si><t>台帳</t></si></sst>`,
    'xl/worksheets/sheet1.xml':
      `${DECL}<worksheet xmlns="${SML}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c>` +
      `<c r="C1" s="1"><v>45748</v></c><c r="D1" t="inlineStr"><is><t>インライン</t></is></c></row></sheetData></worksheet>`,
  };
}

/** The package's bytes (entries deflated, in the order given). */
export function packageOf(parts: Parts): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  return zip(Object.entries(parts).map(([name, data]) => ({ name, data: typeof data === 'string' ? encoder.encode(data) : data })));
}

/** `parts` with the entry `from` stored as `to` (same content). */
export function renamed(parts: Parts, from: string, to: string): Parts {
  const out: Parts = {};
  for (const [name, data] of Object.entries(parts)) out[name === from ? to : name] = data;
  return out;
}

/** Text in UTF-16 (little or big endian), with or without a byte order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const body = bom ? `\ufeff${text}` : text;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = c >>> 8;
  }
  return out;
}
