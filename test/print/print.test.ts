/**
 * Every sheet we write prints on A4, fits its width and repeats its header (issue 10, items 6 and 7), proved by
 * printing to PDF with LibreOffice. The add-in's sheets are made by the real adapter on the in-memory runtime and
 * saved by the preview's xlsx writer (saveXlsx), as a workbook saved from the preview would be; the CLI's by its own
 * writers. Each file shows one sheet (the others hidden, so not printed). LibreOffice is an approximation of Excel's
 * printing: see TESTING.md.
 */
import { applyFixes, checkWorkbook, consolidateWorkbook, exportForms, insertTemplate, isFailure, runAudit } from '../../src/excel';
import { proposeFixes, templateModel } from '../../src/ledger';
import { SimWorkbook } from '../../src/preview/runtime/model';
import { createExcelRuntime, installExcelGlobals } from '../../src/preview/runtime/runtime';
import type { ExcelRuntime } from '../../src/preview/runtime/runtime';
import { saveXlsx } from '../../src/preview/runtime/xlsx';
import { writeTemplate } from '../../src/xlsx/template';
import { fill, xlsxOf } from '../xlsx/helpers';
import { MemoryFs, memoryIo } from '../cli/memory-io';
import { run } from '../cli/run';
import { isA4, missingTools, printToPdf } from './render';
import type { PrintedPage } from './render';

const TODAY = '2025-11-25';
const LONG = '住民基本台帳システムに記録された住民の氏名・住所・生年月日・世帯の情報と、その異動の履歴（転入・転出・転居・出生・死亡）';
/** A 課 list long enough for 提出状況 to run over several pages: 総務課 (which has a ledger) and 90 others. */
const DEPARTMENTS = ['総務課', ...Array.from({ length: 90 }, (_, i) => `第${i + 1}課`)];
/** Last year's 総務課: 150 assets by other names (all removed) and 40 of this year's with another 内容, for a long 明細. */
const LAST_YEAR = [
  ...Array.from({ length: 150 }, (_, i) => ({ department: '総務課', number: i + 1, name: `旧資産${i + 1}`, content: LONG, group: 'B群', level: 'レベル2' })),
  ...Array.from({ length: 40 }, (_, i) => ({ department: '総務課', number: i + 151, name: `資産${i + 1}`, content: `前年度の記録 ${i + 1}`, group: 'A群', level: i % 2 === 0 ? 'レベル1' : 'レベル2' })),
];

let pages: Record<string, PrintedPage[]> = {};

