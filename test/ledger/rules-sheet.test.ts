/** One test per sheet rule of SPEC §3: where it fires (cell and params) and a case where it must not. */
import type { SheetInput } from '../../src/ledger';
import { check, codes, formSheet, found, HEADER, templateSheet } from './helpers';

const ok = [1, '会議録', '課内会議の記録', 'B群', 'レベル2', null];

describe('LEDGER_HEADER_INVALID', () => {
  const tag = { policyId: 'hanamaki', templateVersion: '1', department: '総務課' };
  it('fires on a tagged sheet without a header row', () => {
    const sheet: SheetInput = { name: '名前を変えた台帳', rows: [['情報資産台帳（総務課）'], ['番号', '名前', 'メモ']], tag };
    const r = check([sheet]);
    expect(found(r, 'LEDGER_HEADER_INVALID')).toEqual([{ cell: null, params: {} }]);
    expect(r.ledgers[0]?.headerRow).toBeNull();
  });
  it('does not fire when the tagged sheet has its header', () => {
    expect(found(check([{ ...templateSheet([ok]), tag }]), 'LEDGER_HEADER_INVALID')).toEqual([]);
  });
  it('an untagged sheet without a header is no ledger at all', () => {
    const r = check([{ name: 'メモ', rows: [['番号', '名前']] }]);
    expect(r.ledgers).toEqual([]);
    expect(codes(r)).toEqual(['LEDGER_NOT_FOUND']);
  });
});

describe('COLUMN_MISSING', () => {
  it('fires for a canonical ledger without レベル', () => {
    const r = check([templateSheet([[1, '会議録', '記録', 'B群']], '台帳_総務課', ['番号', '情報資産名', '内容', '群'])]);
    expect(found(r, 'COLUMN_MISSING')).toEqual([{ cell: null, params: { column: 'レベル', layout: 'template' } }]);
  });
  it('fires for a form sheet without its 群－レベル line', () => {
    const r = check([formSheet([[1, '会議録', '記録']], null)]);
    expect(found(r, 'COLUMN_MISSING')).toEqual([{ cell: null, params: { column: '群－レベル', layout: 'form' } }]);
  });
  it('does not fire when both columns are there, nor for a form sheet with its line', () => {
    expect(found(check([templateSheet([ok]), formSheet([[1, '会議録', '記録']])]), 'COLUMN_MISSING')).toEqual([]);
  });
});

describe('DEPARTMENT_MISSING', () => {
  it('fires when no 課 can be found', () => {
    const r = check([{ name: 'Sheet1', rows: [['情報資産台帳（課）'], HEADER, ok] }]);
    expect(found(r, 'DEPARTMENT_MISSING')).toEqual([{ cell: null, params: {} }]);
  });
  it('does not fire when the title names the 課', () => {
    expect(found(check([{ name: 'Sheet1', rows: [['情報資産台帳（総務課）'], HEADER, ok] }]), 'DEPARTMENT_MISSING')).toEqual([]);
  });
});

describe('REQUIRED_EMPTY', () => {
  it('fires at each empty required cell of a row with content', () => {
    const r = check([templateSheet([[1, '会議録', null, 'B群', null, null], [null, null, null, null, null, '備考だけ']])]);
    expect(found(r, 'REQUIRED_EMPTY')).toEqual([
      { cell: 'C5', params: { column: '内容' } },
      { cell: 'E5', params: { column: 'レベル' } },
      { cell: 'A6', params: { column: '番号' } },
      { cell: 'B6', params: { column: '情報資産名' } },
      { cell: 'C6', params: { column: '内容' } },
      { cell: 'D6', params: { column: '群' } },
      { cell: 'E6', params: { column: 'レベル' } },
    ]);
  });
  it('treats a cell of spaces as empty, and does not fire on a complete row', () => {
    expect(found(check([templateSheet([[1, '会議録', '　 ', 'B群', 'レベル2']])]), 'REQUIRED_EMPTY')).toEqual([{ cell: 'C5', params: { column: '内容' } }]);
    expect(found(check([templateSheet([ok])]), 'REQUIRED_EMPTY')).toEqual([]);
  });
  it('on a form sheet only 番号, 情報資産名 and 内容 are required', () => {
    expect(found(check([formSheet([[1, '住民記録', null]])]), 'REQUIRED_EMPTY')).toEqual([{ cell: 'C4', params: { column: '内容' } }]);
  });
});

