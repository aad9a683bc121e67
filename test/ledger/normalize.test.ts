/** SPEC §2, row by row. */
import { hanamaki, nameKey, normalizeGroup, normalizeLevel, normalizeNumber, normalizePersonalInfo, parseDate, serialToIso, isoToSerial } from '../../src/ledger';

describe('群', () => {
  it.each(['A群', 'A', 'a', 'Ａ', 'Ａ群', 'A 群', ' A群 ', 'ａ　群'])('%p → A群', (v) => {
    expect(normalizeGroup(v, hanamaki).value).toBe('A群');
  });
  it.each(['B群', 'B', 'b', 'Ｂ', 'Ｂ群', 'B 群'])('%p → B群', (v) => {
    expect(normalizeGroup(v, hanamaki).value).toBe('B群');
  });
  it('only the exact code is canonical', () => {
    expect(normalizeGroup('A群', hanamaki).state).toBe('canonical');
    expect(normalizeGroup('A', hanamaki).state).toBe('normalised');
    expect(normalizeGroup({ kind: 'rich', runs: ['A', '群'] }, hanamaki)).toEqual({ state: 'canonical', value: 'A群' });
    expect(normalizeGroup({ kind: 'rich', runs: ['Ａ'] }, hanamaki)).toEqual({ state: 'normalised', value: 'A群' });
  });
  it.each(['C群', 'AB', '1', '紙'])('%p is invalid', (v) => {
    expect(normalizeGroup(v, hanamaki)).toEqual({ state: 'invalid', value: null });
  });
  it('empty and error cells are their own states', () => {
    expect(normalizeGroup(null, hanamaki).state).toBe('empty');
    expect(normalizeGroup('　', hanamaki).state).toBe('empty');
    expect(normalizeGroup({ kind: 'error', code: '#N/A' }, hanamaki).state).toBe('error');
  });
});

describe('レベル', () => {
  it.each(['レベル1', 'レベル１', '1', '１', 'Lv1', 'LV.1', 'Ⅰ', 'レベル 1', 'lv.1', 'ﾚﾍﾞﾙ1'])('%p → レベル1', (v) => {
    expect(normalizeLevel(v, hanamaki).value).toBe('レベル1');
  });
  it.each(['レベル2', 'レベル２', '2', '２', 'Lv2', 'LV.2', 'Ⅱ', 'レベル 2'])('%p → レベル2', (v) => {
    expect(normalizeLevel(v, hanamaki).value).toBe('レベル2');
  });
  it('a number cell is valid but not canonical', () => {
    expect(normalizeLevel(1, hanamaki)).toEqual({ state: 'normalised', value: 'レベル1' });
    expect(normalizeLevel('レベル1', hanamaki).state).toBe('canonical');
  });
  it.each(['レベル3', '3', '高', 'Lv'])('%p is invalid', (v) => {
    expect(normalizeLevel(v, hanamaki).state).toBe('invalid');
  });
});

describe('番号', () => {
  it.each([[1, 1], [12, 12], ['12', 12], ['007', 7]])('%p is canonical (%p)', (v, n) => {
    expect(normalizeNumber(v)).toEqual({ state: 'canonical', value: n });
  });
  it.each([['１２', 12], [' 12 ', 12], ['１', 1]])('%p is valid but not canonical', (v, n) => {
    expect(normalizeNumber(v)).toEqual({ state: 'normalised', value: n });
  });
  it.each([1.5, '1.5', '1-1', 'No.1', 0, '0', -1, true, { kind: 'date', serial: 45000 } as const, '99999999999999999999'])('%p is invalid', (v) => {
    expect(normalizeNumber(v)).toEqual({ state: 'invalid', value: null });
  });
});

describe('個人情報', () => {
  it.each(['あり', '有', '有り', '○'])('%p → あり', (v) => expect(normalizePersonalInfo(v, hanamaki).value).toBe('あり'));
  it.each(['なし', '無', '無し', '×', '-'])('%p → なし', (v) => expect(normalizePersonalInfo(v, hanamaki).value).toBe('なし'));
  it('only あり/なし are canonical; others are invalid', () => {
    expect(normalizePersonalInfo('あり', hanamaki).state).toBe('canonical');
    expect(normalizePersonalInfo('有', hanamaki).state).toBe('normalised');
    expect(normalizePersonalInfo('たぶん', hanamaki).state).toBe('invalid');
  });
});

describe('dates (更新日)', () => {
  it.each([
    [{ kind: 'date', serial: 45383 } as const, '2024-04-01'],
    [45383, '2024-04-01'],
    ['2024/4/1', '2024-04-01'],
    ['2024-04-01', '2024-04-01'],
    ['２０２４年４月１日', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['R6.4.1', '2024-04-01'],
    ['r6.4.1', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月1日', '2019-04-01'],
    ['H31.4.30', '2019-04-30'],
  ])('%p → %p', (v, iso) => expect(parseDate(v)).toBe(iso));
  it.each(['2024/2/30', '令和6年13月1日', 'きのう', '', true])('%p is unreadable', (v) => expect(parseDate(v)).toBeNull());
  it('serials follow Excel 1900 (with its fictitious 1900-02-29)', () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(isoToSerial('2024-04-01')).toBe(45383);
    expect(isoToSerial('1900-02-28')).toBe(59);
    expect(isoToSerial('2024-02-30')).toBeNull();
  });
});

describe('情報資産名 key', () => {
  it('is NFKC, without spaces, in lower case', () => {
    expect(nameKey(' 住民 基本台帳　ＡＢＣ ')).toBe('住民基本台帳abc');
    expect(nameKey('ｼｽﾃﾑ（ＰＣ）')).toBe('システム(pc)');
  });
  it('keys every mix of ASCII, full-width, kana, kanji and spaces exactly as NFKC + lower case would', () => {
    // The one-pass key for common characters must agree with the general definition, character for character.
    const pool = ['A', 'z', '0', '(', '~', ' ', '\u3000', 'Ａ', 'ｚ', '０', '（', '～', 'ア', 'あ', 'ー', '、', '住', '鿿', 'ｱ', 'É', 'Ω', 'ﾞ', 'ガ', '\u3099', '㈱', '①'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: 1 + (next() % 12) }, () => pool[next() % pool.length]).join('');
      expect([s, nameKey(s)]).toEqual([s, s.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '').toLowerCase()]);
    }
  });
});
