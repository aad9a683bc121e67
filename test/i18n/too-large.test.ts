/** FILE_UNREADABLE too-large names the cap and its numbers, for every cap of limits.ts, in both locales. */
import { renderIssue } from '../../src/i18n';
import { fileUnreadableIssue } from '../../src/ledger';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';
import type { LimitName } from '../../src/xlsx/limits';

const say = (params: Record<string, string | number | null>, locale: 'ja' | 'en') =>
  renderIssue(fileUnreadableIssue('a.xlsx', 'too-large', undefined, params), locale);

describe('FILE_UNREADABLE too-large', () => {
  const limits = Object.keys(DEFAULT_LIMITS) as LimitName[];

  test.each(limits)('%s: a sentence of its own with the cap, in ja and en', (limit) => {
    const max = DEFAULT_LIMITS[limit];
    for (const locale of ['ja', 'en'] as const) {
      const text = say({ limit, max, actual: null, part: 'xl/worksheets/sheet1.xml' }, locale);
      expect(text).not.toMatch(/undefined|null|NaN|\{|\}/);
      const shown = limit.endsWith('Bytes') ? `${(max / 1_000_000).toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US')} MB` : max.toLocaleString('en-US');
      expect(text).toContain(shown);
    }
    const others = limits.filter((l) => l !== limit).map((l) => say({ limit: l, max, actual: null, part: 'p' }, 'ja'));
    expect(others).not.toContain(say({ limit, max, actual: null, part: 'p' }, 'ja'));
  });

  test('the numbers as the reader gives them (the part and what it declares)', () => {
    const params = { limit: 'partBytes', max: 200_000_000, actual: 1_073_741_856, part: 'xl/worksheets/sheet1.xml' };
    expect(say(params, 'ja')).toBe(
      'ファイルが大きすぎるか、壊れている可能性があります（xl/worksheets/sheet1.xml を展開すると 1,073.7 MB になり、1 つの部品の上限 200 MB を超えます）。台帳としては大きすぎるため読み込みませんでした。Excel で開いて内容を確かめ、台帳のシートだけを新しいブックにコピーして保存し直してください。',
    );
    expect(say({ limit: 'merges', max: 100_000, actual: null, part: null }, 'en')).toBe(
      'The file is too large, or may be damaged (it holds more than 100,000 merged ranges). It is far larger than a ledger, so it was not read. Open it in Excel, check it, and copy the ledger sheet alone into a new workbook.',
    );
  });

  test('without params (an older reader, an unknown cap): still a sentence', () => {
    expect(say({}, 'ja')).toBe(
      'ファイルが大きすぎるか、壊れている可能性があります。台帳としては大きすぎるため読み込みませんでした。Excel で開いて内容を確かめ、台帳のシートだけを新しいブックにコピーして保存し直してください。',
    );
    expect(say({ limit: 'somethingNew', max: 5 }, 'en')).toMatch(/^The file is too large, or may be damaged\. /);
  });
});
