/** SPEC §1.2: the layouts, header variants, 課 sources, title lines, merged cells and value kinds the reader accepts. */
import { assetCell, readWorkbook } from '../../src/ledger';
import type { Asset, CellValue, SheetInput } from '../../src/ledger';
import { check, codes, found, HEADER, templateSheet } from './helpers';

const read = (sheet: SheetInput) => readWorkbook({ file: null, sheets: [sheet] });
const only = (sheet: SheetInput) => {
  const ledger = read(sheet).ledgers[0];
  if (!ledger) throw new Error('no ledger');
  return ledger;
};

describe('layouts', () => {
  it('reads the canonical template', () => {
    const l = only(templateSheet([[1, '会議録', '記録', 'B群', 'レベル2', 'メモ']]));
    expect(l).toMatchObject({ sheet: '台帳_総務課', department: '総務課', layout: 'template', group: null, level: null, tagged: false, headerRow: 4, updatedOn: '2024-04-01' });
    expect(l.columns).toEqual({ number: 0, name: 1, content: 2, group: 3, level: 4, remarks: 5 });
    expect(l.assets).toEqual([
      {
        row: 5,
        text: { number: '1', name: '会議録', content: '記録', group: 'B群', level: 'レベル2', remarks: 'メモ' },
        anchors: null,
        number: 1, numberText: null, group: 'B群', level: 'レベル2', nameKey: '会議録',
      },
    ]);
    const keys = ['number', 'name', 'content', 'group', 'level', 'remarks'] as const;
    expect(keys.map((k) => l.assets[0] && assetCell(l.columns, l.assets[0], k))).toEqual(['A5', 'B5', 'C5', 'D5', 'E5', 'F5']);
  });
  it('reads the extended columns', () => {
    const header = ['番号', '情報資産名', '内容', '群', 'レベル', '管理責任者', '媒体・保管場所', '個人情報', '保存期間', '備考'];
    const l = only(templateSheet([[1, '名簿', '記録', 'A群', 'レベル1', '課長', 'サーバ', 'あり', '5年', null]], '台帳_総務課', header));
    expect(l.columns).toEqual({ number: 0, name: 1, content: 2, group: 3, level: 4, manager: 5, medium: 6, personalInfo: 7, retention: 8, remarks: 9 });
    expect(l.assets[0]?.text).toMatchObject({ manager: '課長', medium: 'サーバ', personalInfo: 'あり', retention: '5年' });
  });
  it('reads the 別記様式 form: every row takes 群 and レベル from the line', () => {
    const l = only({ name: 'A1', rows: [['情報資産台帳（総務課）'], ['（A群－レベル1）'], ['番号', '情報資産名', '内 容'], [1, '住民記録', 'システム'], [2, '税務', 'データ']] });
    expect(l).toMatchObject({ layout: 'form', group: 'A群', level: 'レベル1', department: '総務課', headerRow: 3 });
    const cells = (a: Asset) => (['number', 'name', 'content', 'group'] as const).map((k) => assetCell(l.columns, a, k));
    expect(l.assets.map((a) => [a.row, a.group, a.level, cells(a)])).toEqual([
      [4, 'A群', 'レベル1', ['A4', 'B4', 'C4', undefined]],
      [5, 'A群', 'レベル1', ['A5', 'B5', 'C5', undefined]],
    ]);
  });
  it.each(['（A群－レベル1）', '(A群-レベル1)', '（Ａ群‐レベル１）', '（Ａ群ーレベル１）', '（ A群 ― レベル 1 ）', '（A群–レベル1）', 'A群－レベル1', '（ａ群－Lv.1）'])(
    'reads the line %p leniently',
    (line) => {
      const l = only({ name: 'S', rows: [['情報資産台帳（総務課）'], [line], ['番号', '情報資産名', '内容'], [1, 'x', 'y']] });
      expect([l.group, l.level]).toEqual(['A群', 'レベル1']);
    },
  );
  it('reads the title and the line in one cell', () => {
    const l = only({ name: 'S', rows: [['情報資産台帳（財政課）（B群－レベル2）'], ['番号', '情報資産名', '内容'], [1, '予算書', '書類']] });
    expect([l.department, l.group, l.level, l.layout]).toEqual(['財政課', 'B群', 'レベル2', 'form']);
  });
  it('finds the header anywhere in the first 30 rows, not below', () => {
    const at = (n: number): SheetInput => ({ name: '台帳_総務課', rows: [...Array.from({ length: n - 1 }, () => [] as CellValue[]), HEADER, [1, 'x', 'y', 'A群', 'レベル1']] });
    expect(only(at(30)).headerRow).toBe(30);
    expect(read(at(31)).ledgers).toEqual([]);
  });
  it('honours a used range that does not start at A1', () => {
    const l = only({ name: '台帳_総務課', origin: { row: 2, col: 1 }, rows: [HEADER, [1, '会議録', '記録', 'B群', 'レベル2']] });
    expect([l.headerRow, l.columns.number, l.assets[0] && assetCell(l.columns, l.assets[0], 'name')]).toEqual([3, 1, 'C4']);
  });
});

