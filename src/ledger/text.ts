/**
 * Cell values as text. Everything here is total: it accepts any value (even ones outside `CellValue`, which
 * a buggy adapter could hand over) and never throws.
 */
import type { CellValue } from './types';

/** True when the value is an Excel error cell. */
export function isErrorCell(v: unknown): v is { kind: 'error'; code: string } {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'error';
}

/** The text a user sees in the cell: rich text runs joined, errors as their code, dates as ISO. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return numberText(v);
    case 'boolean':
      return v ? 'TRUE' : 'FALSE';
    case 'object':
      return objectText(v);
    default:
      return '';
  }
}

/** Texts of small whole numbers, made once: every row's 番号 is one (the hot path). */
const SMALL_NUMBERS: string[] = [];

function numberText(v: number): string {
  if (Number.isInteger(v) && v >= 0 && v < 65_536) return (SMALL_NUMBERS[v] ??= String(v));
  return Number.isFinite(v) ? String(v) : '';
}

function objectText(v: object): string {
  const o = v as { kind?: unknown; runs?: unknown; code?: unknown; serial?: unknown };
  if (o.kind === 'rich' && Array.isArray(o.runs)) return o.runs.map((r) => (typeof r === 'string' ? r : '')).join('');
  if (o.kind === 'error') return typeof o.code === 'string' ? o.code : '#ERROR';
  if (o.kind === 'date' && typeof o.serial === 'number') return serialToIso(o.serial) ?? String(o.serial);
  return '';
}

const BLANK = /^[\s\u200b\ufeff]*$/;

/** Empty: null, '' or only spaces (half- or full-width). Errors, numbers and booleans are content. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') {
    if (v.length === 0) return true;
    // Fast path: printable ASCII, kana or CJK first character is content (no regex for most cells).
    const c = v.charCodeAt(0);
    if ((c > 0x20 && c < 0x7f) || (c >= 0x3041 && c <= 0x9fff)) return false;
    return BLANK.test(v);
  }
  if (typeof v === 'number') return !Number.isFinite(v);
  if (typeof v === 'object') {
    const o = v as { kind?: unknown };
    if (o.kind === 'rich') return BLANK.test(cellText(v));
    return o.kind !== 'error' && o.kind !== 'date';
  }
  return typeof v !== 'boolean';
}

const WHITESPACE = /[\s\u200b\ufeff]+/g;

const HAS_WHITESPACE = /[\s\u200b\ufeff]/;

/**
 * Characters NFKC leaves alone and that are not whitespace: printable ASCII, CJK unified ideographs, hiragana,
 * katakana, ー, 、。 — what ledgers are mostly made of.
 */
function isStable(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x3001 || c === 0x3002
  );
}

/** Whether NFKC leaves the string alone and it has no whitespace. A charCode loop is cheaper than a regex (the hot path). */
function stable(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isStable(s.charCodeAt(i))) return false;
  return true;
}

/**
 * `squash` for strings made of the `stable` characters plus full-width ASCII (U+FF01–U+FF5E, which NFKC maps
 * one to one onto U+0021–U+007E) and spaces (U+0020, U+3000: removed); null for anything else. None of these
 * characters composes with a neighbour, so mapping them one by one is exactly NFKC. Ledgers are full of
 * `（…）` and full-width digits: this spares ICU's normaliser most of them (the hot path).
 */
function foldSimple(s: string): string | null {
  const codes = SCRATCH;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isStable(c)) codes[n++] = c;
    else if (c >= 0xff01 && c <= 0xff5e) codes[n++] = c - 0xfee0;
    else if (c !== 0x20 && c !== 0x3000) return null;
  }
  return fromCodes(n);
}

/**
 * Scratch space for the folds below (strings of at most 4,096 code units): filled, then made into a string in one
 * call. Why not an array and a spread: growing a fresh array per cell text and spreading it was most of a
 * check's time in these functions on a cold run (100 × 500 rows through the CLI).
 */
const SCRATCH = new Uint16Array(4096);

/** The first `n` codes of `SCRATCH` as a string. */
function fromCodes(n: number): string {
  return String.fromCharCode.apply(null, SCRATCH.subarray(0, n) as unknown as number[]);
}

/** NFKC, then every whitespace character removed. */
export function squash(s: string): string {
  if (stable(s)) return s;
  if (s.length <= 4096) {
    const folded = foldSimple(s);
    if (folded !== null) return folded;
  }
  const n = s.normalize('NFKC');
  return HAS_WHITESPACE.test(n) ? n.replace(WHITESPACE, '') : n;
}

/** Key for coded values: squashed and upper-cased. */
export function codeKey(s: string): string {
  return squash(s).toUpperCase();
}

/** 情報資産名 for comparison (SPEC §2): NFKC, no spaces, lower case. */
export function nameKey(s: string): string {
  return simpleNameKey(s) ?? squash(s).toLowerCase();
}

/**
 * `nameKey` in one pass for strings of `foldSimple`'s characters: the same result (A–Z and their full-width
 * forms become a–z; nothing else there has a case), without ICU's lower-casing, which copies every string
 * it is given (a check keys two texts per row). The string itself when nothing changes; null otherwise.
 */
function simpleNameKey(s: string): string | null {
  if (s.length > 4096) return null; // SCRATCH holds 4,096 code units
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xff01 && c <= 0xff5e) || c === 0x20 || c === 0x3000) changed = true;
    else if (!isStable(c)) return null;
  }
  if (!changed) return s;
  const codes = SCRATCH;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    codes[n++] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  }
  return fromCodes(n);
}

const EPOCH_AFTER_LEAP = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP = Date.UTC(1899, 11, 31);
const DAY = 86_400_000;
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** Excel 1900-system serial → `YYYY-MM-DD` (null outside Excel's range or for the fictitious 1900-02-29). */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL + 1) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  const ms = (whole < 60 ? EPOCH_BEFORE_LEAP : EPOCH_AFTER_LEAP) + whole * DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → Excel serial (null when not a real date). */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== iso) return null;
  const days = Math.round((ms - EPOCH_AFTER_LEAP) / DAY);
  return days >= 61 ? days : days - 1;
}
