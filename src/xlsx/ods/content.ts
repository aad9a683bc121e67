import type { CellRange, CellValue } from '../../ledger/types';
import { CLOSE, END, OPEN, XmlScanner } from '../direct/xml-scan';
import { tagReference } from '../tag';
import { odsNames } from './names';
import type { OdsNames } from './names';
import { Budget, readTable } from './table';

/**
 * The spreadsheet body of an OpenDocument file: `content.xml` of an .ods package, or a whole flat .fods
 * document (the same `office:body` inside `office:document`). Everything outside the body (styles, settings,
 * scripts, fonts) is skipped unread.
 */

export interface OdsSheet {
  name: string;
  rows: CellValue[][];
  merges: CellRange[];
}

export interface OdsContent {
  /** False when the document has no spreadsheet body (a text document, a drawing…). */
  spreadsheet: boolean;
  sheets: OdsSheet[];
  /** Named ranges as the tag code reads defined names: `'sheet'!$AZ$1`. */
  names: { name: string; reference: string }[];
}

/** `$'台帳_総務課'.$AZ$1` (an ODF cell address) as the .xlsx form `'台帳_総務課'!$AZ$1`; null for a range or anything else. */
export function odfCellReference(address: string): string | null {
  const m = /^\$?(?:'((?:[^']|'')+)'|([^'.][^.]*))\.\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return tagReference(sheet, `${m[3] ?? ''}${m[4] ?? ''}`);
}

function readNames(s: XmlScanner, n: OdsNames, out: { name: string; reference: string }[]): void {
  for (let t = s.next(); t !== CLOSE; t = s.next()) {
    if (t === END) return;
    if (t !== OPEN) continue;
    if (s.name === n.table.namedRange) {
      const name = s.attr(n.table.name);
      const reference = odfCellReference(s.attr(n.table.cellRangeAddress) ?? '');
      if (name !== undefined && reference !== null) out.push({ name, reference });
    }
    s.skip();
  }
}

/** Parse the document. Throws NotSure (malformed XML, a DOCTYPE) or OdsTooLarge (past a bound). */
export function parseOdsContent(xml: string): OdsContent {
  const s = new XmlScanner(xml);
  let t = s.next();
  while (t !== OPEN && t !== END) t = s.next();
  const out: OdsContent = { spreadsheet: false, sheets: [], names: [] };
  if (t === END) return out;
  const n = odsNames(s.namespaces);
  const budget = new Budget();
  const onNames = (x: XmlScanner) => readNames(x, n, out.names);
  // Read through the root, office:body and office:spreadsheet; skip everything else.
  for (t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === n.office.body) continue;
    if (s.name === n.office.spreadsheet) {
      out.spreadsheet = true;
      continue;
    }
    if (out.spreadsheet && s.name === n.table.table) {
      const name = s.attr(n.table.name) ?? `Sheet${out.sheets.length + 1}`;
      out.sheets.push({ name, ...readTable(s, n, budget, onNames) });
    } else if (out.spreadsheet && s.name === n.table.namedExpressions) {
      onNames(s);
    } else {
      s.skip();
    }
  }
  return out;
}
