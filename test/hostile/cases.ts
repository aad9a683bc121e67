/**
 * The hostile-file generator: every case of issue 9 (zip bombs in a media entry and in a sheet, amplified
 * shared strings, many directory records over one entry, many merges, a merge over the whole sheet, entities,
 * deep nesting, huge attributes, lying zip headers, duplicate names, 65,535 entries, ZIP64) built at test time,
 * each with its expected outcome. Every case has a small build, read with the caps lowered so that it costs
 * milliseconds, and the bigger ones a true-size build (gigabytes once inflated) for the process check, read
 * with the default caps. The expected outcome is the same at both sizes.
 */
import type { WorkbookInput } from '../../src/ledger/types';
import type { LimitName, ReadLimits } from '../../src/xlsx/limits';
import { LEDGER_ROWS, LEDGER_VALUES, bookEntries, worksheet } from './book';
import { bomb, body, craftZip } from './zip-craft';
import type { CraftEntry } from './zip-craft';

export type Outcome =
  | { readonly read: (book: WorkbookInput) => void }
  | { readonly refused: 'corrupt' | 'too-large'; readonly limit?: LimitName };

export interface HostileCase {
  readonly name: string;
  /** The small build and the caps it is read with. */
  readonly small: () => Uint8Array;
  readonly limits?: Partial<ReadLimits>;
  /** The true-size build, read with the default caps (cases whose small build is already true to size have none). */
  readonly trueSize?: () => Uint8Array;
  /** What `readXlsx` does with it. */
  readonly expect: Outcome;
  /** What the exceljs path (`readViaExcelJs`) does with the small build, where that differs. */
  readonly fallback?: Outcome;
}

const MiB = 1024 * 1024;
const sheetOf = (rows: string, after = '') => worksheet(`<sheetData>${rows}</sheetData>${after}`);
const ledger = () => sheetOf(LEDGER_ROWS);
const xlsx = (entries: CraftEntry[], options?: Parameters<typeof craftZip>[1]) => craftZip(entries, options);

/** The ledger's values read back (the first sheet). */
const readsLedger = (book: WorkbookInput) => {
  if (JSON.stringify(book.sheets[0]?.rows) !== JSON.stringify(LEDGER_VALUES)) throw new Error(`unexpected rows ${JSON.stringify(book.sheets[0]?.rows)}`);
};

function mediaBomb(size: number): Uint8Array {
  return xlsx([...bookEntries({ sheets: [ledger()] }), { name: 'xl/media/image1.png', body: bomb('', 0, size, '') }]);
}

/** A sheet part of valid XML whose sheetData is followed by `size` bytes of spaces. */
const whitespaceSheet = (size: number) => bomb(worksheet('<sheetData/>').replace('</worksheet>', ''), 0x20, size, '</worksheet>');

function sheetBomb(size: number, declared?: number): Uint8Array {
  const entries = bookEntries({ sheets: [whitespaceSheet(size)] });
  if (declared === undefined) return xlsx(entries);
  return xlsx(entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, declared: { size: declared } } : e)));
}

function amplified(chars: number, cells: number): Uint8Array {
  const shared = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${'台'.repeat(chars)}</t></si></sst>`;
  let rows = '';
  for (let r = 1; r <= cells / 10; r++) {
    rows += `<row r="${r}">`;
    for (let c = 0; c < 10; c++) rows += `<c r="${String.fromCharCode(65 + c)}${r}" t="s"><v>0</v></c>`;
    rows += '</row>';
  }
  return xlsx(bookEntries({ sheets: [sheetOf(rows)], shared }));
}

function manySharedStrings(n: number): Uint8Array {
  const shared = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>x</t></si>'.repeat(n)}</sst>`;
  return xlsx(bookEntries({ sheets: [ledger()], shared }));
}

/** Column letters A, B, … (as many as asked). */
const column = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : column(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

/** `n` numeric cells, `perRow` to a row (about 22 bytes each). */
function manyCells(n: number, perRow: number): Uint8Array {
  const parts: string[] = [];
  for (let r = 1; r <= Math.ceil(n / perRow); r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < perRow; c++) row += `<c r="${column(c)}${r}"><v>${r}</v></c>`;
    parts.push(`${row}</row>`);
  }
  return xlsx(bookEntries({ sheets: [sheetOf(parts.join(''))] }));
}

/** A ledger header, then `rows` rows holding only 群 = C群: five findings a row (four required cells empty, the group invalid). */
function manyFindings(rows: number): Uint8Array {
  const parts: string[] = [LEDGER_ROWS.slice(0, LEDGER_ROWS.indexOf('<row r="2">'))];
  for (let r = 2; r <= rows + 1; r++) parts.push(`<row r="${r}"><c r="D${r}" t="inlineStr"><is><t>C群</t></is></c></row>`);
  return xlsx(bookEntries({ sheets: [sheetOf(parts.join(''))] }));
}

