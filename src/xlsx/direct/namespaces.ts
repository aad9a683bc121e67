/**
 * The namespace URIs the direct reader knows, compared as URIs (never by the prefix a producer chose).
 * SpreadsheetML comes in three: ECMA-376 transitional (what Excel writes by default), ISO/IEC 29500 strict,
 * and the Office 2007 beta schema; the relationship attribute namespace (`r:id`) in two.
 */

export const SML_TRANSITIONAL = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const SML_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
/** The Office 2007 beta SpreadsheetML namespace (POI's `sample-beta.xlsx`): same element names, `sstItem` for `si`. */
export const SML_BETA = 'http://schemas.microsoft.com/office/excel/2006/2';

export const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** The namespace of `r:id` and similar attributes that name a relationship. */
export const RELATIONSHIP_ATTRIBUTES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

/**
 * Namespaces whose elements the tokenizer reports by local name: SpreadsheetML (all three), the package's
 * relationships and content types, and no namespace at all (a part without `xmlns`, which exceljs reads too).
 * Their element names do not clash in the parts the reader reads.
 */
export const HOME_NAMESPACES: ReadonlySet<string> = new Set(['', SML_TRANSITIONAL, SML_STRICT, SML_BETA, PACKAGE_RELATIONSHIPS, CONTENT_TYPES]);

/** An element name as the tokenizer reports it outside the home namespaces. */
export function qualified(uri: string, local: string): string {
  return `{${uri}}${local}`;
}
