/** The parts of a small, valid .xlsx as crafted entries, to which a hostile case adds or swaps its own. */
import { body } from './zip-craft';
import type { Body, CraftEntry } from './zip-craft';

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A ledger's worth of rows: the header and two assets, as `<row>` elements (inline strings, no shared strings needed). */
export const LEDGER_ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>番号</t></is></c><c r="B1" t="inlineStr"><is><t>情報資産名</t></is></c><c r="C1" t="inlineStr"><is><t>内容</t></is></c><c r="D1" t="inlineStr"><is><t>群</t></is></c><c r="E1" t="inlineStr"><is><t>レベル</t></is></c></row>' +
  '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>会議録</t></is></c><c r="C2" t="inlineStr"><is><t>課内会議の記録</t></is></c><c r="D2" t="inlineStr"><is><t>B群</t></is></c><c r="E2" t="inlineStr"><is><t>レベル2</t></is></c></row>' +
  '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>住民記録</t></is></c><c r="C3" t="inlineStr"><is><t>住民基本台帳システム</t></is></c><c r="D3" t="inlineStr"><is><t>A群</t></is></c><c r="E3" t="inlineStr"><is><t>レベル1</t></is></c></row>';

/** The rows `readXlsx` gives for LEDGER_ROWS. */
export const LEDGER_VALUES = [
  ['番号', '情報資産名', '内容', '群', 'レベル'],
  [1, '会議録', '課内会議の記録', 'B群', 'レベル2'],
  [2, '住民記録', '住民基本台帳システム', 'A群', 'レベル1'],
];

/** A worksheet part around `inner` (the children of `<worksheet>`). */
export const worksheet = (inner: string): string => `${XML}<worksheet xmlns="${NS}" xmlns:r="${R}">${inner}</worksheet>`;

export interface BookParts {
  /** Sheet parts (name 台帳_総務課, 台帳_2, …), as text or as a crafted body. */
  readonly sheets: readonly (string | Body)[];
  /** The whole sharedStrings part (none when absent). */
  readonly shared?: string | Body;
  /** The whole workbook part (default: one `<sheet>` per sheet). */
  readonly workbook?: string;
}

/** The entries of the workbook, in the order Excel writes them. */
export function bookEntries(parts: BookParts): CraftEntry[] {
  const n = parts.sheets.length;
  const sheetList = parts.sheets.map((_, i) => `<sheet name="${i === 0 ? '台帳_総務課' : `台帳_${i + 1}`}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = parts.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const asBody = (x: string | Body) => (typeof x === 'string' ? body(x) : x);
  const entries: CraftEntry[] = [
    {
      name: '[Content_Types].xml',
      body: body(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/></Types>`,
      ),
    },
    { name: '_rels/.rels', body: body(`${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', body: body(parts.workbook ?? `${XML}<workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheetList}</sheets></workbook>`) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      body: body(
        `${XML}<Relationships xmlns="${PR}">${rels}<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/>` +
          `${parts.shared ? `<Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
      ),
    },
    { name: 'xl/styles.xml', body: body(`${XML}<styleSheet xmlns="${NS}"><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`) },
  ];
  if (parts.shared) entries.push({ name: 'xl/sharedStrings.xml', body: asBody(parts.shared) });
  parts.sheets.forEach((s, i) => entries.push({ name: `xl/worksheets/sheet${i + 1}.xml`, body: asBody(s) }));
  return entries;
}
