/** The policy pack is data: its JSON form validates and behaves exactly like the typed object. */
import { checkWorkbooks, hanamaki, templateModel } from '../../src/ledger';
import type { PolicyPack, SheetInput } from '../../src/ledger';
import { ENGINE_CODES, ISSUE_CODES } from '../../src/ledger/codes';
import { parsePolicy, policyProblems } from '../../src/policy/validate';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The policy text, from shared/ beside the checkout (null where it is absent). */
function policyText(): string | null {
  try {
    return readFileSync(resolve(__dirname, '../../../shared/policy/hanamaki-security-basic-policy.txt'), 'utf8');
  } catch {
    return null;
  }
}
const raw = policyText();

const sheets: SheetInput[] = [
  { name: '台帳_総務課', rows: [['情報資産台帳（総務課）'], ['課名', '総務課', '更新日', '2023/4/1'], ['No.', '名称', '概要', '群', 'レベル', '個人情報'],
    [1, '住民票', '窓口の書類', 'b', 'レベル2', '有'], [1, ' 文書管理システム', 'データ', 'B群', 'Lv.3'], [], ['x', '会議録', null, 'C群', 'レベル2'], ['※注']] },
  { name: '様式', rows: [['情報資産台帳（総務課）（A群－レベル1）'], ['番号', '情報資産名', '内容'], [1, '会議録', '紙']] },
];

describe('policy pack hanamaki', () => {
  it('validates', () => {
    expect(policyProblems(hanamaki)).toEqual([]);
  });
  it('round-trips through JSON: the parsed pack validates and gives the same results', () => {
    const copy: PolicyPack = parsePolicy(JSON.parse(JSON.stringify(hanamaki)));
    expect(copy).toEqual(hanamaki);
    const a = checkWorkbooks([{ file: 'x.xlsx', sheets }], { today: '2024-05-01', expectedDepartments: ['財政課'] });
    const b = checkWorkbooks([{ file: 'x.xlsx', sheets }], { today: '2024-05-01', expectedDepartments: ['財政課'], policy: copy });
    expect(b).toEqual(a);
    expect(a.issues.length).toBeGreaterThan(10);
    expect(templateModel('総務課', { today: '2024-04-01', policy: copy })).toEqual(templateModel('総務課', { today: '2024-04-01' }));
  });
  it('gives every rule code a severity (RULE_FAILED is the engine\'s own, always an error, and no pack may set it)', () => {
    expect(Object.keys(hanamaki.severities).sort()).toEqual(ISSUE_CODES.filter((c) => !ENGINE_CODES.includes(c)).sort());
    expect(policyProblems({ ...JSON.parse(JSON.stringify(hanamaki)), severities: { ...hanamaki.severities, RULE_FAILED: 'info' } })).toEqual([
      "severities: RULE_FAILED is the engine's own (always an error), not a rule",
    ]);
  });
  it('quotes 第5 and 第6 of the policy text word for word', () => {
    // shared/ lies beside the checkout in development and in CI.
    expect(raw).not.toBeNull();
    for (const d of [...hanamaki.groups, ...hanamaki.levels]) expect(raw).toContain(`${d.code} ${d.definition}`);
  });
  it('holds the indicator lists of SPEC §3', () => {
    expect(hanamaki.indicators.level1).toHaveLength(24);
    expect(hanamaki.indicators.groupA).toEqual(['システム', 'データベース', 'DB', 'サーバ', 'サーバー', '電子', 'ファイルサーバ', 'クラウド', '共有フォルダ', 'PC', 'パソコン', 'USB', 'メール']);
    expect(hanamaki.indicators.groupB).toEqual(['紙', '書類', '簿冊', '原本', '綴り', '帳票', '印刷', '台帳（紙）']);
  });
});

describe('an adapted pack', () => {
  it('is rejected with reasons when malformed', () => {
    expect(policyProblems(null)).toEqual(['the pack must be an object']);
    const bad = { ...JSON.parse(JSON.stringify(hanamaki)), severities: { NO_SUCH_RULE: 'error', LEVEL_INVALID: 'fatal' }, fiscalYearStartMonth: 13 };
    expect(policyProblems(bad)).toEqual([
      'fiscalYearStartMonth: must be 1–12',
      'severities: unknown rule code NO_SUCH_RULE',
      'severities.LEVEL_INVALID: must be error, warning or info',
    ]);
    expect(() => parsePolicy(bad)).toThrow(/invalid policy pack/);
  });
  it('changes behaviour as data: other severities, another indicator, a rule switched off, another fiscal year', () => {
    const { ROW_GAP: _dropped, ...severities } = hanamaki.severities;
    const pack: PolicyPack = {
      ...hanamaki,
      id: 'other-city',
      indicators: { ...hanamaki.indicators, level1: ['議事録'] },
      severities: { ...severities, VALUE_NOT_CANONICAL: 'info' },
      fiscalYearStartMonth: 1,
    };
    const sheet: SheetInput = { name: '台帳_総務課', rows: [['課名', '総務課', '更新日', '2024/1/1'], ['番号', '情報資産名', '内容', '群', 'レベル'],
      [1, '議事録', '記録', 'b', 'レベル2'], [], [2, '住民票', '記録', 'B群', 'レベル2']] };
    const r = checkWorkbooks([{ file: null, sheets: [sheet] }], { today: '2024-02-01', policy: pack });
    expect(r.policy).toEqual({ id: 'other-city', version: hanamaki.version });
    expect(r.issues.map((i) => [i.code, i.severity, i.location.cell])).toEqual([
      ['VALUE_NOT_CANONICAL', 'info', 'D3'],
      ['LEVEL1_SUSPECTED', 'warning', 'E3'],
    ]);
  });
});
