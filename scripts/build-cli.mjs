// Compiles the `ledger` command line to plain JavaScript in build/cli/ (the `prepare` script runs it, so `npm ci`
// leaves a working `npx ledger`; jest's global setup runs it too, so the spawned CLI is never stale).
//
// Two entry points, each bundled with what it uses from src/: ledger.cjs (the CLI) and read-worker.cjs (the
// worker threads that parse files, which the CLI starts from its own folder). Node's modules and the npm
// packages stay outside the bundle (exceljs is large and loaded only when a file needs it).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ROOT, 'build', 'cli');

/** Build build/cli/ledger.cjs and build/cli/read-worker.cjs; returns the output folder. */
export async function buildCli({ quiet = false } = {}) {
  await build({
    absWorkingDir: ROOT,
    entryPoints: { ledger: 'src/cli/entry.ts', 'read-worker': 'src/cli/read-worker.ts' },
    outdir: CLI_OUT,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: quiet ? 'warning' : 'info',
  });
  return CLI_OUT;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildCli({ quiet: process.argv.includes('--quiet') }).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
