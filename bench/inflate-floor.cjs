// The physical floor of reading ledgers (issue 11): read each file and inflate every zip entry, nothing more — no
// XML parsing, no values. Any .xlsx reader must at least do this, so `npm run bench` states the CLI's times as
// multiples of this process's. Plain JavaScript (no tsx, no bundle): the process costs what Node's start-up costs.
// Usage: node bench/inflate-floor.cjs FILE... — prints the entries and inflated bytes, as a check it did the work.
'use strict';
const { readFileSync } = require('node:fs');
const { inflateRawSync } = require('node:zlib');

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

let entries = 0;
let bytesOut = 0;
for (const file of process.argv.slice(2)) {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== EOCD) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    if (buf.readUInt32LE(at) !== CENTRAL) throw new Error(`${file}: bad central directory`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    bytesOut += method === 8 ? inflateRawSync(raw).length : raw.length;
    entries++;
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
}
process.stdout.write(`${JSON.stringify({ files: process.argv.length - 2, entries, bytes: bytesOut })}\n`);
