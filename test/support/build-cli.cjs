// Jest global setup: compile the CLI (scripts/build-cli.mjs, about a tenth of a second) so that the tests which
// spawn `bin/ledger.cjs` or start the reading worker threads run the current sources, never a stale build.
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

module.exports = async function globalSetup() {
  const { buildCli } = await import(pathToFileURL(join(__dirname, '..', '..', 'scripts', 'build-cli.mjs')).href);
  await buildCli({ quiet: true });
};
