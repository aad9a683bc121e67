/** The command line's side of the yearly cycle: list options, help, catalogues, the 課 list in validate. */
import { parseArgs } from '../../src/cli/args';
import { CYCLE_MESSAGES, signed } from '../../src/cli/cycle-messages';
import type { CycleMessages } from '../../src/cli/cycle-messages';
import { helpText } from '../../src/cli/help';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { fill, xlsxOf } from '../xlsx/helpers';
import { MemoryFs, memoryIo } from './memory-io';
import { run, runJson } from './run';

describe('list options', () => {
  test('--from and --previous collect every value in order, also in --opt=value form', () => {
    expect(parseArgs(['template', '--departments', 'l.txt', '--out-dir', 'o', '--from', 'a.xlsx', '--from=b.xlsx', 'c.xlsx'])).toEqual({
      kind: 'run',
      command: 'template',
      options: { departments: 'l.txt', 'out-dir': 'o', from: ['a.xlsx', 'b.xlsx'] },
      files: ['c.xlsx'],
      lang: null,
    });
    expect(parseArgs(['consolidate', 'x.xlsx', '--previous', 'p.xlsx', '--previous', 'q.xlsx'])).toMatchObject({ options: { previous: ['p.xlsx', 'q.xlsx'] } });
    expect(parseArgs(['consolidate', 'x.xlsx', '--previous'])).toMatchObject({ kind: 'usage', problem: { kind: 'missingValue', option: '--previous' } });
    expect(parseArgs(['validate', 'x.xlsx', '--previous', 'p.xlsx'])).toMatchObject({ kind: 'usage', problem: { kind: 'unknownOption', option: '--previous' } });
  });
});

describe('help', () => {
  test.each(['ja', 'en'] as const)('names the hand-out and --previous (%s)', (locale) => {
    const template = helpText('template', locale);
    for (const option of ['--department ', '--out ', '--departments', '--out-dir', '--from', '--extended', '--force', '--today']) expect(template).toContain(option);
    expect(helpText('consolidate', locale)).toContain('--previous');
    expect(helpText(null, locale)).toContain('--out-dir');
    expect(helpText(null, locale)).toContain('--previous');
  });
});

