import { notSure } from './not-sure';
import { DEFAULT_LIMITS, LimitExceeded } from '../limits';
import { NamespaceScope } from './xml-scope';
import * as xmlText from './xml-text';

// Module-local copies of imported functions: under tsx (how the CLI runs) every imported binding is a
// getter call, and these run for every element of every sheet.
const { decodeAttr, decodeText, plainAttr } = xmlText;

/**
 * A minimal pull tokenizer for the XML of the few xlsx parts the direct reader needs (workbook, rels,
 * shared strings, styles, worksheets): elements, attributes, text, the five predefined entities and
 * character references, comments and processing instructions. CDATA (whose text exceljs drops) and
 * anything a full parser would need a DTD or more for (`<!DOCTYPE`, unknown entities, malformed markup)
 * throw `NotSure`: the file then goes to exceljs, whose parser decides.
 *
 * Like any conforming XML parser (and exceljs' saxes) it normalises line ends in text (CRLF and CR to LF)
 * and whitespace in attribute values (tab, CR, LF to a space) before expanding references.
 *
 * Names are resolved by namespace URI, never by literal prefix (Namespaces in XML 1.0): `<x:c>` with `x` bound
 * to SpreadsheetML, as the Open XML SDK and ClosedXML write it, is the same element as `<c>` under a default
 * namespace. An element of one of the package's own namespaces (namespaces.ts: SpreadsheetML, package
 * relationships, content types) is reported by its local name; any other as `{uri}local`, which no local
 * name equals. Attributes without a prefix are in no namespace and keep their name; a prefixed one is read
 * with `attrNs`. An unbound prefix is malformed.
 */

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END;

/** Characters that end a name: whitespace, `/`, `>`, `=`, `<`, quotes. */
function endsName(c: number): boolean {
  return c <= 0x20 || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x3c || c === 0x22 || c === 0x27;
}

/** A cursor over one XML document: call `next()` and read `name`, `attrs`, `text` for the token it returns. */
export class XmlScanner {
  private pos = 0;
  /** Element name of the last OPEN / CLOSE token: its local name in a home namespace, else `{uri}local`. */
  name = '';
  /**
   * Attributes of the last OPEN token, as offsets into the document (name start/end, value start/end) and
   * decoded lazily: slicing and hashing every attribute name of every cell is most of a naive scanner's time.
   */
  private readonly spans: number[] = [];
  private attrCount = 0;
  /** Decoded text of the last TEXT token. */
  text = '';
  /** The last OPEN token was `<x/>`: `next()` reports its CLOSE next. */
  private pendingClose = false;
  /** Names of the elements open around the cursor as written (close tags must match). */
  private readonly stack: string[] = [];
  /** Namespace bindings in scope and names resolved under them. */
  private readonly ns = new NamespaceScope();
  /** The root element has closed: only comments, processing instructions and whitespace may follow. */
  private rootClosed = false;

  constructor(
    private readonly xml: string,
    /** Element nesting allowed (a part nested a million deep would hold a million names here). */
    private readonly maxDepth = DEFAULT_LIMITS.depth,
  ) {}

  /** After the root element: the rest must be comments, processing instructions or whitespace (checked by `next`). */
  finish(): void {
    while (this.next() !== END) {
      // nothing: `next` rejects a second root element and text outside the root
    }
  }