/** The workbook saved with only `sheet` visible (hidden sheets are not printed). */
async function onlySheet(runtime: ExcelRuntime, sheet: string): Promise<Uint8Array> {
  const before = runtime.workbook.sheets.map((s) => s.visibility);
  for (const s of runtime.workbook.sheets) s.visibility = s.name === sheet ? 'Visible' : 'Hidden';
  const target = runtime.workbook.sheetByName(sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  runtime.workbook.activeSheet = target;
  try {
    return await saveXlsx(runtime.workbook);
  } finally {
    runtime.workbook.sheets.forEach((s, i) => (s.visibility = before[i] ?? 'Visible'));
  }
}

/** The add-in's whole round on a ledger of 150 assets: enough rows for every list to run over several pages. */
async function addinFiles(): Promise<Record<string, Uint8Array>> {
  const wb = new SimWorkbook();
  wb.addSheet('Sheet1');
  const runtime = createExcelRuntime(wb);
  const uninstall = installExcelGlobals(runtime);
  try {
    const inserted = await insertTemplate({ department: '総務課', today: TODAY });
    if (inserted.status !== 'inserted') throw new Error(JSON.stringify(inserted));
    const rows = Array.from({ length: 150 }, (_, i) => [i + 1, `資産${i + 1}`, i % 3 === 0 ? LONG : `業務の記録 ${i + 1}`, i < 50 ? 'A群' : i < 100 ? 'Ａ' : 'C群', i % 2 === 0 ? 'レベル1' : 'レベル2']);
    runtime.userEdit(inserted.sheet, `A8:E${7 + rows.length}`, rows);
    const first = await checkWorkbook({ today: TODAY });
    if (isFailure(first)) throw new Error(first.detail);
    const fixed = await applyFixes({ fixes: proposeFixes(first.result) });
    if (isFailure(fixed) || fixed.applied.length < 20) throw new Error('the fixes did not make a log of several pages');
    const cycle = { expectedDepartments: DEPARTMENTS, previous: { label: '前年度の集計.xlsx', assets: LAST_YEAR } };
    for (const op of [consolidateWorkbook({ today: TODAY, ...cycle }), exportForms({ today: TODAY }), runAudit({ today: TODAY })]) {
      const r = await op;
      if (isFailure(r)) throw new Error(r.detail);
    }
    const audit = runtime.workbook.sheets.find((s) => s.name.startsWith('監査結果_'))?.name ?? '';
    const sheets: Record<string, string> = {
      addinTemplate: inserted.sheet,
      forms: '別記様式',
      summary: '集計',
      assets: '集計_資産一覧',
      findings: '集計_指摘事項',
      audit,
      changeLog: '変更履歴',
      submission: '提出状況',
      comparison: '前年度比較',
      changes: '前年度比較_明細',
    };
    const out: Record<string, Uint8Array> = {};
    for (const [key, sheet] of Object.entries(sheets)) out[key] = await onlySheet(runtime, sheet);
    return out;
  } finally {
    uninstall();
  }
}

/** The CLI's template and its summary of the add-in's workbook, with 提出状況 and 前年度比較. */
async function cliFiles(saved: Uint8Array): Promise<Record<string, Uint8Array>> {
  const header = ['番号', '情報資産名', '内容', '群', 'レベル'];
  const last = await xlsxOf((wb) =>
    fill(wb.addWorksheet('台帳_総務課'), [['情報資産台帳（総務課）'], ['課名', '総務課'], header, ...LAST_YEAR.map((a) => [a.number, a.name, a.content, a.group, a.level])]),
  );
  const fs = new MemoryFs().put('台帳.xlsx', saved).put('前年度.xlsx', last).put('課一覧.txt', DEPARTMENTS.join('\n'));
  await run(memoryIo(fs), 'consolidate', '台帳.xlsx', '--out', 'summary.xlsx', '--today', TODAY, '--departments', '課一覧.txt', '--previous', '前年度.xlsx');
  const summary = fs.files.get('summary.xlsx');
  if (!summary) throw new Error('no summary written');
  // A hand-out of last year's 総務課 (`ledger template --from`): 60 carried assets, every third with LONG.
  const carried = Array.from({ length: 60 }, (_, i) => ({
    number: i + 1,
    values: { name: `引継資産${i + 1}`, content: i % 3 === 0 ? LONG : `記録 ${i + 1}`, group: 'B群', level: 'レベル2' },
  }));
  return {
    cliTemplate: await writeTemplate(templateModel('総務課', { today: TODAY })),
    cliHandout: await writeTemplate(templateModel('総務課', { today: TODAY, assets: carried })),
    cliSummary: summary,
  };
}

beforeAll(async () => {
  const problem = missingTools();
  if (problem) throw new Error(problem);
  const addin = await addinFiles();
  pages = printToPdf({ ...addin, ...(await cliFiles(addin.addinTemplate ?? new Uint8Array())) });
}, 400_000);

const printed = (key: string): PrintedPage[] => {
  const p = pages[key];
  if (!p || p.length === 0) throw new Error(`${key} printed no page`);
  return p;
};
const everyPage = (key: string, test: (page: PrintedPage) => boolean) => printed(key).map(test);
const allTrue = (key: string) => printed(key).map(() => true);

describe('printed with LibreOffice', () => {
  test.each(['cliTemplate', 'cliHandout', 'addinTemplate'])('the %s: A4 landscape, one page wide, 更新日 as a date (never ###), no tag column', (key) => {
    expect(everyPage(key, (p) => isA4(p, 'landscape'))).toEqual(allTrue(key));
    // The last column (備考) on every page: the width fits one page; the header comes back on every page.
    expect(everyPage(key, (p) => p.text.includes('備考') && p.text.includes('情報資産名'))).toEqual(allTrue(key));
    const text = printed(key).map((p) => p.text).join('\f');
    expect(text).toContain('2025/11/25');
    expect(text).not.toContain('###');
    expect(text).not.toContain('LEDGER-TAG');
  });

  test('the CLI’s empty template is one page', () => {
    expect(printed('cliTemplate')).toHaveLength(1);
  });

  test('the add-in’s template with 150 assets runs down, not across: every page has the whole width', () => {
    expect(printed('addinTemplate').length).toBeGreaterThan(1);
    expect(everyPage('addinTemplate', (p) => /資産\d+/.test(p.text) && p.text.includes('群'))).toEqual(allTrue('addinTemplate'));
  });

  test('別記様式: A4 portrait, each form starting a page of its own with its title and header, 番号 and 内容 on the same page', () => {
    const forms = printed('forms');
    expect(everyPage('forms', (p) => isA4(p, 'portrait'))).toEqual(allTrue('forms'));
    // Two forms (A群－レベル1 and A群－レベル2: the 100 classified assets). Rows of a long 内容 are several lines high, as
    // Excel sizes them, so a form may run on over a further page (without the header: print titles are per sheet).
    const titles = forms.map((p) => (/情報資産台帳（総務課）（(A群－レベル\d)）/.exec(p.text) ?? [])[1]);
    expect(titles[0]).toBe('A群－レベル1');
    expect(forms.length).toBeLessThanOrEqual(4); // at most one further page a form: the heights are not far too high
    expect(titles.filter((t) => t !== undefined)).toEqual(['A群－レベル1', 'A群－レベル2']);
    expect(forms.filter((_, i) => titles[i] !== undefined).map((p) => p.text.includes('番号') && p.text.includes('内容'))).toEqual([true, true]);
    // No page holds only a column: every one has names (B) and contents (C).
    expect(everyPage('forms', (p) => /資産\d+/.test(p.text) && (p.text.includes('業務の記録') || p.text.includes('住民基本台帳')))).toEqual(allTrue('forms'));
  });

  test('集計: A4 landscape, one page wide; with the 91 listed 課 as rows it runs down, each page repeating the header to 警告', () => {
    expect(printed('summary').length).toBeGreaterThan(1);
    expect(everyPage('summary', (p) => isA4(p, 'landscape') && p.text.includes('未分類') && p.text.includes('警告'))).toEqual(allTrue('summary'));
  });

  test.each([
    ['assets', ['情報資産名', '元のセル']],
    ['findings', ['重大度', '規則', 'セル']],
    ['audit', ['重大度', '規則', '確認済み']],
    ['changeLog', ['日時', '変更後', '理由']],
    ['submission', ['課', '状況', '更新日', 'シート']],
    ['changes', ['情報資産名', '今年度の内容', '元のセル']],
  ])('%s: A4 landscape, several pages, each with the header row and the last column', (key, header) => {
    expect(printed(key).length).toBeGreaterThan(1);
    expect(everyPage(key, (p) => isA4(p, 'landscape'))).toEqual(allTrue(key));
    expect(everyPage(key, (p) => header.every((h) => p.text.includes(h)))).toEqual(allTrue(key));
  });

  test('前年度比較: A4 landscape on one page, from 課 to 未分類 (the last column) and the 群－レベル block below', () => {
    expect(printed('comparison')).toHaveLength(1);
    expect(everyPage('comparison', (p) => isA4(p, 'landscape') && ['課', '変更なし', '未分類', '増減', '計'].every((h) => p.text.includes(h)))).toEqual(allTrue('comparison'));
  });

  test('the CLI’s 提出状況 and 明細: each of their pages repeats its header and holds its last column', () => {
    const submissionPages = printed('cliSummary').filter((p) => /第\d+課\s+未提出/.test(p.text));
    const changePages = printed('cliSummary').filter((p) => /旧資産\d+/.test(p.text));
    expect(submissionPages.length).toBeGreaterThan(1);
    expect(changePages.length).toBeGreaterThan(1);
    expect(submissionPages.map((p) => p.text.includes('状況') && p.text.includes('シート'))).toEqual(submissionPages.map(() => true));
    expect(changePages.map((p) => p.text.includes('今年度の内容') && p.text.includes('元のセル'))).toEqual(changePages.map(() => true));
  });

  test('the CLI’s summary: every page A4 landscape; every page of assets or findings repeats its header', () => {
    expect(everyPage('cliSummary', (p) => isA4(p, 'landscape'))).toEqual(allTrue('cliSummary'));
    const assetPages = printed('cliSummary').filter((p) => /台帳\.xlsx 台帳_総務課!B\d+/.test(p.text));
    const findingPages = printed('cliSummary').filter((p) => p.text.includes('GROUP_INVALID'));
    expect(assetPages.length).toBeGreaterThan(1);
    expect(findingPages.length).toBeGreaterThan(0);
    expect(assetPages.map((p) => p.text.includes('情報資産名') && p.text.includes('元のセル'))).toEqual(assetPages.map(() => true));
    expect(findingPages.map((p) => p.text.includes('規則') && p.text.includes('重大度'))).toEqual(findingPages.map(() => true));
  });

  test('saved from the preview, 集計_資産一覧 prints every line of a long 内容 (rows Excel would size get a height)', () => {
    // 50 of the 150 assets hold LONG; Excel grows those rows itself, the saved file says how high they are.
    const text = printed('assets').map((p) => p.text).join('\f');
    expect(text.split('亡）').length - 1).toBe(50);
  });

  test('saved from the preview, 別記様式 prints every line of a long 内容 too, its first as its last', () => {
    // The 100 classified assets (A群): 34 of them hold LONG (every third of the first 100). The form's cells sit at
    // the bottom, so a row one line high shows the last line of LONG and hides its first.
    const text = printed('forms').map((p) => p.text).join('\f');
    expect([text.split('住民基本台帳システム').length - 1, text.split('亡）').length - 1]).toEqual([34, 34]);
  });

  test('the CLI’s hand-out: a carried long 内容 prints every line (its row has a height, which exceljs alone would not give)', () => {
    const text = printed('cliHandout').map((p) => p.text).join('\f');
    expect(text).toContain('引継資産60');
    expect(text.split('亡）').length - 1).toBe(20);
  });

  test('the CLI’s summary: a long 内容 prints every line, not only its first (LibreOffice keeps a row without a height one line high)', () => {
    const assetPages = printed('cliSummary').filter((p) => /台帳\.xlsx 台帳_総務課!B\d+/.test(p.text) && !p.text.includes('前年度の内容'));
    // 50 of the 150 assets hold LONG (60 characters: 3 lines by the estimate, 2 as LibreOffice prints them); its last
    // characters end the last line, which a row one line high does not show.
    const ends = assetPages.map((p) => p.text.split('亡）').length - 1).reduce((a, b) => a + b, 0);
    expect(ends).toBe(50);
  });
});
