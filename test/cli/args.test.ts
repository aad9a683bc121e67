import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  test('a command with files and options, --opt value and --opt=value', () => {
    expect(parseArgs(['validate', 'a.xlsx', '--format', 'json', '--today=2025-04-01', 'b.xlsx'])).toEqual({
      kind: 'run',
      command: 'validate',
      options: { format: 'json', today: '2025-04-01' },
      files: ['a.xlsx', 'b.xlsx'],
      lang: null,
    });
  });

  test('flags take no value', () => {
    expect(parseArgs(['template', '--department', '総務課', '--extended', '--out', 'x.xlsx'])).toMatchObject({
      kind: 'run',
      options: { department: '総務課', extended: true, out: 'x.xlsx' },
    });
    expect(parseArgs(['template', '--extended=yes'])).toMatchObject({ kind: 'usage', problem: { kind: 'unexpectedValue', option: '--extended' } });
  });

  test('after -- everything is a file, even names starting with a dash', () => {
    expect(parseArgs(['validate', '--', '--weird.xlsx'])).toMatchObject({ kind: 'run', files: ['--weird.xlsx'] });
  });

  test('an unknown option is a usage problem', () => {
    expect(parseArgs(['validate', 'a.xlsx', '--fromat', 'json'])).toEqual({
      kind: 'usage',
      problem: { kind: 'unknownOption', command: 'validate', option: '--fromat' },
      lang: null,
    });
    expect(parseArgs(['validate', '-x'])).toMatchObject({ kind: 'usage', problem: { kind: 'unknownOption', option: '-x' } });
  });

  test('an option of another command is unknown here', () => {
    expect(parseArgs(['validate', 'a.xlsx', '--out', 'x.xlsx'])).toMatchObject({ kind: 'usage', problem: { kind: 'unknownOption', option: '--out' } });
  });

  test('a missing option value is a usage problem', () => {
    expect(parseArgs(['consolidate', 'a.xlsx', '--out'])).toMatchObject({ kind: 'usage', problem: { kind: 'missingValue', option: '--out' } });
    expect(parseArgs(['consolidate', 'a.xlsx', '--out', '--format', 'json'])).toMatchObject({ kind: 'usage', problem: { kind: 'missingValue', option: '--out' } });
    expect(parseArgs(['consolidate', 'a.xlsx', '--out='])).toMatchObject({ kind: 'usage', problem: { kind: 'missingValue', option: '--out' } });
  });

  test('no command, an unknown command', () => {
    expect(parseArgs([])).toMatchObject({ kind: 'usage', problem: { kind: 'noCommand' } });
    expect(parseArgs(['check', 'a.xlsx'])).toMatchObject({ kind: 'usage', problem: { kind: 'unknownCommand', command: 'check' } });
  });

  test('help in every spelling', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', command: null, lang: null });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help', command: null, lang: null });
    expect(parseArgs(['help'])).toEqual({ kind: 'help', command: null, lang: null });
    expect(parseArgs(['help', 'consolidate'])).toEqual({ kind: 'help', command: 'consolidate', lang: null });
    expect(parseArgs(['validate', '--help'])).toEqual({ kind: 'help', command: 'validate', lang: null });
    expect(parseArgs(['help', 'nope'])).toMatchObject({ kind: 'usage', problem: { kind: 'unknownCommand', command: 'nope' } });
  });

  test('--lang is found anywhere, also before the command', () => {
    expect(parseArgs(['--lang', 'en', 'help', 'validate'])).toEqual({ kind: 'help', command: 'validate', lang: 'en' });
    expect(parseArgs(['validate', 'a.xlsx', '--lang=en'])).toMatchObject({ kind: 'run', lang: 'en' });
    expect(parseArgs(['--lang', 'en'])).toEqual({ kind: 'help', command: null, lang: 'en' });
    expect(parseArgs(['bogus', '--lang', 'en'])).toMatchObject({ kind: 'usage', lang: 'en' });
  });
});
