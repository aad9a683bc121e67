/**
 * SPEC §2 normalisation of coded values, driven by the policy pack. Every function is total (never throws)
 * and tells apart canonical values, values valid only after normalisation, and invalid ones.
 */
import type { PolicyPack } from '../policy/types';
import { cellText, codeKey, isBlank, isErrorCell, serialToIso, squash } from './text';
import type { CellValue } from './types';

/** How a coded cell reads: `canonical` as typed, `normalised` valid only after normalisation. */
export type CodedState = 'empty' | 'error' | 'canonical' | 'normalised' | 'invalid';

export interface Coded<T> {
  readonly state: CodedState;
  /** The canonical value when canonical or normalised, else null. */
  readonly value: T | null;
}

const EMPTY: Coded<never> = { state: 'empty', value: null };
const ERROR: Coded<never> = { state: 'error', value: null };
const INVALID: Coded<never> = { state: 'invalid', value: null };

interface Table {
  /** Accepted spelling (code key) → canonical value. */
  readonly map: ReadonlyMap<string, string>;
  /** Results per raw string already seen: ledgers repeat the same few spellings on every row. */
  readonly seen: Map<string, Coded<string>>;
}

interface Lookups {
  readonly group: Table;
  readonly level: Table;
  readonly personal: Table;
}

const SEEN_LIMIT = 10_000;

const cache = new WeakMap<PolicyPack, Lookups>();

function lookups(policy: PolicyPack): Lookups {
  let found = cache.get(policy);
  if (!found) {
    const group = new Map<string, string>();
    for (const g of policy.groups) for (const s of [g.code, ...g.synonyms]) group.set(codeKey(s), g.code);
    const level = new Map<string, string>();
    for (const l of policy.levels) for (const s of [l.code, ...l.synonyms]) level.set(codeKey(s), l.code);
    const personal = new Map<string, string>();
    const pi = policy.personalInfo;
    for (const s of [pi.yes, ...pi.yesSynonyms]) personal.set(codeKey(s), pi.yes);
    for (const s of [pi.no, ...pi.noSynonyms]) personal.set(codeKey(s), pi.no);
    found = { group: { map: group, seen: new Map() }, level: { map: level, seen: new Map() }, personal: { map: personal, seen: new Map() } };
    cache.set(policy, found);
  }
  return found;
}

function coded(v: CellValue | undefined, table: Table): Coded<string> {
  if (typeof v === 'string') {
    const known = table.seen.get(v);
    if (known !== undefined) return known;
    const result = decode(v, table);
    if (table.seen.size < SEEN_LIMIT) table.seen.set(v, result);
    return result;
  }
  return decode(v, table);
}

function decode(v: CellValue | undefined, table: Table): Coded<string> {
  if (isBlank(v)) return EMPTY;
  if (isErrorCell(v)) return ERROR;
  const text = cellText(v);
  const canonical = table.map.get(codeKey(text));
  if (canonical === undefined) return INVALID;
  // Rich text is text with formatting: as typed, it is canonical when its characters are.
  const typed = typeof v === 'string' || (typeof v === 'object' && v !== null && v.kind === 'rich');
  return { state: typed && text === canonical ? 'canonical' : 'normalised', value: canonical };
}

/** A policy's normaliser for one coded column (see `codedNormalizers`). */
export type CodedNormalizer = (v: CellValue | undefined) => Coded<string>;

/**
 * The policy's 群, レベル and 個人情報 normalisers with their tables looked up once: a sheet's reader calls them
 * on every row, and finding the tables is a WeakMap lookup per cell otherwise. Same results as the functions below.
 */
export function codedNormalizers(policy: PolicyPack): { readonly group: CodedNormalizer; readonly level: CodedNormalizer; readonly personalInfo: CodedNormalizer } {
  const { group, level, personal } = lookups(policy);
  return { group: (v) => coded(v, group), level: (v) => coded(v, level), personalInfo: (v) => coded(v, personal) };
}

