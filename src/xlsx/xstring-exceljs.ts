/**
 * `_xHHHH_` escapes (xstring.ts) in what exceljs reads. Types only from exceljs: the preview runtime, which
 * loads exceljs lazily and runs in the browser, uses this too.
 *
 * What exceljs 4.4 does on its own: its TextXform (every `<t>` of a shared string or a rich-text run, in
 * sharedStrings.xml and in inline `<is><r>`) decodes `_x([0-9A-F]{4})_` — upper-case hex only, so
 * LibreOffice's `_x001f_` stays as written. Inline strings (`<is><t>`), `t="str"` values and cached formula
 * texts are not decoded at all. So, between parsing and exceljs' `reconcile`:
 * - inline / `str` values and formula texts (still raw there) are decoded here;
 * - TextXform's decoding is made exact (either case) by replacing its `model` getter, reached through the
 *   parsed shared strings. That can only happen once exceljs has parsed a first file, whose texts were
 *   already decoded the old way: when any of them still holds `_x` (the only case where the two decodings
 *   can differ) the caller reads the file again.
 */
import { decodeXstring } from './xstring';

/** exceljs ValueType (doc/enums.js). */
const STRING = 3;
const FORMULA = 6;

/** The part of exceljs' XLSX reader hooked here. */
export interface Reconciling {
  reconcile(model: never, options: unknown): void;
}

interface TextXformShape {
  _text?: unknown;
}

/** TextXform prototypes whose getter was replaced, with the number of reads started before. */
const patched = new Map<object, number>();
let readsStarted = 0;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Rich-text runs' texts hold `_x` (TextXform's output, decoded the old way unless patched). */
function runsHoldX(v: unknown): boolean {
  const runs = isRecord(v) ? v['richText'] : undefined;
  return Array.isArray(runs) && runs.some((r: unknown) => isRecord(r) && typeof r['text'] === 'string' && r['text'].includes('_x'));
}

/** Decode inline and `str` texts of every parsed cell; whether some rich-text run holds `_x`. */
function decodeCells(worksheets: unknown): boolean {
  let runsWithX = false;
  if (!Array.isArray(worksheets)) return false;
  for (const ws of worksheets as unknown[]) {
    const rows = isRecord(ws) ? ws['rows'] : undefined;
    if (!Array.isArray(rows)) continue;
    for (const row of rows as unknown[]) {
      const cells = isRecord(row) ? row['cells'] : undefined;
      if (!Array.isArray(cells)) continue;
      // Every cell of every file passes here: plain checks, and a write only for a text holding `_x`.
      for (const c of cells as (Record<string, unknown> | null | undefined)[]) {
        if (!c) continue;
        const type = c['type'];
        if (type === STRING) {
          // A shared string is still its index (a number) here; a string is an inline or `str` text.
          const v = c['value'];
          if (typeof v === 'string') {
            if (v.includes('_x')) c['value'] = decodeXstring(v);
          } else if (typeof v === 'object' && !runsWithX && runsHoldX(v)) runsWithX = true;
        } else if (type === FORMULA) {
          const r = c['result'];
          if (typeof r === 'string' && r.includes('_x')) c['result'] = decodeXstring(r);
        }
      }
    }
  }
  return runsWithX;
}

/** The prototype of the TextXform that parsed the shared strings (exceljs internals; null if not as expected). */
function textXformPrototype(sharedStrings: unknown): object | null {
  const si = isRecord(sharedStrings) ? sharedStrings['sharedStringXform'] : undefined;
  const t = isRecord(si) && isRecord(si['map']) ? si['map']['t'] : undefined;
  if (!isRecord(t) || t['tag'] !== 't' || typeof t['parseText'] !== 'function') return null;
  const proto = Object.getPrototypeOf(t) as object | null;
  const getter = proto ? Object.getOwnPropertyDescriptor(proto, 'model') : undefined;
  return proto && getter?.get && getter.configurable ? proto : null;
}

/** Make TextXform decode exactly (xstring.ts) from now on, in this exceljs copy. */
function patchTextXform(proto: object): void {
  if (patched.has(proto)) return;
  Object.defineProperty(proto, 'model', {
    configurable: true,
    get(this: TextXformShape): string {
      return decodeXstring(Array.isArray(this._text) ? this._text.join('') : '');
    },
  });
  patched.set(proto, readsStarted);
}

/** Whether texts parsed in read number `ticket` went through the exact getter. */
function exactFor(proto: object | null, ticket: number): boolean {
  if (proto) return (patched.get(proto) ?? Infinity) < ticket;
  // No shared strings: only inline rich runs used TextXform; trust a patch made before this read began.
  for (const at of patched.values()) if (at < ticket) return true;
  return false;
}

/**
 * Hook a fresh exceljs workbook's reader (call before `load`, and before any other hook on `reconcile`):
 * decodes `_xHHHH_` everywhere a cell text comes from. After `load`, `again()` says whether the texts exceljs
 * decoded may be wrong (first file read in this exceljs copy, with `_x` in them): read the file once more
 * with a fresh workbook, which then decodes exactly.
 */
export function decodeXstrings(xlsx: Reconciling): { again(): boolean } {
  const ticket = ++readsStarted;
  let again = false;
  const reconcile = xlsx.reconcile.bind(xlsx) as (model: unknown, options: unknown) => void;
  xlsx.reconcile = ((model: unknown, options: unknown) => {
    if (isRecord(model)) {
      const runsWithX = decodeCells(model['worksheets']);
      const proto = textXformPrototype(model['sharedStrings']);
      if (!exactFor(proto, ticket)) {
        const shared = isRecord(model['sharedStrings']) ? model['sharedStrings']['values'] : undefined;
        const sharedWithX = Array.isArray(shared) && shared.some((v: unknown) => (typeof v === 'string' ? v.includes('_x') : runsHoldX(v)));
        if (proto) patchTextXform(proto);
        again = (runsWithX || sharedWithX) && exactFor(proto, readsStarted + 1);
      }
    }
    reconcile(model, options);
  }) as Reconciling['reconcile'];
  return { again: () => again };
}
