#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx ledger` works right after `npm ci` with no build step.
'use strict';
require('tsx/cjs');
require('../src/cli/main.ts').runCli(process.argv.slice(2));
