/** The expected-department list as typed, pasted or kept in a sheet column (the pane's 課の一覧; the CLI's file). */
import { columnListLines, departmentList, listLines } from '../../src/ledger/departments';

describe('listLines', () => {
  test('one 課 per line; blank lines and # / ＃ comments skipped; CRLF, CR and a BOM', () => {
    expect(listLines('\uFEFF# 本庁\r\n総務課\r\n\r\n＃ 支所\r企画課\n')).toEqual([
      { name: '総務課', line: 2 },
      { name: '企画課', line: 5 },
    ]);
  });
  test('cells pasted from a spreadsheet row (tab-separated) name their first cell', () => {
    expect(listLines('総務課\t山田\t内線 100\n企画課\t\n\t備考だけ')).toEqual([
      { name: '総務課', line: 1 },
      { name: '企画課', line: 2 },
    ]);
  });
  test('odd input gives no 課', () => {
    expect(listLines(null as unknown as string)).toEqual([]);
  });
});

describe('columnListLines', () => {
  test('a heading in the first filled cell is skipped; later cells that read like one are 課', () => {
    expect(columnListLines([null, '課名', '総務課', '', '# 支所', '企画課', '課'])).toEqual([
      { name: '総務課', line: 3 },
      { name: '企画課', line: 6 },
      { name: '課', line: 7 },
    ]);
  });
  test.each(['課', '部署名', '所属', ' 課 名 ', '担当課'])('the heading %p is skipped', (heading) => {
    expect(columnListLines([heading, '総務課']).map((l) => l.name)).toEqual(['総務課']);
  });
  test('a list without a heading starts at its first cell; numbers are taken as text, other values skipped', () => {
    expect(columnListLines(['総務課', 101, true, { error: '#N/A' }])).toEqual([
      { name: '総務課', line: 1 },
      { name: '101', line: 2 },
      { name: 'true', line: 3 },
    ]);
  });
  test('duplicates are then reported by departmentList, ignoring width and spaces', () => {
    const lines = columnListLines(['課名', '総務課', '総務 課', 'ＸＹ課', 'XY課']);
    expect(departmentList(lines.map((l) => l.name))).toEqual({
      departments: ['総務課', 'ＸＹ課'],
      duplicates: [
        { name: '総務 課', index: 1, first: '総務課', firstIndex: 0 },
        { name: 'XY課', index: 3, first: 'ＸＹ課', firstIndex: 2 },
      ],
    });
  });
});
