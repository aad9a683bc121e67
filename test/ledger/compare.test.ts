/** 前年度比較: how two years' asset lists compare, per 課. */
import { consolidate } from '../../src/ledger';
import { compareYears } from '../../src/ledger/compare';
import type { ComparedAsset } from '../../src/ledger/compare';
import { checkBooks, templateSheet } from './helpers';

type Row = [department: string, name: string, content: string, group: string | null, level: string | null, number?: number];

const list = (rows: Row[]): { assets: ComparedAsset[] } => ({
  assets: rows.map(([department, name, content, group, level, number]) => ({ department, name, content, group, level, number: number ?? null })),
});

/** A change as `name: before → after` in one line, for explicit expectations. */
const names = (assets: readonly ComparedAsset[]) => assets.map((a) => a.name);
const cls = (a: ComparedAsset) => `${a.group ?? '-'}/${a.level ?? '-'}`;

describe('compareYears', () => {
  const last = list([
    ['総務課', '住民基本台帳', '住民の記録', 'A群', 'レベル1', 1],
    ['総務課', '会議録', '紙の会議録', 'B群', 'レベル2', 2],
    ['総務課', '職員名簿', '人事の名簿', 'A群', 'レベル2', 3],
    ['総務課', '公用車管理簿', '紙', 'B群', 'レベル2', 4],
    ['総務課', '廃棄予定', '古い台帳', 'B群', 'レベル2', 5],
  ]);
  const now = list([
    ['総務課', '住民基本台帳', '住民の記録', 'A群', 'レベル1', 10], // 番号 changed only: no change
    ['総務課', '会議録', '電子の会議録', 'B群', 'レベル2', 2], // 内容 changed
    ['総務課', '職員名簿', '人事の名簿', 'A群', 'レベル1', 3], // reclassified
    ['総務課', '公用車 管理簿', '紙', 'B群', 'レベル2', 4], // a space: same name
    ['総務課', '新システム', 'クラウド', 'A群', 'レベル2', 6], // added
  ]);
  const c = compareYears(now, last);
  const somu = c.departments[0];

  it('tells added, removed, reclassified and content-changed assets of a 課 apart', () => {
    expect(c.departments.map((d) => d.department)).toEqual(['総務課']);
    expect(somu?.status).toBe('continued');
    expect(names(somu?.added ?? [])).toEqual(['新システム']);
    expect(names(somu?.removed ?? [])).toEqual(['廃棄予定']);
    expect(somu?.reclassified.map((x) => `${x.after.name}: ${cls(x.before)} → ${cls(x.after)} ${x.contentChanged}`)).toEqual(['職員名簿: A群/レベル2 → A群/レベル1 false']);
    expect(somu?.contentChanged.map((x) => `${x.after.name}: ${x.before.content} → ${x.after.content}`)).toEqual(['会議録: 紙の会議録 → 電子の会議録']);
    expect(somu?.counts).toEqual({ added: 1, removed: 1, reclassified: 1, contentChanged: 1, unchanged: 2 });
    expect([somu?.before, somu?.after]).toEqual([5, 5]);
  });

  it('gives the matrix’s change per 群－レベル, for the 課 and in total', () => {
    expect(c.categories).toEqual(['A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', '未分類']);
    expect(somu?.matrix).toEqual({ 'A群－レベル1': 1, 'A群－レベル2': 0, 'B群－レベル1': 0, 'B群－レベル2': -1, 未分類: 0 });
    expect(c.totals).toEqual({
      before: 5,
      after: 5,
      counts: { added: 1, removed: 1, reclassified: 1, contentChanged: 1, unchanged: 2 },
      matrix: somu?.matrix,
      // Both sides of the change: what 前年度比較 prints beside it.
      matrixBefore: { 'A群－レベル1': 1, 'A群－レベル2': 1, 'B群－レベル1': 0, 'B群－レベル2': 3, 未分類: 0 },
      matrixAfter: { 'A群－レベル1': 2, 'A群－レベル2': 1, 'B群－レベル1': 0, 'B群－レベル2': 2, 未分類: 0 },
    });
  });

  it('matches names and 内容 as the engine compares names: width, case and spaces are no change', () => {
    const r = compareYears(list([['総務課', 'ＰＣ 台帳', 'ＵＳＢ　メモリ', 'A群', 'レベル2']]), list([['総務課', 'pc台帳', 'usbメモリ', 'A群', 'レベル2']]));
    expect(r.departments[0]?.counts).toEqual({ added: 0, removed: 0, reclassified: 0, contentChanged: 0, unchanged: 1 });
  });

  it('matches 課 ignoring width and spaces, with this year’s spelling', () => {
    const r = compareYears(list([['総務 課', '会議録', '紙', 'B群', 'レベル2']]), list([['総務課', '会議録', '紙', 'B群', 'レベル2']]));
    expect(r.departments.map((d) => [d.department, d.status, d.counts.unchanged])).toEqual([['総務 課', 'continued', 1]]);
  });

  it('never matches an asset across 課: a move is removed in one and added in the other', () => {
    const r = compareYears(list([['企画課', '会議録', '紙', 'B群', 'レベル2']]), list([['総務課', '会議録', '紙', 'B群', 'レベル2']]));
    expect(r.departments.map((d) => [d.department, d.status, d.counts.added, d.counts.removed])).toEqual([
      ['企画課', 'new', 1, 0],
      ['総務課', 'gone', 0, 1],
    ]);
    expect(r.totals.matrix['B群－レベル2']).toBe(0);
  });

  describe('a name more than once in a 課 (on paper and on a system is legitimate)', () => {
    it('pairs same 群, レベル and 内容 first, so both kept occurrences are unchanged', () => {
      const both: Row[] = [
        ['総務課', '会議録', '紙の会議録', 'B群', 'レベル2'],
        ['総務課', '会議録', '電子の会議録', 'A群', 'レベル2'],
      ];
      const r = compareYears(list([both[1]!, both[0]!]), list(both));
      expect(r.departments[0]?.counts).toEqual({ added: 0, removed: 0, reclassified: 0, contentChanged: 0, unchanged: 2 });
    });

    it('then same 群 and レベル (内容 changed), then the rest in order (reclassified), the surplus added or removed', () => {
      const r = compareYears(
        list([
          ['総務課', '会議録', '新しい紙', 'B群', 'レベル2'],
          ['総務課', '会議録', '電子', 'A群', 'レベル1'],
          ['総務課', '会議録', 'もう一つ', 'A群', 'レベル1'],
        ]),
        list([
          ['総務課', '会議録', '紙', 'B群', 'レベル2'],
          ['総務課', '会議録', '電子', 'A群', 'レベル2'],
        ]),
      );
      const d = r.departments[0];
      expect(d?.contentChanged.map((x) => `${x.before.content} → ${x.after.content}`)).toEqual(['紙 → 新しい紙']);
      expect(d?.reclassified.map((x) => `${cls(x.before)} → ${cls(x.after)} ${x.after.content}`)).toEqual(['A群/レベル2 → A群/レベル1 電子']);
      expect(d?.added.map((a) => a.content)).toEqual(['もう一つ']);
      expect(d?.removed).toEqual([]);
    });
  });

  it('matches assets without a name under the empty name, and treats an invalid class (null) as a class of its own', () => {
    const r = compareYears(
      list([['総務課', '', '謎', null, 'レベル2'], ['総務課', '会議録', '紙', 'B群', 'レベル2']]),
      list([['総務課', '', '謎', null, 'レベル2'], ['総務課', '会議録', '紙', null, null]]),
    );
    expect(r.departments[0]?.counts).toEqual({ added: 0, removed: 0, reclassified: 1, contentChanged: 0, unchanged: 1 });
    expect(r.departments[0]?.matrix).toEqual({ 'A群－レベル1': 0, 'A群－レベル2': 0, 'B群－レベル1': 0, 'B群－レベル2': 1, 未分類: -1 });
  });

  it('compares two consolidations of real checks, keeping this year’s source cells', () => {
    const year = (rows: (string | number)[][]) => consolidate(checkBooks([{ file: 'somu.xlsx', sheets: [templateSheet(rows)] }]), { generatedAt: '' });
    const r = compareYears(year([[1, '会議録', '紙', 'B群', 'レベル2'], [2, '新規', 'PC', 'A群', 'レベル2']]), year([[1, '会議録', '紙', 'b', 'Lv2']]));
    expect(r.departments[0]?.counts).toEqual({ added: 1, removed: 0, reclassified: 0, contentChanged: 0, unchanged: 1 });
    expect(r.departments[0]?.added[0]?.source).toEqual({ file: 'somu.xlsx', sheet: '台帳_総務課', cell: 'B6' });
  });

  it('is deterministic and never throws on odd input', () => {
    expect(compareYears(now, last)).toEqual(c);
    const odd = { assets: [null, 5, { department: null, name: 3 }] } as unknown as { assets: ComparedAsset[] };
    expect(() => compareYears(odd, odd)).not.toThrow();
    expect(compareYears(null as unknown as { assets: [] }, { assets: [] }).totals.after).toBe(0);
  });
});