/** 群: `A群`, `A`, `a`, `Ａ`, `Ａ群`, `A 群` → `A群` (per the pack's synonyms). */
export function normalizeGroup(v: CellValue | undefined, policy: PolicyPack): Coded<string> {
  return coded(v, lookups(policy).group);
}

/** レベル: `レベル1`, `１`, `Lv1`, `LV.1`, `Ⅰ`, `レベル 1` → `レベル1`. */
export function normalizeLevel(v: CellValue | undefined, policy: PolicyPack): Coded<string> {
  return coded(v, lookups(policy).level);
}

/** 個人情報: `あり`/`有`/`有り`/`○` → `あり`; `なし`/`無`/`無し`/`×`/`-` → `なし`. */
export function normalizePersonalInfo(v: CellValue | undefined, policy: PolicyPack): Coded<string> {
  return coded(v, lookups(policy).personal);
}

const ASCII_DIGITS = /^[0-9]+$/;

/** Shared results for the whole numbers ledgers use, so reading a row allocates none. */
const CANONICAL_NUMBERS: Coded<number>[] = [];
function canonicalNumber(n: number): Coded<number> {
  if (n >= 65_536) return { state: 'canonical', value: n };
  return (CANONICAL_NUMBERS[n] ??= { state: 'canonical', value: n });
}

/** 番号: a whole number ≥ 1 or ASCII digits is canonical; `１２`, ` 12 ` valid; `1.5`, `1-1`, `No.1`, `0` invalid. */
export function normalizeNumber(v: CellValue | undefined): Coded<number> {
  if (isBlank(v)) return EMPTY;
  if (isErrorCell(v)) return ERROR;
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 1 ? canonicalNumber(v) : INVALID;
  if (typeof v !== 'string' && !(typeof v === 'object' && v !== null && v.kind === 'rich')) return INVALID;
  const text = cellText(v);
  const digits = ASCII_DIGITS.test(text) ? text : squash(text);
  if (!ASCII_DIGITS.test(digits)) return INVALID;
  const n = Number(digits);
  if (!Number.isSafeInteger(n) || n < 1) return INVALID;
  return digits === text ? canonicalNumber(n) : { state: 'normalised', value: n };
}

/**
 * A canonical 番号 typed as text (ASCII digits: `007`, `0000022200`, `12`), as that text, so that outputs keep it
 * text — the number 22200 is not what `0000022200` said. Null for a number cell, and for text that is only valid
 * after normalisation (`１２`, ` 12 `), which outputs show as the whole number its fix would write.
 */
export function numberText(v: CellValue | undefined): string | null {
  if (typeof v !== 'string' && !(typeof v === 'object' && v !== null && v.kind === 'rich')) return null;
  const text = cellText(v);
  return ASCII_DIGITS.test(text) && normalizeNumber(v).value !== null ? text : null;
}

const ERAS: Readonly<Record<string, number>> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 };
const WESTERN = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?$/;
const JAPANESE = /^(令和|平成|昭和|R|H|S)(元|\d{1,2})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?$/;

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * 更新日 as ISO `YYYY-MM-DD`: a date cell, a date serial, `2024/4/1`, `2024-04-01`, `2024年4月1日`,
 * `令和6年4月1日`, `R6.4.1`, `令和元年5月1日`, `平成31年4月1日`. Null when unreadable.
 */
export function parseDate(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return serialToIso(v);
  if (typeof v === 'object' && v.kind === 'date') return serialToIso(v.serial);
  if (typeof v !== 'string' && !(typeof v === 'object' && v.kind === 'rich')) return null;
  const s = squash(cellText(v)).toUpperCase();
  const w = WESTERN.exec(s);
  if (w) return isoOf(Number(w[1]), Number(w[2]), Number(w[3]));
  const j = JAPANESE.exec(s);
  if (j) {
    const base = ERAS[j[1] ?? ''] ?? 0;
    const year = j[2] === '元' ? 1 : Number(j[2]);
    return isoOf(base + year, Number(j[3]), Number(j[4]));
  }
  return null;
}
