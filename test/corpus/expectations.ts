/**
 * What the CLI's reader must make of each corpus file, as data: derived from the manifest's category and
 * the file's format, then a short list of exceptions, each with the reason it is one.
 *
 * The oracle is what Excel opens (issue 9), not what exceljs opens: an .xlsx/.xlsm that LibreOffice opens is a
 * file Excel users exchange and is read; one LibreOffice cannot open either is refused — except where a file
 * is listed below.
 */
import type { UnreadableReason } from '../../src/xlsx/errors';
import type { ManifestRow } from './manifest';

export type Verdict = 'read' | 'refused';

export interface Expectation {
  readonly verdict: Verdict;
  /** The FILE_UNREADABLE reason, where the refusal is deliberate and its reason settled. */
  readonly reason?: UnreadableReason;
  readonly why: string;
}

/** The SpreadsheetML package formats this reader is about (item 1 of issue 9). */
export const SPREADSHEET_ML = ['xlsx', 'xlsm', 'xltx', 'xltm'] as const;

/**
 * The other formats of issue 9 item 3: CSV and .ods are read (a file LibreOffice cannot open stays refused
 * whatever this says); `xls` and `xlsb` stay refused, with a message naming them.
 */
export const FORMAT_VERDICTS: Readonly<Record<'csv' | 'ods' | 'xls' | 'xlsb', Verdict>> = {
  csv: 'read',
  ods: 'read',
  xls: 'refused',
  xlsb: 'refused',
};

const XXE = 'a DOCTYPE declaring entities (XXE, billion laughs): stays refused, whatever LibreOffice does';
const LIBREOFFICE_OPENS =
  'LibreOffice 7.4.7 opens it (checked for this test: soffice --headless --convert-to csv); the run that made the corpus had recorded a failure';

/** Files whose verdict is not the one their category gives, and why. */
export const EXCEPTIONS: Readonly<Record<string, Expectation>> = {
  'apache+poi__54764.xlsx': { verdict: 'refused', reason: 'corrupt', why: XXE },
  'apache+poi__54764-2.xlsx': { verdict: 'refused', reason: 'corrupt', why: XXE },
  'apache+poi__poc-xmlbomb.xlsx': { verdict: 'refused', reason: 'corrupt', why: XXE },
  'exceljs+exceljs__invalid-xml.xlsx': {
    verdict: 'refused',
    reason: 'corrupt',
    why: 'text before the root element of its worksheet part: not well-formed XML, which Excel offers to repair rather than opens',
  },
  'qax-os+excelize__BadWorkbook.xlsx': {
    verdict: 'refused',
    reason: 'not-xlsx',
    why: 'an empty <sheets/>: ECMA-376 asks for at least one sheet, and Excel repairs such a book rather than opens it',
  },
  'PHPOffice+PhpSpreadsheet__empty.csv': {
    verdict: 'refused',
    reason: 'empty',
    why: 'zero bytes: LibreOffice shows an empty sheet, we say the file is empty (FILE_UNREADABLE empty) rather than report no ledger',
  },
  'PHPOffice+PhpSpreadsheet__corruptMeta.ods': {
    verdict: 'read',
    why: 'only its meta.xml (document properties) is damaged; the .ods reader reads content.xml alone, as PhpSpreadsheet (whose test file it is) does, though LibreOffice refuses the whole file',
  },
  'tafia+calamine__issue252.xlsx': {
    verdict: 'refused',
    reason: 'corrupt',
    why: 'its workbook relationships part fails its CRC and inflates to garbage, so no sheet can be found through it (Excel repairs it)',
  },
  ...Object.fromEntries(
    [
      '3_output', '4_inputfile', '4_outputfile', 'ArrayFormula', 'BooleanFormulaValues', 'CubeFromRange-Output', 'DataTableFormula-Output',
      'DefaultStyles', 'EmptyText', 'NonSequentialNumberFormatsIds-Input', 'NonSequentialNumberFormatsIds-Output', 'PurpleWorksheet',
      'ResizingTables', 'StyleAlignment', 'StyleFill', 'StyleFont', 'StyleIncludeQuotePrefix', 'StyleRowsColumns', 'StyleWorksheet',
      'UsingPhonetics', 'UsingRichText', 'UsingTables', 'picture-webp',
    ].map((name) => [`ClosedXML+ClosedXML__${name}.xlsx`, { verdict: 'read', why: LIBREOFFICE_OPENS } satisfies Expectation]),
  ),
};

/** The expected verdict for a manifest row. */
export function expected(row: ManifestRow): Expectation {
  const exception = EXCEPTIONS[row.file];
  if (exception) return exception;
  if (row.category === 'libreoffice-refuses-too') return { verdict: 'refused', why: 'LibreOffice cannot open it either' };
  if ((SPREADSHEET_ML as readonly string[]).includes(row.ext)) return { verdict: 'read', why: `${row.category}: a workbook Excel users exchange` };
  const format = FORMAT_VERDICTS[row.ext as keyof typeof FORMAT_VERDICTS];
  if (format === undefined) throw new Error(`no expectation for the format of ${row.file}`);
  return { verdict: format, why: `.${row.ext}: FORMAT_VERDICTS (issue 9 item 3)` };
}

/**
 * Files both readers read where exceljs is wrong, so the differential expects them to differ (and fails if
 * exceljs starts agreeing): `date1904="true"` (xsd:boolean) — exceljs reads only "1", so its dates are four
 * years early; LibreOffice shows 2021-01-01 and 2016-10-03, as the direct reader reads them.
 */
export const EXCELJS_MISREADS: Readonly<Record<string, string>> = {
  'tafia+calamine__date_1904.xlsx': 'date1904="true"',
  'm-haketa+openpyxl-spill__mac_date.xlsx': 'date1904="true"',
};

/** Files the exceljs path is not run on in this test, and why. */
export const EXCELJS_NOT_RUN: Readonly<Record<string, string>> = {
  'apache+poi__57893-many-merges.xlsx': 'exceljs takes more than 300 s over its 50,000 merges (issue 9)',
};

/**
 * Files read, but through the exceljs path: the direct reader steps aside. The test checks that it still
 * does, so an entry is removed once the direct reader reads the file.
 */
export const DIRECT_STEPS_ASIDE: Readonly<Record<string, string>> = {
  'ClosedXML+ClosedXML__tdf111974.xlsm': 'two sheets with an empty r:id (LibreOffice bug tdf#111974), which exceljs drops',
};

/**
 * Per file: reading it and checking it as `ledger validate` does, in CPU time (wall-clock time on a shared
 * machine measures the other processes too).
 */
export const BOUND_MS = 10_000;
