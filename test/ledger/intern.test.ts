import { Interner } from '../../src/ledger/intern';
import { nameKey } from '../../src/ledger/text';

describe('Interner (shared texts of one check)', () => {
  it('gives back each text as it came and keys 情報資産名 like nameKey', () => {
    const intern = new Interner();
    for (const s of ['A群', 'レベル1', 'A群', '']) expect(intern.text(s)).toBe(s);
    for (const s of ['会議録', 'ＰＣ 台帳', 'Ｌａｎ設計書', '会議録', 'ＰＣ 台帳']) {
      expect(intern.nameKey(s)).toBe(nameKey(s));
      expect(intern.contentKey(s)).toBe(nameKey(s));
    }
    expect(intern.nameKey('ＰＣ 台帳')).toBe('pc台帳');
  });

  it('remembers repeated texts: names repeated across 課 stay shared', () => {
    const intern = new Interner();
    // Each 課's 5,000 names come back every tenth 課 only.
    for (let dept = 0; dept < 100; dept++) for (let row = 0; row < 5_000; row++) intern.nameKey(`会議録${(dept % 10) * 5_000 + row}`);
    expect(intern.size.names).toBe(50_000);
  });

  it('stops remembering when texts do not repeat (a map entry per text would only cost)', () => {
    const intern = new Interner();
    for (let row = 0; row < 140_000; row++) {
      expect(intern.nameKey(`会議録（${row}）`)).toBe(`会議録(${row})`);
      intern.text(`備考${row}`);
    }
    expect(intern.size).toMatchObject({ texts: 0, names: 0 });
  });
});
