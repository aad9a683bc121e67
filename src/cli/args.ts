/** Command-line parsing for `ledger`: no library, a small table of options per command. */

export type CommandName = 'template' | 'validate' | 'consolidate';
export const COMMANDS: readonly CommandName[] = ['template', 'validate', 'consolidate'];

/** `flag`: no value; `value`: one value (the last one given wins); `list`: a value each time, collected in order. */
type OptionKind = 'flag' | 'value' | 'list';
/** A parsed option: `true` for a flag, the value, or the values of a `list` option. */
export type OptionValue = string | true | readonly string[];
export type CommandOptions = Readonly<Record<string, OptionValue>>;
const COMMON: Record<string, OptionKind> = { help: 'flag', lang: 'value' };
const OPTIONS: Record<CommandName, Record<string, OptionKind>> = {
  template: {
    ...COMMON, department: 'value', extended: 'flag', out: 'value', force: 'flag', today: 'value',
    departments: 'value', 'out-dir': 'value', from: 'list',
  },
  validate: { ...COMMON, format: 'value', today: 'value', departments: 'value' },
  consolidate: { ...COMMON, out: 'value', format: 'value', today: 'value', departments: 'value', previous: 'list' },
};

/** Why the command line is wrong; rendered by `usageMessage` (exit status 2). */
export type UsageProblem =
  | { kind: 'noCommand' }
  | { kind: 'unknownCommand'; command: string }
  | { kind: 'unknownOption'; command: CommandName; option: string }
  | { kind: 'missingValue'; command: CommandName; option: string }
  | { kind: 'unexpectedValue'; command: CommandName; option: string }
  | { kind: 'missingOption'; command: CommandName; option: string }
  | { kind: 'badValue'; command: CommandName; option: string; value: string }
  | { kind: 'noFiles'; command: CommandName }
  | { kind: 'unexpectedArgument'; command: CommandName; value: string }
  | { kind: 'conflictingOptions'; command: CommandName; option: string; other: string }
  | { kind: 'requiresOption'; command: CommandName; option: string; needs: string };

export type Parsed =
  | { kind: 'help'; command: CommandName | null; lang: string | null }
  | { kind: 'run'; command: CommandName; options: CommandOptions; files: string[]; lang: string | null }
  | { kind: 'usage'; problem: UsageProblem; lang: string | null };

/** `--lang` is honoured even on a broken command line, so the usage message comes in the asked language. */
function findLang(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
    if (a === '--lang') return argv[i + 1] ?? null;
  }
  return null;
}

function isCommand(s: string): s is CommandName {
  return (COMMANDS as readonly string[]).includes(s);
}

/** Parse `argv` (without node and script). Never throws. */
export function parseArgs(argv: readonly string[]): Parsed {
  const lang = findLang(argv);
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'usage', problem: { kind: 'noCommand' }, lang };
  if (first === '--help' || first === '-h') return { kind: 'help', command: null, lang };
  if (first === '--lang' || first.startsWith('--lang=')) {
    const skip = first === '--lang' ? 2 : 1;
    const parsed = parseArgs(argv.slice(skip));
    return parsed.kind === 'usage' && parsed.problem.kind === 'noCommand' ? { kind: 'help', command: null, lang } : { ...parsed, lang };
  }
  if (first === 'help') {
    const target = rest.find((a) => !a.startsWith('-'));
    if (target === undefined) return { kind: 'help', command: null, lang };
    if (!isCommand(target)) return { kind: 'usage', problem: { kind: 'unknownCommand', command: target }, lang };
    return { kind: 'help', command: target, lang };
  }
  if (!isCommand(first)) return { kind: 'usage', problem: { kind: 'unknownCommand', command: first }, lang };
  return parseCommand(first, rest, lang);
}

function parseCommand(command: CommandName, args: readonly string[], lang: string | null): Parsed {
  const table = OPTIONS[command];
  const options: Record<string, OptionValue> = {};
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (onlyFiles || a === '-' || !a.startsWith('-')) {
      files.push(a);
      continue;
    }
    if (a === '--') {
      onlyFiles = true;
      continue;
    }
    if (a === '-h') {
      options['help'] = true;
      continue;
    }
    if (!a.startsWith('--')) return { kind: 'usage', problem: { kind: 'unknownOption', command, option: a }, lang };
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const kind = table[name];
    if (kind === undefined) return { kind: 'usage', problem: { kind: 'unknownOption', command, option: `--${name}` }, lang };
    if (kind === 'flag') {
      if (eq >= 0) return { kind: 'usage', problem: { kind: 'unexpectedValue', command, option: `--${name}` }, lang };
      options[name] = true;
      continue;
    }
    const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      return { kind: 'usage', problem: { kind: 'missingValue', command, option: `--${name}` }, lang };
    }
    const before = options[name];
    options[name] = kind === 'list' ? [...(Array.isArray(before) ? (before as readonly string[]) : []), value] : value;
  }
  if (options['help'] === true) return { kind: 'help', command, lang };
  return { kind: 'run', command, options, files, lang };
}
