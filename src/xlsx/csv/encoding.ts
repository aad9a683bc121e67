/**
 * Which character encoding a text file (CSV) is in, decided from its bytes alone, and the decoded text.
 * No Node API: the add-in's import runs this in the browser (TextDecoder with 'shift_jis' is part of the
 * WHATWG Encoding Standard, in Chromium, WebKit, Firefox and Node with full ICU).
 *
 * The decision, in order:
 * 1. A byte-order mark: UTF-8 (EF BB BF), UTF-32LE (FF FE 00 00), UTF-32BE (00 00 FE FF), UTF-16LE (FF FE),
 *    UTF-16BE (FE FF). The mark is dropped.
 * 2. No mark but NUL bytes (text never holds NUL): UTF-32 or UTF-16 without a mark, when the NULs fall where
 *    ASCII text in that form puts them (e.g. every other byte for UTF-16).
 * 3. Otherwise valid UTF-8 is UTF-8 (pure ASCII included); else valid Shift_JIS (Windows' CP932, with the
 *    NEC and IBM extensions: 髙, 﨑, ①, ㈱, half-width kana) is Shift_JIS — unless the bytes are also valid
 *    EUC-JP (older Unix systems) and read with fewer half-width kana that way: EUC-JP text read as Shift_JIS
 *    falls apart into half-width kana (`テスト` → `･ﾆ･ｹ･ﾈ`), while real Shift_JIS text almost never decodes as
 *    EUC-JP at all (its common kanji start with bytes EUC-JP does not use). Valid EUC-JP only is EUC-JP.
 * 4. Anything else (JIS/ISO-2022-JP, a damaged file, binary data) is not decided: the caller refuses the file.
 * Text that decodes but holds control characters (C0 other than tab, line feed and carriage return, DEL, C1)
 * is binary data, not text; a DOS end-of-file mark (Ctrl-Z) at the very end is dropped.
 *
 * Known limit: a short Shift_JIS file whose bytes also happen to be valid UTF-8 is read as UTF-8 (with
 * Japanese text this is vanishingly rare beyond a few characters); EUC-JP text is refused rather than guessed.
 * Which encoding was used is reported with the file, so a wrong guess is visible.
 */

/** The encodings a text file can be read in, as reported to the user. */
export type TextEncoding = 'UTF-8' | 'UTF-8 BOM' | 'Shift_JIS' | 'EUC-JP' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

function decoder(label: string): TextDecoder {
  return new TextDecoder(label, { fatal: true, ignoreBOM: true });
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return decoder(label).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-32 (not in the Encoding Standard, so by hand): null when a unit is not a Unicode scalar value. */
function utf32(bytes: Uint8Array, littleEndian: boolean): string | null {
  if (bytes.length % 4 !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Where the NUL bytes sit, by position modulo 4 (how UTF-16/32 text without a mark gives itself away). */
function nulPattern(bytes: Uint8Array): number[] | null {
  const counts = [0, 0, 0, 0];
  let any = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      counts[i % 4] = (counts[i % 4] ?? 0) + 1;
      any = true;
    }
  }
  return any ? counts : null;
}

/** Without a mark: UTF-32 or UTF-16 when the NULs sit where ASCII in that form puts them. */
function unmarkedWide(bytes: Uint8Array, nuls: readonly number[]): DecodedText | null {
  const [n0 = 0, n1 = 0, n2 = 0, n3 = 0] = nuls;
  const quarter = bytes.length / 4;
  // UTF-32: two of the four bytes of every unit are NUL for any BMP character.
  if (bytes.length % 4 === 0 && n2 >= quarter && n3 >= quarter) {
    const text = utf32(bytes, true);
    if (text !== null) return { text, encoding: 'UTF-32LE' };
  }
  if (bytes.length % 4 === 0 && n0 >= quarter && n1 >= quarter) {
    const text = utf32(bytes, false);
    if (text !== null) return { text, encoding: 'UTF-32BE' };
  }
  if (bytes.length % 2 !== 0) return null;
  // UTF-16: NULs only at odd (LE) or only at even (BE) positions.
  if (n0 + n2 === 0) {
    const text = tryDecode('utf-16le', bytes);
    if (text !== null) return { text, encoding: 'UTF-16LE' };
  }
  if (n1 + n3 === 0) {
    const text = tryDecode('utf-16be', bytes);
    if (text !== null) return { text, encoding: 'UTF-16BE' };
  }
  return null;
}

/** The encoding and text, before the control-character check. */
function decodeAny(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    return text === null ? null : { text, encoding: 'UTF-8 BOM' };
  }
  if (startsWith(bytes, [0xff, 0xfe, 0, 0])) {
    const text = utf32(bytes.subarray(4), true);
    if (text !== null) return { text, encoding: 'UTF-32LE' };
  }
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    const text = utf32(bytes.subarray(4), false);
    return text === null ? null : { text, encoding: 'UTF-32BE' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = bytes.length % 2 === 0 ? tryDecode('utf-16le', bytes.subarray(2)) : null;
    return text === null ? null : { text, encoding: 'UTF-16LE' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    const text = bytes.length % 2 === 0 ? tryDecode('utf-16be', bytes.subarray(2)) : null;
    return text === null ? null : { text, encoding: 'UTF-16BE' };
  }
  const nuls = nulPattern(bytes);
  if (nuls !== null) return unmarkedWide(bytes, nuls);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const sjis = tryDecode('shift_jis', bytes);
  const euc = tryDecode('euc-jp', bytes);
  if (sjis !== null && (euc === null || halfWidthKana(euc) >= halfWidthKana(sjis))) return { text: sjis, encoding: 'Shift_JIS' };
  if (euc !== null) return { text: euc, encoding: 'EUC-JP' };
  return null;
}

/** How many half-width katakana a text holds (what EUC-JP text turns into when read as Shift_JIS). */
function halfWidthKana(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff61 && c <= 0xff9f) n++;
  }
  return n;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what marks binary data
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * The text of a file and the encoding it was read in; null when the bytes are not text in an encoding we
 * decide on (binary data, or an encoding such as EUC-JP). A trailing Ctrl-Z (DOS end of file) is dropped.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText | null {
  const decoded = decodeAny(bytes);
  if (decoded === null) return null;
  const text = decoded.text.endsWith('\u001a') ? decoded.text.slice(0, -1) : decoded.text;
  return CONTROL.test(text) ? null : { text, encoding: decoded.encoding };
}

/** Whether the bytes look like text at all (used to tell an undecidable encoding from binary data). */
export function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    // ESC belongs to JIS (ISO-2022-JP) text: text in an encoding we do not read, not binary data.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x1a && b !== 0x1b) return false;
  }
  return true;
}
