import { stored } from '../../src/xlsx/zip';
import { zip } from '../../src/xlsx/zip-writer';

/** Namespace declarations of an ODF content.xml as LibreOffice writes them (the ones the reader looks at). */
export const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"';

/** A content.xml whose spreadsheet body is `body` (tables, named expressions). */
export function contentXml(body: string, ns = NS): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns} office:version="1.3"><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`;
}

/** One table from rows of raw cell XML. */
export function table(name: string, rows: readonly string[]): string {
  return `<table:table table:name="${name}">${rows.map((r) => (r.startsWith('<table:table-row') ? r : `<table:table-row>${r}</table:table-row>`)).join('')}</table:table>`;
}

/** A string cell. */
export const s = (text: string, attrs = '') => `<table:table-cell ${attrs} office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
/** A float cell. */
export const f = (value: number | string, attrs = '') => `<table:table-cell ${attrs} office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;

const MANIFEST = (mediaType: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
  `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mediaType}"/>` +
  `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${extra}</manifest:file-entry></manifest:manifest>`;

export const ODS_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** An .ods package: `mimetype` first and stored, content.xml, the manifest (as ODF requires). */
export async function odsOf(content: string, options: { mimetype?: string; manifestExtra?: string } = {}): Promise<Uint8Array> {
  const type = options.mimetype ?? ODS_TYPE;
  const enc = new TextEncoder();
  return zip([
    { name: 'mimetype', compressed: Promise.resolve(stored(enc.encode(type))) },
    { name: 'content.xml', data: enc.encode(content) },
    { name: 'META-INF/manifest.xml', data: enc.encode(MANIFEST(type, options.manifestExtra ?? '')) },
  ]);
}
