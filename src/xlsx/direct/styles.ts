import { MARKUP_COMPATIBILITY, qualified } from './namespaces';
import { notSure } from './not-sure';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scan';

/** `mc:Choice`: content for consumers that understand its namespaces — we understand none, so its Fallback counts. */
const MC_CHOICE = qualified(MARKUP_COMPATIBILITY, 'Choice');

/**
 * Which cell styles (cellXfs indices) make exceljs read a number as a Date: its StylesXform takes the
 * style's `numFmtId`, looks it up in the file's `<numFmts>` (backslash escapes removed), else in its own
 * table of built-in formats, and `utils.isDateFmt` decides. Style 0 and a `numFmtId` of 0 never count
 * (exceljs tests them for truth).
 */

/** The built-in formats of exceljs' table (defaultnumformats.js) that `isDateFmt` calls dates: 14–22, 45–47. */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs' `utils.isDateFmt`: after removing `[…]` and `"…"`, any of y m d h M s b. */
export function isDateFormat(code: string): boolean {
  if (!code) return false;
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

function integer(v: string | undefined): number {
  if (v === undefined || !/^\d+$/.test(v)) return notSure('numFmtId');
  return Number(v);
}

/** For each cellXfs index, whether a number in a cell of that style reads as a date. */
export function parseDateStyles(xml: string): boolean[] {
  const s = new XmlScanner(xml);
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  // Only the top-level lists count: `<dxfs>` (conditional formats) hold `<numFmt>`s too, `<cellStyleXfs>` `<xf>`s.
  let inCellXfs = false;
  let inNumFmts = false;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === CLOSE) {
      if (s.name === 'cellXfs') inCellXfs = false;
      if (s.name === 'numFmts') inNumFmts = false;
      continue;
    }
    if (t !== OPEN) continue;
    // Markup compatibility (ECMA-376 Part 3): Hancom writes each extended `<xf>` twice, as an `mc:Choice` and
    // an `mc:Fallback`; counting both would shift every later style index.
    if (s.name === MC_CHOICE) {
      s.skip();
      continue;
    }
    if (s.name === 'numFmts') {
      inNumFmts = true;
    } else if (s.name === 'numFmt' && inNumFmts) {
      const code = s.attrs['formatCode'];
      if (code === undefined) notSure('numFmt without formatCode');
      custom.set(integer(s.attrs['numFmtId']), code.replace(/[\\](.)/g, '$1'));
    } else if (s.name === 'cellXfs') {
      inCellXfs = true;
    } else if (s.name === 'xf' && inCellXfs) {
      xfIds.push(s.attrs['numFmtId'] === undefined ? 0 : integer(s.attrs['numFmtId']));
      s.skip();
    }
  }
  return xfIds.map((id, index) => {
    if (index === 0 || id === 0) return false;
    const code = custom.get(id);
    // An empty custom code falls back to the built-in table, as `a || b` does in exceljs.
    return code ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id);
  });
}
