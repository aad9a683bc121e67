/**
 * The report as written: the JSON of SPEC §7 byte for byte as `JSON.stringify(report, null, 2)` however many
 * findings (it is written in pieces), and nothing from a file that could act on a terminal.
 */
import { checkWorkbooks } from '../../src/ledger';
import type { CellValue, SheetInput } from '../../src/ledger/types';
import type { LoadedFile } from '../../src/cli/load';
import { writeReport } from '../../src/cli/report';
import type { JsonReport } from '../../src/cli/report';
import { jsonTerminalSafe, terminalSafe } from '../../src/cli/terminal';

const ESC = '\u001b';

function sheet(dept: string, body: CellValue[][]): SheetInput {
  return { name: `台帳_${dept}`, rows: [[`情報資産台帳（${dept}）`], ['課名', dept, '更新日', '2025/4/1'], ['番号', '情報資産名', '内容', '群', 'レベル'], ...body] };
}

function written(files: LoadedFile[], format: 'json' | 'text'): string {
  const result = checkWorkbooks(
    files.flatMap((f) => (f.workbook ? [f.workbook] : [])),
    { today: '2025-06-01' },
  );
  let out = '';
  writeReport({ stdout: (t) => void (out += t) }, files, result, 'ja', format);
  return out;
}

const file = (path: string, sheets: SheetInput[]): LoadedFile => ({ path, workbook: { file: path, sheets }, unreadable: null, format: 'xlsx', encoding: null });

describe('writeReport', () => {
  test('JSON: exactly JSON.stringify(report, null, 2) and a line feed, across the pieces (5,001 findings) and with none', () => {
    const body: CellValue[][] = [];
    for (let i = 1; i <= 5_001; i++) body.push([i, `資産${i}`, '記録', 'C群', 'レベル2']);
    for (const files of [[file('a.xlsx', [sheet('総務課', body)])], [file('b.xlsx', [sheet('企画課', [[1, '会議録', '紙の会議録', 'B群', 'レベル2']])])]]) {
      const text = written(files, 'json');
      const report = JSON.parse(text) as JsonReport;
      expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
      expect(report.issues.length).toBe(files[0]?.path === 'a.xlsx' ? 5_001 : 0);
    }
  });

  test('text: a cell with ESC sequences, a line feed and a bidirectional override stays on its line, escaped', () => {
    const evil = `${ESC}]0;pwned\u0007${ESC}[2J会議\n録\u202e`;
    const out = written([file(`x${ESC}[31m.xlsx`, [sheet(`総務課${ESC}[8m`, [[1, '会議録', '記録', evil, 'レベル2']])])], 'text');
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u202e');
    expect(out).not.toContain('\u0007');
    expect(out.split('\n').filter((l) => l.includes('GROUP_INVALID'))).toEqual([
      'x\\x1B[31m.xlsx › 台帳_総務課\\x1B[8m!D4: [エラー] GROUP_INVALID 群「\\x1B]0;pwned\\x07\\x1B[2J会議\\n録\\u202E」は使えません。一覧から「A群」か「B群」を選んでください。',
    ]);
  });

  test('JSON: the same text parses back to the very characters, and none reaches the terminal raw', () => {
    const evil = `${ESC}]0;t\u0007\u009b2J\u202e`;
    const text = written([file('x.xlsx', [sheet('総務課', [[1, '会議録', '記録', evil, 'レベル2']])])], 'json');
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect((JSON.parse(text) as JsonReport).issues.map((i) => i.message)).toContain(`群「${evil}」は使えません。一覧から「A群」か「B群」を選んでください。`);
  });

  test('terminalSafe and jsonTerminalSafe', () => {
    expect(terminalSafe(`a${ESC}b\tc\rd\u0000\u007f\u0085\u2028\u200e`)).toBe('a\\x1Bb\\tc\\rd\\x00\\x7F\\x85\\u2028\\u200E');
    expect(terminalSafe('総務課 ＡＢＣ 😀')).toBe('総務課 ＡＢＣ 😀');
    expect(JSON.parse(jsonTerminalSafe(JSON.stringify({ s: `x\u009by\u202ez` })))).toEqual({ s: `x\u009by\u202ez` });
    expect(jsonTerminalSafe(JSON.stringify({ s: '\u009b' }))).toBe('{"s":"\\u009b"}');
  });
});
