/**
 * Rules never fail silently: a rule (or the sheet reader) that throws gives RULE_FAILED, an error naming the
 * rule and the sheet, and the other rules still run; and no rule's findings are lost to a `push(...many)`.
 */
import { renderIssue } from '../../src/i18n';
import { checkWorkbooks, readWorkbook } from '../../src/ledger';
import type { CellValue } from '../../src/ledger';
import * as reader from '../../src/ledger/reader';
import { RULES } from '../../src/ledger/rules';
import { check, codes, found, templateSheet } from './helpers';

const ok: CellValue[] = [1, '会議録', '課内会議の記録', 'B群', 'レベル2', null];

function rule(code: string) {
  const r = RULES.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
}

afterEach(() => jest.restoreAllMocks());

describe('RULE_FAILED', () => {
  it('a sheet rule that throws gives an error naming the rule and the sheet; the other rules still report', () => {
    jest.spyOn(rule('NUMBER_INVALID'), 'check').mockImplementation(() => {
      throw new TypeError('boom');
    });
    const r = check([templateSheet([ok, ['x', '会議録2', '記録', 'C群', 'レベル2', null]])]);
    expect(found(r, 'RULE_FAILED')).toEqual([{ cell: null, params: { rule: 'NUMBER_INVALID', sheet: '台帳_総務課', detail: 'TypeError: boom' } }]);
    const failed = r.issues.find((i) => i.code === 'RULE_FAILED');
    expect(failed?.severity).toBe('error');
    expect(failed?.location).toEqual({ file: 'book.xlsx', sheet: '台帳_総務課', cell: null });
    expect(failed?.department).toBe('総務課');
    expect(codes(r)).toContain('GROUP_INVALID');
    expect(r.counts.error).toBe(2); // GROUP_INVALID and RULE_FAILED; NUMBER_INVALID's own finding is what is missing
    expect(renderIssue(failed!, 'ja')).toBe(
      '内部エラーのため、シート「台帳_総務課」で検査規則 NUMBER_INVALID を実行できませんでした。この結果は不完全です（指摘が漏れている可能性があります）。開発担当に連絡してください（TypeError: boom）。',
    );
    expect(renderIssue(failed!, 'en')).toBe(
      'Internal error: rule NUMBER_INVALID could not be run on sheet "台帳_総務課". This result is incomplete (findings may be missing). Tell the developers (TypeError: boom).',
    );
  });

  it('a collection rule that throws gives a file-less error', () => {
    jest.spyOn(rule('CLASSIFICATION_CONFLICT'), 'check').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const r = check([templateSheet([ok])]);
    expect(r.issues.filter((i) => i.code === 'RULE_FAILED').map((i) => [i.location, i.params])).toEqual([
      [{ file: null, sheet: null, cell: null }, { rule: 'CLASSIFICATION_CONFLICT', sheet: null, detail: 'RangeError: Maximum call stack size exceeded' }],
    ]);
    expect(renderIssue(r.issues.find((i) => i.code === 'RULE_FAILED')!, 'ja')).toContain('すべての台帳にわたる検査規則 CLASSIFICATION_CONFLICT を実行できませんでした');
  });

  it('a sheet the reader fails on is reported (rule "reader"), and the other sheets are still checked', () => {
    const real = reader.readSheet;
    jest.spyOn(reader, 'readSheet').mockImplementation((sheet, ...rest) => {
      if (sheet.name === '壊れた') throw new Error('cannot read');
      return real(sheet, ...rest);
    });
    const sheets = [{ name: '壊れた', rows: [['x']] }, templateSheet([[1, '会議録', '記録', 'C群', 'レベル2']])];
    const r = check(sheets);
    expect(found(r, 'RULE_FAILED')).toEqual([{ cell: null, params: { rule: 'reader', sheet: '壊れた', detail: 'Error: cannot read' } }]);
    expect(found(r, 'GROUP_INVALID')).toHaveLength(1);
    expect(renderIssue(r.issues.find((i) => i.code === 'RULE_FAILED')!, 'ja')).toContain('シート「壊れた」を台帳として読み取れませんでした');
    expect(found(readWorkbook({ file: 'b.xlsx', sheets }), 'RULE_FAILED')).toHaveLength(1);
  });

  it('no RULE_FAILED on a clean check', () => {
    expect(codes(check([templateSheet([ok])]))).toEqual([]);
  });
});

describe('large numbers of findings are all kept', () => {
  it('a ledger of 33,000 incomplete rows reports every empty required cell (132,000 errors, exit-worthy)', () => {
    const body: CellValue[][] = [];
    for (let i = 1; i <= 33_000; i++) body.push([i]);
    const r = check([templateSheet(body)]);
    expect(r.counts.error).toBe(33_000 * 4);
    expect(found(r, 'REQUIRED_EMPTY')).toHaveLength(33_000 * 4);
    expect(found(r, 'RULE_FAILED')).toEqual([]);
  });

  it('200,000 findings from one rule', () => {
    const body: CellValue[][] = [];
    for (let i = 1; i <= 200_000; i++) body.push([i, `資産${i}`, '記録', 'C群', 'レベル2']);
    const r = checkWorkbooks([{ file: 'big.xlsx', sheets: [templateSheet(body)] }], { today: '2024-05-01' });
    expect(found(r, 'GROUP_INVALID')).toHaveLength(200_000);
    expect(r.counts.error).toBe(200_000);
  });
});
