#!/usr/bin/env node
// Runs the compiled CLI (plain JavaScript in build/cli/, made from src/cli by `npm ci`'s prepare script).
'use strict';
const { join } = require('node:path');

const compiled = join(__dirname, '..', 'build', 'cli', 'ledger.cjs');
try {
  require.resolve(compiled);
} catch {
  process.stderr.write(`ledger: ${compiled} is missing; build it with \`npm run build:cli\` (npm ci does it).\n`);
  process.exit(1);
}
require(compiled);
