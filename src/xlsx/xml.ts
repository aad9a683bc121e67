/** XML text for OOXML parts. */
import { encodeXstring } from './xstring';

const XML_SPECIAL = /[&<>"]/g;
const REPLACEMENTS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Anything that needs work below; most cell texts have none of it and are returned as they are. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]|_x/;

/**
 * Escape text for an element or attribute value, keeping control characters and literal `_xHHHH_` texts
 * (as `ST_Xstring` escapes: see xstring.ts, which the readers decode with).
 */
export function xmlText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  let out = encodeXstring(s);
  // Lone surrogates are invalid XML too.
  out = out.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return out.replace(XML_SPECIAL, (c) => REPLACEMENTS[c] ?? c);
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
