/**
 * Print .xlsx files to PDF with LibreOffice (`soffice --headless --convert-to pdf`) and read each page back with
 * poppler (`pdfinfo` for the page size, `pdftotext` for the text). LibreOffice is an approximation of Excel's
 * printing (its fonts and its rounding differ), which is why the tests check what must hold in any case: the paper,
 * the page count, whether a header comes back on every page and whether a column lands on a page of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrintedPage {
  /** Points. */
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

/** The tools, or a message saying how to install them: the test fails loudly without them (never a silent pass). */
export function missingTools(): string | null {
  const missing = ['soffice', 'pdfinfo', 'pdftotext'].filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return null;
  return `The print tests need ${missing.join(', ')}: apt-get install libreoffice-calc poppler-utils (bash .ci/run installs them).`;
}

/** A4 in points, either way round (595.3 × 841.9). */
export function isA4(page: PrintedPage, orientation: 'portrait' | 'landscape'): boolean {
  const [w, h] = orientation === 'portrait' ? [595.3, 841.9] : [841.9, 595.3];
  return Math.abs(page.width - w) < 1 && Math.abs(page.height - h) < 1;
}

/** Print every file (one LibreOffice start for all of them) and return each file's pages. */
export function printToPdf(files: Readonly<Record<string, Uint8Array>>): Record<string, PrintedPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-print-'));
  try {
    const names = Object.keys(files);
    for (const name of names) writeFileSync(join(dir, `${name}.xlsx`), files[name] ?? new Uint8Array());
    // A private profile keeps the conversion independent of the user's settings and of other running instances.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.xlsx`))],
      { stdio: 'ignore', timeout: 240_000 },
    );
    const out: Record<string, PrintedPage[]> = {};
    for (const name of names) {
      const pdf = join(dir, `${name}.pdf`);
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
      const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])] as const);
      execFileSync('pdftotext', ['-layout', pdf, join(dir, `${name}.txt`)]);
      const texts = readFileSync(join(dir, `${name}.txt`), 'utf8').split('\f');
      out[name] = sizes.map(([width, height], i) => ({ width, height, text: texts[i] ?? '' }));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
