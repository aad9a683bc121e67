import { chooseLocale } from '../../src/cli/locale';
import { isIsoDate, localIsoDate, parseDepartmentList, readCheckOptions } from '../../src/cli/options';

describe('CLI options', () => {
  test('--today must be a real date as YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025/04/01')).toBe(false);
    expect(isIsoDate('2025-4-1')).toBe(false);
  });

  test('validate/consolidate options: defaults and bad values', () => {
    const now = new Date(2025, 5, 1, 9);
    expect(readCheckOptions('validate', {}, now)).toEqual({ format: 'text', today: '2025-06-01', departments: null });
    expect(readCheckOptions('validate', { format: 'xml' }, now)).toEqual({ problem: { kind: 'badValue', command: 'validate', option: '--format', value: 'xml' } });
    expect(readCheckOptions('validate', { today: '2025-02-30' }, now)).toEqual({ problem: { kind: 'badValue', command: 'validate', option: '--today', value: '2025-02-30' } });
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  test('the department list: one per line, comments, blanks, BOM, CRLF, duplicates', () => {
    expect(parseDepartmentList('\uFEFF総務課\r\n# 本庁\r\n  企画課  \n\n総務課\n財政課')).toEqual(['総務課', '企画課', '財政課']);
  });

  test('locale: --lang wins, then LC_ALL / LC_MESSAGES / LANG; C and unset keep Japanese', () => {
    expect(chooseLocale('en', { LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(chooseLocale('ja', { LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(chooseLocale('fr', {})).toBeNull();
    expect(chooseLocale(null, {})).toBe('ja');
    expect(chooseLocale(null, { LANG: 'C.UTF-8' })).toBe('ja');
    expect(chooseLocale(null, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(chooseLocale(null, { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(chooseLocale(null, { LC_MESSAGES: 'de_DE', LANG: 'ja_JP' })).toBe('en');
  });
});
