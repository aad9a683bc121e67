import { en } from '../../src/taskpane/i18n/en';
import { ja } from '../../src/taskpane/i18n/ja';
import { localeFor, uiStrings } from '../../src/taskpane/i18n';

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
