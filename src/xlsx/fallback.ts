/**
 * What the exceljs fallback is given, and the checks that come first. exceljs inflates every entry of a zip
 * (media included), builds an object per cell and per merged cell, and compares each merge with all earlier
 * ones: one merge over the whole sheet, 20,000 merges or a zip bomb takes it to gigabytes or hours. So it is
 * handed a copy holding only the parts that bear on cell values, stored (inflated natively here, under the
 * caps, CRCs checked), and only once those parts are known to be within its own, lower, caps.
 */
import { decode } from './direct/address';
import { ZipParts, platformInflate } from './direct/zip-parts';
import { ZipDamaged } from './direct/zip-read';
import type { Crc32, Inflate } from './direct/zip-parts';
import { asReadError } from './errors';
import { Budget, DEFAULT_LIMITS, LimitExceeded, isLimitExceeded } from './limits';
import { sniffContainer } from './sniff';
import type { ReadLimits } from './limits';
import { zip } from './zip-writer';
import type { Compressed } from './zip';

/**
 * The entries exceljs reads that bear on cell values, by its own dispatch on the name (after dropping a
 * leading `/`): the workbook, its relationships, shared strings, styles and worksheets. Worksheet
 * relationships, comments, drawings, media, themes, tables and document properties are left out (the sheet
 * elements pointing at them are ignored when loading; see read.ts).
 */
function keptForExcelJs(name: string): boolean {
  const n = name.startsWith('/') ? name.slice(1) : name;
  if (n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels' || n === 'xl/sharedStrings.xml' || n === 'xl/styles.xml') return true;
  // exceljs' own pattern, unanchored as it is there.
  return /xl\/worksheets\/sheet(\d+)[.]xml/.test(n) && !/xl\/worksheets\/_rels\//.test(n);
}

const decoderFor = (data: Uint8Array) =>
  new TextDecoder(data[0] === 0xff && data[1] === 0xfe ? 'utf-16le' : data[0] === 0xfe && data[1] === 0xff ? 'utf-16be' : 'utf-8');

/** The deepest element nesting of an XML text (a quick scan: tags only, comments and such skipped). */
export function xmlDepth(xml: string, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const c = xml.charCodeAt(i + 1);
    if (c === 0x2f /* / */) depth--;
    else if (c !== 0x21 /* ! */ && c !== 0x3f /* ? */) {
      const gt = xml.indexOf('>', i);
      if (gt < 0) break;
      if (xml.charCodeAt(gt - 1) !== 0x2f) depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
      i = gt;
    }
  }
  return deepest;
}

const CELL = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;
const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']*)["']/g;

/** Cells covered by a merge reference such as `A1:B2` (0 for one exceljs would reject anyway). */
function mergedCells(ref: string): number {
  const [a, b] = ref.split(':');
  if (a === undefined || b === undefined) return 0;
  try {
    const from = decode(a);
    const to = decode(b);
    return (Math.abs(to.row - from.row) + 1) * (Math.abs(to.col - from.col) + 1);
  } catch {
    return 0;
  }
}

function count(re: RegExp, text: string, onMatch?: (m: RegExpExecArray) => void): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    n++;
    onMatch?.(m);
  }
  return n;
}

export interface FallbackOptions {
  readonly inflate: Inflate;
  readonly crc32?: Crc32;
  readonly limits: ReadLimits;
}

/**
 * Read `keep`'s entries under the fallback's caps and hand each to `take`: bytes (declared sizes summed
 * against fallbackBytes before inflating, each verified), and in XML parts no DOCTYPE, no nesting past the
 * cap, and in worksheets and shared strings no more cells, merges, merged cells or strings than exceljs is
 * given to handle.
 */
