/**
 * The process entry of `ledger`: scripts/build-cli.mjs compiles it (with everything it imports) to
 * build/cli/ledger.cjs, which bin/ledger.cjs runs; `npm run ledger` runs it from the sources through tsx.
 */
import { markStarted } from './timings';
import { runCli } from './main';

markStarted();
void runCli(process.argv.slice(2));
