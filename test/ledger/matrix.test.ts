/** The audit matrix: assets per 群－レベル (and 未分類) as a plain record, and the difference of two records. */
import { hanamaki } from '../../src/ledger';
import { auditMatrix, categoryOf, matrixCategories, matrixDifference, UNCLASSIFIED } from '../../src/ledger/matrix';
import { check, templateSheet } from './helpers';

describe('auditMatrix', () => {
  it('counts a check’s assets per 群－レベル, invalid or empty classes as 未分類, adding up to every asset', () => {
    const r = check([
      templateSheet([
        [1, '住民基本台帳', 'システム', 'A群', 'レベル1'],
        [2, '会議録', '紙', 'b', 'Lv2'],
        [3, '予算書', '紙', 'B群', 'レベル2'],
        [4, '謎', '?', 'C群', 'レベル2'],
        [5, '空', '?', 'A群', null],
      ]),
    ]);
    const m = auditMatrix(r);
    expect(m).toEqual({ 'A群－レベル1': 1, 'A群－レベル2': 0, 'B群－レベル1': 0, 'B群－レベル2': 2, [UNCLASSIFIED]: 2 });
    expect(Object.values(m).reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('takes assets directly; the keys are the pack’s categories in order, then 未分類', () => {
    expect(Object.keys(auditMatrix([]))).toEqual(['A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', '未分類']);
    expect(matrixCategories()).toEqual(Object.keys(auditMatrix([])));
    expect(auditMatrix([{ group: 'B群', level: 'レベル1' }, { group: 'B群', level: 'レベル1' }])['B群－レベル1']).toBe(2);
  });

  it('counts a code outside the pack as 未分類, and follows an adapted pack', () => {
    expect(categoryOf({ group: 'Z群', level: 'レベル1' })).toBe('未分類');
    const three = { ...hanamaki, levels: [...hanamaki.levels, { ...hanamaki.levels[0]!, code: 'レベル3', synonyms: [] }] };
    expect(Object.keys(auditMatrix([], three))).toContain('B群－レベル3');
    expect(auditMatrix([{ group: 'A群', level: 'レベル3' }], three)['A群－レベル3']).toBe(1);
  });

  it('never throws on odd input', () => {
    expect(auditMatrix([null, 3] as unknown as { group: null; level: null }[])['未分類']).toBe(2);
    expect(auditMatrix({ ledgers: [null] } as unknown as { ledgers: [] })['未分類']).toBe(0);
  });
});

describe('matrixDifference', () => {
  it('is after − before per category, with zero changes kept', () => {
    const before = { 'A群－レベル1': 3, 'A群－レベル2': 1, 'B群－レベル1': 0, 'B群－レベル2': 5, 未分類: 2 };
    const after = { 'A群－レベル1': 4, 'A群－レベル2': 1, 'B群－レベル1': 2, 'B群－レベル2': 3, 未分類: 0 };
    expect(matrixDifference(after, before)).toEqual({ 'A群－レベル1': 1, 'A群－レベル2': 0, 'B群－レベル1': 2, 'B群－レベル2': -2, 未分類: -2 });
  });

  it('counts a key missing on one side as 0 (an older record, another pack), after’s keys first', () => {
    expect(Object.entries(matrixDifference({ 'A群－レベル1': 1, 新: 2 }, { 古: 4, 'A群－レベル1': 1 }))).toEqual([
      ['A群－レベル1', 0],
      ['新', 2],
      ['古', -4],
    ]);
    expect(matrixDifference({ constructor: 1 }, {})).toEqual({ constructor: 1 });
    expect(matrixDifference({ a: Number.NaN, b: 'x' } as unknown as Record<string, number>, { a: 1 })).toEqual({ a: -1, b: 0 });
  });
});
