import { zip } from '../../src/xlsx/zip-writer';

/**
 * A hand-written .xlsx whose texts hold `_xHHHH_` escapes in every place a cell text comes from: shared
 * strings (plain and rich runs), inline strings (plain and rich runs) and `t="str"` values (with and without a
 * formula). Sheet S1 has no merge (the reader's fast path over exceljs' model), S2 has one (exceljs' own cells).
 * `c_x001f_d` and the `str` formula result are written exactly as LibreOffice 7.4 writes them (lower-case hex).
 */
const SHARED = [
  '<si><t>a_x0001_b</t></si>',
  '<si><t>_x005F_x0041_</t></si>',
  '<si><t xml:space="preserve">c_x001f_d</t></si>',
  '<si><t>_x005f_x0041_</t></si>',
  '<si><t>_xD83D__xDE00_</t></si>',
  '<si><t>_x12_ _xZZZZ_ _x0041 _X0041_</t></si>',
  '<si><r><t>r_x0002_</t></r><r><rPr><b/></rPr><t>_x005F_x0042_</t></r></si>',
];

const S1 =
  '<row r="1">' +
  '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>' +
  '<c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c>' +
  '</row><row r="2">' +
  '<c r="A2" t="inlineStr"><is><t>i_x0003_</t></is></c>' +
  '<c r="B2" t="inlineStr"><is><t>_x005F_x0041_</t></is></c>' +
  '<c r="C2" t="inlineStr"><is><r><t>j_x0004_</t></r><r><t>k_x001f_</t></r></is></c>' +
  '<c r="D2" t="str"><f aca="false">"f"&amp;CHAR(5)</f><v>f_x0005_</v></c>' +
  '<c r="E2" t="str"><v>g_x0006_</v></c>' +
  '<c r="F2"><v>41</v></c>' +
  '</row>';

const S2 =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>m_x0007_</t></is></c><c r="C1" t="s"><v>1</v></c></row>';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const sheet = (data: string, merge: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${data}</sheetData>${merge}</worksheet>`;

/** The workbook's bytes. */
export async function xstringBook(): Promise<Uint8Array> {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.worksheet+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
    '_rels/.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets>` +
      `<sheet name="S1" sheetId="1" r:id="rId1"/><sheet name="S2" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${SHARED.length}" uniqueCount="${SHARED.length}">${SHARED.join('')}</sst>`,
    'xl/worksheets/sheet1.xml': sheet(S1, ''),
    'xl/worksheets/sheet2.xml': sheet(S2, '<mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells>'),
  };
  const encoder = new TextEncoder();
  return zip(Object.entries(parts).map(([name, xml]) => ({ name, data: encoder.encode(xml) })));
}