async function inspect(bytes: Uint8Array, options: FallbackOptions, keep: (name: string) => boolean, take: (name: string, data: Uint8Array, crc: number) => void): Promise<void> {
  const l = options.limits;
  const parts = ZipParts.open(bytes, { inflate: options.inflate, budget: new Budget(l), ...(options.crc32 ? { crc32: options.crc32 } : {}) });
  let total = 0;
  let cells = 0;
  let merges = 0;
  let merged = 0;
  for (const name of parts.names()) {
    if (!keep(name) || name.endsWith('/')) continue;
    // The declared size, before inflating (ZipParts holds the part to it).
    total += parts.sizeOf(name);
    if (total > l.fallbackBytes) throw new LimitExceeded('fallbackBytes', l.fallbackBytes, total, name);
    const data = await parts.read(name);
    if (data === null) continue;
    if (/\.(xml|rels|vml)$/i.test(name)) {
      const text = decoderFor(data).decode(data);
      // A DTD (entity declarations: XXE, billion laughs) is refused before any parser sees it; OPC allows none.
      if (/<!DOCTYPE/i.test(text)) throw new ZipDamaged(`${name} declares a DOCTYPE`);
      if (xmlDepth(text, l.depth) > l.depth) throw new LimitExceeded('depth', l.depth, null, name);
      if (/xl\/worksheets\/sheet/.test(name)) {
        cells += count(CELL, text);
        if (cells > l.fallbackCells) throw new LimitExceeded('fallbackCells', l.fallbackCells, cells, name);
        merges += count(MERGE, text, (m) => (merged += mergedCells(m[1] ?? '')));
        if (merges > l.fallbackMerges) throw new LimitExceeded('fallbackMerges', l.fallbackMerges, merges, name);
        if (merged > l.fallbackMergedCells) throw new LimitExceeded('fallbackMergedCells', l.fallbackMergedCells, merged, name);
      } else if (name.endsWith('sharedStrings.xml')) {
        const strings = count(/<(?:[A-Za-z_][\w.-]*:)?si[\s/>]/g, text);
        if (strings > l.sharedStrings) throw new LimitExceeded('sharedStrings', l.sharedStrings, strings, name);
      }
    }
    take(name, data, parts.crcOf(name));
  }
}

/**
 * The archive exceljs is to load for values: the kept parts only, stored. Throws `LimitExceeded` past the
 * fallback's caps (bytes, cells, merges, merged cells, nesting, shared strings) and `ZipDamaged` for a
 * damaged or deceptive zip or a part with a DOCTYPE.
 */
export async function fallbackCopy(bytes: Uint8Array, options: FallbackOptions): Promise<Uint8Array> {
  const kept: { name: string; compressed: Promise<Compressed> }[] = [];
  await inspect(bytes, options, keptForExcelJs, (name, data, crc) => kept.push({ name, compressed: Promise.resolve({ deflated: false, raw: data, crc, size: data.length }) }));
  return zip(kept, null);
}

/**
 * For a caller that hands the whole file to exceljs (the preview opening a workbook with its formats): every
 * entry inflated once under the fallback's caps and verified, so that exceljs, inflating the same data again,
 * is bounded too. Throws as `fallbackCopy`.
 */
export async function checkWholeFile(bytes: Uint8Array, options: FallbackOptions): Promise<void> {
  const max = options.limits.fallbackEntries;
  await inspect(bytes, { ...options, limits: { ...options.limits, entries: Math.min(options.limits.entries, max) } }, () => true, () => undefined).catch((e: unknown) => {
    // Reported as the whole-file cap it is (the entries cap proper is far higher).
    throw isLimitExceeded(e) && e.limit === 'entries' && max < options.limits.entries ? new LimitExceeded('fallbackEntries', max, e.actual, null) : e;
  });
}

/**
 * Before the whole file goes to exceljs (the preview's runtime opening a workbook with its formats, or
 * inserting sheets from one): the container sniffed, the input cap, then `checkWholeFile` with the platform's
 * inflater. Throws `XlsxReadError` (too-large, corrupt, …). Without an inflater (an old browser) only the
 * sniff and the input cap apply.
 */
export async function checkBeforeFullLoad(data: ArrayBuffer | Uint8Array, file: string | null, limits: ReadLimits = DEFAULT_LIMITS): Promise<void> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    if (bytes.length > limits.inputBytes) throw new LimitExceeded('inputBytes', limits.inputBytes, bytes.length, null);
    sniffContainer(bytes, file);
    const inflate = platformInflate();
    if (inflate) await checkWholeFile(bytes, { inflate, limits });
  } catch (e) {
    throw asReadError(e, file);
  }
}
