// The production build in a real browser: Debian's Chromium, the pages' own CSP, office.js replaced by a stub
// (the CDN is unreachable here), and every other outside request refused and recorded.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { officeStubScript } from './office-stub';
import type { OfficeStubOptions } from './office-stub';
import { serveStatic } from './static-server';
import type { StaticServer } from './static-server';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DIST = join(__dirname, '..', '..', 'dist');
const RESULTS = join(__dirname, '..', '..', 'test-results');
const ACTIONS_JA = ['台帳を挿入', '検証する', '部署ファイルを取り込む', '集計する', '監査チェックを実行'];
const ACTIONS_EN = ['Insert ledger', 'Check', 'Import department files', 'Consolidate', 'Run audit checks'];

let server: StaticServer;
let context: BrowserContext;
let userDataDir: string;
let officeJs: OfficeStubOptions | 'offline';
const outsideRequests: string[] = [];

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await serveStatic(DIST);
  userDataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    locale: 'ja-JP',
    viewport: { width: 360, height: 760 }, // about a task pane's width
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    outsideRequests.push(url);
    if (url === OFFICE_JS && officeJs !== 'offline') {
      return route.fulfill({ contentType: 'text/javascript', body: officeStubScript(officeJs) });
    }
    return route.abort('internetdisconnected');
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

beforeEach(() => {
  outsideRequests.length = 0;
});

const consoleCsp = new WeakMap<Page, string[]>();

