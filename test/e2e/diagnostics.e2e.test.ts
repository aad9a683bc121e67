// 診断 in the production build (issue 8): the task pane's small 「診断」 link opens diagnostics.html, which loads under
// the same CSP with office.js (a stub here: the CDN is unreachable) and offers the run. Running it needs a real
// Excel (its cases run in test/diagnostics on the in-memory runtime and, for real, in TESTING.md's manual list).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { officeStubScript } from './office-stub';
import { serveStatic } from './static-server';
import type { StaticServer } from './static-server';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DIST = join(__dirname, '..', '..', 'dist');

let server: StaticServer;
let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  server = await serveStatic(DIST);
  userDataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-diag-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: 'ja-JP',
    viewport: { width: 360, height: 760 },
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: officeStubScript({ displayLanguage: 'ja-JP', bodyBackgroundColor: '#ffffff', host: 'Excel' }) });
    return route.abort('internetdisconnected');
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

test('the task pane links to 診断; the page loads under the CSP and offers the run', async () => {
  const page = await context.newPage();
  const csp: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) csp.push(m.text());
  });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole('link', { name: '診断', exact: true }).click();
  await page.waitForURL(/diagnostics\.html$/);
  await page.getByRole('heading', { name: '診断', level: 1 }).waitFor();
  expect(await page.getByRole('button', { name: '診断を実行' }).isEnabled()).toBe(true);
  expect(await page.getByText('お使いの台帳は変更しません', { exact: false }).count()).toBe(1);
  expect(await page.locator('script[src^="https://appsforoffice.microsoft.com/"]').count()).toBe(1);
  expect(csp).toEqual([]);
});
