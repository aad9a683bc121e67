// The in-browser preview in real Chromium: the production task pane driving the in-memory Excel runtime through
// the real src/excel operations, a grid a user types into, and an .xlsx round trip. No outside request at all.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { centralDirectory, storedBytes } from '../../src/xlsx/direct/zip-read';
import { RESULTS, cell, firstDataCellUnder, insertLedger, openPreview as open, openRole, paste, startPreviewBrowser } from './preview-support';
import type { PreviewBrowser } from './preview-support';

let b: PreviewBrowser;
let outsideRequests: string[];

const LONG_CONTENT = '住民基本台帳システムに記録された住民の氏名・住所・生年月日・世帯の情報と、その異動の履歴';

/** Every worksheet part of a saved .xlsx, inflated. */
function sheetParts(bytes: Uint8Array): string[] {
  return centralDirectory(bytes)
    .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
    .map((e) => {
      const raw = storedBytes(bytes, e);
      return new TextDecoder().decode(e.method === 8 ? inflateRawSync(raw) : raw);
    });
}

beforeAll(async () => {
  // Narrow: the layout stacks the workbook above the pane.
  b = await startPreviewBrowser({ viewport: { width: 360, height: 760 } });
  outsideRequests = b.outsideRequests;
});

afterAll(async () => {
  await b?.close();
});

const openPreview = (): Promise<{ page: Page; errors: string[] }> => open(b);

