import type { Locale } from '../../i18n';
import type { CommandName, CommandOptions, UsageProblem } from '../args';
import type { CliIo } from '../io';
import { CLI_MESSAGES } from '../messages';
import { terminalSafe } from '../terminal';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** What every command gets: the outside world, the language, and its parsed arguments. */
export interface CommandContext {
  readonly io: CliIo;
  readonly locale: Locale;
  readonly command: CommandName;
  readonly options: CommandOptions;
  readonly files: readonly string[];
}

/** Print a usage problem and the pointer to help; returns exit status 2. */
export function usage(ctx: Pick<CommandContext, 'io' | 'locale'>, problem: UsageProblem, command: CommandName | null): number {
  const m = CLI_MESSAGES[ctx.locale];
  ctx.io.stderr(`ledger: ${m.usageProblem(problem)}\n${m.seeHelp(command)}\n`);
  return EXIT_USAGE;
}

/** Print a plain message to stderr and return the given status. */
export function fail(ctx: Pick<CommandContext, 'io'>, message: string, status: number): number {
  // The message may quote a path or a system error: nothing in it may act on the terminal.
  ctx.io.stderr(`ledger: ${terminalSafe(message)}\n`);
  return status;
}

/** A required `--name VALUE` option, or null (the caller reports `missingOption`). */
export function stringOption(ctx: CommandContext, name: string): string | null {
  const v = ctx.options[name];
  return typeof v === 'string' ? v : null;
}
