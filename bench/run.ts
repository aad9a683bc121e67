/**
 * `npm run bench`: every budget of SPEC §9, measured in one run.
 * Engine throughput, the CLI against the exceljs floor, the task pane's initial bundle size, and — printed
 * last, as one JSON line — the Excel adapter's syncs and bytes on the in-memory runtime.
 */
import { benchEngine, engineLine } from './engine';
import { benchCli } from './cli';
import { benchBundle } from './bundle';
import { benchExcel } from './excel';

async function main(): Promise<void> {
  const engine = await benchEngine();
  console.log(engineLine(engine));

  const cli = await benchCli();
  console.log(`cli: ${JSON.stringify(cli)}`);

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