describe('a form needs more than a header of 番号, 名称 and 説明', () => {
  // Modelled on 高松市's open data (data/exchange_center/data.xlsx, sheet 入力例: a public-facility list in the
  // national recommended data-set layout), whose NO, 名称 and 説明 columns match the three header labels.
  const FACILITIES = ['都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', '名称', '名称_カナ', '住所', '緯度', '経度', '電話番号', '説明', 'URL', '備考'];
  const facility = ['372013', '0000022200', '香川県', '高松市', '○○コミュニティセンター', 'マルマルコミュニティセンター', '高松市○○町1-1', 34.3, 134.0, '087-000-0000', '地域の交流拠点', 'https://example.jp', null];
  const list: SheetInput = { name: '入力例', rows: [FACILITIES, facility] };

  it('a facility list with NO, 名称 and 説明 columns is no ledger (no COLUMN_MISSING, no DEPARTMENT_MISSING)', () => {
    expect(read(list).ledgers).toEqual([]);
    expect(codes(check([list]))).toEqual(['LEDGER_NOT_FOUND']);
  });
  it('nor is it one with the title keyword only below the header', () => {
    expect(read({ name: '入力例', rows: [FACILITIES, facility, ['施設台帳より']] }).ledgers).toEqual([]);
  });
  it('the same header under the ledger title is a form (its missing line is COLUMN_MISSING)', () => {
    const l = only({ name: '入力例', rows: [['情報資産台帳（総務課）'], FACILITIES, facility] });
    expect([l.layout, l.department, l.group]).toEqual(['form', '総務課', null]);
  });
  it('under a 群－レベル line alone it is a form of that 群 and レベル (its 課 missing)', () => {
    const r = check([{ name: '様式', rows: [['（B群－レベル2）'], ['番号', '名称', '説明'], [1, '会議録', '記録']] }]);
    expect(r.ledgers.map((l) => [l.layout, l.group, l.level, l.department])).toEqual([['form', 'B群', 'レベル2', null]]);
    expect(codes(r)).toContain('DEPARTMENT_MISSING');
  });
  it('a ledger sheet name (台帳_X) is enough, the tag is enough, and 群 or レベル columns make the template layout', () => {
    expect(only({ name: '台帳_総務課', rows: [['番号', '名称', '説明'], [1, 'x', 'y']] })).toMatchObject({ layout: 'form', department: '総務課' });
    const tag = { policyId: 'hanamaki', templateVersion: '1', department: '総務課' };
    expect(only({ name: '入力例', rows: [['番号', '名称', '説明'], [1, 'x', 'y']], tag })).toMatchObject({ layout: 'template', tagged: true });
    expect(only({ name: 'Sheet1', rows: [[...FACILITIES, '群'], [...facility, 'A群']] })).toMatchObject({ layout: 'template' });
  });
});

