/** SPEC §10, the bad inputs that concern the engine: each gives a clear finding (or none) and loses nothing. */
import { checkWorkbooks, consolidate, proposeFixes, readWorkbook } from '../../src/ledger';
import type { CellValue, SheetInput, WorkbookInput } from '../../src/ledger';
import { renderIssue } from '../../src/i18n';
import { check, codes, found, HEADER, templateSheet } from './helpers';

describe('bad input', () => {
  it('an empty workbook gives no ledger and says so: LEDGER_NOT_FOUND for a file and for the open workbook alike', () => {
    expect(readWorkbook({ file: null, sheets: [] })).toEqual({ ledgers: [], issues: [] });
    expect(codes(check([]))).toEqual(['LEDGER_NOT_FOUND']);
    expect(codes(check([{ name: 'Sheet1', rows: [] }], {}, null))).toEqual(['LEDGER_NOT_FOUND']);
  });

  it('a used range of a million rows of formatting only is read from the rows that have content', () => {
    const rows: CellValue[][] = [['情報資産台帳（総務課）'], ['課名', '総務課', '更新日', '2024/4/1'], HEADER, [1, '会議録', '記録', 'B群', 'レベル2']];
    for (let i = rows.length; i < 1_000_000; i++) rows.push(i % 2 === 0 ? [] : [null, null, null, null, null, null]);
    const r = check([{ name: '台帳_総務課', rows, merges: [{ top: 10, left: 0, bottom: 999_999, right: 5 }] }]);
    expect(r.ledgers[0]?.assets).toHaveLength(1);
    expect(r.issues).toEqual([]);
  });

  it('merged cells across the whole table do not multiply findings', () => {
    const sheet = templateSheet([['x', '会議録', '記録', 'B群', 'レベル2'], [null, null, null, null, null], [null]]);
    const r = check([{ ...sheet, merges: [{ top: 4, left: 0, bottom: 6, right: 5 }] }]);
    expect(r.ledgers[0]?.assets.map((a) => a.row)).toEqual([5]);
    expect(r.issues.map((i) => [i.code, i.location.cell])).toEqual([
      ['GROUP_INVALID', 'A5'], ['LEVEL_INVALID', 'A5'], ['NUMBER_INVALID', 'A5'],
    ]);
  });

  it('a 32,767-character cell is read whole; messages clip it', () => {
    const long = 'あ'.repeat(32_766) + ' ';
    const r = check([templateSheet([[1, long, '記録', 'B群', 'レベル2']])]);
    expect(r.ledgers[0]?.assets[0]?.text.name).toHaveLength(32_767);
    expect(found(r, 'TEXT_UNTRIMMED')).toEqual([{ cell: 'B5', params: { column: '情報資産名', value: long } }]);
    expect(renderIssue(r.issues[0]!, 'ja').length).toBeLessThan(200);
  });

  it('emoji and 異体字 (with variation selectors) are kept as typed and compared as typed', () => {
    const names = ['📁共有フォルダ', '髙橋家文書', '葛\u{E0100}飾区資料', '𠮷野家'];
    const r = check([templateSheet(names.map((n, i) => [i + 1, n, '記録', 'A群', 'レベル2']))]);
    expect(r.ledgers[0]?.assets.map((a) => a.text.name)).toEqual(names);
    expect(codes(r)).toEqual([]);
  });

  it('control characters do not break reading; a cell of only control characters is no content', () => {
    const r = check([templateSheet([[1, '会議\u0007録', '記録\u0000', 'B群', 'レベル2'], ['\u200b', null, null, null, null]])]);
    expect(r.ledgers[0]?.assets.map((a) => a.text.name)).toEqual(['会議\u0007録']);
    expect(codes(r)).toEqual([]);
  });

  it('formula-looking text is kept as text, in findings, fixes and the summary', () => {
    const r = check([templateSheet([[1, '=HYPERLINK("http://x")', '+1', 'b', 'レベル2'], [2, '@SUM(A1)', '-2', 'B群', 'レベル2']])]);
    expect(r.ledgers[0]?.assets.map((a) => [a.text.name, a.text.content])).toEqual([['=HYPERLINK("http://x")', '+1'], ['@SUM(A1)', '-2']]);
    expect(proposeFixes(r).map((f) => f.newValue)).toEqual(['B群']);
    expect(consolidate(r, { generatedAt: 't' }).assets.map((a) => a.name)).toEqual(['=HYPERLINK("http://x")', '@SUM(A1)']);
  });

  it('sheet names with spaces, quotes and 31 characters are carried through unchanged', () => {
    const name = "台帳_総務課 'A' \"B\" あいうえおかきくけこさしすせ";
    const r = check([templateSheet([[1, '会議録', '記録', 'b', 'レベル2']], name)]);
    expect(r.issues.map((i) => i.location.sheet)).toEqual([name]);
  });

  it('never throws: values outside the boundary types and random grids', () => {
    const junk: unknown[] = [undefined, NaN, Infinity, -0, {}, [], { kind: 'rich' }, { kind: 'rich', runs: [1, null] }, { kind: 'date', serial: 'x' },
      { kind: 'error' }, { kind: 'date', serial: 1e12 }, Symbol.for('x'), () => 1, 10n, '\uD800', '①', 'Ⅲ', '№', '（', '）'];
    const words: CellValue[] = ['番号', '情報資産名', '内容', '群', 'レベル', '備考', 'No.', '名称', '概要', 'A群', 'b', 'レベル１', 'Ⅱ', '住民', 'システム',
      '紙', '課名', '総務課', '更新日', '令和6年4月1日', '情報資産台帳（総務課）（A群－レベル1）', '（課）', ' ', '', null, 0, 1, 2.5, -1, true,
      { kind: 'error', code: '#REF!' }, { kind: 'date', serial: 45383 }, { kind: 'rich', runs: ['A', '群'] }];
    let seed = 42;
    const rand = (n: number) => {
      // mulberry32: a small deterministic PRNG in 32-bit integer arithmetic
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const notes = ['※', '計', '以下余白'];
    const pick = (): CellValue =>
      rand(10) === 0 ? (junk[rand(junk.length)] as CellValue) : rand(100) === 0 ? (notes[rand(3)] ?? null) : (words[rand(words.length)] ?? null);
    let ledgers = 0;
    let assets = 0;
    for (let round = 0; round < 300; round++) {
      const grid = (): CellValue[][] => {
        const rows = Array.from({ length: rand(40) }, () => (rand(20) === 0 ? (junk[rand(junk.length)] as CellValue[]) : Array.from({ length: rand(8) }, pick)));
        // Half the sheets get a real header somewhere near the top, so the rules run on random bodies.
        if (rand(2) === 0) rows.splice(rand(5), 0, rand(2) === 0 ? [...HEADER] : ['No.', '名称', '概要']);
        return rows;
      };
      const sheets: SheetInput[] = Array.from({ length: 1 + rand(3) }, (_, s) => ({
        name: rand(5) === 0 ? (junk[rand(junk.length)] as string) : `台帳_${s}`,
        rows: grid(),
        ...(rand(4) === 0 ? { merges: [{ top: rand(10), left: rand(5), bottom: rand(40), right: rand(8) }, junk[rand(junk.length)] as never] } : {}),
        ...(rand(4) === 0 ? { tag: rand(2) === 0 ? { policyId: 'hanamaki', templateVersion: '1', department: pick() as string } : (junk[rand(junk.length)] as never) } : {}),
        ...(rand(6) === 0 ? { origin: { row: rand(3) - 1, col: rand(3) } } : {}),
      }));
      const books: WorkbookInput[] = [{ file: rand(2) === 0 ? 'f.xlsx' : null, sheets }];
      const run = () => {
        const r = checkWorkbooks(books, { today: '2024-05-01', expectedDepartments: rand(2) === 0 ? ['総務課', pick() as string] : null });
        consolidate(r, { generatedAt: 't' });
        proposeFixes(r);
        for (const i of r.issues) renderIssue(i, 'ja');
        ledgers += r.ledgers.length;
        assets += r.ledgers.reduce((n, l) => n + l.assets.length, 0);
        return r;
      };
      expect(run).not.toThrow();
    }
    expect(ledgers).toBeGreaterThan(100);
    expect(assets).toBeGreaterThan(1000);
  });
});
