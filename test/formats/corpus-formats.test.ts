import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { XlsxReadError } from '../../src/xlsx/errors';
import { readSpreadsheet } from '../../src/xlsx/spreadsheet';

/**
 * The .csv, .ods, .xls and .xlsb files of the real-producer corpus (../shared/corpus, beside the checkout like
 * ../shared/policy): what each becomes. Files LibreOffice opens are read when their format is one we read;
 * .xls and .xlsb are refused with their own reason (the message then names the format and the conversion).
 */

const CORPUS = resolve(__dirname, '../../../shared/corpus');
const inflate = (raw: Uint8Array) => new Uint8Array(inflateRawSync(raw));

interface Row {
  file: string;
  libreoffice: string;
}

function manifest(): Row[] {
  const text = readFileSync(resolve(CORPUS, 'manifest.tsv'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => /\.(csv|ods|xls|xlsb)$/.test(cols[0] ?? ''))
    .map((cols) => ({ file: cols[0] ?? '', libreoffice: cols[6] ?? '' }));
}

async function outcome(file: string): Promise<string> {
  try {
    const r = await readSpreadsheet(new Uint8Array(readFileSync(resolve(CORPUS, 'files', file))), file, { inflate });
    return r.encoding ? `read ${r.format} ${r.encoding}` : `read ${r.format}`;
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    return `refused ${e.reason}`;
  }
}

/** Files whose outcome is not the rule of their extension, with why. */
const EXCEPTIONS: Record<string, string> = {
  // Saved with a password: LibreOffice asks for it too (and fails headless).
  'dimastbk+python-calamine__password.ods': 'refused ods-encrypted',
  'dimastbk+python-calamine__password.xlsb': 'refused encrypted',
  'apache+poi__protected_passtika.xlsb': 'refused encrypted',
  // Zero bytes: a failed copy, not an empty ledger.
  'PHPOffice+PhpSpreadsheet__empty.csv': 'refused empty',
  // UTF-16/32 without a byte-order mark, told by where the NUL bytes are.
  'PHPOffice+PhpSpreadsheet__encoding.utf16be.csv': 'read csv UTF-16BE',
  'PHPOffice+PhpSpreadsheet__encoding.utf16le.csv': 'read csv UTF-16LE',
  'PHPOffice+PhpSpreadsheet__encoding.utf32be.csv': 'read csv UTF-32BE',
  'PHPOffice+PhpSpreadsheet__encoding.utf32le.csv': 'read csv UTF-32LE',
  // Latin-1 (Agaña, Réunion), which we do not detect: its bytes are valid Shift_JIS, and the report says so.
  'PHPOffice+PhpSpreadsheet__example2.csv': 'read csv Shift_JIS',
};

const RULE: Record<string, string> = { csv: 'read csv UTF-8', ods: 'read ods', xls: 'refused xls', xlsb: 'refused xlsb' };

test('the corpus is beside the checkout', () => {
  expect(existsSync(resolve(CORPUS, 'manifest.tsv'))).toBe(true);
});

test('every .csv, .ods, .xls and .xlsb of the corpus: read, or refused with the reason of its format', async () => {
  const rows = manifest();
  expect(rows.length).toBeGreaterThan(130);
  const got: [string, string][] = [];
  const want: [string, string][] = [];
  for (const row of rows) {
    const ext = /\.(\w+)$/.exec(row.file)?.[1] ?? '';
    got.push([row.file, await outcome(row.file)]);
    want.push([row.file, EXCEPTIONS[row.file] ?? RULE[ext] ?? '?']);
  }
  expect(got).toEqual(want);
});

test('every .ods and .csv LibreOffice opens is read', async () => {
  const opens = manifest().filter((r) => /\.(ods|csv)$/.test(r.file) && r.libreoffice === 'opens' && r.file !== 'PHPOffice+PhpSpreadsheet__empty.csv');
  expect(opens.length).toBeGreaterThan(40);
  for (const r of opens) expect([r.file, (await outcome(r.file)).split(' ')[0]]).toEqual([r.file, 'read']);
});
