// The task pane in the preview, at a desktop window's 900 px height (issue 10, items 12, 15, 18, 19, 20): every
// role's result is on screen right after its click and has the focus; 課名 is asked for under the field; the page
// follows the browser's language; no 404, one main landmark; and the preview needs nothing from outside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, RESULTS, cell, firstDataCellUnder, insertLedger, isOnScreen, offset, openPreview, openRole, paste, startPreviewBrowser } from './preview-support';
import type { PreviewBrowser } from './preview-support';

let b: PreviewBrowser;

beforeAll(async () => {
  b = await startPreviewBrowser({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await b?.close();
});

/** The pane's outcome area (the notice or failure of the last action). */
const outcome = (page: Page) => page.getByRole('complementary', { name: '作業ウィンドウ' }).getByRole('group', { name: '結果' });

/** After a click: the outcome says `text`, is on screen at this window size, and has the focus (read out). */
async function expectOutcomeShown(page: Page, text: string | RegExp): Promise<void> {
  const area = outcome(page);
  await area.getByText(text).waitFor();
  expect(await isOnScreen(area.getByText(text))).toBe(true);
  expect(await area.evaluate((el) => el === document.activeElement)).toBe(true);
}

describe('item 12: the pane by role, the result where the user looks', () => {
  test('at 1280 × 900 every role’s result is on screen right after the click, and focused', async () => {
    const { page, errors } = await openPreview(b);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('tab', { name: '職員', exact: true }).waitFor();
    expect(await page.getByRole('tab', { name: '職員', exact: true }).getAttribute('aria-selected')).toBe('true');

    await insertLedger(page, '総務課');
    await expectOutcomeShown(page, 'シート「台帳_総務課」に台帳を挿入しました。');
    await page.getByRole('button', { name: '検証する', exact: true }).click();
    await expectOutcomeShown(page, /^検証しました: エラー \d+ 件/);
    await page.screenshot({ path: join(RESULTS, 'preview-900-check.png') });

    await openRole(page, '情報システム担当');
    await page.getByRole('button', { name: '集計する', exact: true }).click();
    await expectOutcomeShown(page, /^シート「集計」に集計しました/);

    await openRole(page, '監査');
    await page.getByRole('button', { name: '監査チェックを実行', exact: true }).click();
    await expectOutcomeShown(page, /^監査結果をシート「監査結果_.+」に記録しました/);
    await page.screenshot({ path: join(RESULTS, 'preview-900-audit.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the chosen role is remembered across a reload, and the role is all that is stored', async () => {
    const { page } = await openPreview(b);
    await openRole(page, '監査');
    await page.reload();
    await page.getByRole('button', { name: '監査チェックを実行', exact: true }).waitFor();
    expect(await page.getByRole('tab', { name: '監査', exact: true }).getAttribute('aria-selected')).toBe('true');
    await insertLedgerFromAuditTab(page);
    expect(await page.evaluate(() => [Object.entries(localStorage), sessionStorage.length])).toEqual([[['joho-shisan-daicho.role', 'clerk']], 0]);
    await page.close();
  });
});

/** Back on the clerk's tab, insert a ledger (the storage then holds what a user's work left there). */
async function insertLedgerFromAuditTab(page: Page): Promise<void> {
  await insertLedger(page, '企画課');
  await page.getByRole('button', { name: '検証する', exact: true }).click();
  await outcome(page).getByText(/^検証しました/).waitFor();
}

describe('item 13: the findings shown are always those of one consistent check', () => {
  test('a broken import keeps 総務課’s open findings; the next good one drops the broken file; a lapsed mark is open only', async () => {
    const { page, errors } = await openPreview(b);
    await page.getByRole('button', { name: 'サンプルを入れる' }).click();
    await page.getByText('シート「台帳_総務課」にサンプルの台帳を入れました。').waitFor();
    const first = await firstDataCellUnder(page, '番号');
    const row = offset(first, 4); // the row after the sample's four
    await cell(page, row).click();
    await paste(page, '5\t住民説明会の案内\t広報用チラシ\tB群\tレベル2');
    await cell(page, offset(first, 2, 3)).click();
    await paste(page, 'C群'); // an open error on 総務課
    await page.getByRole('button', { name: '検証する', exact: true }).click();
    await outcome(page).getByText(/^検証しました/).waitFor();

    // The keyword warning on the pasted row is marked 確認済み, with who and why.
    const level = offset(row, 0, 4);
    const warning = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: new RegExp(`^台帳_総務課!${level}：`) }) });
    await warning.getByRole('button', { name: '確認済みにする' }).click();
    await warning.getByRole('textbox', { name: '確認済みにする理由' }).fill('住民向けの案内で個人情報なし');
    await warning.getByRole('textbox', { name: '確認者（あなたの名前）' }).fill('花巻 太郎');
    await warning.getByRole('button', { name: '確認済みとして記録' }).click();
    const reviewed = page.getByRole('region', { name: '確認済みの警告 1' });
    await reviewed.waitFor();
    const errorsList = page.getByRole('region', { name: /^エラー \d+$/ });
    const erroneous = `台帳_総務課!${offset(first, 2, 3)}`;

    // 1. A broken file: 総務課's open error stays listed beside its 確認済み warning, the file's error joins them.
    await openRole(page, '情報システム担当');
    await page.getByLabel('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)').setInputFiles({ name: '壊れた.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a workbook') });
    await outcome(page).getByText('取り込める台帳シートはありませんでした。').waitFor();
    await errorsList.getByRole('button', { name: /^ファイル: 壊れた\.xlsx：/ }).waitFor();
    expect(await errorsList.getByRole('button', { name: new RegExp(`^${erroneous}：`) }).count()).toBe(1);
    expect(await reviewed.count()).toBe(1);

    // 2. The next, good import: the broken file's error is gone, 総務課's error still there.
    await page.getByLabel('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)').setInputFiles(join(__dirname, '..', 'fixtures', 'form-kikaku.xlsx'));
    await outcome(page).getByText(/^\d+ 枚の台帳シートを取り込みました。$/).waitFor({ timeout: 30_000 });
    await errorsList.getByRole('button', { name: new RegExp(`^${erroneous}：`) }).waitFor();
    expect(await page.getByRole('button', { name: /^ファイル: 壊れた\.xlsx：/ }).count()).toBe(0);

    // 3. A live edit changes the reviewed row: its warning is open again, and no longer also 確認済み.
    await page.getByRole('tab', { name: '台帳_総務課' }).click();
    await cell(page, offset(row, 0, 2)).click();
    await page.keyboard.type('住民向けの広報用チラシ');
    await page.keyboard.press('Enter');
    const open = page.getByRole('region', { name: /^警告 \d+$/ }).getByRole('button', { name: new RegExp(`^台帳_総務課!${level}：`) });
    await open.waitFor();
    expect(await page.getByRole('region', { name: /^確認済みの警告/ }).count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'preview-consistent.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('item 15: 課名 is asked for under its field', () => {
  test('台帳を挿入 without a 課名 says so right under the field, which gets the focus; typing clears it', async () => {
    const { page } = await openPreview(b);
    await openRole(page, '職員');
    await page.getByRole('button', { name: '台帳を挿入', exact: true }).click();
    const field = page.getByRole('textbox', { name: '課名' });
    const message = page.getByText('課名を入力してください。');
    await message.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(described.split(' ').map((id) => `#${id}`).join(',')).allTextContents()).toContain('課名を入力してください。');
    const [input, below] = [await field.boundingBox(), await message.boundingBox()];
    expect(below!.y).toBeGreaterThanOrEqual(input!.y + input!.height);
    expect(below!.y - (input!.y + input!.height)).toBeLessThan(40);
    expect(await isOnScreen(message)).toBe(true);
    await field.fill('総');
    expect(await page.getByText('課名を入力してください。').count()).toBe(0);
    await page.close();
  });
});

describe('item 18: the preview follows the browser’s language', () => {
  test('in an English browser the toolbar, the grid and the pane are English', async () => {
    const en = await startPreviewBrowser({ locale: 'en-US' });
    try {
      const { page, errors } = await openPreview(en, 'Information Asset Ledger preview');
      for (const name of ['Open file', 'Save (.xlsx)', 'Insert sample']) await page.getByRole('button', { name, exact: true }).waitFor();
      await page.getByRole('link', { name: 'How to load it into Excel' }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'Information Asset Ledger — preview and sideloading guide']);
      await page.getByRole('button', { name: 'Insert sample', exact: true }).click();
      await page.getByText('Inserted a sample ledger on sheet “台帳_総務課”.').waitFor();
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      const checked = page.getByRole('group', { name: 'Result' }).getByText(/^Checked: /);
      await checked.waitFor();
      // English counts take their plural forms: never “1 warnings” or “0 note”.
      expect(await checked.textContent()).not.toMatch(/\b1 (errors|warnings|notes)\b|\b(0|[2-9]|\d\d+) (error|warning|note)\b/);
      await page.getByRole('textbox', { name: /^Cell [A-Z]+\d+$/ }).waitFor();
      // The sideloading guide speaks the page's language too, commands in place.
      await page.getByRole('link', { name: 'How to load it into Excel' }).click();
      await page.getByRole('heading', { name: 'Information Asset Ledger add-in — development server', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Load it into Excel on the web' }).waitFor();
      expect(await page.getByRole('listitem').filter({ hasText: 'in another terminal' }).textContent()).toBe(
        'Keep this development server (npm start) running and run npm run start:desktop in another terminal. Excel starts with the add-in loaded.',
      );
      expect(await page.getByText(/[ぁ-んァ-ン一-龯]/).count()).toBe(0);
      await page.getByRole('link', { name: '← Back to the preview' }).click();
      await page.getByRole('button', { name: 'Insert sample', exact: true }).waitFor();
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await en.close();
    }
  });
});

describe('item 19: small things', () => {
  test('no request fails (the favicon included), and the page has one main landmark', async () => {
    const { page, errors } = await openPreview(b);
    const icon = await page.evaluate(() => (document.querySelector('link[rel="icon"]') as HTMLLinkElement | null)?.href ?? '');
    const response = await page.request.get(icon);
    expect([response.status(), response.headers()['content-type']]).toEqual([200, 'image/png']);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.locator('main main').count()).toBe(0);
    expect(await page.getByRole('complementary', { name: '作業ウィンドウ' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('item 20: the preview needs nothing from outside', () => {
  test('with every request beyond the local server refused, it opens, checks a ledger and saves it', async () => {
    b.outsideRequests.length = 0;
    const { page, errors } = await openPreview(b);
    await page.getByRole('button', { name: 'サンプルを入れる' }).click();
    await page.getByText('シート「台帳_総務課」にサンプルの台帳を入れました。').waitFor();
    await page.getByRole('button', { name: '検証する', exact: true }).click();
    await outcome(page).getByText(/^検証しました/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存 (.xlsx)' }).click()]);
    expect(await download.failure()).toBeNull();
    expect(errors).toEqual([]);
    expect(b.outsideRequests).toEqual([]);
    await page.close();
  });

  test('the built page refers to nothing outside: no http(s) URL in preview.html or the scripts it loads up front', () => {
    const html = readFileSync(join(DIST, 'preview.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((src) => /^(https?:)?\/\//.test(src))).toEqual([]);
    expect(html).not.toMatch(/(src|href)="?(https?:)?\/\//);
  });
});