  /** The next token; END once the document is consumed (a document left open is not ours). */
  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      const qname = this.stack.pop() ?? '';
      this.name = this.ns.plainCloses ? qname : this.ns.resolve(qname);
      if (this.stack.length === this.ns.undoDepth) this.ns.unbind();
      if (this.stack.length === 0) this.rootClosed = true;
      return CLOSE;
    }
    const xml = this.xml;
    for (;;) {
      if (this.pos >= xml.length) {
        if (this.stack.length !== 0) notSure('unclosed element');
        return END;
      }
      const lt = xml.indexOf('<', this.pos);
      if (lt !== this.pos) {
        const end = lt < 0 ? xml.length : lt;
        const raw = xml.slice(this.pos, end);
        this.pos = end;
        // Text outside the root element is malformed (exceljs' parser rejects it); whitespace is fine.
        if (this.stack.length === 0 && /\S/.test(raw)) notSure('text outside the root');
        this.text = decodeText(raw);
        return TEXT;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 0x2f /* / */) {
        const gt = xml.indexOf('>', lt);
        if (gt < 0) notSure('unterminated close tag');
        // Compare with the open element's name in place (no slice): it must match, then only whitespace.
        const name = this.stack.pop() ?? notSure('close without open');
        if (!xml.startsWith(name, lt + 2)) notSure('mismatched close tag');
        for (let i = lt + 2 + name.length; i < gt; i++) if (xml.charCodeAt(i) > 0x20) notSure('mismatched close tag');
        this.name = this.ns.plainCloses ? name : this.ns.resolve(name);
        if (this.stack.length === this.ns.undoDepth) this.ns.unbind();
        this.pos = gt + 1;
        if (this.stack.length === 0) this.rootClosed = true;
        return CLOSE;
      }
      if (c === 0x3f /* ? */) {
        const end = xml.indexOf('?>', lt);
        if (end < 0) notSure('unterminated processing instruction');
        // The XML declaration belongs at the very start of the part, nowhere else.
        if (lt !== 0 && /^<\?xml[\s?]/i.test(xml.slice(lt, lt + 6))) notSure('misplaced XML declaration');
        this.pos = end + 2;
        continue;
      }
      if (c === 0x21 /* ! */) {
        if (xml.startsWith('<!--', lt)) {
          const end = xml.indexOf('-->', lt + 4);
          if (end < 0) notSure('unterminated comment');
          if (xml.indexOf('--', lt + 4) < end) notSure('-- inside a comment');
          this.pos = end + 3;
          continue;
        }
        // exceljs' SAX wrapper drops CDATA sections (their text never reaches a cell): not ours.
        if (xml.startsWith('<![CDATA[', lt)) notSure('CDATA');
        return notSure('DOCTYPE or unknown markup');
      }
      return this.open(lt);
    }
  }

  // Hand-written rather than regular expressions: this runs for every element of every sheet.
  private open(lt: number): Token {
    const xml = this.xml;
    const n = xml.length;
    let i = lt + 1;
    while (i < n && !endsName(xml.charCodeAt(i))) i++;
    if (i === lt + 1) notSure('bad tag');
    // A name cannot start with a digit, '-' or '.'; and a second root element is malformed.
    const first = xml.charCodeAt(lt + 1);
    if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2e) notSure('bad tag name');
    if (this.rootClosed) notSure('a second root element');
    const qname = xml.slice(lt + 1, i);
    const spans = this.spans;
    let count = 0;
    // Whether an attribute name starts with `xm`, as `xmlns` does: only then look for declarations below.
    let x = false;
    for (;;) {
      while (i < n && xml.charCodeAt(i) <= 0x20) i++;
      const c = xml.charCodeAt(i);
      if (c === 0x3e /* > */) {
        this.pos = i + 1;
        break;
      }
      if (c === 0x2f /* / */) {
        if (xml.charCodeAt(i + 1) !== 0x3e) notSure('bad tag');
        this.pos = i + 2;
        this.pendingClose = true;
        break;
      }
      const start = i;
      if (xml.charCodeAt(i) === 0x78 /* x */ && xml.charCodeAt(i + 1) === 0x6d /* m */) x = true;
      while (i < n && !endsName(xml.charCodeAt(i))) i++;
      if (i === start) notSure('bad attribute');
      const keyEnd = i;
      while (i < n && xml.charCodeAt(i) <= 0x20) i++;
      if (xml.charCodeAt(i) !== 0x3d /* = */) notSure('bad attribute');
      i++;
      while (i < n && xml.charCodeAt(i) <= 0x20) i++;
      const q = xml.charCodeAt(i);
      if (q !== 0x22 && q !== 0x27) notSure('bad attribute');
      const end = xml.indexOf(q === 0x22 ? '"' : "'", i + 1);
      if (end < 0) notSure('bad attribute');
      for (let k = 0; k < count; k++) {
        const ks = spans[4 * k] ?? 0;
        if ((spans[4 * k + 1] ?? 0) - ks === keyEnd - start && xml.startsWith(xml.slice(start, keyEnd), ks)) notSure('duplicate attribute');
      }
      spans[4 * count] = start;
      spans[4 * count + 1] = keyEnd;
      spans[4 * count + 2] = i + 1;
      spans[4 * count + 3] = end;
      count++;
      i = end + 1;
      // Attributes must be separated by whitespace.
      const next = xml.charCodeAt(i);
      if (next > 0x20 && next !== 0x2f && next !== 0x3e) notSure('bad attribute');
    }
    this.attrCount = count;
    if (this.stack.length >= this.maxDepth) throw new LimitExceeded('depth', this.maxDepth, null, null);
    if (x) this.declare();
    this.stack.push(qname);
    // Inline fast path: an unprefixed name under a home default namespace is what it says.
    if (qname.indexOf(':') >= 0) {
      this.ns.plainCloses = false;
      this.name = this.ns.resolve(qname);
    } else this.name = this.ns.plainDefault ? qname : this.ns.resolve(qname);
    return OPEN;
  }

  /** Namespace declarations (`xmlns`, `xmlns:p`) of the element being opened: they apply to it and its content. */
  private declare(): void {
    const xml = this.xml;
    const spans = this.spans;
    for (let k = 0; k < this.attrCount; k++) {
      const ks = spans[4 * k] ?? 0;
      if (xml.charCodeAt(ks) !== 0x78 /* x */ || !xml.startsWith('xmlns', ks)) continue;
      const ke = spans[4 * k + 1] ?? 0;
      if (ke !== ks + 5 && xml.charCodeAt(ks + 5) !== 0x3a /* : */) continue;
      this.ns.bind(ke === ks + 5 ? '' : xml.slice(ks + 6, ke), this.attrValue(k));
    }
    this.ns.opened(this.stack.length);
  }

  /** The decoded value of the last OPEN token's k-th attribute. */
  private attrValue(k: number): string {
    const raw = this.xml.slice(this.spans[4 * k + 2], this.spans[4 * k + 3]);
    return plainAttr(raw) ? raw : decodeAttr(raw);
  }

  /** The namespace declarations in scope, as `xmlns` / `xmlns:prefix` attribute keys to URIs (the .ods reader's prefixes). */
  get namespaces(): Record<string, string> {
    return this.ns.namespaces;
  }

  /** The value of the last OPEN token's unprefixed attribute `name` (undefined when absent). */
  attr(name: string): string | undefined {
    const xml = this.xml;
    const spans = this.spans;
    for (let k = 0; k < this.attrCount; k++) {
      const ks = spans[4 * k] ?? 0;
      if ((spans[4 * k + 1] ?? 0) - ks !== name.length || !xml.startsWith(name, ks)) continue;
      const raw = xml.slice(spans[4 * k + 2], spans[4 * k + 3]);
      return plainAttr(raw) ? raw : decodeAttr(raw);
    }
    return undefined;
  }

  /** The value of the last OPEN token's attribute `local` in any of the namespaces `uris`, whatever its prefix. */
  attrNs(uris: ReadonlySet<string>, local: string): string | undefined {
    for (let k = 0; k < this.attrCount; k++) {
      const key = this.xml.slice(this.spans[4 * k], this.spans[4 * k + 1]);
      const colon = key.indexOf(':');
      if (colon < 0 || key.slice(colon + 1) !== local) continue;
      const prefix = key.slice(0, colon);
      if (prefix === 'xmlns') continue;
      if (uris.has(this.ns.uri(prefix))) return this.attrValue(k);
    }
    return undefined;
  }

  /**
   * The unprefixed attributes of the last OPEN token by name (for the small parts; sheets use `attr`).
   * Prefixed ones (and namespace declarations) are left out: read them with `attrNs`.
   */
  get attrs(): Record<string, string> {
    const out: Record<string, string> = {};
    const spans = this.spans;
    for (let k = 0; k < this.attrCount; k++) {
      const key = this.xml.slice(spans[4 * k], spans[4 * k + 1]);
      if (key.includes(':') || key === 'xmlns') continue;
      out[key] = this.attrValue(k);
    }
    return out;
  }

  /** Where the cursor is in the document (past the last token read). */
  get offset(): number {
    return this.pos;
  }

  /** Elements `levels` deep can still open inside the element just opened without passing the depth cap. */
  roomFor(levels: number): boolean {
    return this.stack.length + levels <= this.maxDepth;
  }

  /** The last OPEN / CLOSE token was this element (a call, so that TypeScript does not narrow `name`). */
  is(name: string): boolean {
    return this.name === name;
  }

  /** Skip the rest of the element just opened (its children and its close tag). */
  skip(): void {
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t === OPEN) depth++;
      else if (t === CLOSE) depth--;
      else if (t === END) notSure('unexpected end');
    }
  }

  /**
   * The commonest cell or shared string, read in one step: right after `<parent …>` opened, exactly
   * `<child>text</child></parent>` (no other child, no attribute on the child, no spaces in the tags) under a
   * home default namespace; `open` is `<child>` and `closes` `</child></parent>`. Returns the text of the child
   * as `textContent` would and leaves the cursor past the parent's close tag, which is reported as the CLOSE
   * just read; null, with nothing consumed, for anything else (the caller then reads it token by token).
   */
  childTextThenClose(parent: string, open: string, closes: string): string | null {
    const stack = this.stack;
    const depth = stack.length;
    // The open element must be literally `parent`, must not have declared namespaces, and the child must fit in the depth.
    if (this.pendingClose || !this.ns.plainDefault || stack[depth - 1] !== parent || depth - 1 === this.ns.undoDepth || depth >= this.maxDepth) return null;
    const xml = this.xml;
    const pos = this.pos;
    if (!xml.startsWith(open, pos)) return null;
    const start = pos + open.length;
    const lt = xml.indexOf('<', start);
    if (lt < 0 || !xml.startsWith(closes, lt)) return null;
    const text = lt === start ? '' : decodeText(xml.slice(start, lt));
    if (text !== '') this.text = text;
    stack.pop();
    this.name = parent;
    this.pos = lt + closes.length;
    return text;
  }

  /** The text of the element just opened (no child elements allowed), consuming its close tag. */
  textContent(): string {
    // Fast path, for every `<v>` of every cell: the text runs straight to the element's own close tag, written
    // without spaces (`<v>12</v>`), and the element declared no namespace. What `next` would report, in one step.
    const stack = this.stack;
    const depth = stack.length;
    if (!this.pendingClose && depth > 1 && depth - 1 !== this.ns.undoDepth) {
      const xml = this.xml;
      const lt = xml.indexOf('<', this.pos);
      const qname = stack[depth - 1] ?? '';
      if (lt >= 0 && xml.charCodeAt(lt + 1) === 0x2f /* / */ && xml.charCodeAt(lt + 2 + qname.length) === 0x3e /* > */ && xml.startsWith(qname, lt + 2)) {
        if (lt === this.pos) {
          stack.pop();
          this.name = this.ns.plainCloses ? qname : this.ns.resolve(qname);
          this.pos = lt + 3 + qname.length;
          return '';
        }
        const text = decodeText(xml.slice(this.pos, lt));
        this.text = text;
        stack.pop();
        this.name = this.ns.plainCloses ? qname : this.ns.resolve(qname);
        this.pos = lt + 3 + qname.length;
        return text;
      }
    }
    let out = '';
    for (;;) {
      const t = this.next();
      if (t === TEXT) out += this.text;
      else if (t === CLOSE) return out;
      else notSure(`element inside <${this.name}>`);
    }
  }
}