describe('header label variants (width, case and spaces ignored)', () => {
  const sheetWith = (labels: string[]) => ({ name: '台帳_総務課', rows: [[...labels, '群', 'レベル'], [1, 'x', 'y', 'A群', 'レベル1']] });
  it.each(['No', 'No.', 'NO.', '№', '番号', 'ｎｏ．', ' N o ', '番 号'])('番号 as %p', (label) => {
    expect(only(sheetWith([label, '情報資産名', '内容'])).columns.number).toBe(0);
  });
  it.each(['資産名', '名称', '情報資産の名称', '情報資産名', '情報 資産名'])('情報資産名 as %p', (label) => {
    expect(only(sheetWith(['番号', label, '内容'])).columns.name).toBe(1);
  });
  it.each(['概要', '説明', '内容・概要', '内容', '内 容', '内容･概要'])('内容 as %p', (label) => {
    expect(only(sheetWith(['番号', '情報資産名', label])).columns.content).toBe(2);
  });
  it('a row without all three is no header', () => {
    expect(read({ name: '台帳_総務課', rows: [['番号', '情報資産名', '備考'], [1, 'x', 'y']] }).ledgers).toEqual([]);
  });
});

describe('the 課, in order: tag → 課名 cell → title → sheet name', () => {
  const rows = (title: string, label: CellValue) => [[title], ['課名', label], HEADER, [1, 'x', 'y', 'A群', 'レベル1']];
  const tag = { policyId: 'hanamaki', templateVersion: '1', department: '企画課' };
  it('the tag comes first', () => {
    expect(only({ name: '台帳_財政課', rows: rows('情報資産台帳（総務課）', '税務課'), tag }).department).toBe('企画課');
  });
  it('then a 課名 label cell (also as 課名：X in one cell)', () => {
    expect(only({ name: '台帳_財政課', rows: rows('情報資産台帳（総務課）', '税務課') }).department).toBe('税務課');
    expect(only({ name: 'S', rows: [['課名：市民課'], HEADER, [1, 'x', 'y', 'A群', 'レベル1']] }).department).toBe('市民課');
  });
  it('then the title parentheses', () => {
    expect(only({ name: '台帳_財政課', rows: rows('情報資産台帳（総務課）', null) }).department).toBe('総務課');
  });
  it('then a sheet name 台帳_X', () => {
    expect(only({ name: '台帳_財政課', rows: rows('情報資産台帳', null) }).department).toBe('財政課');
    expect(only({ name: '台帳＿財政課', rows: rows('情報資産台帳', null) }).department).toBe('財政課');
  });
  it.each(['情報資産台帳（課）', '情報資産台帳（　　　課）', '情報資産台帳（ 課 ）', '情報資産台帳（○○課）', '情報資産台帳（課）（A群－レベル1）'])(
    'the placeholder %p is no 課',
    (title) => {
      expect(only({ name: 'Sheet1', rows: rows(title, null) }).department).toBeNull();
      expect(only({ name: '台帳_農政課', rows: rows(title, null) }).department).toBe('農政課');
    },
  );
  it('an unfilled 課名 cell falls through to the title', () => {
    expect(only({ name: 'Sheet1', rows: rows('情報資産台帳（総務課）', '（　　課）') }).department).toBe('総務課');
  });
});

describe('rows of the table', () => {
  it('note rows (※…, 以下余白, 計) end the table', () => {
    for (const note of ['※ 個人情報は別表', '以下余白', '計', '  以下余白  ']) {
      const l = only(templateSheet([[1, '会議録', '記録', 'B群', 'レベル2'], [note], [2, '後ろの行', '記録', 'B群', 'レベル2']]));
      expect(l.assets.map((a) => a.row)).toEqual([5]);
    }
  });
  it('an asset named like a note word in a later column is still an asset', () => {
    expect(only(templateSheet([[1, '計', '計算表', 'B群', 'レベル2']])).assets).toHaveLength(1);
  });
  it('blank rows inside the table are skipped (and reported as ROW_GAP)', () => {
    const r = check([templateSheet([[1, 'a', 'x', 'B群', 'レベル2'], [], [null, '', '  '], [2, 'b', 'x', 'B群', 'レベル2']])]);
    expect(r.ledgers[0]?.assets.map((a) => a.row)).toEqual([5, 8]);
    expect(found(r, 'ROW_GAP')).toEqual([{ cell: 'A6', params: { count: 2, from: 6, to: 7 } }]);
  });
});