/** Opens a page recording CSP violations (as events and as console errors) from before any script runs. */
async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const messages: string[] = [];
  consoleCsp.set(page, messages);
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) messages.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.origin}${path}`);
  return page;
}

async function cspViolations(page: Page): Promise<string[]> {
  const events = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return [...events, ...(consoleCsp.get(page) ?? [])];
}

async function expectReadyAction(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  expect(await button.getAttribute('aria-disabled')).toBeNull();
  expect(await button.isEnabled()).toBe(true);
  // Fluent's styles are in effect (Chromium's own button has square corners).
  expect(await button.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('4px');
}

/** The five actions, role tab by role tab (the pane shows one role at a time). */
async function expectReadyActions(page: Page, tabs: string[], actions: string[]): Promise<void> {
  const byTab = [actions.slice(0, 2), actions.slice(2, 4), actions.slice(4)];
  for (const [i, tab] of tabs.entries()) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    for (const name of byTab[i] ?? []) await expectReadyAction(page, name);
  }
}

test('the task pane renders in Japanese after Office.onReady, its five actions ready', async () => {
  officeJs = { displayLanguage: 'ja-JP', bodyBackgroundColor: '#ffffff', host: 'Excel' };
  const page = await open('/taskpane.html');
  await page.getByRole('heading', { name: '情報資産台帳', level: 1 }).waitFor();
  await page.getByRole('textbox', { name: '課名' }).waitFor();
  for (const [tab, section] of [['職員', '各課の職員'], ['情報システム担当', '情報システム担当'], ['監査', '監査']] as const) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.getByRole('region', { name: section }).waitFor();
  }
  await expectReadyActions(page, ['職員', '情報システム担当', '監査'], ACTIONS_JA);
  await page.getByRole('tab', { name: '職員', exact: true }).click();
  expect(await page.getByText('Excel の外で開かれています').count()).toBe(0);
  expect(await cspViolations(page)).toEqual([]);
  expect(outsideRequests).toEqual([OFFICE_JS]);
  await page.screenshot({ path: join(RESULTS, 'taskpane-ja.png'), fullPage: true });
  await page.close();
});

test('the task pane follows a dark Office theme and an English display language', async () => {
  officeJs = { displayLanguage: 'en-US', bodyBackgroundColor: '#262626', host: 'Excel' };
  const page = await open('/taskpane.html');
  await page.getByRole('heading', { name: 'Information Asset Ledger', level: 1 }).waitFor();
  await expectReadyActions(page, ['Staff', 'IT section', 'Audit'], ACTIONS_EN);
  const background = await page.locator('.fui-FluentProvider').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(41, 41, 41)'); // webDarkTheme's colorNeutralBackground1 (#292929)
  expect(await cspViolations(page)).toEqual([]);
  await page.screenshot({ path: join(RESULTS, 'taskpane-en-dark.png'), fullPage: true });
  await page.close();
});

test('opened outside Excel, the task pane says where to open it', async () => {
  officeJs = { displayLanguage: 'ja-JP', bodyBackgroundColor: '#ffffff', host: null };
  const page = await open('/taskpane.html');
  await page.getByRole('status').filter({ hasText: 'Excel の外で開かれています' }).waitFor();
  await page.close();
});

test('when office.js cannot load, the page says so in Japanese instead of staying blank', async () => {
  officeJs = 'offline';
  const page = await open('/taskpane.html');
  await page.getByText('Office に接続できませんでした').waitFor();
  await page.getByText('appsforoffice.microsoft.com', { exact: false }).first().waitFor();
  expect(outsideRequests).toEqual([OFFICE_JS]);
  await page.screenshot({ path: join(RESULTS, 'taskpane-offline.png'), fullPage: true });
  await page.close();
});

test("Fluent UI's CSS-in-JS is why style-src allows 'unsafe-inline': without it the pane is unstyled", async () => {
  officeJs = { displayLanguage: 'ja-JP', bodyBackgroundColor: '#ffffff', host: 'Excel' };
  const page = await context.newPage();
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) blocked.push(m.text());
  });
  await page.route('**/taskpane.html', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    expect(html).toContain("style-src 'self' 'unsafe-inline'");
    await route.fulfill({ response, body: html.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'") });
  });
  await page.goto(`${server.origin}/taskpane.html`);
  // The tab an earlier test left may be another role's. (Unstyled, a tab's name also holds the copy Fluent sizes it by.)
  await page.getByRole('tab', { name: /^職員/ }).click();
  const button = page.getByRole('button', { name: '台帳を挿入', exact: true });
  await button.waitFor();
  // Griffel's empty <style> elements are refused, so they get no sheet and no rule lands: Chromium's square button.
  expect(await button.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('0px');
  expect(blocked.length).toBeGreaterThan(0);
  expect(blocked[0]).toContain("style-src 'self'");
  await page.close();
});

test('the preview page (the dev server root) links to the sideloading guide in Japanese', async () => {
  const page = await open('/');
  await page.getByRole('link', { name: 'Excel への読み込み手順' }).click();
  await page.getByRole('heading', { name: '情報資産台帳 アドイン — 開発サーバー', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Excel on the web に読み込む' }).waitFor();
  await page.getByText('npm run start:desktop').first().waitFor();
  const manifest = await page.request.get(`${server.origin}/${await page.getByRole('link', { name: 'manifest.xml' }).first().getAttribute('href')}`);
  expect(manifest.status()).toBe(200);
  expect(await manifest.text()).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
  expect(await cspViolations(page)).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await page.screenshot({ path: join(RESULTS, 'preview-ja.png'), fullPage: true });
  await page.close();
});

test('the ribbon function file loads under its CSP without errors', async () => {
  officeJs = { displayLanguage: 'ja-JP', bodyBackgroundColor: '#ffffff', host: 'Excel' };
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.origin}/commands.html`, { waitUntil: 'load' });
  expect(errors).toEqual([]);
  expect(outsideRequests).toEqual([OFFICE_JS]);
  await page.close();
});

describe('the production build in dist/', () => {
  const js = readdirSync(DIST).filter((f) => f.endsWith('.js'));

  test('has no eval-based code or source maps', () => {
    expect(js.length).toBeGreaterThan(0);
    for (const file of js) {
      const text = readFileSync(join(DIST, file), 'utf8');
      expect(`${file}: ${/\beval\(|sourceURL=webpack/.test(text)}`).toBe(`${file}: false`);
    }
  });

  test('taskpane.html loads office.js from the Office CDN, under a CSP allowing only self and that CDN', () => {
    const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
    expect(html).toContain(`<script src=${OFFICE_JS}></script>`);
    const csp = /http-equiv=Content-Security-Policy content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self' https://appsforoffice.microsoft.com",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'none'",
    ]);
  });
});
