/** Text cells of the summary writer: the `<t>` element, and the shared string table (`xl/sharedStrings.xml`). */
import type { Utf8Sink } from './utf8-sink';
import { NS_MAIN, XML_HEAD } from './xml';

/** Whether a UTF-16 code is whitespace for JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff
  );
}

/** The opening of a `<t>` element, plain or keeping its text's spaces (see `keepsSpaces`). */
export const T_OPEN = '<t>';
export const T_OPEN_KEEP = '<t xml:space="preserve">';

/** Whether the text needs `xml:space="preserve"`: leading or trailing spaces would otherwise be lost. */
export function keepsSpaces(text: string): boolean {
  // Two char codes instead of a regex: this runs for every text cell of the summary.
  return text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)));
}

/** A `<t>` element; `xml:space="preserve"` only where leading or trailing spaces would otherwise be lost. */
export function t(text: string, out: Utf8Sink): void {
  out.ascii(keepsSpaces(text) ? T_OPEN_KEEP : T_OPEN);
  out.text(text);
  out.ascii('</t>');
}

/** The workbook's shared string table (`xl/sharedStrings.xml`): each distinct text once, by index. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  /** References made (the part's `count`). */
  private count = 0;

  id(text: string): number {
    this.count++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    return id;
  }

  /** The part, written into `out`. */
  write(out: Utf8Sink): void {
    out.write(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.texts.length}">`);
    for (const text of this.texts) {
      out.ascii('<si>');
      t(text, out);
      out.ascii('</si>');
    }
    out.ascii('</sst>');
  }
}

