// The preview's grid behaves as Excel does where a clerk in training would notice (issue 10, items 8–11): the
// sheet's own dropdowns, input prompts and stop alerts; a protected header refused with Excel's message; text
// that looks like a formula stays text; Tab/Enter, a selected cell on a fresh sheet, typing and IME input.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS, cell, firstDataCellUnder, insertLedger, offset, openPreview, selectedCell, startPreviewBrowser } from './preview-support';
import type { PreviewBrowser } from './preview-support';

let b: PreviewBrowser;

beforeAll(async () => {
  b = await startPreviewBrowser();
});

afterAll(async () => {
  await b?.close();
});

/** A fresh preview with 総務課's ledger; the first data row's cells under each header. */
async function withLedger(protect = false): Promise<{ page: Page; errors: string[]; at: Record<'number' | 'name' | 'content' | 'group' | 'level', string> }> {
  const { page, errors } = await openPreview(b);
  await insertLedger(page, '総務課', protect);
  const at = {
    number: await firstDataCellUnder(page, '番号'),
    name: await firstDataCellUnder(page, '情報資産名'),
    content: await firstDataCellUnder(page, '内容'),
    group: await firstDataCellUnder(page, '群'),
    level: await firstDataCellUnder(page, 'レベル'),
  };
  return { page, errors, at };
}

const text = async (page: Page, address: string) => (await cell(page, address).textContent()) ?? '';

