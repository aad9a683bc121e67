/**
 * The sheets this tool writes are never ledgers, for every reader (issue 10, item 1): the engine knows them, so the
 * CLI, the import, the preview and the add-in all agree.
 */
import { checkWorkbooks, isToolSheet, isToolSheetName, readWorkbook } from '../../src/ledger';
import type { SheetInput } from '../../src/ledger';
import { TODAY, formSheet, templateSheet } from './helpers';

const asset = [1, '会議録', '課内会議の記録', 'B群', 'レベル2'];

describe('isToolSheetName', () => {
  test.each(['集計', '集計_資産一覧', '集計_指摘事項', '別記様式', '変更履歴', '_確認済み', '_取込記録', '監査結果_2026-11-25_1530', '監査結果_2026-11-25_1530(2)', '集計_作成中', '別記様式_作成中', '集計_資産一覧 (2)', '集計_指摘事項 (12)', '提出状況', '前年度比較', '前年度比較_明細', '提出状況_作成中', '前年度比較_作成中'])(
    '%s is the tool’s own',
    (name) => expect(isToolSheetName(name)).toBe(true),
  );
  test.each(['台帳_総務課', '集計表', '資産一覧', '台帳_作成中', '総務課_作成中', '監査結果', 'A群－レベル1', '集計 (2)', '台帳_総務課 (2)'])('%s is not', (name) => expect(isToolSheetName(name)).toBe(false));
});

describe('isToolSheet', () => {
  test('an older CLI summary’s 資産一覧 and 指摘事項 are known by their name and header row', () => {
    expect(isToolSheet({ name: '資産一覧', rows: [['課', '番号', '情報資産名', '内容', '群', 'レベル', '出典'], ['総務課', ...asset]] })).toBe(true);
    expect(isToolSheet({ name: '指摘事項', rows: [['重要度', 'コード', '課', 'ファイル', 'シート', 'セル', '内容']] })).toBe(true);
  });
  test('a department’s own ledger called 資産一覧 stays a ledger', () => {
    const own: SheetInput = { ...templateSheet([asset]), name: '資産一覧' };
    expect(isToolSheet(own)).toBe(false);
    expect(readWorkbook({ file: 'x.xlsx', sheets: [own] }).ledgers.map((l) => l.sheet)).toEqual(['資産一覧']);
  });
  test('malformed input is no tool sheet and does not throw', () => {
    expect(isToolSheet({ name: 42 } as unknown as SheetInput)).toBe(false);
    expect(isToolSheet({ name: '資産一覧', rows: null } as unknown as SheetInput)).toBe(false);
    expect(isToolSheet({ name: '資産一覧', rows: [['課']], origin: { row: 3, col: 0 } })).toBe(false);
  });
});

describe('the engine passes over the tool’s sheets', () => {
  // What 別記様式 and the asset list look like: each would read as a ledger by its header.
  const forms: SheetInput = { ...formSheet([asset.slice(0, 3)], '（B群－レベル2）', '別記様式', '情報資産台帳（総務課）（B群－レベル2）') };
  const assets: SheetInput = { name: '集計_資産一覧', rows: [['課', '番号', '情報資産名', '内容', '群', 'レベル', '元のセル'], ['総務課', ...asset, '台帳_総務課!B5']] };
  const ledger = templateSheet([asset]);

  test('checkWorkbooks counts the ledger once', () => {
    const r = checkWorkbooks([{ file: 'book.xlsx', sheets: [ledger, forms, assets, { ...forms, name: '別記様式_作成中' }] }], { today: TODAY });
    expect(r.ledgers.map((l) => [l.sheet, l.assets.length])).toEqual([['台帳_総務課', 1]]);
    expect(r.issues.filter((i) => i.location.sheet !== '台帳_総務課')).toEqual([]);
  });
  test('提出状況 and 前年度比較_明細 are never read, even where their rows look like a ledger', () => {
    // 明細's columns include 番号 and 情報資産名; a user who renames a header to 内容 still gets no second count.
    const changes: SheetInput = { name: '前年度比較_明細', rows: [['課', '変更', '番号', '情報資産名', '内容'], ['総務課', '追加', 1, '会議録', '紙']] };
    const submission: SheetInput = { name: '提出状況', rows: [['番号', '情報資産名', '内容'], [1, '総務課', '提出済み']] };
    const r = checkWorkbooks([{ file: 'book.xlsx', sheets: [ledger, changes, submission] }], { today: TODAY });
    expect(r.ledgers.map((l) => l.sheet)).toEqual(['台帳_総務課']);
  });
  test('readWorkbook (the import) brings in only the ledger', () => {
    expect(readWorkbook({ file: 'book.xlsx', sheets: [forms, ledger, assets] }).ledgers.map((l) => l.sheet)).toEqual(['台帳_総務課']);
  });
});
