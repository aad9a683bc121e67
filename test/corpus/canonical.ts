/**
 * A second opinion for files only the direct reader reads because of how their XML is written: the same
 * package rewritten into the form exceljs reads — namespace prefixes of SpreadsheetML, the package
 * relationships and content types turned into default namespaces (`<x:c>` → `<c>`), any other prefix on
 * the relationship attribute namespace renamed `r`, UTF-16 parts re-encoded as UTF-8. The rewrite is plain
 * text substitution, independent of the tokenizer's namespace handling, so exceljs reading the rewritten
 * package is a check on the direct reader reading the original.
 */
import { inflateRawSync } from 'node:zlib';
import { zip } from '../../src/xlsx/zip-writer';

const HOME = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://schemas.openxmlformats.org/package/2006/content-types',
  // docProps/app.xml: the direct reader never reads it, exceljs fails on a prefixed one.
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
];
const RELATIONSHIP_ATTRIBUTES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The entries of a plain zip (no zip64, no encryption), inflated. */
function unzip(bytes: Uint8Array): Map<string, Uint8Array> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const out = new Map<string, Uint8Array>();
  let at = view.getUint32(eocd + 16, true);
  for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
    if (view.getUint32(at, true) !== 0x02014b50) return null;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + size);
    try {
      out.set(name, method === 0 ? raw : new Uint8Array(inflateRawSync(raw)));
    } catch {
      return null;
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function decode(data: Uint8Array): string {
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0x00 && data[1] === 0x3c) return new TextDecoder('utf-16be').decode(data);
  if (data[0] === 0x3c && data[1] === 0x00) return new TextDecoder('utf-16le').decode(data);
  return new TextDecoder().decode(data);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One part rewritten, or the same text when there is nothing to rewrite. */
export function canonicalXml(xml: string): string {
  let out = xml.replace(/^(\s*<\?xml[^>]*encoding\s*=\s*["'])utf-16(?:le|be)?(["'])/i, '$1UTF-8$2');
  for (const m of xml.matchAll(/xmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)) {
    const [decl, prefix = '', uri = ''] = m;
    if (HOME.includes(uri)) {
      out = out.replace(new RegExp(`<(/?)${escape(prefix)}:`, 'g'), '<$1').split(decl).join(`xmlns="${uri}"`);
    } else if (uri === RELATIONSHIP_ATTRIBUTES && prefix !== 'r' && [...xml.matchAll(/xmlns:r\s*=\s*"([^"]*)"/g)].every((r) => r[1] === uri)) {
      out = out.replace(new RegExp(`(\\s)${escape(prefix)}:`, 'g'), '$1r:');
    }
  }
  return out;
}

/** The package rewritten, or null when no part changed (nothing to cross-check) or it is no plain zip. */
export async function canonicalPackage(bytes: Uint8Array): Promise<Uint8Array | null> {
  const parts = unzip(bytes);
  if (parts === null) return null;
  let changed = false;
  // docProps/core.xml bears on no value and exceljs reads it by literal prefix (`cp:`): left out.
  if (parts.delete('docProps/core.xml')) changed = true;
  const entries = [...parts].map(([name, data]) => {
    if (!/\.(xml|rels)$/i.test(name)) return { name, data };
    const before = decode(data);
    const after = canonicalXml(before);
    const utf16 = data[0] === 0 || data[1] === 0 || data[0] === 0xfe || data[0] === 0xff;
    if (after === before && !utf16) return { name, data };
    changed = true;
    return { name, data: new TextEncoder().encode(after) };
  });
  return changed ? zip(entries) : null;
}
