/**
 * OOXML `ST_Xstring` escapes (ECMA-376 Part 1, §22.9.2.19): a character XML 1.0 cannot carry is written
 * `_xHHHH_` (its UTF-16 code unit in hex), and a literal text that looks like an escape has its underscore
 * escaped (`_x0041_` is written `_x005F_x0041_`). Pure functions, no I/O: the CLI reader, our writer and the
 * preview runtime all use these, so the three agree on what a file means.
 */

/** Characters XML 1.0 cannot carry in text (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const XML_INVALID_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const XML_INVALID = new RegExp(XML_INVALID_CHAR.source, 'g');
/**
 * The underscore of a literal text a reader would take for an escape (readers decode hex in either case).
 * A lookahead, so that overlapping ones are all found: `_x005F_x0041_` has two (at 0 and at 6).
 */
const LOOKS_ESCAPED = /_(?=x[0-9a-fA-F]{4}_)/g;
/** One escape: exactly four hex digits, either case, underscore on both sides. */
const ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/**
 * Decode `_xHHHH_` escapes into the code units they stand for, in one left-to-right pass: `_x0001_` is
 * U+0001, `_x005F_x0041_` is the literal text `_x0041_` (the first escape takes the underscore the second
 * would have needed), `_xD83D__xDE00_` is 😀. Anything else (`_x12_`, `_xZZZZ_`) is kept as written.
 */
export function decodeXstring(s: string): string {
  // Fast path: almost no cell text holds `_x`, and `includes` is far cheaper than a regex.
  if (!s.includes('_x')) return s;
  return s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Escape text so that `decodeXstring` (and Excel) reads it back unchanged: characters XML cannot carry become
 * `_xHHHH_` (upper-case hex, as Excel writes them) and a literal `_xHHHH_` gets its underscore escaped.
 * XML's own escaping (`&`, `<`, …) is left to the caller.
 */
export function encodeXstring(s: string): string {
  let out = s;
  if (out.includes('_x')) out = out.replace(LOOKS_ESCAPED, '_x005F_');
  return out.replace(XML_INVALID, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