describe('NUMBER_INVALID', () => {
  it('fires for 1.5, 1-1, No.1, 0, -3 and TRUE', () => {
    const rows = [1.5, '1-1', 'No.1', '0', -3, true].map((n, i) => [n, `資産${i}`, '内容', 'B群', 'レベル2']);
    expect(found(check([templateSheet(rows)]), 'NUMBER_INVALID')).toEqual([
      { cell: 'A5', params: { value: '1.5' } },
      { cell: 'A6', params: { value: '1-1' } },
      { cell: 'A7', params: { value: 'No.1' } },
      { cell: 'A8', params: { value: '0' } },
      { cell: 'A9', params: { value: '-3' } },
      { cell: 'A10', params: { value: 'TRUE' } },
    ]);
  });
  it('does not fire for 1, "2", "１２" or " 12 "', () => {
    const rows = [1, '2', '１２', ' 13 '].map((n, i) => [n, `資産${i}`, '内容', 'B群', 'レベル2']);
    expect(found(check([templateSheet(rows)]), 'NUMBER_INVALID')).toEqual([]);
  });
});

describe('NUMBER_DUPLICATE', () => {
  it('fires at every occurrence after the first, also when written differently', () => {
    const rows = [1, 2, 1, '１', 3].map((n, i) => [n, `資産${i}`, '内容', 'B群', 'レベル2']);
    expect(found(check([templateSheet(rows)]), 'NUMBER_DUPLICATE')).toEqual([
      { cell: 'A7', params: { number: 1, firstCell: 'A5' } },
      { cell: 'A8', params: { number: 1, firstCell: 'A5' } },
    ]);
  });
  it('does not fire for distinct numbers, nor across sheets', () => {
    const rows = [1, 2, 3].map((n, i) => [n, `資産${i}`, '内容', 'B群', 'レベル2']);
    expect(found(check([templateSheet(rows), templateSheet(rows, '台帳_財政課')]), 'NUMBER_DUPLICATE')).toEqual([]);
  });
});

describe('GROUP_INVALID', () => {
  it('fires for C群 and 紙', () => {
    const r = check([templateSheet([[1, '会議録', '記録', 'C群', 'レベル2'], [2, '文書', '記録', '紙', 'レベル2']])]);
    expect(found(r, 'GROUP_INVALID')).toEqual([{ cell: 'D5', params: { value: 'C群' } }, { cell: 'D6', params: { value: '紙' } }]);
  });
  it('does not fire for a, Ａ群 or B群', () => {
    const r = check([templateSheet(['a', 'Ａ群', 'B群'].map((g, i) => [i + 1, `資産${i}`, '記録', g, 'レベル2']))]);
    expect(found(r, 'GROUP_INVALID')).toEqual([]);
  });
});

describe('LEVEL_INVALID', () => {
  it('fires for レベル3 and 高', () => {
    const r = check([templateSheet([[1, '会議録', '記録', 'B群', 'レベル3'], [2, '文書', '記録', 'B群', '高']])]);
    expect(found(r, 'LEVEL_INVALID')).toEqual([{ cell: 'E5', params: { value: 'レベル3' } }, { cell: 'E6', params: { value: '高' } }]);
  });
  it('does not fire for 1, Lv2 or Ⅰ', () => {
    const r = check([templateSheet([1, 'Lv2', 'Ⅰ'].map((l, i) => [i + 1, `資産${i}`, '記録', 'B群', l]))]);
    expect(found(r, 'LEVEL_INVALID')).toEqual([]);
  });
});

