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
import { DEFAULT_PASSWORD } from '../../src/xlsx/crypto/office';
import { openEncrypted } from '../../src/xlsx/encrypted';
import { agileEncrypt } from '../xlsx/office-crypto';
import { PKG, REL, SML, packageOf, plainParts, utf16 } from '../xlsx/package-parts';

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

/** The direct reader and the decryption of Excel's default password, bundled together for the browser. */
function bundleWithDecryption(): string {
  const root = join(__dirname, '..', '..');
  const out = buildSync({
    stdin: { contents: "export { readDirectWhy } from './src/xlsx/direct'; export { openEncrypted } from './src/xlsx/encrypted';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'Reader',
    platform: 'browser',
    target: 'chrome110',
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

test('in the browser too: prefixed and UTF-16 parts, parts found through relationships, and a file locked with the default password (WebCrypto)', async () => {
  const prefixed = plainParts();
  prefixed['_rels/.rels'] = `<p:Relationships xmlns:p="${PKG}"><p:Relationship Id="R1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></p:Relationships>`;
  prefixed['xl/workbook.xml'] = utf16(`<?xml version="1.0" encoding="UTF-16"?><x:workbook xmlns:x="${SML}" xmlns:rel="${REL}"><x:sheets><x:sheet name="S" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`, 'be', false);
  const cases: [string, Uint8Array][] = [
    ['prefixed.xlsx', await packageOf(prefixed)],
    ['locked.xlsx', agileEncrypt(readFileSync(join(FIXTURES, 'canonical-somu.xlsx')), DEFAULT_PASSWORD, 1000)],
  ];
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // WebCrypto needs a secure context, as the task pane's https page is: a page answered here for an https URL.
  await page.route('https://reader.test/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>reader</title>' }));
  await page.goto('https://reader.test/');
  await page.addScriptTag({ content: bundleWithDecryption() });
  for (const [name, bytes] of cases) {
    const inBrowser = await page.evaluate(
      async ({ base64, file }) => {
        type Reader = { readDirectWhy(b: Uint8Array, f: string): Promise<unknown>; openEncrypted(b: Uint8Array, f: string): Promise<Uint8Array> };
        const reader = (globalThis as unknown as { Reader: Reader }).Reader;
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        return JSON.stringify(await reader.readDirectWhy(await reader.openEncrypted(data, file), file));
      },
      { base64: Buffer.from(bytes).toString('base64'), file: name },
    );
    const inNode = await readDirectWhy(await openEncrypted(bytes, name), name, nodeInflate);
    expect([name, inBrowser.startsWith('{')]).toEqual([name, true]);
    expect(inBrowser).toBe(JSON.stringify(inNode));
  }
  expect(errors).toEqual([]);
  await page.close();
});
