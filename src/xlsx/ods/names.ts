/**
 * The names the .ods reader compares against. Elements as the scanner reports them, `{namespace}local`
 * (direct/xml-scan.ts resolves every prefix); attributes qualified with the prefixes the document's root
 * element declares (every producer we know uses `office:`, `table:`, `text:`, but the prefix is the author's
 * choice: what counts is the namespace). A namespace the root does not declare falls back to its conventional
 * prefix.
 */

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  calcext: 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
} as const;

type Space = keyof typeof NS;

/** Prefixes by namespace, from the root element's `xmlns:*` (and `xmlns`) attributes. */
function prefixes(rootAttrs: Readonly<Record<string, string>>): Record<Space, string> {
  const byUri = new Map<string, string>();
  for (const [key, value] of Object.entries(rootAttrs)) {
    if (key === 'xmlns') byUri.set(value, '');
    else if (key.startsWith('xmlns:')) byUri.set(value, key.slice(6));
  }
  const out = {} as Record<Space, string>;
  for (const space of Object.keys(NS) as Space[]) out[space] = byUri.get(NS[space]) ?? space;
  return out;
}

/** The names used by the reader, qualified with the document's prefixes. */
export function odsNames(rootAttrs: Readonly<Record<string, string>>) {
  const p = prefixes(rootAttrs);
  const q = (space: Space, local: string) => (p[space] === '' ? local : `${p[space]}:${local}`);
  const e = (space: Space, local: string) => `{${NS[space]}}${local}`;
  return {
    drawPrefix: `{${NS.draw}}`,
    office: {
      body: e('office', 'body'),
      spreadsheet: e('office', 'spreadsheet'),
      annotation: e('office', 'annotation'),
      annotationEnd: e('office', 'annotation-end'),
      valueType: q('office', 'value-type'),
      value: q('office', 'value'),
      dateValue: q('office', 'date-value'),
      timeValue: q('office', 'time-value'),
      booleanValue: q('office', 'boolean-value'),
      stringValue: q('office', 'string-value'),
    },
    calcext: { valueType: q('calcext', 'value-type') },
    table: {
      table: e('table', 'table'),
      name: q('table', 'name'),
      row: e('table', 'table-row'),
      cell: e('table', 'table-cell'),
      covered: e('table', 'covered-table-cell'),
      rowGroups: new Set([e('table', 'table-header-rows'), e('table', 'table-rows'), e('table', 'table-row-group')]),
      rowsRepeated: q('table', 'number-rows-repeated'),
      columnsRepeated: q('table', 'number-columns-repeated'),
      columnsSpanned: q('table', 'number-columns-spanned'),
      rowsSpanned: q('table', 'number-rows-spanned'),
      namedExpressions: e('table', 'named-expressions'),
      namedRange: e('table', 'named-range'),
      cellRangeAddress: q('table', 'cell-range-address'),
    },
    text: {
      p: e('text', 'p'),
      h: e('text', 'h'),
      s: e('text', 's'),
      c: q('text', 'c'),
      tab: e('text', 'tab'),
      lineBreak: e('text', 'line-break'),
      /** Containers of paragraphs inside a cell. */
      blocks: new Set([e('text', 'list'), e('text', 'list-item'), e('text', 'list-header'), e('text', 'section')]),
      /** Inline elements whose text is not the cell's text (notes, phonetic guides, change tracking). */
      skipped: new Set([e('text', 'note'), e('text', 'ruby-text'), e('text', 'tracked-changes'), e('text', 'change'), e('text', 'soft-page-break')]),
    },
  };
}

export type OdsNames = ReturnType<typeof odsNames>;