describe('CELL_ERROR', () => {
  it('fires for every error value in a ledger cell, including the 更新日 cell', () => {
    const sheet: SheetInput = {
      name: '台帳_総務課',
      rows: [
        ['情報資産台帳（総務課）'],
        ['課名', '総務課', '更新日', { kind: 'error', code: '#VALUE!' }],
        HEADER,
        [1, { kind: 'error', code: '#REF!' }, '記録', 'B群', 'レベル2', { kind: 'error', code: '#N/A' }],
      ],
    };
    expect(found(check([sheet]), 'CELL_ERROR')).toEqual([
      { cell: 'D2', params: { value: '#VALUE!', column: '更新日' } },
      { cell: 'B4', params: { value: '#REF!', column: '情報資産名' } },
      { cell: 'F4', params: { value: '#N/A', column: '備考' } },
    ]);
  });
  it('an error value in the 課名 cell is reported and never taken as the 課', () => {
    const r = check([{ name: 'Sheet1', rows: [['課名', { kind: 'error', code: '#REF!' }], HEADER, ok] }]);
    expect(found(r, 'CELL_ERROR')).toEqual([{ cell: 'B1', params: { value: '#REF!', column: '課名' } }]);
    expect(r.ledgers[0]?.department).toBeNull();
  });
  it('an error value in a coded column is CELL_ERROR only, not also an invalid value', () => {
    const r = check([templateSheet([[{ kind: 'error', code: '#DIV/0!' }, '会議録', '記録', { kind: 'error', code: '#N/A' }, 'レベル2']])]);
    expect(codes(r)).toEqual(['CELL_ERROR', 'CELL_ERROR']);
  });
  it('does not fire on a clean sheet', () => {
    expect(found(check([templateSheet([ok])]), 'CELL_ERROR')).toEqual([]);
  });
});

describe('VALUE_NOT_CANONICAL', () => {
  it('fires for 群, レベル, 番号 and 個人情報 valid only after normalisation', () => {
    const header = ['番号', '情報資産名', '内容', '群', 'レベル', '個人情報', '備考'];
    const r = check([templateSheet([['１', '会議録', '記録', 'b', 'Lv.2', '無']], '台帳_総務課', header)]);
    expect(found(r, 'VALUE_NOT_CANONICAL')).toEqual([
      { cell: 'A5', params: { column: '番号', value: '１', canonical: 1 } },
      { cell: 'D5', params: { column: '群', value: 'b', canonical: 'B群' } },
      { cell: 'E5', params: { column: 'レベル', value: 'Lv.2', canonical: 'レベル2' } },
      { cell: 'F5', params: { column: '個人情報', value: '無', canonical: 'なし' } },
    ]);
  });
  it('a number typed for レベル is valid but not canonical', () => {
    expect(found(check([templateSheet([[1, '会議録', '記録', 'B群', 2]])]), 'VALUE_NOT_CANONICAL')).toEqual([
      { cell: 'E5', params: { column: 'レベル', value: '2', canonical: 'レベル2' } },
    ]);
  });
  it('does not fire for canonical values, nor for a leniently read title line', () => {
    const r = check([templateSheet([ok]), formSheet([[1, '会議録（紙）', '書類']], '（Ａ群 ― レベル１）')]);
    expect(found(r, 'VALUE_NOT_CANONICAL')).toEqual([]);
  });
});

describe('LEVEL1_SUSPECTED', () => {
  it('fires at the レベル cell when a level-1 indicator appears with レベル2, or 個人情報 is あり', () => {
    const header = ['番号', '情報資産名', '内容', '群', 'レベル', '個人情報', '備考'];
    const r = check([
      templateSheet(
        [
          [1, '住民票の写し', '窓口の書類', 'B群', 'レベル2', 'なし'],
          [2, '会議録', 'マイナンバーを含む', 'B群', 'レベル2', null],
          [3, '申請書', '窓口の書類', 'B群', 'レベル2', 'あり'],
        ],
        '台帳_総務課',
        header,
      ),
    ]);
    expect(found(r, 'LEVEL1_SUSPECTED')).toEqual([
      { cell: 'E5', params: { indicator: '住民', column: '情報資産名', level: 'レベル2', suggested: 'レベル1' } },
      { cell: 'E6', params: { indicator: 'マイナンバー', column: '内容', level: 'レベル2', suggested: 'レベル1' } },
      { cell: 'E7', params: { indicator: 'あり', column: '個人情報', level: 'レベル2', suggested: 'レベル1' } },
    ]);
  });
  it('points at the 情報資産名 cell on a form sheet', () => {
    const r = check([formSheet([[1, '給与明細', '書類']], '（B群－レベル2）')]);
    expect(found(r, 'LEVEL1_SUSPECTED')).toEqual([{ cell: 'B4', params: { indicator: '給与', column: '情報資産名', level: 'レベル2', suggested: 'レベル1' } }]);
  });
  it('does not fire at レベル1, nor at レベル2 without an indicator', () => {
    const r = check([templateSheet([[1, '住民票', '書類', 'B群', 'レベル1'], ok])]);
    expect(found(r, 'LEVEL1_SUSPECTED')).toEqual([]);
  });
});

