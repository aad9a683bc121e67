import { notSure } from './not-sure';
import { HOME_NAMESPACES, XML_NS, XMLNS_NS } from './namespaces';

/**
 * The namespace bindings in scope at the tokenizer's cursor (xml-scan.ts), and element names resolved under
 * them: a home namespace's element by its local name, any other as `{uri}local`. An element that declares
 * namespaces pushes the bindings it replaces, restored at its close; the usual element declares nothing and
 * costs nothing here. Names are resolved by URI, never by the prefix a producer chose (Namespaces in XML 1.0).
 */
export class NamespaceScope {
  /** In-scope prefix bindings ('' for the default namespace). */
  private readonly bindings = new Map<string, string>([['xml', XML_NS]]);
  /** The elements that declared namespaces (their depth) with the bindings they replaced. */
  private readonly undo: { depth: number; replaced: [string, string | undefined][] }[] = [];
  /** Bindings replaced by the element being opened, until `opened`. */
  private pending: [string, string | undefined][] | null = null;
  /** Qualified name → resolved name under the current bindings (cleared when they change). */
  private readonly resolved = new Map<string, string>();
  /** The depth of the innermost element that declared namespaces (-1: none): its close restores them. */
  undoDepth = -1;
  /** The default namespace is a home one: an unprefixed name is reported as it is written (the fast path). */
  plainDefault = true;
  /** No element with a prefix was seen and the default namespace is a home one: a close tag's name needs no resolving. */
  plainCloses = true;

  /** `xmlns` (prefix '') or `xmlns:prefix` = `uri` on the element being opened, checked as Namespaces in XML requires. */
  bind(prefix: string, uri: string): void {
    if (prefix === 'xmlns' || (prefix !== '' && uri === '') || (prefix === 'xml') !== (uri === XML_NS) || uri === XMLNS_NS) notSure('namespace declaration');
    (this.pending ??= []).push([prefix, this.bindings.get(prefix)]);
    this.bindings.set(prefix, uri);
  }

  /** The element being opened, at `depth`, declared what was bound since: its close restores it. */
  opened(depth: number): void {
    const replaced = this.pending;
    if (replaced === null) return;
    this.pending = null;
    this.undo.push({ depth, replaced });
    this.undoDepth = depth;
    this.rebound();
  }

  /** An element closed at `undoDepth`: restore the bindings it declared. */
  unbind(): void {
    const last = this.undo.pop();
    if (last === undefined) return;
    this.undoDepth = this.undo[this.undo.length - 1]?.depth ?? -1;
    for (let k = last.replaced.length - 1; k >= 0; k--) {
      const [prefix, before] = last.replaced[k] ?? ['', undefined];
      if (before === undefined) this.bindings.delete(prefix);
      else this.bindings.set(prefix, before);
    }
    this.rebound();
  }

  /** The bindings changed: forget resolved names. */
  private rebound(): void {
    this.resolved.clear();
    this.plainDefault = HOME_NAMESPACES.has(this.bindings.get('') ?? '');
    if (!this.plainDefault) this.plainCloses = false;
  }

  /** The element name as reported: local name in a home namespace, else `{uri}local`. */
  resolve(qname: string): string {
    const known = this.resolved.get(qname);
    if (known !== undefined) return known;
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const uri = this.bindings.get(prefix) ?? (colon < 0 ? '' : notSure(`unbound prefix ${prefix}`));
    if (local === '' || local.includes(':')) notSure('bad tag name');
    const name = HOME_NAMESPACES.has(uri) ? local : `{${uri}}${local}`;
    this.resolved.set(qname, name);
    return name;
  }

  /** The URI `prefix` is bound to (malformed when unbound). */
  uri(prefix: string): string {
    return this.bindings.get(prefix) ?? notSure(`unbound prefix ${prefix}`);
  }

  /** The declarations in scope, as `xmlns` / `xmlns:prefix` attribute keys to URIs (the .ods reader's prefixes). */
  get namespaces(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [prefix, uri] of this.bindings) if (prefix !== 'xml') out[prefix === '' ? 'xmlns' : `xmlns:${prefix}`] = uri;
    return out;
  }
}
