import { inflateRawSync } from 'node:zlib';
import { centralDirectory, storedBytes } from '../../src/xlsx/direct/zip-read';
import { zip } from '../../src/xlsx/zip-writer';

/** Every part of an .xlsx, as text (tests only; the parts of our fixtures are all XML). */
function parts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of centralDirectory(bytes)) {
    const raw = storedBytes(bytes, e);
    out.set(e.name, new TextDecoder().decode(e.method === 0 ? raw : inflateRawSync(raw)));
  }
  return out;
}

function replaced(text: string | undefined, from: string, to: string): string {
  if (text === undefined || !text.includes(from)) throw new Error(`not found: ${from}`);
  return text.replace(from, to);
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * A LibreOffice-written ledger with what Japanese Excel adds on top, by hand (there is no Excel here): markup-
 * compatibility blocks, revision ids and `mc:Ignorable` in workbook.xml, print titles, phonetic readings (ルビ)
 * on a shared string with `phoneticPr`, `x14ac:dyDescent` on rows and a sheet-level `phoneticPr`. The first sheet
 * must be called 台帳_総務課 and the shared strings must hold `<si><t xml:space="preserve">総務課</t></si>`.
 */
export async function excelIsh(libreOffice: Uint8Array): Promise<Uint8Array> {
  const p = parts(libreOffice);
  p.set(
    'xl/workbook.xml',
    replaced(
      replaced(
        replaced(p.get('xl/workbook.xml'), '<workbookPr ', `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\soumu\\Desktop\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><xr:revisionPtr xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" revIDLastSave="0" documentId="8_{1}"/><workbookPr `),
        '<workbook ',
        `<workbook xmlns:mc="${MC}" mc:Ignorable="x15 xr" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" `,
      ),
      '</sheets>',
      '</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">台帳_総務課!$4:$4</definedName></definedNames>',
    ),
  );
  p.set(
    'xl/sharedStrings.xml',
    replaced(p.get('xl/sharedStrings.xml'), '<si><t xml:space="preserve">総務課</t></si>', '<si><t>総務課</t><rPh sb="0" eb="3"><t>ソウムカ</t></rPh><phoneticPr fontId="1"/></si>'),
  );
  const sheet = replaced(
    replaced(p.get('xl/worksheets/sheet1.xml'), '<row r="1" ', '<row r="1" x14ac:dyDescent="0.4" '),
    '<worksheet ',
    `<worksheet xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" `,
  );
  p.set('xl/worksheets/sheet1.xml', replaced(sheet, '</sheetData>', '</sheetData><phoneticPr fontId="1" type="noConversion"/>'));
  const encoder = new TextEncoder();
  return zip([...p].map(([name, text]) => ({ name, data: encoder.encode(text) })));
}