test('insert a 総務課 ledger, paste an invalid 群, check it, and go to the finding', async () => {
  outsideRequests.length = 0;
  const { page, errors } = await openPreview();
  await insertLedger(page, '総務課');
  await page.getByRole('tab', { name: '台帳_総務課' }).waitFor();

  const target = await firstDataCellUnder(page, '群');
  await cell(page, target).click();
  // Typed, C群 would be stopped by the dropdown's validation (test/e2e/preview-grid); pasted, it goes in, as in Excel.
  await paste(page, 'C群');
  expect(await cell(page, target).textContent()).toBe('C群');
  await cell(page, 'A1').click(); // elsewhere, so that choosing the finding visibly selects the cell

  await page.getByRole('button', { name: '検証する', exact: true }).click();
  const finding = page.getByRole('button', { name: new RegExp(`台帳_総務課!${target}`) }).filter({ hasText: '群「C群」は使えません。' });
  await finding.waitFor();
  const errorsGroup = page.getByRole('region', { name: /^エラー \d+$/ });
  expect(await errorsGroup.getByRole('button', { name: /群「C群」は使えません/ }).count()).toBe(1);
  // The finding is marked in the sheet (the add-in's conditional format), and choosing it selects the cell.
  expect(await cell(page, target).getAttribute('data-marker')).toBe('error');
  expect(await cell(page, target).getAttribute('aria-selected')).toBe('false');
  await finding.click();
  await page.locator(`td[data-cell="${target}"][aria-selected="true"]`).waitFor();
  expect(await page.locator('td[aria-selected="true"]').count()).toBe(1);

  // 表示をクリア removes the marker again.
  await page.getByRole('button', { name: '表示をクリア' }).click();
  await page.getByText('シート上の指摘の表示を消しました。').waitFor();
  expect(await cell(page, target).getAttribute('data-marker')).toBeNull();

  await finding.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(RESULTS, 'preview-narrow.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: '検証する', exact: true }).click();
  await finding.waitFor();
  await page.screenshot({ path: join(RESULTS, 'preview-wide.png') });

  expect(errors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  // Nothing from the ledger in browser storage (SPEC §11): at most the pane's remembered role.
  expect(await page.evaluate(() => [Object.keys(localStorage).filter((k) => k !== 'joho-shisan-daicho.role'), sessionStorage.length])).toEqual([[], 0]);
  await page.close();
});

test('a workbook saved from the preview opens again with its ledger', async () => {
  const { page, errors } = await openPreview();
  await page.getByRole('button', { name: 'サンプルを入れる' }).click();
  await page.getByText('シート「台帳_総務課」にサンプルの台帳を入れました。').waitFor();
  // A 内容 of several lines: the saved file gives its row a height (rewritten in the browser, src/xlsx/exceljs-heights.ts),
  // so that LibreOffice does not show it one line high.
  const content = await firstDataCellUnder(page, '内容');
  await cell(page, content).click();
  await page.keyboard.type(LONG_CONTENT);
  await page.keyboard.press('Enter');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存 (.xlsx)' }).click()]);
  const saved = join(mkdtempSync(join(tmpdir(), 'ledger-saved-')), download.suggestedFilename());
  await download.saveAs(saved);
  expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
  const row = Number(/\d+$/.exec(content)?.[0]);
  const rowTags = sheetParts(readFileSync(saved)).flatMap((xml) => [...xml.matchAll(new RegExp(`<row r="${row}"[^>]*>`, 'g'))].map((m) => m[0]));
  expect(rowTags.filter((t) => / ht="[\d.]+"/.test(t) && !t.includes('customHeight'))).toHaveLength(1);
  await page.close();

  const again = await openPreview();
  expect(await again.page.getByRole('tab', { name: '台帳_総務課' }).count()).toBe(0);
  await again.page.getByLabel('開く Excel ブック (.xlsx)').setInputFiles(saved);
  await again.page.getByRole('tab', { name: '台帳_総務課' }).waitFor();
  await again.page.getByText('住民記録データベース').first().waitFor();
  await again.page.getByRole('button', { name: '検証する', exact: true }).click();
  // The sample's 'Ａ' in 群 is valid only after normalisation: a VALUE_NOT_CANONICAL warning survives the round trip.
  await again.page.getByRole('region', { name: /^警告 \d+$/ }).getByRole('button', { name: /は「A群」と書くのが正式です/ }).first().waitFor();
  expect([...errors, ...again.errors]).toEqual([]);
  await again.page.close();
});

test('the 情報システム担当 flow on the preview: import department files, consolidate, audit', async () => {
  const { page, errors } = await openPreview();
  const fixtures = join(__dirname, '..', 'fixtures');
  await openRole(page, '情報システム担当');
  await page.getByLabel('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)').setInputFiles([join(fixtures, 'canonical-somu.xlsx'), join(fixtures, 'form-kikaku.xlsx')]);
  await page.getByText(/^\d+ 枚の台帳シートを取り込みました。$/).waitFor({ timeout: 30_000 });
  const tabs = async () => page.getByRole('tab').allTextContents();
  expect((await tabs()).length).toBeGreaterThan(1);

  // 企画課 came as four 別記様式 sheets: 様式を台帳に変換 makes one canonical 台帳_企画課 beside them (SPEC §1.3).
  await openRole(page, '職員');
  await page.getByRole('button', { name: '様式を台帳に変換', exact: true }).click();
  await page
    .getByText(
      '企画課の様式（企画課_A群－レベル1、企画課_A群－レベル2、企画課_B群－レベル1、企画課_B群－レベル2）から、シート「台帳_企画課」に台帳を作りました（資産 7 件）。 ' +
        '台帳_企画課 の番号は様式ごとに 1 から始まっていたため、1〜7 に振り直しました。 元の様式のシートは変更していません。確認が済んだら様式のシートは削除してください（残すと集計で資産が二重に数えられます）。',
    )
    .waitFor();
  // (A tab's text may hold its label twice: Fluent reserves the width of the bold label.)
  const names = await tabs();
  // The imported forms keep their 課 in their names (the file names them only A群－レベル1 …).
  expect(['台帳_企画課', '企画課_A群－レベル1', '企画課_B群－レベル2'].map((n) => names.some((t) => t.startsWith(n)))).toEqual([true, true, true]);

  await openRole(page, '情報システム担当');
  await page.getByRole('button', { name: '集計する', exact: true }).click();
  await page.getByText(/^シート「集計」に集計しました（\d+ 課、資産 \d+ 件）。$/).waitFor();
  expect(await tabs()).toContain('集計');

  await openRole(page, '監査');
  await page.getByRole('button', { name: '監査チェックを実行', exact: true }).click();
  await page.getByText(/^監査結果をシート「監査結果_.+」に記録しました/).waitFor();
  expect((await tabs()).some((t) => t.startsWith('監査結果_'))).toBe(true);
  await page.screenshot({ path: join(RESULTS, 'preview-consolidated.png'), fullPage: true });
  expect(errors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await page.close();
});

test('the yearly cycle in the preview: a pasted 課 list and last year’s file give 提出状況 and 前年度比較; a second audit shows the change', async () => {
  const { page, errors } = await openPreview();
  const fixtures = join(__dirname, '..', 'fixtures');
  await openRole(page, '情報システム担当');
  await page.getByLabel('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)').setInputFiles([join(fixtures, 'canonical-somu.xlsx')]);
  await page.getByText(/^\d+ 枚の台帳シートを取り込みました。$/).waitFor({ timeout: 30_000 });
  await page.getByRole('textbox', { name: '課の一覧（提出状況）' }).fill('総務課\n企画課');
  await page.getByText('2 課', { exact: true }).waitFor();
  // Last year: 企画課's file (a department file is taken too), read in the browser by the same readers as the CLI.
  await page.getByLabel('前年度の集計ファイル (.xlsx, .ods)').setInputFiles([join(fixtures, 'form-kikaku.xlsx')]);
  await page.getByText(/^form-kikaku\.xlsx は集計ではないため、その台帳から 1 課・資産 \d+ 件を読み込みました。/).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '集計する', exact: true }).click();
  await page.getByText(/提出状況: 提出済み 1 課、未提出 1 課。 前年度比較: 追加 \d+ 件、削除 \d+ 件、/).waitFor();
  const tabs = await page.getByRole('tab').allTextContents();
  expect(['提出状況', '前年度比較', '前年度比較_明細'].map((n) => tabs.some((t) => t.startsWith(n)))).toEqual([true, true, true]);
  await page.getByRole('region', { name: '情報システム担当' }).screenshot({ path: join(RESULTS, 'preview-cycle-inputs.png') });

  await openRole(page, '監査');
  await page.getByRole('button', { name: '監査チェックを実行', exact: true }).click();
  await page.getByText('前回の監査記録はありません。次の監査から、今回との差をここに表示します。').waitFor();
  await page.getByRole('button', { name: '監査チェックを実行', exact: true }).click();
  const difference = page.getByRole('region', { name: '前回の監査からの資産数の変化' });
  await difference.getByRole('table').waitFor();
  expect(await difference.getByRole('row').count()).toBe(6);
  await difference.screenshot({ path: join(RESULTS, 'preview-audit-difference.png') });
  expect(errors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await page.close();
});

test('部署ファイルを取り込む in the browser: a Shift_JIS CSV (TextDecoder) and an .ods (DecompressionStream) are read, and the pane says how', async () => {
  const { page, errors } = await openPreview();
  const fixtures = join(__dirname, '..', 'fixtures');
  await openRole(page, '情報システム担当');
  await page
    .getByLabel('取り込む部署ファイル (.xlsx, .xlsm, .ods, .csv)')
    .setInputFiles([
      { name: '人事課.csv', mimeType: 'text/csv', buffer: readFileSync(join(fixtures, 'jinji-csv-sjis.csv')) },
      { name: '環境課.ods', mimeType: 'application/vnd.oasis.opendocument.spreadsheet', buffer: readFileSync(join(fixtures, 'merges-kankyo.ods')) },
      { name: '古い.xls', mimeType: 'application/vnd.ms-excel', buffer: readFileSync(join(fixtures, 'canonical-somu-libreoffice.xls')) },
    ]);
  await page
    .getByText('2 枚の台帳シートを取り込みました。 Excel ブック以外の形式から読み込んだファイル: 人事課.csv（CSV、文字コード Shift_JIS）、環境課.ods（OpenDocument 表計算）。')
    .waitFor({ timeout: 30_000 });
  // The .xls is a finding that names the format and the conversion.
  await page.getByText(/古い Excel 形式（\.xls）のファイルです。.*soffice --headless --convert-to xlsx ファイル名\.xls/).first().waitFor();
  await page.getByRole('tab', { name: '人事課' }).click();
  // 髙 and 﨑 (CP932 extensions) came through the browser's Shift_JIS decoder.
  await page.getByText('職員名簿（髙橋・山﨑を含む）').first().waitFor();
  await page.getByRole('tab', { name: '台帳_環境課' }).click();
  await page.getByText('ごみ収集台帳').first().waitFor();
  expect(errors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await page.close();
});
