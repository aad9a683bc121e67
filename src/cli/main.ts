import { parseArgs } from './args';
import type { CommandName, UsageProblem } from './args';
import { EXIT_USAGE, fail, usage } from './commands/context';
import type { CommandContext } from './commands/context';
import { helpTextFor } from './help';
import type { CliIo } from './io';
import { chooseLocale } from './locale';
import { CLI_MESSAGES } from './messages';
import { nodeIo } from './node-io';
import { timingsLine } from './timings';

type Runner = (ctx: CommandContext) => Promise<number>;

/**
 * Each command's module is loaded only when it runs: `ledger --help` or a usage error then never loads the
 * engine, the readers or exceljs (start-up is most of a short run; `npx ledger --help` ≤ 0.25 s CPU).
 */
const COMMAND_RUNNERS: Record<CommandName, () => Promise<Runner>> = {
  template: async () => (await import('./commands/template')).templateCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  consolidate: async () => (await import('./commands/consolidate')).consolidateCommand,
};

function helpTopic(p: UsageProblem): CommandName | null {
  return p.kind === 'noCommand' || p.kind === 'unknownCommand' ? null : p.command;
}

/**
 * The `ledger` command line. `argv` excludes node and the script; everything outside (streams, files,
 * clock, environment) comes through `io`, so tests run it in-process. Resolves to the exit status:
 * 0 no errors, 1 at least one error-severity issue (or an output file that could not be written), 2 wrong usage.
 * A report cut short because its reader stopped reading (`| head`) does not change the status.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  const locale = chooseLocale(parsed.lang, io.env);
  if (locale === null) return fail({ io }, CLI_MESSAGES.ja.badLang(parsed.lang ?? ''), EXIT_USAGE);
  switch (parsed.kind) {
    case 'help':
      io.stdout(helpTextFor(parsed.command, locale, parsed.lang !== null));
      return 0;
    case 'usage':
      return usage({ io, locale }, parsed.problem, helpTopic(parsed.problem));
    case 'run':
      return (await COMMAND_RUNNERS[parsed.command]())({ io, locale, command: parsed.command, options: parsed.options, files: parsed.files });
  }
}

/** Run as a process: real I/O; the process ends once its output is out, with the run's exit status. */
export async function runCli(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A reader that stops early (`ledger validate … | head`) is not a failure of the run: the rest of the report is
  // dropped and the run ends with its own status, instead of a stack trace for an unhandled error. Linux reports
  // it as EPIPE; Windows as EOF (libuv's reading of a broken pipe there).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'EOF') throw e;
    });
  }
  try {
    process.exitCode = await main(argv, nodeIo());
  } catch (e) {
    process.stderr.write(`ledger: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
  if (process.env['LEDGER_TIMINGS']) process.stderr.write(timingsLine());
  await exitWhenFlushed();
}

/**
 * End the process, with `process.exitCode`, once stdout and stderr have taken everything written to them. Why not
 * let Node end by itself: it first waits for V8's background tasks — TurboFan compiling functions queued in the
 * run's last phase, which nothing will run again; measured, the process ended 18 ms sooner after consolidate and
 * 10 ms after validate on this machine (TESTING.md §7). A write's callback comes once the writes before it are out
 * (a stream takes them in order), so an empty write marks the end of the output, however slowly a pipe takes it
 * (a reader slower than the report; spawn.test.ts).
 */
async function exitWhenFlushed(): Promise<void> {
  const flushed = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => {
      try {
        stream.write('', () => resolve()); // also called when the stream failed (a reader that went away)
      } catch {
        resolve();
      }
    });
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}