describe('catalogues', () => {
  test('ja and en have the same keys (cycle messages and the usage problems added for them)', () => {
    expect(Object.keys(CYCLE_MESSAGES.en).sort()).toEqual(Object.keys(CYCLE_MESSAGES.ja).sort());
    for (const locale of ['ja', 'en'] as const) {
      const m = CLI_MESSAGES[locale];
      expect(m.usageProblem({ kind: 'conflictingOptions', command: 'template', option: '--out', other: '--out-dir' })).toMatch(/--out.*--out-dir/);
      expect(m.usageProblem({ kind: 'requiresOption', command: 'template', option: '--from', needs: '--departments' })).toMatch(/--from.*--departments/);
    }
  });

  test('every message renders in both languages without undefined, and English differs from Japanese', () => {
    const counts = { added: 1, removed: 2, reclassified: 3, contentChanged: 4, before: 5, after: 6 };
    const all = (m: CycleMessages): string[] => [
      m.listNotText('l.txt'), m.listEncoding('l.txt', 'shift_jis'), m.listDuplicate('l.txt', { name: 'a', line: 2, first: 'a', firstLine: 1 }), m.listEmpty('l.txt'),
      m.outDirFailed('o', 'EACCES'), m.sourceSummary('s.xlsx', '資産一覧', 2, 3), m.sourceLedgers('a.xlsx', 1, 2), m.sourceUnreadable('a.xlsx', 'x'),
      m.sourceEmpty('a.xlsx'), m.sourceUnlisted('a.xlsx', '人事課', 1), m.sourceLater('b.xlsx', '総務課', 'a.xlsx', 1),
      m.sourceIgnoredSheets('a.xlsx', '総務課', ['A1', 'B2'], ['台帳_総務課']), m.sourceWithoutDepartment('a.xlsx', 'Sheet1', 2),
      m.handout('総務課', 'o/x.xlsx', { kind: 'written', carried: { assets: 2, from: 'a.xlsx', renumbered: true }, extended: true }),
      m.handout('総務課', 'o/x.xlsx', { kind: 'written', carried: null, extended: false }),
      m.handout('総務課', 'o/x.xlsx', { kind: 'kept' }), m.handout('総務課', 'o/x.xlsx', { kind: 'failed', reason: 'EACCES' }),
      m.handoutTotals(3, 1, 1, 1), m.previousUnusable('p.xlsx', 'x'), m.previousEmpty, m.changesHeader(['p.xlsx']),
      m.changesDepartment('総務課', 'new', counts), m.changesDepartment('総務課', 'gone', counts), m.changeAdded('a', 'A群－レベル1'),
      m.changeRemoved('a', 'A群－レベル1'), m.changeReclassified('a', 'A群－レベル1', 'B群－レベル2'), m.changeContent('a', 'A群－レベル1'),
      m.changesUnchanged(2), m.changesTotals(counts), m.changesMatrix([['A群－レベル1', 1]]), m.noName,
    ];
    const ja = all(CYCLE_MESSAGES.ja);
    const en = all(CYCLE_MESSAGES.en);
    for (const text of [...ja, ...en]) expect(text).not.toMatch(/undefined|\$\{/);
    // Only the lines with no words of their own read the same in both languages.
    expect(ja.filter((text, i) => en[i] === text)).toEqual(['a.xlsx: x', '    ~ a: A群－レベル1 → B群－レベル2']);
    expect([signed(2), signed(-3), signed(0)]).toEqual(['+2', '−3', '±0']);
  });
});

describe('the 課 list in validate and consolidate', () => {
  test('a Shift_JIS list names its 課 right; the note and the duplicate go to stderr, the JSON stays one object', async () => {
    const ledger = await xlsxOf((wb) => fill(wb.addWorksheet('台帳_総務課'), [['情報資産台帳（総務課）'], ['課名', '総務課', '更新日', '2025/4/1'], ['番号', '情報資産名', '内容', '群', 'レベル'], [1, '会議録', '紙', 'B群', 'レベル2']]));
    // 総務課 / 企画課 / 総務課 in Shift_JIS.
    const sjis = new Uint8Array([0x91, 0x8d, 0x96, 0xb1, 0x89, 0xdb, 0x0a, 0x8a, 0xe9, 0x89, 0xe6, 0x89, 0xdb, 0x0a, 0x91, 0x8d, 0x96, 0xb1, 0x89, 0xdb, 0x0a]);
    const fs = new MemoryFs().put('a.xlsx', ledger).put('list.txt', sjis);
    const { status, report, err } = await runJson(memoryIo(fs), 'validate', 'a.xlsx', '--departments', 'list.txt', '--today', '2025-06-01');
    expect(status).toBe(0);
    expect(report.issues.map((i) => `${i.code} ${i.department}`)).toEqual(['DEPARTMENT_NOT_SUBMITTED 企画課']);
    expect(err).toBe('ledger: 課の一覧 list.txt を Shift_JIS として読みました。\nledger: 課の一覧 list.txt の 3 行目「総務課」は 1 行目「総務課」と同じ課です。1 つとして扱います。\n');
  });

  test('a list that is not text stops consolidate before anything is written (exit 2)', async () => {
    const fs = new MemoryFs().put('list.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]));
    const r = await run(memoryIo(fs), 'consolidate', 'a.xlsx', '--out', 's.xlsx', '--departments', 'list.txt');
    expect(r.status).toBe(2);
    expect(r.err).toBe('ledger: 課の一覧 list.txt を読めません。UTF-8 か Shift_JIS のテキストファイル（1 行に 1 課）にしてください。\n');
    expect(fs.log.filter((l) => !l.startsWith('read'))).toEqual([]);
  });
});
