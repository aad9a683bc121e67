// The old floor (issue 11): exceljs reading each file (`new Workbook().xlsx.load`), one after the other, in a plain
// Node process. `npm run bench` runs it beside the CLI and the inflate floor. Usage: node bench/exceljs-read.cjs FILE...
'use strict';
const { readFileSync } = require('node:fs');
const ExcelJS = require('exceljs');

async function main() {
  let rows = 0;
  for (const file of process.argv.slice(2)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file));
    for (const ws of wb.worksheets) rows += ws.rowCount;
  }
  process.stdout.write(`${JSON.stringify({ files: process.argv.length - 2, rows })}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
