import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { XlsxReadError } from '../../src/xlsx/errors';
import { readSpreadsheet } from '../../src/xlsx/spreadsheet';
import { stored } from '../../src/xlsx/zip';
import { zip } from '../../src/xlsx/zip-writer';
import { encryptedXlsx, legacyXls } from '../xlsx/bad-files';
import { fixture } from '../xlsx/fixture-files';

/** Every kind of file a department may send: which reader takes it, or which reason refuses it (by content). */

const inflate = (raw: Uint8Array) => new Uint8Array(inflateRawSync(raw));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function outcome(bytes: Uint8Array, name: string): Promise<string> {
  try {
    return `read ${(await readSpreadsheet(bytes, name, { inflate })).format}`;
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    return `refused ${(e as XlsxReadError).reason}`;
  }
}

const zipOf = (entries: Record<string, string>, mimetype?: string) =>
  zip([
    ...(mimetype ? [{ name: 'mimetype', compressed: Promise.resolve(stored(utf8(mimetype))) }] : []),
    ...Object.entries(entries).map(([name, text]) => ({ name, data: utf8(text) })),
  ]);

describe('read, whatever the name says', () => {
  test('.xlsx, .ods and CSV written by LibreOffice', async () => {
    expect(await outcome(fixture('canonical-somu.xlsx'), 'a.xlsx')).toBe('read xlsx');
    expect(await outcome(fixture('canonical-somu.ods'), 'a.ods')).toBe('read ods');
    expect(await outcome(fixture('jinji-csv-sjis.csv'), 'a.csv')).toBe('read csv');
    // Renamed: the content decides.
    expect(await outcome(fixture('canonical-somu.ods'), 'a.xlsx')).toBe('read ods');
    expect(await outcome(fixture('canonical-somu.xlsx'), 'a.ods')).toBe('read xlsx');
  });

  test('a flat OpenDocument file (.fods) reads like the .ods LibreOffice writes from it', async () => {
    const flat = (name: string) => readSpreadsheet(new Uint8Array(readFileSync(join(__dirname, '../../scripts/fixtures', `${name}.fods`))), 'a');
    for (const name of ['misc', 'form-kikaku', 'merges-kankyo']) {
      const fods = await flat(name);
      const ods = await readSpreadsheet(fixture(`${name}.ods`), 'a', { inflate });
      expect(fods.format).toBe('fods');
      expect(fods.workbook).toEqual(ods.workbook);
    }
    // A formula the source holds without a cached result (canonical-somu's `=1/0`) stays empty: we never
    // calculate, LibreOffice did when it wrote the .ods.
    const somu = (await flat('canonical-somu')).workbook.sheets[0]?.rows;
    expect(somu?.[12]).toEqual([7, ' 公用車管理簿 ', null, 'B群', 'レベル2']);
  });

  test('an OpenDocument package whose mimetype entry is not first (or is compressed) is still read by its parts', async () => {
    const content =
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
      '<office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>Hello</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>';
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>';
    const bytes = await zipOf({ 'content.xml': content, 'META-INF/manifest.xml': manifest, mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    const r = await readSpreadsheet(bytes, 'a.ods', { inflate });
    expect([r.format, r.workbook.sheets[0]?.rows]).toEqual(['ods', [['Hello']]]);
  });
});

describe('refused, each with a reason that names the format', () => {
  test('legacy .xls: in its OLE container (as LibreOffice and Excel write it), and a bare BIFF4 stream', async () => {
    expect(await outcome(fixture('canonical-somu-libreoffice.xls'), '総務課.xls')).toBe('refused xls');
    expect(await outcome(legacyXls(), 'a.xls')).toBe('refused xls');
    const biff4 = new Uint8Array([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, ...new Array<number>(100).fill(0)]);
    expect(await outcome(biff4, 'old.xls')).toBe('refused xls');
  });

  test('.xlsb: a zip holding xl/workbook.bin', async () => {
    const xlsb = await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': '\u0083\u0001', 'xl/_rels/workbook.bin.rels': '<Relationships/>' });
    expect(await outcome(xlsb, '総務課.xlsb')).toBe('refused xlsb');
    expect(await outcome(xlsb, '総務課.xlsx')).toBe('refused xlsb');
  });

  test('password-protected: an encrypted Office package, an encrypted .ods', async () => {
    expect(await outcome(encryptedXlsx(), 'a.xlsx')).toBe('refused encrypted');
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>';
    expect(await outcome(await zipOf({ 'content.xml': '\u0001\u0002', 'META-INF/manifest.xml': manifest }, 'application/vnd.oasis.opendocument.spreadsheet'), 'a.ods')).toBe('refused ods-encrypted');
  });

  test('a web page (as business systems export under an .xls name), also as MHTML', async () => {
    const html = '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>番号</td></tr></table></body></html>';
    expect(await outcome(utf8(html), '総務課.xls')).toBe('refused html');
    expect(await outcome(utf8('<!DOCTYPE html>\n<html><body>ログインしてください</body></html>'), '総務課.xlsx')).toBe('refused html');
    expect(await outcome(utf8('<table><tr><td>1</td></tr></table>'), 'a.csv')).toBe('refused html');
    expect(await outcome(utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n'), '総務課.xls')).toBe('refused html');
  });

  test('XML Spreadsheet 2003 (its <Table> is no web page)', async () => {
    const xml =
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
      '<Worksheet ss:Name="台帳"><Table><Row><Cell><Data ss:Type="String">番号</Data></Cell></Row></Table></Worksheet></Workbook>';
    expect(await outcome(utf8(xml), '総務課.xls')).toBe('refused xml-2003');
    expect(await outcome(utf8(xml), '総務課.xml')).toBe('refused xml-2003');
  });

  test('other XML, a PDF, an image: not a spreadsheet', async () => {
    expect(await outcome(utf8('<?xml version="1.0"?><note>x</note>'), 'a.xml')).toBe('refused not-zip');
    expect(await outcome(utf8('%PDF-1.7\n1 0 obj\n'), '台帳.pdf')).toBe('refused not-zip');
    expect(await outcome(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'a.png')).toBe('refused not-zip');
  });

  test('documents that are not spreadsheets: an OpenDocument text, a Word-like package', async () => {
    expect(await outcome(await zipOf({ 'content.xml': '<x/>' }, 'application/vnd.oasis.opendocument.text'), 'a.odt')).toBe('refused not-xlsx');
    expect(await outcome(await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'a.docx')).toBe('refused not-xlsx');
  });
});
