import { en } from '../../src/taskpane/i18n/en';
import { ja } from '../../src/taskpane/i18n/ja';
import { fill, localeFor, uiStrings } from '../../src/taskpane/i18n';
import { previewCatalogues } from '../../src/preview/i18n';

describe('task pane UI catalogues', () => {
  test('ja and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  test('no string is empty in either locale', () => {
    for (const catalogue of [ja, en]) {
      for (const [key, text] of Object.entries(catalogue)) expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
    }
  });

  test('the main actions carry the accessible names SPEC §8 fixes', () => {
    expect(
      ['action.insertTemplate', 'action.validate', 'action.importDepartments', 'action.consolidate', 'action.audit'].map(
        (k) => uiStrings('ja')[k as keyof typeof ja],
      ),
    ).toEqual(['台帳を挿入', '検証する', '部署ファイルを取り込む', '集計する', '監査チェックを実行']);
  });
});

describe('plural forms in English (fill)', () => {
  test('{n|one|other} gives the number with the word that fits it; {n?one|other} the word alone', () => {
    expect(fill('{n|warning|warnings}', { n: 1 })).toBe('1 warning');
    expect(fill('{n|warning|warnings}', { n: 0 })).toBe('0 warnings');
    expect(fill('{n|asset|assets} {n?was|were} left out', { n: 2 })).toBe('2 assets were left out');
    expect(fill('{n|asset|assets} {n?was|were} left out', { n: 1 })).toBe('1 asset was left out');
    expect(fill('{missing|a|b} {n}', { n: 3 })).toBe('{missing|a|b} 3');
  });

  test.each([
    [{ error: 1, warning: 0, info: 2 }, 'Checked: 1 error, 0 warnings, 2 notes.'],
    [{ error: 0, warning: 1, info: 1 }, 'Checked: 0 errors, 1 warning, 1 note.'],
  ])('the check result %o reads “%s”', (counts, text) => {
    expect(fill(uiStrings('en')['check.done'], { ...counts, reviewed: '' })).toBe(text);
  });

  test('no English string leaves a count beside a fixed plural noun', () => {
    const counted = /\{(count|error|warning|info|applied|skipped|rows|forms|departments|assets)\} (errors|warnings|notes|assets|forms|sheets|cells|departments|marks|ledger)/;
    for (const [key, text] of Object.entries(uiStrings('en'))) expect(`${key}: ${counted.test(text)}`).toBe(`${key}: false`);
  });

  test('Japanese keeps its counters: 0 件 reads the same as 1 件', () => {
    expect(fill(uiStrings('ja')['check.done'], { error: 1, warning: 0, info: 2, reviewed: '' })).toBe('検証しました: エラー 1 件、警告 0 件、情報 2 件。');
  });
});

describe('the preview page catalogues', () => {
  test('ja and en have the same keys, none empty', () => {
    expect(Object.keys(previewCatalogues.en).sort()).toEqual(Object.keys(previewCatalogues.ja).sort());
    for (const catalogue of [previewCatalogues.ja, previewCatalogues.en])
      for (const [key, text] of Object.entries(catalogue)) expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
  });

  test('ja and en name the same placeholders in each preview string (the guide puts commands and links there)', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(previewCatalogues.ja)) expect([key, names(previewCatalogues.en[key as keyof typeof previewCatalogues.en])]).toEqual([key, names(text)]);
  });
});

describe('localeFor (Office display language → UI locale)', () => {
  test.each([
    ['ja-JP', 'ja'],
    ['JA-jp', 'ja'],
    ['ja', 'ja'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['zh-CN', 'en'],
  ])('%s → %s', (language, locale) => {
    expect(localeFor(language)).toBe(locale);
  });

  test('Japanese when the display language is unknown', () => {
    expect(localeFor(undefined)).toBe('ja');
    expect(localeFor('')).toBe('ja');
  });
});
