import { notSure } from './not-sure';

/**
 * Text and attribute values of the XML tokenizer (xml-scan.ts): the five predefined entities and character
 * references expanded, line ends normalised as XML 1.0 §2.11 / §3.3.3 say (exceljs' saxes does the same).
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Expand entity and character references; unknown or malformed ones are not ours. */
function expand(s: string): string {
  return s.replace(/&([^;&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) notSure('unterminated entity');
    const named = NAMED[ref];
    if (named !== undefined) return named;
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!m) return notSure(`entity &${ref};`);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    // Only characters XML allows (XML 1.0 §2.2): `&#1;` is malformed to exceljs' parser, so not ours either.
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) notSure('character reference');
    return String.fromCodePoint(code);
  });
}

/** Text content as a parser reports it (line ends normalised, references expanded). */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s.includes('&') ? expand(s) : s;
}

/** An attribute value as a parser reports it. */
export function decodeAttr(raw: string): string {
  let s = raw;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, ' ');
  if (s.includes('<')) notSure('< in attribute');
  return s.includes('&') ? expand(s) : s;
}

/** The attribute value can be used as written: no `&`, `<` (an error) or whitespace to normalise. */
export function plainAttr(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x26 || c === 0x3c || c === 0x09 || c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

