// The direct .xlsx reader (src/xlsx/direct) in real Chromium: in the task pane it has no Node zlib and inflates with
// the browser's DecompressionStream('deflate-raw'). It must read LibreOffice-written ledgers itself there (not step
// aside for exceljs) and give exactly what it gives under Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { readDirectWhy } from '../../src/xlsx/direct';
import { nodeInflate } from '../../src/cli/deflate';

const FIXTURES = join(__dirname, '..', 'fixtures');
const FILES = ['canonical-somu.xlsx', 'form-kikaku.xlsx', 'lastrow-zaisei.xlsx', 'template-extended-libreoffice.xlsx'];

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** The reader bundled for the browser, exposing `DirectReader.readDirectWhy`. */
function bundle(): string {
  const out = buildSync({
    entryPoints: [join(__dirname, '..', '..', 'src', 'xlsx', 'direct', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'DirectReader',
    platform: 'browser',
    target: 'chrome110',
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

test('reads LibreOffice-written ledgers with DecompressionStream, exactly as under Node', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!doctype html><title>direct reader</title>');
  await page.addScriptTag({ content: bundle() });
  for (const name of FILES) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
    // As one JSON string: a sheet whose used range reaches row 1,048,576 has a million (empty) rows, which
    // Playwright would otherwise serialise one by one.
    const inBrowser = await page.evaluate(
      async ({ base64, file }) => {
        const reader = (globalThis as unknown as { DirectReader: { readDirectWhy(b: Uint8Array, f: string): Promise<unknown> } }).DirectReader;
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        return JSON.stringify(await reader.readDirectWhy(data, file));
      },
      { base64: Buffer.from(bytes).toString('base64'), file: name },
    );
    const inNode = await readDirectWhy(bytes, name, nodeInflate);
    // A string is the reason the reader stepped aside: in neither place may it do so for these files.
    expect([name, inBrowser.startsWith('{')]).toEqual([name, true]);
    expect(inBrowser).toBe(JSON.stringify(inNode));
  }
  expect(errors).toEqual([]);
  await page.close();
});
