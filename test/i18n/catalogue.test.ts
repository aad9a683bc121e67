/** Both catalogues hold exactly the same keys, and every rule code of the policy has a message in each. */
import { catalogues, renderIssue, ruleName, severityLabel } from '../../src/i18n';
import { UNREADABLE_REASONS } from '../../src/i18n/types';
import { ISSUE_CODES } from '../../src/ledger/codes';
import { checkWorkbooks, fileUnreadableIssue, hanamaki } from '../../src/ledger';
import type { Issue } from '../../src/ledger';

describe('message catalogues', () => {
  it('ja and en have exactly the same issue keys, and the same severities', () => {
    expect(Object.keys(catalogues.en.issues).sort()).toEqual(Object.keys(catalogues.ja.issues).sort());
    expect(Object.keys(catalogues.en.severities).sort()).toEqual(Object.keys(catalogues.ja.severities).sort());
  });
  it('every code of the engine and every rule code of the policy has a message in each locale', () => {
    const policyCodes = Object.keys(hanamaki.severities);
    for (const locale of ['ja', 'en'] as const) {
      for (const code of [...ISSUE_CODES, ...policyCodes]) expect(typeof catalogues[locale].issues[code as keyof typeof catalogues.ja.issues]).toBe('function');
    }
  });
  it('ja messages name the cell value and the fix in plain Japanese', () => {
    const r = checkWorkbooks([{ file: null, sheets: [{ name: '台帳_総務課', rows: [['番号', '情報資産名', '内容', '群', 'レベル'], [1, '会議録', '記録', 'C群', 'Lv2']] }] }], { today: '2024-05-01' });
    const messages = r.issues.map((i) => renderIssue(i, 'ja'));
    expect(messages).toContain('群「C群」は使えません。一覧から「A群」か「B群」を選んでください。');
    expect(messages).toContain('レベル「Lv2」は「レベル2」と書くのが正式です。「レベル2」に直してください（自動修正できます）。');
    expect(renderIssue(r.issues[0]!, 'en')).not.toBe(renderIssue(r.issues[0]!, 'ja'));
    const error: Issue = { code: 'CELL_ERROR', severity: 'error', location: { file: null, sheet: 'S', cell: 'B5' }, department: null, params: { value: '#REF!', column: '情報資産名' } };
    expect(renderIssue(error, 'ja')).toBe('情報資産名のセルがエラー値「#REF!」になっています。数式や参照を確認し、正しい値を入れてください。');
  });
  it('renders every code without leaving a placeholder, and never throws on odd params', () => {
    for (const code of ISSUE_CODES) {
      const issue: Issue = { code, severity: 'error', location: { file: null, sheet: null, cell: null }, department: null, params: {} };
      for (const locale of ['ja', 'en'] as const) {
        expect(renderIssue(issue, locale)).not.toMatch(/undefined|\{|\}/);
        expect(renderIssue({ ...issue, params: { value: null, number: 3, name: true } }, locale).length).toBeGreaterThan(0);
      }
    }
    expect(renderIssue(fileUnreadableIssue('a.xlsx', '暗号化されています'), 'ja')).toContain('暗号化されています');
  });
  it('FILE_UNREADABLE says, for every reason the reader or the file system gives, what happened and what to do', () => {
    const say = (reason: string, locale: 'ja' | 'en') => renderIssue(fileUnreadableIssue('a.xlsx', reason), locale);
    const texts = { ja: new Set<string>(), en: new Set<string>() };
    for (const reason of UNREADABLE_REASONS) {
      for (const locale of ['ja', 'en'] as const) {
        expect(say(reason, locale)).not.toMatch(new RegExp(`[(（]${reason}[)）]`)); // a sentence, not the internal code
        texts[locale].add(say(reason, locale));
      }
    }
    expect([texts.ja.size, texts.en.size]).toEqual([UNREADABLE_REASONS.length, UNREADABLE_REASONS.length]);
    expect(say('xls', 'ja')).toBe('古い Excel 形式（.xls）のファイルです。Excel で開き、「名前を付けて保存」で Excel ブック（.xlsx）として保存し直してください。');
    expect(say('truncated', 'en')).toBe('The file is cut short (a copy or download may not have finished). Copy the original file again.');
  });
  it('an unknown code still gives a message', () => {
    const issue: Issue = { code: 'SOMETHING_NEW', severity: 'info', location: { file: null, sheet: null, cell: null }, department: null, params: {} };
    expect(renderIssue(issue, 'ja')).toBe('確認が必要な項目があります（SOMETHING_NEW）。');
  });
  it('every code has a short rule name in both locales, distinct within a locale; an unknown code is named by itself', () => {
    for (const locale of ['ja', 'en'] as const) {
      const names = ISSUE_CODES.map((code) => ruleName(code, locale));
      expect(names.every((n) => n.length > 0 && n.length <= 30 && !/[{}]|undefined/.test(n))).toBe(true);
      expect(new Set(names).size).toBe(ISSUE_CODES.length);
    }
    expect(Object.keys(catalogues.en.ruleNames).sort()).toEqual(Object.keys(catalogues.ja.ruleNames).sort());
    expect([ruleName('GROUP_INVALID', 'ja'), ruleName('LEVEL1_SUSPECTED', 'ja'), ruleName('GROUP_INVALID', 'en')]).toEqual(['群が正しくない', 'レベル1の可能性', 'Invalid group']);
    expect(ruleName('SOMETHING_NEW', 'ja')).toBe('SOMETHING_NEW');
  });
  it('labels severities', () => {
    expect(['error', 'warning', 'info'].map((s) => severityLabel(s as 'error', 'ja'))).toEqual(['エラー', '警告', '情報']);
    expect(severityLabel('warning', 'en')).toBe('Warning');
  });
});