describe('GROUP_SUSPECTED', () => {
  it('fires for B群 with only A-indicators and A群 with only B-indicators', () => {
    const r = check([templateSheet([
      [1, '文書管理システム', '庁内のデータ', 'B群', 'レベル2'],
      [2, '会議録', '紙の簿冊', 'A群', 'レベル2'],
    ])]);
    expect(found(r, 'GROUP_SUSPECTED')).toEqual([
      { cell: 'D5', params: { indicator: 'システム', column: '情報資産名', group: 'B群', suggested: 'A群' } },
      { cell: 'D6', params: { indicator: '紙', column: '内容', group: 'A群', suggested: 'B群' } },
    ]);
  });
  it('matches indicators ignoring width and case (ＰＣ, db)', () => {
    const r = check([templateSheet([[1, '名簿', 'ＰＣに保存', 'B群', 'レベル2'], [2, '台帳', 'dbで管理', 'B群', 'レベル2']])]);
    expect(found(r, 'GROUP_SUSPECTED').map((f) => f.params['indicator'])).toEqual(['PC', 'DB']);
  });
  it('points at the 情報資産名 cell on a form sheet', () => {
    const r = check([formSheet([[1, '電子申請データ', '受付記録']], '（B群－レベル2）')]);
    expect(found(r, 'GROUP_SUSPECTED')).toEqual([{ cell: 'B4', params: { indicator: '電子', column: '情報資産名', group: 'B群', suggested: 'A群' } }]);
  });
  it('does not fire when both kinds of indicator appear, or none', () => {
    const r = check([templateSheet([[1, '申請書', '紙で受け付けてシステムに入力', 'B群', 'レベル2'], ok])]);
    expect(found(r, 'GROUP_SUSPECTED')).toEqual([]);
  });
});

describe('LEDGER_EMPTY', () => {
  it('fires for a ledger without asset rows', () => {
    expect(found(check([templateSheet([])]), 'LEDGER_EMPTY')).toEqual([{ cell: null, params: {} }]);
  });
  it('does not fire when there is an asset', () => {
    expect(found(check([templateSheet([ok])]), 'LEDGER_EMPTY')).toEqual([]);
  });
});

describe('TEXT_UNTRIMMED', () => {
  it('fires for leading/trailing half- and full-width spaces in 情報資産名 and 内容', () => {
    const r = check([templateSheet([[1, ' 会議録', '記録　', 'B群', 'レベル2'], [2, '　文書', '記録', 'B群', 'レベル2']])]);
    expect(found(r, 'TEXT_UNTRIMMED')).toEqual([
      { cell: 'B5', params: { column: '情報資産名', value: ' 会議録' } },
      { cell: 'C5', params: { column: '内容', value: '記録　' } },
      { cell: 'B6', params: { column: '情報資産名', value: '　文書' } },
    ]);
  });
  it('does not fire for inner spaces or in 備考', () => {
    expect(found(check([templateSheet([[1, '会議 録', '記録', 'B群', 'レベル2', ' 備考 ']])]), 'TEXT_UNTRIMMED')).toEqual([]);
  });
});

describe('ROW_GAP', () => {
  it('fires at the first blank row of each gap between asset rows', () => {
    const r = check([templateSheet([ok, [], [], [2, '文書', '記録', 'B群', 'レベル2'], [null], [3, '名簿', '記録', 'B群', 'レベル2']])]);
    expect(found(r, 'ROW_GAP')).toEqual([
      { cell: 'A6', params: { count: 2, from: 6, to: 7 } },
      { cell: 'A9', params: { count: 1, from: 9, to: 9 } },
    ]);
  });
  it('does not fire for blank rows before the first or after the last asset', () => {
    expect(found(check([templateSheet([[], ok, [], []])]), 'ROW_GAP')).toEqual([]);
  });
});
