// The preview in Debian's Chromium: dist/ served on 127.0.0.1, every request to anywhere else refused and recorded
// (the preview must need nothing from outside, README "庁内への配備"), page errors and failed requests collected.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { serveStatic } from './static-server';
import type { StaticServer } from './static-server';

export const DIST = join(__dirname, '..', '..', 'dist');
export const RESULTS = join(__dirname, '..', '..', 'test-results');

export interface PreviewBrowser {
  context: BrowserContext;
  server: StaticServer;
  /** Requests to anywhere but the local server (all refused). */
  outsideRequests: string[];
  close(): Promise<void>;
}

export async function startPreviewBrowser(options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<PreviewBrowser> {
  mkdirSync(RESULTS, { recursive: true });
  const server = await serveStatic(DIST);
  const userDataDir = mkdtempSync(join(tmpdir(), 'ledger-preview-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: options.locale ?? 'ja-JP',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const outsideRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    outsideRequests.push(url);
    return route.abort('internetdisconnected');
  });
  return {
    context,
    server,
    outsideRequests,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the preview; `errors` collects uncaught errors, console errors and local requests that failed (404…). */
export async function openPreview(b: PreviewBrowser, heading = '情報資産台帳 プレビュー'): Promise<{ page: Page; errors: string[] }> {
  const page = await b.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${b.server.origin}/`);
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  return { page, errors };
}

export const cell = (page: Page, address: string): Locator => page.locator(`td[data-cell="${address}"]`);

/** The address of the cell below the header label `label` (the table's first data row). */
export async function firstDataCellUnder(page: Page, label: string): Promise<string> {
  const header = page.locator('td[data-cell]').filter({ hasText: new RegExp(`^${label}$`) }).first();
  const address = (await header.getAttribute('data-cell')) ?? '';
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`no header cell ${label}`);
  return `${m[1]}${Number(m[2]) + 1}`;
}

/** The address `rows` below / `cols` right of `address`. */
export function offset(address: string, rows: number, cols = 0): string {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  return `${String.fromCharCode(m[1]!.charCodeAt(0) + cols)}${Number(m[2]) + rows}`;
}

/** Shows a role's tab in the pane (職員 / 情報システム担当 / 監査). */
export async function openRole(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

export async function insertLedger(page: Page, department: string, protect = false): Promise<void> {
  await openRole(page, '職員');
  await page.getByRole('textbox', { name: '課名' }).fill(department);
  if (protect) await page.getByRole('switch', { name: /表題と見出しを保護する/ }).check();
  await page.getByRole('button', { name: '台帳を挿入', exact: true }).click();
  await page.getByText(`シート「台帳_${department}」に台帳を挿入しました。`).waitFor();
}

/** The selected cell's address (exactly one cell is selected). */
export async function selectedCell(page: Page): Promise<string | null> {
  const selected = page.locator('td[aria-selected="true"]');
  expect(await selected.count()).toBe(1);
  return selected.getAttribute('data-cell');
}

/** True when the element's centre is on screen and not covered: what a user at this window size sees. */
export async function isOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + Math.min(r.height / 2, 10);
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (el === hit || el.contains(hit));
  });
}

/** Pastes text on the focused element as Ctrl+V would (headless Chromium has no clipboard to fill). */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