/**
 * A canonical ledger of `rows` assets written as inline strings, each 内容 `long` characters: at 49,999 rows
 * of 300 characters, a sheet part of about 62 MB and 250,000 cells, just under the caps on rows and part size —
 * the most a file may cost and still be read.
 */
function bigLedger(rows: number, long: number): Uint8Array {
  const parts: string[] = [LEDGER_ROWS.slice(0, LEDGER_ROWS.indexOf('<row r="2">'))];
  const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  for (let r = 2; r <= rows + 1; r++) {
    parts.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c>${text(`B${r}`, `会議録 第${r}号 ${'x'.repeat(24)}`)}${text(`C${r}`, `課内会議の記録（${r}） ${'記録の内容'.repeat(long / 5)}`)}${text(`D${r}`, 'B群')}${text(`E${r}`, 'レベル2')}</row>`,
    );
  }
  return xlsx(bookEntries({ sheets: [sheetOf(parts.join(''))] }));
}

/** The book plus a media entry of `size` bytes and 16 further directory records pointing at its data. */
function aliasedEntry(size: number): Uint8Array {
  const entries = [...bookEntries({ sheets: [ledger()] }), { name: 'xl/media/image1.png', body: bomb('', 0, size, '') }];
  const aliases = Array.from({ length: 16 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 2}.xml`, target: entries.length - 1 }));
  return xlsx(entries, { aliases });
}

/** `n` merges of two cells each (A1:B1, A3:B3, …) after the ledger rows, and optionally a `t="d"` cell dated before 1900 (which the direct reader leaves to exceljs: Excel has no serial for it). */
function manyMerges(n: number, dateCell = false): Uint8Array {
  let merges = '';
  for (let i = 0; i < n; i++) merges += `<mergeCell ref="G${2 * i + 1}:H${2 * i + 1}"/>`;
  const rows = dateCell ? LEDGER_ROWS.replace('</row>', '<c r="F1" t="d"><v>1899-06-01T00:00:00Z</v></c></row>') : LEDGER_ROWS;
  return xlsx(bookEntries({ sheets: [sheetOf(rows, `<mergeCells count="${n}">${merges}</mergeCells>`)] }));
}

/**
 * Every column, A to XFD, merged down rows 1–2 above a ledger whose header is on row 3: looking for the header,
 * the engine reads both rows cell by cell, each cell among the 16,384 merges crossing its row.
 */
function mergesAcrossTheRows(): Uint8Array {
  let merges = '';
  for (let c = 0; c < 16_384; c++) merges += `<mergeCell ref="${column(c)}1:${column(c)}2"/>`;
  const ledgerRows = LEDGER_ROWS.replace(/r="([A-E]?)(\d)"/g, (_m, col: string, row: string) => `r="${col}${Number(row) + 2}"`);
  const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>情報資産台帳（総務課）</t></is></c><c r="XFD1"><v>9</v></c></row>${ledgerRows}`;
  return xlsx(bookEntries({ sheets: [sheetOf(rows, `<mergeCells count="16384">${merges}</mergeCells>`)] }));
}

function wholeSheetMerge(dateCell = false): Uint8Array {
  const rows = dateCell ? LEDGER_ROWS.replace('</row>', '<c r="F1" t="d"><v>1899-06-01T00:00:00Z</v></c></row>') : LEDGER_ROWS;
  return xlsx(bookEntries({ sheets: [sheetOf(rows, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')] }));
}

const XXE_SHARED =
  '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>';

function billionLaughs(): string {
  let dtd = '<!ENTITY lol0 "lol">';
  for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  return `<?xml version="1.0"?><!DOCTYPE worksheet [${dtd}]>${worksheet(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>`).replace(/^<\?xml[^>]*>\n/, '')}`;
}

const deep = (levels: number) => sheetOf(LEDGER_ROWS, `<extLst>${'<ext>'.repeat(levels)}${'</ext>'.repeat(levels)}</extLst>`);

const hugeAttribute = (chars: number) => worksheet(`<sheetPr codeName="${'A'.repeat(chars)}"/><sheetData>${LEDGER_ROWS}</sheetData>`);

function withSheet(change: (e: CraftEntry) => CraftEntry): Uint8Array {
  return xlsx(bookEntries({ sheets: [ledger()] }).map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? change(e) : e)));
}

/** The book and `filler` more (empty, stored) entries. */
function manyEntries(total: number, options?: Parameters<typeof craftZip>[1]): Uint8Array {
  const entries = bookEntries({ sheets: [ledger()] });
  const empty = body(new Uint8Array(0), 0);
  for (let i = entries.length; i < total; i++) entries.push({ name: `customXml/item${i}.xml`, body: empty });
  return xlsx(entries, options);
}

