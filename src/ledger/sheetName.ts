/** Excel sheet names (SPEC §1.1): forbidden characters to full width, 31 characters, `(2)`, `(3)` on a clash. */

const FULL_WIDTH: Readonly<Record<string, string>> = { ':': '：', '\\': '＼', '/': '／', '?': '？', '*': '＊', '[': '［', ']': '］' };
const MAX = 31;

/** Cut to `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/**
 * A valid, unique sheet name for `name`: `: \ / ? * [ ]` become their full-width forms, control characters
 * go, an apostrophe cannot start or end it, it is cut to 31 characters, and a name already in `existing`
 * (compared case-insensitively, as Excel does) gets `(2)`, `(3)`… within the 31 characters.
 */
export function sanitizeSheetName(name: string, existing: readonly string[]): string {
  let base = String(name ?? '')
    .replace(/[:\\/?*[\]]/g, (ch) => FULL_WIDTH[ch] ?? ch)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/^'+|'+$/g, (m) => '’'.repeat(m.length));
  if (base.length === 0) base = 'Sheet';
  base = cut(base, MAX);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = cut(base, MAX - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
