import type { CellValue } from '../../ledger/types';
import { decodeXstring } from '../xstring';
import { notSure } from './not-sure';
import type { Budget } from '../limits';
import { detach, detachValue } from './detach';
import { CLOSE as CLOSE_TOKEN, END as END_TOKEN, OPEN as OPEN_TOKEN, TEXT as TEXT_TOKEN, XmlScanner } from './xml-scan';

// Module-local copies of imported bindings (see sheet.ts).
const OPEN = OPEN_TOKEN;
const CLOSE = CLOSE_TOKEN;
const TEXT = TEXT_TOKEN;
const END = END_TOKEN;

/**
 * A shared string as the engine's `CellValue`, exactly as exceljs' SharedStringXform + `toCellValue` give it:
 * `<si><t>` → the text; `<si><r>…` → rich runs (a run without `<t>` is ''); an empty `<si/>` → null.
 * Phonetic runs (`<rPh>`, which Japanese Excel writes for furigana) and `<phoneticPr>` are not text.
 * Texts are `_xHHHH_`-decoded (xstring.ts).
 */
export type SharedString = string | { kind: 'rich'; runs: string[] } | null;

/** The text of a `<t>` just opened (exceljs joins its text pieces). */
function tText(s: XmlScanner): string {
  let out = '';
  for (let t = s.next(); t !== CLOSE; t = s.next()) {
    if (t === TEXT) out += s.text;
    else notSure('element inside <t>');
  }
  return decodeXstring(out);
}

/** One `<r>` run just opened: its `<t>` text ('' without one); `<rPr>` (formatting) skipped. */
export function runText(s: XmlScanner): string {
  let text: string | null = null;
  for (let t = s.next(); t !== CLOSE; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === 't') {
      if (text !== null) notSure('two <t> in a run');
      text = tText(s);
    } else if (s.name === 'rPr') s.skip();
    else notSure(`<${s.name}> in a run`);
  }
  return text ?? '';
}

function parseSi(s: XmlScanner): CellValue {
  let text: string | null = null;
  let runs: string[] | null = null;
  for (let t = s.next(); t !== CLOSE; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === 't') {
      if (text !== null || runs !== null) notSure('<t> after text');
      text = tText(s);
    } else if (s.name === 'r') {
      if (text !== null) notSure('<r> after <t>');
      (runs ??= []).push(runText(s));
    } else if (s.name === 'rPh' || s.name === 'phoneticPr') s.skip();
    else notSure(`<${s.name}> in <si>`);
  }
  if (runs !== null) return { kind: 'rich', runs };
  return text;
}

/** The shared strings of xl/sharedStrings.xml, by index (their number capped by `budget`). */
export function parseSharedStrings(xml: string, budget?: Budget): CellValue[] {
  const s = new XmlScanner(xml);
  const out: CellValue[] = [];
  let t = s.next();
  while (t === TEXT) t = s.next();
  if (t !== OPEN || s.name !== 'sst') notSure('sst root');
  for (t = s.next(); t !== CLOSE; t = s.next()) {
    if (t === END) notSure('unexpected end');
    if (t !== OPEN) continue;
    // `sstItem`: the Office 2007 beta schema's name for `si` (POI's sample-beta.xlsx). exceljs throws on any other.
    if (!s.is('si') && !s.is('sstItem')) notSure(`<${s.name}> in <sst>`);
    budget?.sharedString(out.length + 1, 'xl/sharedStrings.xml');
    // `<si><t>…</t></si>` (nearly every string) in one step; anything else token by token.
    const plain = s.childTextThenClose('si', '<t>', '</t></si>');
    out.push(plain === null ? detachValue(parseSi(s)) : detach(decodeXstring(plain)));
  }
  s.finish();
  return out;
}