describe('item 8: the sheet’s own data validation', () => {
  test('群 and レベル offer their lists as a dropdown; picking a value enters it', async () => {
    const { page, errors, at } = await withLedger();
    await cell(page, at.group).click();
    await page.getByRole('button', { name: `${at.group} の一覧から選ぶ` }).click();
    const list = page.getByRole('listbox', { name: `${at.group} の一覧` });
    expect(await list.getByRole('option').allTextContents()).toEqual(['A群', 'B群']);
    await list.getByRole('option', { name: 'B群' }).click();
    expect(await text(page, at.group)).toBe('B群');

    // From the keyboard: Alt+↓ opens the list, ↓ and Enter pick (Excel's keys).
    await cell(page, at.level).click();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('listbox', { name: `${at.level} の一覧` }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await text(page, at.level)).toBe('レベル2');
    // No dropdown where the sheet has no list.
    await cell(page, at.name).click();
    expect(await page.getByRole('button', { name: /の一覧から選ぶ$/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('selecting a cell shows its input prompt, quoting the policy', async () => {
    const { page, at } = await withLedger();
    await cell(page, at.group).click();
    const prompt = page.getByRole('tooltip');
    expect(await prompt.textContent()).toMatch(/^群（第5）A群：情報システム上の情報資産/);
    const described = (await page.getByRole('textbox', { name: `セル ${at.group}` }).getAttribute('aria-describedby')) ?? '';
    expect(described.split(' ')).toContain(await prompt.getAttribute('id'));
    await cell(page, at.number).click();
    expect(await page.getByRole('tooltip').textContent()).toBe('番号1以上の整数（1, 2, 3…）を入力します。');
    await page.screenshot({ path: join(RESULTS, 'preview-grid-prompt.png') });
    await page.close();
  });

  test('a bad typed value meets the sheet’s stop alert: 再試行 returns to the entry, キャンセル drops it', async () => {
    const { page, errors, at } = await withLedger();
    await cell(page, at.group).click();
    await page.keyboard.type('C群');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alertdialog', { name: '群' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('群は一覧から「A群」か「B群」を選んでください。');
    await page.screenshot({ path: join(RESULTS, 'preview-grid-stop.png') });
    await alert.getByRole('button', { name: '再試行' }).click();
    const editor = page.getByRole('textbox', { name: `${at.group} の値` });
    expect(await editor.inputValue()).toBe('C群');
    await editor.fill('a群'); // Excel's list validation ignores case
    await editor.press('Enter');
    expect(await text(page, at.group)).toBe('a群');

    await cell(page, at.number).click();
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    const numberAlert = page.getByRole('alertdialog', { name: '番号' });
    expect(await numberAlert.textContent()).toContain('番号は1以上の整数で入力してください。');
    await numberAlert.getByRole('button', { name: 'キャンセル' }).click();
    expect(await text(page, at.number)).toBe('');
    await cell(page, at.number).click();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    expect(await text(page, at.number)).toBe('12');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('item 9: a protected header', () => {
  test('F2 on a locked header cell shows Excel’s message instead of an error, and every other cell stays editable', async () => {
    const { page, errors, at } = await withLedger(true);
    const header = offset(at.name, -1);
    await cell(page, header).click();
    await page.keyboard.press('F2');
    const alert = page.getByRole('alertdialog');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('変更しようとしているセルやグラフは保護されているシート上にあります。');
    await page.screenshot({ path: join(RESULTS, 'preview-grid-protected.png') });
    await alert.getByRole('button', { name: 'OK' }).click();
    expect(await page.getByRole('textbox', { name: `${header} の値` }).count()).toBe(0);
    // Typing on it and Delete are refused the same way; the header is unchanged.
    // Keys go to the grid once the box has closed and handed focus back (a person is never faster than that).
    const backOnGrid = () => page.waitForFunction(() => document.querySelector('[role=alertdialog]') === null && document.activeElement?.tagName === 'INPUT');
    await cell(page, header).click();
    await page.keyboard.type('x');
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await backOnGrid();
    await page.keyboard.press('Delete');
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await backOnGrid();
    expect(await text(page, header)).toBe('情報資産名');
    // The editor is not stuck: the data cell below takes an entry.
    await cell(page, at.name).click();
    await page.keyboard.type('住民記録');
    await page.keyboard.press('Enter');
    expect(await text(page, at.name)).toBe('住民記録');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('item 10: the quote prefix', () => {
  test("'=SUM(1,2), then F2 and Enter without a change, stays text", async () => {
    const { page, errors, at } = await withLedger();
    await cell(page, at.content).click();
    await page.keyboard.type("'=SUM(1,2)");
    await page.keyboard.press('Enter');
    expect(await text(page, at.content)).toBe('=SUM(1,2)');
    await cell(page, at.content).click();
    await page.keyboard.press('F2');
    const editor = page.getByRole('textbox', { name: `${at.content} の値` });
    expect(await editor.inputValue()).toBe("'=SUM(1,2)"); // as Excel's formula bar shows it
    await editor.press('Enter');
    expect(await text(page, at.content)).toBe('=SUM(1,2)');
    // A double-click edit the same way.
    await cell(page, at.content).dblclick();
    await page.getByRole('textbox', { name: `${at.content} の値` }).press('Enter');
    expect(await text(page, at.content)).toBe('=SUM(1,2)');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('item 11: keyboard and IME', () => {
  test('a fresh sheet has A1 selected, and typing there starts an entry', async () => {
    const { page, errors } = await openPreview(b);
    expect(await selectedCell(page)).toBe('A1');
    await page.getByRole('textbox', { name: 'セル A1' }).focus();
    await page.keyboard.type('abc');
    expect(await page.getByRole('textbox', { name: 'A1 の値' }).inputValue()).toBe('abc');
    await page.keyboard.press('Enter');
    expect([await text(page, 'A1'), await selectedCell(page)]).toEqual(['abc', 'A2']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Tab after an entry moves right; Enter then goes to the next row where the Tabs began', async () => {
    const { page, at } = await withLedger();
    await cell(page, at.number).click();
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    expect(await selectedCell(page)).toBe(at.name);
    await page.keyboard.type('住民記録データベース');
    await page.keyboard.press('Tab');
    await page.keyboard.type('住民基本台帳システム');
    await page.keyboard.press('Enter');
    expect([await text(page, at.number), await text(page, at.name), await text(page, at.content)]).toEqual(['1', '住民記録データベース', '住民基本台帳システム']);
    expect(await selectedCell(page)).toBe(offset(at.number, 1));
    // Shift+Tab moves left, arrows move, Enter on a selected cell moves down.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await selectedCell(page)).toBe(offset(at.number, 2));
    // No keyboard trap: Esc, then Tab leaves the sheet.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="region"][aria-label^="シート"]') ?? null)).toBeNull();
    expect(await selectedCell(page)).toBe(offset(at.number, 2));
    await page.close();
  });

  test('text an IME commits on a selected cell starts the entry with it (compositionend)', async () => {
    const { page, errors, at } = await withLedger();
    await cell(page, at.name).click();
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'じゅうみん', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.imeSetComposition', { text: '住民', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '住民' }); // commits the composition
    const editor = page.getByRole('textbox', { name: `${at.name} の値` });
    await editor.waitFor();
    expect(await editor.inputValue()).toBe('住民');
    // The entry goes on with more IME text in the editor itself.
    await cdp.send('Input.imeSetComposition', { text: 'きろく', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '記録' });
    await page.keyboard.press('Enter');
    expect(await text(page, at.name)).toBe('住民記録');
    await cdp.detach();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('item 14: a row is judged when the user leaves it', () => {
  test('typing 番号 on a new row reddens nothing yet; starting the next row judges it', async () => {
    const { page, errors, at } = await withLedger();
    await page.getByRole('button', { name: '検証する', exact: true }).click();
    const empty = page.getByRole('button', { name: /^台帳_総務課（シート全体）：台帳に情報資産が1件も/ });
    await empty.waitFor(); // LEDGER_EMPTY: the live recheck below is seen when it goes

    await cell(page, at.number).click();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await empty.waitFor({ state: 'detached' });
    const rest = [at.name, at.content, at.group, at.level];
    expect(await Promise.all(rest.map((a) => cell(page, a).getAttribute('data-marker')))).toEqual([null, null, null, null]);
    expect(await page.getByRole('region', { name: /^エラー \d+$/ }).count()).toBe(0);

    // The next row begins: the first is judged now, its empty cells marked; the new row waits in its turn.
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'エラー 4' }).waitFor();
    expect(await Promise.all(rest.map((a) => cell(page, a).getAttribute('data-marker')))).toEqual(['error', 'error', 'error', 'error']);
    expect(await cell(page, offset(at.name, 1)).getAttribute('data-marker')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
