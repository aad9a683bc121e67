import { NotSure, notSure, refuse } from './not-sure';
import { PartNames, parseRelationships, relsPartOf, resolveTarget } from './package';
import type { Relationship } from './package';
import { parseWorkbook } from './workbook';
import type { BookInfo } from './workbook';

/**
 * Where the parts the direct reader needs are, found as Excel finds them: the package relationship of type
 * officeDocument (`_rels/.rels`) names the workbook part, the workbook part's relationships name its
 * worksheets, styles and shared strings; targets relative to their source or absolute, part names compared
 * case-insensitively. Entry names are those of the zip.
 */
export interface LocatedParts {
  /** The workbook, its sheets' `part` being zip entry names. */
  readonly book: BookInfo;
  readonly styles: string | null;
  readonly sharedStrings: string | null;
}

/** The package relationships, or a refusal: without them no consumer can find the workbook. */
async function packageRelationships(names: PartNames, read: (entry: string) => Promise<string | null>): Promise<Relationship[]> {
  const entry = names.find('_rels/.rels');
  // No workbook part anywhere: some other document (a Word-like package), not a damaged workbook.
  if (entry === null && !names.some((n) => /(^|\/)workbook\.xml$/i.test(n))) return refuse('not-xlsx', 'no workbook part and no package relationships');
  if (entry === null) return refuse('corrupt', 'no package relationships (_rels/.rels)');
  // An encoding we do not decode is exceljs' to try; bytes that are no text, or text that is no relationships
  // part, are damage (TypeError: the UTF decoders are fatal).
  try {
    return parseRelationships((await read(entry)) ?? '');
  } catch (e) {
    if (e instanceof NotSure && e.message.startsWith('encoding')) throw e;
    if (e instanceof NotSure || e instanceof TypeError) refuse('corrupt', `package relationships (_rels/.rels) unreadable: ${e.message}`);
    throw e;
  }
}

/** The only relationship of the kind, or null (two are not ours). */
function single(rels: readonly Relationship[], kind: string): Relationship | null {
  const found = rels.filter((r) => r.kind === kind && !r.external);
  if (found.length > 1) notSure(`two ${kind} relationships`);
  return found[0] ?? null;
}

/** Find the workbook and its parts; `read` gives an entry's XML text (null when absent). */
export async function locateParts(entries: Iterable<string>, read: (entry: string) => Promise<string | null>): Promise<LocatedParts> {
  const names = new PartNames(entries);
  const main = single(await packageRelationships(names, read), 'officeDocument');
  if (main === null) return refuse('corrupt', 'no officeDocument relationship in _rels/.rels');
  const mainName = resolveTarget('', main.target);
  const mainEntry = mainName === null ? null : names.find(mainName);
  if (mainEntry === null) return refuse('corrupt', `the main part ${main.target} is missing`);
  const relsEntry = names.find(relsPartOf(mainEntry));
  const rels = parseRelationships((relsEntry === null ? null : await read(relsEntry)) ?? notSure('missing workbook relationships'));
  const book = parseWorkbook((await read(mainEntry)) ?? notSure('main part'), rels, mainEntry);
  const sheets = book.sheets.map((sheet) => ({ ...sheet, part: names.find(sheet.part) ?? notSure(`missing ${sheet.part}`) }));
  if (new Set(sheets.map((x) => x.part)).size !== sheets.length) notSure('two sheets, one part');
  const partOf = (kind: string): string | null => {
    const rel = single(rels, kind);
    const name = rel === null ? null : resolveTarget(mainEntry, rel.target);
    return name === null ? null : names.find(name);
  };
  return { book: { ...book, sheets }, styles: partOf('styles'), sharedStrings: partOf('sharedStrings') };
}
