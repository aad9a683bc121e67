/**
 * File names for the hand-out's ledgers, safe on Windows (where the files are opened) and on the machine that
 * writes them: a 課 name is data from a list, never a path.
 */

/** Characters Windows forbids in file names, with the full-width forms the sheet names use for them. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  '<': '＜', '>': '＞', ':': '：', '"': '＂', '/': '／', '\\': '＼', '|': '｜', '?': '？', '*': '＊',
};
/** Device names Windows reserves, with or without an extension (`CON`, `con.xlsx`, `COM1`, `LPT¹`, `CONIN$`). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
/** Room for the temporary file's `.NAME.RANDOM.tmp` within the usual 255-byte limit of a file name. */
const MAX_BYTES = 200;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Cut to `max` UTF-8 bytes without splitting a character. */
function cutBytes(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (utf8Length(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/**
 * A file name (without folder) for `name` + `extension` (`.xlsx`): Windows' forbidden characters become their
 * full-width forms, control characters go, leading dots (hidden files, `..`) become full-width dots, trailing dots
 * and spaces go (Windows drops them), a reserved device name gets `_`, the name is cut to 200 bytes, and a name
 * already in `taken` (compared case-insensitively, as Windows and macOS do) gets `(2)`, `(3)`…; the result is
 * added to `taken`. Never empty, never a path.
 */
export function safeFileName(name: string, extension: string, taken: Set<string>): string {
  let base = String(name ?? '')
    .replace(/[<>:"/\\|?*]/g, (ch) => FULL_WIDTH[ch] ?? ch)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/^\.+/, (m) => '．'.repeat(m.length))
    .replace(/[. ]+$/, '');
  if (base === '') base = '_';
  const stem = /^[^.]*/.exec(base)?.[0] ?? '';
  if (RESERVED.test(stem.trim())) base = `${stem.trimEnd()}_${base.slice(stem.length)}`;
  base = cutBytes(base, MAX_BYTES).replace(/[. ]+$/, '');
  let candidate = base + extension;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = `(${n})`;
    candidate = cutBytes(base, MAX_BYTES - suffix.length).replace(/[. ]+$/, '') + suffix + extension;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
