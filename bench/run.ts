/**
 * `npm run bench`: every budget of SPEC §9 and issue 11, measured in one run. Engine throughput and the live
 * re-check, the CLI as whole processes against the inflate floor (and, with `--scale`, its curve from 10 to
 * 1,000 files), the task pane's initial bundle size, and — printed last, as one JSON line — the Excel adapter's
 * syncs and bytes on the in-memory runtime.
 */
import { benchEngine, benchLive, engineLine } from './engine';
import { benchCli, benchScale, cliLines, scaleLines } from './cli';
import { benchBundle } from './bundle';
import { benchExcel } from './excel';

async function main(): Promise<void> {
  const engine = await benchEngine();
  console.log(engineLine(engine, benchLive()));

  const cli = await benchCli();
  for (const line of cliLines(cli)) console.log(line);
  console.log(`cli: ${JSON.stringify(cli)}`);
  if (process.argv.includes('--scale')) for (const line of scaleLines(await benchScale())) console.log(line);

  const bundle = await benchBundle();
  console.log(`bundle: ${JSON.stringify(bundle)}`);

  const excel = await benchExcel();
  // The contract of issue 4: the last line is exactly this one JSON object.
  console.log(JSON.stringify(excel));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