const refusedLarge = (limit: LimitName): Outcome => ({ refused: 'too-large', limit });
const corrupt: Outcome = { refused: 'corrupt' };

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'zip bomb in a media entry (never inflated: the ledger is read)',
    small: () => mediaBomb(32 * MiB),
    limits: { totalBytes: 1_000_000, partBytes: 1_000_000 },
    trueSize: () => mediaBomb(1024 * MiB),
    expect: { read: readsLedger },
  },
  {
    name: 'zip bomb in a sheet, its size declared',
    small: () => sheetBomb(4 * MiB),
    limits: { partBytes: 1_000_000 },
    trueSize: () => sheetBomb(1024 * MiB),
    expect: refusedLarge('partBytes'),
  },
  {
    name: 'zip bomb in a sheet, its directory record declaring 1 KB',
    small: () => sheetBomb(4 * MiB, 1000),
    trueSize: () => sheetBomb(1024 * MiB, 1000),
    expect: corrupt,
  },
  {
    name: 'two sheets, each under the part cap, together over the file cap',
    small: () => xlsx(bookEntries({ sheets: [whitespaceSheet(600_000), whitespaceSheet(600_000)] })),
    limits: { totalBytes: 1_000_000, partBytes: 1_000_000 },
    trueSize: () => xlsx(bookEntries({ sheets: [whitespaceSheet(48 * MiB), whitespaceSheet(48 * MiB)] })),
    expect: refusedLarge('totalBytes'),
  },
  {
    name: 'amplified shared strings (one long string in every cell)',
    small: () => amplified(100_000, 1_000),
    limits: { textChars: 10_000_000 },
    trueSize: () => amplified(10_000_000, 100_000),
    expect: refusedLarge('textChars'),
    fallback: refusedLarge('textChars'),
  },
  {
    name: 'more shared strings than the cap',
    small: () => manySharedStrings(2_000),
    limits: { sharedStrings: 1_000 },
    trueSize: () => manySharedStrings(2_500_000),
    expect: refusedLarge('sharedStrings'),
  },
  {
    name: 'more cells than the cap',
    small: () => manyCells(2_000, 50),
    limits: { cells: 1_000, fallbackCells: 1_000 },
    trueSize: () => manyCells(2_050_000, 50),
    expect: refusedLarge('cells'),
    fallback: refusedLarge('fallbackCells'),
  },
  {
    name: 'more rows than the cap',
    small: () => manyCells(200, 1),
    limits: { rows: 100 },
    trueSize: () => manyCells(60_000, 1),
    expect: refusedLarge('rows'),
  },
  {
    name: 'a ledger of 49,999 rows with five findings each (250,000 findings)',
    small: () => manyFindings(49_999),
    expect: {
      read: (book) => {
        if (book.sheets[0]?.rows.length !== 50_000) throw new Error('rows');
      },
    },
  },
  {
    name: 'a ledger just under the caps (49,999 assets, a 62 MB sheet part)',
    small: () => bigLedger(3, 300),
    trueSize: () => bigLedger(49_999, 300),
    expect: {
      read: (book) => {
        const rows = book.sheets[0]?.rows ?? [];
        if (JSON.stringify(rows[0]) !== JSON.stringify(LEDGER_VALUES[0]) || rows.length < 4 || rows[3]?.[0] !== 3) throw new Error('rows');
      },
    },
  },
  {
    name: '16 directory records pointing at one big entry (under other names)',
    small: () => aliasedEntry(MiB),
    trueSize: () => aliasedEntry(512 * MiB),
    expect: corrupt,
  },
  {
    name: 'a sheet whose local header and data lie inside another entry (overlapping entries)',
    small: () => {
      const entries = bookEntries({ sheets: [ledger()] });
      const sheet = entries.findIndex((e) => e.name === 'xl/worksheets/sheet1.xml');
      const container = { name: 'customXml/item1.xml', body: body('') };
      return xlsx([...entries.slice(0, sheet), container, { ...entries[sheet]!, embedIn: sheet }, ...entries.slice(sheet + 1)]);
    },
    expect: corrupt,
  },
  {
    name: '50,000 merges (as in Apache POI 57893-many-merges.xlsx)',
    small: () => manyMerges(50_000),
    expect: {
      read: (book) => {
        readsLedger(book);
        if (book.sheets[0]?.merges?.length !== 50_000) throw new Error('merges');
      },
    },
    fallback: refusedLarge('fallbackMerges'),
  },
  {
    name: 'more merges than the cap',
    small: () => manyMerges(2_000),
    limits: { merges: 1_000, fallbackMerges: 1_000 },
    trueSize: () => manyMerges(150_000),
    expect: refusedLarge('merges'),
    fallback: refusedLarge('fallbackMerges'),
  },
  {
    name: '16,384 merges side by side, across every column',
    small: () => mergesAcrossTheRows(),
    expect: {
      read: (book) => {
        const rows = book.sheets[0]?.rows ?? [];
        if (rows[0]?.length !== 16_384 || JSON.stringify(rows.slice(2)) !== JSON.stringify(LEDGER_VALUES) || book.sheets[0]?.merges?.length !== 16_384) throw new Error('rows');
      },
    },
    fallback: refusedLarge('fallbackMerges'),
  },
  {
    name: 'one merge over the whole sheet',
    small: () => wholeSheetMerge(),
    expect: {
      read: (book) => {
        if (JSON.stringify(book.sheets[0]?.rows) !== '[["番号"]]') throw new Error(`rows ${JSON.stringify(book.sheets[0]?.rows)}`);
        if (JSON.stringify(book.sheets[0]?.merges) !== '[{"top":0,"left":0,"bottom":1048575,"right":16383}]') throw new Error('merge');
      },
    },
    fallback: refusedLarge('fallbackMergedCells'),
  },
  {
    name: 'one merge over the whole sheet and a pre-1900 t="d" cell (which only exceljs reads)',
    small: () => wholeSheetMerge(true),
    expect: refusedLarge('fallbackMergedCells'),
  },
  {
    name: '20,000 merges and a pre-1900 t="d" cell (which only exceljs reads)',
    small: () => manyMerges(20_000, true),
    expect: refusedLarge('fallbackMerges'),
  },
  {
    name: 'XXE: an external entity declared in the shared strings',
    small: () => xlsx(bookEntries({ sheets: [ledger()], shared: XXE_SHARED })),
    expect: corrupt,
  },
  {
    name: 'billion laughs in a sheet',
    small: () => xlsx(bookEntries({ sheets: [billionLaughs()] })),
    expect: corrupt,
  },
  {
    name: 'elements nested 100,000 deep',
    small: () => xlsx(bookEntries({ sheets: [deep(100_000)] })),
    expect: refusedLarge('depth'),
  },
  {
    name: 'a 20 MB attribute',
    small: () => xlsx(bookEntries({ sheets: [hugeAttribute(20_000_000)] })),
    expect: { read: readsLedger },
  },
  {
    name: 'a local header naming another entry than its directory record',
    small: () => withSheet((e) => ({ ...e, localName: 'xl/worksheets/sheet9.xml' })),
    expect: corrupt,
  },
  {
    name: 'a directory record declaring more bytes than the data inflates to',
    small: () => withSheet((e) => ({ ...e, declared: { size: e.body.size * 10 } })),
    expect: corrupt,
  },
  {
    name: 'a compressed size running past the end of the file',
    small: () => withSheet((e) => ({ ...e, declared: { compressedSize: 0x7fffffff } })),
    expect: corrupt,
  },
  {
    name: 'a CRC-32 that does not match the data',
    small: () => withSheet((e) => ({ ...e, declared: { crc: (e.body.crc ^ 1) >>> 0 } })),
    expect: corrupt,
  },
  {
    name: 'two entries of the same name',
    small: () => xlsx([...bookEntries({ sheets: [ledger()] }), { name: 'xl/worksheets/sheet1.xml', body: body(sheetOf('')) }]),
    expect: corrupt,
  },
  {
    name: 'a valid zip of 65,535 entries',
    small: () => manyEntries(65_535),
    expect: { read: readsLedger },
  },
  {
    name: 'more directory records than the cap',
    small: () => manyEntries(200),
    limits: { entries: 100 },
    trueSize: () => manyEntries(100_001, { zip64End: 'plain' }),
    expect: refusedLarge('entries'),
  },
  {
    name: 'ZIP64 end records, the classic end record not maxed out',
    small: () => xlsx(bookEntries({ sheets: [ledger()] }), { zip64End: 'plain' }),
    expect: { read: readsLedger },
  },
  {
    name: 'ZIP64 end records, the classic end record maxed out',
    small: () => xlsx(bookEntries({ sheets: [ledger()] }), { zip64End: 'maxed' }),
    expect: { read: readsLedger },
  },
  {
    name: 'ZIP64 extra fields on every entry',
    small: () => xlsx(bookEntries({ sheets: [ledger()] }).map((e) => ({ ...e, zip64: true })), { zip64End: 'maxed' }),
    expect: { read: readsLedger },
  },
  {
    name: 'a file larger than the input cap',
    small: () => xlsx(bookEntries({ sheets: [ledger()] })),
    limits: { inputBytes: 1_000 },
    expect: refusedLarge('inputBytes'),
    fallback: { read: readsLedger }, // the input cap is readXlsx's, before either reader
  },
];
