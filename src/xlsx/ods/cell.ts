import type { CellValue } from '../../ledger/types';
import { isoToSerial } from '../../ledger/text';
import { CLOSE, END, OPEN, TEXT } from '../direct/xml-scan';
import type { XmlScanner } from '../direct/xml-scan';
import type { OdsNames } from './names';

/**
 * One `<table:table-cell>` of an .ods sheet as the engine's CellValue, the way LibreOffice reads it and the
 * .xlsx readers give the same cell after LibreOffice saves it as .xlsx:
 * - `float`, `percentage`, `currency` → the number in `office:value` (0.25 for 25 %);
 * - `date` → a date cell (Excel 1900 serial, time of day as its fraction); `time` → a date cell holding the
 *   fraction of a day;
 * - `boolean` → true/false; `string` → the text; LibreOffice's `calcext:value-type="error"` → an error value
 *   (its text, `#DIV/0!`, `#N/A`, `Err:502`…); a formula gives its cached result, like a formula in .xlsx;
 * - text: the cell's paragraphs joined by line feeds; inside a paragraph `<text:s text:c="n"/>` is n spaces,
 *   `<text:tab/>` a tab, `<text:line-break/>` a line feed, spans and links their text; comments
 *   (`office:annotation`), drawings, notes and phonetic guides are not the cell's text. Character data is kept
 *   as written, spaces included (LibreOffice does not collapse it either, and writes runs of spaces as text:s).
 * Rich text comes out as plain text (the engine reads a rich cell by its joined runs anyway).
 */

/** Excel's limit on the characters of one cell: longer text is not a cell Excel can hold. */
export const MAX_CELL_TEXT = 32_767;

/** Thrown when a cell or the sheet passes a bound (see table.ts). */
export class OdsTooLarge extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'OdsTooLarge';
  }
}

class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  add(s: string): void {
    this.length += s.length;
    if (this.length > MAX_CELL_TEXT) throw new OdsTooLarge(`a cell with more than ${MAX_CELL_TEXT} characters`);
    this.parts.push(s);
  }
  toString(): string {
    return this.parts.join('');
  }
}

/** A whole number attribute (`text:c`, repeat counts) with its default; anything malformed counts as the default. */
export function count(v: string | undefined, fallback = 1): number {
  if (v === undefined || !/^\d{1,9}$/.test(v)) return fallback;
  const n = Number(v);
  return n >= 1 ? n : fallback;
}

function isDrawing(n: OdsNames, name: string): boolean {
  return n.drawPrefix !== null && name.startsWith(n.drawPrefix);
}

/** A paragraph (`text:p`/`text:h`, or an inline element inside one) just opened: its text, up to its close. */
function inline(s: XmlScanner, n: OdsNames, out: TextBuilder): void {
  for (let t = s.next(); t !== CLOSE; t = s.next()) {
    if (t === END) return;
    if (t === TEXT) {
      out.add(s.text);
      continue;
    }
    if (t !== OPEN) continue;
    const name = s.name;
    if (name === n.text.s) {
      const c = count(s.attr(n.text.c));
      if (c > MAX_CELL_TEXT) throw new OdsTooLarge(`a cell with more than ${MAX_CELL_TEXT} characters`);
      out.add(' '.repeat(c));
      s.skip();
    } else if (name === n.text.tab) {
      out.add('\t');
      s.skip();
    } else if (name === n.text.lineBreak) {
      out.add('\n');
      s.skip();
    } else if (name === n.office.annotation || name === n.office.annotationEnd || n.text.skipped.has(name) || isDrawing(n, name)) {
      s.skip();
    } else {
      inline(s, n, out); // text:span, text:a, text:ruby, text:ruby-base, text:meta, fields…
    }
  }
}

/** The paragraphs of the element just opened (the cell, or a list inside it), joined by line feeds into `text`. */
function paragraphs(s: XmlScanner, n: OdsNames, text: TextBuilder, seen: { count: number }): void {
  for (let t = s.next(); t !== CLOSE; t = s.next()) {
    if (t === END) return;
    if (t !== OPEN) continue;
    if (s.name === n.text.p || s.name === n.text.h) {
      if (seen.count++ > 0) text.add('\n');
      inline(s, n, text);
    } else if (n.text.blocks.has(s.name)) {
      paragraphs(s, n, text, seen);
    } else {
      s.skip(); // office:annotation, draw:frame, …
    }
  }
}

/** The cell's text content (its children, consumed up to the cell's close). */
function cellText(s: XmlScanner, n: OdsNames): string {
  const text = new TextBuilder();
  paragraphs(s, n, text, { count: 0 });
  return text.toString();
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:\d{2})?$/;
const DURATION = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** `office:date-value` (ISO date, optional time) → Excel serial; null when it is not a date Excel can hold. */
export function dateSerial(v: string): number | null {
  const m = DATE.exec(v);
  if (!m) return null;
  const day = isoToSerial(`${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`);
  if (day === null || day < 1) return null;
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  return day + seconds / 86_400;
}

/** `office:time-value` (ISO duration such as `PT12H30M00S`) → fraction of a day; null when malformed. */
export function durationDays(v: string): number | null {
  const m = DURATION.exec(v);
  if (!m || v === 'P' || v === 'PT') return null;
  const seconds = Number(m[2] ?? 0) * 86_400 + Number(m[3] ?? 0) * 3600 + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0);
  return (m[1] ? -seconds : seconds) / 86_400;
}

/**
 * The value of the `<table:table-cell>` just opened (its attributes are current); consumes the cell up to its
 * close. Null or '' is an empty cell.
 */
export function odsCellValue(s: XmlScanner, n: OdsNames): CellValue {
  const type = s.attr(n.office.valueType);
  const calcType = s.attr(n.calcext.valueType);
  if (calcType === 'error') {
    const text = cellText(s, n);
    return { kind: 'error', code: text === '' ? '#VALUE!' : text };
  }
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const raw = s.attr(n.office.value);
      const value = raw === undefined ? NaN : Number(raw);
      if (raw !== undefined && raw.trim() !== '' && Number.isFinite(value)) {
        s.skip();
        return value;
      }
      return cellText(s, n);
    }
    case 'date': {
      const serial = dateSerial(s.attr(n.office.dateValue) ?? '');
      if (serial !== null) {
        s.skip();
        return { kind: 'date', serial };
      }
      return cellText(s, n);
    }
    case 'time': {
      const days = durationDays(s.attr(n.office.timeValue) ?? '');
      if (days !== null) {
        s.skip();
        return { kind: 'date', serial: days };
      }
      return cellText(s, n);
    }
    case 'boolean': {
      const v = s.attr(n.office.booleanValue);
      if (v === 'true' || v === 'false') {
        s.skip();
        return v === 'true';
      }
      return cellText(s, n);
    }
    case 'string': {
      const v = s.attr(n.office.stringValue);
      if (v !== undefined && v !== '') {
        s.skip();
        if (v.length > MAX_CELL_TEXT) throw new OdsTooLarge(`a cell with more than ${MAX_CELL_TEXT} characters`);
        return v;
      }
      return cellText(s, n);
    }
    default:
      return cellText(s, n);
  }
}