describe('merged cells, in both representations', () => {
  const title = { top: 0, left: 0, bottom: 0, right: 5 };
  const groupMerge = { top: 4, left: 3, bottom: 6, right: 3 };
  const contentMerge = { top: 7, left: 2, bottom: 8, right: 2 };
  const body = (repeat: boolean): CellValue[][] => [
    [1, '会議録', '記録', 'b', 'レベル2'],
    [2, '文書', '記録', repeat ? 'b' : null, 'レベル2'],
    [3, '名簿', '記録', repeat ? 'b' : null, 'レベル2'],
    [4, '予定表', '長い説明', 'B群', 'レベル2'],
    [null, null, repeat ? '長い説明' : null, null, null],
  ];
  const sheet = (repeat: boolean): SheetInput => {
    const t = templateSheet(body(repeat));
    const rows = t.rows.map((r) => [...r]);
    if (repeat) rows[0] = Array.from({ length: 6 }, () => '情報資産台帳（総務課）');
    return { ...t, rows, merges: [title, groupMerge, contentMerge] };
  };
  it.each([['Excel (value in the top-left cell only)', false], ['LibreOffice (value repeated)', true]])('%s', (_label, repeat) => {
    const r = check([sheet(repeat as boolean)]);
    const l = r.ledgers[0];
    expect(l?.department).toBe('総務課');
    // The vertically merged 群 applies to each row; the continuation row of a merged 内容 is no asset.
    expect(l?.assets.map((a) => [a.row, a.group, assetCell(l.columns, a, 'group'), a.anchors])).toEqual([
      [5, 'B群', 'D5', null], [6, 'B群', 'D5', { group: 'D5' }], [7, 'B群', 'D5', { group: 'D5' }], [8, 'B群', 'D8', null],
    ]);
    // One finding for the merged cell, at its top-left cell; no REQUIRED_EMPTY, no ROW_GAP.
    expect(r.issues.map((i) => [i.code, i.location.cell])).toEqual([['VALUE_NOT_CANONICAL', 'D5']]);
  });
});

describe('value kinds where text is expected', () => {
  it('numbers, dates, booleans, rich text and error values are read as their display text', () => {
    const l = only(templateSheet([
      [1, 12345, { kind: 'date', serial: 45383 }, 'A群', 'レベル2'],
      [2, true, { kind: 'rich', runs: ['太字', 'の説明'] }, { kind: 'rich', runs: ['B', '群'] }, 'レベル2'],
      [3, { kind: 'error', code: '#REF!' }, '記録', 'B群', 'レベル2'],
    ]));
    expect(l.assets.map((a) => [a.text.name, a.text.content, a.group])).toEqual([
      ['12345', '2024-04-01', 'A群'],
      ['TRUE', '太字の説明', 'B群'],
      ['#REF!', '記録', 'B群'],
    ]);
  });
  it('only the error value is reported, as CELL_ERROR; a rich-text B群 is canonical', () => {
    const r = check([templateSheet([[3, { kind: 'error', code: '#REF!' }, '記録', { kind: 'rich', runs: ['B', '群'] }, 'レベル2']])]);
    expect(codes(r)).toEqual(['CELL_ERROR']);
  });
});

describe('more title and header forms', () => {
  it('reads the line from another cell of a title row', () => {
    const l = only({ name: 'S', rows: [['情報資産台帳（総務課）', null, null, '（B群－レベル2）'], ['番号', '情報資産名', '内容'], [1, 'x', 'y']] });
    expect([l.department, l.group, l.level]).toEqual(['総務課', 'B群', 'レベル2']);
  });
  it('a merged header cell repeated by LibreOffice is one column', () => {
    const l = only({
      name: '台帳_総務課',
      rows: [['番号', '情報資産名', '内容', '内容', '群', 'レベル'], [1, '会議録', '記録', null, 'B群', 'レベル2']],
      merges: [{ top: 0, left: 2, bottom: 0, right: 3 }],
    });
    expect(l.columns).toEqual({ number: 0, name: 1, content: 2, group: 4, level: 5 });
    expect(l.assets[0]?.text).toEqual({ number: '1', name: '会議録', content: '記録', group: 'B群', level: 'レベル2' });
  });
  it('a tag without a 課 falls through to the other sources', () => {
    const tag = { policyId: 'hanamaki', templateVersion: '1', department: null };
    expect(only({ ...templateSheet([[1, 'x', 'y', 'A群', 'レベル1']]), tag }).department).toBe('総務課');
  });
});
