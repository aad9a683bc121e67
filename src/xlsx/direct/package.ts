import { notSure } from './not-sure';
import { CLOSE, END, OPEN, TEXT, XmlScanner } from './xml-scan';

/**
 * The package (ECMA-376 Part 2, Open Packaging Conventions) around the SpreadsheetML parts: relationships
 * parts, how a relationship's target names a part, and part names compared as OPC compares them
 * (ASCII case-insensitively). The main workbook part is what the package relationship of type
 * officeDocument points at and a worksheet is what the workbook's relationship points at — never a file
 * name guessed (SheetJS' `wtf_path.xlsx`, a Numbers export's `worksheets/sheet.xml`, Excel 12's `Sheet1.xml`).
 */

/** One `<Relationship>`. */
export interface Relationship {
  readonly id: string;
  /** The relationship type's last path segment (`officeDocument`, `worksheet`, …), transitional or strict alike. */
  readonly kind: string;
  readonly target: string;
  readonly external: boolean;
}

/** Relationship types are URIs under one of these (ECMA-376 transitional, ISO/IEC 29500 strict). */
const TYPE_BASES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://schemas.openxmlformats.org/package/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
];

function kindOf(type: string): string {
  for (const base of TYPE_BASES) if (type.startsWith(base)) return type.slice(base.length);
  return type;
}

/** The relationships of a `.rels` part, in document order (a duplicate id is malformed). */
export function parseRelationships(xml: string): Relationship[] {
  const s = new XmlScanner(xml);
  let t = s.next();
  while (t === TEXT) t = s.next();
  if (t !== OPEN || s.name !== 'Relationships') notSure('relationships root');
  const out: Relationship[] = [];
  const ids = new Set<string>();
  for (t = s.next(); t !== CLOSE; t = s.next()) {
    if (t === END) notSure('unexpected end');
    if (t !== OPEN) continue;
    if (!s.is('Relationship')) notSure(`<${s.name}> in <Relationships>`);
    const { Id: id, Type: type, Target: target, TargetMode: mode } = s.attrs;
    if (id === undefined || type === undefined || target === undefined || ids.has(id)) notSure('relationship');
    ids.add(id);
    out.push({ id, kind: kindOf(type), target, external: mode === 'External' });
    s.skip();
  }
  s.finish();
  return out;
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's: `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part a relative reference from `source` names (RFC 3986 resolution, as OPC asks), as a zip entry
 * name (no leading `/`); `source` '' is the package root. Null for what cannot name a part here (a
 * scheme, a query or fragment, a path leaving the package).
 */
export function resolveTarget(source: string, target: string): string | null {
  const t = target.trim();
  if (t === '' || /^[a-z][a-z0-9+.-]*:/i.test(t) || /[?#]/.test(t) || t.includes('\\')) return null;
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  const segments = [...base];
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(seg);
  }
  let name = segments.join('/');
  try {
    name = decodeURIComponent(name);
  } catch {
    return null;
  }
  return name === '' ? null : name;
}

/** Zip entry names looked up as OPC part names: ASCII case-insensitively, and never two that only differ in case. */
export class PartNames {
  private readonly byKey = new Map<string, string>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (name.endsWith('/')) continue; // a folder entry, no part
      const key = name.toLowerCase();
      if (this.byKey.has(key)) notSure('two parts whose names differ only in case');
      this.byKey.set(key, name);
    }
  }

  /** The entry name of the part, or null when the package has none. */
  find(part: string): string | null {
    return this.byKey.get(part.toLowerCase()) ?? null;
  }

  /** Whether any part's name passes the test. */
  some(test: (name: string) => boolean): boolean {
    for (const name of this.byKey.values()) if (test(name)) return true;
    return false;
  }
}
